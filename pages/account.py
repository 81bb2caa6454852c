"""บัญชีผู้ใช้: sign in with a local account (or the organisation's provider, when configured), or sign out."""

import streamlit as st

from ita_core.store.roles import role_label
from ita_ui import auth, layout, signin, view_state, widgets
from ita_ui.i18n import text

lang, user = layout.begin("page_account")
query = st.query_params.to_dict()
overview = signin.local_address("", view_state.current().query())

if user is not None:
    role = role_label(user.role, lang)
    st.success(text("signed_in", lang, name=widgets.plain(user.username), role=role))
    signin.sign_out_button(
        lang, signin.safe_address(query.get("next"), signin.local_address("", view_state.current().query()))
    )
    if auth.oidc_configured() and getattr(st.user, "is_logged_in", False):
        st.button(text("sign_out", lang) + " (OIDC)", on_click=st.logout, key="sign_out_oidc")
    st.stop()

if auth.login_required():
    st.info(text("login_required_note", lang))
if message := signin.problem_message(lang):
    st.error(message)
here = signin.local_address("account", st.query_params.to_dict())
signin.sign_in_form(lang, signin.safe_address(query.get("next"), overview), here)
if auth.oidc_configured():
    st.button(text("sign_in_org", lang), on_click=st.login, key="sign_in_oidc")
