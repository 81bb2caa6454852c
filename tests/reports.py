"""Shared by the report tests: the shipped plan, small plans built from it, and a tiny PNG."""

from __future__ import annotations

import dataclasses
import re
import struct
import zlib
from datetime import date
from typing import Any

from plans import act

from ita_core import read_workbook
from ita_core.model import Activity, Plan
from ita_core.paths import SHIPPED_WORKBOOK

INJECTION = '=HYPERLINK("http://x","y")'
# What the seed's 6-month report (its last section) lists as done, per measure, each with ร้อยละ ๑๐๐.
SEED_DONE = {1: ["1.1", "1.2", "1.3"], 2: ["2.1"], 3: ["3.3", "3.4", "3.7"]}
H1_END = date(2023, 3, 31)


def shipped() -> Plan:
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    return plan


def with_activity(plan: Plan, activity_id: str, **changes: Any) -> Plan:
    """The plan with one activity's fields changed (e.g. an injected name, which the form then shows:
    a new name also replaces the form's own wording of the activity)."""
    if "name" in changes:
        changes.setdefault("report_title", "")
    acts = tuple(a._replace(**changes) if a.activity_id == activity_id else a for a in plan.activities)
    return dataclasses.replace(plan, activities=acts)


def activity(activity_id: str, guideline: str, progress: int | None) -> Activity:
    """An activity of the measure its id starts with, serving ``guideline``."""
    return act(activity_id, int(activity_id.split(".")[0]), progress)._replace(guideline=guideline)


def tiny_png() -> bytes:
    """A valid 4×2 grey PNG, enough for Word and Excel to embed a picture."""
    width, height = 4, 2
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def squeeze_spaces(text: str) -> str:
    """Text extraction splits lines and words differently from the source; compare without whitespace."""
    return re.sub(r"\s+", "", text)


def found_in_pdf_text(expected: str, text: str) -> bool:
    """``expected`` (whitespace removed) appears in order within a short stretch of ``text``.

    PDFium repeats a few characters when it maps Chromium's Thai glyph clusters back to text
    ("ส่งส่เสริมริ" for "ส่งเสริม"), so an exact substring test would fail on a correct PDF;
    a missing or wrong glyph still fails this one.
    """
    expected = squeeze_spaces(expected)
    limit = len(expected) * 3 // 2 + 2
    start = text.find(expected[0])
    while start != -1:
        position, end = start, min(len(text), start + limit)
        for char in expected:
            position = text.find(char, position, end)
            if position == -1:
                break
            position += 1
        else:
            return True
        start = text.find(expected[0], start + 1)
    return False
