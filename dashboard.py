"""ITA progress dashboard: ``streamlit run dashboard.py``.

The entry point only sets up navigation; each page in ``pages/`` asks
``ita_core`` for its figures through ``ita_ui`` and lays them out.
"""

import streamlit as st

from ita_ui import layout, session

st.set_page_config(page_title="ITA", page_icon=":material/verified:", layout="wide")
lang = session.language()
page = st.navigation(layout.pages(lang), position="hidden")
if page.url_path != "present":
    layout.sidebar_navigation(lang)
page.run()
