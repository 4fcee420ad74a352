"""Bytes of a text file (CSV, vCard, LDIF) to text, with one rule for every reader.

1. A byte-order mark decides: UTF-8, UTF-16 (little or big endian, Excel's « Texte Unicode ») or UTF-32.
2. UTF-16 without a mark is recognised by its zero bytes (every other byte of Latin text is zero).
3. A file that is valid UTF-8 is UTF-8.
4. Otherwise each line is decoded on its own: as UTF-8 where it is valid UTF-8, else as Windows-1252.
   When some lines with accents are valid UTF-8 and others are not, the file is *mixed* and the lines
   decoded as Windows-1252 are listed, so that the import can say which lines were converted; when no
   line is UTF-8 the file is simply Windows-1252.

Before that, a file that is not text at all (a workbook, a PDF, an image, zero bytes) or is blank is
refused with a French message that never echoes its raw bytes."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from cmer_desk.domain.i18n import N_, _, ngettext
from cmer_desk.formats.errors import FileFormatError

UTF8_BOM = codecs.BOM_UTF8
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# What a file that is not text starts with, and what to tell the person who chose it.
_MAGIC = (
    (b"PK\x03\x04", N_("c'est un classeur Excel (.xlsx) ou une archive ZIP, pas un fichier texte : "
                       "ouvrez-le sous son vrai nom (.xlsx)")),
    (b"\xd0\xcf\x11\xe0", N_("c'est un classeur Excel 97-2003 (.xls) ou un document Office ancien : "
                             "enregistrez-le en .xlsx ou en CSV depuis Excel")),
    (b"%PDF", N_("c'est un document PDF, pas une liste de contacts")),
    (b"\x89PNG", N_("c'est une image, pas une liste de contacts")),
    (b"\xff\xd8\xff", N_("c'est une image, pas une liste de contacts")),
    (b"GIF8", N_("c'est une image, pas une liste de contacts")),
)  # fmt: skip


@dataclass
class DecodedText:
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16-le", "cp1252", "utf-8 + cp1252"...
    converted_lines: list[int] = field(default_factory=list)  # 1-based, decoded as Windows-1252 in a UTF-8 file

    @property
    def note(self) -> str:
        """The French sentence the preview and the report show for a mixed file ("" otherwise)."""
        if not self.converted_lines:
            return ""
        return ngettext("Fichier en UTF-8 dont {n} ligne était en Windows-1252 et a été convertie : {where}.",
                        "Fichier en UTF-8 dont {n} lignes étaient en Windows-1252 et ont été converties : {where}.",
                        len(self.converted_lines)).format(n=len(self.converted_lines),
                                                          where=_ranges(self.converted_lines))


def sniff_binary(data: bytes) -> str | None:
    """Why ``data`` is not a text file, in the interface language; None when it may be text."""
    for magic, reason in _MAGIC:
        if data.startswith(magic):
            return _(reason)
    return None


def decode_text(data: bytes) -> DecodedText:
    """The text of a file by the rule above; FileFormatError for a blank or binary file."""
    if not data:
        raise FileFormatError(None, _("Le fichier est vide (0 octet)."))
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _blank_checked(_decode_declared(data[len(bom) :], encoding.replace("-sig", ""), encoding))
    reason = sniff_binary(data)
    if reason is not None:
        raise FileFormatError(None, _("Ce fichier n'est pas lisible comme liste de contacts : {reason}.").format(
            reason=reason))
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _blank_checked(_decode_declared(data, utf16, utf16))
    if _binary_zeros(data[:65536]):
        raise FileFormatError(None, _("Ce fichier n'est pas un fichier texte (il contient des octets nuls) : "
                                      "choisissez un fichier CSV, XLSX, vCard ou LDIF."))  # fmt: skip
    try:
        return _blank_checked(DecodedText(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    return _blank_checked(_decode_by_line(data))


def _blank_checked(decoded: DecodedText) -> DecodedText:
    if not decoded.text.strip():
        raise FileFormatError(None, _("Le fichier ne contient que des espaces ou des lignes vides."))
    if _binary_zeros(decoded.text[:65536]):
        raise FileFormatError(None, _("Ce fichier n'est pas un fichier texte (il contient des caractères nuls)."))
    return decoded


def _binary_zeros(sample: bytes | str) -> bool:
    """Zeros the way binary data holds them: two in a row, or one character in ten. A text with a stray
    NUL here and there is text: the field holding it is refused on its line, naming the line."""
    if isinstance(sample, str):
        return "\x00\x00" in sample or sample.count("\x00") * 10 > len(sample)
    return b"\x00\x00" in sample or sample.count(b"\x00") * 10 > len(sample)


def _decode_declared(data: bytes, codec: str, name: str) -> DecodedText:
    if codec == "utf-8":
        try:
            return DecodedText(data.decode("utf-8"), name)
        except UnicodeDecodeError:
            text, converted, _ = _lines(data)  # the mark says UTF-8: every other line is reported
            return DecodedText(text, name + " + cp1252", converted)
    try:
        return DecodedText(data.decode(codec), name)
    except UnicodeDecodeError as exc:
        label = "UTF-16" if "16" in codec else "UTF-32"
        line = data[: exc.start].decode(codec, "replace").count("\n") + 1
        raise FileFormatError(line, _("le fichier annonce l'{encoding} mais cette ligne ne l'est pas.").format(
            encoding=label)) from exc


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte of the start is zero (Latin text in UTF-16)."""
    sample = data[:4096]
    if len(sample) < 4 or (len(sample) % 2 and len(sample) == len(data)):
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0), odd.count(0)
    if zeros_odd > 0.3 * len(odd) and zeros_even < 0.05 * len(even):
        return "utf-16-le"
    if zeros_even > 0.3 * len(even) and zeros_odd < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _latin1_for_undefined(error: UnicodeError) -> tuple[str, int]:
    """Five bytes are undefined in Windows-1252: Latin-1 gives them a (control) character."""
    assert isinstance(error, UnicodeDecodeError)
    return "".join(chr(b) for b in error.object[error.start : error.end]), error.end


codecs.register_error("cmer-desk-latin1", _latin1_for_undefined)
# a UTF-8 sequence of two bytes or more; Windows-1252 French text almost never holds one
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")


def _cp1252(line: bytes) -> str:
    return line.decode("cp1252", "cmer-desk-latin1")


def _decode_by_line(data: bytes) -> DecodedText:
    if _UTF8_SEQUENCE.search(data) is None:  # no line can be UTF-8 with accents: one decoding, one copy
        return DecodedText(_cp1252(data), "cp1252")
    text, converted, utf8_accented = _lines(data)
    if not utf8_accented:
        return DecodedText(text, "cp1252")
    return DecodedText(text, "utf-8 + cp1252", converted)


def _lines(data: bytes) -> tuple[str, list[int], bool]:
    """The text decoded line by line, the lines decoded as Windows-1252, whether a line with accents
    was valid UTF-8."""
    parts: list[str] = []
    converted: list[int] = []
    utf8_accented = False
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            text = line.decode("utf-8")
            utf8_accented = utf8_accented or not line.isascii()
        except UnicodeDecodeError:
            text = _cp1252(line)
            converted.append(number)
        parts.append(text)
    return "\n".join(parts), converted, utf8_accented


def _ranges(lines: list[int], limit: int = 12) -> str:
    """[3, 4, 5, 9] -> 'lignes 3 à 5, 9' (in the interface language)."""
    spans: list[tuple[int, int]] = []
    for n in lines:
        if spans and n == spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], n)
        else:
            spans.append((n, n))
    words = [str(a) if a == b else _("{first} à {last}").format(first=a, last=b) for a, b in spans[:limit]]
    more = " …" if len(spans) > limit else ""
    return ngettext("ligne {lines}", "lignes {lines}", len(lines)).format(lines=", ".join(words) + more)
