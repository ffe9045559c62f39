"""The self-contained JSON scenario of `pk-desk score FILE.json` (SPEC §6.6).

`parse_scenario` checks the JSON shape and raises `ScenarioError` with one sentence naming
the JSON path of the first bad field. `score_scenario` converts the scenario into the same
input records the services build from the database, scores it with `score_agreement` and
runs the rules a scenario can judge, returning the JSON-ready result.

Beyond the contract's fields a scenario may carry, per indicator: `name`, `unit`,
`definition`, `formula`, `measuring_period` (monthly/quarterly/semester/annual), `scale` (a
predicate scale of the profile; targets and actuals are then labels such as "WTP"), range
targets as `{"min": 80, "max": 90}`, `rpjmd` (a key for Nilai Sasaran RPJMD) and
`milestones` (`[{"due_quarter": 1, "done": true, "done_quarter": 1}]`, giving the
realisation of a "persentase penyelesaian rencana aksi" IKU). With Raw Data location
consolidation, a location's `raw` holds the realisation's numerator/denominator per period and
`target_raw` the target's; its `targets` and `actuals` are percentages (actual = numerator /
denominator × 100, as seed 003 writes "100% (Rp 36 M)") or amounts (actual = numerator), read
from the values by `app.engine.raw_data`; a location that fits neither is refused. Every number
is checked against the bounds of `app.engine.numbers.check_bounds`. Unknown keys are ignored.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from decimal import (
    Clamped,
    Context,
    Decimal,
    DecimalException,
    InvalidOperation,
    Overflow,
    Rounded,
    Subnormal,
    Underflow,
)
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import msgspec

from app.engine.agreement import AgreementInput, GoalInput, IndicatorInput, LocationInput
from app.engine.enums import (
    CONTROL_BY_VALUE,
    MEASURING_PERIOD_BY_VALUE,
    PERIOD_CONSOLIDATION_BY_VALUE,
    POLARITY_BY_VALUE,
    VALIDITY_BY_VALUE,
    Control,
    Level,
    LocationConsolidation,
    MeasuringPeriod,
    PeriodConsolidation,
    Polarity,
    Validity,
    expected_values,
    parse_enum,
)
from app.engine.findings import Finding
from app.engine.messages import message_template, render, render_message
from app.engine.numbers import (
    MAX_MAGNITUDE,
    MIN_MAGNITUDE,
    NumberOutOfRange,
    check_bounds,
    json_number,
    to_decimal,
)
from app.engine.periods import AsOf, consolidate, parse_as_of
from app.engine.profile import Profile, Scale
from app.engine.raw_data import (
    MIXED,
    NEITHER,
    LocationValueError,
    ValueForm,
    is_percent_unit,
    location_forms,
)
from app.engine.rules import check_agreement
from app.engine.scoring import AgreementScore, IndicatorScore, score_agreement

if TYPE_CHECKING:  # milestones are rare: action_plans is imported when a scenario has them
    from app.engine.action_plans import ActionOutputFact

QUARTER_KEYS = ("TW1", "TW2", "TW3", "TW4")
ANNUAL_KEY = "annual"
SCENARIO_LEVELS = (
    Level.GUBERNUR,
    Level.JPT_MADYA,
    Level.JPT_PRATAMA,
    Level.ADMINISTRATOR,
    Level.PENGAWAS,
    Level.FUNGSIONAL,
)
# Metadata always judged in a scenario; the optional ones only for an indicator that has the key.
CORE_METADATA = frozenset({"targets", "polarity", "period_consolidation", "validity", "control"})
OPTIONAL_METADATA = ("unit", "definition", "formula", "measuring_period")


class ScenarioError(ValueError):
    """Invalid scenario input: one sentence starting with the JSON path of the bad field.

    `str()` is the English sentence; `sentence(lang)` gives it in the user's language
    (Indonesian by default), as the CLI's --lang asks."""

    def __init__(self, en: str, id_: str | None = None) -> None:
        super().__init__(en)
        self.indonesian = id_ or en

    def sentence(self, lang: str = "id") -> str:
        return str(self) if lang == "en" else self.indonesian


class Label(msgspec.Struct, frozen=True, gc=False):
    """A predicate label ("WTP") waiting for the profile's scale to give its number."""

    text: str
    path: str


class RangeValue(msgspec.Struct, frozen=True, gc=False):
    low: Decimal
    high: Decimal


RawValue = Decimal | Label | RangeValue | None
Slots = tuple[RawValue, RawValue, RawValue, RawValue]
RawPair = tuple[Decimal | None, Decimal | None]


class ScenarioLocation(msgspec.Struct, frozen=True, gc=False):
    id: str
    targets: Slots
    actuals: Slots
    raw: tuple[RawPair, ...] | None
    target_raw: tuple[RawPair, ...] | None


class ScenarioIndicator(msgspec.Struct, frozen=True, gc=False):
    path: str
    id: str
    name: str
    validity: Validity | None
    control: Control | None
    polarity: Polarity | None
    period_consolidation: PeriodConsolidation | None
    targets: Slots
    annual_target: RawValue
    actuals: Slots
    annual_actual: RawValue
    location_consolidation: LocationConsolidation | None
    locations: tuple[ScenarioLocation, ...]
    measuring_period: MeasuringPeriod | None
    unit: str | None
    definition: str | None
    formula: str | None
    scale: str | None
    rpjmd: str | None
    milestones: tuple[ActionOutputFact, ...] | None


class ScenarioGoal(msgspec.Struct, frozen=True, gc=False):
    """A goal as parsed; `plain` when every indicator is already a `Ready` engine input."""

    path: str
    id: str
    name: str
    indicators: tuple[ScenarioIndicator | Ready, ...]
    category: str | None
    rpjmd: str | None
    plain: bool = False


class Scenario(msgspec.Struct, frozen=True, gc=False):
    profile: str | None
    level: Level | None
    period: AsOf
    goals: tuple[ScenarioGoal, ...]
    # Per indicator id: the metadata fields its JSON can be judged on (rule missing_metadata).
    metadata_fields: Mapping[str, frozenset[str]]


# ---- parsing ---------------------------------------------------------------------------------


def _fail(path: str, problem: str, masalah: str) -> ScenarioError:
    """The error naming `path`, with the problem in English and in Indonesian."""
    return ScenarioError(f"{path}: {problem}", f"{path}: {masalah}")


def _describe(value: object, lang: str = "en") -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, dict):
        return "an object" if lang == "en" else "sebuah objek"
    if isinstance(value, list):
        return "a list" if lang == "en" else "sebuah daftar"
    return repr(value)


def _got(value: object) -> str:
    """The Indonesian 'got …' of an expected-type sentence."""
    return f"tertulis {_describe(value, 'id')}"


# What a scenario names, in Indonesian.
_KATA = {
    "goal": "sasaran",
    "indicator": "indikator",
    "location": "lokasi",
    "location consolidation": "konsolidasi lokasi",
    "validity": "validitas",
    "control": "kendali",
    "polarity": "polaritas",
    "period consolidation": "konsolidasi periode",
    "measuring period": "periode pengukuran",
}


def _object(value: object, path: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _fail(
            path, f"expected an object, got {_describe(value)}", f"harus objek, {_got(value)}"
        )
    return value


def _list(value: object, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise _fail(
            path, f"expected a list, got {_describe(value)}", f"harus daftar, {_got(value)}"
        )
    return value


def _ident(d: Mapping[str, Any], path: str, what: str) -> str:
    value = d.get("id")
    if value is None:
        raise _fail(f"{path}.id", f"missing {what} id", f"id {_KATA[what]} tidak ada")
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _fail(
            f"{path}.id", f"expected text, got {_describe(value)}", f"harus teks, {_got(value)}"
        )
    text = str(value).strip()
    if not text:
        raise _fail(f"{path}.id", f"empty {what} id", f"id {_KATA[what]} kosong")
    return text


def _opt_text(d: Mapping[str, Any], key: str, path: str) -> str | None:
    value = d.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(
            f"{path}.{key}", f"expected text, got {_describe(value)}", f"harus teks, {_got(value)}"
        )
    return value.strip() or None


def _opt_enum(d: Mapping[str, Any], key: str, kind: type[Any], what: str, path: str) -> Any:
    value = d.get(key)
    if value is None:
        return None
    try:
        return parse_enum(kind, value)
    except ValueError:
        raise _fail(
            f"{path}.{key}",
            f"unknown {what} {_describe(value)} (expected {expected_values(kind)})",
            f"{_KATA[what]} {_describe(value)} tidak dikenal (yang dikenal: "
            f"{expected_values(kind)})",
        ) from None


def _number(value: object, path: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise _fail(
            path, f"expected a number, got {_describe(value)}", f"harus angka, {_got(value)}"
        )
    if isinstance(value, float) and not math.isfinite(value):
        raise _fail(path, "expected a finite number", "harus angka yang terhingga")
    number = to_decimal(value)
    try:
        return check_bounds(number)
    except NumberOutOfRange as exc:
        raise _fail(path, exc.sentence("en"), exc.sentence("id")) from None
    except ValueError:
        raise _fail(path, "expected a finite number", "harus angka yang terhingga") from None


def _value(value: object, path: str, scaled: bool) -> RawValue:
    if value is None:
        return None
    if isinstance(value, str):
        if scaled:
            return Label(value, path)
        raise _fail(
            path,
            f"expected a number or null, got {_describe(value)}",
            f"harus angka atau null, {_got(value)}",
        )
    if isinstance(value, dict):
        unknown = set(value) - {"min", "max"}
        if unknown or "min" not in value or "max" not in value:
            raise _fail(
                path,
                'expected a number, null or a range {"min": …, "max": …}',
                'harus angka, null atau rentang {"min": …, "max": …}',
            )
        low, high = _number(value["min"], f"{path}.min"), _number(value["max"], f"{path}.max")
        if low > high:
            raise _fail(
                path,
                f"range minimum {value['min']} is above its maximum {value['max']}",
                f"batas bawah rentang {value['min']} melebihi batas atasnya {value['max']}",
            )
        return RangeValue(low, high)
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise _fail(
            path,
            f"expected a number or null, got {_describe(value)}",
            f"harus angka atau null, {_got(value)}",
        )
    return _number(value, path)


def _period_values(
    data: object, path: str, scaled: bool, allow_annual: bool = True
) -> tuple[Slots, RawValue]:
    if data is None:
        return (None, None, None, None), None
    d = _object(data, path)
    slots: list[RawValue] = [None, None, None, None]
    annual: RawValue = None
    expected = "TW1, TW2, TW3, TW4 or annual" if allow_annual else "TW1, TW2, TW3 or TW4"
    dikenal = "TW1, TW2, TW3, TW4 atau annual" if allow_annual else "TW1, TW2, TW3 atau TW4"
    for key, raw in d.items():
        if key in QUARTER_KEYS:
            slots[QUARTER_KEYS.index(key)] = _value(raw, f"{path}.{key}", scaled)
        elif key == ANNUAL_KEY and allow_annual:
            annual = _value(raw, f"{path}.{key}", scaled)
        else:
            raise _fail(
                path,
                f"unknown period {_describe(key)} (expected {expected})",
                f"periode {_describe(key)} tidak dikenal (yang dikenal: {dikenal})",
            )
    return (slots[0], slots[1], slots[2], slots[3]), annual


def _raw_pairs(data: object, path: str) -> tuple[RawPair, ...] | None:
    if data is None:
        return None
    d = _object(data, path)
    pairs: list[RawPair] = [(None, None)] * 4
    for key, raw in d.items():
        if key not in QUARTER_KEYS:
            raise _fail(
                path,
                f"unknown period {_describe(key)} (expected TW1, TW2, TW3 or TW4)",
                f"periode {_describe(key)} tidak dikenal (yang dikenal: TW1, TW2, TW3 atau TW4)",
            )
        p = f"{path}.{key}"
        if raw is None:
            continue
        entry = _object(raw, p)
        num = entry.get("numerator")
        den = entry.get("denominator")
        pairs[QUARTER_KEYS.index(key)] = (
            None if num is None else _number(num, f"{p}.numerator"),
            None if den is None else _number(den, f"{p}.denominator"),
        )
    return tuple(pairs)


def _location(data: object, path: str) -> ScenarioLocation:
    d = _object(data, path)
    loc_id = _ident(d, path, "location")
    targets, _ = _period_values(d.get("targets"), f"{path}.targets", False, allow_annual=False)
    actuals, _ = _period_values(d.get("actuals"), f"{path}.actuals", False, allow_annual=False)
    for i, v in enumerate(targets + actuals):
        if isinstance(v, RangeValue):
            which = "targets" if i < 4 else "actuals"
            raise _fail(
                f"{path}.{which}.{QUARTER_KEYS[i % 4]}",
                "a location value is a number",
                "nilai sebuah lokasi berupa satu angka",
            )
    return ScenarioLocation(
        loc_id,
        targets,
        actuals,
        _raw_pairs(d.get("raw"), f"{path}.raw"),
        _raw_pairs(d.get("target_raw"), f"{path}.target_raw"),
    )


def _milestones(data: object, path: str) -> tuple[ActionOutputFact, ...]:
    from app.engine.action_plans import ActionOutputFact

    out = []
    for i, item in enumerate(_list(data, path)):
        p = f"{path}[{i}]"
        d = _object(item, p)
        due = d.get("due_quarter")
        if isinstance(due, bool) or not isinstance(due, int) or not 1 <= due <= 4:
            raise _fail(
                f"{p}.due_quarter",
                f"expected 1, 2, 3 or 4, got {_describe(due)}",
                f"harus 1, 2, 3 atau 4, {_got(due)}",
            )
        done = d.get("done", False)
        if not isinstance(done, bool):
            raise _fail(
                f"{p}.done",
                f"expected true or false, got {_describe(done)}",
                f"harus true atau false, {_got(done)}",
            )
        done_q = d.get("done_quarter")
        if done_q is not None and (
            isinstance(done_q, bool) or not isinstance(done_q, int) or not 1 <= done_q <= 4
        ):
            raise _fail(
                f"{p}.done_quarter",
                f"expected 1, 2, 3, 4 or null, got {_describe(done_q)}",
                f"harus 1, 2, 3, 4 atau null, {_got(done_q)}",
            )
        if done and done_q is None:
            raise _fail(
                f"{p}.done_quarter",
                "a done milestone needs the quarter it was done in",
                "tonggak yang selesai perlu triwulan penyelesaiannya",
            )
        out.append(ActionOutputFact(due, None, done, done_q))
    return tuple(out)


def _indicator(data: object, path: str) -> ScenarioIndicator:
    d = _object(data, path)
    ind_id = _ident(d, path, "indicator")
    name = _opt_text(d, "name", path) or ind_id
    scale = _opt_text(d, "scale", path)
    scaled = scale is not None
    targets, annual_target = _period_values(d.get("targets"), f"{path}.targets", scaled)
    actuals, annual_actual = _period_values(d.get("actuals"), f"{path}.actuals", scaled)
    for i, v in enumerate(actuals + (annual_actual,)):
        if isinstance(v, RangeValue):
            key = QUARTER_KEYS[i] if i < 4 else ANNUAL_KEY
            raise _fail(
                f"{path}.actuals.{key}",
                "a realisation is a single number, not a range",
                "realisasi berupa satu angka, bukan rentang",
            )
    location_consolidation = _opt_enum(
        d, "location_consolidation", LocationConsolidation, "location consolidation", path
    )
    locations: tuple[ScenarioLocation, ...] = ()
    if d.get("locations") is not None:
        items = _list(d["locations"], f"{path}.locations")
        locations = tuple(_location(x, f"{path}.locations[{i}]") for i, x in enumerate(items))
        seen: set[str] = set()
        for i, loc in enumerate(locations):
            if loc.id in seen:
                raise _fail(
                    f"{path}.locations[{i}].id",
                    f"duplicate location id {loc.id!r}",
                    f"id lokasi {loc.id!r} ganda",
                )
            seen.add(loc.id)
        if locations and location_consolidation is None:
            raise _fail(
                f"{path}.location_consolidation",
                "required when locations are given (expected sum, average or raw)",
                "wajib bila lokasi diberikan (sum, average atau raw)",
            )
        if locations and scaled:
            raise _fail(
                f"{path}.locations",
                "a predicate-scale indicator cannot have locations",
                "indikator berskala predikat tidak dapat memiliki lokasi",
            )
    milestones = None
    if d.get("milestones") is not None:
        if d.get("actuals") is not None:
            raise _fail(
                f"{path}.milestones",
                "give either actuals or milestones, not both",
                "berikan actuals atau milestones, tidak keduanya",
            )
        milestones = _milestones(d["milestones"], f"{path}.milestones")
    return ScenarioIndicator(
        path=path,
        id=ind_id,
        name=name,
        validity=_opt_enum(d, "validity", Validity, "validity", path),
        control=_opt_enum(d, "control", Control, "control", path),
        polarity=_opt_enum(d, "polarity", Polarity, "polarity", path),
        period_consolidation=_opt_enum(
            d, "period_consolidation", PeriodConsolidation, "period consolidation", path
        ),
        targets=targets,
        annual_target=annual_target,
        actuals=actuals,
        annual_actual=annual_actual,
        location_consolidation=location_consolidation,
        locations=locations,
        measuring_period=_opt_enum(
            d, "measuring_period", MeasuringPeriod, "measuring period", path
        ),
        unit=_opt_text(d, "unit", path),
        definition=_opt_text(d, "definition", path),
        formula=_opt_text(d, "formula", path),
        scale=scale,
        rpjmd=_opt_text(d, "rpjmd", path),
        milestones=milestones,
    )


# ---- the fast path: the common indicator straight into engine inputs --------------------------
#
# A province sends tens of thousands of indicators in the plain shape: lower-case metadata,
# numbers, ranges or null per quarter. `_ready` builds their engine inputs in one pass, checking
# every value as `_indicator` would; anything else (a label, an alias such as "Take Last Known",
# locations, milestones, a bad value) returns None and goes the careful way, which either
# accepts it or names the JSON path of the problem.


class _Extra(msgspec.Struct):
    """What the result needs beyond the engine inputs (a Struct: made in C)."""

    name: str
    scale: Scale | None
    annual_actual: Decimal | None


class Ready(_Extra):
    """An indicator already converted to its engine input; itself the `_Extra` the result
    needs (one record made per indicator of a province rather than two)."""

    id: str
    input: IndicatorInput


_PERIOD_KEYS = frozenset((*QUARTER_KEYS, ANNUAL_KEY))
_NO_SLOTS = (None, None, None, None)
_HIGH, _LOW = MAX_MAGNITUDE, -MAX_MAGNITUDE


class _Careful(Exception):
    """This indicator is not in the plain shape: parse it the careful way."""


_INT_HIGH = int(MAX_MAGNITUDE)


def _fast_number(value: object) -> Decimal | None:
    """A JSON number within the bounds as a Decimal, None for null; else _Careful."""
    kind = type(value)
    if kind is Decimal:
        # 1e-9 <= |value| < 1e15 (or 0) by its exponent alone: no Decimal comparisons
        if -10 < value.adjusted() < 15 and value.is_finite():  # type: ignore[attr-defined]
            return value  # type: ignore[return-value]
        number: Decimal = value  # type: ignore[assignment]
    elif value is None:
        return None
    elif kind is int:
        if -_INT_HIGH < value < _INT_HIGH:  # type: ignore[operator]
            return Decimal(value)  # type: ignore[arg-type]
        number = Decimal(value)  # type: ignore[arg-type]
    else:
        raise _Careful
    if (
        number.is_finite()
        and _LOW <= number <= _HIGH
        and (not number or not -MIN_MAGNITUDE < number < MIN_MAGNITUDE)
    ):
        return number
    raise _Careful


def _fast_series(data: object) -> tuple[tuple[Decimal | None, ...], Decimal | None]:
    """(TW1..TW4, annual) from a plain periods object; else _Careful."""
    if data is None:
        return _NO_SLOTS, None
    if type(data) is not dict or not data.keys() <= _PERIOD_KEYS:
        raise _Careful
    get = data.get
    return (
        _fast_number(get("TW1")),
        _fast_number(get("TW2")),
        _fast_number(get("TW3")),
        _fast_number(get("TW4")),
    ), _fast_number(get(ANNUAL_KEY))


def _fast_target(value: object) -> Decimal | RangeValue | None:
    """A target: a number as `_fast_number`, or a range {"min": …, "max": …}; else _Careful."""
    if type(value) is not dict:
        return _fast_number(value)
    if value.keys() != _RANGE_KEYS:
        raise _Careful
    low, high = _fast_number(value["min"]), _fast_number(value["max"])
    if low is None or high is None or low > high:
        raise _Careful
    return RangeValue(low, high)


_RANGE_KEYS = frozenset(("min", "max"))


def _range_series(values: tuple[object, ...]) -> Series:
    """(TW1..TW4, annual) targets, ranges among them, from the five written values."""
    tw1, tw2, tw3, tw4, annual = map(_fast_target, values)
    return (tw1, tw2, tw3, tw4), annual  # type: ignore[return-value]


def _fast_targets(data: object) -> tuple[Series, bool]:
    """The targets of a periods dict and whether any is a range; else _Careful."""
    try:
        return _fast_series(data), False
    except _Careful:
        if type(data) is not dict or not data.keys() <= _PERIOD_KEYS:
            raise
        get = data.get
        return _range_series(
            (get("TW1"), get("TW2"), get("TW3"), get("TW4"), get(ANNUAL_KEY))
        ), True


def _fast_text(value: object) -> str | None:
    if value is None:
        return None
    if type(value) is str:
        return value.strip() or None
    raise _Careful


def _ready(d: dict[str, Any]) -> Ready | None:
    """The engine input of a plain indicator, or None when it needs the careful way."""
    get = d.get
    ind_id = get("id")
    if type(ind_id) is not str or not ind_id or ind_id.strip() != ind_id:
        return None
    if (
        get("scale") is not None
        or get("locations") is not None
        or get("location_consolidation") is not None
        or get("milestones") is not None
    ):
        return None
    try:
        validity = VALIDITY_BY_VALUE[get("validity")]
        control = CONTROL_BY_VALUE[get("control")]
        polarity = POLARITY_BY_VALUE[get("polarity")]
        consolidation = PERIOD_CONSOLIDATION_BY_VALUE[get("period_consolidation")]
        measuring = MEASURING_PERIOD_BY_VALUE[get("measuring_period")]
        targets, ranged = _fast_targets(get("targets"))
        actuals = _fast_series(get("actuals"))
        name = _fast_text(get("name"))
        unit = _fast_text(get("unit"))
        definition = _fast_text(get("definition"))
        formula = _fast_text(get("formula"))
        rpjmd = _fast_text(get("rpjmd"))
    except (_Careful, KeyError, TypeError):  # an alias, another spelling, a wrong type
        return None
    return _ready_input(
        ind_id,
        validity,
        control,
        polarity,
        consolidation,
        measuring,
        targets,
        actuals,
        (name, unit, definition, formula, rpjmd),
        ranged,
    )


Series = tuple[tuple[Decimal | None, ...], Decimal | None]


def _ready_input(
    ind_id: str,
    validity: Validity | None,
    control: Control | None,
    polarity: Polarity | None,
    consolidation: PeriodConsolidation | None,
    measuring: MeasuringPeriod | None,
    targets: Series,
    actuals: Series,
    texts: tuple[str | None, str | None, str | None, str | None, str | None],
    ranged: bool = False,
) -> Ready:
    """The Ready indicator from checked plain values (texts: name, unit, definition, formula,
    rpjmd); `ranged`: some targets are RangeValues, split into points and upper bounds as
    `scenario_to_agreement` splits them."""
    target_slots, annual_target = targets
    actual_slots, annual_actual = actuals
    name, unit, definition, formula, rpjmd = texts
    # An annual-only indicator writes only "annual": that is its TW4 value.
    if annual_target is not None and _no_values(target_slots):
        target_slots, annual_target = (None, None, None, annual_target), None
    if annual_actual is not None and _no_values(actual_slots):
        actual_slots, annual_actual = (None, None, None, annual_actual), None
    highs: tuple[Decimal | None, ...] | None = None
    annual_high = None
    if ranged:
        target_slots, highs = _split(target_slots)
        (annual_target,), annual_highs = _split((annual_target,))
        annual_high = None if annual_highs is None else annual_highs[0]
    return _ready_record(
        ind_id,
        name or ind_id,
        (validity, control, polarity, consolidation, measuring),
        target_slots,
        actual_slots,
        highs,
        annual_target,
        annual_high,
        annual_actual,
        (unit, definition, formula, rpjmd),
    )


def _ready_record(
    ind_id: str,
    shown: str,
    codes: tuple[Any, Any, Any, Any, Any],
    targets: tuple[Decimal | None, ...],
    actuals: tuple[Decimal | None, ...],
    highs: tuple[Decimal | None, ...] | None,
    annual_target: Decimal | None,
    annual_high: Decimal | None,
    annual_actual: Decimal | None,
    texts: tuple[str | None, str | None, str | None, str | None],
) -> Ready:
    """The Ready record and its engine input (codes: validity, control, polarity, period
    consolidation, measuring period; texts: unit, definition, formula, rpjmd)."""
    validity, control, polarity, consolidation, measuring = codes
    unit, definition, formula, rpjmd = texts
    return Ready(
        shown,
        None,
        annual_actual,
        ind_id,
        IndicatorInput(  # every field by position: keywords double the cost of the call
            ind_id,
            shown,
            validity,
            control,
            polarity,
            consolidation,
            targets,
            actuals,
            highs,
            annual_target,
            annual_high,
            measuring,
            None,  # location_consolidation
            (),  # locations
            unit,
            definition,
            formula,
            None,  # target_aspect
            None,  # scale
            rpjmd,
        ),
    )


def _no_values(slots: tuple[object, ...]) -> bool:
    """No slot has a value. By identity: `slots == _NO_SLOTS` compares each Decimal with None,
    which costs a Decimal several times what `is` does."""
    for value in slots:
        if value is not None:
            return False
    return True


_FIELD_SETS: dict[tuple[bool, ...], frozenset[str]] = {}


def _metadata_fields(raw: object) -> frozenset[str]:
    """The metadata an indicator's JSON can be judged on: the core fields and the optional
    ones it mentions (rule missing_metadata)."""
    # OPTIONAL_METADATA, spelled out: this runs once per indicator of a province
    present = (
        ("unit" in raw, "definition" in raw, "formula" in raw, "measuring_period" in raw)
        if type(raw) is dict
        else ()
    )
    return _fields_present(present)


def _fields_present(present: tuple[bool, ...]) -> frozenset[str]:
    """The metadata fields for which of unit, definition, formula, measuring_period are there."""
    found = _FIELD_SETS.get(present)
    if found is None:
        used = {k for k, here in zip(OPTIONAL_METADATA, present, strict=True) if here}
        found = _FIELD_SETS[present] = CORE_METADATA | used
    return found


Resolved = tuple["ScenarioIndicator | Ready", frozenset[str]]


def _from_dict(raw_ind: object, gpath: str, index: int) -> Resolved:
    """A decoded indicator (the `index`th of goal `gpath`): the fast way when plain, else the
    careful way; with its fields."""
    item: ScenarioIndicator | Ready | None = None
    if type(raw_ind) is dict:
        item = _ready(raw_ind)
    if item is None:
        item = _indicator(raw_ind, f"{gpath}.indicators[{index}]")
    return item, _metadata_fields(raw_ind)


def parse_scenario(data: object) -> Scenario:
    """Check a decoded JSON scenario; ScenarioError names the first bad field's JSON path."""
    return _parse(data, _from_dict)


def _parse(data: object, resolve: Callable[[Any, str, int], Resolved]) -> Scenario:
    """parse_scenario with `resolve` reading each indicator (a dict, a typed record or undecoded
    JSON) from it, the goal's path and its index there."""
    d = _object(data, "scenario")
    profile = d.get("profile")
    if profile is not None and (not isinstance(profile, str) or not profile.strip()):
        raise _fail(
            "profile",
            f"expected a profile code such as 'kaltara', got {_describe(profile)}",
            f"harus kode profil seperti 'kaltara', {_got(profile)}",
        )
    level = None
    if d.get("level") is not None:
        raw_level = d["level"]
        try:
            level = parse_enum(Level, raw_level)
        except ValueError:
            level = None
        if level not in SCENARIO_LEVELS:
            names = ", ".join(lv.value for lv in SCENARIO_LEVELS[:-1])
            raise _fail(
                "level",
                f"unknown level {_describe(raw_level)} (expected {names} or "
                f"{SCENARIO_LEVELS[-1].value})",
                f"jenjang {_describe(raw_level)} tidak dikenal (yang dikenal: {names} atau "
                f"{SCENARIO_LEVELS[-1].value})",
            )
    if d.get("period") is None:
        raise _fail(
            "period",
            "missing (expected TW1, TW2, TW3, TW4, S1 or annual)",
            "tidak ada (isi TW1, TW2, TW3, TW4, S1 atau annual)",
        )
    try:
        period = parse_as_of(d["period"])
    except ValueError:
        raise _fail(
            "period",
            f"unknown period {_describe(d['period'])} (expected TW1, TW2, TW3, TW4, S1 or annual)",
            f"periode {_describe(d['period'])} tidak dikenal (yang dikenal: TW1, TW2, TW3, TW4, "
            "S1 atau annual)",
        ) from None
    if "goals" not in d:
        raise _fail(
            "goals", "missing (expected a list of goals)", "tidak ada (harus daftar sasaran)"
        )
    goals = []
    goal_ids: dict[str, int] = {}
    indicator_ids: dict[str, tuple[int, int]] = {}
    metadata_fields: dict[str, frozenset[str]] = {}
    for gi, raw_goal in enumerate(_list(d["goals"], "goals")):
        gpath = f"goals[{gi}]"
        gd = _object(raw_goal, gpath)
        goal_id = _ident(gd, gpath, "goal")
        if goal_id in goal_ids:
            raise _fail(
                f"{gpath}.id",
                f"duplicate goal id {goal_id!r} (also goals[{goal_ids[goal_id]}])",
                f"id sasaran {goal_id!r} ganda (juga goals[{goal_ids[goal_id]}])",
            )
        goal_ids[goal_id] = gi
        if "indicators" not in gd:
            raise _fail(
                f"{gpath}.indicators",
                "missing (expected a list of indicators)",
                "tidak ada (harus daftar indikator)",
            )
        indicators: list[ScenarioIndicator | Ready] = []
        plain = True
        for ii, raw_ind in enumerate(_list(gd["indicators"], f"{gpath}.indicators")):
            item, fields = resolve(raw_ind, gpath, ii)
            if type(item) is not Ready:
                plain = False
            ind_id = item.id
            if ind_id in indicator_ids:
                first_goal, first_ind = indicator_ids[ind_id]
                raise _fail(
                    f"{gpath}.indicators[{ii}].id",
                    f"duplicate indicator id {ind_id!r} "
                    f"(also goals[{first_goal}].indicators[{first_ind}])",
                    f"id indikator {ind_id!r} ganda "
                    f"(juga goals[{first_goal}].indicators[{first_ind}])",
                )
            indicator_ids[ind_id] = (gi, ii)
            metadata_fields[ind_id] = fields
            indicators.append(item)
        goals.append(
            ScenarioGoal(
                gpath,
                goal_id,
                _opt_text(gd, "name", gpath) or goal_id,
                tuple(indicators),
                _opt_text(gd, "category", gpath),
                _opt_text(gd, "rpjmd", gpath),
                plain,
            )
        )
    return Scenario(
        profile=None if profile is None else profile.strip(),
        level=level,
        period=period,
        goals=tuple(goals),
        metadata_fields=metadata_fields,
    )


# ---- straight from the file's bytes ---------------------------------------------------------
#
# `parse_scenario_json` decodes a scenario once: the outline into Structs, each indicator into a
# typed Struct (enums checked in C, fractions read as Decimal from their digits), no dicts. Anything
# that does not fit (an alias, a label, locations, a bad value) goes through the dict path, and
# a scenario with any error at all is handed back (None) for `parse_scenario` to name it.

_Unset = msgspec.UnsetType
_UNSET = msgspec.UNSET


class _Periods(msgspec.Struct, forbid_unknown_fields=True):
    """A periods object; its values stay as decoded (int, Decimal, text...) for _fast_number,
    since msgspec would read the text "12" as a Decimal."""

    TW1: Any = None
    TW2: Any = None
    TW3: Any = None
    TW4: Any = None
    annual: Any = None


class _Indicator(msgspec.Struct):
    """An indicator as the contract writes it, every field checked in C as it is decoded.

    unit..measuring_period stay UNSET when absent (their presence is what rule
    missing_metadata judges). A label, a range or locations decode here too and are then read
    the careful way; anything else (an alias, a wrong type) fails the decode."""

    id: str | int
    name: str | None = None
    validity: Validity | None = None
    control: Control | None = None
    polarity: Polarity | None = None
    period_consolidation: PeriodConsolidation | None = None
    measuring_period: MeasuringPeriod | None | _Unset = _UNSET
    unit: str | None | _Unset = _UNSET
    definition: str | None | _Unset = _UNSET
    formula: str | None | _Unset = _UNSET
    rpjmd: str | None = None
    targets: _Periods | None = None
    actuals: _Periods | None = None
    scale: str | None = None
    location_consolidation: LocationConsolidation | None = None
    locations: list[Any] | None = None
    milestones: list[Any] | None = None


class _Goal(msgspec.Struct):
    id: Any = None
    name: Any = None
    category: Any = None
    rpjmd: Any = None
    indicators: list[msgspec.Raw] | _Unset = _UNSET


class _Outline(msgspec.Struct):
    profile: Any = None
    level: Any = None
    period: Any = None
    goals: list[_Goal] | _Unset = _UNSET


class _TypedGoal(_Goal):
    indicators: list[_Indicator] | _Unset = _UNSET


class _TypedOutline(_Outline):
    """The whole document in one decode, when every indicator fits `_Indicator`."""

    goals: list[_TypedGoal] | _Unset = _UNSET


# Fractions of the typed decoders are read within the bounds as they are decoded: a context
# whose exponents stop at 10^15 and 10^-9 refuses (raises) any other, and one with more digits
# than it keeps, so every fraction these decoders hand over needs no check of its own. A file
# with such a number is read the careful way (exact Decimals), which names or accepts it.
_BOUNDED = Context(
    prec=60,
    Emax=MAX_MAGNITUDE.adjusted() - 1,
    Emin=MIN_MAGNITUDE.adjusted(),
    traps=[InvalidOperation, Overflow, Underflow, Subnormal, Rounded, Clamped],
)
_bounded = _BOUNDED.create_decimal
_TYPED = msgspec.json.Decoder(_TypedOutline, float_hook=_bounded)
_OUTLINE = msgspec.json.Decoder(_Outline, float_hook=_bounded)
_INDICATOR = msgspec.json.Decoder(_Indicator, float_hook=_bounded)
_ANY = msgspec.json.Decoder(float_hook=Decimal)


def _plain_series(p: _Periods | None) -> Series:
    """(TW1..TW4, annual) of a plain periods object; else _Careful.

    A fraction decoded from JSON text is finite, so its exponent alone says whether it is
    well within the bounds: five such values or nulls (the common case) are taken as they are
    in one loop, without a call per value (ten values of each of 30,000 indicators); anything
    else goes through `_fast_number`."""
    if p is None:
        return _NO_SLOTS, None
    values = (p.TW1, p.TW2, p.TW3, p.TW4, p.annual)
    for value in values:
        if value is not None and (type(value) is not Decimal or not -10 < value.adjusted() < 15):
            values = tuple(map(_fast_number, values))
            break
    return values[:4], values[4]


def _plain_targets(p: _Periods | None) -> tuple[Series, bool]:
    """The targets of a periods object and whether any is a range; else _Careful."""
    try:
        return _plain_series(p), False
    except _Careful:
        if p is None:
            raise
        return _range_series((p.TW1, p.TW2, p.TW3, p.TW4, p.annual)), True


def _as_dict(p: _Indicator) -> dict[str, Any]:
    """The indicator's JSON object again (fields it did not write left out), for the careful
    way; a periods object keeps only its written values (a null reads as a missing one)."""
    d: dict[str, Any] = {}
    for key in p.__struct_fields__:
        value = getattr(p, key)
        if value is _UNSET:
            continue
        if type(value) is _Periods:
            value = {k: v for k in value.__struct_fields__ if (v := getattr(value, k)) is not None}
        d[key] = value
    return d


_NO_PERIODS = _Periods()
_DECIMAL_OR_NONE = frozenset((Decimal, type(None)))
_NUMBER_OR_NONE = frozenset((Decimal, int, type(None)))


def _from_struct(p: _Indicator, gpath: str, index: int) -> Resolved:
    """A decoded indicator: straight to its engine input when plain, else the careful way."""
    present = (
        p.unit is not _UNSET,
        p.definition is not _UNSET,
        p.formula is not _UNSET,
        p.measuring_period is not _UNSET,
    )
    fields = _FIELD_SETS.get(present) or _fields_present(present)
    ind_id = p.id
    if (
        type(ind_id) is not str
        or not ind_id
        or ind_id.strip() != ind_id
        or p.scale is not None
        or p.locations is not None
        or p.location_consolidation is not None
        or p.milestones is not None
    ):
        return _indicator(_as_dict(p), f"{gpath}.indicators[{index}]"), fields
    try:
        ready = _plain_ready(p, ind_id)
        if ready is None:  # a range among the targets
            targets, ranged = _plain_targets(p.targets)
            ready = _ready_input(
                ind_id,
                p.validity,
                p.control,
                p.polarity,
                p.period_consolidation,
                None if p.measuring_period is _UNSET else p.measuring_period,  # type: ignore[arg-type]
                targets,
                _plain_series(p.actuals),
                _plain_texts(p),
                ranged,
            )
        return ready, fields
    except _Careful:
        return _indicator(_as_dict(p), f"{gpath}.indicators[{index}]"), fields


def _plain_texts(
    p: _Indicator,
) -> tuple[str | None, str | None, str | None, str | None, str | None]:
    """name, unit, definition, formula and rpjmd: stripped, None when blank or absent."""
    return (
        p.name.strip() or None if p.name is not None else None,
        p.unit.strip() or None if type(p.unit) is str else None,
        p.definition.strip() or None if type(p.definition) is str else None,
        p.formula.strip() or None if type(p.formula) is str else None,
        p.rpjmd.strip() or None if p.rpjmd is not None else None,
    )


def _plain_ready(p: _Indicator, ind_id: str) -> Ready | None:
    """`_ready_input` of an indicator whose targets and actuals are plain numbers or nulls, in
    one function: no call per step for each of a province's 30,000 indicators. None when a
    target is a range; _Careful when a value is anything else."""
    t = p.targets or _NO_PERIODS
    a = p.actuals or _NO_PERIODS
    values = (t.TW1, t.TW2, t.TW3, t.TW4, t.annual, a.TW1, a.TW2, a.TW3, a.TW4, a.annual)
    # Fractions come bounded from the decoder (`_BOUNDED`); whole numbers are read into it here.
    if not _DECIMAL_OR_NONE.issuperset(map(type, values)):
        if not _NUMBER_OR_NONE.issuperset(map(type, values)):
            if dict in map(type, (t.TW1, t.TW2, t.TW3, t.TW4, t.annual)):
                return None  # a range
            raise _Careful
        try:
            values = tuple([_bounded(v) if type(v) is int else v for v in values])
        except DecimalException:  # ±10^15 itself, or beyond the bounds (then _Careful)
            values = tuple(map(_fast_number, values))
    targets = values[:4]
    annual_target = values[4]
    actuals = values[5:9]
    annual_actual = values[9]
    # An annual-only indicator writes only "annual": that is its TW4 value.
    if annual_target is not None and _no_values(targets):
        targets, annual_target = (None, None, None, annual_target), None
    if annual_actual is not None and _no_values(actuals):
        actuals, annual_actual = (None, None, None, annual_actual), None
    name = p.name
    unit, definition, formula, rpjmd = p.unit, p.definition, p.formula, p.rpjmd
    measuring = p.measuring_period
    return _ready_record(
        ind_id,
        (name.strip() or ind_id) if name is not None else ind_id,
        (
            p.validity,
            p.control,
            p.polarity,
            p.period_consolidation,
            None if measuring is _UNSET else measuring,
        ),
        targets,
        actuals,
        None,
        annual_target,
        None,
        annual_actual,
        (
            unit.strip() or None if type(unit) is str else None,
            definition.strip() or None if type(definition) is str else None,
            formula.strip() or None if type(formula) is str else None,
            rpjmd.strip() or None if rpjmd is not None else None,
        ),
    )


def _from_json(raw: msgspec.Raw, gpath: str, index: int) -> Resolved:
    """An undecoded indicator: typed when it fits, else decoded and read the dict way."""
    try:
        p = _INDICATOR.decode(raw)
    except (msgspec.ValidationError, DecimalException):
        return _from_dict(_ANY.decode(raw), gpath, index)
    return _from_struct(p, gpath, index)


def parse_scenario_json(data: bytes, keep: list[object] | None = None) -> Scenario | None:
    """`parse_scenario` of a JSON document's bytes, or None when it is not valid JSON or not a
    valid scenario: then decode it and call `parse_scenario`, which names the problem exactly
    as it always has (the first bad field, or the file's own JSON error).

    The whole document is decoded once into typed records when every indicator fits
    `_Indicator`; otherwise each indicator is decoded on its own, the odd ones as dicts.
    `keep`, when given, receives the decoded document instead of letting it be freed: a
    command that ends the process at once skips freeing a province's 30,000 records (25 ms)."""
    try:
        try:
            outline: _Outline = _TYPED.decode(data)
            resolve: Callable[[Any, str, int], Resolved] = _from_struct
        except msgspec.ValidationError:
            outline = _OUTLINE.decode(data)
            resolve = _from_json
        if keep is not None:
            keep.append(outline)
        goals: list[dict[str, Any]] | None = None
        if outline.goals is not _UNSET:
            goals = []
            for g in outline.goals:  # type: ignore[union-attr]
                gd = {"id": g.id, "name": g.name, "category": g.category, "rpjmd": g.rpjmd}
                if g.indicators is not _UNSET:
                    gd["indicators"] = g.indicators
                goals.append(gd)
        d: dict[str, Any] = {"profile": outline.profile, "level": outline.level}
        d["period"] = outline.period
        if goals is not None:
            d["goals"] = goals
        return _parse(d, resolve)
    except (
        ScenarioError,
        msgspec.ValidationError,
        msgspec.DecodeError,
        RecursionError,
        DecimalException,  # a fraction out of `_BOUNDED`
    ):
        return None


# ---- conversion to engine inputs ----------------------------------------------------------


def _scale_of(ind: ScenarioIndicator, profile: Profile) -> Scale | None:
    if ind.scale is None:
        return None
    scale = profile.scales.get(ind.scale)
    if scale is None:
        names = ", ".join(profile.scales) or "none"
        raise _fail(
            f"{ind.path}.scale",
            f"unknown scale {ind.scale!r} in profile '{profile.code}' (expected {names})",
            f"skala {ind.scale!r} tidak dikenal di profil '{profile.code}' (yang dikenal: {names})",
        )
    return scale


def _resolve(value: RawValue, scale: Scale | None) -> RawValue:
    if isinstance(value, Label):
        assert scale is not None
        try:
            return scale.value_of(value.text)
        except ValueError as exc:
            names = ", ".join(item.label for item in scale.items)
            raise _fail(
                value.path,
                str(exc),
                f"label {value.text!r} tidak dikenal untuk skala '{scale.code}' (yang dikenal: "
                f"{names})",
            ) from None
    return value


def _split(
    values: tuple[RawValue, ...],
) -> tuple[tuple[Decimal | None, ...], tuple[Decimal | None, ...] | None]:
    """Points and (when any range is present) the upper bounds, points repeating as bounds."""
    lows: list[Decimal | None] = []
    highs: list[Decimal | None] = []
    ranged = False
    for v in values:
        if isinstance(v, RangeValue):
            lows.append(v.low)
            highs.append(v.high)
            ranged = True
        else:
            assert not isinstance(v, Label), "labels are resolved before splitting"
            lows.append(v)
            highs.append(v)
    return tuple(lows), (tuple(highs) if ranged else None)


def _loc_input(loc: ScenarioLocation, form: str | None = None) -> LocationInput:
    numerators = denominators = target_numerators = target_denominators = None
    if loc.raw is not None:  # (numerator, denominator) per quarter -> the two series
        numerators, denominators = zip(*loc.raw, strict=True)
    if loc.target_raw is not None:
        target_numerators, target_denominators = zip(*loc.target_raw, strict=True)
    return LocationInput(
        loc.id,
        loc.targets,  # type: ignore[arg-type]
        loc.actuals,  # type: ignore[arg-type]
        numerators,
        denominators,
        target_numerators,
        target_denominators,
        form,
    )


def _located(ind: ScenarioIndicator) -> tuple[LocationInput, ...]:
    """The children as engine inputs; with Raw Data each carries its form (SPEC §6.2), and a
    child whose values fit no form is refused with a sentence naming it."""
    locations = tuple(map(_loc_input, ind.locations))
    if ind.location_consolidation is not LocationConsolidation.RAW or not locations:
        return locations
    hint = ValueForm.PERCENT if is_percent_unit(ind.unit) else None
    try:
        forms = location_forms(locations, hint)
    except LocationValueError as exc:
        raise _fail(
            f"{ind.path}.locations[{exc.index}]", _form_problem(exc), _form_problem(exc, "id")
        ) from None
    return tuple(
        _loc_input(loc, form.value) for loc, form in zip(ind.locations, forms, strict=True)
    )


def _form_problem(exc: LocationValueError, lang: str = "en") -> str:
    name = repr(exc.location_id)
    if lang != "en":
        di = "" if exc.slot is None else f" pada {QUARTER_KEYS[exc.slot]}"
        if exc.problem == NEITHER:
            return (
                f"lokasi {name}{di}: realisasinya bukan pembilang / penyebut × 100 (persentase) "
                "dan bukan pembilangnya (jumlah); tulis target dan realisasinya sebagai "
                "persentase atau sebagai jumlah"
            )
        if exc.problem == MIXED:
            return (
                f"lokasi {name} mencampur persentase dan jumlah{di}; tulis semua target dan "
                "realisasinya dalam satu bentuk"
            )
        return (
            f"lokasi {name}{di}: persentase memerlukan data mentah (pembilang dan penyebut) "
            "untuk dikonsolidasikan sebagai data mentah"
        )
    where = "" if exc.slot is None else f" in {QUARTER_KEYS[exc.slot]}"
    if exc.problem == NEITHER:
        return (
            f"location {name}{where}: the actual is neither numerator / denominator × 100 "
            "(a percentage) nor the numerator (an amount); write its targets and actuals as "
            "percentages or as amounts"
        )
    if exc.problem == MIXED:
        return (
            f"location {name} mixes percentages and amounts{where}; write all its targets and "
            "actuals in one form"
        )
    return (
        f"location {name}{where}: a percentage needs raw data (numerator and denominator) to be "
        "consolidated as raw data"
    )


Extras = Mapping[str, Sequence[_Extra]]
"""What the result needs beyond the engine inputs: per goal id, one `_Extra` per indicator, in
the goal's order."""

_INPUT_OF = attrgetter("input")


def scenario_to_agreement(
    scenario: Scenario, profile: Profile
) -> tuple[AgreementInput, dict[str, Sequence[_Extra]]]:
    """The engine inputs of a scenario (labels resolved with the profile's scales), and the
    `Extras` its result needs."""
    goals = []
    extras: dict[str, Sequence[_Extra]] = {}
    for goal in scenario.goals:
        items = goal.indicators
        if goal.plain:  # every indicator a Ready, its own _Extra: no step per indicator
            extras[goal.id] = items
            goals.append(
                GoalInput(
                    goal.id, goal.name, tuple(map(_INPUT_OF, items)), goal.category, goal.rpjmd
                )
            )
            continue
        inds = []
        goal_extras: list[_Extra] = []
        for ind in items:
            if type(ind) is Ready:
                inds.append(ind.input)
                goal_extras.append(ind)  # a Ready is its own _Extra
                continue
            assert isinstance(ind, ScenarioIndicator)
            scale = _scale_of(ind, profile)
            targets = tuple(_resolve(v, scale) for v in ind.targets)
            actuals = tuple(_resolve(v, scale) for v in ind.actuals)
            annual_t = _resolve(ind.annual_target, scale)
            annual_a = _resolve(ind.annual_actual, scale)
            # An annual-only indicator writes only "annual": that is its TW4 value.
            if annual_t is not None and all(v is None for v in targets):
                targets, annual_t = (None, None, None, annual_t), None
            if annual_a is not None and all(v is None for v in actuals) and not ind.milestones:
                actuals, annual_a = (None, None, None, annual_a), None
            if ind.milestones is not None:
                from app.engine.action_plans import completion_series

                actuals = completion_series(ind.milestones)
            lows, highs = _split(targets)
            annual_low, annual_high = _split((annual_t,))
            inds.append(
                IndicatorInput(
                    id=ind.id,
                    name=ind.name,
                    validity=ind.validity,
                    control=ind.control,
                    polarity=ind.polarity,
                    period_consolidation=ind.period_consolidation,
                    targets=lows,
                    actuals=actuals,  # type: ignore[arg-type]
                    targets_high=highs,
                    annual_target=annual_low[0],
                    annual_target_high=None if annual_high is None else annual_high[0],
                    measuring_period=ind.measuring_period,
                    location_consolidation=ind.location_consolidation,
                    locations=_located(ind),
                    unit=ind.unit,
                    definition=ind.definition,
                    formula=ind.formula,
                    scale=ind.scale,
                    rpjmd_key=ind.rpjmd,
                )
            )
            goal_extras.append(
                _Extra(ind.name, scale, annual_a if isinstance(annual_a, Decimal) else None)
            )
        extras[goal.id] = goal_extras
        goals.append(GoalInput(goal.id, goal.name, tuple(inds), goal.category, goal.rpjmd))
    agreement = AgreementInput("scenario", tuple(goals), scenario.level)
    return agreement, extras


# ---- result ----------------------------------------------------------------------------------


class _Shown:
    """The JSON numbers of values that many IKUs share as one object, each rounded once: the
    profile's weights (by identity: a Decimal's hash costs more than rounding it), its capaian
    cap and floor (every clamped capaian is one of them) and the weighted weight the IKUs of
    one sasaran and weight share."""

    __slots__ = ("weights", "cap", "cap_number", "floor", "floor_number", "last", "last_number")

    def __init__(self, profile: Profile) -> None:
        # a profile has a handful of weights, the same objects for every IKU
        self.weights: dict[int, tuple[Decimal, int | float | None]] = {}
        self.cap, self.floor = profile.capaian_cap, profile.capaian_floor
        self.cap_number, self.floor_number = json_number(self.cap), json_number(self.floor)
        self.last: Decimal | None = None  # the previous IKU's weighted weight
        self.last_number: int | float | None = None

    def weight(self, value: Decimal) -> int | float | None:
        known = self.weights.get(id(value))
        if known is None:  # the Decimal is kept beside its number, so its id stays its own
            known = self.weights[id(value)] = (value, json_number(value))
        return known[1]


class IndicatorResult(msgspec.Struct, gc=False, omit_defaults=True):
    """One indicator of the §6.6 result, in the contract's key order. A Struct rather than a
    dict: built in C and encoded with its keys written once per class, not once per indicator
    (a province's result has 30,000). `target_high` and the labels appear only when set."""

    goal: str
    name: str
    target: int | float | None
    actual: int | float | None
    achievement: int | float | None
    raw_achievement: int | float | None
    weight: int | float | None
    weight_derived: bool
    weighted_weight: int | float | None
    status: str
    reason: str | None
    band: str | None
    band_label: str | None
    band_color: str | None
    quality_forbidden: bool
    warnings: list[str]
    warning_codes: list[str]
    target_high: int | float | None | msgspec.UnsetType = msgspec.UNSET
    target_label: str | None | msgspec.UnsetType = msgspec.UNSET
    actual_label: str | None | msgspec.UnsetType = msgspec.UNSET


_ANNUAL_TOLERANCE = Decimal("0.005")


def _indicator_result(
    score: IndicatorScore,
    ind: IndicatorInput,
    extra: _Extra,
    period: AsOf,
    lang: str,
    reasons: dict[str, str],
    shown: _Shown,
) -> IndicatorResult:
    codes: list[str] = []
    warnings: list[str] = []
    if score.warnings:
        codes.extend(score.warnings)
    if (
        extra.annual_actual is not None
        and ind.period_consolidation is not None
        and not ind.locations
    ):
        consolidated = consolidate(ind.actuals, ind.period_consolidation, len(ind.actuals))
        if consolidated is None or abs(consolidated - extra.annual_actual) > _ANNUAL_TOLERANCE:
            codes.append("annual_actual_ignored")
    if codes:
        subject = {"indicator": extra.name, "period": period.value}
        warnings = [render_message(code, subject, lang) for code in codes]
    reason = None
    na_reason = score.na_reason
    if na_reason is not None:
        # N/A reasons name the period, not the indicator: one text per reason and call
        reason = reasons.get(na_reason)
        if reason is None:
            reason = render_message(
                na_reason, {"indicator": extra.name, "period": period.value}, lang
            )
            if "{indicator}" not in message_template(na_reason):
                reasons[na_reason] = reason
        codes.append(na_reason)
        warnings.append(reason)
    capaian = score.capaian
    if capaian is None:
        achievement = raw_achievement = None
    else:
        if capaian is shown.cap:
            achievement = shown.cap_number
        elif capaian is shown.floor:
            achievement = shown.floor_number
        else:
            achievement = json_number(capaian)
        raw = score.raw_capaian
        # most capaian are not clamped: the same number
        raw_achievement = achievement if raw is capaian else json_number(raw)
    if score.weighted_weight is not shown.last:
        shown.last = score.weighted_weight
        shown.last_number = json_number(shown.last)
    band = score.band
    out = IndicatorResult(
        score.goal_id,
        extra.name,
        json_number(score.target),
        json_number(score.actual),
        achievement,
        raw_achievement,
        shown.weight(score.weight),
        score.weight_derived,
        shown.last_number,
        "na" if capaian is None else "ok",
        reason,
        None if band is None else band.code,
        None if band is None else band.label,
        None if band is None else band.color,
        score.quality_forbidden,
        warnings,
        codes,
    )
    if score.target_high is not None:
        out.target_high = json_number(score.target_high)
    if extra.scale is not None:
        out.target_label = None if score.target is None else extra.scale.label_of(score.target)
        out.actual_label = None if score.actual is None else extra.scale.label_of(score.actual)
    return out


def _violation(finding: Finding, lang: str) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "goal": finding.goal_id,
        "indicator": finding.indicator_id,
        "field": finding.field,
        "message_id": finding.message_id,
        "message": render(finding, lang),
    }


def result_from_score(
    agreement: AgreementInput,
    score: AgreementScore,
    findings: list[Finding],
    extras: Extras,
    profile: Profile,
    lang: str = "id",
    *,
    records: bool = False,
) -> dict[str, Any]:
    """The §6.6 JSON result of a scored agreement (a scenario's, or a database agreement's
    with `extras` left empty: names and scales then come from the inputs).

    Plain JSON data (dicts, lists, numbers); with `records`, each indicator stays an
    `IndicatorResult`, which encodes to the same JSON with less work (what the command line
    prints)."""
    period = score.as_of
    indicators: dict[str, Any] = {}
    goals: dict[str, Any] = {}
    reasons: dict[str, str] = {}
    shown = _Shown(profile)
    # score_agreement scores the goals and their IKUs in the agreement's order
    for goal_input, goal in zip(agreement.goals, score.goals, strict=True):
        goal_extras = extras.get(goal.goal_id)
        if goal_extras is None:  # a database agreement: name and scale come from the input
            goal_extras = [
                _Extra(
                    ind.name or ind.id,
                    None if ind.scale is None else profile.scales.get(ind.scale),
                    None,
                )
                for ind in goal_input.indicators
            ]
        for ind, s, extra in zip(goal_input.indicators, goal.indicators, goal_extras, strict=True):
            indicators[s.indicator_id] = _indicator_result(
                s, ind, extra, period, lang, reasons, shown
            )
        goals[goal.goal_id] = {
            "score": json_number(goal.score),
            "status": "ok" if goal.score is not None else "na",
            "reason": None
            if goal.na_reason is None
            else render_message(goal.na_reason, {"period": period.value}, lang),
            "weight_available": json_number(goal.weight_available),
            "band": None if goal.band is None else goal.band.code,
        }
    result: dict[str, Any] = {
        "profile": profile.code,
        "level": None if agreement.level is None else agreement.level.value,
        "period": period.value,
        "indicators": indicators,
        "goals": goals,
        "overall": {
            "score": json_number(score.overall),
            "status": "ok" if score.overall is not None else "na",
            "reason": None
            if score.overall_reason is None
            else render_message(score.overall_reason, {"period": period.value}, lang),
            "mode": score.score_mode.value,
            "band": None if score.band is None else score.band.code,
        },
        "violations": [_violation(f, lang) for f in findings],
    }
    if score.rpjmd:
        result["rpjmd"] = {
            key: {
                "score": json_number(g.score),
                "status": "ok" if g.score is not None else "na",
                "indicators": g.indicator_count,
                "available": g.available_count,
            }
            for key, g in score.rpjmd.items()
        }
    if not records:
        result["indicators"] = msgspec.to_builtins(indicators)
    return result


def score_scenario(
    scenario: Scenario,
    profile: Profile,
    lang: str = "id",
    keep: list[object] | None = None,
    *,
    records: bool = False,
) -> dict[str, Any]:
    """Score a parsed scenario with a profile: the JSON-ready result of SPEC §6.6 (with
    `records`, as `result_from_score` gives it).

    `keep`, when given, receives the engine's inputs and scores rather than letting them be
    freed (see `parse_scenario_json`)."""
    if scenario.profile is not None and scenario.profile != profile.code:
        raise _fail(
            "profile",
            f"the scenario is for profile '{scenario.profile}' but '{profile.code}' was given",
            f"skenario ini untuk profil '{scenario.profile}', tetapi yang diberikan "
            f"'{profile.code}'",
        )
    agreement, extras = scenario_to_agreement(scenario, profile)
    score = score_agreement(agreement, profile, scenario.period)
    findings = check_agreement(agreement, profile, metadata_fields=scenario.metadata_fields)
    if keep is not None:
        keep.append(score)
    return result_from_score(agreement, score, findings, extras, profile, lang, records=records)
