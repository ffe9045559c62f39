"""Names shared by the workbook export and the Excel import, so the two never drift apart."""

from __future__ import annotations

#: The metadata sheet the export writes (and the import reads back) for an exact round trip:
#: indicator field -> header.
METADATA_HEADERS: dict[str, str] = {
    "number": "No IKU",
    "source_system": "Sistem Sumber Data",
    "measurement_text": "Pengukuran Kinerja",
    "mandatory": "Wajib",
    "misi": "Misi",
    "goal_description": "Uraian Sasaran",
    "definition": "Definisi",
    "formula": "Formula",
    "control": "Kendali",
    "validity": "Validitas",
    "responsible_unit": "Unit Penanggung Jawab",
    "responsible_person": "Penanggung Jawab",
    "data_provider": "Penyedia Data",
    "data_source": "Sumber Data (Metadata)",
    "cascade_type": "Jenis Cascading",
    "cascade_method": "Metode Cascading",
    "period_consolidation": "Konsolidasi Periode",
    "location_consolidation": "Konsolidasi Lokasi",
    "polarity": "Polaritas",
    "measuring_period": "Periode Pengukuran",
    "target_aspect": "Aspek Target",
    "target_form": "Bentuk Target",
    "scale_code": "Skala",
    "completion_source": "Sumber Penyelesaian",
}
