"""The `.pkbundle` container: a reproducible, signed zip, and its verification before any
data in it is parsed.

Verification reads everything in memory (nothing is extracted to disk) and refuses, with one
sentence naming the check, anything that is not exactly what a PK Desk installation writes:
oversized or bomb-like archives, unsafe or duplicate member names, links, unlisted or missing
members, a bad signature, an untrusted or revoked key, a hash or size that does not match, a
format major version other than N or N−1.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import stat
import struct
import zipfile
import zlib
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.models.changelog import dumps
from app.sync.errors import SyncError
from app.sync.keys import InstallationKey, TrustStore, key_id_of, verify_signature

BUNDLE_FORMAT = "pk-desk-bundle"
RECEIPT_FORMAT = "pk-desk-receipt"
REFERENCE_FORMAT = "pk-desk-reference"  # the province's RPJMD, KSD and mandatory indicators
ALL_FORMATS = (BUNDLE_FORMAT, RECEIPT_FORMAT, REFERENCE_FORMAT)
FORMAT_MAJOR = 1
FORMAT_VERSION = f"{FORMAT_MAJOR}.0"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_ENTRIES = 10_000
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024  # tiny members may compress absurdly well and still be harmless
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
_DRIVE = re.compile(r"^[A-Za-z]:")


def canonical_json(data: Any) -> bytes:
    """The one byte form of a JSON document: sorted keys, no spaces, UTF-8."""
    return dumps(data).encode()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Member:
    """A file for `build_archive` with what its caller already knows about it: its hash,
    its JSON-lines record count, its raw-deflate bytes (level 6) and CRC-32."""

    data: bytes
    sha256: str | None = None
    records: int | None = None
    deflated: bytes | None = None
    crc: int | None = None


def deflate(data: bytes) -> bytes:
    """Raw deflate at level 6: the bytes zipfile writes for a ZIP_DEFLATED member at
    compresslevel 6."""
    return zlib.compress(data, 6, wbits=-15)


class Deflating:
    """A member compressed, hashed and CRC'd on a background thread piece by piece as its
    caller makes it (zlib and hashlib release the GIL): the caller reads on meanwhile. The
    deflated bytes are those of `deflate` on the whole (zlib's output does not depend on
    how its input is split). `pool` must run its tasks one at a time, in order."""

    def __init__(self, pool: Executor) -> None:
        self._pool = pool
        self._deflater = zlib.compressobj(6, zlib.DEFLATED, -15)
        self._sha256 = hashlib.sha256()
        self._crc = 0
        self._pieces: list[bytes] = []
        self._tasks: list[Future[bytes]] = []

    def add(self, piece: bytes) -> None:
        self._pieces.append(piece)
        self._tasks.append(self._pool.submit(self._take, piece))

    def _take(self, piece: bytes) -> bytes:
        self._crc = zlib.crc32(piece, self._crc)
        self._sha256.update(piece)
        return self._deflater.compress(piece)

    def cancel(self) -> None:
        """Drop the pieces not compressed yet (the member will not be written)."""
        for task in self._tasks:
            task.cancel()

    def member(self, records: int | None = None) -> Member:
        """The whole member, once the background thread is through with it."""
        self._tasks.append(self._pool.submit(self._deflater.flush))
        deflated = b"".join(task.result() for task in self._tasks)
        data = b"".join(self._pieces)
        return Member(data, self._sha256.hexdigest(), records, deflated, self._crc)


def build_archive(
    manifest: dict[str, Any],
    files: dict[str, bytes | Member],
    key: InstallationKey,
) -> bytes:
    """The signed zip's bytes. Same manifest and files → same bytes (fixed times, sorted names,
    deterministic Ed25519), so a re-export of unchanged data is byte-identical."""
    manifest = dict(manifest)
    members = {
        name: data if isinstance(data, Member) else Member(data)
        for name, data in sorted(files.items())
    }
    manifest["files"] = [
        {
            "path": name,
            "sha256": member.sha256 or sha256_hex(member.data),
            "size": len(member.data),
            "records": _records(name, member),
        }
        for name, member in members.items()
    ]
    manifest_bytes = canonical_json(manifest)
    signed = {MANIFEST: Member(manifest_bytes), SIGNATURE: Member(key.sign(manifest_bytes))}
    return zip_bytes(list((signed | members).items()))


def _records(name: str, member: Member) -> int:
    if not name.endswith(".jsonl"):
        return 1
    return member.data.count(b"\n") if member.records is None else member.records


# What zipfile writes for a member of ours (see `zip_bytes`): DOS time of `_ZIP_TIME`,
# version 2.0, made on Unix, a regular file rw-r--r--, deflated.
_DOS_DATE = (_ZIP_TIME[0] - 1980) << 9 | _ZIP_TIME[1] << 5 | _ZIP_TIME[2]
_DOS_TIME = _ZIP_TIME[3] << 11 | _ZIP_TIME[4] << 5 | _ZIP_TIME[5] // 2
_VERSION, _UNIX, _UTF8_NAME = 20, 3, 0x800
_MODE = (stat.S_IFREG | 0o644) << 16


def zip_bytes(members: list[tuple[str, Member]]) -> bytes:
    """The zip of the members, in their order, joined into one buffer: byte for byte what
    `zipfile` writes for them (deflated at level 6, `_ZIP_TIME`, made on Unix, mode 0644),
    without compressing again what a caller compressed ahead."""
    total = sum(len(member.data) for _, member in members)
    if total > MAX_TOTAL_BYTES:  # a bundle no installation would accept (and beyond zip64)
        raise SyncError("total_too_large", path="-", size=total, limit=MAX_TOTAL_BYTES)
    parts: list[bytes] = []
    directory: list[bytes] = []
    offset = 0
    for name, member in members:
        try:
            encoded, flags = name.encode("ascii"), 0
        except UnicodeEncodeError:
            encoded, flags = name.encode("utf-8"), _UTF8_NAME
        deflated = deflate(member.data) if member.deflated is None else member.deflated
        crc = zlib.crc32(member.data) if member.crc is None else member.crc
        size = len(member.data)
        fields = (flags, zipfile.ZIP_DEFLATED, _DOS_TIME, _DOS_DATE, crc, len(deflated), size)
        header = struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", _VERSION, 0, *fields, len(encoded), 0)
        parts += (header, encoded, deflated)
        directory.append(
            struct.pack(
                "<4s4B4HL2L5H2L",
                b"PK\x01\x02",
                _VERSION,
                _UNIX,
                _VERSION,
                0,
                *fields,
                len(encoded),
                0,
                0,
                0,
                0,
                _MODE,
                offset,
            )
            + encoded
        )
        offset += len(header) + len(encoded) + len(deflated)
    size = sum(len(entry) for entry in directory)
    count = len(directory)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, size, offset, 0)
    return b"".join([*parts, *directory, end])


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target and rename, so a pulled USB stick never holds half a bundle."""
    temporary = path.with_name(path.name + ".part")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable: until the folder itself is synced, a power cut may
    bring back the `.part` name although the ledger already records the bundle. Windows has no
    folder handle to sync (its rename is journalled), and a file system that cannot sync a
    folder (some USB sticks) keeps what it has."""
    if os.name == "nt":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


@dataclass
class VerifiedBundle:
    """A bundle whose container, signature and hashes were checked; data not yet parsed."""

    path: str
    sha256: str
    manifest: dict[str, Any]
    members: dict[str, bytes]
    key_status: str
    warnings: list[str] = field(default_factory=list)
    # The parsed changes and context, kept after the first (dry-run) import of this object.
    parsed: Any = field(default=None, repr=False, compare=False)

    @property
    def bundle_id(self) -> str:
        return str(self.manifest["bundle_id"])

    @property
    def is_receipt(self) -> bool:
        return self.manifest.get("format") == RECEIPT_FORMAT

    @property
    def is_reference(self) -> bool:
        return self.manifest.get("format") == REFERENCE_FORMAT

    @property
    def origin(self) -> dict[str, Any]:
        return dict(self.manifest["origin"])


def _declared_entries(data: bytes, path: str) -> int:
    """Entry count from the end-of-central-directory record, read before zipfile parses the
    directory: ten million tiny entries are refused without building ten million objects."""
    tail_start = max(0, len(data) - (65535 + 22))
    at = data.rfind(b"PK\x05\x06", tail_start)
    if at < 0 or at + 22 > len(data):
        raise SyncError("not_zip", path=path)
    count = struct.unpack_from("<H", data, at + 10)[0]
    locator = at - 20
    if locator >= 0 and data[locator : locator + 4] == b"PK\x06\x07":
        record_at = struct.unpack_from("<Q", data, locator + 8)[0]
        if record_at + 56 <= len(data) and data[record_at : record_at + 4] == b"PK\x06\x06":
            count = max(count, struct.unpack_from("<Q", data, record_at + 32)[0])
        else:
            raise SyncError("not_zip", path=path)
    return int(count)


def _unsafe_reason(name: str) -> str | None:
    if not name:
        return "empty name"
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return "absolute path"
    if "\\" in name:
        return "backslash"
    if ".." in name.split("/"):
        return "'..'"
    if name.endswith("/"):
        return "folder entry"
    if "\x00" in name:
        return "NUL byte"
    return None


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: str) -> bytes:
    """Read at most the declared size; more (a lying header) or a CRC error is damage."""
    try:
        with archive.open(info) as handle:
            data = handle.read(info.file_size + 1)
            if len(data) > info.file_size:
                raise SyncError(
                    "member_corrupt", path=path, name=info.filename, why="size larger than declared"
                )
            handle.read(1)  # reach the end so the CRC is checked
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, zlib.error) as exc:
        raise SyncError("member_corrupt", path=path, name=info.filename, why=str(exc)) from None
    except NotImplementedError as exc:
        raise SyncError("member_corrupt", path=path, name=info.filename, why=str(exc)) from None
    if len(data) != info.file_size:
        raise SyncError("member_corrupt", path=path, name=info.filename, why="truncated")
    return data


def _check_members(infos: list[zipfile.ZipInfo], path: str) -> None:
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if name in seen:
            raise SyncError("duplicate_member", path=path, name=name)
        seen.add(name)
        reason = _unsafe_reason(name)
        if reason:
            raise SyncError("unsafe_path", path=path, name=name, why=reason)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise SyncError("symlink_member", path=path, name=name)
        if info.file_size > MAX_MEMBER_BYTES:
            raise SyncError(
                "member_too_large",
                path=path,
                name=name,
                size=info.file_size,
                limit=MAX_MEMBER_BYTES,
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise SyncError("total_too_large", path=path, size=total, limit=MAX_TOTAL_BYTES)
        if info.file_size > RATIO_FLOOR:
            ratio = info.file_size // max(info.compress_size, 1)
            if ratio > MAX_RATIO:
                raise SyncError(
                    "ratio_too_high", path=path, name=name, ratio=ratio, limit=MAX_RATIO
                )


def _parse_manifest(raw: bytes, path: str, formats: tuple[str, ...]) -> dict[str, Any]:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SyncError("manifest_invalid", path=path, why=str(exc)) from None
    if not isinstance(manifest, dict):
        raise SyncError("manifest_invalid", path=path, why="not a JSON object")
    fmt = manifest.get("format")
    if fmt not in formats:
        raise SyncError("format_unknown", path=path, format=fmt)
    version = str(manifest.get("format_version", ""))
    match = re.fullmatch(r"(\d+)\.(\d+)", version)
    if not match:
        raise SyncError("manifest_invalid", path=path, why=f"format_version '{version}'")
    major = int(match.group(1))
    if major > FORMAT_MAJOR:
        raise SyncError("format_too_new", path=path, version=version, supported=FORMAT_VERSION)
    if major < FORMAT_MAJOR - 1:
        raise SyncError("format_too_old", path=path, version=version, oldest=FORMAT_MAJOR - 1)
    for key, kind in (("bundle_id", str), ("origin", dict), ("files", list)):
        if not isinstance(manifest.get(key), kind):
            raise SyncError("manifest_invalid", path=path, why=f"'{key}' missing or wrong type")
    origin = manifest["origin"]
    for key in ("key_id", "public_key", "unit"):
        if not isinstance(origin.get(key), str):
            raise SyncError("manifest_invalid", path=path, why=f"'origin.{key}' missing")
    return manifest


def verify_bytes(
    data: bytes,
    path: str,
    trust: TrustStore | None,
    *,
    accept_untrusted: bool = False,
    formats: tuple[str, ...] = ALL_FORMATS,
) -> VerifiedBundle:
    """Every container and signature check, in the order that touches the least first."""
    if not data:
        raise SyncError("empty", path=path)
    if len(data) > MAX_FILE_BYTES:
        raise SyncError("too_large", path=path, size=len(data), limit=MAX_FILE_BYTES)
    count = _declared_entries(data, path)
    if count > MAX_ENTRIES:
        raise SyncError("too_many_entries", path=path, count=count, limit=MAX_ENTRIES)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise SyncError("not_zip", path=path) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise SyncError("too_many_entries", path=path, count=len(infos), limit=MAX_ENTRIES)
        _check_members(infos, path)
        by_name = {info.filename: info for info in infos}
        if MANIFEST not in by_name:
            raise SyncError("manifest_missing", path=path)
        if SIGNATURE not in by_name:
            raise SyncError("unsigned", path=path)
        for name in (MANIFEST, SIGNATURE):
            if by_name[name].file_size > MAX_MANIFEST_BYTES:
                raise SyncError(
                    "member_too_large",
                    path=path,
                    name=name,
                    size=by_name[name].file_size,
                    limit=MAX_MANIFEST_BYTES,
                )
        manifest_bytes = _read_member(archive, by_name[MANIFEST], path)
        signature = _read_member(archive, by_name[SIGNATURE], path)
        manifest = _parse_manifest(manifest_bytes, path, formats)
        origin = manifest["origin"]
        public = origin["public_key"]
        if not verify_signature(public, signature, manifest_bytes):
            raise SyncError("bad_signature", path=path)
        if key_id_of(base64.b64decode(public)) != origin["key_id"]:
            raise SyncError("bad_signature", path=path)
        status = trust.status(origin["key_id"], public, origin["unit"]) if trust else "untrusted"
        warnings: list[str] = []
        if status == "revoked":
            raise SyncError("revoked_key", path=path, key_id=origin["key_id"])
        if status == "untrusted":
            if not accept_untrusted:
                raise SyncError(
                    "untrusted_key", path=path, key_id=origin["key_id"], unit=origin["unit"]
                )
            warnings.append("untrusted_key")
        listed: dict[str, dict[str, Any]] = {}
        for entry in manifest["files"]:
            name = entry.get("path") if isinstance(entry, dict) else None
            if not isinstance(name, str) or _unsafe_reason(name) or name in listed:
                raise SyncError("manifest_invalid", path=path, why=f"file entry {entry!r}")
            if name in (MANIFEST, SIGNATURE):
                raise SyncError("manifest_invalid", path=path, why=f"file entry {name}")
            listed[name] = entry
        for name in by_name:
            if name not in listed and name not in (MANIFEST, SIGNATURE):
                raise SyncError("unlisted_member", path=path, name=name)
        for name in listed:
            if name not in by_name:
                raise SyncError("listed_missing", path=path, name=name)
        members: dict[str, bytes] = {}
        for name, entry in sorted(listed.items()):
            if by_name[name].file_size != entry.get("size"):
                raise SyncError(
                    "size_mismatch",
                    path=path,
                    name=name,
                    size=by_name[name].file_size,
                    expected=entry.get("size"),
                )
            content = _read_member(archive, by_name[name], path)
            if sha256_hex(content) != entry.get("sha256"):
                raise SyncError("hash_mismatch", path=path, name=name)
            members[name] = content
    return VerifiedBundle(
        path=path,
        sha256=sha256_hex(data),
        manifest=manifest,
        members=members,
        key_status=status,
        warnings=warnings,
    )


def read_file(path: Path) -> bytes:
    """The whole file, refusing before reading when it is missing or far too large."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SyncError("file_missing", path=path) from None
    if size > MAX_FILE_BYTES:
        raise SyncError("too_large", path=path, size=size, limit=MAX_FILE_BYTES)
    return path.read_bytes()


def verify_file(
    path: Path,
    trust: TrustStore | None,
    *,
    accept_untrusted: bool = False,
    formats: tuple[str, ...] = ALL_FORMATS,
) -> VerifiedBundle:
    return verify_bytes(
        read_file(path), str(path), trust, accept_untrusted=accept_untrusted, formats=formats
    )
