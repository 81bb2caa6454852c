"""A sheet crossing from the bounded reading process: JSON for a small sheet (so the checking process
never loads Arrow for a plan of tens of activities), Arrow for a large one; a malformed frame is refused."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from typing import Any

import pytest
from workbooks import valid_book

from ita_core.problems import WorkbookRejected
from ita_core.workbook import native
from ita_core.workbook.grid import grid_of, iter_tables
from ita_core.workbook.sheetgrid import SheetGrid


def test_a_grid_packs_and_unpacks_to_the_same_cells() -> None:
    grid = SheetGrid("กิจกรรม", [["ลำดับ", "1.1", None], ["ร้อยละ", "100", "50"]], ["A", "H"], [0, 1, 2])
    assert SheetGrid.unpack("กิจกรรม", grid.pack()) == grid


@pytest.mark.parametrize(
    "frame",
    [
        b"not json",
        json.dumps({"columns": []}).encode(),
        json.dumps([[["a"], ["b", "c"]], ["A", "B"], [0]]).encode(),  # columns of different lengths
        json.dumps([[["a"]], ["A", "B"], [0]]).encode(),  # a letter too many
        json.dumps([[["a"]], [1], [0]]).encode(),  # a letter that is not text
        json.dumps([[["a"]], ["A"], ["0"]]).encode(),  # a row that is not a number
    ],
)
def test_a_malformed_frame_is_refused_naming_the_sheet(frame: bytes) -> None:
    with pytest.raises(WorkbookRejected, match="กิจกรรม"):
        SheetGrid.unpack("กิจกรรม", frame)


def _messy_book() -> bytes:
    """Written unlike the template: a blank row and a blank column inside the table, cells of spaces only,
    a table that starts in column C, numbers, a date and a formula's cached value, text of every width."""
    book = valid_book()
    rows = book.rows("กิจกรรม")
    rows.insert(2, [None] * 10)  # a blank row between activities
    rows[1][4] = "   "  # spaces only: no value
    rows[3][9] = "ข้อความ" * 400
    book.add("การมีส่วนร่วม", [[None, None, *row] for row in book.rows("การมีส่วนร่วม")] + [[None] * 7, [None, None, "x"]])
    book.add("กำหนดส่ง", [])
    book.set("กำหนดส่ง", "A1", "ลำดับ").set("กำหนดส่ง", "B1", "รายการ").set("กำหนดส่ง", "D3", datetime(2023, 6, 20))
    book.set("กำหนดส่ง", "F2", 0.9136)
    return book.to_bytes()


@pytest.mark.parametrize("source", ["valid", "messy", "shipped", "office_b"])
def test_small_sheets_travel_as_json_and_large_ones_as_arrow(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The JSON grid (converted without pyarrow) holds exactly the cells pyarrow's conversion gives, on
    workbooks written in different ways; with the JSON bound at 0 every sheet goes as Arrow instead."""
    data = _source_bytes(source)
    frames = list(native.table_frames(data, {}))
    assert {frame["format"] for frame, _ in frames} == {"json"}
    by_name = {frame["name"]: part for frame, part in frames}
    tables = list(iter_tables(data))
    assert sorted(by_name) == sorted(t.name for t in tables)
    for table in tables:  # the same cells either way, blank rows and all
        assert SheetGrid.unpack(table.name, by_name[table.name]) == grid_of(table)
    monkeypatch.setattr(native, "JSON_CELLS", 0)
    assert {frame["format"] for frame, _ in native.table_frames(data, {})} == {"arrow"}


def _source_bytes(source: str) -> bytes:
    from office_plans import plan_b

    from ita_core.intake import check_file
    from ita_core.paths import SHIPPED_WORKBOOK

    if source == "valid":
        return valid_book().to_bytes()
    if source == "messy":
        return _messy_book()
    if source == "shipped":
        return SHIPPED_WORKBOOK.read_bytes()
    converted = check_file(plan_b(), "แผน.docx").workbook
    assert converted is not None
    return converted


def _in_a_fresh_process(statement: str) -> subprocess.CompletedProcess[str]:
    """Run ``statement`` (which sets ``result``) in a new Python that prints the result, and whether pyarrow
    and numpy were loaded."""
    from ita_core.paths import REPO_ROOT

    script = f"import sys\n{statement}\nprint(result, 'pyarrow' in sys.modules, 'numpy' in sys.modules)\n"
    return subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True, check=True)


def test_the_reading_process_answers_a_small_plan_without_arrow() -> None:
    """The bounded reading process of a plan of tens of activities imports neither pyarrow nor numpy: their
    0.15 s of imports would be most of what ``validate`` takes."""
    from ita_core.paths import SHIPPED_WORKBOOK

    statement = (
        "from ita_core.workbook import native\n"
        f"result = len(list(native.table_frames(open({str(SHIPPED_WORKBOOK)!r}, 'rb').read(), {{}})))"
    )
    done = _in_a_fresh_process(statement)
    # seven sheets of the plan, then the first rows of คำอธิบาย (a sheet not read is looked at for a plan's table)
    assert done.stdout.split() == ["8", "False", "False"], done.stderr[-2000:]


def test_checking_a_small_plan_from_outside_never_loads_arrow_in_this_process() -> None:
    from ita_core.paths import SHIPPED_WORKBOOK

    statement = (
        "import io, contextlib\n"
        "from ita_core.cli.main import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()): result = main(['validate', {str(SHIPPED_WORKBOOK)!r}])"
    )
    done = _in_a_fresh_process(statement)
    assert done.stdout.split() == ["0", "False", "False"], done.stderr[-2000:]


@pytest.mark.parametrize("source", ["shipped", "office_b", "office_c", "synthetic_3000"])
def test_the_bounded_read_gives_exactly_what_reading_in_process_gives(source: str, tmp_path: Any) -> None:
    """Workbooks this path was not written against, small sheets (JSON) and large (Arrow): the whole result
    of the bounded read (plan and every problem) equals the in-process read of the same bytes."""
    from office_plans import plan_b, plan_c

    from benchmarks import synthetic
    from ita_core.intake import check_file
    from ita_core.paths import SHIPPED_WORKBOOK
    from ita_core.workbook.ingest import read_untrusted, read_workbook

    if source == "shipped":
        data = SHIPPED_WORKBOOK.read_bytes()
    elif source.startswith("office"):
        converted = check_file((plan_b if source == "office_b" else plan_c)(), "แผน.docx").workbook
        assert converted is not None
        data = converted
    else:  # 3,000 activities: the activities sheet crosses as Arrow, the small ones as JSON
        data = synthetic.write(synthetic.Spec(activities=3_000), tmp_path / "big.xlsx").read_bytes()
        assert {frame["format"] for frame, _ in native.table_frames(data, {})} == {"json", "arrow"}
    bounded, in_process = read_untrusted(data), read_workbook(data)
    assert bounded == in_process
    assert bounded.problems or bounded.plan is not None  # something was read
