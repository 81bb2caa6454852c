"""Every page through Streamlit's AppTest: it renders, and shows the figures it should."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from workbooks import Book, valid_book

from ita_core import metrics, read_workbook
from ita_core.metrics import DeadlineStatus
from ita_core.paths import REPO_ROOT, SHIPPED_WORKBOOK
from ita_ui.sitemap import ALL_PAGES, NAV

# Every page anyone may view, from the navigation itself: a page added there is tested here too.
PAGES = tuple(page.path for page in NAV if page.needs is None)


def test_every_page_file_is_in_the_navigation() -> None:
    files = {f"pages/{path.name}" for path in (REPO_ROOT / "pages").glob("*.py")}
    assert files == {page.path for page in ALL_PAGES}


def app(page: str | None = None, **query: str) -> AppTest:
    at = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    if page:
        at.switch_page(page)
    return at.run()


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [s.value for s in at.header]
    parts += [t.value for t in at.title] + [i.value for i in at.info] + [e.value for e in at.error]
    parts += [s.value for s in at.success]
    return "\n".join(str(p) for p in parts)


@pytest.fixture(autouse=True)
def shipped_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test gets its own empty store, which seeds itself from the shipped workbook."""
    monkeypatch.delenv("ITA_WORKBOOK", raising=False)
    monkeypatch.setenv("ITA_DATABASE_URL", f"sqlite:///{tmp_path / 'ita.sqlite3'}")


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders(page: str) -> None:
    at = app(page)
    assert not at.exception
    assert "สำนักบริหารงานกลาง สำนักงานเลขาธิการวุฒิสภา" in texts(at)
    assert "31 มีนาคม 2566" in texts(at)


@pytest.mark.parametrize("page", PAGES)
def test_every_empty_choice_says_so_in_thai(page: str) -> None:
    """A picker with nothing chosen showed Streamlit's own "Choose an option" on the measures page of a phone."""
    at = app(page)
    empty = [b for b in at.selectbox if b.value is None] + [b for b in at.multiselect if not b.value]
    # An empty placeholder is drawn as Streamlit's English words.
    assert [b.key for b in empty if not b.proto.placeholder or b.proto.placeholder.isascii()] == []


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ({"fy": "2570"}, "ไม่มีข้อมูลปีงบประมาณ 2570 จึงแสดงข้อมูลที่มี: ปีงบประมาณ 2566"),
        ({"unit": "กอง*ไม่มี*", "fy": "2566"}, "ไม่มีข้อมูลของ “กอง\\*ไม่มี\\*” ที่ดูได้ จึงแสดงข้อมูลที่มี: ปีงบประมาณ 2566"),
        ({"fy": "2566"}, None),
    ],
)
def test_an_address_for_figures_not_held_says_what_is_shown_instead(query: dict[str, str], said: str | None) -> None:
    """A link to a year not published (or a unit not held) showed another year's figures without a word."""
    at = app(**query)
    infos = [i.value for i in at.info]
    assert infos == ([said] if said else [])
    assert "ปีงบประมาณ 2566" in texts(at)


def test_overview_cards_and_links() -> None:
    at = app()
    cards = {m.label: m.value for m in at.metric}
    assert cards == {
        "ดำเนินการแล้วเสร็จ": "26.92%",
        "กิจกรรมที่แล้วเสร็จ": "7/26",
        "✕ เลยกำหนดส่ง": "0",
        "การมีส่วนร่วม": "91.36%",  # the figure itself, 127 of 139 people, against its target
    }
    assert "127/139 คน  \nเป้าหมาย 80\\.00% · ✓ ถึงเป้าหมาย" in texts(at)  # Markdown-escaped: shown as typed
    assert "◆ ครบกำหนดใน 14 วัน: 1" in texts(at)
    # 19 of the 26 activities have no report yet: the mean counts them as 0, and says so
    assert "ความก้าวหน้าเฉลี่ย 26.92% (ยังไม่มีรายงาน 19 กิจกรรม นับเป็น 0)" in texts(at)
    assert len(at.get("plotly_chart")) == 2
    links = {link.proto.page for link in at.get("page_link") if link.proto.label == "ดูรายละเอียด"}
    assert links == {"measures", "deadlines", "participation"}  # the url paths of the detail pages


def test_overview_completion_by_measure_chart() -> None:
    import json

    chart = json.loads(app().get("plotly_chart")[0].proto.spec)
    ticks = chart["layout"]["yaxis"]["ticktext"]
    assert ticks == [
        "<b>มาตรการที่ 1</b><br>แล้วเสร็จ 3/14 (21.42%)",
        "<b>มาตรการที่ 2</b><br>แล้วเสร็จ 1/4 (25.00%)",
        "<b>มาตรการที่ 3</b><br>แล้วเสร็จ 3/8 (37.50%)",
    ]


def test_measures_page_filters() -> None:
    at = app("pages/measures.py")
    assert at.header[0].value.startswith("มาตรการที่ 1")
    assert len(at.dataframe) == 3
    assert "แสดง 26 จาก 26 กิจกรรม" in texts(at)
    at.multiselect(key="filter_measure").set_value([2]).run()
    assert len(at.dataframe) == 1
    assert "แสดง 4 จาก 26 กิจกรรม" in texts(at)
    at.multiselect(key="filter_measure").set_value([]).run()
    at.text_input(key="filter_text").input("No Gift").run()
    assert "แสดง 1 จาก 26 กิจกรรม" in texts(at)
    assert at.dataframe[0].value["activity_id"].tolist() == ["3.7"]
    at.text_input(key="filter_text").input("").run()
    at.multiselect(key="filter_responsible").set_value(["คณะทำงานสำนัก"]).run()  # its group page has 22 too
    assert "แสดง 22 จาก 26 กิจกรรม" in texts(at)  # 1.2 names it beside another group: it showed 21


def test_measures_page_tells_when_nothing_matches() -> None:
    at = app("pages/measures.py")
    at.text_input(key="filter_text").input("ไม่มีกิจกรรมชื่อนี้").run()
    assert "ไม่มีกิจกรรมที่ตรงกับตัวกรอง" in texts(at)


def test_deadlines_page() -> None:
    at = app("pages/deadlines.py")
    assert len(at.get("plotly_chart")) == 1
    table = at.dataframe[0].value
    assert table["กำหนดส่ง"].tolist()[:5] == ["20 มี.ค. 2566"] * 4 + ["7 เม.ย. 2566"]
    assert table["สถานะ"].tolist()[4] == "◆ ครบกำหนดใน 14 วัน"


def test_participation_page() -> None:
    at = app("pages/participation.py")
    row = at.dataframe[0].value.iloc[0]
    assert (row["ผู้เข้าร่วม/บุคลากร"], row["ร้อยละ"]) == ("127/139", "91.36%")
    assert "ทุกแถวถึงเป้าหมาย" in texts(at)


def test_english_switch() -> None:
    at = app()
    at.toggle(key="lang_en").set_value(True).run()
    assert not at.exception
    assert at.query_params == {"lang": "en"}  # kept in the address: a reload stays in English
    assert {m.label for m in at.metric} >= {"Completed", "Activities completed"}
    assert "31 Mar 2566 BE" in texts(at) or "31 Mar 2566 BE" in str([c.value for c in at.caption])
    assert "Data as of" in texts(at)


def test_as_of_picker_changes_the_figures() -> None:
    at = app()
    assert "ค่าเริ่มต้นคือวันที่ของข้อมูล (ข้อมูล ณ วันที่)" in texts(at)
    assert "ประเมิน ณ วันที่" not in at.caption[0].value  # one date while they are the same
    at.selectbox(key="asof_month").set_value(7).run()  # 31 กรกฎาคม 2566
    expected = metrics.status_counts(metrics.deadline_states(read_workbook(SHIPPED_WORKBOOK).plan, date(2023, 7, 31)))[
        DeadlineStatus.OVERDUE
    ]
    assert expected > 0
    assert {m.label: m.value for m in at.metric}["✕ เลยกำหนดส่ง"] == str(expected)
    # the figures' own date stays what the data says; the chosen one is what they are judged at
    assert at.caption[0].value.endswith("ข้อมูล ณ วันที่ 31 มีนาคม 2566 · ประเมิน ณ วันที่ 31 กรกฎาคม 2566")
    at.button(key="asof_reset_button").click().run()
    assert at.caption[0].value.endswith("ข้อมูล ณ วันที่ 31 มีนาคม 2566")
    assert {m.label: m.value for m in at.metric}["✕ เลยกำหนดส่ง"] == "0"


@pytest.mark.parametrize("as_of", ["2023-06-21", "2566-06-21", "๒๕๖๖-๐๖-๒๑"])
def test_as_of_from_the_url(as_of: str) -> None:
    at = app(as_of=as_of)  # a Gregorian year, or the Buddhist-era year a Thai user types
    # eleven deadlines of 20 มิ.ย. 2566 and 1.6's of 7 เม.ย. 2566
    assert {m.label: m.value for m in at.metric}["✕ เลยกำหนดส่ง"] == "12"
    assert "21 มิถุนายน 2566" in texts(at)


def test_a_day_before_the_data_says_the_figures_are_not_that_days() -> None:
    """Judged at 1 Jan 2566, the overview showed 7/26 done and four deadlines sent (sent in March) without a
    word that these are the figures of 31 March."""
    warned = " ".join(w.value for w in app(as_of="2566-01-01").warning)
    assert "วันที่ประเมิน (1 มกราคม 2566) อยู่ก่อนวันที่ของข้อมูล (31 มีนาคม 2566)" in warned
    assert not app(as_of="2566-07-01").warning  # a later day judges the deadlines: nothing to say
    slide = app("pages/present.py", as_of="2566-01-01")
    assert "⚠ ตัวเลขเป็นของข้อมูล ณ วันที่ 31 มีนาคม 2566" in texts(slide)


def test_an_unreadable_as_of_warns_and_uses_the_data_date() -> None:
    at = app(as_of="1 July")
    assert not at.exception
    assert "31 มีนาคม 2566" in texts(at)
    assert "อ่านวันที่ในที่อยู่เว็บไม่ได้" in " ".join(w.value for w in at.warning)
    assert "1 July" in [t.value for t in at.text]  # shown as typed, as plain text


def test_the_picker_writes_the_address_and_every_link_carries_it() -> None:
    at = app(lang="en")
    at.selectbox(key="asof_month").set_value(7).run()
    assert at.query_params == {"lang": "en", "as_of": "2023-07-31"}
    queries = {link.proto.label: link.proto.query_string for link in at.get("page_link")}
    sign_in = queries.pop("Sign in")  # it also says where to come back to
    assert sign_in == "lang=en&as_of=2023-07-31&next=%2F%3Flang%3Den%26as_of%3D2023-07-31"
    assert set(queries.values()) == {"lang=en&as_of=2023-07-31"}  # sidebar, cards: every link keeps the view
    at.switch_page("pages/deadlines.py").run()  # another page, then back: the date is kept
    assert not at.exception and "31 Jul 2566 BE" in texts(at)
    at.switch_page("pages/present.py").run()
    assert not at.exception and "31 Jul 2566 BE" in texts(at)
    exit_link = next(link for link in at.get("page_link") if link.proto.label == "Leave meeting mode")
    assert exit_link.proto.query_string == "lang=en&as_of=2023-07-31"


def test_search_finds_thai_digits() -> None:
    at = app("pages/measures.py")
    at.text_input(key="filter_text").input("๑.๕").run()
    assert at.dataframe[0].value["activity_id"].tolist() == ["1.5"]


def test_day_is_clamped_to_the_month() -> None:
    at = app()
    at.selectbox(key="asof_month").set_value(2).run()  # 31 → 28 กุมภาพันธ์ 2566
    assert not at.exception
    assert "28 กุมภาพันธ์ 2566" in texts(at)


# -- meeting mode -----------------------------------------------------------------------------------


def test_present_first_slide_and_controls() -> None:
    at = app("pages/present.py")
    assert [m.value for m in at.metric] == ["26.92%", "7/26", "0", "1", "91.36%"]
    assert [b.label for b in at.button] == ["ก่อนหน้า", "หยุด", "ถัดไป"]
    assert "**1 / 5** · เปลี่ยนทุก 15 วินาที" in texts(at)
    # the slide names its fiscal year, as every page does: a room looking at a year judged long after its end
    # (ประเมิน ณ วันที่ 8 ธันวาคม 2569 over FY2567's figures) had no other way to tell which year it was
    assert at.caption[0].value.startswith("สำนักบริหารงานกลาง สำนักงานเลขาธิการวุฒิสภา · ปีงบประมาณ 2566 · ข้อมูล ณ วันที่")
    assert len(at.sidebar) == 0 or not any(True for _ in at.sidebar.children.values())


def test_present_next_previous_and_pause() -> None:
    at = app("pages/present.py", interval="30")
    at.button(key="present_next").click().run()
    assert [t.value for t in at.title] == ["ความสำเร็จรายมาตรการ"]
    assert "**2 / 5** · เปลี่ยนทุก 30 วินาที" in texts(at)
    at.button(key="present_prev").click().run()
    at.button(key="present_prev").click().run()
    assert [t.value for t in at.title] == ["ทุกหน่วยงาน ปีงบประมาณ 2566"]  # the last slide: the agency
    assert "รวมทั้งส่วนราชการ" in at.table[0].value.to_string()
    at.button(key="present_prev").click().run()
    assert [t.value for t in at.title] == ["การมีส่วนร่วมเทียบเป้าหมาย"]
    at.button(key="present_pause").click().run()
    assert at.button(key="present_pause").label == "เล่นต่อ"
    assert "หยุดอยู่" in texts(at)


def test_present_slide_from_url_and_due_slide() -> None:
    at = app("pages/present.py", slide="3")
    assert [t.value for t in at.title] == ["กำหนดส่งที่ต้องติดตาม"]
    assert "7 เม.ย. 2566 · 1\\.6" in texts(at)  # the id as typed, escaped for Markdown


def test_present_advances_by_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    from ita_ui import present

    clock = [1000.0]
    monkeypatch.setattr(present.time, "monotonic", lambda: clock[0])
    at = app("pages/present.py", interval="15")
    assert [t.value for t in at.title] == ["ภาพรวม"]
    clock[0] += 10
    at.run()
    assert [t.value for t in at.title] == ["ภาพรวม"]
    clock[0] += 6
    at.run()
    assert [t.value for t in at.title] == ["ความสำเร็จรายมาตรการ"]


@pytest.mark.parametrize(("raw", "seconds"), [("", 15), ("5", 5), ("2", 5), ("99999", 600), ("abc", 15)])
def test_interval_from_the_url(raw: str, seconds: int) -> None:
    at = app("pages/present.py", interval=raw)
    assert f"เปลี่ยนทุก {seconds} วินาที" in texts(at)


# -- odd and broken data ----------------------------------------------------------------------------


def _use(book: Book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(book.to_bytes())
    monkeypatch.setenv("ITA_WORKBOOK", str(path))


@pytest.mark.parametrize("page", PAGES)
def test_broken_workbook_shows_cell_level_problems(page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = valid_book()
    book.set("กิจกรรม", "H2", 150)
    _use(book, tmp_path, monkeypatch)
    at = app(page)
    assert not at.exception
    assert "ไฟล์ข้อมูลมีปัญหา" in texts(at)
    problems = at.table[0].value
    assert problems.iloc[0].tolist()[:3] == ["กิจกรรม", "H2", "150"]


def test_unreadable_file_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"not a workbook")
    monkeypatch.setenv("ITA_WORKBOOK", str(path))
    at = app()
    assert not at.exception
    assert "ไม่ใช่ไฟล์ Excel" in texts(at)


def test_missing_file_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITA_WORKBOOK", str(tmp_path / "gone.xlsx"))
    at = app()
    assert not at.exception
    assert "เปิดไฟล์ไม่ได้: gone.xlsx" in texts(at)


def test_no_participation_sheet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = valid_book()
    del book.sheets["การมีส่วนร่วม"]
    _use(book, tmp_path, monkeypatch)
    for page in ("pages/overview.py", "pages/participation.py", "pages/present.py"):
        at = app(page, slide="4")
        assert not at.exception
        assert "ยังไม่มีข้อมูลการมีส่วนร่วม" in texts(at)


def test_measure_without_activities_and_no_deadlines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = valid_book()
    book.rows("มาตรการ").append([3, "มาตรการที่ยังไม่มีกิจกรรม"])
    for row in book.rows("กิจกรรม")[1:]:
        row[6] = None  # no deadlines at all
    _use(book, tmp_path, monkeypatch)
    assert "มาตรการนี้ยังไม่มีกิจกรรม" in texts(app("pages/measures.py"))
    assert "แผนนี้ยังไม่มีกำหนดส่ง" in texts(app("pages/deadlines.py"))
    assert "แผนนี้ยังไม่มีกำหนดส่ง" in texts(app("pages/overview.py"))


def test_all_deadlines_done(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = valid_book()
    for row in book.rows("กิจกรรม")[1:]:
        row[7] = 100
    _use(book, tmp_path, monkeypatch)
    assert "ไม่มีกำหนดส่งที่ค้างอยู่ ณ วันที่นี้" in texts(app())


def _downloads(at: AppTest) -> dict[str, str]:
    """Each download button's label → file name (AppTest has no accessor, so read the proto)."""
    return {b.proto.label: b.proto.url for b in at.get("download_button")}


def test_reports_page_defaults_to_the_round_the_data_closes() -> None:
    at = app("pages/reports.py")
    assert not at.exception
    assert at.selectbox(key="report_round").value == "h1"
    assert "รอบ 6 เดือน (1 ตุลาคม 2565 – 31 มีนาคม 2566)" in str(at.selectbox(key="report_round").options)
    shown = texts(at)
    assert "ผลการดำเนินการในภาพรวมคิดเป็นร้อยละ ๑๐๐ · ดำเนินการแล้วเสร็จ ๑ แนวทาง" in shown
    assert not at.warning  # the data is as of the round's end
    labels = set(_downloads(at))
    assert {"ดาวน์โหลดปฏิทิน .ics (25 กำหนดส่ง)", "ดาวน์โหลดข้อมูล .xlsx", "ดาวน์โหลด CSV"} <= labels
    assert not any(label.startswith("Word") for label in labels)  # nothing made before the button


def test_reports_page_warns_when_the_round_ends_after_the_data() -> None:
    at = app("pages/reports.py")
    at.selectbox(key="report_round").set_value("q3").run()
    assert "ก่อนวันสิ้นรอบ (30 มิถุนายน 2566)" in at.warning[0].value
    at.radio(key="report_digits").set_value("arabic").run()
    assert "ผลการดำเนินการในภาพรวมคิดเป็นร้อยละ 100" in texts(at)


def test_making_a_report_without_chromium_gives_word_and_excel_and_says_why_no_pdf(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ITA_CHROMIUM", "/nonexistent/chromium")
    at = app("pages/reports.py")
    at.button(key="report_make").click().run()
    assert not at.exception
    assert at.success[0].value == "รายงานพร้อมดาวน์โหลด"
    labels = list(_downloads(at))
    assert any(label.startswith("Word (.docx) (") for label in labels)
    assert any(label.startswith("Excel (.xlsx) (") for label in labels)
    assert "สร้างไฟล์ PDF ไม่ได้: ไม่พบโปรแกรม Chromium" in at.error[0].value
    assert "ไม่มีกราฟ" not in texts(at)  # the form has no chart unless asked for
    at.checkbox(key="report_chart").check().run()
    at.button(key="report_make").click().run()
    assert "ไม่มีกราฟ" in texts(at)  # asked for, and the server cannot draw it: said so


def test_reports_page_in_the_navigation_for_everyone() -> None:
    at = app()
    assert "รายงานและส่งออกข้อมูล" in [link.proto.label for link in at.get("page_link")]


def test_every_chart_has_a_png_download_when_the_server_can_draw_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITA_CHROMIUM", "/bin/true")  # present; the picture is only made when clicked
    at = app()
    pngs = [b.proto for b in at.get("download_button") if b.proto.label == "ดาวน์โหลดกราฟ (PNG)"]
    assert len(pngs) == len(at.get("plotly_chart")) == 2
    monkeypatch.setenv("ITA_CHROMIUM", "/nonexistent/chromium")
    at = app()
    assert not [b for b in at.get("download_button") if b.proto.label == "ดาวน์โหลดกราฟ (PNG)"]


def test_a_long_phone_list_shows_its_first_rows_and_more_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The phone's list of deadlines is drawn on every screen: at 250 (SYNTHETIC) it shows the first
    ``PHONE_ITEMS`` in the table's order, says how many there are, and shows more when asked; the table
    keeps every row."""
    from benchmarks import synthetic
    from ita_ui.widgets import PHONE_ITEMS

    path = synthetic.write(synthetic.Spec(activities=250, groups=5), tmp_path / "big.xlsx")
    monkeypatch.setenv("ITA_WORKBOOK", str(path))
    at = app("pages/deadlines.py")
    assert not at.exception
    total = len(at.dataframe[0].value)
    assert total > 2 * PHONE_ITEMS

    def listed() -> list[str]:
        (phone,) = [m.value for m in at.markdown if m.value.startswith("- **")]
        return ("\n" + phone).split("\n- ")[1:]  # each item: its title, then its line

    first = listed()
    assert len(first) == PHONE_ITEMS
    assert f"แสดง {PHONE_ITEMS:,} รายการแรกจากทั้งหมด {total:,} รายการ" in texts(at)
    table = at.dataframe[0].value
    for row, item in ((0, first[0]), (PHONE_ITEMS - 1, first[-1])):  # the table's order
        assert str(table.iloc[row, 1]).replace(".", "\\.") in item or str(table.iloc[row, 1]) in item
    next(b for b in at.button if b.label == f"แสดงเพิ่มอีก {PHONE_ITEMS:,} รายการ").click().run()
    assert listed()[:PHONE_ITEMS] == first and len(listed()) == 2 * PHONE_ITEMS
    more = total - 2 * PHONE_ITEMS
    next(b for b in at.button if b.label.startswith("แสดงเพิ่มอีก")).click().run()
    assert len(listed()) == total and "รายการแรกจากทั้งหมด" not in texts(at)
    assert more <= PHONE_ITEMS
