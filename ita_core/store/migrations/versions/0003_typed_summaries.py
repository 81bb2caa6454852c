"""Stored summaries in the one summary form (``ita_core.summary``): rewritten from each snapshot's plan.

Before, a snapshot kept a summary of its own shape (flat keys, decimals as strings, no measure
names), read back by string keys in three places. Each old summary is recomputed from the plan the
snapshot stores, at the date the old summary was computed for, so history shows the same figures.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

import json
import zlib
from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

from ita_core.metrics import summarise
from ita_core.serialize import plan_from_json
from ita_core.summary import to_json

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SNAPSHOTS = sa.table(
    "snapshots",
    sa.column("id", sa.Integer),
    sa.column("summary_json", sa.Text),
    sa.column("plan_zlib", sa.LargeBinary),
)


def upgrade() -> None:
    bind = op.get_bind()
    for row in bind.execute(sa.select(_SNAPSHOTS.c.id, _SNAPSHOTS.c.summary_json)).all():
        old = json.loads(row.summary_json)
        if "overall" in old:  # already in the new form
            continue
        packed = bind.execute(sa.select(_SNAPSHOTS.c.plan_zlib).where(_SNAPSHOTS.c.id == row.id)).scalar_one()
        plan = plan_from_json(zlib.decompress(packed).decode())
        new = to_json(summarise(plan, date.fromisoformat(old["as_of"])), details=False)
        bind.execute(
            sa.update(_SNAPSHOTS)
            .where(_SNAPSHOTS.c.id == row.id)
            .values(summary_json=json.dumps(new, ensure_ascii=False))
        )


def downgrade() -> None:
    """Older code reads only the flat form: write it back from the new one."""
    bind = op.get_bind()
    for row in bind.execute(sa.select(_SNAPSHOTS.c.id, _SNAPSHOTS.c.summary_json)).all():
        new = json.loads(row.summary_json)
        if "overall" not in new:
            continue
        overall, counts = new["overall"], new["participation_counts"]
        old = {
            "as_of": new["as_of"],
            "activities": overall["activities"],
            "completed": overall["completed"],
            "completion_pct": f"{overall['completion_pct']:.2f}",
            "mean_progress_pct": f"{overall['mean_progress_pct']:.2f}",
            "measures": [
                {
                    "measure": m["measure"],
                    "activities": m["activities"],
                    "completed": m["completed"],
                    "completion_pct": f"{m['completion_pct']:.2f}",
                }
                for m in new["measures"]
            ],
            "deadlines": new["deadline_counts"],
            "participation_rows": counts["rows"],
            "participation_met": counts["met"],
        }
        bind.execute(sa.update(_SNAPSHOTS).where(_SNAPSHOTS.c.id == row.id).values(summary_json=json.dumps(old)))
