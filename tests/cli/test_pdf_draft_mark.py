"""`pk-desk pdf` prints a draft with the same visible "DRAF" mark as the print dialog, and a
signed agreement without it: one printing service behind both."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from pypdf import PdfReader

from app.cli import main
from app.models.database import open_database
from app.services import printing, search, versions


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_cli_pdf_marks_drafts_and_not_signed_agreements(demo_template: Path, tmp_path: Path):
    db_path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db_path)
    with open_database(db_path, user="t") as db:
        draft = search.resolve_tree_path(db, "JAKBAR/Uus Kuswanto/2024")[1]
        signed = search.resolve_tree_path(db, "BKD/Maria Qibtya/2024")[1]
        versions.sign_agreement(db, signed, printed_pdf=b"%PDF-1.7\n")
        # The dialog's rendering of the draft, for comparison.
        in_app = printing.render_selection(db, draft, ["pernyataan", "pk_table"], paper="f4")
        assert in_app.draft
        app_pages = PdfReader(io.BytesIO(in_app.content)).pages
        assert all("DRAF" in (page.extract_text() or "") for page in app_pages)
    draft_pdf, signed_pdf = tmp_path / "draf.pdf", tmp_path / "ttd.pdf"
    common = ["--db", str(db_path), "--doc", "pernyataan,pk_table", "--paper", "f4"]
    assert main(["pdf", *common, "--agreement", draft, "--out", str(draft_pdf)]) == 0
    assert main(["pdf", *common, "--agreement", signed, "--out", str(signed_pdf)]) == 0
    pages = PdfReader(draft_pdf).pages
    assert len(pages) == len(app_pages)
    assert all("DRAF" in (page.extract_text() or "") for page in pages)
    assert "DRAF" not in _text(signed_pdf)
    assert "Maria Qibtya" in _text(signed_pdf)


def test_report_date_in_the_dialogs_service(demo_template: Path, tmp_path: Path):
    db_path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db_path)
    with open_database(db_path, user="t") as db:
        agreement = search.resolve_tree_path(db, "BKD/Maria Qibtya/2024")[1]
        dated = printing.render_selection(
            db, agreement, ["laporan_capaian"], period="TW4", report_date="2025-01-20"
        )
        blank = printing.render_selection(
            db, agreement, ["laporan_capaian"], period="TW4", report_date="blank"
        )
    dated_text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(dated.content)).pages)
    blank_text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(blank.content)).pages)
    assert "20 Januari 2025" in dated_text
    assert "20 Januari 2025" not in blank_text
