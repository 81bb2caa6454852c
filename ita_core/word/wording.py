"""How plan documents word things: numbers of activities, deadline cues, head counts, report rounds, titles.

Each reading here runs in time linear in its text: patterns have bounded repetition and no nested
quantifiers, and what must search far (the unit before a fiscal year) is found with ``str.find``
over a bounded window, so a hostile cover page cannot stall the reader.

Offices write differently; what is understood:

- **numbers** ``๑.๑``, ``1.1``, ``1.1)``, ``(1.1)``, in the ลำดับ column or at the start of the name;
  a plain sequence ``1``, ``1.``, ``1)``, ``(1)``, ``๑)`` numbers the activities of a measure in order;
- **deadline cues** (``ita_core.dateparse.has_deadline_cue``): ส่ง as a word (ส่งรายงาน, ส่งผลงาน, ส่ง ๓๐ …,
  not ส่งเสริม or ส่งผลให้), กำหนดส่ง, ภายใน + a date, ภายในวันที่, ให้แล้วเสร็จ, แล้วเสร็จภายใน, ไม่เกินวันที่,
  ครบกำหนด; a range takes its last day;
- **head counts**: two counts of people (``… ๔๕ คน … ๕๒ คน``) with or without a written percentage,
  whatever the words around them: the smaller is who took part, the larger everyone;
- **rounds**: ``ตั้งแต่เดือนตุลาคม – มีนาคม ๒๕๖๖``, ``(ตั้งแต่เดือนตุลาคม ๒๕๖๖ – มีนาคม ๒๕๖๗)``,
  ``ระหว่าง ๑ ตุลาคม ๒๕๖๖ ถึง ๓๑ มีนาคม ๒๕๖๗``: the round ends on its last day.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from ita_core.text import Text
from ita_core.text import strip_bullet as strip_bullet  # re-exported: the Word reader knows it here
from ita_core.thai import MONTHS_LONG, MONTHS_SHORT, THAI_LETTER, ce_year, to_arabic_digits

_D = "[0-9๐-๙]"
ACTIVITY_ID = re.compile(rf"^\s*[(\[]?({_D}{{1,2}})\.({_D}{{1,3}})(?!{_D}|\.{_D})[.)\]]?\s*")
# An activity numbered under its guideline (๑.๑.๑: measure, guideline, activity), as plans that list their
# activities by guideline do: the number was "cannot be read", and every activity of such a plan refused.
NESTED_ID = re.compile(rf"^\s*[(\[]?({_D}{{1,2}})\.({_D}{{1,3}})\.({_D}{{1,3}})(?!{_D}|\.{_D})[.)\]]?\s*")
# What looks like the start of a numbered item, read or not: a row starting so is never silently
# taken as the rest of the row above.
NUMBERISH = re.compile(rf"^\s*[(\[]?{_D}+(?:[.)\]]|\s*$)")
# … and as words: กิจกรรมที่ ๑ อบรม… (the row was "no activity number", and such a plan refused).
SEQUENCE = re.compile(
    rf"^\s*(?:\(({_D}{{1,3}})\)|({_D}{{1,3}})\s*[.)](?!{_D})|({_D}{{1,3}})$"
    rf"|(?:กิจกรรม|โครงการ)\s*ที่\s*({_D}{{1,3}})(?!{_D}|\.{_D})\s*[:.)]?)\s*"
)
MEASURE_HEADING = re.compile(rf"^\s*มาตรการที่\s*({_D}{{1,2}})\s*[.:)]?\s*")
GUIDELINE_HEADING = re.compile(rf"^\s*แนวทาง(?:ที่)?\s*({_D}{{1,2}}\.{_D}{{1,3}})\s*[.:)]?\s*")
PART_HEADING = re.compile(rf"^\s*ส่วนที่\s*({_D}{{1,2}})")

# A count of people: คน, ราย, ท่าน after a number (ราย as a word: not the start of รายงาน or รายการ).
_PEOPLE = re.compile(rf"({_D}{{1,3}}(?:,{_D}{{3}})*|{_D}{{1,7}})\s{{0,3}}(?:คน|ราย(?!{THAI_LETTER})|ท่าน)")
_PERCENT = re.compile(
    rf"(?:ร้อยละ\s{{0,3}}({_D}{{1,3}}(?:\.{_D}{{1,4}})?))|(?:({_D}{{1,3}}(?:\.{_D}{{1,4}})?)\s{{0,2}}%)"
)
# Words that make the count after them everyone (จากทั้งหมด ๕๒ คน, ของบุคลากร ๓๘ คน, บุคลากรทั้งหมด ๖๐ คน).
_EVERYONE = re.compile(r"จาก|ของ|ทั้งหมด|ทั้งสิ้น|รวม")
_EVERYONE_BEFORE = 40  # characters before the larger count, when it comes first, where such a word may be
PROGRESS = re.compile(rf"ร้อยละ\s{{0,3}}({_D}{{1,3}}(?:\.{_D}{{1,4}})?)")
_MONTHS = {name: i + 1 for i, name in enumerate(MONTHS_LONG)} | {
    name.replace(".", ""): i + 1 for i, name in enumerate(MONTHS_SHORT)
}
_MONTH_WORD = "|".join(
    sorted(
        [re.escape(m) for m in MONTHS_LONG]
        + [r"\.?\s?".join(re.escape(p) for p in m.split(".") if p) + r"\.?" for m in MONTHS_SHORT],
        key=len,
        reverse=True,
    )
)
_ROUND_START = re.compile(r"ตั้งแต่|ระหว่าง")
_ROUND_END = re.compile(
    rf"(?:–|-|—|ถึง)\s{{0,3}}(?:วันที่\s{{0,3}})?(?:({_D}{{1,2}})\s{{0,3}})?(?:เดือน\s{{0,3}})?({_MONTH_WORD})\s{{0,3}}"
    rf"(?:พ\.\s?ศ\.\s{{0,3}})?({_D}{{4}}|{_D}{{2}})(?!{_D})"
)
_YEAR = re.compile(rf"(?:ประจำ)?ปีงบประมาณ\s{{0,3}}(?:พ\.\s?ศ\.\s{{0,3}})?({_D}{{4}})(?!{_D})")
_TOC_TAIL = re.compile(rf"(?:\.{{3,}}|…|\t)\s{{0,3}}{_D}{{1,3}}\s*$")
UNIT_WINDOW = 300  # the unit's name sits within this many characters before the fiscal year


def arabic(text: str) -> str:
    return to_arabic_digits(text)


def is_toc_line(text: str) -> bool:
    """A table-of-contents line: a heading followed by dot leaders and a page number."""
    return _TOC_TAIL.search(text[-40:]) is not None


@dataclass(frozen=True)
class Number:
    """How a row or a line is numbered: an activity id ``1.2``, or a place in a sequence ``2``."""

    activity_id: str | None
    sequence: int | None
    rest: str  # the text after the number

    @property
    def found(self) -> bool:
        return self.activity_id is not None or self.sequence is not None


def number_of(text: str) -> Number:
    """The number a text starts with (``๑.๒ กิจกรรม…`` → 1.2; ``2) กิจกรรม…`` → sequence 2)."""
    if (m := ACTIVITY_ID.match(text)) is not None:
        return Number(f"{int(arabic(m[1]))}.{int(arabic(m[2]))}", None, text[m.end() :].strip())
    if (m := SEQUENCE.match(text)) is not None:
        digits = m[1] or m[2] or m[3] or m[4]
        return Number(None, int(arabic(digits)), text[m.end() :].strip())
    return Number(None, None, text)


def nested_id(text: str) -> tuple[str, str] | None:
    """An activity's number under its guideline (``๑.๒.๓ …`` → 1.2.3) and the text after it, else ``None``."""
    if (m := NESTED_ID.match(text)) is None:
        return None
    return ".".join(str(int(arabic(g))) for g in m.groups()), text[m.end() :].strip()


@dataclass(frozen=True)
class HeadCount:
    participants: int
    headcount: int
    written: Decimal | None  # the percentage written beside them, if any
    text: str


def head_counts(text: str) -> tuple[HeadCount | None, str | None]:
    """A head-count sentence's figures, or why it cannot be read as one (``None, None``: none here).

    Two counts of people make one: the smaller took part, the larger is everyone. One count with a
    percentage lacks its total; three or more are ambiguous: both are said, never guessed."""
    people = list(_PEOPLE.finditer(text))
    counts = [int(arabic(m[1]).replace(",", "")) for m in people]
    if len(counts) == 1 and (pair := _COUNT_PAIR.search(text)) is not None:  # 127/139 คน, 127 จาก 139 คน
        counts = [int(arabic(pair[1])), int(arabic(pair[2]))]
    percents = [
        arabic(m[1] or m[2]) for m in _PERCENT.finditer(text) if _of_people(text, m, people) and not assessed(m, text)
    ]
    if len(counts) == 2 and len(people) == 1:  # the pair says which is everyone
        low, high = sorted(counts)
        return HeadCount(low, high, _written(percents), text), None
    if len(counts) == 2 and (other := _not_took_part(text, people)) is not None:
        return None, other
    if len(counts) == 2:
        written = _written(percents)
        if written is None and not _larger_is_everyone(text, people, counts):
            return None, ("มีจำนวนคนสองจำนวนแต่ไม่บอกว่าจำนวนใดเป็นจำนวนทั้งหมด: เขียนเช่น “เข้าร่วม ๔๕ คน จากทั้งหมด ๕๒ คน”")
        low, high = sorted(counts)
        return HeadCount(low, high, written, text), None
    if len(counts) == 1 and percents:
        return None, "ระบุจำนวนคนที่เข้าร่วมแต่ไม่ระบุจำนวนทั้งหมด: เขียนเช่น “เข้าร่วม ๔๕ คน จากทั้งหมด ๕๒ คน”"
    if len(counts) == 1 and _ALL_TOOK_PART.search(text):
        return None, (
            f"บอกว่าเข้าร่วมครบ แต่มีจำนวนคนจำนวนเดียว ({counts[0]} คน) จึงไม่ได้อ่านเป็นการมีส่วนร่วม: ถ้าเข้าร่วมทุกคน "
            f"เขียน “เข้าร่วม {counts[0]} คน จากทั้งหมด {counts[0]} คน”"
        )
    if len(counts) > 2:  # without a percentage too: กลุ่ม ก 20 คน จาก 25 คน กลุ่ม ข … was no head count, without a word
        return None, "มีจำนวนคนมากกว่าสองจำนวนในประโยคเดียว: แยกเป็นประโยคละกลุ่ม เช่น “เข้าร่วม ๔๕ คน จากทั้งหมด ๕๒ คน”"
    return None, None


def lone_count(text: str) -> bool:
    """A line with one count of people and no head count of its own (``ผู้เข้าร่วม ๑๒๗ คน``): perhaps half of one
    that Word wrapped onto the next line."""
    return len(_PEOPLE.findall(text)) == 1 and head_counts(text) == (None, None)


# A count that is not of who took part: per batch (รุ่นละ ๗๐ คน รวม ๑๔๐ คน was 70 of 140, 50 %), or of those who
# passed (ผู้เข้าร่วม ๑๒๗ คน ผู้ผ่านการทดสอบ ๑๐๐ คน was 100 of 127): asked, not guessed.
_PER_BATCH = re.compile(r"(?:รุ่น|ครั้ง|กลุ่ม|ห้อง|วัน|รอบ)\s{0,2}ละ\s{0,3}(?:จำนวน\s{0,3})?$")
_PASSED = re.compile(r"(?:ผ่าน|สอบได้)\S{0,16}\s{0,3}(?:จำนวน\s{0,3})?$")


def _not_took_part(text: str, people: list[re.Match[str]]) -> str | None:
    """Why two counts of people are not who took part of everyone, if one of them counts something else."""
    previous_end = 0
    for m in people:
        before = text[max(previous_end, m.start() - _SHARE_WORDS) : m.start()]
        previous_end = m.end()
        if _PER_BATCH.search(before) is not None:
            return (
                f"“{before.strip()} {m[0]}” เป็นจำนวนต่อรุ่นหรือต่อครั้ง ไม่ใช่จำนวนผู้เข้าร่วมเทียบกับทั้งหมด: "
                "เขียนจำนวนผู้เข้าร่วมรวมและจำนวนทั้งหมด เช่น “เข้าร่วม ๑๔๐ คน จากทั้งหมด ๑๕๐ คน”"
            )
        if _PASSED.search(before) is not None:
            return (
                f"“{before.strip()} {m[0]}” เป็นจำนวนผู้ผ่าน ไม่ใช่จำนวนผู้เข้าร่วม: เขียนจำนวนผู้เข้าร่วมและจำนวนทั้งหมด "
                "เช่น “เข้าร่วม ๑๒๗ คน จากทั้งหมด ๑๓๙ คน” (ผลการทดสอบเขียนไว้ในประโยคอื่น)"
            )
    return None


# Everyone took part (เข้าร่วมครบทุกคน, ครบทุกคน, ทุกคนเข้าร่วม): with one count, of whom? Asked, not guessed (บุคลากร
# ทุกคนได้รับแจ้ง … เข้าร่วม ๔๕ คน is 45 of more).
_ALL_TOOK_PART = re.compile(r"ครบ\s*(?:ทุกคน|ทั้งหมด|ถ้วน|จำนวน)|เข้าร่วมทุกคน|ทุกคนเข้าร่วม")


# Two numbers and one word for people between them: ``127/139 คน``, ``127 จาก 139 คน`` (the first was no count:
# one count with nothing else, the sentence gave no head count, without a word).
_COUNT_PAIR = re.compile(
    rf"(?<![\d.])({_D}{{1,7}})\s{{0,3}}(?:/|จาก(?:ทั้งหมด)?)\s{{0,3}}({_D}{{1,7}})\s{{0,3}}(?:คน|ราย(?!{THAI_LETTER})|ท่าน)"
)


def _written(percents: list[str]) -> Decimal | None:
    try:
        return Decimal(percents[0]) if percents else None
    except InvalidOperation:
        return None


def _of_people(text: str, percent: re.Match[str], people: list[re.Match[str]]) -> bool:
    """Whether a percentage is the share of people a head count gives: after a count, or said of the people
    (``ผู้เข้าร่วมร้อยละ …``). ``ผลสำเร็จร้อยละ 100`` before the counts is the work's progress: taken for the
    share, ``… 127 คน จาก 139 คน คิดเป็นร้อยละ 91.36`` was an error, "100 is not 127/139"."""
    after_a_count = bool(people) and people[0].start() < percent.start()
    return (
        after_a_count
        or _SHARE_OF_PEOPLE.search(text, max(0, percent.start() - _SHARE_WORDS), percent.start()) is not None
    )


def progress_of(paragraphs: list[str]) -> str | None:
    """The first ``ร้อยละ …`` of a report's result that is its progress (else the first ``… %``): not one that
    follows a count of people in its paragraph (``ผู้เข้าร่วม ๔๕ คน จากทั้งหมด ๕๒ คน คิดเป็นร้อยละ ๘๖.๕๓`` is a
    share of people, which was read as the activity's progress when no other percentage came before it), nor
    one said of the people (``ผู้เข้าร่วมร้อยละ 91.36 (127 จาก 139 คน)``, which was), nor one of another kind
    (``not_progress``)."""
    for pattern in (PROGRESS, _PERCENT_SIGN):
        for paragraph in paragraphs:
            for m in pattern.finditer(paragraph):
                before = max(0, m.start() - _SHARE_WORDS)
                of_people = _SHARE_OF_PEOPLE.search(paragraph, before, m.start())
                people = _PEOPLE.search(paragraph, 0, m.start()) is not None or of_people is not None
                if not people and not_progress(m, paragraph) is None:
                    return arabic(m[1])
    return None


def other_percentage_of(paragraphs: list[str]) -> tuple[str, Text] | None:
    """The first percentage of a report's result that is of another kind than progress, and what it is, to say
    why the report gives none."""
    for pattern in (PROGRESS, _PERCENT_SIGN):
        for paragraph in paragraphs:
            for m in pattern.finditer(paragraph):
                if (kind := not_progress(m, paragraph)) is not None:
                    return arabic(m[1]), kind
    return None


def assessed(percent: re.Match[str], text: str) -> bool:
    """Whether a percentage is a score, not the work's progress: ``ความพึงพอใจร้อยละ 85``, ``ผลการประเมินความ
    พึงพอใจ ร้อยละ 92.50`` (read as progress, a survey done in full showed as 92.50 % done)."""
    return _SCORE.search(text, max(0, percent.start() - _SHARE_WORDS), percent.start()) is not None


def not_progress(percent: re.Match[str], text: str) -> Text | None:
    """What a percentage of a report's result is when it is not the work's progress, by the words around it: a
    score, a target (``เป้าหมายร้อยละ 80 ดำเนินการได้ร้อยละ 60`` was 80 % done), a change (``ลดลงร้อยละ 20``),
    money spent (``เบิกจ่ายงบประมาณร้อยละ 40``) or a share of people (``ร้อยละ 80 ของบุคลากร``,
    ``ผู้ตอบแบบสอบถามร้อยละ 70``); each was the activity's progress when it came first."""
    start = max(0, percent.start() - _SHARE_WORDS)
    for words, kind in _NOT_PROGRESS_BEFORE:
        if words.search(text, start, percent.start()) is not None:
            return kind
    for words, kind in _NOT_PROGRESS_AFTER:
        if words.match(text, percent.end()) is not None:
            return kind
    return None


_PERCENT_SIGN = re.compile(rf"(?<![\d.])({_D}{{1,3}}(?:\.{_D}{{1,4}})?)\s{{0,2}}%")  # ดำเนินการแล้ว 100%
# Words that make the percentage after them a share of people, not of the work done.
_SHARE_OF_PEOPLE = re.compile(r"(?:เข้าร่วม|บุคลากร|ผู้เข้ารับ\S{0,12}|ผู้ผ่าน\S{0,12})\s*(?:คิดเป็น)?\s*$")
_SHARE_WORDS = 30
_NOT_DIGITS = "[^0-9๐-๙]"
# Words that make the percentage after them a score: satisfaction, an assessment, a test.
_SCORE = re.compile(
    r"(?:ความพึงพอใจ|พึงพอใจ|ผลการประเมิน|คะแนน(?:เฉลี่ย)?|ความรู้ความเข้าใจ|ผ่านการทดสอบ)\s*"
    r"(?:โดยรวม|เฉลี่ย|อยู่ที่|คิดเป็น|ที่|ระดับ)?\s*$"
)
_NOT_PROGRESS_BEFORE = (
    (_SCORE, Text("คะแนนหรือความพึงพอใจ", "a score or satisfaction")),
    (
        re.compile(rf"(?:(?<!ตาม)(?<!บรรลุ)เป้าหมาย|ตัวชี้วัด|ไม่น้อยกว่า|ไม่ต่ำกว่า|อย่างน้อย){_NOT_DIGITS}{{0,12}}$"),
        Text("เป้าหมายหรือตัวชี้วัด", "a target or indicator"),
    ),
    (re.compile(rf"(?:ลดลง|เพิ่มขึ้น|สูงขึ้น|ต่ำลง){_NOT_DIGITS}{{0,12}}$"), Text("การเพิ่มขึ้นหรือลดลง", "a rise or fall")),
    (re.compile(rf"(?:งบประมาณ|เบิกจ่าย){_NOT_DIGITS}{{0,15}}$"), Text("การใช้งบประมาณ", "money spent")),
    (re.compile(r"ผู้ตอบ\S{0,16}\s*(?:คิดเป็น)?\s*$"), Text("สัดส่วนของบุคลากร", "a share of people")),
)
_NOT_PROGRESS_AFTER = (
    (re.compile(r"\s*(?:ขึ้นไป|เป็นอย่างน้อย)"), Text("เป้าหมายหรือตัวชี้วัด", "a target or indicator")),
    (
        re.compile(r"\s*ของ\s*(?:บุคลากร|ผู้|ข้าราชการ|เจ้าหน้าที่|พนักงาน|ลูกจ้าง|ทุกคน)"),
        Text("สัดส่วนของบุคลากร", "a share of people"),
    ),
    (re.compile(r"\s*(?:จาก|เมื่อเทียบกับ)\s*(?:ปี|ครั้ง|รอบ)\s*ก่อน"), Text("การเพิ่มขึ้นหรือลดลง", "a rise or fall")),
)


def _larger_is_everyone(text: str, people: list[re.Match[str]], counts: list[int]) -> bool:
    """Whether the text says the larger of two counts is everyone. Without that (or a percentage to check
    the reading against), ``เข้าร่วม ๔๕ คน ขาด ๗ คน`` would be 7 of 45 and ``ชาย ๒๐ คน หญิง ๒๕ คน`` 20 of 25."""
    first, second = people
    if counts[1] >= counts[0]:
        before = text[first.end() : second.start()]
    else:
        before = text[max(0, first.start() - _EVERYONE_BEFORE) : first.start()]
    return _EVERYONE.search(before) is not None


def round_end(text: str, fiscal_year_be: int | None) -> tuple[date | None, bool]:
    """The last day of a report round written in ``text`` and whether a round was written at all."""
    start = _ROUND_START.search(text)
    if start is None:
        return None, False
    end = _ROUND_END.search(text, start.end(), start.end() + 80)
    if end is None:
        return None, "เดือน" in text[start.end() : start.end() + 30]
    day_text, month_text, year_text = end[1], end[2], end[3]
    month = _MONTHS.get(re.sub(r"[.\s]", "", month_text)) or _MONTHS.get(month_text)
    if month is None:
        return None, True
    year = int(arabic(year_text))
    year = year + 2500 if year < 100 else year
    christian = ce_year(year) if year >= 2400 else year
    last = calendar.monthrange(christian, month)[1]
    day = int(arabic(day_text)) if day_text else last
    try:
        return date(christian, month, day), True
    except ValueError:
        return None, True


def fiscal_year(text: str) -> tuple[int | None, int]:
    """The fiscal year written in a title (``ประจำปีงบประมาณ พ.ศ. ๒๕๖๖``) and where it starts."""
    m = _YEAR.search(text)
    if m is None:
        return None, -1
    return int(arabic(m[1])), m.start()


def last_year_of_span(text: str) -> int | None:
    """The last year when a title's fiscal year is a span (``ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ – ๒๕๖๘``, a plan of
    several years), else ``None``: read as its first year without a word, the other years' work was in it."""
    m = _YEAR.search(text)
    if m is None or (span := _YEAR_SPAN.match(text, m.end())) is None:
        return None
    last = int(arabic(span[1]))
    return last if int(arabic(m[1])) < last <= int(arabic(m[1])) + 10 else None


_YEAR_SPAN = re.compile(rf"[ \t]{{0,3}}(?:[-–—]|ถึง)[ \t]{{0,3}}(?:พ\.\s?ศ\.[ \t]{{0,3}})?({_D}{{4}})(?!{_D})")


def unit_of(text: str, year_at: int) -> str:
    """The unit a title names: ``… ของสำนักบริหารงานกลาง … ประจำปีงบประมาณ`` (after the first ของ in the
    stretch before the fiscal year) or ``… ประจำปีงบประมาณ ๒๕๖๘ ของสำนักงาน…`` (the line after it);
    empty when the title names none. ``text`` holds the title's lines, one per line."""
    window = max(0, year_at - UNIT_WINDOW)
    of = text.find("ของ", window, year_at)
    if of >= 0:
        return " ".join(text[of + len("ของ") : year_at].split())
    of = text.find("ของ", year_at, year_at + UNIT_WINDOW)
    if of < 0:
        return ""
    end = text.find("\n", of)
    return " ".join(text[of + len("ของ") : end if end >= 0 else len(text)].split())


# Words a unit's name starts with, for a cover that names its unit without ของ.
_UNIT_START = re.compile(
    rf"(?<!{THAI_LETTER})(?:สำนักงาน|สำนัก|กองทุน|กอง|กลุ่มงาน|กลุ่ม|ศูนย์|สถาบัน|กรม|ฝ่าย|หน่วยงาน|หน่วย|คณะ|"
    r"วิทยาลัย|โรงเรียน|มหาวิทยาลัย|เทศบาล|องค์การ|สถานี)"
)


def unit_without_of(text: str, year_at: int) -> str:
    """The unit a cover names without ของ: in the nearest line before the fiscal year that has a unit's word,
    from that word on (``แผนปฏิบัติการ… สำนักบริหารงานกลาง ประจำปีงบประมาณ``, or a line of its own above);
    empty if none. ``text`` holds the cover's lines, one per line."""
    window = text[max(0, year_at - UNIT_WINDOW) : year_at]
    for line in reversed(window.split("\n")):
        if (start := _UNIT_START.search(line)) is not None:
            return " ".join(line[start.start() :].split())
    return ""


def row_text(cells: list[list[str]]) -> str | None:
    """The one text of a table row that has one, alone in a cell or merged across the row (a merged cell stands in
    every column it spans): a heading, a total, a note; ``None`` for a row of several texts or none."""
    texts = {" ".join(cell) for cell in cells if cell}
    return texts.pop() if len(texts) == 1 else None


def measure_row(cells: list[list[str]]) -> tuple[int, str] | None:
    """A table row that heads the measure of the rows below it (มาตรการที่ ๑ … alone in the row, or merged across
    it), as a plan laid out as one table writes its measures, and that measure's number and name. Read as an
    activity's row, it was "no activity number" or the rest of the activity above."""
    text = row_text(cells)
    m = MEASURE_HEADING.match(text) if text is not None else None
    if m is None or text is None or is_toc_line(text):
        return None
    return int(arabic(m[1])), " ".join(text[m.end() :].split())
