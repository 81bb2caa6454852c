"""The lock files follow from the requirements files (offline; ``python -m tools.lock check`` in CI also
re-resolves against PyPI): each direct pin is locked at its version, the dev lock agrees with the runtime
lock, and every locked package carries the hashes pip checks."""

from __future__ import annotations

import re

import pytest

from tools.lock import LOCKS, ROOT, pins


def _direct(requirements: str) -> dict[str, str]:
    text = (ROOT / requirements).read_text()
    found = pins(re.sub(r"\[[^\]]*\]", "", text))  # psycopg[binary] locks as psycopg
    for included in re.findall(r"^-r\s+(\S+)", text, re.MULTILINE):
        found |= _direct(included)
    return found


@pytest.mark.parametrize(("requirements", "lock"), [(source, lock) for source, lock, _ in LOCKS])
def test_every_direct_pin_is_locked_at_its_version(requirements: str, lock: str) -> None:
    locked = {name.split(" ;")[0]: version for name, version in pins((ROOT / lock).read_text()).items()}
    wrong = {name: (version, locked.get(name)) for name, version in _direct(requirements).items()}
    assert {k: v for k, v in wrong.items() if v[0] != v[1]} == {}


def test_the_dev_lock_installs_the_runtime_lock_unchanged() -> None:
    runtime, dev = (pins((ROOT / lock).read_text()) for _, lock, _ in LOCKS)
    assert {name: (version, dev.get(name)) for name, version in runtime.items() if dev.get(name) != version} == {}


@pytest.mark.parametrize("lock", [lock for _, lock, _ in LOCKS])
def test_every_locked_package_has_its_hashes(lock: str) -> None:
    entries = re.split(r"\n(?=[A-Za-z0-9])", (ROOT / lock).read_text().split("\n", 2)[2])
    unhashed = [entry.split()[0] for entry in entries if "==" in entry and "--hash=sha256:" not in entry]
    assert len(entries) > 50 and unhashed == []
