"""The lazily read font faces are ReportLab's own faces, read only when a print uses them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from app.documents import font_cache, fonts
from app.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", sorted(fonts._FILES))
def test_a_lazy_font_is_the_font_reportlab_would_have_read(name: str) -> None:
    file_name, face_name = fonts._FILES[name]
    path = resource_path("fonts", file_name)
    eager = TTFont(name, str(path))
    lazy = fonts.LazyFont(name, path, face_name)
    # the same attributes as TTFont.__init__ sets (a ReportLab upgrade that adds one fails here)
    assert sorted(vars(lazy)) == sorted(vars(eager))
    assert (lazy.shapable, lazy._asciiReadable) == (eager.shapable, eager._asciiReadable)
    assert "charWidths" not in vars(lazy.face)  # nothing read yet
    assert lazy.face.name == eager.face.name
    assert lazy.stringWidth("Capaian ≥ 100 %", 9) == eager.stringWidth("Capaian ≥ 100 %", 9)
    read = {k: v for k, v in vars(lazy.face).items() if k not in ("_path", "_read", "_pdfScale")}
    assert read == {k: v for k, v in vars(eager.face).items() if k != "_pdfScale"}


def test_registering_reads_no_face() -> None:
    """A fresh process registers all six faces and reads none of them (issue 12)."""
    code = (
        "from reportlab.pdfbase import pdfmetrics\n"
        "from app.documents import fonts\n"
        "fonts.register_fonts()\n"
        "faces = [pdfmetrics.getFont(n).face for n in fonts._FILES]\n"
        "print(sum('charWidths' in vars(f) for f in faces), len(faces))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.split() == ["0", "6"]


def _numbers(face: object) -> dict[str, object]:
    """A face's attributes, its scale function by what it gives."""
    found = {k: v for k, v in vars(face).items() if k not in ("_path", "_read", "_pdfScale")}
    found["scaled"] = vars(face)["_pdfScale"](1234)
    found["types"] = [type(aw) for aw, _ in vars(face)["hmetrics"]]
    return found


@pytest.mark.parametrize("name", sorted(fonts._FILES))
def test_a_face_from_the_cache_is_the_face_reportlab_reads(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(font_cache, "font_cache_dir", lambda: tmp_path)
    path = str(resource_path("fonts", fonts._FILES[name][0]))
    expected = _numbers(TTFontFace(path))
    assert _numbers(font_cache.CachedFace(path)) == expected  # read, then stored
    (entry,) = tmp_path.iterdir()
    assert _numbers(font_cache.CachedFace(path)) == expected  # from the cache
    stem = Path(path).stem
    stale = tmp_path / f"{stem}-{'0' * 20}-rl0-f1.bin"  # an older font file's entry
    other = tmp_path / f"{stem}-Bold-{'0' * 20}-rl0-f1.bin"  # another face's
    stale.write_bytes(b"{}\n")
    other.write_bytes(b"{}\n")
    entry.write_bytes(entry.read_bytes()[:-8])  # a damaged entry: read the file again
    assert _numbers(font_cache.CachedFace(path)) == expected
    assert sorted(tmp_path.iterdir()) == sorted([entry, other])  # rewritten, stale one gone
    entry.write_bytes(b'{"format": 1, "arrays": [["x", "Z", 3]]}\n')
    assert _numbers(font_cache.CachedFace(path)) == expected
