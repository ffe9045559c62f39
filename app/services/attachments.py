"""Files kept with an agreement: the printed PDF frozen at signing and scans of the signed copy.

Every file is stored whole with its SHA-256, and its type is read from its first bytes, not
trusted from its name. One place reads a chosen file, so the editor and the signing dialog
refuse the same files with the same sentence.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

from sqlalchemy.orm import Session

from app.models import Agreement, Attachment
from app.models.database import INCLUDE_DELETED, Database
from app.models.enums import AttachmentKind
from app.services.agreements import ensure_editable
from app.services.errors import invalid, missing
from app.services.organisation import get

MAX_SCAN_BYTES = 50 * 1024 * 1024
_MEDIA_TYPES = {
    b"%PDF": "application/pdf",
    b"\x89PNG": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"II*\x00": "image/tiff",
    b"MM\x00*": "image/tiff",
}


def _media_type(file_name: str, content: bytes) -> str:
    for magic, media_type in _MEDIA_TYPES.items():
        if content.startswith(magic):
            return media_type
    raise invalid("scan_not_image", "scan", name=file_name)


def read_scan(path: str | os.PathLike[str]) -> tuple[str, bytes]:
    """The name and content of a scan file the user chose, refused before reading when too big."""
    source = Path(path)
    try:
        if source.stat().st_size > MAX_SCAN_BYTES:
            raise invalid("scan_too_large", "scan", name=source.name)
        return source.name, source.read_bytes()
    except OSError as exc:
        raise invalid(
            "scan_unreadable", "scan", name=source.name, reason=str(exc.strerror or exc)
        ) from exc


def add_attachment(
    session: Session, agreement: Agreement, kind: AttachmentKind, file_name: str, content: bytes
) -> Attachment:
    """Store one file with the agreement inside the caller's transaction."""
    if not content:
        raise invalid("scan_empty", "scan", name=file_name)
    if len(content) > MAX_SCAN_BYTES:
        raise invalid("scan_too_large", "scan", name=file_name)
    attachment = Attachment(
        agreement_id=agreement.id,
        kind=kind,
        file_name=file_name,
        media_type=_media_type(file_name, content),
        sha256=hashlib.sha256(content).hexdigest(),
        size=len(content),
        content=content,
    )
    session.add(attachment)
    session.flush()
    return attachment


def attach_scan(db: Database, agreement_id: str, file_name: str, content: bytes) -> str:
    """Attach the scan of the signed copy (allowed on a signed agreement: it adds evidence,
    it changes nothing that was agreed). Returns the scan's SHA-256."""
    with db.transaction("Lampirkan pindaian") as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        return add_attachment(
            session, agreement, AttachmentKind.SIGNED_SCAN, file_name, content
        ).sha256


def attach_scan_file(db: Database, agreement_id: str, path: str | os.PathLike[str]) -> str:
    """The editor's undoable "Lampirkan pindaian", in any status: the scan of the signed
    copy usually arrives after the PK was marked signed. Returns the id."""
    file_name, content = read_scan(path)
    with db.transaction("Lampirkan pindaian") as session:
        agreement = get(session, Agreement, agreement_id, "Perjanjian kinerja")
        return add_attachment(session, agreement, AttachmentKind.SIGNED_SCAN, file_name, content).id


def set_attachment_removed(db: Database, attachment_id: str, removed: bool) -> None:
    """Remove an attachment (a tombstone) or bring it back (undo). A scan may be removed
    from a signed PK (a wrong file attached); the printed copy's fingerprint may not."""
    with db.transaction("Hapus lampiran" if removed else "Pulihkan lampiran") as session:
        attachment = session.get(
            Attachment, attachment_id, execution_options={INCLUDE_DELETED: True}
        )
        if attachment is None:
            raise missing("Lampiran", attachment_id)
        if attachment.kind != AttachmentKind.SIGNED_SCAN:
            ensure_editable(session, session.get(Agreement, attachment.agreement_id))
        attachment.deleted_at = dt.datetime.now(dt.UTC) if removed else None
