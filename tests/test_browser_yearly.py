"""The yearly cycle in Chromium: an editor starts the next fiscal year from the plan shown; the overview
and the compare page then put the two years side by side."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from browsing import PASSWORD, SHOTS, accounts_store, go, main_text, no_error, settle, sign_in, streamlit
from plans import synthetic_fy2570

from ita_core.store.accounts import Accounts
from ita_core.store.roles import Role
from ita_core.store.snapshots import Store
from ita_core.workbook.writer import rows_from_plan, workbook_bytes

pytestmark = pytest.mark.browser

UNIT = "สำนักบริหารงานกลาง สำนักงานเลขาธิการวุฒิสภา"


def test_an_editor_starts_fy2567_and_both_years_are_compared(browser: Any, tmp_path: Path) -> None:
    url = accounts_store(tmp_path)
    with streamlit(tmp_path / "server.log", ITA_DATABASE_URL=url) as app:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = sign_in(context, app, "editor1")
        try:
            go(page, "อัปโหลดข้อมูล")
            page.get_by_role("tab", name="งานประจำปี").click()  # a yearly task, off the daily upload
            page.get_by_text("เริ่มปีงบประมาณ 2567").first.wait_for(timeout=20_000)
            page.get_by_text("ตรวจแผนนี้แล้ว เริ่มปี 2567 จากแผนนี้").click()
            settle(page)
            page.get_by_role("button", name="สร้างแผนปีงบประมาณ 2567").click()
            # FY2567 began long ago (1 ต.ค. 2566): the pages show it to everyone from now on
            page.get_by_text("สร้างแผนปีงบประมาณ 2567 แล้ว: ปีนี้เริ่มแล้ว").wait_for(timeout=30_000)
            assert "fy=2567" in page.url
            page.goto(f"{app}/upload?unit={UNIT}&fy=2566")  # back on FY2566: it cannot be started twice
            settle(page)
            page.get_by_role("tab", name="งานประจำปี").click()
            assert "มีแผนปีงบประมาณ 2567 ของหน่วยงานนี้แล้ว" in main_text(page)
            assert page.get_by_role("button", name="สร้างแผนปีงบประมาณ 2567").count() == 0

            store = Store(url)
            years = sorted((s.fiscal_year_be, s.snapshots) for s in store.streams())
            latest = store.latest(UNIT, 2567)
            assert years == [(2566, 1), (2567, 1)] and latest is not None
            rolled = store.plan(latest.id)
            assert not any(a.progress_reported for a in rolled.activities) and len(rolled.deadlines) == 25
            store.close()

            # Both years at the end of the fiscal year (FY2567's plan speaks for its last day).
            page.goto(f"{app}/?unit={UNIT}&fy=2567&as_of=2024-09-30")
            settle(page)
            page.get_by_text("เทียบกับปีงบประมาณอื่น").wait_for(timeout=20_000)
            assert "ปีงบประมาณ 2567" in main_text(page)
            go(page, "ภาพรวมส่วนราชการ")
            page.get_by_text("ปีงบประมาณของ").first.wait_for(timeout=20_000)
            text = main_text(page)
            assert "ปีงบประมาณ 2566" in text and "ปีงบประมาณ 2567" in text
            assert "7/26 (26.92%)" in text and "0/26 (0.00%)" in text  # whole plan, each year
            SHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SHOTS / "compare_years_1280x900.png"), full_page=True)
            no_error(page)
        finally:
            context.close()


def test_a_year_made_ahead_leaves_every_open_screen_on_the_year_in_progress(browser: Any, tmp_path: Path) -> None:
    """The machine's clock is in FY2570, so the store holds a SYNTHETIC FY2570 plan (``plans.synthetic_fy2570``).
    An editor on a laptop makes FY2571 while a viewer's phone shows the overview in English: the phone stays
    on FY2570, live (a later FY2570 revision reaches it), after a reload and in a new tab; FY2571 is one link
    away."""
    url = f"sqlite:///{tmp_path / 'ita.sqlite3'}"
    store = Store(url)
    plan = synthetic_fy2570()
    weekday = plan.activities[0].activity_id  # a deadline written with its weekday: a Sunday a year on
    plan = replace(plan, activities=tuple(
        a._replace(due_text="วันศุกร์ที่ 30 ก.ค. 2570") if a.activity_id == weekday else a for a in plan.activities
    ))  # fmt: skip
    store.publish(workbook_bytes(rows_from_plan(plan)), "synthetic-fy2570.xlsx", plan, "tests", "SYNTHETIC", None)
    Accounts(store.engine).add("editor1", PASSWORD, Role.EDITOR)
    with streamlit(tmp_path / "server.log", ITA_DATABASE_URL=url, ITA_WATCH_SECONDS="2") as app:
        phone = browser.new_context(viewport={"width": 390, "height": 844})
        laptop = browser.new_context(viewport={"width": 1366, "height": 768})
        try:
            viewer = phone.new_page()
            viewer.goto(f"{app}/?lang=en")
            settle(viewer)
            before = main_text(viewer)
            assert "Fiscal year 2570" in before and "7/26" in before

            editor = sign_in(laptop, app, "editor1")
            go(editor, "อัปโหลดข้อมูล")
            editor.get_by_role("tab", name="งานประจำปี").click()
            editor.get_by_text("ตรวจแผนนี้แล้ว เริ่มปี 2571 จากแผนนี้").click()
            settle(editor)
            editor.get_by_role("button", name="สร้างแผนปีงบประมาณ 2571").click()
            editor.get_by_text("สร้างแผนปีงบประมาณ 2571 แล้ว: คุณกำลังดูปีนี้").wait_for(timeout=30_000)
            assert "1 ตุลาคม 2570" in main_text(editor)  # the day everyone else's screens turn to it
            said = main_text(editor)  # the weekday followed the date, and the editor is told
            assert f"กิจกรรม {weekday} คอลัมน์ กำหนดส่ง: วันในสัปดาห์เปลี่ยนตามวันที่ของปีใหม่ (วันศุกร์ → วันอาทิตย์)" in said
            SHOTS.mkdir(parents=True, exist_ok=True)
            for width, height in ((1920, 1080), (1366, 768), (390, 844)):
                editor.set_viewport_size({"width": width, "height": height})
                editor.wait_for_timeout(500)
                editor.screenshot(path=str(SHOTS / f"year_started_notice_{width}.png"))
            editor.set_viewport_size({"width": 1366, "height": 768})

            viewer.wait_for_timeout(6_000)  # three of the open page's looks for news
            settle(viewer)
            assert main_text(viewer) == before

            # The viewer's page is live, and stays on FY2570: a new FY2570 revision reaches it.
            latest = store.latest(plan.unit, 2570)
            assert latest is not None
            open_id = next(a.activity_id for a in plan.activities if not a.completed)
            done = replace(plan, activities=tuple(
                a._replace(progress=Decimal(100), progress_reported=True) if a.activity_id == open_id else a
                for a in plan.activities
            ))  # fmt: skip
            store.publish(workbook_bytes(rows_from_plan(done)), "synthetic.xlsx", done, "tests", "SYNTHETIC", latest.id)
            viewer.get_by_text("8/26").first.wait_for(timeout=30_000)
            assert "Fiscal year 2570" in main_text(viewer)

            viewer.reload()
            settle(viewer)
            assert "Fiscal year 2570" in main_text(viewer)
            fresh = phone.new_page()
            fresh.goto(app)
            settle(fresh)
            assert "ปีงบประมาณ 2570" in main_text(fresh)
            fresh.goto(f"{app}/?fy=2571")  # reachable by its link before it begins
            settle(fresh)
            assert "ปีงบประมาณ 2571" in main_text(fresh) and "0/26" in main_text(fresh)
            made = store.latest(plan.unit, 2571)
            assert made is not None
            rolled = store.plan(made.id)
            assert rolled.activity(weekday).due_text == "วันอาทิตย์ที่ 30 ก.ค. 2571"
            no_error(viewer)
            no_error(editor)
        finally:
            phone.close()
            laptop.close()
            store.close()
