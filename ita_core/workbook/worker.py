"""Read untrusted files in a separate process with bounded memory and time.

The native reader (calamine, in Rust, under fastexcel) aborts its whole process
when an allocation fails, and no Python ``except`` can catch that; a parser may
also loop or grow in ways no up-front check foresees. So the native part of
reading an untrusted file (``native.native_read``: the zip scan and calamine)
runs in a child process with a data-size limit (``RLIMIT_DATA``) and a wall-clock
limit. If the child dies, runs out of memory or time, the caller gets one Thai
and English message and the server process is untouched.

Each child reads one file and exits, so nothing of one file stays to trouble
the next; one child is kept started and imported ahead of time, so a check
pays only the hand-over. Files go in as bytes; what comes back is JSON (a sheet's
cells too: ``sheetgrid.SheetGrid.pack``) and, for the whole-file answer, Arrow IPC, never a
pickle, so even a subverted child cannot run code in the caller. pyarrow is told to use the
system allocator in the child: its default (mimalloc) reserves a gigabyte of address space up front.

``python -m ita_core.workbook.worker`` is the child's side.
"""

from __future__ import annotations

import atexit
import fcntl
import importlib
import json
import os
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import asdict, dataclass
from typing import Any

from ita_core.paths import REPO_ROOT
from ita_core.problems import WorkbookRejected

_LENGTH = struct.Struct("<Q")
_MEMORY_EXIT = 3  # the child caught a MemoryError
_MEMORY_MARKERS = (b"MemoryError", b"memory allocation of", b"Cannot allocate memory", b"bad_alloc")


@dataclass(frozen=True)
class WorkerLimits:
    """What one file may cost: writable memory of the reading process, and wall-clock time."""

    memory_bytes: int = 1536 << 20
    seconds: float = 30.0


class WorkerFailed(WorkbookRejected):
    """The reading process ran out of memory or time, or died; nothing else was affected."""


class Cancelled(WorkerFailed):
    """A newer check by the same person replaced this one."""


def _failure(kind: str, limits: WorkerLimits) -> WorkerFailed:
    if kind == "memory":
        return WorkerFailed(
            f"อ่านไฟล์นี้ไม่สำเร็จ: ไฟล์ใช้หน่วยความจำเกินกำหนด ({limits.memory_bytes / 2**30:.1f} GB) จึงหยุดอ่าน "
            "(ระบบยังทำงานตามปกติ): ลบแถว คอลัมน์ หรือแผ่นงานที่ไม่ใช้ แล้วบันทึกใหม่",
            f"reading this file failed: it needed more than {limits.memory_bytes / 2**30:.1f} GB of memory "
            "(nothing else was affected): remove unused rows, columns or sheets and save it again",
        )
    if kind == "time":
        return WorkerFailed(
            f"อ่านไฟล์นี้ไม่สำเร็จ: ใช้เวลานานเกิน {limits.seconds:.0f} วินาที จึงหยุดอ่าน (ระบบยังทำงานตามปกติ): "
            "ลบข้อมูลที่ไม่ใช้ออกแล้วบันทึกใหม่",
            f"reading this file failed: it took longer than {limits.seconds:.0f} s (nothing else was affected): "
            "remove unused data and save it again",
        )
    if kind == "cancelled":
        return Cancelled(
            "ยกเลิกการตรวจไฟล์นี้แล้ว เพราะมีการตรวจไฟล์ใหม่ของผู้ใช้คนเดียวกัน",
            "this check was cancelled: a newer check by the same user replaced it",
        )
    return WorkerFailed(
        "อ่านไฟล์นี้ไม่สำเร็จ: ตัวอ่านไฟล์หยุดทำงานกะทันหัน ไฟล์อาจเสียหาย (ระบบยังทำงานตามปกติ): เปิดใน Excel แล้วบันทึกใหม่",
        "reading this file failed: the reader stopped unexpectedly; the file may be damaged "
        "(nothing else was affected): open it in Excel and save it again",
    )


class Ticket:
    """One check in progress; ``cancel()`` from any thread stops it (its process is killed)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self.cancelled = False

    def _attach(self, process: subprocess.Popen[bytes]) -> None:
        with self._lock:
            self._process = process
            if self.cancelled:
                process.kill()

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._process is not None and self._process.poll() is None:
                self._process.kill()


def _spawn(extra_env: dict[str, str]) -> subprocess.Popen[bytes]:
    path = os.pathsep.join(p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH", "")) if p)
    env = os.environ | {"ARROW_DEFAULT_MEMORY_POOL": "system", "PYTHONPATH": path} | extra_env
    process = subprocess.Popen(
        [sys.executable, "-m", "ita_core.workbook.worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    for pipe in (process.stdin, process.stdout):
        _widen(pipe)
    return process


PIPE_BYTES = 1 << 20  # Linux's most for a process that is not privileged (/proc/sys/fs/pipe-max-size)


def _widen(pipe: Any) -> None:
    """A pipe of 1 MiB rather than 64 KiB: a large sheet (40 MB of Arrow at 100,000 activities) then crosses in
    16 times fewer reads, each of which waits for the GIL while the zip scan holds it (``farm-bench``, whole
    ``validate`` at 100,000 rows: 0.97 of the time). Where the system has no such call, the pipe stays as it is."""
    setting = getattr(fcntl, "F_SETPIPE_SZ", None)
    if pipe is not None and setting is not None:
        with suppress(OSError):
            fcntl.fcntl(pipe.fileno(), setting, PIPE_BYTES)


_EARLY: list[subprocess.Popen[bytes]] = []


def start_early() -> None:
    """Start a reading process now, for a command that is about to read a file: the process imports its
    native readers while the command imports its checks (two cores, one wait). A ``Workers`` without
    extra environment takes it; unused, it is stopped at exit."""
    _EARLY.append(_spawn({}))
    atexit.register(_stop_early)


def _stop_early() -> None:
    for process in _EARLY:
        process.kill()
        process.wait()
    _EARLY.clear()


class Workers:
    """Start, hand out and reap reading processes; keeps ``warm`` of them ready."""

    def __init__(self, limits: WorkerLimits | None = None, *, warm: int = 1, env: dict[str, str] | None = None):
        self.limits = limits or WorkerLimits()
        self.warm = warm
        self._env = env or {}
        self._idle: list[subprocess.Popen[bytes]] = []
        self._lock = threading.Lock()

    def _start(self) -> subprocess.Popen[bytes]:
        return _spawn(self._env)

    def _take(self) -> subprocess.Popen[bytes]:
        with self._lock:
            while self._idle:
                process = self._idle.pop()
                if process.poll() is None:
                    break
            else:
                process = _EARLY.pop() if _EARLY and not self._env else self._start()
            while len(self._idle) < self.warm:
                self._idle.append(self._start())
        return process

    def close(self) -> None:
        with self._lock:
            for process in self._idle:
                process.kill()
                process.wait()
            self._idle.clear()

    def _hand_over(
        self, task: str, payload: bytes, options: dict[str, Any] | None, ticket: Ticket | None
    ) -> tuple[subprocess.Popen[bytes], threading.Event, threading.Timer]:
        """A warm child with the task and the file given to it, under a wall-clock watchdog."""
        limits = self.limits
        header = {"task": task, "limits": asdict(limits), "options": options or {}}
        process = self._take()
        if ticket is not None:
            ticket._attach(process)
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            process.kill()

        watchdog = threading.Timer(limits.seconds, expire)
        watchdog.start()
        # One blocking write, which releases the GIL until the child has read it all: communicate()
        # would hand it over 512 bytes at a time, each needing the GIL that a concurrent scan holds.
        stdin, process.stdin = process.stdin, None  # from here on, only its output is read
        assert stdin is not None
        with suppress(OSError):  # the child died early: judged by its exit status
            stdin.write(json.dumps(header).encode() + b"\n" + payload)
        with suppress(OSError):
            stdin.close()
        return process, expired, watchdog

    def _judge(
        self, process: subprocess.Popen[bytes], err: bytes, expired: threading.Event, ticket: Ticket | None
    ) -> None:
        limits = self.limits
        if expired.is_set():
            raise _failure("time", limits)
        if ticket is not None and ticket.cancelled:
            raise _failure("cancelled", limits)
        if process.returncode != 0:
            memory = process.returncode == _MEMORY_EXIT or any(m in err for m in _MEMORY_MARKERS)
            raise _failure("memory" if memory else "crash", limits)

    def call(
        self, task: str, payload: bytes, options: dict[str, Any] | None = None, ticket: Ticket | None = None
    ) -> tuple[dict[str, Any], list[bytes]]:
        """Run ``task`` on ``payload`` in a child; returns its JSON answer and its binary parts."""
        process, expired, watchdog = self._hand_over(task, payload, options, ticket)
        try:
            out, err = process.communicate()
        finally:
            watchdog.cancel()
        self._judge(process, err, expired, ticket)
        return _decode(out, self.limits)

    def stream(
        self, task: str, payload: bytes, options: dict[str, Any] | None = None, ticket: Ticket | None = None
    ) -> Iterator[tuple[dict[str, Any], bytes]]:
        """Run a streaming ``task`` in a child and yield each (JSON, bytes) frame as soon as it is written,
        so the caller works on the first ones while the child prepares the next. A child that fails
        midway raises, after the frames it sent, as ``call`` would."""
        process, expired, watchdog = self._hand_over(task, payload, options, ticket)
        errors: list[bytes] = []
        assert process.stdout is not None and process.stderr is not None
        stderr = process.stderr
        drain = threading.Thread(target=lambda: errors.append(stderr.read()), daemon=True)
        drain.start()
        out, done = process.stdout, False
        try:
            while not done:
                line = out.readline()
                if not line:
                    break  # the child ended, or was stopped: judged below
                try:
                    frame = json.loads(line)
                    (size,) = _LENGTH.unpack(out.read(_LENGTH.size))
                except (ValueError, struct.error):
                    process.kill()
                    raise _failure("crash", self.limits) from None
                part = out.read(size)
                if "rejected" in frame:
                    raise WorkbookRejected(frame["rejected"]["th"], frame["rejected"]["en"])
                done = bool(frame.get("done"))
                if not done:
                    yield frame, part
            process.wait()
        finally:
            watchdog.cancel()
            if process.poll() is None:  # the caller stopped early: this child is of no further use
                process.kill()
                process.wait()
            drain.join()
        self._judge(process, b"".join(errors), expired, ticket)
        if not done:
            raise _failure("crash", self.limits)


def _decode(out: bytes, limits: WorkerLimits) -> tuple[dict[str, Any], list[bytes]]:
    line, _, rest = out.partition(b"\n")
    try:
        answer: dict[str, Any] = json.loads(line)
        parts: list[bytes] = []
        offset = 0
        while offset < len(rest):
            (size,) = _LENGTH.unpack_from(rest, offset)
            offset += _LENGTH.size
            parts.append(rest[offset : offset + size])
            offset += size
    except (ValueError, struct.error):
        raise _failure("crash", limits) from None
    if "rejected" in answer:
        raise WorkbookRejected(answer["rejected"]["th"], answer["rejected"]["en"])
    return answer, parts


_DEFAULT: Workers | None = None
_DOCUMENTS: Workers | None = None
_DEFAULT_LOCK = threading.Lock()
DOCUMENT_SECONDS = 15.0  # a Word plan is read well within this; with the hand-over, answered within 20 s


def default_workers() -> Workers:
    """The process's shared pool, shut down at exit."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = Workers()
            atexit.register(_DEFAULT.close)
        return _DEFAULT


def document_workers() -> Workers:
    """Reading processes for Word plans: the same memory bound, a shorter time, none kept waiting
    (a plan document arrives a few times a year)."""
    global _DOCUMENTS
    with _DEFAULT_LOCK:
        if _DOCUMENTS is None:
            _DOCUMENTS = Workers(WorkerLimits(seconds=DOCUMENT_SECONDS), warm=0)
            atexit.register(_DOCUMENTS.close)
        return _DOCUMENTS


# -- the child ------------------------------------------------------------------------------------


_STREAMING: dict[str, Any] = {}  # tasks that yield frames (filled in the child)


def _tasks() -> dict[str, Any]:
    from ita_core.workbook import native

    native.warm_up()
    _STREAMING["table_frames"] = native.table_frames
    tasks: dict[str, Any] = {"read_docx": _read_docx, **_STREAMING}
    if os.environ.get("ITA_WORKER_TEST_HOOKS") == "1":  # set only by the tests
        tasks["allocate"] = _allocate
        tasks["sleep"] = _sleep
        tasks["abort"] = lambda payload, options: os.abort()  # what a native allocation failure does
        _STREAMING["frames"] = _frames
        tasks["frames"] = _frames
    return tasks


# Tasks whose code is imported in the child only when one arrives (a Word plan: workbooks are the usual
# file), named by module and function so this runner does not depend on the readers it runs.
_ON_DEMAND = {"read_docx": ("ita_core.word.reader", "word_task")}


def _read_docx(payload: bytes, options: dict[str, Any]) -> tuple[dict[str, Any], list[bytes]]:
    module, function = _ON_DEMAND["read_docx"]
    task: Any = getattr(importlib.import_module(module), function)
    return task(payload, options)  # type: ignore[no-any-return]


def _frames(payload: bytes, options: dict[str, Any]) -> Iterator[tuple[dict[str, Any], bytes]]:
    """Test hook: ``count`` frames ``pause`` seconds apart, then end as ``then`` says."""
    import time

    for i in range(int(options.get("count", 2))):
        if i:
            time.sleep(float(options.get("pause", 0)))
        yield {"frame": i}, payload
    if options.get("then") == "abort":
        os.abort()
    if options.get("then") == "allocate":
        bytearray(1 << 40)


def _allocate(payload: bytes, options: dict[str, Any]) -> tuple[dict[str, Any], list[bytes]]:
    grab = bytearray(int(options["bytes"]))
    return {"allocated": len(grab)}, []


def _sleep(payload: bytes, options: dict[str, Any]) -> tuple[dict[str, Any], list[bytes]]:
    import time

    time.sleep(float(options["seconds"]))
    return {"slept": True}, []


def _child() -> int:
    import resource

    tasks = _tasks()  # imported before any file arrives: this is what "warm" buys
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    line = stdin.readline()
    if not line:
        return 0  # the parent went away before handing us a file
    header = json.loads(line)
    limits = WorkerLimits(**header["limits"])
    resource.setrlimit(resource.RLIMIT_DATA, (limits.memory_bytes, limits.memory_bytes))
    cpu = int(limits.seconds) + 5
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    payload = stdin.read()
    task = tasks[header["task"]]
    if header["task"] in _STREAMING:
        return _stream_frames(task(payload, header.get("options", {})), stdout)
    try:
        answer, parts = task(payload, header.get("options", {}))
    except MemoryError:
        return _MEMORY_EXIT
    except WorkbookRejected as exc:
        answer, parts = {"rejected": {"th": exc.th, "en": exc.en}}, []
    stdout.write(json.dumps(answer, ensure_ascii=False).encode() + b"\n")
    for part in parts:
        stdout.write(_LENGTH.pack(len(part)))
        stdout.write(part)
    stdout.flush()
    return 0


def _frame(stdout: Any, header: dict[str, Any], part: bytes = b"") -> None:
    stdout.write(json.dumps(header, ensure_ascii=False).encode() + b"\n" + _LENGTH.pack(len(part)))
    stdout.write(part)
    stdout.flush()


def _stream_frames(frames: Iterator[tuple[dict[str, Any], bytes]], stdout: Any) -> int:
    """Write each frame as soon as it is made, then a last ``done`` frame."""
    try:
        for header, part in frames:
            _frame(stdout, header, part)
    except MemoryError:
        return _MEMORY_EXIT
    except WorkbookRejected as exc:
        _frame(stdout, {"rejected": {"th": exc.th, "en": exc.en}})
        return 0
    _frame(stdout, {"done": True})
    return 0


if __name__ == "__main__":
    sys.exit(_child())
