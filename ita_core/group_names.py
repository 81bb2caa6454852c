"""The groups a responsible cell names, apart from the work they do: read by the workbook reader too, which
does not load the metrics."""

from __future__ import annotations

import re
from itertools import pairwise

from ita_core.text import list_item

# Between two groups: และ or ร่วมกับ set apart by spaces (กลุ่มงานแผนและประเมินผล is one group), a comma, a slash,
# a new line, or the next number of a list written on one line (1. คณะทำงาน 2. กลุ่มงานวินัย).
_SPLIT = re.compile(r"\s+และ\s*|\s+ร่วมกับ\s+|\s*[,;/\n、+]\s*|\s+(?=\(?[0-9๐-๙]{1,2}[.)]\s)")
# A group's kind written again after a space starts the next group (กลุ่มงาน ก กลุ่มงาน ข was one group, "กลุ่มงาน ก
# กลุ่มงาน ข", whose page no one opened): only the word the cell's own name began with, so that กลุ่มงานบริหาร
# ฝ่ายการเงิน stays one name.
_KIND = re.compile(r"^(?:กลุ่มงาน|กลุ่ม|ฝ่าย|คณะทำงาน|งาน)")
_SPACES = re.compile(r"\s+")
# A group's part in the work written after its name: กลุ่มงานคลัง (ร่วม) is กลุ่มงานคลัง, and ends its name (กลุ่ม ก
# (หลัก) กลุ่ม ข (ร่วม) names two). Kept as its own group, its page and reporters never saw the activity.
_ROLE = re.compile(
    r"\s*[(（]\s*(?:เจ้าภาพ(?:หลัก|ร่วม)?|หลัก|ร่วม|รอง|(?:หน่วย)?สนับสนุน|(?:ผู้)?ประสาน(?:งาน)?|lead|main|support)\s*[)）]\s*(?:และ|ร่วมกับ|and)?\s*",
    re.IGNORECASE,
)


# How a group's name begins: a line that begins so is a group of its own, not the last line's name going on.
_GROUP_START = re.compile(
    r"^(?:กลุ่ม|ฝ่าย|งาน|คณะ|สำนัก|กอง|ส่วน|ศูนย์|บุคลากร|ทุก|ผู้|เจ้าหน้าที่|หัวหน้า|ผอ|หน่วย|ข้าราชการ|พนักงาน|ทีม|ชมรม"
    r"|[-•●○▪*(\[（A-Za-z0-9๐-๙])"
)
_KIND_ALONE = re.compile(r"(?:กลุ่มงาน|กลุ่ม|ฝ่าย|คณะทำงาน|งาน|สำนัก|กอง|ส่วน|ศูนย์)")
# After a kind alone, only these begin another group (คณะทำงาน / สำนัก is คณะทำงานสำนัก; กลุ่ม / งานวินัย is กลุ่มงานวินัย).
_ANOTHER_GROUP = re.compile(r"^(?:กลุ่ม|ฝ่าย|คณะ|บุคลากร|ทุก|ผู้|เจ้าหน้าที่|หัวหน้า|ผอ|ข้าราชการ|พนักงาน|[-•●○▪*(\[（0-9๐-๙])")


def continues(before: str, line: str) -> bool:
    """Whether ``line`` is the rest of the name ``before`` began, Enter pressed after its kind (``กลุ่มงาน`` /
    ``บริหารทั่วไป``): a kind alone is no group's name."""
    return (
        _KIND_ALONE.fullmatch(before.strip()) is not None
        and bool(line.strip())
        and not _ANOTHER_GROUP.match(line.strip())
    )


def goes_on(line: str) -> bool:
    """Whether a line does not begin as a group's name does: after another, it may be that name broken by Enter."""
    return bool(line.strip()) and _GROUP_START.match(line.strip()) is None


def _made_whole(responsible: str) -> str:
    """A name Alt+Enter broke after its kind (``กลุ่มงาน`` / ``บริหารทั่วไป``) on one line again."""
    if "\n" not in responsible:
        return responsible
    lines: list[str] = []
    for line in responsible.split("\n"):
        if lines and continues(lines[-1], line):
            lines[-1] = lines[-1].strip() + line.strip()
        else:
            lines.append(line)
    return "\n".join(lines)


def broken_names(responsible: str) -> list[tuple[str, str]]:
    """The lines of a cell where a name seems broken by Enter elsewhere than after its kind (``กลุ่มงานบริหาร`` /
    ``ทั่วไป``): read as two groups, and said, not guessed."""
    lines = [line.strip() for line in _made_whole(responsible).split("\n")]
    return [(before, line) for before, line in pairwise(lines) if before and goes_on(line)]


def groups_of(responsible: str) -> tuple[str, ...]:
    """The groups a responsible cell names, in its order (``A และ B`` → A, B), without a list's bullets or
    numbers: ``- คณะทำงานสำนัก`` was a group of its own, which the group's page and its reporters never saw; nor
    their part in the work (``(หลัก)``, ``(ร่วม)``); a name broken after its kind (``กลุ่มงาน`` / ``วินัย``) was two
    groups, กลุ่มงาน and วินัย."""
    found: dict[str, None] = {}
    for part in _SPLIT.split(_ROLE.sub(",", _made_whole(responsible))):
        name = list_item(part)
        kind = _KIND.match(name)
        for each in re.split(rf"\s+(?={kind[0]})", name) if kind else [name]:
            if each:
                found[each] = None
    return tuple(found)


def spelling_key(name: str) -> str:
    """A group's name without its spaces: ``คณะทำงาน สำนัก`` and ``คณะทำงานสำนัก`` are one group typed two ways."""
    return _SPACES.sub("", name)


# A short name in brackets after a group's name (กลุ่มงานการเจ้าหน้าที่ (กจ.)): the same group with its initials.
_INITIALS = re.compile(r"\s*[(（][^()（）]{1,12}[)）]\s*$")


# Its head by title before a group's name (ผอ.กลุ่มงานบริหารทั่วไป, หัวหน้าฝ่ายการเงิน), a person after it (… โดย
# นายสมชาย): the group as a person reads it. Each was a group of its own, with part of the work, without a word.
_HEAD_OF = re.compile(r"^(?:ผู้อำนวยการ|ผอ\.?|หัวหน้า|หน\.)\s*(?=(?:กลุ่ม|ฝ่าย|งาน|กอง|ส่วน|ศูนย์|คณะทำงาน)\S)")
_BY_PERSON = re.compile(r"\s+โดย\s*\S.*$")


def alike_key(name: str) -> str:
    """A group's name as a person reads it: without its spaces, without its initials in brackets, its head's
    title or a person named after it, กลุ่มงาน as กลุ่ม. ``กลุ่มงานบริหารทั่วไป``, ``กลุ่มบริหารทั่วไป``,
    ``ผอ.กลุ่มงานบริหารทั่วไป`` and ``กลุ่มงานบริหาร ทั่วไป (บท.)`` are one group typed four ways; each was a group of
    its own on the group and participation pages, with part of the work."""
    bare = _BY_PERSON.sub("", _HEAD_OF.sub("", _INITIALS.sub("", name)))
    return spelling_key(bare).replace("กลุ่มงาน", "กลุ่ม")


def shortened(name: str) -> str | None:
    """The beginning a name cut short with ฯ keeps (``คณะทำงานฯ`` → the key of คณะทำงาน), else ``None``."""
    key = alike_key(name)
    return key[:-1] if key.endswith("ฯ") and len(key) > 1 else None
