"""The fonts of the documents: the bureau's own files or the desk's DejaVu Sans, and a fallback chain.

The standard 14 PDF fonts (Helvetica...) only cover Latin-1: 'Łukasz Wałęsa', 'Nguyễn', 'œuvre'
or a narrow no-break space would print as black squares. DejaVu Sans covers them; every font is
embedded as a subset by ReportLab, so the text also extracts exactly. Characters the main font lacks
are printed, one by one, with the first font of the fallback chain that has them (Arabic, Devanagari,
Chinese and Japanese, emoji), all open-licence fonts shipped beside this module with their licences.

The shipped fonts are registered under their names at once but their files are read the first time
ReportLab asks anything of them (``_DeferredFont``): a document reads only the faces it prints with, and
a fallback font only when a character of the document is missing from the fonts before it in the chain
(the 2.3 MB of the CJK font are not read for a French invitation).

No-break spaces: ReportLab prints U+00A0 as an ordinary space (stretched by justification, extracted
as U+0020) and breaks lines at U+202F. The text handed to ReportLab carries two private-use stand-ins
instead (``NBSP_STANDIN``, ``NNBSP_STANDIN``): ReportLab treats them as letters (never stretched,
never a line break) and each font maps them to its space glyphs; when the PDF is written, their codes
are declared as U+00A0 and U+202F, so a reader copies the real characters.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import threading
from dataclasses import dataclass
from fnmatch import fnmatch
from importlib.resources import as_file, files
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTEncoding, TTFont, TTFontFace

from cmer_desk.domain.documents import FontFiles
from cmer_desk.formats.pdf import font_cache
from cmer_desk.formats.pdf.font_files import load_font_bytes

log = logging.getLogger(__name__)


def _utf16_entry(match: re.Match[str]) -> str:
    return f"<{match.group(1)}> <{chr(int(match.group(2), 16)).encode('utf-16-be').hex().upper()}>"

# Package data beside this module (with their licences, LICENSE-*.txt), read through importlib.resources
# so that an installed wheel or a bundle finds them wherever it lives.
FONT_DIR = files(__package__).joinpath("fonts")

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

NBSP_STANDIN = "\ue0a0"
NNBSP_STANDIN = "\ue02f"
GLUED_SPACE_STANDIN = "\ue020"  # between the words of a right-to-left run: never a line break, copied as a space
_STANDINS = {ord(NBSP_STANDIN): 0x00A0, ord(NNBSP_STANDIN): 0x202F, ord(GLUED_SPACE_STANDIN): 0x20}
STANDINS = frozenset(chr(c) for c in _STANDINS)

_DEJAVU = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
# The fallback chain, in order: (name, file, bold twin or None).
FALLBACKS = (
    ("CmerArabic", "NotoSansArabic-Regular.ttf", ("CmerArabic-Bold", "NotoSansArabic-Bold.ttf")),
    ("CmerDevanagari", "NotoSansDevanagari-Regular.ttf", ("CmerDevanagari-Bold", "NotoSansDevanagari-Bold.ttf")),
    ("CmerCJK", "DroidSansFallback-CJK.ttf", None),
    ("CmerEmoji", "NotoEmoji-Regular.ttf", None),
)


class DocumentFont(TTFont):
    """A TrueType font whose no-break space stand-ins print as the font's spaces and extract as
    U+00A0 / U+202F (see the module docstring).

    With `face` (a face already parsed, see ``font_cache``), the font is the one ``TTFont(name, source)``
    makes, without parsing `source` again."""

    def __init__(self, name: str, source, face: TTFontFace | None = None, **kwargs) -> None:
        if face is None:
            super().__init__(name, source, **kwargs)
        else:  # what TTFont.__init__ sets, its face given (tests/formats/test_pdf_font_cache.py compares them)
            self.fontName = name
            self.face = face
            self.encoding = TTEncoding()
            self.state: WeakKeyDictionary = WeakKeyDictionary()
            self._asciiReadable = rl_config.ttfAsciiReadable
            self.shapable = not any(fnmatch(name, pattern) for pattern in rl_config.unShapedFontGlob)
        face = self.face
        if 0x20 not in face.charToGlyph:  # a fallback font without spaces: they print in the main font
            return
        space = face.charToGlyph[0x20]
        space_width = face.charWidths.get(0x20, 250)
        thin = 0x202F if 0x202F in face.charToGlyph else 0x2009 if 0x2009 in face.charToGlyph else None
        if thin is None:  # a narrow space the font does not draw: its space glyph, at a sixth of an em
            face.charToGlyph[0x202F] = space
            face.charWidths[0x202F] = 1000 / 6
        else:
            face.charToGlyph[0x202F] = face.charToGlyph[thin]
            face.charWidths[0x202F] = face.charWidths.get(thin, space_width / 2)
        face.charToGlyph.setdefault(0xA0, space)
        face.charWidths.setdefault(0xA0, space_width)
        for standin, real in _STANDINS.items():
            face.charToGlyph[standin] = face.charToGlyph[real]
            face.charWidths[standin] = face.charWidths[real]

    def addObjects(self, doc) -> None:  # noqa: N802 (ReportLab API)
        """Declare the stand-ins' codes as the real no-break spaces before the subsets are written, and
        write characters beyond U+FFFF (emoji) in UTF-16 in the ToUnicode maps, as PDF requires
        (ReportLab writes their code point, which readers reject)."""
        state = self.state.get(doc)
        if state is not None:
            for subset in state.subsets:
                for i, code in enumerate(subset):
                    if code in _STANDINS:
                        subset[i] = _STANDINS[code]
        super().addObjects(doc)
        if state is None:
            return
        for n, subset in enumerate(state.subsets):
            if all(code <= 0xFFFF for code in subset):
                continue
            base = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = re.sub(r"<([0-9A-F]{2})> <([0-9A-F]{5,6})>", _utf16_entry, stream.content)


class _DeferredFont(DocumentFont):
    """A shipped font registered under its name whose file is parsed on first use.

    Until then the object holds only its name and its file; the first attribute ReportLab reads that a
    parsed font has (its face, its encoding, its per-document state...) parses the file into a full
    ``DocumentFont`` whose attributes become this object's, at once and under the registration lock, so
    every reference ReportLab keeps (the registry, a document's font list) is the parsed font."""

    def __init__(self, name: str, filename: str) -> None:  # noqa: D107 - no call to TTFont.__init__ on purpose
        self.fontName = name
        self._deferred_file = filename

    def __getattr__(self, attr: str):
        # Only called for an attribute the object lacks, that is before the file is parsed (or for one
        # no font has, which then raises as usual).
        if attr.startswith("__"):
            raise AttributeError(attr)
        with _lock:
            filename = self.__dict__.pop("_deferred_file", None)
            if filename is not None:
                try:
                    parsed = _parse_packaged(self.fontName, filename)
                except BaseException:
                    self._deferred_file = filename
                    raise
                self.__dict__.update(parsed.__dict__)
                pdfmetrics._dynFaceNames.setdefault(self.face.name, self)  # as registerFont records it
                log.debug("font %s read from %s", self.fontName, filename)
        return object.__getattribute__(self, attr)


def _parse_packaged(name: str, filename: str) -> DocumentFont:
    resource = FONT_DIR.joinpath(filename)
    if not resource.is_file():
        raise FileNotFoundError(f"missing font {resource}")
    with as_file(resource) as path:  # a real file even when the package is zipped
        return DocumentFont(name, str(path), face=font_cache.load_face(str(path)))


@dataclass(frozen=True)
class FontSet:
    """The registered names a document uses."""

    regular: str = REGULAR
    bold: str = BOLD
    italic: str = ITALIC
    bold_italic: str = BOLD_ITALIC

    @property
    def family(self) -> str:
        return self.regular


_lock = threading.RLock()
_registered: dict[str, FontSet] = {}


def _register(name: str, source) -> None:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(DocumentFont(name, source))


def _register_packaged(name: str, filename: str) -> None:
    """Register a shipped font under its name; its file is read when a document first uses it.

    What ``pdfmetrics.registerFont`` does for a TrueType font, without reading the face it asks for:
    the font in ReportLab's registry, and the family mapping a multi-byte font gets (its face name is
    recorded when the file is read)."""
    if name in pdfmetrics.getRegisteredFontNames():
        return
    if not FONT_DIR.joinpath(filename).is_file():
        raise FileNotFoundError(f"missing font {FONT_DIR.joinpath(filename)}")
    pdfmetrics._fonts[name] = _DeferredFont(name, filename)
    pdfmetrics.registerFontFamily(name)


def _family(fonts: FontSet) -> None:
    pdfmetrics.registerFontFamily(fonts.regular, normal=fonts.regular, bold=fonts.bold, italic=fonts.italic,
                                  boldItalic=fonts.bold_italic)
    # <b> and <i> inside a Paragraph look the family up through these mappings.
    addMapping(fonts.regular, 0, 0, fonts.regular)
    addMapping(fonts.regular, 1, 0, fonts.bold)
    addMapping(fonts.regular, 0, 1, fonts.italic)
    addMapping(fonts.regular, 1, 1, fonts.bold_italic)


def register_fonts(font_files: FontFiles | None = None) -> FontSet:
    """Register the fonts of a document (once per process and per set of files) and return their names.

    Without files, DejaVu Sans. With the bureau's files, each style it names (a missing bold or italic
    is printed in its regular file rather than faked). A file that cannot be used is logged and
    replaced by DejaVu, so a document always prints."""
    key = repr(font_files) if font_files and font_files.regular else ""
    with _lock:
        if key in _registered:
            return _registered[key]
        for name, filename in _DEJAVU.items():
            _register_packaged(name, filename)
        for name, filename, bold in FALLBACKS:
            _register_packaged(name, filename)
            if bold:
                _register_packaged(*bold)
        fonts = FontSet()
        _family(fonts)
        if key:
            assert font_files is not None
            try:
                fonts = _bureau_fonts(font_files)
                _family(fonts)
            except Exception:  # noqa: BLE001 - any unusable file: the document still prints, in DejaVu
                log.warning("the bureau's fonts %s cannot be used; printed in DejaVu Sans", font_files, exc_info=True)
                fonts = FontSet()
        _registered[key] = fonts
        log.debug("registered fonts %s", fonts)
        return fonts


def _bureau_fonts(font_files: FontFiles) -> FontSet:
    names: dict[str, str] = {}
    for style, path in (("Regular", font_files.regular), ("Bold", font_files.bold), ("Italic", font_files.italic)):
        if not path:
            continue
        data = load_font_bytes(path)
        name = f"Bureau-{hashlib.sha1(data).hexdigest()[:10]}-{style}"
        _register(name, io.BytesIO(data))
        names[style] = name
    regular = names["Regular"]
    bold = names.get("Bold", regular)
    italic = names.get("Italic", regular)
    return FontSet(regular, bold, italic, bold if "Bold" in names else italic)


def fallback_chain(font: str) -> tuple[str, ...]:
    """The fonts tried, in order, for a character `font` lacks (bold twins for a bold font)."""
    bold = "Bold" in font
    return tuple(twin[0] if bold and twin else name for name, _file, twin in FALLBACKS)


def has_glyph(font: str, char: str) -> bool:
    return ord(char) in pdfmetrics.getFont(font).face.charToGlyph


def covers(font: str, text: str) -> bool:
    """Whether `font` has a glyph for every character of `text`."""
    return pdfmetrics.getFont(font).face.charToGlyph.keys() >= set(map(ord, text))
