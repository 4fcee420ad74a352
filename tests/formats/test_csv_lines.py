"""The CSV reader is handed the text line by line exactly as io.StringIO(newline="") would hand it, without
holding a second copy of the whole file."""

from __future__ import annotations

import io
import random

import pytest

from cmer_desk.formats.csv_dialect import _lines

TRICKY = ["", "a", "a\n", "a\r\nb", "a\rb\r", "\r\n\r\n", "\n\r", '"x\r\ny";z\n', "a\u2028b\x0cc\x85d\x1ee\n",
          "Œillet;Émile\r\nDurand;Zoé", "\r", "\n", "a\r\r\nb\n\n"]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_line_ends_split_as_stringio_splits_them(text):
    assert list(_lines(text)) == list(io.StringIO(text, newline=""))


def test_random_texts_split_as_stringio_splits_them():
    rnd = random.Random(12)
    alphabet = ["a", ";", '"', "\r", "\n", "\r\n", "\u2028", "\x0c", "\x85", "é", " "]
    for _ in range(5_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(30)))
        assert list(_lines(text)) == list(io.StringIO(text, newline="")), repr(text)
