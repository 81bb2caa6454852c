"""The bounded reading process: whatever a file does to it, the caller gets a message and goes on."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from threading import Timer

import hostile
import pytest
from workbooks import HEADERS, valid_book

from ita_core import read_workbook
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.problems import WorkbookRejected
from ita_core.workbook.ingest import read_untrusted
from ita_core.workbook.worker import PIPE_BYTES, Cancelled, Ticket, WorkerFailed, WorkerLimits, Workers, _spawn

MiB = 1 << 20


@pytest.fixture
def workers() -> Iterator[Workers]:
    """A pool whose children also know the test-only tasks (allocate, sleep, abort)."""
    pool = Workers(WorkerLimits(memory_bytes=512 * MiB, seconds=5), env={"ITA_WORKER_TEST_HOOKS": "1"})
    yield pool
    pool.close()


def test_an_untrusted_read_gives_the_same_plan(workers: Workers) -> None:
    isolated = read_untrusted(SHIPPED_WORKBOOK, workers=workers)
    assert isolated.plan is not None and isolated.plan == read_workbook(SHIPPED_WORKBOOK).plan
    assert isolated.problems == read_workbook(SHIPPED_WORKBOOK).problems


def test_sheets_not_read_are_looked_at_in_the_reading_process_too(workers: Workers) -> None:
    """The first rows of a sheet not read come from the reading process after the plan's sheets: a plan's
    table kept there is said as in one process, and a sheet the reading process cannot load (a value at
    XFD1048576: calamine would build the whole grid and the process dies) is simply not looked at."""
    book = valid_book().add("Sheet1", [list(HEADERS["กิจกรรม"]), [2, "2.2", "กิจกรรมเพิ่ม"]])
    book.add("สำรอง", [["x"]])
    data = hostile.patched(
        lambda xml: xml.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'),
        sheet="สำรอง",
        base=book.to_bytes(),
    )
    isolated, inside = read_untrusted(data, workers=workers), read_workbook(data)
    assert isolated.plan is not None and isolated.plan == inside.plan
    assert isolated.problems == inside.problems
    assert [(p.sheet, p.cell) for p in isolated.problems] == [("Sheet1", "A1")]
    assert read_untrusted(SHIPPED_WORKBOOK, workers=workers).problems == ()  # คำอธิบาย holds no table


@pytest.mark.skipif(not hasattr(fcntl, "F_GETPIPE_SZ"), reason="pipe sizes are Linux's")
def test_a_reading_process_talks_through_wide_pipes() -> None:
    process = _spawn({})
    try:
        for pipe in (process.stdin, process.stdout):
            assert pipe is not None and fcntl.fcntl(pipe.fileno(), fcntl.F_GETPIPE_SZ) == PIPE_BYTES
    finally:
        process.kill()
        process.wait()


def test_a_refused_file_is_refused_the_same_way(workers: Workers) -> None:
    with pytest.raises(WorkbookRejected) as caught:
        read_untrusted(b"%PDF-1.7 not a workbook", workers=workers)
    assert "ไม่ใช่ไฟล์ Excel" in caught.value.th
    far = read_untrusted(hostile.corner_cell(), workers=workers)
    assert far.plan is None and far.errors[0].cell == "XFD1048576"


def test_running_out_of_memory_is_a_message(workers: Workers) -> None:
    with pytest.raises(WorkerFailed) as caught:
        workers.call("allocate", b"", {"bytes": 2048 * MiB})
    assert "หน่วยความจำเกินกำหนด" in caught.value.th and "memory" in caught.value.en
    assert workers.call("allocate", b"", {"bytes": 16 * MiB})[0] == {"allocated": 16 * MiB}  # the next one works


def test_a_native_abort_is_a_message(workers: Workers) -> None:
    with pytest.raises(WorkerFailed) as caught:
        workers.call("abort", b"")
    assert "หยุดทำงานกะทันหัน" in caught.value.th


def test_running_out_of_time_is_a_message(workers: Workers) -> None:
    started = time.monotonic()
    with pytest.raises(WorkerFailed) as caught:
        workers.call("sleep", b"", {"seconds": 60})
    assert time.monotonic() - started < 15
    assert "เกิน 5 วินาที" in caught.value.th


def test_a_newer_check_cancels_this_one(workers: Workers) -> None:
    ticket = Ticket()
    Timer(0.5, ticket.cancel).start()
    with pytest.raises(Cancelled):
        workers.call("sleep", b"", {"seconds": 30}, ticket)


def test_a_warm_process_is_ready_for_the_next_file(workers: Workers) -> None:
    workers.call("sleep", b"", {"seconds": 0})
    time.sleep(2)  # the replacement has started and imported the reader by now
    started = time.perf_counter()
    workers.call("sleep", b"", {"seconds": 0})
    assert time.perf_counter() - started < 1.0


def test_frames_arrive_while_the_child_is_still_working(workers: Workers) -> None:
    """The activities sheet is checked while the sheets after it are still being read."""
    started = time.perf_counter()
    frames = workers.stream("frames", b"sheet", {"count": 2, "pause": 2})
    first = next(frames)
    assert first == ({"frame": 0}, b"sheet") and time.perf_counter() - started < 1.5
    assert list(frames) == [({"frame": 1}, b"sheet")]
    assert time.perf_counter() - started >= 2


@pytest.mark.parametrize(("then", "words"), [("abort", "หยุดทำงานกะทันหัน"), ("allocate", "หน่วยความจำเกินกำหนด")])
def test_a_child_that_fails_midway_raises_after_what_it_sent(workers: Workers, then: str, words: str) -> None:
    received = []
    with pytest.raises(WorkerFailed) as caught:
        for frame in workers.stream("frames", b"x", {"count": 1, "then": then}):
            received.append(frame)
    assert received == [({"frame": 0}, b"x")] and words in caught.value.th


def test_a_stream_is_bounded_in_time_and_can_be_cancelled(workers: Workers) -> None:
    started = time.monotonic()
    with pytest.raises(WorkerFailed) as caught:
        list(workers.stream("frames", b"", {"count": 2, "pause": 60}))
    assert time.monotonic() - started < 15 and "เกิน 5 วินาที" in caught.value.th
    ticket = Ticket()
    Timer(0.5, ticket.cancel).start()
    with pytest.raises(Cancelled):
        list(workers.stream("frames", b"", {"count": 2, "pause": 30}, ticket))


def test_the_children_do_not_outlive_the_pool() -> None:
    pool = Workers(warm=2)
    list(pool.stream("table_frames", SHIPPED_WORKBOOK.read_bytes(), {}))
    idle = list(pool._idle)
    assert len(idle) == 2
    pool.close()
    assert all(p.poll() is not None for p in idle)
    assert os.getpid()  # and this process is, of course, still here


def test_the_tasks_imported_on_demand_name_real_functions() -> None:
    """The runner names the Word reader's task by module and function (it does not import the reader):
    a rename there must fail here, not on the first Word plan a user uploads."""
    import importlib

    from ita_core.workbook import worker

    for module, function in worker._ON_DEMAND.values():
        assert callable(getattr(importlib.import_module(module), function))
