"""The app's own HTTP routes beside Streamlit's: signing in and out with an HttpOnly session cookie.

``dashboard.py`` mounts these on ``st.App`` (``streamlit run`` finds the App
object there). A script run over the websocket cannot set an HttpOnly cookie,
so the sign-in form posts here: the password is checked (``ita_core.store.accounts``,
throttled per client address), a session starts (``ita_core.store.sessions``), and
the browser is sent back to the page it came for with the cookie set.

Both routes refuse posts from another site: the ``Origin`` (or, failing that,
``Referer``) must name this host, and the cookie is ``SameSite=Lax`` so a
cross-site post would not carry it anyway. The token never appears in a page,
an address or a log; only its hash is stored.
"""

from __future__ import annotations

import logging
import os
import sys
from urllib.parse import parse_qs, urlencode, urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import HTTPConnection, Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ita_core.address import GROUP
from ita_core.errors import StoreUnavailable
from ita_core.ratelimit import RateLimit
from ita_core.settings import settings
from ita_core.store.accounts import Outcome
from ita_core.store.db import SchemaBehind, connect, require_current
from ita_core.store.sessions import LIFETIME, Lookup, Status
from ita_ui import auth, signin, source

_LOG = logging.getLogger("ita.server")
HEALTH = "/api/health"
_MAX_FORM_BYTES = 16 * 1024
# Streamlit's own paths, and ours: everything else a browser GETs is a page of the app.
_NOT_PAGES = ("/_stcore/", "/static/", "/app/static/", "/media/", "/component/", "/api/", "/auth/", "/oauth2callback")


def _secure(request: Request) -> bool:
    """Mark the cookie ``Secure`` when the app is served over HTTPS (``ITA_COOKIE_SECURE=1`` forces it)."""
    return settings().cookie_secure or request.url.scheme == "https"


def same_site(request: Request) -> bool:
    """Did this post come from a page of this site? Browsers send ``Origin`` on every form post."""
    host = request.headers.get("host", "")
    source = request.headers.get("origin") or request.headers.get("referer") or ""
    return bool(host) and source != "null" and urlsplit(source).netloc == host


_LOOPBACK = "127.0.0.1"


def client_address(request: Request) -> str:
    return address_of(request.scope)


def address_of(scope: Scope) -> str:
    """The browser's address, taking ``X-Forwarded-For`` only from a proxy ``ITA_TRUSTED_PROXIES`` names.

    Streamlit's web server (uvicorn) already puts the header's last address in place of the peer when
    the peer is local, so any local process could pose as many browsers and slip past the per-address
    sign-in limits. Its rewrite shows as a peer equal to the header's last address: then the real peer
    was loopback, which counts as itself unless it is a trusted proxy (nginx on the same host)."""
    client = scope.get("client")
    peer = str(client[0]) if client else "unknown"
    header = next((v.decode("latin-1") for k, v in scope.get("headers", ()) if k == b"x-forwarded-for"), "")
    forwarded = [a.strip() for a in header.split(",") if a.strip()]
    trusted = {a.strip() for a in settings().trusted_proxies.split(",") if a.strip()}
    if forwarded and peer == forwarded[-1]:  # rewritten by the web server from a loopback peer
        return peer if _LOOPBACK in trusted or "::1" in trusted else _LOOPBACK
    if forwarded and peer in trusted:
        return forwarded[-1]
    return peer


def _with_problem(address: str, problem: str, **extra: str) -> str:
    joiner = "&" if "?" in address else "?"
    return address + joiner + urlencode({signin.PROBLEM: problem, **extra})


def _refused() -> Response:
    return PlainTextResponse(
        "ปฏิเสธคำขอจากเว็บไซต์อื่น: เปิดหน้าเข้าสู่ระบบของระบบนี้โดยตรง\n"
        "Refused: this request did not come from this site's own sign-in page.\n",
        status_code=403,
    )


class _TooLarge(Exception):
    pass


async def _form(request: Request) -> dict[str, str]:
    """The posted fields, reading at most ``_MAX_FORM_BYTES`` of body whatever the client claims."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > _MAX_FORM_BYTES:
            raise _TooLarge
    fields = parse_qs(body.decode("utf-8", "replace"), max_num_fields=10)
    return {key: values[0] for key, values in fields.items() if values}


def _check_and_start(username: str, password: str, address: str) -> tuple[str, str | None, str, str | None]:
    """(outcome, token, until, first group) for one sign-in attempt; runs in a worker thread (Argon2 and
    the database)."""
    result = auth.accounts().sign_in(username, password, address)
    if result.outcome is Outcome.OK and result.account is not None:
        group = result.account.groups[0] if result.account.groups else None
        return "ok", auth.sessions().start(result.account.username, address), "", group
    until = str(int(result.locked_until.timestamp())) if result.locked_until else ""
    return result.outcome.value, None, until, None


def landing(target: str, group: str | None) -> str:
    """Where a signed-in browser goes: the page it came for, except that someone linked to a responsible
    group who came for the overview lands on that group's page (its work is what they came to do)."""
    parts = urlsplit(target)
    if group is None or parts.path not in ("/", "/overview"):
        return target
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()} | {GROUP: group}
    return signin.local_address("group", query)


async def sign_in(request: Request) -> Response:
    if not same_site(request):
        return _refused()
    try:
        form = await _form(request)
    except (_TooLarge, ValueError):
        return PlainTextResponse("คำขอใหญ่เกินไป / request too large\n", status_code=413)
    back = signin.safe_address(form.get("back"), "/account")
    target = signin.safe_address(form.get("next"), "/")
    username, password = form.get("username", "").strip(), form.get("password", "")
    if not username or not password:
        return RedirectResponse(_with_problem(back, "wrong"), status_code=303)
    try:
        found = await run_in_threadpool(_check_and_start, username, password, client_address(request))
    except StoreUnavailable:
        return RedirectResponse(_with_problem(back, "unavailable"), status_code=303)
    outcome, token, until, group = found
    if token is None:
        extra = {signin.UNTIL: until} if outcome == Outcome.LOCKED.value and until else {}
        return RedirectResponse(_with_problem(back, outcome, **extra), status_code=303)
    response = RedirectResponse(landing(target, group), status_code=303)
    response.set_cookie(
        auth.COOKIE,
        token,
        max_age=int(LIFETIME.total_seconds()),
        path="/",
        httponly=True,
        samesite="lax",
        secure=_secure(request),
    )
    _LOG.info("signed in: %s from %s", username, client_address(request))
    return response


async def sign_out(request: Request) -> Response:
    if not same_site(request):
        return _refused()
    try:
        form = await _form(request)
    except (_TooLarge, ValueError):
        return PlainTextResponse("คำขอใหญ่เกินไป / request too large\n", status_code=413)
    token = request.cookies.get(auth.COOKIE)
    if token:
        try:
            await run_in_threadpool(lambda: auth.sessions().end(token))
        except StoreUnavailable:  # the cookie still goes; the row ends by itself at its expiry
            _LOG.warning("sign-out while the store is down: the session row stays until it expires")
    response = RedirectResponse(signin.safe_address(form.get("next"), "/"), status_code=303)
    response.delete_cookie(auth.COOKIE, path="/", httponly=True, samesite="lax", secure=_secure(request))
    return response


async def health(request: Request) -> Response:
    """For a load balancer and for monitoring: 200 only when this process can use its database. Which
    process answered (its id) is told to this machine only, for operators and their tests."""
    local = {"pid": os.getpid()} if client_address(request) in (_LOOPBACK, "::1") else {}
    try:
        await run_in_threadpool(lambda: source.store().ping())
    except StoreUnavailable as exc:
        body = {"status": "unavailable", "store": exc.reason, "detail": exc.en, **local}
        return JSONResponse(body, status_code=503)
    return JSONResponse({"status": "ok", "store": "ok", **local})


def routes() -> list[BaseRoute]:
    return [
        Route(signin.SIGN_IN, sign_in, methods=["POST"]),
        Route(signin.SIGN_OUT, sign_out, methods=["POST"]),
        Route(HEALTH, health, methods=["GET"]),
    ]


def _is_page_load(scope: Scope) -> bool:
    path: str = scope.get("path", "")
    last = path.rsplit("/", 1)[-1]
    return scope.get("method") == "GET" and not path.startswith(_NOT_PAGES) and "." not in last


def _cookie(scope: Scope) -> str | None:
    """The session token from the request's Cookie header, parsed as Starlette parses it."""
    return HTTPConnection(scope).cookies.get(auth.COOKIE) or None


class EndedSessionCookie:
    """On a page load whose cookie names an ended session (expired, revoked, signed out in another
    tab), delete the cookie, so the browser stops sending a dead token."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        token = _cookie(scope) if scope["type"] == "http" and _is_page_load(scope) else None
        if token is None:
            await self.app(scope, receive, send)
            return
        try:
            found = await run_in_threadpool(lambda: auth.sessions().lookup(token))
        except Exception:  # the store is down: leave the cookie alone, the page will say why
            _LOG.warning("session look-up failed on a page load", exc_info=True)
            await self.app(scope, receive, send)
            return
        if found.status is Status.ACTIVE:
            await self.app(scope, receive, send)
            return

        async def send_clearing(message: Message) -> None:
            if message["type"] == "http.response.start":
                expired = f"{auth.COOKIE}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax".encode()
                message["headers"] = [*message.get("headers", []), (b"set-cookie", expired)]
            await send(message)

        await self.app(scope, receive, send_clearing)


# With login required, these stay open to everyone: the sign-in page needs its font and icon.
_OPEN_STATIC = ("/app/static/fonts/", "/app/static/favicon.png")


def _guarded(path: str) -> bool:
    return path.startswith("/media/") or (path.startswith("/app/static/") and not path.startswith(_OPEN_STATIC))


async def _active_session(token: str | None) -> Lookup | None:
    """The live session a cookie's token belongs to; ``None`` without one, or while the store is down."""
    if not token:
        return None
    try:
        found = await run_in_threadpool(lambda: auth.sessions().lookup(token))
    except StoreUnavailable:
        return None
    return found if found.status is Status.ACTIVE else None


async def _signed_in(token: str | None) -> bool:
    return await _active_session(token) is not None


class LoginGate:
    """With ``ITA_REQUIRE_LOGIN=1``, files are for signed-in browsers only: a download's ``/media/…``
    address (an original workbook, a report) and static files other than the font and the icon are
    refused without an active session, and Streamlit's ``/_stcore/metrics`` is closed."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and auth.login_required():
            path: str = scope.get("path", "")
            if path.rstrip("/") == "/_stcore/metrics":
                await PlainTextResponse("not found\n", status_code=404)(scope, receive, send)
                return
            if _guarded(path) and not await _signed_in(_cookie(scope)):
                refused = PlainTextResponse(
                    "ต้องเข้าสู่ระบบก่อนจึงจะดาวน์โหลดไฟล์นี้ได้\nSign in to download this file.\n", status_code=403
                )
                await refused(scope, receive, send)
                return
        await self.app(scope, receive, send)


UPLOAD_ROUTE = "/_stcore/upload_file/"
UPLOADS_PER_MINUTE = 12  # per editor and address: a person picks a few files; a loop is stopped here
UPLOADS_AT_ONCE = 2  # per address, in flight


class UploadGate:
    """Streamlit's upload route (``PUT /_stcore/upload_file/…``) takes a file into memory for any open
    websocket session, before any page runs. Only the upload page uses it, and only an editor may open
    that page; so the route, too, takes files only from a browser signed in as an editor (whether or not
    viewing needs a sign-in), at most ``UPLOADS_PER_MINUTE`` a minute per account and address and
    ``UPLOADS_AT_ONCE`` at a time per address. The size of each is Streamlit's ``server.maxUploadSize``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._recent = RateLimit(UPLOADS_PER_MINUTE, 60.0)
        self._in_flight: dict[str, int] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if scope["type"] != "http" or scope.get("method") != "PUT" or not path.startswith(UPLOAD_ROUTE):
            await self.app(scope, receive, send)
            return
        token = _cookie(scope)
        editor = await _editor(token)
        if editor is None:
            refused = PlainTextResponse(
                "ต้องเข้าสู่ระบบด้วยบัญชีผู้แก้ไขข้อมูลก่อนจึงจะส่งไฟล์ได้\nSign in as an editor to upload files.\n",
                status_code=403,
            )
            await refused(scope, receive, send)
            return
        address = address_of(scope)
        if self._in_flight.get(address, 0) >= UPLOADS_AT_ONCE or not self._recent.allow(f"{editor}|{address}"):
            busy = PlainTextResponse("ส่งไฟล์ถี่เกินไป รอสักครู่\nToo many uploads; wait a moment.\n", status_code=429)
            await busy(scope, receive, send)
            return
        self._in_flight[address] = self._in_flight.get(address, 0) + 1
        try:
            await self.app(scope, receive, send)
        finally:
            self._in_flight[address] -= 1
            if not self._in_flight[address]:
                del self._in_flight[address]


async def _editor(token: str | None) -> str | None:
    """The username of the signed-in editor a cookie's token belongs to, if it does: an editor of any unit
    may send a file; which unit it may publish is checked when it publishes (``permissions``)."""
    found = await _active_session(token)
    if found is None or found.account is None or not found.account.role.can_edit:
        return None
    return found.account.username


def middleware() -> list[Middleware]:
    return [
        Middleware(UploadGate),
        Middleware(LoginGate),
        Middleware(EndedSessionCookie),
    ]


def refuse_a_schema_behind() -> None:
    """At server start: when this process may not upgrade the schema itself (``ITA_DB_UPGRADE``, manual for
    PostgreSQL) and the database is behind, say so and do not start; an unreachable database is not a
    reason to refuse, the pages say that one and recover by themselves."""
    chosen = settings()
    if chosen.db_auto_upgrade:
        return
    engine = connect(chosen.database_url)
    try:
        require_current(engine)
    except SchemaBehind as exc:
        print(f"{exc.th}\n{exc.en}", file=sys.stderr)
        raise SystemExit(1) from None
    except StoreUnavailable:
        pass
    finally:
        engine.dispose()
