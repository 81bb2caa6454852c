"""Workbooks a careless or hostile editor could bring, built by patching a valid one's XML.

Each is small on disk and would be expensive for a naive reader: a value in the sheet's last
cell, a sheet that claims the whole grid, hundreds of thousands of broken rows, a zip member
that inflates far past what its header declares.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator

from workbooks import valid_book

from ita_core.workbook.safety import inspect_workbook

ACTIVITIES = "กิจกรรม"


def part_of(data: bytes, sheet: str) -> str:
    """The zip member holding a sheet."""
    return inspect_workbook(data).sheets[sheet].part


def patched(patch: Callable[[bytes], bytes], sheet: str = ACTIVITIES, base: bytes | None = None) -> bytes:
    """A copy of a valid workbook with one sheet's XML rewritten."""
    base = base or valid_book().to_bytes()
    part = part_of(base, sheet)
    source = zipfile.ZipFile(io.BytesIO(base))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info.filename, patch(data) if info.filename == part else data)
    return out.getvalue()


def corner_cell() -> bytes:
    """One value in the last cell of the activities sheet, XFD1048576 (a Ctrl+End mistake)."""
    return patched(
        lambda xml: xml.replace(
            b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
        )
    )


def huge_dimension() -> bytes:
    """A sheet that claims A1:XFD1048576 while its cells sit in the first rows and columns."""
    return patched(lambda xml: re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', xml))


def styled_corner() -> bytes:
    """A cell holding only a style at XFD1048576: nothing to read, so no reason to refuse."""
    corner = b'<row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData>'
    return patched(lambda xml: xml.replace(b"</sheetData>", corner))


def rows_of_remarks(first: int, last: int) -> bytes:
    """Rows ``first``..``last`` of the activities sheet hold a remark (column J) and no activity id."""

    def rows() -> Iterator[bytes]:
        for n in range(first, last + 1):
            yield b'<row r="%d"><c r="J%d" t="inlineStr"><is><t>x</t></is></c></row>' % (n, n)

    return patched(lambda xml: xml.replace(b"</sheetData>", b"".join(rows()) + b"</sheetData>"))


def unplaced_cells(count: int) -> bytes:
    """A row of ``count`` cells written ``<c>`` with no attributes: no position, no style."""
    return patched(lambda xml: xml.replace(b"</sheetData>", b'<row r="30">' + b"<c/>" * count + b"</row></sheetData>"))


def lying_member(inflated_bytes: int) -> bytes:
    """The activities sheet's member declares its honest size and checksum, but its deflate stream
    goes on to ``inflated_bytes`` of XML whitespace: a reader that trusts the stream inflates it all."""
    honest = valid_book().to_bytes()
    part = part_of(honest, ACTIVITIES)
    source = zipfile.ZipFile(io.BytesIO(honest))
    members: list[tuple[str, bytes, int, int]] = []  # name, raw deflate, declared size, crc
    for info in source.infolist():
        data = source.read(info)
        if info.filename == part:
            packer = zlib.compressobj(9, zlib.DEFLATED, -15)
            raw = [packer.compress(data)]
            block = b" " * (1 << 20)
            for _ in range(inflated_bytes >> 20):
                raw.append(packer.compress(block))
            raw.append(packer.flush())
            members.append((info.filename, b"".join(raw), len(data), zlib.crc32(data)))
        else:
            packer = zlib.compressobj(6, zlib.DEFLATED, -15)
            members.append((info.filename, packer.compress(data) + packer.flush(), len(data), zlib.crc32(data)))
    return _zip(members)


def _zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip written by hand, so a member's declared size can differ from its content."""
    out, central = io.BytesIO(), io.BytesIO()
    for name, raw, size, crc in members:
        encoded = name.encode()
        offset = out.tell()
        out.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(raw), size, len(encoded), 0))
        out.write(encoded + raw)
        fields = (b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(raw), size, len(encoded), 0, 0, 0, 0, 0, offset)
        central.write(struct.pack("<4sHHHHHHIIIHHHHHII", *fields) + encoded)
    start = out.tell()
    directory = central.getvalue()
    out.write(directory)
    out.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(members), len(members), len(directory), start, 0))
    return out.getvalue()


ELSEWHERE = "elsewhere.example"
MARKUP = (
    f"<b>b</b> <a href='http://{ELSEWHERE}/a'>a</a> ![x](http://{ELSEWHERE}/beacon.png) "
    f"[คลิก](http://{ELSEWHERE}/link) **หนา** <img src='http://{ELSEWHERE}/i.png'>"
)


def markup_book() -> bytes:
    """A valid plan whose unit, measure, activity, group and item texts carry Markdown and HTML: all of
    it must be shown as the characters typed, never as links, images or formatting."""
    from workbooks import HEADERS, Book, Text

    return (
        Book()
        .add("ข้อมูลหน่วยงาน", [["หน่วยงาน", Text("สำนัก " + MARKUP)], ["ปีงบประมาณ", 2566], ["ข้อมูล ณ วันที่", "31/3/2566"]])
        .add("มาตรการ", [list(HEADERS["มาตรการ"]), [1, Text("มาตรการ " + MARKUP)], [2, "มาตรการที่สอง"]])
        .add(
            "กิจกรรม",
            [
                list(HEADERS["กิจกรรม"]),
                [
                    1,
                    "1.1",
                    Text("กิจกรรม " + MARKUP),
                    Text(MARKUP),
                    None,
                    Text("กลุ่ม " + MARKUP),
                    "ส่ง 20 มิถุนายน 2566",
                    100,
                    Text(MARKUP),
                    Text(MARKUP),
                ],
                [1, "1.2", "กิจกรรมสอง", None, None, "คณะทำงานสำนัก", "ส่ง 7 เม.ย. 2566", 50, None, None],
                [2, "2.1", "กิจกรรมสาม", None, None, "กลุ่มงานวินัย", "๗ เม.ย. ๖๖", None, None, None],
            ],
        )
        .add("การมีส่วนร่วม", [list(HEADERS["การมีส่วนร่วม"]), ["1.2", Text("กลุ่ม " + MARKUP), 1, 2, 80]])
        .add("กำหนดส่ง", [list(HEADERS["กำหนดส่ง"]), ["1.2", Text("รายการ " + MARKUP), "7/4/2566", None]])
        .to_bytes()
    )
