"""Account roles and their names; kept apart from the accounts store so the command line and pages can
name roles without loading the database driver or the password hasher."""

from __future__ import annotations

from enum import StrEnum

from ita_core.text import Text


class Role(StrEnum):
    VIEWER = "viewer"
    REPORTER = "reporter"  # checks in progress for the responsible groups the account is linked to
    EDITOR = "editor"
    ADMIN = "admin"

    @property
    def can_edit(self) -> bool:
        return self in (Role.EDITOR, Role.ADMIN)

    @property
    def rank(self) -> int:
        """Each role may do everything the roles before it may."""
        return list(Role).index(self)


ROLE_LABELS = {
    Role.VIEWER: Text("ผู้ดู", "viewer"),
    Role.REPORTER: Text("ผู้รายงานผล", "reporter"),
    Role.EDITOR: Text("ผู้แก้ไขข้อมูล", "editor"),
    Role.ADMIN: Text("ผู้ดูแลระบบ", "admin"),
}


def role_label(role: Role, lang: str) -> str:
    return ROLE_LABELS[role].get(lang)
