"""The bounded reading process: whatever a file does to it, the caller gets a message and goes on."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from threading import Timer

import hostile
import pytest

from ita_core import read_workbook
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.workbook.ingest import read_untrusted
from ita_core.workbook.problems import WorkbookRejected
from ita_core.workbook.worker import Cancelled, Ticket, WorkerFailed, WorkerLimits, Workers

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


def test_the_children_do_not_outlive_the_pool() -> None:
    pool = Workers(warm=2)
    pool.call("read_workbook", SHIPPED_WORKBOOK.read_bytes(), {})
    idle = list(pool._idle)
    assert len(idle) == 2
    pool.close()
    assert all(p.poll() is not None for p in idle)
    assert os.getpid()  # and this process is, of course, still here
