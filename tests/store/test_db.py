"""The schema: migrations once, before app processes start; an app on an older schema does not start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ita_core.paths import REPO_ROOT
from ita_core.store.db import SchemaBehind, connect, head_revision, migrate, require_current, schema_revision
from ita_core.store.snapshots import Store


def test_a_store_that_may_not_upgrade_refuses_an_older_schema(database_url: str) -> None:
    engine = connect(database_url)
    try:
        migrate(engine, "0002")
        assert schema_revision(engine) == "0002"
        with pytest.raises(SchemaBehind) as caught:
            Store(database_url, upgrade=False)
        assert caught.value.reason == "schema-behind" and (caught.value.found, caught.value.head) == (
            "0002",
            head_revision(),
        )
        assert "python -m ita_core db upgrade" in caught.value.th
        migrate(engine)
        require_current(engine)  # now it is current
        Store(database_url, upgrade=False).close()
    finally:
        engine.dispose()


def _cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "ITA_DATABASE_URL": url, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "ita_core", *args], cwd=REPO_ROOT, env=env, capture_output=True, text=True, check=False
    )


def test_db_status_and_upgrade_on_the_command_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ita.sqlite3'}"
    before = _cli(url, "db", "status")
    assert before.returncode == 1 and "db upgrade" in before.stderr
    done = _cli(url, "db", "upgrade")
    assert done.returncode == 0 and f"ว่าง → {head_revision()}" in done.stdout
    after = _cli(url, "--lang", "en", "db", "status")
    assert after.returncode == 0 and "current" in after.stdout


def test_the_app_does_not_start_on_an_older_schema_when_it_may_not_upgrade(tmp_path: Path) -> None:
    """ITA_DB_UPGRADE=manual (the default for PostgreSQL): the server prints why and exits."""
    url = f"sqlite:///{tmp_path / 'ita.sqlite3'}"
    env = {"PATH": "/usr/bin:/bin", "ITA_DATABASE_URL": url, "ITA_DB_UPGRADE": "manual", "HOME": str(tmp_path)}
    started = subprocess.run(
        [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true", "--server.port", "0"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert started.returncode == 1
    assert "python -m ita_core db upgrade" in started.stderr and "ยังไม่ตรงกับโปรแกรมนี้" in started.stderr
