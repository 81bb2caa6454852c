"""Signed-in pages, uploading, previewing, publishing, history and accounts, through AppTest.

AppTest has no browser and so no cookies: ``browser`` stands in for one, holding the session
token that the sign-in route would have set (the routes themselves are tested in test_server.py,
the whole round trip in test_browser.py).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from plans import shipped_with_1_4_done
from streamlit.testing.v1 import AppTest
from workbooks import valid_book

from ita_core import read_workbook
from ita_core.paths import REPO_ROOT, SHIPPED_WORKBOOK
from ita_core.store.accounts import Accounts
from ita_core.store.roles import Role
from ita_core.store.sessions import Sessions
from ita_core.store.snapshots import ANY, Store
from ita_ui import auth

PASSWORD = "a long enough password"
UNIT = "สำนักบริหารงานกลาง สำนักงานเลขาธิการวุฒิสภา"


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    url = f"sqlite:///{tmp_path / 'ita.sqlite3'}"
    monkeypatch.setenv("ITA_DATABASE_URL", url)
    monkeypatch.delenv("ITA_WORKBOOK", raising=False)
    monkeypatch.delenv("ITA_REQUIRE_LOGIN", raising=False)
    store = Store(url)
    store.seed()
    accounts = Accounts(store.engine)
    accounts.add("editor1", PASSWORD, Role.EDITOR)
    accounts.add("admin1", PASSWORD, Role.ADMIN)
    accounts.add("viewer1", PASSWORD, Role.VIEWER)
    return store


class Browser:
    """The cookie jar of one browser: the session token its sign-in left, if any."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.token: str | None = None

    def sign_in(self, name: str) -> None:
        self.token = Sessions(self.store.engine).start(name, "127.0.0.1")


@pytest.fixture(autouse=True)
def _fresh_upload_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test is a minute of its own for the per-editor limit on file checks (10 a minute, kept per
    app process): the tests of this module together upload more than that as editor1 within seconds."""
    from ita_core.ratelimit import RateLimit
    from ita_ui import publishing

    monkeypatch.setattr(publishing, "_CHECKS", RateLimit(publishing.CHECKS_PER_MINUTE, 60.0))


@pytest.fixture
def browser(store: Store, monkeypatch: pytest.MonkeyPatch) -> Browser:
    jar = Browser(store)
    monkeypatch.setattr(auth, "client_token", lambda: jar.token)
    return jar


def app() -> AppTest:
    return AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=60).run()


def go(at: AppTest, page: str) -> AppTest:
    return at.switch_page(page).run()


def button(at: AppTest, label: str) -> Any:
    return next(b for b in at.button if b.label == label)


def links(at: AppTest) -> set[str]:
    """URL paths of the sidebar's navigation (the default page, the overview, has the empty path)."""
    return {link.proto.page or "overview" for link in at.sidebar.get("page_link")}


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [s.value for s in at.header]
    parts += [t.value for t in at.title] + [i.value for i in at.info] + [e.value for e in at.error]
    parts += [s.value for s in at.success] + [w.value for w in at.warning]
    return "\n".join(str(p) for p in parts)


def test_a_viewer_sees_no_upload_or_admin_page(store: Store, browser: Browser) -> None:
    at = app()
    assert {"upload", "admin"}.isdisjoint(links(at))
    assert {"overview", "history", "compare", "account"} <= links(at)
    go(at, "pages/upload.py")  # typed or bookmarked: the page asks to sign in, and says where it leads
    assert "เข้าสู่ระบบเพื่อไปที่หน้า อัปโหลดข้อมูล" in texts(at)
    assert not at.get("file_uploader")
    browser.sign_in("viewer1")
    at.run()
    assert "upload" not in links(at)
    assert "บัญชี viewer1 (ผู้ดู) เปิดหน้านี้ไม่ได้" in texts(at)
    assert not at.get("file_uploader")


def test_signed_in_pages_follow_the_session_row(store: Store, browser: Browser) -> None:
    browser.sign_in("editor1")
    at = app()
    assert "upload" in links(at)
    assert "เข้าสู่ระบบเป็น editor1" in texts(at)
    Accounts(store.engine).set_role("editor1", Role.VIEWER)  # an administrator changes the role elsewhere
    at.run()
    assert "upload" not in links(at)
    Sessions(store.engine).revoke("editor1")
    at.run()
    assert "เข้าสู่ระบบเป็น" not in texts(at)
    assert "การเข้าสู่ระบบสิ้นสุดแล้ว" in texts(at)  # said once
    at.run()
    assert "การเข้าสู่ระบบสิ้นสุดแล้ว" not in texts(at)


def test_the_plan_as_written_in_word_is_read_then_previewed(store: Store, browser: Browser) -> None:
    from seed_docx import seed_docx

    browser.sign_in("editor1")
    at = app()
    go(at, "pages/upload.py")
    at.get("file_uploader")[0].upload("แผน.docx", seed_docx()).run()
    assert not at.exception
    assert "ฉบับที่ 1 เผยแพร่โดย system" in texts(at)  # the usual preview, against the shipped plan
    assert "ข้อมูลในไฟล์เหมือนข้อมูลปัจจุบันทุกอย่าง" in texts(at)  # every figure as the shipped plan has it
    assert len(store.history(UNIT, 2566)) == 1  # nothing stored by previewing


def test_a_word_plan_with_problems_offers_its_converted_workbook_beside_them(store: Store, browser: Browser) -> None:
    from office_plans import plan_c

    browser.sign_in("editor1")
    at = app()
    go(at, "pages/upload.py")
    at.get("file_uploader")[0].upload("แผนสำนักงาน.docx", plan_c()).run()
    assert not at.exception
    assert "แผนจากไฟล์ Word ถูกแปลงเป็นไฟล์ Excel ตามแม่แบบ" in texts(at)
    (download,) = [d for d in at.get("download_button") if d.proto.label == "ดาวน์โหลดไฟล์ Excel ที่แปลงแล้ว"]
    assert download.proto.url.endswith(".xlsx")  # the converted workbook (its name is checked in Chromium)
    problems = at.table[0].value
    places = set(zip(problems.iloc[:, 0], problems.iloc[:, 1], strict=True))
    assert ("Word", "ตาราง 2 แถว 5 คอลัมน์ โครงการ/กิจกรรม") in places  # where, as the reader said
    assert not [b for b in at.button if b.label == "เผยแพร่"]  # nothing to publish until it is fixed


def test_editor_uploads_previews_and_publishes(store: Store, browser: Browser) -> None:
    browser.sign_in("editor1")
    at = app()
    assert "เข้าสู่ระบบเป็น editor1" in texts(at)
    assert "upload" in links(at)
    go(at, "pages/upload.py")
    at.get("file_uploader")[0].upload("plan.xlsx", shipped_with_1_4_done()).run()
    assert not at.exception
    assert "ผลการดำเนินการที่เปลี่ยน (1)" in texts(at)
    assert "ฉบับที่ 1 เผยแพร่โดย system" in texts(at)
    changed = at.dataframe[0].value.iloc[0]
    assert (changed["ลำดับ"], changed["จาก"], changed["เป็น"]) == ("1.4", "ยังไม่มีรายงานผล", "100.00%")
    assert len(store.history(UNIT, 2566)) == 1  # nothing stored by previewing

    button(at, "เผยแพร่").click().run()
    assert "ใส่หมายเหตุก่อนเผยแพร่" in texts(at)
    at.text_area(key="publish_comment").input("รายงานรอบ 6 เดือน แก้ 1.4")
    button(at, "เผยแพร่").click().run()
    assert "เผยแพร่แล้ว: ฉบับที่ 2" in texts(at)
    latest = store.latest(UNIT, 2566)
    assert latest is not None and (latest.revision, latest.published_by, latest.comment) == (
        2,
        "editor1",
        "รายงานรอบ 6 เดือน แก้ 1.4",
    )
    overview = go(at, "pages/overview.py")
    assert {m.label: m.value for m in overview.metric}["กิจกรรมที่แล้วเสร็จ"] == "8/26"
    assert "ความคืบหน้าตามข้อมูลแต่ละฉบับ" in texts(overview)  # the trend now has two points


def test_a_file_older_than_the_published_one_is_said_before_publishing(store: Store, browser: Browser) -> None:
    """Last quarter's copy, uploaded by mistake, put the dashboard back to older figures: the preview only
    listed ข้อมูล ณ วันที่ among the changed headers."""
    from ita_core.workbook.writer import rows_from_plan, workbook_bytes

    rows = rows_from_plan(read_workbook(SHIPPED_WORKBOOK).plan)
    rows.unit["as_of"] = date(2022, 12, 31)  # the shipped plan is as of 31 March 2566
    browser.sign_in("editor1")
    at = go(app(), "pages/upload.py")
    at.get("file_uploader")[0].upload("old.xlsx", workbook_bytes(rows)).run()
    assert not at.exception
    assert [w.value for w in at.warning] == [
        "ไฟล์นี้เป็นข้อมูล ณ 31 ธ.ค. 2565 เก่ากว่าฉบับที่เผยแพร่อยู่ (ฉบับที่ 1, ข้อมูล ณ 31 มี.ค. 2566): "
        "ถ้าเผยแพร่ แดชบอร์ดจะกลับไปแสดงตัวเลขที่เก่ากว่า ตรวจว่าเลือกไฟล์ล่าสุด"
    ]
    at.get("file_uploader")[0].upload("plan.xlsx", shipped_with_1_4_done()).run()  # the same day: nothing said
    assert not at.warning and "ผลการดำเนินการที่เปลี่ยน (1)" in texts(at)


def test_broken_upload_shows_cell_errors_and_changes_nothing(store: Store, browser: Browser) -> None:
    book = valid_book()
    book.set("กิจกรรม", "H2", 150)
    book.set("การมีส่วนร่วม", "C2", 200)
    browser.sign_in("editor1")
    at = app()
    go(at, "pages/upload.py")
    at.get("file_uploader")[0].upload("bad.xlsx", book.to_bytes()).run()
    assert "พบ 2 ปัญหาที่ต้องแก้ในไฟล์" in texts(at)
    problems = at.table[0].value
    assert problems[["แผ่นงาน", "เซลล์"]].values.tolist() == [["กิจกรรม", "H2"], ["การมีส่วนร่วม", "C2"]]
    assert not any(b.label == "เผยแพร่" for b in at.button)
    assert len(store.history(UNIT, 2566)) == 1


def test_not_a_workbook_upload(store: Store, browser: Browser) -> None:
    browser.sign_in("editor1")
    at = app()
    go(at, "pages/upload.py")
    at.get("file_uploader")[0].upload("plan.xlsx", b"%PDF-1.7 not a workbook").run()
    assert "ไม่สามารถอ่านไฟล์นี้ได้" in texts(at)
    assert "ไม่ใช่ไฟล์ Excel" in "\n".join(str(t.value) for t in at.text)  # plain text, never Markdown


def test_publishing_after_someone_else_published_shows_the_new_preview(store: Store, browser: Browser) -> None:
    browser.sign_in("editor1")
    at = app()
    go(at, "pages/upload.py")
    at.get("file_uploader")[0].upload("plan.xlsx", shipped_with_1_4_done()).run()
    # Meanwhile another editor publishes from the command line.
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    store.publish(SHIPPED_WORKBOOK.read_bytes(), "other.xlsx", plan, "editor2", "ของคนอื่น", ANY)
    at.text_area(key="publish_comment").input("ของฉัน")
    button(at, "เผยแพร่").click().run()
    assert "มีผู้เผยแพร่ข้อมูลของหน่วยงานและปีงบประมาณนี้หลังจากที่คุณดูตัวอย่าง" in texts(at)
    assert "ฉบับที่ 2 เผยแพร่โดย editor2" in texts(at)  # the preview is now against their revision
    assert [h.published_by for h in store.history(UNIT, 2566)] == ["editor2", "system"]
    button(at, "เผยแพร่").click().run()
    assert "เผยแพร่แล้ว: ฉบับที่ 3" in texts(at)


def test_cancel_clears_the_upload(store: Store, browser: Browser) -> None:
    browser.sign_in("editor1")
    at = app()
    go(at, "pages/upload.py")
    at.get("file_uploader")[0].upload("plan.xlsx", shipped_with_1_4_done()).run()
    button(at, "ยกเลิก").click().run()
    assert not any(b.label == "เผยแพร่" for b in at.button)
    assert len(store.history(UNIT, 2566)) == 1


def test_history_compare_and_rollback(store: Store, browser: Browser) -> None:
    plan = read_workbook(shipped_with_1_4_done()).plan
    assert plan is not None
    store.publish(shipped_with_1_4_done(), "r2.xlsx", plan, "editor1", "แก้ 1.4", ANY)
    at = app()
    at = go(at, "pages/history.py")
    table = at.dataframe[0].value
    assert table["ฉบับที่"].tolist() == [2, 1]
    assert table["โดย"].tolist() == ["editor1", "ระบบ"]  # the program's own seed, in the reader's language
    assert table["ความก้าวหน้าเฉลี่ย"].tolist() == ["30.76%", "26.92%"]  # revisions told apart
    # A phone lists the revisions instead (the table scrolled sideways at 390 px), each field named.
    phone = next(m.value for m in at.markdown if m.value.startswith("- **ฉบับที่ 2**")).replace("\\", "")  # escaped
    assert "โดย editor1 · แก้ 1.4 · ข้อมูล ณ วันที่ 31 มี.ค. 2566 · แล้วเสร็จ 8/26" in phone
    assert "ความก้าวหน้าเฉลี่ย 30.76%" in phone and "- **ฉบับที่ 1**" in phone
    assert "ผลการดำเนินการที่เปลี่ยน (1)" in texts(at)  # revision 1 → 2 compared by default
    assert not any(b.label == "ย้อนกลับ" for b in at.button)  # viewers cannot roll back
    assert [d.proto.label for d in at.get("download_button")] == [
        f"r2.xlsx ({len(shipped_with_1_4_done()) / 1024:.0f} KB)"
    ]

    browser.sign_in("editor1")
    go(at, "pages/history.py")
    latest = store.history(UNIT, 2566)[0]
    at.checkbox(key=f"rollback_sure_{latest.id}").check().run()
    button(at, "ย้อนกลับ").click().run()
    history = store.history(UNIT, 2566)
    assert [(h.revision, h.rolled_back_from) for h in history] == [(3, history[-1].id), (2, None), (1, None)]
    assert not store.plan(history[0].id).activity("1.4").completed
    # After the page redraws: it says what the rollback made, and the confirmation is unchecked again.
    assert "ย้อนกลับแล้ว: ฉบับที่ 3 มีข้อมูลเท่ากับฉบับที่ 1" in texts(at)
    assert at.checkbox(key=f"rollback_sure_{history[0].id}").value is False
    assert at.dataframe[0].value["หมายเหตุ"].tolist()[0] == "ย้อนกลับไปใช้ข้อมูลฉบับที่ 1"  # said once
    assert button(at, "ย้อนกลับ").disabled  # a second click rolls nothing back until the new box is ticked


def test_admin_manages_accounts(store: Store, browser: Browser) -> None:
    browser.sign_in("editor1")
    at = app()
    assert "admin" not in links(at)
    browser.sign_in("admin1")
    at = app()
    assert "admin" in links(at)
    go(at, "pages/admin.py")
    at.text_input(key="admin_new_name").input("somying")
    at.text_input(key="admin_new_password").input(PASSWORD)
    at.text_input(key="admin_new_password_again").input(PASSWORD)
    at.selectbox(key="admin_new_role").set_value(Role.EDITOR)
    button(at, "เพิ่มผู้ใช้").click().run()
    assert "บันทึกแล้ว" in texts(at)
    assert Accounts(store.engine).get("somying").role is Role.EDITOR  # type: ignore[union-attr]


def test_compare_units(store: Store) -> None:
    plan = read_workbook(valid_book().to_bytes()).plan
    assert plan is not None
    store.publish(valid_book().to_bytes(), "other.xlsx", plan, "editor1", "", ANY)  # สำนักทดสอบ, FY2566
    at = go(app(), "pages/compare.py")
    ranking = at.dataframe[0].value
    # Ranked units by their short names, then the agency's totals: 1 + 7 of 3 + 26 activities.
    names = [unquote(link.split("#", 1)[1]) for link in ranking["หน่วยงาน"]]  # each a link; its text in the fragment
    assert names == ["สำนักทดสอบ", "สำนักบริหารงานกลาง", "รวมทั้งส่วนราชการ"]
    assert ranking["หน่วยงาน"].tolist()[1].startswith("./?unit=")  # the bureau's overview, this view kept
    assert ranking["แล้วเสร็จ (ร้อยละ)"].tolist() == ["33.33%", "26.92%", "27.58%"]  # 8/29, truncated
    assert ranking["กิจกรรม"].tolist() == ["1/3", "7/26", "8/29"]
    assert at.selectbox(key="stream_picker") is not None  # two units: the sidebar offers a choice


def test_login_can_be_required(store: Store, browser: Browser, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITA_REQUIRE_LOGIN", "1")
    at = app()
    assert [link.proto.label for link in at.sidebar.get("page_link")] == ["เข้าสู่ระบบ"]  # nothing else exists
    assert "เข้าสู่ระบบเพื่อไปที่หน้า ภาพรวม" in texts(at)  # the sign-in form, not the figures
    assert not at.metric
    go(at, "pages/history.py")  # a deep link: the sign-in form too, never "page not found"
    assert "เข้าสู่ระบบเพื่อไปที่หน้า ประวัติข้อมูล" in texts(at)
    browser.sign_in("viewer1")
    at = go(at, "pages/overview.py")
    assert "overview" in links(at)
    assert at.metric


def test_sessions_expire_when_idle(store: Store, browser: Browser, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITA_SESSION_MINUTES", "0")
    browser.sign_in("editor1")
    at = app()
    assert "การเข้าสู่ระบบสิ้นสุดแล้ว" in texts(at)
    assert "upload" not in links(go(at, "pages/account.py"))


def test_an_unpublished_upload_comes_back_after_a_reload(store: Store, browser: Browser) -> None:
    browser.sign_in("editor1")
    at = go(app(), "pages/upload.py")
    at.get("file_uploader")[0].upload("แผน.xlsx", shipped_with_1_4_done()).run()
    assert "ผลการดำเนินการที่เปลี่ยน (1)" in texts(at)
    at.text_area(key="publish_comment").input("รอบ 6 เดือน: 1.4 เสร็จแล้ว").run()  # typed, not yet sent
    reloaded = go(app(), "pages/upload.py")  # a new browser connection: nothing in its memory
    assert "ไฟล์ แผน\\.xlsx ที่ตรวจไว้เมื่อ" in texts(reloaded)  # the name shown as plain text
    assert "ผลการดำเนินการที่เปลี่ยน (1)" in texts(reloaded)
    assert reloaded.text_area(key="publish_comment").value == "รอบ 6 เดือน: 1.4 เสร็จแล้ว"  # the comment too
    reloaded.text_area(key="publish_comment").input("หลังรีโหลด")
    button(reloaded, "เผยแพร่").click().run()
    assert "เผยแพร่แล้ว: ฉบับที่ 2" in texts(reloaded)
    assert "ที่ตรวจไว้เมื่อ" not in texts(go(app(), "pages/upload.py"))  # published: the draft is gone


def test_a_macro_workbook_is_refused_with_what_to_do(store: Store, browser: Browser) -> None:
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(shipped_with_1_4_done()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 macro")
    browser.sign_in("editor1")
    at = go(app(), "pages/upload.py")
    at.get("file_uploader")[0].upload("../../../etc/cron.d/evil.xlsm", out.getvalue()).run()
    assert "บันทึกเป็น > สมุดงาน Excel (.xlsx) ก่อน" in "\n".join(str(t.value) for t in at.text)
    assert len(store.history(UNIT, 2566)) == 1


def test_the_page_a_check_in_and_the_command_line_publish_through_one_door(
    store: Store, browser: Browser, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Every write of a new revision goes through ``ita_core.store.publishing.publish``: the upload page's
    publish, a reporter's check-in published at once, and ``python -m ita_core import`` of a Word plan."""
    from decimal import Decimal

    from commands import run
    from seed_docx import seed_docx

    from ita_core.checkin import Report
    from ita_core.store import publishing as door
    from ita_core.store.checkins import CheckIns

    through: list[tuple[str, str]] = []
    real = door.publish

    def publish(*args: Any, **kwargs: Any) -> Any:
        made = real(*args, **kwargs)
        through.append((args[2], made.file_name))
        return made

    monkeypatch.setattr(door, "publish", publish)

    browser.sign_in("editor1")  # 1. the upload page
    at = go(app(), "pages/upload.py")
    at.get("file_uploader")[0].upload("แผน.xlsx", shipped_with_1_4_done()).run()
    assert "ผลการดำเนินการที่เปลี่ยน (1)" in texts(at), texts(at)
    at.text_area(key="publish_comment").input("รอบ 6 เดือน").run()
    button(at, "เผยแพร่").click().run()
    assert "เผยแพร่แล้ว: ฉบับที่ 2" in texts(at)

    editor = Accounts(store.engine).get("editor1")  # 2. a check-in, published at once
    assert editor is not None
    check_ins = CheckIns(store)
    check_ins.set_need_approval(UNIT, False, editor)
    base = store.latest(UNIT, 2566)
    assert base is not None
    check_ins.submit(editor, base, store.plan(base.id), "1.2", Report(Decimal(80), actions="ประชุมแล้ว"))

    plan = tmp_path / "แผน ๒๕๖๖.docx"  # 3. the command line, with the plan as written in Word
    plan.write_bytes(seed_docx(whole=True))
    code, _, err = run("import", str(plan), "--user", "editor1", "--comment", "จากไฟล์ Word")
    assert code == 0, err

    assert through == [("editor1", "แผน.xlsx"), ("editor1", "check-in-editor1.xlsx"), ("editor1", "แผน ๒๕๖๖.xlsx")]
    assert [info.revision for info in store.history(UNIT, 2566)][:3] == [4, 3, 2]


def test_an_editor_of_another_unit_is_refused_on_the_pages(store: Store, browser: Browser) -> None:
    from ita_core.store.units import Units

    Units(store.engine).add("สำนักทดสอบ", parent="สำนักงานเลขาธิการวุฒิสภา")
    Accounts(store.engine).add("ed_other", PASSWORD, Role.EDITOR, unit="สำนักทดสอบ")
    plan = read_workbook(shipped_with_1_4_done()).plan
    assert plan is not None
    store.publish(shipped_with_1_4_done(), "r2.xlsx", plan, "editor1", "แก้ 1.4", ANY)
    browser.sign_in("ed_other")
    at = go(app(), "pages/upload.py")  # an editor somewhere: the page opens
    at.get("file_uploader")[0].upload("plan.xlsx", shipped_with_1_4_done()).run()
    assert not at.exception
    assert f"บัญชี ed_other ไม่มีสิทธิ์เผยแพร่ข้อมูลของหน่วยงาน '{UNIT}'" in texts(at)
    assert not any(b.label == "เผยแพร่" for b in at.button)  # refused before a preview is offered
    assert not any(t.label and "อนุมัติ" in t.label for t in at.toggle)  # the bureau's queue is not this editor's
    history = go(at, "pages/history.py")
    assert not any(b.label == "ย้อนกลับ" for b in history.button)
    assert len(store.history(UNIT, 2566)) == 2  # nothing written

    near = valid_book()
    near.set("ข้อมูลหน่วยงาน", "B1", "สำนักบริหารงานกลง")
    at = go(at, "pages/upload.py")
    at.get("file_uploader")[0].upload("near.xlsx", near.to_bytes()).run()
    assert (
        f"หน่วยงาน 'สำนักบริหารงานกลง' (แผ่นงาน ข้อมูลหน่วยงาน แถว หน่วยงาน คอลัมน์ B) ไม่มีในระบบ: หมายถึง '{UNIT}' หรือไม่"
        in texts(at)
    )


def test_admin_gives_roles_per_unit_and_manages_units(store: Store, browser: Browser) -> None:
    from ita_core.store.units import Units

    Accounts(store.engine).add("unit_admin", PASSWORD, Role.ADMIN, unit=UNIT)
    browser.sign_in("unit_admin")
    assert "admin" not in links(app())  # an admin of one bureau does not manage the organisation's accounts
    browser.sign_in("admin1")
    at = go(app(), "pages/admin.py")
    at.text_input(key="admin_unit_new_name").input("สำนักการประชุม สำนักงานเลขาธิการวุฒิสภา")
    at.text_input(key="admin_unit_new_short").input("สำนักการประชุม")
    at.selectbox(key="admin_unit_new_parent").set_value("สำนักงานเลขาธิการวุฒิสภา")
    button(at, "เพิ่มหน่วยงาน").click().run()
    assert "บันทึกแล้ว" in texts(at)
    meeting = Units(store.engine).resolve("สำนักการประชุม")
    at.selectbox(key="admin_target").set_value("editor1").run()
    at.selectbox(key="admin_role_unit").set_value(meeting).run()
    at.selectbox(key="admin_role_choice").set_value(Role.EDITOR)
    button(at, "บันทึกสิทธิ์").click().run()
    at.selectbox(key="admin_role_unit").set_value("*").run()
    button(at, "ถอนสิทธิ์ในหน่วยงานนี้").click().run()
    editor = Accounts(store.engine).get("editor1")
    assert editor is not None and editor.grants == ((meeting, Role.EDITOR),)
    assert "ผู้แก้ไขข้อมูล · สำนักการประชุม" in at.dataframe[0].value.to_string()  # the table says the same
    assert not at.exception, at.exception
    at.text_input(key="admin_unit_new_name").input("สำนักการประชุม  สำนักงานเลขาธิการวุฒิสภา")
    button(at, "เพิ่มหน่วยงาน").click().run()
    assert "ซ้ำหรือใกล้เคียง" in texts(at)  # two spaces do not make another unit


def test_with_login_required_an_account_sees_the_units_of_its_roles(
    store: Store, browser: Browser, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ita_core.store.units import Units

    monkeypatch.setenv("ITA_REQUIRE_LOGIN", "1")
    Units(store.engine).add("สำนักทดสอบ", parent="สำนักงานเลขาธิการวุฒิสภา")
    plan = read_workbook(valid_book().to_bytes()).plan
    assert plan is not None
    store.publish(valid_book().to_bytes(), "other.xlsx", plan, "editor1", "", ANY)  # published last
    accounts = Accounts(store.engine)
    accounts.add("bureau_viewer", PASSWORD, Role.VIEWER, unit=UNIT)
    accounts.add("nobody", PASSWORD, Role.VIEWER, unit="สำนักทดสอบ")
    accounts.revoke("nobody", "สำนักทดสอบ")
    accounts.add("executive", PASSWORD, Role.VIEWER, unit="สำนักงานเลขาธิการวุฒิสภา")

    browser.sign_in("bureau_viewer")
    at = app()  # the unit published last is not this account's: it opens on its own bureau
    assert {m.label: m.value for m in at.metric}["กิจกรรมที่แล้วเสร็จ"] == "7/26"
    assert not [box for box in at.selectbox if box.key == "stream_picker"]  # one unit to see: no choice offered
    at = go(at, "pages/compare.py")
    names = [unquote(link.split("#", 1)[1]) for link in at.dataframe[0].value["หน่วยงาน"]]
    assert names == ["สำนักบริหารงานกลาง", "รวมทั้งส่วนราชการ"]  # only its own, and totals over it
    at = go(at, "pages/overview.py")
    at.query_params["unit"] = "สำนักทดสอบ"  # another unit's address: as if it held no such unit
    at.run()
    assert {m.label: m.value for m in at.metric}["กิจกรรมที่แล้วเสร็จ"] == "7/26"

    browser.sign_in("executive")  # a role in the agency: every bureau under it
    at = go(app(), "pages/compare.py")
    names = [unquote(link.split("#", 1)[1]) for link in at.dataframe[0].value["หน่วยงาน"]]
    assert names == ["สำนักทดสอบ", "สำนักบริหารงานกลาง", "รวมทั้งส่วนราชการ"]

    browser.sign_in("nobody")
    at = app()
    assert "บัญชีนี้ยังไม่มีสิทธิ์ดูหน่วยงานใด" in texts(at) and not at.metric


def test_renaming_a_unit_on_the_page_keeps_its_parent_and_its_history(store: Store, browser: Browser) -> None:
    from ita_core.store.units import Units

    browser.sign_in("admin1")
    at = go(app(), "pages/admin.py")
    at.selectbox(key="admin_unit_old").set_value(UNIT).run()
    at.text_input(key="admin_unit_renamed").input("สำนักบริหารกลาง สำนักงานเลขาธิการวุฒิสภา")
    button(at, "บันทึกหน่วยงาน").click().run()
    assert "บันทึกแล้ว" in texts(at)
    renamed = Units(store.engine).organisation().get("สำนักบริหารกลาง สำนักงานเลขาธิการวุฒิสภา")
    assert renamed is not None and renamed.parent == "สำนักงานเลขาธิการวุฒิสภา"  # untouched fields stay as they were
    assert renamed.short_name == "สำนักบริหารงานกลาง"
    assert [h.revision for h in store.history(renamed.name, 2566)] == [1]  # the shipped snapshot came along


def test_the_overviews_trend_shows_the_latest_revisions_and_says_how_many_there_are(store: Store) -> None:
    """A year of weekly publishes must not make every overview heavier: the trend draws the latest
    ``TREND_REVISIONS`` and says how many there are in all, and where to see them."""
    from ita_core.views import TREND_REVISIONS

    data = SHIPPED_WORKBOOK.read_bytes()
    plan = read_workbook(data).plan
    assert plan is not None
    for _ in range(TREND_REVISIONS + 1):  # the seed is the first: TREND_REVISIONS + 2 in all
        store.publish(data, "ita_fy2566.xlsx", plan, "editor1", "", ANY)
    total = TREND_REVISIONS + 2
    overview = app()
    assert f"แสดง {TREND_REVISIONS} ฉบับล่าสุดจากทั้งหมด {total} ฉบับ" in texts(overview)
    (trend,) = [c for c in overview.get("plotly_chart") if c.proto.id.endswith("-trend")]
    spec = json.loads(trend.proto.spec)
    steps = {x for line in spec["data"] for x in line["x"]}
    assert len(steps) == TREND_REVISIONS
    assert f"ฉบับที่ {total}" in json.dumps(spec["layout"]["xaxis"]["ticktext"], ensure_ascii=False)


@pytest.mark.parametrize(("warned", "open_"), [(2, True), (21, False)])
def test_warnings_are_open_to_read_before_publishing_unless_there_are_many(
    store: Store, browser: Browser, warned: int, open_: bool
) -> None:
    """Each warning says how the plan was read (a cancelled activity still counted, a day due not counted): under
    a closed "คำเตือน (2)", a plan was published without them read. A long list stays closed under its count."""
    from ita_core.workbook.writer import rows_from_plan, workbook_bytes

    rows = rows_from_plan(read_workbook(SHIPPED_WORKBOOK).plan)
    due = {d["activity_id"] for d in rows.deadlines}
    with_deadlines = [a for a in rows.activities if a["activity_id"] in due or a["due_text"]]
    for activity in with_deadlines[:warned]:
        activity["remarks"] = "ส่งรายงานสรุป 14 ก.ค. 66"  # a day due in words, none of its deadlines: a warning
    browser.sign_in("editor1")
    at = go(app(), "pages/upload.py")
    at.get("file_uploader")[0].upload("plan.xlsx", workbook_bytes(rows)).run()
    assert not at.exception and not at.error
    (warnings,) = at.expander
    assert (warnings.label, warnings.proto.expanded) == (f"คำเตือน ({warned})", open_)
