"""Capaian of one IKU (SPEC §6.3, §6.5a; seed 003 §4.1.1.2)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.engine.capaian import (
    WARN_NEGATIVE_TARGET,
    WARN_ZERO_TARGET,
    capaian,
    ratio_percent,
    raw_capaian,
)
from app.engine.enums import Polarity
from app.engine.numbers import round2

MAX, MIN, STAB = Polarity.MAXIMIZE, Polarity.MINIMIZE, Polarity.STABILIZE
D = Decimal


@pytest.mark.parametrize(
    ("polarity", "target", "actual", "value", "raw"),
    [
        # below / at / above target
        (MAX, 40, 29, "72.5", "72.5"),
        (MAX, 40, 40, "100", "100"),
        (MAX, 40, 50, "100", "125"),  # capped; the raw ratio shows Melampaui
        (MIN, 10, 12, "80", "80"),  # (1 + (1 - 1.2)) x 100
        (MIN, 10, 10, "100", "100"),
        (MIN, 10, 8, "100", "120"),
        (MIN, 10, 25, "0", "-50"),  # floored at 0
        (STAB, 50, 40, "80", "80"),  # below: maximize
        (STAB, 50, 50, "100", "100"),
        (STAB, 50, 60, "80", "80"),  # above: minimize
        (MAX, 40, -5, "0", "-12.5"),
    ],
)
def test_polarity_formulas(polarity, target, actual, value, raw) -> None:
    result = capaian(D(target), D(actual), polarity)
    assert result.value == D(value)
    assert result.raw == D(raw)
    assert result.warnings == ()


def test_cap_and_floor_come_from_the_caller() -> None:
    assert capaian(D(100), D(130), MAX, cap=D(120)).value == D(120)
    assert capaian(D(100), D(130), MAX, cap=D(100)).value == D(100)
    assert capaian(D(100), D(190), MIN, floor=D(0)).value == D(10)
    assert capaian(D(100), D(250), MIN, floor=D(0)).value == D(0)


def test_raw_data_jamlat_example() -> None:
    # Seed 003 §4.1.1.2: 79 of 87 employees meet the training-hours standard -> 90,80 %.
    realisation = ratio_percent(D(79), D(87))
    assert realisation is not None and round2(realisation) == D("90.80")
    assert round2(capaian(D(100), realisation, MAX).value) == D("90.80")
    assert ratio_percent(D(5), D(0)) is None


@pytest.mark.parametrize(
    ("polarity", "actual", "expected"),
    [
        (MAX, 0, 100),
        (MAX, 3, 100),
        (MAX, -1, 0),
        (MIN, 0, 100),
        (MIN, -2, 100),
        (MIN, 1, 0),
        (STAB, 0, 100),
        (STAB, 1, 0),
        (STAB, -1, 0),
    ],
)
def test_zero_target(polarity, actual, expected) -> None:
    result = capaian(D(0), D(actual), polarity)
    assert result.value == D(expected)
    assert result.warnings == (WARN_ZERO_TARGET,)


@pytest.mark.parametrize(
    ("polarity", "actual", "expected"),
    [
        # growth target -2 %: (1 + (R - T) / |T|) x 100
        (MAX, -2, "100"),
        (MAX, -3, "50"),
        (MAX, -1, "100"),  # raw 150, capped
        (MAX, -4, "0"),
        (MAX, -6, "0"),  # raw -100, floored
        # minimize: (1 - (R - T) / |T|) x 100
        (MIN, -3, "100"),  # raw 150
        (MIN, -1, "50"),
        (MIN, 0, "0"),
        (STAB, -2, "100"),
        (STAB, -3, "50"),
        (STAB, -1, "50"),
    ],
)
def test_negative_target(polarity, actual, expected) -> None:
    result = capaian(D(-2), D(actual), polarity)
    assert result.value == D(expected)
    assert result.warnings == (WARN_NEGATIVE_TARGET,)


def test_general_forms_equal_seed_forms_for_positive_targets() -> None:
    for t, r in [(D(40), D(29)), (D(7), D(9)), (D("0.5"), D("0.2"))]:
        assert raw_capaian(t, r, MAX)[0] == r / t * 100
        assert raw_capaian(t, r, MIN)[0] == (1 + (1 - r / t)) * 100


@pytest.mark.parametrize(
    ("polarity", "actual", "expected", "raw"),
    [
        # SPEC §6.5a: inside the range 100 whatever the polarity
        (MAX, "85", "100", "100"),
        (MIN, "80", "100", "100"),
        (STAB, "90", "100", "100"),
        # Maximize: below -> maximize against the lower bound; above -> over-achievement
        (MAX, "72", "90", "90"),  # 72 / 80
        (MAX, "99", "100", "110"),  # 99 / 90, capped, Melampaui
        (MAX, "200", "100", "222.2222222222222222222222222"),
        # Minimize: above -> minimize against the upper bound; below -> over-achievement
        (MIN, "99", "90", "90.0"),  # 2 - 99 / 90
        (MIN, "200", "0", "-22.2222222222222222222222222"),
        (MIN, "72", "100", "110.0"),  # 2 - 72 / 80
        # Stabilize: both sides are penalised
        (STAB, "72", "90", "90.0"),
        (STAB, "99", "90", "90.0"),
    ],
)
def test_range_target_follows_polarity(polarity, actual: str, expected: str, raw: str) -> None:
    result = capaian(D(80), D(actual), polarity, target_high=D(90))
    assert result.value == D(expected)
    assert result.raw == D(raw)


def test_range_over_achievement_is_melampaui(kaltara) -> None:
    above_max = capaian(D(80), D(99), MAX, target_high=D(90))
    below_min = capaian(D(80), D(72), MIN, target_high=D(90))
    for result in (above_max, below_min):
        assert kaltara.band_of(result.value, result.raw).code == "melampaui"
    # the penalised sides keep their ordinary band
    penalised = capaian(D(80), D(99), MIN, target_high=D(90))
    assert kaltara.band_of(penalised.value, penalised.raw).code == "mendekati"


def test_range_on_the_wanted_side_never_scores_below_inside() -> None:
    for actual in ("91", "150", "1000"):
        assert capaian(D(80), D(actual), MAX, target_high=D(90)).value == 100
    for actual in ("79", "10", "0"):
        assert capaian(D(80), D(actual), MIN, target_high=D(90)).value == 100


def test_point_range_is_stabilize() -> None:
    for actual in ("2.5", "3.07", "3.6"):
        assert (
            capaian(D("3.07"), D(actual), STAB, target_high=D("3.07")).value
            == capaian(D("3.07"), D(actual), STAB).value
        )


def test_predicate_scale_scores_its_number(kaltara) -> None:
    opinion = kaltara.scales["audit_opinion"]
    target, actual = opinion.value_of("WTP"), opinion.value_of("wdp")
    assert (target, actual) == (D(3), D(2))
    assert round2(capaian(target, actual, MAX).value) == D("66.67")
    assert capaian(target, opinion.value_of("WTP"), MAX).value == 100
    assert opinion.label_of(D(1)) == "TW"
    survey = kaltara.scales["survey"]
    assert [survey.value_of(x) for x in ("Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik")] == [
        4,
        3,
        2,
        1,
    ]
    assert kaltara.scales["sakip_grade"].value_of("BB") == 4
    with pytest.raises(ValueError, match="WTP, WDP, TW, TMP"):
        opinion.value_of("Baik")
