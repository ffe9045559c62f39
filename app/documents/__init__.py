"""Printed documents (ReportLab): plain records in, PDF out; no ORM here."""

from app.documents import _deferred_regex

_deferred_regex.install()
