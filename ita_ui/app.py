"""The app's frame: page settings, navigation, the sidebar, and the gate in front of restricted pages."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from ita_ui import auth, gate, live, navigation, sitemap, view_state
from ita_ui.i18n import text

# Served by the app itself (static/), so no page ever asks an outside host for its icon.
ICON_URL = "/app/static/favicon.png"


_CSS = "<style>" + (Path(__file__).parent / "app.css").read_text(encoding="utf-8") + "</style>"
# The page's language for screen readers (Streamlit writes lang="en" whatever the words are); and on a
# phone, where the open sidebar covers the page, following one of its links closes it, as Streamlit's own
# navigation does (ours is drawn with st.page_link, which leaves it open). Static: no user text.
_HEAD_SCRIPT = """<script>
document.documentElement.lang = {lang!r};
if (!window.itaSidebarCloses) {{
  window.itaSidebarCloses = true;
  document.addEventListener("click", (event) => {{
    const link = event.target.closest('[data-testid="stSidebar"] [data-testid="stPageLink"] a');
    if (!link || window.innerWidth > 640) return;
    setTimeout(() => document.querySelector('[data-testid="stSidebarCollapseButton"] button')?.click(), 0);
  }}, true);
}}
</script>"""


def run() -> None:
    """Draw the page the address names: the page itself if this viewer may open it, else the gate."""
    # Before st.navigation, which would otherwise make the page's Material icon the tab's icon, fetched
    # from fonts.gstatic.com; after it, again, once the page (and so the tab's title) is known.
    st.set_page_config(page_title="ITA", page_icon=ICON_URL, layout="wide")
    live.forget()  # a publish reruns this page only once it says what it shows (``layout.watch_data``)
    view = view_state.current()
    user = auth.current_user()
    page = st.navigation(navigation.pages(view.lang), position="hidden")
    target = sitemap.nav_page(page.url_path)
    # Each tab names its page, as the sidebar does.
    st.set_page_config(page_title=f"{text(target.key, view.lang)} · ITA", page_icon=ICON_URL, layout="wide")
    st.html(_CSS)
    st.html(_HEAD_SCRIPT.format(lang="en" if view.lang == "en" else "th"), unsafe_allow_javascript=True)
    if target.url_path != "present":
        navigation.sidebar_navigation(sitemap.visible(user), user, view, target)
    if sitemap.allowed(target, user):
        page.run()
    else:
        gate.show(target, user, view)
