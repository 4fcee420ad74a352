"""Entry point: ``cmer-desk [--database X] [COMMAND ...]``; no command opens the desk window."""

from __future__ import annotations

import sys


def _without_console() -> None:
    """pythonw and a windowed bundle start the process with no stdout and no stderr (None): what would be
    printed goes nowhere instead of failing (the log still gets it)."""
    import os

    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process


def main() -> None:
    _without_console()
    from cmer_desk.cli.main import run
    from cmer_desk.cli.terminal import protect_terminal

    protect_terminal()
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
