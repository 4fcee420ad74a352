"""Measure document rendering against a floor measured in the same run.

Run from the repository root:  python benchmarks/bench_documents.py

(a) the example invitation, data gathered included: a copy of the generated file of 5,000 contacts,
    500 events and 20,000 accreditations with the Tarascon example loaded (app.example.load()); the
    figure is app.documents.invitation(id) (reading the event, officials, press officers and profile)
    plus render_invitation(data). Floor: a bare ReportLab canvas drawing the same text, same embedded
    font, one drawString per line (no layout, no justification, no data to read).
    Targets: within 1.5x the floor and under 50 ms.
    The same, first of a process (what `cmer-desk invitation` and the first preview pay: font files and
    the parsed faces read, hyphenation patterns loaded, statements compiled, Babel's French data loaded):
    a new process per run, after its imports, with the user's cache folder (parsed faces and hyphenation
    patterns) in a temporary folder filled by one run before; floor: the bare canvas drawing, first of its
    own process. Median of FIRST_RUNS runs.
(b) the attendee sign-in sheet at 100, 1,000 and 10,000 rows (sample rows), and the 10k/1k ratio
    (10 = linear). Targets: 10,000 rows within 12x the 1,000 figure, and under 3 s.
Figures are the best of N runs (time.perf_counter).
"""

from __future__ import annotations

import io
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
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

from cmer_desk.domain.body import BodyBullets, BodyParagraph  # noqa: E402
from cmer_desk.domain.wording import officer_line  # noqa: E402
from cmer_desk.formats.pdf import fonts  # noqa: E402
from cmer_desk.formats.pdf.attendees import render_attendee_list  # noqa: E402
from cmer_desk.formats.pdf.invitation import render_invitation  # noqa: E402
from tests.formats.conftest import make_attendees  # noqa: E402  (sample rows for the sheet)


def best_of(runs: int, fn) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def invitation_lines(data) -> list[str]:
    lines = [data.issue_line, data.kicker, data.title]
    for block in data.body:
        lines.extend(block.items if isinstance(block, BodyBullets) else [block.text])
    lines += [data.officials_paragraph, *data.when_where, data.press_moment, data.accreditation_paragraph,
              data.bureau_name, *(officer_line(o) for o in data.press_officers), data.shared_email,
              data.website, *(f"{s.network} : {s.account}" for s in data.social_accounts)]
    return lines


def floor_invitation(lines: list[str]) -> bytes:
    """Same text, same font, drawn one string per line: the least ReportLab can do."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, initialFontName=fonts.REGULAR)
    c.setFont(fonts.REGULAR, 10)
    y = A4[1] - 40
    for line in lines:
        c.drawString(40, y, line)
        y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


FIRST_RUNS = int(os.environ.get("BENCH_FIRST_RUNS", 5))


def first_of_a_process(kind: str, database: Path, event_id: int) -> float:
    """Seconds of the first invitation (or floor drawing) of a new process, imports excluded."""
    env = dict(os.environ, XDG_DATA_HOME=str(database.parent), XDG_CACHE_HOME=str(database.parent / "cache"))
    done = subprocess.run([sys.executable, __file__, "--first", kind, str(database), str(event_id)], check=True,
                          capture_output=True, text=True, env=env)
    return float(done.stdout.split()[-1])


def _first(kind: str, database: str, event_id: int) -> None:
    from cmer_desk.app import AppContext

    app = AppContext.open(database, backup_dir=Path(database).parent / "backups", start_backup=False)
    documents = app.documents  # its modules imported: imports are not what this measures
    try:
        if kind == "floor":
            lines = invitation_lines(documents.invitation(event_id))
            start = time.perf_counter()
            fonts.register_fonts()
            floor_invitation(lines)
        else:
            start = time.perf_counter()
            render_invitation(documents.invitation(event_id))
        print(time.perf_counter() - start)
    finally:
        app.close()


def main() -> int:
    from cmer_desk.app import AppContext

    if sys.argv[1:2] == ["--first"]:
        _first(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return 0
    fonts.register_fonts()
    with tempfile.TemporaryDirectory(prefix="cmer-bench-documents-") as folder:
        os.environ.setdefault("XDG_DATA_HOME", str(Path(folder) / "data"))  # keep the user's folder out of it
        database = working_copy(dataset(5_000, 500, 20_000), Path(folder))
        app = AppContext.open(str(database), backup_dir=Path(folder) / "backups")
        try:
            event_id = app.example.load()

            def invitation() -> bytes:
                return render_invitation(app.documents.invitation(event_id))

            data = app.documents.invitation(event_id)
            assert isinstance(data.body[0], BodyParagraph)
            lines = invitation_lines(data)
            invitation()  # warm caches (font subsets, styles, compiled statements)
            floor_invitation(lines)
            figure = best_of(30, invitation)
            gather = best_of(30, lambda: app.documents.invitation(event_id))
            render = best_of(30, lambda: render_invitation(data))
            floor = best_of(30, lambda: floor_invitation(lines))
        finally:
            app.close()
        firsts, first_floors = [], []
        first_of_a_process("invitation", database, event_id)  # fills the cache folder, as any first run does
        for _ in range(FIRST_RUNS):  # interleaved
            firsts.append(first_of_a_process("invitation", database, event_id))
            first_floors.append(first_of_a_process("floor", database, event_id))
    ok = print_table("invitation (Tarascon example, in a file of 5,000 contacts / 500 events)", [
        ("gather + render", figure, floor, 1.5, 0.050),
        ("  of which gather (documents.invitation)", gather, floor, None, None),
        ("  of which render (render_invitation)", render, floor, None, None),
    ], floor_label="floor: canvas.drawString of the same lines, same font", unit="ms")
    ok &= print_table("the same, first of a process (new process each run, imports excluded)", [
        ("gather + render, first of a process", statistics.median(firsts), statistics.median(first_floors),
         None, 0.050),
    ], floor_label="floor: canvas.drawString of the same lines, same font, first of its process", unit="ms")

    timings: dict[int, float] = {}
    for n, runs in ((100, 10), (1_000, 5), (10_000, 3)):
        sheet = make_attendees(n, blank_rows=5)
        timings[n] = best_of(runs, lambda sheet=sheet: render_attendee_list(sheet))
    ok &= print_table("attendee list (sign-in sheet PDF)", [
        ("100 rows", timings[100], None, None, None),
        ("1,000 rows", timings[1_000], None, None, None),
        ("10,000 rows (floor: 1,000 rows)", timings[10_000], timings[1_000], 12, 3.0),
    ], floor_label="floor of the last line: the 1,000-row figure (10x = linear)", unit="s")
    return exit_status(ok)


if __name__ == "__main__":
    sys.exit(main())
