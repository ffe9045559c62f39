"""Profiles for engine tests, read from the shipped files (no Qt, no database)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.engine.profile import Profile

PROFILES_DIR = Path(__file__).resolve().parents[2] / "resources" / "profiles"


def load_profile(code: str) -> Profile:
    with (PROFILES_DIR / f"{code}.json").open(encoding="utf-8") as f:
        return Profile.from_dict(json.load(f))


@pytest.fixture(scope="session")
def kaltara() -> Profile:
    return load_profile("kaltara")


@pytest.fixture(scope="session")
def dki() -> Profile:
    return load_profile("dki")


@pytest.fixture
def profile_dict() -> dict:
    """A fresh copy of the Kaltara JSON for tests that break one field (per test, so a change
    never leaks into the next test)."""
    with (PROFILES_DIR / "kaltara.json").open(encoding="utf-8") as f:
        return json.load(f)
