"""The interface's catalogues are complete: every tr() string of the code has its English, plurals have
their forms in both languages (never "fiche(s)"), placeholders and access keys survive translation."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cmer_desk.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{\d+\}|%n")


def messages(ts: Path) -> list[tuple[str, str, bool, list[str], str | None]]:
    """(context, source, numerus, translations, type) of every message."""
    out = []
    for context in ET.parse(ts).getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            forms = [f.text or "" for f in translation.findall("numerusform")] if numerus else [translation.text or ""]
            out.append((context.findtext("name"), message.findtext("source"), numerus, forms, translation.get("type")))
    return out


def _mnemonic(text: str) -> bool:
    return re.search(r"&(?!&)\w", text.replace("&&", "")) is not None


def test_english_is_complete():
    problems = []
    for context, source, numerus, forms, kind in messages(i18n.I18N_DIR / "cmer_desk_en.ts"):
        where = f"{context}: {source!r}"
        if kind in ("unfinished", "vanished", "obsolete") or not all(forms):
            problems.append(f"{where} untranslated")
            continue
        if numerus and len(forms) != 2:
            problems.append(f"{where} needs a singular and a plural")
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {form!r}")
            if "(s)" in form:
                problems.append(f"{where}: {form!r} is not a plural form")
            if _mnemonic(source) != _mnemonic(form):
                problems.append(f"{where}: access key lost or added in {form!r}")
    assert problems == [], "\n".join(problems)


def test_french_plurals_are_real_forms():
    french = messages(i18n.I18N_DIR / "cmer_desk_fr.ts")
    assert french, "no plural forms for French"
    problems = [f"{c}: {s!r} -> {f}" for c, s, numerus, f, kind in french
                if not numerus or kind == "unfinished" or len(f) != 2 or any("(s)" in x or not x for x in f)]
    assert problems == []
    english_numerus = {(c, s) for c, s, numerus, _, _ in messages(i18n.I18N_DIR / "cmer_desk_en.ts") if numerus}
    assert {(c, s) for c, s, *_ in french} == english_numerus  # every plural of the code, in both


lupdate = shutil.which("pyside6-lupdate", path=str(Path(i18n.find_lrelease() or "x").parent)) if i18n.find_lrelease() else None


@pytest.mark.skipif(lupdate is None, reason="pyside6-lupdate is not installed")
def test_the_catalogues_hold_every_string_of_the_code(tmp_path):
    """scripts/update-translations.sh was run after the last tr() was added."""
    copy = tmp_path / "cmer_desk" / "ui" / "translations"
    shutil.copytree(i18n.I18N_DIR, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "cmer_desk" / "ui").rglob("*.py"))
    for p in sources:
        (tmp_path / p).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / p, tmp_path / p)
    ts = copy / "cmer_desk_en.ts"
    subprocess.run([lupdate, "-silent", "-tr-function-alias", "tr+=_t", *sources, "-ts", str(ts.relative_to(tmp_path)),
                    "-no-obsolete"], cwd=tmp_path, check=True, capture_output=True, timeout=120)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "fix_ts_contexts.py"), str(ts)], check=True, timeout=60)
    fresh = {(c, s) for c, s, *_ in messages(ts)}
    known = {(c, s) for c, s, *_ in messages(i18n.I18N_DIR / "cmer_desk_en.ts")}
    assert fresh - known == set() and known - fresh == set()
