"""The agency page and its meeting slide in Chromium, with three bureaus published (synthetic plans made
by code for this test) beside the shipped bureau, which has no plan for the year and is flagged.

The totals are checked against a hand computation from the three workbooks below."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from browsing import SHOTS, go, main_text, mark, open_page, resize, settle, streamlit
from workbooks import valid_book

from ita_core import read_workbook
from ita_core.store.snapshots import Store
from ita_core.store.units import Units

pytestmark = pytest.mark.browser

AGENCY = "สำนักงานเลขาธิการวุฒิสภา"
# Each bureau: its name, short name, progress of 1.1 / 1.2 / 2.1 and participants of 139 (SYNTHETIC).
BUREAUS = (
    ("สำนักทดสอบหนึ่ง สำนักงานเลขาธิการวุฒิสภา", "ทดสอบหนึ่ง", (100, 100, 100), 139),
    ("สำนักทดสอบสอง สำนักงานเลขาธิการวุฒิสภา", "ทดสอบสอง", (100, 50, None), 127),
    ("สำนักทดสอบสาม สำนักงานเลขาธิการวุฒิสภา", "ทดสอบสาม", (0, None, None), 70),
)
# By hand: completed 3 + 1 + 0 = 4 of 9 activities → 44.44%; participants 139 + 127 + 70 = 336 of 417 → 80.57%
# (336/417 = 0.805755…, truncated); a mean of the units' figures would say 44.44% and 80.57% only by chance:
# (100 + 33.33 + 0) / 3 = 44.44 and (100 + 91.36 + 50.35) / 3 = 80.57, so the bureaus below are told apart
# by their own rows too.


def _store(folder: Path) -> str:
    url = f"sqlite:///{folder / 'ita.sqlite3'}"
    store = Store(url)
    units = Units(store.engine)
    for name, short, (p11, p12, p21), people in BUREAUS:
        units.add(name, short, AGENCY)
        book = valid_book()
        book.set("ข้อมูลหน่วยงาน", "B1", name)
        for cell, progress in (("H2", p11), ("H3", p12), ("H4", p21)):
            book.set("กิจกรรม", cell, progress)
        book.set("การมีส่วนร่วม", "C2", people)
        plan = read_workbook(book.to_bytes()).plan
        assert plan is not None and plan.unit == name
        store.publish(book.to_bytes(), "plan.xlsx", plan, "editor1", "ข้อมูลสังเคราะห์สำหรับทดสอบ", None)
    store.close()
    return url


def test_the_agency_page_rolls_up_three_bureaus_opens_each_and_shows_on_the_meeting_slide(
    browser: Any, tmp_path: Path
) -> None:
    url = _store(tmp_path)
    with streamlit(tmp_path / "server.log", ITA_DATABASE_URL=url) as app:
        page = open_page(browser, f"{app}/compare?as_of=2023-05-31", 1366, 768)
        try:
            page.get_by_text("วิธีคิดยอดรวม").wait_for(timeout=30_000)
            settle(page)
            # The grid draws on a canvas: its rows are read from the list a phone shows instead (same rows).
            rows = page.locator(".st-key-narrow_agency li").all_text_contents()
            assert [r.split()[0] for r in rows] == ["1", "2", "3", "สำนักบริหารงานกลาง", "รวมทั้งส่วนราชการ"]
            assert rows[0].startswith("1 ทดสอบหนึ่ง") and "100.00%" in rows[0] and "139/139 (100.00%)" in rows[0]
            assert rows[1].startswith("2 ทดสอบสอง") and "33.33%" in rows[1] and "127/139 (91.36%)" in rows[1]
            assert rows[2].startswith("3 ทดสอบสาม") and "0.00%" in rows[2] and "70/139 (50.35%)" in rows[2]
            assert "ยังไม่มีแผนของปีนี้" in rows[3]  # the shipped bureau is registered, with no plan this year
            assert "44.44%" in rows[4] and "4/9" in rows[4] and "336/417 (80.57%)" in rows[4]
            assert "วิธีคิดยอดรวม" in main_text(page)
            if os.environ.get("ITA_SCREENSHOTS") == "1":
                SHOTS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(SHOTS / "agency_1366x768.png"), full_page=True)

            resize(page, 390, 844)  # the same window made narrow: the table becomes a list of links
            page.wait_for_function(  # the sidebar has folded away, as it does on a phone
                "() => (document.querySelector('[data-testid=stSidebar]')?.getBoundingClientRect().right ?? 0) <= 1"
            )
            phone_link = page.get_by_role("link", name="ทดสอบสอง")
            phone_link.wait_for(timeout=30_000)
            if os.environ.get("ITA_SCREENSHOTS") == "1":
                page.screenshot(path=str(SHOTS / "agency_390x844.png"), full_page=True)
            # A unit opens beside the roll-up, as the table's links do (Streamlit opens them in a new tab).
            with page.context.expect_page() as opened:
                phone_link.click()
            unit = opened.value
            unit.wait_for_load_state()
            assert "as_of=2023-05-31" in unit.url and "fy=2566" in unit.url  # the view kept in the address
            unit.get_by_text("กิจกรรมที่แล้วเสร็จ").first.wait_for(timeout=30_000)
            settle(unit)
            text = main_text(unit)
            assert "สำนักทดสอบสอง" in text and "1/3" in text  # its own overview: 1 of its 3 activities
            unit.close()

            resize(page, 1366, 768)
            page.reload()  # a reload keeps the view in the address, and the figures
            page.get_by_text("วิธีคิดยอดรวม").wait_for(timeout=30_000)
            settle(page)
            assert "as_of=2023-05-31" in page.url
            assert "336/417 (80.57%)" in page.locator(".st-key-narrow_agency li").all_text_contents()[-1]
            go(page, "โหมดนำเสนอ")  # the meeting deck, on its first slide; its last is the agency's
            mark(page)
            page.get_by_role("button", name="ก่อนหน้า").click()
            page.get_by_text("ทุกหน่วยงาน ปีงบประมาณ 2566").wait_for(timeout=30_000)
            settle(page)
            slide = page.locator(".st-key-agency_slide").inner_text()
            assert "รวมทั้งส่วนราชการ" in slide and "44.44%" in slide and "336/417 (80.57%)" in slide
            if os.environ.get("ITA_SCREENSHOTS") == "1":
                page.screenshot(path=str(SHOTS / "agency_slide_1366x768.png"))
            page.go_back()  # and back to the agency page, as a person leaves the deck
            page.get_by_text("วิธีคิดยอดรวม").wait_for(timeout=30_000)
            assert "44.44%" in page.locator(".st-key-narrow_agency li").all_text_contents()[-1]
        finally:
            page.context.close()
