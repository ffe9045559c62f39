"""Pure scoring and rule checks: plain data in, plain data out (no Qt, no SQL).

Modules, inner first:
- `enums`, `numbers` (Decimal helpers, Indonesian parsing/formatting), `dates`, `nip`;
- `profile`: the regional profile read from resources/profiles/*.json;
- `periods` (period consolidation, due rule, sisa target), `capaian`;
- `agreement` (input records), `scoring` (`score_agreement`: IKU, sasaran, Nilai Kinerja,
  RPJMD groups);
- `findings`, `rules` (content rules), `cascade_rules`, `action_plans`, `lifecycle_rules`;
- `messages` (Indonesian/English wording of every finding and reason);
- `scenario` (`parse_scenario` / `score_scenario`, the `pk-desk score FILE.json` contract).

Nothing is imported here, so `import app.engine.enums` stays cheap for the model layer.
"""
