"""Who is signed in, and what they may do.

Signing in and out happens over plain HTTP (``ita_ui.server``), which sets or
deletes an HttpOnly cookie holding a random token; the database keeps only the
token's hash (``ita_core.store.sessions``). Every script run reads the cookie the
browser sent and looks the session up, so a reload, a new tab and another app
process on the same database all see the same user, and a sign-out, a removed
user or a changed role counts at the next run everywhere.

When the deployment configures an identity provider (``[auth]`` in
``.streamlit/secrets.toml``), ``st.login`` is offered too; its user gets the
role of the local account with the same name (e-mail), else viewer.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import streamlit as st

from ita_core.errors import StoreUnavailable
from ita_core.settings import settings
from ita_core.store.accounts import Account, Accounts
from ita_core.store.roles import Role
from ita_core.store.sessions import Sessions, Status
from ita_ui import source

COOKIE = "ita_session"
_EPOCH = datetime.fromtimestamp(0, UTC)
_ENDED_SHOWN = "session_ended_shown"
_VERIFIED = "session_verified"


def idle_limit() -> timedelta:
    return timedelta(minutes=settings().session_minutes)


def login_required() -> bool:
    """``ITA_REQUIRE_LOGIN=1``: only signed-in users see anything. Otherwise viewing is open."""
    return settings().require_login


def accounts() -> Accounts:
    return Accounts(source.store().engine)


def sessions() -> Sessions:
    return Sessions(source.store().engine, idle=idle_limit())


def oidc_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all: Streamlit raises rather than returning empty
        return False


def client_token() -> str | None:
    """The session token the browser sent with this connection, if any (AppTest has no browser)."""
    value = st.context.cookies.get(COOKIE)
    return value if isinstance(value, str) and value else None


def current_user() -> Account | None:
    """The signed-in account, or ``None``.

    While the store cannot be asked, the account this browser connection was last seen signed in
    as (within the idle limit) is kept, so an editor does not lose the page; every write is refused
    by the store anyway until it answers again.
    """
    token = client_token()
    if token:
        try:
            found = sessions().lookup(token)
        except StoreUnavailable:
            return _last_verified()
        if found.status is Status.ACTIVE:
            st.session_state[_VERIFIED] = (found.account, time.monotonic())
            return found.account
        st.session_state.pop(_VERIFIED, None)
        st.session_state.setdefault(_ENDED_SHOWN, False)  # a cookie whose session has ended: say so once
    if oidc_configured() and getattr(st.user, "is_logged_in", False):
        email = str(getattr(st.user, "email", "") or "")
        local = accounts().get(email) if email else None
        return local or Account(email or "oidc", Role.VIEWER, created_at=_EPOCH)
    return None


def _last_verified() -> Account | None:
    verified: tuple[Account, float] | None = st.session_state.get(_VERIFIED)
    if verified is None or time.monotonic() - verified[1] > idle_limit().total_seconds():
        return None
    return verified[0]


def session_just_ended() -> bool:
    """True once per browser connection after its session ended (expired, signed out elsewhere)."""
    if st.session_state.get(_ENDED_SHOWN) is False:
        st.session_state[_ENDED_SHOWN] = True
        return True
    return False
