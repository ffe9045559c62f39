"""The state of one record as a function of the set of its revisions, whatever order they
arrived in: this is why A-then-B equals B-then-A.

For each field, the revisions that changed it and were not superseded by a later revision
(one that has them as ancestors) compete. One left: its value. Several with different
values: a hard conflict, won deterministically by the latest `edited_at` (then `rev_id`),
the other value kept in the conflict list. Several heads that changed different fields: a
soft conflict, both applied and flagged. Pure Python: no database here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Revision:
    rev_id: str
    entity: str
    entity_id: str
    base_rev_id: str | None
    merges: tuple[str, ...]
    origin: str
    origin_seq: int
    changed: dict[str, Any]
    before: dict[str, Any]
    deleted: bool
    author: str
    edited_at: str  # ISO 8601 UTC; compared as text only after normalising

    @property
    def parents(self) -> tuple[str, ...]:
        return ((self.base_rev_id,) if self.base_rev_id else ()) + self.merges

    @property
    def order_key(self) -> tuple[str, str]:
        return (self.edited_at, self.rev_id)

    def line(self) -> dict[str, Any]:
        """The changes.jsonl object (SPEC §9); `merges` only when there are any."""
        data: dict[str, Any] = {
            "entity": self.entity,
            "id": self.entity_id,
            "rev_id": self.rev_id,
            "base_rev_id": self.base_rev_id,
            "origin": self.origin,
            "origin_seq": self.origin_seq,
            "changed": self.changed,
            "before": self.before,
            "deleted": self.deleted,
            "author": self.author,
            "edited_at": self.edited_at,
        }
        if self.merges:
            data["merges"] = list(self.merges)
        return data


@dataclass(frozen=True)
class Conflict:
    kind: str  # hard / soft
    entity: str
    entity_id: str
    field: str | None
    winner_rev: str
    other_rev: str
    base: Any
    current: Any
    incoming: Any

    @property
    def conflict_id(self) -> str:
        key = f"{self.kind}|{self.entity_id}|{self.field}|{self.winner_rev}|{self.other_rev}"
        return hashlib.sha256(key.encode()).hexdigest()


@dataclass
class Folded:
    fields: dict[str, Any] = field(default_factory=dict)
    heads: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    has_insert: bool = False


def _ancestors(revisions: dict[str, Revision]) -> dict[str, set[str]]:
    memo: dict[str, set[str]] = {}
    for start in revisions:
        if start in memo:
            continue
        # Iterative post-order walk: revision chains can be long.
        stack: list[tuple[str, bool]] = [(start, False)]
        while stack:
            rev_id, expanded = stack.pop()
            if rev_id in memo:
                continue
            parents = [p for p in revisions[rev_id].parents if p in revisions]
            if expanded:
                found: set[str] = set()
                for parent in parents:
                    found.add(parent)
                    found |= memo[parent]
                memo[rev_id] = found
            else:
                stack.append((rev_id, True))
                stack.extend((p, False) for p in parents if p not in memo)
    return memo


def fold(revisions: dict[str, Revision]) -> Folded:
    """Fields, heads and open conflicts of one record from all its known revisions."""
    result = Folded()
    if not revisions:
        return result
    if len(revisions) == 1:  # the common case of a new record: nothing to compare
        (only,) = revisions.values()
        return Folded(fields=dict(only.changed), heads=[only.rev_id], has_insert=not only.parents)
    ancestors = _ancestors(revisions)
    superseded = set().union(*ancestors.values())
    result.heads = sorted(
        (r for r in revisions if r not in superseded), key=lambda r: revisions[r].order_key
    )
    result.has_insert = any(not r.parents for r in revisions.values())
    touching: dict[str, list[Revision]] = {}
    for revision in revisions.values():
        for name in revision.changed:
            touching.setdefault(name, []).append(revision)
    hard_pairs: set[tuple[str, str]] = set()
    for name in sorted(touching):
        candidates = touching[name]
        live = [
            r
            for r in candidates
            if not any(r.rev_id in ancestors[o.rev_id] for o in candidates if o is not r)
        ]
        live.sort(key=lambda r: r.order_key)
        winner = live[-1]
        result.fields[name] = winner.changed[name]
        for other in live[:-1]:
            if other.changed[name] != winner.changed[name]:
                hard_pairs.add((winner.rev_id, other.rev_id))
                result.conflicts.append(
                    Conflict(
                        kind="hard",
                        entity=winner.entity,
                        entity_id=winner.entity_id,
                        field=name,
                        winner_rev=winner.rev_id,
                        other_rev=other.rev_id,
                        base=other.before.get(name),
                        current=winner.changed[name],
                        incoming=other.changed[name],
                    )
                )
    if len(result.heads) > 1:
        winner = revisions[result.heads[-1]]
        for other_id in result.heads[:-1]:
            if (winner.rev_id, other_id) in hard_pairs:
                continue
            other = revisions[other_id]
            result.conflicts.append(
                Conflict(
                    kind="soft",
                    entity=winner.entity,
                    entity_id=winner.entity_id,
                    field=None,
                    winner_rev=winner.rev_id,
                    other_rev=other_id,
                    base=None,
                    current=sorted(winner.changed),
                    incoming=sorted(other.changed),
                )
            )
    return result
