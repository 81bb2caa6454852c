"""The seed's own filled-in report form (แบบรายงานกิจกรรม, seed lines 401–480), read from the seed text.

The golden tests hold our generated form against this: the expectations come from the document the
officers wrote, not from our code or from data/fy2566_plan.toml. The seed prints the form's tables
as tab-separated rows with HTML inside cells, and splits long rows across pages (a row whose first
cell is empty continues the row above); this module undoes that.

Text is compared with whitespace, HTML markup and bullet marks removed: Thai separates phrases, not
words, with spaces, and the seed breaks lines wherever its page did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

# The seed plan, copied into the repository (tests/fixtures/README.md says how it differs: no password).
SEED = Path(__file__).resolve().parent / "fixtures" / "seed_fy2566.txt"
FIRST, LAST = 401, 480  # the form's lines, 1-based, inclusive
_TAG = re.compile(r"<[^>]+>")
_NOISE = re.compile(r"[\s●•*]+")
_GUIDELINE = re.compile(r"^-?\s*([๐-๙]+\.[๐-๙]+)\s+\S")
_COUNT = r"[.\s]*([๐-๙]+|-)[.\s]*แนวทาง"


def squeeze(text: str) -> str:
    """Text as the comparison sees it: no markup, no whitespace, no bullet marks."""
    return _NOISE.sub("", _TAG.sub(" ", text.replace("&nbsp;", " ")))


@dataclass
class SeedRow:
    number: str  # the digits of ลำดับที่ ("๒" and "๒." are the same row number)
    wording: str
    result: str
    evidence: str


@dataclass
class SeedMeasure:
    heading: str
    guidelines_label: str = ""
    guidelines: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    rows: list[SeedRow] = field(default_factory=list)
    overall: str = ""  # the number after ร้อยละ (or ระดับคะแนน, as measure 1 writes it)
    done: str = ""  # Thai digits or "-"
    in_progress: str = ""


@dataclass
class SeedForm:
    title: list[str]
    measures: list[SeedMeasure]


def _cells(line: str) -> list[str]:
    return [_TAG.sub(" ", cell).strip() for cell in line.split("\t")]


def read_seed_form(path: Path = SEED) -> SeedForm:
    lines = path.read_text(encoding="utf-8").splitlines()[FIRST - 1 : LAST]
    title = [line.strip().strip("*").strip() for line in lines[2:4]]
    measures: list[SeedMeasure] = []
    heading: list[str] | None = None  # heading lines of a measure until its guideline label
    for raw in lines[4:]:
        line = raw.strip()
        if not line:
            continue
        if line.startswith("มาตรการที่"):
            heading = [line]
            measures.append(SeedMeasure(heading=""))
            continue
        current = measures[-1]
        if heading is not None:
            if line.strip("*").startswith("แนวทาง"):
                current.heading = " ".join(heading)
                current.guidelines_label = line.strip("*").strip()
                heading = None
            else:
                heading.append(line)
            continue
        if "\t" not in raw:  # a guideline, or a guideline's second line
            if _GUIDELINE.match(line):
                current.guidelines.append(line.lstrip("- ").strip())
            elif current.guidelines and not current.rows:
                current.guidelines[-1] += " " + line
            continue
        cells = _cells(raw)
        if cells[0].startswith("ลำดับ"):
            continue  # the header, repeated on every page
        joined = " ".join(cells)
        if "ผลการดำเนินการในภาพรวม" in joined:
            current.overall = re.search(r"ภาพรวมคิดเป็น(?:ร้อยละ|ระดับคะแนน)\s*([๐-๙]+)", joined)[1]  # type: ignore[index]
            current.done = re.search(r"แล้วเสร็จ" + _COUNT, joined)[1]  # type: ignore[index]
            current.in_progress = re.search(r"อยู่ระหว่าง(?:การ)?ดำเนินการ" + _COUNT, joined)[1]  # type: ignore[index]
        elif cells[0] and not any(cells[1:]):
            current.groups.append(cells[0])
        elif cells[0]:
            number = re.sub(r"[^๐-๙]", "", cells[0])
            current.rows.append(SeedRow(number, cells[1], cells[2], cells[5]))
        else:  # the same row, continued on the next page
            row = current.rows[-1]
            row.wording += " " + cells[1]
            row.result += " " + cells[2]
            row.evidence += " " + cells[5]
    return SeedForm(title, measures)
