"""Wording of the services' errors, Indonesian (default) and English.

Formatted like the engine's findings (`app.engine.messages.render_message`), so a field
name, date or number reads the same in a rule message and in an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.engine.messages import render_message

# message id -> (Indonesian, English); every sentence names the field it is about.
# (`column`, not `field`: the engine words a `field` parameter as an IKU metadata field.)
SERVICE_MESSAGES: dict[str, tuple[str, str]] = {
    # -- generic field coercion --
    "field_unknown": ("Kolom '{column}' tidak dikenal.", "Unknown field '{column}'."),
    "field_required": ("Kolom '{column}' wajib diisi.", "The field '{column}' is required."),
    "field_invalid": (
        "Nilai '{value}' tidak valid untuk kolom '{column}'.",
        "'{value}' is not a valid value for the field '{column}'.",
    ),
    "field_not_editable": (
        "Kolom '{column}' tidak dapat diubah di sini.",
        "The field '{column}' cannot be changed here.",
    ),
    # -- lookups --
    "record_not_found": (
        "{what} dengan id {id} tidak ditemukan.",
        "{what_en} with id {id} not found.",
    ),
    "unit_code_not_found": (
        "Unit dengan kode '{code}' tidak ditemukan.",
        "There is no unit with code '{code}'.",
    ),
    # -- units --
    "unit_not_found": (
        "Unit dengan id {id} tidak ditemukan.",
        "There is no unit with id {id}.",
    ),
    "parent_unit_not_found": (
        "Unit induk dengan id {id} tidak ditemukan.",
        "Parent unit: there is no unit with id {id}.",
    ),
    "unit_name_missing": ("Nama unit wajib diisi.", "Unit name: enter the unit's name."),
    "unit_code_taken": (
        "Kode unit '{code}' sudah dipakai oleh {name}.",
        "Unit code '{code}' is already used by {name}.",
    ),
    "unit_kind_unknown": (
        "Jenis unit '{kind}' tidak dikenal.",
        "Unit kind: '{kind}' is not a known kind of unit.",
    ),
    "unit_own_parent": (
        'Unit induk: "{unit}" tidak dapat dipindahkan ke bawah dirinya sendiri.',
        'Parent unit: "{unit}" cannot be moved under itself.',
    ),
    "unit_under_own_child": (
        'Unit induk: "{parent}" adalah sub-unit dari "{unit}"; unit tidak dapat dipindahkan '
        "ke bawah sub-unitnya sendiri.",
        'Parent unit: "{parent}" is a sub-unit of "{unit}"; a unit cannot be moved under its '
        "own sub-unit.",
    ),
    "unit_has_drafts": (
        'Unit "{unit}" masih memiliki {count} perjanjian kinerja yang belum ditandatangani '
        "({owners}); tandatangani atau hapus dulu sebelum unit dinonaktifkan.",
        'Unit "{unit}" still has {count} agreement(s) not yet signed ({owners}); sign or '
        "remove them before retiring the unit.",
    ),
    "unit_not_retired": (
        'Unit "{unit}" masih aktif.',
        'Unit "{unit}" is still active.',
    ),
    "unit_parent_retired": (
        'Unit induk "{parent}" sudah dinonaktifkan; pulihkan unit induk dulu.',
        'The parent unit "{parent}" is retired; restore the parent first.',
    ),
    # -- officials --
    "official_not_found": (
        "Pejabat dengan id {id} tidak ditemukan.",
        "There is no official with id {id}.",
    ),
    "superior_not_found": (
        "Atasan langsung dengan id {id} tidak ditemukan.",
        "Direct superior: there is no official with id {id}.",
    ),
    "official_unit_not_found": (
        "Unit pejabat dengan id {id} tidak ditemukan.",
        "Unit: there is no unit with id {id}.",
    ),
    "official_name_missing": ("Nama pejabat wajib diisi.", "Name: enter the official's name."),
    "official_title_missing": (
        "Jabatan wajib diisi, mis. Kepala Badan Kepegawaian Daerah.",
        "Position: enter the position title, e.g. Kepala Badan Kepegawaian Daerah.",
    ),
    "official_level_unknown": (
        "Eselon/jenjang '{level}' tidak dikenal.",
        "Level: '{level}' is not a known position level.",
    ),
    "nip_duplicate": (
        "NIP {nip} sudah terdaftar atas nama {name}.",
        "NIP {nip} is already registered to {name}.",
    ),
    "nip_form_format": (
        "NIP '{nip}' harus terdiri dari 18 angka.",
        "NIP '{nip}' must have 18 digits.",
    ),
    "nip_form_birth_date": (
        "NIP '{nip}': tanggal lahir {value} (angka 1–8) tidak valid.",
        "NIP '{nip}': the birth date {value} (digits 1–8) is not a valid date.",
    ),
    "nip_form_appointment_month": (
        "NIP '{nip}': bulan pengangkatan {value} (angka 13–14) tidak valid.",
        "NIP '{nip}': the appointment month {value} (digits 13–14) is not valid.",
    ),
    "nip_form_appointment_year": (
        "NIP '{nip}': tahun pengangkatan {value} terlalu dekat dengan tahun lahir {birth_year}.",
        "NIP '{nip}': the appointment year {value} is too close to the birth year {birth_year}.",
    ),
    "nip_form_sex_digit": (
        "NIP '{nip}': digit jenis kelamin (angka ke-15) harus 1 atau 2, bukan {value}.",
        "NIP '{nip}': the sex digit (digit 15) must be 1 or 2, not {value}.",
    ),
    "superior_self": (
        "Atasan langsung: {official} tidak dapat menjadi atasan dirinya sendiri.",
        "Direct superior: {official} cannot be their own superior.",
    ),
    "superior_loop": (
        "Atasan langsung: {superior} sudah berada di bawah {official} dalam rantai atasan; "
        "pilih atasan lain.",
        "Direct superior: {superior} already reports (directly or not) to {official}; choose "
        "another superior.",
    ),
    "official_has_drafts": (
        "{official} masih menjadi pihak dalam {count} perjanjian kinerja yang belum ditandatangani; "
        "tandatangani atau hapus dulu sebelum pejabat dinonaktifkan.",
        "{official} is still a party to {count} agreement(s) not yet signed; sign or remove them "
        "before "
        "retiring the official.",
    ),
    # -- acting assignments --
    "acting_not_found": (
        "Penugasan Plt./Plh./Pj. dengan id {id} tidak ditemukan.",
        "There is no Plt./Plh./Pj. assignment with id {id}.",
    ),
    "acting_prefix_unknown": (
        "Jenis penugasan '{prefix}' tidak dikenal; pilih Plt., Plh. atau Pj.",
        "Acting kind: '{prefix}' is unknown; choose Plt., Plh. or Pj.",
    ),
    "acting_title_missing": (
        "Jabatan yang dijabat sementara wajib diisi.",
        "Acting position: enter the position held.",
    ),
    "acting_end_before_start": (
        "Tanggal selesai ({end}) tidak boleh sebelum tanggal mulai ({start}).",
        "End date: {end} is before the start date {start}.",
    ),
    # -- lifecycle --
    "finalize_refused": (
        "Perjanjian kinerja belum dapat difinalkan: masih ada {count} galat pada panel aturan.",
        "The agreement cannot be finalised yet: {count} error(s) remain in the rules panel.",
    ),
    # -- printing from the app --
    "print_no_document": (
        "Dokumen: pilih minimal satu dokumen untuk dicetak.",
        "Documents: choose at least one document to print.",
    ),
    "print_unknown_document": (
        "Dokumen '{name}' tidak dikenal.",
        "Document '{name}' is unknown.",
    ),
    "print_unknown_paper": (
        "Ukuran kertas '{paper}' tidak dikenal; pilih A4 atau F4.",
        "Paper size '{paper}' is unknown; choose A4 or F4.",
    ),
    # -- office settings --
    "settings_profile_unknown": (
        "Profil '{profile}' tidak dikenal; pilih {choices}.",
        "Profile: '{profile}' is unknown; choose {choices}.",
    ),
    "settings_government_missing": (
        "Nama pemerintah daerah wajib diisi, mis. Pemerintah Provinsi DKI Jakarta.",
        "Government name: enter it, e.g. Pemerintah Provinsi DKI Jakarta.",
    ),
    "settings_place_missing": (
        "Tempat penandatanganan wajib diisi, mis. Jakarta.",
        "Signing place: enter it, e.g. Jakarta.",
    ),
    "settings_logo_unreadable": (
        "Logo: berkas {name} bukan gambar PNG atau JPEG.",
        "Logo: the file {name} is not a PNG or JPEG image.",
    ),
    "settings_logo_too_large": (
        "Logo: berkas {name} lebih dari {limit} MB; pakai gambar yang lebih kecil.",
        "Logo: the file {name} is larger than {limit} MB; use a smaller image.",
    ),
    "office_not_empty": (
        "Basis data ini sudah berisi unit; ubah pengaturannya lewat Pengaturan.",
        "This database already has units; change its settings in Settings.",
    ),
}


# English for the record names services pass to `organisation.get` ("Perjanjian kinerja", …)
RECORD_NAMES_EN = {
    "Cascade": "Cascade link",
    "Indikator": "Indicator",
    "Indikator atasan": "Parent indicator",
    "Indikator bawahan": "Child indicator",
    "Indikator induk": "Parent indicator",
    "KSD": "KSD",
    "Kriteria keberhasilan": "Success criterion",
    "Pejabat": "Official",
    "Pejabat (pihak pertama)": "Official (first party)",
    "Pejabat pengganti": "Replacement official",
    "Perjanjian bawahan": "Subordinate agreement",
    "Perjanjian kinerja": "Agreement",
    "Pihak crosscutting": "Crosscutting party",
    "Program": "Program",
    "Rencana aksi": "Action plan",
    "Sasaran": "Goal",
    "Target/output": "Target/output",
    "Unit": "Unit",
    "Unit induk": "Parent unit",
}


def render_service_message(
    message_id: str, params: Mapping[str, Any] | None = None, lang: str = "id"
) -> str:
    """The sentence for a service error id in "id" or "en"."""
    return render_message(message_id, params, lang, SERVICE_MESSAGES)
