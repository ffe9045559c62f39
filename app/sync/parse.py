"""Reading `changes.jsonl` and `context.jsonl` of a verified bundle, line by line, refusing
the first line that is not a well-formed revision (with its line number)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.sync import entities
from app.sync.bundle_file import VerifiedBundle
from app.sync.errors import SyncError
from app.sync.merge import Revision
from app.sync.revisions import normalise_iso

CHANGES = "changes.jsonl"
CONTEXT = "context.jsonl"
_REQUIRED: dict[str, type | tuple[type, ...]] = {
    "entity": str,
    "id": str,
    "rev_id": str,
    "base_rev_id": (str, type(None)),
    "origin": str,
    "origin_seq": int,
    "changed": dict,
    "before": dict,
    "deleted": bool,
    "author": str,
    "edited_at": str,
}


@dataclass(frozen=True)
class ContextRow:
    line: int
    entity: str
    entity_id: str
    fields: dict[str, Any]


def _lines(bundle: VerifiedBundle, name: str) -> list[tuple[int, dict[str, Any]]]:
    raw = bundle.members.get(name, b"")
    out: list[tuple[int, dict[str, Any]]] = []
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SyncError(
                "line_invalid", path=bundle.path, name=name, line=number, why=str(exc)
            ) from None
        if not isinstance(data, dict):
            raise SyncError(
                "line_invalid", path=bundle.path, name=name, line=number, why="not an object"
            )
        out.append((number, data))
    return out


def _check_fields(
    bundle: VerifiedBundle, name: str, number: int, entity: str, fields: dict[str, Any]
) -> dict[str, Any]:
    """The fields decoded to column values; the first that cannot be is the line's refusal."""
    table = entities.synced_tables()[entity]
    decoded: dict[str, Any] = {}
    for field_name, value in fields.items():
        try:
            decoded[field_name] = entities.decode_value(table, field_name, value)
        except entities.DecodeError as exc:
            raise SyncError(
                "line_invalid", path=bundle.path, name=name, line=number, why=str(exc)
            ) from None
    return decoded


def parse_changes(
    bundle: VerifiedBundle, decoded: dict[str, dict[str, Any]] | None = None
) -> list[tuple[int, Revision]]:
    """The revisions with their line numbers; `decoded` (when given) receives each one's
    changed fields as column values, so the import need not decode them again."""
    tables = entities.synced_tables()
    seen: dict[str, int] = {}
    entity_of: dict[str, str] = {}
    out: list[tuple[int, Revision]] = []
    for number, data in _lines(bundle, CHANGES):

        def bad(why: str, number: int = number) -> SyncError:
            return SyncError("line_invalid", path=bundle.path, name=CHANGES, line=number, why=why)

        for key, kind in _REQUIRED.items():
            if (
                key not in data
                or not isinstance(data[key], kind)
                or (kind is int and isinstance(data[key], bool))
            ):
                raise bad(f"'{key}' missing or of the wrong type")
        if data["entity"] not in tables:
            raise bad(f"unknown entity '{data['entity']}'")
        merges = data.get("merges", [])
        if not isinstance(merges, list) or not all(isinstance(m, str) for m in merges):
            raise bad("'merges' must be a list of revision ids")
        rev_id = data["rev_id"]
        if rev_id in seen:
            raise SyncError(
                "duplicate_revision",
                path=bundle.path,
                rev_id=rev_id,
                first=seen[rev_id],
                line=number,
            )
        seen[rev_id] = number
        if entity_of.setdefault(data["id"], data["entity"]) != data["entity"]:
            raise bad(f"record {data['id']} named as two different entities")
        values = _check_fields(bundle, CHANGES, number, data["entity"], data["changed"])
        if decoded is not None:
            decoded[rev_id] = values
        try:
            edited_at = normalise_iso(data["edited_at"])
        except ValueError:
            raise bad("'edited_at' is not an ISO date and time") from None
        out.append(
            (
                number,
                Revision(
                    rev_id=rev_id,
                    entity=data["entity"],
                    entity_id=data["id"],
                    base_rev_id=data["base_rev_id"],
                    merges=tuple(merges),
                    origin=data["origin"],
                    origin_seq=data["origin_seq"],
                    changed=data["changed"],
                    before=data["before"],
                    deleted=data["deleted"],
                    author=data["author"],
                    edited_at=edited_at,
                ),
            )
        )
    return out


def parse_context(bundle: VerifiedBundle) -> list[ContextRow]:
    tables = entities.synced_tables()
    out: list[ContextRow] = []
    for number, data in _lines(bundle, CONTEXT):
        entity, entity_id, fields = data.get("entity"), data.get("id"), data.get("fields")
        if entity not in tables or not isinstance(entity_id, str) or not isinstance(fields, dict):
            raise SyncError(
                "line_invalid", path=bundle.path, name=CONTEXT, line=number, why="not a record"
            )
        _check_fields(bundle, CONTEXT, number, entity, fields)
        out.append(ContextRow(number, entity, entity_id, fields))
    return out
