"""Fixtures for the printed documents: the demo BKD PK loaded once, hand-made agreements for
layouts the demo does not reach, and helpers that read a PDF back."""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType, SimpleNamespace
from typing import Any

import pytest

from app.documents import model as m
from app.documents.render import render_pdf
from app.models.database import Database, open_database
from app.services import printing, queries

BKD_OWNER = "Maria Qibtya"
BKD_SUPERIOR = "Heru Budi Hartono"
BKD_NIP = "196507191985032002"


@pytest.fixture(scope="module")
def demo_copy(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A private copy of the demo database shared by one test module (read only here)."""
    target = tmp_path_factory.mktemp("docs-demo") / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    database = open_database(target, user="tester")
    yield database
    database.close()


@pytest.fixture(scope="module")
def bkd_id(demo_copy: Database) -> str:
    return next(a.id for a in queries.list_agreements(demo_copy) if a.owner == BKD_OWNER)


@pytest.fixture(scope="module")
def bkd(demo_copy: Database, bkd_id: str) -> m.AgreementDocument:
    return printing.load_document(demo_copy, bkd_id)


def render(doc: m.AgreementDocument, documents: list[str], **kwargs: Any) -> bytes:
    buffer = io.BytesIO()
    render_pdf(doc, documents, buffer, **kwargs)
    return buffer.getvalue()


def pdf_pages_text(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def pdf_tables(data: bytes, page: int | None = None) -> list[list[list[str | None]]]:
    """The ruled tables pdfplumber finds, on one page (0-based) or on every page in order."""
    import pdfplumber

    out: list[list[list[str | None]]] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = pdf.pages if page is None else [pdf.pages[page]]
        for p in pages:
            out.extend(p.extract_tables())
    return out


def flat(text: str) -> str:
    """Text with every run of whitespace (line breaks inside cells) as one space."""
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="session")
def tools() -> SimpleNamespace:
    """Helpers for test modules (with --import-mode=importlib they cannot import this file)."""
    return SimpleNamespace(
        render=render,
        pages_text=pdf_pages_text,
        tables=pdf_tables,
        flat=flat,
        dki_profile=dki_profile,
        kaltara_profile=kaltara_profile,
        owner=BKD_OWNER,
        superior=BKD_SUPERIOR,
        nip=BKD_NIP,
    )


@pytest.fixture
def make_document() -> Callable[..., m.AgreementDocument]:
    """An agreement built in memory: `indicators` IKUs, one per sasaran, in DKI categories."""

    def build(
        *,
        indicators: int = 3,
        measurement: str = "Metode Pengukuran : jumlah realisasi dibagi target x 100%",
        profile: m.ProfileInfo | None = None,
        superior: bool = True,
        **changes: Any,
    ) -> m.AgreementDocument:
        profile = profile or dki_profile()
        categories = [code for code, _ in profile.categories]
        goals = []
        for n in range(1, indicators + 1):
            targets = {
                "TW1": m.Value(Decimal(n)),
                "TW2": m.Value(Decimal(n + 1)),
                "TW3": m.NA,
                "TW4": m.Value(Decimal("319.53")),
                "annual": m.Value(Decimal("319.53")),
            }
            indicator = m.Indicator(
                id=f"ind-{n}",
                number="1",
                name=f"Indikator uji nomor {n} dengan nama yang cukup panjang",
                unit="Persen",
                source_system="e-SAKIP",
                measurement_text=measurement,
                validity="proxy",
                control="moderate",
                polarity="maximize",
                period_consolidation="sum",
                measuring_period="quarterly",
                cascade_type="css",
                targets=MappingProxyType(targets),
                action_plans=(
                    m.ActionPlan(
                        "RA1",
                        f"Rencana aksi {n}",
                        None,
                        (
                            m.Criterion(
                                "KK1.1",
                                "Kriteria keberhasilan",
                                (m.OutputItem("T/O1.1.1", "Dokumen keluaran", 2, "Kepala Bagian"),),
                            ),
                        ),
                    ),
                ),
            )
            goals.append(
                m.Goal(
                    id=f"goal-{n}",
                    category=categories[(n - 1) * len(categories) // indicators],
                    number=str(n),
                    text=f"Sasaran uji nomor {n}",
                    indicators=(indicator,),
                )
            )
        values: dict[str, Any] = {
            "id": "00000000-test",
            "year": 2024,
            "kind": "original",
            "status": "draft",
            "profile": profile,
            "unit_name": "Badan Uji Coba Daerah",
            "unit_code": "BUD",
            "owner": m.Signatory(
                "Siti Rahmawati",
                "Kepala Badan Uji Coba Daerah",
                nip=BKD_NIP,
                unit_name="Badan Uji Coba Daerah",
            ),
            "superior": m.Signatory("Budi Santoso", "Gubernur Uji Coba") if superior else None,
            "owner_level": "jpt_pratama",
            "unit_kind": "perangkat_daerah",
            "signing_place": profile.signing_place,
            "goals": tuple(goals),
        }
        values.update(changes)
        return m.AgreementDocument(**values)

    return build


def dki_profile(**changes: Any) -> m.ProfileInfo:
    values: dict[str, Any] = {
        "code": "dki",
        "name": "DKI Jakarta",
        "government_name": "PEMERINTAH PROVINSI DAERAH KHUSUS IBUKOTA JAKARTA",
        "region": "Provinsi Daerah Khusus Ibukota Jakarta",
        "signing_place": "Jakarta",
        "nip_grouping": False,
        "party_first": "Pihak Kesatu",
        "party_second": "Pihak Kedua",
        "categories": (
            ("strategis", "Sasaran Strategis"),
            ("khusus", "Sasaran Khusus"),
            ("operasional", "Sasaran Operasional"),
        ),
        "layouts": MappingProxyType(
            {
                "pernyataan": "dki_pernyataan",
                "pk_table": "dki_three_category",
                "ksd": "dki_ksd_monthly",
            }
        ),
    }
    values.update(changes)
    return m.ProfileInfo(**values)


def kaltara_profile(**changes: Any) -> m.ProfileInfo:
    values: dict[str, Any] = {
        "code": "kaltara",
        "name": "Kalimantan Utara",
        "government_name": "PEMERINTAH PROVINSI KALIMANTAN UTARA",
        "region": "Provinsi Kalimantan Utara",
        "signing_place": "Tanjung Selor",
        "nip_grouping": True,
        "party_first": "Pihak Pertama",
        "party_second": "Pihak Kedua",
        "categories": (("ss", "Sasaran Strategis"), ("sasaran", "Sasaran")),
        "layouts": MappingProxyType(
            {
                "pernyataan": "kaltara_pernyataan",
                "pk_table": "kaltara_program",
                "ksd": "kaltara_ksd",
            }
        ),
    }
    values.update(changes)
    return m.ProfileInfo(**values)
