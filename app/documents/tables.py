"""Ruled tables that split cleanly across pages.

Three things the seed tables need and plain ReportLab tables do not give:

* **Merged cells that may break across pages.** A Sasaran spanning its IKUs, an RA spanning
  its KK and T/O rows (seed 000/001) are drawn as *visual* merges: the text sits in the first
  row and no rule is drawn above the following rows of the same block. ReportLab can then
  split between any two rows, and the block continues on the next page under the repeated
  header with empty cells, exactly as seed 001 prints its continued Pengukuran Kinerja.
* **Cells taller than a page.** ReportLab never splits inside a row; a row higher than the
  frame raises LayoutError. `GridBuilder` measures long cells and cuts their text into
  continuation rows (between paragraphs, or inside a paragraph when one alone is too tall).
* **A closed frame on every page.** Each piece of a split table gets a rule under its last
  row (`RuledTable.split`), the header row repeats (`repeatRows`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from reportlab.lib.colors import white
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.documents.styles import BLACK, CATEGORY_FILL, CELL_FONT, HEADER_FILL, LINE

PAD = 2.2  # cell padding, points


class RuledTable(Table):
    """A Table whose pieces each end with a rule when it splits over pages."""

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        if len(parts) > 1:
            for part in parts:
                part.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), LINE, BLACK)]))
        return parts


Cell: TypeAlias = str | Flowable | list[Flowable]


@dataclass
class Row:
    """A body row. `starts[c]` is True where column c begins a new (visually merged) block."""

    cells: list[Cell]
    starts: list[bool]
    category: bool = False  # a full-width "Sasaran Strategis" band
    styles: list[tuple[Any, ...]] = field(default_factory=list)  # extra commands, row-relative


def row(cells: Sequence[Cell], starts: Sequence[bool] | bool = True) -> Row:
    if isinstance(starts, bool):
        starts = [starts] * len(cells)
    return Row(list(cells), list(starts))


def category_row(cell: Cell, columns: int) -> Row:
    return Row([cell] + [""] * (columns - 1), [True] * columns, category=True)


class GridBuilder:
    """Collects header and body rows, then lays them out as one `RuledTable`."""

    def __init__(
        self,
        col_widths: Sequence[float],
        header: Sequence[Sequence[Cell]],
        header_styles: Sequence[tuple[Any, ...]] = (),
        *,
        max_chunk: float,
    ) -> None:
        self.col_widths = list(col_widths)
        self.header = [list(r) for r in header]
        self.header_styles = list(header_styles)
        self.max_chunk = max_chunk
        # Rows up to this height stay whole (no seams); taller ones are cut into chunks.
        self.split_above = max_chunk * 1.6
        self.rows: list[Row] = []

    def add(self, r: Row) -> None:
        if len(r.cells) != len(self.col_widths):
            raise ValueError(f"row has {len(r.cells)} cells for {len(self.col_widths)} columns")
        self.rows.append(r)

    def build(self, *, empty_text: Paragraph | None = None) -> RuledTable:
        """The whole table."""
        return self._table(self._body(empty_text), with_header=True)

    def build_with_tail(
        self, *, empty_text: Paragraph | None = None
    ) -> tuple[Flowable, Flowable | None]:
        """The table without its last row, and that row on its own.

        A signature block kept together with the tail never starts a page without a row of
        the table it signs; when the tail does move to a new page it carries the header.
        """
        body = self._body(empty_text)
        if len(body) < 2:
            return self._table(body, with_header=True), None
        last = body[-1]
        tail = _Tail(
            self._table([last], with_header=False, closed_top=False),
            self._table([last], with_header=True),
            [not begins for begins in last.starts] if not last.category else [],
            self.col_widths,
        )
        return self._table(body[:-1], with_header=True), tail

    def _body(self, empty_text: Paragraph | None) -> list[Row]:
        columns = len(self.col_widths)
        rows = list(self.rows)
        if not rows and empty_text is not None:
            empty = Row([empty_text] + [""] * (columns - 1), [True] * columns)
            empty.styles.append(("SPAN", (0, 0), (-1, 0)))
            rows.append(empty)
        body: list[Row] = []
        for r in rows:
            body.extend(self._split_tall(r))
        return body

    def _table(self, body: list[Row], *, with_header: bool, closed_top: bool = True) -> RuledTable:
        header = self.header if with_header else []
        nh = len(header)
        data: list[list[Cell]] = [*header, *[r.cells for r in body]]
        cmds: list[tuple[Any, ...]] = [
            CELL_FONT,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD + 0.6),
        ]
        if nh:
            cmds += [
                ("GRID", (0, 0), (-1, nh - 1), LINE, BLACK),
                ("BACKGROUND", (0, 0), (-1, nh - 1), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, nh - 1), "MIDDLE"),
            ]
            cmds += self.header_styles
        if body:
            last = nh + len(body) - 1
            cmds += [
                ("LINEBEFORE", (0, nh), (-1, last), LINE, BLACK),
                ("LINEAFTER", (-1, nh), (-1, last), LINE, BLACK),
                ("LINEBELOW", (0, last), (-1, last), LINE, BLACK),
            ]
        for offset, r in enumerate(body):
            index = nh + offset
            if r.category:
                cmds += [
                    ("SPAN", (0, index), (-1, index)),
                    ("BACKGROUND", (0, index), (-1, index), CATEGORY_FILL),
                    ("LINEABOVE", (0, index), (-1, index), LINE, BLACK),
                ]
                continue
            starts = r.starts
            if offset == 0 and nh == 0 and closed_top:
                starts = [True] * len(starts)
            start = None
            for c, begins in enumerate([*starts, False]):
                if begins and start is None:
                    start = c
                elif not begins and start is not None:
                    cmds.append(("LINEABOVE", (start, index), (c - 1, index), LINE, BLACK))
                    start = None
            for cmd in r.styles:
                name, (c0, r0), (c1, r1), *rest = cmd
                cmds.append((name, (c0, index + r0), (c1, index + r1), *rest))
        return RuledTable(data, colWidths=self.col_widths, repeatRows=nh, style=TableStyle(cmds))

    # ---- cells taller than a chunk ------------------------------------------------------------

    def _split_tall(self, r: Row) -> list[Row]:
        """Cut a row whose cells are taller than a chunk into continuation rows.

        One tall text column (the Pengukuran Kinerja) is cut as soon as it exceeds a chunk:
        its pieces sit flush and read as one cell. When several columns are tall their pieces
        end at different heights, so such a row is cut only once it exceeds `split_above`.
        Nested tables (KSD month targets) leave visible seams and are cut only when they
        would not fit a page.
        """
        if r.category:
            return [r]
        tall: dict[int, tuple[list[Flowable], float, float]] = {}
        for c, cell in enumerate(r.cells):
            items = cell if isinstance(cell, list) else [cell] if isinstance(cell, Flowable) else []
            width = self.col_widths[c] - 2 * PAD
            if not items or not self._maybe_tall(items, width):
                continue
            height = sum(item.wrap(width, self.split_above)[1] for item in items)
            limit = self.max_chunk
            if not all(isinstance(item, Paragraph) for item in items):
                limit = self.max_chunk * 3.5
            if height > limit:
                tall[c] = (items, width, height)
        if len(tall) > 1 and max(h for _, _, h in tall.values()) <= self.split_above:
            return [r]
        pieces: dict[int, list[list[Flowable]]] = {}
        for c, (items, width, _) in tall.items():
            chunks = chunk_flowables(items, width, self.max_chunk)
            if len(chunks) > 1:
                pieces[c] = chunks
        if not pieces:
            return [r]
        count = max(len(p) for p in pieces.values())
        out = []
        for k in range(count):
            cells: list[Cell] = []
            for c, cell in enumerate(r.cells):
                if c in pieces:
                    chunks = pieces[c]
                    cells.append(chunks[k] if k < len(chunks) else "")
                else:
                    cells.append(cell if k == 0 else "")
            starts = r.starts if k == 0 else [False] * len(r.cells)
            # Spans and paddings of the row hold for each of its pieces.
            styles = list(r.styles)
            # Continuation rows sit flush against each other: one cell to the eye.
            if k > 0:
                styles.append(("TOPPADDING", (0, 0), (-1, 0), 0))
            if k < count - 1:
                styles.append(("BOTTOMPADDING", (0, 0), (-1, 0), 0))
            out.append(Row(cells, list(starts), styles=styles))
        return out

    def _maybe_tall(self, items: list[Flowable], width: float) -> bool:
        """A cheap overestimate first (~0.42 em per character); only cells that might exceed
        a chunk are measured exactly by the caller."""
        estimate = 0.0
        for item in items:
            if isinstance(item, Paragraph):
                style = item.style
                per_line = max(width / (style.fontSize * 0.42), 1.0)
                estimate += (len(item.text) // per_line + 1) * style.leading
            else:
                estimate += item.wrap(width, self.split_above)[1]
            if estimate > self.max_chunk:
                return True
        return False


def chunk_flowables(items: list[Flowable], width: float, limit: float) -> list[list[Flowable]]:
    """Group flowables into runs no taller than `limit`, splitting a too-tall paragraph."""
    chunks: list[list[Flowable]] = []
    current: list[Flowable] = []
    used = 0.0
    queue = list(items)
    while queue:
        item = queue.pop(0)
        _, height = item.wrap(width, limit)
        if used + height <= limit:
            current.append(item)
            used += height
            continue
        room = limit - used
        parts = item.split(width, room) if room > 3 * _leading(item) else []
        if len(parts) == 2:
            current.append(parts[0])
            queue.insert(0, parts[1])
        elif current:
            queue.insert(0, item)
        else:
            # Not even one line fits an empty chunk: take it whole rather than loop forever.
            current.append(item)
        chunks.append(current)
        current, used = [], 0.0
    if current:
        chunks.append(current)
    return chunks


def _leading(item: Flowable) -> float:
    style = getattr(item, "style", None)
    return float(getattr(style, "leading", 10))


class _Tail(Flowable):
    """The last row of a table: bare when it follows the table on the same page, with the
    header when it has to open a new page (a frame offers its full height only at the top)."""

    def __init__(
        self, bare: Table, headed: Table, continuing: list[bool], col_widths: list[float]
    ) -> None:
        super().__init__()
        self.bare = bare
        self.headed = headed
        self.chosen: Table = bare
        self.continuing = continuing
        self.col_widths = col_widths
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # Frame._add sets `_frame` just before wrapping; `_atTop` is true on a fresh page.
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        self.chosen = self.headed if at_top else self.bare
        width, self.height = self.chosen.wrap(availWidth, availHeight)
        return width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        return self.chosen.split(availWidth, availHeight)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        self.chosen.drawOn(canvas, x, y, _sW)
        if self.chosen is not self.bare or not any(self.continuing):
            return
        # Right under the table: erase the table's closing rule above the cells that continue
        # a merged block, so the block reads as one cell (the vertical rules stay whole).
        left = x + _sW / 2
        top = y + self.height
        canvas.saveState()
        canvas.setStrokeColor(white)
        canvas.setLineWidth(LINE + 0.4)
        for width, continues in zip(self.col_widths, self.continuing, strict=False):
            if continues:
                canvas.line(left + LINE / 2 + 0.05, top, left + width - LINE / 2 - 0.05, top)
            left += width
        canvas.restoreState()
