"""Sync bundles: signed, verified files that carry a unit's revisions to the province (SPEC §9).

No Qt and no SQLite-only SQL here: the province reuses this package over PostgreSQL.
"""
