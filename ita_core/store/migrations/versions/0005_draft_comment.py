"""An editor's draft keeps the publish comment typed for it, so a reload or a new session loses neither.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("drafts") as batch:
        batch.add_column(sa.Column("comment", sa.String(500), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("drafts") as batch:
        batch.drop_column("comment")
