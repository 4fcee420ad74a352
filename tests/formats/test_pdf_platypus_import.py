"""ReportLab's platypus is imported through cmer_desk.formats.pdf.platypus: its URI pattern (compiled at import,
a third of ReportLab's import time) is compiled the first time a word could be a URI, and answers as the
compiled pattern does; the documents are the same bytes as with ReportLab imported directly."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SAMPLES = [
    "", "radicalisation", "katia.beraud@mairie-tarascon13.fr", "www.bouches-du-rhone.gouv.fr",
    "https://www.bouches-du-rhone.gouv.fr/Actualites/Communiques-de-presse", "HTTP://EXAMPLE.COM/A",
    "ftp://user:pass@192.168.0.1:21/x", "http://[::1]:8080/", "http://localhost/", "http://ex-ample.com.",
    "mailto://a", "a://b", "x http://example.com", "http://例え.テスト/パス", "http://-bad.com", "://", "http://",
    "https://www.example.com/très/long/chemin/%C3%A9?q=1#frag", "svn+ssh://host.example/repo",
]

# Renders the invitation with a long URL in its body (split at its slashes by ReportLab) and prints its digest,
# with platypus imported directly first ("direct") or through the desk's module ("desk").
SCRIPT = """
import dataclasses, hashlib, json, re, sys
if sys.argv[1] == "direct":
    import reportlab.platypus
from cmer_desk.domain.body import BodyParagraph
from cmer_desk.formats.pdf.invitation import render_invitation
from reportlab.platypus import paragraph
from tests.formats.conftest import make_invitation

data = make_invitation()
url = ("Le dossier : https://www.bouches-du-rhone.gouv.fr/Actualites/Communiques-de-presse/2018/Janvier/"
       "une-adresse-de-page-trop-longue-pour-tenir-sur-une-seule-ligne-du-paragraphe et la suite du texte.")
before = type(paragraph.uri_pat).__name__
pdf = render_invitation(dataclasses.replace(data, body=data.body + (BodyParagraph(url),)))
pdf = re.sub(rb"/ID \\n\\[<[0-9a-f]+><[0-9a-f]+>\\]", b"", pdf)
print(json.dumps([before, hashlib.sha256(pdf).hexdigest()]))
"""


def run(mode: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", SCRIPT, mode], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_a_document_with_a_url_is_the_same_bytes_as_with_reportlab_imported_directly():
    direct, desk = run("direct"), run("desk")
    assert direct[0] == "Pattern" and desk[0] == "DeferredUriPattern"
    assert desk[1] == direct[1]


@pytest.fixture(scope="module")
def patterns():
    """The deferred pattern and the compiled one, of ReportLab's own pattern (in this process platypus may have
    been imported directly by another test)."""
    from reportlab.platypus import paragraph

    from cmer_desk.formats.pdf.platypus import URI_PATTERN_START, DeferredUriPattern

    assert paragraph.uri_pat.pattern.startswith(URI_PATTERN_START)
    return (DeferredUriPattern(paragraph.uri_pat.pattern, paragraph.uri_pat.flags),
            re.compile(paragraph.uri_pat.pattern, paragraph.uri_pat.flags))


@pytest.mark.parametrize("sample", SAMPLES)
def test_the_deferred_pattern_answers_as_the_compiled_one(patterns, sample):
    deferred, compiled = patterns
    mine, theirs = deferred.match(sample), compiled.match(sample)
    assert (mine is None) == (theirs is None)
    if theirs is not None:
        assert mine.span() == theirs.span() and mine.groups() == theirs.groups()
    assert deferred.pattern == compiled.pattern


def test_the_pattern_is_compiled_only_for_a_word_that_could_be_a_uri():
    from cmer_desk.formats.pdf.platypus import DeferredUriPattern

    pattern = DeferredUriPattern("(^(?:[a-z0-9\\.\\-\\+]*)://)(?:\\S+)\\Z", re.I)
    assert pattern.match("katia.beraud@mairie-tarascon13.fr") is None and not pattern.compiled
    assert pattern.match("HTTPS://x").group(1) == "HTTPS://" and pattern.compiled


def test_the_import_leaves_the_re_module_as_it_was():
    done = subprocess.run([sys.executable, "-c", "import re; c = re.compile\n"
                           "import cmer_desk.formats.pdf.invitation\n"
                           "print(re.compile is c, re.compile('a', re.I).match('A') is not None)"],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.stdout.split() == ["True", "True"], done.stderr
