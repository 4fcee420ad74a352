"""The self-contained bundle, unpacked from its .tar.gz into a clean folder and run with an empty environment.

``make test`` builds the bundle once (``make bundle``) and runs these tests once, between the SQLite and the
PostgreSQL passes of the suite, with ``CMER_DESK_BUNDLE`` naming the folder that holds the archive
(``dist``). Without it they are skipped: building takes a minute or two, the other tests never need it."""

from __future__ import annotations

import os
import platform
import subprocess
import tarfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pytest

NAME = "cmer-desk"


def archive_name() -> str:
    return f"{NAME}-{metadata.version(NAME)}-linux-{platform.machine()}.tar.gz"


def unpack(archive: Path, into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="tar")
    return into / NAME


@pytest.fixture(scope="session")
def archive() -> Path:
    folder = os.environ.get("CMER_DESK_BUNDLE")
    if not folder:
        pytest.skip("the bundle is built and tested once by `make test` (make bundle-test)")
    path = Path(folder) / archive_name()
    assert path.is_file(), f"no {archive_name()} in {folder}: run `make bundle`"
    return path


@dataclass
class Desk:
    """The unpacked bundle and a home folder of its own."""

    folder: Path
    home: Path

    @property
    def executable(self) -> Path:
        return self.folder / NAME

    @property
    def log(self) -> Path:
        return self.home / ".local" / "share" / NAME / f"{NAME}.log"

    def run(self, *args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess:
        """Run the executable with nothing in its environment but HOME (no PATH, no PYTHONPATH, no virtual
        environment, no locale) and what ``env`` adds."""
        return subprocess.run([str(self.executable), *args], env={"HOME": str(self.home), **(env or {})},
                              cwd=cwd or self.home, capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=timeout, check=False)


@pytest.fixture(scope="session")
def desk(archive, tmp_path_factory) -> Desk:
    workstation = tmp_path_factory.mktemp("workstation")
    folder = unpack(archive, workstation / "opt")
    home = workstation / "home"
    home.mkdir()
    return Desk(folder, home)


@pytest.fixture(scope="session")
def example(desk) -> Desk:
    """The bundle's own default database, with the example loaded."""
    done = desk.run("example")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"
    return desk
