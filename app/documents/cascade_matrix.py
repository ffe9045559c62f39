"""9. Matriks Cascading as seed 002 (Instruksi Walikota Jakarta Barat, lampiran I–III) prints
it, landscape: one lampiran per level of subordinates ("… KEPADA PARA ASISTEN SEKRETARIS
KOTA", "… KEPADA PARA KEPALA BAGIAN SEKRETARIAT KOTA", "… KEPADA PARA KEPALA SUBBAGIAN/KETUA
SUBKELOMPOK SEKRETARIAT KOTA"), each listing every IKU of the owner with the columns NO,
Sasaran, NO, Indikator Kinerja, Sumber Data, Pengukuran Kinerja, Triwulan I–IV, Tahunan,
Keterangan, then the subordinates of that level.

A level of a few subordinates gets one narrow ✓ column each, headed by a short name (Pem,
Ekbang, Kesra) explained in a legend under the table; notes and indirect targets become
numbered footnotes, so the table is never printed a second time to fit more columns. The
Kepala Subbagian / Ketua Subkelompok level (or any level too many for columns) names the
responsible subordinates in one column with a Catatan column, as seed 002 lampiran III does.
The marks include IKU cascaded further down (Walikota → Asisten → Kepala Bagian).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Spacer

from app.documents.common import Ctx, closing_signatures, titles
from app.documents.model import AgreementDocument, CascadeMark, Indicator, Subordinate
from app.documents.pk_table import grouped_goals
from app.documents.tables import PAD, Cell, GridBuilder, category_row, row
from app.documents.text import CASCADE_METHOD_LABELS, esc, para, paras, value_text

TITLE = "Matriks Cascading"
#: More subordinates than this at one level are named in one column (seed 002 lampiran III).
MAX_COLUMNS = 10
#: Officials whose level is listed by name rather than ticked in columns (seed 002 lampiran III).
NAMED_LEVELS = frozenset({"pengawas", "pelaksana", "fungsional"})
_QUARTERS = ("TW1", "TW2", "TW3", "TW4")
#: NO, Sasaran, NO, Indikator, Sumber Data, Pengukuran, TW I–IV, Tahunan, Keterangan.
FIXED = (0.025, 0.11, 0.022, 0.13, 0.05, 0.0, 0.032, 0.032, 0.032, 0.032, 0.052, 0.068)
_TWO_WORD_ROLES = frozenset({"kepala", "ketua", "wakil", "pejabat", "sekretaris"})
_DANGLING = frozenset({"sekretaris", "sekretariat", "provinsi", "kota", "pada", "di"})


def is_landscape(doc: AgreementDocument) -> bool:
    return True


@dataclass(frozen=True)
class Level:
    """One lampiran: the subordinates of one level, in the order of the organisation."""

    subordinates: tuple[Subordinate, ...]
    named: bool  # one Penanggung Jawab column instead of a column per subordinate


def levels(doc: AgreementDocument) -> list[Level]:
    buckets: dict[int, list[Subordinate]] = {}
    for sub in (*doc.subordinates, *doc.subordinates_below):
        buckets.setdefault(sub.level, []).append(sub)
    out = []
    for key in sorted(buckets):
        subs = tuple(sorted(buckets[key], key=lambda x: x.order))
        named = len(subs) > MAX_COLUMNS or all(s.official_level in NAMED_LEVELS for s in subs)
        out.append(Level(subs, named))
    return out


def role(title: str) -> str:
    """ "Kepala Bagian Hukum …" -> "Kepala Bagian"; "Asisten Pemerintahan …" -> "Asisten"."""
    words = title.split()
    if len(words) > 1 and words[0].lower() in _TWO_WORD_ROLES:
        return " ".join(words[:2])
    return words[0] if words else ""


def _common_tail(titles_: Sequence[str]) -> list[str]:
    split = [t.split() for t in titles_]
    tail: list[str] = []
    while all(len(w) > len(tail) + 2 for w in split):
        word = split[0][-1 - len(tail)]
        if any(w[-1 - len(tail)].lower() != word.lower() for w in split):
            break
        tail.insert(0, word)
    return tail


def owner_head(doc: AgreementDocument) -> str:
    """ "Walikota Kota Administrasi Jakarta Barat" (the title without its province)."""
    title = doc.owner.title
    head, sep, _ = title.partition(" Provinsi ")
    return head if sep and head else title


def level_title(doc: AgreementDocument, level: Level) -> str:
    """ "WALIKOTA KOTA ADMINISTRASI JAKARTA BARAT KEPADA PARA ASISTEN SEKRETARIS KOTA"."""
    titles_ = [s.title for s in level.subordinates]
    roles = sorted(set(role(t) for t in titles_))  # seed 002: KEPALA SUBBAGIAN/KETUA …
    tail = _common_tail(titles_) if len(titles_) > 1 else []
    context = doc.unit_name.split()
    head = owner_head(doc)
    if len(context) > 1 and head.lower().endswith(doc.unit_name.lower()):
        # "… Sekretaris Kota Administrasi Jakarta Barat" under the Walikota of that Kota:
        # the place is said once, in the owner's title ("… Sekretaris Kota").
        n = len(context) - 1
        if [w.lower() for w in tail[-n:]] == [w.lower() for w in context[1:]]:
            tail = tail[:-n]
    what = " ".join(["/".join(roles), *tail]).strip()
    return f"{head} KEPADA PARA {what}".upper()


def short_title(title: str, context: str) -> str:
    """ "Asisten Pemerintahan Sekretaris Kota Administrasi Jakarta Barat" in the matrix of the
    Walikota of "Kota Administrasi Jakarta Barat" -> "Asisten Pemerintahan": the words the
    whole matrix shares say nothing in a column or a list."""
    words = title.split()
    tail = context.split()
    n = 0
    while n < min(len(words) - 1, len(tail)) and words[-1 - n].lower() == tail[-1 - n].lower():
        n += 1
    if n >= 2:
        words = words[: len(words) - n]
        while len(words) > 1 and words[-1].lower() in _DANGLING:
            words.pop()
    return " ".join(words)


_UNIT_WORDS = frozenset({"bagian", "sekretariat", "bidang", "dinas", "badan", "kecamatan"})


def person_title(title: str) -> str:
    """ "Ketua Subkelompok Pelayanan Publik Bagian Kepegawaian, … Sekretariat Kota …" ->
    "Ketua Subkelompok Pelayanan Publik", as seed 002 lampiran III names them."""
    words = title.split()
    start = len(role(title).split()) + 1
    for n in range(start, len(words)):
        if words[n].lower() in _UNIT_WORDS:
            return " ".join(words[:n])
    return title


def short_names(subs: Sequence[Subordinate], owner_code: str) -> list[str]:
    """Column heads from the unit codes, as seed 002 writes them: JAKBAR-ASPEM, -ASEKBANG,
    -ASKESRA -> Pem, Ekbang, Kesra; JAKBAR-BAG-KKPP -> KKPP (no vowel: an acronym)."""
    prefix = f"{owner_code}-".upper()
    rests = []
    for sub in subs:
        code = (sub.unit_code or "").upper()
        rests.append(code[len(prefix) :] if code.startswith(prefix) else code.rsplit("-", 1)[-1])
    if len(rests) > 1:
        shared = 0
        while all(len(r) > shared + 1 for r in rests) and len({r[shared] for r in rests}) == 1:
            shared += 1
        rests = [r[shared:] for r in rests]
    out = []
    for sub, rest in zip(subs, rests, strict=True):
        word = rest.strip("-").rsplit("-", 1)[-1]
        if not word:
            out.append(short_title(sub.title, "") or sub.name)
        elif re.search(r"[AEIOU]", word):
            out.append(word.capitalize())
        else:
            out.append(word)
    if len(set(out)) < len(out):  # codes that do not tell them apart: the titles do
        return [short_title(s.title, "") for s in subs]
    return out


def _note_text(mark: CascadeMark) -> str | None:
    parts = []
    if mark.note and mark.note.strip():
        parts.append(mark.note.strip().removeprefix("(").removesuffix(")"))
    if mark.method == "indirect":
        # A direct cascade copies the target; an indirect one shares it out (seed 003 §2.2.6).
        detail = CASCADE_METHOD_LABELS["indirect"]
        if not mark.target.is_na:
            detail += f", target {value_text(mark.target)}"
        parts.append(detail)
    return "; ".join(parts) or None


class _Notes:
    """Footnotes shared by the cells of one lampiran: the same text gets the same number."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.who: list[list[str]] = []

    def number(self, text: str, who: str) -> int:
        if text not in self.texts:
            self.texts.append(text)
            self.who.append([])
        n = self.texts.index(text)
        if who not in self.who[n]:
            self.who[n].append(who)
        return n + 1


def _fixed_cells(
    goal_number: str, goal_text: str, n: int, ind: Indicator, first: bool, ctx: Ctx
) -> list[Cell]:
    s = ctx.styles
    return [
        para(goal_number, s.cell_center) if first else "",
        para(goal_text, s.cell) if first else "",
        para(str(n), s.cell_center),
        para(ind.name, s.cell),
        para(ind.source_system or "", s.cell_center),
        paras(ind.measurement_text, s.cell_small),
        *[para(value_text(ind.target(p)), s.cell_center) for p in _QUARTERS],
        para(value_text(ind.target("annual")), s.cell_center),
        para(ind.unit or "", s.cell_center),
    ]


def _widths(ctx: Ctx, extra: int, extra_width: float) -> list[float]:
    """Pengukuran Kinerja takes what the subordinate columns leave."""
    rest = 1 - sum(FIXED) - extra * extra_width
    fractions = list(FIXED)
    fractions[5] = max(rest, 0.12)
    total = sum(fractions) + extra * extra_width
    return [ctx.width * f / total for f in fractions] + [ctx.width * extra_width / total] * extra


def _header(
    group: str, below: Sequence[str], ctx: Ctx
) -> tuple[list[list[Cell]], list[tuple[Any, ...]]]:
    h = ctx.styles.head
    first: list[Cell] = [
        para("NO", h),
        para("Sasaran", h),
        para("NO", h),
        para("Indikator Kinerja", h),
        para("Sumber Data", h),
        para("Pengukuran Kinerja", h),
        para("Triwulan", h),
        "",
        "",
        "",
        para("Tahunan", ctx.styles.head_small),
        para("Keterangan", ctx.styles.head_small),
    ]
    second: list[Cell] = ["", "", "", "", "", "", *[para(x, h) for x in ("I", "II", "III", "IV")]]
    second += ["", ""]
    spans = [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 3, 4, 5, 10, 11)]
    spans.append(("SPAN", (6, 0), (9, 0)))
    if below:
        first += [para(group, h)] + [""] * (len(below) - 1)
        second += [para(x, ctx.styles.head_small) for x in below]
        if len(below) > 1:
            spans.append(("SPAN", (len(FIXED), 0), (-1, 0)))
    return [first, second], spans


def _lampiran(doc: AgreementDocument, level: Level | None, ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    subs = list(level.subordinates) if level else []
    named = level.named if level else False
    notes = _Notes()
    if named:
        below = ["Kasubbag/Ketua Subkelompok/Pejabat Fungsional Penanggung Jawab", "Catatan"]
        header, spans = _header("", [], ctx)
        header[0] += [para(x, s.head_small) for x in below]
        header[1] += ["", ""]
        spans += [("SPAN", (len(FIXED), 0), (len(FIXED), 1))]
        spans += [("SPAN", (len(FIXED) + 1, 0), (len(FIXED) + 1, 1))]
        widths = _widths(ctx, 2, 0.1)
        heads: list[str] = [person_title(x.title) for x in subs]
    else:
        heads = short_names(subs, doc.unit_code) if subs else []
        group = "/".join(sorted({role(x.title) for x in subs}))
        header, spans = _header(group, heads, ctx)
        widest = (
            max(
                stringWidth(x, ctx.styles.head_small.fontName, ctx.styles.head_small.fontSize)
                for x in heads
            )
            if heads
            else 0
        )
        widths = _widths(ctx, len(subs), max(0.035, (widest + 2 * PAD + 2) / ctx.width))
    grid = GridBuilder(widths, header, spans, max_chunk=ctx.max_chunk)
    columns = len(widths)
    for category, goals in grouped_goals(doc):
        grid.add(category_row(para(doc.profile.category_label(category), s.category), columns))
        for goal in goals:
            for n, ind in enumerate(goal.indicators, start=1):
                first = n == 1
                cells = _fixed_cells(goal.number, goal.text, n, ind, first, ctx)
                if named:
                    cells += _named_cells(ind, subs, heads, ctx)
                else:
                    cells += [
                        _mark(ind, sub, head, notes, ctx)
                        for sub, head in zip(subs, heads, strict=True)
                    ]
                grid.add(row(cells, [first, first] + [True] * (columns - 2)))
    lines = [f"CASCADING INDIKATOR DAN TARGET KINERJA TAHUN {doc.year}"]
    if level is not None:
        lines.append(level_title(doc, level))
    out: list[Flowable] = [
        *titles(lines, ctx, subtitle=[] if level else [doc.owner.title]),
        grid.build(empty_text=para("Belum ada sasaran.", s.cell)),
    ]
    if level is None:
        out += [
            Spacer(1, 2),
            para("Belum ada IKU yang diturunkan (cascading) kepada bawahan.", s.small),
        ]
    if subs and not named:
        legend = "; ".join(
            f"<b>{esc(h)}</b> = {esc(short_title(x.title, doc.unit_name))}"
            for x, h in zip(subs, heads, strict=True)
        )
        out += [Spacer(1, 4), para(f"Keterangan kolom: {legend}.", s.small, markup=True)]
    for n, (text, who) in enumerate(zip(notes.texts, notes.who, strict=True), start=1):
        out.append(
            para(f"<super>{n}</super> {esc(', '.join(who))}: {esc(text)}", s.small, markup=True)
        )
    out.append(closing_signatures(doc, ctx, owner_only=True))
    return out


def _mark(ind: Indicator, sub: Subordinate, head: str, notes: _Notes, ctx: Ctx) -> Cell:
    marks = [m for m in ind.cascades if m.subordinate_key == sub.key]
    if not marks:
        return ""
    numbers = sorted(
        {notes.number(t, head) for t in (_note_text(m) for m in marks) if t is not None}
    )
    sup = f"<super>{','.join(str(n) for n in numbers)}</super>" if numbers else ""
    return para(f"✓{sup}", ctx.styles.cell_center, markup=True)


def _named_cells(
    ind: Indicator, subs: Sequence[Subordinate], heads: Sequence[str], ctx: Ctx
) -> list[Cell]:
    s = ctx.styles
    who: list[str] = []
    notes: list[str] = []
    for sub, head in zip(subs, heads, strict=True):
        for mark in (m for m in ind.cascades if m.subordinate_key == sub.key):
            if head not in who:
                who.append(head)
            text = _note_text(mark)
            if text and text not in notes:
                notes.append(text)
    return [para("\n".join(who), s.cell), para("\n".join(notes), s.cell_small)]


def build(doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = []
    for level in levels(doc) or [None]:
        if out:
            out.append(PageBreak())
        out += _lampiran(doc, level, ctx)
    return out
