"""Measure document rendering against a floor measured in the same run.

Run from the repository root:  python benchmarks/bench_documents.py

(a) the invitation vs a floor: a bare ReportLab canvas drawing the same text, same embedded font,
    one drawString per line (no layout, no justification);
(b) the attendee sign-in sheet at 100, 1,000 and 10,000 rows, and the 10k/1k ratio (10 = linear).
Figures are the best of N runs (time.perf_counter).
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

from cmer_desk.domain.body import BodyBullets, BodyParagraph  # noqa: E402
from cmer_desk.export import fonts  # noqa: E402
from cmer_desk.export.attendees_pdf import render_attendee_list  # noqa: E402
from cmer_desk.export.invitation_pdf import officer_line, render_invitation  # noqa: E402
from tests.export.conftest import make_attendees, make_invitation  # noqa: E402  (sample data)


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
              data.website, *data.social_handles]
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


def main() -> None:
    fonts.register_fonts()
    data = make_invitation()
    assert isinstance(data.body[0], BodyParagraph)
    lines = invitation_lines(data)
    render_invitation(data)  # warm caches (font subsets, styles)
    floor_invitation(lines)
    figure = best_of(30, lambda: render_invitation(data))
    floor = best_of(30, lambda: floor_invitation(lines))
    print(f"invitation: {figure * 1000:.1f} ms   floor (canvas.drawString, same font): "
          f"{floor * 1000:.1f} ms   ratio {figure / floor:.1f}x")

    timings: dict[int, float] = {}
    for n, runs in ((100, 10), (1_000, 5), (10_000, 3)):
        sheet = make_attendees(n, blank_rows=5)
        timings[n] = best_of(runs, lambda: render_attendee_list(sheet))
        print(f"attendee list {n:>6} rows: {timings[n]:.3f} s")
    print(f"attendee list 10k/1k ratio: {timings[10_000] / timings[1_000]:.1f} (10.0 = linear)")


if __name__ == "__main__":
    main()
