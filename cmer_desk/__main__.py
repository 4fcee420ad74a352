"""Entry point: ``cmer-desk [--database X] [COMMAND ...]``; no command opens the desk window."""

from __future__ import annotations

import sys


def main() -> None:
    from cmer_desk.cli.main import run

    try:
        status = run()
        sys.stdout.flush()
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        status = 0
    sys.exit(status)


def gui() -> None:
    """The ``cmer-desk-window`` entry point (a gui-script: pythonw on Windows, so no console window opens
    behind the desk). Same command line; without a console, messages go to the log only."""
    main()


if __name__ == "__main__":
    main()
