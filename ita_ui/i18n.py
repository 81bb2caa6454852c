"""The interface's own words, in Thai (default) and English. Domain words live in ``ita_core.labels``."""

from __future__ import annotations

from ita_core.labels import Lang

STRINGS: dict[str, tuple[str, str]] = {
    "app_title": ("แผนส่งเสริมคุณธรรมและความโปร่งใส (ITA)", "Integrity and transparency plan (ITA)"),
    "page_overview": ("ภาพรวม", "Overview"),
    "page_measures": ("มาตรการและกิจกรรม", "Measures and activities"),
    "page_deadlines": ("กำหนดส่ง", "Deadlines"),
    "page_participation": ("การมีส่วนร่วม", "Participation"),
    "page_present": ("โหมดนำเสนอ", "Meeting mode"),
    "fiscal_year": ("ปีงบประมาณ", "Fiscal year"),
    "as_of": ("ข้อมูล ณ วันที่", "Data as of"),
    "as_of_picker": ("คำนวณ ณ วันที่", "Compute as of"),
    "day": ("วัน", "Day"),
    "month": ("เดือน", "Month"),
    "year_be": ("ปี พ.ศ.", "Year (BE)"),
    "as_of_reset": ("ใช้วันที่ของข้อมูล", "Use the data's date"),
    "as_of_default_note": ("ค่าเริ่มต้นคือ ข้อมูล ณ วันที่ ในไฟล์", "Default: the workbook's as-of date"),
    "english": ("English", "English"),
    "card_completion": ("ดำเนินการแล้วเสร็จ", "Completed"),
    "card_completion_sub": ("{done} จาก {total} กิจกรรม", "{done} of {total} activities"),
    "card_activities": ("กิจกรรมที่แล้วเสร็จ", "Activities completed"),
    "card_mean_progress": ("ความก้าวหน้าเฉลี่ย {value}", "mean progress {value}"),
    "card_overdue": ("เลยกำหนดส่ง", "Overdue"),
    "card_due_soon": ("ครบกำหนดใน 14 วัน", "Due within 14 days"),
    "card_due_soon_short": ("ใน 14 วัน", "in 14 days"),
    "card_participation": ("การมีส่วนร่วมถึงเป้า", "Participation on target"),
    "card_participation_sub": ("{met} จาก {total} แถว", "{met} of {total} rows"),
    "card_deadlines_sub": ("จากกำหนดส่งทั้งหมด {total} รายการ", "of {total} deadlines"),
    "details": ("ดูรายละเอียด", "Details"),
    "completion_by_measure": ("ความสำเร็จรายมาตรการ", "Completion by measure"),
    "next_deadlines": ("กำหนดส่งถัดไป", "Next deadlines"),
    "participation_vs_target": ("การมีส่วนร่วมเทียบเป้าหมาย", "Participation against target"),
    "no_open_deadlines": ("ไม่มีกำหนดส่งที่ค้างอยู่ ณ วันที่นี้", "No open deadlines as of this date"),
    "no_deadlines": ("แผนนี้ยังไม่มีกำหนดส่ง", "This plan has no deadlines"),
    "no_participation": (
        "ยังไม่มีข้อมูลการมีส่วนร่วม (ไม่มีแผ่นงาน การมีส่วนร่วม หรือแผ่นงานว่าง)",
        "No participation data (the การมีส่วนร่วม sheet is missing or empty)",
    ),
    "no_activities_in_measure": ("มาตรการนี้ยังไม่มีกิจกรรม", "This measure has no activities yet"),
    "no_match": ("ไม่มีกิจกรรมที่ตรงกับตัวกรอง", "No activity matches the filters"),
    "filter_measure": ("มาตรการ", "Measure"),
    "filter_responsible": ("ผู้รับผิดชอบ", "Responsible"),
    "filter_state": ("สถานะ", "Status"),
    "filter_text": ("ค้นหาชื่อกิจกรรม", "Search activity names"),
    "filter_all": ("ทั้งหมด", "All"),
    "shown": ("แสดง {shown} จาก {total} กิจกรรม", "Showing {shown} of {total} activities"),
    "pick_activity": ("เลือกแถวเพื่อดูรายละเอียดทั้งหมดของกิจกรรม", "Select a row to see every detail of the activity"),
    "timeline": ("เส้นเวลากำหนดส่ง", "Deadline timeline"),
    "timeline_note": (
        "แต่ละแถวคือกำหนดส่งหนึ่งรายการ · แถบสีเทาคือไตรมาสของปีงบประมาณ · เส้นประคือวันที่ของข้อมูล",
        "One row per deadline · grey bands are fiscal quarters · the dashed line is the as-of date",
    ),
    "timeline_aggregated": (
        "กำหนดส่งมีมาก จึงแสดงเป็นจำนวนต่อสัปดาห์ ดูทีละรายการได้ในตารางด้านล่าง",
        "Many deadlines: shown as weekly counts; see each one in the table below",
    ),
    "all_deadlines": ("กำหนดส่งทั้งหมด (เรียงตามวันที่)", "All deadlines (by due date)"),
    "short_rows": ("แถวที่ต่ำกว่าเป้าหมาย", "Rows below target"),
    "none_short": ("ทุกแถวถึงเป้าหมาย", "Every row meets its target"),
    "participation_aggregated": (
        "มีหลายแถว จึงสรุปตามกลุ่มงาน (กลุ่มที่มีแถวต่ำกว่าเป้ามากที่สุดอยู่บนสุด) ดูทุกแถวในตารางด้านล่าง",
        "Many rows: summarised per work group (most shortfalls on top); every row is in the table below",
    ),
    "all_participation": ("การมีส่วนร่วมทุกแถว", "Every participation row"),
    "data_error_title": ("ไฟล์ข้อมูลมีปัญหา จึงยังแสดงผลไม่ได้", "The data file has problems, so nothing can be shown yet"),
    "data_missing": ("ไม่พบไฟล์ข้อมูล: {path}", "Data file not found: {path}"),
    "problem_sheet": ("แผ่นงาน", "Sheet"),
    "problem_cell": ("เซลล์", "Cell"),
    "problem_value": ("ค่าที่พบ", "Value"),
    "problem_fix": ("สิ่งที่ต้องแก้", "What to fix"),
    "present_pause": ("หยุด", "Pause"),
    "present_play": ("เล่นต่อ", "Play"),
    "present_prev": ("ก่อนหน้า", "Previous"),
    "present_next": ("ถัดไป", "Next"),
    "present_exit": ("ออกจากโหมดนำเสนอ", "Leave meeting mode"),
    "present_every": ("เปลี่ยนทุก {seconds} วินาที", "every {seconds} s"),
    "present_paused": ("หยุดอยู่", "paused"),
    "slide_headline": ("ภาพรวม", "At a glance"),
    "slide_due": ("กำหนดส่งที่ต้องติดตาม", "Deadlines to follow up"),
    "more_rows": ("และอีก {n} รายการ", "and {n} more"),
    "ita_target": ("เป้าหมาย ITA: ไม่ต่ำกว่าระดับ AA", "ITA target: level AA or better"),
}


def text(key: str, lang: Lang, **values: object) -> str:
    th, en = STRINGS[key]
    template = th if lang == "th" else en
    return template.format(**values) if values else template
