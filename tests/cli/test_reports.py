"""``python -m ita_core report | calendar | export-data``: files written, messages in Thai, exit codes."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from commands import run
from docx import Document
from icalendar import Calendar
from workbooks import Book

from ita_core import read_workbook
from ita_core.paths import SHIPPED_WORKBOOK


@pytest.fixture
def no_chromium(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITA_CHROMIUM", "/nonexistent/chromium")


def test_six_month_report_as_word(tmp_path: Path) -> None:
    out = tmp_path / "h1.docx"
    code, said, _ = run("report", "--round", "h1", "--format", "docx", "-o", str(out))
    assert code == 0 and said.startswith(f"เขียนไฟล์แล้ว: {out}")
    text = "\n".join(c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells)
    assert "ร้อยละ ๑๐๐" in text and "ผลการดำเนินการในภาพรวมคิดเป็นร้อยละ ๑๐๐" in text


def test_quarter_report_as_excel_with_arabic_digits_and_every_activity(tmp_path: Path) -> None:
    out = tmp_path / "q2.xlsx"
    code, said, _ = run(
        "report", str(SHIPPED_WORKBOOK), "--round", "q2", "--format", "xlsx", "--arabic", "--all",
        "-o", str(out),
    )  # fmt: skip
    assert code == 0, said
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["สรุป", "มาตรการที่ 1", "มาตรการที่ 2", "มาตรการที่ 3"]
    values = [str(c.value) for row in book["มาตรการที่ 1"].iter_rows() for c in row if c.value]
    assert "ไตรมาสที่ 2 (1 มกราคม 2566 – 31 มีนาคม 2566)" in book["มาตรการที่ 1"].oddFooter.left.text
    assert sum(1 for v in values if v.endswith(".") and v[:-1].isdigit()) == 14  # all 14 activities
    assert values.count("ยังไม่ได้รายงาน") == 11  # the unreported ones, with nothing of the plan's targets


def test_a_round_after_the_data_date_is_flagged(tmp_path: Path) -> None:
    code, said, _ = run("report", "--round", "q3", "--format", "docx", "-o", str(tmp_path / "q3.docx"))
    assert code == 0
    assert said.startswith("หมายเหตุ: ข้อมูลนี้เป็นข้อมูล ณ วันที่ 31 มีนาคม 2566 ซึ่งก่อนวันสิ้นรอบ")


def test_report_as_of_a_date_and_default_file_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, _ = run("report", "--as-of", "2023-03-31", "--format", "docx")
    assert code == 0
    assert (tmp_path / "รายงาน-2566-date-2023-03-31.docx").exists()


def test_round_or_date_is_required_and_checked() -> None:
    code, _, err = run("report", "--format", "docx")
    assert code == 1 and "ระบุ --round หรือ --as-of" in err
    with pytest.raises(SystemExit) as unknown:
        run("report", "--round", "q5")
    assert unknown.value.code == 2  # argparse lists the rounds


def test_round_with_as_of_takes_the_fiscal_year_of_that_date(tmp_path: Path) -> None:
    out = tmp_path / "q2.xlsx"
    code, said, _ = run("report", "--round", "q2", "--as-of", "2024-02-01", "--format", "xlsx", "-o", str(out))
    assert code == 0
    assert "ซึ่งก่อนวันสิ้นรอบ (31 มีนาคม 2567)" in said  # FY2566 data for an FY2567 round: flagged
    values = [str(c.value) for c in openpyxl.load_workbook(out)["สรุป"]["A"] if c.value]
    assert "ไตรมาสที่ ๒ (๑ มกราคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๗)" in values


def test_without_chromium_word_comes_out_without_chart_and_pdf_is_refused(tmp_path: Path, no_chromium: None) -> None:
    code, said, _ = run("report", "--round", "h1", "--format", "docx", "--chart", "-o", str(tmp_path / "h1.docx"))
    assert code == 0 and "ไม่มีกราฟในรายงาน" in said
    code, _, err = run("report", "--round", "h1", "--format", "pdf", "-o", str(tmp_path / "h1.pdf"))
    assert code == 1 and "ไม่พบโปรแกรม Chromium" in err and "Traceback" not in err
    assert not (tmp_path / "h1.pdf").exists()


@pytest.mark.browser
def test_pdf_report(tmp_path: Path, chromium: str) -> None:
    out = tmp_path / "h1.pdf"
    code, _, _ = run("report", "--round", "h1", "--format", "pdf", "-o", str(out))
    assert code == 0 and out.read_bytes()[:5] == b"%PDF-"


def test_report_of_a_broken_workbook_lists_problems(tmp_path: Path, book: Book) -> None:
    book.set("กิจกรรม", "H2", 150)
    path = tmp_path / "bad.xlsx"
    path.write_bytes(book.to_bytes())
    code, _, err = run("report", str(path), "--round", "h1", "-o", str(tmp_path / "r.docx"))
    assert code == 1 and "กิจกรรม!H2" in err and "ไฟล์มีข้อผิดพลาด" in err


def test_calendar(tmp_path: Path) -> None:
    out = tmp_path / "deadlines.ics"
    assert run("calendar", "-o", str(out))[0] == 0
    assert len(Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == 25


def test_export_data_round_trip_and_csv(tmp_path: Path) -> None:
    xlsx, csv_file = tmp_path / "data.xlsx", tmp_path / "activities.csv"
    assert run("export-data", "-o", str(xlsx))[0] == 0
    assert read_workbook(xlsx).plan == read_workbook(SHIPPED_WORKBOOK).plan
    assert run("export-data", "--sheet", "deadlines", "-o", str(csv_file))[0] == 0  # format from the suffix
    lines = csv_file.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "ลำดับ,รายการ,กำหนดส่ง,วันที่ส่ง" and len(lines) == 1  # all 25 come from activity cells
    assert io.BytesIO(csv_file.read_bytes()).read(3) == b"\xef\xbb\xbf"
