"""Errors a service raises for the user: each message is one plain sentence.

An error raised with a `message_id` (from `app.services.messages`) can be worded in English
too: `exc.text("en")`. Errors still raised with a literal sentence keep that sentence in both
languages until they get an id.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class ServiceError(Exception):
    """The action cannot be done as asked; nothing was written."""

    def __init__(
        self,
        message: str | None = None,
        *,
        message_id: str | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        self.message_id = message_id
        self.params: dict[str, Any] = dict(params or {})
        if message is None:
            message = self.text("id")
        super().__init__(message)

    def text(self, lang: str = "id") -> str:
        """The sentence in `lang` ("id" or "en")."""
        if self.message_id is None:
            return str(self)
        from app.services.messages import render_service_message

        return render_service_message(self.message_id, self.params, lang)


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    """A value that cannot be stored; `field` names where it was typed."""

    def __init__(
        self,
        message: str | None = None,
        *,
        field: str | None = None,
        message_id: str | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message, message_id=message_id, params=params)
        self.field = field


class AgreementLocked(ServiceError):
    """Rule `signed_readonly`: a signed agreement only changes through an addendum."""

    rule = "signed_readonly"


def invalid(message_id: str, field: str | None = None, **params: Any) -> InvalidInput:
    """An InvalidInput worded by `message_id`: `raise invalid("unit_name_missing", "name")`."""
    return InvalidInput(field=field, message_id=message_id, params=params)


def not_found(message_id: str, **params: Any) -> NotFound:
    return NotFound(message_id=message_id, params=params)


def missing(what: str, record_id: object) -> NotFound:
    """ "<what> dengan id … tidak ditemukan." with `what` (Indonesian) named in English too."""
    from app.services.messages import RECORD_NAMES_EN

    return not_found(
        "record_not_found", what=what, what_en=RECORD_NAMES_EN.get(what, what), id=record_id
    )


def error_text(exc: BaseException, lang: str = "id") -> str:
    """What to show the user for `exc` in `lang`: the service wording when it has one."""
    if isinstance(exc, ServiceError):
        return exc.text(lang)
    english = getattr(exc, "en", None)  # database errors carry their English sentence
    if lang == "en" and isinstance(english, str) and english:
        return english
    return str(exc)
