"""The embedded fonts: DejaVu Sans and DejaVu Sans Condensed from resources/fonts.

DejaVu covers every Latin letter Indonesian uses plus the signs the formats print (✓, ☐, ☒,
–, ≤, ≥, ×). ReportLab subsets and embeds TrueType fonts (/FontFile2), so the PDF prints the
same on any machine. Registration parses ~4 MB of font files, so it happens once, lazily,
under a lock (the GUI prints from a worker thread).
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource_path

SANS = "PKSans"
SANS_BOLD = "PKSans-Bold"
SANS_ITALIC = "PKSans-Oblique"
NARROW = "PKNarrow"
NARROW_BOLD = "PKNarrow-Bold"
NARROW_ITALIC = "PKNarrow-Oblique"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    NARROW: "DejaVuSansCondensed.ttf",
    NARROW_BOLD: "DejaVuSansCondensed-Bold.ttf",
    NARROW_ITALIC: "DejaVuSansCondensed-Oblique.ttf",
}

_lock = threading.Lock()
_registered = False


class FontMissing(RuntimeError):
    """A font file of the installation is missing (a broken install, not a user error)."""


def register_fonts() -> None:
    """Register the families once; <b> and <i> in paragraphs map to the right faces."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            path = resource_path("fonts", file_name)
            if not path.is_file():
                raise FontMissing(f"Berkas huruf {path} tidak ada; pasang ulang PK Desk.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
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
