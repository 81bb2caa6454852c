"""Every ITA_* setting is read in one place, with its default, and read again when it changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.settings import DEFAULT_DATABASE_URL, Settings, Smtp, settings


def test_defaults_when_nothing_is_set() -> None:
    s = Settings.from_env({})
    assert (s.database_url, s.workbook) == (DEFAULT_DATABASE_URL, SHIPPED_WORKBOOK)
    assert (s.require_login, s.cookie_secure) == (False, False)
    assert (s.session_minutes, s.max_upload_mb, s.watch_seconds) == (60, 20, 20)


def test_values_as_a_deployment_writes_them() -> None:
    s = Settings.from_env(
        {
            "ITA_DATABASE_URL": "postgresql+psycopg://ita@db/ita",
            "ITA_WORKBOOK": "/srv/plan.xlsx",
            "ITA_REQUIRE_LOGIN": "Yes",
            "ITA_SESSION_MINUTES": "30",
            "ITA_MAX_UPLOAD_MB": "50",
            "ITA_WATCH_SECONDS": "5",
            "ITA_COOKIE_SECURE": "1",
            "ITA_CHROMIUM": "/opt/chromium",
            "ITA_SMTP_HOST": "mail.example.go.th",
            "ITA_SMTP_PORT": "587",
            "ITA_SMTP_USER": "ita",
            "ITA_SMTP_PASSWORD": "secret",
            "ITA_SMTP_STARTTLS": "1",
            "ITA_SMTP_FROM": "ita@example.go.th",
            "ITA_PUBLIC_URL": "https://ita.example.go.th/",
            "ITA_TRUSTED_PROXIES": " 10.0.0.5 ",
        }
    )
    smtp = Smtp("mail.example.go.th", 587, "ita", "secret", True, "ita@example.go.th")
    assert s == Settings(
        "postgresql+psycopg://ita@db/ita",
        Path("/srv/plan.xlsx"),
        True,
        30,
        50,
        5,
        True,
        "/opt/chromium",
        False,
        smtp,
        "https://ita.example.go.th",
        "10.0.0.5",
    )
    assert smtp.configured and "secret" not in repr(s)  # a password never reaches a log line


def test_e_mail_is_not_set_up_without_a_host_and_a_sender() -> None:
    assert not Settings.from_env({}).smtp.configured
    assert not Settings.from_env({"ITA_SMTP_HOST": "mail.example.go.th"}).smtp.configured


def test_the_environment_is_read_again_only_when_it_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITA_MAX_UPLOAD_MB", "7")
    first = settings()
    assert first.max_upload_mb == 7 and settings() is first  # parsed once
    monkeypatch.setenv("ITA_MAX_UPLOAD_MB", "9")
    assert settings().max_upload_mb == 9


@pytest.mark.parametrize(
    ("env", "auto"),
    [
        ({}, True),  # the SQLite file on one machine upgrades itself
        ({"ITA_DATABASE_URL": "postgresql+psycopg://ita@db/ita"}, False),  # shared: db upgrade, once
        ({"ITA_DATABASE_URL": "postgresql+psycopg://ita@db/ita", "ITA_DB_UPGRADE": "auto"}, True),
        ({"ITA_DB_UPGRADE": "manual"}, False),
    ],
)
def test_who_upgrades_the_schema(env: dict[str, str], auto: bool) -> None:
    assert Settings.from_env(env).db_auto_upgrade is auto


def test_the_variables_looked_up_are_every_variable_the_settings_read() -> None:
    """``settings()`` looks up only ``NAMES``: a variable ``from_env`` reads that were missing from it
    would be ignored after its first reading, and one listed but never read would be dead."""
    from ita_core.settings import NAMES

    read: set[str] = set()

    class Recording(dict[str, str]):
        def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
            read.add(key)
            return super().get(key, default)

    Settings.from_env(Recording())
    assert read == set(NAMES)
    assert len(NAMES) == len(set(NAMES))
