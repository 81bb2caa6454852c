"""The app's own HTTP routes: signing in and out with an HttpOnly cookie, and clearing dead cookies.

Tested on a bare Starlette app holding the same routes and middleware ``dashboard.py`` gives
``st.App``; the browser tests run them inside Streamlit.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from ita_core.store.accounts import FREE_ATTEMPTS, Accounts
from ita_core.store.roles import Role
from ita_core.store.sessions import Sessions, Status, token_digest
from ita_core.store.snapshots import Store
from ita_ui import auth, server

PASSWORD = "a long enough password"
SITE = "http://testserver"


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    url = f"sqlite:///{tmp_path / 'ita.sqlite3'}"
    monkeypatch.setenv("ITA_DATABASE_URL", url)
    monkeypatch.delenv("ITA_COOKIE_SECURE", raising=False)
    store = Store(url)
    Accounts(store.engine).add("editor1", PASSWORD, Role.EDITOR)
    yield store
    store.close()


@pytest.fixture
def client(store: Store) -> TestClient:
    async def page(_request: object) -> PlainTextResponse:
        return PlainTextResponse("<html>the app</html>")

    app = Starlette(
        routes=[*server.routes(), Route("/{path:path}", page, methods=["GET", "PUT"])], middleware=server.middleware()
    )
    return TestClient(app, base_url=SITE, follow_redirects=False)


def post(client: TestClient, path: str, origin: str | None = SITE, **form: str) -> object:
    headers = {"Origin": origin} if origin else {}
    return client.post(path, data=form, headers=headers)


def sign_in(client: TestClient, password: str = PASSWORD, **extra: str):  # type: ignore[no-untyped-def]
    fields = {"username": "editor1", "password": password, "next": "/upload?lang=en", "back": "/upload?lang=en"}
    return post(client, "/api/sign-in", **(fields | extra))


def test_sign_in_sets_an_httponly_cookie_and_goes_where_asked(client: TestClient, store: Store) -> None:
    response = sign_in(client)
    assert response.status_code == 303
    assert response.headers["location"] == "/upload?lang=en"
    cookie = response.headers["set-cookie"]
    token = cookie.split(";")[0].split("=", 1)[1]
    assert f"{auth.COOKIE}=" in cookie
    assert all(flag in cookie for flag in ("HttpOnly", "SameSite=lax", "Path=/", "Max-Age=43200"))
    assert "Secure" not in cookie  # plain HTTP here; see the next test
    assert token not in response.headers["location"] and token not in response.text
    found = Sessions(store.engine).lookup(token)
    assert found.status is Status.ACTIVE and found.account is not None and found.account.username == "editor1"


def test_the_cookie_is_secure_when_asked(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITA_COOKIE_SECURE", "1")
    assert "Secure" in sign_in(client).headers["set-cookie"]


def test_wrong_and_unknown_get_the_same_answer_and_no_cookie(client: TestClient) -> None:
    wrong = sign_in(client, "not the password")
    unknown = sign_in(client, username="nobody")
    for response in (wrong, unknown):
        assert response.status_code == 303 and "set-cookie" not in response.headers
        assert response.headers["location"] == "/upload?lang=en&signin=wrong"


def test_repeated_failures_say_until_when(client: TestClient) -> None:
    for _ in range(FREE_ATTEMPTS - 1):
        sign_in(client, "not the password")
    location = sign_in(client, "not the password").headers["location"]
    assert location.startswith("/upload?lang=en&signin=locked&until=")
    assert location.rsplit("=", 1)[1].isdigit()


@pytest.mark.parametrize("origin", ["http://evil.example", "null", None])
def test_cross_site_posts_are_refused(client: TestClient, store: Store, origin: str | None) -> None:
    response = post(client, "/api/sign-in", origin=origin, username="editor1", password=PASSWORD, next="/")
    assert response.status_code == 403 and "set-cookie" not in response.headers
    assert Sessions(store.engine).listing() == []


def test_referer_stands_in_for_a_missing_origin(client: TestClient) -> None:
    response = client.post(
        "/api/sign-in", data={"username": "editor1", "password": PASSWORD}, headers={"Referer": f"{SITE}/account"}
    )
    assert response.status_code == 303 and "set-cookie" in response.headers


HOSTILE_NEXT = [
    "https://evil.example/",
    "//evil.example/x",
    "///evil.example/x",  # no host for Python's urlsplit, a host for every browser
    "////evil.example/x",
    "/\\evil.example",
    "/\\/evil.example",
    "%2F%2Fevil.example",
    "/%2F%2Fevil.example",
    "/%5C%5Cevil.example",
    "/%2e%2e/evil",
    "https:evil.example",
    "javascript:alert(1)",
    "upload",
    "/nowhere-in-this-app",
]


@pytest.mark.parametrize("target", HOSTILE_NEXT)
def test_never_an_open_redirect(client: TestClient, target: str) -> None:
    """After the right password too: the browser lands on this site, never on the address given."""
    response = sign_in(client, next=target)
    assert "set-cookie" in response.headers  # a real sign-in
    assert response.headers["location"] == "/"


@pytest.mark.parametrize("target", HOSTILE_NEXT)
def test_sign_out_never_sends_the_browser_away_either(client: TestClient, target: str) -> None:
    assert post(client, "/api/sign-out", next=target).headers["location"] == "/"


def test_an_address_of_this_app_is_rebuilt_from_its_page_and_query(client: TestClient) -> None:
    assert sign_in(client, next="/deadlines?as_of=2566-07-01&lang=en#x").headers["location"] == (
        "/deadlines?as_of=2566-07-01&lang=en"
    )


def test_a_huge_form_is_refused(client: TestClient) -> None:
    response = post(client, "/api/sign-in", username="editor1", password="x" * 20_000)
    assert response.status_code == 413


def test_sign_out_ends_the_session_everywhere_and_deletes_the_cookie(client: TestClient, store: Store) -> None:
    token = sign_in(client).headers["set-cookie"].split(";")[0].split("=", 1)[1]
    client.cookies.set(auth.COOKIE, token)
    refused = post(client, "/api/sign-out", origin="http://evil.example", next="/")
    assert refused.status_code == 403
    assert Sessions(store.engine).lookup(token).status is Status.ACTIVE
    response = post(client, "/api/sign-out", next="/?lang=en")
    assert response.status_code == 303 and response.headers["location"] == "/?lang=en"
    assert f'{auth.COOKIE}=""' in response.headers["set-cookie"] and "Max-Age=0" in response.headers["set-cookie"]
    assert Sessions(store.engine).lookup(token).status is Status.ENDED
    assert token_digest(token) not in {s.id_prefix for s in Sessions(store.engine).listing()}


def test_a_page_load_with_a_dead_cookie_clears_it(client: TestClient, store: Store) -> None:
    token = Sessions(store.engine).start("editor1", "127.0.0.1")
    client.cookies.set(auth.COOKIE, token)
    assert "set-cookie" not in client.get("/upload").headers  # alive: untouched
    Sessions(store.engine).revoke("editor1")
    assert "set-cookie" not in client.get("/_stcore/health").headers  # not a page: not looked at
    cleared = client.get("/upload")
    assert cleared.text == "<html>the app</html>"
    assert cleared.headers["set-cookie"].startswith(f"{auth.COOKIE}=; Max-Age=0")


def test_with_login_required_files_need_a_session(
    client: TestClient, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ITA_REQUIRE_LOGIN", "1")
    for path in ("/media/0123abcd.xlsx", "/app/static/anything.txt"):
        assert client.get(path).status_code == 403
    assert client.get("/_stcore/metrics").status_code == 404
    assert client.get("/app/static/fonts/Sarabun-Regular.ttf").status_code == 200  # the sign-in page's font
    client.cookies.set(auth.COOKIE, Sessions(store.engine).start("editor1", "127.0.0.1"))
    assert client.get("/media/0123abcd.xlsx").status_code == 200  # here: the catch-all stands in for Streamlit
    monkeypatch.delenv("ITA_REQUIRE_LOGIN")
    client.cookies.clear()
    assert client.get("/media/0123abcd.xlsx").status_code == 200  # open viewing: files are open too


def test_someone_linked_to_a_group_lands_on_its_page_unless_they_came_for_another() -> None:
    from urllib.parse import parse_qs, urlsplit

    from ita_ui.server import landing

    landed = urlsplit(landing("/?lang=en", "คณะทำงานสำนัก"))
    assert landed.path == "/group" and parse_qs(landed.query) == {"lang": ["en"], "name": ["คณะทำงานสำนัก"]}
    assert landing("/upload?fy=2566", "คณะทำงานสำนัก") == "/upload?fy=2566"  # the page they came for
    assert landing("/", None) == "/"  # no group: the overview


def _put_upload(client: TestClient, n: int = 0) -> int:
    response = client.put(f"/_stcore/upload_file/session-id/file-{n}", files={"file": ("plan.xlsx", b"x" * 1000)})
    return int(response.status_code)


@pytest.mark.parametrize("login_required", ["0", "1"])
def test_streamlit_s_upload_route_takes_files_from_signed_in_editors_only(
    client: TestClient, store: Store, monkeypatch: pytest.MonkeyPatch, login_required: str
) -> None:
    monkeypatch.setenv("ITA_REQUIRE_LOGIN", login_required)
    Accounts(store.engine).add("viewer1", PASSWORD, Role.VIEWER)
    assert _put_upload(client) == 403  # anonymous: nothing is read into memory
    client.cookies.set(auth.COOKIE, Sessions(store.engine).start("viewer1", "127.0.0.1"))
    assert _put_upload(client) == 403  # a viewer may not upload either
    client.cookies.set(auth.COOKIE, Sessions(store.engine).start("editor1", "127.0.0.1"))
    assert _put_upload(client) == 200  # an editor's upload reaches Streamlit (here, the stand-in page)
    statuses = [_put_upload(client, n) for n in range(1, server.UPLOADS_PER_MINUTE + 2)]
    assert statuses.count(429) >= 1  # and not in a loop: capped per account and address


@pytest.mark.parametrize(
    ("peer", "forwarded", "trusted", "address"),
    [
        ("203.0.113.9", "", "", "203.0.113.9"),  # a browser, directly
        ("198.51.100.7", "198.51.100.7", "", "127.0.0.1"),  # the web server rewrote a local peer's header
        ("203.0.113.9", "198.51.100.7", "", "203.0.113.9"),  # a remote peer's header: ignored
        ("198.51.100.7", "198.51.100.7", "127.0.0.1", "198.51.100.7"),  # rewritten behind nginx: trusted
        ("10.0.0.5", "198.51.100.7", "10.0.0.5", "198.51.100.7"),  # a proxy elsewhere, trusted by name
        ("10.0.0.5", "198.51.100.7", "", "10.0.0.5"),  # the same, not trusted: the peer counts
    ],
)
def test_forwarded_addresses_count_only_from_trusted_proxies(
    monkeypatch: pytest.MonkeyPatch, peer: str, forwarded: str, trusted: str, address: str
) -> None:
    monkeypatch.setenv("ITA_TRUSTED_PROXIES", trusted)
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
    assert server.address_of({"client": (peer, 5000), "headers": headers}) == address


def test_health_tells_the_process_id_to_this_machine_only(client: TestClient) -> None:
    assert client.get("/api/health").json() == {"status": "ok", "store": "ok"}  # the test client is "testclient"
    local = TestClient(client.app, base_url=SITE, client=("127.0.0.1", 5000))
    assert "pid" in local.get("/api/health").json()


@pytest.mark.parametrize(
    ("header", "token"),
    [
        (f"{auth.COOKIE}=abc", "abc"),
        (f"theme=dark; {auth.COOKIE}=abc; other=1", "abc"),
        (f'{auth.COOKIE}="abc"', "abc"),  # quoted, as some proxies rewrite it
        ("theme=dark", None),
        (f"{auth.COOKIE}=", None),
    ],
)
def test_the_session_token_is_read_from_any_cookie_header(header: str, token: str | None) -> None:
    scope = {"type": "http", "headers": [(b"cookie", header.encode("latin-1"))]}
    assert server._cookie(scope) == token
