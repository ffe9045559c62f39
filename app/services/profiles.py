"""Regional profiles: data files in resources/profiles, parsed by the engine."""

from __future__ import annotations

import functools
import json

from app.engine.profile import Profile
from app.paths import resource_path
from app.services.errors import InvalidInput, invalid


def available_profiles() -> list[str]:
    return sorted(path.stem for path in resource_path("profiles").glob("*.json"))


@functools.cache
def load_profile(code: str) -> Profile:
    """The profile `code` (e.g. "dki", "kaltara"); cached, profiles are read-only data."""
    # a code is a name, never a path: "../../x" is refused before any file is looked at
    known = code in available_profiles() if isinstance(code, str) else False
    path = resource_path("profiles", f"{code}.json")
    if not known:
        choices = ", ".join(available_profiles())
        raise invalid("profile_unknown", "profile", profile=code, choices=choices)
    try:
        return Profile.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except ValueError as exc:
        raise InvalidInput(f"Berkas profil {path.name} tidak valid: {exc}.") from exc
