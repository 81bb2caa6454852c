"""Word documents a careless or hostile editor could bring, written by hand as zip and XML.

Each is small on disk and was expensive for the old reader (python-docx in the app's own process): a
cover line that made a pattern backtrack, ten million empty paragraphs, a member whose zip header
lies about its size, vertically merged cells (python-docx resolves each cell of such a table by
walking the whole table), a DTD hidden after a long comment or in UTF-16, tables nested 300 deep.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from hostile import _zip

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def rels(target: str = "word/document.xml") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/officeDocument" Target="{target}"/></Relationships>'
    ).encode()


def document(body: str | bytes, *, main: str = "word/document.xml", head: bytes = b"") -> bytes:
    """A .docx whose main part is ``body`` inside ``w:document/w:body`` (after ``head``, e.g. a DTD)."""
    inner = body.encode() if isinstance(body, str) else body
    xml = (
        b'<?xml version="1.0" encoding="UTF-8"?>' + head + f'<w:document xmlns:w="{W}"><w:body>'.encode()
        + inner + b"</w:body></w:document>"
    )  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", rels(main))
        archive.writestr(main, xml)
    return out.getvalue()


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def backtracking_title(repeats: int = 20_000) -> bytes:
    """The cover line that made the old title pattern backtrack quadratically (50 s of a frozen app)."""
    return document(paragraph("แผนส่งเสริม ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ " + "ของ ก " * repeats))


def empty_paragraphs(count: int = 10_000_000) -> bytes:
    """Ten million empty paragraphs: 61 MB unpacked from half a megabyte."""
    body = b"<w:p/>" * 100_000
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'.encode()
    tail = b"</w:body></w:document>"
    raw_packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = [raw_packer.compress(head)]
    crc = zlib.crc32(head)
    for _ in range(count // 100_000):
        raw.append(raw_packer.compress(body))
        crc = zlib.crc32(body, crc)
    raw.append(raw_packer.compress(tail))
    crc = zlib.crc32(tail, crc)
    raw.append(raw_packer.flush())
    size = len(head) + len(body) * (count // 100_000) + len(tail)
    return _zip([*_small_members(), ("word/document.xml", b"".join(raw), size, crc)])


def _small_members() -> list[tuple[str, bytes, int, int]]:
    members = []
    for name, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", rels())):
        packer = zlib.compressobj(6, zlib.DEFLATED, -15)
        members.append((name, packer.compress(data) + packer.flush(), len(data), zlib.crc32(data)))
    return members


def lying_zip(inflated_bytes: int = 2 << 30) -> bytes:
    """The main part declares a few hundred bytes, but its deflate stream goes on to gigabytes."""
    honest = f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{paragraph("x")}</w:body></w:document>'.encode()
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = [packer.compress(honest)]
    block = b" " * (1 << 20)
    for _ in range(inflated_bytes >> 20):
        raw.append(packer.compress(block))
    raw.append(packer.flush())
    return _zip([*_small_members(), ("word/document.xml", b"".join(raw), len(honest), zlib.crc32(honest))])


def merged_rows(rows: int = 1_000) -> bytes:
    """A table whose first column is one cell merged down ``rows`` rows, each row with a deadline."""
    header = (
        "<w:tr>"
        + "".join(
            f"<w:tc><w:p><w:r><w:t>{name}</w:t></w:r></w:p></w:tc>"
            for name in ("ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "ระยะเวลา", "ผู้รับผิดชอบ")
        )
        + "</w:tr>"
    )
    body = []
    for i in range(1, rows + 1):
        merge = '<w:vMerge w:val="restart"/>' if i == 1 else "<w:vMerge/>"
        body.append(
            f"<w:tr><w:tc><w:tcPr>{merge}</w:tcPr><w:p><w:r><w:t>{'กลุ่ม' if i == 1 else ''}</w:t></w:r></w:p></w:tc>"
            f"<w:tc><w:p><w:r><w:t>1.{i} กิจกรรมที่ {i}</w:t></w:r></w:p></w:tc>"
            "<w:tc><w:p><w:r><w:t>รายงาน</w:t></w:r></w:p></w:tc>"
            f"<w:tc><w:p><w:r><w:t>ส่ง {i % 28 + 1} มิถุนายน ๒๕๖๖</w:t></w:r></w:p></w:tc>"
            "<w:tc><w:p><w:r><w:t>กลุ่มงาน</w:t></w:r></w:p></w:tc></w:tr>"
        )
    cover = paragraph("แผน ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖") + paragraph("มาตรการที่ ๑ ทดสอบ")
    return document(cover + "<w:tbl>" + header + "".join(body) + "</w:tbl>")


def late_dtd() -> bytes:
    """A DTD with an entity after a 5 KB comment, where the old check (the first 4 KB) did not look."""
    head = b"<!--" + b"x" * 5_000 + b'--><!DOCTYPE w:document [<!ENTITY big "' + b"A" * 100 + b'">]>'
    return document(paragraph("&big;"), head=head)


def utf16_dtd() -> bytes:
    """The main part in UTF-16 with a DTD: no byte search for ``<!DOCTYPE`` finds it."""
    xml = (
        f'<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]>'
        f'<w:document xmlns:w="{W}"><w:body>{paragraph("&a;")}</w:body></w:document>'
    ).encode("utf-16")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", rels())
        archive.writestr("word/document.xml", xml)
    return out.getvalue()


def renamed_main_part() -> bytes:
    """The main part under another name, found through the relationships as Word finds it, with a DTD."""
    head = b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]>'
    return document(paragraph("&a;"), main="word/main-renamed.xml", head=head)


def nested_tables(depth: int = 300) -> bytes:
    """A table in a cell of a table, ``depth`` deep."""
    inner = paragraph("ลึก")
    for _ in range(depth):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl>"
    return document(paragraph("แผน ของกองทดสอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖") + inner)


HOSTILE = {
    "backtracking title": backtracking_title,
    "ten million empty paragraphs": empty_paragraphs,
    "a zip that lies about its size": lying_zip,
    "1,000 vertically merged rows": merged_rows,
    "a DTD after a 5 KB comment": late_dtd,
    "a DTD in UTF-16": utf16_dtd,
    "a renamed main part with a DTD": renamed_main_part,
    "tables nested 300 deep": nested_tables,
}
