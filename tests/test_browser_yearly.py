"""The yearly cycle in Chromium: an editor starts the next fiscal year from the plan shown; the overview
and the compare page then put the two years side by side."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browsing import SHOTS, accounts_store, go, main_text, no_error, settle, sign_in, streamlit

from ita_core.store.snapshots import Store

pytestmark = pytest.mark.browser

UNIT = "สำนักบริหารงานกลาง สำนักงานเลขาธิการวุฒิสภา"


def test_an_editor_starts_fy2567_and_both_years_are_compared(browser: Any, tmp_path: Path) -> None:
    url = accounts_store(tmp_path)
    with streamlit(tmp_path / "server.log", ITA_DATABASE_URL=url) as app:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = sign_in(context, app, "editor1")
        try:
            go(page, "อัปโหลดข้อมูล")
            page.get_by_text("เริ่มปีงบประมาณ 2567").first.wait_for(timeout=20_000)
            page.get_by_text("ตรวจแผนนี้แล้ว เริ่มปี 2567 จากแผนนี้").click()
            settle(page)
            page.get_by_role("button", name="สร้างแผนปีงบประมาณ 2567").click()
            page.get_by_text("เริ่มแผนปีงบประมาณ 2567 แล้ว").wait_for(timeout=30_000)
            assert "fy=2567" in page.url  # the pages now show the new year
            page.goto(f"{app}/upload?unit={UNIT}&fy=2566")  # back on FY2566: it cannot be started twice
            settle(page)
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
            go(page, "เปรียบเทียบหน่วยงาน")
            page.get_by_text("ปีงบประมาณของ").first.wait_for(timeout=20_000)
            text = main_text(page)
            assert "ปีงบประมาณ 2566" in text and "ปีงบประมาณ 2567" in text
            assert "7/26 (26.92%)" in text and "0/26 (0.00%)" in text  # whole plan, each year
            SHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SHOTS / "compare_years_1280x900.png"), full_page=True)
            no_error(page)
        finally:
            context.close()
