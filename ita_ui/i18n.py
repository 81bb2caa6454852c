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
    "problem_sheet": ("แผ่นงาน", "Sheet"),
    "problem_cell": ("เซลล์", "Cell"),
    "problem_value": ("ค่าที่พบ", "Value"),
    "problem_fix": ("สิ่งที่ต้องแก้", "What to fix"),
    "problem_column": ("คอลัมน์", "Column"),
    "problem_count": ("จำนวน", "How many"),
    "problem_rows": ("แถว", "Rows"),
    "problem_example": ("ตัวอย่างปัญหา", "For example"),
    "problems_omitted": (
        "แต่ละแผ่นงานแสดง 500 ปัญหาแรก ที่เหลือนับรวมตามคอลัมน์ไว้ด้านล่าง: แก้ตามตัวอย่างแล้วอัปโหลดใหม่",
        "Each sheet lists its first 500 problems; the rest are counted per column below",
    ),
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
    # -- store, accounts, publishing --
    "page_compare": ("เปรียบเทียบหน่วยงาน", "Compare units"),
    "page_history": ("ประวัติข้อมูล", "History"),
    "page_upload": ("อัปโหลดข้อมูล", "Upload"),
    "page_admin": ("จัดการผู้ใช้", "Accounts"),
    "page_account": ("บัญชีผู้ใช้", "Account"),
    "unit_year": ("หน่วยงานและปีงบประมาณ", "Unit and fiscal year"),
    "no_data_yet": ("ยังไม่มีข้อมูลที่เผยแพร่", "Nothing has been published yet"),
    "store_offline_banner": (
        "เชื่อมต่อฐานข้อมูลไม่ได้ชั่วคราว: ข้อมูลที่เห็นเป็นข้อมูล ณ {day} (ฉบับที่ {revision}) ระบบจะลองใหม่เอง",
        "The database cannot be reached right now: you are seeing the data as of {day} (revision {revision}); "
        "the page will retry by itself",
    ),
    "store_down": (
        "เชื่อมต่อฐานข้อมูลไม่ได้ชั่วคราว และเครื่องแม่ข่ายนี้ยังไม่มีข้อมูลเก็บไว้ให้แสดง: ระบบจะลองใหม่เองและแสดงข้อมูลทันทีที่เชื่อมต่อได้",
        "The database cannot be reached right now and this server holds no data to show yet: the page will retry "
        "by itself and show the data as soon as it can",
    ),
    "unexpected_error": (
        "เกิดข้อผิดพลาดที่ไม่คาดคิดในหน้านี้ ระบบบันทึกรายละเอียดไว้ให้ผู้ดูแลแล้ว: ลองเปิดหน้านี้ใหม่ หากยังเกิดซ้ำ แจ้งผู้ดูแลระบบพร้อมเวลาที่เกิด",
        "Something unexpected went wrong on this page; the details were logged for the administrator: open the "
        "page again, and if it happens again, tell the administrator when it happened",
    ),
    "store_offline_short": ("ข้อมูลล่าสุดที่มี (เชื่อมต่อฐานข้อมูลไม่ได้)", "last data held (database unreachable)"),
    "signed_in_as": ("เข้าสู่ระบบเป็น", "Signed in as"),
    "sign_in": ("เข้าสู่ระบบ", "Sign in"),
    "sign_out": ("ออกจากระบบ", "Sign out"),
    "username": ("ชื่อผู้ใช้", "User name"),
    "password": ("รหัสผ่าน", "Password"),
    "password_again": ("รหัสผ่านอีกครั้ง", "Password again"),
    "sign_in_wrong": ("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", "Wrong user name or password"),
    "sign_in_locked": (
        "ใส่รหัสผ่านผิดหลายครั้ง จึงพักการเข้าสู่ระบบจากเครื่องนี้ไว้ชั่วคราว ลองใหม่หลัง {when}",
        "Too many wrong passwords: signing in from this computer is paused; try again after {when}",
    ),
    "sign_in_unavailable": (
        "เชื่อมต่อฐานข้อมูลไม่ได้ชั่วคราว จึงยังเข้าสู่ระบบไม่ได้: ลองใหม่ในอีกสักครู่",
        "The database cannot be reached right now, so signing in is not possible: try again shortly",
    ),
    "sign_in_refused": (
        "คำขอเข้าสู่ระบบไม่ได้มาจากหน้านี้ จึงไม่ถูกดำเนินการ: ลองอีกครั้ง",
        "The sign-in request did not come from this page and was refused: try again",
    ),
    "session_ended": (
        "การเข้าสู่ระบบสิ้นสุดแล้ว (ไม่ได้ใช้งานนานเกินกำหนด หรือออกจากระบบจากหน้าต่างอื่น): เข้าสู่ระบบอีกครั้งหากต้องการ",
        "Your session has ended (idle too long, or signed out in another window): sign in again if needed",
    ),
    "gate_sign_in": (
        "เข้าสู่ระบบเพื่อไปที่หน้า {page} ระบบจะพากลับมาที่หน้านี้หลังเข้าสู่ระบบ",
        "Sign in to open {page}; you will come back here afterwards",
    ),
    "gate_forbidden": (
        "บัญชี {name} ({role}) เปิดหน้านี้ไม่ได้: ต้องเป็น{needs} ติดต่อผู้ดูแลระบบหากต้องการสิทธิ์",
        "The account {name} ({role}) cannot open this page: it needs the {needs} role; ask an administrator",
    ),
    "as_of_unreadable": (
        "อ่านวันที่ในที่อยู่เว็บไม่ได้ จึงใช้วันที่ของข้อมูลแทน: ใช้รูปแบบ ปี-เดือน-วัน เช่น 2566-07-01 ค่าที่พบ:",
        "The date in the address cannot be read, so the data's own date is used: write it as year-month-day, "
        "e.g. 2023-07-01. It says:",
    ),
    "signed_in": ("เข้าสู่ระบบแล้วในชื่อ {name} ({role})", "Signed in as {name} ({role})"),
    "sign_in_org": ("เข้าสู่ระบบด้วยบัญชีขององค์กร", "Sign in with the organisation's account"),
    "login_required_note": ("ต้องเข้าสู่ระบบก่อนจึงจะดูข้อมูลได้", "Sign in to see the dashboard"),
    "upload_intro": (
        "เลือกไฟล์ Excel ตามแม่แบบ ระบบจะตรวจทุกเซลล์ก่อน และแสดงสิ่งที่จะเปลี่ยนให้ดูก่อนเผยแพร่ ยังไม่มีการบันทึกใด ๆ จนกว่าจะกดเผยแพร่",
        "Choose an Excel workbook in the template's format. Every cell is checked first, and you see what "
        "will change before publishing; nothing is stored until you press Publish.",
    ),
    "upload_file": ("ไฟล์ข้อมูล (.xlsx, ไม่เกิน {mb} MB)", "Workbook (.xlsx, up to {mb} MB)"),
    "upload_rejected": ("ไม่สามารถอ่านไฟล์นี้ได้ จึงไม่มีการบันทึกข้อมูลใด ๆ", "This file cannot be read; nothing was stored"),
    "upload_invalid": (
        "พบ {n} ปัญหาที่ต้องแก้ในไฟล์ จึงยังไม่มีการบันทึกข้อมูลใด ๆ: แก้ตามตารางแล้วอัปโหลดใหม่",
        "{n} problem(s) to fix; nothing was stored: fix them as listed and upload again",
    ),
    "upload_warnings": ("คำเตือน ({n})", "Warnings ({n})"),
    "upload_draft": (
        "ไฟล์ {name} ที่ตรวจไว้เมื่อ {when} ยังไม่ได้เผยแพร่: ตัวอย่างอยู่ด้านล่าง เผยแพร่หรือยกเลิกได้ (เก็บไว้ 24 ชั่วโมง)",
        "{name}, checked on {when}, is not published yet: its preview is below; "
        "publish or cancel it (kept for 24 hours)",
    ),
    "preview_title": ("ตรวจสิ่งที่จะเปลี่ยนก่อนเผยแพร่", "Review the changes before publishing"),
    "preview_against": (
        "เทียบกับข้อมูลปัจจุบัน ฉบับที่ {revision} เผยแพร่โดย {who} เมื่อ {when}",
        "Compared with the current data: revision {revision}, published by {who} on {when}",
    ),
    "preview_new_stream": (
        "ยังไม่มีข้อมูลของ {unit} ปีงบประมาณ {year}: การเผยแพร่นี้จะเป็นฉบับแรก",
        "No data yet for {unit}, fiscal year {year}: this will be the first revision",
    ),
    "preview_same": ("ข้อมูลในไฟล์เหมือนข้อมูลปัจจุบันทุกอย่าง", "The workbook holds exactly the current data"),
    "publish_comment": ("หมายเหตุของฉบับนี้ (เช่น รายงานรอบ 6 เดือน)", "Comment for this revision (e.g. 6-month report)"),
    "publish": ("เผยแพร่", "Publish"),
    "cancel": ("ยกเลิก", "Cancel"),
    "publish_need_comment": ("ใส่หมายเหตุก่อนเผยแพร่", "Add a comment before publishing"),
    "publish_kept": (
        "ไฟล์ที่ตรวจแล้วและหมายเหตุยังอยู่ในหน้านี้: กดเผยแพร่อีกครั้งเมื่อระบบเชื่อมต่อฐานข้อมูลได้",
        "the checked file and your comment are still here: press Publish again once the database is back",
    ),
    "upload_offline": (
        "เชื่อมต่อฐานข้อมูลไม่ได้ชั่วคราว: ไฟล์ที่ตรวจแล้วยังอยู่ในหน้านี้ ตัวอย่างด้านล่างเป็นตัวอย่างล่าสุดที่แสดงไว้ "
        "เผยแพร่ได้เมื่อระบบกลับมา (หน้านี้จะลองใหม่เอง)",
        "The database cannot be reached right now: your checked file is kept on this page and the preview below "
        "is the last one shown; publish once it is back (this page retries by itself)",
    ),
    "published": (
        "เผยแพร่แล้ว: ฉบับที่ {revision} ของ {unit} ปีงบประมาณ {year}",
        "Published: revision {revision} of {unit}, FY {year}",
    ),
    "history_none": ("ยังไม่มีข้อมูลที่เผยแพร่สำหรับหน่วยงานและปีนี้", "Nothing published for this unit and year"),
    "history_download": ("ดาวน์โหลดไฟล์ต้นฉบับของฉบับที่เลือก", "Download the original file of the chosen revision"),
    "history_pick": ("ฉบับ", "Revision"),
    "history_compare": ("เปรียบเทียบสองฉบับ", "Compare two revisions"),
    "history_older": ("ฉบับเดิม", "Older"),
    "history_newer": ("ฉบับใหม่", "Newer"),
    "history_no_change": ("สองฉบับนี้มีข้อมูลเหมือนกัน", "The two revisions hold the same data"),
    "rollback_title": ("ย้อนกลับไปใช้ข้อมูลฉบับเก่า", "Roll back to an earlier revision"),
    "rollback_note": (
        "การย้อนกลับจะเผยแพร่ฉบับใหม่ที่มีข้อมูลเท่ากับฉบับที่เลือก ไม่มีฉบับใดถูกลบ",
        "Rolling back publishes a new revision equal to the chosen one; nothing is deleted",
    ),
    "rollback_confirm": ("ยืนยันการย้อนกลับไปใช้ฉบับที่ {revision}", "Confirm: roll back to revision {revision}"),
    "rollback_button": ("ย้อนกลับ", "Roll back"),
    "rolled_back": (
        "ย้อนกลับแล้ว: ฉบับที่ {revision} มีข้อมูลเท่ากับฉบับที่ {old}",
        "Rolled back: revision {revision} equals revision {old}",
    ),
    "trend": ("ความคืบหน้าตามข้อมูลแต่ละฉบับ", "Progress across published revisions"),
    "compare_year": ("ปีงบประมาณ", "Fiscal year"),
    "compare_one_unit": ("มีข้อมูลเพียงหน่วยงานเดียวในปีงบประมาณนี้", "Only one unit has data for this fiscal year"),
    "admin_users": ("ผู้ใช้ทั้งหมด", "All accounts"),
    "admin_add": ("เพิ่มผู้ใช้", "Add an account"),
    "admin_role": ("สิทธิ์", "Role"),
    "admin_change": ("เปลี่ยนสิทธิ์หรือรหัสผ่าน / ลบผู้ใช้", "Change role or password / remove"),
    "admin_remove": ("ลบผู้ใช้นี้", "Remove this account"),
    "admin_set_role": ("บันทึกสิทธิ์", "Save role"),
    "admin_set_password": ("ตั้งรหัสผ่านใหม่", "Set new password"),
    "admin_done": ("บันทึกแล้ว", "Saved"),
    "admin_not_self": ("ลบบัญชีของตัวเองไม่ได้", "You cannot remove your own account"),
    "passwords_differ": ("รหัสผ่านสองช่องไม่ตรงกัน", "The two passwords differ"),
    "page_reports": ("รายงานและส่งออกข้อมูล", "Reports and exports"),
    "report_title": ("แบบรายงานผลการดำเนินการ", "The official report form"),
    "report_intro": (
        "สร้างแบบรายงานผลการดำเนินการตามแผนบูรณาการฯ จากข้อมูลชุดเดียวกับหน้าแดชบอร์ด เป็น Word, Excel และ PDF",
        "The official progress report form, made from the same data as the dashboard, as Word, Excel and PDF",
    ),
    "report_round": ("รอบรายงาน", "Reporting round"),
    "report_round_date": ("ณ วันที่ที่เลือกในแถบด้านข้าง: {day}", "As of the date chosen in the sidebar: {day}"),
    "report_digits": ("ตัวเลขในรายงาน", "Digits in the report"),
    "report_digits_thai": ("เลขไทย (๑๒๓)", "Thai (๑๒๓)"),
    "report_digits_arabic": ("เลขอารบิก (123)", "Arabic (123)"),
    "report_all": (
        "แสดงทุกกิจกรรม รวมที่ยังไม่มีรายงานผล",
        "List every activity, including those with no result yet",
    ),
    "report_all_help": (
        "ค่าเริ่มต้นแสดงเฉพาะกิจกรรมที่มีผลการดำเนินการ ตามที่คณะทำงานกรอกแบบรายงาน",
        "By default only activities with a reported result are listed, as the working group fills the form",
    ),
    "report_chart": (
        "ต่อท้ายด้วยกราฟความก้าวหน้าทั้งแผน",
        "Add a chart of the whole plan's progress at the end",
    ),
    "report_chart_help": (
        "แบบรายงานต้นฉบับไม่มีกราฟ กราฟนี้นับทุกกิจกรรมในแผน ไม่ใช่เฉพาะรายการที่รายงาน จึงมีหัวข้อกำกับแยกไว้ท้ายแบบรายงาน",
        "The official form has no chart; this one counts every activity of the plan, not only the rows reported, "
        "so it comes at the end under its own heading",
    ),
    "report_count_guidelines": (
        "นับแนวทางที่แล้วเสร็จ (แทนการนับรายการที่รายงาน)",
        "Count completed guidelines (instead of reported rows)",
    ),
    "report_make": ("สร้างรายงาน", "Make the report"),
    "report_making": (
        "กำลังสร้างรายงาน (วาดกราฟและพิมพ์ PDF ใช้เวลาสักครู่)…",
        "Making the report (chart and PDF take a few seconds)…",
    ),
    "report_ready": ("รายงานพร้อมดาวน์โหลด", "The report is ready"),
    "report_docx": ("Word (.docx)", "Word (.docx)"),
    "report_xlsx": ("Excel (.xlsx)", "Excel (.xlsx)"),
    "report_pdf": ("PDF", "PDF"),
    "report_no_chart": (
        "ไฟล์ Word และ Excel ไม่มีกราฟ เพราะเครื่องแม่ข่ายวาดกราฟไม่ได้ (ต้องติดตั้ง Chromium)",
        "The Word and Excel files have no chart: the server cannot draw it (Chromium is needed)",
    ),
    "report_failed": ("สร้างไฟล์ {fmt} ไม่ได้: {reason}", "Could not make the {fmt} file: {reason}"),
    "report_preview": ("สรุปผลรายมาตรการในรายงาน", "Per-measure results in the report"),
    "report_listed": ("{count} กิจกรรมในตาราง", "{count} activities in the table"),
    "exports_title": ("ส่งออกข้อมูล", "Exports"),
    "export_calendar": ("กำหนดส่งงานเป็นปฏิทิน", "Deadlines as a calendar"),
    "export_calendar_note": (
        "นำเข้า Outlook หรือ Google Calendar ได้: หนึ่งรายการต่อกำหนดส่ง แจ้งเตือนล่วงหน้า 7 วัน นำเข้าซ้ำจะปรับรายการเดิม ไม่สร้างซ้ำ",
        "Import into Outlook or Google Calendar: one all-day event per deadline, a reminder 7 days ahead; "
        "importing again updates the events instead of duplicating them",
    ),
    "export_calendar_button": ("ดาวน์โหลดปฏิทิน .ics ({count} กำหนดส่ง)", "Download .ics ({count} deadlines)"),
    "export_data": ("ข้อมูลทั้งหมด", "All the data"),
    "export_data_note": (
        "ไฟล์ .xlsx ตามรูปแบบนำเข้า แก้ไขแล้วอัปโหลดกลับได้ทันที; CSV ทีละแผ่นงาน (UTF-8)",
        "An .xlsx in the upload format, ready to edit and upload back; CSV one sheet at a time (UTF-8)",
    ),
    "export_xlsx_button": ("ดาวน์โหลดข้อมูล .xlsx", "Download the data (.xlsx)"),
    "export_csv_sheet": ("แผ่นงานสำหรับ CSV", "Sheet for CSV"),
    "export_csv_button": ("ดาวน์โหลด CSV", "Download CSV"),
    "chart_png": ("ดาวน์โหลดกราฟ (PNG)", "Download chart (PNG)"),
}


def text(key: str, lang: Lang, **values: object) -> str:
    th, en = STRINGS[key]
    template = th if lang == "th" else en
    return template.format(**values) if values else template
