"""Members of an untrusted zip (an .xlsx or a .docx) inflated with their real size counted.

Each member is inflated here from its raw compressed bytes, counting what really comes out, whatever
size its header declares: a header can lie (Python's ``zipfile`` stops at the declared size, a parser
after us would not), so a member that inflates past its declared size is refused, and the whole file
stops at its unpacked budget. XML members are refused if they declare a DTD, which is how entity
bombs work and which neither Excel nor Word writes.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ita_core.problems import WorkbookRejected

CHUNK = 1 << 20
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an Office file of the old kind, or an encrypted new one
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature … file name length, extra field length


@dataclass(frozen=True)
class Kind:
    """What the file should be, for what each refusal tells the person to do."""

    app: str  # the program that saves it right: "Excel", "Word"
    fix_th: str  # what to do with a file that is too big or holds a DTD
    fix_en: str


EXCEL = Kind("Excel", "ให้คัดลอกเฉพาะข้อมูลลงแม่แบบแล้วบันทึกใหม่", "copy the data into the template and save it again")
WORD = Kind(
    "Word",
    "ให้คัดลอกเนื้อหาลงเอกสาร Word ใหม่ (ไม่รวมรูปภาพขนาดใหญ่) แล้วบันทึกเป็น .docx",
    "copy the text into a new Word document (without large pictures) and save it as .docx",
)


def damaged(kind: Kind, detail: str) -> WorkbookRejected:
    return WorkbookRejected(
        f"ไฟล์เสียหาย (ข้อมูลภายในไม่ตรงกับที่ระบุไว้): ลองเปิดใน {kind.app} แล้วบันทึกใหม่",
        f"the file is damaged ({detail}): open it in {kind.app} and save it again",
    )


def too_big(kind: Kind, limit: int) -> WorkbookRejected:
    return WorkbookRejected(
        f"ข้อมูลในไฟล์เมื่อแตกออกมีขนาดเกินกำหนด (มากกว่า {limit / 2**20:.0f} MB): ไฟล์อาจผิดปกติหรือเป็นอันตราย {kind.fix_th}",
        f"the file unpacks to more than {limit / 2**20:.0f} MB; refused as unsafe",
    )


def dtd_refused(kind: Kind) -> WorkbookRejected:
    return WorkbookRejected(
        f"ไฟล์มีโครงสร้าง XML ที่ไม่ปลอดภัย (DTD/ENTITY) ซึ่ง {kind.app} ไม่สร้าง: ไม่นำเข้าไฟล์นี้ {kind.fix_th}",
        f"the file contains an XML DTD/ENTITY declaration, which {kind.app} never writes; refused as unsafe",
    )


def open_zip(data: bytes, kind: Kind) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise WorkbookRejected(
            f"ไฟล์เสียหาย อ่านโครงสร้างไม่ได้: ลองเปิดใน {kind.app} แล้วบันทึกใหม่",
            f"the file is damaged: open it in {kind.app} and save it again",
        ) from None
    return archive


@dataclass(frozen=True)
class Envelope:
    """The refusals before a file is opened as a zip, in the words of its kind (Thai, English)."""

    empty: tuple[str, str]
    shrink_th: str  # what to take out of a file that is too large
    encrypted: tuple[str, str]
    legacy: tuple[str, str]  # .xls or .doc
    not_package: Callable[[], WorkbookRejected]
    refuse: Callable[[str, str], WorkbookRejected] = WorkbookRejected


def open_envelope(data: bytes, max_file_bytes: int, kind: Kind, envelope: Envelope) -> zipfile.ZipFile:
    """The file opened as a zip, or refused for what it is: empty, too large, encrypted, of the old
    binary kind, or no zip at all."""
    if not data:
        raise envelope.refuse(*envelope.empty)
    if len(data) > max_file_bytes:
        size, limit = f"{len(data) / 2**20:.1f}", f"{max_file_bytes / 2**20:.0f}"
        raise envelope.refuse(
            f"ไฟล์ใหญ่เกินกำหนด ({size} MB, สูงสุด {limit} MB): {envelope.shrink_th}",
            f"the file is too large ({size} MB, limit {limit} MB)",
        )
    if data.startswith(_OLE_MAGIC):
        raise envelope.refuse(*(envelope.encrypted if _ENCRYPTED_PACKAGE in data else envelope.legacy))
    if not data.startswith(b"PK"):
        raise envelope.not_package()
    return open_zip(data, kind)


class Budget:
    """What the whole file may inflate to; each member's output is charged as it comes out."""

    def __init__(self, limit: int, kind: Kind) -> None:
        self.limit = limit
        self.kind = kind
        self.used = 0

    def spend(self, n: int) -> None:
        self.used += n
        if self.used > self.limit:
            raise too_big(self.kind, self.limit)


def is_xml(name: str) -> bool:
    return name.endswith((".xml", ".rels", ".vml"))


def _raw_member(data: memoryview, info: zipfile.ZipInfo, kind: Kind) -> memoryview:
    """The member's compressed bytes, located through its local header."""
    start = info.header_offset
    header = data[start : start + _LOCAL_HEADER.size]
    if len(header) < _LOCAL_HEADER.size:
        raise damaged(kind, "truncated local header")
    signature, name_length, extra_length = _LOCAL_HEADER.unpack(header)
    if signature != b"PK\x03\x04":
        raise damaged(kind, "bad local header")
    begin = start + _LOCAL_HEADER.size + name_length + extra_length
    if begin + info.compress_size > len(data):
        raise damaged(kind, "member runs past the end of the file")
    return data[begin : begin + info.compress_size]


def member_chunks(data: memoryview, info: zipfile.ZipInfo, budget: Budget) -> Iterator[bytes]:
    """A member's content, inflated from its raw bytes in bounded steps, refused as soon as it
    grows past its declared size or the budget, and checked for DTDs if it is XML."""
    kind = budget.kind
    raw = _raw_member(data, info, kind)
    if info.compress_type == zipfile.ZIP_STORED:
        pieces: Iterator[bytes] = (bytes(raw[i : i + CHUNK]) for i in range(0, len(raw), CHUNK))
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        pieces = _inflate(raw, kind)
    else:
        raise damaged(kind, f"compression method {info.compress_type}")
    xml = is_xml(info.filename)
    tail = b""
    produced = 0
    for chunk in pieces:
        produced += len(chunk)
        if produced > info.file_size:
            raise damaged(kind, f"{info.filename} inflates past its declared size")
        budget.spend(len(chunk))
        if xml:
            window = tail + chunk
            if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                raise dtd_refused(kind)
            tail = chunk[-16:]
        yield chunk


def _inflate(raw: memoryview, kind: Kind) -> Iterator[bytes]:
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    try:
        for i in range(0, len(raw), CHUNK):
            chunk = inflater.decompress(raw[i : i + CHUNK], CHUNK)
            while True:
                if chunk:
                    yield chunk
                if not inflater.unconsumed_tail:
                    break
                chunk = inflater.decompress(inflater.unconsumed_tail, CHUNK)
        if rest := inflater.flush():
            yield rest
    except zlib.error as exc:
        raise damaged(kind, f"deflate: {exc}") from None


def read_member(archive: zipfile.ZipFile, data: memoryview, name: str, budget: Budget, most: int) -> bytes | None:
    """A small member whole (at most ``most`` bytes declared), or None when the file has none."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > most:
        raise too_big(budget.kind, budget.limit)
    return b"".join(member_chunks(data, info, budget))
