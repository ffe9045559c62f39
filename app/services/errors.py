"""Errors a service raises for the user: each message is one plain sentence."""

from __future__ import annotations


class ServiceError(Exception):
    """The action cannot be done as asked; nothing was written."""


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    """A value that cannot be stored; `field` names where it was typed."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class AgreementLocked(ServiceError):
    """Rule `signed_readonly`: a signed agreement only changes through an addendum."""

    rule = "signed_readonly"
