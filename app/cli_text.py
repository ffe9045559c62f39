"""What `pk-desk` says, in Indonesian (the default) and English.

Two parts: `CLI_MESSAGES`, the lines the commands print (message id -> (Indonesian, English),
worded by the engine's `render_message`, as the rules and the services' errors are), and
`HELP_EN`, the English of `--help`: the parser is written in Indonesian and its texts are
swapped for these after it is built, so a new option only needs a line here
(tests/cli/test_cli_english.py lists the ones missing). The language is `--lang`, else the one
chosen in the window's Settings (`saved_language`), else Indonesian.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

# message id -> (Indonesian, English): every line a command prints for a person to read.
CLI_MESSAGES: dict[str, tuple[str, str]] = {
    # -- tables --
    "table_empty": ("(kosong)", "(empty)"),
    "word_yes": ("ya", "yes"),
    "col_id": ("id", "id"),
    "col_code": ("kode", "code"),
    "col_name": ("nama", "name"),
    "col_kind": ("jenis", "kind"),
    "col_parent_code": ("induk", "parent"),
    "col_profile": ("profil", "profile"),
    "col_nip": ("NIP", "NIP"),
    "col_level": ("jenjang", "level"),
    "col_unit_code": ("unit", "unit"),
    "col_position_title": ("jabatan", "position"),
    "col_year": ("tahun", "year"),
    "col_owner": ("pemilik", "owner"),
    "col_owner_nip": ("NIP pemilik", "owner NIP"),
    "col_status": ("status", "status"),
    "col_indicator_count": ("IKU", "indicators"),
    "col_unit": ("unit", "unit"),
    "col_overall": ("nilai kinerja", "performance score"),
    "col_band": ("status capaian", "band"),
    "col_errors": ("galat", "errors"),
    "band_kritis": ("Kritis", "Critical"),
    "band_perlu_perhatian": ("Perlu Perhatian", "Needs attention"),
    "band_mendekati": ("Mendekati", "Nearly there"),
    "band_tercapai": ("Tercapai", "Achieved"),
    "band_melampaui": ("Melampaui", "Exceeded"),
    "status_draft": ("draf", "draft"),
    "status_final": ("final", "final"),
    "status_signed": ("ditandatangani", "signed"),
    "status_superseded": ("digantikan", "superseded"),
    "kind_original": ("PK awal", "original"),
    "kind_addendum": ("addendum", "addendum"),
    "kind_replacement": ("PK pengganti", "replacement"),
    # -- demo --
    "demo_created": (
        "Basis data demo dibuat di {path}: {summary}.",
        "Demo database created at {path}: {summary}.",
    ),
    "count_units": ("{count} unit", "{count} units"),
    "count_officials": ("{count} pejabat", "{count} officials"),
    "count_agreements": ("{count} perjanjian", "{count} agreements"),
    "count_indicators": ("{count} IKU", "{count} indicators"),
    "count_period values": ("{count} nilai periode", "{count} period values"),
    # -- score --
    "score_goal": (
        "Sasaran: {goal} — Nilai Sasaran {score}",
        "Goal: {goal} — goal score {score}",
    ),
    "score_capaian": ("capaian", "achievement"),
    "score_weight": ("bobot", "weight"),
    "date_invalid": (
        "tanggal '{text}' tidak valid; tulis sebagai YYYY-MM-DD, mis. 2024-01-31",
        "the date '{text}' is not valid; write it as YYYY-MM-DD, e.g. 2024-01-31",
    ),
    # -- check --
    "severity_error": ("galat", "error"),
    "severity_warning": ("peringatan", "warning"),
    "severity_hint": ("petunjuk", "hint"),
    "check_summary": (
        "{agreements} perjanjian diperiksa: {errors} galat, {others} peringatan/petunjuk.",
        "{agreements} agreement(s) checked: {errors} error(s), {others} warning(s)/hint(s).",
    ),
    # -- pdf --
    "pdf_progress": ("mencetak {done}/{total}", "printing {done}/{total}"),
    "pdf_written": (
        "{path}: {pages} halaman ({documents}), SHA-256 {sha}",
        "{path}: {pages} page(s) ({documents}), SHA-256 {sha}",
    ),
    "pdf_unit_done": (
        "{count} berkas PDF dicetak ke {folder}.",
        "{count} PDF file(s) printed to {folder}.",
    ),
    # -- restore --
    "restored": (
        "Basis data {target} dipulihkan dari cadangan {used}{aside}.",
        "Database {target} restored from the backup {used}{aside}.",
    ),
    "restored_aside": (
        "; berkas lama disimpan sebagai {kept}",
        "; the old file was kept as {kept}",
    ),
    # -- keys --
    "key_id": ("Id kunci: {value}", "Key id: {value}"),
    "key_fingerprint": ("Sidik jari: {value}", "Fingerprint: {value}"),
    "key_installation": ("Instalasi: {value}", "Installation: {value}"),
    "key_public": ("Kunci publik: {value}", "Public key: {value}"),
    "key_revoked": (" dicabut {at}", " revoked {at}"),
    # -- bundles --
    "bundle_nothing_changed": (
        "Tidak ada perubahan sejak ekspor terakhir; tidak ada bundel yang ditulis.",
        "Nothing changed since the last export; no bundle written.",
    ),
    "bundle_written": (
        "{path}: {revisions} revisi, {agreements} perjanjian, {attachments} lampiran.",
        "{path}: {revisions} revision(s), {agreements} agreement(s), {attachments} attachment(s).",
    ),
    "bundle_verified": (
        "{file}: OK ({kind}, unit {unit}, kunci {key}).",
        "{file}: OK ({kind}, unit {unit}, key {key}).",
    ),
    "bundle_untrusted": (
        "peringatan: kunci ini belum dipercaya; diterima karena --accept-untrusted.",
        "warning: this key is not trusted yet; accepted because of --accept-untrusted.",
    ),
    "report_created": ("dibuat", "created"),
    "report_updated": ("diubah", "updated"),
    "report_unchanged": ("tetap", "unchanged"),
    "report_held": ("ditahan", "held"),
    "report_conflicts": ("konflik", "conflicts"),
    "report_deleted": ("dihapus", "deleted"),
    "report_dry": ("uji coba (tidak ada yang disimpan)", "dry run (nothing saved)"),
    "report_repeated": (
        "sudah pernah diimpor; laporan sebelumnya",
        "already imported; the earlier report",
    ),
    "report_held_note": (
        "ditahan sampai bundel sebelumnya tiba",
        "held until the previous bundle arrives",
    ),
    "report_receipt": ("tanda terima dicatat", "receipt recorded"),
    "report_reference_older": (
        "versi referensi lebih lama dari yang sudah diterapkan; tidak diubah",
        "older reference version than the one applied; nothing changed",
    ),
    # -- xlsx --
    "xlsx_workbook": ("Buku kerja: {name} ({reader})", "Workbook: {name} ({reader})"),
    "xlsx_table": ("{kind} ({sheet}, baris {row})", "{kind} ({sheet}, row {row})"),
    "xlsx_tables": ("Tabel: {tables}", "Tables: {tables}"),
    "xlsx_warning": ("Peringatan: {warning}", "Warning: {warning}"),
    "xlsx_imported": ("Diimpor; perjanjian {agreement}.", "Imported; agreement {agreement}."),
    "xlsx_dry_run": ("Uji coba: tidak ada yang ditulis.", "Dry run: nothing was written."),
    "xlsx_create": ("dibuat", "created"),
    "xlsx_update": ("diperbarui", "updated"),
    "xlsx_unchanged": ("tetap", "unchanged"),
    "xlsx_skip": ("dilewati", "skipped"),
    # -- province --
    "province_csv_written": (
        "{count} unit ditulis ke {path}.",
        "{count} unit(s) written to {path}.",
    ),
    "province_coverage_header": (
        "Kode|Unit|Draf|Final|TTD|TW1|TW2|TW3|TW4|Bundel|Urutan|Konflik",
        "Code|Unit|Draft|Final|Signed|TW1|TW2|TW3|TW4|Bundle|Seq|Conflicts",
    ),
    "province_scores_header": (
        "IKU\tUnit\tTarget s.d. {period}\tRealisasi\tCapaian (%)",
        "Indicator\tUnits\tTarget to {period}\tRealisation\tAchievement (%)",
    ),
    "province_rpjmd_header": (
        "Kode RPJMD\tSasaran\tUnit\tIKU (tersedia)\tNilai Sasaran s.d. {period}\tStatus",
        "RPJMD code\tGoal\tUnits\tIndicators (available)\tGoal score to {period}\tBand",
    ),
    "province_rpjmd_by_text": ("menurut teks sasaran", "by goal text"),
    "province_tree_header": (
        "Pejabat\tJenjang\tUnit\tStatus PK\tIKU (diturunkan)\tNilai Kinerja s.d. {period}",
        "Official\tLevel\tUnit\tPK status\tIndicators (cascaded)\tScore to {period}",
    ),
    "province_tree_no_pk": ("tanpa PK", "no PK"),
    "level_gubernur": ("Gubernur", "Governor"),
    "level_jpt_madya": ("JPT Madya", "JPT Madya"),
    "level_jpt_pratama": ("JPT Pratama", "JPT Pratama"),
    "level_administrator": ("Administrator", "Administrator"),
    "level_pengawas": ("Pengawas", "Pengawas"),
    "level_fungsional": ("Fungsional", "Functional"),
    "level_pelaksana": ("Pelaksana", "Pelaksana"),
    "province_locks_header": (
        "Perjanjian\tUnit\tPemilik\tTerkunci",
        "Agreement\tUnit\tOwner\tLocked",
    ),
    "province_unlocked": (
        "Kunci dibuka: {agreement} {period}; bundel berikutnya untuk periode itu diterima lagi.",
        "Unlocked: {agreement} {period}; the next bundle for that period imports again.",
    ),
    "province_inbox_header": (
        "Diterima\tUnit\tRevisi\tStatus\tKeterangan\tBerkas",
        "Received\tUnit\tRevisions\tState\tReason\tFile",
    ),
    # -- selftest --
    "selftest_failed": ("GAGAL", "FAILED"),
    "selftest_done": (
        "Uji mandiri selesai: {steps} langkah lulus dalam {seconds} s.",
        "Self-test done: {steps} steps passed in {seconds} s.",
    ),
    "step_database": ("basis data baru", "new database"),
    "step_demo": ("data demo dimuat", "demo data loaded"),
    "step_score": ("nilai dihitung", "scores computed"),
    "step_check": ("aturan diperiksa", "rules checked"),
    "step_pdf": ("PDF dicetak dan dibaca", "PDF printed and read back"),
    "step_bundle": ("bundel ditulis dan dibaca", "bundle written and read back"),
    "step_window": ("jendela utama", "main window"),
    "selftest_db_detail": ("{name}, skema terbaru", "{name}, latest schema"),
    "selftest_score_detail": (
        "{count} perjanjian, Nilai Kinerja BKD TW3 {score}",
        "{count} agreements, BKD performance score TW3 {score}",
    ),
    "selftest_check_detail": (
        "{count} perjanjian, {findings} temuan",
        "{count} agreements, {findings} findings",
    ),
    "selftest_pdf_detail": (
        "{pages} halaman F4, teks terbaca, SHA-256 {sha}…",
        "{pages} F4 pages, text readable, SHA-256 {sha}…",
    ),
    "selftest_bundle_detail": (
        "{name}: {revisions} revisi, diverifikasi dan diimpor",
        "{name}: {revisions} revisions, verified and imported",
    ),
    "selftest_window_detail": (
        "dibuka, digambar ({size} KB) dan ditutup",
        "opened, painted ({size} KB) and closed",
    ),
    "selftest_no_database": (
        "Basis data {path} tidak terbentuk.",
        "The database {path} was not created.",
    ),
    "selftest_no_demo_pk": (
        "PK 2024 {owner} tidak ada di data demo.",
        "The 2024 agreement of {owner} is missing from the demo data.",
    ),
    "selftest_nothing_scored": ("Tidak ada perjanjian yang dinilai.", "No agreement was scored."),
    "selftest_no_score": (
        "PK {owner} tidak mendapat Nilai Kinerja TW3.",
        "The agreement of {owner} got no TW3 performance score.",
    ),
    "selftest_pdf_unreadable": (
        "Teks “{text}” tidak terbaca di PDF {name}.",
        "The text “{text}” cannot be read in the PDF {name}.",
    ),
    "selftest_window_failed": (
        "Jendela utama tidak dapat digambar (lihat pesan di atas).",
        "The main window could not be painted (see the message above).",
    ),
}


def say(message_id: str, lang: str = "id", **params: Any) -> str:
    """The line `message_id` in `lang`, numbers and dates worded as in the rules' messages.
    (Runs of spaces are folded: align columns outside the message.)"""
    from app.engine.messages import render_message

    return render_message(message_id, params, lang, CLI_MESSAGES)


def word(message_id: str, lang: str = "id") -> str:
    """A catalogue entry with no parameters (a column title, a status)."""
    pair = CLI_MESSAGES[message_id]
    return pair[1] if lang == "en" else pair[0]


def say_value(prefix: str, value: object, lang: str = "id", default: str | None = None) -> str:
    """`word(prefix + value)` when the catalogue has it (a status, a kind, a band), else
    `default`, else the value itself."""
    pair = CLI_MESSAGES.get(f"{prefix}{value}")
    if pair is None:
        return default if default is not None else "-" if value is None else str(value)
    return pair[1] if lang == "en" else pair[0]


def counts_text(counts: Mapping[str, int], lang: str = "id") -> str:
    """ "4 units, 12 officials, …": the counts a loader returns, named in `lang`."""
    return ", ".join(
        say_value("count_", key, lang, default=f"{{count}} {key}").format(count=value)
        for key, value in counts.items()
    )


def band_name(band: Any, lang: str = "id") -> str:
    """A status band's name; a profile's own band keeps its label; no band is N/A."""
    if band is None:
        return "N/A"
    return say_value("band_", band.code, lang, default=band.label)


HELP_EN: dict[str, str] = {
    "riwayat perubahan satu perjanjian (CSV, terbaru dulu)": (
        "the change history of one agreement (CSV, newest first)"
    ),
    "pulihkan basis data dari cadangan otomatis (bawaan: terbaru)": (
        "restore a database from its automatic backups (default: the newest intact one)"
    ),
    "id perjanjian": "agreement id",
    "berkas cadangan tertentu": "a particular backup file",
    "PK Desk: susun, periksa, cetak dan nilai Perjanjian Kinerja tanpa jaringan.": (
        "PK Desk: draft, check, print and score performance agreements (PK) offline."
    ),
    "Tanpa sub-perintah, PK Desk membuka aplikasi desktop.": (
        "Without a command, PK Desk opens the desktop application."
    ),
    "tampilkan traceback saat galat": "show the traceback on errors",
    "folder data pengguna (bawaan: folder platformdirs)": (
        "user data folder (default: the platformdirs folder)"
    ),
    "berkas basis data SQLite atau URL SQLAlchemy": "SQLite database file or SQLAlchemy URL",
    "buka aplikasi dengan basis data demo (dibuat bila belum ada)": (
        "open the application with the demo database (created when missing)"
    ),
    "bahasa antarmuka (bawaan: id)": "interface language (default: id)",
    "buat basis data demo dari dokumen sumber (seeds)": (
        "create a demo database from the source documents (seeds)"
    ),
    "daftar unit, pejabat atau perjanjian beserta id-nya": (
        "list units, officials or agreements with their ids"
    ),
    "nilai skenario JSON (SPEC §6.6) atau perjanjian dalam basis data": (
        "score a JSON scenario (SPEC §6.6) or the agreements in a database"
    ),
    "periksa semua aturan (SPEC §5); keluar 1 bila ada galat": (
        "check every rule (SPEC §5); exit 1 when there are errors"
    ),
    "cetak dokumen perjanjian ke PDF (satu perjanjian atau satu unit)": (
        "print agreement documents to PDF (one agreement or one unit)"
    ),
    "buka aplikasi desktop": "open the desktop application",
    "unit: perjanjian nyata dari seeds; province: provinsi sintetis": (
        "unit: the real agreements of the seeds; province: a synthetic province"
    ),
    "benih acak untuk --scale province": "random seed for --scale province",
    "timpa berkas yang sudah ada": "overwrite an existing file",
    "keluaran JSON": "JSON output",
    "JSON berindentasi (bawaan: ringkas, satu baris)": "indented JSON (default: compact, one line)",
    "hanya tahun ini (agreements)": "only this year (agreements)",
    "hanya kode unit ini": "only this unit code",
    "berkas skenario JSON; hasil JSON ke stdout": "JSON scenario file; JSON result on stdout",
    "profil bila skenario tidak menyebutnya (bawaan kaltara)": (
        "profile when the scenario names none (default kaltara)"
    ),
    "tahun perjanjian (dengan --db)": "agreement year (with --db)",
    "TW1..TW4, S1 atau annual (bawaan TW4)": "TW1..TW4, S1 or annual (default TW4)",
    "hanya perjanjian ini": "only this agreement",
    "tanggal acuan tenggat (bawaan: hari ini)": "reference date for deadlines (default: today)",
    "id perjanjian (lihat 'pk-desk list agreements')": (
        "agreement id (see 'pk-desk list agreements')"
    ),
    "cetak semua perjanjian unit ini (dan unit di bawahnya)": (
        "print every agreement of this unit (and the units below it)"
    ),
    "set (dokumen 1-6) atau pernyataan, pk_table, rincian_target, rencana_aksi, ksd, "
    "metadata, penetapan_metadata, addendum, skp, matriks_cascading, laporan_capaian": (
        "set (documents 1-6) or pernyataan, pk_table, rincian_target, rencana_aksi, ksd, "
        "metadata, penetapan_metadata, addendum, skp, matriks_cascading, laporan_capaian"
    ),
    "ukuran kertas (bawaan a4)": "paper size (default a4)",
    "berkas PDF keluaran (dengan --agreement)": "output PDF file (with --agreement)",
    "folder keluaran (dengan --unit)": "output folder (with --unit)",
    "rangkap berlabel, mis. owner,tim": "labelled copies, e.g. owner,tim",
    "periode laporan capaian: TW1..TW4, S1 atau annual": (
        "period of the Laporan capaian: TW1..TW4, S1 or annual"
    ),
    "tanggal laporan capaian (bawaan: hari ini; blank = diisi tangan)": (
        "date of the Laporan capaian (default: today; blank = left to fill by hand)"
    ),
    "Rencana Aksi: semua IKU, yang belum berencana dengan baris kosong": (
        "Rencana Aksi: every IKU, those without a plan with an empty row"
    ),
    "hanya perjanjian tahun ini (dengan --unit)": "only agreements of this year (with --unit)",
    "simpan gambar jendela utama ke berkas PNG lalu keluar": (
        "save a picture of the main window to a PNG file and exit"
    ),
    "pilih simpul pohon, mis. 'BKD/Maria Qibtya/2024' (dengan --screenshot)": (
        "select a tree node, e.g. 'BKD/Maria Qibtya/2024' (with --screenshot)"
    ),
    "uji mandiri: basis data, demo, nilai, aturan, PDF dan jendela pada folder sementara": (
        "self-test: database, demo, scores, rules, PDF and window in a temporary folder"
    ),
    "lewati langkah jendela utama": "skip the main-window step",
    "impor dan ekspor buku kerja Excel (.xlsx), templat kosong": (
        "import and export Excel workbooks (.xlsx), blank templates"
    ),
    "impor PK, Rincian Target, Rencana Aksi, KSD, matriks cascading, daftar pejabat": (
        "import a PK, Rincian Target, Rencana Aksi, KSD, cascading matrix or list of officials"
    ),
    "ekspor perjanjian ke buku kerja berformat (PK, Rincian Target, RA, KSD …)": (
        "export agreements to a formatted workbook (PK, Rincian Target, RA, KSD …)"
    ),
    "buku kerja kosong untuk satu tata letak": ("a blank workbook for one layout"),
    "Pratinjau lalu impor dalam satu transaksi; sel yang tidak terbaca disebutkan.": (
        "Preview, then import in one transaction; cells that cannot be read are named."
    ),
    "isi perjanjian yang ada (draf)": ("fill an existing agreement (draft)"),
    "buat perjanjian baru untuk unit ini": ("create a new agreement for this unit"),
    "hanya pratinjau, tidak menulis": ("preview only, write nothing"),
    "laporan JSON": ("JSON report"),
    "pk,rincian_target,rencana_aksi,ksd,matriks_cascading,laporan_capaian,metadata (bawaan: semua)": (
        "pk,rincian_target,rencana_aksi,ksd,matriks_cascading,laporan_capaian,metadata (default: all)"
    ),
    "kertas cetak": ("print paper"),
    "pk_dki, pk_kaltara, rincian_target, rencana_aksi, ksd, pejabat, matriks_cascading": (
        "pk_dki, pk_kaltara, rincian_target, rencana_aksi, ksd, pejabat (officials), matriks_cascading"
    ),
    # pk-desk province (app/services/province_cli.py)
    "tampilan provinsi: cakupan PK dan pelaporan per unit": (
        "province views: PK and reporting coverage per unit"
    ),
    "tahun perjanjian": "agreement year",
    "coverage: matriks cakupan unit × status PK × triwulan dilaporkan; "
    "scores: nilai provinsi IKU dari IKU unit yang di-cascade; "
    "inbox: bundel yang diterima; mode: mode basis data (unit/provinsi); "
    "rpjmd: Nilai Sasaran RPJMD; tree: pohon cascading; "
    "locks: PK yang disetujui dan kuncinya; unlock: buka kunci persetujuan": (
        "coverage: the matrix of units × PK status × quarters reported; "
        "scores: province values of IKU from the unit IKU cascaded from them; "
        "inbox: the bundles received; mode: the database's mode (unit/province); "
        "rpjmd: Nilai Sasaran RPJMD; tree: the cascade tree; "
        "locks: approved agreements and their locks; unlock: take an approval back"
    ),
    "keluaran JSON (rpjmd, tree, locks, unlock)": "JSON output (rpjmd, tree, locks, unlock)",
    "TW1..TW4 (scores, rpjmd, tree; bawaan TW4; unlock: tanpa --period semua kunci)": (
        "TW1..TW4 (scores, rpjmd, tree; default TW4; unlock: without --period every lock)"
    ),
    "unlock: perjanjian yang kuncinya dibuka (boleh berulang; lihat `province locks`)": (
        "unlock: an agreement to unlock (repeatable; see `province locks`)"
    ),
    "unlock: alasan membuka kunci (wajib)": "unlock: the reason for unlocking (required)",
    "mode: jadikan basis data ini mode unit/provinsi": "mode: make this a unit or province database",
    "IKU unit ini (scores; bawaan: IKU Gubernur)": "this unit's IKU (scores; default: the Gubernur's)",
    "simpan matriks di berkas ini: .xlsx sebagai buku kerja, selain itu CSV (titik koma)": (
        "save the matrix to this file: .xlsx as a workbook, otherwise CSV (semicolons)"
    ),
}
METAVARS_EN = {
    "CADANGAN.sqlite": "BACKUP.sqlite",
    "PERINTAH": "COMMAND",
    "NAMA|set": "NAME|set",
    "KODE": "CODE",
    "JALUR": "PATH",
}
#: argparse's own texts (Python 3.11–3.13 msgids) as an Indonesian reader sees them; a text
#: argparse adds later stays English until it is listed here.
ARGPARSE_ID = {
    "usage: ": "penggunaan: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan nomor versi program lalu keluar",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "ignored explicit argument %r": "argumen eksplisit %r diabaikan",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "expected one argument": "memerlukan satu nilai",
    "expected at most one argument": "memerlukan paling banyak satu nilai",
    "expected at least one argument": "memerlukan paling sedikit satu nilai",
    "expected %s argument": "memerlukan %s nilai",
    "expected %s arguments": "memerlukan %s nilai",
    "ambiguous option: %(option)s could match %(matches)s": (
        "opsi %(option)s ambigu, bisa berarti %(matches)s"
    ),
    "unexpected option string: %s": "opsi tak terduga: %s",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak valid: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan tidak valid: %(value)r (pilih salah satu: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "tidak dapat membuka '%(filename)s': %(error)s",
}
# argparse's own help texts, in either language: not ours to translate
_ARGPARSE_OWN = frozenset(
    {
        text
        for msgid in ("show this help message and exit", "show program's version number and exit")
        for text in (msgid, ARGPARSE_ID[msgid])
    }
)


def speak_argparse(language: str) -> None:
    """Make argparse's own words (usage, errors, its help lines) Indonesian for "id" and its
    English otherwise. argparse looks each text up through the module's `_` and `ngettext`
    when it builds a parser or reports an error, so this runs before the parser is built."""
    import gettext

    if language == "id":
        argparse._ = lambda text: ARGPARSE_ID.get(text, text)  # type: ignore[attr-defined]
        argparse.ngettext = lambda one, many, n: ARGPARSE_ID.get(  # type: ignore[attr-defined]
            one if n == 1 else many, one if n == 1 else many
        )
    else:
        argparse._ = gettext.gettext  # type: ignore[attr-defined]
        argparse.ngettext = gettext.ngettext  # type: ignore[attr-defined]


def unrecognized(extra: list[str]) -> str:
    """argparse's own message for arguments left over, in the language it speaks now."""
    return argparse._("unrecognized arguments: %s") % " ".join(extra)  # type: ignore[attr-defined]


def _option(argv: list[str], name: str) -> str | None:
    for i, arg in enumerate(argv):
        if arg == name and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(f"{name}="):
            return arg.split("=", 1)[1]
    return None


def saved_language(config_dir: Path) -> str | None:
    """The language chosen in the window's Settings (its INI file), read without Qt."""
    from app.paths import UI_SETTINGS_FILE

    path = Path(config_dir) / UI_SETTINGS_FILE
    if not path.is_file():  # never saved: configparser is not even imported
        return None
    import configparser

    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None  # a damaged settings file only loses the preference
    value = parser.get("ui", "language", fallback="").strip()
    return value if value in ("id", "en") else None


def wanted_language(argv: list[str]) -> str:
    """--lang from the command line (read before the parser exists), else the language saved
    in Settings under --data-dir (or PK_DESK_DATA_DIR, or the user's folder), else "id"."""
    given = _option(argv, "--lang")
    if given:
        return given
    from app.paths import AppPaths

    return saved_language(AppPaths.resolve(_option(argv, "--data-dir")).config_dir) or "id"


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """The parser and every sub-command's parser."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                yield from parsers(sub)


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every description, epilog and help string of the parser tree (for the test)."""
    out: list[str] = []
    for each in parsers(parser):
        out.extend(t for t in (each.description, each.epilog) if t)
        for action in each._actions:
            if action.help and action.help != argparse.SUPPRESS:
                out.append(action.help)
            if isinstance(action, argparse._SubParsersAction):
                out.extend(c.help for c in action._choices_actions if c.help)
    return [t for t in dict.fromkeys(out) if t not in _ARGPARSE_OWN]


def translate_parser(parser: argparse.ArgumentParser) -> None:
    """Swap the Indonesian texts for English in place; unknown ones stay as written."""
    for each in parsers(parser):
        each.description = HELP_EN.get(each.description or "", each.description)
        each.epilog = HELP_EN.get(each.epilog or "", each.epilog)
        for action in each._actions:
            if isinstance(action.help, str):
                action.help = HELP_EN.get(action.help, action.help)
            if isinstance(action.metavar, str):
                action.metavar = METAVARS_EN.get(action.metavar, action.metavar)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        choice.help = HELP_EN.get(choice.help, choice.help)
