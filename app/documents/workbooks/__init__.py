"""Formatted workbooks (openpyxl) of an agreement, and blank templates per layout.

`export_agreement()` writes the sheets staff keep working in — PK table, programs, Rincian
Target, Rencana Aksi, KSD, matriks cascading, laporan capaian and the IKU metadata — from the
same `AgreementDocument` the PDFs print, plus the raw metadata codes, so that importing the
file again (`app.services.xlsx_import`) recreates the agreement.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # openpyxl loads when a workbook is written, not with this package
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from app.documents.model import AgreementDocument

#: Sheet name -> title in the workbook, in the order they are written.
SHEETS: dict[str, str] = {
    "pk": "PK",
    "program": "Program",
    "rincian_target": "Rincian Target",
    "rencana_aksi": "Rencana Aksi",
    "ksd": "KSD",
    "matriks_cascading": "Matriks Cascading",
    "laporan_capaian": "Laporan Capaian",
    "metadata": "Metadata IKU",
}

#: Template name -> what it is (for `pk-desk xlsx template NAME`).
TEMPLATES: dict[str, str] = {
    "pk_dki": "tabel PK tata letak DKI (Triwulan I–IV, kategori sasaran)",
    "pk_kaltara": "lampiran PK tata letak Kaltara (Sasaran / Indikator / Target + Program)",
    "rincian_target": "Rincian Target Kinerja (TW1, TW2, s.d. TW2, TW3, s.d. TW3, TW4, THN)",
    "rencana_aksi": "Rencana Aksi IKU (RA → KK → T/O)",
    "ksd": "Kegiatan Strategis Daerah (B01–B12)",
    "pejabat": "daftar pejabat (Nama, NIP, Pangkat/Gol, Jabatan, Unit, Atasan)",
    "matriks_cascading": "matriks cascading (indikator × bawahan, centang dan catatan)",
}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sheets: tuple[str, ...]


def export_agreement(
    db: Any,
    agreement_id: str,
    path: str | os.PathLike[str],
    *,
    sheets: list[str] | None = None,
    period: str | None = None,
    paper: str = "f4",
) -> ExportResult:
    """Write the agreement's workbook atomically; `sheets` picks from SHEETS (default all)."""
    from app.services import printing
    from app.services.errors import InvalidInput
    from app.services.xlsx_export_data import indicator_metadata

    unknown = [s for s in sheets or [] if s not in SHEETS]
    if unknown:
        raise InvalidInput(
            f"Lembar '{unknown[0]}' tidak dikenal; pilih dari {', '.join(SHEETS)}.", field="sheets"
        )
    doc = printing.load_document(db, agreement_id, period=period)
    metadata = indicator_metadata(db, agreement_id)
    book = build_workbook(doc, metadata, sheets=sheets, paper=paper)
    target = Path(path)
    _save(book, target)
    return ExportResult(target, tuple(ws.title for ws in book.worksheets))


def build_workbook(
    doc: AgreementDocument,
    metadata: dict[str, dict[str, str | None]],
    *,
    sheets: list[str] | None = None,
    paper: str = "f4",
) -> Workbook:
    from openpyxl import Workbook

    from app.documents.pk_table import KALTARA, layout
    from app.documents.workbooks import sheets as w

    kaltara = layout(doc) == KALTARA
    wanted = sheets or [
        name
        for name in SHEETS
        if not (name == "program" and (kaltara or not doc.programs))
        and not (name == "matriks_cascading" and not doc.subordinates)
        and not (name == "ksd" and not doc.ksd)
        and not (name == "rencana_aksi" and not any(i.action_plans for _, i in doc.indicators()))
    ]
    writers: dict[str, Callable[[Worksheet], None]] = {
        "pk": lambda ws: (w.write_pk_kaltara if kaltara else w.write_pk)(ws, doc, paper),
        "program": lambda ws: w.write_programs(ws, doc, paper),
        "rincian_target": lambda ws: w.write_rincian(ws, doc, paper),
        "rencana_aksi": lambda ws: w.write_rencana_aksi(ws, doc, paper),
        "ksd": lambda ws: w.write_ksd(ws, doc, paper),
        "matriks_cascading": lambda ws: w.write_pk(ws, doc, paper, matrix=True),
        "laporan_capaian": lambda ws: w.write_scores(ws, doc, paper),
        "metadata": lambda ws: w.write_metadata(ws, doc, paper, metadata),
    }
    book = Workbook()
    book.remove(book.active)
    for name in SHEETS:
        if name in wanted:
            writers[name](book.create_sheet(SHEETS[name]))
    return book


def _save(book: Workbook, target: Path) -> None:
    """Write next to the target and rename, so a crash never leaves half a workbook."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".pk-desk-", suffix=".xlsx", dir=target.parent)
    os.close(handle)
    try:
        book.save(temp)
        os.replace(temp, target)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def write_template(name: str, path: str | os.PathLike[str], paper: str = "f4") -> Path:
    from app.documents.workbooks.templates import template_workbook

    book = template_workbook(name, paper)
    target = Path(path)
    _save(book, target)
    return target
