"""One bilingual text: Thai for users, English for logs and for the English view.

Every message, label and header that exists in both languages is a ``Text``;
the one place that chooses between them is ``Text.get``.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from ita_core.thai import to_arabic_digits

Lang = Literal["th", "en"]

# The marks a list item begins with in Thai documents and cells (- คณะทำงาน, ● …, ❖ …).
_BULLET = re.compile(r"^[\s\-–—•●○▪❖◆►✓*]+")


# A column's number as forms print them under the header: (1), 2, ๓.
_COLUMN_NUMBER = re.compile(r"\(?([0-9๐-๙]{1,2})\)?")


def numbers_the_columns(texts: list[str]) -> bool:
    """Whether a row's texts are the numbers 1, 2, 3 … of its columns ((1) | (2) | (3), as forms print them under
    their header), and so no row of data."""
    found = [to_arabic_digits(m[1]) for t in texts if (m := _COLUMN_NUMBER.fullmatch(t.strip())) is not None]
    return len(texts) >= 3 and [int(n) for n in found] == list(range(1, len(texts) + 1))


def strip_bullet(text: str) -> str:
    """A list item's text without its bullet (and the spaces before it)."""
    return _BULLET.sub("", text, count=1)


# The template's example rows begin their names so (ตัวอย่าง: กิจกรรมประกาศเจตนารมณ์…).
_EXAMPLE = re.compile(r"\s*ตัวอย่าง\s*[:：]")


def is_example(name: str) -> bool:
    """A name from one of the template's example rows."""
    return _EXAMPLE.match(name) is not None


# A list's number before an item: 1) …, (๒) …
_LIST_NUMBER = re.compile(r"^\(?[0-9๐-๙]{1,2}[.)]\s*")


def list_item(text: str) -> str:
    """One name of a list as a cell writes it (- กลุ่มงานวินัย, 1. กลุ่มงานวินัย): without its bullet or number,
    its spaces single, so that it is the same name however the list was marked."""
    return _LIST_NUMBER.sub("", strip_bullet(" ".join(text.split())))


LANGS: tuple[Lang, ...] = ("th", "en")


class Text(NamedTuple):
    th: str
    en: str

    def get(self, lang: str) -> str:
        """The text in ``lang``; Thai unless English is asked for, since Thai is what users read."""
        return singular_ones(self.en) if lang == "en" else self.th

    def format(self, **values: object) -> Text:
        """Both languages with the same placeholders filled in."""
        return Text(self.th.format(**values), self.en.format(**values))


# English counts nouns; Thai does not ("1 กิจกรรม", "2 กิจกรรม"). Messages are written with the plural,
# and one place makes "1 activities" read "1 activity".
_SINGULAR = {
    "activities": "activity",
    "deadlines": "deadline",
    "rows": "row",
    "revisions": "revision",
    "units": "unit",
    "problems": "problem",
    "days": "day",
    "people": "person",
    "participation rows": "participation row",
    "guidelines": "guideline",
}
_ONE = re.compile(r"(?<![\d.,/])\b1 (" + "|".join(sorted(_SINGULAR, key=len, reverse=True)) + r")\b")


def singular_ones(english: str) -> str:
    """``1 activities`` → ``1 activity`` (and the other nouns the messages count); ``21 activities`` and
    ``1.5 days`` stay as they are."""
    return _ONE.sub(lambda m: f"1 {_SINGULAR[m.group(1)]}", english) if "1 " in english else english


# Directional embeddings, overrides and isolates: one in a unit's name reversed the app's own header on
# every page and in e-mails. Typed text never needs them (Thai and English run left to right).
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Zero-width space, word joiner and byte-order mark: invisible, and common in Thai text pasted from the
# web or Word (where they mark word breaks). "คณะทำงาน\u200bสำนัก" looked like คณะทำงานสำนัก but was
# another group, splitting its activities between two identical-looking entries.
ZERO_WIDTH = "\u200b\u2060\ufeff"
HIDDEN = BIDI_CONTROLS + ZERO_WIDTH
_NO_HIDDEN = str.maketrans("", "", HIDDEN)


def has_hidden(text: str) -> bool:
    return any(ch in text for ch in HIDDEN)


def without_hidden(text: str) -> str:
    """Text without the characters that change nothing a person sees but what the text is."""
    return text.translate(_NO_HIDDEN)
