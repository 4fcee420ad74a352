"""Start: process start -> main window shown -> its event list on screen, against a floor.

Run from the repository root:  python benchmarks/bench_start.py   (QT_QPA_PLATFORM=offscreen is set)

The desk is started as a user would start it (``python -m cmer_desk --database FILE``) on a copy of a
generated file of 5,000 contacts, 500 events and 20,000 accreditations, with CMER_DESK_BENCH_EXIT=1:
it prints the time of the window's first paint and of the event list's first paint with rows, then
quits (see cmer_desk/ui/launch.py). The floor is a script that imports PySide6 and shows an empty
QMainWindow, timed the same way. Each figure is the median of RUNS runs after one warm-up run (the
warm-up also takes the start-up backup of the fresh copy, which later starts skip, as on a desk where
the data did not change). HOME and XDG folders point to a temporary folder so that the user's own
settings and backups are neither read nor touched.

Targets: window shown within 1.5x the floor (issue 8), the event list on screen within 3x the floor
(issue 12: only what the events page needs is built before its list is painted).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import dataset, working_copy  # noqa: E402
from report import exit_status, print_table  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", 7))

FLOOR = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            print(f"window-shown {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1360, 840)
probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def timed_run(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.monotonic()
    done = subprocess.run(argv, check=False, env=env, cwd=ROOT, capture_output=True, text=True, timeout=180)
    proc, stdout, stderr = done, done.stdout, done.stderr
    marks = {}
    for line in stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in ("window-shown", "data-on-screen"):
            marks[name] = float(value) - start
    if proc.returncode != 0 or "window-shown" not in marks:
        raise RuntimeError(f"{argv} failed ({proc.returncode}):\n{stdout}\n{stderr[-3000:]}")
    return marks


def median_marks(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    timed_run(argv, env)  # warm-up: file cache, .pyc, start-up backup of the fresh copy
    runs = [timed_run(argv, env) for _ in range(RUNS)]
    return {name: statistics.median(r[name] for r in runs) for name in runs[0]}


def main() -> int:
    source = dataset(5_000, 500, 20_000)
    with tempfile.TemporaryDirectory(prefix="cmer-bench-start-") as folder:
        home = Path(folder)
        env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
                   QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), CMER_DESK_BENCH_EXIT="1",
                   PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
        env.pop("CMER_DESK_DATABASE", None)
        database = working_copy(source, home)
        floor_script = home / "floor_start.py"
        floor_script.write_text(FLOOR, encoding="utf-8")
        bare = median_marks([sys.executable, str(floor_script)], env)
        desk = median_marks([sys.executable, "-m", "cmer_desk", "--database", str(database)], env)
    floor = bare["window-shown"]
    shown, data = desk["window-shown"], desk.get("data-on-screen", float("nan"))
    ok = print_table(
        "start (5,000 contacts, 500 events, 20,000 accreditations)",
        [
            ("window shown", shown, floor, 1.5, None),
            ("event list on screen", data, floor, 3.0, None),
        ],
        floor_label="floor: import PySide6, show an empty QMainWindow",
        unit="s",
    )
    print(f"median of {RUNS} runs after a warm-up")
    return exit_status(ok)


if __name__ == "__main__":
    sys.exit(main())
