"""Rencana Aksi of an IKU and the Kegiatan Strategis Daerah (KSD) of a unit."""
