"""How a table lies on its sheet, read as the person who made it sees it.

Before a table's rows are read, the rows that are not data are set aside (a header repeated after a page break,
a total, a heading over the activities below it) and the layouts people use are read as they mean them: a cell
merged down a column, an activity over several rows, a plan with no มาตรการ column. What the fast reader does not
say is said from the zip scan: rows hidden or struck through, cells with a formula but no result or showing an
Excel error. Each way a table was read is a warning that names its rows; what cannot be read, an error at its cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ita_core.dateparse import date_cell_shown
from ita_core.text import Text, numbers_the_columns
from ita_core.thai import to_arabic_digits
from ita_core.workbook import contract, sheets
from ita_core.workbook.safety import SheetScan
from ita_core.workbook.tables import ProblemLog, Table, missing_column, repeated_headers, summary_rows


@dataclass
class Layout:
    """The steps that shape one table, with its sheet's scan and the log they tell."""

    scan: SheetScan
    log: ProblemLog
    guidelines: bool  # the workbook has a แนวทาง sheet: a guideline heading then gives its activities' guideline
    # (sheet, cell, text) of each row set aside as a total, a note or a signature: a note may name an activity
    # (``ita_core.activity_notes``), read once the plan's activities and deadlines are known
    notes: list[tuple[str, str, str]] = field(default_factory=list)

    def shape(self, table: Table, key: str) -> None:
        """Set aside the rows that are not data and read the layout, in the order each step needs."""
        headers = [table.header_row, *self._repeated_headers(table)]
        self._column_numbers(table, headers)
        self._summary_rows(table)
        continued = self._merged_ids(table) if key == "activities" else []
        # What the zip scan says about rows and cells, before an activity's rows are read together: each as typed.
        self._hidden_rows(table)
        self._struck(table, continued)
        self._formula_problems(table)
        self._continued_rows(table, continued)
        self._spread_merged(table)
        if key == "activities":
            if not table.has("measure"):
                self._measures_from_ids(table)
            self._headings(table)

    def _measures_from_ids(self, table: Table) -> None:
        """No มาตรการ column, as the plan document lays out its table (the measure a heading, each activity
        numbered ๑.๑, ๒.๓ or ๑.๒.๓ under it): where every ลำดับ is written so, its first number is the measure,
        read at the ลำดับ cell and said once. Otherwise the column is missing, as before."""
        ids = table.values("activity_id") if table.has("activity_id") else []
        headings = {row for row, *_ in _headings_of(table, need_measure=False)}
        rows = [r for r in table.data_rows() if r not in headings]
        written = {r: to_arabic_digits(aid).strip() for r in rows if (aid := ids[r]) is not None}
        if not written or not all(_MEASURED_ID.fullmatch(aid) for aid in written.values()):
            missing_column(table.grid, table.spec.column("measure"), table.header_row, self.log)
            table.missing = (*table.missing, "measure")
            return
        column: list[str | None] = [None] * len(ids)
        for r, aid in written.items():
            column[r] = aid.partition(".")[0]
        id_letter = table.letter("activity_id")
        table.positions["measure"] = table.grid.add_column(column, id_letter)
        self.log.warning(
            table.sheet,
            f"{id_letter}{table.header_row + 1}",
            None,
            "ไม่มีคอลัมน์ มาตรการ: อ่านเลขมาตรการจากเลขแรกของลำดับกิจกรรม (1.5 → มาตรการที่ 1): ตรวจว่าถูกต้อง",
            "no มาตรการ (measure) column: each activity's measure is read from the first number of its ลำดับ "
            "(1.5 → measure 1): check that this is right",
        )

    def _repeated_headers(self, table: Table) -> list[int]:
        """Rows that repeat the header are not data: they were errors in every cell that needs a number or a
        date. Skipped, and said once per sheet; returned."""
        rows = repeated_headers(table)
        self._skip_rows(
            table,
            rows,
            "แถว {rows} ซ้ำหัวตาราง (เช่น ตารางที่คัดลอกจากเอกสารซึ่งพิมพ์หัวตารางทุกหน้า): ข้ามแถวเหล่านี้ ไม่นับเป็นข้อมูล",
            "rows {rows} repeat the header (as in a table copied from a document that prints it on every page): "
            "they are skipped, not read as data",
        )
        return rows

    def _column_numbers(self, table: Table, headers: list[int]) -> None:
        """A row under a header that numbers its columns ((1) | (2) | (3) …, as forms print them) is not data:
        it was an error at each cell that needs a measure, a date or a percentage. Skipped, said once."""
        columns, rows = table.grid.columns, table.grid.nonblank_rows
        below = {next((r for r in rows if r > header), -1) for header in headers} - {-1}
        numbered = [
            row
            for row in sorted(below)
            if numbers_the_columns([text for column in columns if (text := column[row]) is not None])
        ]
        self._skip_rows(
            table,
            numbered,
            "แถว {rows} เป็นเลขลำดับของคอลัมน์ใต้หัวตาราง ((1), (2), (3) …) ไม่ใช่ข้อมูล: ข้ามแถวเหล่านี้",
            "rows {rows} number the columns under the header ((1), (2), (3) …), not data: skipped",
        )

    def _summary_rows(self, table: Table) -> None:
        """A รวม row under the activities, a หมายเหตุ line or a signature is not one of them: skipped, said once
        per sheet. Their text is kept as notes."""
        rows = summary_rows(table)
        columns, letters = table.grid.columns, table.grid.letters
        for row in rows:
            filled = [(pos, text) for pos, column in enumerate(columns) if (text := column[row]) is not None]
            if filled:
                cell = f"{letters[filled[0][0]]}{row + 1}"
                self.notes.append((table.sheet, cell, " ".join(text for _, text in filled)))
        self._skip_rows(
            table,
            rows,
            "แถว {rows} ไม่มีลำดับและขึ้นต้นด้วย รวม หรือ หมายเหตุ หรือเป็นส่วนลงชื่อท้ายตาราง จึงอ่านเป็นแถวสรุป หมายเหตุ "
            "หรือลายมือชื่อ ไม่ใช่ข้อมูล: ข้ามแถวเหล่านี้ (ตัวเลขในแถวไม่ถูกนำมาใช้ แดชบอร์ดคำนวณเอง)",
            "rows {rows} have no ลำดับ and begin with รวม (total) or หมายเหตุ (note), or sign the table (ลงชื่อ and the "
            "rows under it), so they are read as a summary, a note or a signature, not data: skipped (their figures "
            "are not used; the dashboard computes its own)",
        )

    def _skip_rows(self, table: Table, rows: list[int], th: str, en: str) -> None:
        """Rows that are not part of the table: emptied, and one warning naming them (``_say_rows``)."""
        if rows:
            table.grid.clear_rows(set(rows))
            self._say_rows(table, rows, th, en)

    def _say_rows(self, table: Table, rows: list[int], th: str, en: str) -> None:
        """One warning for a sheet's rows, at the first: ``th`` and ``en`` name them where they say {rows}."""
        shown, shown_en = _listed([str(row + 1) for row in rows], 10, "แถว")
        self.log.warning(
            table.sheet, _first_cell(table, rows[0]), None, th.format(rows=shown), en.format(rows=shown_en)
        )

    def _hidden_rows(self, table: Table) -> None:
        """Rows hidden in Excel (by hand, or by a filter) are read like the others: the dashboard would count
        activities the person does not see in the file. Said once per sheet, naming them; a hidden sheet, once."""
        if self.scan.hidden:
            self.log.warning(
                table.sheet,
                None,
                None,
                f"แผ่นงาน “{table.sheet}” ถูกซ่อนไว้ใน Excel แต่ยังอ่านเป็นข้อมูลและนับในแดชบอร์ด: ตรวจว่าเป็นข้อมูลล่าสุด "
                "(คลิกขวาที่แถบแผ่นงาน > ยกเลิกการซ่อน)",
                f"sheet “{table.sheet}” is hidden in Excel but is read and counted: check that it holds the latest "
                "figures (right-click the sheet tabs > Unhide)",
            )
        hidden = self.scan.hidden_rows
        if rows := [row for row in table.data_rows() if row + 1 in hidden] if hidden else []:
            self._say_rows(
                table,
                rows,
                "แถว {rows} ถูกซ่อนไว้ใน Excel (หรือถูกตัวกรองซ่อน) แต่ยังอ่านเป็นข้อมูลและนับในแดชบอร์ด: ถ้าไม่ใช่ส่วนของแผน ให้ลบแถวออก",
                "rows {rows} are hidden in Excel (or by a filter) but are read and counted like the others: "
                "delete them if they are not part of the plan",
            )

    def _merged_ids(self, table: Table) -> list[tuple[int, int]]:
        """The rows of each activity laid over several rows: a ลำดับ merged down them, as (first, end) 0-based
        grid rows, end excluded."""
        if not table.has("activity_id"):
            return []
        letter, pos, height = table.letter("activity_id"), table.positions["activity_id"], len(table.grid.columns[0])
        return sorted(
            (first - 1, min(last, height))
            for column, first, last in self.scan.merged_down
            if column == letter and first - 1 > table.header_row and table.grid.value(first - 1, pos) is not None
        )

    def _continued_rows(self, table: Table, ranges: list[tuple[int, int]]) -> None:
        """An activity laid out over several rows, its ลำดับ merged down them (a row for each deadline or output,
        as plans often are): one activity. Each column's texts from its rows are read together, a line each (its
        deadlines, its outputs); a column that takes one value and has different ones is an error at the top
        cell. Its rows after the first were a repeated ลำดับ. Said once, naming the rows read so."""
        continued: list[int] = []
        for top, end in ranges:
            for key, pos in table.positions.items():
                self._read_together(table, key, pos, top, end)
            continued.extend(range(top + 1, end))
        if continued:
            table.grid.clear_rows(set(continued))
            self._say_rows(
                table,
                continued,
                "แถว {rows} อ่านรวมกับกิจกรรมในแถวบน เพราะลำดับผสานเซลล์ไว้หลายแถว: ข้อความและกำหนดส่งของทุกแถวเป็นของกิจกรรมนั้น "
                "ตรวจว่าถูกต้อง",
                "rows {rows} are read with the activity above them, as its ลำดับ is merged over them: their texts and "
                "deadlines are that activity's; check that this is right",
            )

    def _read_together(self, table: Table, key: str, pos: int, top: int, end: int) -> None:
        """One column of an activity over rows ``top``–``end`` (0-based, end excluded), into its top cell."""
        column = table.grid.columns[pos]
        values = list(dict.fromkeys(text for text in column[top:end] if text is not None))
        if len(values) < 2:
            column[top] = values[0] if values else None
            return
        values = [date_cell_shown(text) for text in values]  # a date cell among lines of text, as Excel shows it
        kind = table.spec.column(key).kind
        column[top] = (" " if kind is contract.Kind.NAME else "\n").join(values)
        if kind not in (contract.Kind.TEXT, contract.Kind.NAME, contract.Kind.DATES):
            ref = table.ref(key, top)
            shown = ", ".join(values)
            self.log.error(
                table.sheet,
                ref,
                column[top],
                f"กิจกรรมนี้อยู่หลายแถว (ลำดับผสานเซลล์ไว้) แต่คอลัมน์นี้มีหลายค่า ({shown}): ใส่ค่าเดียวในแถวแรกของกิจกรรม",
                f"this activity spans several rows (its ลำดับ is merged) but this column holds several values "
                f"({shown}): give one value, in the activity's first row",
            )
            self.log.explained.add((table.sheet, ref))

    def _struck(self, table: Table, ranges: list[tuple[int, int]]) -> None:
        """Text struck through is deleted to the person who struck it, yet it is read like any other. A row struck
        through as a whole (a cancelled activity) is said once per sheet, as hidden rows are; struck text in a cell
        that gives a figure, a date, an id or who is responsible is an error at the cell (an old deadline struck
        beside its new one counted as a deadline too), and so is any in a row read with the activity above it,
        whose texts become that activity's."""
        struck = self.scan.struck
        if not struck:
            return
        continued = {row for top, end in ranges for row in range(top + 1, end)}
        fields: dict[str, list[str]] = {}
        for key, pos in table.positions.items():
            fields.setdefault(table.grid.letters[pos], []).append(key)
        by_row: dict[int, set[str]] = {}
        for ref in struck:
            letter = ref.rstrip("0123456789")
            row = int(ref[len(letter) :]) - 1
            if letter in fields and row > table.header_row and row not in table.grid.cleared:
                by_row.setdefault(row, set()).add(letter)
        whole = []
        for row, letters in sorted(by_row.items()):
            filled = {letter for letter in fields if table.grid.value(row, table.positions[fields[letter][0]])}
            if filled <= letters and row not in continued:
                whole.append(row)
                continue
            for letter in sorted(letters, key=lambda x: (len(x), x)):
                if any(_gives_figures(table.spec.column(key)) for key in fields[letter]):
                    ref = f"{letter}{row + 1}"
                    value = table.grid.value(row, table.positions[fields[letter][0]])
                    self.log.error(table.sheet, ref, value, *_STRUCK_CELL)
                    self.log.explained.add((table.sheet, ref))
        if whole:
            self._say_rows(
                table,
                whole,
                "แถว {rows} ขีดฆ่าไว้ทั้งแถว แต่ยังอ่านเป็นข้อมูลและนับในแดชบอร์ด: ถ้ายกเลิกแล้ว ให้ลบแถวออก",
                "rows {rows} are struck through but are read and counted like the others: delete them if they were "
                "cancelled",
            )

    def _spread_merged(self, table: Table) -> None:
        """Cells merged down a column of the table (มาตรการ 1 over its activities, as offices often lay
        it out) read as the value the person sees in each row, not as empty cells under the first; said once
        per sheet, so that a merge made by mistake is seen."""
        used = {table.grid.letters[pos]: pos for pos in table.positions.values()}
        spread = [
            f"{letter}{first}:{letter}{last}"
            for letter, first, last in sorted(self.scan.merged_down, key=_top_then_column)
            if letter in used and first - 1 > table.header_row and table.grid.spread_down(used[letter], first, last)
        ]
        if spread:
            shown, shown_en = _listed(spread, 5, "ช่วง")
            self.log.warning(
                table.sheet,
                spread[0].split(":")[0],
                None,
                f"อ่านเซลล์ที่ผสานไว้ ({shown}) เป็นค่าเดียวกันทุกแถวของช่วง ตามที่เห็นใน Excel: ตรวจว่าถูกต้อง",
                f"merged cells ({shown_en}) are read as the same value in every row of the range, as Excel shows "
                "them: check that this is right",
            )

    def _headings(self, table: Table) -> None:
        """Rows that head the activities below them, as the plan document lays out its table: a row of
        มาตรการที่ ๑ การขับเคลื่อน… (or แนวทางที่ ๑.๑ …) alone, the activities' own cells left empty. Each empty
        มาตรการ (แนวทาง) cell below a heading reads as its number, up to the next heading of its kind (a
        guideline's ends at a measure's too), and the heading is not an activity: they were errors on every
        row. Said once per sheet, naming them."""
        headings = _headings_of(table)
        if not headings:
            return
        filled = set(table.data_rows())
        guidelines = table.has("guideline") and self.guidelines  # else a heading only
        for i, (row, _, heads, number) in enumerate(headings):
            if heads == "guideline" and not guidelines:
                continue
            cells = table.values(heads)
            end = next((r for r, _, f, _ in headings[i + 1 :] if f in (heads, "measure")), len(cells))
            for below in range(row + 1, end):
                if below in filled and cells[below] is None:
                    cells[below] = number
        table.grid.clear_rows({row for row, _, _, _ in headings})
        letters = table.grid.letters
        shown = [(f"{letters[pos]}{row + 1}", _HEADING_WORDS[heads], number) for row, pos, heads, number in headings]
        more = " …" if len(shown) > 10 else ""
        th = ", ".join(f"{ref} ({words.th} {number})" for ref, words, number in shown[:10]) + more
        en = ", ".join(f"{ref} ({words.en} {number})" for ref, words, number in shown[:10]) + more
        self.log.warning(
            table.sheet,
            shown[0][0],
            None,
            f"อ่านแถว {th} เป็นหัวข้อของกิจกรรมใต้แถวนั้น (กิจกรรมที่ไม่ได้ใส่เลขมาตรการหรือแนวทางใช้เลขของหัวข้อ): ตรวจว่าถูกต้อง",
            f"rows {en} are read as headings of the activities below them (an activity that gives no measure or "
            "guideline takes the heading's): check that this is right",
        )

    def _formula_problems(self, table: Table) -> None:
        """Cells of the table whose value the fast reader cannot give: a formula saved without its result, or a
        cell showing an Excel error (read as empty, a progress of #DIV/0! was "no report yet"). Errors at them."""
        scan = self.scan
        letters = {table.grid.letters[pos] for pos in table.positions.values()}
        unread = dict.fromkeys(scan.formula_without_value) | scan.error_values
        for ref in sorted(unread, key=ref_order):
            letter = ref.rstrip("0123456789")
            row = int(ref[len(letter) :]) - 1
            if letter in letters and row > table.header_row and row not in table.grid.cleared:
                if (shown := unread[ref]) is None:
                    self.log.error(table.sheet, ref, None, *_NO_RESULT)
                else:
                    self.log.error(
                        table.sheet,
                        ref,
                        shown,
                        f"เซลล์แสดงค่าผิดพลาดของ Excel ({shown}) จึงไม่มีค่าให้อ่าน: แก้สูตรให้ได้ค่าที่ถูกต้อง หรือพิมพ์ค่าแทน",
                        f"the cell shows an Excel error ({shown}), so it has no value to read: fix the formula or "
                        "type the value",
                    )
                self.log.explained.add((table.sheet, ref))


# A row heading the activities of a measure (มาตรการที่ ๑ …, มาตรการ 2 …) or of a guideline (แนวทางที่ ๑.๑ …),
# with nothing else in the row: the field it gives the rows below, and how it is written.
_HEADINGS = (("measure", sheets.MEASURE_NUMBERED), ("guideline", sheets.GUIDELINE_NUMBERED))
_HEADING_WORDS = {"measure": Text("มาตรการ", "measure"), "guideline": Text("แนวทาง", "guideline")}


def _headings_of(table: Table, *, need_measure: bool = True) -> list[tuple[int, int, str, str]]:
    """The activities table's heading rows: (row, column, the field it gives, its number in Arabic digits).
    Only a row with nothing but the heading is one: in any column, or in the ลำดับ column itself, as the plan
    document writes it."""
    if not table.has("activity_id") or (need_measure and not table.has("measure")):
        return []
    ids, grid, id_pos = table.values("activity_id"), table.grid, table.positions["activity_id"]
    found = []
    for row in table.data_rows():
        own = ids[row]
        lone = grid.lone_value(row) if own is None or own[:1].isalpha() else None
        if lone is not None and (own is None or lone[0] == id_pos):
            for field, pattern in _HEADINGS:
                if m := pattern.match(lone[1]):
                    found.append((row, lone[0], field, to_arabic_digits(m[1])))
                    break
    return found


_MEASURED_ID = re.compile(r"[0-9]+(?:\.[0-9]+)+")  # 1.5 (measure 1, its fifth activity), 1.2.3 (under guideline 1.2)


_NO_RESULT = (
    "เซลล์มีสูตรแต่ไฟล์ไม่ได้บันทึกผลลัพธ์ของสูตรไว้ (มักเกิดกับไฟล์ที่สร้างด้วยโปรแกรม): เปิดไฟล์ใน Excel แล้วบันทึกอีกครั้ง หรือพิมพ์ค่าแทนสูตร",
    "formula saved without its computed value: open and save the file in Excel, or type the value",
)
_STRUCK_CELL = (
    "เซลล์นี้มีข้อความขีดฆ่า ซึ่งระบบอ่านเหมือนข้อความอื่น (ค่าเดิมที่ขีดฆ่าไว้ เช่น กำหนดส่งเดิม ยังนับอยู่): ลบข้อความที่ขีดฆ่าออก แล้วบันทึกใหม่",
    "this cell holds text struck through, which is read like any other (an old value struck through, such as an old "
    "deadline, still counts): delete the struck text and save again",
)


def _gives_figures(column: contract.Column) -> bool:
    """A column whose text the dashboard turns into figures, dates or groups; the rest is shown as typed."""
    return column.kind not in (contract.Kind.TEXT, contract.Kind.NAME) or column.field in ("responsible", "group")


def _listed(items: list[str], most: int, unit: str) -> tuple[str, str]:
    """The first ``most`` of the rows or ranges a warning names, and how many more (Thai, English)."""
    more = len(items) - most
    shown = ", ".join(items[:most])
    return shown + (f" และอีก {more} {unit}" if more > 0 else ""), shown + (f" and {more} more" if more > 0 else "")


def _first_cell(table: Table, row: int) -> str:
    """The cell of a 0-based grid row in the table's first column: where a warning about the row points."""
    return f"{table.grid.letters[min(table.positions.values())]}{row + 1}"


def _top_then_column(merged: tuple[str, int, int]) -> tuple[int, int, str]:
    letter, first, _ = merged
    return first, len(letter), letter


def ref_order(ref: str) -> tuple[int, str]:
    letters = ref.rstrip("0123456789")
    return int(ref[len(letters) :]), letters
