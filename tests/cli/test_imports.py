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


def _loaded(*args: str, watched: tuple[str, ...] = HEAVY) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, ",".join(watched), *args],
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


def test_validating_loads_none_of_the_figures_or_the_report() -> None:
    """``validate`` is the command a person runs most, and its start-up is most of its time: the figures, the
    report's content and the store's roles belong to other commands (issue 26: under 0.2 s on the shipped plan)."""
    later = ("ita_core.metrics", "ita_core.summary", "ita_core.report.content", "ita_core.groups", "pyarrow", "numpy")
    assert _loaded("validate", str(SHIPPED_WORKBOOK), watched=later) == []
    assert "ita_core.metrics" in _loaded("summary", watched=later)  # the probe sees them when they load


def test_the_store_still_loads_when_a_command_needs_it(tmp_path: Path) -> None:
    """The probe itself can see a heavy import (else the test above proves nothing)."""
    from ita_core.report.choices import FORMATS

    assert "docx" in FORMATS
    assert "docx" in _loaded("report", "--round", "h1", "-o", str(tmp_path / "h1.docx"))
