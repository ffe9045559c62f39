"""Signature blocks: place and date, role, jabatan, room for a wet signature, name, NIP.

Two blocks sit side by side with their names on one line (seed 001: Pihak Kedua left,
Pihak Kesatu right with the place and date above it). A block is one unsplittable table kept
together with whatever heading the caller passes, so a signature never lands on a page of
its own without the text it signs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.documents.model import Signatory
from app.documents.styles import CELL_FONT, Styles
from app.documents.text import esc, nip_text, para

SIGN_SPACE = 20 * mm
MAX_BLOCK_WIDTH = 100 * mm  # on landscape pages the blocks stay at the edges


@dataclass(frozen=True)
class Block:
    """One signer: `above` is the place/date line (or ""), `role` e.g. "Pihak Kedua,"."""

    person: Signatory | None
    role: str = ""
    above: str = ""
    show_nip: bool = True
    title_override: str | None = None


def block_for(
    person: Signatory | None,
    role: str = "",
    *,
    above: str = "",
    title: str | None = None,
    show_nip: bool = True,
) -> Block:
    return Block(person, role, above, show_nip, title)


def signature_table(
    blocks: Sequence[Block | None],
    width: float,
    styles: Styles,
    *,
    nip_grouping: bool,
    keep_with: Sequence[Flowable] = (),
    space_before: float = 6 * mm,
) -> Flowable:
    """Blocks left to right (None leaves a column empty); kept together with `keep_with`."""
    columns = len(blocks)
    col_width = min(width / columns, MAX_BLOCK_WIDTH)
    widths = [col_width] * columns
    if columns == 2 and col_width * 2 < width:
        # Two blocks on a wide page: at the left and right edges, a gap between.
        blocks = [blocks[0], None, blocks[1]]
        widths = [col_width, width - 2 * col_width, col_width]
        columns = 3
    rows: list[list[object]] = [[], [], [], [], [], []]
    for block in blocks:
        if block is None:
            for r in rows:
                r.append("")
            continue
        person = block.person
        title = block.title_override if block.title_override is not None else _title(person)
        rows[0].append(para(block.above, styles.sig) if block.above else "")
        rows[1].append(para(block.role, styles.sig) if block.role else "")
        rows[2].append(para(f"{title}," if title else "", styles.sig))
        rows[3].append("")
        if person is not None and person.name:
            rows[4].append(para(f"<u>{esc(person.name)}</u>", styles.sig_name, markup=True))
        else:
            rows[4].append(para("(" + "." * 40 + ")", styles.sig))
        nip = ""
        if person is not None and block.show_nip:
            # A signer not known yet gets a line to write the NIP by hand.
            nip = nip_text(person.nip, nip_grouping) if person.name else "NIP " + "." * 34
        rows[5].append(para(nip, styles.sig) if nip else "")
    # Rows no block uses (no place/date line, no role line) are left out.
    keep = [i for i, r in enumerate(rows) if i >= 3 or any(c != "" for c in r)]
    spacer_row = keep.index(3)
    rows = [rows[i] for i in keep]
    table = Table(
        rows,
        colWidths=widths,
        rowHeights=[None if i != spacer_row else SIGN_SPACE for i in range(len(rows))],
        style=TableStyle(
            [
                CELL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
    )
    return KeepTogether([*keep_with, Spacer(1, space_before), table])


def _title(person: Signatory | None) -> str:
    if person is None:
        return ""
    return person.title.strip().rstrip(",")
