"""Every setting the program takes from its environment (``ITA_*``), read in this one place.

A deployment sets them once for a process; tests change them between cases, so the environment is
parsed again only when an ``ITA_*`` variable differs from the last time it was read.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ita_core.paths import DATA_DIR, SHIPPED_WORKBOOK

DEFAULT_DATABASE_URL = f"sqlite:///{DATA_DIR / 'ita.sqlite3'}"
_TRUE = ("1", "true", "yes")


@dataclass(frozen=True)
class Smtp:
    host: str  # ITA_SMTP_HOST: empty means e-mail is not set up
    port: int  # ITA_SMTP_PORT (25)
    user: str  # ITA_SMTP_USER and ITA_SMTP_PASSWORD: sign in to the server when given
    password: str = field(repr=False)
    starttls: bool  # ITA_SMTP_STARTTLS=1: upgrade the connection to TLS before signing in
    sender: str  # ITA_SMTP_FROM: the From address

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)


@dataclass(frozen=True)
class Settings:
    database_url: str  # ITA_DATABASE_URL: SQLite in data/ unless a PostgreSQL URL is given
    workbook: Path  # ITA_WORKBOOK: the plan shown when the store cannot be used at all
    require_login: bool  # ITA_REQUIRE_LOGIN: viewers must sign in too
    session_minutes: float  # ITA_SESSION_MINUTES: idle time before a sign-in ends
    max_upload_mb: int  # ITA_MAX_UPLOAD_MB: the largest workbook an editor may upload
    watch_seconds: float  # ITA_WATCH_SECONDS: how often open pages look for a new publish
    cookie_secure: bool  # ITA_COOKIE_SECURE: send the sign-in cookie over HTTPS only
    chromium: str | None  # ITA_CHROMIUM, else chromium on the PATH: draws chart pictures and PDFs
    # ITA_DB_UPGRADE: whether the app brings the schema up to date itself. "auto" by default for a SQLite
    # file (one machine), "manual" otherwise: processes sharing a PostgreSQL would race, so an operator
    # runs ``python -m ita_core db upgrade`` once, and an app on an older schema refuses to start.
    db_auto_upgrade: bool
    smtp: Smtp  # ITA_SMTP_*: where ``remind`` sends its e-mail
    public_url: str  # ITA_PUBLIC_URL: the dashboard's address as readers open it, for links in e-mail
    # ITA_TRUSTED_PROXIES: the addresses of reverse proxies whose X-Forwarded-For names the browser
    # (comma-separated, e.g. 127.0.0.1 for nginx on the same host); none by default, so no local
    # process can pretend to be many browsers and slip past the per-address sign-in limits.
    trusted_proxies: str

    @classmethod
    def from_env(cls, env: dict[str, str]) -> Settings:
        return cls(
            database_url=env.get("ITA_DATABASE_URL") or DEFAULT_DATABASE_URL,
            workbook=Path(env.get("ITA_WORKBOOK") or SHIPPED_WORKBOOK),
            require_login=env.get("ITA_REQUIRE_LOGIN", "").lower() in _TRUE,
            session_minutes=float(env.get("ITA_SESSION_MINUTES") or 60),
            max_upload_mb=int(env.get("ITA_MAX_UPLOAD_MB") or 20),
            watch_seconds=float(env.get("ITA_WATCH_SECONDS") or 20),
            cookie_secure=env.get("ITA_COOKIE_SECURE", "").lower() in _TRUE,
            chromium=env.get("ITA_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser"),
            db_auto_upgrade=_auto_upgrade(env),
            smtp=Smtp(
                host=env.get("ITA_SMTP_HOST", ""),
                port=int(env.get("ITA_SMTP_PORT") or 25),
                user=env.get("ITA_SMTP_USER", ""),
                password=env.get("ITA_SMTP_PASSWORD", ""),
                starttls=env.get("ITA_SMTP_STARTTLS", "").lower() in _TRUE,
                sender=env.get("ITA_SMTP_FROM", ""),
            ),
            public_url=(env.get("ITA_PUBLIC_URL") or "http://localhost:8501").rstrip("/"),
            trusted_proxies=env.get("ITA_TRUSTED_PROXIES", "").strip(),
        )


def _auto_upgrade(env: dict[str, str]) -> bool:
    chosen = env.get("ITA_DB_UPGRADE", "").lower()
    if chosen in ("auto", "manual"):
        return chosen == "auto"
    return (env.get("ITA_DATABASE_URL") or DEFAULT_DATABASE_URL).startswith("sqlite")


# Every variable ``Settings.from_env`` reads (tests/test_settings.py holds the two together).
NAMES = (
    "ITA_DATABASE_URL", "ITA_WORKBOOK", "ITA_REQUIRE_LOGIN", "ITA_SESSION_MINUTES", "ITA_MAX_UPLOAD_MB",
    "ITA_WATCH_SECONDS", "ITA_COOKIE_SECURE", "ITA_CHROMIUM", "ITA_DB_UPGRADE", "ITA_SMTP_HOST", "ITA_SMTP_PORT",
    "ITA_SMTP_USER", "ITA_SMTP_PASSWORD", "ITA_SMTP_STARTTLS", "ITA_SMTP_FROM", "ITA_PUBLIC_URL",
    "ITA_TRUSTED_PROXIES",
)  # fmt: skip


@lru_cache(maxsize=4)
def _parsed(values: tuple[str | None, ...]) -> Settings:
    return Settings.from_env({name: value for name, value in zip(NAMES, values, strict=True) if value is not None})


def settings() -> Settings:
    """The settings of this process's environment. Asked many times in each page's run, so only the
    variables it reads are looked up (walking the whole environment cost a millisecond each time)."""
    get = os.environ.get
    return _parsed(tuple(get(name) for name in NAMES))
