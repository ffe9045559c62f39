"""The provincial office's server database (SPEC §9, §14): opening a PostgreSQL URL with
errors the operator can act on, and the wording of the province services' errors."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from app.engine.messages import render_message
from app.models import Unit
from app.models.database import Database, open_database
from app.services.errors import ServiceError

# message id -> (Indonesian, English)
PROVINCE_MESSAGES: dict[str, tuple[str, str]] = {
    "server_unreachable": (
        "Basis data {where} tidak dapat dibuka ({reason}).",
        "The database {where} cannot be opened ({reason}).",
    ),
    "server_not_empty": (
        "Basis data {where} sudah berisi data PK Desk; demo hanya dibuat di basis data kosong.",
        "The database {where} already holds PK Desk data; a demo is only made in an empty one.",
    ),
    "review_nothing_chosen": (
        "Pilih dulu perjanjian yang akan disetujui atau dikembalikan.",
        "Choose the agreements to approve or return first.",
    ),
    "review_period_unknown": (
        "Periode '{period}' tidak dikenal; pilih seluruh PK atau TW1 sampai TW4.",
        "Period '{period}' is unknown; choose the whole agreement or TW1 to TW4.",
    ),
    "review_reason_missing": (
        "Tulis alasan pengembalian; unit membacanya saat mengimpor tanda terima.",
        "Write the reason for returning it; the unit reads it when it imports the receipt.",
    ),
    "unlock_nothing_chosen": (
        "Pilih dulu perjanjian yang kuncinya akan dibuka.",
        "Choose the agreements to unlock first.",
    ),
    "unlock_reason_missing": (
        "Tulis alasan membuka kunci; alasan itu dicatat di riwayat perubahan.",
        "Write the reason for unlocking; it is kept in the change history.",
    ),
    "unlock_not_locked": (
        "Perjanjian yang dipilih tidak terkunci untuk {period}; tidak ada yang dibuka.",
        "The chosen agreements are not locked for {period}; nothing was unlocked.",
    ),
    "unlock_none_locked": (
        "Perjanjian yang dipilih tidak terkunci; tidak ada yang dibuka.",
        "The chosen agreements are not locked; nothing was unlocked.",
    ),
}


class ProvinceError(ServiceError):
    """A province-side action refused; worded from PROVINCE_MESSAGES."""

    def text(self, lang: str = "id") -> str:
        if self.message_id is None:
            return str(self)
        return render_message(self.message_id, self.params, lang, PROVINCE_MESSAGES)


def province_error(message_id: str, **params: Any) -> ProvinceError:
    return ProvinceError(message_id=message_id, params=params)


def shown_url(url: str) -> str:
    """The URL as a user may see it: the password masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _reason(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return (text.splitlines() or ["?"])[0].rstrip(".")


def open_server(url: str, *, user: str | None = None) -> Database:
    """Open (creating the schema of) a server database; a refused connection, a wrong
    password or a missing database is one sentence, never a traceback."""
    try:
        return open_database(url, user=user)
    except SQLAlchemyError as exc:
        raise province_error(
            "server_unreachable", where=shown_url(url), reason=_reason(exc)
        ) from exc


def open_empty_server(url: str, *, user: str | None = None) -> Database:
    """A server database ready for `pk-desk demo`: schema created, no data yet."""
    database = open_server(url, user=user)
    with database.session() as session:
        units = session.scalar(select(func.count()).select_from(Unit))
    if units:
        database.close()
        raise province_error("server_not_empty", where=shown_url(url))
    return database
