"""The cover, the parts of the document and their headings: the unit and fiscal year, which part is the
unit's plan, and its measures and guidelines, each read whole when Word wrapped it onto more paragraphs."""

from __future__ import annotations

import re

from ita_core.problems import Severity
from ita_core.word import wording
from ita_core.word.package import Table
from ita_core.word.reading import HEADING_LINES, LABEL, Part, Reading, table_kind
from ita_core.word.wording import arabic, number_of


class Headings(Reading):
    def _title(self, front: Part) -> None:
        """The unit and the fiscal year from the cover (``… ของ<unit> ประจำปีงบประมาณ พ.ศ. ๒๕๖๖``)."""
        lines = [b for b in front.blocks[:60] if isinstance(b, str)][:40]
        cover = "\n".join(line[:400] for line in lines)
        year, at = wording.fiscal_year(cover)
        if year is None:
            self.problem(
                "ปก",
                " ".join(lines[:12]),
                "อ่านปีงบประมาณจากหน้าปกไม่ได้: ใส่ “ประจำปีงบประมาณ พ.ศ. ๒๕๖๖” ในหน้าปก",
                "no fiscal year on the cover: write “ประจำปีงบประมาณ พ.ศ. ๒๕๖๖” on it",
            )
            return
        self.year = year
        if (last := wording.last_year_of_span(cover)) is not None:
            self.problem(
                "ปก",
                cover[at : at + 60],
                f"หน้าปกระบุปีงบประมาณเป็นช่วง ({year}–{last}) จึงอ่านเป็นแผนของปีงบประมาณ {year}: แดชบอร์ดติดตามทีละปี "
                "ถ้าเป็นปีอื่น แก้ปีในแผ่นงาน ข้อมูลหน่วยงาน ของไฟล์ Excel ที่แปลงแล้ว (กำหนดส่งนอกปีนี้จะถูกบอกทีละรายการ)",
                f"the cover gives a span of fiscal years ({year}–{last}), so the plan is read as fiscal year {year}: "
                "the dashboard follows one year at a time; if another is meant, correct it in the converted workbook",
                Severity.WARNING,
            )
        self.unit = wording.unit_of(cover, at)
        if not self.unit and (unit := wording.unit_without_of(cover, at)):
            self.unit = unit
            self.problem(
                "ปก",
                self.unit,
                f"หน้าปกไม่มีคำว่า “ของ” หน้าชื่อหน่วยงาน จึงอ่านชื่อหน่วยงานเป็น “{self.unit}”: ตรวจว่าถูกต้อง "
                "(ถ้าไม่ถูก แก้ในแผ่นงาน ข้อมูลหน่วยงาน ของไฟล์ Excel ที่แปลงแล้ว)",
                f"the cover has no “ของ” before the unit's name, so the unit is read as “{self.unit}”: check it "
                "(if wrong, correct it in the converted workbook)",
                Severity.WARNING,
            )
        if not self.unit:
            self.problem(
                "ปก",
                cover[max(0, at - 120) : at + 40],
                "หน้าปกไม่ได้ระบุชื่อหน่วยงาน: เขียน “…ของ<ชื่อหน่วยงาน> ประจำปีงบประมาณ พ.ศ. …” "
                "หรือใส่ชื่อหน่วยงานในแผ่นงาน ข้อมูลหน่วยงาน ของไฟล์ Excel ที่แปลงแล้ว",
                "the cover names no unit: write “…ของ<unit> ประจำปีงบประมาณ พ.ศ. …”, "
                "or type it in the converted workbook",
            )

    def _plan_part(self, parts: list[Part]) -> Part | None:
        """The unit's plan: the part holding activity tables (the one about projects when several do)."""
        holding = [
            p for p in parts if not p.report and any(isinstance(b, Table) and table_kind(b) == "plan" for b in p.blocks)
        ]
        if not holding:
            self.problem(
                "ตาราง",
                "",
                "ไม่พบตารางกิจกรรม (หัวตาราง ลำดับ | โครงการ/กิจกรรม | ผลผลิต | ผลลัพธ์ | ระยะเวลา | ผู้รับผิดชอบ)",
                "no activity table found (headers ลำดับ | โครงการ/กิจกรรม | ผลผลิต | ผลลัพธ์ | ระยะเวลา | ผู้รับผิดชอบ)",
            )
            return None
        about = [p for p in holding if re.search("โครงการ|กิจกรรม|รายละเอียด", p.heading)]
        chosen = (about or holding)[-1]
        for other in holding:
            if other is not chosen:
                tables = ", ".join(
                    str(b.number) for b in other.blocks if isinstance(b, Table) and table_kind(b) == "plan"
                )
                self.problem(
                    f"ตาราง {tables}",
                    other.heading,
                    f"ตารางกิจกรรมใน{other.label or 'ส่วนต้นของเอกสาร'} ไม่ได้อ่าน: "
                    f"แผนของหน่วยงานอ่านจาก{chosen.label or 'ส่วนต้นของเอกสาร'} (ถ้าผิด ให้ลบส่วนที่ไม่ใช่แผนของหน่วยงานออก)",
                    f"activity tables in {other.label or 'the front'} were not read: the unit's plan is read from "
                    f"{chosen.label or 'the front'}",
                    Severity.WARNING,
                )
        return chosen

    def _headings(self, part: Part, *, report: bool) -> None:
        """Measures and guidelines of a part; a heading or guideline wrapped onto following paragraphs
        (not a label, a number or another heading) is read whole."""
        measure = 0
        heading: list[str] | None = None  # the measure heading being read, until a label or a table
        guideline: str | None = None  # the guideline whose wrapped lines may follow
        wrapped = 0
        in_guidelines = False
        for index, block in enumerate(part.blocks):
            if isinstance(block, Table):
                self._close_heading(measure, heading, report)
                heading, guideline, in_guidelines = None, None, False
                continue
            text = block
            if wording.is_toc_line(text):
                continue
            if (m := wording.MEASURE_HEADING.match(text)) is not None:
                self._close_heading(measure, heading, report)
                measure = int(arabic(m[1]))
                heading, guideline, in_guidelines, wrapped = [text[m.end() :].strip()], None, False, 0
                continue
            label = LABEL.match(text) is not None
            number = number_of(wording.strip_bullet(text))
            if heading is not None:
                if not label and not number.found and wrapped < HEADING_LINES and len(text) <= 200:
                    heading.append(text)
                    wrapped += 1
                    continue
                self._close_heading(measure, heading, report)
                heading = None
            if text.startswith("แนวทาง"):
                in_guidelines, guideline = True, None
                if report and measure:
                    self.guidelines_labels[measure] = text
                continue
            if label:
                in_guidelines, guideline = False, None
                continue
            if not in_guidelines or report or not measure:
                continue
            if number.activity_id is not None or number.sequence is not None:
                gid = number.activity_id or f"{measure}.{number.sequence}"
                guideline, wrapped = gid, 0
                self._guideline(measure, gid, number.rest, f"ย่อหน้า {index + 1} ({part.label or 'ต้นเอกสาร'})")
            elif guideline is not None and wrapped < HEADING_LINES:
                m_, name, where = self.guidelines[guideline]
                self.guidelines[guideline] = (m_, f"{name} {text}", where)
                wrapped += 1
        self._close_heading(measure, heading, report)

    def _close_heading(self, measure: int, heading: list[str] | None, report: bool) -> None:
        if heading is None or not measure:
            return
        name = " ".join(" ".join(heading).split())
        if report:
            self.report_measures.setdefault(measure, name)
        elif measure in self.measures:
            self.problem(
                f"มาตรการที่ {measure}",
                name,
                f"มาตรการที่ {measure} มีหัวข้อซ้ำในแผน: ตรวจเลขมาตรการ",
                f"measure {measure} is headed twice in the plan: check its number",
            )
        else:
            self.measures[measure] = name

    def _guideline(self, measure: int, gid: str, name: str, where: str) -> None:
        if int(gid.split(".")[0]) != measure:
            self.problem(
                where,
                f"{gid} {name}",
                f"แนวทาง {gid} อยู่ใต้มาตรการที่ {measure}: แก้เลขแนวทางให้ขึ้นต้นด้วย {measure}.",
                f"guideline {gid} stands under measure {measure}: number it {measure}.…",
            )
            return
        if gid in self.guidelines:
            self.problem(
                where,
                f"{gid} {name}",
                f"แนวทาง {gid} ซ้ำในแผนของหน่วยงาน: แก้เลขแนวทาง",
                f"guideline {gid} appears twice in the unit's plan: renumber it",
            )
            return
        self.guidelines[gid] = (measure, name, where)
