"""Pieces several documents share: the layout context, the letterhead, identity blocks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Spacer, Table, TableStyle

from app.documents.model import AgreementDocument, Signatory
from app.documents.page import Paper
from app.documents.signatures import Block, block_for, signature_table
from app.documents.styles import CELL_FONT, Styles
from app.documents.tables import GridBuilder
from app.documents.text import esc, nip_text, para, place_date

JPT_LEVELS = frozenset({"gubernur", "jpt_madya", "jpt_pratama"})


@dataclass(frozen=True)
class Ctx:
    """Where a document is laid out: paper, orientation, usable frame, styles."""

    paper: Paper
    landscape: bool
    width: float
    height: float
    styles: Styles

    @property
    def max_chunk(self) -> float:
        """The tallest continuation row a long cell is cut into (see tables.GridBuilder)."""
        return self.height * 0.22


def letterhead(doc: AgreementDocument, ctx: Ctx, *, with_government: bool = True) -> list[Flowable]:
    """Optional logo, then the government name (seed 001/004 statement pages)."""
    out: list[Flowable] = []
    logo = _logo(doc.profile.logo_path)
    if logo is not None:
        out += [logo, Spacer(1, 3 * mm)]
    if with_government and doc.profile.government_name:
        out.append(para(doc.profile.government_name, ctx.styles.gov))
        out.append(Spacer(1, 5 * mm))
    return out


def _logo(path: str | None) -> Flowable | None:
    if not path or not Path(path).is_file():
        return None
    image = Image(path)
    height = 22 * mm
    scale = height / float(image.imageHeight or 1)
    image.drawHeight = height
    image.drawWidth = float(image.imageWidth) * scale
    image.hAlign = "CENTER"
    return image


def titles(lines: Sequence[str], ctx: Ctx, *, subtitle: Sequence[str] = ()) -> list[Flowable]:
    out: list[Flowable] = [para("<br/>".join(esc(x) for x in lines), ctx.styles.title, markup=True)]
    for line in subtitle:
        out.append(para(line, ctx.styles.subtitle))
    out.append(Spacer(1, 4 * mm))
    return out


def identity_table(
    rows: Sequence[tuple[str, str]], ctx: Ctx, *, label_width: float = 24 * mm, small: bool = False
) -> Table:
    """ "Nama : …" lines with the colons aligned."""
    style = ctx.styles.label if small else ctx.styles.body_left
    data = [[para(label, style), para(":", style), para(value, style)] for label, value in rows]
    return Table(
        data,
        colWidths=[label_width, 4 * mm, ctx.width - label_width - 4 * mm],
        hAlign="LEFT",
        style=TableStyle(
            [
                CELL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        ),
    )


def owner_identity(doc: AgreementDocument, ctx: Ctx) -> Table:
    """Nama / NIP / Jabatan / Unit Kerja of the owner (seed 001 PK table, seed 004 Renja)."""
    owner = doc.owner
    nip = nip_text(owner.nip, doc.profile.nip_grouping).removeprefix("NIP ")
    return identity_table(
        [
            ("Nama", owner.name),
            ("NIP", nip or "-"),
            ("Jabatan", owner.position or owner.title),
            ("Unit Kerja", owner.unit_name or doc.unit_name),
        ],
        ctx,
        label_width=20 * mm,
        small=True,
    )


def closing_signatures(
    doc: AgreementDocument,
    ctx: Ctx,
    *,
    roles: bool = False,
    keep_with: Sequence[Flowable] = (),
    owner_only: bool = False,
    above: str | None = None,
) -> Flowable:
    """Superior left, owner right with the place and date above (seed 001 layout); `above`
    replaces the agreement's signing place and date (a report's own date)."""
    if above is None:
        above = place_date(signing_place(doc), doc.signing_date, doc.year)
    owner = block_for(doc.owner, doc.profile.party_first + "," if roles else "", above=above)
    superior: Block | None = None
    if doc.superior is not None and not owner_only:
        superior = block_for(
            doc.superior, doc.profile.party_second + "," if roles else "", show_nip=True
        )
    blocks: list[Block | None] = [superior, owner]
    return signature_table(
        blocks, ctx.width, ctx.styles, nip_grouping=doc.profile.nip_grouping, keep_with=keep_with
    )


def signing_place(doc: AgreementDocument) -> str:
    return doc.signing_place or doc.profile.signing_place


def is_jpt(doc: AgreementDocument) -> bool:
    return (doc.owner_level or "") in JPT_LEVELS


def person_line(person: Signatory) -> str:
    return person.name


def table_then_signatures(
    grid: GridBuilder,
    doc: AgreementDocument,
    ctx: Ctx,
    *,
    empty_text: str,
    owner_only: bool = False,
    before_signatures: Sequence[Flowable] = (),
) -> list[Flowable]:
    """The table, then the signatures kept together with the table's last row."""
    table, tail = grid.build_with_tail(empty_text=para(empty_text, ctx.styles.cell))
    keep = [tail] if tail is not None else []
    return [
        table,
        closing_signatures(doc, ctx, owner_only=owner_only, keep_with=[*keep, *before_signatures]),
    ]
