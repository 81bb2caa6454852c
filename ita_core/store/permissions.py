"""Who may do what, for which unit: one table of named actions and the role each needs.

An account holds roles per unit (a role in an agency covers the bureaus under it) or for every unit.
Pages, the command line and the HTTP routes ask ``require`` here before they act, so a rule changes in
one place; a refusal names the action and the unit.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from ita_core.errors import StoreError
from ita_core.store.roles import Role, role_label
from ita_core.store.units import EVERY_UNIT
from ita_core.text import Text

if TYPE_CHECKING:
    from ita_core.store.accounts import Account


class Action(StrEnum):
    VIEW = "view"
    CHECK_IN = "check_in"
    PUBLISH = "publish"
    ROLL_BACK = "roll_back"
    APPROVE = "approve"  # approve a held check-in, or send it back
    SET_APPROVAL_RULE = "set_approval_rule"
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_UNITS = "manage_units"


# The one table: each action and the least role that grants it.
NEEDS: dict[Action, Role] = {
    Action.VIEW: Role.VIEWER,
    Action.CHECK_IN: Role.REPORTER,
    Action.PUBLISH: Role.EDITOR,
    Action.ROLL_BACK: Role.EDITOR,
    Action.APPROVE: Role.EDITOR,
    Action.SET_APPROVAL_RULE: Role.EDITOR,
    Action.MANAGE_ACCOUNTS: Role.ADMIN,
    Action.MANAGE_UNITS: Role.ADMIN,
}

# Accounts and units belong to the whole organisation: only a role held for every unit grants these.
ORGANISATION_WIDE = frozenset({Action.MANAGE_ACCOUNTS, Action.MANAGE_UNITS})

ACTION_LABELS: dict[Action, Text] = {
    Action.VIEW: Text("ดูข้อมูล", "view"),
    Action.CHECK_IN: Text("รายงานผลกิจกรรม", "check in"),
    Action.PUBLISH: Text("เผยแพร่ข้อมูล", "publish"),
    Action.ROLL_BACK: Text("ย้อนข้อมูล", "roll back"),
    Action.APPROVE: Text("อนุมัติหรือส่งกลับรายงานผล", "approve or return check-ins"),
    Action.SET_APPROVAL_RULE: Text("ตั้งค่าการอนุมัติรายงานผล", "set the approval rule"),
    Action.MANAGE_ACCOUNTS: Text("จัดการบัญชีผู้ใช้", "manage accounts"),
    Action.MANAGE_UNITS: Text("จัดการหน่วยงาน", "manage units"),
}


class NotAllowed(StoreError):
    """The account's role for that unit does not grant the action; nothing was written."""


def allows(account: Account | None, action: Action, unit: str) -> bool:
    if account is None:
        return False
    scope = EVERY_UNIT if action in ORGANISATION_WIDE else unit
    held = account.role_in(scope)
    return held is not None and held.rank >= NEEDS[action].rank


def require(account: Account, action: Action, unit: str) -> None:
    """Raise ``NotAllowed``, naming the action and the unit, unless the account may do it there."""
    if allows(account, action, unit):
        return
    label, needed = ACTION_LABELS[action], NEEDS[action]
    if action in ORGANISATION_WIDE:
        raise NotAllowed(
            f"บัญชี {account.username} {label.th}ไม่ได้: ต้องเป็น{role_label(needed, 'th')}ของทุกหน่วยงาน",
            f"{account.username} may not {label.en}: it needs the {needed.value} role for every unit",
        )
    held = account.role_in(unit)
    has_th = f" (มีสิทธิ์เป็น{role_label(held, 'th')})" if held else " (ไม่มีสิทธิ์ในหน่วยงานนี้)"
    has_en = f" (it is {held.value} there)" if held else " (it has no role there)"
    raise NotAllowed(
        f"บัญชี {account.username} ไม่มีสิทธิ์{label.th}ของหน่วยงาน '{unit}'{has_th}: "
        f"ต้องเป็น{role_label(needed, 'th')}ของหน่วยงานนี้",
        f"{account.username} may not {label.en} for unit '{unit}'{has_en}: it needs the {needed.value} role there",
    )


def require_somewhere(account: Account, action: Action) -> None:
    """Refuse at once an account whose roles grant ``action`` in no unit (before a file is even read)."""
    if account.role.rank >= NEEDS[action].rank:  # the highest role it holds anywhere
        return
    label, needed = ACTION_LABELS[action], NEEDS[action]
    raise NotAllowed(
        f"บัญชี {account.username} ไม่มีสิทธิ์{label.th}ของหน่วยงานใดเลย: ต้องเป็น{role_label(needed, 'th')}ของหน่วยงาน",
        f"{account.username} may not {label.en} for any unit: it needs the {needed.value} role for one",
    )


def role_grid() -> list[tuple[Action, dict[Role, bool]]]:
    """Actions × roles, as the accounts page and the README show them."""
    return [(action, {role: role.rank >= NEEDS[action].rank for role in Role}) for action in Action]
