"""What a page shows a viewer who may not open it: the sign-in form, or which role it needs.

Every page is registered for everyone (``navigation.pages``), so an address typed,
bookmarked or sent by a colleague always resolves; the page itself runs only
for a viewer allowed to open it. After signing in, the browser comes back to
the very address that was asked for, view choices included.
"""

from __future__ import annotations

import streamlit as st

from ita_core.address import View
from ita_core.store.accounts import Account
from ita_core.store.roles import Role, role_label
from ita_ui import navigation, signin, sitemap, widgets
from ita_ui.i18n import text


def show(page: sitemap.NavPage, user: Account | None, view: View) -> None:
    navigation.ensure_navigation()
    lang = view.lang
    title = text(page.key, lang)
    st.title(title)
    if user is None:
        st.info(text("gate_sign_in", lang, page=title), icon=":material/lock:")
        if message := signin.problem_message(lang):
            st.error(message)
        here = navigation.page_address(page)
        signin.sign_in_form(lang, here, here)
        return
    needs = page.needs or Role.VIEWER
    st.warning(
        text(
            "gate_forbidden",
            lang,
            name=widgets.plain(user.username),
            role=role_label(user.role, lang),
            needs=role_label(needs, lang),
        ),
        icon=":material/block:",
    )
    st.page_link(
        sitemap.NAV[0].path, label=text("page_overview", lang), icon=":material/dashboard:", query_params=view.query()
    )
