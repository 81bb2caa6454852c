"""The lock files: every package the dashboard and its tests install, at one version, with its hashes.

``requirements.txt`` and ``requirements-dev.txt`` name what we depend on directly; uv turns them into
``requirements.lock`` and ``requirements-dev.lock``, which pin every package, transitive ones included,
with the SHA-256 of each file PyPI serves, so ``pip install -r requirements.lock`` installs the same
bytes on every machine or refuses. The dev lock is resolved under the runtime lock, so both agree.

    python -m tools.lock update   # after changing a requirements file: re-resolve, keeping other pins
    python -m tools.lock check    # CI: the locks still follow from the requirements files (needs PyPI)

``check`` resolves again into a scratch folder, starting from the committed locks (uv keeps a pin
that still fits), and compares the pinned versions: hashes are not compared, because PyPI adding a
wheel to a published release changes them without changing what we install.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCKS = (
    ("requirements.txt", "requirements.lock", None),
    ("requirements-dev.txt", "requirements-dev.lock", "requirements.lock"),
)
INDEX = "https://pypi.org/simple"  # PyPI itself, whatever a machine's pip configuration adds
_PIN = re.compile(r"^([A-Za-z0-9_.\-\[\]]+)==([^\s;\\]+)(?:\s*;\s*([^\\]+?))?\s*\\?$", re.MULTILINE)


def _uv() -> str:
    found = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    if found is None:
        sys.exit("uv is not installed: pip install -r requirements-dev.lock")
    return found


def compile_locks(folder: Path) -> None:
    """Resolve both locks into ``folder`` (which may already hold locks to start from)."""
    for source, lock, under in LOCKS:
        command = [
            _uv(), "pip", "compile", source, "--quiet", "--generate-hashes", "--universal",
            "--python-version", "3.11", "--index-url", INDEX, "--custom-compile-command", "python -m tools.lock update",
            "-o", str(folder / lock),
        ]  # fmt: skip
        if under:
            command += ["-c", str(folder / under)]
        subprocess.run(command, cwd=ROOT, check=True)


def pins(text: str) -> dict[str, str]:
    """``name (; marker)`` → version, for every package a lock or requirements file pins."""
    return {f"{m[1].lower()}{' ; ' + m[3] if m[3] else ''}": m[2] for m in _PIN.finditer(text)}


def check() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for _, lock, _ in LOCKS:
            shutil.copy(ROOT / lock, folder / lock)
        compile_locks(folder)
        stale = []
        for _, lock, _ in LOCKS:
            ours, fresh = pins((ROOT / lock).read_text()), pins((folder / lock).read_text())
            changed = (name for name in sorted(ours.keys() | fresh.keys()) if ours.get(name) != fresh.get(name))
            stale += [f"{lock}: {name} {ours.get(name)} → {fresh.get(name)}" for name in changed]
    if stale:
        print(
            "the lock files do not follow from the requirements files: run python -m tools.lock update",
            *stale,
            sep="\n",
        )
        return 1
    print("the lock files follow from the requirements files")
    return 0


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        compile_locks(ROOT)
        return 0
    if argv == ["check"]:
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
