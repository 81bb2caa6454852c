"""Snapshots of published workbooks, and local user accounts.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "snapshots",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("unit", sa.String(300), nullable=False),
        sa.Column("fiscal_year_be", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_by", sa.String(200), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("rolled_back_from", sa.Integer(), sa.ForeignKey("snapshots.id"), nullable=True),
        sa.Column("summary_json", sa.Text(), nullable=False),
        sa.Column("plan_zlib", sa.LargeBinary(), nullable=False),
        sa.Column("file_bytes", sa.LargeBinary(), nullable=False),
        sa.UniqueConstraint("unit", "fiscal_year_be", "revision", name="uq_snapshots_stream_revision"),
    )
    op.create_index("ix_snapshots_year", "snapshots", ["fiscal_year_be"])
    op.create_table(
        "users",
        sa.Column("username", sa.String(100), primary_key=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("users")
    op.drop_index("ix_snapshots_year", table_name="snapshots")
    op.drop_table("snapshots")
