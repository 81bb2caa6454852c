"""Notes written beside a plan's activity rows (a หมายเหตุ paragraph after a Word table, a note row under
the activities) that name an activity: "กิจกรรมที่ ๑.๒ เลื่อนกำหนดส่งเป็น ๓๐ ก.ย. ๖๗", "กิจกรรม ๑.๑ ยกเลิก".

Such a note is no activity row, so the readers skip it; dropped without a word, the dashboard kept the
table's old deadline and called the activity overdue, or counted a cancelled one as not done. A note is
kept with each activity it names and said; one that moves an activity to a day its row does not give
is an error, since the reader cannot know which of the two is right.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date

from ita_core.dateparse import parse_date_text
from ita_core.problems import Severity
from ita_core.text import Text
from ita_core.thai import format_date_en, format_date_th, to_arabic_digits

# "กิจกรรมที่ 1.2", "โครงการ 2.1", "กิจกรรมลำดับที่ 1.3": the note is about activities; further numbers of the
# same form after it (", 1.3 และ 1.4") name more of them, when the plan has activities so numbered.
_NAMES_AN_ACTIVITY = re.compile(r"(?:กิจกรรม|โครงการ)\s*(?:ลำดับ)?\s*(?:ที่)?\s*[0-9]+\.[0-9]+(?![0-9.])")
_ACTIVITY_NUMBER = re.compile(r"(?<![0-9.])[0-9]+\.[0-9]+(?![0-9.])")
_MOVES = re.compile(r"เลื่อน|ขยาย|เปลี่ยน|แก้ไข|ปรับ(?:กำหนด|วัน|เวลา)")
_CANCELS = re.compile(r"ยกเลิก|งด(?:จัด|ดำเนินการ|กิจกรรม)|ไม่ได้ดำเนินการ|ไม่ดำเนินการ|ไม่ได้จัด|ไม่จัด")


@dataclass(frozen=True, slots=True)
class ActivityNote:
    text: str
    activity_ids: tuple[str, ...]
    dates: tuple[date, ...]  # the days it gives (a day it says was moved from is not one)
    moves: bool  # it says a date was moved, extended or changed
    cancels: bool  # it says the activity was cancelled or not carried out


def activity_note(text: str, known: Collection[str], fiscal_year_be: int | None) -> ActivityNote | None:
    """The note, when ``text`` names one of the ``known`` activities and gives a day, a move or a
    cancellation; ``None`` for any other text (a remark that changes nothing the dashboard shows)."""
    arabic = to_arabic_digits(text)
    first = _NAMES_AN_ACTIVITY.search(arabic)
    if first is None:
        return None
    ids = tuple(dict.fromkeys(n for n in _ACTIVITY_NUMBER.findall(arabic, first.start()) if n in known))
    if not ids:
        return None
    parsed = parse_date_text(text, fiscal_year_be)
    dates = tuple(found.value for found in parsed.dates)
    moves, cancels = bool(_MOVES.search(text) or parsed.moved), bool(_CANCELS.search(text))
    if not (dates or moves or cancels):
        return None
    return ActivityNote(" ".join(text.split()), ids, dates, moves, cancels)


def note_problem(note: ActivityNote, deadlines: Mapping[str, Collection[date]]) -> tuple[Text, Severity]:
    """What to say of a note kept with its activities: an error when it moves one of them to a day its row
    does not give (``deadlines``: each activity's days as its row gives them), else a warning to check."""
    ids = ", ".join(note.activity_ids)
    if (
        note.moves
        and note.dates
        and (apart := [i for i in note.activity_ids if not set(note.dates) & set(deadlines.get(i, ()))])
    ):
        moved = ", ".join(apart)
        rows_th = "; ".join(f"{i}: {_days(deadlines.get(i, ()), format_date_th) or 'ไม่มีกำหนดส่ง'}" for i in apart)
        rows_en = "; ".join(f"{i}: {_days(deadlines.get(i, ()), format_date_en) or 'no deadline'}" for i in apart)
        return (
            Text(
                f"หมายเหตุนี้บอกว่ากิจกรรม {moved} เลื่อนหรือเปลี่ยนเป็น {_days(note.dates, format_date_th)} "
                f"แต่แถวของกิจกรรมในตารางให้กำหนดส่ง ({rows_th}): แก้วันที่ในแถวของกิจกรรมให้ถูกต้อง "
                "(หมายเหตุนอกแถวกิจกรรมไม่ได้อ่านเป็นกำหนดส่ง)",
                f"this note says activity {moved} moved or changed to {_days(note.dates, format_date_en)}, but the "
                f"table gives ({rows_en}): correct the date in the activity's row (a note outside the rows is not "
                "read as a deadline)",
            ),
            Severity.ERROR,
        )
    if note.cancels:
        said_by, kept = (
            Text("หมายเหตุนี้", "this note"),
            Text("หมายเหตุเก็บไว้ในคอลัมน์หมายเหตุของกิจกรรม", "the note is kept in its remarks"),
        )
        return still_counted(said_by, ids, kept), Severity.WARNING
    return (
        Text(
            f"หมายเหตุนี้อยู่นอกแถวกิจกรรม จึงเก็บไว้ในคอลัมน์หมายเหตุของกิจกรรม {ids}: "
            "ตรวจว่ากำหนดส่งและผลในแถวของกิจกรรมตรงกับหมายเหตุ",
            f"this note stands outside the activity rows, so it is kept in the remarks of activity {ids}: check "
            "that the deadlines and results in the activity's row agree with it",
        ),
        Severity.WARNING,
    )


def _days(days: Collection[date], shown: Callable[[date], str]) -> str:
    return ", ".join(shown(d) for d in sorted(days))


# The heading of a column of its own that says where an activity stands (สถานะ, ผลการดำเนินการ).
STATUS_HEADING = re.compile(r"สถานะ|ผลการดำเนินการ|ผลการดำเนินงาน|status", re.IGNORECASE)


def says_cancelled(text: str) -> bool:
    """Whether a text says its activity was cancelled or not carried out (ยกเลิก, งดจัด, ไม่ได้ดำเนินการ)."""
    return _CANCELS.search(text) is not None


def still_counted(said_by: Text, ids: str, kept: Text) -> Text:
    """What to say when a note or a column says an activity was cancelled: the dashboard still counts it.
    ``kept``: where the words that say so are kept."""
    return Text(
        f"{said_by.th}บอกว่ากิจกรรม {ids} ยกเลิกหรือไม่ได้ดำเนินการ แต่แดชบอร์ดยังนับกิจกรรมนี้ในความสำเร็จและกำหนดส่ง: "
        f"ถ้ายกเลิกแล้ว ให้ลบแถวของกิจกรรมออก ({kept.th})",
        f"{said_by.en} says activity {ids} was cancelled or not carried out, but the dashboard still counts it in "
        f"completion and deadlines: if cancelled, remove its row ({kept.en})",
    )
