"""จัดการผู้ใช้และหน่วยงาน (admins for every unit): accounts with their roles per unit, passwords, groups;
the organisation's units (add, rename keeping history, move under another); what each role may do."""

from collections.abc import Callable

import pandas as pd
import streamlit as st

from ita_core.clock import thai_day
from ita_core.errors import StoreUnavailable
from ita_core.labels import date_label
from ita_core.store.accounts import AccountError, Grant
from ita_core.store.permissions import ACTION_LABELS, Action, allows, role_grid
from ita_core.store.roles import Role, role_label
from ita_core.store.units import EVERY_UNIT, UnitError, Units
from ita_ui import auth, checkins, layout, source
from ita_ui.i18n import text

lang, user = layout.begin("page_admin")
if user is None or not allows(user, Action.MANAGE_ACCOUNTS, EVERY_UNIT):  # nor is it in the navigation
    st.error(text("login_required_note", lang))
    st.stop()
accounts = auth.accounts()
units = Units(source.store().engine)


def role_name(role: Role) -> str:
    return role_label(role, lang)


def report(action: Callable[[], object]) -> None:
    try:
        action()
    except (AccountError, UnitError, StoreUnavailable) as exc:
        st.error(exc.message(lang))
    else:
        st.success(text("admin_done", lang))


st.header(text("admin_users", lang))
try:
    everyone = accounts.list()
    organisation = units.organisation()
except StoreUnavailable:
    layout.store_down(lang)
scopes = [EVERY_UNIT, *(u.name for u in organisation.units)]


def scope_name(unit: str) -> str:
    return text("admin_every_unit", lang) if unit == EVERY_UNIT else organisation.label(unit)


def grants_text(grants: tuple[Grant, ...] | None) -> str:
    return "; ".join(f"{role_name(role)} · {scope_name(unit)}" for unit, role in grants or ()) or "–"


st.dataframe(
    pd.DataFrame(
        {
            text("username", lang): [a.username for a in everyone],
            text("admin_roles", lang): [grants_text(a.grants) for a in everyone],
            text("admin_groups", lang): ["; ".join(a.groups) for a in everyone],
            text("admin_email", lang): [a.email for a in everyone],
            "": [date_label(thai_day(a.created_at), lang) for a in everyone],
        }
    ),
    hide_index=True,
    width="stretch",
)

st.header(text("admin_add", lang))
with st.form("admin_add_form", clear_on_submit=True):
    name = st.text_input(text("username", lang), key="admin_new_name")
    role = st.selectbox(text("admin_role", lang), list(Role), format_func=role_name, key="admin_new_role")
    scope = st.selectbox(text("admin_unit", lang), scopes, format_func=scope_name, key="admin_new_unit")
    first = st.text_input(text("password", lang), type="password", key="admin_new_password")
    again = st.text_input(text("password_again", lang), type="password", key="admin_new_password_again")
    if st.form_submit_button(text("admin_add", lang), type="primary"):
        if first != again:
            st.error(text("passwords_differ", lang))
        elif role is not None:  # a selectbox with options always has one
            report(lambda: accounts.add(name.strip(), first, role, unit=scope or EVERY_UNIT))

if everyone:
    st.header(text("admin_change", lang))
    names = [a.username for a in everyone]
    target = st.selectbox(text("username", lang), names, key="admin_target")
    current = next(a for a in everyone if a.username == target)
    role_col, password_col = st.columns(2)
    with role_col:
        st.caption(text("admin_roles_now", lang, roles=grants_text(current.grants)))
        scope_choice = st.selectbox(text("admin_unit", lang), scopes, format_func=scope_name, key="admin_role_unit")
        held = current.role_in(scope_choice) if scope_choice != EVERY_UNIT else current.everywhere
        new_role = st.selectbox(
            text("admin_role", lang), list(Role), index=list(Role).index(held or Role.VIEWER), format_func=role_name,
            key="admin_role_choice",
        )  # fmt: skip
        grant_col, revoke_col = st.columns(2)
        if grant_col.button(text("admin_set_role", lang), key="admin_set_role") and new_role is not None:
            report(lambda: accounts.grant(target, scope_choice or EVERY_UNIT, new_role))
        held_here = any(unit == scope_choice for unit, _ in current.grants or ())
        if revoke_col.button(text("admin_revoke_role", lang), key="admin_revoke_role", disabled=not held_here):
            report(lambda: accounts.revoke(target, scope_choice or EVERY_UNIT))
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
        offered = sorted(set(checkins.groups_in_store()) | set(current.groups))
        groups = st.multiselect(
            text("admin_groups", lang),
            offered,
            default=list(current.groups),
            key=f"admin_groups_{target}",
            placeholder=text("admin_no_groups", lang),
            label_visibility="collapsed",
        )
        email = st.text_input(text("admin_email", lang), current.email, key=f"admin_email_{target}")
        st.caption(text("admin_groups_note", lang))
        if st.form_submit_button(text("admin_save_groups", lang)):
            report(lambda: accounts.set_links(target, groups, email))

st.header(text("admin_units", lang))
st.dataframe(
    pd.DataFrame(
        {
            text("admin_unit_name", lang): [u.name for u in organisation.units],
            text("admin_unit_short", lang): [u.short_name for u in organisation.units],
            text("admin_unit_parent", lang): [u.parent or "–" for u in organisation.units],
        }
    ),
    hide_index=True,
    width="stretch",
)
add_col, rename_col = st.columns(2)
with add_col, st.form("admin_unit_add_form", clear_on_submit=True):
    st.markdown(f"**{text('admin_unit_add', lang)}**")
    unit_name = st.text_input(text("admin_unit_name", lang), key="admin_unit_new_name", max_chars=300)
    unit_short = st.text_input(text("admin_unit_short", lang), key="admin_unit_new_short", max_chars=100)
    parents = ["", *(u.name for u in organisation.units)]
    parent = st.selectbox(
        text("admin_unit_parent", lang), parents, format_func=lambda n: n or "–", key="admin_unit_new_parent"
    )
    if st.form_submit_button(text("admin_unit_add", lang), type="primary"):
        report(lambda: units.add(unit_name, unit_short, parent or None))
with rename_col:
    st.markdown(f"**{text('admin_unit_rename', lang)}**")
    names = [u.name for u in organisation.units]
    # Chosen outside the form, so the fields below start from this unit's own short name and parent.
    old = st.selectbox(text("admin_unit_name", lang), names, key="admin_unit_old")
    chosen = organisation.get(old or "")
    if chosen is not None:
        with st.form(f"admin_unit_rename_form_{names.index(chosen.name)}"):
            renamed = st.text_input(text("admin_unit_new_name", lang), key="admin_unit_renamed", max_chars=300)
            new_short = st.text_input(
                text("admin_unit_short", lang), chosen.short_name, key=f"admin_unit_short_{chosen.name}", max_chars=100
            )
            parents = ["", *(n for n in names if n != chosen.name)]
            new_parent = st.selectbox(
                text("admin_unit_parent", lang),
                parents,
                index=parents.index(chosen.parent) if chosen.parent in parents else 0,
                format_func=lambda n: n or "–",
                key=f"admin_unit_parent_{chosen.name}",
            )
            st.caption(text("admin_unit_rename_note", lang))
            if st.form_submit_button(text("admin_unit_save", lang)):

                def change(unit: str = chosen.name) -> None:
                    made = units.rename(unit, renamed or unit, new_short)
                    if (new_parent or None) != made.parent:
                        units.move(made.name, new_parent or None)

                report(change)

st.header(text("admin_actions", lang))
st.table(
    pd.DataFrame(
        {text("admin_action", lang): [ACTION_LABELS[a].get(lang) for a, _ in role_grid()]}
        | {role_name(r): ["✓" if may[r] else "" for _, may in role_grid()] for r in Role}
    ),
    hide_index=True,
    border="horizontal",
)
st.caption(text("admin_actions_note", lang))
