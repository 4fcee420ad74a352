"""Render the example documents with a bloc-marque for docs/ (PDF pages to PNG with pdftoppm).

The emblem is a fictitious one drawn here: the desk never ships, and never draws, the State's marks.

    .venv/bin/python scripts/render_examples.py OUT_DIR
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FICTITIOUS_EMBLEM = """<svg xmlns="http://www.w3.org/2000/svg" width="120" height="96" viewBox="0 0 120 96">
  <rect x="0" y="0" width="120" height="96" fill="#2b2b6e"/>
  <path d="M14 74 C 34 30, 60 22, 106 18 C 80 34, 64 52, 58 80 Z" fill="#ffffff"/>
  <circle cx="86" cy="66" r="10" fill="#c9c9d9"/>
  <text x="60" y="92" font-size="9" text-anchor="middle" fill="#ffffff" font-family="sans-serif">EMBLÈME FICTIF</text>
</svg>
"""


def write_emblem(folder: Path) -> Path:
    path = folder / "embleme-fictif.svg"
    path.write_text(FICTITIOUS_EMBLEM, encoding="utf-8")
    return path


def main(out: Path) -> None:
    from datetime import datetime

    from cmer_desk.app import AppContext
    from cmer_desk.formats.pdf.attendees import render_attendee_list
    from cmer_desk.formats.pdf.badges import render_badges
    from cmer_desk.formats.pdf.invitation import render_invitation

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        app = AppContext.open(str(folder / "example.db"))
        app.service_context.clock = lambda: datetime(2018, 1, 22, 9, 30)
        try:
            event_id = app.example.load()
            profile = app.profile.get()
            app.profile.save(dataclasses.replace(profile, logo_path=str(write_emblem(folder))))
            docs = {
                "invitation-example.pdf": render_invitation(app.documents.invitation(event_id)),
                "attendee-list-example.pdf": render_attendee_list(app.documents.attendee_list(event_id)),
                "badges-example.pdf": render_badges(app.documents.badges(event_id)),
            }
        finally:
            app.close()
    for name, pdf in docs.items():
        (out / name).write_bytes(pdf)
        print(out / name)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
