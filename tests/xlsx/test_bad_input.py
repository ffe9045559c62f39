"""Every bad workbook of issue 16: one sentence or a list of cells, and the database unchanged."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select, text

from app.cli import main
from app.models import Base
from app.models.database import Database
from app.services import organisation
from app.services.xlsx_import import ImportRefused, apply_import, preview_import
from app.services.xlsx_read import WorkbookError, open_workbook
from tests.xlsx import seed_workbooks as sw


def snapshot(db: Database) -> str:
    """A logical hash of every table's rows."""
    digest = hashlib.sha256()
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in connection.execute(select(table).order_by(*table.primary_key.columns)):
                digest.update(repr(tuple(row)).encode())
        digest.update(
            repr(connection.execute(text("SELECT count(*) FROM audit_log")).scalar()).encode()
        )
    return digest.hexdigest()


@pytest.fixture
def unit_db(db: Database) -> Database:
    organisation.create_unit(
        db, code="BKD", name="Badan Kepegawaian Daerah", kind="perangkat_daerah"
    )
    return db


def _bkd(tmp_path: Path, edit: object = None) -> Path:
    data = sw.agreement("bkd_dki_2024")
    path = tmp_path / "bkd.xlsx"
    wb = sw.write_pk_dki(path, data, sw.official("bkd_dki_2024", data["owner"]))
    if callable(edit):
        edit(wb["PK"])
        wb.save(path)
    return path


def _refused(db: Database, path: Path, **kwargs: str) -> list[str]:
    before = snapshot(db)
    preview = preview_import(db, path, **kwargs)
    assert not preview.ok
    with pytest.raises(ImportRefused):
        apply_import(db, path, **kwargs)
    assert snapshot(db) == before
    return [e.text() for e in preview.cell_errors] + preview.errors


def test_wrong_header_names_the_expected_header_and_where(
    unit_db: Database, tmp_path: Path
) -> None:
    def drop_tahunan(ws: openpyxl.worksheet.worksheet.Worksheet) -> None:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value == "Tahunan":
                    cell.value = "Jumlah"

    messages = _refused(unit_db, _bkd(tmp_path, drop_tahunan), unit_code="BKD")
    assert messages == [
        'PK!L7: baris judul tabel PK (baris 7) tidak memuat kolom "Tahunan" '
        '(diharapkan setelah "keterangan", kolom L)'
    ]


def test_text_and_dates_in_number_cells_are_listed_by_cell(
    unit_db: Database, tmp_path: Path
) -> None:
    def spoil(ws: openpyxl.worksheet.worksheet.Worksheet) -> None:
        ws["G10"] = "abc"
        ws["H11"] = dt.date(2024, 3, 1)
        ws["I11"] = "12,5,3"

    path = _bkd(tmp_path, spoil)
    messages = _refused(unit_db, path, unit_code="BKD")
    assert messages == [
        'PK!G10: "abc" bukan angka',
        "PK!H11: tanggal 2024-03-01 ada di kolom angka (format selnya Tanggal; ubah ke Angka)",
        'PK!I11: "12,5,3" bukan angka',
    ]
    english = [e.text("en") for e in preview_import(unit_db, path, unit_code="BKD").cell_errors]
    assert english[0] == 'PK!G10: "abc" is not a number'


def _raw_xlsx(path: Path, sheet_xml: bytes | str, extra: dict[str, bytes] | None = None) -> Path:
    """A minimal .xlsx written by hand, for shapes openpyxl would refuse to write."""
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '<sheet name="PK" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": sheet_xml,
        **(extra or {}),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    "<sheetData>"
)


def test_a_million_row_sheet_is_refused_before_it_is_loaded(
    unit_db: Database, tmp_path: Path
) -> None:
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 1_000_001))
    path = _raw_xlsx(tmp_path / "besar.xlsx", _SHEET_HEAD + rows + "</sheetData></worksheet>")
    before = snapshot(unit_db)
    with pytest.raises(WorkbookError) as caught:
        preview_import(unit_db, path, unit_code="BKD")
    assert str(caught.value) == (
        "Lembar 'PK' di besar.xlsx memuat lebih dari 50.000 baris; PK Desk membaca paling "
        "banyak 50.000 baris per lembar — hapus baris kosong atau format di bawah tabel, atau "
        "bagi lembarnya."
    )
    assert snapshot(unit_db) == before


def test_one_far_away_cell_cannot_make_a_huge_sheet(tmp_path: Path) -> None:
    sheet = (
        _SHEET_HEAD
        + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>'
    )
    with pytest.raises(WorkbookError, match="lebih dari 50.000 baris"):
        open_workbook(_raw_xlsx(tmp_path / "jauh.xlsx", sheet))


@pytest.mark.parametrize("prefix", ["", "x:"], ids=["plain", "prefixed"])
def test_a_far_row_is_seen_with_or_without_a_namespace_prefix(tmp_path: Path, prefix: str) -> None:
    sheet = (
        _SHEET_HEAD.replace("<worksheet ", f"<{prefix}worksheet xmlns:x='urn:x' ")
        + f'<{prefix}row r="1"><{prefix}c r="A1"><{prefix}v>1</{prefix}v></{prefix}c></{prefix}row>'
        + f'<{prefix}row r="60000"><{prefix}c r="A60000"/></{prefix}row></sheetData></worksheet>'
    )
    with pytest.raises(WorkbookError, match="lebih dari 50.000 baris"):
        open_workbook(_raw_xlsx(tmp_path / "jauh.xlsx", sheet))


@pytest.mark.parametrize(
    "cell",
    ['<c r="HZ1"><v>1</v></c>', '<c t="n" r="HZ1"><v>1</v></c>', '<x:c s="0" r="HZ1"/>'],
    ids=["r-first", "r-later", "prefixed"],
)
def test_a_sheet_wider_than_the_cap_is_refused_however_its_cells_are_written(
    tmp_path: Path, cell: str
) -> None:
    """The column cap reads each cell's reference wherever the writer put `r`."""
    sheet = _SHEET_HEAD + f'<row r="1"><c r="A1"><v>1</v></c>{cell}</row></sheetData></worksheet>'
    with pytest.raises(WorkbookError, match="sampai kolom HZ; PK Desk membaca paling banyak 200"):
        open_workbook(_raw_xlsx(tmp_path / "lebar.xlsx", sheet))


def test_an_xml_bomb_is_refused(unit_db: Database, tmp_path: Path) -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
            for i in range(1, 10)
        )
        + ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
        "<si><t>&lol9;</t></si></sst>"
    )
    sheet = _SHEET_HEAD + '<row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'
    path = _raw_xlsx(tmp_path / "bom.xlsx", sheet, {"xl/sharedStrings.xml": bomb})
    before = snapshot(unit_db)
    with pytest.raises(
        WorkbookError, match=r"deklarasi DTD/entitas XML di xl/sharedStrings.xml \(pola bom XML\)"
    ):
        preview_import(unit_db, path, unit_code="BKD")
    assert snapshot(unit_db) == before


def test_defusedxml_guards_openpyxl() -> None:
    from openpyxl import xml as openpyxl_xml

    assert openpyxl_xml.DEFUSEDXML is True


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        (
            "rahasia.xlsx",
            OLE + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64,
            "rahasia.xlsx dilindungi kata sandi; buka di Excel, hapus kata sandinya "
            "(File › Info › Protect Workbook) lalu simpan dan impor lagi.",
        ),
        (
            "lama.xls",
            OLE + "Workbook".encode("utf-16-le") + b"\x00" * 64,
            "lama.xls berformat Excel lama (.xls); buka di Excel atau LibreOffice lalu simpan "
            "sebagai Excel Workbook (.xlsx) dan impor berkas .xlsx itu.",
        ),
        (
            "acak.xlsx",
            b"bukan buku kerja sama sekali",
            "acak.xlsx bukan buku kerja Excel (.xlsx) yang utuh; simpan ulang dari Excel sebagai "
            ".xlsx lalu coba lagi.",
        ),
    ],
)
def test_other_formats_get_one_sentence_with_what_to_do(
    unit_db: Database, tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    before = snapshot(unit_db)
    with pytest.raises(WorkbookError) as caught:
        preview_import(unit_db, path, unit_code="BKD")
    assert str(caught.value) == expected
    assert snapshot(unit_db) == before


def test_ods_says_to_save_as_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "calc.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(WorkbookError, match=r"OpenDocument \(\.ods\); buka di LibreOffice Calc"):
        open_workbook(path)


def test_a_truncated_workbook_is_corrupt(unit_db: Database, tmp_path: Path) -> None:
    good = _bkd(tmp_path).read_bytes()
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(WorkbookError, match=r"^rusak.xlsx rusak"):
        preview_import(unit_db, path, unit_code="BKD")


def test_formulas_are_read_as_cached_values_and_macros_ignored(
    unit_db: Database, tmp_path: Path
) -> None:
    path = _bkd(tmp_path)
    # Excel keeps a formula's last result beside it; openpyxl cannot write one, so patch the XML.
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet, n = re.subn(
        r'<c r="J11" t="inlineStr"><is><t>[^<]*</t></is></c>',
        r'<c r="J11"><f>SUM(F11:I11)*0+12345</f><v>50.24</v></c>',
        sheet,
    )
    assert n == 1
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    parts["xl/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 macro that must never run"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    preview = preview_import(unit_db, path, unit_code="BKD")
    assert preview.ok
    second = [c for c in preview.changes if c.entity == "indicator"][1]
    assert "Tahunan 50,24" in second.detail  # the cached value, not 12345


def test_cli_prints_one_sentence_and_exits_2(
    unit_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lama.xls"
    path.write_bytes(OLE)
    db_path = str(unit_db.path)
    unit_db.close()
    code = main(["xlsx", "import", str(path), "--db", db_path, "--unit", "BKD"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("pk-desk: lama.xls berformat Excel lama (.xls)")
    code = main(["--lang", "en", "xlsx", "import", str(path), "--db", db_path, "--unit", "BKD"])
    assert code == 2
    assert capsys.readouterr().err == (
        "pk-desk: lama.xls is an old Excel file (.xls); open it in Excel or LibreOffice, save "
        "it as an Excel Workbook (.xlsx) and import that file.\n"
    )
    code = main(
        ["--lang", "en", "xlsx", "import", str(path.with_name("tidak-ada.xlsx")), "--db", db_path]
    )
    assert capsys.readouterr().err.startswith("pk-desk: The file ") and code == 2


def test_cli_lists_cell_errors_then_refuses(
    unit_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def spoil(ws: openpyxl.worksheet.worksheet.Worksheet) -> None:
        ws["G10"] = "abc"

    path = _bkd(tmp_path, spoil)
    db_path = str(unit_db.path)
    unit_db.close()
    code = main(["--lang", "en", "xlsx", "import", str(path), "--db", db_path, "--unit", "BKD"])
    err = capsys.readouterr().err.splitlines()
    assert code == 2
    assert err == [
        'PK!G10: "abc" is not a number',
        "pk-desk: 1 cell(s) could not be read; nothing was imported. Fix them and import again.",
    ]


def test_cli_dry_run_then_import(
    unit_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    path = _bkd(tmp_path)
    db_path = str(unit_db.path)
    unit_db.close()
    assert (
        main(["xlsx", "import", str(path), "--db", db_path, "--unit", "BKD", "--dry-run", "--json"])
        == 0
    )
    report = json.loads(capsys.readouterr().out)
    assert report["status"] == "ok" and report["counts"]["indicator"] == {"create": 14}
    assert main(["xlsx", "import", str(path), "--db", db_path, "--unit", "BKD"]) == 0
    out = capsys.readouterr().out
    assert "indikator: 14 dibuat" in out and "Diimpor; perjanjian" in out
    _ = io
