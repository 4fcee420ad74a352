"""Entries of the user's cache folder that keep what a library parsed from a file, to skip the parse next time.

The documents parse two kinds of files at every run of a command: TrueType fonts (``font_cache``) and the
French hyphenation dictionary (``hyphenation``). What a parse finds depends only on the file's bytes and on
the parsing library's code, so an entry is kept under a key that names both (the file's SHA-256, the
library's version, Python's, the format of the entry) and is used only when its key is the one asked for.

An entry is ``MAGIC``, the SHA-256 of the payload, then the payload: ``marshal`` of (key, value). Anything
unexpected (another magic, a checksum that does not match, another key, a file that cannot be read) reads
as no entry, and the caller parses the file as it would without a cache. An entry is written to a
temporary file then renamed over the old one, so a reader sees a whole entry or none; a cache that cannot
be written (read-only folder, full disk) only costs the parse. The checksum is read before marshal sees
a byte: a damaged entry is never unmarshalled.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MAGIC = b"cmer-desk parsed file\n"
PYTHON = f"{sys.version_info[0]}.{sys.version_info[1]}"
_CHECKSUM = 32
_PLAIN = (type(None), bool, int, float, str, bytes)


def folder(kind: str) -> Path:
    """The folder of one kind of entry in the user's cache folder (not created here)."""
    from platformdirs import user_cache_path

    return user_cache_path("cmer-desk", appauthor=False) / kind


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read(entry: Path, key: tuple) -> Any | None:
    """The value kept in `entry` under `key`; None when there is none, or any doubt about it."""
    try:
        raw = entry.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        log.info("cache entry %s unreadable (%s)", entry, error)
        return None
    head, checksum, payload = raw[: len(MAGIC)], raw[len(MAGIC): len(MAGIC) + _CHECKSUM], raw[len(MAGIC) + _CHECKSUM:]
    if head != MAGIC or hashlib.sha256(payload).digest() != checksum:
        log.info("cache entry %s is not whole: not used", entry)
        return None
    collecting = gc.isenabled()
    gc.disable()  # what marshal makes is all reachable: a collection while it builds finds nothing to free
    try:
        loaded = marshal.loads(payload)
    except Exception as error:  # noqa: BLE001 - whatever marshal makes of it, the entry is not used
        log.info("cache entry %s unreadable (%s): not used", entry, error)
        return None
    finally:
        if collecting:
            gc.enable()
    if not isinstance(loaded, tuple) or len(loaded) != 2 or loaded[0] != key:
        log.info("cache entry %s is of another file or version: not used", entry)
        return None
    return loaded[1]


def write(entry: Path, key: tuple, value: Any) -> None:
    """Keep `value` (plain values only, see ``is_plain``) in `entry` under `key`, whole or not at all."""
    payload = marshal.dumps((key, value))
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=entry.stem, suffix=".part", dir=entry.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(MAGIC + hashlib.sha256(payload).digest() + payload)
            os.replace(temporary, entry)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError as error:
        log.info("cache entry %s not written (%s)", entry, error)


def is_plain(value: Any) -> bool:
    """Whether marshal gives `value` back exactly: None, numbers, text, bytes, and lists, tuples and dicts of
    them, of these exact types (a subclass would come back as its base class)."""
    kind = type(value)
    if kind in _PLAIN:
        return True
    if kind is list or kind is tuple:
        return all(is_plain(v) for v in value)
    if kind is dict:
        return all(is_plain(k) and is_plain(v) for k, v in value.items())
    return False
