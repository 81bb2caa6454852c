"""The sidebar and Streamlit's page registry: the links a viewer may follow, keeping the view.

The markup here is Streamlit's own widgets; no workbook or user text is passed to ``unsafe_allow_html``.
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from ita_core.address import View
from ita_core.labels import Lang
from ita_core.store.accounts import Account
from ita_core.store.roles import role_label
from ita_ui import auth, signin, view_state
from ita_ui.i18n import text
from ita_ui.sitemap import ACCOUNT, ALL_PAGES, NAV, NavPage
from ita_ui.widgets import plain


def pages(lang: Lang) -> list[st.Page]:
    """Every page is registered for everyone, so any address resolves: a page the viewer may not
    open shows the sign-in form (or says which role it needs) instead of a "page not found"."""
    return [
        st.Page(p.path, title=text(p.key, lang), url_path=p.url_path, icon=p.icon, default=i == 0)
        for i, p in enumerate(ALL_PAGES)
    ]


def page_address(page: NavPage) -> str:
    """This page's address with everything the current address asks for (to come back after signing in)."""
    return signin.local_address("" if page is NAV[0] else page.url_path, st.query_params.to_dict())


def sidebar_navigation(shown: list[NavPage], user: Account | None, view: View, here: NavPage) -> None:
    lang, query = view.lang, view.query()
    with st.sidebar:
        st.markdown(f"**{text('app_title', lang)}**")  # the app's name, not a heading: each page's title is its h1
        for page in shown:
            st.page_link(page.path, label=text(page.key, lang), icon=page.icon, query_params=query)
        st.divider()
        if user is not None:
            role = role_label(user.role, lang)
            st.caption(f"{text('signed_in_as', lang)} {plain(user.username)} ({role})")
            st.page_link(ACCOUNT.path, label=text("page_account", lang), icon=ACCOUNT.icon, query_params=query)
            signin.sign_out_button(lang, signin.local_address("", query))
        else:
            if auth.session_just_ended():
                st.warning(text("session_ended", lang), icon=":material/lock_clock:")
            back = {} if here is ACCOUNT else {"next": page_address(here)}
            st.page_link(ACCOUNT.path, label=text("sign_in", lang), icon=":material/login:", query_params=query | back)
        view_state.language_toggle(view)


def link(path: str, view: View) -> None:
    """A "details" link from a card to the page that explains it, keeping the view."""
    st.page_link(path, label=text("details", view.lang), icon=":material/arrow_forward:", query_params=view.query())


def ensure_navigation() -> None:
    """Make sure the page runs inside our navigation, with our sidebar.

    Streamlit treats a folder named ``pages/`` as the old multipage layout until the first
    ``st.navigation`` call switches that off (streamlit/commands/navigation.py sets
    ``PagesManager.uses_pages_directory = False``). So the very first request of a freshly started
    server that asks for a sub-page URL runs that page alone, under another identity; widgets
    drawn then would lose their values on the next run. Switch the old layout off and rerun at
    once, before anyone can interact: the rerun goes through ``dashboard.py`` to the same page.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
