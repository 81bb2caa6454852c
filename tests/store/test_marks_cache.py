"""``ita_core.store.marks_cache``: a snapshot's marks are unpacked once, by id and publish time, within a bound."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from ita_core.projection import Marks, pack_marks
from ita_core.store.marks_cache import MarksCache

T1, T2 = datetime(2023, 4, 1, tzinfo=UTC), datetime(2023, 5, 1, tzinfo=UTC)


def _marks(n: int, progress: int) -> Marks:
    ids = tuple(f"{i // 10 + 1}.{i % 10 + 1}" for i in range(n))
    return Marks(ids, tuple(Decimal(progress) for _ in ids), tuple(None for _ in ids), tuple("f" * 20 for _ in ids))


class Fetcher:
    def __init__(self, stored: dict[int, bytes | None]) -> None:
        self.stored, self.asked = stored, []

    def __call__(self, ids: list[int]) -> dict[int, bytes | None]:
        self.asked.append(sorted(ids))
        return {i: self.stored[i] for i in ids if i in self.stored}


def test_only_what_is_not_held_is_fetched_and_old_snapshots_without_marks_are_left_out() -> None:
    fetch = Fetcher({1: pack_marks(_marks(3, 10)), 2: pack_marks(_marks(3, 20)), 3: None})
    cache = MarksCache()
    first = cache.get([(1, T1), (2, T1), (3, T1)], fetch)
    assert first == {1: _marks(3, 10), 2: _marks(3, 20)}  # 3 was stored before marks were kept
    assert cache.get([(1, T1), (2, T1), (4, T1)], fetch) == first
    assert fetch.asked == [[1, 2, 3], [4]]


def test_an_id_taken_again_after_a_restore_is_read_again() -> None:
    fetch = Fetcher({1: pack_marks(_marks(3, 10))})
    cache = MarksCache()
    cache.get([(1, T1)], fetch)
    fetch.stored[1] = pack_marks(_marks(3, 90))  # the database restored, snapshot 1 published anew
    assert cache.get([(1, T2)], fetch)[1] == _marks(3, 90)


def test_the_bound_is_on_activities_held_and_the_least_recent_go_first() -> None:
    fetch = Fetcher({i: pack_marks(_marks(10, i)) for i in range(1, 6)})
    cache = MarksCache(kept=30)
    for i in range(1, 5):
        cache.get([(i, T1)], fetch)
    assert len(cache) == 3  # 40 entries over a bound of 30: the first went
    cache.get([(2, T1)], fetch)  # used again: now the most recent
    cache.get([(5, T1)], fetch)
    fetch.asked.clear()
    cache.get([(2, T1), (5, T1)], fetch)
    assert fetch.asked == []
    cache.get([(3, T1)], fetch)
    assert fetch.asked == [[3]]


def test_revisions_of_one_plan_share_their_strings() -> None:
    fetch = Fetcher({1: pack_marks(_marks(5, 10)), 2: pack_marks(_marks(5, 20))})
    held = MarksCache().get([(1, T1), (2, T1)], fetch)
    assert all(a is b for a, b in zip(held[1].activity_ids, held[2].activity_ids, strict=True))
    assert all(a is b for a, b in zip(held[1].figures, held[2].figures, strict=True))
