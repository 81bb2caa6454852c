"""Plan documents as other offices write them (SYNTHETIC: invented units, for tests only), each with the
workbook a person would type from it, cell by cell.

The reader was not written against these. They differ from the seed the ways offices differ: another
unit and year; parts (ส่วนที่) or none; columns in another order under a two-row merged header;
numbers as ``1)``, ``(1)``, ``1.1`` in the ลำดับ column, or none but in the name; Thai and Arabic
digits mixed; abbreviated months and two-digit years; ส่งผลงาน, ภายใน, ครบกำหนด, ไม่เกินวันที่;
periods such as ไตรมาส ๒ and ตลอดปีงบประมาณ; a table broken over pages, its header repeated and a
row split; cells merged down over several activities; head counts in other words; a report round
with both years. Each plan also carries mistakes an office makes, which must come back as problems
naming table, row and column.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

LIST = "List Paragraph"
CellText = str | list[str]  # one paragraph, or several; "* text" is an item of a list


class Builder:
    """A Word document written paragraph by paragraph and table by table, as an office types it."""

    def __init__(self) -> None:
        self.doc = Document()

    def p(self, *texts: str, style: str | None = None) -> Builder:
        for text in texts:
            self.doc.add_paragraph(text, style=style)
        return self

    def table(
        self,
        rows: list[list[CellText]],
        merges: tuple[tuple[int, int, int, int], ...] = (),
        shaded: tuple[tuple[int, int], ...] = (),
    ) -> Builder:
        """``merges``: (first row, first column, last row, last column), 0-based, merged as Word merges;
        ``shaded``: (row, column) filled with a colour, as a timeline marks its months."""
        width = max(len(r) for r in rows)
        table = self.doc.add_table(rows=len(rows), cols=width)
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                paragraphs = [value] if isinstance(value, str) else value
                target = table.cell(r, c)
                for n, text in enumerate(p for p in paragraphs if p):
                    paragraph = target.paragraphs[0] if n == 0 else target.add_paragraph()
                    listed = text.startswith("* ")
                    paragraph.text = text[2:] if listed else text
                    if listed:
                        paragraph.style = self.doc.styles[LIST]
        for r, c in shaded:
            fill = OxmlElement("w:shd")
            fill.set(qn("w:val"), "clear")
            fill.set(qn("w:fill"), "8EAADB")
            table.cell(r, c)._tc.get_or_add_tcPr().append(fill)
        for r1, c1, r2, c2 in merges:
            keep = table.cell(r1, c1).text
            merged = table.cell(r1, c1).merge(table.cell(r2, c2))
            for paragraph in merged.paragraphs[1:]:  # Word keeps the first cell's text only
                paragraph._element.getparent().remove(paragraph._element)
            merged.paragraphs[0].text = keep.split("\n")[0] if keep else ""
        self.doc.add_paragraph("")
        return self

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


@dataclass
class Expected:
    """What a person types into the template from the document."""

    unit: dict[str, Any]
    measures: list[dict[str, Any]]
    guidelines: list[dict[str, Any]]
    activities: list[dict[str, Any]]
    participation: list[dict[str, Any]] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (where, words the message must hold)


ACTIVITY_FIELDS = (
    "measure", "activity_id", "name", "details", "output", "outcome", "responsible", "due_text", "period",
    "remarks", "progress", "evidence", "guideline", "actions", "achieved_output", "achieved_outcome", "report_title",
)  # fmt: skip


def activity(**values: Any) -> dict[str, Any]:
    """An expected activity row: every field the reader fills, empty unless given."""
    row: dict[str, Any] = dict.fromkeys(ACTIVITY_FIELDS, "")
    row.update(progress=None, guideline=None)
    row.update(values)
    return row


# -- กองทดสอบคุณธรรม: parts, a two-row merged header, 1) numbering, a table broken over pages ------------

PLAN_B_UNIT = "กองทดสอบคุณธรรม กรมตัวอย่าง (SYNTHETIC)"
_B_HEADER_1: list[CellText] = ["ที่", "กิจกรรม", "ระยะเวลาดำเนินการ", "ตัวชี้วัด", "", "หน่วยงานรับผิดชอบ", "หมายเหตุ"]
_B_HEADER_2: list[CellText] = ["", "", "", "ผลผลิต", "ผลลัพธ์", "", ""]
_B_HEADER_MERGES = ((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5), (0, 6, 1, 6))


def plan_b() -> bytes:
    b = Builder()
    b.p("แผนปฏิบัติการส่งเสริมคุณธรรม จริยธรรม และความโปร่งใส", style="Title")
    b.p(f"ของ{PLAN_B_UNIT}", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "(ข้อมูลสมมุติสำหรับทดสอบ)")
    b.p("สารบัญ", style="Heading 1")
    b.p("ส่วนที่ ๑ บทนำ.......... ๑", "ส่วนที่ ๒ แผนปฏิบัติการ โครงการ/กิจกรรม.......... ๕", "แบบรายงานผล.......... ๑๒")
    b.p("ส่วนที่ ๑ บทนำ", style="Heading 1")
    b.p("ผลการดำเนินงานปีที่ผ่านมา ตามมาตรการของกรม ดังนี้")
    b.p("มาตรการที่ 1 การเสริมสร้างวัฒนธรรมองค์กร (ของกรม ปี ๒๕๖๖)")
    b.p("แนวทาง", "(1) แนวทางของกรมที่ไม่ใช่ของกอง")
    b.table(  # last year's table of the department: not this unit's plan
        [
            ["ลำดับ", "กิจกรรม", "ผลผลิต", "ระยะเวลา", "ผู้รับผิดชอบ"],
            ["1", "กิจกรรมของกรมปีที่แล้ว", "รายงาน", "ส่ง 30 ก.ย. 66", "กรม"],
        ]
    )
    b.p("ส่วนที่ ๒ แผนปฏิบัติการ โครงการ/กิจกรรม", style="Heading 1")
    b.p("มาตรการที่ 1 ส่งเสริมการปฏิบัติตามประมวลจริยธรรมของข้าราชการ", "และการเป็นแบบอย่างที่ดีของผู้บริหาร")
    b.p("แนวทางการดำเนินงาน")
    b.p("(1) สร้างความรู้ความเข้าใจเรื่องประมวลจริยธรรม", "ให้แก่บุคลากรทุกระดับ")
    b.p("(2) ยกย่องบุคคลต้นแบบด้านคุณธรรม")
    b.table(
        [
            _B_HEADER_1,
            _B_HEADER_2,
            [
                "1)",
                ["อบรมประมวลจริยธรรมข้าราชการ", "* บรรยายโดยวิทยากรภายนอก", "* ทดสอบความรู้หลังอบรม"],
                "ไตรมาส ๒",
                "บุคลากรเข้าร่วมร้อยละ ๘๐ ขึ้นไป",
                "บุคลากรเข้าใจประมวลจริยธรรม",
                "กลุ่มบริหารทั่วไป",
                "ส่งรายงาน 15 มี.ค. 67",
            ],
            [
                "2)",
                "คัดเลือกบุคคลต้นแบบด้านคุณธรรม",
                "ตลอดปีงบประมาณ",
                "ประกาศยกย่อง ๑ ครั้ง",
                "",
                "กลุ่มบริหารทั่วไป",
                "ภายใน ๓๐ ก.ย. ๖๗",
            ],
            ["", "3) เผยแพร่ประมวลจริยธรรมทางเว็บไซต์", "ธ.ค. ๖๖ – ม.ค. ๖๗", "ประกาศบนเว็บไซต์", "", "กลุ่มสารสนเทศ", ""],
        ],
        merges=_B_HEADER_MERGES,
    )
    b.table(  # the same table on the next page: its header again, and the last row split
        [
            _B_HEADER_1,
            _B_HEADER_2,
            ["4)", ["ประชุมทบทวนคู่มือจริยธรรม", "* รวบรวมความเห็น"], "", "คู่มือฉบับปรับปรุง", "", "กลุ่มบริหารทั่วไป", ""],
            ["", "* จัดทำร่างคู่มือ", "", "", "", "", "ส่งผลงาน ๑–๓๐ ก.ค. ๖๗"],
        ],
        merges=_B_HEADER_MERGES,
    )
    b.p("มาตรการที่ 2 การป้องกันผลประโยชน์ทับซ้อน")
    b.p("แนวทางการดำเนินงาน", "(1) วิเคราะห์ความเสี่ยงการทุจริต")
    b.table(
        [
            _B_HEADER_1,
            _B_HEADER_2,
            ["1)", "จัดทำแผนบริหารความเสี่ยงการทุจริต", "ต.ค. ๖๖", "แผน ๑ ฉบับ", "", "กลุ่มแผนงาน", "ส่งภายใน 31 ธ.ค. 2566"],
            ["2)", "ติดตามผลตามแผนความเสี่ยง", "", "รายงาน ๒ ครั้ง", "", "กลุ่มแผนงาน", "ส่งรายงาน ๓๐/๔/๒๕๖๗"],
        ],
        merges=_B_HEADER_MERGES,
    )
    b.p("แบบรายงานผลการดำเนินงานตามแผนปฏิบัติการส่งเสริมคุณธรรม", f"ของ{PLAN_B_UNIT} ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
    b.p("(ตั้งแต่เดือนตุลาคม ๒๕๖๖ – มีนาคม ๒๕๖๗)")
    b.p("มาตรการที่ 1 ส่งเสริมการปฏิบัติตามประมวลจริยธรรมของข้าราชการ และการเป็นแบบอย่างที่ดีของผู้บริหาร")
    b.table(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลการดำเนินงาน", "เอกสารหลักฐาน"],
            [
                "1",
                "อบรมประมวลจริยธรรม",
                ["ดำเนินการแล้ว ร้อยละ 100", "จัดอบรมเมื่อ 20 ก.พ. 67 ผู้เข้าร่วม ๔๕ คน จากทั้งหมด ๕๒ คน คิดเป็นร้อยละ ๘๖.๕๓"],
                "รายงานการอบรม",
            ],
        ]
    )
    b.p("มาตรการที่ 2 การป้องกันผลประโยชน์ทับซ้อน")
    b.table(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลการดำเนินงาน", "เอกสารหลักฐาน"],
            ["1", "ติดตามผลตามแผนความเสี่ยง", "ร้อยละ 50 รายงานครั้งที่ 1 แล้ว", "รายงานครั้งที่ ๑"],
        ]
    )
    return b.bytes()


PLAN_B = Expected(
    unit={"unit": PLAN_B_UNIT, "fiscal_year_be": 2567, "as_of": date(2024, 3, 31), "report_unit": None},
    measures=[
        {
            "number": 1,
            "name": "ส่งเสริมการปฏิบัติตามประมวลจริยธรรมของข้าราชการ และการเป็นแบบอย่างที่ดีของผู้บริหาร",
            "report_name": None,
            "guidelines_label": None,
        },
        {"number": 2, "name": "การป้องกันผลประโยชน์ทับซ้อน", "report_name": None, "guidelines_label": None},
    ],
    guidelines=[
        {
            "measure": 1,
            "guideline_id": "1.1",
            "name": "สร้างความรู้ความเข้าใจเรื่องประมวลจริยธรรม ให้แก่บุคลากรทุกระดับ",
            "report_name": None,
        },
        {"measure": 1, "guideline_id": "1.2", "name": "ยกย่องบุคคลต้นแบบด้านคุณธรรม", "report_name": None},
        {"measure": 2, "guideline_id": "2.1", "name": "วิเคราะห์ความเสี่ยงการทุจริต", "report_name": None},
    ],
    activities=[
        activity(
            measure=1,
            activity_id="1.1",
            name="อบรมประมวลจริยธรรมข้าราชการ",
            details="บรรยายโดยวิทยากรภายนอก\nทดสอบความรู้หลังอบรม",
            period="ไตรมาส ๒",
            output="บุคลากรเข้าร่วมร้อยละ ๘๐ ขึ้นไป",
            outcome="บุคลากรเข้าใจประมวลจริยธรรม",
            responsible="กลุ่มบริหารทั่วไป",
            due_text="ส่งรายงาน 15 มี.ค. 67",
            progress=Decimal(100),
            actions="จัดอบรมเมื่อ 20 ก.พ. 67 ผู้เข้าร่วม ๔๕ คน จากทั้งหมด ๕๒ คน คิดเป็นร้อยละ ๘๖.๕๓",
            evidence="รายงานการอบรม",
            report_title="อบรมประมวลจริยธรรม",
        ),
        activity(
            measure=1,
            activity_id="1.2",
            name="คัดเลือกบุคคลต้นแบบด้านคุณธรรม",
            period="ตลอดปีงบประมาณ",
            output="ประกาศยกย่อง ๑ ครั้ง",
            responsible="กลุ่มบริหารทั่วไป",
            due_text="ภายใน ๓๐ ก.ย. ๖๗",
        ),
        activity(
            measure=1,
            activity_id="1.3",
            name="เผยแพร่ประมวลจริยธรรมทางเว็บไซต์",
            period="ธ.ค. ๖๖ – ม.ค. ๖๗",
            output="ประกาศบนเว็บไซต์",
            responsible="กลุ่มสารสนเทศ",
        ),
        activity(
            measure=1,
            activity_id="1.4",
            name="ประชุมทบทวนคู่มือจริยธรรม",
            details="รวบรวมความเห็น\nจัดทำร่างคู่มือ",
            output="คู่มือฉบับปรับปรุง",
            responsible="กลุ่มบริหารทั่วไป",
            due_text="ส่งผลงาน ๑–๓๐ ก.ค. ๖๗",
        ),
        activity(
            measure=2,
            activity_id="2.1",
            name="จัดทำแผนบริหารความเสี่ยงการทุจริต",
            period="ต.ค. ๖๖",
            output="แผน ๑ ฉบับ",
            responsible="กลุ่มแผนงาน",
            due_text="ส่งภายใน 31 ธ.ค. 2566",
        ),
        activity(
            measure=2,
            activity_id="2.2",
            name="ติดตามผลตามแผนความเสี่ยง",
            output="รายงาน ๒ ครั้ง",
            responsible="กลุ่มแผนงาน",
            due_text="ส่งรายงาน ๓๐/๔/๒๕๖๗",
            progress=Decimal(50),
            actions="รายงานครั้งที่ 1 แล้ว",
            evidence="รายงานครั้งที่ ๑",
            report_title="ติดตามผลตามแผนความเสี่ยง",
        ),
    ],
    participation=[
        {"activity_id": "1.1", "group": None, "participants": 45, "headcount": 52, "target_pct": Decimal(80)}
    ],
    problems=[("ตาราง 1", "ไม่ได้อ่าน")],  # ส่วนที่ ๑'s table of the department: said, not read
)


# -- สำนักงานตัวอย่างจังหวัดสมมุติ: no parts, ids in the ลำดับ column, merged cells, and an office's mistakes ----

PLAN_C_UNIT = "สำนักงานตัวอย่างจังหวัดสมมุติ (SYNTHETIC)"
_C_HEADER: list[CellText] = ["ลำดับที่", "โครงการ/กิจกรรม", "ผลผลิต", "ผลลัพธ์", "ระยะเวลา", "ผู้รับผิดชอบ", "หมายเหตุ"]


def plan_c() -> bytes:
    b = Builder()
    b.p("แผนส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ ๒๕๖๘", f"ของ{PLAN_C_UNIT}", style="Title")
    b.p("มาตรการที่ ๑: สร้างจิตสำนึกสุจริตในการปฏิบัติราชการ")
    b.p("แนวทางตามมาตรการ")
    b.p("๑.๑ ปลูกฝังค่านิยมสุจริต", "๑.๒ เปิดเผยข้อมูลการจัดซื้อจัดจ้าง")
    b.table(
        [
            _C_HEADER,
            ["๑.", "โครงการสำนักงานสุจริต", "", "", "", "กลุ่มงานอำนวยการ", ""],
            [
                "1.1",
                ["ประกาศเจตจำนงสุจริตของผู้บริหาร", "และเผยแพร่ต่อสาธารณะ", "* ติดประกาศที่สำนักงาน"],
                "ประกาศ ๑ ฉบับ",
                "บุคลากรรับทราบ",
                "ครบกำหนด 15 พ.ย. 2567",
                "กลุ่มงานอำนวยการ",
                "",
            ],
            ["1.2", "อบรมการป้องกันผลประโยชน์ทับซ้อน", "ผู้เข้าอบรมร้อยละ ๗๕", "", "แล้วเสร็จภายใน 30/9/2568", "", ""],
            [
                "",
                ["1.3 รณรงค์ไม่รับของขวัญ", "1.4 สำรวจการรับของขวัญ"],
                "",
                "",
                ["ครบกำหนด 15 ส.ค. 2568", "ไม่เกินวันที่ 31 ส.ค. 2568"],
                "",
                "",
            ],
            ["1.5", "จัดทำรายงานสรุปผล", "รายงาน ๑ ฉบับ", "", "ภายในเดือนกันยายน ๒๕๖๘", "กลุ่มแผนงาน", ""],
        ],
        merges=((2, 5, 4, 5),),  # กลุ่มงานอำนวยการ merged down over 1.1, 1.2 and the row of 1.3 and 1.4
    )
    b.p("แบบรายงานผลการดำเนินการ ประจำปีงบประมาณ ๒๕๖๘", f"ของ{PLAN_C_UNIT}")
    b.p("ระหว่าง ๑ ตุลาคม ๒๕๖๗ ถึง ๓๑ มีนาคม ๒๕๖๘")
    b.p("มาตรการที่ ๑: สร้างจิตสำนึกสุจริตในการปฏิบัติราชการ")
    b.table(
        [
            ["ลำดับที่", "โครงการ/กิจกรรม", "ผลการดำเนินการ", "ผลผลิต", "ผลลัพธ์", "เอกสาร/หลักฐาน"],
            ["๑.๑ ปลูกฝังค่านิยมสุจริต", "", "", "", "", ""],
            ["๑)", "ประกาศเจตจำนงสุจริตของผู้บริหาร", "ร้อยละ ๑๐๐ ประกาศเมื่อ ๑ พ.ย. ๖๗", "ประกาศ ๑ ฉบับ", "", "ประกาศ"],
            [
                "๒)",
                "อบรมการป้องกันผลประโยชน์ทับซ้อน",
                ["ร้อยละ ๑๐๐", "บุคลากรทั้งหมด ๓๘ คน เข้าร่วม ๒๙ คน คิดเป็นร้อยละ ๗๖.๓๒"],
                "",
                "",
                "รายชื่อผู้เข้าอบรม",
            ],
            ["๓)", "ปรับปรุงระบบรับเรื่องร้องเรียนออนไลน์", "ร้อยละ ๕๐", "", "", ""],
            ["ผลการดำเนินการในภาพรวม ร้อยละ ๖๖.๖๖", "", "", "", "", ""],
        ],
        merges=((1, 0, 1, 5), (5, 0, 5, 5)),
    )
    return b.bytes()


PLAN_C = Expected(
    unit={"unit": PLAN_C_UNIT, "fiscal_year_be": 2568, "as_of": date(2025, 3, 31), "report_unit": None},
    measures=[
        {"number": 1, "name": "สร้างจิตสำนึกสุจริตในการปฏิบัติราชการ", "report_name": None, "guidelines_label": None},
    ],
    guidelines=[
        {"measure": 1, "guideline_id": "1.1", "name": "ปลูกฝังค่านิยมสุจริต", "report_name": None},
        {"measure": 1, "guideline_id": "1.2", "name": "เปิดเผยข้อมูลการจัดซื้อจัดจ้าง", "report_name": None},
    ],
    activities=[
        activity(
            measure=1,
            activity_id="1.1",
            name="ประกาศเจตจำนงสุจริตของผู้บริหาร และเผยแพร่ต่อสาธารณะ",
            details="ติดประกาศที่สำนักงาน",
            output="ประกาศ ๑ ฉบับ",
            outcome="บุคลากรรับทราบ",
            due_text="ครบกำหนด 15 พ.ย. 2567",
            responsible="กลุ่มงานอำนวยการ",
            progress=Decimal(100),
            guideline="1.1",
            actions="ประกาศเมื่อ ๑ พ.ย. ๖๗",
            achieved_output="ประกาศ ๑ ฉบับ",
            evidence="ประกาศ",
            report_title="ประกาศเจตจำนงสุจริตของผู้บริหาร",
        ),
        activity(
            measure=1,
            activity_id="1.2",
            name="อบรมการป้องกันผลประโยชน์ทับซ้อน",
            output="ผู้เข้าอบรมร้อยละ ๗๕",
            due_text="แล้วเสร็จภายใน 30/9/2568",
            responsible="กลุ่มงานอำนวยการ",
            progress=Decimal(100),
            guideline="1.1",
            actions="บุคลากรทั้งหมด ๓๘ คน เข้าร่วม ๒๙ คน คิดเป็นร้อยละ ๗๖.๓๒",
            evidence="รายชื่อผู้เข้าอบรม",
            report_title="อบรมการป้องกันผลประโยชน์ทับซ้อน",
        ),
        activity(
            measure=1,
            activity_id="1.3",
            name="รณรงค์ไม่รับของขวัญ",
            due_text="ครบกำหนด 15 ส.ค. 2568",
            responsible="กลุ่มงานอำนวยการ",
        ),
        activity(
            measure=1,
            activity_id="1.4",
            name="สำรวจการรับของขวัญ",
            due_text="ไม่เกินวันที่ 31 ส.ค. 2568",
            responsible="กลุ่มงานอำนวยการ",
        ),
        activity(
            measure=1,
            activity_id="1.5",
            name="จัดทำรายงานสรุปผล",
            output="รายงาน ๑ ฉบับ",
            remarks="",
            due_text="ภายในเดือนกันยายน ๒๕๖๘",  # within a month: due on its last day (it was a problem)
            responsible="กลุ่มแผนงาน",
        ),
    ],
    participation=[
        {"activity_id": "1.2", "group": None, "participants": 29, "headcount": 38, "target_pct": Decimal(75)}
    ],
    problems=[
        ("ตาราง 1 แถว 2 คอลัมน์ ผู้รับผิดชอบ", "หัวข้อโครงการ"),  # a project heading's own responsible group
        ("ตาราง 2 แถว 4 คอลัมน์ ผลการดำเนินการ", "ปัดเศษ"),  # 29/38 is 76.31 cut, written 76.32 (rounded)
        ("ตาราง 2 แถว 5 คอลัมน์ โครงการ/กิจกรรม", "ไม่ตรงกับกิจกรรมใด"),  # reported, but not in the plan
    ],
)
