"""Every message id renders in both languages, names its subject, and leaves no placeholder."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from app.engine.enums import Severity
from app.engine.findings import Finding
from app.engine.messages import LANGUAGES, MESSAGES, render, render_message

PARAMS = {
    "goal": "Meningkatnya akuntabilitas",
    "indicator": "Persentase penyerapan anggaran",
    "other_goal": "Sasaran lain",
    "parent": "IKU atasan",
    "parent_owner": "Kepala Dinas",
    "field": "polarity",
    "validity": "exact",
    "control": "high",
    "level": "jpt_pratama",
    "annual": Decimal("41"),
    "expected": Decimal("40"),
    "method": "sum",
    "child_value": "minimize",
    "parent_value": "maximize",
    "children_value": Decimal("400"),
    "parent_target": Decimal("300"),
    "count": 5,
    "consolidation": "sum",
    "quarter": 4,
    "phases": ["planning", "monitoring_evaluation"],
    "date": dt.date(2024, 1, 31),
    "year": 2024,
    "months": 1,
    "days": 15,
    "s1": Decimal("45.5"),
    "status": "signed",
    "role": "owner",
    "person": "Maria Qibtya",
    "nip": "197001032001123003",
    "value": "3",
    "birth_year": 1970,
    "period": "TW2",
    "cap": Decimal(100),
    "code": "IW-01",
}


@pytest.mark.parametrize("message_id", sorted(MESSAGES))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_renders(message_id: str, lang: str) -> None:
    text = render_message(message_id, PARAMS, lang)
    assert text and text != message_id
    assert not re.search(r"\{\w+\}", text), text
    assert "—" not in text, f"{message_id} uses a parameter the test does not provide"
    assert "  " not in text


def test_languages_differ_and_name_the_subject() -> None:
    f = Finding(
        "missing_metadata", Severity.ERROR, "missing_metadata", PARAMS, "G", "I", "polarity"
    )
    indonesian, english = render(f), render(f, "en")
    assert indonesian != english
    assert "polarisasi" in indonesian and "polarity" in english
    for text in (indonesian, english):
        assert PARAMS["indicator"] in text and PARAMS["goal"] in text


def test_dates_follow_the_language_and_numbers_keep_the_decimal_comma() -> None:
    """SPEC §12: a number shows as 319,53 in both languages, as in the grids beside it."""
    params = {**PARAMS, "annual": Decimal("1234.5")}
    assert "1.234,5" in render_message("trajectory_mismatch", params, "id")
    assert "1.234,5" in render_message("trajectory_mismatch", params, "en")
    assert "31 Januari 2024" in render_message("deadline_pk", PARAMS, "id")
    assert "31 January 2024" in render_message("deadline_pk", PARAMS, "en")
    assert "Take Last Known" in render_message("trajectory_mismatch", {**PARAMS, "method": "last"})


def test_missing_parameters_and_unknown_ids_degrade_gracefully() -> None:
    assert render_message("no_such_message", PARAMS) == "no_such_message"
    assert "—" in render_message("missing_metadata", {})
