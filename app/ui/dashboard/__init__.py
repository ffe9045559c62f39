"""The quarterly dashboard of a unit: Nilai Kinerja, Nilai Sasaran, charts and IKU at risk."""
