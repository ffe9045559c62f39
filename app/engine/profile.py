"""Regional profile: every value that differs between regions, read from a JSON file.

A new region is a new `resources/profiles/<code>.json`, not new code (SPEC §3). The loader
lives in app/services and calls `Profile.from_dict(json.load(f))`; this module only validates
and answers questions (weight of a quality, whether it is forbidden, which band a capaian is
in), with lookups precomputed because scoring calls them tens of thousands of times.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Any, TypeVar

import msgspec

from app.engine.enums import Control, Level, ScoreMode, Validity, expected_values, parse_enum
from app.engine.numbers import to_decimal

E = TypeVar("E", bound=StrEnum)

_CODE = re.compile(r"^[a-z][a-z0-9_]*$")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class Category(msgspec.Struct, frozen=True, gc=False):
    """A sasaran category, e.g. ("strategis", "Sasaran Strategis")."""

    code: str
    label: str


class WeightCell(msgspec.Struct, frozen=True, gc=False):
    """One cell of Tabel 4.2; `derived` marks a weight PK Desk computed (activity-high)."""

    validity: Validity
    control: Control
    weight: Decimal
    derived: bool = False


class ForbiddenQuality(msgspec.Struct, frozen=True, gc=False):
    """A forbidden validity x control combination; `levels` empty means every level."""

    validity: Validity
    control: Control
    levels: frozenset[Level] = frozenset()

    def applies_to(self, level: Level | None) -> bool:
        return not self.levels or (level is not None and level in self.levels)


class StatusBand(msgspec.Struct, frozen=True, gc=False):
    """A colour band; `minimum` is the lowest capaian in the band (None for the bottom band)."""

    code: str
    label: str
    minimum: Decimal | None
    color: str


class ScaleItem(msgspec.Struct, frozen=True, gc=False):
    label: str
    value: Decimal
    description: str = ""


class Scale(msgspec.Struct, frozen=True, gc=False):
    """A predicate scale (audit opinion, survey category, SAKIP grade): label -> number."""

    code: str
    label: str
    items: tuple[ScaleItem, ...]

    def value_of(self, label: str) -> Decimal:
        """The number for a label (case-insensitive); ValueError listing the labels otherwise."""
        key = label.strip().casefold()
        for item in self.items:
            if item.label.casefold() == key:
                return item.value
        names = ", ".join(item.label for item in self.items)
        raise ValueError(f"unknown label {label!r} for scale '{self.code}' (expected {names})")

    def label_of(self, value: Decimal) -> str | None:
        for item in self.items:
            if item.value == value:
                return item.label
        return None


class PkDeadline(msgspec.Struct, frozen=True, gc=False):
    """When a PK must be set: `fixed` (month/day of the year, Kaltara 31 January) or
    `after_dpa` (months after the DPA is approved, DKI Instruksi Sekda 4/2024)."""

    rule: str
    month: int | None = None
    day: int | None = None
    months_after_dpa: int | None = None


class Deadlines(msgspec.Struct, frozen=True, gc=False):
    pk: PkDeadline
    metadata_days_after_signing: int = 14
    addendum_request_month: int = 7
    addendum_request_day: int = 20
    replacement_working_days: int = 15


class Layout(msgspec.Struct, frozen=True, gc=False):
    """A printed/exported layout: its name (chosen by the document code) and column titles."""

    name: str
    columns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Profile:
    code: str
    name: str
    region: str
    government_name: str
    signing_place: str
    categories: tuple[Category, ...]
    weights: Mapping[tuple[Validity, Control], WeightCell]
    forbidden: tuple[ForbiddenQuality, ...]
    jpt_levels: frozenset[Level]
    capaian_cap: Decimal
    capaian_floor: Decimal
    status_bands: tuple[StatusBand, ...]
    over_achievement_band: StatusBand | None
    scales: Mapping[str, Scale]
    deadlines: Deadlines
    nip_grouping: bool
    score_mode: ScoreMode
    documents: tuple[str, ...]
    layouts: Mapping[str, Layout]
    party_labels: Mapping[str, str] = field(default_factory=dict)
    logo: str | None = None

    def __hash__(self) -> int:
        # The mappings are not hashable; equal profiles share their code, so this is sound
        # and lets callers memoise per profile.
        return hash(self.code)

    def __repr__(self) -> str:
        return f"Profile(code={self.code!r}, name={self.name!r})"

    # ---- questions the engine asks -------------------------------------------------------

    def weight_of(self, validity: Validity | None, control: Control | None) -> WeightCell | None:
        """The table cell for a quality, or None (forbidden cell or unknown quality)."""
        if validity is None or control is None:
            return None
        return self.weights.get((validity, control))

    def forbidden_for(
        self, validity: Validity | None, control: Control | None, level: Level | None
    ) -> ForbiddenQuality | None:
        """The rule that forbids this quality at this level, if any."""
        if validity is None or control is None:
            return None
        for rule in self.forbidden:
            if rule.validity is validity and rule.control is control and rule.applies_to(level):
                return rule
        return None

    def is_jpt(self, level: Level | None) -> bool:
        """JPT (Pejabat Pimpinan Tinggi Madya, Pratama): the stricter quality rules apply.

        The Gubernur/Wakil Gubernur is a level of its own (seed 003 §2.1 lists "PK
        Gubernur/Wakil Gubernur" beside the JPT levels), so it is not JPT (SPEC §5.2).
        """
        return level is not None and level in self.jpt_levels

    def band_of(self, capaian: Decimal | None, raw: Decimal | None = None) -> StatusBand | None:
        """The colour band of a capaian; Melampaui when the raw ratio is above its threshold."""
        if capaian is None:
            return None
        over = self.over_achievement_band
        if over is not None and raw is not None and over.minimum is not None:
            if raw > over.minimum:
                return over
        chosen = self.status_bands[0]
        for band in self.status_bands:
            if band.minimum is None or capaian >= band.minimum:
                chosen = band
        return chosen

    def category(self, code: str) -> Category | None:
        for cat in self.categories:
            if cat.code == code:
                return cat
        return None

    def layout(self, document: str) -> Layout | None:
        return self.layouts.get(document)

    # ---- reading and writing -------------------------------------------------------------

    @classmethod
    def from_dict(cls, data: object) -> Profile:
        """Validate a profile JSON object; ValueError names the bad field ("weights.low.exact")."""
        d = _obj(data, "profile")
        _no_unknown(d, _TOP_KEYS, "")
        code = _text(d, "code", "")
        if not _CODE.match(code):
            raise ValueError(f"code: {code!r} must be lower-case letters, digits or '_'")
        categories = _categories(d.get("categories"), "categories")
        weights = _weights(_need(d, "weights", ""), "weights")
        forbidden = _forbidden(d.get("forbidden", []), "forbidden")
        for rule in forbidden:
            if not rule.levels and (rule.validity, rule.control) in weights:
                raise ValueError(
                    f"forbidden: {rule.validity}-{rule.control} is forbidden at every level "
                    "but has a weight in the table"
                )
        jpt = _levels(d.get("jpt_levels", ["jpt_madya", "jpt_pratama"]), "jpt_levels")
        cap = _number(d.get("capaian_cap", 100), "capaian_cap")
        floor = _number(d.get("capaian_floor", 0), "capaian_floor")
        if cap <= floor:
            raise ValueError("capaian_cap: must be greater than capaian_floor")
        bands = _bands(_need(d, "status_bands", ""), "status_bands")
        over = None
        if d.get("over_achievement_band") is not None:
            over = _band(d["over_achievement_band"], "over_achievement_band", min_key="above_raw")
            if over.minimum is None:
                raise ValueError("over_achievement_band.above_raw: a number is required")
        scales = _scales(d.get("scales", {}), "scales")
        deadlines = _deadlines(_need(d, "deadlines", ""), "deadlines")
        nip_grouping = _bool(d.get("nip_grouping", True), "nip_grouping")
        try:
            score_mode = parse_enum(ScoreMode, d.get("score_mode", "weighted"))
        except ValueError as exc:
            raise ValueError(f"score_mode: {exc}") from None
        documents = tuple(_str_list(d.get("documents", []), "documents"))
        layouts = _layouts(d.get("layouts", {}), "layouts")
        party = d.get("party_labels", {"first": "Pihak Pertama", "second": "Pihak Kedua"})
        party_labels = {
            k: _plain_text(v, f"party_labels.{k}") for k, v in _obj(party, "party_labels").items()
        }
        logo = d.get("logo")
        if logo is not None and not isinstance(logo, str):
            raise ValueError("logo: expected a file name or null")
        return cls(
            code=code,
            name=_text(d, "name", ""),
            region=_text(d, "region", ""),
            government_name=_text(d, "government_name", ""),
            signing_place=_text(d, "signing_place", ""),
            categories=categories,
            weights=MappingProxyType(weights),
            forbidden=forbidden,
            jpt_levels=jpt,
            capaian_cap=cap,
            capaian_floor=floor,
            status_bands=bands,
            over_achievement_band=over,
            scales=MappingProxyType(scales),
            deadlines=deadlines,
            nip_grouping=nip_grouping,
            score_mode=score_mode,
            documents=documents,
            layouts=MappingProxyType(layouts),
            party_labels=MappingProxyType(party_labels),
            logo=logo,
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form `from_dict` reads (for bundles carrying reference data)."""
        weights: dict[str, dict[str, Any]] = {}
        for control in Control:
            row: dict[str, Any] = {}
            for validity in Validity:
                cell = self.weights.get((validity, control))
                if cell is None:
                    continue
                w = _num_out(cell.weight)
                row[validity.value] = {"weight": w, "derived": True} if cell.derived else w
            if row:
                weights[control.value] = row
        pk = self.deadlines.pk
        pk_out: dict[str, Any] = {"rule": pk.rule}
        if pk.rule == "fixed":
            pk_out.update(month=pk.month, day=pk.day)
        else:
            pk_out["months_after_dpa"] = pk.months_after_dpa
        over = self.over_achievement_band
        return {
            "code": self.code,
            "name": self.name,
            "region": self.region,
            "government_name": self.government_name,
            "signing_place": self.signing_place,
            "categories": [{"code": c.code, "label": c.label} for c in self.categories],
            "weights": weights,
            "forbidden": [
                {
                    "validity": f.validity.value,
                    "control": f.control.value,
                    **({"levels": sorted(lv.value for lv in f.levels)} if f.levels else {}),
                }
                for f in self.forbidden
            ],
            "jpt_levels": [lv.value for lv in Level if lv in self.jpt_levels],
            "capaian_cap": _num_out(self.capaian_cap),
            "capaian_floor": _num_out(self.capaian_floor),
            "status_bands": [
                {
                    "code": b.code,
                    "label": b.label,
                    "min": None if b.minimum is None else _num_out(b.minimum),
                    "color": b.color,
                }
                for b in self.status_bands
            ],
            "over_achievement_band": None
            if over is None
            else {
                "code": over.code,
                "label": over.label,
                "above_raw": None if over.minimum is None else _num_out(over.minimum),
                "color": over.color,
            },
            "scales": {
                s.code: {
                    "label": s.label,
                    "items": [
                        {"label": i.label, "value": _num_out(i.value), "description": i.description}
                        for i in s.items
                    ],
                }
                for s in self.scales.values()
            },
            "deadlines": {
                "pk": pk_out,
                "metadata_days_after_signing": self.deadlines.metadata_days_after_signing,
                "addendum_request": {
                    "month": self.deadlines.addendum_request_month,
                    "day": self.deadlines.addendum_request_day,
                },
                "replacement_working_days": self.deadlines.replacement_working_days,
            },
            "nip_grouping": self.nip_grouping,
            "score_mode": self.score_mode.value,
            "documents": list(self.documents),
            "layouts": {
                k: {"name": v.name, "columns": list(v.columns)} for k, v in self.layouts.items()
            },
            "party_labels": dict(self.party_labels),
            "logo": self.logo,
        }


# ---- validation helpers (each error names its path) ------------------------------------------

_TOP_KEYS = frozenset(
    {
        "code",
        "name",
        "region",
        "government_name",
        "signing_place",
        "categories",
        "weights",
        "forbidden",
        "jpt_levels",
        "capaian_cap",
        "capaian_floor",
        "status_bands",
        "over_achievement_band",
        "scales",
        "deadlines",
        "nip_grouping",
        "score_mode",
        "documents",
        "layouts",
        "party_labels",
        "logo",
        "legal_basis",
        "description",
    }
)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _obj(value: object, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{path}: expected an object, got {type(value).__name__}")
    return value


def _no_unknown(d: Mapping[str, Any], known: Iterable[str], path: str) -> None:
    known_set = set(known)
    for key in d:
        # "_comment"-style keys let profile authors annotate the file.
        if key not in known_set and not str(key).startswith("_"):
            raise ValueError(f"{_join(path, str(key))}: unknown field")


def _need(d: Mapping[str, Any], key: str, path: str) -> Any:
    if key not in d or d[key] is None:
        raise ValueError(f"{_join(path, key)}: missing")
    return d[key]


def _plain_text(value: object, path: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{path}: expected non-empty text")
    return value.strip()


def _text(d: Mapping[str, Any], key: str, path: str) -> str:
    return _plain_text(_need(d, key, path), _join(path, key))


def _number(value: object, path: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise ValueError(f"{path}: expected a number, got {value!r}")
    number = to_decimal(value)
    if not number.is_finite():
        raise ValueError(f"{path}: expected a finite number")
    return number


def _int(value: object, path: str, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise ValueError(f"{path}: expected a whole number from {lo} to {hi}, got {value!r}")
    return value


def _bool(value: object, path: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{path}: expected true or false, got {value!r}")
    return value


def _str_list(value: object, path: str) -> list[str]:
    if not isinstance(value, list):
        raise ValueError(f"{path}: expected a list")
    return [_plain_text(v, f"{path}[{i}]") for i, v in enumerate(value)]


def _categories(value: object, path: str) -> tuple[Category, ...]:
    if not isinstance(value, list) or not value:
        raise ValueError(f"{path}: expected a non-empty list of {{code, label}}")
    out: list[Category] = []
    for i, item in enumerate(value):
        p = f"{path}[{i}]"
        d = _obj(item, p)
        code = _text(d, "code", p)
        if any(c.code == code for c in out):
            raise ValueError(f"{p}.code: duplicate category {code!r}")
        out.append(Category(code, _text(d, "label", p)))
    return tuple(out)


def _enum_key(kind: type[E], key: object, path: str) -> E:
    try:
        return parse_enum(kind, key)
    except ValueError:
        raise ValueError(
            f"{path}: unknown {kind.__name__.lower()} {key!r} (expected {expected_values(kind)})"
        ) from None


def _weights(value: object, path: str) -> dict[tuple[Validity, Control], WeightCell]:
    rows = _obj(value, path)
    out: dict[tuple[Validity, Control], WeightCell] = {}
    for control_key, row in rows.items():
        control = _enum_key(Control, control_key, f"{path}.{control_key}")
        for validity_key, cell in _obj(row, f"{path}.{control_key}").items():
            p = f"{path}.{control_key}.{validity_key}"
            validity = _enum_key(Validity, validity_key, p)
            derived = False
            if isinstance(cell, dict):
                _no_unknown(cell, {"weight", "derived", "note"}, p)
                derived = _bool(cell.get("derived", False), f"{p}.derived")
                cell = _need(cell, "weight", p)
            weight = _number(cell, p if not derived else f"{p}.weight")
            if weight < 0:
                raise ValueError(f"{p}: a weight cannot be negative")
            out[(validity, control)] = WeightCell(validity, control, weight, derived)
    if not out:
        raise ValueError(f"{path}: the weight table is empty")
    return out


def _levels(value: object, path: str) -> frozenset[Level]:
    if not isinstance(value, list):
        raise ValueError(f"{path}: expected a list of levels")
    return frozenset(_enum_key(Level, v, f"{path}[{i}]") for i, v in enumerate(value))


def _forbidden(value: object, path: str) -> tuple[ForbiddenQuality, ...]:
    if not isinstance(value, list):
        raise ValueError(f"{path}: expected a list")
    out = []
    for i, item in enumerate(value):
        p = f"{path}[{i}]"
        d = _obj(item, p)
        _no_unknown(d, {"validity", "control", "levels"}, p)
        validity = _enum_key(Validity, _need(d, "validity", p), f"{p}.validity")
        control = _enum_key(Control, _need(d, "control", p), f"{p}.control")
        levels = _levels(d["levels"], f"{p}.levels") if "levels" in d else frozenset()
        out.append(ForbiddenQuality(validity, control, levels))
    return tuple(out)


def _band(value: object, path: str, min_key: str = "min") -> StatusBand:
    d = _obj(value, path)
    _no_unknown(d, {"code", "label", min_key, "color"}, path)
    code = _text(d, "code", path)
    raw_min = d.get(min_key)
    minimum = None if raw_min is None else _number(raw_min, f"{path}.{min_key}")
    color = _text(d, "color", path)
    if not _COLOR.match(color):
        raise ValueError(f"{path}.color: expected a hex colour like #2E7D32, got {color!r}")
    return StatusBand(code, _text(d, "label", path), minimum, color)


def _bands(value: object, path: str) -> tuple[StatusBand, ...]:
    if not isinstance(value, list) or not value:
        raise ValueError(f"{path}: expected a non-empty list of bands")
    bands = tuple(_band(v, f"{path}[{i}]") for i, v in enumerate(value))
    if bands[0].minimum is not None:
        raise ValueError(f"{path}[0].min: the lowest band must have min null")
    previous = None
    for i, band in enumerate(bands[1:], start=1):
        if band.minimum is None or (previous is not None and band.minimum <= previous):
            raise ValueError(f"{path}[{i}].min: band minimums must increase")
        previous = band.minimum
    return bands


def _scales(value: object, path: str) -> dict[str, Scale]:
    d = _obj(value, path)
    out = {}
    for code, body in d.items():
        p = f"{path}.{code}"
        sd = _obj(body, p)
        _no_unknown(sd, {"label", "items"}, p)
        items_raw = _need(sd, "items", p)
        if not isinstance(items_raw, list) or not items_raw:
            raise ValueError(f"{p}.items: expected a non-empty list")
        items: list[ScaleItem] = []
        for i, item in enumerate(items_raw):
            ip = f"{p}.items[{i}]"
            idict = _obj(item, ip)
            _no_unknown(idict, {"label", "value", "description"}, ip)
            label = _text(idict, "label", ip)
            if any(x.label.casefold() == label.casefold() for x in items):
                raise ValueError(f"{ip}.label: duplicate label {label!r}")
            desc = idict.get("description") or ""
            if not isinstance(desc, str):
                raise ValueError(f"{ip}.description: expected text")
            items.append(ScaleItem(label, _number(_need(idict, "value", ip), f"{ip}.value"), desc))
        out[code] = Scale(code, _text(sd, "label", p), tuple(items))
    return out


def _deadlines(value: object, path: str) -> Deadlines:
    d = _obj(value, path)
    _no_unknown(
        d,
        {"pk", "metadata_days_after_signing", "addendum_request", "replacement_working_days"},
        path,
    )
    pk_d = _obj(_need(d, "pk", path), f"{path}.pk")
    rule = _text(pk_d, "rule", f"{path}.pk")
    if rule == "fixed":
        _no_unknown(pk_d, {"rule", "month", "day"}, f"{path}.pk")
        pk = PkDeadline(
            rule,
            month=_int(_need(pk_d, "month", f"{path}.pk"), f"{path}.pk.month", 1, 12),
            day=_int(_need(pk_d, "day", f"{path}.pk"), f"{path}.pk.day", 1, 31),
        )
    elif rule == "after_dpa":
        _no_unknown(pk_d, {"rule", "months_after_dpa"}, f"{path}.pk")
        months = _need(pk_d, "months_after_dpa", f"{path}.pk")
        pk = PkDeadline(rule, months_after_dpa=_int(months, f"{path}.pk.months_after_dpa", 0, 12))
    else:
        raise ValueError(f"{path}.pk.rule: unknown rule {rule!r} (expected fixed or after_dpa)")
    addendum = _obj(d.get("addendum_request", {"month": 7, "day": 20}), f"{path}.addendum_request")
    return Deadlines(
        pk=pk,
        metadata_days_after_signing=_int(
            d.get("metadata_days_after_signing", 14), f"{path}.metadata_days_after_signing", 0, 366
        ),
        addendum_request_month=_int(
            _need(addendum, "month", f"{path}.addendum_request"),
            f"{path}.addendum_request.month",
            1,
            12,
        ),
        addendum_request_day=_int(
            _need(addendum, "day", f"{path}.addendum_request"),
            f"{path}.addendum_request.day",
            1,
            31,
        ),
        replacement_working_days=_int(
            d.get("replacement_working_days", 15), f"{path}.replacement_working_days", 0, 366
        ),
    )


def _layouts(value: object, path: str) -> dict[str, Layout]:
    d = _obj(value, path)
    out = {}
    for doc, body in d.items():
        p = f"{path}.{doc}"
        if isinstance(body, str):
            out[doc] = Layout(_plain_text(body, p))
            continue
        bd = _obj(body, p)
        _no_unknown(bd, {"name", "columns"}, p)
        columns = tuple(_str_list(bd.get("columns", []), f"{p}.columns"))
        out[doc] = Layout(_text(bd, "name", p), columns)
    return out


def _num_out(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)
