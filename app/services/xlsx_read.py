"""Opening a workbook someone sent us, safely, as plain grids of cell values.

Nothing here trusts the file: before any XML parser sees a byte, the zip's central directory
is checked (entry count, total and per-entry size, compression ratio), every XML part is
scanned for DTD/entity declarations (the XML-bomb and external-entity vectors), and each
sheet's row and column extent is read from its cell references so a 1,000,000-row sheet is
refused before it is loaded. Old `.xls`, `.ods`, password-protected and corrupt files are
named as such, with what to do.

The cells are then read by python-calamine (Rust, ~10x faster than openpyxl: the import's
time budget, SPEC §13, is twice openpyxl's bare iteration) — formulas come back as their
cached values and are never evaluated, macros are never read. Without calamine the reader
falls back to openpyxl in read-only mode, which parses through defusedxml.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.services.errors import ServiceError

#: Caps. A real PK workbook has a few sheets of at most a few thousand rows and ~25 columns.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ZIP_ENTRIES = 2_000
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 4 * 1024 * 1024
MAX_ROWS = 50_000
MAX_COLUMNS = 200
MAX_CELLS = 1_000_000

Cell = str | float | int | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')
_ROW_REF = re.compile(rb'<(?:\w+:)?row\b[^>]*?\sr="(\d+)"')
_CELL_REF = re.compile(rb'<(?:\w+:)?c\b[^>]*?\sr="([A-Z]{1,3})\d+"')
#: Every cell tag; the group is its column when `r` is its first attribute, else empty.
_CELL_TAG = re.compile(rb'<(?:\w+:)?c[\s>/](?:r="([A-Z]{1,3})\d)?')


class WorkbookError(ServiceError):
    """The file cannot be read as a workbook; the message says why and what to do.

    Raised with the Indonesian sentence and its English twin (`text("en")`)."""

    def __init__(self, message: str, en: str | None = None) -> None:
        super().__init__(message)
        self.en = en

    def text(self, lang: str = "id") -> str:
        return self.en if lang == "en" and self.en else str(self)


@dataclass(slots=True)
class SheetGrid:
    """One sheet: `rows[r][c]` is the cell at Excel row r+1, column c+1 (None when empty).

    `merged` holds (first_row, first_col, last_row, last_col), 0-based and inclusive; the
    value of a merged area sits in its top-left cell only, as in Excel.
    """

    name: str
    rows: list[list[Cell]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden: bool = False

    def filled(self) -> list[list[Cell]]:
        """The rows with every merged area's value copied into all of its cells."""
        if not self.merged:
            return self.rows
        rows = [list(r) for r in self.rows]
        for r1, c1, r2, c2 in self.merged:
            if r1 >= len(rows) or c1 >= len(rows[r1]):
                continue
            value = rows[r1][c1]
            for r in range(r1, min(r2, len(rows) - 1) + 1):
                row = rows[r]
                if len(row) <= c2:
                    row.extend([None] * (c2 + 1 - len(row)))
                for c in range(c1, c2 + 1):
                    row[c] = value
        return rows


@dataclass(slots=True)
class WorkbookGrid:
    path: str
    sheets: list[SheetGrid]
    reader: str  # "calamine" or "openpyxl"
    digest: str = ""  # of the file's bytes (`workbook_digest`): the same file read again


def workbook_digest(data: bytes) -> str:
    """A digest of a workbook file's bytes: tells whether a reading of it is still current."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_index(letters: bytes) -> int:
    value = 0
    for ch in letters:
        value = value * 26 + (ch - 64)
    return value


def _refuse_other_formats(path: Path, head: bytes, data: bytes) -> None:
    name = path.name
    suffix = path.suffix.lower()
    if head.startswith(_OLE_MAGIC):
        if _ENCRYPTED_MARK in data:
            raise WorkbookError(
                f"{name} dilindungi kata sandi; buka di Excel, hapus kata sandinya "
                "(File › Info › Protect Workbook) lalu simpan dan impor lagi.",
                f"{name} is password-protected; open it in Excel, remove the password "
                "(File › Info › Protect Workbook), save and import again.",
            )
        raise WorkbookError(
            f"{name} berformat Excel lama (.xls); buka di Excel atau LibreOffice lalu simpan "
            "sebagai Excel Workbook (.xlsx) dan impor berkas .xlsx itu.",
            f"{name} is an old Excel file (.xls); open it in Excel or LibreOffice, save it as "
            "an Excel Workbook (.xlsx) and import that file.",
        )
    if not head.startswith(b"PK\x03\x04"):
        if suffix in {".csv", ".txt"}:
            raise WorkbookError(
                f"{name} adalah teks, bukan buku kerja; simpan sebagai Excel Workbook (.xlsx).",
                f"{name} is text, not a workbook; save it as an Excel Workbook (.xlsx).",
            )
        raise WorkbookError(
            f"{name} bukan buku kerja Excel (.xlsx) yang utuh; simpan ulang dari Excel sebagai "
            ".xlsx lalu coba lagi.",
            f"{name} is not a complete Excel workbook (.xlsx); save it again from Excel as "
            ".xlsx and retry.",
        )


def _check_zip(path: Path, archive: zipfile.ZipFile) -> None:
    name = path.name
    infos = archive.infolist()
    names = {i.filename for i in infos}
    if "mimetype" in names and "content.xml" in names:
        raise WorkbookError(
            f"{name} berformat OpenDocument (.ods); buka di LibreOffice Calc lalu simpan "
            "sebagai Excel 2007-365 (.xlsx) dan impor berkas .xlsx itu.",
            f"{name} is an OpenDocument spreadsheet (.ods); open it in LibreOffice Calc, save "
            "it as Excel 2007-365 (.xlsx) and import that file.",
        )
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise WorkbookError(
            f"{name} bukan buku kerja Excel (.xlsx); simpan ulang dari Excel sebagai .xlsx.",
            f"{name} is not an Excel workbook (.xlsx); save it again from Excel as .xlsx.",
        )
    if len(infos) > MAX_ZIP_ENTRIES:
        raise WorkbookError(
            f"{name} berisi {len(infos)} bagian; terlalu banyak untuk buku kerja.",
            f"{name} holds {len(infos)} parts; too many for a workbook.",
        )
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise WorkbookError(
                f"{name} memuat bagian {info.filename} yang memekar {ratio} kali saat dibuka "
                "(bom zip); berkas ditolak.",
                f"{name} holds a part {info.filename} that expands {ratio} times when opened "
                "(a zip bomb); the file is refused.",
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise WorkbookError(
            f"{name} memekar menjadi {total // (1024 * 1024)} MB saat dibuka; batasnya "
            f"{MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB.",
            f"{name} expands to {total // (1024 * 1024)} MB when opened; the limit is "
            f"{MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB.",
        )


def _chunks(archive: zipfile.ZipFile, member: str, size: int = 1 << 20) -> Iterator[bytes]:
    """A member's bytes in chunks that overlap by 256 bytes, so no tag is cut in two."""
    tail = b""
    with archive.open(member) as stream:
        while True:
            block = stream.read(size)
            if not block:
                return
            yield tail + block
            tail = block[-256:]


def _scan_xml(
    path: Path,
    archive: zipfile.ZipFile,
    sheet_names: dict[str, str],
    percent_styles: frozenset[int] = frozenset(),
) -> dict[str, set[tuple[int, int]]]:
    """Refuse DTDs anywhere and oversized sheets, reading each part once as a stream.

    Returns, per sheet name, the (row, column) of cells whose style shows them as a
    percentage (0-based), when the workbook has such styles."""
    percent: dict[str, set[tuple[int, int]]] = {}
    for info in archive.infolist():
        member = info.filename
        if not member.endswith((".xml", ".rels", ".vml")):
            continue
        sheet = sheet_names.get(member)
        max_row = max_col = cells = 0
        first = True
        for chunk in _chunks(archive, member):
            if b"<!" in chunk and _DTD.search(chunk):  # `in` skips the regex on most parts
                raise WorkbookError(
                    f"{path.name} memuat deklarasi DTD/entitas XML di {member} (pola bom XML); "
                    "berkas ditolak. Simpan ulang dari Excel sebagai .xlsx bila berkasnya asli.",
                    f"{path.name} declares an XML DTD/entities in {member} (an XML bomb "
                    "pattern); the file is refused. Save it again from Excel as .xlsx if it is "
                    "genuine.",
                )
            if sheet is None:
                continue
            if first:
                dim = _DIMENSION.search(chunk[:4096])
                if dim:
                    max_row = int(dim.group(4) or dim.group(2))
                    max_col = _column_index(dim.group(3) or dim.group(1))
                    _check_extent(path, sheet, max_row, max_col)
                first = False
            # Tags without a namespace prefix (as Excel, LibreOffice and openpyxl write them)
            # start with a literal the regex engine finds by fast search: three times
            # cheaper than trying the optional prefix at every "<" of the sheet.
            plain = b":row" not in chunk and b":c" not in chunk
            row_ref, cell_tag, styled = _PLAIN_PATTERNS if plain else _PATTERNS
            max_row = max(max_row, max(map(int, row_ref.findall(chunk)), default=0))
            # One pass finds every cell tag, with its column when `r` comes first (as every
            # writer puts it); only a chunk with some other cell tag needs the exact pattern.
            tags = cell_tag.findall(chunk)
            cells += len(tags)
            columns = set(tags)
            if b"" in columns:
                columns.discard(b"")
                columns.update(_CELL_REF.findall(chunk))
            max_col = max(max_col, max(map(_column_index, columns), default=0))
            _check_extent(path, sheet, max_row, max_col, cells)
            if percent_styles:
                found = percent.setdefault(sheet, set())
                for ref, style in styled.findall(chunk):
                    if int(style) in percent_styles:
                        found.add(_cell_index(ref))
    return percent


_STYLED_CELL = re.compile(rb'<(?:\w+:)?c\b[^>]*?\sr="([A-Z]{1,3}\d+)"[^>]*?\ss="(\d+)"')
_PATTERNS = (_ROW_REF, _CELL_TAG, _STYLED_CELL)
#: The same without the optional namespace prefix, for parts where no tag has one.
_PLAIN_PATTERNS = tuple(re.compile(p.pattern.replace(rb"(?:\w+:)?", b"", 1)) for p in _PATTERNS)
_REF = re.compile(rb"([A-Z]+)(\d+)")


def _cell_index(ref: bytes) -> tuple[int, int]:
    match = _REF.fullmatch(ref)
    assert match is not None
    return int(match.group(2)) - 1, _column_index(match.group(1)) - 1


_NUMFMT = re.compile(rb"<(?:\w+:)?numFmt\b[^>]*>")
_CELL_XFS = re.compile(rb"<(?:\w+:)?cellXfs\b.*?</(?:\w+:)?cellXfs>", re.DOTALL)
_XF = re.compile(rb"<(?:\w+:)?xf\b[^>]*>")
_QUOTED = re.compile(r'"[^"]*"|\\.')
#: Excel's built-in percentage formats: 0% and 0.00%.
_PERCENT_BUILTINS = frozenset({9, 10})


def _percent_styles(archive: zipfile.ZipFile) -> frozenset[int]:
    """Indexes of the cell styles (`s="n"`) whose number format shows a percentage.

    A cell typed as 95% holds 0.95; calamine gives the stored number without its format, so
    the styles are read here (with regexes, as the rest of the safety scan) and such cells
    are turned back into the percentage the user sees."""
    try:
        styles = archive.read("xl/styles.xml")[:5_000_000]
    except KeyError:
        return frozenset()
    formats = set(_PERCENT_BUILTINS)
    for tag in _NUMFMT.findall(styles):
        attrs = dict(_ATTR.findall(tag))
        code = html.unescape(attrs.get(b"formatCode", b"").decode("utf-8", "replace"))
        if "%" in _QUOTED.sub("", code) and attrs.get(b"numFmtId", b"").isdigit():
            formats.add(int(attrs[b"numFmtId"]))
    block = _CELL_XFS.search(styles)
    if block is None:
        return frozenset()
    found = set()
    for index, tag in enumerate(_XF.findall(block.group(0))):
        number = dict(_ATTR.findall(tag)).get(b"numFmtId", b"0")
        if number.isdigit() and int(number) in formats:
            found.add(index)
    return frozenset(found)


def _as_shown(sheets: list[SheetGrid], percent: dict[str, set[tuple[int, int]]]) -> None:
    """Numbers in percent-formatted cells as the user sees them: 0.95 shown as 95% is 95."""
    for sheet in sheets:
        for r, c in percent.get(sheet.name, ()):
            if r >= len(sheet.rows) or c >= len(sheet.rows[r]):
                continue
            value = sheet.rows[r][c]
            if isinstance(value, int | float) and not isinstance(value, bool):
                shown = Decimal(repr(value)) * 100
                sheet.rows[r][c] = int(shown) if shown == shown.to_integral() else float(shown)


def _check_extent(path: Path, sheet: str, rows: int, cols: int, cells: int = 0) -> None:
    if rows > MAX_ROWS:
        raise WorkbookError(
            f"Lembar '{sheet}' di {path.name} memuat lebih dari {_dots(MAX_ROWS)} baris; PK Desk "
            f"membaca paling banyak {_dots(MAX_ROWS)} baris per lembar — hapus baris kosong atau "
            "format di bawah tabel, atau bagi lembarnya.",
            f"Sheet '{sheet}' of {path.name} has more than {MAX_ROWS:,} rows; PK Desk reads at "
            f"most {MAX_ROWS:,} rows per sheet — delete empty or formatted rows below the "
            "table, or split the sheet.",
        )
    if cols > MAX_COLUMNS:
        raise WorkbookError(
            f"Lembar '{sheet}' di {path.name} sampai kolom {column_letter(cols - 1)}; PK Desk "
            f"membaca paling banyak {MAX_COLUMNS} kolom per lembar.",
            f"Sheet '{sheet}' of {path.name} reaches column {column_letter(cols - 1)}; PK Desk "
            f"reads at most {MAX_COLUMNS} columns per sheet.",
        )
    if cells > MAX_CELLS:
        raise WorkbookError(
            f"Lembar '{sheet}' di {path.name} berisi lebih dari {_dots(MAX_CELLS)} sel; bagi "
            "lembarnya sebelum diimpor.",
            f"Sheet '{sheet}' of {path.name} has more than {MAX_CELLS:,} cells; split it "
            "before importing.",
        )


def _dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


_REL = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_ATTR = re.compile(rb'(\w+)="([^"]*)"')
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """{"xl/worksheets/sheet1.xml": "PK", …} read with regexes (no XML parser before the scan)."""
    try:
        workbook = archive.read("xl/workbook.xml")[:2_000_000]
        rels = archive.read("xl/_rels/workbook.xml.rels")[:2_000_000]
    except KeyError:
        return {}
    targets: dict[bytes, bytes] = {}
    for tag in _REL.findall(rels):
        attrs = dict(_ATTR.findall(tag))
        if b"Id" in attrs and b"Target" in attrs:
            targets[attrs[b"Id"]] = attrs[b"Target"]
    parts: dict[str, str] = {}
    for tag in _SHEET.findall(workbook):
        attrs = {k.split(b":")[-1]: v for k, v in _ATTR.findall(tag)}
        target = targets.get(attrs.get(b"id", b""))
        if target is None:
            continue
        text = target.decode("utf-8", "replace").lstrip("/")
        member = text if text.startswith("xl/") else f"xl/{text}"
        parts[member] = attrs.get(b"name", b"?").decode("utf-8", "replace")
    return parts


def open_workbook(path: str | Path, *, reader: str | None = None) -> WorkbookGrid:
    """Read every sheet of an .xlsx file after the safety checks; WorkbookError otherwise."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise WorkbookError(
            f"Berkas {path} tidak ditemukan.", f"The file {path} does not exist."
        ) from None
    if path.is_dir():
        raise WorkbookError(
            f"{path} adalah folder, bukan buku kerja.", f"{path} is a folder, not a workbook."
        )
    if size > MAX_FILE_BYTES:
        raise WorkbookError(
            f"{path.name} berukuran {size // (1024 * 1024)} MB; PK Desk mengimpor buku kerja "
            f"sampai {MAX_FILE_BYTES // (1024 * 1024)} MB.",
            f"{path.name} is {size // (1024 * 1024)} MB; PK Desk imports workbooks of up to "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB.",
        )
    data = path.read_bytes()
    _refuse_other_formats(path, data[:8], data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise WorkbookError(
            f"{path.name} rusak (bukan arsip .xlsx yang utuh); minta salinan baru atau simpan "
            "ulang dari Excel.",
            f"{path.name} is damaged (not a complete .xlsx archive); ask for a new copy or "
            "save it again from Excel.",
        ) from None
    with archive:
        _check_zip(path, archive)
        try:
            percent = _scan_xml(path, archive, _sheet_parts(archive), _percent_styles(archive))
        except (zipfile.BadZipFile, EOFError, OSError) as exc:
            raise WorkbookError(
                f"{path.name} rusak ({exc}); simpan ulang dari Excel.",
                f"{path.name} is damaged ({exc}); save it again from Excel.",
            ) from None
        except Exception as exc:  # zlib.error and friends from a damaged member
            if isinstance(exc, WorkbookError):
                raise
            raise WorkbookError(
                f"{path.name} rusak ({exc}); simpan ulang dari Excel.",
                f"{path.name} is damaged ({exc}); save it again from Excel.",
            ) from None
    chosen = reader or ("calamine" if _has_calamine() else "openpyxl")
    try:
        sheets = _read_calamine(data) if chosen == "calamine" else _read_openpyxl(data)
    except WorkbookError:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure is "this file is damaged"
        raise WorkbookError(
            f"{path.name} tidak dapat dibaca sebagai buku kerja ({type(exc).__name__}: "
            f"{str(exc)[:160]}); simpan ulang dari Excel sebagai .xlsx.",
            f"{path.name} cannot be read as a workbook ({type(exc).__name__}: "
            f"{str(exc)[:160]}); save it again from Excel as .xlsx.",
        ) from None
    _as_shown(sheets, percent)
    return WorkbookGrid(str(path), sheets, chosen, workbook_digest(data))


def _has_calamine() -> bool:
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return False
    return True


def _clean(value: Any) -> Cell:
    """A cell as the tables read it: no carriage returns, blank text as None."""
    if isinstance(value, str):
        if "\r" in value or "_x000D_" in value:
            value = value.replace("\r\n", "\n").replace("_x000D_", "")
        return value if value and not value.isspace() else None
    return value  # type: ignore[no-any-return]


def _read_calamine(data: bytes) -> list[SheetGrid]:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    sheets: list[SheetGrid] = []
    try:
        for meta in book.sheets_metadata:
            if "WorkSheet" not in str(meta.typ):
                continue
            sheet = book.get_sheet_by_name(meta.name)
            rows = [[_clean(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
            merged = [(a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or [])]
            hidden = "Visible" not in str(meta.visible)
            sheets.append(SheetGrid(meta.name, rows, merged, hidden))
    finally:
        book.close()
    return sheets


def _read_openpyxl(data: bytes) -> list[SheetGrid]:
    import openpyxl
    from openpyxl import xml as openpyxl_xml

    if not openpyxl_xml.DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise WorkbookError("Pustaka defusedxml tidak terpasang; impor Excel dimatikan.")
    book = openpyxl.load_workbook(
        io.BytesIO(data), read_only=True, data_only=True, keep_vba=False, keep_links=False
    )
    sheets: list[SheetGrid] = []
    try:
        for ws in book.worksheets:
            rows = [[_clean(v) for v in row] for row in ws.iter_rows(values_only=True)]
            sheets.append(SheetGrid(ws.title, rows, [], ws.sheet_state != "visible"))
    finally:
        book.close()
    return sheets
