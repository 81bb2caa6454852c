"""Opening an untrusted Word document (``ita_core.word.package``): what it reads as Word shows it, and
every hostile document answered quickly, in bounded memory, with a Thai reason and no traceback."""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_docx import HOSTILE, document, paragraph
from office_plans import Builder

from ita_core.paths import REPO_ROOT
from ita_core.problems import WorkbookRejected
from ita_core.word.package import DocxLimits, Line, Table, read_body
from ita_core.word.reader import read_docx


def _cell(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{paragraph(text) if text else '<w:p/>'}</w:tc>"


def test_merged_cells_read_as_word_shows_them() -> None:
    rows = (
        "<w:tr>" + _cell("หัว", '<w:gridSpan w:val="2"/>') + _cell("กลุ่ม", '<w:vMerge w:val="restart"/>') + "</w:tr>"
        "<w:tr>" + _cell("ก") + _cell("ข") + _cell("", "<w:vMerge/>") + "</w:tr>"
    )
    (table,) = read_body(document(f"<w:tbl>{rows}</w:tbl>"))
    assert isinstance(table, Table)
    first, second = table.rows
    assert [c.paragraphs for c in first] == [["หัว"], ["หัว"], ["กลุ่ม"]]  # a span stands in each of its columns
    assert first[0] is first[1]  # the same cell, as Word has it
    assert [c.paragraphs for c in second] == [["ก"], ["ข"], ["กลุ่ม"]]  # a merge down shows the first cell's text
    assert [c.continued for c in second] == [False, False, True]


def test_what_is_text_and_what_is_not() -> None:
    body = (
        "<w:p><w:r><w:t>บรรทัดแรก</w:t><w:br/><w:t>บรรทัดสอง</w:t></w:r></w:p>"  # a line break: two lines
        "<w:p><w:r><w:t>คง</w:t></w:r><w:del><w:r><w:delText>ลบ</w:delText></w:r></w:del>"
        "<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>ไว้</w:t></w:r></w:p>"  # deleted text, a field code
        '<w:p><w:pPr><w:pStyle w:val="ListParagraph"/></w:pPr><w:r><w:t>ข้อในรายการ</w:t></w:r></w:p>'
        "<w:p><w:r><mc:AlternateContent xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006'>"
        "<mc:Choice Requires='wps'><w:txbxContent><w:p><w:r><w:t>ในกล่องข้อความ</w:t></w:r></w:p></w:txbxContent>"
        "</mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r><w:t>ในกล่องข้อความ</w:t></w:r></w:p></w:txbxContent>"
        "</mc:Fallback></mc:AlternateContent></w:r></w:p>"  # a text box, once (not again from its fallback)
        "<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc>" + paragraph("ตารางใน") + "</w:tc><w:tc>" + paragraph("ตาราง")
        + "</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>"  # a table in a cell: its paragraphs are the cell's
    )  # fmt: skip
    blocks = read_body(document(body))
    assert blocks[:5] == ["บรรทัดแรก", "บรรทัดสอง", "คงไว้", "ข้อในรายการ", "ในกล่องข้อความ"]
    assert isinstance(blocks[3], Line) and blocks[3].listed and not blocks[2].listed
    (table,) = blocks[5:]
    assert isinstance(table, Table) and table.rows[0][0].paragraphs == ["ตารางใน", "ตาราง"]


def test_text_struck_through_is_left_out_and_told() -> None:
    """A struck run is deleted text to whoever reads the page: an old date struck beside its new one."""
    body = (
        "<w:p><w:r><w:t xml:space='preserve'>ส่ง </w:t></w:r>"
        "<w:r><w:rPr><w:strike/></w:rPr><w:t xml:space='preserve'>20 มิ.ย. 66 </w:t></w:r>"
        "<w:r><w:t>30 มิ.ย. 66</w:t></w:r></w:p>"
        "<w:p><w:r><w:rPr><w:dstrike/></w:rPr><w:t>ทั้งย่อหน้า</w:t></w:r></w:p>"
        "<w:p><w:r><w:rPr><w:strike w:val='0'/></w:rPr><w:t>ไม่ขีดฆ่า</w:t></w:r></w:p>"
    )
    struck: list[str] = []
    assert read_body(document(body), struck=struck) == ["ส่ง 30 มิ.ย. 66", "ไม่ขีดฆ่า"]
    assert struck == ["20 มิ.ย. 66 ", "ทั้งย่อหน้า"]


def test_text_struck_through_counts_against_the_limit_on_text() -> None:
    struck = "<w:p><w:r><w:rPr><w:strike/></w:rPr><w:t>" + "ก" * 50 + "</w:t></w:r></w:p>"
    with pytest.raises(WorkbookRejected) as caught:
        read_body(document(struck), DocxLimits(max_text_chars=40))
    assert "ตัวอักษรมากกว่า 40" in caught.value.th


def test_a_document_python_docx_writes_reads_whole() -> None:
    data = Builder().p("ย่อหน้า").table([["ก", ["ข", "* ค"]]]).bytes()
    paragraph_, table = read_body(data)  # the empty paragraph after the table holds nothing
    assert paragraph_ == "ย่อหน้า"
    assert isinstance(table, Table) and [c.paragraphs for c in table.rows[0]] == [["ก"], ["ข", "ค"]]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "ว่างเปล่า"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ".doc"),
        (b"PK\x03\x04 not really a zip", "เสียหาย"),
        (Builder().p("x").bytes().replace(b"word/document.xml", b"word/documenX.xml"), ".docx"),
    ],
    ids=["empty", "legacy .doc", "broken zip", "no main part"],
)
def test_files_that_are_not_word_documents_are_refused_in_thai(data: bytes, words: str) -> None:
    with pytest.raises(WorkbookRejected) as refused:
        read_body(data)
    assert words in refused.value.th


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_document_costs_little_and_says_one_thing_in_thai(name: str) -> None:
    data = HOSTILE[name]()
    started = time.monotonic()
    found = read_docx(data)  # in the bounded reading process, as the app reads it
    took = time.monotonic() - started
    print(f"{name}: {len(data) / 1024:.0f} KB answered in {took:.2f} s")
    assert found.errors, name
    assert all(any("\u0e00" <= ch <= "\u0e7f" for ch in p.th) for p in found.errors)  # said in Thai
    assert "Traceback" not in " ".join(p.th + p.en for p in found.problems)


def _from_word(path: Path, *more: str) -> tuple[subprocess.CompletedProcess[str], float]:
    """``python -m ita_core from-word`` as a person runs it, and the most memory any of its processes took."""
    done = subprocess.run(
        [sys.executable, "-m", "ita_core", "from-word", str(path), "-o", str(path.with_suffix(".xlsx")), *more],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return done, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


@pytest.mark.slow
def test_from_word_answers_each_hostile_document_within_20_s_and_1_5_gib(tmp_path: Path) -> None:
    for name, make in HOSTILE.items():
        path = tmp_path / "plan.docx"
        path.write_bytes(make())
        started = time.monotonic()
        done, peak_mib = _from_word(path)
        took = time.monotonic() - started
        print(f"from-word, {name}: exit {done.returncode} in {took:.1f} s, peak {peak_mib:.0f} MiB so far")
        assert done.returncode == 1 and took < 20 and peak_mib < 1536, (name, done.stderr[-500:])
        assert "Traceback" not in done.stderr and done.stderr.strip(), name


def test_a_table_nested_a_few_levels_is_read_but_too_deep_is_refused() -> None:
    inner = paragraph("ลึก")
    for _ in range(3):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl>"
    (table,) = read_body(document(inner))
    assert isinstance(table, Table) and table.rows[0][0].paragraphs == ["ลึก"]
    with pytest.raises(WorkbookRejected) as refused:
        read_body(HOSTILE["tables nested 300 deep"]())
    assert "ลึก" in refused.value.th


def test_memory_of_this_process_does_not_grow_with_a_hostile_document() -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    read_docx(HOSTILE["ten million empty paragraphs"]())  # read in the reading process, not here
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50 * 1024  # KiB
