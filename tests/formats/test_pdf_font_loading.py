"""A document reads only the font files it prints with: the faces it uses, and a fallback font only when
one of its characters needs it (each case in a fresh interpreter, where no font has been read yet; a face
counts as read whether it is parsed or taken from the font cache)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Records the file of every TrueType face read (parsed, or from the font cache), renders one document, prints
# the files.
SCRIPT = """
import json, os, sys
from cmer_desk.formats.pdf import font_cache

parsed = []
original = font_cache.load_face

def recording(path, *args, **kwargs):
    parsed.append(os.path.basename(str(path)))
    return original(path, *args, **kwargs)

font_cache.load_face = recording

import dataclasses
from cmer_desk.domain.body import BodyParagraph
from cmer_desk.domain.documents import BadgeData, BadgeSheetData, Letterhead
from cmer_desk.formats.pdf.attendees import render_attendee_list
from cmer_desk.formats.pdf.badges import render_badges
from cmer_desk.formats.pdf.invitation import render_invitation
from tests.formats.conftest import make_attendees, make_invitation

HEAD = Letterhead(issuer_lines=("PRÉFET DE POLICE", "DES BOUCHES-DU-RHÔNE"),
                  motto=("Liberté", "Égalité", "Fraternité"))
kind, extra = sys.argv[1], sys.argv[2]
if kind == "invitation":
    data = make_invitation()
    if extra:
        data = dataclasses.replace(data, body=data.body + (BodyParagraph(extra),))
    pdf = render_invitation(data)
elif kind == "invitation-letterhead":
    pdf = render_invitation(make_invitation(letterhead=HEAD))
elif kind == "attendees":
    pdf = render_attendee_list(make_attendees(20))
else:
    pdf = render_badges(BadgeSheetData("CMER de Tarascon", "mercredi 24 janvier 2018", "hôtel de Ville",
                                       "Bureau", (BadgeData("Katia BERTAUD", "La Provence", "Journaliste"),)))
assert pdf.startswith(b"%PDF")
print(json.dumps(parsed))
"""


def parsed_fonts(kind: str, extra: str = "") -> set[str]:
    done = subprocess.run([sys.executable, "-c", SCRIPT, kind, extra], cwd=ROOT, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


REGULAR_AND_BOLD = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}


@pytest.mark.parametrize("kind", ["invitation", "attendees", "badges"])
def test_a_french_document_reads_only_its_two_faces_and_no_fallback_font(kind):
    assert parsed_fonts(kind) == REGULAR_AND_BOLD


def test_the_motto_of_the_letterhead_reads_the_oblique_face():
    assert parsed_fonts("invitation-letterhead") == REGULAR_AND_BOLD | {"DejaVuSans-Oblique.ttf"}


def test_arabic_text_prints_in_dejavu_and_reads_no_fallback_font():
    assert parsed_fonts("invitation", "Invité : محمد بن سعيد") == REGULAR_AND_BOLD


def test_devanagari_reads_the_chain_up_to_its_font_and_nothing_further():
    assert parsed_fonts("invitation", "Invité : हिन्दी") == REGULAR_AND_BOLD | {
        "NotoSansArabic-Regular.ttf", "NotoSansDevanagari-Regular.ttf"}


def test_a_chinese_name_reads_the_fonts_of_the_chain_up_to_the_cjk_font():
    assert parsed_fonts("invitation", "Invité : 王小明") == REGULAR_AND_BOLD | {
        "NotoSansArabic-Regular.ttf", "NotoSansDevanagari-Regular.ttf", "DroidSansFallback-CJK.ttf"}


@pytest.mark.parametrize("sample", [
    "", "Olivier de MAZIÈRES", "Marseille, le 22\u00a0janvier 2018", "Contact\u202f: 04\u00a090\u00a091",
    "Łukasz Wałęsa, Nguyễn Văn An", "e\u0301te\u0301 combin\u00e9", "Invité : محمد بن سعيد", "王小明 et 山田太郎",
    "हिन्दी", "fin 🎉\u202f!", "مرحبا 王 🎉 a\u00a0b",
])
@pytest.mark.parametrize("font", ["DejaVuSans", "DejaVuSans-Bold"])
def test_text_the_main_font_covers_is_cut_as_the_character_by_character_reading_cuts_it(sample, font):
    from cmer_desk.formats.pdf import fonts, text

    fonts.register_fonts()
    shown = text._standins(text.visual(sample))
    assert text.runs(sample, font) == text._runs_by_character(shown, font)
