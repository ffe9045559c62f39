"""Side by side with LibreOffice Writer (issue 12): printing the demo BKD PK set with a cold
`pk-desk pdf --doc set` against Writer converting the same content from a Word file to PDF.

Usage: python bench/pdf_writer.py [--repeat 3]

The Word file is made from our own PDF of the set: per page, its text outside tables as
paragraphs and its tables as Word tables, a page break after each page (the same words and
cells, without our fonts, headers or footers). Writer runs as `soffice --headless --convert-to pdf`, each run a
fresh process on a profile made once beforehand (its first start builds the profile, which
is not part of a conversion). Pages keep their orientation and tables their column widths,
so Writer lays out about as many pages as we print. Target: PK Desk <= 0.5 x Writer. When `soffice` is not
installed this says so and measures nothing (CI never needs LibreOffice).
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from pdf import ROOT, cold_command
from report import figure
from report import soffice as office_command

from app.models.database import open_database
from app.services import demo, printing, queries

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
BORDERS = "".join(
    f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    for side in ("top", "left", "bottom", "right", "insideH", "insideV")
)


def _paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _table(rows: list[list[str | None]], widths: list[float], room: float) -> str:
    """A bordered table with the PDF's column widths (points), scaled to the text width."""
    scale = room / max(sum(widths), 1)
    grid = "".join(f'<w:gridCol w:w="{int(w * scale * 20)}"/>' for w in widths)
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc>{_paragraph(c or '')}</w:tc>" for c in row) + "</w:tr>"
        for row in rows
    )
    properties = (
        f'<w:tblW w:w="{int(room * 20)}" w:type="dxa"/><w:tblBorders>{BORDERS}</w:tblBorders>'
    )
    return f"<w:tbl><w:tblPr>{properties}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{cells}</w:tbl>"


def _section(width: float, height: float) -> str:
    """A4 in the page's orientation, margins as ours (about 2 cm)."""
    size = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
    if width <= height:
        size = '<w:pgSz w:w="11906" w:h="16838"/>'
    margins = '<w:pgMar w:top="1021" w:right="1021" w:bottom="1021" w:left="1247"/>'
    return f"<w:sectPr>{size}{margins}</w:sectPr>"


def word_file(pdf: Path, target: Path) -> int:
    """The PDF's words and tables as a .docx; returns the page count."""
    import pdfplumber

    body: list[str] = []
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            tables = page.find_tables()
            boxes = [t.bbox for t in tables]

            def outside(obj: dict[str, float], boxes: list[tuple[float, ...]] = boxes) -> bool:
                return not any(
                    b[0] <= obj["x0"] <= b[2] and b[1] <= obj["top"] <= b[3] for b in boxes
                )

            text = page.filter(outside).extract_text() or ""
            body += [_paragraph(line) for line in text.splitlines() if line.strip()]
            room = float(page.width) - 2 * 60  # points between the margins
            for table in tables:
                widest = max(table.rows, key=lambda row: len(row.cells))
                widths = [(c[2] - c[0]) if c else 0.0 for c in widest.cells]
                body.append(_table(table.extract(), widths, room))
            last = _section(float(page.width), float(page.height))
            body.append(f"<w:p><w:pPr>{last}</w:pPr></w:p>")  # ends the page's section
        pages = len(document.pages)
    body[-1] = last  # the last section's properties close the body
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>'
    xml += "".join(body) + "</w:body></w:document>"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", RELS)
        package.writestr("word/document.xml", xml)
    return pages


def _timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        command, check=True, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    soffice = office_command()
    if soffice is None:
        return
    work = Path(tempfile.mkdtemp(prefix="pk-bench-writer-"))
    with open_database(work / "demo.sqlite") as db:
        demo.load_demo(db)
        bkd = next(a for a in queries.list_agreements(db) if a.unit_code == "BKD")
        printing.print_agreement(db, bkd.id, work / "set.pdf", doc="set")
    pages = word_file(work / "set.pdf", work / "set.docx")
    compileall.compile_dir(ROOT / "app", quiet=1)  # as installed (see bench/pdf.py)
    ours = cold_command(work, work / "demo.sqlite", bkd.id, "a4", work / "cold.pdf")
    profile = f"-env:UserInstallation={(work / 'lo-profile').as_uri()}"
    writer = [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(work / "lo")]
    writer.append(str(work / "set.docx"))
    _timed(writer, work)  # builds Writer's profile
    _timed(ours, ROOT)  # takes the day's backup, as the first command of a day does
    pk, lo = [], []
    for _ in range(args.repeat):  # interleaved: both see the same machine load
        pk.append(_timed(ours, ROOT))
        lo.append(_timed(writer, work))
    pk_s, lo_s = statistics.median(pk), statistics.median(lo)
    print(f"the demo BKD PK set, {pages} pages; median of {args.repeat} fresh processes each:")
    print(f"  pk-desk pdf --doc set:                     {pk_s:.3f} s")
    print(f"  LibreOffice Writer, .docx -> PDF (same text): {lo_s:.3f} s")
    print(f"  ratio PK Desk / Writer: {pk_s / lo_s:.2f}x (target <= 0.5x)")
    figure(
        "pk-desk pdf --doc set beside LibreOffice Writer",
        pk_s,
        "s",
        ratio=pk_s / lo_s,
        ratio_target=0.5,
        baseline="Writer converting the same content from .docx",
    )
    print(f"files in {work}")


if __name__ == "__main__":
    main()
