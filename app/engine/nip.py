"""NIP (Nomor Induk Pegawai) parsing: 18 digits = birth date, appointment month, sex, sequence."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

NIP_LENGTH = 18
_SEPARATORS = re.compile(r"[\s.]")


class NipError(ValueError):
    """A NIP that cannot be right; the message says which part is wrong.

    `code` and `params` let `app.engine.messages` word the reason in Indonesian or English;
    the exception text itself stays Indonesian (the application's default language).
    """

    def __init__(self, message: str, code: str = "nip_format", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Nip:
    digits: str
    birth_date: dt.date
    appointment_year: int
    appointment_month: int
    sex: int  # 1 male, 2 female
    sequence: int

    def grouped(self) -> str:
        """The printed grouping used in the seeds: 19700103 200112 1 003."""
        d = self.digits
        return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"

    def __str__(self) -> str:
        return self.digits


def parse_nip(text: str) -> Nip:
    """Parse a NIP typed with or without spaces or dots; raise NipError with a plain reason."""
    digits = _SEPARATORS.sub("", text or "")
    if not digits.isdigit() or len(digits) != NIP_LENGTH:
        raise NipError(f"NIP '{text}' harus terdiri dari 18 angka.", "nip_format", nip=text)
    try:
        birth = dt.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError as exc:
        raise NipError(
            f"NIP '{text}': tanggal lahir {digits[:8]} tidak valid.",
            "nip_birth_date",
            nip=text,
            value=digits[:8],
        ) from exc
    appointment_year, appointment_month = int(digits[8:12]), int(digits[12:14])
    if not 1 <= appointment_month <= 12:
        raise NipError(
            f"NIP '{text}': bulan pengangkatan {digits[12:14]} tidak valid.",
            "nip_appointment_month",
            nip=text,
            value=digits[12:14],
        )
    if appointment_year < birth.year + 15:
        raise NipError(
            f"NIP '{text}': tahun pengangkatan {appointment_year} terlalu dekat dengan "
            f"tahun lahir {birth.year}.",
            "nip_appointment_year",
            nip=text,
            value=appointment_year,
            birth_year=birth.year,
        )
    sex = int(digits[14])
    if sex not in (1, 2):
        raise NipError(
            f"NIP '{text}': digit jenis kelamin harus 1 atau 2, bukan {sex}.",
            "nip_sex_digit",
            nip=text,
            value=sex,
        )
    return Nip(digits, birth, appointment_year, appointment_month, sex, int(digits[15:]))
