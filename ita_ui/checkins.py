"""The group page's and the upload page's side of check-ins: the store's ``CheckIns`` for this process,
and the address keys that open one activity's check-in form."""

from __future__ import annotations

import streamlit as st

from ita_core.address import ACTIVITY, GROUP
from ita_core.errors import StoreUnavailable
from ita_core.groups import all_groups
from ita_core.model import Plan
from ita_core.store.accounts import Account
from ita_core.store.checkins import CheckIns
from ita_ui import source

NOTICE = "check_in_notice"


def check_ins() -> CheckIns:
    return CheckIns(source.store())


def chosen_group(plan: Plan, user: Account | None) -> tuple[str | None, bool]:
    """The group the address names; else the viewer's first group in this plan; else the plan's first.
    The flag says the address named a group this plan does not have."""
    groups = all_groups(plan)
    asked = " ".join(st.query_params.get(GROUP, "").split())
    if asked in groups:
        return asked, False
    mine = [g for g in (user.groups if user else ()) if g in groups]
    candidates = mine or groups
    return (candidates[0] if candidates else None), bool(asked)


def open_activity() -> str | None:
    return st.query_params.get(ACTIVITY) or None


def open_activity_form(activity_id: str) -> None:
    st.query_params[ACTIVITY] = activity_id


def close_activity() -> None:
    st.query_params.pop(ACTIVITY, None)


def choose_group(key: str) -> None:
    st.query_params[GROUP] = st.session_state[key]
    st.query_params.pop(ACTIVITY, None)


def groups_in_store() -> list[str]:
    """The responsible groups of every unit's latest plan, for linking accounts to them."""
    found: dict[str, None] = {}
    try:
        for stream in source.streams():
            for group in all_groups(source.plan(stream.latest_id)):
                found[group] = None
    except StoreUnavailable:
        pass
    return list(found)
