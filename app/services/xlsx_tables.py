"""Finding the seed tables in a workbook and reading their rows into plain records.

No database here: `read_tables(grid)` turns the sheets into `ParsedWorkbook` — officials, the
PK table (DKI or Kaltara layout, with a cascading matrix when it has subordinate columns),
programs, Rincian Target, Rencana Aksi, KSD and indicator metadata — plus every cell it could
not read. The import service (`xlsx_import`) matches these against the database.

Header rows are recognised by their words, not by position: title rows above the table,
headers repeated on every printed page, merged and multi-line header cells, a second header
row (Triwulan I–IV under "Triwulan") and the column-number row (1 2 3 …) are all tolerated.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from app.documents.workbooks.layout import METADATA_HEADERS
from app.engine.dates import MONTHS_ID
from app.engine.numbers import _NA_WORDS, format_id, parse_id_number, parse_id_range
from app.services.xlsx_read import Cell, SheetGrid, WorkbookGrid, column_letter

PERIOD_FIELDS = ("tw1", "tw2", "tw3", "tw4", "annual")
PERIOD_CODES = {"tw1": "TW1", "tw2": "TW2", "tw3": "TW3", "tw4": "TW4", "annual": "annual"}
#: Realisation columns of a realisation or score report: Realisasi Triwulan I–IV, Tahunan.
ACTUAL_FIELDS = {f"real_{f}": code for f, code in PERIOD_CODES.items()}
#: "Realisasi s.d. TW3" of a score report (laporan capaian): cumulative, by quarter.
CUMULATIVE_FIELDS = {f"real_sd{q}": q for q in range(1, 5)}

# --- messages ------------------------------------------------------------------------------

_MESSAGES: dict[str, dict[str, str]] = {
    "not_number": {
        "id": '"{value}" bukan angka',
        "en": '"{value}" is not a number',
    },
    "date_in_number": {
        "id": "tanggal {value} ada di kolom angka (format selnya Tanggal; ubah ke Angka)",
        "en": "date {value} in a number column (the cell is formatted as a date; make it a number)",
    },
    "bool_in_number": {"id": '"{value}" bukan angka', "en": '"{value}" is not a number'},
    "missing_header": {
        "id": 'baris judul tabel {table} (baris {row}) tidak memuat kolom "{header}"{where}',
        "en": 'the {table} header row (row {row}) has no "{header}" column{where}',
    },
    "empty_indicator": {
        "id": "ada target tetapi nama indikator kosong",
        "en": "targets given but the indicator name is empty",
    },
    "nip_number": {
        "id": "NIP tersimpan sebagai angka ({value}) sehingga digitnya bisa berubah; format kolom NIP sebagai Teks lalu ketik ulang",
        "en": "the NIP is stored as a number ({value}) so its digits may be lost; format the NIP column as Text and retype it",
    },
    "bad_nip": {
        "id": 'NIP "{value}" tidak valid: {detail}',
        "en": 'NIP "{value}" is invalid: {detail}',
    },
    "bad_quarter": {
        "id": '"{value}" bukan triwulan (tulis TW 1 sampai TW 4)',
        "en": '"{value}" is not a quarter (write TW 1 to TW 4)',
    },
    "bad_month": {
        "id": '"{value}" bukan bulan target KSD (tulis B01 sampai B12)',
        "en": '"{value}" is not a KSD target month (write B01 to B12)',
    },
    "no_output": {
        "id": "kriteria keberhasilan tanpa target/output",
        "en": "a success criterion without a target/output",
    },
    "orphan_row": {
        "id": "rencana aksi tanpa indikator di atasnya",
        "en": "an action plan row with no indicator above it",
    },
    "target_conflict": {
        "id": "target {period} {value} berbeda dengan lembar {other} ({other_value})",
        "en": "target {period} {value} differs from sheet {other} ({other_value})",
    },
    "unknown_indicator": {
        "id": 'indikator "{value}" tidak ada di tabel PK maupun di perjanjian',
        "en": 'indicator "{value}" is neither in the PK table nor in the agreement',
    },
    "unknown_superior": {
        "id": 'atasan "{value}" tidak ada di daftar ini maupun di basis data',
        "en": 'superior "{value}" is neither in this list nor in the database',
    },
    "duplicate_nip": {
        "id": "NIP {value} sudah dipakai di baris {detail}",
        "en": "NIP {value} is already used in row {detail}",
    },
    "empty_name": {"id": "nama pejabat kosong", "en": "the official's name is empty"},
    "bad_choice": {
        "id": '"{value}" bukan pilihan {detail}',
        "en": '"{value}" is not one of the choices for {detail}',
    },
    "bad_value": {
        "id": '"{value}" tidak dapat disimpan: {detail}',
        "en": '"{value}" cannot be stored: {detail}',
    },
    "negative_budget": {
        "id": "anggaran {value} negatif",
        "en": "budget {value} is negative",
    },
}


@dataclass(frozen=True, slots=True)
class CellError:
    """A cell the import could not read: `Sheet!C12: "abc" is not a number`."""

    sheet: str
    cell: str
    code: str
    value: str = ""
    params: tuple[tuple[str, str], ...] = ()

    def text(self, lang: str = "id") -> str:
        template = _MESSAGES[self.code].get(lang) or _MESSAGES[self.code]["id"]
        return f"{self.sheet}!{self.cell}: " + template.format(
            value=self.value, **dict(self.params)
        )

    def as_dict(self, lang: str = "id") -> dict[str, str]:
        return {
            "sheet": self.sheet,
            "cell": self.cell,
            "code": self.code,
            "message": self.text(lang),
        }


def address(r: int, c: int) -> str:
    return f"{column_letter(c)}{r + 1}"


def shown(value: Cell) -> str:
    """A cell value as the user sees it in an error."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("\n", " ")
    return text if len(text) <= 60 else text[:57] + "…"


# --- records -------------------------------------------------------------------------------


@dataclass(slots=True)
class Target:
    number: Decimal | None = None
    upper: Decimal | None = None
    label: str | None = None


@dataclass(slots=True)
class IndicatorRow:
    name: str
    sheet: str
    row: int
    number: str | None = None
    source: str | None = None
    measurement: str | None = None
    unit: str | None = None
    targets: dict[str, Target] = field(default_factory=dict)  # TW1..TW4, annual
    marks: list[tuple[str, str | None]] = field(default_factory=list)  # (subordinate, note)
    actuals: dict[str, Decimal] = field(default_factory=dict)  # realisations, TW1..annual
    actual_cells: dict[str, str] = field(default_factory=dict)  # period -> "H12"
    cumulative: tuple[int, Decimal] | None = None  # (quarter, realisation s.d. that quarter)


@dataclass(slots=True)
class GoalRow:
    category: str | None
    text: str
    number: str | None
    indicators: list[IndicatorRow] = field(default_factory=list)


@dataclass(slots=True)
class PkTable:
    sheet: str
    layout: str  # "dki" (Triwulan I–IV) or "kaltara" (annual Target only)
    year: int | None
    owner: dict[str, str]  # nama / nip / jabatan / unit kerja from the block above the table
    goals: list[GoalRow] = field(default_factory=list)
    matrix_columns: list[str] = field(default_factory=list)
    report: bool = False  # realisation columns and no target columns (a laporan capaian)

    def indicators(self) -> list[IndicatorRow]:
        return [i for g in self.goals for i in g.indicators]


@dataclass(slots=True)
class ProgramRow:
    name: str
    budget: Decimal
    note: str | None
    sheet: str
    row: int


@dataclass(slots=True)
class OutputRow:
    text: str
    quarter: int
    responsible: str | None


@dataclass(slots=True)
class CriterionRow:
    text: str
    outputs: list[OutputRow] = field(default_factory=list)


@dataclass(slots=True)
class PlanRow:
    text: str
    criteria: list[CriterionRow] = field(default_factory=list)
    number: int | None = None  # the n of "RA n" it was written with (seed 002: RA2, RA4)


@dataclass(slots=True)
class IndicatorPlans:
    indicator: str
    sheet: str
    row: int
    plans: list[PlanRow] = field(default_factory=list)


@dataclass(slots=True)
class KsdItem:
    number: str | None
    ksd_number: str | None
    name: str
    sub_name: str | None
    action_plan: str
    responsible_units: str | None
    related_agencies: str | None
    success_criteria: str | None
    capaian: Decimal | None
    notes: str | None
    months: dict[int, str | None] = field(default_factory=dict)
    sheet: str = ""
    row: int = 0
    indicator: str | None = None  # the IKU the row serves, as written in its IKU column
    indicator_cell: str = ""


@dataclass(slots=True)
class OfficialRow:
    name: str
    nip: str | None
    rank: str | None
    title: str
    unit: str | None
    superior: str | None
    level: str | None
    sheet: str
    row: int
    cells: dict[str, str] = field(default_factory=dict)  # field -> "C12"
    acting: str | None = None  # "Plt." / "Plh." / "Pj." written before the name or jabatan


@dataclass(slots=True)
class RincianRow:
    indicator: str
    targets: dict[str, Target]
    sheet: str
    row: int


@dataclass(slots=True)
class ParsedWorkbook:
    path: str
    reader: str
    pk: PkTable | None = None
    programs: list[ProgramRow] = field(default_factory=list)
    rincian: list[RincianRow] = field(default_factory=list)
    action_plans: list[IndicatorPlans] = field(default_factory=list)
    ksd: list[KsdItem] = field(default_factory=list)
    ksd_year: int | None = None
    officials: list[OfficialRow] = field(default_factory=list)
    metadata: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # (IKU, fields)
    errors: list[CellError] = field(default_factory=list)
    tables: list[tuple[str, str, int]] = field(default_factory=list)  # (sheet, kind, header row)
    notes: list[str] = field(default_factory=list)
    digest: str = ""  # of the file read (see xlsx_read.workbook_digest)

    def is_empty(self) -> bool:
        return not (
            self.pk or self.programs or self.rincian or self.action_plans or self.ksd
        ) and not (self.officials or self.metadata)


# --- header recognition --------------------------------------------------------------------

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@functools.lru_cache(maxsize=8192, typed=True)
def norm(value: Cell) -> str:
    """Lower-case words only: 'Indikator\\nKinerja:' -> 'indikator kinerja'.

    Remembered: a sheet repeats most of its cells (units, sources, N/A, page headers)."""
    if value is None:
        return ""
    text = str(value).lower()
    if len(text) > 120:  # never a header label: spare long texts the work
        return text
    # str methods, not regexes: called on every cell of a sheet (split() breaks on exactly
    # the whitespace `\s` matches), four times faster.
    marks = text.replace("*", " ").replace(":", " ").replace(";", " ")
    return " ".join(marks.split()).strip(" .")


#: A header row names at least one of these (the first required column of some table).
_ANCHORS = frozenset(
    {
        "sasaran",
        "sasaran strategis",
        "sasaran kinerja",
        "sasaran program",
        "indikator",
        "indikator kinerja",
        "indikator kinerja utama",
        "iku",
        "nama",
        "nama pejabat",
        "nama lengkap",
        "nama pegawai",
        "nip",
        "nama ksd",
        "ksd",
        "program",
        "program/kegiatan",
        "nama program",
    }
)


def _quarter_field(label: str) -> str | None:
    match = re.fullmatch(
        r"(?:triwulan|tw|target tw|target triwulan|target)? ?\.?(i{1,3}|iv|[1-4])", label
    ) or re.fullmatch(r"(?:triwulan|tw|trw) ?\.?(i{1,3}|iv|[1-4]) target", label)
    return f"tw{_ROMAN[match.group(1)]}" if match else None


_REALISED = re.compile(
    r"(?:realisasi|real)(?: (?:triwulan|tw|trw))? ?\.?(?P<a>i{1,3}|iv|[1-4])"
    r"|(?:triwulan|tw|trw) ?\.?(?P<b>i{1,3}|iv|[1-4]) (?:realisasi|real)"
)
_REALISED_UPTO = re.compile(r"realisasi s\.? ?d\.? ?(?:tw|triwulan|trw) ?\.?(i{1,3}|iv|[1-4])")
_REALISED_YEAR = re.compile(r"realisasi(?: tahunan| tahun| thn)?|(?:tahunan|thn) realisasi")


def _actual_field(label: str) -> str | None:
    """ "Realisasi TW II" / "Realisasi" over "II" / "Triwulan II" over "Realisasi" -> real_tw2;
    "Realisasi (Tahunan)" -> real_annual; the score report's cumulative "Realisasi s.d. TW2"
    -> real_sd2 (turned into the quarter's own value against the IKU's earlier quarters)."""
    label = label.replace("(", "").replace(")", "")
    cumulative = _REALISED_UPTO.fullmatch(label)
    if cumulative:
        return f"real_sd{_ROMAN[cumulative.group(1)]}"
    match = _REALISED.fullmatch(label)
    if match:
        return f"real_tw{_ROMAN[match.group('a') or match.group('b')]}"
    return "real_annual" if _REALISED_YEAR.fullmatch(label) else None


_LAYOUTS: dict[str, dict[str, str]] = {
    "officials": {
        r"no|nomor": "no",
        r"nama|nama pejabat|nama lengkap|nama pegawai": "name",
        r"nip": "nip",
        r"pangkat.*|golongan|pangkat/gol.*|gol.*": "rank",
        r"jabatan|nama jabatan": "title",
        r"unit|unit kerja|unit organisasi|satuan kerja|perangkat daerah": "unit",
        r"atasan|atasan langsung|nama atasan|nip atasan": "superior",
        r"eselon|tingkat jabatan|jenjang jabatan|level": "level",
    },
    "ksd": {
        r"no|nomor": "no",
        r"no ksd|nomor ksd": "ksd_no",
        r"nama ksd|ksd|program kegiatan strategis daerah|program ksd": "ksd_name",
        r"rencana aksi|rencana aksi/sub-aksi|rencana aksi/sub aksi": "action",
        r"iku|iku terkait|indikator|indikator kinerja|indikator kinerja utama": "indicator",
        r"penanggung jawab": "responsible",
        r"instansi terkait": "agencies",
        r"kriteria keberhasilan": "criteria",
        r"target|target bulan|bulan|target waktu|waktu": "month",
        r"output|target output|keluaran": "output",
        r"capaian|capaian %|capaian \(%\)": "capaian",
        r"keterangan|catatan": "notes",
    },
    "action_plan": {
        r"no|nomor": "no",
        r"sasaran|sasaran strategis": "goal",
        r"indikator kinerja utama|indikator kinerja|indikator|iku": "indicator",
        r"target iku|target": "target",
        r"rencana aksi.*": "ra",
        r"kriteria keberhasilan": "kk",
        r"target ?/ ?output|target output|output": "to",
        r"waktu|triwulan|tw": "when",
        r"penanggung jawab": "responsible",
    },
    "rincian": {
        r"no|nomor": "no",
        r"sasaran|sasaran strategis": "goal",
        r"iku|indikator|indikator kinerja|indikator kinerja utama": "indicator",
        r"satuan": "unit",
        r"(?:target )?s\.? ?d\.? ?(?:tw|triwulan) ?(?:2|ii)": "sd2",
        r"(?:target )?s\.? ?d\.? ?(?:tw|triwulan) ?(?:3|iii)": "sd3",
        r"(?:target )?(?:thn|tahunan|tahun)": "annual",
    },
    "program": {
        r"no|nomor": "no",
        r"program|program/kegiatan|nama program": "program",
        r"anggaran|anggaran \(rp\)|anggaran rp|pagu|pagu anggaran|jumlah anggaran": "budget",
        r"keterangan|sumber dana": "note",
    },
    "metadata": {},  # filled below from METADATA_HEADERS
    "pk": {
        r"no|nomor": "no",
        r"sasaran|sasaran strategis|sasaran kinerja|sasaran program": "goal",
        r"indikator kinerja|indikator|indikator kinerja utama|iku": "indicator",
        r"sumber data": "source",
        r"pengukuran kinerja|cara pengukuran|metode pengukuran": "measurement",
        r"tahunan|target tahunan|thn|target|target \(tahunan\)": "annual",
        r"keterangan|satuan": "unit",
    },
}
_REQUIRED: dict[str, tuple[str, ...]] = {
    "officials": ("name", "nip", "title"),
    "ksd": ("ksd_name", "action"),
    "action_plan": ("indicator", "ra", "kk", "to"),
    "rincian": ("indicator", "sd2", "sd3"),
    "program": ("program", "budget"),
    "metadata": ("indicator", "polarity"),
    "pk": ("goal", "indicator", "annual"),
}
_TABLE_NAMES = {
    "officials": "daftar pejabat",
    "ksd": "KSD",
    "action_plan": "Rencana Aksi",
    "rincian": "Rincian Target",
    "program": "program",
    "metadata": "metadata IKU",
    "pk": "PK",
}
_HEADER_WORDS = {
    "name": "Nama",
    "nip": "NIP",
    "title": "Jabatan",
    "ksd_name": "Nama KSD",
    "action": "Rencana Aksi",
    "indicator": "Indikator Kinerja",
    "ra": "Rencana Aksi",
    "kk": "Kriteria Keberhasilan",
    "to": "Target/Output",
    "sd2": "s.d. TW2",
    "sd3": "s.d. TW3",
    "program": "Program",
    "budget": "Anggaran",
    "polarity": "Polaritas",
    "goal": "Sasaran",
    "annual": "Tahunan",
}

_LAYOUTS["metadata"] = {
    r"sasaran": "goal",
    r"indikator|indikator kinerja": "indicator",
    **{re.escape(norm(h)): f for f, h in METADATA_HEADERS.items()},
}
_COMPILED = {
    kind: [(re.compile(pattern), name) for pattern, name in table.items()]
    for kind, table in _LAYOUTS.items()
}
_ORDER = ("officials", "ksd", "action_plan", "rincian", "metadata", "program", "pk")


@dataclass(slots=True)
class Header:
    kind: str
    row: int  # first header row
    body: int  # first data row
    columns: dict[str, int]
    labels: list[str]
    extra: dict[int, str]  # unmapped labelled columns (matrix subordinates)
    signature: tuple[str, ...]


def _labels(rows: list[list[Cell]], r: int) -> tuple[list[str], int]:
    """The combined labels of the header at row r and how many rows it spans (1 or 2)."""
    top = [norm(v) for v in rows[r]]
    if r + 1 >= len(rows):
        return top, 1
    sub = [norm(v) for v in rows[r + 1]]
    width = max(len(top), len(sub))
    top += [""] * (width - len(top))
    sub += [""] * (width - len(sub))
    # A second header row fills cells under a merged (or blank) group label: Triwulan I–IV,
    # the subordinates of a matrix, s.d. columns of Rincian Target.
    if _is_numbering(rows[r + 1]):
        return top, 1
    is_sub = False
    for c, (t, s) in enumerate(zip(top, sub, strict=True)):
        if not s:
            continue
        if _is_data_like(s):
            return top, 1
        grouped = s != t and ((c > 0 and t == top[c - 1]) or (c + 1 < width and t == top[c + 1]))
        if not t or grouped:
            is_sub = True
    if not is_sub:
        return top, 1
    combined: list[str] = []
    group = ""
    for c, (t, s) in enumerate(zip(top, sub, strict=True)):
        if t:
            group = t
        elif c and not top[c]:
            t = group if sub[c] else ""
        if s and s != t:
            combined.append(f"{t} {s}".strip() if t else s)
        else:
            combined.append(t)
    return combined, 2


def _is_data_like(text: str) -> bool:
    return len(text) > 60


def _map(kind: str, labels: list[str]) -> tuple[dict[str, int], dict[int, str]]:
    columns, extra = _mapped(kind, tuple(labels))
    return dict(columns), dict(extra)


@functools.lru_cache(maxsize=256)
def _mapped(kind: str, labels: tuple[str, ...]) -> tuple[dict[str, int], dict[int, str]]:
    """The fields a header's labels name, matched once however often a sheet repeats the
    header on its printed pages (`_map` hands out copies)."""
    columns: dict[str, int] = {}
    extra: dict[int, str] = {}
    patterns = _COMPILED[kind]
    for c, label in enumerate(labels):
        if not label:
            continue
        found = None
        if kind == "pk":
            found = _actual_field(label)
        if kind in {"pk", "rincian"} and found is None:
            found = _quarter_field(label)
        if found is None:
            for pattern, name in patterns:
                if pattern.fullmatch(label):
                    found = name
                    break
        if found is None:
            extra[c] = label
            continue
        if found == "no" and "no" in columns:
            found = "indicator_no"
        if found == "month" and "month" in columns:
            found = "output"
        if found in columns:
            extra[c] = label
            continue
        columns[found] = c
    if kind == "ksd" and "month" in columns and "output" not in columns:
        columns["output"] = columns["month"] + 1
    return columns, extra


def find_header(
    rows: list[list[Cell]], r: int
) -> tuple[Header | None, tuple[str, list[str]] | None]:
    """The table whose header starts at row r, or a near miss (kind, missing fields)."""
    if not any(isinstance(v, str) and len(v) < 40 and norm(v) in _ANCHORS for v in rows[r]):
        return None, None
    labels, span = _labels(rows, r)
    best_miss: tuple[str, list[str]] | None = None
    for kind in _ORDER:
        columns, extra = _map(kind, labels)
        required = _REQUIRED[kind]
        missing = [f for f in required if f not in columns]
        realised = [*ACTUAL_FIELDS, *CUMULATIVE_FIELDS]
        if kind == "pk" and missing == ["annual"] and any(f in columns for f in realised):
            missing = []  # a realisation report: quarterly targets and realisations
        if not missing:
            if kind == "pk" and len(columns) < 3:
                continue
            body = r + span
            if body < len(rows) and _is_numbering(rows[body]):
                body += 1
            signature = tuple(norm(v) for v in rows[r])
            return Header(kind, r, body, columns, labels, extra, signature), None
        found = len(required) - len(missing)
        reports = any("realisasi" in label for label in labels)  # a score report: not imported
        if found >= 2 and len(missing) == 1 and best_miss is None and not reports:
            best_miss = (kind, missing)
    return None, best_miss


def _is_numbering(row: list[Cell]) -> bool:
    values = [v for v in row if v is not None]
    if len(values) < 3:
        return False
    try:
        numbers = [int(float(v)) if not isinstance(v, bool) else -1 for v in values]  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return numbers[:3] == [1, 2, 3]


# --- value readers -------------------------------------------------------------------------


class Reader:
    """Reads typed values from cells, collecting one CellError per unreadable cell."""

    def __init__(self, sheet: str, errors: list[CellError]) -> None:
        self.sheet = sheet
        self.errors = errors

    def error(self, r: int, c: int, code: str, value: Cell = "", **params: str) -> None:
        self.errors.append(
            CellError(
                self.sheet,
                address(r, c),
                code,
                shown(value) if value != "" else "",
                tuple(params.items()),
            )
        )

    def text(self, row: list[Cell], c: int | None) -> str | None:
        if c is None or c >= len(row):
            return None
        value = row[c]
        if value is None:
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, dt.datetime | dt.date):
            value = value.isoformat()
        text = str(value).strip()
        return text or None

    def number(self, row: list[Cell], r: int, c: int | None) -> Target | None:
        """A target cell: a number, a range, N/A; None (after an error) when unreadable."""
        if c is None or c >= len(row):
            return Target()
        value = row[c]
        if value is None:
            return Target()
        if isinstance(value, bool):
            self.error(r, c, "bool_in_number", value)
            return None
        if isinstance(value, int | float):
            return Target(Decimal(repr(value)) if isinstance(value, float) else Decimal(value))
        if isinstance(value, dt.date | dt.datetime | dt.time | dt.timedelta):
            if isinstance(value, dt.datetime) and value.time() == dt.time(0):
                value = value.date()
            self.error(
                r,
                c,
                "date_in_number",
                value.isoformat() if hasattr(value, "isoformat") else str(value),
            )
            return None
        bounds = _bounds(str(value).strip())
        if bounds is None:
            self.error(r, c, "not_number", value)
            return None
        return Target(*bounds)

    def realisation(self, row: list[Cell], r: int, c: int) -> Decimal | None:
        """A realisation cell: one number (no range); None when empty, N/A or unreadable."""
        value = self.number(row, r, c)
        if value is not None and value.upper is not None:
            self.error(r, c, "not_number", row[c])
            return None
        return value.number if value is not None else None

    def amount(self, row: list[Cell], r: int, c: int | None) -> Decimal | None:
        target = self.number(row, r, c)
        return None if target is None else target.number


@functools.lru_cache(maxsize=4096)
def _bounds(text: str) -> tuple[Decimal | None, Decimal | None] | None:
    """A target's text read once however often a sheet repeats it ("100", "N/A", "75,5"):
    (number, upper bound), (None, None) for N/A, None when it is no number."""
    if text.lower() in _NA_WORDS:
        return None, None
    try:
        return parse_id_number(text), None
    except ValueError:
        pass
    try:
        return parse_id_range(text)
    except ValueError:
        return None


# --- table readers -------------------------------------------------------------------------


@dataclass(slots=True)
class Table:
    """One table found in a sheet: its header and the rows down to the next table."""

    sheet: SheetGrid
    rows: list[list[Cell]]
    header: Header
    end: int
    skip: set[int]  # repeated page headers and column-number rows
    out: ParsedWorkbook
    reader: Reader = field(init=False)

    def __post_init__(self) -> None:
        self.reader = Reader(self.sheet.name, self.out.errors)

    def body(self) -> Iterator[tuple[int, list[Cell]]]:
        """(row index, cells) of every data row of the table."""
        for r in range(self.header.body, self.end):
            if r not in self.skip:
                yield r, self.rows[r]


def _is_number(row: list[Cell], c: int) -> bool:
    if c >= len(row) or row[c] is None or isinstance(row[c], bool):
        return False
    value = row[c]
    if isinstance(value, int | float):
        return True
    try:
        parse_id_number(str(value))
    except ValueError:
        return False
    return True


_CATEGORY = re.compile(r"sasaran(?: (?:strategis|khusus|operasional))?(?: \((?:ss|[a-z]+)\))?")
_YEAR = re.compile(r"tahun (?:anggaran )?(\d{4})")
_OWNER_KEYS = {
    "nama": "nama",
    "nip": "nip",
    "jabatan": "jabatan",
    "unit kerja": "unit",
    "unit": "unit",
}


def _category_row(row: list[Cell]) -> str | None:
    raw = {v for v in row if v is not None}
    if len(raw) != 1:
        return None
    texts = {norm(v) for v in raw}
    if len(texts) != 1:
        return None
    text = texts.pop()
    return text if _CATEGORY.fullmatch(text) else None


def category_code(label: str | None, profile_codes: list[tuple[str, str]]) -> str:
    """The sasaran category of a category row ("Sasaran Khusus"), in the agreement's profile.

    A code in brackets wins ("Sasaran Strategis (ss)"); then the profile's own label; then
    the words: Kaltara's "Sasaran Strategis" is `ss`, DKI's is `strategis`.
    """
    codes = [code for code, _ in profile_codes]
    if not label:
        return codes[0] if codes else "strategis"
    bracket = re.search(r"\(([a-z]+)\)", label)
    known = {"strategis", "khusus", "operasional", "ss", "sasaran"}
    if bracket and bracket.group(1) in known:
        return bracket.group(1)
    for code, text in profile_codes:
        if norm(text) == label:
            return code
    for word in ("khusus", "operasional"):
        if word in label:
            return word
    if "strategis" in label:
        return "ss" if "ss" in codes and "strategis" not in codes else "strategis"
    return "sasaran" if "sasaran" in codes or not codes else codes[-1]


def _title_info(rows: list[list[Cell]], upto: int) -> tuple[int | None, dict[str, str]]:
    year: int | None = None
    owner: dict[str, str] = {}
    for row in rows[max(0, upto - 15) : upto]:
        for c, value in enumerate(row):
            if not isinstance(value, str):
                continue
            for line in value.split("\n"):
                match = _YEAR.search(line.lower())
                if match and year is None:
                    year = int(match.group(1))
                key, sep, rest = line.partition(":")
                if sep:
                    k = norm(key)
                    if k in _OWNER_KEYS and rest.strip():
                        owner.setdefault(_OWNER_KEYS[k], rest.strip())
            # "Nama" | ":" | "Maria" laid out in separate cells
            k = norm(value)
            if k in _OWNER_KEYS:
                rest_cells = [v for v in row[c + 1 :] if v is not None and str(v).strip() != ":"]
                if rest_cells:
                    text = str(rest_cells[0]).lstrip(": ").strip()
                    if isinstance(rest_cells[0], float) and rest_cells[0].is_integer():
                        text = str(int(rest_cells[0]))
                    owner.setdefault(_OWNER_KEYS[k], text)
    return year, owner


_CHECK = re.compile(r"[✓✔√☑]|^(?:v|x|ya|y)$", re.IGNORECASE)


def _mark(text: str | None) -> tuple[bool, str | None]:
    if not text:
        return False, None
    if _CHECK.search(text.strip()):
        note = _CHECK.sub("", text).strip().strip("()").strip() or None
        return True, note
    return False, text.strip()


_SUMMARY_ROWS = frozenset({"nilai sasaran", "nilai kinerja", "jumlah", "total", "rata-rata"})


def _read_pk(t: Table) -> None:
    sheet, rows, header, out, reader = t.sheet, t.rows, t.header, t.out, t.reader
    cols = header.columns
    layout = "dki" if any(f in cols for f in ("tw1", "tw2", "tw3", "tw4")) else "kaltara"
    year, owner = _title_info(rows, header.row)
    for key in ("jabatan", "nama"):  # "Jabatan : Plt. Kepala Badan": an acting owner
        prefix, owner[key] = split_acting(owner.get(key)) if owner.get(key) else (None, "")
        if prefix:
            owner["acting"] = prefix
        if not owner[key]:
            del owner[key]
    pk = PkTable(sheet.name, layout, year, owner)
    pk.report = not any(f in cols for f in PERIOD_FIELDS) and any(
        f in cols for f in (*ACTUAL_FIELDS, *CUMULATIVE_FIELDS)
    )
    last_standard = max(cols.values())
    matrix = {c: label for c, label in header.extra.items() if c > last_standard}
    for label in matrix.values():
        if label not in pk.matrix_columns:
            pk.matrix_columns.append(label)
    category: str | None = None
    goal: GoalRow | None = pk.goals[-1] if pk.goals else None
    indicator: IndicatorRow | None = None
    for r, row in t.body():
        cat = _category_row(row)
        if cat is not None:
            category = cat
            goal = None
            continue
        name = reader.text(row, cols.get("indicator"))
        goal_text = reader.text(row, cols.get("goal"))
        measurement = reader.text(row, cols.get("measurement"))
        if name is not None and norm(name) in _SUMMARY_ROWS:
            continue  # a score report's Nilai Sasaran / Nilai Kinerja line
        if name is None:
            # Signature blocks, notes and blank rows carry no indicator: only numbers without
            # a name are an error; a lone Pengukuran Kinerja cell continues the one above.
            numeric = [c for f, c in cols.items() if f in PERIOD_FIELDS and _is_number(row, c)]
            if numeric:
                reader.error(r, cols["indicator"], "empty_indicator")
            elif measurement and indicator is not None and goal_text is None:
                indicator.measurement = f"{indicator.measurement or ''}\n{measurement}".strip()
            continue
        targets: dict[str, Target] = {}
        for f in PERIOD_FIELDS:
            if f in cols:
                value = reader.number(row, r, cols[f])
                if value is not None and value.number is not None:
                    targets[PERIOD_CODES[f]] = value
        if goal_text and (
            goal is None
            or goal.text != goal_text
            # a report's No numbers its IKU, not its sasaran
            or (not pk.report and reader.text(row, cols.get("no")) not in (None, goal.number))
        ):
            goal = GoalRow(category, goal_text, reader.text(row, cols.get("no")))
            pk.goals.append(goal)
        elif goal is None:
            goal = GoalRow(category, "(tanpa sasaran)", None)
            pk.goals.append(goal)
        indicator = IndicatorRow(
            name=name,
            sheet=sheet.name,
            row=r,
            number=reader.text(row, cols.get("indicator_no")),
            source=reader.text(row, cols.get("source")),
            measurement=measurement,
            unit=reader.text(row, cols.get("unit")),
            targets=targets,
        )
        for f, column in cols.items():
            period = ACTUAL_FIELDS.get(f)
            quarter = CUMULATIVE_FIELDS.get(f)
            actual = reader.realisation(row, r, column) if period or quarter else None
            if actual is None:
                continue
            if quarter:
                indicator.cumulative = (quarter, actual)
                period = f"TW{quarter}"
            else:
                indicator.actuals[str(period)] = actual
            indicator.actual_cells[str(period)] = address(r, column)
        for c, label in matrix.items():
            tick, note = _mark(reader.text(row, c))
            if tick:
                indicator.marks.append((label, note))
        goal.indicators.append(indicator)
    if out.pk is None:
        out.pk = pk
    elif out.pk.report and not pk.report:  # the PK comes after its report in this workbook
        out.pk = _merge_pk(pk, out.pk, out.errors)
    else:
        out.pk = _merge_pk(out.pk, pk, out.errors)


def _merge_pk(first: PkTable, other: PkTable, errors: list[CellError]) -> PkTable:
    """A second PK-shaped table (the matrix sheet repeating the PK, a realisation report
    beside it) adds its ticks, realisations and any indicator the first did not have; the
    first table's values stay. A report (no target columns, its sasaran without category
    rows) adds no sasaran or IKU: one it names that the PK lacks is a named cell."""
    if other.report:
        _merge_report(first, other, errors)
        return first
    goals = {(g.text, g.category): g for g in first.goals}
    for goal in other.goals:
        mine = goals.get((goal.text, goal.category))
        if mine is None:
            first.goals.append(goal)
            continue
        known = [i.name for i in mine.indicators]
        for n, ind in enumerate(goal.indicators):
            # the n-th IKU of a name matches the n-th of the same name (seed 002 repeats names)
            index = [k for k, name in enumerate(known) if name == ind.name]
            rank = sum(1 for prior in goal.indicators[:n] if prior.name == ind.name)
            if rank < len(index):
                mine.indicators[index[rank]].marks.extend(ind.marks)
                # a realisation sheet beside the PK brings the realisations of its IKU
                mine.indicators[index[rank]].actuals.update(ind.actuals)
                mine.indicators[index[rank]].actual_cells.update(ind.actual_cells)
            else:
                mine.indicators.append(ind)
    for label in other.matrix_columns:
        if label not in first.matrix_columns:
            first.matrix_columns.append(label)
    first.year = first.year or other.year
    first.owner = first.owner or other.owner
    return first


def _merge_report(first: PkTable, report: PkTable, errors: list[CellError]) -> None:
    """A report's realisations onto the PK's IKU, the n-th of a name onto the n-th (its
    sasaran are grouped differently: no category rows, one goal per numbered row)."""
    by_name: dict[str, list[IndicatorRow]] = {}
    for ind in first.indicators():
        by_name.setdefault(ind.name, []).append(ind)
    for ind in report.indicators():
        queue = by_name.get(ind.name)
        if not queue:
            errors.append(
                CellError(ind.sheet, f"C{ind.row + 1}", "unknown_indicator", ind.name[:60])
            )
            continue
        mine = queue.pop(0)
        mine.actuals.update(ind.actuals)
        mine.actual_cells.update(ind.actual_cells)
        mine.cumulative = ind.cumulative or mine.cumulative


def _read_programs(t: Table) -> None:
    sheet, header, out, reader = t.sheet, t.header, t.out, t.reader
    cols = header.columns
    for r, row in t.body():
        name = reader.text(row, cols["program"])
        if name is None or norm(name) in {"jumlah", "total", "jumlah total"}:
            continue
        budget = reader.amount(row, r, cols["budget"])
        if budget is None:
            if row[cols["budget"]] is None:
                reader.error(r, cols["budget"], "not_number", "")
            continue
        if budget < 0:
            reader.error(r, cols["budget"], "negative_budget", format_id(budget, 0))
            continue
        out.programs.append(
            ProgramRow(name, budget, reader.text(row, cols.get("note")), sheet.name, r)
        )


def _read_rincian(t: Table) -> None:
    sheet, header, out, reader = t.sheet, t.header, t.out, t.reader
    cols = header.columns
    for r, row in t.body():
        name = reader.text(row, cols["indicator"])
        if name is None:
            continue
        name = name.split("\nSatuan:")[0].strip()
        targets: dict[str, Target] = {}
        for f in PERIOD_FIELDS:
            if f in cols:
                value = reader.number(row, r, cols[f])
                if value is not None and value.number is not None:
                    targets[PERIOD_CODES[f]] = value
        out.rincian.append(RincianRow(name, targets, sheet.name, r))


_PREFIX = {
    "ra": re.compile(r"^\s*RA\s*(\d+)\s*[.:]?\s*", re.IGNORECASE),
    "kk": re.compile(r"^\s*KK\s*\d+(?:\.\d+)*\s*[.:]?\s*", re.IGNORECASE),
    "to": re.compile(r"^\s*T\s*/\s*O\s*\d+(?:\.\d+)*\s*[.:]?\s*", re.IGNORECASE),
}
_QUARTER = re.compile(r"^(?:tw|triwulan|trw)?\s*\.?\s*(i{1,3}|iv|[1-4])$", re.IGNORECASE)


def quarter_of(text: str | None) -> int | None:
    if text is None:
        return None
    match = _QUARTER.fullmatch(norm(text))
    return _ROMAN[match.group(1).lower()] if match else None


def _read_action_plans(t: Table) -> None:
    sheet, header, out, reader = t.sheet, t.header, t.out, t.reader
    cols = header.columns
    current: IndicatorPlans | None = None
    current_no: str | None = None
    plan: PlanRow | None = None
    criterion: CriterionRow | None = None
    last_raw = {"ra": None, "kk": None}
    for r, row in t.body():
        name = reader.text(row, cols["indicator"])
        number = reader.text(row, cols.get("no"))
        ra = reader.text(row, cols["ra"])
        kk = reader.text(row, cols["kk"])
        to = reader.text(row, cols["to"])
        if not any((name, ra, kk, to)):
            continue
        if name and (current is None or name != current.indicator or number != current_no):
            current = IndicatorPlans(name, sheet.name, r)
            current_no = number
            out.action_plans.append(current)
            plan = criterion = None
            last_raw = {"ra": None, "kk": None}
        if current is None:
            reader.error(r, cols["indicator"], "orphan_row")
            continue
        if ra and ra != last_raw["ra"]:
            numbered = _PREFIX["ra"].match(ra)
            plan = PlanRow(
                ra[numbered.end() :] if numbered else ra,
                number=int(numbered.group(1)) if numbered else None,
            )
            current.plans.append(plan)
            criterion = None
            last_raw = {"ra": ra, "kk": None}
        if plan is None:
            reader.error(r, cols["ra"], "orphan_row")
            continue
        if kk and kk != last_raw["kk"]:
            criterion = CriterionRow(_PREFIX["kk"].sub("", kk))
            plan.criteria.append(criterion)
            last_raw["kk"] = kk
        if to:
            if criterion is None:
                criterion = CriterionRow("")
                plan.criteria.append(criterion)
            when = reader.text(row, cols.get("when"))
            quarter = quarter_of(when)
            if quarter is None:
                reader.error(r, cols.get("when", cols["to"]), "bad_quarter", when or "")
                continue
            criterion.outputs.append(
                OutputRow(
                    _PREFIX["to"].sub("", to), quarter, reader.text(row, cols.get("responsible"))
                )
            )
    for item in out.action_plans:
        for p in item.plans:
            for k in p.criteria:
                if not k.outputs:
                    reader.errors.append(
                        CellError(
                            item.sheet, address(item.row, cols["kk"]), "no_output", k.text[:40]
                        )
                    )


_SUB_KSD = re.compile(r"\s*SUB KSD\s*:\s*", re.IGNORECASE)
_MONTH = re.compile(r"B\s*(0?[1-9]|1[0-2])\b", re.IGNORECASE)
#: Kaltara's Target Waktu names the month ("Maret 2025").
_MONTH_NAMES = tuple(m.lower() for m in MONTHS_ID)


def _read_ksd(t: Table) -> None:
    sheet, rows, header, out, reader = t.sheet, t.rows, t.header, t.out, t.reader
    cols = header.columns
    if out.ksd_year is None:
        out.ksd_year, _ = _title_info(rows, header.row)
    item: KsdItem | None = None
    for r, row in t.body():
        number = reader.text(row, cols.get("no"))
        name = reader.text(row, cols["ksd_name"])
        action = reader.text(row, cols["action"])
        new = name is not None and (
            item is None
            or number not in (None, item.number)
            or action not in (None, item.action_plan)
        )
        if new:
            assert name is not None
            main, *rest = _SUB_KSD.split(name, maxsplit=1)
            sub = rest[0] if rest else None
            capaian = reader.amount(row, r, cols.get("capaian"))
            item = KsdItem(
                number=number,
                ksd_number=reader.text(row, cols.get("ksd_no")),
                name=main.strip(),
                sub_name=(sub or "").strip() or None,
                action_plan=action or "",
                responsible_units=reader.text(row, cols.get("responsible")),
                related_agencies=reader.text(row, cols.get("agencies")),
                success_criteria=reader.text(row, cols.get("criteria")),
                capaian=capaian,
                notes=reader.text(row, cols.get("notes")),
                sheet=sheet.name,
                row=r,
                indicator=reader.text(row, cols.get("indicator")),
                indicator_cell=address(r, cols["indicator"]) if "indicator" in cols else "",
            )
            out.ksd.append(item)
        if item is None:
            continue
        month_text = reader.text(row, cols.get("month"))
        if month_text is None:
            continue
        months = [int(m) for m in _MONTH.findall(month_text)] or [
            n for n, word in enumerate(_MONTH_NAMES, start=1) if word in month_text.lower()
        ]
        if not months:
            reader.error(r, cols["month"], "bad_month", month_text)
            continue
        output = reader.text(row, cols.get("output"))
        for m in months:
            item.months[m] = output


_LEVELS = (
    (
        re.compile(
            r"^(?:pj\.?|plt\.?|plh\.?)?\s*(?:wakil )?(?:gubernur|walikota|wali kota|bupati)\b"
        ),
        "gubernur",
    ),
    (re.compile(r"sekretaris daerah"), "jpt_madya"),
    (
        re.compile(
            r"\b(?:kepala badan|kepala dinas|inspektur|asisten|sekretaris kota|kepala biro|kepala satuan|direktur|sekretaris dprd)\b"
        ),
        "jpt_pratama",
    ),
    (
        re.compile(
            r"\b(?:kepala bagian|kabag|kepala bidang|kabid|camat|sekretaris badan|sekretaris dinas|ketua kelompok)\b"
        ),
        "administrator",
    ),
    (
        re.compile(
            r"\b(?:kepala sub|kasubbag|kasubbid|kasubag|ketua subkelompok|kepala seksi|kasi|lurah|kepala upt)"
        ),
        "pengawas",
    ),
    (
        re.compile(r"\b(?:fungsional|analis|pranata|auditor|ahli|terampil|penyuluh|perencana)\b"),
        "fungsional",
    ),
)
_ESELON = {"i": "jpt_madya", "ii": "jpt_pratama", "iii": "administrator", "iv": "pengawas"}


def level_of(title: str, eselon: str | None) -> str:
    """The position level from an Eselon column or, failing that, from the jabatan's words."""
    if eselon:
        text = norm(eselon)
        for name in (
            "gubernur",
            "jpt_madya",
            "jpt_pratama",
            "administrator",
            "pengawas",
            "fungsional",
            "pelaksana",
        ):
            if text.replace(" ", "_") == name:
                return name
        match = re.match(r"(?:eselon )?(iv|iii|ii|i)\b", text)
        if match:
            return _ESELON[match.group(1)]
    lowered = norm(title)
    for pattern, level in _LEVELS:
        if pattern.search(lowered):
            return level
    return "pelaksana"


_ACTING = re.compile(r"^\s*(plt|plh|pj)(?:\.\s*|\s+)(?=\S)", re.IGNORECASE)
_ACTING_PREFIXES = {"plt": "Plt.", "plh": "Plh.", "pj": "Pj."}


def split_acting(text: str | None) -> tuple[str | None, str | None]:
    """("Plt.", "Kepala Dinas") from "Plt. Kepala Dinas"; (None, text) without a prefix.

    Staff write an acting official's prefix before the jabatan or before the name ("Plt. Drs.
    Budi"); it is an acting assignment, never part of the name or the title."""
    if not text:
        return None, text
    match = _ACTING.match(text)
    if match is None:
        return None, text
    return _ACTING_PREFIXES[match.group(1).lower()], text[match.end() :].strip()


def _read_officials(t: Table) -> None:
    sheet, header, out, reader = t.sheet, t.header, t.out, t.reader
    cols = header.columns
    for r, row in t.body():
        name = reader.text(row, cols["name"])
        title = reader.text(row, cols["title"])
        raw_nip = row[cols["nip"]] if cols["nip"] < len(row) else None
        if name is None and title is None and raw_nip is None:
            continue
        if name is None:
            reader.error(r, cols["name"], "empty_name")
            continue
        nip: str | None
        if isinstance(raw_nip, float | int) and not isinstance(raw_nip, bool):
            reader.error(
                r,
                cols["nip"],
                "nip_number",
                f"{raw_nip:.0f}" if isinstance(raw_nip, float) else raw_nip,
            )
            continue
        nip = reader.text(row, cols["nip"])
        if nip is not None:
            nip = nip.lstrip("'").strip() or None
        name_prefix, name = split_acting(name)
        title_prefix, title = split_acting(title)
        assert name is not None
        out.officials.append(
            OfficialRow(
                name=name,
                nip=nip,
                rank=reader.text(row, cols.get("rank")),
                title=title or "",
                unit=reader.text(row, cols.get("unit")),
                superior=reader.text(row, cols.get("superior")),
                level=level_of(title or "", reader.text(row, cols.get("level"))),
                sheet=sheet.name,
                row=r,
                cells={f: address(r, c) for f, c in cols.items()},
                acting=title_prefix or name_prefix,
            )
        )


def _read_metadata(t: Table) -> None:
    sheet, header, out, reader = t.sheet, t.header, t.out, t.reader
    cols = header.columns
    for r, row in t.body():
        name = reader.text(row, cols["indicator"])
        if name is None:
            continue
        values = {f: reader.text(row, c) or "" for f, c in cols.items() if f in METADATA_HEADERS}
        values["__cell__"] = f"{sheet.name}!{address(r, cols['indicator'])}"
        out.metadata.append((name, values))


_READERS: dict[str, Callable[[Table], None]] = {
    "pk": _read_pk,
    "program": _read_programs,
    "rincian": _read_rincian,
    "action_plan": _read_action_plans,
    "ksd": _read_ksd,
    "officials": _read_officials,
    "metadata": _read_metadata,
}


def read_tables(grid: WorkbookGrid) -> ParsedWorkbook:
    """Every recognised table of every visible sheet, with the cells that could not be read."""
    # The memos of cell texts start empty for each workbook: they hold one workbook's cells,
    # and a workbook read again costs what its first reading did.
    for memo in (norm, _bounds, _mapped):
        memo.cache_clear()
    out = ParsedWorkbook(grid.path, grid.reader, digest=grid.digest)
    for sheet in grid.sheets:
        if sheet.hidden:
            continue
        rows = sheet.filled()
        headers: list[Header] = []
        misses: list[tuple[int, str, list[str]]] = []
        r = 0
        while r < len(rows):
            header, miss = find_header(rows, r)
            if header is None:
                if miss is not None and not headers:
                    misses.append((r, *miss))
                r += 1
                continue
            if (
                headers
                and headers[-1].kind == header.kind
                and (header.signature == headers[-1].signature)
            ):
                r = header.body  # the header repeated on a new printed page
                continue
            headers.append(header)
            r = header.body
        if not headers:
            for r, kind, missing in misses[:1]:
                labels, _ = _labels(rows, r)
                _missing_header(out, sheet.name, r, kind, missing, labels)
            continue
        for i, header in enumerate(headers):
            end = headers[i + 1].row if i + 1 < len(headers) else len(rows)
            repeated = _repeats(rows, header, end)
            out.tables.append((sheet.name, header.kind, header.row + 1))
            _READERS[header.kind](Table(sheet, rows, header, end, repeated, out))
    return out


def _repeats(rows: list[list[Cell]], header: Header, end: int) -> set[int]:
    """Rows inside a table that repeat its header (page breaks) or number its columns."""
    skip: set[int] = set()
    span = header.body - header.row
    first = next((c for c, label in enumerate(header.signature) if label), 0)
    for r in range(header.body, end):
        row = rows[r]
        cell = row[first] if first < len(row) else None
        if (
            norm(cell) == header.signature[first]
            and tuple(norm(v) for v in row) == header.signature
        ):
            skip.update(range(r, min(end, r + span)))
            if r + span < end and _is_numbering(rows[r + span]):
                skip.add(r + span)
        elif _is_numbering(rows[r]):
            skip.add(r)
    return skip


def _missing_header(
    out: ParsedWorkbook, sheet: str, r: int, kind: str, missing: list[str], labels: list[str]
) -> None:
    header = _HEADER_WORDS.get(missing[0], missing[0])
    where = ""
    filled = [(c, label) for c, label in enumerate(labels) if label]
    if filled:
        c, label = filled[-1]
        where = f' (diharapkan setelah "{label}", kolom {column_letter(c + 1)})'
    out.errors.append(
        CellError(
            sheet,
            address(r, filled[-1][0] + 1 if filled else 0),
            "missing_header",
            "",
            (
                ("table", _TABLE_NAMES[kind]),
                ("row", str(r + 1)),
                ("header", header),
                ("where", where),
            ),
        )
    )
