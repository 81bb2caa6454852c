"""``ita_ui.preload``: page loads start fetching and compiling the chart code with the page."""

from __future__ import annotations

import asyncio
from typing import Any

from ita_ui import preload
from ita_ui.server import _is_page_load

PAGE = b"<!DOCTYPE html>\n<html>\n  <head>\n    <title>Streamlit</title>\n  </head><body></body></html>"


def _serve(status: int, content_type: bytes, body: bytes, scope_path: str = "/deadlines") -> dict[str, Any]:
    """Run the middleware around a stub app; what the stub was asked and what the browser got."""
    asked: dict[str, Any] = {}

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        asked["headers"] = scope["headers"]
        headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode()), (b"etag", b'"x"')]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        half = len(body) // 2
        await send({"type": "http.response.body", "body": body[:half], "more_body": True})
        await send({"type": "http.response.body", "body": body[half:]})

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "GET",
        "path": scope_path,
        "headers": [(b"accept-encoding", b"gzip, br"), (b"host", b"x")],
    }
    asyncio.run(preload.ChartPreload(app, is_page_load=_is_page_load)(scope, None, send))  # type: ignore[arg-type]
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return {"asked": asked["headers"], "headers": dict(start["headers"]), "body": body, "status": start["status"]}


def test_every_element_preloaded_is_in_this_streamlit_exactly_once() -> None:
    """The files carry Streamlit's build hash; an upgrade that renames or splits one must be looked at."""
    found = preload.modules()
    named = {address.split("/")[-1].split(".")[0] for address in found}
    assert len(found) == len(preload.ELEMENTS), f"not found exactly once: {set(preload.ELEMENTS) - named}"
    assert found[0].startswith("./static/js/PlotlyChart.")  # the chart first


def test_a_page_load_gets_the_preloads_at_the_top_of_its_head_with_its_length_set_again() -> None:
    got = _serve(200, b"text/html; charset=utf-8", PAGE)
    head = got["body"].split(b"<title>")[0].decode()
    for address in preload.modules():
        assert f'<link rel="modulepreload" crossorigin href="{address}" />' in head
        assert f'import("{address}");' in head
    assert got["body"].endswith(PAGE.split(b"<head>", 1)[1])  # the rest as Streamlit wrote it
    assert int(got["headers"][b"content-length"]) == len(got["body"])
    assert b"accept-encoding" not in dict(got["asked"])  # asked uncompressed, so the head can be read
    assert got["headers"][b"etag"] == b'"x"'


def test_anything_else_passes_untouched() -> None:
    assert _serve(304, b"text/html", b"")["body"] == b""
    assert _serve(404, b"text/html", PAGE)["body"] == PAGE
    assert _serve(200, b"application/json", b'{"a": 1}')["body"] == b'{"a": 1}'
    script = _serve(200, b"text/html", PAGE, scope_path="/static/js/index.js")
    assert script["body"] == PAGE and dict(script["asked"])[b"accept-encoding"] == b"gzip, br"
