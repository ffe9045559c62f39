"""Province views (SPEC §9 "Consolidation"): the coverage matrix a Kepala Biro reads."""
