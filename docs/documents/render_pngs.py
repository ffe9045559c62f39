"""Re-render the PNGs of docs/documents from the demo agreements.

    python3 docs/documents/render_pngs.py [NAME ...]

Builds the demo database in a temporary folder, prints each document through the printing
service (as `pk-desk pdf` does) and turns the page shown into a PNG with `pdftoppm`
(poppler-utils). Put each PNG beside its seed format before calling a layout done.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.models.database import Database, open_database  # noqa: E402
from app.services import agreements, lifecycle, printing, queries  # noqa: E402
from app.services.demo import load_demo  # noqa: E402

OUT = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Shot:
    """One PNG: whose agreement (owner name, or "addendum"), which document, which page."""

    owner: str
    doc: str
    page: int | str = 1  # a number (negative from the end) or a text on the page
    options: dict[str, Any] = field(default_factory=dict)


SHOTS = {
    "pernyataan-dki": Shot("Maria Qibtya", "pernyataan"),
    "pernyataan-kaltara": Shot("Muhammad Yusran Baharuddin", "pernyataan"),
    "pernyataan-seed004": Shot("Rustam Effendi", "pernyataan"),
    "pernyataan-kepala-daerah": Shot("Uus Kuswanto", "pernyataan"),
    "pk-table-dki": Shot("Maria Qibtya", "pk_table"),
    "pk-table-dki-continued": Shot("Maria Qibtya", "pk_table", 2),
    "lampiran-kaltara": Shot("Muhammad Yusran Baharuddin", "pk_table"),
    "lampiran-program-seed004": Shot("Rustam Effendi", "pk_table", -1),
    "rincian-target": Shot("Muhammad Yusran Baharuddin", "rincian_target"),
    "rencana-aksi": Shot("Maria Qibtya", "rencana_aksi"),
    "rencana-aksi-penanggung-jawab": Shot("Uus Kuswanto", "rencana_aksi"),
    "ksd-dki": Shot("Uus Kuswanto", "ksd"),
    "ksd-kaltara": Shot("Muhammad Yusran Baharuddin", "ksd"),
    "metadata": Shot("Muhammad Yusran Baharuddin", "metadata"),
    "penetapan-metadata": Shot("Muhammad Yusran Baharuddin", "penetapan_metadata"),
    "skp": Shot("Muhammad Yusran Baharuddin", "skp"),
    "addendum": Shot("addendum", "addendum"),
    "matriks-cascading": Shot("Uus Kuswanto", "matriks_cascading"),
    "matriks-cascading-kabag": Shot(
        "Uus Kuswanto", "matriks_cascading", "KEPADA PARA KEPALA BAGIAN"
    ),
    "matriks-cascading-kasubbag": Shot(
        "Uus Kuswanto", "matriks_cascading", "KEPADA PARA KEPALA SUBBAGIAN"
    ),
    "laporan-capaian": Shot(
        "Muhammad Yusran Baharuddin",
        "laporan_capaian",
        options={"period": "TW3", "report_date": dt.date(2025, 10, 15)},
    ),
    "laporan-capaian-grafik": Shot(
        "Muhammad Yusran Baharuddin",
        "laporan_capaian",
        -1,
        options={"period": "TW3", "report_date": dt.date(2025, 10, 15)},
    ),
}


def _addendum(db: Database) -> str:
    """A signed BKD PK with an addendum raising the IKU "Indeks sistem merit" (seed 003 §3.4.1)."""
    bkd = next(a for a in queries.list_agreements(db) if a.owner == "Maria Qibtya")
    printed, _ = printing.render_agreement(db, bkd.id)
    lifecycle.mark_signed(db, bkd.id, printed_pdf=printed, signed_on=dt.date(2024, 1, 31))
    new_id = lifecycle.start_addendum(
        db,
        bkd.id,
        reason="s1_target_reached",
        effective_from="TW3",
        note="Capaian Semester I sudah 321,04.",
    )
    doc = printing.load_document(db, new_id, doc="addendum")
    merit = next(i for _, i in doc.indicators() if i.name.startswith("Indeks sistem merit"))
    for period in ("TW4", "annual"):
        agreements.set_period_values(db, merit.id, period, target=Decimal("325"))
    agreements.update_agreement(db, new_id, signing_date=dt.date(2024, 7, 15))
    return new_id


def _page(pdf: Path, page: int | str, pages: int) -> int:
    if isinstance(page, int):
        return page if page > 0 else pages + 1 + page
    from pypdf import PdfReader

    for n, p in enumerate(PdfReader(pdf).pages, start=1):
        if page in " ".join((p.extract_text() or "").split()):
            return n
    raise SystemExit(f"{pdf.name}: no page shows {page!r}")


def _save_small(source: Path, target: Path) -> None:
    """A palette PNG: a third of the size of pdftoppm's RGB, the colours of a document kept."""
    from PIL import Image

    with Image.open(source) as image:
        image.convert("RGB").quantize(colors=64).save(target, optimize=True)


def main(names: list[str]) -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: apt-get install poppler-utils", file=sys.stderr)
        return 1
    chosen = {n: SHOTS[n] for n in names} if names else SHOTS
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_database(folder / "demo.sqlite", user="docs")
        load_demo(db)
        ids = {a.owner: a.id for a in queries.list_agreements(db)}
        if any(s.owner == "addendum" for s in chosen.values()):
            ids["addendum"] = _addendum(db)
        for name, shot in chosen.items():
            pdf = folder / f"{name}.pdf"
            result = printing.print_agreement(
                db, ids[shot.owner], pdf, doc=shot.doc, **shot.options
            )
            page = _page(pdf, shot.page, result.pages)
            stem = folder / name
            subprocess.run(
                ["pdftoppm", "-png", "-r", "100", "-f", str(page), "-l", str(page), "-singlefile"]
                + [str(pdf), str(stem)],
                check=True,
            )
            _save_small(Path(f"{stem}.png"), OUT / f"{name}.png")
            print(f"{name}.png: page {page} of {result.pages}")
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
