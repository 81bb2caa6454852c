"""What a dashboard address says: the viewer's language, as-of date, unit and fiscal year.

The view lives in the URL's query, not in one browser connection's memory, so a
reload, a bookmark, a link sent to a colleague, a new tab or another app
process all show the same figures. Pages read a ``View`` from the query and
every link they draw carries ``View.query()`` along.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import quote, urlencode

from ita_core.labels import Lang
from ita_core.text import Text
from ita_core.thai import parse_iso_date, to_arabic_digits

LANG, AS_OF, UNIT, YEAR = "lang", "as_of", "unit", "fy"
VIEW_KEYS = (LANG, AS_OF, UNIT, YEAR)
GROUP, ACTIVITY = "name", "activity"  # the group page: whose work, and the activity being reported on
_MAX_UNIT = 300


@dataclass(frozen=True)
class View:
    """A viewer's choices. ``as_of=None`` means the data's own date; ``unit=None`` the unit published last;
    ``fiscal_year_be=None`` that unit's year in progress (``yearly.default_year``)."""

    lang: Lang = "th"
    as_of: date | None = None
    unit: str | None = None
    fiscal_year_be: int | None = None
    unreadable_as_of: str | None = None  # an ``as_of`` that could not be read: warn, then use the default

    def query(self) -> dict[str, str]:
        """The query string that reproduces this view (only what differs from the defaults)."""
        query: dict[str, str] = {}
        if self.lang == "en":
            query[LANG] = "en"
        if self.as_of is not None:
            query[AS_OF] = self.as_of.isoformat()
        if self.unit is not None:
            query[UNIT] = self.unit
        if self.fiscal_year_be is not None:
            query[YEAR] = str(self.fiscal_year_be)
        return query

    def with_as_of(self, as_of: date | None) -> View:
        return replace(self, as_of=as_of, unreadable_as_of=None)


def shown_instead(view: View, unit: str, fiscal_year_be: int, name: str | None = None) -> Text | None:
    """What to say when the address asks for a unit or a year the store does not hold (or this viewer may not
    see), so the page shows the default instead: a link to next year's plan, kept before it is published,
    showed this year's figures under it without a word. ``name``: the asked unit as the page may show it
    (escaped); ``unit`` and ``fiscal_year_be``: what is shown."""
    other_unit = view.unit is not None and view.unit != unit
    other_year = view.fiscal_year_be is not None and view.fiscal_year_be != fiscal_year_be
    if not other_unit and not other_year:
        return None
    asked = name if name is not None else view.unit
    if other_unit:
        th = f"ไม่มีข้อมูลของ “{asked}” ที่ดูได้" + (f" ปีงบประมาณ {view.fiscal_year_be}" if other_year else "")
        en = f"there are no figures of “{asked}” you may see" + (f" for {view.fiscal_year_be}" if other_year else "")
    else:
        th, en = f"ไม่มีข้อมูลปีงบประมาณ {view.fiscal_year_be}", f"there are no figures for {view.fiscal_year_be}"
    return Text(
        f"{th} จึงแสดงข้อมูลที่มี: ปีงบประมาณ {fiscal_year_be}", f"{en}, so the figures held are shown: {fiscal_year_be}"
    )


def group_query(view: View, group: str, activity: str | None = None) -> dict[str, str]:
    """The query of a group's page (``/group?name=…``) in this view, optionally opening an activity's check-in."""
    query = view.query() | {GROUP: group[:_MAX_UNIT]}
    if activity:
        query[ACTIVITY] = activity[:50]
    return query


def group_address(view: View, group: str) -> str:
    """A relative link to a group's page, for a table cell (``group?name=…``)."""
    return "group?" + urlencode(group_query(view, group), quote_via=quote)


LINK_TEXT = r"#(.+)$"  # st.column_config.LinkColumn's display_text: a link's decoded fragment


def unit_address(view: View, unit: str, fiscal_year_be: int, label: str) -> str:
    """A relative link to a unit's overview in this view (language and date kept), for a table cell; the
    label rides in the fragment, which the table shows and the page ignores."""
    query = replace(view, unit=unit[:_MAX_UNIT], fiscal_year_be=fiscal_year_be).query()
    return "./?" + urlencode(query, quote_via=quote) + "#" + quote(label)


def read_view(query: Mapping[str, str]) -> View:
    """The view an address asks for; anything unreadable falls back to its default."""
    lang: Lang = "en" if query.get(LANG, "").strip().lower() == "en" else "th"
    raw_as_of = query.get(AS_OF, "").strip()
    as_of = parse_iso_date(raw_as_of) if raw_as_of else None
    unit = " ".join(query.get(UNIT, "").split())[:_MAX_UNIT] or None
    year_text = to_arabic_digits(query.get(YEAR, "").strip())
    year = int(year_text) if year_text.isdigit() and len(year_text) == 4 else None
    return View(lang, as_of, unit, year, raw_as_of if raw_as_of and as_of is None else None)
