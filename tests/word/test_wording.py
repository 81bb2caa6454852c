"""How plan documents word things (``ita_core.word.wording``): numbers, deadline cues, head counts, rounds,
titles; and every pattern runs in time linear in its text."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal

import pytest

from ita_core.word import wording


@pytest.mark.parametrize(
    ("text", "activity_id", "sequence", "rest"),
    [
        ("๑.๑ ประกาศเจตนารมณ์", "1.1", None, "ประกาศเจตนารมณ์"),
        ("1.10 อบรม", "1.10", None, "อบรม"),
        ("๒.๓. ศึกษาดูงาน", "2.3", None, "ศึกษาดูงาน"),
        ("(1.2) สำรวจ", "1.2", None, "สำรวจ"),
        ("1.100 กิจกรรม", "1.100", None, "กิจกรรม"),
        ("2) เผยแพร่", None, 2, "เผยแพร่"),
        ("(3) ติดตาม", None, 3, "ติดตาม"),
        ("๑) จิตอาสา", None, 1, "จิตอาสา"),
        ("๑.", None, 1, ""),
        ("4", None, 4, ""),
        ("1.2.1 ย่อย", None, None, "1.2.1 ย่อย"),  # not a form the reader knows: no number at all
        ("2566 ปีงบประมาณ", None, None, "2566 ปีงบประมาณ"),
        ("โครงการ", None, None, "โครงการ"),
        # as words: the row was "no activity number", and such a plan refused
        ("กิจกรรมที่ ๑ อบรมจริยธรรม", None, 1, "อบรมจริยธรรม"),
        ("โครงการที่ 2: ประกาศเจตนารมณ์", None, 2, "ประกาศเจตนารมณ์"),
        ("กิจกรรมที่ 1.2 ประกาศ", None, None, "กิจกรรมที่ 1.2 ประกาศ"),  # not the measure's sequence
        ("กิจกรรมที่เกี่ยวข้อง", None, None, "กิจกรรมที่เกี่ยวข้อง"),
    ],
)
def test_numbers_as_offices_write_them(text: str, activity_id: str | None, sequence: int | None, rest: str) -> None:
    number = wording.number_of(text)
    assert (number.activity_id, number.sequence, number.rest) == (activity_id, sequence, rest)


@pytest.mark.parametrize(
    ("text", "participants", "headcount", "written"),
    [
        ("มีบุคลากรของสำนัก จำนวน ๑๒๗ คน คิดเป็นร้อยละ ๙๑.๓๖ ของบุคลากร จำนวน ๑๓๙ คน", 127, 139, "91.36"),
        ("ผู้เข้าร่วม ๔๕ คน จากทั้งหมด ๕๒ คน คิดเป็นร้อยละ ๘๖.๕๓", 45, 52, "86.53"),
        ("บุคลากรทั้งหมด 60 คน เข้าร่วม 48 คน (80%)", 48, 60, "80"),
        ("เข้าร่วม 1,250 ราย จาก 1,300 ราย", 1250, 1300, None),
        ("บุคลากรทั้งหมด ๓๘ คน เข้าร่วม ๒๙ คน", 29, 38, None),
        ("เข้าร่วม ๒๙ คน ของบุคลากร ๓๘ คน", 29, 38, None),
        ("เข้าร่วม ๔๕ คน ขาด ๗ คน คิดเป็นร้อยละ ๑๕.๕๕", 7, 45, "15.55"),  # checked against its percentage
        # the work's progress before the counts is not their share (it was "100 is not 127/139", an error)
        ("ผลสำเร็จร้อยละ 100 ผู้เข้าร่วม 127 คน จาก 139 คน คิดเป็นร้อยละ 91.36", 127, 139, "91.36"),
        # one word for people after two numbers (each was no head count, without a word)
        ("ผู้เข้าร่วม 127/139 คน", 127, 139, None),
        ("ผู้เข้าร่วมร้อยละ 91.36 (127 จาก 139 คน)", 127, 139, "91.36"),
    ],
)
def test_head_counts_by_their_numbers(text: str, participants: int, headcount: int, written: str | None) -> None:
    count, trouble = wording.head_counts(text)
    assert trouble is None and count is not None
    assert (count.participants, count.headcount) == (participants, headcount)
    assert count.written == (Decimal(written) if written else None)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("เข้าร่วม ๔๕ คน คิดเป็นร้อยละ ๘๖.๕๓", "จำนวนทั้งหมด"),
        ("ชาย ๒๐ คน หญิง ๒๕ คน รวม ๔๕ คน คิดเป็นร้อยละ ๘๖.๕๓", "มากกว่าสองจำนวน"),
        # without a percentage: no head count, without a word
        ("กลุ่มงาน ก เข้าร่วม 20 คน จาก 25 คน กลุ่มงาน ข เข้าร่วม 30 คน จาก 35 คน", "มากกว่าสองจำนวน"),
        # Two counts, neither said to be everyone, and no percentage to check them against: these were read
        # as 7 of 45 (15.55 %) and 20 of 25 (80 %), without a word.
        ("เข้าร่วม ๔๕ คน ขาด ๗ คน", "จำนวนใดเป็นจำนวนทั้งหมด"),
        ("ชาย ๒๐ คน หญิง ๒๕ คน", "จำนวนใดเป็นจำนวนทั้งหมด"),
        # everyone took part, of one count: it gave no participation, without a word (all of whom? 45 of the
        # staff all told, or the 45 invited?)
        ("ผู้บริหารและบุคลากร จำนวน ๑๓๙ คน เข้าร่วมครบทุกคน", "บอกว่าเข้าร่วมครบ แต่มีจำนวนคนจำนวนเดียว (139 คน)"),
        ("แจ้งเวียนบุคลากรครบทุกคน มีผู้เข้าร่วม 45 คน", "ถ้าเข้าร่วมทุกคน เขียน “เข้าร่วม 45 คน จากทั้งหมด 45 คน”"),
        # a count per batch, of those who passed: 70 of 140 (50 %), 100 of 127, without a word
        ("จัดอบรม 2 รุ่น รุ่นละ 70 คน รวม 140 คน", "“จัดอบรม 2 รุ่น รุ่นละ 70 คน” เป็นจำนวนต่อรุ่นหรือต่อครั้ง"),
        ("ครั้งละ ๒๐ คน จำนวน ๕ ครั้ง รวม ๑๐๐ คน", "“ครั้งละ ๒๐ คน” เป็นจำนวนต่อรุ่นหรือต่อครั้ง"),
        ("ผู้เข้าร่วม 127 คน มีผู้ผ่านการทดสอบ 100 คน", "“มีผู้ผ่านการทดสอบ 100 คน” เป็นจำนวนผู้ผ่าน"),
    ],
)
def test_a_head_count_that_cannot_be_read_is_said(text: str, said: str) -> None:
    count, trouble = wording.head_counts(text)
    assert count is None and trouble is not None and said in trouble


@pytest.mark.parametrize(
    "text",
    [
        "ร้อยละ 50 รายงานครั้งที่ 1 แล้ว",
        "บุคลากร จำนวน ๘๘ คน สามารถปฏิบัติงาน",
        "ประชุม ๓ ครั้ง",
        "มีผู้ตอบแบบสอบถาม 45 คน ความพึงพอใจร้อยละ 85",  # a score after a count: it was "no total" (an error)
    ],
)
def test_other_sentences_are_not_head_counts(text: str) -> None:
    assert wording.head_counts(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("ตั้งแต่เดือนตุลาคม – มีนาคม ๒๕๖๖", date(2023, 3, 31)),
        ("(ตั้งแต่เดือนตุลาคม ๒๕๖๖ – มีนาคม ๒๕๖๗)", date(2024, 3, 31)),
        ("ระหว่าง ๑ ตุลาคม ๒๕๖๗ ถึง ๓๑ มีนาคม ๒๕๖๘", date(2025, 3, 31)),
        ("ตั้งแต่ ต.ค. ๖๖ - มิ.ย. ๖๗", date(2024, 6, 30)),
    ],
)
def test_rounds_end_on_their_last_day(text: str, end: date) -> None:
    assert wording.round_end(text, None) == (end, True)


@pytest.mark.parametrize(
    ("title", "year", "unit"),
    [
        ("แผนส่งเสริม\nของสำนักบริหารงานกลาง\nสำนักงานเลขาธิการวุฒิสภา\nประจำปีงบประมาณ พ.ศ.\n2566", 2566,
         "สำนักบริหารงานกลาง สำนักงานเลขาธิการวุฒิสภา"),
        ("แผนส่งเสริมคุณธรรม ประจำปีงบประมาณ ๒๕๖๘\nของสำนักงานตัวอย่าง\nคณะทำงาน", 2568, "สำนักงานตัวอย่าง"),
        ("แผนปฏิบัติการ ปีงบประมาณ พ.ศ. ๒๕๖๗", 2567, ""),
    ],
)  # fmt: skip
def test_the_unit_and_year_of_a_title(title: str, year: int, unit: str) -> None:
    found, at = wording.fiscal_year(title)
    assert found == year and wording.unit_of(title, at) == unit


def test_table_of_contents_lines() -> None:
    assert wording.is_toc_line("❖ มาตรการที่ ๑ การขับเคลื่อน..... ๑๗")
    assert wording.is_toc_line("แบบรายงานผล.......... ๑๒")
    assert not wording.is_toc_line("มาตรการที่ ๑ การขับเคลื่อนกระบวนการ")


@pytest.mark.parametrize(
    "hostile",
    [
        "แผน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ " + "ของ ก " * 8_000,
        "จำนวน" + "๑" * 40_000,
        "ตั้งแต่" + "เดือน – " * 8_000,
        "ส่ง" * 15_000,
        "1" * 45_000 + " คน",
    ],
    ids=["title", "digits", "round", "cue", "count"],
)
def test_every_pattern_runs_in_linear_time(hostile: str) -> None:
    started = time.perf_counter()
    for _ in range(5):
        _, at = wording.fiscal_year(hostile)
        wording.unit_of(hostile, max(at, 0))
        wording.head_counts(hostile)
        wording.round_end(hostile, 2566)
        wording.number_of(hostile)
        wording.is_toc_line(hostile)
    assert time.perf_counter() - started < 2.0  # quadratic would be minutes at these lengths


@pytest.mark.parametrize(
    ("paragraphs", "progress"),
    [
        (["ดำเนินการแล้ว 100%"], "100"),  # it was "the row gives no percentage"
        (["เบิกจ่ายงบประมาณ 80% ดำเนินการแล้วร้อยละ 100"], "100"),  # ร้อยละ first: the work's own word
        (["ผลสำเร็จร้อยละ 100 ผู้เข้าร่วม 127 คน จาก 139 คน คิดเป็นร้อยละ 91.36"], "100"),
        (["ผู้เข้าร่วมร้อยละ 91.36 (127 จาก 139 คน)"], None),  # a share of people: it was the progress
        (["ผู้เข้าร่วม ๔๕ คน จากทั้งหมด ๕๒ คน คิดเป็นร้อยละ ๘๖.๕๓"], None),
        # a score: a survey done in full showed as 92.50 % done
        (["ผลการประเมินความพึงพอใจ ร้อยละ 92.50"], None),
        (["ความพึงพอใจโดยรวม ร้อยละ ๘๕", "ดำเนินการแล้ว ร้อยละ ๑๐๐"], "100"),
        (["ดำเนินการประเมินแล้วเสร็จ ร้อยละ 100"], "100"),  # the assessment's work done: its progress
    ],
)
def test_a_report_s_progress_is_the_work_s_percentage_not_the_people_s(
    paragraphs: list[str], progress: str | None
) -> None:
    assert wording.progress_of(paragraphs) == progress


def test_a_score_is_found_to_say_why_a_report_gives_no_progress() -> None:
    found = wording.other_percentage_of(["จัดอบรมแล้ว", "คะแนนเฉลี่ยร้อยละ ๘๗.๕๐ ผู้เข้าร่วม 40 คน"])
    assert found is not None and (found[0], found[1].th) == ("87.50", "คะแนนหรือความพึงพอใจ")
    assert wording.other_percentage_of(["ดำเนินการแล้ว ร้อยละ 100"]) is None


@pytest.mark.parametrize(
    ("paragraph", "progress", "other"),
    [
        # a target before the work's figure: it was 80 % done
        ("เป้าหมายร้อยละ 80 ดำเนินการได้ร้อยละ 60", "60", ("80", "เป้าหมายหรือตัวชี้วัด")),
        ("ตัวชี้วัด: ร้อยละ 80 ของบุคลากรเข้าร่วม ผลการดำเนินงาน: ร้อยละ 100", "100", ("80", "เป้าหมายหรือตัวชี้วัด")),
        ("ไม่น้อยกว่าร้อยละ 80", None, ("80", "เป้าหมายหรือตัวชี้วัด")),
        ("ร้อยละ 80 ขึ้นไป", None, ("80", "เป้าหมายหรือตัวชี้วัด")),
        # money spent: 40 % done
        ("งบประมาณเบิกจ่ายร้อยละ 40 ดำเนินการแล้วเสร็จร้อยละ 100", "100", ("40", "การใช้งบประมาณ")),
        ("ผลการเบิกจ่ายงบประมาณ 95%", None, ("95", "การใช้งบประมาณ")),
        # a change, a share of people
        ("ลดลงร้อยละ 20 จากปีก่อน", None, ("20", "การเพิ่มขึ้นหรือลดลง")),
        ("เรื่องร้องเรียนเพิ่มขึ้นร้อยละ 15", None, ("15", "การเพิ่มขึ้นหรือลดลง")),
        ("ร้อยละ 80 ของบุคลากรรับทราบ", None, ("80", "สัดส่วนของบุคลากร")),
        ("มีผู้ตอบแบบสอบถามร้อยละ 70", None, ("70", "สัดส่วนของบุคลากร")),
        # the work's own figure, whatever words are near
        ("ดำเนินการได้ตามเป้าหมาย ร้อยละ 100", "100", None),
        ("บรรลุเป้าหมายร้อยละ 100", "100", None),
        ("ดำเนินการแล้วร้อยละ 50 ของเป้าหมาย", "50", None),
        ("ร้อยละ 100 ของแผน", "100", None),
    ],
)
def test_a_percentage_of_another_kind_is_no_progress_and_is_named(
    paragraph: str, progress: str | None, other: tuple[str, str] | None
) -> None:
    """Each of these was the activity's progress when it came first: a target, money spent, a change, a share
    of people."""
    assert wording.progress_of([paragraph]) == progress
    found = wording.other_percentage_of([paragraph])
    assert (None if found is None else (found[0], found[1].th)) == other


@pytest.mark.parametrize(
    ("title", "last"),
    [
        ("แผน ของกองทดสอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ – ๒๕๖๘", 2568),
        ("แผน ของกองทดสอบ ปีงบประมาณ พ.ศ. 2566-2567", 2567),
        ("แผน ของกองทดสอบ ประจำปีงบประมาณ 2566 ถึง 2568", 2568),
        ("แผนระยะ 3 ปี (พ.ศ. 2566-2568) ของกองทดสอบ ประจำปีงบประมาณ 2566", None),  # one year named as the plan's
        ("แผน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖\n- 2566 -", None),  # the next line is no span
        ("แผน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", None),
    ],
)
def test_a_cover_s_span_of_fiscal_years_is_found(title: str, last: int | None) -> None:
    assert wording.last_year_of_span(title) == last


def test_an_activity_numbered_under_its_guideline() -> None:
    assert wording.nested_id("๑.๒.๓ อบรม") == ("1.2.3", "อบรม")
    assert wording.nested_id("(1.2.10) อบรม") == ("1.2.10", "อบรม")
    assert wording.nested_id("1.2 อบรม") is None
    assert wording.nested_id("1.2.3.4 อบรม") is None
