"""The unit's activity tables, row by row: every row becomes an activity (or several, for a row that
names several), the rest of one split by a page break, a project heading, or a problem naming table,
row and column. Deadlines are the dates a cue word introduces, wherever the row writes them."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from ita_core.activity_notes import activity_note, note_problem
from ita_core.dateparse import has_deadline_cue, names_a_date, parse_date_text
from ita_core.group_names import continues, goes_on
from ita_core.problems import Severity
from ita_core.text import Text
from ita_core.word import wording
from ita_core.word.headings import Headings
from ita_core.word.more_columns import MoreColumns
from ita_core.word.package import Cell
from ita_core.word.reading import (
    GROUP_CHARS,
    PLAN_COLUMNS,
    TITLE_RUN_ON_CHARS,
    Activity,
    Part,
    column_name,
    column_numbers,
    header_in,
    place,
    table_kind,
)
from ita_core.word.wording import arabic, number_of
from ita_core.workbook.contract import SENT_HEADING, normalize_name
from ita_core.workbook.tables import SUMMARY


class PlanTables(Headings):
    def __init__(self) -> None:
        super().__init__()
        self.more = MoreColumns()  # the current header's columns the plan form has no place for

    def _plan_tables(self, part: Part) -> None:
        measure = 0
        header: dict[str, int] | None = None
        current: list[Activity] = []
        schemes = _schemes(part)
        sequence_at: dict[int, int] = {}  # per measure, the last sequence number read
        for index, block in enumerate(part.blocks):
            if isinstance(block, str):
                if (m := wording.MEASURE_HEADING.match(block)) is not None and not wording.is_toc_line(block):
                    measure, current = int(arabic(m[1])), []
                else:
                    self.notes.append((f"ย่อหน้า {index + 1} ({part.label or 'ต้นเอกสาร'})", block, False))
                continue
            if table_kind(block) == "report":
                continue
            for r, row in enumerate(block.rows, start=1):
                cells = self._cleaned(row, block.number, r, header)
                found = header_in(row, PLAN_COLUMNS)
                if found is not None:
                    header = found
                    self._new_header(MoreColumns.of([" ".join(c) for c in cells], header, place(block.number, r)))
                    continue
                if header is None:
                    texts = {" ".join(c) for c in cells if c}
                    if len(texts) > 1:  # one text across the table is its caption
                        self.problem(
                            place(block.number, r),
                            " | ".join(" ".join(c) for c in cells),
                            "แถวนี้อยู่ก่อนหัวตาราง: ใส่หัวตาราง ลำดับ | โครงการ/กิจกรรม | … ไว้บนสุดของตาราง",
                            "this row comes before any header row: put the header on top of the table",
                        )
                    continue
                if self._header_words_only(cells, header) or column_numbers(cells):
                    continue  # the second line of a two-line header (ผลผลิต | ผลลัพธ์ under ตัวชี้วัด), or its numbers
                if self.more.months_row([" ".join(c) for c in cells], header):
                    continue  # the months under a merged ระยะเวลาดำเนินการ
                if (heading := wording.measure_row(cells)) is not None:  # one table for the plan, a row per measure
                    measure, current = heading[0], []
                    self.measures.setdefault(measure, heading[1])
                    continue
                if self._heading_row(block.number, r, cells, measure):
                    current = []
                    continue
                current = self._plan_row(
                    block.number, r, row, cells, header, measure, current, schemes.get(measure, "id"), sequence_at
                )
        self._unmarked_timeline()

    def _new_header(self, more: MoreColumns) -> None:
        """The columns of a new header; the same timeline's header repeated after a page break goes on."""
        if more.months and more.months == self.more.months:
            more.marked, more.at = self.more.marked, self.more.at
        else:
            self._unmarked_timeline()
        self.more = more

    def _unmarked_timeline(self) -> None:
        """Said when a timeline's months are marked in no row: by arrows or shapes drawn over the table,
        which are no text and no cell's colour, and so no period was read."""
        if self.more.months and not self.more.marked:
            self.problem(
                self.more.at,
                "",
                "ตารางนี้มีคอลัมน์เดือนหรือไตรมาส แต่ไม่มีแถวใดทำเครื่องหมาย (✓) หรือระบายสีช่องไว้ จึงไม่ได้อ่านระยะเวลา "
                "(ลูกศรหรือรูปที่วาดทับตารางอ่านไม่ได้): พิมพ์ระยะเวลาในคอลัมน์ ระยะเวลา ของไฟล์ Excel ที่แปลงแล้ว",
                "this table has month or quarter columns, but no row ticks (✓) or shades one, so no period was read "
                "(arrows or shapes drawn over the table cannot be read): type the period under ระยะเวลา in the "
                "converted workbook",
                Severity.WARNING,
            )
        self.more = MoreColumns()

    def _heading_row(self, table: int, r: int, cells: list[list[str]], measure: int) -> bool:
        """A row of one text, alone or merged across the table, that is no activity: a guideline heading
        (แนวทางที่ ๑.๑ …), recorded as a guideline paragraph is; a total or a note under the table (รวม,
        หมายเหตุ: …), said and not read. Read as the rest of the activity above, its text went into that
        activity's every column (a merged row stands in each)."""
        text = wording.row_text(cells)
        if text is None:
            return False
        if (m := wording.GUIDELINE_HEADING.match(text)) is not None and measure:
            gid = arabic(m[1])
            if gid not in self.guidelines:  # the same guideline listed before the table: once
                self._guideline(measure, gid, " ".join(text[m.end() :].split()), place(table, r))
            return True
        if SUMMARY.match(text) is None:
            return False
        self.notes.append((place(table, r, column_name("name")), text, True))
        return True

    def _notes(self) -> None:
        """Text outside the activity rows that names an activity with a day, a move or a cancellation: kept
        in its remarks and said (``ita_core.activity_notes``); a note row that names none, said as not read."""
        deadlines: dict[str, set[date]] = {}
        for where, text, row in self.notes:
            note = activity_note(text, self.activities, self.year)
            if note is not None:
                for activity_id in note.activity_ids:
                    self.activities[activity_id].remarks.append(note.text)
                    if activity_id not in deadlines:  # the days its row gives, read for the notes that name it
                        due = self.activities[activity_id].due
                        deadlines[activity_id] = {d.value for t in due for d in parse_date_text(t, self.year).dates}
                said, severity = note_problem(note, deadlines)
                self.problem(where, note.text, said.th, said.en, severity)
            elif row:
                self.problem(
                    where,
                    text[:120],
                    "แถวนี้เป็นแถวรวมหรือหมายเหตุของตาราง ไม่ใช่กิจกรรม จึงไม่ได้อ่าน",
                    "this row is a total or a note of the table, not an activity, so it is not read",
                    Severity.WARNING,
                )

    def _project(self, where: str, names: list[str], cells: list[list[str]], header: dict[str, int]) -> None:
        """A project heading (๑. โครงการ…): shown as such; what its row says besides is said too."""
        self.headings.append((where, " ".join(names)))
        for key in ("output", "outcome", "period", "responsible", "remarks"):
            i = header.get(key)
            if i is not None and i < len(cells) and cells[i]:
                self.problem(
                    f"{where} คอลัมน์ {column_name(key)}",
                    " ".join(cells[i]),
                    "แถวหัวข้อโครงการมีข้อความในคอลัมน์นี้ ซึ่งไม่นับเป็นของกิจกรรมใด: "
                    "ย้ายไปไว้ในแถวของกิจกรรมที่เกี่ยวข้อง (ในไฟล์ Excel ที่แปลงแล้ว)",
                    "a project heading's row has text in this column, which belongs to no activity: "
                    "move it to the activity's row",
                    Severity.WARNING,
                )

    def _header_words_only(self, cells: list[list[str]], header: dict[str, int]) -> bool:
        names = {normalize_name(n) for options in PLAN_COLUMNS.values() for n in options}
        texts = [" ".join(c) for c in cells if c]
        if not texts or not all(normalize_name(t) in names for t in texts):
            return False
        lookup = {normalize_name(n): key for key, options in PLAN_COLUMNS.items() for n in options}
        for i, cell in enumerate(cells):
            key = lookup.get(normalize_name(" ".join(cell))) if cell else None
            if key is not None:
                header[key] = i
        return True

    def _plan_row(
        self,
        table: int,
        r: int,
        row: list[Cell],
        cells: list[list[str]],
        header: dict[str, int],
        measure: int,
        current: list[Activity],
        scheme: str,
        sequence_at: dict[int, int],
    ) -> list[Activity]:
        """One row of an activity table. ``scheme`` says how the measure numbers its activities: "id"
        (๑.๑ …, where a plain ๑. numbers a project and ๒) an item of an activity's list) or "sequence"
        (1), 2) …: each one an activity of the measure)."""

        def cell(key: str) -> list[str]:
            i = header.get(key)
            return cells[i] if i is not None and i < len(cells) else []

        names = cell("name")
        number_text = " ".join(cell("number"))
        others = any(cell(k) for k in ("output", "outcome", "period", "responsible", "remarks"))
        if not names and not number_text and not others:
            return current
        by_column = number_of(number_text) if number_text else wording.Number(None, None, "")
        first = number_of(wording.strip_bullet(names[0])) if names else wording.Number(None, None, "")
        starts = [i for i, text in enumerate(names) if wording.ACTIVITY_ID.match(wording.strip_bullet(text))]
        where = place(table, r)

        # An activity id in the name (several, for a row that names several activities) wins; a
        # project's title above the first one, in the same cell, is a project heading.
        if starts:
            if starts[0] > 0:
                self.headings.append((where, " ".join(names[: starts[0]])))
            named = number_of(wording.strip_bullet(names[starts[0]])).activity_id
            if by_column.activity_id is not None and by_column.activity_id != named and len(starts) == 1:
                self.problem(  # the name's number was taken without a word ("1.1 missing" said the count)
                    place(table, r, column_name("number")),
                    f"{number_text} | {names[starts[0]]}",
                    f"ลำดับ {by_column.activity_id} แต่ชื่อกิจกรรมขึ้นต้นด้วย {named}: อ่านเป็นกิจกรรม {named} ตามชื่อ "
                    "ถ้าไม่ถูก แก้เลขให้ตรงกัน",
                    f"numbered {by_column.activity_id}, but the name begins with {named}: read as activity {named}, "
                    "by its name; if wrong, make the numbers agree",
                    Severity.WARNING,
                )
            made = []
            for n, start in enumerate(starts):
                end = starts[n + 1] if n + 1 < len(starts) else len(names)
                number = number_of(wording.strip_bullet(names[start]))
                assert number.activity_id is not None
                act = self._new_activity(measure, number.activity_id, number.rest, names[start + 1 : end], where)
                if act is not None:
                    made.append(act)
            self._take_row(made, row, cells, header, where, continued=False)
            return made
        # An id or a sequence number in the ลำดับ column, or a sequence number starting the name.
        numbered = by_column if by_column.found else first if first.sequence is not None else None
        if numbered is not None:
            title_paragraphs = names if numbered is by_column else [first.rest, *names[1:]]
            if numbered.activity_id is None and scheme == "id" and numbered is by_column:
                self._project(where, names, cells, header)  # ๑. โครงการ…: a project heading
                return []
            if numbered.activity_id is None and scheme == "id":
                if current:  # ๒) … under an activity numbered ๑.๑: an item of its list, split by a page
                    _continue(current[-1].details, names, continued=True)
                    self._take_row(current[-1:], row, cells, header, where, continued=True)
                    return current
                self.problem(
                    place(table, r, column_name("name")),
                    names[0],
                    "แถวนี้ขึ้นต้นด้วยเลขข้อ แต่ไม่อยู่ใต้กิจกรรมใด: ใส่เลขกิจกรรม เช่น ๑.๑",
                    "this row starts with an item number but belongs to no activity: number the activity, e.g. 1.1",
                )
                return current
            if numbered.activity_id is not None:
                aid = numbered.activity_id
            else:
                assert numbered.sequence is not None
                if not measure:
                    self.problem(
                        place(table, r, column_name("number")),
                        number_text or names[0],
                        "กิจกรรมลำดับนี้ไม่อยู่ใต้หัวข้อมาตรการ: ใส่ “มาตรการที่ …” ก่อนตาราง หรือใช้เลขกิจกรรมแบบ ๑.๑",
                        "this numbered activity stands under no measure heading: add “มาตรการที่ …” before the table",
                    )
                    return []
                expected = sequence_at.get(measure, 0) + 1
                if numbered.sequence != expected:
                    self.problem(
                        place(table, r, column_name("number")),
                        number_text or names[0],
                        f"ลำดับกิจกรรมข้ามหรือซ้ำ: คาดว่าเป็น {expected} แต่พบ {numbered.sequence} "
                        f"ตรวจลำดับในมาตรการที่ {measure}",
                        f"activity numbering skips or repeats: expected {expected}, found {numbered.sequence}",
                        Severity.WARNING,
                    )
                sequence_at[measure] = numbered.sequence
                aid = f"{measure}.{numbered.sequence}"
            title = title_paragraphs[0] if title_paragraphs else ""
            act = self._new_activity(measure, aid, title, title_paragraphs[1:], where)
            made = [act] if act is not None else []
            self._take_row(made, row, cells, header, where, continued=False)
            return made
        # A number Word draws itself (automatic numbering) is in no text: the row is an activity whose number
        # cannot be read, not the rest of the row above (which took in every activity after the first).
        if (i := header.get("number")) is not None and i < len(row) and row[i].numbered and not number_text:
            self.problem(
                place(table, r, column_name("number")),
                names[0] if names else "",
                "เลขลำดับของแถวนี้เป็นเลขอัตโนมัติของ Word ซึ่งไม่ได้บันทึกเป็นข้อความ จึงอ่านไม่ได้: "
                "พิมพ์เลขกิจกรรม เช่น ๑.๒ แทนเลขอัตโนมัติ (เลือกคอลัมน์ลำดับ แล้วปิดปุ่ม “การใส่ลำดับเลข”)",
                "this row's number is Word's automatic numbering, which is not saved as text: type the activity's "
                "number, e.g. 1.2, instead (select the column and turn Numbering off)",
            )
            return current
        if (nested := wording.nested_id(number_text or (names[0] if names else ""))) is not None:
            return self._nested_activity(
                nested, names if number_text else [nested[1], *names[1:]], measure, row, cells, header, where
            )
        # A number that is none of the forms above is said, never taken as the rest of the row above.
        if (names and wording.NUMBERISH.match(names[0])) or wording.NUMBERISH.match(number_text):
            self.problem(
                place(table, r, column_name("number" if number_text else "name")),
                number_text or names[0],
                "อ่านเลขกิจกรรมไม่ได้: ใช้เลขแบบ ๑.๑ หรือ 1.1 (มาตรการ.ลำดับ) หรือ 1) 2) ตามลำดับในมาตรการ",
                "the activity number cannot be read: write 1.1 (measure.number), or 1) 2) in order within the measure",
            )
            return current
        # No number anywhere: the rest of the row above, split by a page break. Said when the row is not where a
        # page break leaves it (the top of the next table) and starts with a plain title, not an item of a list:
        # an activity of its own whose number was left out vanished into the one above.
        if current:
            if current[-1].where.startswith(f"ตาราง {table} ") and names and _plain(names[0]):
                self.problem(
                    place(table, r, column_name("number")),
                    " ".join(names)[:120],
                    f"แถวนี้ไม่มีเลขกิจกรรม จึงอ่านเป็นส่วนต่อของกิจกรรม {current[-1].activity_id} ในแถวก่อนหน้า "
                    "(แถวที่แบ่งข้ามหน้า): ถ้าเป็นกิจกรรมของตนเอง ใส่เลขกิจกรรม",
                    f"this row has no activity number, so it is read as the rest of activity "
                    f"{current[-1].activity_id} above (a row split by a page break): if it is an activity of its own, "
                    "number it",
                    Severity.WARNING,
                )
            _continue(current[-1].details, names, continued=True)
            self._take_row(current[-1:], row, cells, header, where, continued=True)
            return current
        if self.headings and self.headings[-1][0].startswith(f"ตาราง {table} ") and not others:
            at, title = self.headings[-1]  # more of a project heading's title, split by a page break
            self.headings[-1] = (at, f"{title} {' '.join(names)}")
            return current
        self.problem(
            place(table, r, column_name("number")),
            " ".join(names)[:120] or " | ".join(" ".join(c) for c in cells),
            "แถวนี้ไม่มีลำดับกิจกรรมและไม่ต่อจากแถวก่อนหน้า: ใส่เลขกิจกรรม เช่น ๑.๑ ในคอลัมน์ลำดับหรือหน้าชื่อกิจกรรม",
            "this row has no activity number and continues no activity: number it, e.g. 1.1",
        )
        return current

    def _nested_activity(
        self,
        nested: tuple[str, str],
        titles: list[str],
        measure: int,
        row: list[Cell],
        cells: list[list[str]],
        header: dict[str, int],
        where: str,
    ) -> list[Activity]:
        """An activity numbered under its guideline (๑.๒.๓): that id, and the guideline its number names when the
        plan has it (a guideline column, if any, still says its own)."""
        aid = nested[0]
        act = self._new_activity(measure, aid, titles[0] if titles else "", titles[1:], where)
        made = [act] if act is not None else []
        if act is not None and (guideline := aid.rsplit(".", 1)[0]) in self.guidelines:
            act.cells["guideline"] = [guideline]
        self._take_row(made, row, cells, header, where, continued=False)
        return made

    def _new_activity(self, measure: int, aid: str, title: str, details: list[str], where: str) -> Activity | None:
        of_id = int(aid.split(".")[0])
        if measure and of_id != measure:
            self.problem(
                f"{where} คอลัมน์ {column_name('name')}",
                f"{aid} {title}",
                f"กิจกรรม {aid} อยู่ใต้มาตรการที่ {measure}: แก้เลขกิจกรรมให้ขึ้นต้นด้วย {measure}. หรือย้ายไปใต้มาตรการที่ {of_id}",
                f"activity {aid} stands under measure {measure}: renumber it or move it under measure {of_id}",
            )
            return None
        if aid in self.activities:
            self.problem(
                f"{where} คอลัมน์ {column_name('name')}",
                f"{aid} {title}",
                f"ลำดับกิจกรรม {aid} ซ้ำกับ {self.activities[aid].where}: แก้ลำดับ",
                f"activity {aid} repeats {self.activities[aid].where}: number it uniquely",
            )
            return None
        details = list(details)
        while details and _runs_on(details[0]):  # a title Word wrapped onto the next paragraph
            title = f"{title} {details.pop(0)}"
        act = Activity(measure or of_id, aid, title, where, details)
        self.activities[aid] = act
        return act

    def _take_row(
        self,
        acts: list[Activity],
        row: list[Cell],
        cells: list[list[str]],
        header: dict[str, int],
        where: str,
        *,
        continued: bool,
    ) -> None:
        """One row's cells for the activities it names. A row naming several activities gives each its
        own paragraph where a cell has one per activity, and its deadlines in date order. The rest of a
        row split by a page break skips cells merged down from the row above (their text is there)."""
        if not acts:
            return

        def cell(key: str) -> list[str]:
            i = header.get(key)
            if i is None or i >= len(cells) or (continued and row[i].continued):
                return []
            return cells[i]

        k = len(acts)
        for key in ("output", "outcome", "responsible"):
            paragraphs = cell(key)
            if key == "responsible":
                paragraphs = self._responsible(paragraphs, acts[0], f"{where} คอลัมน์ {column_name(key)}")
            items = _items(paragraphs)
            if k > 1 and len(items) == k:  # one item per activity the row names
                for act, item in zip(acts, items, strict=True):
                    act.cells.setdefault(key, []).extend(item)
            else:
                for act in acts:
                    _continue(act.cells.setdefault(key, []), paragraphs, continued=continued)
        acts[0].cells.setdefault("budget", []).extend(cell("budget"))
        for key in ("result", "progress"):  # a plan that also reports: read as a report form's row, later
            acts[0].cells.setdefault(f"plan_{key}", []).extend(cell(key))
        if project := " ".join(cell("project")):
            acts[0].details.append(f"{column_name('project')}: {project}")
        self._measure_column(acts[0], " ".join(cell("measure")), where)
        self._guideline_column(acts[0], " ".join(cell("guideline")), where)
        kept = self._more_columns(acts[0], row, cells, where, continued=continued)
        due: list[str] = []
        seen = {day for text in acts[0].due for day in self._days_of(text)}
        for text in _due_lines(cell("due")):  # the กำหนดส่ง column: each date is a deadline, with a cue word or not
            parsed = parse_date_text(text, self.year)
            if parsed.error is not None:
                self._unreadable_deadline(f"{where} คอลัมน์ {column_name('due')}", text, parsed.error, acts[0])
            elif not (days := {d.value for d in parsed.dates}) <= seen:
                due.append(text)
                seen |= days
        for key in ("period", "remarks"):
            found, rest = self._split_dates(cell(key), f"{where} คอลัมน์ {column_name(key)}", acts[0])
            for text in found:
                days = self._days_of(text)
                if days <= seen:  # the same deadline said again (ระยะเวลา and หมายเหตุ): a remark, not another
                    if text not in acts[0].due and text not in due:  # word for word: it is in กำหนดส่ง already
                        (acts[0].remarks if key == "remarks" else acts[0].period).append(text)
                else:
                    due.append(text)
                    seen |= days
            acts[0].period.extend(text for text, dated in rest if dated or key == "period")  # in their order
            if key == "remarks":
                acts[0].remarks.extend(text for text, dated in rest if not dated)
        elsewhere = [(cell(key), column_name(key)) for key in ("output", "outcome")]
        # a column the form has no place for (ช่วงเวลา, กำหนดส่งผลงาน): kept in the details, its day due was never
        # counted, and nothing said so; a column of days sent is not one (``report_form._days_sent``)
        elsewhere += [([text], heading) for heading, text in kept if not SENT_HEADING.search(heading)]
        for paragraphs, heading in elsewhere:  # a deadline written elsewhere in the row counts too
            found, _ = self._split_dates(paragraphs, f"{where} คอลัมน์ {heading}", acts[0])
            for text in found:
                days = self._days_of(text)
                if not days <= seen:
                    due.append(text)
                    seen |= days
        if k > 1 and len(due) == k:
            due.sort(key=lambda text: min(self._days_of(text)))
            for act, text in zip(acts, due, strict=True):
                act.due.append(text)
            return
        if k > 1 and due:
            self.problem(
                where,
                " ".join(due),
                f"แถวนี้มี {k} กิจกรรม ({', '.join(a.activity_id for a in acts)}) แต่มีกำหนดส่ง {len(due)} รายการ: "
                f"ให้กำหนดส่งทั้งหมดแก่กิจกรรม {acts[0].activity_id} ตรวจและแก้ในไฟล์ Excel ที่แปลงแล้ว",
                f"this row names {k} activities but {len(due)} deadlines: all were given to {acts[0].activity_id}",
                Severity.WARNING,
            )
        acts[0].due.extend(text for text in due if text not in acts[0].due)

    def _measure_column(self, act: Activity, text: str, where: str) -> None:
        """The measure a column of its own names for the row (``มาตรการที่ ๑ ส่งเสริมคุณธรรม``, or its name
        alone): the measure's name, where no heading gave one (it was "measure 1 has no heading")."""
        if not text:
            return
        heading = wording.MEASURE_HEADING.match(text)
        number = int(arabic(heading[1])) if heading else act.measure
        if number != act.measure:
            self.problem(
                f"{where} คอลัมน์ {column_name('measure')}",
                text,
                f"คอลัมน์มาตรการเป็นมาตรการที่ {number} แต่กิจกรรม {act.activity_id} เป็นของมาตรการที่ {act.measure}: แก้ให้ตรงกัน",
                f"the measure column says measure {number}, but activity {act.activity_id} is of measure "
                f"{act.measure}: make them agree",
            )
            return
        self.measures.setdefault(number, " ".join(text[heading.end() :].split()) if heading else " ".join(text.split()))

    def _guideline_column(self, act: Activity, text: str, where: str) -> None:
        """The guideline a column of its own names (``๑.๑ ส่งเสริมการเรียนรู้``, ``แนวทางที่ 1.1 …``): the
        activity's guideline; a name without its number is kept in the details, said."""
        if not text:
            return
        gid: str | None
        if (heading := wording.GUIDELINE_HEADING.match(text)) is not None:
            gid, name = arabic(heading[1]), text[heading.end() :]
        else:
            number = number_of(text)
            gid, name = number.activity_id, number.rest
        if gid is None:
            act.details.append(f"{column_name('guideline')}: {text}")
            self.kept_column(where, column_name("guideline"), text, Text("รายละเอียด", "details"))
            return
        at = f"{where} คอลัมน์ {column_name('guideline')}"
        if gid not in self.guidelines:
            self._guideline(act.measure, gid, " ".join(name.split()), at)  # one of another measure is said
        elif self.guidelines[gid][0] != act.measure:
            self.problem(
                at,
                text,
                f"แนวทาง {gid} เป็นของมาตรการที่ {self.guidelines[gid][0]} แต่กิจกรรม {act.activity_id} เป็นของมาตรการที่ "
                f"{act.measure}: แก้เลขแนวทางหรือเลขกิจกรรม",
                f"guideline {gid} is of measure {self.guidelines[gid][0]}, but activity {act.activity_id} is of "
                f"measure {act.measure}: correct one of the numbers",
            )
        if gid in self.guidelines and self.guidelines[gid][0] == act.measure:
            act.cells["guideline"] = [gid]

    def _more_columns(
        self, act: Activity, row: list[Cell], cells: list[list[str]], where: str, *, continued: bool
    ) -> list[tuple[str, str]]:
        """The months a timeline marks, as the period; any other column's text kept in the details, said once
        (and returned, heading and text, for the days due it may give)."""
        if (months := self.more.period(row, cells, self.year)) is not None:
            act.period.append(months)
        kept = self.more.texts(row, cells, continued)
        for heading, text in kept:
            act.details.append(f"{heading}: {text}")
            act.kept.append((heading, text, where))
            self.kept_column(where, heading, text, Text("รายละเอียด", "details"))
        return kept

    def _responsible(self, paragraphs: list[str], act: Activity, where: str) -> list[str]:
        """Who is responsible, as group names: an item that goes on to say what the group does
        (``- บุคลากรของทุกกลุ่มงาน สรุปความคิดเห็นและ…``) keeps its first phrase as the group, and the
        whole item goes to หมายเหตุ, where nothing of it is lost."""
        groups = []
        for text in _unwrapped(paragraphs, act, where, self.problem):
            item = wording.strip_bullet(text).strip()
            if len(item) <= GROUP_CHARS or " " not in item:
                groups.append(item)
                continue
            group = item.split(" ", 1)[0]
            groups.append(group)
            act.remarks.append(item)
            self.problem(
                where,
                item,
                f"ข้อความในคอลัมน์ผู้รับผิดชอบยาว: ใช้ “{group}” เป็นชื่อกลุ่ม และย้ายข้อความทั้งหมดไปไว้ในหมายเหตุ "
                "ถ้าไม่ถูก แก้ในไฟล์ Excel ที่แปลงแล้ว",
                f"a long text in the responsible column: “{group}” is taken as the group, "
                "the whole text goes to remarks",
                Severity.WARNING,
            )
        return groups

    def _days_of(self, text: str) -> set[date]:
        """The days a text gives, a day without its year in the plan's fiscal year: without it, such a day was
        no day at all, and so always one "already found" (the deadline kept as the period, or dropped)."""
        return {d.value for d in parse_date_text(text, self.year).dates}

    def _split_dates(
        self, paragraphs: list[str], where: str, act: Activity
    ) -> tuple[list[str], list[tuple[str, bool]]]:
        """(deadline texts, the other texts in their order, each with whether it gives a date); a cued date that
        cannot be read is a problem at its cell.

        Words of sending on a line of their own (``ภายใน``, ``ส่งรายงาน``, ``กำหนดส่ง:``) make the dated lines under
        them due, as on one line: read line by line, each day had no word of sending and was kept as the period,
        the activity never due."""
        due: list[str] = []
        rest: list[tuple[str, bool]] = []
        heading: str | None = None  # a short line with no date, over the dated lines that follow it
        for text in paragraphs:
            parsed = parse_date_text(text, self.year)
            cued = has_deadline_cue(text)
            if parsed.dates:
                if (
                    heading is not None
                    and not cued
                    and has_deadline_cue(joined := f"{heading} {wording.strip_bullet(text)}")
                ):
                    if (heading, False) in rest:  # its words now go with the day, once
                        rest.remove((heading, False))
                    text, cued = joined, True
                if cued:
                    due.append(text)
                else:
                    rest.append((text, True))
                continue
            if parsed.error is not None and cued and re.search("[0-9๐-๙]", text):
                self._unreadable_deadline(where, text, parsed.error, act)
            heading = text if len(text) <= CUE_LINE_CHARS and not re.search("[0-9๐-๙]", text) else None
            rest.append((text, False))
        return due, rest

    def _unreadable_deadline(self, where: str, text: str, error: Text, act: Activity) -> None:
        self.problem(
            where,
            text,
            f"{error.th} (กิจกรรม {act.activity_id})",
            f"the deadline of activity {act.activity_id} cannot be read: {error.en}",
        )


def _due_lines(paragraphs: list[str]) -> list[str]:
    """The กำหนดส่ง column's lines as deadline texts: a line that writes no date goes with a day beside it, as its
    label (``รอบ 6 เดือน`` / ``31 มี.ค. 67``, ``31 มี.ค. 67`` / ``(รอบ 6 เดือน)``) or the rest of it (``31 มีนาคม`` /
    ``2567``), before the days when the cell begins with one, after them otherwise. Read a line at a time, each
    was "no date found", and the plan refused."""
    dated = [names_a_date(text) for text in paragraphs]
    if not any(dated) or all(dated):
        return paragraphs
    out: list[str] = []
    waiting: list[str] = []  # lines before the first day, or before each day when labels come first
    labels_first = not dated[0]
    for text, has_day in zip(paragraphs, dated, strict=True):
        if has_day:
            out.append(" ".join([*waiting, text]))
            waiting = []
        elif labels_first or not out:
            waiting.append(text)
        else:
            out[-1] = f"{out[-1]} {text}"
    if waiting:  # words after the last day
        out[-1] = " ".join([out[-1], *waiting])
    return out


def _unwrapped(paragraphs: list[str], act: Activity, where: str, problem: Callable[..., None]) -> list[str]:
    """A responsible cell's lines, a group's name that Enter broke onto a second line (``กลุ่มงาน`` / ``บริหารทั่วไป``)
    made whole: a kind alone is no group's name, so the next plain line is the rest of it. Any other plain line
    that does not begin as a group's name does is said, not guessed: read as two groups, the group's page never
    saw the activity, without a word."""
    out: list[str] = []
    for text in paragraphs:
        line = text.strip()
        if out and _plain(out[-1]) and _plain(text):
            before = out[-1].strip()
            if continues(before, line):
                out[-1] = before + line
                continue
        if out and _plain(out[-1]) and _plain(text) and goes_on(line):
            before = out[-1].strip()
            problem(
                where,
                f"{before} / {line}",
                f"ผู้รับผิดชอบของกิจกรรม {act.activity_id} ขึ้นบรรทัดใหม่กลางชื่อ (“{before}” / “{line}”) "
                "จึงอ่านเป็นสองกลุ่ม: ถ้าเป็นกลุ่มเดียว แก้เป็นชื่อเต็มในไฟล์ Excel ที่แปลงแล้ว",
                f"the responsible group of activity {act.activity_id} goes on to a new line mid-name (“{before}” / "
                f"“{line}”), so it is read as two groups: if it is one, write its full name in the converted workbook",
                Severity.WARNING,
            )
        out.append(text)
    return out


CUE_LINE_CHARS = 30  # words of sending on a line of their own (ภายใน, ส่งรายงาน, กำหนดส่ง:) are short


def _schemes(part: Part) -> dict[int, str]:
    """Per measure, how its activities are numbered: "id" when any row gives an id like ๑.๑ (in the
    ลำดับ column or at the start of the name), else "sequence"."""
    schemes: dict[int, str] = {}
    measure, header = 0, None
    for block in part.blocks:
        if isinstance(block, str):
            if (m := wording.MEASURE_HEADING.match(block)) is not None and not wording.is_toc_line(block):
                measure = int(arabic(m[1]))
            continue
        if table_kind(block) == "report":
            continue
        for row in block.rows:
            header = header_in(row, PLAN_COLUMNS) or header
            if header is None:
                continue
            if (heading := wording.measure_row([cell.paragraphs for cell in row])) is not None:
                measure = heading[0]
                continue
            firsts = [row[i].paragraphs[0] for i in (header.get("number"), header.get("name"))
                      if i is not None and i < len(row) and row[i].paragraphs]  # fmt: skip
            if any(
                wording.ACTIVITY_ID.match(t) or wording.NESTED_ID.match(t) for t in map(wording.strip_bullet, firsts)
            ):
                schemes[measure] = "id"
            else:
                schemes.setdefault(measure, "sequence")
    return schemes


def _runs_on(line: str) -> bool:
    """Whether a paragraph under an activity's title is the title wrapped onto a second line: short,
    not an item of a list, no bullet, no number."""
    return _plain(line) and len(line) <= TITLE_RUN_ON_CHARS and not line.startswith(("(", "["))


def _continue(kept: list[str], more: list[str], *, continued: bool) -> None:
    """Add a cell's paragraphs to what an activity has. On the rest of a row split by a page break, a
    first paragraph with no bullet or number is the last one's sentence going on: joined to it."""
    if continued and kept and more and _plain(more[0]):
        kept[-1] = f"{kept[-1]} {more[0]}"
        more = more[1:]
    kept.extend(more)


def _plain(line: str) -> bool:
    """A paragraph that is not an item of a list: no list style, no bullet, no number."""
    return not getattr(line, "listed", False) and wording.strip_bullet(line) == line and not number_of(line).found


def _items(paragraphs: list[str]) -> list[list[str]]:
    """A cell's paragraphs grouped into items: each bulleted or numbered paragraph starts one, and
    the paragraphs after it without a mark belong to it."""
    items: list[list[str]] = []
    for text in paragraphs:
        if not items or wording.strip_bullet(text) != text or number_of(text).found:
            items.append([text])
        else:
            items[-1].append(text)
    return items
