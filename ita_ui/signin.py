"""The sign-in and sign-out forms, and the rules for where they may send the browser afterwards.

They are real HTML forms posting to the app's own routes (``ita_ui.server``):
only an HTTP response can set or delete an HttpOnly cookie, which a script run
over the websocket cannot. Every value written into them is escaped; the
addresses they carry are checked again by the routes.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import streamlit as st

from ita_core.labels import Lang, moment_label
from ita_ui.i18n import Key, text
from ita_ui.sitemap import ALL_PAGES

SIGN_IN, SIGN_OUT = "/api/sign-in", "/api/sign-out"
PROBLEM = "signin"  # query key the sign-in route answers with: wrong, locked, unavailable, refused
UNTIL = "until"  # with ``locked``: when to try again (Unix seconds)
_MAX_ADDRESS = 2000
_CSS = "<style>" + (Path(__file__).parent / "signin.css").read_text(encoding="utf-8") + "</style>"


def local_address(url_path: str, query: Mapping[str, str]) -> str:
    """``/upload?lang=en`` from a page's URL path and a query."""
    qs = urlencode({k: v for k, v in query.items() if k not in (PROBLEM, UNTIL)})
    return "/" + url_path.strip("/") + (f"?{qs}" if qs else "")


def safe_address(candidate: str | None, fallback: str = "/") -> str:
    """An address of this app built afresh from ``candidate``'s page name and query, else ``fallback``:
    never an open redirect. Checking the candidate as text is not enough (``///host/x`` has no host for
    Python's ``urlsplit``, and one for every browser), so nothing of it is passed on but a page name this
    app has and a query re-encoded from its parsed pairs."""

    if not candidate or len(candidate) > _MAX_ADDRESS:
        return fallback
    parts = urlsplit(candidate)
    page = parts.path.strip("/")
    if parts.scheme or parts.netloc or not candidate.startswith("/") or candidate.startswith(("//", "/\\")):
        return fallback
    if page not in {p.url_path for p in ALL_PAGES} | {""}:
        return fallback
    return local_address(page, dict(parse_qsl(parts.query)))


def problem_message(lang: Lang) -> str | None:
    """What the sign-in route said about the last attempt, read once from the address."""
    problem = st.query_params.pop(PROBLEM, None)
    until = st.query_params.pop(UNTIL, None)
    if problem == "locked" and until and until.isdigit():
        moment = datetime.fromtimestamp(int(until), UTC)
        return text("sign_in_locked", lang, when=moment_label(moment, lang, seconds=True))
    said: dict[str | None, Key] = {
        "wrong": "sign_in_wrong",
        "locked": "sign_in_locked",
        "unavailable": "sign_in_unavailable",
        "refused": "sign_in_refused",
    }
    return text(said[problem], lang) if problem in said else None


def sign_in_form(lang: Lang, next_address: str, back_address: str) -> None:
    """Username and password, posted to our route; afterwards the browser goes to ``next_address``."""
    e = html.escape
    st.html(
        f"""{_CSS}
<form class="ita-signin" method="post" action="{SIGN_IN}">
  <input type="hidden" name="next" value="{e(next_address)}">
  <input type="hidden" name="back" value="{e(back_address)}">
  <label for="ita-username">{e(text("username", lang))}</label>
  <input id="ita-username" name="username" type="text" autocomplete="username" autocapitalize="none"
    spellcheck="false" required maxlength="100">
  <label for="ita-password">{e(text("password", lang))}</label>
  <input id="ita-password" name="password" type="password" autocomplete="current-password" required
    maxlength="1000">
  <button type="submit">{e(text("sign_in", lang))}</button>
</form>"""
    )


def sign_out_button(lang: Lang, next_address: str) -> None:
    e = html.escape
    st.html(
        f"""{_CSS}
<form class="ita-signout" method="post" action="{SIGN_OUT}">
  <input type="hidden" name="next" value="{e(next_address)}">
  <button type="submit">
    <span class="ita-icon" aria-hidden="true">logout</span><span>{e(text("sign_out", lang))}</span>
  </button>
</form>"""
    )
