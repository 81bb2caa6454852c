"""The first chart sooner: every page load asks the browser to fetch and compile Streamlit's chart code
(about 4.7 MB of plotly) at once, alongside its other scripts.

Streamlit loads that code only when the first chart's message arrives, after the page's script has
run on the server: on our pages it then crossed the wire while the same process was drawing the page,
and the first chart appeared 0.5 to 0.8 s after a bare one-chart page's (``benchmarks/bench_paint.py``).
A ``<link rel="modulepreload">`` in the page's head starts it with the page; when the chart arrives,
the browser already holds the module (the same address, so the same module). The file's name carries
Streamlit's build hash: it is found in the installed package, and a guard test fails if it is not.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import streamlit
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_SCRIPTS = Path(streamlit.__file__).parent / "static" / "static" / "js"


# The element whose code is loaded first. (Compiling the others early too was slower: bench_paint, 7 Dec.)
ELEMENTS = ("PlotlyChart",)


def modules() -> list[str]:
    """Streamlit's code for those elements, as the page addresses it (an element whose file this
    Streamlit does not have exactly once is left out; the guard test names it)."""
    found = []
    for element in ELEMENTS:
        files = sorted(_SCRIPTS.glob(f"{element}.*.js"))
        if len(files) == 1:
            found.append(f"./static/js/{files[0].name}")
    return found


def head_with_preload(html: bytes, addresses: list[str]) -> bytes:
    links = "".join(f'\n    <link rel="modulepreload" crossorigin href="{a}" />' for a in addresses)
    imports = "".join(f'import("{a}");' for a in addresses)
    run = f'\n    <script type="module" crossorigin>{imports}</script>'
    return html.replace(b"<head>", f"<head>{links}{run}".encode(), 1)


class ChartPreload:
    """On a page load, adds the chart module's preload to the head of Streamlit's ``index.html``.

    The page is asked for uncompressed (it is 3 KB; nginx compresses it in a cluster) so its head can be
    read, and its length is set again; any other answer (a 304, an error) passes untouched."""

    def __init__(self, app: ASGIApp, is_page_load: Callable[[Scope], bool]) -> None:
        self.app = app
        self.is_page_load = is_page_load
        self.modules = modules()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.modules or not self.is_page_load(scope):
            await self.app(scope, receive, send)
            return
        scope = dict(scope, headers=[(k, v) for k, v in scope["headers"] if k.lower() != b"accept-encoding"])
        addresses = self.modules
        start: Message | None = None
        parts: list[bytes] = []

        async def rewrite(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                kind = dict(message.get("headers", [])).get(b"content-type", b"")
                if message["status"] != 200 or not kind.startswith(b"text/html"):
                    start = None
                    await send(message)
                else:
                    start = message
                return
            if start is None or message["type"] != "http.response.body":
                await send(message)
                return
            parts.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = head_with_preload(b"".join(parts), addresses)
            kept = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            await send({**start, "headers": [*kept, (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, rewrite)
