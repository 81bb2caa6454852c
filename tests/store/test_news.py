"""Each process hears of a publish from the database itself (``ita_core.store.news``): NOTIFY on
PostgreSQL, ``PRAGMA data_version`` on SQLite; a page then asks the database, which has the last word."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import pytest
from workbooks import valid_book

from ita_core import read_workbook
from ita_core.store.news import News
from ita_core.store.snapshots import ANY, Store


def _until(predicate: Callable[[], bool], seconds: float = 15.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def _publish(url: str) -> None:
    """A publish through a store of its own: another process's, as far as the listener can tell."""
    data = valid_book().to_bytes()
    plan = read_workbook(data).plan
    assert plan is not None
    store = Store(url)
    store.publish(data, "plan.xlsx", plan, "editor1", "", ANY)
    store.close()


def test_a_publish_elsewhere_is_heard_and_quiet_is_quiet(database_url: str) -> None:
    Store(database_url).close()  # the schema exists, as it does under a running app
    news = News(database_url)
    told: list[int] = []

    def tell() -> None:
        told.append(news.count)

    news.subscribe(lambda: 1 / 0)  # a failing listener does not stop the others
    news.subscribe(tell)
    try:
        assert _until(lambda: news._thread.is_alive())
        time.sleep(1.0)  # listening (PostgreSQL counts its first LISTEN once)
        quiet, heard = news.count, len(told)
        time.sleep(1.5)
        assert news.count == quiet  # nothing published: nothing heard, and no page asks the database
        news.subscribe(tell)  # the same listener twice is told once
        _publish(database_url)
        assert _until(lambda: news.count > quiet), "the publish was not heard"
        assert _until(lambda: told[heard:] == [news.count]), told  # told once, after the count moved
    finally:
        news.close()


def test_a_database_that_cannot_be_listened_to_makes_pages_ask(tmp_path: object) -> None:
    """No file yet (or a server gone): the counter moves, so an open page asks the database and says
    what it finds, rather than waiting for news that cannot come."""
    news = News(f"sqlite:///{tmp_path}/missing/ita.sqlite3")
    try:
        assert _until(lambda: news.count > 0, 5.0)
    finally:
        news.close()


@pytest.mark.postgres
def test_a_publish_in_another_schema_of_the_same_database_is_not_heard() -> None:
    """Two deployments in one PostgreSQL database, each in a schema of its own (as the tests' workers are):
    a publish in one does not wake the other's pages; one in its own schema still does."""
    from conftest import _empty_postgres, _own_schema, _postgres_url

    base = _postgres_url().split("?options=")[0].split("&options=")[0]
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    ours, theirs = _own_schema(base, f"news_ours_{worker}"), _own_schema(base, f"news_theirs_{worker}")
    for url in (ours, theirs):
        _empty_postgres(url)
        Store(url).close()
    news = News(ours)
    try:
        assert _until(lambda: news.count >= 1)  # listening (its first LISTEN counts once)
        time.sleep(0.5)
        before = news.count
        _publish(theirs)
        time.sleep(1.5)
        assert news.count == before  # another deployment's publish
        _publish(ours)
        assert _until(lambda: news.count > before)
    finally:
        news.close()
