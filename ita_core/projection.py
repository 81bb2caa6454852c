"""Will a deadline be met? A straight line through the progress recorded so far, carried to 100.

Each snapshot (a published workbook or check-in) gives a point: the day its data
is for, and the activity's progress then. With fewer than two days on record
there is no line: "not enough history". Otherwise the rate is the least-squares
slope of progress over days; the finish is where the line, started from the
latest point, reaches 100. An open deadline already past is late. On track:
the finish falls on or before the deadline. At risk: within a week after it (a
push can still make it). Will be late: later than that, or no progress at all
while the deadline is open.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple

from ita_core.model import Plan
from ita_core.pairing import NAME_KEY_CHARS, Listed, name_key, pair_activities

AT_RISK_GRACE = timedelta(days=7)


class Outlook(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    LATE = "late"
    NOT_ENOUGH = "not_enough"  # fewer than two days on record


@dataclass(frozen=True)
class Projection:
    outlook: Outlook
    finish: date | None = None  # when the line reaches 100
    per_day: float | None = None  # percentage points a day

    @property
    def worrying(self) -> bool:
        return self.outlook in (Outlook.AT_RISK, Outlook.LATE)


Point = tuple[date, Decimal]


def _one_per_day(points: Iterable[Point]) -> list[Point]:
    """The last value recorded on each day, by day."""
    by_day: dict[date, Decimal] = {}
    for day, progress in sorted(points, key=lambda p: p[0]):
        by_day[day] = progress
    return sorted(by_day.items())


def project(points: Sequence[Point], due: date, as_of: date) -> Projection:
    """The outlook of one open deadline from its activity's progress points up to ``as_of``; an open
    deadline already past is late, whatever the history."""
    if due < as_of:
        return Projection(Outlook.LATE)
    known = _one_per_day(p for p in points if p[0] <= as_of)
    if len(known) < 2:
        return Projection(Outlook.NOT_ENOUGH)
    origin = known[0][0]
    xs = [float((day - origin).days) for day, _ in known]
    ys = [float(progress) for _, progress in known]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    last_day, last = known[-1]
    if last >= 100:
        return Projection(Outlook.ON_TRACK, last_day, slope)
    if slope <= 0:
        return Projection(Outlook.LATE, None, slope)
    finish = last_day + timedelta(days=float(100 - last) / slope)
    if finish <= due:
        outlook = Outlook.ON_TRACK
    elif finish <= due + AT_RISK_GRACE:
        outlook = Outlook.AT_RISK
    else:
        outlook = Outlook.LATE
    return Projection(outlook, finish, slope)


class Marks(NamedTuple):
    """What the projection keeps of each activity in one snapshot, column by column: small enough to store
    with the snapshot at publish time, so a stream's history never needs its plans read again."""

    activity_ids: tuple[str, ...]
    progress: tuple[Decimal | None, ...]  # None: no report yet
    reported_on: tuple[date | None, ...]
    figures: tuple[str, ...]  # a digest of what a report changes (``Activity.figures``)
    # Every name's ``pairing.name_key``, end to end (``NAME_KEY_CHARS`` each): one string, compared and stored
    # whole; "" in marks stored before names were kept
    names: str = ""


def _digest(figures: tuple[object, ...]) -> str:
    return hashlib.blake2b(repr(figures).encode(), digest_size=10).hexdigest()


def marks(plan: Plan) -> Marks:
    acts = plan.activities
    return Marks(
        tuple(a.activity_id for a in acts),
        tuple(a.progress if a.progress_reported else None for a in acts),
        tuple(a.reported_on for a in acts),
        tuple(_digest(a.figures) for a in acts),
        "".join(name_key(a.name) for a in acts),
    )


def pack_marks(found: Marks) -> bytes:
    columns = {
        "a": found.activity_ids,
        "p": [None if p is None else str(p) for p in found.progress],
        "r": [None if r is None else r.isoformat() for r in found.reported_on],
        "f": found.figures,
        "n": found.names,
    }
    return zlib.compress(json.dumps(columns, ensure_ascii=False, separators=(",", ":")).encode(), 6)


def unpack_marks(packed: bytes) -> Marks:
    columns = json.loads(zlib.decompress(packed))
    # A plan repeats few distinct figures and days: each is converted once, then looked up at C speed.
    progress: dict[str | None, Decimal | None] = {p: Decimal(p) for p in set(columns["p"]) if p is not None}
    days: dict[str | None, date | None] = {r: date.fromisoformat(r) for r in set(columns["r"]) if r is not None}
    progress[None] = days[None] = None
    return Marks(
        tuple(columns["a"]),
        tuple(map(progress.__getitem__, columns["p"])),
        tuple(map(days.__getitem__, columns["r"])),
        tuple(columns["f"]),
        columns.get("n", ""),
    )


Snapshot = Plan | Marks


def _marks_of(snapshot: Snapshot) -> Marks:
    return marks(snapshot) if isinstance(snapshot, Plan) else snapshot


def _listed(m: Marks) -> Listed:
    if not m.names:
        return [(activity_id, None) for activity_id in m.activity_ids]
    keys = (m.names[i : i + NAME_KEY_CHARS] for i in range(0, len(m.names), NAME_KEY_CHARS))
    return list(zip(m.activity_ids, keys, strict=True))


def _follow(kept: tuple[dict[str, list[Point]], dict[str, str], dict[str, date]], was: Listed, now: Listed) -> None:
    """Each activity's history under its number in ``now``, when the plan was renumbered (``pairing``): by
    number alone, 1.3's line went on from the points of the activity numbered 1.3 before. A number that
    now names another activity starts afresh."""
    pairs = pair_activities(was, now)
    current = {activity_id for activity_id, _ in now}
    held = {activity_id: tuple(d.pop(activity_id, None) for d in kept) for activity_id, _ in was}
    for activity_id, _ in now:
        if activity_id in pairs:
            _put(kept, activity_id, held.pop(pairs[activity_id]))
    for activity_id, state in held.items():
        if activity_id not in current:  # gone from the plan, or not paired: its history stays its own
            _put(kept, activity_id, state)


def _put(kept: tuple[dict[str, Any], ...], activity_id: str, state: tuple[Any, ...]) -> None:
    for d, value in zip(kept, state, strict=True):
        if value is not None:
            d[activity_id] = value


def progress_points(history: Iterable[tuple[date, Snapshot]]) -> dict[str, list[Point]]:
    """Each activity's reported progress over a stream's snapshots (day, plan or its ``marks``), oldest first.
    An activity with no report in a snapshot gives no point there."""
    return progress_and_updates(history)[0]


def last_updates(history: Iterable[tuple[date, Snapshot]]) -> dict[str, date]:
    """The day each activity's reported figures last changed over a stream's snapshots."""
    return progress_and_updates(history)[1]


def progress_and_updates(history: Iterable[tuple[date, Snapshot]]) -> tuple[dict[str, list[Point]], dict[str, date]]:
    """``progress_points`` and ``last_updates`` in one pass over the snapshots: the first view after a
    publish reads both, over 48 snapshots of every activity. Consecutive snapshots almost always list the
    same activities in the same order: each activity's list is then found by position, not by name, and
    a snapshot whose figures are all as before is passed over whole."""
    points: dict[str, list[Point]] = {}
    seen: dict[str, str] = {}
    changed: dict[str, date] = {}
    layout: tuple[str, ...] | None = None
    names = ""
    lists: list[list[Point]] = []
    before: tuple[str | None, ...] = ()
    earlier: Listed = []  # the layout's ids and names, for a renumbering to be followed
    for day, snapshot in sorted(history, key=lambda pair: pair[0]):
        m = _marks_of(snapshot)
        if m.activity_ids != layout or m.names != names:
            if layout is not None:
                _follow((points, seen, changed), earlier, _listed(m))
            layout, names, earlier = m.activity_ids, m.names, _listed(m)
            lists = [points.setdefault(activity_id, []) for activity_id in layout]
            before = tuple(seen.get(activity_id) for activity_id in layout)
        if m.figures != before:
            for activity_id, figures, was, reported_on in zip(layout, m.figures, before, m.reported_on, strict=True):
                if figures != was and seen.get(activity_id) != figures:
                    seen[activity_id] = figures
                    changed[activity_id] = reported_on or day  # a check-in's own day, not the plan's data date
            before = m.figures
        for found, progress, reported_on in zip(lists, m.progress, m.reported_on, strict=True):
            if progress is not None:
                point = (reported_on or day, progress)
                if not found or found[-1] != point:
                    found.append(point)
    return {activity_id: found for activity_id, found in points.items() if found}, changed
