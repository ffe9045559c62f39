"""Printing agreements, the one service behind Berkas › Cetak…, `pk-desk pdf`, the unit's
bulk print and signing: load one agreement into the documents' plain records, render the
chosen documents, and print many in a background-friendly job.

An agreement that is still a draft prints with a large "DRAF" over every page, wherever it
is printed from, so a draft is never signed by mistake.

The renderers (`app.documents`) never see the ORM: `load_document()` reads everything in one
session, scores the agreement with the engine (the same inputs `app.services.scoring` uses),
and returns an `AgreementDocument`. The file is written atomically and its SHA-256 returned as
`printed_pdf_sha256`, which the signing service stores with the signed snapshot.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from app.documents import model as m
from app.documents.page import PAPERS
from app.documents.render import (
    DOCUMENTS,
    SET_DOCUMENTS,
    render_pdf,
    resolve_document,
    set_documents,
)
from app.documents.text import PERIOD_LABELS
from app.engine.action_plans import action_plan_numbers
from app.engine.agreement import AgreementInput
from app.engine.messages import render_message
from app.engine.periods import parse_as_of
from app.engine.profile import Profile, StatusBand
from app.engine.scoring import AgreementScore
from app.engine.scoring import score_agreement as engine_score
from app.paths import resource_path
from app.services.errors import ServiceError, invalid, missing, not_found
from app.services.profiles import load_profile

if TYPE_CHECKING:  # SQLAlchemy is imported where the database is read: a print from a
    # SQLite file through `app.services.document_read` never loads it (issue 12)
    from sqlalchemy.orm import Session

    from app.models import AddendumRecord, Agreement, Indicator, Ksd, Unit
    from app.models.database import Database

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

#: Copy labels of "rangkap dua" (seed 003 §3.2: the first copy stays with the owner, the
#: second goes to the Tim SAKIP of the Perangkat Daerah).
COPY_LABELS = {
    "owner": "untuk pemilik Perjanjian Kinerja",
    "pemilik": "untuk pemilik Perjanjian Kinerja",
    "tim": "untuk Tim SAKIP Perangkat Daerah",
    "sakip": "untuk Tim SAKIP Perangkat Daerah",
    "superior": "untuk atasan langsung",
    "atasan": "untuk atasan langsung",
}
_ORDINALS = ("pertama", "kedua", "ketiga", "keempat")


@dataclass(frozen=True)
class PrintResult:
    agreement_id: str
    path: Path
    pages: int
    documents: tuple[str, ...]
    copies: tuple[str, ...]
    printed_pdf_sha256: str
    size: int


@dataclass
class BulkResult:
    results: list[PrintResult] = field(default_factory=list)
    cancelled: bool = False
    total: int = 0


@dataclass(frozen=True)
class DocumentChoice:
    code: str
    title: str
    in_set: bool  # part of the profile's PK set for this agreement (the default selection)


@dataclass(frozen=True)
class RenderedPdf:
    """A PDF made for the print dialog's preview, not yet written anywhere."""

    content: bytes
    pages: int
    documents: tuple[str, ...]
    draft: bool
    file_name: str


# ---- choosing documents, paper and copies ---------------------------------------------------


def parse_copies(text: str | Sequence[str] | None) -> list[str]:
    """ "owner,tim" -> ["Rangkap pertama untuk pemilik …", "Rangkap kedua untuk Tim SAKIP …"]."""
    if not text:
        return []
    codes = [c.strip().lower() for c in (text.split(",") if isinstance(text, str) else text)]
    codes = [c for c in codes if c]
    if len(codes) > len(_ORDINALS):
        raise invalid("copies_too_many", "copies", count=len(_ORDINALS))
    labels = []
    for n, code in enumerate(codes):
        if code not in COPY_LABELS:
            raise invalid("copy_unknown", "copies", code=code)
        labels.append(f"Rangkap {_ORDINALS[n]} {COPY_LABELS[code]}")
    return labels


def _paper(paper: str) -> str:
    key = (paper or "").strip().lower()
    if key not in PAPERS:
        raise invalid("print_unknown_paper", "paper", paper=paper)
    return key


_SET_NAMES = frozenset({"set", "set_pk", "semua"})

#: What dates a Laporan capaian: a date, "today" / None (the day it is printed), "blank" (a
#: line to date by hand), or "YYYY-MM-DD".
ReportDate = dt.date | str | None


def report_day(value: ReportDate, today: dt.date | None = None) -> dt.date | None:
    """The date a Laporan capaian is signed on; None means a blank to fill in by hand."""
    if isinstance(value, dt.date):
        return value
    text = (value or "today").strip().lower()
    if text in ("today", "hari_ini", "hari-ini"):
        return today or dt.date.today()
    if text in ("blank", "kosong"):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise invalid("report_date_invalid", "report_date", value=str(value)) from None


#: What to print: "set", one document name, "pernyataan,pk_table", or a list of names.
DocChoice = str | Sequence[str]


def _names(choice: DocChoice) -> list[str]:
    parts = choice.split(",") if isinstance(choice, str) else list(choice)
    return [p.strip() for p in parts if p.strip()] or ["set"]


def check_document_name(name: DocChoice) -> None:
    """Refuse an unknown document name before anything is loaded."""
    for part in _names(name):
        if part.lower() not in _SET_NAMES and resolve_document(part) is None:
            names = ", ".join(["set", *DOCUMENTS])
            raise invalid("document_unknown", "doc", name=part, choices=names)


def documents_for(doc: m.AgreementDocument, name: DocChoice) -> list[str]:
    """`set`, a document name (aliases allowed) or several -> document codes, in order."""
    check_document_name(name)
    codes: list[str] = []
    for part in _names(name):
        if part.lower() in _SET_NAMES:
            codes += set_documents(doc)
            continue
        code = resolve_document(part)
        assert code is not None
        if code == "addendum" and doc.kind != "addendum":
            raise invalid("not_an_addendum", "doc")
        codes.append(code)
    return list(dict.fromkeys(codes))


# ---- printing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Choice:
    """What a print asked for, checked once before any agreement is loaded."""

    doc: DocChoice
    period: str | None
    report_date: dt.date | None
    plan_every_indicator: bool

    @classmethod
    def of(
        cls, doc: DocChoice, period: str | None, report_date: ReportDate, every: bool
    ) -> _Choice:
        check_document_name(doc)
        return cls(doc, period, report_day(report_date), every)

    def load(self, db: Database, agreement_id: str) -> tuple[m.AgreementDocument, list[str]]:
        document = load_document(
            db,
            agreement_id,
            period=self.period,
            doc=self.doc,
            report_date=self.report_date,
            plan_every_indicator=self.plan_every_indicator,
        )
        return document, documents_for(document, self.doc)


def print_agreement(
    db: Database,
    agreement_id: str,
    out: str | os.PathLike[str],
    *,
    doc: DocChoice = "set",
    paper: str = "a4",
    copies: str | Sequence[str] | None = None,
    period: str | None = None,
    report_date: ReportDate = None,
    plan_every_indicator: bool = False,
) -> PrintResult:
    """Render `doc` ("set" or a document name) of one agreement to the PDF file `out`.

    `report_date` dates the Laporan capaian (see `report_day`); `plan_every_indicator` lists
    every IKU in the Rencana Aksi, not only those with a plan."""
    paper_code = _paper(paper)
    labels = parse_copies(copies)
    choice = _Choice.of(doc, period, report_date, plan_every_indicator)
    document, codes = choice.load(db, agreement_id)
    return _write(document, codes, Path(out), paper_code, labels)


def render_agreement(
    db: Database,
    agreement_id: str,
    *,
    doc: DocChoice = "set",
    paper: str = "a4",
    copies: str | Sequence[str] | None = None,
    period: str | None = None,
    report_date: ReportDate = None,
    plan_every_indicator: bool = False,
) -> tuple[bytes, tuple[str, ...]]:
    """The PDF bytes (for a preview) and the document codes they hold."""
    paper_code = _paper(paper)
    labels = parse_copies(copies)
    document, codes = _Choice.of(doc, period, report_date, plan_every_indicator).load(
        db, agreement_id
    )
    data, _pages = _render(document, codes, paper_code, labels)
    return data, tuple(codes)


def agreement_year(db: Database, agreement_id: str) -> int:
    """The year a print is about (its calendars open there)."""
    from sqlalchemy import select

    from app.models import Agreement

    with db.session() as session:
        year = session.scalar(select(Agreement.year).where(Agreement.id == agreement_id))
    if year is None:
        raise missing("Perjanjian kinerja", agreement_id)
    return int(year)


def document_choices(db: Database, agreement_id: str) -> list[DocumentChoice]:
    """Every printable document, with the agreement profile's set ticked."""
    document = load_document(db, agreement_id, doc="pernyataan")
    chosen = set(set_documents(document))
    return [DocumentChoice(code, kind.title, code in chosen) for code, kind in DOCUMENTS.items()]


def render_selection(
    db: Database,
    agreement_id: str,
    codes: Sequence[str],
    *,
    paper: str = "a4",
    copies: str | Sequence[str] | None = None,
    period: str | None = None,
    report_date: ReportDate = None,
) -> RenderedPdf:
    """The print dialog's choice of documents in one PDF (copies in order: the whole
    selection for the first copy, then for the second); `report_date` as in `report_day`."""
    if not codes:
        raise invalid("print_no_document", "documents")
    unknown = [c for c in codes if c not in DOCUMENTS]
    if unknown:
        raise invalid("print_unknown_document", "documents", name=", ".join(unknown))
    paper_code = _paper(paper)
    labels = parse_copies(copies)
    ordered = [c for c in DOCUMENTS if c in set(codes)]
    scored = [c for c in ordered if c in SCORED_DOCUMENTS]
    document = load_document(
        db,
        agreement_id,
        period=period,
        doc=scored[0] if scored else ordered[0],
        report_date=report_day(report_date),
    )
    content, pages = _render(document, ordered, paper_code, labels)
    name = file_name(document, "set" if len(ordered) > 1 else ordered[0])
    return RenderedPdf(content, pages, tuple(ordered), is_draft(document), name)


def save_pdf(content: bytes, target: str | os.PathLike[str]) -> Path:
    """Write a rendered PDF where the user chose (atomically)."""
    path = Path(target)
    _atomic_write(path, content)
    return path


def print_many(
    db: Database,
    agreement_ids: Sequence[str],
    out_dir: str | os.PathLike[str],
    *,
    doc: DocChoice = "set",
    paper: str = "a4",
    copies: str | Sequence[str] | None = None,
    period: str | None = None,
    report_date: ReportDate = None,
    plan_every_indicator: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BulkResult:
    """Print each agreement to its own file in `out_dir`; stops early when `cancelled()`."""
    paper_code = _paper(paper)
    labels = parse_copies(copies)
    choice = _Choice.of(doc, period, report_date, plan_every_indicator)
    folder = Path(out_dir)
    _ensure_folder(folder)
    result = BulkResult(total=len(agreement_ids))
    if progress is not None:
        progress(0, result.total)
    for n, agreement_id in enumerate(agreement_ids, start=1):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        document, codes = choice.load(db, agreement_id)
        target = folder / file_name(document, doc)
        result.results.append(_write(document, codes, target, paper_code, labels))
        if progress is not None:
            progress(n, result.total)
    return result


def print_unit(
    db: Database,
    unit_code: str,
    out_dir: str | os.PathLike[str],
    *,
    year: int | None = None,
    include_subunits: bool = True,
    **kwargs: object,
) -> BulkResult:
    """Print every agreement of a unit (and, by default, of the units under it)."""
    return print_many(
        db,
        unit_agreement_ids(db, unit_code, year=year, include_subunits=include_subunits),
        out_dir,
        **kwargs,  # type: ignore[arg-type]
    )


def unit_agreement_ids(
    db: Database, unit_code: str, *, year: int | None = None, include_subunits: bool = True
) -> list[str]:
    from sqlalchemy import select

    from app.models import Agreement, Official, Unit

    with db.session() as session:
        root = session.scalar(select(Unit).where(Unit.code == unit_code))
        if root is None:
            raise not_found("unit_code_not_found", code=unit_code)
        unit_ids = [root.id]
        if include_subunits:
            frontier = [root.id]
            while frontier:
                children = list(
                    session.scalars(select(Unit.id).where(Unit.parent_id.in_(frontier)))
                )
                unit_ids.extend(children)
                frontier = children
        query = (
            select(Agreement.id)
            .join(Unit, Agreement.unit_id == Unit.id)
            .join(Official, Agreement.owner_id == Official.id)
            .where(Agreement.unit_id.in_(unit_ids))
            .order_by(Agreement.year, Unit.code, Official.name)
        )
        if year is not None:
            query = query.where(Agreement.year == year)
        return list(session.scalars(query))


def file_name(doc: m.AgreementDocument, what: DocChoice = "set") -> str:
    owner = _slug(doc.owner.name) or "pk"
    names = _names(what)
    kind = "PK" if names == ["set"] else _slug("-".join(names))
    return f"{kind}-{doc.year}-{_slug(doc.unit_code)}-{owner}-{doc.id[:8]}.pdf"


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-")[:40]


def _ensure_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ServiceError(
            message_id="folder_not_created",
            params={"folder": str(folder), "reason": str(exc.strerror or exc)},
        ) from exc


def _write(
    document: m.AgreementDocument,
    codes: Sequence[str],
    target: Path,
    paper: str,
    labels: Sequence[str],
) -> PrintResult:
    data, pages = _render(document, codes, paper, labels)
    _atomic_write(target, data)
    return PrintResult(
        agreement_id=document.id,
        path=target,
        pages=pages,
        documents=tuple(codes),
        copies=tuple(labels),
        printed_pdf_sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )


# Statuses that print with the DRAF mark: not yet agreed, so never to be signed.
DRAFT_STATUSES = frozenset({"draft"})


def is_draft(document: m.AgreementDocument) -> bool:
    return document.status in DRAFT_STATUSES


def _render(
    document: m.AgreementDocument, codes: Sequence[str], paper: str, labels: Sequence[str]
) -> tuple[bytes, int]:
    """The PDF bytes and page count; a draft gets the DRAF mark on every page."""
    buffer = io.BytesIO()
    result = render_pdf(document, codes, buffer, paper=paper, copies=labels)
    data = buffer.getvalue()
    if is_draft(document):
        data = mark_draft(data)
    return data, result.pages


# The big diagonal "DRAF" is drawn as strokes, not text, so it never mixes into the words
# and tables of the page when they are read back; the small label in the top margin is the
# text that says it (and that a search for "DRAF" finds). Letters on a 0.7 × 1 grid. Every
# stroke has three points or more: PDF readers take a two-point path for a table rule.
_LETTERS: dict[str, list[list[tuple[float, ...]]]] = {
    "D": [[(0, 0), (0, 1), (0.3, 1), (0.75, 1, 0.75, 0, 0.3, 0), (0, 0)]],
    "R": [
        [(0, 0), (0, 1), (0.4, 1), (0.72, 1, 0.72, 0.5, 0.4, 0.5), (0, 0.5)],
        [(0.38, 0.5), (0.54, 0.25), (0.7, 0)],
    ],
    "A": [[(0, 0), (0.35, 1), (0.7, 0)], [(0.13, 0.38), (0.35, 0.38), (0.57, 0.38)]],
    "F": [[(0.65, 1), (0, 1), (0, 0)], [(0, 0.52), (0.25, 0.52), (0.5, 0.52)]],
}
DRAFT_LABEL = "DRAF — belum final, jangan ditandatangani"


def _stamp(width: float, height: float) -> bytes:
    from reportlab.lib.colors import Color
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    red = Color(0.8, 0.1, 0.1, alpha=0.2)
    size = min(width, height) / 4.6  # letter height
    canvas.saveState()
    canvas.setStrokeColor(red)
    canvas.setLineWidth(size / 6.5)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    advance = 0.95
    canvas.translate(-size * (advance * 3 + 0.75) / 2, -size / 2)
    for n, letter in enumerate("DRAF"):
        for stroke in _LETTERS[letter]:
            path = canvas.beginPath()
            x0 = n * advance
            first, *rest = stroke
            path.moveTo((x0 + first[0]) * size, first[1] * size)
            for point in rest:
                if len(point) == 6:
                    x1, y1, x2, y2, x3, y3 = point
                    path.curveTo(
                        (x0 + x1) * size, y1 * size, (x0 + x2) * size, y2 * size,
                        (x0 + x3) * size, y3 * size,
                    )  # fmt: skip
                else:
                    path.lineTo((x0 + point[0]) * size, point[1] * size)
            canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()
    canvas.setFillColor(Color(0.75, 0.1, 0.1))
    canvas.setFont("Helvetica-Bold", 8)
    canvas.drawString(12 * 72 / 25.4, height - 7 * 72 / 25.4, DRAFT_LABEL)
    canvas.save()
    return buffer.getvalue()


def mark_draft(content: bytes) -> bytes:
    """Every page with a large, light diagonal "DRAF" over it (text stays selectable)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(content))
    stamps: dict[tuple[float, float], object] = {}
    for page in writer.pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        if size not in stamps:
            stamps[size] = PdfReader(io.BytesIO(_stamp(*size))).pages[0]
        page.merge_page(stamps[size])  # type: ignore[arg-type]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _atomic_write(target: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder, so a failed print leaves no half PDF."""
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ServiceError(message_id="out_is_folder", params={"target": str(target)})
    if not folder.is_dir():
        raise ServiceError(message_id="folder_missing", params={"folder": str(folder)})
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".pk-print-", suffix=".pdf", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise ServiceError(
            message_id="pdf_not_written",
            params={"target": str(target), "reason": str(exc.strerror or exc)},
        ) from exc
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)


# ---- loading ----------------------------------------------------------------------------------


#: Documents that print engine values (s.d. targets, capaian); only they need scoring.
SCORED_DOCUMENTS = frozenset({"rincian_target", "laporan_capaian"})


def _needs_scores(doc: DocChoice | None, profile: Profile) -> bool:
    if doc is None:
        return True
    for part in _names(doc):
        if part.lower() in _SET_NAMES:
            # the set prints SET_DOCUMENTS as far as the profile lists them: the Laporan
            # capaian a profile lists is printed on its own, never in the set
            listed = set(profile.documents) or set(SET_DOCUMENTS)
            if SCORED_DOCUMENTS & listed & set(SET_DOCUMENTS):
                return True
        elif resolve_document(part) in SCORED_DOCUMENTS:
            return True
    return False


def load_document(
    db: Database,
    agreement_id: str,
    *,
    period: str | None = None,
    doc: DocChoice | None = None,
    report_date: dt.date | None = None,
    plan_every_indicator: bool = False,
) -> m.AgreementDocument:
    """Everything the documents print about one agreement, scored by the engine.

    With `doc` ("set" or a document name) the engine runs only when that print shows its
    values; `cumulative_targets` and `scores` are then left empty. Scoring reads the whole
    agreement a second time, which is most of a bulk print's database time. `report_date`
    dates the Laporan capaian (None: a blank to fill by hand).
    """
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from app.models import (
        ActionPlan,
        AddendumRecord,
        Agreement,
        CascadeLink,
        Goal,
        Indicator,
        Official,
        SuccessCriterion,
    )
    from app.services.scoring import load_inputs

    with db.session() as session:
        agreement = session.scalar(
            select(Agreement)
            .where(Agreement.id == agreement_id)
            .options(
                selectinload(Agreement.unit),
                selectinload(Agreement.owner).selectinload(Official.unit),
                selectinload(Agreement.superior),
                selectinload(Agreement.parent),
                selectinload(Agreement.programs),
                selectinload(Agreement.addendum_records)
                .selectinload(AddendumRecord.indicator)
                .selectinload(Indicator.goal),
                selectinload(Agreement.goals)
                .selectinload(Goal.indicators)
                .options(
                    selectinload(Indicator.values),
                    selectinload(Indicator.history),
                    selectinload(Indicator.action_plans)
                    .selectinload(ActionPlan.criteria)
                    .selectinload(SuccessCriterion.outputs),
                    selectinload(Indicator.child_links)
                    .selectinload(CascadeLink.child_indicator)
                    .selectinload(Indicator.goal)
                    .selectinload(Goal.agreement)
                    .selectinload(Agreement.owner),
                ),
            )
        )
        if agreement is None:
            raise missing("Perjanjian kinerja", agreement_id)
        profile = load_profile(agreement.profile_code, session)
        engine_input = None
        if _needs_scores(doc, profile):
            inputs = load_inputs(session, lambda q: q.where(Agreement.id == agreement.id))
            engine_input = inputs[0][1] if inputs else None
        ksd_rows = _ksd_rows(session, agreement)
        document = _document(agreement, profile, engine_input, ksd_rows, period)
        document = replace(
            document, report_date=report_date, plan_every_indicator=plan_every_indicator
        )
    return _with_office_header(db, document)


def _with_office_header(db: Database, document: m.AgreementDocument) -> m.AgreementDocument:
    """The database's own government name, signing place and logo (first-run settings) on
    agreements of its profile; other profiles keep the profile's header."""
    from app.services.office import office_header

    return _with_header(document, office_header(db, document.profile.code))


def _with_header(
    document: m.AgreementDocument, overrides: dict[str, str | None] | None
) -> m.AgreementDocument:
    if not overrides:
        return document
    return replace(document, profile=replace(document.profile, **overrides))


def print_agreement_file(
    target: str | os.PathLike[str],
    agreement_id: str,
    out: str | os.PathLike[str],
    *,
    backup_dir: Path | None,
    doc: DocChoice = "set",
    paper: str = "a4",
    copies: str | Sequence[str] | None = None,
    period: str | None = None,
    report_date: ReportDate = None,
    plan_every_indicator: bool = False,
) -> PrintResult | None:
    """`print_agreement` for a SQLite file read without SQLAlchemy (`document_read`): the
    same checks, the same document, the same bytes. None when the full path must do it (the
    file needs opening the full way, or the print shows engine values)."""
    paper_code = _paper(paper)
    labels = parse_copies(copies)
    choice = _Choice.of(doc, period, report_date, plan_every_indicator)
    document = load_document_file(
        target,
        agreement_id,
        backup_dir=backup_dir,
        doc=doc,
        period=period,
        report_date=choice.report_date,
        plan_every_indicator=plan_every_indicator,
    )
    if document is None:
        return None
    return _write(document, documents_for(document, doc), Path(out), paper_code, labels)


def load_document_file(
    target: str | os.PathLike[str],
    agreement_id: str,
    *,
    backup_dir: Path | None,
    doc: DocChoice = "set",
    period: str | None = None,
    report_date: dt.date | None = None,
    plan_every_indicator: bool = False,
) -> m.AgreementDocument | None:
    """`load_document` from a SQLite file through `document_read`, or None when the file or
    the print needs the full path."""
    from app.services import document_read

    read = document_read.read_agreement(os.fspath(target), agreement_id, backup_dir)
    if read is None:
        return None
    agreement, ksd_rows, office = read
    profile = load_profile(agreement.profile_code)
    if _needs_scores(doc, profile):
        return None
    document = replace(
        _document(agreement, profile, None, ksd_rows, period),  # type: ignore[arg-type]
        report_date=report_date,
        plan_every_indicator=plan_every_indicator,
    )
    overrides: dict[str, str | None] | None = None
    if office is not None and office.profile_code == profile.code:
        overrides = {
            "government_name": office.government_name,
            "signing_place": office.signing_place,
        }
        if office.logo:
            overrides["logo_path"] = document_read.logo_file(office.logo, office.logo_name)
    return _with_header(document, overrides)


def _ksd_rows(session: Session, agreement: Agreement) -> list[Ksd]:
    from sqlalchemy import ColumnElement, or_, select
    from sqlalchemy.orm import selectinload

    from app.models import Ksd

    indicator_ids = [i.id for g in agreement.goals for i in g.indicators]
    condition: ColumnElement[bool] = (Ksd.unit_id == agreement.unit_id) & (
        Ksd.year == agreement.year
    )
    if indicator_ids:
        condition = or_(condition, Ksd.indicator_id.in_(indicator_ids))
    return list(
        session.scalars(
            select(Ksd)
            .where(condition)
            .options(selectinload(Ksd.months), selectinload(Ksd.indicator))
            .order_by(Ksd.position)
        )
    )


def _document(
    agreement: Agreement,
    profile: Profile,
    engine_input: AgreementInput | None,
    ksd_rows: list[Ksd],
    period: str | None,
) -> m.AgreementDocument:
    owner = agreement.owner
    superior = agreement.superior
    info = _profile_info(profile)

    goals: list[m.Goal] = []
    subordinates: dict[str, tuple[tuple[int, ...], m.Subordinate]] = {}
    depth_of: dict[str, int] = {}  # subordinate key -> 1 (a direct link) or deeper
    for goal in agreement.goals:
        indicators = []
        for ind in goal.indicators:
            marks = _cascade_marks(ind, subordinates, depth_of)
            indicators.append(_indicator(ind, tuple(marks)))
        goals.append(
            m.Goal(
                id=goal.id,
                category=goal.category.value,
                number=goal.number or str(len(goals) + 1),
                text=goal.text,
                description=goal.description,
                indicators=tuple(indicators),
            )
        )

    cumulative: dict[str, dict[str, Decimal | None]] = {}
    report = None
    if engine_input is not None:
        for quarter in ("TW2", "TW3"):
            score = engine_score(engine_input, profile, quarter)
            for s in score.indicator_scores():
                cumulative.setdefault(s.indicator_id, {})[quarter] = s.target
        as_of = period or _default_period(agreement)
        score = engine_score(engine_input, profile, _as_of(as_of))
        report = _score_report(score, profile, _rpjmd_goals(agreement))

    parent = agreement.parent
    return m.AgreementDocument(
        id=agreement.id,
        year=agreement.year,
        kind=agreement.kind.value,
        status=agreement.status.value,
        profile=info,
        unit_name=agreement.unit.name,
        unit_code=agreement.unit.code,
        unit_kind=agreement.unit.kind.value,
        owner=m.Signatory(
            name=owner.name,
            title=_title(agreement.owner_title or owner.position_title, agreement.owner_prefix),
            nip=owner.nip,
            rank=owner.rank,
            unit_name=agreement.unit.name,
            position=_title(owner.position_title, agreement.owner_prefix),
        ),
        superior=None
        if superior is None
        else m.Signatory(
            name=superior.name,
            title=_title(
                agreement.superior_title or superior.position_title, agreement.superior_prefix
            ),
            nip=superior.nip,
            rank=superior.rank,
            unit_name=superior.unit.name if superior.unit is not None else None,
            position=_title(superior.position_title, agreement.superior_prefix),
        ),
        owner_level=owner.level.value if owner.level else None,
        signing_place=agreement.signing_place,
        signing_date=agreement.signing_date,
        parent_signing_date=parent.signing_date if parent is not None else None,
        goals=tuple(goals),
        programs=tuple(
            m.Program(str(n), p.name, p.budget, p.note, p.goal_id)
            for n, p in enumerate(agreement.programs, start=1)
        ),
        ksd=tuple(_ksd(k, n) for n, k in enumerate(ksd_rows, start=1)),
        addendum_changes=tuple(_addendum(r) for r in agreement.addendum_records),
        change_reason=_code(agreement.change_reason),
        change_note=agreement.change_note,
        subordinates=tuple(
            sub
            for _, sub in sorted(subordinates.values(), key=lambda x: x[0])
            if depth_of[sub.key] == 1
        ),
        subordinates_below=tuple(
            sub
            for _, sub in sorted(subordinates.values(), key=lambda x: x[0])
            if depth_of[sub.key] > 1
        ),
        cumulative_targets=MappingProxyType(
            {k: MappingProxyType(v) for k, v in cumulative.items()}
        ),
        scores=report,
    )


def _cascade_marks(
    ind: Indicator,
    subordinates: dict[str, tuple[tuple[int, ...], m.Subordinate]],
    depth_of: dict[str, int],
) -> list[m.CascadeMark]:
    """The ✓ of the matriks cascading: every subordinate who received this IKU, directly or
    further down (Walikota → Asisten → Kepala Bagian), the nearest link's note kept."""
    marks: list[m.CascadeMark] = []
    seen_indicators = {ind.id}
    seen_owners: set[str] = set()
    frontier = [ind]
    depth = 0
    while frontier:
        depth += 1
        below = []
        for parent in frontier:
            for link in parent.child_links:
                child = link.child_indicator
                if child is None or child.deleted_at is not None or child.id in seen_indicators:
                    continue
                seen_indicators.add(child.id)
                below.append(child)
                child_agreement = child.goal.agreement
                child_owner = child_agreement.owner
                if child_owner.id in seen_owners:
                    continue
                seen_owners.add(child_owner.id)
                depth_of[child_owner.id] = min(depth, depth_of.get(child_owner.id, depth))
                if child_owner.id not in subordinates:
                    path = _unit_path(child_agreement.unit)
                    subordinates[child_owner.id] = (
                        path,
                        m.Subordinate(
                            child_owner.id,
                            child_owner.name,
                            _title(
                                child_agreement.owner_title or child_owner.position_title,
                                child_agreement.owner_prefix,
                            ),
                            level=len(path),
                            order=path,
                            unit_code=child_agreement.unit.code,
                            official_level=_code(child_owner.level),
                        ),
                    )
                annual = _annual(child)
                marks.append(
                    m.CascadeMark(
                        child_owner.id,
                        link.method.value if link.method else None,
                        link.note,
                        _value(annual.target, annual.target_upper, annual.target_label)
                        if annual
                        else m.NA,
                    )
                )
        frontier = below
    return marks


def _annual(indicator: Any) -> Any:
    """The indicator's annual period value (an ORM row or a plain one), or None."""
    return next((v for v in indicator.values if v.period.value == "annual"), None)


def _unit_path(unit: Unit) -> tuple[int, ...]:
    """The unit's positions from the root: its depth is the level, the tuple the order."""
    path: list[int] = []
    node: Unit | None = unit
    while node is not None:
        path.insert(0, node.position)
        node = node.parent
    return tuple(path)


def _title(title: str | None, prefix: object) -> str:
    text = (title or "").strip()
    if prefix is None:
        return text
    mark = str(getattr(prefix, "value", prefix))
    if text.lower().startswith(mark.lower()):
        return text
    return f"{mark} {text}".strip()


def _value(number: Decimal | None, upper: Decimal | None, label: str | None) -> m.Value:
    if number is None and upper is None and not label:
        return m.NA
    return m.Value(number, upper, label or None)


def _indicator(ind: Indicator, marks: tuple[m.CascadeMark, ...]) -> m.Indicator:
    targets: dict[str, m.Value] = {}
    actuals: dict[str, m.Value] = {}
    for v in ind.values:
        key = v.period.value
        targets[key] = _value(v.target, v.target_upper, v.target_label)
        actuals[key] = _value(v.actual, None, v.actual_label)
    numbers = action_plan_numbers(list(ind.action_plans))
    plans = tuple(
        m.ActionPlan(
            numbers[plan.id],
            plan.text,
            plan.mitigation,
            tuple(
                m.Criterion(
                    numbers[c.id],
                    c.text,
                    tuple(
                        m.OutputItem(
                            numbers[o.id], o.text, o.due_quarter, o.responsible, o.mitigation
                        )
                        for o in c.outputs
                    ),
                )
                for c in plan.criteria
            ),
        )
        for plan in ind.action_plans
    )
    responsible = ", ".join(x for x in (ind.responsible_unit, ind.responsible_person) if x) or None
    return m.Indicator(
        id=ind.id,
        number=ind.number or "",
        name=ind.name,
        unit=ind.unit_of_measure,
        source_system=ind.source_system,
        measurement_text=ind.measurement_text,
        misi=ind.misi,
        goal_description=ind.goal_description,
        definition=ind.definition,
        formula=ind.formula,
        control=_code(ind.control),
        validity=_code(ind.validity),
        responsible=responsible,
        data_provider=ind.data_provider,
        data_source=ind.data_source,
        cascade_type=_code(ind.cascade_type),
        # A blank Metode Cascading reads from the IKU's cascade links (as `check` does).
        cascade_method=_code(
            ind.cascade_method or next((x.method for x in ind.child_links if x.method), None)
        ),
        period_consolidation=_code(ind.period_consolidation),
        location_consolidation=_code(ind.location_consolidation),
        polarity=_code(ind.polarity),
        measuring_period=_code(ind.measuring_period),
        targets=MappingProxyType(targets),
        actuals=MappingProxyType(actuals),
        history=tuple(m.HistoryYear(h.year, h.target, h.actual) for h in ind.history),
        action_plans=plans,
        cascades=marks,
    )


def _code(value: object) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


def _ksd(row: Ksd, n: int) -> m.KsdRow:
    return m.KsdRow(
        number=str(n),
        ksd_number=row.ksd_number,
        name=row.name,
        sub_name=row.sub_name,
        action_plan=row.action_plan,
        responsible_units=row.responsible_units,
        related_agencies=row.related_agencies,
        success_criteria=row.success_criteria,
        months=tuple(m.KsdMonth(x.month, x.expected_output, x.done) for x in row.months),
        capaian=row.capaian,
        notes=row.notes,
        indicator_name=row.indicator.name if row.indicator is not None else None,
    )


def _addendum(record: AddendumRecord) -> m.AddendumChange:
    ind = record.indicator
    return m.AddendumChange(
        goal_text=ind.goal.text if ind is not None else None,
        indicator_name=ind.name if ind is not None else None,
        period=record.period.value if record.period else None,
        field=record.field,
        before=record.before,
        after=record.after,
        reason=record.reason.value if record.reason else None,
        note=record.note,
        unit=ind.unit_of_measure if ind is not None else None,
    )


def _profile_info(profile: Profile) -> m.ProfileInfo:
    return m.ProfileInfo(
        code=profile.code,
        name=profile.name,
        government_name=profile.government_name,
        region=profile.region,
        signing_place=profile.signing_place,
        nip_grouping=profile.nip_grouping,
        party_first=profile.party_labels.get("first", "Pihak Pertama"),
        party_second=profile.party_labels.get("second", "Pihak Kedua"),
        categories=tuple((c.code, c.label) for c in profile.categories),
        layouts=MappingProxyType({k: v.name for k, v in profile.layouts.items()}),
        documents=profile.documents,
        logo_path=_logo_path(profile.logo),
        bands=tuple(_band(b) for b in profile.status_bands),
        over_band=_band(profile.over_achievement_band) if profile.over_achievement_band else None,
    )


def _logo_path(logo: str | None) -> str | None:
    """A profile's logo: an absolute path, or a file under resources/ (e.g. logos/dki.png)."""
    if not logo:
        return None
    for candidate in (Path(logo), resource_path(logo), resource_path("profiles", logo)):
        if candidate.is_file():
            return str(candidate)
    return None


def _band(band: StatusBand) -> m.Band:
    return m.Band(band.code, band.label, band.minimum, band.color)


def _as_of(value: str) -> str:
    try:
        return parse_as_of(value).value
    except ValueError as exc:
        raise invalid("period_unknown", "period", period=str(value)) from exc


def _default_period(agreement: Agreement) -> str:
    """The last quarter with any realisation (the data decides, never the clock); else TW4."""
    latest = 0
    for goal in agreement.goals:
        for ind in goal.indicators:
            for v in ind.values:
                if v.period.value in ("TW1", "TW2", "TW3", "TW4") and v.actual is not None:
                    latest = max(latest, int(v.period.value[2]))
    return f"TW{latest}" if latest else "TW4"


def _rpjmd_goals(agreement: Agreement) -> dict[str, tuple[str, str]]:
    """RPJMD sasaran linked from the agreement's sasaran: id → (province code, text)."""
    return {
        goal.rpjmd_goal.id: (goal.rpjmd_goal.code, goal.rpjmd_goal.text)
        for goal in agreement.goals
        if goal.rpjmd_goal is not None and goal.deleted_at is None
    }


def _score_report(
    score: AgreementScore, profile: Profile, rpjmd: Mapping[str, tuple[str, str]] | None = None
) -> m.ScoreReport:
    label = PERIOD_LABELS.get(score.as_of.value, score.as_of.value)
    indicators = {}
    for s in score.indicator_scores():
        reason = None
        if s.na_reason is not None:
            reason = render_message(s.na_reason, {"period": label})
        nilai = None
        if s.capaian is not None and s.weighted_weight is not None:
            nilai = s.capaian * s.weighted_weight / 100
        indicators[s.indicator_id] = m.IndicatorScore(
            nilai=nilai,
            target=s.target,
            actual=s.actual,
            capaian=s.capaian,
            raw_capaian=s.raw_capaian,
            weight=s.weight,
            weighted_weight=s.weighted_weight,
            band=_band(s.band) if s.band else None,
            na_reason=reason,
        )
    goals = {
        g.goal_id: m.GoalScore(
            g.score,
            _band(g.band) if g.band else None,
            render_message(g.na_reason) if g.na_reason else None,
        )
        for g in score.goals
    }
    return m.ScoreReport(
        period=score.as_of.value,
        indicators=MappingProxyType(indicators),
        goals=MappingProxyType(goals),
        overall=score.overall,
        overall_band=_band(score.band) if score.band else None,
        overall_reason=render_message(score.overall_reason) if score.overall_reason else None,
        rpjmd=tuple(
            sorted(
                (
                    m.RpjmdScore(*(rpjmd or {})[key], group.score, group.indicator_count)
                    for key, group in score.rpjmd.items()
                    if key in (rpjmd or {})
                ),
                key=lambda r: r.code,
            )
        ),
    )
