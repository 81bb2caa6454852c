"""Outputs held still across reorganisations of the core: the command line, files and page tables.

A difference fails with the first differing paths; ``ITA_REPIN=1`` rewrites the golden file when a
change of output is intended (say so in the commit).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pinned import pinned

GOLDEN = Path(__file__).parent / "golden" / "pinned.json"


def _differences(path: str, old: Any, new: Any) -> Iterator[str]:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(old.keys() | new.keys()):
            if key not in new:
                yield f"{path}/{key}: gone"
            elif key not in old:
                yield f"{path}/{key}: new"
            else:
                yield from _differences(f"{path}/{key}", old[key], new[key])
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            yield from _differences(f"{path}[{i}]", a, b)
    elif old != new:
        yield f"{path}: {str(old)[:300]!r} → {str(new)[:300]!r}"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_outputs_are_unchanged() -> None:
    now = pinned()
    if os.environ.get("ITA_REPIN") == "1":
        GOLDEN.write_text(json.dumps(now, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    found = list(_differences("", golden, now))
    assert not found, "\n".join(found[:40])
