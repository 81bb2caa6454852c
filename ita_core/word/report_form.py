"""The report form: each reported row's result, what was done, outputs, outcomes and evidence, matched to
the plan's activity it reports on; head counts as participation; the round as the data date."""

from __future__ import annotations

import re
from decimal import Decimal
from difflib import SequenceMatcher

from ita_core.dateparse import EMPTY_MARKERS, NOT_YET_MARKERS
from ita_core.numbers import CUT, DIFFERS, ROUNDED, percent, percent_agreement
from ita_core.problems import Severity
from ita_core.text import Text
from ita_core.thai import fiscal_year_be
from ita_core.word import wording
from ita_core.word.headings import Headings
from ita_core.word.more_columns import MoreColumns
from ita_core.word.package import Cell
from ita_core.word.reading import (
    FIELDS_FOR_PEOPLE,
    MATCH_CHARS,
    REPORT_COLUMNS,
    RESULT_LABELS,
    TARGET,
    TOTAL,
    Activity,
    Part,
    ReportRow,
    column_name,
    column_numbers,
    header_in,
    place,
    same_words,
    squeeze,
)
from ita_core.word.wording import arabic, number_of
from ita_core.workbook.cells import percentage
from ita_core.workbook.contract import SENT_HEADING

_SAME_ACTIVITY = 0.45  # the seed's report rows match their activities at 0.51–1.0, the others at 0.40 or less
_CLEAR_MARGIN = 0.1
_STATUS_CHARS = 20  # a progress statement's words besides its percentage (ดำเนินการแล้ว, อยู่ระหว่างดำเนินการ)


class ReportForm(Headings):
    def __init__(self) -> None:
        super().__init__()
        self.report_more = MoreColumns()  # the current report header's columns the form has no place for
        self.reported: set[str] = set()  # the activities a report row was taken for

    def _report_part(self, part: Part) -> None:
        self._report_title(part)
        self._headings(part, report=True)
        measure = 0
        header: dict[str, int] | None = None
        guideline: str | None = None
        for block in part.blocks:
            if isinstance(block, str):
                if (m := wording.MEASURE_HEADING.match(block)) is not None:
                    measure, guideline = int(arabic(m[1])), None
                if self.as_of is None:
                    self._round(block, "ย่อหน้าในแบบรายงาน")
                continue
            for r, row in enumerate(block.rows, start=1):
                cells = self._cleaned(row, block.number, r, header)
                found = header_in(row, REPORT_COLUMNS)
                if found is not None and {"result", "evidence"} & set(found):
                    header = found
                    self.report_more = MoreColumns.of([" ".join(c) for c in cells], header, place(block.number, r))
                    continue
                if self.as_of is None:
                    for text in (t for c in cells for t in c):
                        if self._round(text, place(block.number, r)):
                            break
                if header is None or column_numbers(cells):
                    continue
                if (heading := wording.measure_row(cells)) is not None:  # one table for the report, a row per measure
                    measure, guideline = heading[0], None
                    self.report_measures.setdefault(measure, heading[1])
                    continue
                guideline = self._report_row(block.number, r, row, cells, header, measure, guideline)

    def _report_title(self, part: Part) -> None:
        title = "\n".join(b[:400] for b in part.blocks[:6] if isinstance(b, str))
        year, at = wording.fiscal_year(title)
        if year is None:
            return
        self.report_unit = wording.unit_of(title, at)
        if self.year is not None and year != self.year:
            self.problem(
                "แบบรายงาน",
                title[:120],
                f"แบบรายงานเป็นของปีงบประมาณ {year} แต่หน้าปกของแผนเป็นปี {self.year}: ตรวจปีให้ตรงกัน",
                f"the report form is for fiscal year {year}, the plan's cover says {self.year}",
            )

    def _round(self, text: str, where: str) -> bool:
        """The report's round (ตั้งแต่เดือนตุลาคม – มีนาคม ๒๕๖๖) gives the data date: its last day."""
        end, written = wording.round_end(text, self.year)
        if end is None:
            if written:
                self.problem(
                    where,
                    text,
                    "อ่านรอบรายงานไม่ได้: เขียนเช่น “ตั้งแต่เดือนตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖”",
                    "the report's round cannot be read: write e.g. “ตั้งแต่เดือนตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖”",
                )
            return written
        if self.year is not None and fiscal_year_be(end) != self.year:
            self.problem(
                where,
                text,
                f"รอบรายงานสิ้นสุดนอกปีงบประมาณ {self.year} ของแผน: ตรวจปีของรอบรายงาน",
                f"the report's round ends outside the plan's fiscal year {self.year}: check its year",
            )
            return True
        self.as_of = end
        return True

    def _report_row(
        self,
        table: int,
        r: int,
        row: list[Cell],
        cells: list[list[str]],
        header: dict[str, int],
        measure: int,
        guideline: str | None,
    ) -> str | None:
        texts = [" ".join(c) for c in cells if c]
        if any(t.startswith(TOTAL) for t in texts):
            return guideline  # the measure's total row
        if (
            across := wording.row_text(cells)
        ) is not None:  # a row across the table: a guideline's group row, or a label
            number = number_of(across)
            if number.activity_id is not None and int(number.activity_id.split(".")[0]) == measure:
                gid = number.activity_id
                name = number.rest.strip()
                known = self.guidelines.get(gid)
                if known is None:
                    self.problem(
                        place(table, r),
                        across,
                        f"แบบรายงานอ้างถึงแนวทาง {gid} ซึ่งไม่มีในแผน: ตรวจเลขแนวทาง",
                        f"the report names guideline {gid}, which the plan does not have",
                        Severity.WARNING,
                    )
                elif not same_words(known[1], name):
                    self.guideline_report_names[gid] = name
                return gid
            if not (number.found or any(c for i, c in enumerate(cells) if i != header.get("name"))):
                return guideline
        fields = {key: (cells[i] if i < len(cells) else []) for key, i in header.items()}
        number_text = " ".join(fields.get("number", []))
        name = " ".join(fields.get("name", []))
        where = place(table, r)
        if number_text or (name and wording.PROGRESS.search(" ".join(fields.get("result", [])))):
            self.reports.append(ReportRow(measure, guideline, fields, where, table, r, self._more(row, cells, where)))
        elif self.reports and any(fields.values()):  # the rest of the row above, after a page break
            last = self.reports[-1]
            last.more.extend(self._more(row, cells, where, continued=True))
            for key, paragraphs in fields.items():
                i = header[key]
                if i < len(row) and row[i].continued:
                    continue
                last.fields.setdefault(key, []).extend(paragraphs)
        elif any(fields.values()):
            self.problem(
                place(table, r, column_name("number")),
                " | ".join(texts)[:120],
                "แถวนี้ในแบบรายงานไม่มีลำดับและไม่ต่อจากแถวก่อนหน้า: ใส่ลำดับที่",
                "this report row has no number and continues no row: number it",
            )
        return guideline

    def _more(
        self, row: list[Cell], cells: list[list[str]], where: str, *, continued: bool = False
    ) -> list[tuple[str, str]]:
        """Columns the report form has no place for (ปัญหา/อุปสรรค, ข้อเสนอแนะ): kept in หมายเหตุ, said once."""
        kept = self.report_more.texts(row, cells, continued)
        for heading, text in kept:
            self.kept_column(where, heading, text, Text("หมายเหตุ", "remarks"))
        return kept

    def _match_reports(self) -> None:
        taken: set[str] = set()
        for report in self.reports:
            wording_ = " ".join(report.fields.get("name", []))
            candidates = [
                a for a in self.activities.values() if a.measure == report.measure and a.activity_id not in taken
            ]
            if not candidates:
                self.problem(
                    f"{report.where} คอลัมน์ {column_name('name')}",
                    wording_,
                    f"ไม่พบกิจกรรมของมาตรการที่ {report.measure} ที่ตรงกับแถวรายงานนี้: ตรวจว่ากิจกรรมนี้อยู่ในแผน",
                    f"no activity of measure {report.measure} matches this report row",
                )
                continue
            text = squeeze(number_of(wording_).rest)[:MATCH_CHARS]
            ranked = sorted(
                ((SequenceMatcher(None, text, squeeze(a.title)[:MATCH_CHARS], autojunk=False).ratio(), a)
                 for a in candidates),
                key=lambda pair: -pair[0],
            )  # fmt: skip
            likeness, best = ranked[0]
            where = f"{report.where} คอลัมน์ {column_name('name')}"
            if likeness < _SAME_ACTIVITY:
                self.problem(
                    where,
                    wording_,
                    f"แถวรายงานนี้ไม่ตรงกับกิจกรรมใดของมาตรการที่ {report.measure} "
                    f"(ใกล้ที่สุดคือ {best.activity_id} {best.title[:40]}): ใช้ชื่อกิจกรรมตามแผน",
                    f"this report row matches no activity of measure {report.measure} "
                    f"(closest: {best.activity_id}): use the plan's name of the activity",
                )
                continue
            if len(ranked) > 1 and likeness - ranked[1][0] < _CLEAR_MARGIN:
                other = ranked[1][1]
                self.problem(
                    where,
                    wording_,
                    f"แถวรายงานนี้อาจเป็นกิจกรรม {best.activity_id} หรือ {other.activity_id}: อ่านเป็น {best.activity_id} "
                    "ถ้าไม่ถูก แก้ในไฟล์ Excel ที่แปลงแล้ว",
                    f"this report row may be {best.activity_id} or {other.activity_id}: read as {best.activity_id}",
                    Severity.WARNING,
                )
            written = (
                number_of(" ".join(report.fields.get("number", []))).activity_id or number_of(wording_).activity_id
            )
            if written is not None and written != best.activity_id and written in self.activities:
                self.problem(  # the name was trusted over the number without a word: which is right is asked
                    where,
                    f"{written} {wording_}",
                    f"แถวรายงานนี้มีเลข {written} แต่ชื่อตรงกับกิจกรรม {best.activity_id} ({best.title[:40]}): อ่านเป็น "
                    f"{best.activity_id} ตามชื่อ ถ้าไม่ถูก แก้ในไฟล์ Excel ที่แปลงแล้ว",
                    f"this report row is numbered {written} but its name is activity {best.activity_id}'s: read as "
                    f"{best.activity_id}, by its name; if wrong, fix it in the converted workbook",
                    Severity.WARNING,
                )
            taken.add(best.activity_id)
            self._take_report(best, report)

    def _plan_reports(self) -> None:
        """A plan table that also reports (ผลการดำเนินงาน, ร้อยละความสำเร็จ beside its periods or deadlines): its
        rows read as a report form's, for each activity no report form reported."""
        for act in self.activities.values():
            fields = {key: act.cells.pop(f"plan_{key}", []) for key in ("result", "progress")}
            if act.activity_id not in self.reported and any(fields.values()):
                self._take_report(act, ReportRow(act.measure, None, fields, act.where, 0, 0))

    def _take_report(self, act: Activity, report: ReportRow) -> None:
        self.reported.add(act.activity_id)
        fields = report.fields
        act.cells["report_title"] = report.fields.get("name", [])
        if report.guideline is not None:
            act.cells["guideline"] = [report.guideline]
        for key in ("achieved_output", "achieved_outcome", "evidence"):
            act.cells[key] = fields.get(key, [])
        result = fields.get("result", [])
        progress = wording.progress_of(result)
        column = " ".join(fields.get("progress", [])).strip()
        if column and column not in EMPTY_MARKERS:  # its own column: checked as a typed one, in the workbook
            if progress is not None and percentage(arabic(column), False) != Decimal(progress):
                self.problem(
                    f"{report.where} คอลัมน์ {column_name('progress')}",
                    column,
                    f"ร้อยละในคอลัมน์นี้ ({column}) ไม่ตรงกับที่ผลการดำเนินการเขียนไว้ (ร้อยละ {progress}): "
                    "ตรวจว่าข้อใดถูก แล้วแก้ให้ตรงกัน",
                    f"this column's percentage ({column}) is not the one the result writes (ร้อยละ {progress}): "
                    "check which is right and make them agree",
                )
            act.cells["progress"] = [arabic(column)]
        elif progress is not None:
            act.cells["progress"] = [progress]
        elif (other := wording.other_percentage_of(result)) is not None:
            figure, kind = other
            self.problem(
                f"{report.where} คอลัมน์ {column_name('result')}",
                " ".join(result),
                f"ร้อยละ {figure} ในแถวรายงานนี้เป็น{kind.th} ไม่ใช่ผลการดำเนินการ: ใส่ร้อยละของงานที่ทำแล้ว "
                "เช่น “ดำเนินการแล้ว ร้อยละ 100”",
                f"ร้อยละ {figure} in this report row is {kind.en}, not the work's progress: write the "
                "progress, e.g. “ดำเนินการแล้ว ร้อยละ 100”",
                Severity.WARNING,
            )
        else:
            self.problem(
                f"{report.where} คอลัมน์ {column_name('result')}",
                " ".join(result),
                "แถวรายงานไม่มี “ร้อยละ …” ของผลการดำเนินการ: ใส่ร้อยละ",
                "the report row gives no percentage: write ร้อยละ …",
                Severity.WARNING,
            )
        act.cells["actions"] = _actions(result)
        act.remarks.extend(f"{heading}: {text}" for heading, text in report.more)
        self._days_sent(act, [(heading, text, report.where) for heading, text in report.more])
        sentences = [
            (text, f"{report.where} คอลัมน์ {column_name(key)}", False)
            for key in FIELDS_FOR_PEOPLE
            for text in report.fields.get(key, [])
        ]
        if (columns := _people_columns(report.more)) is not None:
            sentences.append((columns[0], f"{report.where} คอลัมน์ {columns[1]}", True))
        self._head_counts(act, sentences)

    def _plan_columns(self) -> None:
        """What the plan's own columns the form has none of say of days sent and of people (a plan table that
        also reports), as the report form's do: for an activity the report form gave no participation."""
        for act in self.activities.values():
            if not act.kept:
                continue
            self._days_sent(act, act.kept)
            if "participation" in act.cells:
                continue
            if (columns := _people_columns([(heading, text) for heading, text, _ in act.kept])) is not None:
                where = next(where for heading, _, where in act.kept if _PEOPLE_HEADING.search(heading))
                self._head_counts(act, [(columns[0], f"{where} คอลัมน์ {columns[1]}", True)])

    def _days_sent(self, act: Activity, columns: list[tuple[str, str, str]]) -> None:
        """A column of days sent (วันที่ส่ง), which a Word form has no place for: kept in the remarks or details
        only, the activity's deadlines showed as not sent, and overdue once due, with no word but "kept"."""
        if not act.due:  # nothing due: nothing shows as not sent
            return
        for heading, text, where in columns:
            if SENT_HEADING.search(heading) and text.strip().lower() not in EMPTY_MARKERS | NOT_YET_MARKERS:
                self.problem(
                    f"{where} คอลัมน์ {heading}",
                    text,
                    f"เอกสารบอกวันที่ส่งของกิจกรรม {act.activity_id} แต่แผนใน Word ไม่มีที่เก็บวันที่ส่ง กำหนดส่งจึงจะแสดงว่า"
                    "ยังไม่ส่ง (เกินกำหนดเมื่อพ้นวัน): ใส่วันที่ส่งในแผ่นงาน กำหนดส่ง ของไฟล์ Excel ที่แปลงแล้ว "
                    "(แถวละหนึ่งกำหนดส่ง) แล้วอัปโหลดไฟล์ Excel นั้นแทน",
                    f"the document gives a day sent for activity {act.activity_id}, but a Word plan has no place for "
                    "it, so its deadlines would show as not sent (overdue once due): put it under วันที่ส่ง in the "
                    "กำหนดส่ง sheet of the converted workbook (a row per deadline) and upload that instead",
                )

    def _head_counts(self, act: Activity, sentences: list[tuple[str, str, bool]]) -> None:
        """The activity's participation from the first head count of these sentences (text, where, whether it
        is made of columns of people), its written percentage checked and its target found."""
        found: list[tuple[wording.HeadCount, str]] = []
        for text, where, of_columns in _rejoined(sentences):
            count, trouble = wording.head_counts(text)
            if trouble is not None:
                self.problem(where, text, trouble, "a head count that cannot be read: write participants and total")
            if count is not None:
                found.append((count, where))
            elif of_columns and trouble is None:
                self.problem(
                    where,
                    text,
                    "คอลัมน์นี้บอกผู้เข้าร่วม แต่ไม่ได้ให้ทั้งจำนวนผู้เข้าร่วมและจำนวนทั้งหมด จึงไม่ได้อ่านเป็นการมีส่วนร่วม: ใส่ทั้งสอง"
                    "จำนวน เช่น คอลัมน์ ผู้เข้าร่วม (คน) และ บุคลากรทั้งหมด (คน) หรือ “เข้าร่วม ๔๕ คน จากทั้งหมด ๕๒ คน”",
                    "this column tells of who took part but does not give both who took part and everyone, so it is "
                    "no participation: give both, e.g. columns ผู้เข้าร่วม (คน) and บุคลากรทั้งหมด (คน)",
                    Severity.WARNING,
                )
        for count, where in found[:1]:
            computed = percent(count.participants, count.headcount)
            written = count.written
            agreement = percent_agreement(written, count.participants, count.headcount) if written is not None else CUT
            if agreement == ROUNDED:  # the counts agree: the figure is rounded, not cut as the documents write it
                self.problem(
                    where,
                    count.text,
                    f"ร้อยละที่เขียนไว้ ({written}) ปัดเศษ: ระบบแสดงตามเอกสารราชการซึ่งตัดทศนิยม "
                    f"{count.participants}/{count.headcount} = {computed} (ไม่ต้องแก้ถ้าตั้งใจ)",
                    f"the percentage written ({written}) is rounded: the dashboard shows it cut, as official documents "
                    f"write it, {count.participants}/{count.headcount} = {computed} (nothing to fix if meant)",
                    Severity.WARNING,
                )
            if agreement == DIFFERS:
                self.problem(
                    where,
                    count.text,
                    f"ร้อยละที่เขียนไว้ ({count.written}) ไม่ตรงกับ "
                    f"{count.participants}/{count.headcount} = {computed}: ตรวจตัวเลข",
                    f"the percentage written ({count.written}) is not "
                    f"{count.participants}/{count.headcount} = {computed}",
                )
            (said, said_en), text, targets = _target(act, count.text)
            if len(targets) > 1:  # which one is the share of people to reach is not ours to guess silently
                self.problem(
                    where,
                    text,
                    f"{said}ของกิจกรรม {act.activity_id} มีร้อยละหลายค่า ({', '.join(targets)}): ใช้ {targets[0]} "
                    "เป็นเป้าหมายการมีส่วนร่วม ถ้าไม่ถูก แก้คอลัมน์ เป้าหมาย ในแผ่นงาน การมีส่วนร่วม ของไฟล์ Excel ที่แปลงแล้ว",
                    f"the {said_en} of activity {act.activity_id} names several percentages ({', '.join(targets)}): "
                    f"{targets[0]} is taken as the participation target; fix it in the converted workbook if not",
                    Severity.WARNING,
                )
            act.cells["participation"] = [str(count.participants), str(count.headcount), targets[0] if targets else ""]
        for _, where in found[1:]:
            self.problem(
                where,
                "",
                f"พบจำนวนผู้เข้าร่วมมากกว่าหนึ่งชุดในกิจกรรม {act.activity_id}: ใช้ชุดแรก "
                "ใส่ชุดอื่นเป็นแถวของกลุ่มงานในแผ่นงาน การมีส่วนร่วม ของไฟล์ Excel ที่แปลงแล้ว",
                f"more than one head count for activity {act.activity_id}: the first is used",
                Severity.WARNING,
            )


# A column of the report form that counts people (ผู้เข้าร่วม (คน), บุคลากรทั้งหมด (คน), ร้อยละผู้เข้าร่วม): kept in the
# remarks only, the activity had no participation, with no word but "kept in remarks".
_PEOPLE_HEADING = re.compile(r"เข้าร่วม|บุคลากร|ผู้เข้า|จำนวนคน|\(\s*(?:คน|ราย)\s*\)|participa|headcount", re.IGNORECASE)
_IN_PEOPLE = re.compile(r"\s*\(\s*(?:คน|ราย)\s*\)\s*")
_BARE_COUNT = re.compile(r"[0-9๐-๙][0-9๐-๙,]*")
_COUNTS = re.compile(r"[0-9๐-๙,]+\s*(?:/|จาก)\s*[0-9๐-๙,]+")  # 45/52 under a heading that says (คน)


def _people_columns(more: list[tuple[str, str]]) -> tuple[str, str] | None:
    """Such columns of a report row as one head-count sentence (``ผู้เข้าร่วม 45 คน บุคลากรทั้งหมด 52 คน``, a bare
    number being of people when its heading says so), and their headings; ``None`` without one."""
    people = [(heading, text.strip()) for heading, text in more if _PEOPLE_HEADING.search(heading) and text.strip()]
    if not people:
        return None
    said = " ".join(
        f"{_IN_PEOPLE.sub(' ', heading).strip()} {text}"
        + (" คน" if _BARE_COUNT.fullmatch(text) or (_IN_PEOPLE.search(heading) and _COUNTS.fullmatch(text)) else "")
        for heading, text in people
    )
    return said, ", ".join(heading for heading, _ in people)


def _rejoined(sentences: list[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
    """A head count Word wrapped over two lines of one cell (``ผู้เข้าร่วม ๑๒๗ คน`` / ``จากบุคลากรทั้งหมด ๑๓๙ คน``) as one
    sentence: read line by line, each had one count and no head count, and the activity no participation, without
    a word."""
    out: list[tuple[str, str, bool]] = []
    for text, where, of_columns in sentences:
        if out and out[-1][1] == where and wording.lone_count(out[-1][0]) and wording.lone_count(text):
            out[-1] = (f"{out[-1][0]} {text}", where, of_columns)
        else:
            out.append((text, where, of_columns))
    return out


def _target(act: Activity, counted: str) -> tuple[tuple[str, str], str, list[str]]:
    """The participation target: the percentages of the plan's output (ร้อยละ ๘๐ ของบุคลากรเข้าร่วม), else of a
    column kept in the details whose heading says target or indicator (ค่าเป้าหมาย: ร้อยละ ๘๐), else the one the
    head-count sentence states (… ซึ่งสูงกว่าเป้าหมายร้อยละ ๘๐). Only the output was read: with the target in a
    column of its own or in the report, the participation had none, without a word. (Where it was found, the
    text, the percentages.)"""
    output = " ".join(act.cells.get("output", []))
    kept = " ".join(line for line in act.details if _TARGET_HEADING.match(line))
    stated = " ".join(m[0] for m in _STATED_TARGET.finditer(counted))
    for where, text in ((("ผลผลิต", "output"), output), (("ค่าเป้าหมาย", "target"), kept), (("รายงาน", "report"), stated)):
        if targets := list(dict.fromkeys(arabic(next(g for g in m.groups() if g)) for m in TARGET.finditer(text))):
            return where, text, targets
    return ("ผลผลิต", "output"), output, []


# A column kept in the details (``heading: text``) that gives a target, and a target a report's sentence states.
_TARGET_HEADING = re.compile(r"(?:ค่า)?เป้าหมาย|ตัวชี้วัด")
_STATED_TARGET = re.compile(
    r"เป้าหมาย\s*(?:ที่กำหนด(?:ไว้)?|ไว้|คือ|ที่)?\s*(?:ไม่น้อยกว่า|อย่างน้อย)?\s*"
    r"(?:ร้อยละ\s*[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,2})?|[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,2})?\s*%)"
)


def _actions(result: list[str]) -> list[str]:
    """What was done, from the result cell: its labels (ผลการดำเนินการ, การดำเนินการ) and the leading
    ร้อยละ taken off each paragraph, whatever is left kept, even when all of it is one paragraph."""
    out = []
    for paragraph in result:
        text = paragraph
        while True:
            trimmed = RESULT_LABELS.sub("", text, count=1)
            if (m := wording.PROGRESS.match(trimmed)) is not None:
                trimmed = trimmed[m.end() :].lstrip()
            if trimmed == text:
                break
            text = trimmed
        if (m := wording.PROGRESS.search(text)) is not None and len(text) - len(m[0]) <= _STATUS_CHARS:
            continue  # ดำเนินการแล้ว ร้อยละ ๑๐๐: the progress, said in words, which the progress column holds
        if text:
            out.append(text)
    return out
