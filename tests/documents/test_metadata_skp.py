"""Metadata sheet and SKP complete (issue 11 point 5): "Tabel Data" with its table, the IKU
name on a continued page, the `check` rules on the sheet's fields, SKP's BIAYA, and the
Kaltara set with its SKP (seed 003 §3.1 b)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from app.documents.render import render_bytes
from app.engine.cascade_rules import SheetFacts, check_metadata_sheet
from app.engine.enums import Severity
from app.engine.messages import render
from app.models.database import Database
from app.services import agreements, printing, queries, scoring


def sheet(**changes: Any) -> SheetFacts:
    values: dict[str, Any] = {
        "indicator_id": "i1",
        "name": "Persentase KUPS yang naik kelas",
        "goal_id": "g1",
        "goal": "Meningkatnya kesejahteraan masyarakat",
        "cascade_type": "css",
        "cascade_method": "direct",
        "misi": "Misi 2",
        "responsible": "Bidang Perhutanan Sosial",
        "data_provider": "Seksi Usaha",
    }
    values.update(changes)
    return SheetFacts(**values)


def test_a_complete_sheet_has_no_finding() -> None:
    assert check_metadata_sheet([sheet(), sheet(cascade_type="n", cascade_method=None)]) == []


@pytest.mark.parametrize("field", ["misi", "responsible", "data_provider"])
def test_a_blank_sheet_field_is_a_warning(field: str) -> None:
    (finding,) = check_metadata_sheet([sheet(**{field: "  "})])
    assert (finding.rule, finding.severity, finding.field) == (
        "missing_metadata",
        Severity.WARNING,
        field,
    )
    words = {
        "misi": "misi",
        "responsible": "penanggung jawab IKU",
        "data_provider": "penyedia data",
    }
    assert render(finding) == (
        'IKU "Persentase KUPS yang naik kelas" pada sasaran "Meningkatnya kesejahteraan '
        f'masyarakat": {words[field]} belum diisi.'
    )


def test_cascading_ss_without_a_method_is_an_error() -> None:
    (finding,) = check_metadata_sheet([sheet(cascade_method=None)])
    assert (finding.rule, finding.severity, finding.field) == (
        "missing_metadata",
        Severity.ERROR,
        "cascade_method",
    )
    assert render(finding, "en") == (
        'Indicator "Persentase KUPS yang naik kelas" of goal "Meningkatnya kesejahteraan '
        'masyarakat" is a Cascading SS indicator: tick its cascading method, Direct or Indirect.'
    )
    assert check_metadata_sheet([sheet(cascade_method="none")])[0].severity is Severity.ERROR
    assert check_metadata_sheet([sheet(cascade_type="c", cascade_method=None)]) == []


def test_check_reports_the_sheet_fields_of_a_draft(demo_db: Database) -> None:
    draft = next(a for a in queries.list_agreements(demo_db) if a.owner == "Hari Wibisono")
    doc = printing.load_document(demo_db, draft.id, doc="metadata")
    _, first = doc.indicators()[0]
    agreements.update_indicator(demo_db, first.id, cascade_type="css", cascade_method=None)
    found = [f for f in scoring.agreement_findings(demo_db, draft.id) if f.indicator_id == first.id]
    fields = {(f.field, f.severity) for f in found if f.rule == "missing_metadata"}
    assert ("cascade_method", Severity.ERROR) in fields
    assert ("misi", Severity.WARNING) in fields
    agreements.update_indicator(
        demo_db, first.id, cascade_method="indirect", misi="Misi 1", data_provider="Subbagian TU"
    )
    found = [f for f in scoring.agreement_findings(demo_db, draft.id) if f.indicator_id == first.id]
    fields = {f.field for f in found if f.rule == "missing_metadata"}
    assert not {"cascade_method", "misi", "data_provider"} & fields


def test_tabel_data_stays_with_its_table_and_a_long_sheet_repeats_the_iku(
    make_document: Any, tools: SimpleNamespace
) -> None:
    base = make_document(indicators=1)
    goal = base.goals[0]
    name = "IKU 1: Indikator uji nomor 1 dengan nama yang cukup panjang"
    continued = 0
    # Definitions of growing length move "Tabel Data:" down the page and over its end.
    for words in range(330, 800, 12):
        text = " ".join(["kata"] * words)
        ind = replace(goal.indicators[0], definition=text)
        doc = replace(base, goals=(replace(goal, indicators=(ind,)),))
        pages = [tools.flat(p) for p in tools.pages_text(render_bytes(doc, ["metadata"]))]
        with_label = [p for p in pages if "Tabel Data:" in p]
        assert len(with_label) == 1, words
        # The whole table, its first and last rows, after the label on the same page.
        table = with_label[0].split("Tabel Data:", 1)[1]
        assert "Periode Pengukuran" in table and "Triwulan I " in table, words
        assert "Tahunan" in table, words
        if len(pages) > 1 and "Polarisasi IKU:" in pages[1]:
            assert name in pages[1], words  # the sheet continues under its IKU's name
            continued += 1
    assert continued  # some lengths did push the sheet onto a second page


def test_the_kaltara_set_holds_the_skp_and_its_biaya(
    demo_copy: Database, tmp_path: Path, tools: SimpleNamespace
) -> None:
    kaltara = next(r.id for r in queries.list_agreements(demo_copy) if r.profile == "kaltara")
    result = printing.print_agreement(demo_copy, kaltara, tmp_path / "set.pdf")
    # Seed 003 §3.1: a. Pernyataan, b. SKP, c. Rincian Target, d. KSD (then the metadata).
    assert result.documents[:5] == ("pernyataan", "pk_table", "skp", "rincian_target", "ksd")
    data, _ = printing.render_agreement(demo_copy, kaltara, doc="skp")
    rows = [[" ".join((c or "").split()) for c in r] for t in tools.tables(data) for r in t]
    jumlah = next(r for r in rows if r[1].startswith("Jumlah biaya"))
    # The demo's programs: Rp 78.500.000.000 + Rp 37.500.000.000.
    assert jumlah[-1] == "Rp 116.000.000.000"
