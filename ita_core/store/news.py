"""Word of a new snapshot, heard by each app process from the database itself.

Open pages used to ask the database every 20 seconds whether anything was published. Now one thread
per process listens and tells its subscribers (the app's ``ita_ui.live``, which reruns the open pages
a publish concerns): a publish on any process reaches every open screen within about three seconds,
and an idle page costs nothing more than its 20-second safety net.

- PostgreSQL: ``LISTEN`` on the channel that every publish notifies in its own transaction (so it is
  heard only once committed, by every process of a cluster). A notice names the schema it was published
  in, and a listener hears only its own: two deployments in one database, each in its own schema (as the
  tests' workers are), do not wake each other's pages.
- SQLite: ``PRAGMA data_version``, which changes when another connection, of this process or another,
  commits; asked on a connection of its own when the database's or its log's size or time has changed,
  looked at twice a second.

The counter also moves, and the subscribers are told, when the listener had to reconnect, since a
publish may have been missed then: they ask the database, which has the last word.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable

from sqlalchemy.engine import make_url

CHANNEL = "ita_published"
POLL_SECONDS = 0.5
_LOG = logging.getLogger("ita.news")


class News:
    """A counter that moves whenever the database may hold a new snapshot."""

    def __init__(self, url: str, poll_seconds: float = POLL_SECONDS) -> None:
        self._url = make_url(url)
        self._poll = poll_seconds
        self._count = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._listeners: list[Callable[[], None]] = []
        listen: Callable[[], None] | None = None
        if self._url.get_backend_name() == "postgresql":
            listen = self._listen_postgres
        elif self._url.get_backend_name() == "sqlite" and self._url.database not in (None, "", ":memory:"):
            listen = self._poll_sqlite
        self._thread = threading.Thread(target=self._run, args=(listen,), name="ita-news", daemon=True)
        if listen is not None:
            self._thread.start()

    @property
    def count(self) -> int:
        return self._count

    def close(self) -> None:
        self._stop.set()

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` (in the listening thread) each time the count moves; once per listener."""
        with self._lock:
            if listener not in self._listeners:
                self._listeners.append(listener)

    def _heard(self) -> None:
        with self._lock:
            self._count += 1
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener()
            except Exception:  # one listener's fault must not stop the hearing
                _LOG.exception("a listener of publishes failed")

    def _run(self, listen: Callable[[], None]) -> None:
        wait = 1.0
        while not self._stop.is_set():
            try:
                listen()
            except Exception as exc:  # the database went away: the pages say so; listen again later
                _LOG.info("listening for publishes failed (%s); again in %.0f s", exc, wait)
            self._heard()  # a publish may have been missed while not listening
            self._stop.wait(wait)
            wait = min(wait * 2, 30.0)

    def _listen_postgres(self) -> None:
        import psycopg

        conninfo = self._url.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(conninfo, autocommit=True, connect_timeout=5) as conn:
            row = conn.execute("SELECT current_schema()").fetchone()
            mine = {"", str(row[0]) if row else ""}  # "": a process of an older version, which named none
            conn.execute(f"LISTEN {CHANNEL}")
            self._heard()  # listening from now on: whatever came before, the pages ask once
            while not self._stop.is_set():
                for notice in conn.notifies(timeout=1.0):
                    if notice.payload in mine:
                        self._heard()

    def _poll_sqlite(self) -> None:
        path = str(self._url.database)
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5, check_same_thread=False)
        try:
            seen = conn.execute("PRAGMA data_version").fetchone()[0]
            files = _files_signature(path)
            while not self._stop.wait(self._poll):
                now_files = _files_signature(path)
                if now_files == files:
                    continue  # no commit touched the database or its log: no need to ask SQLite
                files = now_files
                now = conn.execute("PRAGMA data_version").fetchone()[0]
                if now != seen:
                    seen = now
                    self._heard()
        finally:
            conn.close()


def _files_signature(path: str) -> tuple[tuple[int, int], ...]:
    """Size and modification time of the database and its write-ahead log: a commit changes one of them."""
    found = []
    for name in (path, f"{path}-wal"):
        try:
            info = os.stat(name)
        except FileNotFoundError:
            found.append((0, 0))
        else:
            found.append((info.st_size, info.st_mtime_ns))
    return tuple(found)


def notify_statement() -> str:
    """What a publish runs in its transaction on PostgreSQL: heard, once committed, by every listener whose
    connection has the same schema (its ``search_path``) as the publishing one."""
    return f"SELECT pg_notify('{CHANNEL}', current_schema())"
