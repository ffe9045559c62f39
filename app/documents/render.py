"""Lay out one or more documents of an agreement into one PDF.

`render_pdf(agreement, ["pernyataan", "pk_table"], paper="f4", copies=[...])` writes the
documents in order, each starting on a new page in its own orientation and numbered on its
own, repeated once per labelled copy ("Rangkap 1 …", "Rangkap 2 …").
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib
import io
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.pdfbase.pdfdoc import TimeStamp
from reportlab.platypus import BaseDocTemplate, Flowable, NextPageTemplate, PageBreak

from app import __version__
from app.documents.common import Ctx
from app.documents.fonts import register_fonts
from app.documents.model import AgreementDocument
from app.documents.page import (
    PAPERS,
    PagedCanvas,
    Paper,
    Section,
    SectionStart,
    frame_size,
    page_templates,
    template_id,
)
from app.documents.styles import Styles, make_styles


@dataclass(frozen=True)
class DocumentKind:
    """A printable document: its code (CLI `--doc`), title and how it is laid out.

    The layout lives in `app.documents.<module>`, imported the first time a print asks for
    anything of it: a cold `pk-desk pdf` loads only the documents it prints (issue 12).
    """

    code: str
    module: str
    build_name: str = "build"
    title_name: str = "TITLE"

    def _part(self, name: str, default: Any = None) -> Any:
        return getattr(importlib.import_module(f"app.documents.{self.module}"), name, default)

    @property
    def title(self) -> str:
        return str(self._part(self.title_name))

    def landscape(self, doc: AgreementDocument) -> bool:
        return bool(self._part("is_landscape")(doc))

    def build(self, doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
        return list(self._part(self.build_name)(doc, ctx))

    def has_content(self, doc: AgreementDocument) -> bool:
        """False for a table that would be empty (only some documents can be)."""
        check = self._part("has_content")
        return True if check is None else bool(check(doc))


DOCUMENTS: dict[str, DocumentKind] = {
    kind.code: kind
    for kind in (
        DocumentKind("pernyataan", "pernyataan"),
        DocumentKind("pk_table", "pk_table"),
        DocumentKind("rincian_target", "rincian_target"),
        DocumentKind("rencana_aksi", "rencana_aksi"),
        DocumentKind("ksd", "ksd"),
        DocumentKind("metadata", "metadata"),
        DocumentKind("penetapan_metadata", "metadata", "build_penetapan", "PENETAPAN_TITLE"),
        DocumentKind("addendum", "addendum"),
        DocumentKind("skp", "skp"),
        DocumentKind("matriks_cascading", "cascade_matrix"),
        DocumentKind("laporan_capaian", "capaian_report"),
    )
}

#: Other names staff type for the same documents.
ALIASES = {
    "lampiran": "pk_table",
    "pk": "pk_table",
    "rincian": "rincian_target",
    "rencana-aksi": "rencana_aksi",
    "kegiatan_strategis": "ksd",
    "penetapan": "penetapan_metadata",
    "cascading": "matriks_cascading",
    "matriks": "matriks_cascading",
    "laporan": "laporan_capaian",
    "capaian": "laporan_capaian",
}

#: "Cetak set PK" (SPEC §7): documents 1–6, the metadata with its Lembar Penetapan; and the
#: SKP where the profile prints it (seed 003 §3.1 lists it as part b of the Kaltara PK).
SET_DOCUMENTS = (
    "pernyataan",
    "pk_table",
    "skp",
    "rincian_target",
    "rencana_aksi",
    "ksd",
    "metadata",
    "penetapan_metadata",
)


def resolve_document(name: str) -> str | None:
    key = name.strip().lower().replace("-", "_")
    key = ALIASES.get(key, ALIASES.get(name.strip().lower(), key))
    return key if key in DOCUMENTS else None


def set_documents(doc: AgreementDocument) -> list[str]:
    """The PK set for this agreement's profile: 1–6 as far as the profile prints them, and
    without a KSD or Rencana Aksi table that would be empty."""
    listed = set(doc.profile.documents)
    chosen = []
    for code in SET_DOCUMENTS:
        if listed and code not in listed:
            continue
        if not DOCUMENTS[code].has_content(doc):
            continue
        chosen.append(code)
    return chosen


@dataclass(frozen=True)
class RenderResult:
    pages: int
    documents: tuple[str, ...]
    copies: tuple[str, ...]


_styles: Styles | None = None


def _shared_styles() -> Styles:
    global _styles
    if _styles is None:
        register_fonts()
        _styles = make_styles()
    return _styles


def render_pdf(
    agreement: AgreementDocument,
    documents: Sequence[str],
    out: BinaryIO,
    *,
    paper: str = "a4",
    copies: Sequence[str] = (),
    title: str | None = None,
    subject: str | None = None,
) -> RenderResult:
    """Write the documents (codes of DOCUMENTS) to `out`; `copies` are the copy labels."""
    if not documents:
        raise ValueError("no document to render")
    unknown = [d for d in documents if d not in DOCUMENTS]
    if unknown:
        raise ValueError(f"unknown documents: {', '.join(unknown)}")
    chosen = PAPERS[paper]
    styles = _shared_styles()
    kinds = [DOCUMENTS[d] for d in documents]
    orientations = [k.landscape(agreement) for k in kinds]
    labels: list[str | None] = list(copies) or [None]

    story: list[Flowable] = []
    key = 0
    current = orientations[0]
    for copy_label in labels:
        for kind, is_landscape in zip(kinds, orientations, strict=True):
            if story:
                story.append(NextPageTemplate(template_id(is_landscape)))
                story.append(PageBreak())
            current = is_landscape
            width, height = frame_size(chosen, current)
            ctx = Ctx(chosen, current, width, height, styles)
            section = Section(key, _footer(agreement, kind), copy_label)
            key += 1
            story.append(SectionStart(section))
            story.extend(kind.build(agreement, ctx))

    doc_title = title or _title(agreement, kinds)
    pdf = _Doc(
        out,
        chosen,
        orientations[0],
        agreement.signing_date or dt.date(agreement.year, 1, 1),
        title=doc_title,
        author=agreement.unit_name,
        subject=subject or _subject(agreement),
        creator=f"PK Desk {__version__}",
        keywords=", ".join(["Perjanjian Kinerja", str(agreement.year), agreement.owner.name]),
    )
    pdf.build(story, canvasmaker=PagedCanvas)
    return RenderResult(pdf.page, tuple(documents), tuple(c for c in labels if c))


def render_bytes(agreement: AgreementDocument, documents: Sequence[str], **kwargs: object) -> bytes:
    buffer = io.BytesIO()
    render_pdf(agreement, documents, buffer, **kwargs)  # type: ignore[arg-type]
    return buffer.getvalue()


class _Doc(BaseDocTemplate):
    """The PDF of one print job, byte for byte the same for the same data.

    ReportLab's invariant mode fixes the document id and everything else it would take from
    the clock, and the creation date written in the file is the agreement's own (its signing
    date, else 1 January of its year), so the SHA-256 of a signed PDF can be re-checked by
    printing it again.
    """

    def __init__(
        self, out: BinaryIO, paper: Paper, first_landscape: bool, created: dt.date, **meta: str
    ) -> None:
        super().__init__(
            out,
            pagesize=paper.size(first_landscape),
            pageTemplates=page_templates(paper, first_landscape),
            leftMargin=0,
            rightMargin=0,
            topMargin=0,
            bottomMargin=0,
            lang="id-ID",
            invariant=1,
            **meta,
        )
        self._created = created

    def _makeCanvas(self, *args: Any, **kwargs: Any) -> Any:  # noqa: N802 - ReportLab's name
        canvas = super()._makeCanvas(*args, **kwargs)
        canvas._doc._timeStamp = _timestamp(self._created)
        return canvas


def _timestamp(day: dt.date) -> TimeStamp:
    """ReportLab's timestamp for midnight UTC of `day` (CreationDate and ModDate)."""
    stamp = TimeStamp(invariant=1)
    stamp.t = calendar.timegm(day.timetuple())
    stamp.lt = time.gmtime(stamp.t)
    stamp.YMDhms = tuple(stamp.lt)[:6]
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"
    return stamp


def _footer(doc: AgreementDocument, kind: DocumentKind) -> str:
    return f"{kind.title} {doc.year} · {doc.owner.name} · {doc.unit_name}"


def _title(doc: AgreementDocument, kinds: Sequence[DocumentKind]) -> str:
    what = kinds[0].title if len(kinds) == 1 else "Perjanjian Kinerja"
    return f"{what} Tahun {doc.year} – {doc.owner.name}"


def _subject(doc: AgreementDocument) -> str:
    return f"Perjanjian Kinerja Tahun {doc.year} {doc.owner.title} ({doc.unit_name})"
