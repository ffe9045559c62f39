"""What ReportLab reads from a TrueType file, kept between runs as flat number arrays.

Why: reading a DejaVu face (its character map, widths and glyph offsets, ~5,300 glyphs)
costs ~12 ms of a cold `pk-desk pdf` per face; loading the same numbers from arrays costs
well under one (issue 12). The cache holds only numbers and names in a format of our own
(a JSON header line, then raw machine arrays): nothing in it is executed or unpickled, and
anything unexpected in it makes the face read from its file again.

ReportLab stays the reader: the first run lets `TTFontFile.extractInfo` read the file and
stores exactly the attributes it set; a later run sets the same attributes to the same
values (tests/documents/test_fonts.py compares them face by face). A cache entry is named
after the font's content, ReportLab's version and this format, so a changed file or an
upgraded ReportLab reads the file again (and replaces the entry it no longer matches).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Callable
from itertools import accumulate
from pathlib import Path
from typing import Any

from reportlab import Version as REPORTLAB_VERSION
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

from app.paths import font_cache_dir

FORMAT = 1
_NAMES = ("name", "familyName", "styleName", "fullName", "uniqueFontID")
_NUMBERS = (
    "ascent",
    "descent",
    "capHeight",
    "stemV",
    "italicAngle",
    "underlinePosition",
    "underlineThickness",
    "flags",
    "numGlyphs",
    "_full_font",
    "unitsPerEm",
    "defaultWidth",
    "_pos",
)
_LISTS = ("bbox", "fontRevision")
_TABLES = ("charToGlyph", "glyphToChar", "charWidths", "hmetrics", "glyphPos")
#: Every attribute `extractInfo` sets; a ReportLab that sets others is not cached.
ATTRIBUTES = frozenset((*_NAMES, *_NUMBERS, *_LISTS, *_TABLES, "_pdfScale"))


class CachedFace(TTFontFace):
    """`TTFontFace` whose `extractInfo` comes from the cache when it can."""

    def extractInfo(self, charInfo: int = 1) -> None:  # noqa: N802 - ReportLab's name
        entry = _entry(self.filename, self._ttf_data) if charInfo else None
        if entry is not None and _load(self, entry):
            return
        before = dict(self.__dict__)
        super().extractInfo(charInfo)
        if entry is not None:
            set_now = {k for k, v in self.__dict__.items() if k not in before or before[k] is not v}
            if set_now == ATTRIBUTES:
                _store(self, entry)


def _entry(name: str, content: bytes) -> Path:
    """Named after the font's content (a PyInstaller build unpacks its files afresh, with
    new modification times, at every start), ReportLab's version and this format."""
    digest = hashlib.blake2b(content, digest_size=10).hexdigest()
    return font_cache_dir() / f"{Path(name).stem}-{digest}-rl{REPORTLAB_VERSION}-f{FORMAT}.bin"


def _scale(units_per_em: int) -> Callable[[Any], Any]:
    """`extractInfo`'s own scale function for this unitsPerEm."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _store(face: TTFontFace, entry: Path) -> None:
    """Write the entry (atomically); a face whose values are not of the kinds below, or a
    folder that cannot be written, is simply not cached."""
    try:
        header, arrays = _arrays(face.__dict__)
    except (TypeError, ValueError, OverflowError):
        return
    tmp_name = None
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".font-", dir=entry.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(json.dumps(header).encode() + b"\n")
            for values in arrays:
                handle.write(values.tobytes())
        os.replace(tmp_name, entry)
        tmp_name = None
        mine = re.compile(re.escape(Path(face.filename).stem) + r"-[0-9a-f]{20}-rl.+\.bin")
        for stale in entry.parent.iterdir():
            if stale != entry and mine.fullmatch(stale.name):
                stale.unlink(missing_ok=True)  # an older font file's or ReportLab's entry
    except OSError:
        pass
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)


def _arrays(d: dict[str, Any]) -> tuple[dict[str, Any], list[array[Any]]]:
    if not all(isinstance(d[n], TTFNameBytes) for n in _NAMES):
        raise TypeError("a name of another kind")
    if not all(type(w) is float for w in d["charWidths"].values()):
        raise TypeError("a width of another kind")
    # hmtx lists advances for the first glyphs (ints); the glyphs after them repeat the last
    # advance, which extractInfo has scaled by then (a float): kept as they are
    advances = [aw for aw, _ in d["hmetrics"]]
    whole = next((n for n, aw in enumerate(advances) if type(aw) is not int), len(advances))
    if not all(type(aw) is float for aw in advances[whole:]):
        raise TypeError("an advance of another kind")
    glyphs = d["glyphToChar"]
    named = {
        "char_keys": array("q", d["charToGlyph"]),
        "char_glyphs": array("q", d["charToGlyph"].values()),
        "glyph_keys": array("q", glyphs),
        "glyph_counts": array("q", (len(v) for v in glyphs.values())),
        "glyph_chars": array("q", (c for v in glyphs.values() for c in v)),
        "width_keys": array("q", d["charWidths"]),
        "widths": array("d", d["charWidths"].values()),
        "whole_advances": array("q", advances[:whole]),
        "scaled_advances": array("d", advances[whole:]),
        "bearings": array("q", (lsb for _, lsb in d["hmetrics"])),
        "positions": array("q", d["glyphPos"]),
    }
    header = {
        "format": FORMAT,
        "byteorder": sys.byteorder,
        "names": {n: d[n].ustr for n in _NAMES},
        "numbers": {n: d[n] for n in _NUMBERS},
        "lists": {n: list(d[n]) for n in _LISTS},
        "arrays": [[n, a.typecode, len(a)] for n, a in named.items()],
    }
    return header, list(named.values())


def _load(face: TTFontFace, entry: Path) -> bool:
    """Set the attributes from the entry; False (nothing set) when it is missing or odd."""
    try:
        data = entry.read_bytes()
        line, _, body = data.partition(b"\n")
        header = json.loads(line)
        if header.get("format") != FORMAT or header.get("byteorder") != sys.byteorder:
            return False
        values: dict[str, list[Any]] = {}
        offset = 0
        for name, typecode, length in header["arrays"]:
            numbers = array(typecode)
            size = numbers.itemsize * length
            numbers.frombytes(body[offset : offset + size])
            if len(numbers) != length:
                return False
            values[name] = numbers.tolist()
            offset += size
        if offset != len(body):
            return False
        names = {n: TTFNameBytes(str(header["names"][n]).encode()) for n in _NAMES}
        numbers_ = {n: header["numbers"][n] for n in _NUMBERS}
        lists = header["lists"]
        advances = values["whole_advances"] + values["scaled_advances"]
        flat, counts = values["glyph_chars"], values["glyph_counts"]
        glyph_to_char = {
            glyph: flat[end - count : end]
            for glyph, count, end in zip(
                values["glyph_keys"], counts, accumulate(counts), strict=True
            )
        }
        if sum(counts) != len(flat):
            return False
        found = {
            **names,
            **numbers_,
            "bbox": list(lists["bbox"]),
            "fontRevision": tuple(lists["fontRevision"]),
            "charToGlyph": dict(zip(values["char_keys"], values["char_glyphs"], strict=True)),
            "glyphToChar": glyph_to_char,
            "charWidths": dict(zip(values["width_keys"], values["widths"], strict=True)),
            "hmetrics": list(zip(advances, values["bearings"], strict=True)),
            "glyphPos": values["positions"],
            "_pdfScale": _scale(int(numbers_["unitsPerEm"])),
        }
    except (OSError, ValueError, TypeError, KeyError, OverflowError):
        return False
    face.__dict__.update(found)
    return True
