"""`parse_scenario_json` (a scenario straight from its bytes) reads exactly what `parse_scenario`
reads from the decoded JSON, and hands every file with a problem back to it."""

from __future__ import annotations

import json
from decimal import Decimal

import msgspec
import pytest

from app.engine.scenario import Ready, parse_scenario, parse_scenario_json
from tests.engine.test_engine_scenario import indicator


def _indicator(ind_id: str, **extra: object) -> dict[str, object]:
    """The contract tests' indicator with fractions, a null, -0.0 and an annual actual."""
    values = {
        "name": f" Indikator {ind_id} ",
        "targets": {"TW1": 9, "TW2": 10.50, "TW3": 11, "TW4": 10},
        "actuals": {"TW1": 9, "TW2": None, "TW3": -0.0, "annual": 30},
    }
    return indicator(ind_id, **{**values, **extra})


def _bytes(*indicators: dict[str, object]) -> bytes:
    data = {
        "profile": "kaltara",
        "level": "jpt_pratama",
        "period": "TW3",
        "goals": [
            {"id": "SS1", "name": "Sasaran 1", "indicators": list(indicators)},
            {"id": 7, "category": "utama", "indicators": []},
        ],
    }
    # a fraction written as in the file, not as a float's repr
    return json.dumps(data).replace("10.5", "10.50").replace("12345.678", "1.2345678E4").encode()


PLAIN = [
    _indicator("A"),
    _indicator("B", unit=None, definition="Definisi", measuring_period="quarterly"),
    _indicator("C", targets={"annual": 40}, actuals=None, formula="x / y", rpjmd="R1"),
    _indicator("D", targets={"TW4": 1000000000000000}, actuals={"TW4": 0.000000001}),
    _indicator("E", extra_key={"nested": ["ignored"]}),
    _indicator("K", actuals={"TW1": 12345.678}),  # written 1.2345678E4 below
    _indicator("G", targets={"TW1": {"min": 80, "max": 90}}),
    _indicator("L", targets={"TW1": 9, "TW2": {"min": 10.5, "max": 11}, "annual": 40}),
    _indicator("M", targets={"annual": {"min": 70, "max": 80}}, actuals={"annual": 75}),
]
CAREFUL = [
    _indicator("F", polarity="Maximize"),  # an alias spelling
    _indicator("H", scale="opini_bpk", targets={"TW4": "WTP"}, actuals={"TW4": "WDP"}),
    _indicator(" I "),
    _indicator("J", location_consolidation="sum", locations=[{"id": "L1"}]),
]


@pytest.mark.parametrize(
    "careful",
    [
        CAREFUL,  # the alias: each indicator decoded on its own
        [*CAREFUL[1:], indicator(12, name="An id written as a number")],  # one typed decode
    ],
)
def test_plain_and_careful_indicators_read_alike(careful: list[dict[str, object]]) -> None:
    data = _bytes(*PLAIN, *careful)
    fast = parse_scenario_json(data)
    assert fast == parse_scenario(msgspec.json.Decoder(float_hook=Decimal).decode(data))
    assert fast is not None
    kinds = [type(i) is Ready for i in fast.goals[0].indicators]
    assert kinds == [True] * len(PLAIN) + [False] * len(careful)


@pytest.mark.parametrize(
    "bad",
    [
        _indicator("S", targets={"TW1": "12"}),  # a number in a string is not a number
        _indicator("T", targets={"TW1": "NaN"}),
        _indicator("U", targets={"TW5": 1}),
        _indicator("V", actuals={"TW1": 1e16}),
        _indicator("W", actuals={"TW1": 0.0000000001}),
        _indicator("X", validity="unknown"),
        _indicator("Y", targets={"TW1": {"min": 90, "max": 80}}),  # a range upside down
        _indicator("Z", targets={"TW1": {"min": 80, "max": 90, "mid": 85}}),
        _indicator("A"),  # a duplicate id
    ],
)
def test_a_scenario_with_a_problem_is_handed_back(bad: dict[str, object]) -> None:
    assert parse_scenario_json(_bytes(_indicator("A"), bad)) is None


@pytest.mark.parametrize("data", [b"[]", b'{"goals": 3}', b"{", b'{"period": "TW4"}'])
def test_a_document_that_is_not_a_scenario_is_handed_back(data: bytes) -> None:
    assert parse_scenario_json(data) is None


@pytest.mark.parametrize(
    "written",
    [
        "1.0E15",  # the upper bound itself, written as a fraction
        "-1000000000000000.00",
        "0.000000001" + "0" * 70 + "1",  # more digits than the decoders keep
    ],
)
def test_a_fraction_the_typed_decoders_refuse_is_read_the_careful_way(written: str) -> None:
    """Typed decoders read fractions bounded (`_BOUNDED`); one they cannot hold hands the file
    back, and the careful reading accepts it exactly as written."""
    data = _bytes(_indicator("A", actuals={"TW1": 4242.4242})).replace(
        b"4242.4242", written.encode()
    )
    assert parse_scenario_json(data) is None
    careful = parse_scenario(msgspec.json.Decoder(float_hook=Decimal).decode(data))
    assert careful.goals[0].indicators[0].input.actuals[0] == Decimal(written)
