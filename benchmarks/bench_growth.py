"""How the deadlines table, a group's page and ``remind`` grow with the plan: 26 activities (the shipped
plan), 1,000 and 10,000 (SYNTHETIC, ``benchmarks.synthetic``), CPU seconds in-process, median of ``--repeat``.

    python -m benchmarks.bench_growth [--repeat 3]

Each figure includes what the page computes on a run without caches: the plan's work (``groups.plan_work``,
or ``group_work`` for its largest group) and the table or digests built from it. The baseline, in the same
run and on the same plan, is ``metrics.deadline_states``: one linear pass over every deadline. A cost that
grows with the plan keeps its ratio to the baseline flat from 1,000 to 10,000; one that grows with its square
multiplies it by ten.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from collections.abc import Callable
from datetime import date

from benchmarks import synthetic
from ita_core import group_tables, groups, read_workbook, views
from ita_core.metrics import deadline_states
from ita_core.model import Plan
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.remind import digests

AS_OF = date(2023, 4, 1)


def cpu(work: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.process_time()
        work()
        runs.append(time.process_time() - start)
    return statistics.median(runs)


def tasks(plan: Plan) -> dict[str, Callable[[], object]]:
    largest = Counter(g for a in plan.activities for g in groups.groups_of(a.responsible)).most_common(1)[0][0]
    states = deadline_states(plan, AS_OF)

    def deadlines_page() -> object:
        return views.deadlines_table(states, plan, "th", groups.plan_work(plan, AS_OF, {}, {}))

    def group_page() -> object:
        work = groups.group_work(plan, largest, AS_OF, {}, {})
        return group_tables.activity_items(work, views.last_reports(plan), "th"), [
            work.outlook_of(s) for _, s in work.open_deadlines
        ]

    return {
        "baseline deadline_states": lambda: deadline_states(plan, AS_OF),
        "/deadlines table": deadlines_page,
        "group page (largest group)": group_page,
        "remind digests": lambda: digests(plan, AS_OF, "https://ita.example.go.th", {}, {}),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sizes = {
        26: SHIPPED_WORKBOOK,
        1_000: synthetic.sized(1_000),
        10_000: synthetic.sized(10_000),
    }
    found: dict[int, dict[str, float]] = {}
    for size, path in sizes.items():
        plan = read_workbook(path).plan
        assert plan is not None
        found[size] = {name: cpu(task, args.repeat) for name, task in tasks(plan).items()}
    names = list(found[26])
    print(f"CPU seconds, median of {args.repeat}; ratio to the baseline in brackets")
    print(f"  {'':<28}" + "".join(f"{size:>22,}" for size in sizes))
    for name in names:
        cells = "".join(f"{found[s][name]:>12.4f} s ({found[s][name] / found[s][names[0]]:>5.1f}×)" for s in sizes)
        print(f"  {name:<28}{cells}")
    base = found[10_000][names[0]] / found[1_000][names[0]]
    for name in names[1:]:
        growth = found[10_000][name] / found[1_000][name]
        verdict = "as the baseline: linear" if growth < 1.5 * base else "faster than the baseline: NOT linear"
        print(f"  {name}: 1,000 → 10,000 activities ×{growth:.1f}, baseline ×{base:.1f} ({verdict})")


if __name__ == "__main__":
    main()
