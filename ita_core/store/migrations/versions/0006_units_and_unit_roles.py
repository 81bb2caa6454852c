"""Units become records (name, short name, the unit above) and roles are held per unit.

Every account's global role becomes the same role for every unit ("*"), so existing accounts keep
working. The shipped bureau and its agency are registered, and so is every unit already named by a
snapshot, check-in or setting, so no stored history is left without its unit.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The seed plan's bureau and agency (data/fy2566_plan.toml, seed line 15); written out here, not imported,
# so this migration means the same thing whatever the code becomes.
_AGENCY = ("สำนักงานเลขาธิการวุฒิสภา", "สว.", None)
_BUREAU = ("สำนักบริหารงานกลาง สำนักงานเลขาธิการวุฒิสภา", "สำนักบริหารงานกลาง", "สำนักงานเลขาธิการวุฒิสภา")


def upgrade() -> None:
    units = op.create_table(
        "units",
        sa.Column("name", sa.String(300), primary_key=True),
        sa.Column("short_name", sa.String(100), nullable=False, server_default=""),
        sa.Column("parent", sa.String(300), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "unit_aliases",
        sa.Column("name", sa.String(300), primary_key=True),
        sa.Column("unit", sa.String(300), nullable=False),
    )
    op.create_table(
        "account_roles",
        sa.Column("username", sa.String(100), sa.ForeignKey("users.username", ondelete="CASCADE"), primary_key=True),
        sa.Column("unit", sa.String(300), primary_key=True),
        sa.Column("role", sa.String(20), nullable=False),
    )
    bind = op.get_bind()
    now = datetime.now(UTC)
    named = {
        name
        for table in ("snapshots", "check_ins", "unit_settings")
        for (name,) in bind.execute(sa.text(f"SELECT DISTINCT unit FROM {table}"))
    }
    rows = [{"name": n, "short_name": s, "parent": p, "created_at": now} for n, s, p in (_AGENCY, _BUREAU)]
    rows += [
        {"name": n, "short_name": "", "parent": None, "created_at": now}
        for n in sorted(named - {_AGENCY[0], _BUREAU[0]})
    ]
    op.bulk_insert(units, rows)
    bind.execute(sa.text("INSERT INTO account_roles (username, unit, role) SELECT username, '*', role FROM users"))
    bind.execute(sa.text("UPDATE users SET role = ''"))


def downgrade() -> None:
    # Only a role held for every unit goes back to being global: a unit's editor must not become
    # everyone's editor. Anyone else becomes a viewer.
    bind = op.get_bind()
    bind.execute(sa.text("UPDATE users SET role = 'viewer'"))
    bind.execute(
        sa.text(
            "UPDATE users SET role = (SELECT role FROM account_roles r WHERE r.username = users.username "
            "AND r.unit = '*') WHERE username IN (SELECT username FROM account_roles WHERE unit = '*')"
        )
    )
    op.drop_table("account_roles")
    op.drop_table("unit_aliases")
    op.drop_table("units")
