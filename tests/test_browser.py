"""The dashboard in a real browser (Debian's Chromium driven by Playwright): what AppTest cannot see.

Screenshots of every page at 1920×1080 and 1280×720 go to artifacts/screenshots/ (git-ignored).
On a machine without Chromium these tests skip with the reason; `.ci/run` sets ITA_REQUIRE_BROWSER=1,
which turns a missing browser into a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from ita_core.paths import REPO_ROOT

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("ITA_CHROMIUM", "/usr/bin/chromium")
SHOTS = REPO_ROOT / "artifacts" / "screenshots"
SIZES = ((1920, 1080), (1280, 720))
PAGES = {
    "overview": ("", "ภาพรวม"),
    "measures": ("measures", "มาตรการและกิจกรรม"),
    "deadlines": ("deadlines", "เส้นเวลากำหนดส่ง"),
    "participation": ("participation", "การมีส่วนร่วมทุกแถว"),
    "present": ("present", "ดำเนินการแล้วเสร็จ"),
    "reports": ("reports", "แบบรายงานผลการดำเนินการ"),
    "compare": ("compare", "เปรียบเทียบหน่วยงาน"),
    "history": ("history", "ประวัติข้อมูล"),
}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _unavailable(reason: str) -> None:
    if os.environ.get("ITA_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests are required here but cannot run: {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def _streamlit(log: Path, **env: str) -> Iterator[str]:
    """A dashboard server on a free port; yields its URL. ``env`` adds environment variables."""
    port = _free_port()
    environ = {k: v for k, v in os.environ.items() if k != "ITA_WORKBOOK"}
    environ |= {"ITA_DATABASE_URL": f"sqlite:///{log.parent / 'ita.sqlite3'}"} | env  # never the real store
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
             "--server.port", str(port), "--server.address", "127.0.0.1"],
            cwd=REPO_ROOT,
            env=environ,
            stdout=out,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start:\n{log.read_text()}")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert "Traceback" not in log.read_text(), log.read_text()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with _streamlit(tmp_path_factory.mktemp("streamlit") / "server.log") as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        _unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -r requirements-dev.txt)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _open(browser: Any, url: str, width: int, height: int) -> Any:
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url)
    page.wait_for_selector('[data-testid="stAppViewContainer"]', timeout=30_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " && document.querySelectorAll('[data-testid=\"stElementContainer\"]').length > 3",
        timeout=30_000,
    )
    page.wait_for_timeout(1500)  # let plotly finish drawing
    return page


def _main_text(page: Any) -> str:
    return str(page.locator('[data-testid="stMain"]').inner_text())


@pytest.mark.parametrize(("width", "height"), SIZES)
@pytest.mark.parametrize("name", PAGES)
def test_page_renders_in_chromium(server: str, browser: Any, name: str, width: int, height: int) -> None:
    path, key_text = PAGES[name]
    page = _open(browser, f"{server}/{path}", width, height)
    try:
        page.get_by_text(key_text, exact=False).first.wait_for(timeout=20_000)
        text = _main_text(page)
        assert "2566" in text  # Buddhist-era dates
        assert "Traceback" not in text and "encountered an error" not in text
        assert page.evaluate("document.fonts.check('16px Sarabun')")  # the font the app serves itself
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}_{width}x{height}.png"))
    finally:
        page.close()


def test_charts_are_drawn_with_buddhist_era_axis(server: str, browser: Any) -> None:
    page = _open(browser, f"{server}/deadlines", 1280, 720)
    try:
        page.locator(".js-plotly-plot .main-svg").first.wait_for(timeout=20_000)
        ticks = page.locator(".js-plotly-plot .xtick text").evaluate_all("els => els.map(e => e.textContent)")
        assert any("2566" in t for t in ticks) and any("ต.ค." in t for t in ticks)
        assert not any("2023" in t for t in ticks)
        assert page.locator(".js-plotly-plot .point").count() == 25  # one symbol per deadline
    finally:
        page.close()


def _boxes(page: Any, selector: str) -> list[dict[str, float]]:
    return [b for b in (el.bounding_box() for el in page.locator(selector).all()) if b]


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (
        a["x"] < b["x"] + b["width"] - 1
        and b["x"] < a["x"] + a["width"] - 1
        and a["y"] < b["y"] + b["height"] - 1
        and b["y"] < a["y"] + a["height"] - 1
    )


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1280, 720), (390, 844)])
def test_overview_cards_do_not_overlap_or_overflow(server: str, browser: Any, width: int, height: int) -> None:
    page = _open(browser, server, width, height)
    try:
        page.wait_for_function("document.querySelectorAll('[data-testid=\"stMetric\"]').length >= 4")
        page.locator(".js-plotly-plot .main-svg").first.wait_for(timeout=20_000)
        cards = _boxes(page, '[data-testid="stMetric"]')
        assert len(cards) == 4
        assert not any(_overlap(a, b) for i, a in enumerate(cards) for b in cards[i + 1 :])
        main = page.locator('[data-testid="stMain"]')
        assert main.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), "content wider than the screen"
        if width == 390:
            page.screenshot(path=str(SHOTS / "overview_390x844.png"))
    finally:
        page.close()


def test_present_is_full_screen_large_and_advances(server: str, browser: Any) -> None:
    page = _open(browser, f"{server}/present?interval=5", 1280, 720)
    try:
        assert not page.locator('[data-testid="stSidebar"]').is_visible()
        assert not page.locator('[data-testid="stHeader"]').is_visible()
        size = page.locator('[data-testid="stMetricValue"] p').first.evaluate(
            "e => parseFloat(getComputedStyle(e).fontSize)"
        )
        assert size >= 80  # readable from the back of a room on a 1280×720 projector
        controls = page.locator(".st-key-controls").bounding_box()
        assert controls and controls["y"] + controls["height"] <= 720  # controls stay on screen
        page.get_by_text("1 / 4").wait_for(timeout=10_000)
        page.get_by_text("2 / 4").wait_for(timeout=20_000)  # nobody touched anything
        page.screenshot(path=str(SHOTS / "present_slide2_1280x720.png"))
        page.get_by_role("button", name="หยุด").click()
        page.get_by_text("หยุดอยู่").wait_for(timeout=10_000)
    finally:
        page.close()


def test_english_switch_in_the_browser(server: str, browser: Any) -> None:
    page = _open(browser, server, 1280, 720)
    try:
        page.get_by_text("English").click()
        page.get_by_text("Completion by measure").wait_for(timeout=20_000)
        assert "Data as of 31 Mar 2566 BE" in _main_text(page)
    finally:
        page.close()


def test_open_page_picks_up_new_data_without_reload(browser: Any, tmp_path: Path) -> None:
    from workbooks import valid_book

    from ita_core.store import ANY, Store

    book = valid_book()
    seed = tmp_path / "plan.xlsx"
    seed.write_bytes(book.to_bytes())
    url = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    with _streamlit(
        tmp_path / "server.log", ITA_WORKBOOK=str(seed), ITA_DATABASE_URL=url, ITA_WATCH_SECONDS="2"
    ) as app:
        page = _open(browser, app, 1280, 720)
        try:
            page.get_by_text("1/3").first.wait_for(timeout=20_000)  # 1 of 3 activities completed
            book.set("กิจกรรม", "H3", 100)
            store = Store(url)  # the working group publishes from elsewhere; nobody touches the browser
            store.import_file(_write(tmp_path / "new.xlsx", book.to_bytes()), "job", "", ANY)
            store.close()
            page.get_by_text("2/3").first.wait_for(timeout=30_000)
        finally:
            page.close()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


PASSWORD = "a long enough password"


@pytest.fixture
def editor_server(tmp_path: Path) -> Iterator[str]:
    from ita_core.accounts import Accounts, Role
    from ita_core.store import Store

    url = f"sqlite:///{tmp_path / 'ita.sqlite3'}"
    store = Store(url)
    store.seed()
    Accounts(store.engine).add("editor1", PASSWORD, Role.EDITOR)
    Accounts(store.engine).add("viewer1", PASSWORD, Role.VIEWER)
    store.close()
    with _streamlit(tmp_path / "server.log", ITA_DATABASE_URL=url) as app:
        yield app


def _sign_in(browser: Any, app: str, name: str) -> Any:
    page = _open(browser, f"{app}/account", 1280, 720)
    page.get_by_label("ชื่อผู้ใช้").fill(name)
    page.get_by_label("รหัสผ่าน").fill(PASSWORD)
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    page.get_by_text(f"เข้าสู่ระบบแล้วในชื่อ {name}").wait_for(timeout=20_000)
    return page


def _go(page: Any, title: str) -> None:
    """Follow a sidebar link, as a user does (a reload would start a new, signed-out session)."""
    page.locator('[data-testid="stSidebar"] [data-testid="stPageLink"]').filter(has_text=title).click()
    page.wait_for_timeout(1500)


def _sidebar_links(page: Any) -> list[str]:
    texts = page.locator('[data-testid="stSidebar"] [data-testid="stPageLink"]').all_inner_texts()
    return [t.strip().splitlines()[-1] for t in texts]  # the icon's ligature name comes first


def test_first_request_to_a_sub_page_gets_the_full_navigation(editor_server: str, browser: Any) -> None:
    page = _open(browser, f"{editor_server}/history", 1280, 720)  # nothing else has been opened on this server
    try:
        page.get_by_text("ประวัติข้อมูล").first.wait_for(timeout=20_000)
        assert "ภาพรวม" in _sidebar_links(page)
        assert "history" not in _sidebar_links(page)  # our Thai titles, not the file names
    finally:
        page.close()


def test_editor_uploads_previews_publishes_and_the_overview_changes(
    editor_server: str, browser: Any, tmp_path: Path
) -> None:
    from workbooks import valid_book

    page = _sign_in(browser, editor_server, "editor1")
    try:
        assert "อัปโหลดข้อมูล" in _sidebar_links(page)
        # A broken workbook first: cell-level errors, nothing stored.
        broken = valid_book()
        broken.set("กิจกรรม", "H2", 150)
        _go(page, "อัปโหลดข้อมูล")
        page.locator('input[type="file"]').set_input_files(str(_write(tmp_path / "bad.xlsx", broken.to_bytes())))
        page.get_by_text("พบ 1 ปัญหาที่ต้องแก้ในไฟล์").wait_for(timeout=20_000)
        page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=20_000)  # problems table (cells: AppTest)
        assert page.get_by_role("button", name="เผยแพร่").count() == 0
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "upload_errors_1280x720.png"))

        # Then the shipped plan with 1.4 done: preview, comment, publish.
        from ita_core import read_workbook
        from ita_core.paths import SHIPPED_WORKBOOK
        from ita_core.writer import rows_from_plan, workbook_bytes

        rows = rows_from_plan(read_workbook(SHIPPED_WORKBOOK).plan)  # type: ignore[arg-type]
        for row in rows.activities:
            if row["activity_id"] == "1.4":
                row["progress_pct"] = 100
        page.locator('input[type="file"]').set_input_files(str(_write(tmp_path / "plan.xlsx", workbook_bytes(rows))))
        page.get_by_text("ผลการดำเนินการที่เปลี่ยน (1)").wait_for(timeout=20_000)
        page.screenshot(path=str(SHOTS / "upload_preview_1280x720.png"))
        page.get_by_label("หมายเหตุของฉบับนี้ (เช่น รายงานรอบ 6 เดือน)").fill("รายงานรอบ 6 เดือน")
        page.get_by_role("button", name="เผยแพร่").click()
        page.get_by_text("เผยแพร่แล้ว: ฉบับที่ 2").wait_for(timeout=20_000)

        _go(page, "ภาพรวม")
        page.get_by_text("8/26").first.wait_for(timeout=20_000)  # the overview shows the new figures
    finally:
        page.close()


def test_a_viewer_has_no_upload_page(editor_server: str, browser: Any) -> None:
    page = _sign_in(browser, editor_server, "viewer1")
    try:
        assert "อัปโหลดข้อมูล" not in _sidebar_links(page)
        assert "ภาพรวม" in _sidebar_links(page)
        page.goto(f"{editor_server}/upload")  # typing the address: there is no such page for them
        page.wait_for_timeout(3000)
        assert page.locator('input[type="file"]').count() == 0
    finally:
        page.close()


def _download(page: Any, button: Any, folder: Path) -> Path:
    with page.expect_download(timeout=90_000) as info:
        button.click()
    target = folder / info.value.suggested_filename
    info.value.save_as(str(target))
    return target


def test_reports_are_made_and_downloaded_in_the_browser(server: str, browser: Any, tmp_path: Path) -> None:
    import openpyxl
    from docx import Document

    page = _open(browser, f"{server}/reports", 1280, 900)
    try:
        started = time.monotonic()
        page.get_by_role("button", name="สร้างรายงาน").click()
        page.get_by_text("รายงานพร้อมดาวน์โหลด").wait_for(timeout=90_000)
        files = {
            fmt: _download(page, page.get_by_role("button", name=label), tmp_path)
            for fmt, label in (("docx", "Word (.docx)"), ("xlsx", "Excel (.xlsx)"), ("pdf", "PDF"))
        }
        print(f"three report formats made and downloaded in {time.monotonic() - started:.1f} s")
        assert files["docx"].name == "รายงาน-2566-h1-2023-03-31.docx"
        document = Document(str(files["docx"]))
        assert len(document.tables) == 3 and len(document.inline_shapes) == 1  # with the chart
        assert "สรุป" in openpyxl.load_workbook(files["xlsx"]).sheetnames
        assert files["pdf"].read_bytes()[:5] == b"%PDF-"
        calendar = _download(page, page.get_by_role("button", name="ดาวน์โหลดปฏิทิน"), tmp_path)
        assert calendar.read_bytes().startswith(b"BEGIN:VCALENDAR")
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "reports_1280x900.png"))
    finally:
        page.close()


def test_chart_png_download_from_the_overview(server: str, browser: Any, tmp_path: Path) -> None:
    page = _open(browser, server, 1280, 900)
    try:
        button = page.locator(".st-key-completion_png button")  # the completion chart's own button
        png = _download(page, button, tmp_path)
        data = png.read_bytes()
        assert png.name == "completion-by-measure.png" and data[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(data[16:20], "big") == 2400  # 1200 px at scale 2
    finally:
        page.close()
