"""Regional profiles: the shipped files, validation that names the bad field, round trip."""

from __future__ import annotations

import copy
import math
from decimal import Decimal

import pytest

from app.engine.enums import Control, Level, ScoreMode, Validity
from app.engine.profile import Profile


def test_shipped_profiles(kaltara, dki) -> None:
    assert (kaltara.code, kaltara.signing_place) == ("kaltara", "Tanjung Selor")
    assert (dki.code, dki.signing_place) == ("dki", "Jakarta")
    assert dki.government_name == "PEMERINTAH PROVINSI DAERAH KHUSUS IBUKOTA JAKARTA"
    assert [c.label for c in dki.categories] == [
        "Sasaran Strategis",
        "Sasaran Khusus",
        "Sasaran Operasional",
    ]
    assert [c.code for c in kaltara.categories] == ["ss", "sasaran"]
    assert kaltara.category("sasaran").label == "Sasaran"
    assert dki.layout("pk_table").name == "dki_three_category"
    assert "Pengukuran Kinerja" in dki.layout("pk_table").columns
    assert kaltara.layout("pk_table").name == "kaltara_program"
    assert {"Program", "Anggaran"} <= set(kaltara.layout("pk_table").columns)
    assert kaltara.nip_grouping and not dki.nip_grouping
    assert kaltara.deadlines.pk.rule == "fixed" and (
        kaltara.deadlines.pk.month,
        kaltara.deadlines.pk.day,
    ) == (1, 31)
    assert dki.deadlines.pk.rule == "after_dpa" and dki.deadlines.pk.months_after_dpa == 1
    for p in (kaltara, dki):
        assert p.capaian_cap == 100 and p.capaian_floor == 0
        assert p.score_mode is ScoreMode.WEIGHTED
        assert p.deadlines.metadata_days_after_signing == 14
        assert (p.deadlines.addendum_request_month, p.deadlines.addendum_request_day) == (7, 20)
        assert p.deadlines.replacement_working_days == 15
        assert p.logo is None
        assert p.is_jpt(Level.JPT_PRATAMA) and not p.is_jpt(Level.ADMINISTRATOR)


def test_derived_activity_high_weight_matches_the_geometric_mean_method(kaltara) -> None:
    # Tabel 4.1 factors; Tabel 4.2 cells are the normalised geometric means of the six cells.
    validity = {"exact": 0.6, "proxy": 0.3, "activity": 0.1}
    control = {"low": 0.5, "moderate": 0.3, "high": 0.2}
    cells = [
        ("exact", "low"),
        ("exact", "moderate"),
        ("proxy", "high"),
        ("proxy", "moderate"),
        ("proxy", "low"),
        ("activity", "moderate"),
    ]
    total = sum(math.sqrt(validity[v] * control[c]) for v, c in cells)
    derived = math.sqrt(validity["activity"] * control["high"]) / total * 100
    assert round(derived, 1) == 6.8
    cell = kaltara.weight_of(Validity.ACTIVITY, Control.HIGH)
    assert cell is not None and cell.derived and cell.weight == round(derived)


def test_forbidden_rules(kaltara) -> None:
    assert kaltara.forbidden_for(Validity.EXACT, Control.HIGH, Level.PENGAWAS) is not None
    assert kaltara.forbidden_for(Validity.ACTIVITY, Control.LOW, None) is not None
    assert kaltara.forbidden_for(Validity.ACTIVITY, Control.HIGH, Level.JPT_MADYA) is not None
    assert kaltara.forbidden_for(Validity.ACTIVITY, Control.HIGH, Level.PENGAWAS) is None
    assert kaltara.forbidden_for(Validity.ACTIVITY, Control.HIGH, None) is None
    assert kaltara.forbidden_for(None, Control.HIGH, Level.PENGAWAS) is None


def test_round_trip(kaltara, dki) -> None:
    for p in (kaltara, dki):
        again = Profile.from_dict(p.to_dict())
        assert again == p


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("code",), "DKI!", "code:"),
        (("name",), "", "name: expected non-empty text"),
        (("signing_place",), None, "signing_place: missing"),
        (("weights", "low", "exact"), "x", "weights.low.exact: expected a number"),
        (("weights", "low", "exactly"), 3, "weights.low.exactly: unknown validity"),
        (("weights", "medium"), {"exact": 1}, "weights.medium: unknown control"),
        (("weights", "high", "exact"), 5, "forbidden: exact-high is forbidden at every level"),
        (("forbidden", 2, "levels"), ["raja"], "forbidden[2].levels[0]: unknown level"),
        (("status_bands", 1, "min"), 99, "status_bands[2].min: band minimums must increase"),
        (("status_bands", 2, "color"), "orange", "status_bands[2].color: expected a hex colour"),
        (("capaian_cap",), "100", "capaian_cap: expected a number"),
        (("score_mode",), "median", "score_mode: unknown value 'median'"),
        (("deadlines", "pk", "rule"), "whenever", "deadlines.pk.rule: unknown rule"),
        (
            ("deadlines", "pk", "month"),
            13,
            "deadlines.pk.month: expected a whole number from 1 to 12",
        ),
        (
            ("scales", "audit_opinion", "items", 1, "label"),
            "WTP",
            "scales.audit_opinion.items[1].label: duplicate",
        ),
        (("categories",), [], "categories: expected a non-empty list"),
        (("nip_grouping",), "yes", "nip_grouping: expected true or false"),
        (("colour",), "#fff", "colour: unknown field"),
        (("layouts", "pk_table", "columns"), "No", "layouts.pk_table.columns: expected a list"),
    ],
)
def test_validation_names_the_field(profile_dict, path, value, message) -> None:
    data = copy.deepcopy(profile_dict)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ValueError) as info:
        Profile.from_dict(data)
    assert str(info.value).startswith(message)


def test_comment_keys_are_allowed(profile_dict) -> None:
    data = copy.deepcopy(profile_dict)
    data["_note"] = "annotation"
    assert Profile.from_dict(data).code == "kaltara"


def test_not_an_object() -> None:
    with pytest.raises(ValueError, match="profile: expected an object"):
        Profile.from_dict([])


def test_bands(kaltara) -> None:
    codes = [
        kaltara.band_of(Decimal(x)).code
        for x in ("0", "59.99", "60", "79.99", "80", "94.99", "95", "100")
    ]
    assert codes == [
        "kritis",
        "kritis",
        "perlu_perhatian",
        "perlu_perhatian",
        "mendekati",
        "mendekati",
        "tercapai",
        "tercapai",
    ]
    assert kaltara.band_of(Decimal(100), raw=Decimal("100.01")).code == "melampaui"
    assert kaltara.band_of(Decimal(100), raw=Decimal(100)).code == "tercapai"
    assert all(b.color.startswith("#") for b in kaltara.status_bands)
