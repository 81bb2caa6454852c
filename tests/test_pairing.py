"""Which activity is which between two versions of a plan (``ita_core.pairing``)."""

from __future__ import annotations

import pytest

from ita_core.pairing import name_key, pair_activities, renumbered


def _listed(*pairs: tuple[str, str]) -> list[tuple[str, str | None]]:
    return [(aid, name_key(name)) for aid, name in pairs]


OLD = _listed(("1.1", "อบรมจริยธรรม"), ("1.2", "ประกาศเจตนารมณ์"), ("1.3", "คัดเลือกบุคคลต้นแบบ"))


@pytest.mark.parametrize(
    ("new", "pairs"),
    [
        # the same plan, a name typed again with other spaces
        (
            _listed(("1.1", "อบรม  จริยธรรม"), ("1.2", "ประกาศเจตนารมณ์"), ("1.3", "คัดเลือกบุคคลต้นแบบ")),
            {"1.1": "1.1", "1.2": "1.2", "1.3": "1.3"},
        ),
        # an activity put in at 1.2: the ones after it renumbered
        (
            _listed(
                ("1.1", "อบรมจริยธรรม"), ("1.2", "สำรวจความคิดเห็น"), ("1.3", "ประกาศเจตนารมณ์"), ("1.4", "คัดเลือกบุคคลต้นแบบ")
            ),
            {"1.1": "1.1", "1.3": "1.2", "1.4": "1.3"},
        ),
        # 1.2 taken out: the one after it renumbered down, 1.2's own history not given to it
        (_listed(("1.1", "อบรมจริยธรรม"), ("1.2", "คัดเลือกบุคคลต้นแบบ")), {"1.1": "1.1", "1.2": "1.3"}),
        # two swapped
        (
            _listed(("1.1", "อบรมจริยธรรม"), ("1.2", "คัดเลือกบุคคลต้นแบบ"), ("1.3", "ประกาศเจตนารมณ์")),
            {"1.1": "1.1", "1.2": "1.3", "1.3": "1.2"},
        ),
        # a name corrected under its number: the same activity
        (
            _listed(("1.1", "อบรมจริยธรรมบุคลากร"), ("1.2", "ประกาศเจตนารมณ์"), ("1.3", "คัดเลือกบุคคลต้นแบบ")),
            {"1.1": "1.1", "1.2": "1.2", "1.3": "1.3"},
        ),
    ],
)
def test_activities_pair_by_number_unless_renumbered(new: list[tuple[str, str | None]], pairs: dict[str, str]) -> None:
    assert pair_activities(OLD, new) == pairs


def test_names_two_activities_share_or_names_not_known_pair_by_number() -> None:
    twice = _listed(("1.1", "ประชุม"), ("2.1", "ประชุม"))
    assert pair_activities(twice, _listed(("1.1", "อบรม"), ("1.2", "ประชุม"), ("2.1", "ประชุม"))) == {
        "1.1": "1.1",
        "2.1": "2.1",
    }
    unknown = [("1.1", None), ("1.2", None)]
    assert pair_activities(unknown, _listed(("1.1", "ข"), ("1.2", "ก"))) == {"1.1": "1.1", "1.2": "1.2"}


def test_renumbered_lists_old_number_to_new() -> None:
    assert renumbered({"1.1": "1.1", "1.3": "1.2", "1.4": "1.3"}) == {"1.2": "1.3", "1.3": "1.4"}
