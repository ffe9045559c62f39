"""The printing service on the real demo database: engine values, files, bulk jobs, errors."""

from __future__ import annotations

import hashlib
import io
import re
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from app.documents import model as m
from app.documents.fonts import missing_glyphs
from app.documents.rincian_target import row_values
from app.documents.text import number
from app.models.database import Database
from app.services import printing, queries, scoring
from app.services.errors import InvalidInput, NotFound, ServiceError


def pdf_tables(data: bytes) -> list[list[list[str | None]]]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [t for page in pdf.pages for t in page.extract_tables()]


def text_of(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_rincian_target_cumulative_columns_are_the_engines(
    demo_copy: Database, bkd_id: str, bkd: m.AgreementDocument
) -> None:
    engine = {
        quarter: {
            s.indicator_id: s.target
            for s in scoring.score_agreement(demo_copy, bkd_id, quarter).indicator_scores()
        }
        for quarter in ("TW2", "TW3")
    }
    checked = 0
    for _, indicator in bkd.indicators():
        printed = row_values(bkd, indicator)
        assert printed[2] == number(engine["TW2"][indicator.id])
        assert printed[4] == number(engine["TW3"][indicator.id])
        checked += 1
    assert checked == 14
    # Seed 001 IKU 14 (Sum 25/25/25/25): s.d. TW2 50, s.d. TW3 75, THN 100.
    bpk = next(i for _, i in bkd.indicators() if "pemeriksaan eksternal" in i.name)
    assert row_values(bkd, bpk) == ["25", "25", "50", "25", "75", "25", "100"]


def test_rincian_target_of_every_demo_agreement_matches_the_engine(demo_copy: Database) -> None:
    for row in queries.list_agreements(demo_copy):
        doc = printing.load_document(demo_copy, row.id)
        for quarter, column in (("TW2", 2), ("TW3", 4)):
            score = scoring.score_agreement(demo_copy, row.id, quarter)
            targets = {s.indicator_id: s.target for s in score.indicator_scores()}
            for _, indicator in doc.indicators():
                # The demo has no predicate (label) target, so every s.d. cell is a number.
                assert not any(t.label for t in indicator.targets.values())
                value = row_values(doc, indicator)[column]
                assert value == number(targets[indicator.id]), (row.owner, indicator.name)


def test_rincian_target_of_the_kaltara_demo_worked_by_hand(demo_copy: Database) -> None:
    """Seed 003 §2.1.2.4a on the demo's Dinas Kehutanan targets: Sum adds the quarters, Take
    Last Known keeps the last, Average divides by the quarters that have a target."""
    kaltara = next(r.id for r in queries.list_agreements(demo_copy) if r.profile == "kaltara")
    doc = printing.load_document(demo_copy, kaltara)
    rows = {i.name: row_values(doc, i) for _, i in doc.indicators()}
    # Sum 400/500/600/500: s.d. TW2 900, s.d. TW3 1.500, THN 2.000.
    assert rows["Nilai transaksi ekonomi KUPS"] == [
        "400", "500", "900", "600", "1.500", "500", "2.000"
    ]  # fmt: skip
    # Sum N/A/20/N/A/20: s.d. TW3 stays 20 (nothing due in TW3), THN 40.
    assert rows[
        "Jumlah Kelompok Usaha Perhutanan Sosial (KUPS) yang mendapat pendampingan"
    ] == ["N/A", "20", "20", "N/A", "N/A", "20", "40"]  # fmt: skip
    # Take Last Known 10/20/30/40: s.d. TW2 20, s.d. TW3 30.
    assert rows["Persentase KUPS yang naik kelas"] == ["10", "20", "20", "30", "30", "40", "40"]
    # Average 14/16/18/20: s.d. TW2 (14+16)/2 = 15, s.d. TW3 48/3 = 16, THN 68/4 = 17.
    hotspot = "Persentase penurunan jumlah titik panas (hotspot) kebakaran hutan dan lahan"
    assert rows[hotspot] == ["14", "16", "15", "18", "16", "20", "17"]


def test_the_report_prints_the_engines_scores(demo_copy: Database, bkd_id: str) -> None:
    doc = printing.load_document(demo_copy, bkd_id, period="TW3")
    engine = scoring.score_agreement(demo_copy, bkd_id, "TW3")
    assert doc.scores is not None and doc.scores.period == "TW3"
    assert doc.scores.overall == engine.overall
    for s in engine.indicator_scores():
        assert doc.scores.indicators[s.indicator_id].capaian == s.capaian
        assert doc.scores.indicators[s.indicator_id].weighted_weight == s.weighted_weight
    for g in engine.goals:
        assert doc.scores.goals[g.goal_id].score == g.score


def test_print_writes_the_file_and_returns_its_sha256(
    demo_copy: Database, bkd_id: str, tmp_path: Path
) -> None:
    out = tmp_path / "pk.pdf"
    result = printing.print_agreement(
        demo_copy, bkd_id, out, doc="set", paper="f4", copies="owner,tim"
    )
    data = out.read_bytes()
    assert result.printed_pdf_sha256 == hashlib.sha256(data).hexdigest()
    assert result.size == len(data) and result.path == out
    # The DKI set: documents 1-6 as far as the DKI profile prints them (no Rincian Target,
    # a Kaltara format) and without an empty KSD table.
    assert result.documents == (
        "pernyataan",
        "pk_table",
        "rencana_aksi",
        "metadata",
        "penetapan_metadata",
    )
    assert len(result.copies) == 2
    text = text_of(out)
    assert "Rangkap pertama untuk pemilik Perjanjian Kinerja" in text
    assert "Rangkap kedua untuk Tim SAKIP Perangkat Daerah" in text
    assert len(PdfReader(out).pages) == result.pages
    assert not list(tmp_path.glob(".pk-print-*"))  # no temporary file left behind


def test_render_for_a_preview_gives_bytes(demo_copy: Database, bkd_id: str) -> None:
    data, documents = printing.render_agreement(demo_copy, bkd_id, doc="lampiran")
    assert documents == ("pk_table",)
    assert PdfReader(io.BytesIO(data)).pages


def test_kaltara_demo_prints_its_formats(demo_copy: Database, tmp_path: Path) -> None:
    kaltara = [r for r in queries.list_agreements(demo_copy) if r.profile == "kaltara"]
    if not kaltara:
        pytest.skip("the demo holds no Kalimantan Utara agreement")
    doc = printing.load_document(demo_copy, kaltara[0].id)
    result = printing.print_agreement(demo_copy, kaltara[0].id, tmp_path / "k.pdf")
    assert "rincian_target" in result.documents and "rencana_aksi" not in result.documents
    text = text_of(tmp_path / "k.pdf")
    assert "LAMPIRAN PERJANJIAN KINERJA" in text and "Jumlah" in text
    total = sum((p.budget for p in doc.programs), Decimal(0))
    assert number(total, 0) in text
    # Budgets are whole Rupiah, cell by cell (a ",00" would read as cents), in seed 003
    # Format 2/4's Program | Anggaran: Rp 78.500.000.000 + Rp 37.500.000.000 = 116.000.000.000.
    data = (tmp_path / "k.pdf").read_bytes()
    rows = [[" ".join((c or "").split()) for c in r] for t in pdf_tables(data) for r in t]
    start = rows.index(["Program", "Anggaran"])
    assert rows[start + 1 : start + 4] == [
        ["1. Program Pengelolaan Hutan", "Rp 78.500.000.000"],
        ["2. Program Pengelolaan Daerah Aliran Sungai (DAS)", "Rp 37.500.000.000"],
        ["Jumlah", "Rp 116.000.000.000"],
    ]
    if doc.owner.nip:
        assert f"NIP {doc.owner.nip[:8]} {doc.owner.nip[8:14]}" in text


def test_bulk_print_reports_progress_and_stops_when_cancelled(
    demo_copy: Database, tmp_path: Path
) -> None:
    ids = printing.unit_agreement_ids(demo_copy, "DKI")
    assert len(ids) >= 2  # the province root: every agreement under it
    seen: list[tuple[int, int]] = []
    result = printing.print_many(
        demo_copy,
        ids[:2],
        tmp_path / "all",
        doc="pernyataan",
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen == [(0, 2), (1, 2), (2, 2)]
    assert len(list((tmp_path / "all").glob("*.pdf"))) == 2
    assert not result.cancelled
    calls = iter([False, True])
    stopped = printing.print_many(
        demo_copy, ids[:3], tmp_path / "some", doc="pernyataan", cancelled=lambda: next(calls)
    )
    assert stopped.cancelled and len(stopped.results) == 1


def test_errors_are_one_plain_sentence(demo_copy: Database, bkd_id: str, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match=r"^Perjanjian kinerja dengan id nope tidak ditemukan\.$"):
        printing.print_agreement(demo_copy, "nope", tmp_path / "x.pdf")
    with pytest.raises(InvalidInput, match="Dokumen 'surat' tidak dikenal"):
        printing.print_agreement(demo_copy, bkd_id, tmp_path / "x.pdf", doc="surat")
    with pytest.raises(InvalidInput, match="Ukuran kertas 'a3'"):
        printing.print_agreement(demo_copy, bkd_id, tmp_path / "x.pdf", paper="a3")
    with pytest.raises(InvalidInput, match="Rangkap 'kepala'"):
        printing.print_agreement(demo_copy, bkd_id, tmp_path / "x.pdf", copies="owner,kepala")
    with pytest.raises(ServiceError, match="tidak ada"):
        printing.print_agreement(demo_copy, bkd_id, tmp_path / "no" / "x.pdf")
    with pytest.raises(ServiceError, match="adalah folder"):
        printing.print_agreement(demo_copy, bkd_id, tmp_path)
    with pytest.raises(NotFound, match="Unit dengan kode 'XYZ'"):
        printing.print_unit(demo_copy, "XYZ", tmp_path / "bulk")


def test_every_demo_text_has_glyphs_in_the_embedded_font(demo_copy: Database) -> None:
    chars: set[str] = set()
    for row in queries.list_agreements(demo_copy):
        doc = printing.load_document(demo_copy, row.id)
        for goal, indicator in doc.indicators():
            for text in (goal.text, indicator.name, indicator.measurement_text, indicator.formula):
                chars.update(text or "")
        for ksd in doc.ksd:
            for text in (ksd.name, ksd.action_plan, ksd.notes, ksd.related_agencies):
                chars.update(text or "")
    chars.update("✓☐☒■–—≤≥×Rp%")
    assert missing_glyphs("".join(chars)) == set()


def test_pages_are_numbered_within_each_document_of_a_set(
    bkd: m.AgreementDocument, tools: SimpleNamespace
) -> None:
    """ "Halaman x dari y" counts the pages of the document it stands on, never the PDF."""
    documents = ["pernyataan", "pk_table", "rencana_aksi"]
    counts = [len(tools.pages_text(tools.render(bkd, [d]))) for d in documents]
    assert counts == [1, 7, 2]  # the statement page; seed 001's long table; two IKU plans
    pages = tools.pages_text(tools.render(bkd, documents))
    footers = [re.findall(r"Halaman (\d+) dari (\d+)", p) for p in pages]
    expected = [[(str(i), str(n))] for n in counts for i in range(1, n + 1)]
    assert footers == expected


def test_seed_004_budgets_print_cell_by_cell(demo_copy: Database, tmp_path: Path) -> None:
    """Seed 004's program table: 8,797,819,537 etc. in the Indonesian format, whole Rupiah."""
    rustam = next(r.id for r in queries.list_agreements(demo_copy) if r.owner == "Rustam Effendi")
    data, _ = printing.render_agreement(demo_copy, rustam, doc="pk_table")
    rows = [[" ".join((c or "").split()) for c in r] for t in pdf_tables(data) for r in t]
    budgets = {r[1]: r[2] for r in rows if len(r) == 4 and r[1].startswith("Program ")}
    assert budgets["Program Pengelolaan Kendaraan Operasional Kota Administrasi Jakarta Barat"] == (
        "8.797.819.537"
    )
    assert budgets["Program Peningkatan Penyelenggaraan Kota Administrasi Jakarta Barat"] == (
        "3.339.053.121"
    )


def test_a_print_dialog_can_choose_several_documents(
    demo_copy: Database, bkd_id: str, tmp_path: Path
) -> None:
    listed = printing.print_agreement(
        demo_copy, bkd_id, tmp_path / "a.pdf", doc=["pernyataan", "lampiran"]
    )
    assert listed.documents == ("pernyataan", "pk_table")
    typed = printing.print_agreement(demo_copy, bkd_id, tmp_path / "b.pdf", doc="skp, pernyataan")
    assert typed.documents == ("skp", "pernyataan")
    with pytest.raises(InvalidInput, match="^Dokumen 'surat' tidak dikenal"):
        printing.print_agreement(demo_copy, bkd_id, tmp_path / "c.pdf", doc="pernyataan,surat")
