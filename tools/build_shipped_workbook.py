"""Build data/ita_fy2566.xlsx from its readable source, data/fy2566_plan.toml.

Run after editing the TOML: ``python -m tools.build_shipped_workbook``.
tests/test_shipped_data.py checks that the two stay in step.
"""

from __future__ import annotations

from ita_core.paths import SHIPPED_SOURCE, SHIPPED_WORKBOOK
from ita_core.shipped import rows_from_source
from ita_core.workbook.writer import write_workbook


def main() -> None:
    write_workbook(rows_from_source(SHIPPED_SOURCE), SHIPPED_WORKBOOK, instructions=True)
    print(f"wrote {SHIPPED_WORKBOOK}")


if __name__ == "__main__":
    main()
