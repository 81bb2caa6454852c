"""What an attacker would try, in Chromium: workbook text that tries to be Markdown or HTML, and
downloads without a session when login is required."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import hostile
import pytest
from browsing import PASSWORD, accounts_store, fill_sign_in, main_text, settle, sign_in, streamlit, write

pytestmark = pytest.mark.browser

PAGES = ("", "measures", "deadlines", "participation", "compare", "history", "reports")


def _reporter_of_the_markup_group(folder: Path, seed: Path) -> str:
    """A store seeded with the markup plan and a reporter linked to its group whose name carries markup."""
    from ita_core.groups import groups_of
    from ita_core.store.accounts import Accounts
    from ita_core.store.roles import Role
    from ita_core.store.snapshots import Store

    url = f"sqlite:///{folder / 'ita.sqlite3'}"
    store = Store(url)
    store.seed(seed)
    first = groups_of("กลุ่ม " + hostile.MARKUP)[0]  # the cell splits at its slashes: "กลุ่ม <b>b<"
    Accounts(store.engine).add("reporter1", PASSWORD, Role.REPORTER, groups=[first])
    store.close()
    return url


def test_workbook_text_is_shown_as_typed_everywhere(browser: Any, tmp_path: Path) -> None:
    seed = write(tmp_path / "markup.xlsx", hostile.markup_book())
    url = _reporter_of_the_markup_group(tmp_path, seed)
    with streamlit(tmp_path / "server.log", ITA_DATABASE_URL=url) as app:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        hosts: set[str] = set()
        context.on("request", lambda request: hosts.add(request.url.split("/")[2]))
        page = context.new_page()
        try:
            addresses = [f"{app}/{p}" for p in PAGES] + [f"{app}/present?slide={n}" for n in range(1, 5)]
            for address in addresses:
                page.goto(address)
                settle(page)
                made = page.locator(f'a[href*="://{hostile.ELSEWHERE}"], img[src*="{hostile.ELSEWHERE}"]')
                assert made.count() == 0, (address, made.first.evaluate("e => e.outerHTML"))
                formatted = [t.strip() for t in page.locator("strong, b, em, i").all_inner_texts()]
                assert "หนา" not in formatted and "b" not in formatted, address  # no emphasis from a cell
                assert "**หนา**" in page.locator("body").inner_text() or "present" in address, address
            page.goto(f"{app}/participation")
            settle(page)
            labels = page.locator(".js-plotly-plot .annotation-text").all_text_contents()
            assert any("<b>b</b> <a href='http" in t for t in labels)  # plotly shows the tags as characters
            assert page.locator(".js-plotly-plot a").count() == 0
            # The group page and its check-in form, as the reporter of that group sees them.
            reporter = sign_in(context, app, "reporter1")
            reporter.locator('[data-testid="stVerticalBlock"]').get_by_role("button", name="รายงานผล").first.click()
            reporter.get_by_label("ความก้าวหน้า (ร้อยละ 0–100)").wait_for(timeout=20_000)
            settle(reporter)
            made = reporter.locator(f'a[href*="://{hostile.ELSEWHERE}"], img[src*="{hostile.ELSEWHERE}"]')
            assert made.count() == 0, made.first.evaluate("e => e.outerHTML")
            assert "**หนา**" in reporter.locator("body").inner_text()  # the form's title, as typed
        finally:
            context.close()
    assert hosts == {app.split("/")[2]}  # not one request to elsewhere.example


def test_with_login_required_nothing_is_served_without_a_session(browser: Any, tmp_path: Path) -> None:
    url = accounts_store(tmp_path)
    with streamlit(tmp_path / "server.log", ITA_DATABASE_URL=url, ITA_REQUIRE_LOGIN="1") as app:
        context = browser.new_context(viewport={"width": 1280, "height": 720})
        try:
            page = context.new_page()
            page.goto(f"{app}/history")  # a deep link, signed out: the sign-in form, not "page not found"
            page.get_by_text("เข้าสู่ระบบเพื่อไปที่หน้า ประวัติข้อมูล").wait_for(timeout=30_000)
            assert "Page not found" not in page.locator("body").inner_text()
            assert page.locator('[data-testid="stMetricValue"]').count() == 0
            fill_sign_in(page, "viewer1")
            page.get_by_role("button", name="ita_fy2566.xlsx").wait_for(timeout=30_000)  # back on history
            with page.expect_download(timeout=30_000) as info:
                page.get_by_role("button", name="ita_fy2566.xlsx").click()
            media = info.value.url
            assert "/media/" in media
            cookie = next(c for c in context.cookies() if c["name"] == "ita_session")["value"]
            assert _status(media) == 403  # the same address, without the session
            assert _status(media, cookie) == 200
            assert _status(f"{app}/_stcore/metrics") == 404
            assert _status(f"{app}/app/static/fonts/Sarabun-Regular.ttf") == 200
            assert "ประวัติข้อมูล" in main_text(page)
        finally:
            context.close()


def _status(address: str, cookie: str | None = None) -> int:
    request = urllib.request.Request(address, headers={"Cookie": f"ita_session={cookie}"} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
