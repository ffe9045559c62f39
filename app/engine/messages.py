"""Wording of every finding, warning and N/A reason, in Indonesian (default) and English.

The engine returns ids and parameters; this module is the one place their text lives, used
by the UI rules panel, the CLI and the scenario result (STYLE §9).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from app.engine.dates import format_date
from app.engine.findings import Finding
from app.engine.numbers import format_id

LANGUAGES = ("id", "en")
_DOUBLE_SPACE = re.compile(r" {2,}")

# message id -> (Indonesian, English)
MESSAGES: dict[str, tuple[str, str]] = {
    # -- content rules --
    "quality_forbidden": (
        'IKU "{indicator}" pada sasaran "{goal}" berkualitas {validity}-{control}, kombinasi '
        "yang tidak diperbolehkan; ganti IKU atau perbaiki kualitasnya.",
        'Indicator "{indicator}" of goal "{goal}" has quality {validity}-{control}, a forbidden '
        "combination; replace the indicator or improve its quality.",
    ),
    "quality_forbidden_level": (
        'IKU "{indicator}" pada sasaran "{goal}" berkualitas {validity}-{control}, yang tidak '
        "diperbolehkan untuk {level}; ganti IKU atau perbaiki kualitas sasaran.",
        'Indicator "{indicator}" of goal "{goal}" has quality {validity}-{control}, which is not '
        "allowed for {level}; replace the indicator or improve the goal.",
    ),
    "activity_only_goal": (
        'Sasaran "{goal}" hanya diukur dengan IKU activity; {level} wajib memakai minimal satu '
        "IKU exact atau proxy.",
        'Goal "{goal}" is measured by activity indicators only; {level} needs at least one exact '
        "or proxy indicator.",
    ),
    "duplicate_indicator": (
        'IKU "{indicator}" pada sasaran "{goal}" sudah mengukur sasaran "{other_goal}"; satu IKU '
        "hanya boleh mengukur satu sasaran dalam satu Perjanjian Kinerja.",
        'Indicator "{indicator}" of goal "{goal}" already measures goal "{other_goal}"; an '
        "indicator may measure only one goal in an agreement.",
    ),
    "duplicate_indicator_same_goal": (
        'IKU "{indicator}" tercantum lebih dari sekali pada sasaran "{goal}".',
        'Indicator "{indicator}" is listed more than once under goal "{goal}".',
    ),
    "missing_metadata": (
        'IKU "{indicator}" pada sasaran "{goal}": {field} belum diisi.',
        'Indicator "{indicator}" of goal "{goal}": {field} is missing.',
    ),
    "cascade_method_missing": (
        'IKU "{indicator}" pada sasaran "{goal}" berjenis Cascading SS: centang metode '
        "cascading Direct atau Indirect.",
        'Indicator "{indicator}" of goal "{goal}" is a Cascading SS indicator: tick its '
        "cascading method, Direct or Indirect.",
    ),
    "trajectory_mismatch": (
        'IKU "{indicator}" pada sasaran "{goal}": target tahunan {annual} tidak sesuai rincian '
        "triwulan, yang menurut konsolidasi {method} menghasilkan {expected}.",
        'Indicator "{indicator}" of goal "{goal}": the annual target {annual} does not match the '
        "quarterly targets, which give {expected} by {method} consolidation.",
    ),
    # -- cascade rules --
    "cascade_field_mismatch": (
        'IKU "{indicator}" (cascading {method} dari "{parent}"): {field} berbeda dari IKU '
        "atasan ({child_value} ≠ {parent_value}).",
        'Indicator "{indicator}" ({method} cascade of "{parent}"): {field} differs from the '
        "parent indicator ({child_value} ≠ {parent_value}).",
    ),
    "cascade_sum_mismatch": (
        'IKU "{parent}": jumlah target {count} IKU bawahan ({children_value}) tidak sama dengan '
        "target atasan ({parent_target}); target indirect harus dibagi habis.",
        'Indicator "{parent}": the {count} child targets add up to {children_value}, not the '
        "parent target {parent_target}; an indirect target must be fully distributed.",
    ),
    "cascade_average_mismatch": (
        'IKU "{parent}": rata-rata target {count} IKU bawahan ({children_value}) tidak sama '
        "dengan target atasan ({parent_target}).",
        'Indicator "{parent}": the mean of the {count} child targets is {children_value}, not '
        "the parent target {parent_target}.",
    ),
    "noncascading_consolidated": (
        'IKU non-cascading "{indicator}" tidak boleh dikonsolidasikan ke atasan (konsolidasi '
        "lokasi: {consolidation}).",
        'Non-cascading indicator "{indicator}" must not be consolidated into its parent '
        "(location consolidation: {consolidation}).",
    ),
    # -- action plans --
    "action_plan_quarter_missing": (
        "Rencana Aksi belum memiliki Target/Output pada TW {quarter}; setiap triwulan minimal "
        "satu tahapan.",
        "The action plan has no Target/Output in quarter {quarter}; every quarter needs at "
        "least one step.",
    ),
    "action_plan_phase_missing": (
        'IKU "{indicator}" tidak memiliki rencana aksi KSD; tambahkan tahapan kunci fase {phases}.',
        'Indicator "{indicator}" has no KSD action plan; add key steps for the {phases} phase(s).',
    ),
    # -- deadlines --
    "deadline_pk": (
        "Perjanjian Kinerja tahun {year} ditetapkan paling lambat {date}.",
        "The {year} performance agreement must be set by {date}.",
    ),
    "deadline_pk_overdue": (
        "Batas penetapan Perjanjian Kinerja tahun {year} ({date}) sudah lewat.",
        "The deadline for the {year} performance agreement ({date}) has passed.",
    ),
    "deadline_pk_after_dpa": (
        "Perjanjian Kinerja tahun {year} ditetapkan paling lambat {months} bulan setelah DPA "
        "disahkan, yaitu {date}.",
        "The {year} performance agreement must be set within {months} month(s) of the DPA "
        "approval, i.e. by {date}.",
    ),
    "deadline_pk_after_dpa_overdue": (
        "Batas penetapan Perjanjian Kinerja tahun {year} ({months} bulan setelah DPA, {date}) "
        "sudah lewat.",
        "The deadline for the {year} performance agreement ({months} month(s) after the DPA, "
        "{date}) has passed.",
    ),
    "deadline_pk_dpa_unknown": (
        "Perjanjian Kinerja tahun {year} ditetapkan paling lambat {months} bulan setelah DPA "
        "disahkan; isi tanggal pengesahan DPA untuk melihat tanggalnya.",
        "The {year} performance agreement is due {months} month(s) after the DPA approval; "
        "enter the DPA date to see the deadline.",
    ),
    "deadline_replacement": (
        "Perjanjian Kinerja Pengganti ditetapkan paling lambat {days} hari kerja sejak mulai "
        "bekerja, yaitu {date}.",
        "The replacement agreement must be set within {days} working days of starting work, "
        "i.e. by {date}.",
    ),
    "deadline_replacement_overdue": (
        "Batas penetapan Perjanjian Kinerja Pengganti ({days} hari kerja, {date}) sudah lewat.",
        "The deadline for the replacement agreement ({days} working days, {date}) has passed.",
    ),
    "deadline_addendum": (
        "Usulan addendum Perjanjian Kinerja disampaikan paling lambat {date}.",
        "Addendum requests must be submitted by {date}.",
    ),
    "deadline_addendum_overdue": (
        "Batas usulan addendum Perjanjian Kinerja ({date}) sudah lewat.",
        "The deadline for addendum requests ({date}) has passed.",
    ),
    "deadline_metadata": (
        "Metadata Indikator Kinerja disampaikan paling lambat {days} hari setelah penandatanganan, "
        "yaitu {date}.",
        "The indicator metadata must be submitted within {days} days of signing, i.e. by {date}.",
    ),
    "deadline_metadata_overdue": (
        "Batas penyampaian Metadata Indikator Kinerja ({date}) sudah lewat.",
        "The deadline for submitting the indicator metadata ({date}) has passed.",
    ),
    # -- addendum --
    "addendum_changes_passed_period": (
        'Addendum mengubah {field} IKU "{indicator}" pada TW {quarter} yang sudah berlalu; '
        "addendum tidak merevisi periode sebelumnya.",
        'The addendum changes the {field} of indicator "{indicator}" in quarter {quarter}, which '
        "has already passed; an addendum never revises earlier periods.",
    ),
    "addendum_changes_method": (
        'Addendum mengubah {field} IKU "{indicator}", sehingga capaian periode yang sudah '
        "berlalu ikut berubah.",
        'The addendum changes the {field} of indicator "{indicator}", which would change the '
        "achievement of periods already passed.",
    ),
    "addendum_raise_required": (
        'Realisasi semester I IKU "{indicator}" ({s1}) sudah mencapai target tahunan ({annual}); '
        "wajib addendum untuk meningkatkan target tahunan.",
        'The semester I realisation of indicator "{indicator}" ({s1}) already reaches the annual '
        "target ({annual}); an addendum raising the annual target is required.",
    ),
    # -- signed, NIP, PK required --
    "signed_readonly": (
        "Perjanjian Kinerja ini sudah ditandatangani dan tidak dapat diubah langsung; buat "
        "addendum.",
        "This agreement is signed and cannot be edited directly; make an addendum.",
    ),
    "nip_format": (
        "NIP {role} {person} ({nip}) harus terdiri dari 18 angka.",
        "The NIP of the {role} {person} ({nip}) must have 18 digits.",
    ),
    "nip_birth_date": (
        "NIP {role} {person} ({nip}): tanggal lahir {value} tidak valid.",
        "The NIP of the {role} {person} ({nip}): birth date {value} is not a valid date.",
    ),
    "nip_appointment_month": (
        "NIP {role} {person} ({nip}): bulan pengangkatan {value} tidak valid.",
        "The NIP of the {role} {person} ({nip}): appointment month {value} is not valid.",
    ),
    "nip_appointment_year": (
        "NIP {role} {person} ({nip}): tahun pengangkatan {value} terlalu dekat dengan tahun "
        "lahir {birth_year}.",
        "The NIP of the {role} {person} ({nip}): appointment year {value} is too close to the "
        "birth year {birth_year}.",
    ),
    "nip_sex_digit": (
        "NIP {role} {person} ({nip}): digit jenis kelamin harus 1 atau 2, bukan {value}.",
        "The NIP of the {role} {person} ({nip}): the sex digit must be 1 or 2, not {value}.",
    ),
    "pk_not_required_pelaksana": (
        "{person}: pegawai dalam jabatan Pelaksana tidak membuat Perjanjian Kinerja.",
        "{person}: staff in a Pelaksana position do not make a performance agreement.",
    ),
    "pk_not_required_cpns": (
        "{person}: CPNS tidak membuat Perjanjian Kinerja.",
        "{person}: candidate civil servants (CPNS) do not make a performance agreement.",
    ),
    "pk_not_required_study_leave": (
        "{person}: pegawai tugas belajar tidak membuat Perjanjian Kinerja.",
        "{person}: staff on study leave do not make a performance agreement.",
    ),
    "pk_not_required_unpaid_leave": (
        "{person}: pegawai yang menjalani CLTN tidak membuat Perjanjian Kinerja.",
        "{person}: staff on unpaid leave (CLTN) do not make a performance agreement.",
    ),
    "pk_not_required_late_start": (
        "{person} mulai bertugas {date}, dalam dua bulan terakhir tahun {year}: tidak menyusun "
        "Perjanjian Kinerja baru, tetapi meneruskan Perjanjian Kinerja pejabat sebelumnya.",
        "{person} starts on {date}, within the last two months of {year}: no new agreement; "
        "the predecessor's agreement continues.",
    ),
    # -- completeness (what a new user forgets) --
    "agreement_no_goal": (
        "Perjanjian kinerja belum memiliki sasaran; tambahkan minimal satu sasaran.",
        "The agreement has no goal yet; add at least one goal.",
    ),
    "goal_no_indicator": (
        'Sasaran "{goal}" belum memiliki IKU; tambahkan minimal satu indikator kinerja.',
        'Goal "{goal}" has no indicator (IKU) yet; add at least one indicator.',
    ),
    "mandatory_missing": (
        'IKU wajib dari provinsi "{indicator}" (kode {code}) belum ada di perjanjian ini; '
        'tambahkan lewat "Tambah IKU wajib…" pada sasaran yang sesuai.',
        'The province\'s mandatory indicator "{indicator}" (code {code}) is missing from this '
        'agreement; add it with "Add mandatory indicator…" under the matching goal.',
    ),
    "agreement_no_superior": (
        "Pihak Kedua (atasan langsung {person}) belum dipilih; pilih atasan pada tab Pihak & "
        "penandatanganan.",
        "The second party ({person}'s direct superior) is not chosen; choose the superior on "
        "the Parties & signing tab.",
    ),
    "agreement_no_signing_place": (
        "Tempat penandatanganan belum diisi; isi tempatnya, mis. Jakarta, pada tab Pihak & "
        "penandatanganan.",
        "The signing place is empty; enter it, e.g. Jakarta, on the Parties & signing tab.",
    ),
    "agreement_no_signing_date": (
        "Tanggal penandatanganan belum diisi; isi tanggalnya pada tab Pihak & penandatanganan.",
        "The signing date is empty; enter it on the Parties & signing tab.",
    ),
    # -- help text (the UI's help panel shows the rule the code applies) --
    "help_capaian": (
        "Capaian dihitung dari target (T) dan realisasi (R) s.d. periode: Maximize R / T × 100; "
        "Minimize (1 + (1 − R / T)) × 100; Stabilize memakai Maximize bila R < T dan Minimize "
        "bila R > T. Capaian dibatasi 0–{cap}. Untuk T negatif dipakai bentuk setara "
        "(1 + (R − T) / |T|) × 100 (Maximize) dan (1 − (R − T) / |T|) × 100 (Minimize); untuk "
        "T = 0 capaian 100 bila R ≥ 0 (Maximize) atau R ≤ 0 (Minimize), selain itu 0. "
        "Kedua kasus diberi peringatan.",
        "Achievement uses the target (T) and realisation (R) up to the period: Maximize R / T × 100; "
        "Minimize (1 + (1 − R / T)) × 100; Stabilize uses Maximize when R < T and Minimize when "
        "R > T. Achievement is kept within 0–{cap}. For a negative T the equivalent forms "
        "(1 + (R − T) / |T|) × 100 (Maximize) and (1 − (R − T) / |T|) × 100 (Minimize) apply; "
        "for T = 0 achievement is 100 when R ≥ 0 (Maximize) or R ≤ 0 (Minimize), else 0. Both cases "
        "carry a warning.",
    ),
    # -- indicator warnings and N/A reasons --
    "zero_target": (
        'Target IKU "{indicator}" bernilai 0: capaian 100 bila realisasi sesuai arah polarisasi '
        "(maximize: ≥ 0, minimize: ≤ 0), selain itu 0.",
        'Indicator "{indicator}" has a target of 0: achievement is 100 when the realisation is on the '
        "right side (maximize: ≥ 0, minimize: ≤ 0), else 0.",
    ),
    "negative_target": (
        'Target IKU "{indicator}" negatif: capaian dihitung dengan rumus setara '
        "(1 ± (R − T) / |T|) × 100.",
        'Indicator "{indicator}" has a negative target: achievement uses the equivalent formula '
        "(1 ± (R − T) / |T|) × 100.",
    ),
    "annual_actual_ignored": (
        'IKU "{indicator}": realisasi tahunan yang ditulis diabaikan; dipakai konsolidasi '
        "realisasi triwulan.",
        'Indicator "{indicator}": the written annual realisation is ignored; the consolidated '
        "quarterly realisations are used.",
    ),
    "na_not_due": (
        "Belum jatuh tempo: IKU ini tidak diukur pada periode {period}.",
        "Not due: this indicator is not measured in period {period}.",
    ),
    "na_no_target": (
        "Tidak ada target untuk periode {period}.",
        "There is no target for period {period}.",
    ),
    "na_no_actual": (
        "Data realisasi periode {period} belum tersedia.",
        "The realisation for period {period} is not available yet.",
    ),
    "na_missing_metadata": (
        "Polarisasi atau jenis konsolidasi periode belum diisi.",
        "Polarity or period consolidation is missing.",
    ),
    "na_locations_incomplete": (
        "Realisasi periode {period} belum lengkap dari semua unit/lokasi.",
        "Not every unit/location has reported its realisation for period {period}.",
    ),
    "na_zero_denominator": (
        "Penyebut raw data bernilai 0 atau kosong.",
        "The raw-data denominator is 0 or missing.",
    ),
    "goal_all_na": (
        "Tidak ada IKU dengan capaian pada periode ini.",
        "No indicator has an achievement in this period.",
    ),
    "goal_zero_weight": (
        "IKU dengan capaian tidak memiliki bobot (kualitas tidak valid).",
        "The indicators with an achievement have no weight (invalid quality).",
    ),
    "overall_all_na": (
        "Tidak ada sasaran dengan nilai pada periode ini.",
        "No goal has a score in this period.",
    ),
    # -- issue 12: raw data forms and Sum gaps (SPEC §6.1, §6.2) --
    "na_location_values": (
        "Nilai unit/lokasi tidak dapat dibaca sebagai raw data: setiap unit menulis target dan "
        "realisasinya sebagai persentase (dengan pembilang/penyebut) atau sebagai jumlah.",
        "The units'/locations' values cannot be read as raw data: each unit writes its target "
        "and realisation either as percentages (with numerator/denominator) or as amounts.",
    ),
    "sum_skips_tw1": (
        'IKU "{indicator}": realisasi TW1 belum diisi padahal targetnya ada; realisasi '
        "kumulatif (Sum) tidak memuat TW1.",
        'Indicator "{indicator}": the TW1 realisation is missing although TW1 has a target; '
        "the cumulative (Sum) realisation leaves TW1 out.",
    ),
    "sum_skips_tw2": (
        'IKU "{indicator}": realisasi TW2 belum diisi padahal targetnya ada; realisasi '
        "kumulatif (Sum) tidak memuat TW2.",
        'Indicator "{indicator}": the TW2 realisation is missing although TW2 has a target; '
        "the cumulative (Sum) realisation leaves TW2 out.",
    ),
    "sum_skips_tw3": (
        'IKU "{indicator}": realisasi TW3 belum diisi padahal targetnya ada; realisasi '
        "kumulatif (Sum) tidak memuat TW3.",
        'Indicator "{indicator}": the TW3 realisation is missing although TW3 has a target; '
        "the cumulative (Sum) realisation leaves TW3 out.",
    ),
}

_FIELD_LABELS: dict[str, tuple[str, str]] = {
    "targets": ("target", "target"),
    "actuals": ("realisasi", "realisation"),
    "annual_target": ("target tahunan", "annual target"),
    "annual_target_high": ("batas atas target tahunan", "annual target upper bound"),
    "unit": ("satuan pengukuran", "unit of measure"),
    "polarity": ("polarisasi", "polarity"),
    "period_consolidation": ("jenis konsolidasi periode", "period consolidation"),
    "location_consolidation": ("jenis konsolidasi lokasi", "location consolidation"),
    "validity": ("validitas", "validity"),
    "control": ("kendali", "control"),
    "measuring_period": ("periode pengukuran", "measuring period"),
    "reporting_period": ("periode pelaporan", "reporting period"),
    "definition": ("definisi", "definition"),
    "formula": ("formula", "formula"),
    "name": ("nama IKU", "indicator name"),
    "target_aspect": ("aspek target", "target aspect"),
    "misi": ("misi", "mission (Misi)"),
    "responsible": ("penanggung jawab IKU", "person responsible for the indicator"),
    "data_provider": ("penyedia data", "data provider"),
}
_METHOD_LABELS = {
    "sum": "Sum",
    "average": "Average",
    "last": "Take Last Known",
    "direct": "direct",
    "indirect": "indirect",
}
_PHASE_LABELS = {
    "planning": ("Perencanaan", "planning"),
    "execution": ("Pelaksanaan", "execution"),
    "monitoring_evaluation": ("Monitoring dan Evaluasi", "monitoring and evaluation"),
}
_LEVEL_LABELS = {
    "gubernur": ("Gubernur", "the Governor"),
    "jpt_madya": ("Pejabat Pimpinan Tinggi Madya", "JPT Madya officials"),
    "jpt_pratama": ("Pejabat Pimpinan Tinggi Pratama", "JPT Pratama officials"),
    "administrator": ("Pejabat Administrator", "Administrator officials"),
    "pengawas": ("Pejabat Pengawas", "Pengawas officials"),
    "fungsional": ("Pejabat Fungsional", "functional officials"),
    "pelaksana": ("Pelaksana", "Pelaksana staff"),
}
_ROLE_LABELS = {"owner": ("pemilik PK", "agreement owner"), "superior": ("atasan", "superior")}


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "—"


def _value(value: Any, lang: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return ("ya", "yes")[lang == "en"] if value else ("tidak", "no")[lang == "en"]
    if isinstance(value, Decimal | float):
        # SPEC §12: numbers show with the decimal comma (319,53) in either language, as the
        # grids beside these messages show them; only words and dates change.
        return format_id(value, 2, trim=True)
    if isinstance(value, dt.date):
        return format_date(value, lang)
    return str(value)


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def _prepare(params: Mapping[str, Any], lang: str) -> _Params:
    out = _Params()
    for key, value in params.items():
        if key == "field" and isinstance(value, str) and value in _FIELD_LABELS:
            out[key] = _pick(_FIELD_LABELS[value], lang)
        elif key == "method" and isinstance(value, str):
            out[key] = _METHOD_LABELS.get(value, value)
        elif key == "phases" and isinstance(value, list | tuple):
            out[key] = ", ".join(_pick(_PHASE_LABELS.get(p, (p, p)), lang) for p in value)
        elif key == "level" and isinstance(value, str):
            out[key] = _pick(_LEVEL_LABELS.get(value, (value, value)), lang)
        elif key == "role" and isinstance(value, str):
            out[key] = _pick(_ROLE_LABELS.get(value, (value, value)), lang)
        elif key in ("validity", "control") and isinstance(value, str):
            out[key] = value.capitalize()
        else:
            out[key] = _value(value, lang)
    return out


def render_message(
    message_id: str,
    params: Mapping[str, Any] | None = None,
    lang: str = "id",
    catalogue: Mapping[str, tuple[str, str]] = MESSAGES,
) -> str:
    """The text of a message id with its parameters; unknown ids fall back to the id itself.

    `catalogue` lets the services word their errors with the same parameter formatting.
    """
    pair = catalogue.get(message_id)
    if pair is None:
        return message_id
    text = _pick(pair, lang).format_map(_prepare(params or {}, lang))
    return _DOUBLE_SPACE.sub(" ", text)  # an empty optional name leaves two spaces


def message_template(message_id: str, lang: str = "id") -> str:
    """The unformatted text of a message id (to see which parameters it uses)."""
    pair = MESSAGES.get(message_id)
    return message_id if pair is None else _pick(pair, lang)


def render(finding: Finding, lang: str = "id") -> str:
    """A finding as one sentence naming its sasaran/indicator, in "id" or "en"."""
    return render_message(finding.message_id, finding.params, lang)
