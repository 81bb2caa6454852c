"""บัญชีผู้ใช้: sign in with a local account (or the organisation's provider, when configured), or sign out."""

import streamlit as st

from ita_core.accounts import ROLE_LABELS, Outcome
from ita_core.labels import date_label
from ita_ui import auth, layout
from ita_ui.i18n import text

lang, user = layout.begin("page_account")

if user is not None:
    role = ROLE_LABELS[user.role] if lang == "th" else user.role.value
    st.success(text("signed_in", lang, name=user.username, role=role))
    if st.button(text("sign_out", lang), key="sign_out", icon=":material/logout:"):
        auth.sign_out()
        if auth.oidc_configured() and getattr(st.user, "is_logged_in", False):
            st.logout()
        st.rerun()
    st.stop()

if st.session_state.pop("auth_expired", False):
    st.warning(text("session_expired", lang))
if auth.login_required():
    st.info(text("login_required_note", lang))
with st.form("sign_in_form"):
    name = st.text_input(text("username", lang), key="sign_in_name", autocomplete="username")
    password = st.text_input(text("password", lang), type="password", key="sign_in_password")
    submitted = st.form_submit_button(text("sign_in", lang), type="primary")
if submitted:
    outcome, until = auth.sign_in(name, password)
    if outcome is Outcome.OK:
        st.rerun()
    elif outcome is Outcome.LOCKED and until is not None:
        local = until.astimezone()
        st.error(text("sign_in_locked", lang, when=f"{date_label(local.date(), lang)} {local:%H:%M:%S}"))
    else:
        st.error(text("sign_in_wrong", lang))
if auth.oidc_configured():
    st.button(text("sign_in_org", lang), on_click=st.login, key="sign_in_oidc")
