"""The bundle's zip is written by hand (so changes.jsonl can be compressed on another thread
while the export reads on); it must stay byte for byte what `zipfile` writes, and read back."""

from __future__ import annotations

import io
import os
import stat
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.sync import bundle_file
from app.sync.bundle_file import Deflating, Member, deflate, sha256_hex, zip_bytes

_MEMBERS = {
    "manifest.json": b'{"format":"pk-desk-bundle"}',
    "changes.jsonl": b"".join(
        b'{"id":"%d","name":"Bidang %d"}\n' % (i, i % 7) for i in range(9000)
    ),
    "context.jsonl": b"",
    "attachments/ab12": bytes(range(256)) * 40,
    "lampiran/surat-é.pdf": "Perjanjian Kinerja — ü".encode(),
}


def _zipfile_bytes(members: dict[str, bytes]) -> bytes:
    """The archive as `zipfile` writes it with the bundle's fixed settings."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data, compresslevel=6)
    return buffer.getvalue()


def test_hand_written_zip_is_byte_for_byte_what_zipfile_writes() -> None:
    written = zip_bytes([(name, Member(data)) for name, data in _MEMBERS.items()])
    assert written == _zipfile_bytes(_MEMBERS)
    with zipfile.ZipFile(io.BytesIO(written)) as archive:
        assert archive.testzip() is None
        assert {name: archive.read(name) for name in archive.namelist()} == _MEMBERS


def test_a_member_deflated_piece_by_piece_on_another_thread_gives_the_same_bytes() -> None:
    changes = _MEMBERS["changes.jsonl"]
    with ThreadPoolExecutor(1) as pool:
        deflating = Deflating(pool)
        for start in range(0, len(changes), 70_001):  # pieces cut anywhere, even mid-line
            deflating.add(changes[start : start + 70_001])
        ahead = deflating.member(records=9000)
    assert ahead.data == changes and ahead.deflated == deflate(changes)
    assert ahead.sha256 == sha256_hex(changes) and ahead.crc == zlib.crc32(changes)
    members = [(n, ahead if n == "changes.jsonl" else Member(d)) for n, d in _MEMBERS.items()]
    assert zip_bytes(members) == _zipfile_bytes(_MEMBERS)


@pytest.mark.skipif(os.name == "nt", reason="Windows has no folder handle to sync")
def test_a_bundle_written_is_synced_with_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file and then the folder holding its new name reach the disk before the ledger
    row commits: a power cut cannot bring back the `.part` name of a recorded bundle."""
    synced: list[str] = []
    real_fsync = os.fsync

    def recording_fsync(descriptor: int) -> None:
        synced.append("folder" if stat.S_ISDIR(os.fstat(descriptor).st_mode) else "file")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    target = tmp_path / "pk_BKD_x.pkbundle"
    bundle_file.write_atomically(target, b"bundle bytes")
    assert target.read_bytes() == b"bundle bytes" and not list(tmp_path.glob("*.part"))
    assert synced == ["file", "folder"]
