"""Real full and read-only file systems for the fault tests: a small tmpfs mounted for one test (root
only: permission bits do not stop root, a read-only mount does), unmounted afterwards."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def can_mount() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0


needs_mount = pytest.mark.skipif(not can_mount(), reason="mounting a small file system needs root on Linux")


def _run(*args: str) -> None:
    subprocess.run(list(args), check=True, capture_output=True, timeout=60)


@contextlib.contextmanager
def small_filesystem(where: Path, size: str = "4m") -> Iterator[Path]:
    """A tmpfs of ``size`` at ``where`` (created), unmounted on the way out."""
    where.mkdir(parents=True, exist_ok=True)
    _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where))
    try:
        yield where
    finally:
        for _ in range(50):
            if subprocess.run(["umount", str(where)], check=False, capture_output=True).returncode == 0:
                break
            subprocess.run(["sleep", "0.1"], check=False)


def set_read_only(where: Path, read_only: bool = True) -> None:
    _run("mount", "-o", "remount," + ("ro" if read_only else "rw"), str(where))


def fill(where: Path) -> Path:
    """Fill the file system until it has no byte left; returns the filler (delete it to free the space)."""
    filler = where / "remplissage"
    with open(filler, "wb", buffering=0) as handle:
        chunk = b"\0" * 65536
        with contextlib.suppress(OSError):
            while True:
                handle.write(chunk)
        with contextlib.suppress(OSError):
            while True:
                handle.write(b"\0")
    return filler
