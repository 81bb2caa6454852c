"""Who is signed in, for how long, and what they may do.

Local accounts always work. A session ends after ``ITA_SESSION_MINUTES`` of
inactivity (default 60) or 12 hours in all, and the account is looked up again
on every run, so a removed user or a changed role takes effect at once.
When the deployment configures an identity provider (``[auth]`` in
``.streamlit/secrets.toml``), ``st.login`` is offered too; its user gets the
role of the local account with the same name (e-mail), else viewer.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime

import streamlit as st

from ita_core.accounts import Account, Accounts, Outcome, Role
from ita_ui import source

_KEY = "auth"
_EPOCH = datetime.fromtimestamp(0, UTC)
ABSOLUTE_LIFETIME = 12 * 3600


def idle_limit() -> float:
    return float(os.environ.get("ITA_SESSION_MINUTES", "60")) * 60


def login_required() -> bool:
    """``ITA_REQUIRE_LOGIN=1``: only signed-in users see anything. Otherwise viewing is open."""
    return os.environ.get("ITA_REQUIRE_LOGIN", "") in ("1", "true", "yes")


@dataclass
class _Session:
    username: str
    started: float
    seen: float


def accounts() -> Accounts:
    return Accounts(source.store().engine)


def oidc_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all: Streamlit raises rather than returning empty
        return False


def current_user() -> Account | None:
    """The signed-in account, or ``None``; expired sessions are ended here."""
    now = time.monotonic()
    session: _Session | None = st.session_state.get(_KEY)
    if session is not None:
        if now - session.seen > idle_limit() or now - session.started > ABSOLUTE_LIFETIME:
            sign_out()
            st.session_state["auth_expired"] = True
            return None
        account = accounts().get(session.username)
        if account is None:
            sign_out()
            return None
        session.seen = now
        return account
    if oidc_configured() and getattr(st.user, "is_logged_in", False):
        email = str(getattr(st.user, "email", "") or "")
        local = accounts().get(email) if email else None
        return local or Account(email or "oidc", Role.VIEWER, created_at=_EPOCH)
    return None


def sign_in(username: str, password: str) -> tuple[Outcome, datetime | None]:
    """Check the password; on success the session starts. Returns the outcome and, if locked, until when."""
    result = accounts().sign_in(username.strip(), password)
    if result.outcome is Outcome.OK and result.account is not None:
        now = time.monotonic()
        st.session_state[_KEY] = _Session(result.account.username, now, now)
        st.session_state.pop("auth_expired", None)
    return result.outcome, result.locked_until


def sign_out() -> None:
    st.session_state.pop(_KEY, None)


def role_of(user: Account | None) -> Role | None:
    return user.role if user else None
