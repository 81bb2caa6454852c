"""Each snapshot keeps, beside its plan, what the projection needs of each activity (progress, report day, a
digest of its figures), so a stream's history is read without reading its plans again.

Snapshots stored before this migration keep NULL there and are read from their plans, as before.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN on every database: SQLite does not rebuild the table (which other tables refer to).
    op.add_column("snapshots", sa.Column("marks_zlib", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("snapshots") as batch:
        batch.drop_column("marks_zlib")
