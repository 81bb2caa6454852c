"""The interface's own words, in Thai (default) and English. Domain words live in ``ita_core.labels``."""

from __future__ import annotations

from ita_core.text import Lang, Text, singular_ones

STRINGS: dict[str, Text] = {
    "app_title": Text("แผนส่งเสริมคุณธรรมและความโปร่งใส (ITA)", "Integrity and transparency plan (ITA)"),
    "page_overview": Text("ภาพรวม", "Overview"),
    "page_measures": Text("มาตรการและกิจกรรม", "Measures and activities"),
    "page_deadlines": Text("กำหนดส่ง", "Deadlines"),
    "page_participation": Text("การมีส่วนร่วม", "Participation"),
    "page_present": Text("โหมดนำเสนอ", "Meeting mode"),
    "fiscal_year": Text("ปีงบประมาณ", "Fiscal year"),
    "as_of": Text("ข้อมูล ณ วันที่", "Data as of"),
    "as_of_picker": Text("ประเมิน ณ วันที่", "Evaluate as of"),
    "day": Text("วัน", "Day"),
    "month": Text("เดือน", "Month"),
    "year_be": Text("ปี พ.ศ.", "Year (BE)"),
    "as_of_reset": Text("ใช้วันที่ของข้อมูล", "Use the data's date"),
    "as_of_default_note": Text(
        "ค่าเริ่มต้นคือวันที่ของข้อมูล (ข้อมูล ณ วันที่)", "By default, the date the figures are for (data as of)"
    ),
    "english": Text("English", "English"),
    "card_completion": Text("ดำเนินการแล้วเสร็จ", "Completed"),
    "card_completion_sub": Text("{done} จาก {total} กิจกรรม", "{done} of {total} activities"),
    "card_activities": Text("กิจกรรมที่แล้วเสร็จ", "Activities completed"),
    "card_mean_progress": Text("ความก้าวหน้าเฉลี่ย {value}", "mean progress {value}"),
    "card_overdue": Text("เลยกำหนดส่ง", "Overdue"),
    "card_due_soon": Text("ครบกำหนดใน 14 วัน", "Due within 14 days"),
    "card_at_risk": Text("เสี่ยงหรือคาดว่าไม่ทัน", "At risk or late"),
    "card_due_soon_short": Text("ใน 14 วัน", "in 14 days"),
    "card_overdue_silent": Text("ไม่มีรายงานใหม่หลังครบกำหนด {n} รายการ", "{n} with no report since falling due"),
    "card_deadlines_sub": Text("จากกำหนดส่งทั้งหมด {total} รายการ", "of {total} deadlines"),
    "details": Text("ดูรายละเอียด", "Details"),
    "completion_by_measure": Text("ความสำเร็จรายมาตรการ", "Completion by measure"),
    "next_deadlines": Text("กำหนดส่งถัดไป", "Next deadlines"),
    "participation_vs_target": Text("การมีส่วนร่วมเทียบเป้าหมาย", "Participation against target"),
    "no_open_deadlines": Text("ไม่มีกำหนดส่งที่ค้างอยู่ ณ วันที่นี้", "No open deadlines as of this date"),
    "no_deadlines": Text("แผนนี้ยังไม่มีกำหนดส่ง", "This plan has no deadlines"),
    "no_participation": Text(
        "ยังไม่มีข้อมูลการมีส่วนร่วม (ไม่มีแผ่นงาน การมีส่วนร่วม หรือแผ่นงานว่าง)",
        "No participation data (the การมีส่วนร่วม sheet is missing or empty)",
    ),
    "no_activities_in_measure": Text("มาตรการนี้ยังไม่มีกิจกรรม", "This measure has no activities yet"),
    "no_match": Text("ไม่มีกิจกรรมที่ตรงกับตัวกรอง", "No activity matches the filters"),
    "filter_measure": Text("มาตรการ", "Measure"),
    "filter_responsible": Text("ผู้รับผิดชอบ", "Responsible"),
    "filter_state": Text("สถานะ", "Status"),
    "filter_text": Text("ค้นหาชื่อกิจกรรม", "Search activity names"),
    "filter_all": Text("ทั้งหมด", "All"),
    "shown": Text("แสดง {shown} จาก {total} กิจกรรม", "Showing {shown} of {total} activities"),
    "pick_activity": Text("เลือกแถวเพื่อดูรายละเอียดทั้งหมดของกิจกรรม", "Select a row to see every detail of the activity"),
    "timeline": Text("เส้นเวลากำหนดส่ง", "Deadline timeline"),
    "timeline_note": Text(
        "แต่ละแถวคือกำหนดส่งหนึ่งรายการ · แถบสีเทาคือไตรมาสของปีงบประมาณ · เส้นประคือวันที่ของข้อมูล",
        "One row per deadline · grey bands are fiscal quarters · the dashed line is the as-of date",
    ),
    "timeline_aggregated": Text(
        "กำหนดส่งมีมาก จึงแสดงเป็นจำนวนต่อสัปดาห์ ดูทีละรายการได้ในตารางด้านล่าง",
        "Many deadlines: shown as weekly counts; see each one in the table below",
    ),
    "all_deadlines": Text("กำหนดส่งทั้งหมด (เรียงตามวันที่)", "All deadlines (by due date)"),
    "short_rows": Text("แถวที่ต่ำกว่าเป้าหมาย", "Rows below target"),
    "none_short": Text("ทุกแถวถึงเป้าหมาย", "Every row meets its target"),
    "participation_aggregated": Text(
        "มีหลายแถว จึงสรุปตามกลุ่มงาน (กลุ่มที่มีแถวต่ำกว่าเป้ามากที่สุดอยู่บนสุด) ดูทุกแถวในตารางด้านล่าง",
        "Many rows: summarised per work group (most shortfalls on top); every row is in the table below",
    ),
    "all_participation": Text("การมีส่วนร่วมทุกแถว", "Every participation row"),
    "data_error_title": Text("ไฟล์ข้อมูลมีปัญหา จึงยังแสดงผลไม่ได้", "The data file has problems, so nothing can be shown yet"),
    "problem_sheet": Text("แผ่นงาน", "Sheet"),
    "problem_cell": Text("เซลล์", "Cell"),
    "problem_value": Text("ค่าที่พบ", "Value"),
    "problem_fix": Text("สิ่งที่ต้องแก้", "What to fix"),
    "problem_column": Text("คอลัมน์", "Column"),
    "problem_count": Text("จำนวน", "How many"),
    "problem_rows": Text("แถว", "Rows"),
    "problem_example": Text("ตัวอย่างปัญหา", "For example"),
    "problems_omitted": Text(
        "แต่ละแผ่นงานแสดง 500 ปัญหาแรก ที่เหลือนับรวมตามคอลัมน์ไว้ด้านล่าง: แก้ตามตัวอย่างแล้วอัปโหลดใหม่",
        "Each sheet lists its first 500 problems; the rest are counted per column below",
    ),
    "present_pause": Text("หยุด", "Pause"),
    "present_phone_note": Text(
        "โหมดนำเสนอทำมาสำหรับจอใหญ่หรือเครื่องฉายในห้องประชุม บนโทรศัพท์อ่านหน้าภาพรวมได้ง่ายกว่า",
        "Meeting mode is made for a big screen or a projector; on a phone the overview reads better",
    ),
    "present_play": Text("เล่นต่อ", "Play"),
    "present_prev": Text("ก่อนหน้า", "Previous"),
    "present_next": Text("ถัดไป", "Next"),
    "present_exit": Text("ออกจากโหมดนำเสนอ", "Leave meeting mode"),
    "present_every": Text("เปลี่ยนทุก {seconds} วินาที", "every {seconds} s"),
    "present_paused": Text("หยุดอยู่", "paused"),
    "slide_headline": Text("ภาพรวม", "At a glance"),
    "slide_due": Text("กำหนดส่งที่ต้องติดตาม", "Deadlines to follow up"),
    "more_rows": Text("และอีก {n} รายการ", "and {n} more"),
    # -- the update loop: group pages, check-ins, approval --
    "page_group": Text("งานของกลุ่ม", "Group's work"),
    "group_pick": Text("กลุ่มผู้รับผิดชอบ", "Responsible group"),
    "group_none": Text("แผนนี้ยังไม่ระบุผู้รับผิดชอบกิจกรรม", "This plan names no responsible groups"),
    "group_unknown": Text(
        "ไม่พบกลุ่มชื่อนี้ในข้อมูลฉบับนี้ จึงแสดงกลุ่มแรกแทน", "No group of that name in this data: showing the first group"
    ),
    "group_card_done": Text("กิจกรรมที่แล้วเสร็จ", "Activities completed"),
    "group_card_open": Text("กำหนดส่งที่ค้าง", "Open deadlines"),
    "group_card_open_sub": Text("เลยกำหนด {overdue} · ใน 14 วัน {soon}", "overdue {overdue} · within 14 days {soon}"),
    "group_card_missing": Text("กิจกรรมที่ยังขาดข้อมูล", "Activities missing something"),
    "group_card_risk": Text("เสี่ยงไม่ทันกำหนด", "At risk"),
    "group_card_risk_sub": Text("คาดว่าไม่ทัน {late} · เสี่ยง {risk}", "will be late {late} · at risk {risk}"),
    "pick_activity_phone": Text("ดูรายละเอียดกิจกรรม", "Activity details"),
    "group_activities": Text("กิจกรรมของกลุ่ม", "The group's activities"),
    "group_folded": Text("กำหนดส่งที่ค้างและสิ่งที่ยังขาด ({n})", "Open deadlines and what is missing ({n})"),
    "group_projection_note": Text(
        "คาดการณ์จากความก้าวหน้าที่บันทึกไว้ในแต่ละฉบับ (เส้นตรง): ต้องมีข้อมูลอย่างน้อยสองวัน",
        "Projected from the progress recorded in each revision (a straight line); needs at least two days",
    ),
    "check_in": Text("รายงานผล", "Check in"),
    "check_in_progress": Text("ความก้าวหน้า (ร้อยละ 0–100)", "Progress (0–100%)"),
    "check_in_actions": Text("การดำเนินการ (ทำอะไรไปแล้ว)", "What was done"),
    "check_in_output": Text("ผลผลิตที่ได้", "Output achieved"),
    "check_in_outcome": Text("ผลลัพธ์ที่ได้", "Outcome achieved"),
    "check_in_evidence": Text("หลักฐาน (ลิงก์ หรือชื่อไฟล์ที่จัดเก็บแล้ว)", "Evidence (a link, or a filed document's name)"),
    "check_in_note": Text("หมายเหตุถึงผู้แก้ไขข้อมูล", "Note to the editors"),
    "check_in_send": Text("ส่งรายงาน", "Send"),
    "check_in_close": Text("ปิด", "Close"),
    "check_in_held": Text(
        "ส่งรายงานกิจกรรม {activity} แล้ว: รอผู้แก้ไขข้อมูลอนุมัติก่อนเผยแพร่",
        "Check-in on {activity} sent: it waits for an editor's approval before it is published",
    ),
    "check_in_published": Text(
        "เผยแพร่รายงานกิจกรรม {activity} แล้ว (ฉบับที่ {revision}): ทุกหน้าที่เปิดอยู่จะเห็นภายในไม่กี่วินาที",
        "Check-in on {activity} published (revision {revision}): every open page shows it within seconds",
    ),
    "check_in_stale": Text(
        "มีผู้ปรับข้อมูลหลังจากที่คุณเปิดหน้านี้ ตัวเลขด้านบนเป็นข้อมูลล่าสุดแล้ว: ตรวจแล้วกดส่งอีกครั้ง",
        "Someone updated the data after you opened this page; the figures above are now the latest: "
        "check them and send again",
    ),
    "check_in_not_yours": Text(
        "บัญชีนี้รายงานผลได้เฉพาะกิจกรรมของกลุ่มที่รับผิดชอบ", "This account reports only on its own groups' activities"
    ),
    "check_in_kept": Text("ข้อความที่พิมพ์ยังอยู่ในแบบฟอร์ม", "what you typed is still in the form"),
    "my_check_ins": Text("รายงานของฉัน", "My check-ins"),
    "admin_groups": Text("กลุ่มผู้รับผิดชอบที่ผูกกับบัญชี", "Responsible groups of the account"),
    "admin_email": Text("อีเมล (สำหรับการแจ้งเตือน)", "E-mail (for reminders)"),
    "admin_no_groups": Text("ไม่ผูกกับกลุ่มใด", "No group"),
    "admin_groups_note": Text(
        "ผู้รายงานผลรายงานได้เฉพาะกิจกรรมของกลุ่มที่ผูกไว้ และทุกบัญชีที่ผูกกลุ่มจะเปิดหน้างานของกลุ่มหลังเข้าสู่ระบบ",
        "A reporter reports only on its groups' activities; an account linked to a group opens its page "
        "after signing in",
    ),
    "admin_save_groups": Text("บันทึกกลุ่มและอีเมล", "Save groups and e-mail"),
    "compare_years": Text("ปีงบประมาณของ {unit} เทียบกัน", "{unit}: fiscal years side by side"),
    "compare_years_short": Text("เทียบกับปีงบประมาณอื่น", "Against other fiscal years"),
    "compare_years_one": Text(
        "หน่วยงานนี้มีข้อมูลปีงบประมาณเดียว: เมื่อเริ่มปีถัดไป (อัปโหลดข้อมูล → เริ่มปีงบประมาณถัดไป) จะเทียบกันได้ที่นี่",
        "This unit has one fiscal year: once the next one starts (Upload → start the next fiscal year) "
        "they compare here",
    ),
    "compare_years_note": Text(
        "แต่ละปี ณ จุดเดียวกันของปี (เช่น สิ้นเดือนมีนาคมทั้งสองปี) จากข้อมูลฉบับล่าสุดที่มีในวันนั้น",
        "Each year at the same point of the year (e.g. both at the end of March), from the latest data held then",
    ),
    "next_year_title": Text("เริ่มปีงบประมาณ {year}", "Start fiscal year {year}"),
    "upload_tab": Text("อัปโหลดข้อมูล", "Upload"),
    "check_in_dialog": Text("รายงานผลการดำเนินการ", "Report progress"),
    "yearly_tab": Text("งานประจำปี", "Yearly tasks"),
    "next_year_note": Text(
        "สร้างแผนปี {year} ของ {unit} จากแผนที่แสดงอยู่: มาตรการ แนวทาง กิจกรรม ผลผลิต ผลลัพธ์ เป้าหมาย และผู้รับผิดชอบเหมือนเดิม "
        "กำหนดส่งเลื่อนไปหนึ่งปี ส่วนผลการดำเนินการ หลักฐาน และการมีส่วนร่วมว่าง แล้วเผยแพร่เป็นฉบับแรกของปี {year}",
        "Make {unit}'s FY{year} plan from the plan shown: the same measures, guidelines, activities, outputs, "
        "outcomes, targets and responsible groups, every deadline a year later, and no results, evidence or "
        "participation yet; published as FY{year}'s first revision",
    ),
    "next_year_confirm": Text("ตรวจแผนนี้แล้ว เริ่มปี {year} จากแผนนี้", "I checked this plan: start FY{year} from it"),
    "next_year_button": Text("สร้างแผนปีงบประมาณ {year}", "Make the FY{year} plan"),
    "next_year_exists": Text("มีแผนปีงบประมาณ {year} ของหน่วยงานนี้แล้ว", "This unit's FY{year} plan already exists"),
    "next_year_done": Text(
        "สร้างแผนปีงบประมาณ {year} แล้ว: ปีนี้เริ่มแล้ว หน้าต่าง ๆ จึงแสดงปีนี้ และเทียบกับปีก่อนได้ที่ภาพรวมและหน้าเปรียบเทียบ",
        "The FY{year} plan is made: the year has begun, so the pages now show it, and compare it with the year "
        "before on the overview and the compare page",
    ),
    "next_year_waits": Text(
        "สร้างแผนปีงบประมาณ {year} แล้ว: คุณกำลังดูปีนี้ ผู้ใช้อื่นยังเห็นปีปัจจุบันจนถึง {first} ที่ปี {year} เริ่ม (เปิดปีนี้ได้จากตัวเลือกปีงบประมาณ)",
        "The FY{year} plan is made: you are looking at it; everyone else keeps seeing the current year until "
        "{first}, when FY{year} begins (open it from the fiscal-year picker meanwhile)",
    ),
    "upload_section": Text("อัปโหลดไฟล์ (Excel หรือแผนจาก Word)", "Upload a workbook (or the plan from Word)"),
    "queue_title": Text("รายงานจากกลุ่มที่รออนุมัติ", "Check-ins waiting for approval"),
    "queue_empty": Text("ไม่มีรายงานที่รออนุมัติ", "No check-ins waiting"),
    "queue_item": Text(
        "กิจกรรม {activity} · ความก้าวหน้า {progress} · โดย {who} เมื่อ {when}",
        "Activity {activity} · progress {progress} · by {who} on {when}",
    ),
    "queue_approve": Text("อนุมัติและเผยแพร่", "Approve and publish"),
    "queue_return": Text("ส่งกลับให้แก้ไข", "Return for changes"),
    "queue_return_comment": Text("ความเห็น (ต้องแก้ไขอะไร)", "Comment (what to change)"),
    "queue_approved": Text("อนุมัติแล้ว: เผยแพร่เป็นฉบับที่ {revision}", "Approved: published as revision {revision}"),
    "queue_returned": Text("ส่งกลับให้ {who} แล้ว", "Returned to {who}"),
    "approval_toggle": Text(
        "รายงานจากกลุ่มต้องรอผู้แก้ไขข้อมูลอนุมัติก่อนเผยแพร่ ({unit})",
        "Check-ins wait for an editor's approval before they are published ({unit})",
    ),
    "upload_overwrites_check_ins": Text(
        "ไฟล์นี้เปลี่ยนตัวเลขที่กลุ่มรายงานผ่านเว็บหลังการอัปโหลดครั้งล่าสุด: {items} — ตรวจว่าไฟล์มีข้อมูลล่าสุดแล้ว",
        "This file changes figures that groups reported on the web since the last upload: {items} — check that "
        "the file holds the latest figures",
    ),
    # -- store, accounts, publishing --
    "page_compare": Text("เปรียบเทียบหน่วยงาน", "Compare units"),
    "page_history": Text("ประวัติข้อมูล", "History"),
    "page_upload": Text("อัปโหลดข้อมูล", "Upload"),
    "page_admin": Text("จัดการผู้ใช้", "Accounts"),
    "page_account": Text("บัญชีผู้ใช้", "Account"),
    "unit_year": Text("หน่วยงานและปีงบประมาณ", "Unit and fiscal year"),
    "no_data_yet": Text("ยังไม่มีข้อมูลที่เผยแพร่", "Nothing has been published yet"),
    "store_offline_banner": Text(
        "เชื่อมต่อฐานข้อมูลไม่ได้ชั่วคราว: ข้อมูลที่เห็นเป็นข้อมูล ณ {day} (ฉบับที่ {revision}) ระบบจะลองใหม่เอง",
        "The database cannot be reached right now: you are seeing the data as of {day} (revision {revision}); "
        "the page will retry by itself",
    ),
    "store_down": Text(
        "เชื่อมต่อฐานข้อมูลไม่ได้ชั่วคราว และเครื่องแม่ข่ายนี้ยังไม่มีข้อมูลเก็บไว้ให้แสดง: ระบบจะลองใหม่เองและแสดงข้อมูลทันทีที่เชื่อมต่อได้",
        "The database cannot be reached right now and this server holds no data to show yet: the page will retry "
        "by itself and show the data as soon as it can",
    ),
    "unexpected_error": Text(
        "เกิดข้อผิดพลาดที่ไม่คาดคิดในหน้านี้ ระบบบันทึกรายละเอียดไว้ให้ผู้ดูแลแล้ว: ลองเปิดหน้านี้ใหม่ หากยังเกิดซ้ำ แจ้งผู้ดูแลระบบพร้อมเวลาที่เกิด",
        "Something unexpected went wrong on this page; the details were logged for the administrator: open the "
        "page again, and if it happens again, tell the administrator when it happened",
    ),
    "store_offline_short": Text("ข้อมูลล่าสุดที่มี (เชื่อมต่อฐานข้อมูลไม่ได้)", "last data held (database unreachable)"),
    "signed_in_as": Text("เข้าสู่ระบบเป็น", "Signed in as"),
    "sign_in": Text("เข้าสู่ระบบ", "Sign in"),
    "sign_out": Text("ออกจากระบบ", "Sign out"),
    "username": Text("ชื่อผู้ใช้", "User name"),
    "password": Text("รหัสผ่าน", "Password"),
    "password_again": Text("รหัสผ่านอีกครั้ง", "Password again"),
    "sign_in_wrong": Text("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", "Wrong user name or password"),
    "sign_in_locked": Text(
        "ใส่รหัสผ่านผิดหลายครั้ง จึงพักการเข้าสู่ระบบจากเครื่องนี้ไว้ชั่วคราว ลองใหม่หลัง {when}",
        "Too many wrong passwords: signing in from this computer is paused; try again after {when}",
    ),
    "sign_in_unavailable": Text(
        "เชื่อมต่อฐานข้อมูลไม่ได้ชั่วคราว จึงยังเข้าสู่ระบบไม่ได้: ลองใหม่ในอีกสักครู่",
        "The database cannot be reached right now, so signing in is not possible: try again shortly",
    ),
    "sign_in_refused": Text(
        "คำขอเข้าสู่ระบบไม่ได้มาจากหน้านี้ จึงไม่ถูกดำเนินการ: ลองอีกครั้ง",
        "The sign-in request did not come from this page and was refused: try again",
    ),
    "session_ended": Text(
        "การเข้าสู่ระบบสิ้นสุดแล้ว (ไม่ได้ใช้งานนานเกินกำหนด หรือออกจากระบบจากหน้าต่างอื่น): เข้าสู่ระบบอีกครั้งหากต้องการ",
        "Your session has ended (idle too long, or signed out in another window): sign in again if needed",
    ),
    "gate_sign_in": Text(
        "เข้าสู่ระบบเพื่อไปที่หน้า {page} ระบบจะพากลับมาที่หน้านี้หลังเข้าสู่ระบบ",
        "Sign in to open {page}; you will come back here afterwards",
    ),
    "gate_forbidden": Text(
        "บัญชี {name} ({role}) เปิดหน้านี้ไม่ได้: ต้องเป็น{needs} ติดต่อผู้ดูแลระบบหากต้องการสิทธิ์",
        "The account {name} ({role}) cannot open this page: it needs the {needs} role; ask an administrator",
    ),
    "as_of_unreadable": Text(
        "อ่านวันที่ในที่อยู่เว็บไม่ได้ จึงใช้วันที่ของข้อมูลแทน: ใช้รูปแบบ ปี-เดือน-วัน เช่น 2566-07-01 ค่าที่พบ:",
        "The date in the address cannot be read, so the data's own date is used: write it as year-month-day, "
        "e.g. 2023-07-01. It says:",
    ),
    "signed_in": Text("เข้าสู่ระบบแล้วในชื่อ {name} ({role})", "Signed in as {name} ({role})"),
    "sign_in_org": Text("เข้าสู่ระบบด้วยบัญชีขององค์กร", "Sign in with the organisation's account"),
    "login_required_note": Text("ต้องเข้าสู่ระบบก่อนจึงจะดูข้อมูลได้", "Sign in to see the dashboard"),
    "upload_intro": Text(
        "เลือกไฟล์ Excel ตามแม่แบบ (หรือแผนที่เขียนด้วย Word ซึ่งระบบจะอ่านเป็นไฟล์ตามแม่แบบให้ก่อน) ระบบจะตรวจทุกเซลล์ "
        "และแสดงสิ่งที่จะเปลี่ยนให้ดูก่อนเผยแพร่ ยังไม่มีการบันทึกใด ๆ จนกว่าจะกดเผยแพร่",
        "Choose an Excel workbook in the template's format (or the plan as written in Word, which is read into "
        "the template first). Every cell is checked first, and you see what "
        "will change before publishing; nothing is stored until you press Publish.",
    ),
    "upload_file": Text(
        "ไฟล์ข้อมูล (.xlsx หรือแผนที่เขียนด้วย Word .docx, ไม่เกิน {mb} MB)",
        "Workbook (.xlsx, or the plan as written in Word, .docx; up to {mb} MB)",
    ),
    "upload_rejected": Text("ไม่สามารถอ่านไฟล์นี้ได้ จึงไม่มีการบันทึกข้อมูลใด ๆ", "This file cannot be read; nothing was stored"),
    "upload_invalid": Text(
        "พบ {n} ปัญหาที่ต้องแก้ในไฟล์ จึงยังไม่มีการบันทึกข้อมูลใด ๆ: แก้ตามตารางแล้วอัปโหลดใหม่",
        "{n} problem(s) to fix; nothing was stored: fix them as listed and upload again",
    ),
    "upload_warnings": Text("คำเตือน ({n})", "Warnings ({n})"),
    "upload_word_read": Text("สิ่งที่อ่านได้จากไฟล์ Word", "What was read from the Word file"),
    "upload_word_converted": Text(
        "แผนจากไฟล์ Word ถูกแปลงเป็นไฟล์ Excel ตามแม่แบบ: ดาวน์โหลดไปแก้ตามรายการปัญหาแล้วอัปโหลดไฟล์ Excel นั้นกลับมา",
        "The plan in the Word file was read into a workbook in the template's format: download it, fix what is "
        "listed, and upload that workbook",
    ),
    "upload_word_download": Text("ดาวน์โหลดไฟล์ Excel ที่แปลงแล้ว", "Download the converted workbook"),
    "upload_draft": Text(
        "ไฟล์ {name} ที่ตรวจไว้เมื่อ {when} ยังไม่ได้เผยแพร่: ตัวอย่างอยู่ด้านล่าง เผยแพร่หรือยกเลิกได้ (เก็บไว้ 24 ชั่วโมง)",
        "{name}, checked on {when}, is not published yet: its preview is below; "
        "publish or cancel it (kept for 24 hours)",
    ),
    "preview_title": Text("ตรวจสิ่งที่จะเปลี่ยนก่อนเผยแพร่", "Review the changes before publishing"),
    "preview_against": Text(
        "เทียบกับข้อมูลปัจจุบัน ฉบับที่ {revision} เผยแพร่โดย {who} เมื่อ {when}",
        "Compared with the current data: revision {revision}, published by {who} on {when}",
    ),
    "preview_new_stream": Text(
        "ยังไม่มีข้อมูลของ {unit} ปีงบประมาณ {year}: การเผยแพร่นี้จะเป็นฉบับแรก",
        "No data yet for {unit}, fiscal year {year}: this will be the first revision",
    ),
    "preview_same": Text("ข้อมูลในไฟล์เหมือนข้อมูลปัจจุบันทุกอย่าง", "The workbook holds exactly the current data"),
    "publish_comment": Text("หมายเหตุของฉบับนี้ (เช่น รายงานรอบ 6 เดือน)", "Comment for this revision (e.g. 6-month report)"),
    "publish": Text("เผยแพร่", "Publish"),
    "cancel": Text("ยกเลิก", "Cancel"),
    "publish_need_comment": Text("ใส่หมายเหตุก่อนเผยแพร่", "Add a comment before publishing"),
    "publish_kept": Text(
        "ไฟล์ที่ตรวจแล้วและหมายเหตุยังอยู่ในหน้านี้: กดเผยแพร่อีกครั้งเมื่อระบบเชื่อมต่อฐานข้อมูลได้",
        "the checked file and your comment are still here: press Publish again once the database is back",
    ),
    "upload_offline": Text(
        "เชื่อมต่อฐานข้อมูลไม่ได้ชั่วคราว: ไฟล์ที่ตรวจแล้วยังอยู่ในหน้านี้ ตัวอย่างด้านล่างเป็นตัวอย่างล่าสุดที่แสดงไว้ "
        "เผยแพร่ได้เมื่อระบบกลับมา (หน้านี้จะลองใหม่เอง)",
        "The database cannot be reached right now: your checked file is kept on this page and the preview below "
        "is the last one shown; publish once it is back (this page retries by itself)",
    ),
    "published": Text(
        "เผยแพร่แล้ว: ฉบับที่ {revision} ของ {unit} ปีงบประมาณ {year}",
        "Published: revision {revision} of {unit}, FY {year}",
    ),
    "history_download": Text("ดาวน์โหลดไฟล์ต้นฉบับของฉบับที่เลือก", "Download the original file of the chosen revision"),
    "history_pick": Text("ฉบับ", "Revision"),
    "history_compare": Text("เปรียบเทียบสองฉบับ", "Compare two revisions"),
    "history_older": Text("ฉบับเดิม", "Older"),
    "history_newer": Text("ฉบับใหม่", "Newer"),
    "history_no_change": Text("สองฉบับนี้มีข้อมูลเหมือนกัน", "The two revisions hold the same data"),
    "rollback_title": Text("ย้อนกลับไปใช้ข้อมูลฉบับเก่า", "Roll back to an earlier revision"),
    "rollback_note": Text(
        "การย้อนกลับจะเผยแพร่ฉบับใหม่ที่มีข้อมูลเท่ากับฉบับที่เลือก ไม่มีฉบับใดถูกลบ",
        "Rolling back publishes a new revision equal to the chosen one; nothing is deleted",
    ),
    "rollback_confirm": Text("ยืนยันการย้อนกลับไปใช้ฉบับที่ {revision}", "Confirm: roll back to revision {revision}"),
    "rollback_button": Text("ย้อนกลับ", "Roll back"),
    "rolled_back": Text(
        "ย้อนกลับแล้ว: ฉบับที่ {revision} มีข้อมูลเท่ากับฉบับที่ {old}",
        "Rolled back: revision {revision} equals revision {old}",
    ),
    "trend": Text("ความคืบหน้าตามข้อมูลแต่ละฉบับ", "Progress across published revisions"),
    "compare_year": Text("ปีงบประมาณ", "Fiscal year"),
    "compare_one_unit": Text("มีข้อมูลเพียงหน่วยงานเดียวในปีงบประมาณนี้", "Only one unit has data for this fiscal year"),
    "admin_users": Text("ผู้ใช้ทั้งหมด", "All accounts"),
    "admin_add": Text("เพิ่มผู้ใช้", "Add an account"),
    "admin_role": Text("สิทธิ์", "Role"),
    "admin_change": Text("เปลี่ยนสิทธิ์หรือรหัสผ่าน / ลบผู้ใช้", "Change role or password / remove"),
    "admin_remove": Text("ลบผู้ใช้นี้", "Remove this account"),
    "admin_set_role": Text("บันทึกสิทธิ์", "Save role"),
    "admin_set_password": Text("ตั้งรหัสผ่านใหม่", "Set new password"),
    "admin_done": Text("บันทึกแล้ว", "Saved"),
    "admin_not_self": Text("ลบบัญชีของตัวเองไม่ได้", "You cannot remove your own account"),
    "passwords_differ": Text("รหัสผ่านสองช่องไม่ตรงกัน", "The two passwords differ"),
    "page_reports": Text("รายงานและส่งออกข้อมูล", "Reports and exports"),
    "report_title": Text("แบบรายงานผลการดำเนินการ", "The official report form"),
    "report_intro": Text(
        "สร้างแบบรายงานผลการดำเนินการตามแผนบูรณาการฯ จากข้อมูลชุดเดียวกับหน้าแดชบอร์ด เป็น Word, Excel และ PDF",
        "The official progress report form, made from the same data as the dashboard, as Word, Excel and PDF",
    ),
    "report_round": Text("รอบรายงาน", "Reporting round"),
    "report_round_date": Text("ณ วันที่ที่เลือกในแถบด้านข้าง: {day}", "As of the date chosen in the sidebar: {day}"),
    "report_digits": Text("ตัวเลขในรายงาน", "Digits in the report"),
    "report_digits_thai": Text("เลขไทย (๑๒๓)", "Thai (๑๒๓)"),
    "report_digits_arabic": Text("เลขอารบิก (123)", "Arabic (123)"),
    "report_all": Text(
        "แสดงทุกกิจกรรม รวมที่ยังไม่มีรายงานผล",
        "List every activity, including those with no result yet",
    ),
    "report_all_help": Text(
        "ค่าเริ่มต้นแสดงเฉพาะกิจกรรมที่มีผลการดำเนินการ ตามที่คณะทำงานกรอกแบบรายงาน",
        "By default only activities with a reported result are listed, as the working group fills the form",
    ),
    "report_chart": Text(
        "ต่อท้ายด้วยกราฟความก้าวหน้าทั้งแผน",
        "Add a chart of the whole plan's progress at the end",
    ),
    "report_chart_help": Text(
        "แบบรายงานต้นฉบับไม่มีกราฟ กราฟนี้นับทุกกิจกรรมในแผน ไม่ใช่เฉพาะรายการที่รายงาน จึงมีหัวข้อกำกับแยกไว้ท้ายแบบรายงาน",
        "The official form has no chart; this one counts every activity of the plan, not only the rows reported, "
        "so it comes at the end under its own heading",
    ),
    "report_count_guidelines": Text(
        "นับแนวทางที่แล้วเสร็จ (แทนการนับรายการที่รายงาน)",
        "Count completed guidelines (instead of reported rows)",
    ),
    "report_make": Text("สร้างรายงาน", "Make the report"),
    "report_making": Text(
        "กำลังสร้างรายงาน (วาดกราฟและพิมพ์ PDF ใช้เวลาสักครู่)…",
        "Making the report (chart and PDF take a few seconds)…",
    ),
    "report_ready": Text("รายงานพร้อมดาวน์โหลด", "The report is ready"),
    "report_docx": Text("Word (.docx)", "Word (.docx)"),
    "report_xlsx": Text("Excel (.xlsx)", "Excel (.xlsx)"),
    "report_pdf": Text("PDF", "PDF"),
    "report_no_chart": Text(
        "ไฟล์ Word และ Excel ไม่มีกราฟ เพราะเครื่องแม่ข่ายวาดกราฟไม่ได้ (ต้องติดตั้ง Chromium)",
        "The Word and Excel files have no chart: the server cannot draw it (Chromium is needed)",
    ),
    "report_failed": Text("สร้างไฟล์ {fmt} ไม่ได้: {reason}", "Could not make the {fmt} file: {reason}"),
    "report_preview": Text("สรุปผลรายมาตรการในรายงาน", "Per-measure results in the report"),
    "report_listed": Text("{count} กิจกรรมในตาราง", "{count} activities in the table"),
    "report_counts_note": Text(
        "ร้อยละในแบบรายงานคิดจากกิจกรรมที่รายงานในรอบนี้ (ตามแบบฟอร์มทางราชการ) ส่วนหน้าภาพรวมคิดจากกิจกรรมทั้งแผน "
        "ตัวเลขทั้งสองจึงต่างกันได้และถูกต้องทั้งคู่",
        "The report's percentages count the activities reported in this round (as the official form does); the "
        "overview counts the whole plan, so the two can differ and both are right.",
    ),
    "exports_title": Text("ส่งออกข้อมูล", "Exports"),
    "export_calendar": Text("กำหนดส่งงานเป็นปฏิทิน", "Deadlines as a calendar"),
    "export_calendar_note": Text(
        "นำเข้า Outlook หรือ Google Calendar ได้: หนึ่งรายการต่อกำหนดส่ง แจ้งเตือนล่วงหน้า 7 วัน นำเข้าซ้ำจะปรับรายการเดิม ไม่สร้างซ้ำ",
        "Import into Outlook or Google Calendar: one all-day event per deadline, a reminder 7 days ahead; "
        "importing again updates the events instead of duplicating them",
    ),
    "export_calendar_button": Text("ดาวน์โหลดปฏิทิน .ics ({count} กำหนดส่ง)", "Download .ics ({count} deadlines)"),
    "export_data": Text("ข้อมูลทั้งหมด", "All the data"),
    "export_data_note": Text(
        "ไฟล์ .xlsx ตามรูปแบบนำเข้า แก้ไขแล้วอัปโหลดกลับได้ทันที; CSV ทีละแผ่นงาน (UTF-8)",
        "An .xlsx in the upload format, ready to edit and upload back; CSV one sheet at a time (UTF-8)",
    ),
    "export_xlsx_button": Text("ดาวน์โหลดข้อมูล .xlsx", "Download the data (.xlsx)"),
    "export_csv_sheet": Text("แผ่นงานสำหรับ CSV", "Sheet for CSV"),
    "export_csv_button": Text("ดาวน์โหลด CSV", "Download CSV"),
    "chart_png": Text("ดาวน์โหลดกราฟ (PNG)", "Download chart (PNG)"),
    "mean_progress": Text("ความก้าวหน้าเฉลี่ย", "mean progress"),
}


def text(key: str, lang: Lang, **values: object) -> str:
    template = STRINGS[key].get(lang)
    if not values:
        return template
    filled = template.format(**values)
    return singular_ones(filled) if lang == "en" else filled
