"""Paper sizes, page templates and the canvas that prints "Halaman x dari y".

One PDF may hold several documents (the PK set) and two labelled copies; each document is a
*section* numbered on its own ("Halaman 2 dari 5" of the PK table), because each is signed
and filed as its own sheet. Headers and footers are drawn when the file is saved, once the
page count of every section is known (one layout pass, no second build).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import landscape, portrait
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate

from app.documents.fonts import NARROW, NARROW_BOLD
from app.documents.styles import GREY


@dataclass(frozen=True)
class Paper:
    code: str
    label: str
    width: float  # portrait width, points
    height: float

    def size(self, is_landscape: bool) -> tuple[float, float]:
        size = (self.width, self.height)
        return landscape(size) if is_landscape else portrait(size)


PAPERS = {
    "a4": Paper("a4", "A4", 210 * mm, 297 * mm),
    # F4 / folio as sold in Indonesian offices.
    "f4": Paper("f4", "F4", 215 * mm, 330 * mm),
}


@dataclass(frozen=True)
class Margins:
    left: float
    right: float
    top: float
    bottom: float


PORTRAIT_MARGINS = Margins(left=22 * mm, right=18 * mm, top=18 * mm, bottom=18 * mm)
LANDSCAPE_MARGINS = Margins(left=12 * mm, right=12 * mm, top=15 * mm, bottom=15 * mm)


def margins_for(is_landscape: bool) -> Margins:
    return LANDSCAPE_MARGINS if is_landscape else PORTRAIT_MARGINS


def frame_size(paper: Paper, is_landscape: bool) -> tuple[float, float]:
    width, height = paper.size(is_landscape)
    m = margins_for(is_landscape)
    return width - m.left - m.right, height - m.top - m.bottom


def page_templates(paper: Paper, first_landscape: bool) -> list[PageTemplate]:
    """The portrait and landscape templates, the first document's orientation first."""
    templates = []
    for is_landscape in (first_landscape, not first_landscape):
        width, height = paper.size(is_landscape)
        m = margins_for(is_landscape)
        frame = Frame(
            m.left,
            m.bottom,
            width - m.left - m.right,
            height - m.top - m.bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        templates.append(
            PageTemplate(id=template_id(is_landscape), frames=[frame], pagesize=(width, height))
        )
    return templates


def template_id(is_landscape: bool) -> str:
    return "landscape" if is_landscape else "portrait"


@dataclass(frozen=True)
class Section:
    """One document of the PDF: its page count is its own; `copy_label` marks the copy."""

    key: int
    footer: str
    copy_label: str | None = None


class SectionStart(Flowable):
    """A zero-size marker: pages from here on belong to `section`."""

    def __init__(self, section: Section) -> None:
        super().__init__()
        self.section = section
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._pk_section = self.section  # type: ignore[attr-defined]


class PagedCanvas(Canvas):
    """Keeps every page until save, then stamps the copy label and "Halaman x dari y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The default initial font is Helvetica, which would sit unembedded in every page's
        # resources; start with an embedded face instead.
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = NARROW
            kwargs["initialFontSize"] = 8
        super().__init__(*args, **kwargs)
        self._pk_pages: list[dict[str, Any]] = []
        self._pk_section: Section | None = None

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pk_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(
            page["_pk_section"].key if page["_pk_section"] else -1 for page in self._pk_pages
        )
        seen: Counter[int] = Counter()
        for page in self._pk_pages:
            self.__dict__.update(page)
            section: Section | None = page["_pk_section"]
            key = section.key if section else -1
            seen[key] += 1
            self._stamp(section, seen[key], totals[key])
            super().showPage()
        super().save()

    @property
    def page_count(self) -> int:
        return len(self._pk_pages)

    def _stamp(self, section: Section | None, number: int, total: int) -> None:
        width, height = self._pagesize
        is_landscape = width > height
        m = margins_for(is_landscape)
        self.saveState()
        self.setFillColor(GREY)
        self.setFont(NARROW, 7.5)
        baseline = m.bottom / 2 - 2
        page_text = f"Halaman {number} dari {total}"
        self.drawRightString(width - m.right, baseline, page_text)
        if section is not None and section.footer:
            room = width - m.left - m.right - stringWidth(page_text, NARROW, 7.5) - 12
            size, lines = _fit(section.footer, NARROW, room)
            self.setFont(NARROW, size)
            for n, line in enumerate(lines):
                self.drawString(m.left, baseline + (len(lines) - 1 - n) * (size + 1.5), line)
        if section is not None and section.copy_label:
            self.setFont(NARROW_BOLD, 8)
            self.drawRightString(width - m.right, height - m.top / 2, section.copy_label)
        self.restoreState()


def _fit(text: str, font: str, width: float) -> tuple[float, list[str]]:
    """The footer whole, never cut ("Kalima…"): a smaller size, else two lines, so it never
    runs under the page number."""
    for size in (7.5, 7.0, 6.5):
        if stringWidth(text, font, size) <= width:
            return size, [text]
    size = 6.5
    words = text.split(" ")
    first: list[str] = []
    while words and stringWidth(" ".join([*first, words[0]]), font, size) <= width:
        first.append(words.pop(0))
    return size, [" ".join(first), " ".join(words)] if first else [text]
