"""The app's frame: page settings, navigation, the sidebar, and the gate in front of restricted pages."""

from __future__ import annotations

import streamlit as st

from ita_ui import auth, gate, layout, view_state

# Served by the app itself (static/), so no page ever asks an outside host for its icon.
ICON_URL = "/app/static/favicon.png"


def run() -> None:
    """Draw the page the address names: the page itself if this viewer may open it, else the gate."""
    st.set_page_config(page_title="ITA", page_icon=ICON_URL, layout="wide")
    view = view_state.current()
    user = auth.current_user()
    page = st.navigation(layout.pages(view.lang), position="hidden")
    target = layout.nav_page(page.url_path)
    if target.url_path != "present":
        layout.sidebar_navigation(layout.visible(user), user, view, target)
    if layout.allowed(target, user):
        page.run()
    else:
        gate.show(target, user, view)
