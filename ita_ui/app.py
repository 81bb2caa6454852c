"""The app's frame: page settings, navigation for the viewer's role, and the sidebar."""

from __future__ import annotations

import streamlit as st

from ita_ui import auth, layout, session


def navigation() -> st.Page:
    """Register the pages this viewer may open and draw the sidebar; returns the page to show."""
    st.set_page_config(page_title="ITA", page_icon=":material/verified:", layout="wide")
    lang = session.language()
    user = auth.current_user()
    shown = layout.visible(user)
    page = st.navigation(layout.pages(shown, lang), position="hidden")
    if page.url_path != "present":
        layout.sidebar_navigation(shown, user, lang)
    return page
