"""The interface's catalogue (``ita_ui.i18n``): every key typed, in both languages, and used."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path
from typing import get_args

import pytest

from ita_ui.i18n import STRINGS, Key, text

ROOT = Path(__file__).resolve().parents[1]
THAI = re.compile(r"[\u0E00-\u0E7F]")
# Written without Thai on purpose: the switch's own name, file formats' names.
NO_THAI = {"english", "report_docx", "report_xlsx", "report_pdf"}
# Thai on the English side on purpose: the workbook's sheet name as typed in it, Thai digits as shown.
THAI_IN_ENGLISH = {"no_participation", "report_digits_thai"}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_typed_keys_are_exactly_the_catalogues_keys() -> None:
    assert list(get_args(Key)) == list(STRINGS)


@pytest.mark.parametrize("key", list(STRINGS))
def test_every_entry_has_both_languages_with_the_same_blanks(key: Key) -> None:
    entry = STRINGS[key]
    assert entry.th.strip() and entry.en.strip()
    assert _fields(entry.th) == _fields(entry.en), "both languages fill the same {blanks}"
    if key not in NO_THAI:
        assert THAI.search(entry.th), "the Thai side is written in Thai"
    if key not in THAI_IN_ENGLISH:
        assert not THAI.search(entry.en), "the English side has no Thai in it"


def _string_constants() -> set[str]:
    sources = [*(ROOT / "ita_ui").glob("*.py"), *(ROOT / "pages").glob("*.py"), ROOT / "dashboard.py"]
    found: set[str] = set()
    for path in sources:
        if path.name == "i18n.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def test_every_entry_is_used_somewhere() -> None:
    used = _string_constants()
    unused = [key for key in STRINGS if key not in used]
    assert unused == [], "remove these from ita_ui/i18n.py, or use them"


def test_text_fills_blanks_and_says_one_in_english() -> None:
    assert text("export_calendar_button", "th", count=3) == "ดาวน์โหลดปฏิทิน .ics (3 กำหนดส่ง)"
    assert text("export_calendar_button", "en", count=3) == "Download .ics (3 deadlines)"
