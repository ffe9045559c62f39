"""ReportLab's URL pattern is compiled on first use, and then works as ReportLab's own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import re
import app.documents
from reportlab.platypus import paragraph
from app.documents._deferred_regex import LazyPattern
real = re.compile(paragraph.uri_pat._args[0], re.IGNORECASE)
uris = ["https://example.com/a/b/c", "ftp://10.0.0.1:21/x", "mailto:x", "C:\\\\dir\\\\file", "é://ü"]
print(type(paragraph.uri_pat) is LazyPattern)
print(paragraph.uri_pat._compiled is None)
print(all(bool(paragraph.uri_pat.match(u)) == bool(real.match(u)) for u in uris))
print(paragraph._uri_split_pairs(uris[0])[0])
print(re.compile is re.__dict__["compile"] and re.compile.__module__ == "re")
"""


def test_the_url_pattern_waits_for_its_first_use_and_matches_as_before() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.splitlines() == [
        "True",
        "True",
        "True",
        "('https://example.com/a/b/', 'c')",
        "True",
    ]
