"""Excel import: preview what a workbook will create or update, then apply it in one transaction.

`preview_import()` reads the workbook (`xlsx_read`), finds its tables (`xlsx_tables`) and
matches them against the database: officials by NIP, units by code or name, sasaran and IKU of
the target agreement by text, programs by name, KSD rows by action. Nothing is written. Every
unreadable cell is listed (`Sheet!C12: "abc" bukan angka`); a preview with errors cannot be
applied.

`apply_import()` redoes the matching inside ONE `db.transaction()` and writes: the existing
services (organisation, agreements, planning, matrix) join that transaction, so their checks
(signed agreements are read-only, NIP rules, unique codes) hold exactly as in the GUI; only the
many new sasaran, IKU and target rows of a large PK are inserted in bulk, with their audit rows
written alongside in the audit log's own format. Any error rolls everything back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.engine.numbers import format_id
from app.models import (
    ActionPlan,
    Agreement,
    AuditEntry,
    Goal,
    Indicator,
    Ksd,
    Official,
    PeriodValue,
    Program,
    Unit,
)
from app.models.audit import _text as audit_text
from app.models.base import DecimalText, UtcDateTime, utcnow
from app.models.changelog import record_bulk_inserts, record_inserted_rows, sequential_ids
from app.models.database import Database
from app.models.enums import GoalCategory, Period, PeriodConsolidation, UnitKind
from app.services import agreements, matrix, organisation, planning
from app.services._fields import coerce
from app.services.errors import InvalidInput, ServiceError
from app.services.xlsx_read import open_workbook, workbook_digest
from app.services.xlsx_tables import (
    METADATA_HEADERS,
    CellError,
    IndicatorRow,
    OfficialRow,
    ParsedWorkbook,
    Target,
    category_code,
    read_tables,
)


class ImportRefused(ServiceError):
    """The workbook cannot be imported as it is; nothing was written. `preview` lists why."""

    def __init__(self, message: str, preview: ImportPreview | None = None) -> None:
        super().__init__(message)
        self.preview = preview

    @classmethod
    def of(cls, preview: ImportPreview) -> ImportRefused:
        return cls(refusal_sentence(preview), preview)

    def text(self, lang: str = "id") -> str:
        return refusal_sentence(self.preview, lang) if self.preview else str(self)


@dataclass(slots=True)
class Change:
    """One line of the preview: what happens to which record."""

    action: str  # create / update / unchanged / skip
    entity: str  # unit, official, agreement, goal, indicator, program, action_plan, ksd, tick
    label: str
    detail: str = ""


@dataclass(slots=True)
class ImportPreview:
    path: str
    reader: str
    tables: list[tuple[str, str, int]]
    changes: list[Change] = field(default_factory=list)
    cell_errors: list[CellError] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # whole-workbook problems, one sentence each
    errors_en: list[str] = field(default_factory=list)  # the same in English
    warnings: list[str] = field(default_factory=list)
    warnings_en: list[str] = field(default_factory=list)  # the same in English
    agreement_id: str | None = None
    applied: bool = False
    parsed: ParsedWorkbook | None = field(default=None, repr=False)  # what apply may reuse

    @property
    def ok(self) -> bool:
        return not self.cell_errors and not self.errors

    def counts(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for change in self.changes:
            bucket = out.setdefault(change.entity, {})
            bucket[change.action] = bucket.get(change.action, 0) + 1
        return out

    def as_dict(self, lang: str = "id") -> dict[str, Any]:
        return {
            "file": self.path,
            "reader": self.reader,
            "status": "applied" if self.applied else ("ok" if self.ok else "error"),
            "agreement_id": self.agreement_id,
            "tables": [{"sheet": s, "kind": k, "header_row": r} for s, k, r in self.tables],
            "counts": self.counts(),
            "changes": [
                {"action": c.action, "entity": c.entity, "label": c.label, "detail": c.detail}
                for c in self.changes
            ],
            "errors": self.errors_en if lang == "en" else self.errors,
            "cell_errors": [e.as_dict(lang) for e in self.cell_errors],
            "warnings": self.warning_lines(lang),
        }

    def warning_lines(self, lang: str = "id") -> list[str]:
        return self.warnings_en if lang == "en" else self.warnings


# What an import creates or changes: entity -> (Indonesian, English)
ENTITY_LABELS: dict[str, tuple[str, str]] = {
    "unit": ("unit", "units"),
    "official": ("pejabat", "officials"),
    "agreement": ("perjanjian kinerja", "agreements"),
    "goal": ("sasaran", "goals"),
    "indicator": ("indikator", "indicators"),
    "program": ("program", "programs"),
    "action_plan": ("rencana aksi", "action plans"),
    "ksd": ("KSD", "KSD"),
    "tick": ("centang matriks", "matrix ticks"),
    "acting": ("Plt./Plh./Pj.", "acting assignments"),
}


def entity_label(entity: str, lang: str = "id") -> str:
    """The name of what an import row creates or changes, in `lang`."""
    pair = ENTITY_LABELS.get(entity)
    if pair is None:
        return entity
    return pair[1] if lang == "en" else pair[0]


def preview_import(
    db: Database,
    path: str | Path,
    *,
    agreement_id: str | None = None,
    unit_code: str | None = None,
    reader: str | None = None,
) -> ImportPreview:
    """Read and match the workbook; write nothing."""
    parsed = _parse(path, reader)
    with _no_gc_pauses(), db.session() as session:
        plan = _Plan(session, parsed, agreement_id, unit_code)
        plan.run(write=False)
        plan.preview.parsed = parsed
        return plan.preview


def apply_import(
    db: Database,
    path: str | Path,
    *,
    agreement_id: str | None = None,
    unit_code: str | None = None,
    reader: str | None = None,
    previewed: ImportPreview | None = None,
) -> ImportPreview:
    """Read, match and write the workbook in one transaction; ImportRefused if it has errors.

    `previewed`, the preview the user confirmed: its reading of the workbook is used again
    when the file is still byte for byte the one it read, so confirming costs no second read.
    """
    parsed = _previewed_reading(previewed, path, reader) or _parse(path, reader)
    if parsed.errors:
        raise ImportRefused.of(
            ImportPreview(parsed.path, parsed.reader, parsed.tables, cell_errors=parsed.errors)
        )
    with _no_gc_pauses(), db.transaction(f"Impor Excel {Path(path).name}") as session:
        plan = _Plan(session, parsed, agreement_id, unit_code, db=db)
        plan.run(write=True)
        if not plan.preview.ok:  # found while matching: everything written so far rolls back
            raise ImportRefused.of(plan.preview)
        plan.preview.applied = True
        return plan.preview


def _parse(path: str | Path, reader: str | None) -> ParsedWorkbook:
    with _no_gc_pauses():
        return read_tables(open_workbook(path, reader=reader))


def _previewed_reading(
    previewed: ImportPreview | None, path: str | Path, reader: str | None
) -> ParsedWorkbook | None:
    """The preview's reading of this workbook, if the file has not changed since (same bytes,
    same reader); None otherwise."""
    parsed = previewed.parsed if previewed is not None else None
    if parsed is None or parsed.path != str(Path(path)) or reader not in (None, parsed.reader):
        return None
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None  # the fresh reading says what is wrong with the file
    return parsed if workbook_digest(data) == parsed.digest else None


@contextlib.contextmanager
def _no_gc_pauses() -> Iterator[None]:
    """Hold the cyclic garbage collector while a sheet's many small objects are made.

    A 1,000-row sheet allocates hundreds of thousands of cells, rows and records; without
    this the collector walks them again and again (a third of the import's time), though
    nothing here makes reference cycles that need it before the import ends.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def refusal_sentence(preview: ImportPreview, lang: str = "id") -> str:
    if preview.errors:
        return preview.errors_en[0] if lang == "en" and preview.errors_en else preview.errors[0]
    n = len(preview.cell_errors)
    if lang == "en":
        return f"{n} cell(s) could not be read; nothing was imported. Fix them and import again."
    return f"{n} sel tidak dapat dibaca; tidak ada yang diimpor. Perbaiki lalu impor lagi."


# --- matching and writing ------------------------------------------------------------------


def _key(text: str | None) -> str:
    return " ".join((text or "").lower().split())


_UNIT_KINDS = (
    (r"\bkelurahan\b", UnitKind.KELURAHAN),
    (r"\bkecamatan\b", UnitKind.KECAMATAN),
    (r"\bsub ?bagian\b|\bsubbag", UnitKind.SUBBAGIAN),
    (r"\bsubkelompok\b|\bsub kelompok\b", UnitKind.SUBKELOMPOK),
    (r"\bbagian\b", UnitKind.BAGIAN),
    (r"\bbidang\b", UnitKind.BIDANG),
    (r"\basisten\b", UnitKind.ASISTEN),
    (r"\bsekretariat\b", UnitKind.SEKRETARIAT),
    (r"\bkota administrasi\b|\bkabupaten administrasi\b", UnitKind.KOTA_ADMINISTRASI),
    (r"\bupt\b|\buptd\b", UnitKind.UPTD),
    (r"\bpemerintah provinsi\b", UnitKind.GOVERNMENT),
)


def unit_kind_of(name: str) -> UnitKind:
    lowered = name.lower()
    for pattern, kind in _UNIT_KINDS:
        if re.search(pattern, lowered):
            return kind
    return UnitKind.PERANGKAT_DAERAH


def unit_code_of(name: str, taken: set[str]) -> str:
    """A short code from the name's initials ("Bagian Pemerintahan" -> "BP"), made unique."""
    words = [w for w in re.findall(r"[A-Za-z0-9]+", name) if w.lower() not in {"dan", "di", "dki"}]
    base = "".join(w[0] for w in words).upper()[:10] or "UNIT"
    code, n = base, 2
    while code.upper() in taken:
        code, n = f"{base}-{n}", n + 1
    taken.add(code.upper())
    return code


class _Plan:
    """Matches the parsed workbook against the database; with write=True also writes."""

    def __init__(
        self,
        session: Session,
        parsed: ParsedWorkbook,
        agreement_id: str | None,
        unit_code: str | None,
        db: Database | None = None,
    ) -> None:
        self.session = session
        self.db = db
        self.parsed = parsed
        self.agreement_id = agreement_id
        self.unit_code = unit_code
        self.preview = ImportPreview(parsed.path, parsed.reader, parsed.tables)
        self.preview.cell_errors.extend(parsed.errors)
        self.write = False
        self.change = self.preview.changes.append
        # name key -> ids in sheet order (seed 002 has two IKU of one name in one sasaran)
        self.indicator_ids: dict[str, list[str]] = {}
        self.row_ids: dict[int, str] = {}  # id(IndicatorRow) -> indicator id
        self.officials_by_key: dict[str, str | None] = {}
        self.actuals_only = False  # a signed agreement: only realisations are written
        self.created = False  # the agreement is one this import creates
        self.skipped_cumulative: list[str] = []  # new IKU whose "s.d. TWk" cannot be split

    # -- entry points ---------------------------------------------------------------------

    def run(self, *, write: bool) -> None:
        self.write = write
        parsed = self.parsed
        if parsed.is_empty() and not parsed.errors:
            self._refuse(
                f"Tidak ada tabel yang dikenali di {Path(parsed.path).name}: baris judul harus "
                "memuat kolom seperti No / Sasaran / Indikator Kinerja / Triwulan I–IV / "
                "Tahunan (PK), Rencana Aksi / Kriteria Keberhasilan / Target/Output, NAMA KSD, "
                "atau Nama / NIP / Jabatan (daftar pejabat).",
                f"No table recognised in {Path(parsed.path).name}: a header row must name "
                "columns such as No / Sasaran / Indikator Kinerja / Triwulan I–IV / Tahunan "
                "(PK), Rencana Aksi / Kriteria Keberhasilan / Target/Output, NAMA KSD, or "
                "Nama / NIP / Jabatan (list of officials).",
            )
            return
        self.unit = self._target_unit()
        if self.preview.errors:
            return
        self._officials()
        needs_agreement = bool(
            (parsed.pk and parsed.pk.indicators())
            or parsed.programs
            or parsed.rincian
            or parsed.action_plans
            or parsed.metadata
        )
        if needs_agreement:
            agreement = self._agreement()
            if agreement is None:
                return
            self._pk(agreement)
            self._programs(agreement)
            self._action_plans()
            self._ticks(agreement)
        if parsed.ksd:
            self._ksd()
        if self.skipped_cumulative:
            self._warn(
                f"Realisasi s.d. triwulan untuk {len(self.skipped_cumulative)} IKU baru tidak "
                "diimpor: tanpa realisasi triwulan sebelumnya, nilai kumulatif tidak dapat "
                "dipecah per triwulan. Impor kolom Realisasi Triwulan I–IV, atau isi di PK Desk.",
                f"Cumulative realisations of {len(self.skipped_cumulative)} new IKU were not "
                "imported: without the earlier quarters' realisations a cumulative value cannot "
                "be split by quarter. Import the Realisasi Triwulan I–IV columns, or enter them "
                "in PK Desk.",
            )

    # -- the target ------------------------------------------------------------------------

    def _target_unit(self) -> Unit | None:
        if self.agreement_id and self.unit_code:
            self._refuse(
                "Pilih salah satu: --agreement ID atau --unit KODE.",
                "Choose one: --agreement ID or --unit CODE.",
            )
            return None
        if self.agreement_id:
            agreement = self.session.get(Agreement, self.agreement_id)
            if agreement is None or agreement.deleted_at is not None:
                self._refuse(
                    f"Perjanjian kinerja dengan id {self.agreement_id} tidak ditemukan.",
                    f"There is no agreement with id {self.agreement_id}.",
                )
                return None
            if agreement.status in agreements.LOCKED_STATUSES and self._realisations_only():
                # Realisations are reported each quarter on the signed agreement itself.
                self.actuals_only = True
            elif agreement.status in agreements.LOCKED_STATUSES:
                self._refuse(
                    f"Perjanjian kinerja {agreement.year} milik {agreement.owner.name} sudah "
                    "ditandatangani; impor ke addendum atau ke perjanjian baru (--unit).",
                    f"The {agreement.year} agreement of {agreement.owner.name} is signed; "
                    "import into an addendum or a new agreement (--unit).",
                )
                return None
            self.preview.agreement_id = agreement.id
            return agreement.unit
        if self.unit_code:
            unit = self.session.scalar(
                select(Unit).where(func.lower(Unit.code) == self.unit_code.lower())
            )
            if unit is None:
                self._refuse(
                    f"Unit dengan kode {self.unit_code} tidak ditemukan; lihat 'pk-desk list units'.",
                    f"There is no unit with code {self.unit_code}; see 'pk-desk list units'.",
                )
            return unit
        parsed = self.parsed
        if parsed.pk or parsed.programs or parsed.rincian or parsed.action_plans or parsed.ksd:
            self._refuse(
                f"{Path(parsed.path).name} memuat tabel perjanjian/KSD; sebutkan tujuannya dengan "
                "--agreement ID (perjanjian yang ada) atau --unit KODE (perjanjian baru).",
                f"{Path(parsed.path).name} holds agreement/KSD tables; say where they go with "
                "--agreement ID (an existing agreement) or --unit CODE (a new agreement).",
            )
        return None

    def _realisations_only(self) -> bool:
        """The workbook brings realisations and nothing a signature freezes would change:
        only a PK-shaped table (its targets are compared, never written)."""
        parsed = self.parsed
        return bool(
            parsed.pk
            and any(row.actuals or row.cumulative for row in parsed.pk.indicators())
            and not (
                parsed.programs
                or parsed.rincian
                or parsed.action_plans
                or parsed.ksd
                or parsed.officials
                or parsed.metadata
                or any(row.marks for row in parsed.pk.indicators())
            )
        )

    def _refuse(self, text_id: str, text_en: str) -> None:
        self.preview.errors.append(text_id)
        self.preview.errors_en.append(text_en)

    def _warn(self, text_id: str, text_en: str) -> None:
        self.preview.warnings.append(text_id)
        self.preview.warnings_en.append(text_en)

    # -- organisation ----------------------------------------------------------------------

    def _find_unit(self, text: str) -> Unit | None:
        key = _key(text)
        return self.session.scalar(
            select(Unit).where((func.lower(Unit.code) == key) | (func.lower(Unit.name) == key))
        )

    def _officials(self) -> None:
        rows = self.parsed.officials
        if not rows:
            return
        session = self.session
        seen: dict[str, int] = {}
        by_name = {_key(r.name): r for r in rows}
        by_nip = {r.nip: r for r in rows if r.nip}
        new_units: dict[str, str | None] = {}
        taken = {c.upper() for c in session.scalars(select(Unit.code))}
        # Superiors first, so a subordinate can point at an official created in this import.
        ordered: list[OfficialRow] = []
        visiting: set[int] = set()

        def visit(row: OfficialRow) -> None:
            if id(row) in visiting or row in ordered:
                return
            visiting.add(id(row))
            sup = row.superior and (by_nip.get(row.superior) or by_name.get(_key(row.superior)))
            if sup and sup is not row:
                visit(sup)
            ordered.append(row)

        for row in rows:
            visit(row)
        for row in ordered:
            digits: str | None = None
            if row.nip:
                try:
                    digits = organisation.normalise_nip(row.nip)
                except InvalidInput as exc:
                    self._cell_error(row, "nip", "bad_nip", row.nip, detail=str(exc).rstrip("."))
                    continue
                if digits in seen:
                    self._cell_error(
                        row, "nip", "duplicate_nip", digits, detail=str(seen[digits] + 1)
                    )
                    continue
                seen[digits] = row.row
            unit_id: str | None = None
            if row.unit:
                unit = self._find_unit(row.unit)
                if unit is not None:
                    unit_id = unit.id
                elif _key(row.unit) in new_units:
                    unit_id = new_units[_key(row.unit)]
                else:
                    kind = unit_kind_of(row.unit)
                    code = unit_code_of(row.unit, taken)
                    parent, parent_name = self._parent_unit(row, by_nip, by_name, new_units)
                    detail = f"kode {code}, {kind.value}" + (
                        f", di bawah {parent_name}" if parent_name else ""
                    )
                    self.change(Change("create", "unit", row.unit, detail))
                    unit_id = None
                    if self.write:
                        unit_id = organisation.create_unit(
                            self.db,
                            code=code,
                            name=row.unit,
                            kind=kind,
                            parent_id=parent,
                            profile_code=self.unit.profile_code if self.unit else "dki",
                        )
                    new_units[_key(row.unit)] = unit_id
            superior_id: str | None = None
            if row.superior:
                superior_id = self._superior(row, by_nip, by_name)
                if superior_id == "":
                    continue
            existing = (
                session.scalar(select(Official).where(Official.nip == digits)) if digits else None
            )
            if existing is None and not digits:
                existing = session.scalar(
                    select(Official).where(func.lower(Official.name) == _key(row.name))
                )
            values = {
                "name": row.name,
                "rank": row.rank,
                "position_title": row.title or (existing.position_title if existing else row.name),
                "level": row.level,
                "unit_id": unit_id or (existing.unit_id if existing else None),
            }
            if superior_id:
                values["superior_id"] = superior_id
            label = f"{row.name} ({row.nip or 'tanpa NIP'})"
            if existing is None:
                self.change(Change("create", "official", label, f"{row.title}, {row.level}"))
                new_id = None
                if self.write:
                    new_id = organisation.create_official(
                        self.db,
                        name=row.name,
                        position_title=values["position_title"],
                        level=row.level or "pelaksana",
                        nip=digits,
                        rank=row.rank,
                        unit_id=values["unit_id"],
                        superior_id=superior_id,
                    )
                self._remember_official(row, digits, new_id)
                self._acting(row, new_id, values["unit_id"], None)
                continue
            diff = {
                k: v
                for k, v in values.items()
                if v is not None and k != "level" and getattr(existing, k) != coerce(Official, k, v)
            }
            self.change(
                Change(
                    "update" if diff else "unchanged", "official", label, ", ".join(sorted(diff))
                )
            )
            if diff and self.write:
                organisation.update_official(self.db, existing.id, **diff)
            self._remember_official(row, digits, existing.id)
            self._acting(row, existing.id, values["unit_id"], existing)

    def _parent_unit(
        self,
        row: OfficialRow,
        by_nip: dict[str, OfficialRow],
        by_name: dict[str, OfficialRow],
        new_units: dict[str, str | None],
    ) -> tuple[str | None, str | None]:
        """Where a new unit of the list goes: under its atasan's unit (the list's Unit and
        Atasan columns draw the tree: Bagian under Asisten under the Sekretariat), else under
        the unit chosen for the import, else at the top."""
        chosen = (self.unit.id, self.unit.name) if self.unit is not None else (None, None)
        text = row.superior
        if not text:
            return chosen
        above = by_nip.get(text) or by_name.get(_key(text))
        if above is not None and above is not row:
            if not above.unit or _key(above.unit) == _key(row.unit):
                return chosen
            found = self._find_unit(above.unit)
            if found is not None:
                return found.id, found.name
            if _key(above.unit) in new_units:
                return new_units[_key(above.unit)], above.unit
            return chosen
        digits = re.sub(r"\D", "", text)
        official = self.session.scalar(
            select(Official).where(
                (Official.nip == digits)
                if len(digits) == 18
                else (func.lower(Official.name) == _key(text))
            )
        )
        if official is not None and official.unit is not None:
            return official.unit.id, official.unit.name
        return chosen

    def _acting(
        self,
        row: OfficialRow,
        official_id: str | None,
        unit_id: str | None,
        existing: Official | None,
    ) -> None:
        """A Plt./Plh./Pj. written before the name or jabatan: an acting assignment from the
        day of the import (the list gives no date), unless one of that title is running."""
        if row.acting is None:
            return
        title = row.title or (existing.position_title if existing else "")
        label = f"{row.acting} {title} — {row.name}"
        if existing is not None:
            today = dt.date.today()
            for assignment in existing.acting_assignments:
                running = assignment.deleted_at is None and (
                    assignment.end_date is None or assignment.end_date >= today
                )
                if (
                    running
                    and assignment.prefix.value == row.acting
                    and _key(assignment.position_title) == _key(title)
                ):
                    self.change(Change("unchanged", "acting", label))
                    return
        self.change(Change("create", "acting", label, f"mulai {dt.date.today():%d-%m-%Y}"))
        if self.write and official_id:
            organisation.assign_acting(
                self.db,
                official_id,
                position_title=title,
                prefix=row.acting,
                start_date=dt.date.today(),
                unit_id=unit_id,
            )

    def _remember_official(
        self, row: OfficialRow, digits: str | None, official_id: str | None
    ) -> None:
        self.officials_by_key[_key(row.name)] = official_id
        if digits:
            self.officials_by_key[digits] = official_id

    def _superior(
        self, row: OfficialRow, by_nip: dict[str, OfficialRow], by_name: dict[str, OfficialRow]
    ) -> str | None:
        text = row.superior or ""
        digits = re.sub(r"\D", "", text)
        key = digits if len(digits) == 18 else _key(text)
        if key in self.officials_by_key:
            return self.officials_by_key[key] or "pending"
        found = self.session.scalar(
            select(Official).where(
                (Official.nip == digits)
                if len(digits) == 18
                else (func.lower(Official.name) == key)
            )
        )
        if found is not None:
            return found.id
        self._cell_error(row, "superior", "unknown_superior", text)
        return ""

    def _cell_error(
        self, row: OfficialRow, what: str, code: str, value: str, **params: str
    ) -> None:
        cell = row.cells.get(what, f"A{row.row + 1}")
        self.preview.cell_errors.append(
            CellError(row.sheet, cell, code, value, tuple(params.items()))
        )

    # -- the agreement ---------------------------------------------------------------------

    def _agreement(self) -> Agreement | None:
        session = self.session
        if self.preview.agreement_id:
            return session.get(Agreement, self.preview.agreement_id)
        unit = self.unit
        assert unit is not None
        pk = self.parsed.pk
        year = pk.year if pk else None
        if year is None:
            self._refuse(
                "Tahun perjanjian tidak ditemukan: tulis 'TAHUN 2024' di judul lembar PK, atau "
                "impor ke perjanjian yang ada dengan --agreement ID.",
                "The agreement's year was not found: write 'TAHUN 2024' in the PK sheet's "
                "title, or import into an existing agreement with --agreement ID.",
            )
            return None
        owner_info = pk.owner if pk else {}
        owner = self._owner(owner_info, unit)
        if owner is None:
            self._refuse(
                f"Pemilik perjanjian tidak ditemukan: tulis 'Nama :' dan 'NIP :' di atas tabel PK "
                f"(lembar {pk.sheet if pk else '?'}) atau daftarkan pejabatnya lebih dulu.",
                "The agreement's owner was not found: write 'Nama :' and 'NIP :' above the PK "
                f"table (sheet {pk.sheet if pk else '?'}) or register the official first.",
            )
            return None
        owner_id, owner_name, superior_id = owner
        acting = owner_info.get("acting")  # printed before the owner's title
        shown = (
            f"{unit.code}, {acting} {owner_info.get('jabatan', '')}".strip()
            if acting
            else unit.code
        )
        self.change(Change("create", "agreement", f"PK {year} {owner_name}", shown))
        if not self.write:
            return Agreement(
                id="(baru)", year=year, unit_id=unit.id, profile_code=unit.profile_code
            )
        if owner_id is None:
            owner_id = organisation.create_official(
                self.db,
                name=owner_name,
                position_title=owner_info.get("jabatan") or owner_name,
                level=_owner_level(owner_info),
                nip=owner_info.get("nip"),
                unit_id=unit.id,
            )
        profile = unit.profile_code
        new_id = agreements.create_agreement(
            self.db,
            year=year,
            unit_id=unit.id,
            owner_id=owner_id,
            superior_id=superior_id,
            profile_code=profile,
            signing_place=None,
            owner_title=owner_info.get("jabatan") if acting else None,
        )
        if acting:
            agreements.update_agreement(self.db, new_id, owner_prefix=acting)
        self.preview.agreement_id = new_id
        self.created = True
        return session.get(Agreement, new_id)

    def _owner(self, info: dict[str, str], unit: Unit) -> tuple[str | None, str, str | None] | None:
        session = self.session
        digits = re.sub(r"\D", "", info.get("nip", ""))
        if len(digits) == 18:
            if digits in self.officials_by_key:
                official_id = self.officials_by_key[digits]
                row = next(
                    (
                        r
                        for r in self.parsed.officials
                        if r.nip and re.sub(r"\D", "", r.nip) == digits
                    ),
                    None,
                )
                if official_id is None or self.write:
                    found = session.scalar(select(Official).where(Official.nip == digits))
                    if found is not None:
                        return found.id, found.name, found.superior_id
                return official_id, row.name if row else info.get("nama", ""), None
            found = session.scalar(select(Official).where(Official.nip == digits))
            if found is not None:
                return found.id, found.name, found.superior_id
        name = info.get("nama")
        if name:
            found = session.scalar(
                select(Official).where(
                    func.lower(Official.name) == _key(name), Official.unit_id == unit.id
                )
            )
            if found is not None:
                return found.id, found.name, found.superior_id
            if len(digits) == 18 or not digits:
                self.change(
                    Change(
                        "create",
                        "official",
                        f"{name} ({info.get('nip') or 'tanpa NIP'})",
                        info.get("jabatan", ""),
                    )
                )
                return None, name, None
        return None

    # -- PK content ------------------------------------------------------------------------

    def _pk(self, agreement: Agreement) -> None:
        parsed = self.parsed
        pk = parsed.pk
        existing_goals: dict[str, Goal] = {}
        existing_inds: dict[str, list[Indicator]] = {}
        if agreement.id != "(baru)" and not self.created:  # a PK made just now has none yet
            for goal in self.session.scalars(select(Goal).where(Goal.agreement_id == agreement.id)):
                existing_goals[_key(goal.text)] = goal
                for ind in goal.indicators:
                    existing_inds.setdefault(_key(ind.name), []).append(ind)
        rincian: dict[str, list[Any]] = {}
        for item in parsed.rincian:
            rincian.setdefault(_key(item.indicator), []).append(item)
        metadata: dict[str, list[dict[str, str]]] = {}
        for name, values in parsed.metadata:
            metadata.setdefault(_key(name), []).append(values)
        if pk is None:
            self._merge_only(existing_inds, rincian, metadata)
            return
        if self.actuals_only:
            for row in pk.indicators():
                ind = _take(existing_inds, _key(row.name))
                self._realise(row, self._checked_actuals(row, ind), ind)
            return
        from app.services.profiles import load_profile

        profile = load_profile(agreement.profile_code, self.session)
        profile_codes = [(c.code, c.label) for c in profile.categories]
        goal_rows: list[dict[str, Any]] = []
        ind_rows: list[dict[str, Any]] = []
        new_id = sequential_ids()
        value_rows: list[dict[str, Any]] = []
        logs: dict[str, dict[str, dict[str, str]]] = {}  # new IKU -> its targets for its audit row
        next_goal = len(existing_goals)
        categories: dict[str | None, GoalCategory] = {}  # category row -> its code, once each
        for goal in pk.goals:
            member = categories.get(goal.category)
            if member is None:
                member = GoalCategory(category_code(goal.category, profile_codes))
                categories[goal.category] = member
            category = member.value
            found = existing_goals.get(_key(goal.text))
            if found is None:
                self.change(Change("create", "goal", goal.text, category))
                goal_id = new_id()
                goal_rows.append(
                    {
                        "id": goal_id,
                        "agreement_id": agreement.id,
                        "text": goal.text.strip(),
                        "category": member,
                        "number": goal.number,
                        "position": next_goal,
                    }
                )
                next_goal += 1
                known: dict[str, Indicator] = {}
            else:
                goal_id = found.id
                known = {_key(i.name): i for i in found.indicators}
                self.change(Change("unchanged", "goal", goal.text))
            position = len(known)
            for row in goal.indicators:
                key = _key(row.name)
                ind = _take(existing_inds, key)
                actuals = self._checked_actuals(row, ind)
                targets = dict(row.targets)
                self._merge_rincian(row, targets, _take(rincian, key))
                meta = self._metadata_fields(_take(metadata, key))
                fields = {
                    "unit_of_measure": row.unit,
                    "source_system": row.source,
                    "measurement_text": row.measurement,
                    **meta,
                }
                if row.number and "number" not in meta:
                    fields["number"] = row.number
                if ind is None:
                    shown = _targets_text(targets) + _actuals_text(actuals)
                    self.change(Change("create", "indicator", row.name, shown))
                    ind_id = new_id()
                    self.indicator_ids.setdefault(key, []).append(ind_id)
                    self.row_ids[id(row)] = ind_id
                    clean = {
                        k: v.strip()
                        if isinstance(v, str) and k in _TEXT_FIELDS
                        else coerce(Indicator, k, v)
                        for k, v in fields.items()
                        if v not in (None, "")
                    }
                    ind_rows.append(
                        {
                            "id": ind_id,
                            "goal_id": goal_id,
                            "name": row.name.strip(),
                            "position": position,
                            **clean,
                        }
                    )
                    position += 1
                    logged = logs[ind_id] = {}
                    for period in [*targets, *(p for p in actuals if p not in targets)]:
                        target = targets.get(period) or Target()
                        value = {
                            "indicator_id": ind_id,
                            "period": _PERIODS[period],
                            "target": target.number,
                            "target_upper": target.upper,
                            "target_label": target.label,
                        }
                        if period in actuals:
                            value["actual"] = actuals[period]
                        value_rows.append(value)
                        if self.write:
                            _log_value(logged, period, target, value.get("actual"))
                else:
                    self.row_ids[id(row)] = ind.id
                    self.indicator_ids.setdefault(key, []).append(ind.id)
                    self._update_indicator(ind, fields, targets, row.name, actuals)
        if self.write:
            _insert(self.session, Goal, goal_rows, agreement.id)
            _insert(self.session, Indicator, ind_rows, agreement.id, extra=logs)
            _insert(self.session, PeriodValue, value_rows, agreement.id, audit=False)
        self._merge_only(existing_inds, rincian, metadata)

    def _merge_rincian(self, row: IndicatorRow, targets: dict[str, Target], rincian: Any) -> None:
        if rincian is None:
            return
        for period, target in rincian.targets.items():
            have = targets.get(period)
            if have is None:
                targets[period] = target
            elif have.number != target.number:
                self.preview.cell_errors.append(
                    CellError(
                        rincian.sheet,
                        f"A{rincian.row + 1}",
                        "target_conflict",
                        format_id(target.number, 2, trim=True),
                        (
                            ("period", period),
                            ("other", row.sheet),
                            ("other_value", format_id(have.number, 2, trim=True)),
                        ),
                    )
                )

    def _metadata_fields(self, values: dict[str, str] | None) -> dict[str, Any]:
        if not values:
            return {}
        out: dict[str, Any] = {}
        where = values.get("__cell__", "?!?").split("!")
        for field_name, text in values.items():
            if field_name not in METADATA_HEADERS or text == "":
                continue
            if field_name == "mandatory":
                out[field_name] = text.strip().lower() in {"ya", "yes", "1", "true", "wajib"}
                continue
            try:
                out[field_name] = coerce(Indicator, field_name, text)
            except InvalidInput:
                self.preview.cell_errors.append(
                    CellError(
                        where[0],
                        where[1],
                        "bad_choice",
                        text,
                        (("detail", METADATA_HEADERS[field_name]),),
                    )
                )
        return out

    def _merge_only(
        self,
        existing: dict[str, list[Indicator]],
        rincian: dict[str, list[Any]],
        metadata: dict[str, list[dict[str, str]]],
    ) -> None:
        """Rincian Target and metadata rows for indicators that are not in this workbook's PK."""
        for key, rows in rincian.items():
            for row in rows:
                ind = _take(existing, key)
                if ind is None:
                    self.preview.cell_errors.append(
                        CellError(
                            row.sheet, f"A{row.row + 1}", "unknown_indicator", row.indicator[:60]
                        )
                    )
                    continue
                self.indicator_ids.setdefault(key, []).append(ind.id)
                self._update_indicator(ind, {}, dict(row.targets), ind.name)
        for key, items in metadata.items():
            for values in items:
                ind = _take(existing, key)
                if ind is not None:
                    self._update_indicator(ind, self._metadata_fields(values), {}, ind.name)

    def _update_indicator(
        self,
        ind: Indicator,
        fields: dict[str, Any],
        targets: dict[str, Target],
        label: str,
        actuals: dict[str, Decimal] | None = None,
    ) -> None:
        changes = {
            k: v
            for k, v in fields.items()
            if v not in (None, "") and getattr(ind, k) != coerce(Indicator, k, v)
        }
        value_changes: dict[str, Target] = {}
        for period, target in targets.items():
            current = ind.value(Period(period))
            now = (current.target, current.target_upper) if current else (None, None)
            if now != (target.number, target.upper):
                value_changes[period] = target
        realised = self._new_actuals(ind, actuals or {})
        detail = ", ".join(
            [*sorted(changes), *sorted(value_changes), *(f"realisasi {p}" for p in realised)]
        )
        self.change(Change("update" if detail else "unchanged", "indicator", label, detail))
        if self.write:
            if changes:
                agreements.update_indicator(self.db, ind.id, **changes)
            for period, target in value_changes.items():
                agreements.set_period_values(
                    self.db, ind.id, period, target=target.number, target_upper=target.upper
                )
            for period, actual in realised.items():
                agreements.set_period_values(self.db, ind.id, period, actual=actual)

    @staticmethod
    def _new_actuals(ind: Indicator, actuals: dict[str, Decimal]) -> dict[str, Decimal]:
        out = {}
        for period, actual in actuals.items():
            current = ind.value(Period(period))
            if current is None or current.actual != actual:
                out[period] = actual
        return out

    def _checked_actuals(self, row: IndicatorRow, ind: Indicator | None) -> dict[str, Decimal]:
        """The row's realisations that the realisation service would accept (its bounds);
        each other one is a named cell."""
        out: dict[str, Decimal] = {}
        given = dict(row.actuals)
        if row.cumulative is not None:
            quarter, value = row.cumulative
            own = self._quarter_of_cumulative(row, ind, quarter, value)
            if own is not None:
                given.setdefault(f"TW{quarter}", own)
        for period, actual in given.items():
            try:
                out[period] = coerce(PeriodValue, "actual", actual)
            except InvalidInput as exc:
                self.preview.cell_errors.append(
                    CellError(
                        row.sheet,
                        row.actual_cells.get(period, f"A{row.row + 1}"),
                        "bad_value",
                        format_id(actual, 2, trim=True),
                        (("detail", str(exc).rstrip(".")),),
                    )
                )
        return out

    def _quarter_of_cumulative(
        self, row: IndicatorRow, ind: Indicator | None, quarter: int, value: Decimal
    ) -> Decimal | None:
        """The quarter's own realisation behind "Realisasi s.d. TWk", undoing the IKU's period
        consolidation against its earlier quarters (sum: minus them; average: times their
        count plus one, minus them; last: itself). Monthly IKU are left alone (said)."""
        if ind is None:
            if quarter == 1:
                return value  # s.d. TW1 is TW1's own
            self.skipped_cumulative.append(row.name)
            return None
        if any(v.period.value.startswith("B") and v.actual is not None for v in ind.values):
            self._warn(
                f"IKU '{row.name[:60]}' (lembar {row.sheet}) diukur bulanan; realisasi s.d. "
                f"TW{quarter} tidak diimpor — isi realisasi bulanannya di PK Desk.",
                f"IKU '{row.name[:60]}' (sheet {row.sheet}) is measured monthly; its realisation "
                f"up to TW{quarter} was not imported — enter its monthly values in PK Desk.",
            )
            return None
        earlier = [
            v.actual
            for q in range(1, quarter)
            if (v := ind.value(Period(f"TW{q}"))) is not None and v.actual is not None
        ]
        method = ind.period_consolidation or PeriodConsolidation.LAST
        if method is PeriodConsolidation.LAST or not earlier:
            own = value
        elif method is PeriodConsolidation.SUM:
            own = value - sum(earlier, Decimal(0))
        else:
            own = value * (len(earlier) + 1) - sum(earlier, Decimal(0))
        # a workbook holds binary floats: 94.17 * 2 - 93.99 must be 94.35, not 94.35000000001
        return Decimal(format(own.quantize(Decimal("1e-9")).normalize(), "f"))

    def _realise(
        self, row: IndicatorRow, actuals: dict[str, Decimal], ind: Indicator | None
    ) -> None:
        """Realisations for an IKU of a signed agreement; its targets stay as signed."""
        if ind is None:
            self.preview.cell_errors.append(
                CellError(row.sheet, f"C{row.row + 1}", "unknown_indicator", row.name[:60])
            )
            return
        differs = [
            period
            for period, target in row.targets.items()
            if (v := ind.value(Period(period))) is None or v.target != target.number
        ]
        if differs:
            self._warn(
                f"Target {', '.join(differs)} IKU '{row.name[:60]}' (lembar {row.sheet}) berbeda "
                "dengan perjanjian yang sudah ditandatangani; hanya realisasinya yang diimpor.",
                f"The {', '.join(differs)} targets of IKU '{row.name[:60]}' (sheet {row.sheet}) "
                "differ from the signed agreement; only its realisations were imported.",
            )
        self._update_indicator(ind, {}, {}, row.name, actuals)

    def _programs(self, agreement: Agreement) -> None:
        rows = self.parsed.programs
        if not rows:
            return
        existing = {}
        if agreement.id != "(baru)":
            existing = {
                _key(p.name): p
                for p in self.session.scalars(
                    select(Program).where(Program.agreement_id == agreement.id)
                )
            }
        for row in rows:
            found = existing.get(_key(row.name))
            money = f"Rp {format_id(row.budget, 0)}"
            if found is None:
                self.change(Change("create", "program", row.name, money))
                if self.write:
                    agreements.add_program(
                        self.db, agreement.id, name=row.name, budget=row.budget, note=row.note
                    )
            elif found.budget != row.budget or (found.note or None) != row.note:
                self.change(Change("update", "program", row.name, money))
                if self.write:
                    agreements.update_program(self.db, found.id, budget=row.budget, note=row.note)
            else:
                self.change(Change("unchanged", "program", row.name, money))

    def _action_plans(self) -> None:
        queues = {key: list(ids) for key, ids in self.indicator_ids.items()}
        for item in self.parsed.action_plans:
            key = _key(item.indicator)
            indicator_id = _take(queues, key)
            if indicator_id is None:
                self.preview.cell_errors.append(
                    CellError(
                        item.sheet, f"C{item.row + 1}", "unknown_indicator", item.indicator[:60]
                    )
                )
                continue
            existing: dict[str, ActionPlan] = {}
            if self.write or not indicator_id.startswith("("):
                existing = {
                    _key(p.text): p
                    for p in self.session.scalars(
                        select(ActionPlan).where(ActionPlan.indicator_id == indicator_id)
                    )
                }
            for plan in item.plans:
                outputs = sum(len(k.outputs) for k in plan.criteria)
                found = existing.get(_key(plan.text))
                if found is not None:
                    self.change(
                        Change("unchanged", "action_plan", plan.text[:80], f"{outputs} T/O")
                    )
                    continue
                self.change(
                    Change(
                        "create",
                        "action_plan",
                        plan.text[:80],
                        f"{len(plan.criteria)} KK, {outputs} T/O",
                    )
                )
                if not self.write:
                    continue
                plan_id = planning.add_action_plan(
                    self.db, indicator_id, text=plan.text, number=plan.number
                )
                for criterion in plan.criteria:
                    kk_id = planning.add_criterion(
                        self.db, plan_id, text=criterion.text or plan.text
                    )
                    for output in criterion.outputs:
                        planning.add_output(
                            self.db,
                            kk_id,
                            text=output.text,
                            due_quarter=output.quarter,
                            responsible=output.responsible,
                        )

    def _ticks(self, agreement: Agreement) -> None:
        pk = self.parsed.pk
        if pk is None or not pk.matrix_columns:
            return
        children = []
        if agreement.id != "(baru)":
            children = list(
                self.session.scalars(
                    select(Agreement).where(
                        Agreement.superior_id == agreement.owner_id,
                        Agreement.year == agreement.year,
                        Agreement.deleted_at.is_(None),
                    )
                )
            )
        resolved: dict[str, Agreement | None] = {}
        marked = {column for row in pk.indicators() for column, _ in row.marks}
        for column in pk.matrix_columns:
            resolved[column] = _match_child(column, children)
            if resolved[column] is None and column in marked:
                self._warn(
                    f"Kolom matriks '{column}' (lembar {pk.sheet}) tidak cocok dengan perjanjian "
                    "bawahan mana pun; centangnya tidak diterapkan. Buat dulu perjanjian bawahan "
                    "dengan atasan pemilik PK ini, lalu impor lagi.",
                    f"Matrix column '{column}' (sheet {pk.sheet}) matches no subordinate "
                    "agreement; its ticks were not applied. Create the subordinate agreement "
                    "under this PK's owner first, then import again.",
                )
        for row in pk.indicators():
            for column, note in row.marks:
                child = resolved.get(column)
                if child is None:
                    continue
                parent_id = self.row_ids.get(id(row))
                label = f"{row.name[:60]} → {column}"
                exists = (
                    parent_id is not None
                    and not parent_id.startswith("(")
                    and _has_link(self.session, parent_id, child.id)
                )
                if exists:
                    self.change(Change("unchanged", "tick", label, note or ""))
                    continue
                self.change(Change("create", "tick", label, note or ""))
                if self.write and parent_id:
                    self.session.flush()
                    matrix.tick(self.db, parent_id, child.id, note=note)

    def _ksd_indicator(self, item: Any, year: int) -> str | None:
        """The IKU a KSD row's IKU column names: an IKU of this workbook's PK, else one of the
        unit's agreements of that year (by name, or by its number); "" after a cell error."""
        if not item.indicator:
            return None
        key = _key(item.indicator)
        ids = self.indicator_ids.get(key)
        if ids:
            return str(ids[0])
        unit = self.unit
        assert unit is not None
        query = (
            select(Indicator.id, Indicator.name, Indicator.number)
            .join(Goal, Indicator.goal_id == Goal.id)
            .join(Agreement, Goal.agreement_id == Agreement.id)
            .where(
                Agreement.unit_id == unit.id,
                Agreement.year == year,
                Agreement.deleted_at.is_(None),
                Indicator.deleted_at.is_(None),
            )
            .order_by(Agreement.created_at.desc(), Goal.position, Indicator.position)
        )
        number = _indicator_number_key(item.indicator)
        candidates = list(self.session.execute(query))
        for indicator_id, name, _ in candidates:
            if _key(name) == key:
                return str(indicator_id)
        for indicator_id, _, ind_number in candidates:
            if ind_number and _key(ind_number).rstrip(".") == number:
                return str(indicator_id)
        self.preview.cell_errors.append(
            CellError(item.sheet, item.indicator_cell, "unknown_indicator", item.indicator[:60])
        )
        return ""

    def _ksd(self) -> None:
        unit = self.unit
        assert unit is not None
        year = self.parsed.ksd_year or (self.parsed.pk.year if self.parsed.pk else None)
        if year is None and self.preview.agreement_id:
            agreement = self.session.get(Agreement, self.preview.agreement_id)
            year = agreement.year if agreement else None
        if year is None:
            self._refuse(
                "Tahun KSD tidak ditemukan: tulis 'TAHUN 2024' di judul lembar KSD.",
                "The KSD year was not found: write 'TAHUN 2024' in the KSD sheet's title.",
            )
            return
        existing = {
            (_key(k.name), _key(k.action_plan)): k
            for k in self.session.scalars(
                select(Ksd).where(Ksd.unit_id == unit.id, Ksd.year == year)
            )
        }
        for item in self.parsed.ksd:
            months = " ".join(f"B{m:02d}" for m in sorted(item.months))
            indicator_id = self._ksd_indicator(item, year)
            if indicator_id == "":
                continue
            shown = months + (f", IKU {item.indicator[:60]}" if item.indicator else "")
            found = existing.get((_key(item.name), _key(item.action_plan)))
            if found is not None:
                have = {m.month: m.expected_output for m in found.months}
                relink = indicator_id is not None and found.indicator_id != indicator_id
                action = "unchanged" if have == item.months and not relink else "update"
                self.change(Change(action, "ksd", item.action_plan[:80], shown))
                if action == "update" and self.write:
                    for month, output in item.months.items():
                        planning.set_ksd_month(self.db, found.id, month, expected_output=output)
                    if relink:
                        planning.update_ksd(self.db, found.id, indicator_id=indicator_id)
                continue
            self.change(Change("create", "ksd", item.action_plan[:80], shown))
            if not self.write:
                continue
            ksd_id = planning.add_ksd(
                self.db,
                unit.id,
                year,
                name=item.name,
                action_plan=item.action_plan or item.name,
                ksd_number=item.ksd_number,
                sub_name=item.sub_name,
                responsible_units=item.responsible_units,
                related_agencies=item.related_agencies,
                success_criteria=item.success_criteria,
                capaian=item.capaian,
                notes=item.notes,
                indicator_id=indicator_id,
            )
            for month, output in sorted(item.months.items()):
                planning.set_ksd_month(self.db, ksd_id, month, expected_output=output or "")


_PERIODS = {p.value: p for p in Period}  # cheaper than calling Period() for every target


def _indicator_number_key(text: str) -> str:
    """ "IKU 1.2" / "1.2." -> "1.2": how a KSD row may name its IKU by number."""
    return re.sub(r"^(?:iku)\s*", "", _key(text)).rstrip(".")


def _take(queues: dict[str, list[Any]], key: str) -> Any:
    """The next item of that name, in sheet order (None when there is none left)."""
    items = queues.get(key)
    return items.pop(0) if items else None


def _owner_level(info: dict[str, str]) -> str:
    from app.services.xlsx_tables import level_of

    return level_of(info.get("jabatan", ""), None)


_TARGET_LABELS = (
    ("TW1", "TW1"),
    ("TW2", "TW2"),
    ("TW3", "TW3"),
    ("TW4", "TW4"),
    ("annual", "Tahunan"),
)


def _log_value(
    logged: dict[str, dict[str, str]], period: str, target: Target, actual: Decimal | None
) -> None:
    """One period's target and realisation, as the new IKU's audit row carries them."""
    if actual is not None:
        logged.setdefault("actuals", {})[period] = format(actual, "f")
    if target.number is None:
        return
    text = format(target.number, "f")
    if target.upper is not None:
        text = f"{text}–{format(target.upper, 'f')}"
    logged.setdefault("targets", {})[period] = text


def _targets_text(targets: dict[str, Target]) -> str:
    parts = []
    for period, label in _TARGET_LABELS:
        target = targets.get(period)
        number = target.number if target else None
        shown = "N/A" if number is None else f"{number.normalize():f}".replace(".", ",")
        parts.append(f"{label} {shown}")
    return ", ".join(parts)


def _actuals_text(actuals: dict[str, Decimal]) -> str:
    if not actuals:
        return ""
    return "; realisasi " + ", ".join(
        f"{'Tahunan' if p == 'annual' else p} {format_id(v, 2, trim=True)}"
        for p, v in sorted(actuals.items())
    )


def _match_child(column: str, children: list[Agreement]) -> Agreement | None:
    """The subordinate agreement a matrix column names ('Pem', 'Kesra', 'Bagian Umum').

    Tried in order, the first rule naming exactly one agreement wins: the unit code or one of
    its parts ends with the column ('JAKBAR-ASPEM' for 'Pem'); a word of the unit name or of
    the owner's jabatan equals it; a word starts with it.
    """
    key = _key(column).split(" ")[-1]
    if not key:
        return None
    texts = {
        child.id: re.findall(
            r"[a-z0-9]+",
            " ".join(
                filter(None, [child.unit.name, child.owner.position_title, child.owner_title])
            ).lower(),
        )
        for child in children
    }
    rules: list[Callable[[Agreement], bool]] = [
        lambda a: any(p.lower().endswith(key) for p in [a.unit.code, *a.unit.code.split("-")]),
        lambda a: key in texts[a.id],
        lambda a: len(key) >= 3 and any(w.startswith(key) for w in texts[a.id]),
    ]
    for rule in rules:
        found = [child for child in children if rule(child)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            return None  # ambiguous: leave it to the user
    return None


def _has_link(session: Session, parent_id: str, child_agreement_id: str) -> bool:
    from app.models import CascadeLink

    return (
        session.scalar(
            select(func.count())
            .select_from(CascadeLink)
            .join(Indicator, CascadeLink.child_indicator_id == Indicator.id)
            .join(Goal, Indicator.goal_id == Goal.id)
            .where(
                CascadeLink.parent_indicator_id == parent_id,
                Goal.agreement_id == child_agreement_id,
            )
        )
        or 0
    ) > 0


_TEXT_FIELDS = frozenset({"unit_of_measure", "source_system", "measurement_text", "number"})
_SKIPPED = frozenset({"id", "created_at", "updated_at", "revision", "deleted_at"})
_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def fast_uuid() -> str:
    """A random (version 4) UUID string, several times cheaper than str(uuid.uuid4())."""
    h = os.urandom(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:32]}"


def _stored(column: Any, values: list[Any]) -> list[Any]:
    """A column's values as its type would bind them (exact decimal text, enum value, UTC
    text), one comprehension per column: a function call per value cost more than the
    insert itself."""
    kind = column.type
    if isinstance(kind, DecimalText):
        return [None if v is None else format(v, "f") for v in values]
    if getattr(kind, "enum_class", None) is not None:
        # `_value_` is the member's plain attribute; `.value` is a property call per value
        return [v._value_ if isinstance(v, Enum) else v for v in values]
    if isinstance(kind, UtcDateTime):
        return [v.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f") if v else v for v in values]
    return values


def _insert(
    session: Session,
    model: type,
    rows: list[dict[str, Any]],
    agreement_id: str,
    *,
    audit: bool = True,
    extra: dict[str, dict[str, Any]] | None = None,
) -> None:
    """Insert many new records at once, each with one audit row holding all its fields.

    `extra` adds fields to a record's audit row (an IKU's row carries its targets, whose own
    rows are then inserted with `audit=False`: one audit row per IKU, not five).

    The flush hook writes one audit row per field; for the thousands of records of a large
    sheet that alone would exceed the import's time budget, so a bulk-inserted record gets a
    single "insert" row whose new value is its fields as JSON (field NULL), in the same
    action as the rest of the import. On SQLite the rows go straight to the driver's
    executemany (values converted as the column types would); elsewhere through Core.
    """
    if not rows:
        return
    now = utcnow()
    user = session.info.get("pk_desk_user", "unknown")
    action = session.info.get("pk_desk_action", "edit")
    table = model.__table__  # type: ignore[attr-defined]
    defaults = {
        c.name: c.default.arg
        for c in table.columns
        if c.default is not None and c.default.is_scalar
    }
    new_id = sequential_ids()
    for row in rows:
        for key, value in defaults.items():
            row.setdefault(key, value)
        if "id" not in row:
            row["id"] = new_id()
        row.update(created_at=now, updated_at=now, revision=1)
    connection = session.connection()
    mark = _PLACEHOLDERS.get(connection.dialect.paramstyle)
    extra = extra or {}
    if connection.dialect.name != "sqlite" or mark is None:
        # Bundles carry what the change log holds; a bulk insert is invisible to the flush hook.
        record_bulk_inserts(connection, table, rows, user)
        connection.execute(table.insert(), rows)
        if audit:
            entries = [
                dict(zip(_AUDIT_COLUMNS, values, strict=True))
                for values in _audit_rows(rows, table.name, now, user, action, agreement_id, extra)
            ]
            connection.execute(AuditEntry.__table__.insert(), entries)
        return
    stamp = now.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    written = sorted(set().union(*rows))
    # Column by column (one list comprehension each), then zipped into rows: about half the
    # time of converting row by row through a generator.
    by_column = [
        [stamp] * len(rows)
        if c in ("created_at", "updated_at")
        else _stored(table.columns[c], [r.get(c) for r in rows])
        for c in written
    ]
    nulls = {c: stored.count(None) for c, stored in zip(written, by_column, strict=True)}
    # A column NULL in every row is left out of the INSERT (SQLite stores NULL there all the
    # same): the driver binds each None through its adapter lookup, dearer than a value.
    kept = [
        i
        for i, c in enumerate(written)
        if nulls[c] < len(rows) or table.columns[c].server_default is not None
    ]
    columns = [written[i] for i in kept]
    values = list(zip(*(by_column[i] for i in kept), strict=True))
    last = connection.exec_driver_sql(f"SELECT max(rowid) FROM {table.name}").scalar() or 0
    connection.exec_driver_sql(_insert_sql(table.name, columns, mark), values)
    # Bundles carry what the change log holds; a bulk insert is invisible to the flush hook.
    # SQLite writes the revisions of the new rows (rowid past `last`) itself, in one statement.
    if not record_inserted_rows(connection, table, last, nulls, len(rows), user):
        record_bulk_inserts(connection, table, rows, user)
    if not audit:
        return
    # The values are already what the columns hold (text, numbers), ready for JSON.
    keep = [(i, c) for i, c in enumerate(columns) if c not in _SKIPPED]
    at_id = columns.index("id")
    encode = json.JSONEncoder(ensure_ascii=False).encode
    entity = str(table.name)  # a plain str: the driver binds a str subclass the slow way
    audit_values = [
        (
            new_id(),
            stamp,
            user,
            action,
            "insert",
            entity,
            v[at_id],
            encode({c: v[i] for i, c in keep if v[i] is not None} | extra.get(v[at_id], {})),
            agreement_id,
        )
        for v in values
    ]
    # field and old_value stay NULL: an "insert" row holds every field in new_value
    connection.exec_driver_sql(_insert_sql("audit_log", _BULK_AUDIT_COLUMNS, mark), audit_values)


_AUDIT_COLUMNS = (
    "id",
    "at",
    "user",
    "action",
    "operation",
    "entity",
    "entity_id",
    "field",
    "old_value",
    "new_value",
    "agreement_id",
)
_BULK_AUDIT_COLUMNS = tuple(c for c in _AUDIT_COLUMNS if c not in ("field", "old_value"))


def _audit_rows(
    rows: list[dict[str, Any]],
    entity: str,
    at: Any,
    user: str,
    action: str,
    agreement_id: str,
    extra: dict[str, dict[str, Any]],
) -> list[tuple[Any, ...]]:
    out = []
    field = None
    for row in rows:
        fields = {
            k: v if isinstance(v, str | int | float | bool) else audit_text(v)
            for k, v in row.items()
            if k not in _SKIPPED and v is not None
        } | extra.get(row["id"], {})
        out.append(
            (
                fast_uuid(),
                at,
                user,
                action,
                "insert",
                entity,
                row["id"],
                field,
                None,
                json.dumps(fields, ensure_ascii=False),
                agreement_id,
            )
        )
    return out


def _insert_sql(table: str, columns: Any, mark: str) -> str:
    quoted = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({quoted}) VALUES ({', '.join([mark] * len(columns))})"


def selection_unit_code(
    db: Database, kind: str, node_id: str, agreement_id: str | None
) -> str | None:
    """The unit a new agreement would be imported for, from what is selected in the tree."""
    with db.session() as session:
        if agreement_id is not None:
            agreement = session.get(Agreement, agreement_id)
            return agreement.unit.code if agreement is not None else None
        if kind == "unit":
            unit = session.get(Unit, node_id)
            return unit.code if unit is not None else None
        if kind == "official":
            official = session.get(Official, node_id)
            return official.unit.code if official is not None and official.unit else None
    return None
