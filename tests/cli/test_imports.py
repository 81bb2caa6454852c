"""Commands pay only for what they use: checking a workbook must not load the database driver, the
password hasher, the report layouts, the chart library or the web framework (issue 10: they were
0.75 s of a 3 s validation)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ita_core.paths import SHIPPED_WORKBOOK

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "argon2", "docx", "plotly", "streamlit", "kaleido", "xlsxwriter", "icalendar")
_PROBE = """
import json, runpy, sys
heavy = sys.argv[1].split(",")
sys.argv = ["ita_core", *sys.argv[2:]]
try:
    runpy.run_module("ita_core", run_name="__main__")
except SystemExit:
    pass
print(json.dumps(sorted(m for m in heavy if m in sys.modules)), file=sys.stderr)
"""


def _loaded(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, ",".join(HEAVY), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    loaded: list[str] = json.loads(done.stderr.strip().splitlines()[-1])
    return loaded


@pytest.mark.parametrize(
    "args",
    [
        ("validate", str(SHIPPED_WORKBOOK)),
        ("validate", "--json", str(SHIPPED_WORKBOOK)),
        ("summary",),
        ("summary", "--json"),
        ("ita-level", "97.21"),
    ],
)
def test_checking_and_summarising_load_nothing_they_do_not_use(args: tuple[str, ...]) -> None:
    assert _loaded(*args) == []


def test_the_store_still_loads_when_a_command_needs_it(tmp_path: Path) -> None:
    """The probe itself can see a heavy import (else the test above proves nothing)."""
    from ita_core.report.files import FORMATS

    assert "docx" in FORMATS
    assert "docx" in _loaded("report", "--round", "h1", "-o", str(tmp_path / "h1.docx"))
