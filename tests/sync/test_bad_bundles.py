"""Every malformed, tampered, unsafe or unauthorised bundle is refused with one sentence naming
the check, and the receiving database's logical hash (computed from rows) is unchanged."""

from __future__ import annotations

import io
import json
import stat
import struct
import uuid
import warnings
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Agreement, Indicator, PeriodValue, Unit
from app.models.changelog import SyncHead
from app.models.enums import Period
from app.services import agreements
from app.sync import service
from app.sync.bundle_file import MANIFEST, SIGNATURE, canonical_json, sha256_hex
from app.sync.keys import InstallationKey, load_or_create_key
from tests.sync.conftest import SyncWorld


def _refused(world: SyncWorld, path: Path, message_id: str, target: Path | None = None) -> str:
    before = world.hash(target)
    [result] = world.import_(path, target=target)
    after = world.hash(target)
    assert result.error is not None, f"{path.name} was accepted"
    assert result.error.message_id == message_id, result.error.text()
    assert after == before, "a refused bundle changed the database"
    sentence = result.error.text()
    assert sentence.endswith(".") and "\n" not in sentence and "Traceback" not in sentence
    assert result.error.text("en") != sentence
    return sentence


def _parts(path: Path) -> tuple[dict, dict[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        files = {n: archive.read(n) for n in archive.namelist() if n not in (MANIFEST, SIGNATURE)}
    return manifest, files


def _write(
    path: Path,
    manifest: dict,
    files: dict[str, bytes],
    key: InstallationKey | None,
    *,
    listed: dict[str, bytes] | None = None,
    extra: list[tuple[zipfile.ZipInfo | str, bytes]] = (),  # type: ignore[assignment]
) -> Path:
    """A bundle signed by `key` (unsigned when None), listing `listed` (default: `files`)."""
    manifest = dict(manifest)
    manifest["files"] = [
        {"path": n, "sha256": sha256_hex(d), "size": len(d), "records": d.count(b"\n")}
        for n, d in sorted((listed if listed is not None else files).items())
    ]
    raw = canonical_json(manifest)
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate we mean to write
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, raw)
            if key is not None:
                archive.writestr(SIGNATURE, key.sign(raw))
            for name, data in files.items():
                archive.writestr(name, data)
            for info, data in extra:
                archive.writestr(info, data)
    path.write_bytes(buffer.getvalue())
    return path


def _key(world: SyncWorld) -> InstallationKey:
    return service.installation_key(world.paths)


@pytest.fixture
def good(world: SyncWorld) -> Path:
    return world.export()


def test_the_crafting_helper_writes_an_acceptable_bundle(world: SyncWorld, good: Path) -> None:
    """Guards the tests below: an untouched re-signed bundle imports fine."""
    manifest, files = _parts(good)
    [result] = world.import_(_write(world.root / "same.pkbundle", manifest, files, _key(world)))
    assert result.error is None


def test_empty_file(world: SyncWorld) -> None:
    path = world.root / "empty.pkbundle"
    path.write_bytes(b"")
    _refused(world, path, "empty")


def test_truncated_file(world: SyncWorld, good: Path) -> None:
    path = world.root / "cut.pkbundle"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    _refused(world, path, "not_zip")


def _data_offset(path: Path, name: str) -> int:
    data = path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    return info.header_offset + 30 + name_len + extra_len + info.compress_size // 2


@pytest.mark.parametrize("member", ["changes.jsonl", MANIFEST])
def test_one_byte_tampered(world: SyncWorld, good: Path, member: str) -> None:
    data = bytearray(good.read_bytes())
    data[_data_offset(good, member)] ^= 0x01
    path = world.root / "tampered.pkbundle"
    path.write_bytes(bytes(data))
    before = world.hash()
    [result] = world.import_(path)
    assert result.error is not None
    assert result.error.message_id in {"member_corrupt", "hash_mismatch", "bad_signature"}
    assert world.hash() == before


def test_manifest_changed_after_signing(world: SyncWorld, good: Path) -> None:
    manifest, files = _parts(good)
    other = load_or_create_key(world.root / "other-keys")
    path = _write(world.root / "resigned.pkbundle", manifest, files, other)
    # Signed by another key but claiming this installation's key id: the signature fails.
    with zipfile.ZipFile(path) as archive:
        sig = archive.read(SIGNATURE)
    manifest["origin"] = dict(manifest["origin"])
    forged = _write(world.root / "forged.pkbundle", manifest, files, None)
    with zipfile.ZipFile(forged, "a") as archive:
        archive.writestr(SIGNATURE, sig)
    _refused(world, forged, "bad_signature")


def test_unsigned(world: SyncWorld, good: Path) -> None:
    manifest, files = _parts(good)
    _refused(world, _write(world.root / "u.pkbundle", manifest, files, None), "unsigned")


def test_untrusted_key(world: SyncWorld, good: Path) -> None:
    manifest, files = _parts(good)
    stranger = load_or_create_key(world.root / "stranger-keys")
    manifest["origin"] = {
        **manifest["origin"],
        "key_id": stranger.key_id,
        "public_key": stranger.public_b64,
    }
    path = _write(world.root / "stranger.pkbundle", manifest, files, stranger)
    sentence = _refused(world, path, "untrusted_key")
    assert stranger.key_id in sentence
    with world.province() as db:
        [accepted] = service.import_files(db, [path], world.paths, accept_untrusted=True)
    assert accepted.error is None and accepted.report["warnings"] == ["untrusted_key"]
    assert accepted.report["status"] == "warning"


def test_revoked_key(world: SyncWorld, good: Path) -> None:
    service.trust_store(world.paths).revoke(_key(world).key_id, "laptop stolen")
    _refused(world, good, "revoked_key")
    with world.province() as db:
        [still] = service.import_files(db, [good], world.paths, accept_untrusted=True)
    assert still.error is not None and still.error.message_id == "revoked_key"


@pytest.mark.parametrize(
    ("name", "why"),
    [("../../evil.sh", "'..'"), ("attachments/../../x", "'..'"), ("/etc/cron.d/evil", "absolute")],
)
def test_zip_slip_and_absolute_paths(world: SyncWorld, good: Path, name: str, why: str) -> None:
    manifest, files = _parts(good)
    path = _write(world.root / "slip.pkbundle", manifest, files, _key(world), extra=[(name, b"x")])
    assert why in _refused(world, path, "unsafe_path")


def test_symlink_member(world: SyncWorld, good: Path) -> None:
    manifest, files = _parts(good)
    link = zipfile.ZipInfo("attachments/link")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = _write(
        world.root / "link.pkbundle", manifest, files, _key(world), extra=[(link, b"/etc/passwd")]
    )
    _refused(world, path, "symlink_member")


def test_duplicate_member(world: SyncWorld, good: Path) -> None:
    manifest, files = _parts(good)
    path = _write(
        world.root / "dup.pkbundle",
        manifest,
        files,
        _key(world),
        extra=[("changes.jsonl", files["changes.jsonl"])],
    )
    _refused(world, path, "duplicate_member")


def test_zip_bomb(world: SyncWorld, good: Path) -> None:
    manifest, files = _parts(good)
    bomb = bytes(20 * 1024 * 1024)
    path = _write(
        world.root / "bomb.pkbundle",
        manifest,
        {**files, "attachments/" + sha256_hex(bomb): bomb},
        _key(world),
    )
    assert path.stat().st_size < 200_000
    _refused(world, path, "ratio_too_high")


def test_ten_million_tiny_entries_refused_from_the_directory_end(world: SyncWorld) -> None:
    """The end record claims 10,000,000 entries; refused before any directory is parsed."""
    record = b"PK\x06\x06" + struct.pack("<QHHIIQQQQ", 44, 45, 45, 0, 0, 10**7, 10**7, 0, 0)
    locator = b"PK\x06\x07" + struct.pack("<IQI", 0, 0, 1)
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    path = world.root / "many.pkbundle"
    path.write_bytes(record + locator + end)
    assert "10000000" in _refused(world, path, "too_many_entries")


def test_more_real_entries_than_the_cap(world: SyncWorld, good: Path) -> None:
    manifest, files = _parts(good)
    tiny = [(f"attachments/{i:05d}", b"") for i in range(10_001)]
    path = _write(world.root / "tiny.pkbundle", manifest, files, _key(world), extra=tiny)
    _refused(world, path, "too_many_entries")


def test_manifest_lists_a_missing_file(world: SyncWorld, good: Path) -> None:
    manifest, files = _parts(good)
    ghost = {"attachments/" + "a" * 64: b"ghost"}
    path = _write(
        world.root / "ghost.pkbundle", manifest, files, _key(world), listed={**files, **ghost}
    )
    assert "attachments/" in _refused(world, path, "listed_missing")


def test_member_not_in_the_manifest(world: SyncWorld, good: Path) -> None:
    manifest, files = _parts(good)
    path = _write(
        world.root / "stow.pkbundle",
        manifest,
        files,
        _key(world),
        extra=[("attachments/stowaway", b"x")],
    )
    _refused(world, path, "unlisted_member")


def test_future_major_format(world: SyncWorld, good: Path) -> None:
    manifest, files = _parts(good)
    manifest["format_version"] = "2.0"
    _refused(
        world, _write(world.root / "v2.pkbundle", manifest, files, _key(world)), "format_too_new"
    )


def test_previous_major_format_is_still_read(world: SyncWorld, good: Path) -> None:
    manifest, files = _parts(good)
    manifest["format_version"] = "0.9"
    [result] = world.import_(_write(world.root / "v0.pkbundle", manifest, files, _key(world)))
    assert result.error is None


def test_duplicate_revision_ids_named_with_line_numbers(world: SyncWorld, good: Path) -> None:
    manifest, files = _parts(good)
    lines = files["changes.jsonl"].splitlines(keepends=True)
    files["changes.jsonl"] = b"".join([*lines[:5], lines[1], *lines[5:]])
    path = _write(world.root / "dupid.pkbundle", manifest, files, _key(world))
    assert "2 dan 6" in _refused(world, path, "duplicate_revision")


def test_malformed_line_named_with_its_number(world: SyncWorld, good: Path) -> None:
    manifest, files = _parts(good)
    lines = files["changes.jsonl"].splitlines(keepends=True)
    line = json.loads(lines[2])
    line["changed"] = {"no_such_field": 1}
    lines[2] = canonical_json(line) + b"\n"
    files["changes.jsonl"] = b"".join(lines)
    path = _write(world.root / "badline.pkbundle", manifest, files, _key(world))
    assert "Baris 3" in _refused(world, path, "line_invalid")


def test_revision_for_an_entity_of_another_unit(world: SyncWorld, good: Path) -> None:
    """A BKD bundle that renames a Jakarta Barat indicator is refused at the unit's own DB."""
    with world.unit() as db, db.session() as session:
        jakbar = session.scalars(select(Unit).where(Unit.code == "JAKBAR")).one()
        agreement = session.scalars(select(Agreement).where(Agreement.unit_id == jakbar.id)).first()
        assert agreement is not None
        indicator_id = agreement.goals[0].indicators[0].id
        head = session.scalars(
            select(SyncHead.rev_id).where(SyncHead.entity_id == indicator_id)
        ).one()
    manifest, files = _parts(good)
    line = {
        "author": "intruder",
        "base_rev_id": head,
        "before": {},
        "changed": {"name": "Diganti oleh BKD"},
        "deleted": False,
        "edited_at": "2030-01-01T00:00:00.000000+00:00",
        "entity": "indicators",
        "id": indicator_id,
        "origin": manifest["origin"]["database_id"],
        "origin_seq": 999999,
        "rev_id": str(uuid.uuid4()),
    }
    files["changes.jsonl"] += canonical_json(line) + b"\n"
    path = _write(world.root / "foreign.pkbundle", manifest, files, _key(world))
    sentence = _refused(world, path, "foreign_unit", target=world.unit_path)
    assert indicator_id in sentence
    with world.unit() as db, db.session() as session:
        indicator = session.get(Indicator, indicator_id)
        assert indicator is not None and indicator.name != "Diganti oleh BKD"


def test_bundle_for_a_locked_period(world: SyncWorld) -> None:
    world.import_(world.export())
    agreement_id, indicator_id = world.bkd()
    with world.province() as db:
        receipt = service.receipt(
            db, world.paths, [agreement_id], world.root / "receipts", period="TW1"
        )
    world.import_(receipt, target=world.unit_path)
    with world.unit() as db:
        agreements.set_actual(db, indicator_id, Period.TW1, Decimal("42"))
    locked = world.export()
    sentence = _refused(world, locked, "locked_period")
    assert "TW1" in sentence
    with world.unit() as db:
        agreements.set_actual(db, indicator_id, Period.TW2, Decimal("43"))
    [later] = world.import_(world.export())
    assert later.error is None, "an unlocked period still arrives"
    with world.province() as db, db.session() as session:
        values = {
            v.period: v.actual
            for v in session.scalars(
                select(PeriodValue).where(PeriodValue.indicator_id == indicator_id)
            )
        }
    assert values[Period.TW2] == Decimal("43") and values[Period.TW1] != Decimal("42")


def test_cli_refusal_is_one_sentence_with_exit_2(
    world: SyncWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    path = world.root / "empty.pkbundle"
    path.write_bytes(b"")
    code = main(
        [
            "--data-dir",
            str(world.paths.data_dir),
            "bundle",
            "import",
            str(path),
            "--db",
            world.province_url,
        ]
    )
    captured = capsys.readouterr()
    assert code == 2
    lines = captured.err.strip().splitlines()
    assert (
        len(lines) == 1 and lines[0].startswith("pk-desk: Berkas") and lines[0].endswith("kosong.")
    )
