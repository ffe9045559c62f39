"""Regional profiles: data files in resources/profiles, parsed by the engine, and the updates
the province issues in its reference bundle (SPEC §9), stored per database.

`load_profile(code)` is the shipped file. `load_profile(code, session)` is what that
session's database uses: the newest stored update of `code` when there is one, else the
shipped file. Each session looks an update up once per code (a province scored at once asks
thousands of times), and each distinct update is parsed once.
"""

from __future__ import annotations

import functools
import json
from typing import TYPE_CHECKING, Any

from app.engine.profile import Profile
from app.paths import resource_path
from app.services.errors import InvalidInput, invalid

if TYPE_CHECKING:  # `pk-desk score FILE.json` reads shipped profiles without a database
    from sqlalchemy.orm import Session

_SESSION_MEMO = "pk_desk_profiles"


def available_profiles() -> list[str]:
    return sorted(path.stem for path in resource_path("profiles").glob("*.json"))


def load_profile(code: str, session: Session | None = None) -> Profile:
    """The profile `code` (e.g. "dki", "kaltara"): with a session, as that database uses it
    (the province's newest update, else the shipped file); without, the shipped file."""
    if session is None:
        return shipped_profile(code)
    memo: dict[str, Profile] = session.info.setdefault(_SESSION_MEMO, {})
    if code not in memo:
        content = stored_profile(session, code)
        memo[code] = shipped_profile(code) if content is None else _parsed(content)
    return memo[code]


@functools.cache
def shipped_profile(code: str) -> Profile:
    """The profile file shipped in resources/profiles; cached, profiles are read-only data."""
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


def stored_profile(session: Session, code: str) -> str | None:
    """The newest stored update of `code` (canonical JSON), None when there is none or the
    newest withdrew it."""
    from sqlalchemy import select

    from app.models import ProfileUpdate

    return session.scalar(
        select(ProfileUpdate.content)
        .where(ProfileUpdate.code == code)
        .order_by(ProfileUpdate.version.desc())
        .limit(1)
    )


def profile_updates(session: Session) -> dict[str, tuple[int, str]]:
    """Every code with a live update: code → (version, canonical JSON)."""
    from sqlalchemy import select

    from app.models import ProfileUpdate

    newest: dict[str, tuple[int, str | None]] = {}
    for code, version, content in session.execute(
        select(ProfileUpdate.code, ProfileUpdate.version, ProfileUpdate.content).order_by(
            ProfileUpdate.code, ProfileUpdate.version
        )
    ):
        newest[code] = (version, content)
    return {code: (v, c) for code, (v, c) in newest.items() if c is not None}


def check_profile(data: Any) -> tuple[Profile, str]:
    """A profile update as the province gives it: the parsed profile and its canonical JSON
    (annotations such as "_comment" dropped). ValueError names the field at fault; a code
    that is not a shipped profile is refused too (an update replaces a profile the
    installation knows: offices, pickers and documents are built around those)."""
    profile = Profile.from_dict(data)
    if profile.code not in available_profiles():
        choices = ", ".join(available_profiles())
        raise ValueError(f"code: {profile.code!r} is not a known profile ({choices})")
    kept = {k: v for k, v in data.items() if not str(k).startswith("_")}
    return profile, canonical_profile(kept)


def canonical_profile(data: dict[str, Any]) -> str:
    """The stored and signed form: sorted keys, no spaces, UTF-8 text."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@functools.lru_cache(maxsize=64)
def _parsed(content: str) -> Profile:
    return Profile.from_dict(json.loads(content))
