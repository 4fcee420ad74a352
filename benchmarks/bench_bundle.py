"""The bundle: its size, and its start to the event list against the same start from the virtual environment.

Run from the repository root, after `make bundle` (`make bench` builds it when the sources changed):

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_bundle.py [EXECUTABLE ...]

Size: every file of dist/cmer-desk/ (symbolic links not followed) and the dist/*.tar.gz archive a
workstation downloads. Start: the bundle's executable and ``python -m cmer_desk`` from this environment,
each started as bench_start.py starts the desk (same generated file of 5,000 contacts, 500 events and
20,000 accreditations, CMER_DESK_BENCH_EXIT=1, median of RUNS runs after a warm-up, HOME and XDG folders in
a temporary folder); the venv's start is the floor. The bundle runs with an empty environment but HOME,
the Qt platform and the benchmark hook, as on a workstation. Other executables named on the command line
(another build of the desk, e.g. with another tool) are timed the same way and printed beside it.

Targets: the bundle starts within 1.25x the venv's start (PyInstaller unpacks nothing in one-folder mode:
it should be as fast); the folder stays under 250 MB and the archive under 100 MB.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_start import RUNS, median_marks  # noqa: E402
from generate import dataset, working_copy  # noqa: E402
from report import exit_status, print_table  # noqa: E402

DIST = ROOT / "dist"
BUNDLE = DIST / "cmer-desk"
ARCHIVE = DIST / f"cmer-desk-{metadata.version('cmer-desk')}-linux-{platform.machine()}.tar.gz"


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of every regular file under ``folder``; links are not followed."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def main(argv: list[str]) -> int:
    executable = BUNDLE / "cmer-desk"
    if not executable.is_file() or not ARCHIVE.is_file():
        print(f"no bundle in {DIST}: run `make bundle` first", file=sys.stderr)
        return 2
    others = [Path(a).resolve() for a in argv]
    source = dataset(5_000, 500, 20_000)
    with tempfile.TemporaryDirectory(prefix="cmer-bench-bundle-") as folder:
        home = Path(folder)
        isolated = {"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
                    "XDG_CACHE_HOME": str(home / "cache"),
                    "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "CMER_DESK_BENCH_EXIT": "1"}
        venv_env = dict(os.environ, **isolated,
                        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
        venv_env.pop("CMER_DESK_DATABASE", None)
        database = str(working_copy(source, home))
        venv = median_marks([sys.executable, "-m", "cmer_desk", "--database", database], venv_env)
        bundle = median_marks([str(executable), "--database", database], isolated)
        timed = [(path, median_marks([str(path), "--database", database], isolated)) for path in others]

    size, files = folder_size(BUNDLE)
    ok = print_table(
        f"bundle size ({BUNDLE.relative_to(ROOT)}, {files:,} files)",
        [("folder", size, None, None, 250 * 2**20), ("archive (.tar.gz)", ARCHIVE.stat().st_size, None, None,
                                                      100 * 2**20)],
        floor_label="no floor: absolute targets",
        unit="MB",
    )
    rows = [
        ("bundle: window shown", bundle["window-shown"], venv["window-shown"], 1.25, None),
        ("bundle: event list on screen", bundle["data-on-screen"], venv["data-on-screen"], 1.25, None),
    ]
    for path, marks in timed:
        rows.append((f"{path.name}: event list on screen", marks["data-on-screen"], venv["data-on-screen"], None,
                     None))
    ok &= print_table(
        "start (5,000 contacts, 500 events, 20,000 accreditations)",
        rows,
        floor_label=f"floor: the same start from the virtual environment (python -m cmer_desk), "
                    f"window shown {venv['window-shown'] * 1000:.0f} ms",
        unit="s",
    )
    print(f"median of {RUNS} runs after a warm-up")
    return exit_status(ok)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
