"""``ita_ui.live``: a publish reruns the open pages whose unit and year it changed, and no others."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace
from typing import Any

import pytest

from ita_core.address import View
from ita_core.errors import StoreUnavailable
from ita_core.store.snapshots import Stream
from ita_ui import live, source

WHEN = datetime(2023, 4, 1)


class FakeSession:
    def __init__(self) -> None:
        self._client_state = SimpleNamespace(query_string="fy=2566", page_script_hash="abc")
        self.reruns: list[Any] = []

    def request_rerun(self, client_state: Any) -> None:
        self.reruns.append(client_state)


class FakeRuntime:
    def __init__(self, sessions: dict[str, FakeSession]) -> None:
        self.sessions = sessions

    def is_active_session(self, session_id: str) -> bool:
        return session_id in self.sessions

    def get_app_session(self, session_id: str) -> FakeSession | None:
        return self.sessions.get(session_id)


@pytest.fixture
def world(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    sessions = {name: FakeSession() for name in ("a66", "a67", "b66", "gone")}
    runtime = FakeRuntime(sessions)
    monkeypatch.setattr(live, "Runtime", SimpleNamespace(exists=lambda: True, instance=lambda: runtime))
    monkeypatch.setattr(live, "_WATCHES", {})
    streams = [Stream("A", 2566, 10, 3, WHEN), Stream("A", 2567, 11, 1, WHEN), Stream("B", 2566, 12, 2, WHEN)]
    monkeypatch.setattr(source, "streams", lambda: streams)
    for session, unit, year, shown in (("a66", "A", 2566, 10), ("a67", "A", 2567, 11), ("b66", "B", 2566, 12)):
        live._WATCHES[session] = live.Watch(View(unit=unit, fiscal_year_be=year), shown, None)
    live._WATCHES["gone"] = live.Watch(View(unit="A", fiscal_year_be=2566), 1, None)
    del sessions["gone"]  # its tab was closed
    return {"sessions": sessions, "streams": streams}


def test_a_publish_reruns_only_the_pages_of_its_unit_and_year(world: dict[str, Any]) -> None:
    world["streams"][0] = Stream("A", 2566, 13, 4, WHEN)  # A's year 2566 gets snapshot 13
    live.heard()
    sessions = world["sessions"]
    assert [c.query_string for c in sessions["a66"].reruns] == ["fy=2566"]  # with its own address
    assert sessions["a67"].reruns == [] and sessions["b66"].reruns == []
    assert live.watching() == 2  # a66 waits for its new run to say what it shows; the closed tab is forgotten


def test_a_notice_without_a_new_snapshot_reruns_nothing(world: dict[str, Any]) -> None:
    live.heard()  # e.g. the listener reconnected
    assert all(not s.reruns for s in world["sessions"].values())
    assert live.watching() == 3


def test_a_page_that_may_not_see_the_published_unit_is_not_rerun(world: dict[str, Any]) -> None:
    live._WATCHES["b66"] = live.Watch(View(unit="B", fiscal_year_be=2566), 12, lambda unit: unit == "B")
    world["streams"][0] = Stream("A", 2566, 13, 4, WHEN)
    live.heard()
    assert world["sessions"]["b66"].reruns == []


def test_a_store_that_does_not_answer_reruns_nothing(world: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    def down() -> list[Stream]:
        raise StoreUnavailable("down")

    monkeypatch.setattr(source, "streams", down)
    live.heard()  # the pages' own look finds the outage and says so
    assert all(not s.reruns for s in world["sessions"].values())


@pytest.fixture
def running_a66(world: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Session a66's page run has begun: its old watch is dropped until the run says what it shows."""
    monkeypatch.setattr(live, "_STARTED", {})
    monkeypatch.setattr(live, "_HEARD", [0])
    monkeypatch.setattr(live, "_session_id", lambda: "a66")
    monkeypatch.setattr(source, "on_news", lambda listener: None)
    live.forget()
    return world


def test_a_publish_heard_while_a_page_is_drawing_reruns_it_once_it_says_what_it_shows(
    running_a66: dict[str, Any],
) -> None:
    """The race a person would wait 20 s for: the run read snapshot 10, then 13 was published and heard
    before the run registered; it is rerun as soon as it registers, not at the safety net."""
    running_a66["streams"][0] = Stream("A", 2566, 13, 4, WHEN)
    live.heard()
    assert running_a66["sessions"]["a66"].reruns == []  # not watching yet: nothing to rerun
    live.watch(View(unit="A", fiscal_year_be=2566), 10, None)
    assert [c.query_string for c in running_a66["sessions"]["a66"].reruns] == ["fy=2566"]


def test_a_page_that_drew_the_snapshot_heard_of_is_not_rerun(running_a66: dict[str, Any]) -> None:
    running_a66["streams"][0] = Stream("A", 2566, 13, 4, WHEN)
    live.heard()
    live.watch(View(unit="A", fiscal_year_be=2566), 13, None)  # the run read 13 itself
    assert running_a66["sessions"]["a66"].reruns == []
    assert live.watching() == 3


def test_a_run_with_no_notice_meanwhile_asks_the_store_nothing(
    running_a66: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    def asked() -> list[Stream]:
        raise AssertionError("no notice came during the run: no query")

    monkeypatch.setattr(source, "streams", asked)
    live.watch(View(unit="A", fiscal_year_be=2566), 10, None)
    assert live._WATCHES["a66"].rendered == 10 and running_a66["sessions"]["a66"].reruns == []


def test_runs_of_closed_sessions_are_forgotten_on_a_server_with_no_publish(
    running_a66: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(live, "_KEEP_STARTED", 2)
    live._STARTED.update({"closed1": 0, "closed2": 0})
    live.forget()  # a66 again: past the bound, the closed sessions' entries go
    assert set(live._STARTED) == {"a66"}
