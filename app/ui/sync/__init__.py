"""Sending bundles to the province and receiving bundles and receipts (SPEC §9)."""
