"""English for `pk-desk --lang en --help`: the parser is written in Indonesian (the default
language) and its texts are swapped for these after it is built, so a new option only needs a
line here (tests/cli/test_cli_english.py lists the ones missing)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

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
    "inbox: bundel yang diterima; mode: mode basis data (unit/provinsi)": (
        "coverage: the matrix of units × PK status × quarters reported; "
        "scores: province values of IKU from the unit IKU cascaded from them; "
        "inbox: the bundles received; mode: the database's mode (unit/province)"
    ),
    "TW1..TW4 (scores; bawaan TW4)": "TW1..TW4 (scores; default TW4)",
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
# argparse's own texts, already English
_ARGPARSE_OWN = frozenset(
    {"show this help message and exit", "show program's version number and exit"}
)


def wanted_language(argv: list[str]) -> str:
    """The --lang given on the command line (before the parser exists), else "id"."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return "id"


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
