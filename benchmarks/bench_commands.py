"""The command line as a whole: ``cmer-desk invitation`` against ``cmer-desk events``, process start to exit.

Run from the repository root:  python benchmarks/bench_commands.py

Both commands run as a person runs them (``python -m cmer_desk --database FILE ...``, a new process each
time) on a copy of the generated file of 5,000 contacts, 500 events and 20,000 accreditations with the
Tarascon example loaded. ``events`` opens the database, reads the list and prints it: it is the floor,
measured in the same run. ``invitation EVENT -o FILE.pdf`` does the same opening, then gathers the
invitation, renders it (ReportLab, embedded fonts) and writes the file. Each figure is the median of RUNS
runs after one warm-up run each (file cache, .pyc, the start-up backup of the fresh copy, and the user's
cache folder, where the first invitation keeps the parsed fonts and hyphenation patterns). HOME and XDG
folders point to a temporary folder. The first invitation of a workstation, its cache folder still empty
(a new cache folder for each of COLD_RUNS runs), is printed below the table, with no target.

The figures are the processor time of each process (user + system, from wait4): on a machine shared with
other work, wall-clock time mostly measures the neighbours. Wall-clock medians are printed below the table.

Target (issue 12): the invitation at most 150 ms more than the event list. With BENCH_PROFILE=1 the
imports of one invitation run are listed (python -X importtime), heaviest first.
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
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import dataset, working_copy  # noqa: E402
from report import exit_status, print_table  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", 9))
COLD_RUNS = int(os.environ.get("BENCH_COLD_RUNS", 3))
MARGIN = 0.150  # seconds the invitation may take beyond the event list


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(processor time, wall-clock time) of one run, in seconds."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(argv, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            out.seek(0)
            raise RuntimeError(f"{argv} failed ({proc.returncode}):\n{out.read()[-3000:].decode(errors='replace')}")
    return usage.ru_utime + usage.ru_stime, elapsed


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="cmer-bench-commands-") as folder:
        home = Path(folder)
        env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
                   PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
        env.pop("CMER_DESK_DATABASE", None)
        database = working_copy(dataset(5_000, 500, 20_000), home)
        desk = [sys.executable, "-m", "cmer_desk", "--database", str(database)]
        event_id = subprocess.run([*desk, "example"], env=env, cwd=ROOT, capture_output=True, text=True,
                                  check=True).stdout.split()[-1]
        events = [*desk, "events"]
        invitation = [*desk, "invitation", event_id, "-o", str(home / "invitation.pdf")]
        floors, figures = [], []
        timed(events, env)
        timed(invitation, env)
        for _ in range(RUNS):  # interleaved, so that a busy moment weighs on both
            floors.append(timed(events, env))
            figures.append(timed(invitation, env))
        colds = [timed(invitation, dict(env, XDG_CACHE_HOME=str(home / f"empty-cache-{n}")))
                 for n in range(COLD_RUNS)]
        if os.environ.get("BENCH_PROFILE") == "1":
            profile_imports(invitation, env)
    floor, figure = (statistics.median(cpu for cpu, _wall in runs) for runs in (floors, figures))
    wall_floor, wall_figure = (statistics.median(wall for _cpu, wall in runs) for runs in (floors, figures))
    ok = print_table(
        "commands (5,000 contacts, 500 events, 20,000 accreditations, Tarascon example)",
        [
            ("cmer-desk invitation N -o x.pdf", figure, floor, None, floor + MARGIN),
            ("  difference with the event list", figure - floor, None, None, MARGIN),
        ],
        floor_label="floor: cmer-desk events (open the database, read and print the list)",
        unit="s",
    )
    print(f"processor time, median of {RUNS} runs of each, interleaved, after a warm-up; target: at most "
          f"{MARGIN * 1000:.0f} ms more than the event list")
    print(f"wall-clock medians: events {wall_floor * 1000:.0f} ms, invitation {wall_figure * 1000:.0f} ms "
          f"(+{(wall_figure - wall_floor) * 1000:.0f} ms)")
    cold = statistics.median(cpu for cpu, _wall in colds)
    print(f"first invitation of a workstation (empty cache folder, median of {COLD_RUNS}): {cold * 1000:.0f} ms "
          f"of processor time (+{(cold - floor) * 1000:.0f} ms)")
    return exit_status(ok)


def profile_imports(argv: list[str], env: dict[str, str]) -> None:
    done = subprocess.run([argv[0], "-X", "importtime", *argv[1:]], env=env, cwd=ROOT, capture_output=True,
                          text=True, check=True)
    rows = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    print("\nheaviest imports (cumulative µs):")
    for cumulative, name in sorted(rows, reverse=True)[:25]:
        print(f"{cumulative:>10}  {name}")


if __name__ == "__main__":
    sys.exit(main())
