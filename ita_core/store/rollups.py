"""The agency roll-up read from the store: every registered unit's latest plan of a year, in two queries
whatever the number of units and revisions (``Store.latest_of_year``), rolled up by ``ita_core.agency``.
The agency page and ``remind`` both read it here."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ita_core.agency import Rollup, rollup
from ita_core.store.snapshots import Store
from ita_core.store.units import Organisation, UnitRecord


def read_rollup(
    store: Store, fiscal_year_be: int, as_of: date, units: Sequence[UnitRecord], only: bool = False
) -> Rollup:
    """``units``: the registered units (the leaves are expected to report); ``only``: leave out snapshots of
    any other unit (a viewer who may see only these)."""
    known = Organisation(tuple(units))
    expected = [u for u in units if not known.children(u.name)]  # bureaus report; an agency gathers theirs
    named = {u.name for u in units}
    found = [
        (plan, info.data_day) for info, plan in store.latest_of_year(fiscal_year_be) if not only or info.unit in named
    ]
    return rollup(fiscal_year_be, found, as_of, registered=expected, labels={u.name: u.label for u in units})
