"""Entry point: ``cmer-desk [--database X] [COMMAND ...]``; no command opens the desk window."""

from __future__ import annotations

import sys


def main() -> None:
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


if __name__ == "__main__":
    main()
