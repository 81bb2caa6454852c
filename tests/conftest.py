"""Shared fixtures: a valid small plan to mutate, and the real reading pipeline."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from clocks import Clock
from workbooks import Book, valid_book


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Long tests first: with ``pytest -n`` the many short ones then fill both workers to the end, instead
    of one long browser test running alone after everything else has finished. That needs ``--dist
    worksteal`` (pyproject.toml): xdist's default hands each worker a fixed first batch, and the long tests all
    fell in one. Order is otherwise kept, so a module's tests stay together (and share its fixtures)."""
    items.sort(key=lambda item: (item.get_closest_marker("slow") is None, item.get_closest_marker("browser") is None))


@pytest.fixture
def book() -> Book:
    return valid_book()


@pytest.fixture
def read() -> Callable[[Book], Any]:
    """Read a Book through the real pipeline and return the ReadResult."""
    from ita_core import read_workbook

    return lambda b: read_workbook(b.to_bytes())


def _postgres_url() -> str:
    url = os.environ.get("ITA_TEST_POSTGRES_URL", "")
    if not url:
        reason = "no PostgreSQL server (set ITA_TEST_POSTGRES_URL; .ci/run starts one)"
        if os.environ.get("ITA_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL tests are required here but cannot run: {reason}")
        pytest.skip(reason)
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    return _own_schema(url, f"test_{worker}") if worker else url


def _own_schema(url: str, schema: str) -> str:
    """The same database, seen through a schema of this test process's own (pytest -n: one per worker)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
    engine.dispose()
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


def _empty_postgres(url: str) -> None:
    """Drop every table the previous test left, whatever the migrations have grown to."""
    from sqlalchemy import MetaData, create_engine

    engine = create_engine(url)
    tables = MetaData()
    tables.reflect(engine)
    tables.drop_all(engine)
    engine.dispose()


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's Chromium, which draws chart images and prints PDFs; skips (or fails in CI) without it."""
    from ita_core.report.images import ImagesUnavailable
    from ita_core.report.images import chromium as find

    try:
        return find()
    except ImagesUnavailable as exc:
        if os.environ.get("ITA_REQUIRE_BROWSER") == "1":
            pytest.fail(f"Chromium is required here but missing: {exc.en}")
        pytest.skip(exc.en)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a SQLite file, and a real PostgreSQL server when one is configured."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ita.sqlite3'}"
    url = _postgres_url()
    _empty_postgres(url)
    return url


@pytest.fixture(autouse=True)
def _no_listeners_left() -> Iterator[None]:
    """A page run in this process (AppTest) starts a publish listener for its test's database; stop it
    when the test ends, or hundreds of them would poll deleted files for the rest of the run."""
    yield
    import sys

    if "ita_ui.source" in sys.modules:
        sys.modules["ita_ui.source"].stop_news()


@pytest.fixture(autouse=True)
def _cheap_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hash passwords in this process with Argon2id at its cheapest (about 1 ms, not 130): accounts are
    made and signed in to all over the suite. The real parameters have their own test
    (``tests/store/test_accounts.py``); servers the tests start use them."""
    from argon2 import PasswordHasher

    from ita_core.store import accounts

    monkeypatch.setattr(accounts, "_HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(autouse=True)
def _apptest_like_a_running_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make AppTest run pages the way a running server does.

    A server notices the ``pages/`` folder once, and its first ``st.navigation`` call turns the
    old folder-based layout off for good (``ita_ui.navigation.ensure_navigation`` handles that first
    request, and a browser test checks it). AppTest instead re-detects the folder on every run,
    which would run each page without ``dashboard.py``. Switch the old layout off after it looks.
    """
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.testing.v1 import app_test

    class RunningServer(PagesManager):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            PagesManager.uses_pages_directory = False

    monkeypatch.setattr(app_test, "PagesManager", RunningServer)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One Chromium for the whole run (pages and contexts are cheap, launches are not)."""
    from browsing import chromium

    with chromium() as launched:
        yield launched


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A dashboard on the shipped data, in its own throwaway store, shared by a module's tests."""
    from browsing import streamlit

    with streamlit(tmp_path_factory.mktemp("streamlit") / "server.log") as url:
        yield url


@pytest.fixture
def own_postgres() -> Iterator[dict[str, Any]]:
    """A PostgreSQL server of this test's own, which it may stop and start (``tools/pgtemp``)."""
    import glob
    import json
    import subprocess

    from ita_core.paths import REPO_ROOT

    if not glob.glob("/usr/lib/postgresql/*/bin/pg_ctl") and os.environ.get("ITA_REQUIRE_POSTGRES") != "1":
        pytest.skip("no PostgreSQL server binaries (apt-get install postgresql; .ci/run installs them)")
    tool = str(REPO_ROOT / "tools" / "pgtemp")
    server = json.loads(subprocess.run([tool, "start"], check=True, capture_output=True, text=True).stdout)
    server["stop"] = lambda: subprocess.run([tool, "stop", server["dir"]], check=True)
    server["resume"] = lambda: subprocess.run([tool, "resume", server["dir"]], check=True)
    yield server
    subprocess.run([tool, "destroy", server["dir"]], check=False)


@pytest.fixture
def clock() -> Clock:
    """A clock that stands still until a test moves it (sessions, throttling, drafts)."""
    return Clock()
