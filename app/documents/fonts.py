"""The embedded fonts: DejaVu Sans and DejaVu Sans Condensed from resources/fonts.

DejaVu covers every Latin letter Indonesian uses plus the signs the formats print (✓, ☐, ☒,
–, ≤, ≥, ×). ReportLab subsets and embeds TrueType fonts (/FontFile2), so the PDF prints the
same on any machine.

Parsing a face costs ~12 ms and a PK set uses four of the six, so each face is registered
by name at once but read from its file only when a print first measures or embeds text in
it (issue 12: a cold `pk-desk pdf` pays for the faces it prints, not for all of them). The
face that is read is ReportLab's own `TTFontFace`, its numbers kept between runs by
`font_cache`, so the PDF bytes do not change. Reading happens under a lock (the GUI prints
from a worker thread).
"""

from __future__ import annotations

import threading
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace

from app.documents.font_cache import CachedFace
from app.paths import resource_path

SANS = "PKSans"
SANS_BOLD = "PKSans-Bold"
SANS_ITALIC = "PKSans-Oblique"
NARROW = "PKNarrow"
NARROW_BOLD = "PKNarrow-Bold"
NARROW_ITALIC = "PKNarrow-Oblique"

#: Our name -> (file, the PostScript name inside it, under which ReportLab files the face).
_FILES = {
    SANS: ("DejaVuSans.ttf", b"DejaVuSans"),
    SANS_BOLD: ("DejaVuSans-Bold.ttf", b"DejaVuSans-Bold"),
    SANS_ITALIC: ("DejaVuSans-Oblique.ttf", b"DejaVuSans-Oblique"),
    NARROW: ("DejaVuSansCondensed.ttf", b"DejaVuSansCondensed"),
    NARROW_BOLD: ("DejaVuSansCondensed-Bold.ttf", b"DejaVuSansCondensed-Bold"),
    NARROW_ITALIC: ("DejaVuSansCondensed-Oblique.ttf", b"DejaVuSansCondensed-Oblique"),
}

_lock = threading.RLock()
_registered = False


class FontMissing(RuntimeError):
    """A font file of the installation is missing (a broken install, not a user error)."""


class LazyFace(TTFontFace):
    """ReportLab's TrueType face, read from its file on the first use of anything but its
    name: until then it holds only the path and the PostScript name."""

    def __init__(self, path: Path, name: bytes) -> None:  # no super(): that parses the file
        self.__dict__.update(_path=path, name=name)

    def __getattr__(self, attribute: str) -> Any:
        # Called only for what the instance does not hold yet, i.e. before the first read.
        if attribute.startswith("__") or "_path" not in self.__dict__:
            raise AttributeError(attribute)
        with _lock:
            if not self.__dict__.get("_read"):
                face = CachedFace(str(self.__dict__["_path"]))
                if face.name != self.__dict__["name"]:
                    raise FontMissing(f"Berkas huruf {self._path} bukan {self.name.decode()}.")
                self.__dict__.update(face.__dict__, _read=True)
        return object.__getattribute__(self, attribute)


class LazyFont(TTFont):
    """`TTFont` with a `LazyFace`: the same attributes `TTFont.__init__` sets (a test keeps
    them in step with ReportLab's), the face left unread."""

    def __init__(self, name: str, path: Path, face_name: bytes) -> None:  # no super(): parses
        self.fontName = name
        self.face = LazyFace(path, face_name)
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob or ())


def register_fonts() -> None:
    """Register the families once; <b> and <i> in paragraphs map to the right faces."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, (file_name, face_name) in _FILES.items():
            path = resource_path("fonts", file_name)
            if not path.is_file():
                raise FontMissing(f"Berkas huruf {path} tidak ada; pasang ulang PK Desk.")
            pdfmetrics.registerFont(LazyFont(name, path, face_name))
        for family, regular, bold, italic in (
            (SANS, SANS, SANS_BOLD, SANS_ITALIC),
            (NARROW, NARROW, NARROW_BOLD, NARROW_ITALIC),
        ):
            addMapping(family, 0, 0, regular)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, italic)
            addMapping(family, 1, 1, bold)  # no bold-oblique face shipped: bold it is
        _registered = True


def missing_glyphs(text: str, font_name: str = NARROW) -> set[str]:
    """Characters of `text` the font has no glyph for (they would print as blanks)."""
    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    known = face.charToGlyph
    return {ch for ch in set(text) if ch not in "\n\r\t" and ord(ch) not in known}
