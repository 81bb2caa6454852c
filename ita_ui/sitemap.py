"""The app's pages: each one's file, title, address and the least role that opens it.

Plain data and one permission rule, imported by the navigation, the sign-in's redirect check and the
gate alike (so none of them imports another for it).
"""

from __future__ import annotations

from dataclasses import dataclass

from ita_core.store.accounts import Account
from ita_core.store.permissions import Action, allows
from ita_core.store.roles import Role
from ita_core.store.units import EVERY_UNIT
from ita_ui import auth
from ita_ui.i18n import Key


@dataclass(frozen=True)
class NavPage:
    path: str
    key: Key  # i18n key of its title
    url_path: str
    icon: str
    needs: Role | None = None  # the least role that sees the page; None: anyone who may view


NAV: tuple[NavPage, ...] = (
    NavPage("pages/overview.py", "page_overview", "overview", ":material/dashboard:"),
    NavPage("pages/measures.py", "page_measures", "measures", ":material/checklist:"),
    NavPage("pages/deadlines.py", "page_deadlines", "deadlines", ":material/event:"),
    NavPage("pages/participation.py", "page_participation", "participation", ":material/groups:"),
    NavPage("pages/group.py", "page_group", "group", ":material/assignment_ind:"),
    NavPage("pages/compare.py", "page_compare", "compare", ":material/leaderboard:"),
    NavPage("pages/history.py", "page_history", "history", ":material/history:"),
    NavPage("pages/reports.py", "page_reports", "reports", ":material/description:"),
    NavPage("pages/upload.py", "page_upload", "upload", ":material/upload_file:", Role.EDITOR),
    NavPage("pages/admin.py", "page_admin", "admin", ":material/manage_accounts:", Role.ADMIN),
    NavPage("pages/present.py", "page_present", "present", ":material/slideshow:"),
)
ACCOUNT = NavPage("pages/account.py", "page_account", "account", ":material/account_circle:")


def allowed(page: NavPage, user: Account | None) -> bool:
    if page is ACCOUNT:
        return True  # where anyone signs in
    if auth.login_required() and user is None:
        return False
    if page.needs is None:
        return True
    if page.needs is Role.ADMIN:  # accounts and units belong to the whole organisation
        return allows(user, Action.MANAGE_ACCOUNTS, EVERY_UNIT)
    return user is not None and user.role.rank >= page.needs.rank  # e.g. upload: an editor of some unit


def visible(user: Account | None) -> list[NavPage]:
    """The pages listed in this viewer's sidebar: the ones they may open."""
    return [p for p in NAV if allowed(p, user)]


ALL_PAGES = (*NAV, ACCOUNT)


def nav_page(url_path: str) -> NavPage:
    return next((p for p in ALL_PAGES if p.url_path == url_path), NAV[0])
