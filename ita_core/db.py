"""Connecting to the database (SQLite by default, PostgreSQL when configured) and migrating it.

SQLite needs two settings to behave under concurrent writers: WAL, so readers
never wait for a writer, and ``BEGIN IMMEDIATE`` for transactions that write,
so a writer takes the lock before it reads what it is about to extend (the
pysqlite recipe in SQLAlchemy's SQLite dialect documentation).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
WRITE = {"ita_write": True}  # execution option: this transaction will write


def session(engine: Engine, write: bool = False) -> Session:
    """An ORM session; ``write=True`` takes SQLite's write lock at BEGIN (see the module docstring)."""
    return Session(engine.execution_options(**WRITE) if write else engine, expire_on_commit=False)


def utc(moment: datetime) -> datetime:
    """A stored moment as an aware UTC datetime (SQLite hands back naive UTC, PostgreSQL aware)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("ita_write") else "BEGIN")


def connect(url: str) -> Engine:
    """An engine for ``url``; for a SQLite file, its folder is created if needed."""
    if url.startswith("sqlite"):
        database = url.split("///", 1)[-1]
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        _sqlite_setup(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; existing data is kept (that is what migrations are for)."""
    command.upgrade(alembic_config(engine), revision)
