"""Open pages told of a publish by their own process, instead of each page asking.

Each process hears of a publish from the database (``ita_core.store.news``). It then asks the store
once which snapshot is now the latest of every unit and year, and reruns only the open pages whose
unit and year have a newer one than they show, as Streamlit reruns a page whose source was saved.
An idle page costs nothing between publishes: its own look at the database (``layout.watch_data``)
comes only every ``ITA_WATCH_SECONDS``, the safety net should a notice be lost, and the way a page
learns that the store stopped answering.

Streamlit has no public call for a rerun the server starts; the two internals used here
(``AppSession._client_state``, the last run's address and widget values, and ``request_rerun``)
are guarded by ``tests/test_streamlit_internals.py``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from streamlit.runtime import Runtime
from streamlit.runtime.scriptrunner import get_script_run_ctx

from ita_core.address import View
from ita_core.errors import StoreUnavailable
from ita_ui import source

_LOG = logging.getLogger("ita.live")


@dataclass(frozen=True)
class Watch:
    """What one open page shows: the view it was drawn for and the snapshot it drew."""

    view: View
    rendered: int | None
    may_see: Callable[[str], bool] | None


_WATCHES: dict[str, Watch] = {}  # session id → what its page shows
_STARTED: dict[str, int] = {}  # session id → how many notices this process had heard when its run began
_HEARD = [0]  # notices heard by this process
_KEEP_STARTED = 1_000  # past this many, the runs of closed sessions are forgotten
_LOCK = threading.Lock()


def _session_id() -> str | None:
    ctx = get_script_run_ctx()
    return ctx.session_id if ctx is not None else None


def forget() -> None:
    """A new page run starts: until it says what it shows, a publish does not rerun it (an upload
    preview or the accounts page is never rerun under a person's hands)."""
    session = _session_id()
    if session is not None:
        with _LOCK:
            _WATCHES.pop(session, None)
            _STARTED[session] = _HEARD[0]
            if len(_STARTED) > _KEEP_STARTED and Runtime.exists():  # closed tabs, on a server with no publish
                runtime = Runtime.instance()
                for gone in [s for s in _STARTED if not runtime.is_active_session(s)]:
                    del _STARTED[gone]


def watch(view: View, rendered: int | None, may_see: Callable[[str], bool] | None) -> None:
    """Rerun this session's page when its unit and year get a newer snapshot than ``rendered``."""
    session = _session_id()
    if session is None or not Runtime.exists():
        return  # AppTest and bare script runs: the page's own look at the store serves
    with _LOCK:
        _WATCHES[session] = Watch(view, rendered, may_see)
        missed = _STARTED.pop(session, _HEARD[0]) != _HEARD[0]
    source.on_news(heard)
    if missed:  # a notice came while this run was drawing, before it said what it shows: is it behind?
        _rerun_behind({session: Watch(view, rendered, may_see)})


def heard() -> None:
    """Called in the listener's thread after each notice: one query, then the pages that are behind."""
    if not Runtime.exists():
        return
    runtime = Runtime.instance()
    with _LOCK:
        _HEARD[0] += 1  # a run under way now checks for itself once it says what it shows (``watch``)
        for gone in [s for s in _WATCHES if not runtime.is_active_session(s)]:
            del _WATCHES[gone]
        for gone in [s for s in _STARTED if not runtime.is_active_session(s)]:
            del _STARTED[gone]
        watches = dict(_WATCHES)
    if watches:
        _rerun_behind(watches)


def _rerun_behind(watches: dict[str, Watch]) -> None:
    """One query; then each of these pages whose unit and year now have a newer snapshot is rerun, once."""
    runtime = Runtime.instance()
    try:
        available = source.streams()
    except StoreUnavailable:
        return  # the pages find that out themselves and say so
    for session_id, watch in watches.items():
        stream = source.chosen_stream(source.seen(available, watch.may_see), watch.view)
        if (stream.latest_id if stream else None) == watch.rendered:
            continue
        session = runtime.get_app_session(session_id)
        if session is None:
            continue
        with _LOCK:
            _WATCHES.pop(session_id, None)  # rerun once; the new run says what it shows
        _LOG.debug("rerunning %s for snapshot %s", session_id, stream.latest_id if stream else None)
        session.request_rerun(session._client_state)  # the last run's page, address and widget values


def watching() -> int:
    """How many open pages this process would tell (for tests and benchmarks)."""
    with _LOCK:
        return len(_WATCHES)
