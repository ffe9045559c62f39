"""The installation's Ed25519 key pair and the receiving side's trusted-keys list.

The private key lives in the user's key folder (`AppPaths.keys_dir`), readable only by the
user; it is created on first use, never at import. `key_id` is the first 8 bytes of the
SHA-256 of the raw public key (SPEC §9); the fingerprint people read aloud to confirm it is
that id in groups of four hex digits.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from app.sync.errors import SyncError

PRIVATE_KEY_FILE = "installation_ed25519.pem"
INSTALLATION_FILE = "installation.json"
TRUSTED_FILE = "trusted_keys.json"
PUBLIC_KEY_FORMAT = "pk-desk-public-key"


def key_id_of(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).digest()[:8].hex()


def fingerprint(key_id: str) -> str:
    """`ab12 cd34 ef56 7890`: the id in groups that are easy to read over the phone."""
    return " ".join(key_id[i : i + 4] for i in range(0, len(key_id), 4))


def public_raw(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def verify_signature(public_b64: str, signature: bytes, data: bytes) -> bool:
    try:
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64, validate=True))
        public.verify(signature, data)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


@dataclass(frozen=True)
class InstallationKey:
    """This installation's identity: the signing key, its id and the installation's UUID."""

    private: Ed25519PrivateKey
    installation_id: str

    @property
    def public_b64(self) -> str:
        return base64.b64encode(public_raw(self.private.public_key())).decode("ascii")

    @property
    def key_id(self) -> str:
        return key_id_of(public_raw(self.private.public_key()))

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key_id)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)

    def origin(self, unit: str, database_id: str, user: str) -> dict[str, str]:
        """The manifest's `origin`: who signed a bundle, receipt or reference bundle."""
        return {
            "unit": unit,
            "installation_id": self.installation_id,
            "database_id": database_id,
            "key_id": self.key_id,
            "public_key": self.public_b64,
            "user": user,
        }

    def public_key_document(self, unit: str | None = None) -> dict[str, str | None]:
        """What a unit hands the province (`pk-desk keys export`) to be trusted."""
        return {
            "format": PUBLIC_KEY_FORMAT,
            "key_id": self.key_id,
            "public_key": self.public_b64,
            "installation_id": self.installation_id,
            "unit": unit,
        }


def _write_private(path: Path, data: bytes) -> None:
    """Create the file readable by the user only, atomically (no window with wider rights)."""
    temporary = path.with_suffix(".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def load_or_create_key(keys_dir: Path) -> InstallationKey:
    """The installation key, created on first use."""
    keys_dir.mkdir(parents=True, exist_ok=True)
    try:
        keys_dir.chmod(0o700)
    except OSError:  # pragma: no cover - e.g. a FAT stick; the file mode still applies
        pass
    key_path = keys_dir / PRIVATE_KEY_FILE
    info_path = keys_dir / INSTALLATION_FILE
    if key_path.exists():
        loaded = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
        if not isinstance(loaded, Ed25519PrivateKey):
            raise SyncError("key_file_invalid", path=key_path, why="not an Ed25519 key")
        private = loaded
    else:
        private = Ed25519PrivateKey.generate()
        pem = private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        _write_private(key_path, pem)
    if info_path.exists():
        installation_id = str(json.loads(info_path.read_text("utf-8"))["installation_id"])
    else:
        installation_id = str(uuid.uuid4())
        info_path.write_text(json.dumps({"installation_id": installation_id}), "utf-8")
    return InstallationKey(private=private, installation_id=installation_id)


@dataclass
class TrustedKey:
    key_id: str
    public_key: str
    unit: str
    label: str = ""
    trusted_at: str = ""
    revoked_at: str | None = None
    revoked_reason: str | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key_id)


class TrustStore:
    """Keys the receiving side accepts, per unit, kept as JSON beside the installation key.

    Revoked keys stay listed (with the date) so a bundle signed by one is refused as
    revoked, not merely as unknown.
    """

    def __init__(self, keys_dir: Path) -> None:
        self.path = keys_dir / TRUSTED_FILE

    def keys(self) -> list[TrustedKey]:
        if not self.path.exists():
            return []
        data = json.loads(self.path.read_text("utf-8"))
        return [TrustedKey(**item) for item in data.get("keys", [])]

    def _save(self, keys: list[TrustedKey]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"keys": [asdict(k) for k in keys]}, indent=2, ensure_ascii=False)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(text, "utf-8")
        os.replace(temporary, self.path)

    def find(self, key_id: str) -> TrustedKey | None:
        return next((k for k in self.keys() if k.key_id == key_id), None)

    def trust(self, public_b64: str, unit: str, label: str = "") -> TrustedKey:
        try:
            raw = base64.b64decode(public_b64, validate=True)
            Ed25519PublicKey.from_public_bytes(raw)
        except ValueError as exc:
            raise SyncError("key_file_invalid", path="-", why=str(exc)) from None
        entry = TrustedKey(
            key_id=key_id_of(raw),
            public_key=public_b64,
            unit=unit,
            label=label,
            trusted_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        )
        keys = [k for k in self.keys() if not (k.key_id == entry.key_id and k.unit == unit)]
        keys.append(entry)
        self._save(keys)
        return entry

    def revoke(self, key_id: str, reason: str = "") -> TrustedKey:
        keys = self.keys()
        hits = [k for k in keys if k.key_id == key_id]
        if not hits:
            raise SyncError("no_key", key_id=key_id)
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        for entry in hits:
            entry.revoked_at = now
            entry.revoked_reason = reason or None
        self._save(keys)
        return hits[0]

    def status(self, key_id: str, public_b64: str, unit: str) -> str:
        """ "trusted", "revoked" or "untrusted" for a key signing a bundle of `unit`."""
        entries = [k for k in self.keys() if k.key_id == key_id and k.public_key == public_b64]
        if any(k.revoked_at for k in entries):
            return "revoked"
        if any(k.unit in (unit, "*") for k in entries):
            return "trusted"
        return "untrusted"


def parse_public_key(text: str, where: object = "-") -> dict[str, str]:
    """A public key as a unit hands it over: the `.pkkey` document (`pk-desk keys export`)
    or its bare base64 text, pasted. {public_key, key_id, unit}."""
    stripped = text.strip()
    unit = ""
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise SyncError("key_file_invalid", path=where, why=str(exc)) from None
        if not isinstance(data, dict) or data.get("format") != PUBLIC_KEY_FORMAT:
            raise SyncError(
                "key_file_invalid", path=where, why=f"format is not {PUBLIC_KEY_FORMAT}"
            )
        public = data.get("public_key")
        if not isinstance(public, str):
            raise SyncError("key_file_invalid", path=where, why="no public_key")
        unit = str(data.get("unit") or "")
    else:
        public = "".join(stripped.split())
    try:
        raw = base64.b64decode(public, validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise SyncError("key_file_invalid", path=where, why=str(exc) or "not a key") from None
    return {"public_key": public, "key_id": key_id_of(raw), "unit": unit}


def read_key_text(path: Path) -> str:
    """The text of a key file, or one sentence saying why it cannot be read."""
    try:
        return path.read_text("utf-8")
    except FileNotFoundError:
        raise SyncError("file_missing", path=path) from None
    except UnicodeDecodeError as exc:
        raise SyncError("key_file_invalid", path=path, why=str(exc)) from None


def read_public_key_file(path: Path) -> dict[str, str]:
    """A `.pkkey` document written by `pk-desk keys export` (or a file holding the bare key)."""
    return parse_public_key(read_key_text(path), path)
