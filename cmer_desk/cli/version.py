"""``cmer-desk --version``: the version from the package metadata, the licence and the libraries."""

from __future__ import annotations

import argparse
import sys


class VersionAction(argparse.Action):
    """Prints ``about.version_text()`` to stdout and exits 0, before any database is opened (argparse's
    own version action would re-wrap the lines)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):  # noqa: A002
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from cmer_desk.about import version_text

        sys.stdout.write(version_text())
        sys.stdout.flush()
        parser.exit(0)


def add_version_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action=VersionAction, help="affiche la version, la licence et les bibliothèques")
