"""The agency roll-up: totals computed from the units' plans (never averaged percentages), quiet units
flagged, and the table every row of it writes."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from urllib.parse import quote

from plans import plan_with

from ita_core.address import View
from ita_core.agency import rollup
from ita_core.model import Participation, Plan
from ita_core.store.units import UnitRecord
from ita_core.views import agency_table

AS_OF = date(2023, 6, 1)


def _unit(name: str, progress: dict[str, int | None], people: list[tuple[int, int]]) -> Plan:
    plan = plan_with(progress)
    rows = tuple(Participation(f"1.{i}", "", p, h, Decimal(80), "") for i, (p, h) in enumerate(people, 1))
    return dataclasses.replace(plan, unit=name, participation=rows)


def test_totals_are_computed_from_the_plans_and_quiet_units_are_flagged() -> None:
    a = _unit("กอง ก", {"1.1": 100, "1.2": 100, "1.3": 50}, [(127, 139)])  # 2 of 3 done
    b = _unit("กอง ข", {"1.1": 100, "1.2": 0}, [(5, 12), (1, 1)])  # 1 of 2 done
    c = _unit("กอง ค", {"1.1": 0}, [])  # 0 of 1, reported long ago
    rolled = rollup(
        2566,
        [(a, date(2023, 5, 30)), (b, date(2023, 5, 2)), (c, date(2023, 4, 1))],
        AS_OF,
        registered=[UnitRecord("กอง ก", "ก"), UnitRecord("กอง ข"), UnitRecord("กอง ค"), UnitRecord("กอง ง")],
    )
    # By hand: 3 of 6 activities; 133 of 152 people = 87.5 → 87.50; a mean of the units' percentages would
    # have said (66.66 + 50 + 0) / 3 = 38.88 and (91.36 + 50.00) / 2.
    assert (rolled.completed, rolled.activities, rolled.completion_pct) == (3, 6, Decimal("50.00"))
    assert (rolled.participants, rolled.headcount, rolled.participation_pct) == (133, 152, Decimal("87.50"))
    assert [u.unit for u in rolled.units] == ["กอง ก", "กอง ข", "กอง ค", "กอง ง"]
    assert [u.quiet for u in rolled.units] == [False, False, True, True]  # 2 May is 30 days before 1 June
    assert rolled.units[3].summary is None and rolled.units[0].label == "ก"

    table = agency_table(rolled, View(), "th")
    assert table["unit"].tolist() == ["ก", "กอง ข", "กอง ค", "กอง ง", "รวมทั้งส่วนราชการ"]
    assert table["completed_pct"].tolist() == ["66.66%", "50.00%", "0.00%", "–", "50.00%"]
    assert table["participation"].tolist() == [
        "127/139 (91.36%)",
        "6/13 (46.15%)",
        "–",
        "–",
        "133/152 (87.50%)",
    ]
    assert table["reported_on"].tolist()[:3] == ["30 พ.ค. 2566", "2 พ.ค. 2566", "1 เม.ย. 2566"]
    assert table["flag"].tolist() == ["", "", "⚠ ไม่รายงาน 30 วันขึ้นไป", "⚠ ยังไม่มีแผนของปีนี้", "⚠ 2 หน่วยงาน"]
    assert table["open"].tolist()[0] == "./?unit=%E0%B8%81%E0%B8%AD%E0%B8%87%20%E0%B8%81&fy=2566#%E0%B8%81"
    assert table["open"].tolist()[-1] == "#" + quote("รวมทั้งส่วนราชการ")  # its name only: no page of its own


def test_a_row_for_everyone_beside_its_groups_is_counted_once() -> None:
    """1.1 for the whole unit (รวม 127/139) and for its two groups (100/110, 27/29): the people were counted
    twice (254/278). An activity reported by its groups alone is their sum."""
    plan = plan_with({"1.1": 100, "1.2": 0})
    rows = (
        Participation("1.1", "รวม", 127, 139, Decimal(80), ""),
        Participation("1.1", "กลุ่ม ก", 100, 110, Decimal(80), ""),
        Participation("1.1", "กลุ่ม ข", 27, 29, Decimal(80), ""),
        Participation("1.2", "กลุ่ม ก", 5, 10, None, ""),
        Participation("1.2", "กลุ่ม ข", 6, 12, None, ""),
    )
    unit = dataclasses.replace(plan, unit="กอง ก", participation=rows)
    rolled = rollup(2566, [(unit, date(2023, 5, 30))], AS_OF)
    assert (rolled.participants, rolled.headcount) == (127 + 11, 139 + 22)


def test_a_link_keeps_the_language_and_date_of_the_view() -> None:
    rolled = rollup(2566, [(_unit("กอง ก", {"1.1": 100}, []), AS_OF)], AS_OF)
    link = agency_table(rolled, View(lang="en", as_of=AS_OF), "en")["open"].tolist()[0]
    assert link.startswith("./?lang=en&as_of=2023-06-01&unit=") and "&fy=2566#" in link
