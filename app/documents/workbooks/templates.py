"""Blank workbooks per layout (`pk-desk xlsx template NAME`): the same sheets the export writes,
with placeholders where a unit fills in its own, so a filled template imports as it is."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from app.documents.model import AgreementDocument, Goal, ProfileInfo, Signatory, Subordinate
from app.documents.workbooks import sheets as w
from app.documents.workbooks.style import header, page_setup, title, widths

_CATEGORIES = {
    "dki": (
        ("strategis", "Sasaran Strategis"),
        ("khusus", "Sasaran Khusus"),
        ("operasional", "Sasaran Operasional"),
    ),
    "kaltara": (("ss", "Sasaran Strategis"), ("sasaran", "Sasaran")),
}


def _blank(profile: str, *, subordinates: int = 0) -> AgreementDocument:
    categories = _CATEGORIES[profile]
    info = ProfileInfo(
        code=profile,
        name=profile,
        government_name="",
        region="",
        signing_place="",
        nip_grouping=profile == "kaltara",
        party_first="Pihak Kesatu",
        party_second="Pihak Kedua",
        categories=categories,
        layouts={"pk_table": "kaltara_program" if profile == "kaltara" else "dki_three_category"},
    )
    goals = tuple(
        Goal(id=f"{code}-{n}", category=code, number=str(n), text="")
        for code, _ in categories
        for n in range(1, 4)
    )
    return AgreementDocument(
        id="template",
        year=dt.date.today().year,
        kind="original",
        status="draft",
        profile=info,
        unit_name="<Unit Kerja>",
        unit_code="",
        owner=Signatory(name="<Nama>", title="<Jabatan>", nip="<NIP>"),
        superior=None,
        goals=goals,
        subordinates=tuple(
            Subordinate(str(n), "", f"<Bawahan {n}>") for n in range(1, subordinates + 1)
        ),
    )


def template_workbook(name: str, paper: str = "f4") -> Workbook:
    book = Workbook()
    ws = book.active
    if name == "pk_dki":
        ws.title = "PK"
        w.write_pk(ws, _blank("dki"), paper)
    elif name == "pk_kaltara":
        ws.title = "Lampiran PK"
        w.write_pk_kaltara(ws, _blank("kaltara"), paper)
        w.write_programs(ws, _blank("kaltara"), paper, start=ws.max_row + 2)
    elif name == "rincian_target":
        ws.title = "Rincian Target"
        w.write_rincian(ws, _blank("kaltara"), paper)
    elif name == "rencana_aksi":
        ws.title = "Rencana Aksi"
        w.write_rencana_aksi(ws, _blank("dki"), paper)
    elif name == "ksd":
        ws.title = "KSD"
        w.write_ksd(ws, _blank("dki"), paper)
    elif name == "matriks_cascading":
        ws.title = "Matriks Cascading"
        w.write_pk(ws, _blank("dki", subordinates=3), paper, matrix=True)
    elif name == "pejabat":
        ws.title = "Pejabat"
        title(ws, 1, "DAFTAR PEJABAT", 7)
        header(ws, 3, ["No", "Nama", "NIP", "Pangkat/Gol", "Jabatan", "Unit", "Atasan"])
        for row in range(4, 204):
            ws.cell(row, 3).number_format = "@"  # NIP as text: 18 digits do not survive as a number
        widths(ws, [5, 28, 22, 24, 40, 30, 28])
        page_setup(ws, header_first=3, header_last=3, landscape=True, paper=paper)
    else:
        raise ValueError(f"unknown template {name}")
    return book
