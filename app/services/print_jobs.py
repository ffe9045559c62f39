"""Printing from the app (Berkas › Cetak…): any selection of the ten documents of SPEC §7 in
one PDF, labelled copies, and a "DRAF" mark on an agreement that is not final yet, so a
draft is never signed by mistake.

The documents themselves are `app.documents`' (through `printing.load_document`); this module
only chooses, stamps and writes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from app.documents.page import PAPERS
from app.documents.render import DOCUMENTS, render_pdf, set_documents
from app.models.database import Database
from app.services import printing
from app.services.errors import invalid

# Statuses that print with the DRAF mark: not yet agreed, so never to be signed.
DRAFT_STATUSES = frozenset({"draft"})


@dataclass(frozen=True)
class DocumentChoice:
    code: str
    title: str
    in_set: bool  # part of the profile's PK set for this agreement (the default selection)


@dataclass(frozen=True)
class RenderedPdf:
    content: bytes
    pages: int
    documents: tuple[str, ...]
    draft: bool
    file_name: str


def document_choices(db: Database, agreement_id: str) -> list[DocumentChoice]:
    """Every printable document, with the agreement profile's set ticked."""
    document = printing.load_document(db, agreement_id, doc="pernyataan")
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
) -> RenderedPdf:
    """The chosen documents of one agreement in one PDF (copies in order: the whole selection
    for the first copy, then for the second); a draft gets the DRAF mark on every page."""
    if not codes:
        raise invalid("print_no_document", "documents")
    unknown = [c for c in codes if c not in DOCUMENTS]
    if unknown:
        raise invalid("print_unknown_document", "documents", name=", ".join(unknown))
    paper_code = (paper or "").strip().lower()
    if paper_code not in PAPERS:
        raise invalid("print_unknown_paper", "paper", paper=paper)
    labels = printing.parse_copies(copies)
    scored = printing.SCORED_DOCUMENTS & set(codes)
    document = printing.load_document(
        db, agreement_id, period=period, doc=next(iter(scored)) if scored else codes[0]
    )
    ordered = [c for c in DOCUMENTS if c in set(codes)]
    buffer = io.BytesIO()
    render_pdf(document, ordered, buffer, paper=paper_code, copies=labels)
    content = buffer.getvalue()
    draft = document.status in DRAFT_STATUSES
    if draft:
        content = mark_draft(content)
    pages = len(PdfReader(io.BytesIO(content)).pages)
    name = printing.file_name(document, "set" if len(ordered) > 1 else ordered[0])
    return RenderedPdf(content, pages, tuple(ordered), draft, name)


def _stamp(width: float, height: float) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    canvas.setFillColor(Color(0.8, 0.1, 0.1, alpha=0.18))
    canvas.setFont("Helvetica-Bold", min(width, height) / 3.2)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, -min(width, height) / 10, "DRAF")
    canvas.save()
    return buffer.getvalue()


def mark_draft(content: bytes) -> bytes:
    """Every page with a large, light diagonal "DRAF" over it (text stays selectable)."""
    writer = PdfWriter(clone_from=io.BytesIO(content))
    stamps: dict[tuple[float, float], Any] = {}
    for page in writer.pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        if size not in stamps:
            stamps[size] = PdfReader(io.BytesIO(_stamp(*size))).pages[0]
        page.merge_page(stamps[size])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def save_pdf(content: bytes, target: str | Path) -> Path:
    """Write a rendered PDF where the user chose (atomic: a temp file, then a rename)."""
    path = Path(target)
    temp = path.with_name(path.name + ".part")
    temp.write_bytes(content)
    temp.replace(path)
    return path
