"""The update loop: reporters tied to responsible groups, check-ins, per-unit approval, reminders sent.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("email", sa.String(200), nullable=False, server_default=""))
    op.create_table(
        "user_groups",
        sa.Column("username", sa.String(100), sa.ForeignKey("users.username", ondelete="CASCADE"), primary_key=True),
        sa.Column("group_name", sa.String(300), primary_key=True),
    )
    op.create_table(
        "check_ins",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("unit", sa.String(300), nullable=False),
        sa.Column("fiscal_year_be", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.String(50), nullable=False),
        sa.Column("username", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("progress", sa.String(10), nullable=False),
        sa.Column("actions", sa.Text(), nullable=False),
        sa.Column("achieved_output", sa.Text(), nullable=False),
        sa.Column("achieved_outcome", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("base_snapshot_id", sa.Integer(), sa.ForeignKey("snapshots.id"), nullable=True),
        sa.Column("decided_by", sa.String(100), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_comment", sa.Text(), nullable=False, server_default=""),
        sa.Column("snapshot_id", sa.Integer(), sa.ForeignKey("snapshots.id"), nullable=True),
    )
    op.create_index("ix_check_ins_stream_status", "check_ins", ["unit", "fiscal_year_be", "status"])
    op.create_table(
        "unit_settings",
        sa.Column("unit", sa.String(300), primary_key=True),
        sa.Column("check_ins_need_approval", sa.Boolean(), nullable=False),
        sa.Column("updated_by", sa.String(100), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "reminders_sent",
        sa.Column("unit", sa.String(300), primary_key=True),
        sa.Column("fiscal_year_be", sa.Integer(), primary_key=True),
        sa.Column("group_name", sa.String(300), primary_key=True),
        sa.Column("sent_on", sa.Date(), primary_key=True),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("reminders_sent")
    op.drop_table("unit_settings")
    op.drop_index("ix_check_ins_stream_status", table_name="check_ins")
    op.drop_table("check_ins")
    op.drop_table("user_groups")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("email")
