"""Connecting to the database (SQLite by default, PostgreSQL when configured) and migrating it.

SQLite needs two settings to behave under concurrent writers: WAL, so readers
never wait for a writer, and ``BEGIN IMMEDIATE`` for transactions that write,
so a writer takes the lock before it reads what it is about to extend (the
pysqlite recipe in SQLAlchemy's SQLite dialect documentation).

A database that cannot be reached (PostgreSQL restarting, a network blip, a
SQLite file on a read-only disk, deleted or replaced under the running app) is
an ordinary event, not a bug: every such failure surfaces as one
``StoreUnavailable`` with a Thai and English message, which pages turn into a
banner over the last figures they hold and the command line into exit code 2.
PostgreSQL connections are checked before use (``pool_pre_ping``), so the first
request after a restart does not fail.
"""

from __future__ import annotations

import os
import weakref
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session

from ita_core.clock import utc as utc  # re-exported: the store's modules know it from here
from ita_core.errors import StoreUnavailable

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The (device, inode) of the SQLite file each engine first opened.
_OPENED: weakref.WeakKeyDictionary[Engine, tuple[int, int] | None] = weakref.WeakKeyDictionary()
WRITE = {"ita_write": True}  # execution option: this transaction will write


def read_only() -> StoreUnavailable:
    return StoreUnavailable(
        "ฐานข้อมูลอยู่ในสภาพอ่านได้อย่างเดียว จึงบันทึกไม่ได้และไม่มีการเปลี่ยนแปลงข้อมูลใด ๆ: แจ้งผู้ดูแลระบบ",
        "the database is read-only, so nothing could be saved and nothing was changed: tell the administrator",
        reason="read-only",
    )


def file_gone(path: str) -> StoreUnavailable:
    return StoreUnavailable(
        f"ไฟล์ฐานข้อมูลถูกลบหรือถูกแทนที่ขณะระบบทำงาน ({path}) จึงไม่บันทึกสิ่งใดเพิ่ม: แจ้งผู้ดูแลระบบให้กู้คืนไฟล์แล้วเริ่มระบบใหม่",
        f"the database file was deleted or replaced while the app ran ({path}); nothing more is written: "
        "restore it and restart the app",
        reason="file-gone",
    )


def _translate(context: ExceptionContext) -> BaseException | None:
    """Turn a failure to reach or write the database into ``StoreUnavailable`` (a bug stays a bug)."""
    if isinstance(context.original_exception, StoreUnavailable):
        return None
    if context.is_disconnect or isinstance(context.sqlalchemy_exception, (OperationalError, InterfaceError)):
        text = str(context.original_exception).lower()
        return read_only() if "readonly" in text or "read-only" in text else StoreUnavailable()
    return None


def session(engine: Engine, write: bool = False) -> Session:
    """An ORM session; ``write=True`` takes SQLite's write lock at BEGIN (see the module docstring)."""
    return Session(engine.execution_options(**WRITE) if write else engine, expire_on_commit=False)


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        path = engine.url.database
        if path and path != ":memory:" and engine not in _OPENED:  # the file this process works with
            _OPENED[engine] = _file_identity(path)
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        writing = bool(conn.get_execution_options().get("ita_write"))
        if writing:
            _check_same_file(engine)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def _file_identity(path: str) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _check_same_file(engine: Engine) -> None:
    """Refuse to write when the SQLite file this process opened is gone or was replaced: the write
    would land in a deleted file and be lost at the next restart, while the page said "published"."""
    path = engine.url.database
    if not path or path == ":memory:":
        return
    if _file_identity(path) != _OPENED.get(engine):
        raise file_gone(path)


def file_problem(engine: Engine) -> StoreUnavailable | None:
    """For the health route: is the SQLite file this process writes to still the one it opened?"""
    if engine.dialect.name != "sqlite":
        return None
    try:
        _check_same_file(engine)
    except StoreUnavailable as exc:
        return exc
    path = engine.url.database
    if path and path != ":memory:" and not os.access(path, os.W_OK):
        return read_only()
    return None


def connect(url: str) -> Engine:
    """An engine for ``url``; for a SQLite file, its folder is created if needed."""
    if url.startswith("sqlite"):
        database = url.split("///", 1)[-1]
        if database.startswith("file:"):  # SQLite's URI form (file:/path?mode=ro): the path is within it
            database = database.removeprefix("file:").split("?", 1)[0]
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        _sqlite_setup(engine)
    else:
        # A refused or unreachable server answers within seconds, not a TCP timeout.
        engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    event.listen(engine, "handle_error", _translate)
    return engine


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; existing data is kept (that is what migrations are for)."""
    command.upgrade(alembic_config(engine), revision)


def head_revision() -> str:
    """The newest migration this program ships."""
    head = ScriptDirectory.from_config(alembic_config_for_scripts()).get_current_head()
    assert head is not None
    return head


def alembic_config_for_scripts() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def schema_revision(engine: Engine) -> str | None:
    """The migration the database is at; ``None`` for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


class SchemaBehind(StoreUnavailable):
    """The database's tables are older than this program: ``python -m ita_core db upgrade`` must run first.

    Several app processes share one PostgreSQL, so none of them migrates it on its own: that would race.
    """

    def __init__(self, found: str | None, head: str) -> None:
        shown = found or "ว่าง"
        super().__init__(
            f"โครงสร้างฐานข้อมูลยังไม่ตรงกับโปรแกรมนี้ (ฐานข้อมูลรุ่น {shown} แต่โปรแกรมต้องการรุ่น {head}) จึงยังไม่เริ่มทำงาน: "
            "ผู้ดูแลระบบต้องรัน python -m ita_core db upgrade หนึ่งครั้งก่อนเริ่มระบบ",
            f"the database schema does not match this program (it is at {found or 'empty'}, this program needs "
            f"{head}), so the app does not start: run python -m ita_core db upgrade once before starting it",
            reason="schema-behind",
        )
        self.found = found
        self.head = head


def require_current(engine: Engine) -> None:
    """Raise ``SchemaBehind`` unless the database is at this program's newest migration."""
    found, head = schema_revision(engine), head_revision()
    if found != head:
        raise SchemaBehind(found, head)
