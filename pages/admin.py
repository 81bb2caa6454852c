"""จัดการผู้ใช้ (admins): list, add, change role or password, remove local accounts."""

from collections.abc import Callable

import pandas as pd
import streamlit as st

from ita_core.errors import StoreUnavailable
from ita_core.labels import date_label
from ita_core.store.accounts import AccountError
from ita_core.store.roles import Role, role_label
from ita_ui import auth, checkins, layout
from ita_ui.i18n import text

lang, user = layout.begin("page_admin")
if user is None or user.role is not Role.ADMIN:  # the page is not in the navigation either
    st.error(text("login_required_note", lang))
    st.stop()
accounts = auth.accounts()


def role_name(role: Role) -> str:
    return role_label(role, lang)


def report(action: Callable[[], object]) -> None:
    try:
        action()
    except (AccountError, StoreUnavailable) as exc:
        st.error(exc.message(lang))
    else:
        st.success(text("admin_done", lang))


st.header(text("admin_users", lang))
try:
    everyone = accounts.list()
except StoreUnavailable:
    layout.store_down(lang)
st.dataframe(
    pd.DataFrame(
        {
            text("username", lang): [a.username for a in everyone],
            text("admin_role", lang): [role_name(a.role) for a in everyone],
            text("admin_groups", lang): ["; ".join(a.groups) for a in everyone],
            text("admin_email", lang): [a.email for a in everyone],
            "": [date_label(a.created_at.astimezone().date(), lang) for a in everyone],
        }
    ),
    hide_index=True,
    width="stretch",
)

st.header(text("admin_add", lang))
with st.form("admin_add_form", clear_on_submit=True):
    name = st.text_input(text("username", lang), key="admin_new_name")
    role = st.selectbox(text("admin_role", lang), list(Role), format_func=role_name, key="admin_new_role")
    first = st.text_input(text("password", lang), type="password", key="admin_new_password")
    again = st.text_input(text("password_again", lang), type="password", key="admin_new_password_again")
    if st.form_submit_button(text("admin_add", lang), type="primary"):
        if first != again:
            st.error(text("passwords_differ", lang))
        elif role is not None:  # a selectbox with options always has one
            report(lambda: accounts.add(name.strip(), first, role))

if everyone:
    st.header(text("admin_change", lang))
    names = [a.username for a in everyone]
    target = st.selectbox(text("username", lang), names, key="admin_target")
    current = next(a for a in everyone if a.username == target)
    role_col, password_col = st.columns(2)
    with role_col:
        new_role = st.selectbox(
            text("admin_role", lang), list(Role), index=list(Role).index(current.role), format_func=role_name,
            key="admin_role_choice",
        )  # fmt: skip
        if st.button(text("admin_set_role", lang), key="admin_set_role") and new_role is not None:
            report(lambda: accounts.set_role(target, new_role))
        if st.button(text("admin_remove", lang), key="admin_remove", disabled=target == user.username):
            report(lambda: accounts.remove(target))
        if target == user.username:
            st.caption(text("admin_not_self", lang))
    with password_col, st.form("admin_password_form", clear_on_submit=True):
        first = st.text_input(text("password", lang), type="password", key="admin_reset_password")
        again = st.text_input(text("password_again", lang), type="password", key="admin_reset_password_again")
        if st.form_submit_button(text("admin_set_password", lang)):
            if first != again:
                st.error(text("passwords_differ", lang))
            else:
                report(lambda: accounts.set_password(target, first))

    with st.form("admin_groups_form"):
        st.markdown(f"**{text('admin_groups', lang)}**")
        known = sorted(set(checkins.groups_in_store()) | set(current.groups))
        groups = st.multiselect(
            text("admin_groups", lang),
            known,
            default=list(current.groups),
            key=f"admin_groups_{target}",
            placeholder=text("admin_no_groups", lang),
            label_visibility="collapsed",
        )
        email = st.text_input(text("admin_email", lang), current.email, key=f"admin_email_{target}")
        st.caption(text("admin_groups_note", lang))
        if st.form_submit_button(text("admin_save_groups", lang)):
            report(lambda: accounts.set_links(target, groups, email))
