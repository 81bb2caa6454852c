"""Untrusted files: refused with one clear message, quickly, and without filling memory."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile
from collections.abc import Callable
from typing import Any

import pytest
import xlsxwriter
from msoffcrypto.format.ooxml import OOXMLFile
from workbooks import Book, excel_writes, valid_book

from ita_core import Limits, WorkbookRejected, read_workbook
from ita_core.workbook.safety import inspect_workbook

MiB = 1 << 20


def _rejected(data: bytes, limits: Limits | None = None) -> WorkbookRejected:
    with pytest.raises(WorkbookRejected) as caught:
        read_workbook(data, limits)
    assert caught.value.th and caught.value.en
    return caught.value


def _with_members(extra: dict[str, bytes], base: bytes | None = None) -> bytes:
    """A copy of a valid workbook with members added or replaced."""
    source = zipfile.ZipFile(io.BytesIO(base or valid_book().to_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename not in extra:
                target.writestr(info, source.read(info))
        for name, data in extra.items():
            target.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "ไฟล์ว่างเปล่า"),
        ("ลำดับ,กิจกรรม\n1.1,ทดสอบ\n".encode(), "ไม่ใช่ไฟล์ Excel"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "ไม่ใช่ไฟล์ Excel"),
        (b"PK\x03\x04 truncated zip", "ไฟล์เสียหาย"),
    ],
)
def test_not_a_workbook(data: bytes, fragment: str) -> None:
    assert fragment in _rejected(data).th


def test_a_zip_that_is_not_a_workbook() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    assert "ไม่ใช่ไฟล์ Excel" in _rejected(out.getvalue()).th


def test_encrypted_workbook() -> None:
    plain = io.BytesIO(valid_book().to_bytes())
    encrypted = io.BytesIO()
    OOXMLFile(plain).encrypt("secret", encrypted)
    error = _rejected(encrypted.getvalue())
    assert "รหัสผ่าน" in error.th
    assert "password" in error.en


def test_legacy_xls() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    assert ".xls" in _rejected(ole).th


def test_xml_entity_bomb_is_refused_before_parsing() -> None:
    entities = "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">{entities}]>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>'
    ).encode()
    error = _rejected(_with_members({"xl/sharedStrings.xml": bomb}))
    assert "DTD" in error.th


def _set_declared_size(data: bytearray, member: bytes, size: int, local_too: bool) -> None:
    for offset in _central_entries(data):
        name_len = struct.unpack_from("<H", data, offset + 28)[0]
        if data[offset + 46 : offset + 46 + name_len] == member:
            struct.pack_into("<I", data, offset + 24, size)
            if local_too:
                local = struct.unpack_from("<I", data, offset + 42)[0]
                struct.pack_into("<I", data, local + 22, size)


def test_declared_gigabytes_are_refused_without_inflating() -> None:
    data = bytearray(_with_members({"xl/media/big.bin": b"\0" * 1000}))
    _set_declared_size(data, b"xl/media/big.bin", 3 << 30, local_too=False)  # as a real bomb's header says
    assert "เกินกำหนด" in _rejected(bytes(data)).th


def _central_entries(data: bytearray) -> list[int]:
    entries, start = [], 0
    while (found := data.find(b"PK\x01\x02", start)) != -1:
        entries.append(found)
        start = found + 4
    return entries


@pytest.fixture(scope="module")
def lying_bomb() -> bytes:
    """A member whose header says 1 kB but whose data inflates to 256 MiB."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(valid_book().to_bytes())) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
    ):
        for info in source.infolist():
            target.writestr(info, source.read(info))
        with target.open("xl/media/bomb.bin", "w") as handle:
            block = b"\0" * (16 * MiB)
            for _ in range(16):
                handle.write(block)
    data = bytearray(out.getvalue())
    _set_declared_size(data, b"xl/media/bomb.bin", 1000, local_too=True)
    return bytes(data)


def test_lying_zip_bomb_is_refused_in_bounded_memory(lying_bomb: bytes) -> None:
    tracemalloc.start()
    try:
        error = _rejected(lying_bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "ไฟล์เสียหาย" in error.th
    assert peak < 64 * MiB


def test_real_content_over_the_unpacked_limit_is_refused_in_bounded_memory() -> None:
    data = _with_members({"xl/media/filler.bin": b"\0" * (40 * MiB)})
    tracemalloc.start()
    try:
        error = _rejected(data, Limits(max_unpacked_bytes=8 * MiB))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "เกินกำหนด" in error.th
    assert peak < 64 * MiB + len(data)


def test_file_size_limit() -> None:
    assert "ใหญ่เกินกำหนด" in _rejected(valid_book().to_bytes(), Limits(max_file_bytes=1000)).th


def test_cell_count_limit() -> None:
    assert "เซลล์มากเกินกำหนด" in _rejected(valid_book().to_bytes(), Limits(max_cells=5)).th


def test_formula_cells_without_values_and_percent_cells_are_found() -> None:
    book = valid_book()
    book.set("กิจกรรม", "H3", "=40+10")
    book.set("กิจกรรม", "H4", 0.5, number_format="0%")
    scan = inspect_workbook(book.to_bytes())
    sheet = scan.sheets["กิจกรรม"]
    assert sheet.formula_without_value == {"H3"}
    assert sheet.percent_cells == {"H4"}


def test_struck_cells_are_found_by_font_shared_string_and_own_text() -> None:
    book = valid_book()
    book.set("กิจกรรม", "D4", "20 มิ.ย. 66")  # the same text as the struck run below: not struck itself
    book.set("กิจกรรม", "J2", "ยกเลิก").set("กิจกรรม", "J3", "ยกเลิก").strike("กิจกรรม", "J2").strike("กิจกรรม", "J3")
    book.strike("กิจกรรม", "G3", "20 มิ.ย. 66").strike("กิจกรรม", "I4")  # I4: struck but empty
    for data in (excel_writes(book), book.to_bytes()):
        assert inspect_workbook(data).sheets["กิจกรรม"].struck == {"J2", "J3", "G3"}
    # A rich text shared by two cells (Excel keeps it once): both are struck.
    book.set("กิจกรรม", "G4", "30 มิ.ย. 66").strike("กิจกรรม", "G4", "20 มิ.ย. 66").set("กิจกรรม", "G3", "30 มิ.ย. 66")
    assert inspect_workbook(excel_writes(book)).sheets["กิจกรรม"].struck == {"J2", "J3", "G3", "G4"}


def test_cells_showing_an_excel_error_are_found_typed_or_computed() -> None:
    out = io.BytesIO()
    workbook = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = workbook.add_worksheet("กิจกรรม")
    sheet.write_formula("H3", "=1/0", None, "#DIV/0!")  # as Excel saves a formula and the error it shows
    sheet.write_formula("H4", "=40+10", None, 50)
    sheet.write("J2", "#N/A")
    workbook.close()
    book = valid_book().set("กิจกรรม", "J5", "#REF!")
    assert inspect_workbook(out.getvalue()).sheets["กิจกรรม"].error_values == {"H3": "#DIV/0!"}
    assert inspect_workbook(book.to_bytes()).sheets["กิจกรรม"].error_values == {"J5": "#REF!"}


def test_a_strike_turned_off_is_not_struck() -> None:
    book = valid_book().strike("กิจกรรม", "G3", "20 มิ.ย. 66")
    data = excel_writes(book)
    shared = zipfile.ZipFile(io.BytesIO(data)).read("xl/sharedStrings.xml")
    assert b"<strike/>" in shared
    off = _with_members({"xl/sharedStrings.xml": shared.replace(b"<strike/>", b'<strike val="0"/>')}, data)
    assert inspect_workbook(off).sheets["กิจกรรม"].struck == set()


@pytest.mark.parametrize(
    "make",
    [
        lambda: _with_members({"xl/workbook.xml": b"<not xml"}),
        lambda: _with_members({"xl/styles.xml": b"<styleSheet><cellXfs><xf numFmtId='x'/></cellXfs>"}),
    ],
)
def test_damaged_parts_are_refused(make: Callable[[], bytes]) -> None:
    assert "เสียหาย" in _rejected(make()).th


def test_valid_book_passes(book: Book) -> None:
    assert read_workbook(book.to_bytes()).ok


# -- bounds before parsing, and limits that cannot be walked around ---------------------------------


def test_a_value_in_the_last_cell_is_refused_before_any_reading() -> None:
    import hostile

    result = read_workbook(hostile.corner_cell())
    assert result.plan is None
    [problem] = result.errors
    assert (problem.sheet, problem.cell) == ("กิจกรรม", "XFD1048576")
    assert "เซลล์ XFD1048576 อยู่ไกลเกินไป" in problem.th and "ลบแถว/คอลัมน์ที่ไม่ใช้แล้วบันทึกใหม่" in problem.th


def test_a_claimed_dimension_or_a_styled_corner_is_not_a_reason_to_refuse() -> None:
    import hostile

    for data in (hostile.huge_dimension(), hostile.styled_corner()):
        assert read_workbook(data).ok
    assert inspect_workbook(hostile.huge_dimension()).sheets["กิจกรรม"].dimension == "A1:XFD1048576"


def test_a_member_that_inflates_past_its_declared_size_is_refused() -> None:
    import hostile

    tracemalloc.start()
    error = _rejected(hostile.lying_member(256 * MiB))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "ไฟล์เสียหาย" in error.th and "inflates past its declared size" in error.en
    assert peak < 64 * MiB  # it stopped at the first chunk past the declared size


def test_cells_without_a_position_are_refused() -> None:
    import hostile

    error = _rejected(hostile.unplaced_cells(100))
    assert "ไม่ระบุตำแหน่ง" in error.th and "กิจกรรม" in error.th


def test_cells_that_give_their_position_after_other_attributes_are_read() -> None:
    """Counting settles Excel's own files; other writers may put ``r`` later, and still pass."""
    import re
    import zipfile

    import hostile

    moved = hostile.patched(lambda xml: re.sub(rb'<c r="([A-Z]+[0-9]+)" (t="[A-Za-z]+")', rb'<c \2 r="\1"', xml))
    part = zipfile.ZipFile(io.BytesIO(moved)).read(hostile.part_of(moved, "กิจกรรม"))
    assert re.search(rb'<c t="[A-Za-z]+" r="B2"', part)  # the test really moved the position
    assert read_workbook(moved).ok
    assert "ไม่ระบุตำแหน่ง" in _rejected(hostile.unplaced_cells(1)).th  # one unplaced cell among placed ones


def test_every_cell_element_counts_towards_the_cap() -> None:
    import hostile

    data = hostile.patched(
        lambda xml: xml.replace(b"</sheetData>", b'<row r="40">' + b'<c r="A40"/>' * 3000 + b"</row></sheetData>")
    )
    assert "เซลล์มากเกินกำหนด" in _rejected(data, Limits(max_cells=2000)).th


@pytest.mark.parametrize("part", ["xl/vbaProject.bin", "xl/macrosheets/sheet1.xml", "xl/activeX/activeX1.bin"])
def test_macro_enabled_workbooks_are_refused(part: str) -> None:
    error = _rejected(_with_members({part: b"\xd0\xcf\x11\xe0 macro code"}))
    assert "บันทึกเป็น > สมุดงาน Excel (.xlsx) ก่อน" in error.th and "macros" in error.en


def _attributes_reordered(data: bytes) -> bytes:
    """The same workbook with every cell's style written before its reference (``<c s="1" r="H4">``),
    which the format allows and some writers do."""
    import re

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            part = source.read(info)
            if info.filename.startswith("xl/worksheets/"):
                part = re.sub(rb'<c r="([A-Z]+\d+)"((?: [a-z]+="[^"]*")*)', rb'<c\2 r="\1"', part)
            target.writestr(info.filename, part)
    return out.getvalue()


def test_cell_attributes_are_read_by_name_in_any_order() -> None:
    book = valid_book()
    book.set("กิจกรรม", "H3", "=40+10")
    book.set("กิจกรรม", "H4", 0.5, number_format="0%")
    book.set("กิจกรรม", "AZZ9", "ไกล")  # a value far away, written after its style
    data = _attributes_reordered(book.to_bytes())
    sheets = zipfile.ZipFile(io.BytesIO(data))
    xml = b"".join(sheets.read(n) for n in sheets.namelist() if n.startswith("xl/worksheets/"))
    assert b' r="H4"' in xml and b'<c r="H4"' not in xml  # the style does come first now
    sheet = inspect_workbook(data).sheets["กิจกรรม"]
    assert sheet.formula_without_value == {"H3"}
    assert sheet.percent_cells == {"H4"}  # a 50% cell stays 50, not 0.5
    assert sheet.far_cell == "AZZ9"


def test_a_percent_cell_written_style_first_reads_as_its_percentage() -> None:
    book = valid_book()
    book.set("กิจกรรม", "H3", 0.5, number_format="0%")  # Excel shows 50%
    plan = read_workbook(_attributes_reordered(book.to_bytes())).plan
    assert plan is not None and plan.activity("1.2").progress == 50


@pytest.mark.parametrize(
    ("formula", "why", "words"),
    [
        ("=cmd|' /C calc'!A0", "dde", "DDE"),
        ("=[1]Sheet1!A1", "workbook", "ไฟล์อื่น"),
        ('=HYPERLINK("http://elsewhere.example/x","คลิก")', "address", "HYPERLINK"),
        ('=WEBSERVICE("http://elsewhere.example/x")', "address", "WEBSERVICE"),
    ],
    ids=["DDE", "another workbook", "HYPERLINK", "WEBSERVICE"],
)
def test_a_formula_that_reaches_outside_is_an_error_at_its_cell(formula: str, why: str, words: str) -> None:
    book = valid_book()
    book.set("กิจกรรม", "J3", formula)  # หมายเหตุ of 1.2
    data = book.to_bytes()
    assert inspect_workbook(data).sheets["กิจกรรม"].reaching_out == {"J3": why}
    result = read_workbook(data)
    assert result.plan is None
    found = [p for p in result.errors if p.location == "กิจกรรม!J3" and words in p.th]
    assert found, [p.line() for p in result.problems]


def test_a_formula_that_stays_inside_is_not_refused_for_it() -> None:
    book = valid_book()
    book.set("กิจกรรม", "J3", '=CONCATENATE("ส่ง ","รายงาน")')
    assert inspect_workbook(book.to_bytes()).sheets["กิจกรรม"].reaching_out == {}


def test_a_workbook_linked_to_other_files_is_refused() -> None:
    linked = _with_members({"xl/externalLinks/externalLink1.xml": b"<externalLink/>"})
    assert "External Links" in _rejected(linked).th


@pytest.mark.parametrize(
    "block",
    [
        b'<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"/></row>',  # Excel's order: the four counts decide
        b'<cols><col min="1" max="2"/></cols><sheetData><row r="1"><c r="A1"/></row>',  # <col> also begins "<c"
        b'<row r="3"><c t="s" r="A3"><v>1</v></c></row>',  # another writer: position after another attribute
        b'<row r="4"><c/><c r="B4"/></row>',  # a cell with no position
        b'<row><c r="A5"/></row>',  # a row with no position
        b'<row r="6"/><rowBreaks count="1"/><conditionalFormatting><cfRule type="x"/></conditionalFormatting>',
        b"",
    ],
)
def test_the_quick_cell_count_agrees_with_the_exact_one(block: bytes) -> None:
    """``_cells_and_unplaced`` takes four counts where the block is as Excel writes it; wherever it says
    "all placed", the exact counts say so too, and the cell count is the exact one."""
    from ita_core.workbook import safety

    cells = sum(block.count(start) for start in (b"<c ", b"<c>", b"<c/"))
    rows = block.count(b"<row ") + block.count(b"<row>") + block.count(b"<row/")
    exact = cells != block.count(b'<c r="') or rows != block.count(b'<row r="')
    found, may_be_unplaced = safety._cells_and_unplaced(block)
    assert found == cells
    assert may_be_unplaced == exact


def _sheet_rewritten(
    fill: Callable[[Any], None], rewrite: Callable[[bytes], bytes], title: str = "กิจกรรม", *, besides: str = ""
) -> bytes:
    """A workbook of one sheet filled by openpyxl (and an empty sheet ``besides`` it, if named), then that
    sheet's XML rewritten: what openpyxl will not write (other writers' attribute order, tens of thousands of
    merged ranges in seconds)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = title
    fill(wb.active)
    if besides:
        wb.create_sheet(besides)
    plain = io.BytesIO()
    wb.save(plain)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, rewrite(data) if info.filename == "xl/worksheets/sheet1.xml" else data)
    return out.getvalue()


def _with_merges(refs: list[str]) -> bytes:
    merges = "".join(f'<mergeCell ref="{ref}"/>' for ref in refs)
    return _sheet_rewritten(
        lambda sheet: sheet.__setitem__("A1", 1),
        lambda xml: xml.replace(
            b"</sheetData>", f'</sheetData><mergeCells count="{len(refs)}">{merges}</mergeCells>'.encode()
        ),
    )


def _ids(sheet: Any) -> None:
    sheet["B1"], sheet["B2"], sheet["B3"], sheet["B4"], sheet["B5"] = "1.1", 1.1, "x", "y", 2.5
    sheet["B6"], sheet["B7"], sheet["C2"], sheet["B10"] = "=1+0.1", 1.2, 1.1, 2
    sheet["B11"], sheet["B12"] = 0.55, -1.5  # no id: a progress typed as a percentage (55 %), a negative number


def _other_writers(xml: bytes) -> bytes:  # openpyxl writes r then t, t="n" for a number, inline text
    for old, new in [
        (b'<c r="B3" t="inlineStr">', b'<c t="inlineStr" r="B3">'),  # text, its type before its place
        (b'<c r="B4" t="inlineStr"><is><t>y</t></is>', b'<c t="str" r="B4"><f>"1.1"</f><v>1.1</v>'),  # =“1.1”
        (b'<c r="B5" t="n">', b'<c s="0" t="n" r="B5">'),  # a number said so, its place last
        (b"<f>1+0.1</f><v></v>", b"<f>1+0.1</f><v>1.1000000000000001</v>"),  # a formula's number, as Excel saves it
        (b'<c r="B7" t="n">', b'<c r="B7" s="0">'),  # a number as Excel writes it: no type
        (
            b"</sheetData>",
            b'<row r="8"><c r="B8" t="b"><v>1</v></c></row><row r="9"><c r="B9" s="0"/></row></sheetData>',
        ),
    ]:
        assert old in xml
        xml = xml.replace(old, new)
    return xml


def test_numbers_with_a_fraction_are_told_from_text_whatever_the_writer_s_attribute_order() -> None:
    """The fast reader gives 1.1 typed as a number and '1.1 typed as text alike; the scan tells them apart,
    in the sheets with a column of ids (the กิจกรรม sheet's is แนวทาง, when a แนวทาง sheet gives them)."""
    scan = inspect_workbook(_sheet_rewritten(_ids, _other_writers, "กำหนดส่ง"))
    assert scan.sheets["กำหนดส่ง"].decimal_numbers == {"B2", "B5", "B6", "B7", "C2"}  # not text, TRUE, empty or 2
    guided = inspect_workbook(_sheet_rewritten(_ids, _other_writers, besides="แนวทาง")).sheets["กิจกรรม"]
    assert guided.decimal_numbers == {"B2", "B5", "B6", "B7", "C2"}
    assert inspect_workbook(_sheet_rewritten(_ids, _other_writers)).sheets["กิจกรรม"].decimal_numbers == set()
    measures = inspect_workbook(_sheet_rewritten(_ids, _other_writers, "มาตรการ")).sheets["มาตรการ"]
    assert measures.decimal_numbers == set()  # no column of ids
    rows = "".join(f'<row r="{r}"><c r="A{r}" s="1"><v>1.1</v></c></row>' for r in range(20, 80_000)).encode()
    many = inspect_workbook(
        _sheet_rewritten(_ids, lambda xml: xml.replace(b"</sheetData>", rows + b"</sheetData>"), "กำหนดส่ง")
    )
    assert len(many.sheets["กำหนดส่ง"].decimal_numbers - {"B2", "B5", "B6", "B7", "C2"}) == 80_000 - 20  # across chunks


def test_hidden_rows_are_noted_whatever_the_order_of_their_attributes() -> None:
    def fill(sheet: Any) -> None:
        for row in (2, 3, 4, 5):
            sheet[f"A{row}"] = row
        sheet.row_dimensions[2].hidden = True

    def rewrite(xml: bytes) -> bytes:
        for old, new in [(b'<row r="3">', b'<row hidden="1" r="3">'), (b'<row r="4">', b'<row r="4" hidden="true">')]:
            assert old in xml
            xml = xml.replace(old, new)
        return xml

    assert inspect_workbook(_sheet_rewritten(fill, rewrite)).sheets["กิจกรรม"].hidden_rows == {2, 3, 4}


def test_ranges_merged_down_one_column_are_noted_even_across_the_scan_s_chunks() -> None:
    """40,000 ranges fill more than one 1 MiB chunk of the sheet's XML: one cut in two is still read."""
    refs = [f"A{2 * i + 1}:A{2 * i + 2}" for i in range(40_000)]
    scan = inspect_workbook(_with_merges([*refs, "B2:C2", "D3:E9", "AZ4:AZ6", "BA4:BA6", "C9:C5"]))
    down = [("A", 2 * i + 1, 2 * i + 2) for i in range(40_000)] + [("AZ", 4, 6)]  # not across, beyond AZ, upside down
    assert scan.sheets["กิจกรรม"].merged_down == down
