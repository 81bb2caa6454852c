"""Guards for what the app relies on inside Streamlit (and kaleido's browser), beyond its public API.

Each of these would break silently on an upgrade: a CSS rule that no longer matches, a patch of a
class attribute nobody reads any more, a route mistaken for a page. Each test here fails loudly
instead, naming what to re-check. The README's "Streamlit internals" section lists the same, with the
version they were checked against; the first test keeps that version true.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import streamlit
from streamlit import config
from streamlit.commands import navigation
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner import script_runner

from ita_ui import server

ROOT = Path(__file__).resolve().parents[1]
STREAMLIT = Path(streamlit.__file__).parent


def test_the_readme_names_the_streamlit_version_these_guards_were_checked_with() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    checked = re.search(r"checked with Streamlit ([\d.]+)", readme)
    assert checked, "README: the 'Streamlit internals' section must say 'checked with Streamlit X.Y.Z'"
    assert checked.group(1) == streamlit.__version__, (
        f"Streamlit is now {streamlit.__version__}: re-check every item of the README's 'Streamlit internals' "
        "section against it, then update the version there"
    )


def test_the_pages_folder_switch_is_still_the_one_navigation_turns_off() -> None:
    """``ita_ui.navigation.ensure_navigation`` (and the AppTest fixture) set this class attribute, as
    ``st.navigation`` itself does; if Streamlit stops reading it, a sub-page's first request would again
    run alone."""
    assert "uses_pages_directory" in vars(PagesManager)
    assert "PagesManager.uses_pages_directory = False" in inspect.getsource(navigation)
    assert "PagesManager.uses_pages_directory" in inspect.getsource(script_runner)


def test_the_hidden_post_script_gc_option_still_exists_and_is_read() -> None:
    assert config.get_option("runner.postScriptGC") is False  # our .streamlit/config.toml
    assert 'config.get_option("runner.postScriptGC")' in inspect.getsource(script_runner)


def _test_ids_we_style() -> set[str]:
    sources = [*(ROOT / "ita_ui").glob("*.css"), *(ROOT / "ita_ui").glob("*.py")]
    found: set[str] = set()
    for path in sources:
        found |= set(re.findall(r'data-testid[~^$*|]?=\\?"(st[A-Za-z-]+)', path.read_text(encoding="utf-8")))
    return found


def test_every_streamlit_test_id_our_css_aims_at_is_still_drawn_by_streamlit() -> None:
    ids = _test_ids_we_style()
    assert len(ids) > 15  # the search itself still finds our rules
    bundle = "\n".join(p.read_text(encoding="utf-8", errors="ignore") for p in (STREAMLIT / "static").rglob("*.js"))

    def drawn(test_id: str) -> bool:
        named = any(f"{quote}{test_id}{quote}" in bundle for quote in "\"'`")
        # stBaseButton-secondary is drawn as `stBaseButton-${kind}`
        stem, dash, _ = test_id.partition("-")
        return named or (bool(dash) and f"`{stem}-${{" in bundle)

    gone = sorted(i for i in ids if not drawn(i))
    assert not gone, f"Streamlit no longer draws these test ids; the CSS aimed at them does nothing: {gone}"
    assert "st-key-" in bundle  # the class our keyed containers (st-key-narrow_, st-key-wide_) are styled by


def _streamlit_routes() -> set[str]:
    import streamlit.web.server.starlette as package

    routes: set[str] = set()
    for module in pkgutil.iter_modules(package.__path__):
        loaded = importlib.import_module(f"{package.__name__}.{module.name}")
        for name, value in vars(loaded).items():
            if "ROUTE" in name and isinstance(value, str) and not value.startswith(".."):
                routes.add("/" + value.split("{", 1)[0])
    return routes


def test_no_streamlit_route_is_taken_for_a_page_of_the_app() -> None:
    """``server._NOT_PAGES`` lists Streamlit's route prefixes: a page load's cookie is checked, a route's
    is not. A new Streamlit route outside them would be looked up as if it were a page."""
    routes = _streamlit_routes()
    assert "/_stcore/stream" in routes and "/media/" in routes  # the search still finds them
    for route in routes:
        probe = route.rstrip("/") + "/x"
        assert probe.startswith(server._NOT_PAGES), f"Streamlit route {route} is not in server._NOT_PAGES"


def test_kaleido_still_asks_its_chromium_for_the_environment_we_give_it() -> None:
    """``report.images`` subclasses choreographer's Chromium to start it with our fonts."""
    from choreographer.browsers.chromium import Chromium

    assert "get_env" in vars(Chromium)
    assert inspect.signature(Chromium.get_env).parameters.keys() == {"self"}
    import choreographer.browser_async as launcher

    assert "_browser_impl.get_env()" in inspect.getsource(launcher)


def test_the_viewer_benchmark_still_speaks_streamlits_wire_protocol() -> None:
    """``benchmarks/bench_viewers.py`` opens the websocket as a browser does, with these messages."""
    ask = BackMsg()
    ask.rerun_script.query_string = ""
    ask.rerun_script.page_script_hash = ""
    assert BackMsg.FromString(ask.SerializeToString()).WhichOneof("type") == "rerun_script"
    kinds = {field.name for field in ForwardMsg.DESCRIPTOR.oneofs_by_name["type"].fields}
    assert {"delta", "script_finished"} <= kinds
    assert "/_stcore/stream" in _streamlit_routes()


def test_a_rerun_the_server_starts_still_takes_the_last_runs_client_state() -> None:
    """``ita_ui.live`` reruns a page whose unit and year were published, as Streamlit reruns a page whose
    source was saved: ``request_rerun(session._client_state)``, found through the runtime by session id."""
    from streamlit.runtime import Runtime
    from streamlit.runtime.app_session import AppSession

    assert "self._client_state = ClientState()" in inspect.getsource(AppSession.__init__)
    assert "self.request_rerun(self._client_state)" in inspect.getsource(AppSession._on_source_file_changed)
    assert list(inspect.signature(AppSession.request_rerun).parameters) == ["self", "client_state"]
    runner = inspect.getsource(script_runner.ScriptRunner)
    assert "final_client_state.query_string = ctx.query_string" in runner  # the address is kept
    assert "final_client_state.page_script_hash = ctx.page_script_hash" in runner  # and the page
    for name in ("exists", "instance", "is_active_session", "get_app_session"):
        assert callable(getattr(Runtime, name)), name
