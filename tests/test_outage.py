"""When the database goes away and comes back: last figures with a Thai banner, writes refused
cleanly, recovery by itself. On a real PostgreSQL server of the test's own, stopped and started."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from browsing import PASSWORD, main_text, settle, sign_in, streamlit, write
from plans import shipped_with_1_4_done

from ita_core.paths import REPO_ROOT
from ita_core.store.accounts import Accounts
from ita_core.store.roles import Role
from ita_core.store.snapshots import Store

pytestmark = [pytest.mark.browser, pytest.mark.postgres, pytest.mark.slow]

WATCH = 3  # seconds between the live-refresh checks of an open page
ERROR_BOX = "This app has encountered an error"


def _health(app: str) -> int:
    try:
        with urllib.request.urlopen(f"{app}/api/health", timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def _no_error_box(*pages: Any) -> None:
    for page in pages:
        text = page.locator("body").inner_text()
        assert ERROR_BOX not in text and "Traceback" not in text


def test_the_database_goes_away_and_comes_back(own_postgres: dict[str, Any], browser: Any, tmp_path: Path) -> None:

    url = own_postgres["url"]
    store = Store(url)
    store.seed()
    Accounts(store.engine).add("editor1", PASSWORD, Role.EDITOR)
    store.close()
    with streamlit(tmp_path / "server.log", ITA_DATABASE_URL=url, ITA_WATCH_SECONDS=str(WATCH)) as app:
        viewer = browser.new_page(viewport={"width": 1280, "height": 800})
        viewer.goto(app)
        settle(viewer)
        meeting = browser.new_page(viewport={"width": 1280, "height": 720})
        meeting.goto(f"{app}/present?interval=5")
        settle(meeting)
        editor_context = browser.new_context(viewport={"width": 1280, "height": 900})
        editor = sign_in(editor_context, app, "editor1")
        editor.goto(f"{app}/upload")
        plan = write(tmp_path / "plan.xlsx", shipped_with_1_4_done())
        editor.locator('input[type="file"]').set_input_files(str(plan))
        editor.get_by_text("ผลการดำเนินการที่เปลี่ยน (1)").wait_for(timeout=30_000)
        editor.get_by_label("หมายเหตุของฉบับนี้ (เช่น รายงานรอบ 6 เดือน)").fill("รายงานรอบ 6 เดือน")
        assert _health(app) == 200

        own_postgres["stop"]()  # -- the outage ------------------------------------------------------
        banner = "เชื่อมต่อฐานข้อมูลไม่ได้ชั่วคราว: ข้อมูลที่เห็นเป็นข้อมูล ณ 31 มีนาคม 2566 (ฉบับที่ 1) ระบบจะลองใหม่เอง"
        viewer.get_by_text(banner).wait_for(timeout=(WATCH + 10) * 1000)
        viewer.get_by_text("7/26").first.wait_for(timeout=10_000)  # the last figures, still there (the rerun
        # that shows the banner may not have drawn its cards yet when the banner appears)
        meeting.get_by_text("ข้อมูลล่าสุดที่มี (เชื่อมต่อฐานข้อมูลไม่ได้)").wait_for(timeout=20_000)
        first = meeting.locator(".st-key-controls").inner_text()
        meeting.wait_for_function(  # the slides go on cycling (every 5 s)
            "first => document.querySelector('.st-key-controls').innerText !== first", arg=first, timeout=15_000
        )
        editor.get_by_role("button", name="เผยแพร่").click()
        editor.get_by_text("ไม่มีการเปลี่ยนแปลงข้อมูลใด ๆ").wait_for(timeout=30_000)
        assert "กดเผยแพร่อีกครั้งเมื่อระบบเชื่อมต่อฐานข้อมูลได้" in main_text(editor)
        assert _health(app) == 503

        newcomer = browser.new_page(viewport={"width": 1280, "height": 720})  # someone arriving now
        newcomer.goto(f"{app}/deadlines")
        newcomer.get_by_text(banner).wait_for(timeout=30_000)
        refused = browser.new_context(viewport={"width": 1280, "height": 720}).new_page()
        refused.goto(f"{app}/account")
        refused.get_by_label("ชื่อผู้ใช้").fill("editor1")
        refused.get_by_label("รหัสผ่าน").fill(PASSWORD)
        refused.locator("form.ita-signin button").click()
        refused.get_by_text("เชื่อมต่อฐานข้อมูลไม่ได้ชั่วคราว จึงยังเข้าสู่ระบบไม่ได้").wait_for(timeout=30_000)
        cli = subprocess.run(
            [sys.executable, "-m", "ita_core", "history"],
            cwd=REPO_ROOT,
            env={"ITA_DATABASE_URL": url, "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
        )
        assert cli.returncode == 2 and len(cli.stderr.strip().splitlines()) == 1 and "Traceback" not in cli.stderr
        with streamlit(tmp_path / "cold.log", ITA_DATABASE_URL=url, ITA_WATCH_SECONDS=str(WATCH)) as cold:
            empty = browser.new_page(viewport={"width": 1280, "height": 720})  # a process that holds nothing
            empty.goto(cold)
            empty.get_by_text("เครื่องแม่ข่ายนี้ยังไม่มีข้อมูลเก็บไว้ให้แสดง").wait_for(timeout=30_000)
            _no_error_box(empty)
            _no_error_box(viewer, meeting, editor, newcomer)

            own_postgres["resume"]()  # -- back again ------------------------------------------------
            started = time.monotonic()
            viewer.get_by_text(banner).wait_for(state="detached", timeout=(WATCH + 10) * 1000)
            empty.get_by_text("26.92%").first.wait_for(timeout=(WATCH + 10) * 1000)  # without a reload
        editor.get_by_role("button", name="เผยแพร่").click()  # the same publish, now it goes through
        editor.get_by_text("เผยแพร่แล้ว: ฉบับที่ 2").wait_for(timeout=30_000)
        viewer.get_by_text("8/26").first.wait_for(timeout=(WATCH + 10) * 1000)  # fresh figures, no reload
        print(f"banner gone and figures back {time.monotonic() - started:.1f} s after the database came back")
        assert _health(app) == 200
        _no_error_box(viewer, meeting, editor, newcomer)
