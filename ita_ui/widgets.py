"""Streamlit widgets the pages share: inert text, tables (and their phone lists), problems, an
activity's panel, chart settings.

The CSS here is static text written by us; no workbook or user text is ever passed to ``unsafe_allow_html``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from ita_core import group_tables, views
from ita_core.address import LINK_TEXT, View
from ita_core.labels import Lang, activity_label
from ita_core.problems import Omitted, Problem
from ita_core.text import Text
from ita_core.views import ActivityDetail, activity_state
from ita_ui.i18n import text

# No toolbar: it sat on the legends and speaks English only; each chart has its PNG button and sentence.
PLOTLY_CONFIG = {"displayModeBar": False, "displaylogo": False, "responsive": True}
STATIC_PLOTLY = {"displayModeBar": False, "responsive": True}  # slides: nothing to click on a projector
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$])")
# GitHub-flavoured Markdown turns a bare address into a link even with its punctuation escaped; an
# invisible word joiner (U+2060) inside "://", "www." and "@" stops it, and shows nothing.
_AUTOLINK = re.compile(r"://|(?i:www)\\?\.|@")


def plain(value: str) -> str:
    """Workbook text made inert for ``st.markdown``: no links, images, emphasis, HTML or maths from a cell."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", value)
    return _AUTOLINK.sub(lambda m: m[0][0] + "\u2060" + m[0][1:], escaped)


_UPLOADER_CSS = (Path(__file__).parent / "uploader_th.css").read_text(encoding="utf-8")


def thai_uploader_chrome(lang: Lang, max_mb: int) -> None:
    """Streamlit writes the file uploader's button and limits in English; in the Thai interface our
    static CSS replaces them with Thai (only the size limit, an integer, is filled in)."""
    css = Text(_UPLOADER_CSS.replace("{mb}", str(int(max_mb))), "").get(lang)  # English is Streamlit's own
    if css:
        st.html("<style>" + css + "</style>")


def group_link_column(lang: Lang) -> Any:
    """The ``responsible`` column as links to each group's page, showing the cell's own text."""
    return st.column_config.LinkColumn(views.header("responsible", lang), display_text=LINK_TEXT)


def table(
    frame: pd.DataFrame,
    lang: Lang,
    view: View | None = None,
    narrow: tuple[str, list[tuple[str, str]]] | None = None,
    link: tuple[str, str] | None = None,
) -> None:
    """A view's table (stable column keys) with its titles in ``lang``; given the ``view``, a
    ``responsible`` column links to each group's page; given ``narrow`` (a key and ``views.narrow_items``),
    a phone shows that list instead; ``link`` (a column, and a column of addresses whose fragments carry
    its text: ``address.LINK_TEXT``): that column shown as those links."""
    config: dict[str, Any] = {}
    addresses = [str(a) for a in frame[link[1]]] if link is not None else None
    if link is not None:
        shown, addresses_key = link
        frame = frame.assign(**{shown: frame[addresses_key]}).drop(columns=[addresses_key])
        config[views.header(shown, lang)] = st.column_config.LinkColumn(
            views.header(shown, lang), display_text=LINK_TEXT
        )
    if narrow is not None:
        narrow_list(narrow[1], narrow[0], lang, addresses)
    if view is not None and "responsible" in frame:
        frame = group_tables.with_group_links(frame, view)
        config[views.header("responsible", lang)] = group_link_column(lang)
    if "name" in frame:  # a long activity name took half a 1280 px screen and pushed the figures out of sight
        config[views.header("name", lang)] = st.column_config.TextColumn(views.header("name", lang), width=NAME_PX)
    with wide(narrow[0]) if narrow is not None else st.container():
        st.dataframe(views.labelled(frame, lang), hide_index=True, width="stretch", column_config=config)


NAME_PX = 250  # an activity's name in a table: its full text shows when the cell is hovered or opened
PHONE_ITEMS = 100  # a phone's list shows this many rows, and as many more each time it is asked for them


def narrow_list(items: list[tuple[str, str]], key: str, lang: Lang, links: list[str] | None = None) -> None:
    """A table's rows as a list, shown instead of the table on a phone (app.css: ``st-key-narrow_``),
    so what matters is read without a sideways swipe; ``links``: each row's own address (ours, percent-encoded),
    which its title then opens.

    The list is drawn on every screen (CSS hides it on a wide one), so it shows the first ``PHONE_ITEMS`` rows,
    in the table's order, says how many there are, and shows more when asked: 10,000 deadlines as one list
    made a laptop take 7.7 s to draw /deadlines, against 3.1 s (``bench_paint --activities 10000``)."""
    shown_key = f"narrow_{key}_shown"
    shown = int(st.session_state.get(shown_key, PHONE_ITEMS))
    heads = [f"**{plain(head)}**" for head, _ in items[:shown]]
    if links is not None:
        heads = [
            f"[{head}]({_own_link(url)})" if url.startswith("./") else head
            for head, url in zip(heads, links[:shown], strict=True)
        ]
    with st.container(key=f"narrow_{key}"):
        st.markdown("\n".join(f"- {head}  \n{plain(line)}" for head, (_, line) in zip(heads, items, strict=False)))
        if len(items) > shown:
            st.caption(text("narrow_shown", lang, shown=shown, total=len(items)))
            more = min(PHONE_ITEMS, len(items) - shown)
            st.button(
                text("narrow_more", lang, more=more),
                key=f"narrow_{key}_more",
                on_click=_show_more,
                args=(shown_key, shown + PHONE_ITEMS),
            )


def _show_more(shown_key: str, shown: int) -> None:
    st.session_state[shown_key] = shown


def _own_link(url: str) -> str:
    """An address this app made (``address.unit_address``), checked before it goes into Markdown."""
    if not url.startswith("./?") or any(c in url for c in " ()[]<>\n"):
        raise ValueError(f"not one of this app's addresses: {url[:80]!r}")
    return url.split("#", 1)[0]


def wide(key: str) -> Any:
    """The container of a table that a phone replaces with its ``narrow_list`` (app.css: ``st-key-wide_``)."""
    return st.container(key=f"wide_{key}")


def static_table(frame: pd.DataFrame, lang: Lang) -> None:
    """A short table whose long Thai names wrap instead of being cut (``st.table``)."""
    _wrapping_table(views.labelled(frame, lang))


def _wrapping_table(shown: pd.DataFrame) -> None:
    """``st.table`` renders Markdown, so every text cell goes through ``plain`` first."""
    shown = shown.copy()
    for column in shown.columns:
        if shown[column].dtype == object or pd.api.types.is_string_dtype(shown[column]):
            shown[column] = [plain(str(v)) if v is not None else "" for v in shown[column]]
    st.table(shown, hide_index=True, border="horizontal")


WRAPPED_PROBLEMS = 100  # up to this many, problems are a table whose messages wrap; more, a grid to sort and scroll
_THREE_LINES = 72  # px: a grid row this tall wraps its text (Streamlit wraps above 4rem)


def _problem_table(frame: pd.DataFrame, items: list[tuple[str, str]], key: str, lang: Lang) -> None:
    """Problems as a table on a screen and as a list on a phone. What to fix is the longest column and
    the one that matters: a grid cut it at the column's edge (at 1280 px, after some 40 characters), so a
    table wraps it; past ``WRAPPED_PROBLEMS`` rows, a grid whose rows hold three lines."""
    with wide(key):
        if len(frame) <= WRAPPED_PROBLEMS:
            _wrapping_table(frame)
        else:
            st.dataframe(frame, hide_index=True, width="stretch", row_height=_THREE_LINES)
    narrow_list(items, key, lang)


def show_problems(problems: tuple[Problem, ...] | list[Problem], lang: Lang, key: str = "problems") -> None:
    """A workbook's problems: sheet, cell, value, what to fix."""
    frame = pd.DataFrame(
        {
            text("problem_sheet", lang): [p.sheet for p in problems],
            text("problem_cell", lang): [p.cell or "" for p in problems],
            text("problem_value", lang): [p.shown_value for p in problems],
            text("problem_fix", lang): [p.message(lang) for p in problems],
        }
    )
    items = [(" · ".join(filter(None, (p.location, p.shown_value))), p.message(lang)) for p in problems]
    _problem_table(frame, items, key, lang)


def show_omitted(omitted: tuple[Omitted, ...], lang: Lang) -> None:
    """Problems past each sheet's first 500, counted per column: how many, which rows, one example."""
    if not omitted:
        return
    st.caption(text("problems_omitted", lang))
    rows = ["" if o.first_row is None else f"{o.first_row}–{o.last_row}" for o in omitted]
    frame = pd.DataFrame(
        {
            text("problem_sheet", lang): [o.sheet for o in omitted],
            text("problem_column", lang): [o.column for o in omitted],
            text("problem_count", lang): [o.count for o in omitted],
            text("problem_rows", lang): rows,
            text("problem_example", lang): [o.example.message(lang) for o in omitted],
        }
    )
    count, lines = text("problem_count", lang), text("problem_rows", lang)
    items = [
        (f"{o.sheet}!{o.column} · {lines} {shown} · {count} {o.count:,}", o.example.message(lang))
        for o, shown in zip(omitted, rows, strict=True)
    ]
    _problem_table(frame, items, "omitted", lang)


def activity_panel(detail: ActivityDetail, lang: Lang) -> None:
    """Every field of one activity; workbook text goes through ``plain`` so it is shown, never interpreted."""
    act = detail.activity
    with st.container(border=True):
        st.markdown(f"**{plain(act.activity_id)} {plain(act.name)}**")
        st.caption(activity_label(activity_state(act), lang))
        for label, value in detail.fields:
            st.markdown(f"**{plain(label)}**  \n" + "  \n".join(plain(line) for line in value.splitlines()))
