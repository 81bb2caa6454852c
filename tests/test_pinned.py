"""Outputs held still across reorganisations of the core: the command line, files and page tables.

A difference fails with the first differing paths; ``ITA_REPIN=1`` rewrites the golden file when a
change of output is intended (say so in the commit).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pinned import REPORTS, pdf_html_text, pdf_text, pinned

from ita_core.paths import SHIPPED_WORKBOOK

GOLDEN = Path(__file__).parent / "golden" / "pinned.json"


def _differences(path: str, old: Any, new: Any) -> Iterator[str]:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(old.keys() | new.keys()):
            if key not in new:
                yield f"{path}/{key}: gone"
            elif key not in old:
                yield f"{path}/{key}: new"
            else:
                yield from _differences(f"{path}/{key}", old[key], new[key])
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            yield from _differences(f"{path}[{i}]", a, b)
    elif old != new:
        yield f"{path}: {str(old)[:300]!r} → {str(new)[:300]!r}"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_outputs_are_unchanged() -> None:
    now = pinned()
    if os.environ.get("ITA_REPIN") == "1":
        GOLDEN.write_text(json.dumps(now, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    found = list(_differences("", golden, now))
    assert not found, "\n".join(found[:40])


@pytest.mark.browser
@pytest.mark.parametrize("args", REPORTS, ids=" ".join)
def test_the_command_line_pdf_says_what_its_pinned_html_says(args: tuple[str, ...], chromium: str) -> None:
    """The PDF is printed by Chromium from pinned HTML; what matters is that it says every line of it."""
    from commands import run
    from reports import found_in_pdf_text, squeeze_spaces

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "report.pdf"
        code, _, err = run("report", str(SHIPPED_WORKBOOK), *args, "--format", "pdf", "-o", str(target))
        assert code == 0, err
        text = squeeze_spaces(pdf_text(target.read_bytes()))
    lines = pdf_html_text(*args)
    # Headings, labels, figures and footers are found whole; long cells wrap inside their column, where
    # text extraction interleaves them with the next column's lines: those are counted character by
    # character (PDFium repeats a few characters of Thai clusters, never drops one).
    missing = [line for line in lines if len(line) <= 60 and not found_in_pdf_text(line, text)]
    assert not missing, f"{len(missing)} lines of the report are not in its PDF: {missing[:5]}"
    short = Counter(squeeze_spaces("".join(lines))) - Counter(text)
    assert not short, f"characters of the report missing from its PDF: {dict(short)}"
