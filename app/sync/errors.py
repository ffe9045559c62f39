"""Every refusal of the sync layer: an id, parameters and one sentence in Indonesian or English.

A refusal always means nothing was written; the sentence names the check that failed.
"""

from __future__ import annotations

from typing import Any

from app.services.errors import ServiceError

# message id -> (Indonesian, English)
MESSAGES: dict[str, tuple[str, str]] = {
    "file_missing": ("Berkas {path} tidak ditemukan.", "File {path} was not found."),
    "empty": ("Berkas {path} kosong.", "File {path} is empty."),
    "too_large": (
        "Berkas {path} berukuran {size} bita, melebihi batas {limit} bita untuk sebuah bundel.",
        "File {path} is {size} bytes, over the {limit}-byte limit for a bundle.",
    ),
    "not_zip": (
        "Berkas {path} bukan bundel PK Desk (bukan arsip zip yang utuh; mungkin terpotong).",
        "File {path} is not a PK Desk bundle (not an intact zip archive; it may be truncated).",
    ),
    "too_many_entries": (
        "Bundel {path} berisi {count} entri, melebihi batas {limit}; bundel ditolak.",
        "Bundle {path} holds {count} entries, over the limit of {limit}; refused.",
    ),
    "unsafe_path": (
        'Bundel {path} memuat jalur berbahaya "{name}" ({why}); bundel ditolak.',
        'Bundle {path} contains the unsafe path "{name}" ({why}); refused.',
    ),
    "symlink_member": (
        'Bundel {path} memuat tautan simbolik "{name}"; bundel ditolak.',
        'Bundle {path} contains the symbolic link "{name}"; refused.',
    ),
    "duplicate_member": (
        'Bundel {path} memuat entri "{name}" lebih dari sekali; bundel ditolak.',
        'Bundle {path} contains the entry "{name}" more than once; refused.',
    ),
    "member_too_large": (
        'Entri "{name}" di bundel {path} berukuran {size} bita, melebihi batas {limit} bita.',
        'Entry "{name}" of bundle {path} is {size} bytes, over the {limit}-byte limit.',
    ),
    "total_too_large": (
        "Isi bundel {path} berjumlah {size} bita setelah dibuka, melebihi batas {limit} bita.",
        "Bundle {path} unpacks to {size} bytes, over the {limit}-byte limit.",
    ),
    "ratio_too_high": (
        'Entri "{name}" di bundel {path} memampat {ratio}:1, melebihi batas {limit}:1 '
        "(bom zip); bundel ditolak.",
        'Entry "{name}" of bundle {path} compresses {ratio}:1, over the {limit}:1 limit '
        "(zip bomb); refused.",
    ),
    "member_corrupt": (
        'Entri "{name}" di bundel {path} rusak ({why}); bundel ditolak.',
        'Entry "{name}" of bundle {path} is damaged ({why}); refused.',
    ),
    "manifest_missing": (
        "Bundel {path} tidak memuat manifest.json.",
        "Bundle {path} has no manifest.json.",
    ),
    "unsigned": (
        "Bundel {path} tidak bertanda tangan (manifest.sig tidak ada).",
        "Bundle {path} is not signed (manifest.sig is missing).",
    ),
    "manifest_invalid": (
        "manifest.json di bundel {path} tidak valid: {why}.",
        "manifest.json of bundle {path} is invalid: {why}.",
    ),
    "format_unknown": (
        'Bundel {path} berformat "{format}", bukan bundel PK Desk.',
        'Bundle {path} has format "{format}", not a PK Desk bundle.',
    ),
    "format_too_new": (
        "Bundel {path} berformat versi {version}, lebih baru dari yang dikenal aplikasi ini "
        "(versi {supported}); perbarui PK Desk.",
        "Bundle {path} has format version {version}, newer than this application knows "
        "(version {supported}); update PK Desk.",
    ),
    "format_too_old": (
        "Bundel {path} berformat versi {version}, terlalu lama (minimal {oldest}).",
        "Bundle {path} has format version {version}, too old (at least {oldest}).",
    ),
    "bad_signature": (
        "Tanda tangan bundel {path} tidak cocok dengan manifest-nya (berkas diubah).",
        "The signature of bundle {path} does not match its manifest (the file was altered).",
    ),
    "untrusted_key": (
        "Bundel {path} ditandatangani kunci {key_id} yang belum dipercaya untuk unit {unit}; "
        "periksa sidik jarinya lalu percayai dengan 'pk-desk keys trust'.",
        "Bundle {path} is signed by key {key_id}, not trusted for unit {unit}; check its "
        "fingerprint, then trust it with 'pk-desk keys trust'.",
    ),
    "revoked_key": (
        "Bundel {path} ditandatangani kunci {key_id} yang sudah dicabut; bundel ditolak.",
        "Bundle {path} is signed by key {key_id}, which was revoked; refused.",
    ),
    "unlisted_member": (
        'Bundel {path} memuat entri "{name}" yang tidak tercantum di manifest.',
        'Bundle {path} contains the entry "{name}", which the manifest does not list.',
    ),
    "listed_missing": (
        'Manifest bundel {path} mencantumkan "{name}" tetapi berkas itu tidak ada di bundel.',
        'The manifest of bundle {path} lists "{name}", but the bundle does not contain it.',
    ),
    "hash_mismatch": (
        'Isi entri "{name}" di bundel {path} tidak cocok dengan hash di manifest.',
        'The content of entry "{name}" in bundle {path} does not match the manifest hash.',
    ),
    "size_mismatch": (
        'Entri "{name}" di bundel {path} berukuran {size} bita, manifest menyebut {expected}.',
        'Entry "{name}" of bundle {path} is {size} bytes; the manifest says {expected}.',
    ),
    "line_invalid": (
        "Baris {line} {name} di bundel {path} tidak valid: {why}.",
        "Line {line} of {name} in bundle {path} is invalid: {why}.",
    ),
    "duplicate_revision": (
        "Revisi {rev_id} muncul dua kali di bundel {path} (baris {first} dan {line}).",
        "Revision {rev_id} appears twice in bundle {path} (lines {first} and {line}).",
    ),
    "foreign_unit": (
        "Baris {line} bundel {path} mengubah {entity} {id} milik unit lain, bukan unit {unit}; "
        "bundel ditolak.",
        "Line {line} of bundle {path} changes {entity} {id}, which belongs to another unit, "
        "not {unit}; refused.",
    ),
    "locked_period": (
        "Bundel {path} mengubah data {period} perjanjian {agreement} yang sudah disetujui "
        "provinsi ({approved}); bundel ditolak.",
        "Bundle {path} changes {period} data of agreement {agreement}, already approved by the "
        "province ({approved}); refused.",
    ),
    "natural_key_taken": (
        "Bundel {path} membawa {what} {value} baru, padahal basis data ini sudah memiliki "
        "{what} {value} dengan id lain; samakan datanya lebih dulu, bundel ditolak.",
        "Bundle {path} brings a new {what_en} {value}, but this database already holds "
        "{what_en} {value} under another id; reconcile them first; refused.",
    ),
    "revision_conflict": (
        "Revisi {rev_id} ({entity} {id}) sudah ada dengan isi lain; bundel {path} ditolak "
        "karena galat integritas.",
        "Revision {rev_id} ({entity} {id}) already exists with other content; bundle {path} is "
        "refused as an integrity error.",
    ),
    "unknown_base": (
        "Revisi {rev_id} di bundel {path} berinduk revisi {base} yang tidak dikenal.",
        "Revision {rev_id} in bundle {path} is based on revision {base}, which is unknown.",
    ),
    "structural": (
        "Bundel {path} tidak dapat diterapkan: {why}.",
        "Bundle {path} cannot be applied: {why}.",
    ),
    "unit_unknown": (
        "Unit {unit} tidak ada di basis data ini.",
        "Unit {unit} is not in this database.",
    ),
    "no_key": (
        "Kunci {key_id} tidak ada di daftar kunci tepercaya.",
        "Key {key_id} is not in the trusted-keys list.",
    ),
    "key_file_invalid": (
        "Berkas kunci {path} tidak valid: {why}.",
        "Key file {path} is invalid: {why}.",
    ),
    "key_unit_missing": (
        "Sebutkan kode unit pemilik kunci ini.",
        "Name the code of the unit this key belongs to.",
    ),
    "fingerprint_mismatch": (
        "Sidik jari kunci di {path} adalah {actual}, bukan {expected} yang dikonfirmasi.",
        "The key in {path} has fingerprint {actual}, not the confirmed {expected}.",
    ),
    "receipt_unknown_agreement": (
        "Tanda terima {path} menyebut perjanjian {agreement} yang tidak ada di basis data ini.",
        "Receipt {path} names agreement {agreement}, which is not in this database.",
    ),
    "nothing_to_receipt": (
        "Perjanjian {agreement} belum pernah diterima lewat bundel; tanda terima tidak dibuat.",
        "Agreement {agreement} never arrived in a bundle; no receipt was written.",
    ),
    "reference_empty": (
        "Belum ada data referensi (sasaran RPJMD, IKU RPJMD, KSD, IKU wajib atau pembaruan "
        "profil daerah); bundel referensi tidak dibuat.",
        "There is no reference data yet (RPJMD goals or indicators, KSD, mandatory "
        "indicators or a regional profile update); no reference bundle was written.",
    ),
    "reference_invalid": (
        "Data referensi di bundel {path} tidak valid: {why}; bundel ditolak.",
        "The reference data in bundle {path} is invalid: {why}; refused.",
    ),
    "conflict_unknown": (
        "Konflik {conflict} tidak ditemukan atau sudah diselesaikan.",
        "Conflict {conflict} was not found or is already resolved.",
    ),
}


class SyncError(ServiceError):
    """A bundle, key or receipt refused; nothing was written. `str()` is the Indonesian text."""

    def __init__(self, message_id: str, **params: Any) -> None:
        super().__init__(render(message_id, params, "id"))
        self.message_id = message_id
        self.params = params
        # locked_period: every (agreement id, period, approval date) the bundle touched.
        self.locked: list[tuple[str, str, str]] = []

    def text(self, lang: str = "id") -> str:
        return render(self.message_id, self.params, lang)


def render(message_id: str, params: dict[str, Any], lang: str = "id") -> str:
    pair = MESSAGES[message_id]
    template = pair[1] if lang == "en" else pair[0]
    return template.format(**{k: "—" if v is None else v for k, v in params.items()})
