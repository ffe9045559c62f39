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
    "field_out_of_range": ("Kolom '{column}': {reason}.", "Field '{column}': {reason_en}."),
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
    # -- agreements, goals, indicators, values --
    "parties_same_person": (
        "Pihak pertama dan pihak kedua harus orang yang berbeda.",
        "Second party: the first and second parties must be different people.",
    ),
    "agreement_year_unlikely": (
        "Tahun {year} tidak masuk akal.",
        "Year: {year} is not a plausible agreement year.",
    ),
    "delete_only_draft": (
        "Hanya perjanjian kinerja berstatus draf yang dapat dihapus.",
        "Only a draft agreement can be deleted.",
    ),
    "goal_text_missing": ("Teks sasaran wajib diisi.", "Goal: enter the goal's text."),
    "indicator_name_missing": (
        "Nama indikator wajib diisi.",
        "Indicator name: enter the indicator's name.",
    ),
    "sub_indicator_other_goal": (
        "Sub-indikator harus berada di bawah IKU pada sasaran yang sama.",
        "A sub-indicator must sit under an indicator of the same goal.",
    ),
    "addendum_past_period": (
        "Addendum berlaku mulai {start}: target {period} yang sudah lewat tidak boleh diubah.",
        "The addendum applies from {start}: the past {period} target cannot be changed.",
    ),
    "denominator_zero": (
        "Penyebut {period} tidak boleh nol.",
        "Denominator of {period}: it cannot be zero.",
    ),
    "target_upper_below": (
        "Batas atas target {period} lebih kecil dari batas bawahnya.",
        "Target {period}: the upper bound is below the lower bound.",
    ),
    "budget_negative": ("Anggaran tidak boleh negatif.", "Budget: it cannot be negative."),
    "crosscutting_one_target": (
        "Pilih tepat satu sasaran, indikator atau KSD yang dibagi.",
        "Choose exactly one goal, indicator or KSD to share.",
    ),
    "crosscutting_party_missing": (
        "Isi unit atau nama instansi terkait.",
        "Related party: choose a unit or enter the agency's name.",
    ),
    # -- signing and versions --
    "sign_only_final": (
        "Hanya perjanjian kinerja berstatus final yang dapat ditandai sudah ditandatangani; "
        "finalkan dulu.",
        "Only a final agreement can be marked as signed; finalise it first.",
    ),
    "sign_needs_print": (
        "Cetak perjanjian kinerja dulu: hash berkas cetakan diperlukan.",
        "Print the agreement first: the printed file's hash is needed.",
    ),
    "finalize_only_draft": (
        "Hanya perjanjian kinerja berstatus draf yang dapat difinalkan.",
        "Only a draft agreement can be finalised.",
    ),
    "status_only_by_signing": (
        "Status ini hanya dapat diubah lewat penandatanganan.",
        "This status only changes by signing.",
    ),
    "version_needs_signed": (
        "Addendum atau PK pengganti hanya dibuat dari perjanjian kinerja yang sudah "
        "ditandatangani.",
        "An addendum or a replacement agreement is made only from a signed agreement.",
    ),
    "addendum_start_quarter": (
        "Addendum berlaku mulai TW1, TW2, TW3 atau TW4.",
        "Effective from: an addendum starts at TW1, TW2, TW3 or TW4.",
    ),
    "replacement_start_quarter": (
        "PK pengganti berlaku mulai TW1, TW2, TW3 atau TW4.",
        "Effective from: a replacement agreement starts at TW1, TW2, TW3 or TW4.",
    ),
    "version_pending": (
        "Perjanjian ini sudah memiliki addendum/PK pengganti yang belum ditandatangani; "
        "lanjutkan yang itu.",
        "This agreement already has an addendum or replacement not yet signed; continue that one.",
    ),
    # -- action plans, KSD, cascading --
    "action_plan_reason_needed": (
        "Rencana aksi perjanjian yang sudah final hanya dapat diubah dengan alasan "
        "(perubahan regulasi atau kebijakan pimpinan).",
        "The action plan of a final agreement changes only with a reason (a regulation change "
        "or a leadership policy).",
    ),
    "due_quarter_invalid": (
        "Waktu '{quarter}' harus triwulan 1 sampai 4.",
        "Due: '{quarter}' must be quarter 1 to 4.",
    ),
    "criterion_other_indicator": (
        "Kriteria hanya dapat dipindah dalam rencana aksi indikator yang sama.",
        "A criterion can only move within the action plan of the same indicator.",
    ),
    "month_invalid": ("Bulan {month} harus 1 sampai 12.", "Month: {month} must be 1 to 12."),
    "text_missing": ("Teks tidak boleh kosong.", "Text: it cannot be empty."),
    "cascade_none_method": (
        "Indikator non-cascading tidak diturunkan dari indikator atasan.",
        "A non-cascading indicator is not derived from a parent indicator.",
    ),
    "cascade_same_agreement": (
        "Indikator tidak dapat di-cascade ke perjanjian yang sama.",
        "An indicator cannot be cascaded into its own agreement.",
    ),
    "cascade_already": (
        "Indikator '{indicator}' sudah di-cascade ke perjanjian ini.",
        "Indicator '{indicator}' is already cascaded into this agreement.",
    ),
    "share_negative": ("Porsi target tidak boleh negatif.", "Target share: it cannot be negative."),
    "shares_over_100": (
        "Jumlah porsi target cascading tidak langsung melebihi 100%.",
        "Target shares: the indirect shares exceed 100%.",
    ),
    "matrix_cell_empty": ("Sel matriks ini belum dicentang.", "This matrix cell is not ticked."),
    # -- scans, periods, history --
    "scan_not_image": (
        "Berkas {name} bukan pindaian PDF, PNG atau JPEG (atau TIFF).",
        "The file {name} is not a PDF, PNG or JPEG (or TIFF) scan.",
    ),
    "scan_too_large": (
        "Berkas {name} lebih dari 50 MB; perkecil resolusi pindaiannya.",
        "The file {name} is larger than 50 MB; scan it at a lower resolution.",
    ),
    "scan_unreadable": (
        "Berkas {name} tidak dapat dibaca ({reason}).",
        "The file {name} cannot be read ({reason}).",
    ),
    "scan_empty": ("Berkas {name} kosong.", "The file {name} is empty."),
    "period_unknown": (
        "Periode '{period}' tidak dikenal; gunakan TW1, TW2, TW3, TW4, S1 atau annual.",
        "Period '{period}' is unknown; use TW1, TW2, TW3, TW4, S1 or annual.",
    ),
    "history_year_not_before": (
        "Tahun riwayat {year} harus sebelum tahun perjanjian {agreement_year}.",
        "History year {year} must be before the agreement's year {agreement_year}.",
    ),
    "agreement_locked": (
        "Perjanjian kinerja {year} milik {owner} sudah ditandatangani dan tidak dapat diubah "
        "langsung; buat addendum untuk mengubahnya.",
        "The {year} agreement of {owner} is signed and cannot be changed directly; make an "
        "addendum to change it.",
    ),
    "pdf_not_written": (
        "Berkas PDF tidak dapat ditulis ke {target} ({reason}).",
        "The PDF cannot be written to {target} ({reason}).",
    ),
    # -- printing options --
    "copies_too_many": ("Paling banyak {count} rangkap.", "Copies: at most {count}."),
    "copy_unknown": (
        "Rangkap '{code}' tidak dikenal; gunakan owner, tim atau superior.",
        "Copy '{code}' is unknown; use owner, tim or superior.",
    ),
    "report_date_invalid": (
        "Tanggal laporan '{value}' tidak valid; tulis YYYY-MM-DD, today atau blank.",
        "Report date '{value}' is not valid; write YYYY-MM-DD, today or blank.",
    ),
    "document_unknown": (
        "Dokumen '{name}' tidak dikenal; pilih salah satu: {choices}.",
        "Document '{name}' is unknown; choose one of: {choices}.",
    ),
    "not_an_addendum": (
        "Perjanjian kinerja ini bukan addendum; addendum dicetak dari versi addendum-nya.",
        "This agreement is not an addendum; an addendum is printed from its addendum version.",
    ),
    "folder_not_created": (
        "Folder {folder} tidak dapat dibuat ({reason}).",
        "The folder {folder} cannot be created ({reason}).",
    ),
    "out_is_folder": (
        "{target} adalah folder; berikan nama berkas PDF untuk --out.",
        "{target} is a folder; give a PDF file name to --out.",
    ),
    "folder_missing": (
        "Folder {folder} tidak ada; berkas PDF tidak dapat ditulis.",
        "The folder {folder} does not exist; the PDF cannot be written.",
    ),
    "profile_unknown": (
        "Profil '{profile}' tidak dikenal; yang tersedia: {choices}.",
        "Profile '{profile}' is unknown; available: {choices}.",
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
    "Lampiran": "Attachment",
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
