"""Memory: peak resident memory of the desk with 100,000 contacts loaded in its contacts list.

Run from the repository root:  QT_QPA_PLATFORM=offscreen python benchmarks/bench_memory.py

Each measure runs in its own process, which prints its peak resident set (VmHWM from
/proc/self/status, else ru_maxrss). The desk: AppContext.open on a copy of a generated file of
100,000 contacts, the real MainWindow built and shown (it loads the events, contacts and organisations
lists), the contacts page selected, events processed. Floor: a bare QApplication and an empty
QMainWindow shown, in the same way. Target: under 300 MB.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import dataset, working_copy  # noqa: E402
from report import exit_status, print_table  # noqa: E402

PEAK = """
def peak_mb():
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

FLOOR = PEAK + """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1360, 840)
window.show()
for _ in range(5):
    app.processEvents()
print(f"peak {peak_mb():.1f}", flush=True)
"""

DESK = PEAK + """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from cmer_desk.app import AppContext
from cmer_desk.ui.main_window import MainWindow
app = QApplication(sys.argv)
context = AppContext.open(sys.argv[1], backup_dir=sys.argv[2])
window = MainWindow(context, QSettings(sys.argv[3], QSettings.Format.IniFormat))
window.show()
window.sidebar.setCurrentRow(1)
for _ in range(5):
    app.processEvents()
assert window.contacts_page.model.rowCount() == 100_000
print(f"peak {peak_mb():.1f}", flush=True)
import os
os._exit(0)
"""


def peak(script: str, args: list[str], env: dict[str, str]) -> float:
    done = subprocess.run([sys.executable, "-c", script, *args], check=False, env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    for line in done.stdout.splitlines():
        if line.startswith("peak "):
            return float(line.split()[1])
    raise RuntimeError(f"no figure ({done.returncode}):\n{done.stdout}\n{done.stderr[-3000:]}")


def main() -> int:
    source = dataset(100_000)
    with tempfile.TemporaryDirectory(prefix="cmer-bench-memory-") as folder:
        home = Path(folder)
        env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                   XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
        database = working_copy(source, home)
        floor = peak(FLOOR, [], env)
        figure = peak(DESK, [str(database), str(home / "backups"), str(home / "settings.ini")], env)
    mb = 2**20
    ok = print_table("peak memory, 100,000 contacts in the contacts list (main window)", [
        ("peak resident memory (VmHWM)", figure * mb, floor * mb, None, 300 * mb),
    ], floor_label="floor: QApplication + empty QMainWindow shown", unit="MB")
    return exit_status(ok)


if __name__ == "__main__":
    sys.exit(main())
