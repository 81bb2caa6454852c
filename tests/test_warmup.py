"""The settings that keep a new viewer's overview cheap when many arrive at once (bench_viewers)."""

from __future__ import annotations

import gc
import sys
import tomllib
from pathlib import Path

from ita_ui import warmup

ROOT = Path(__file__).resolve().parents[1]


def test_long_lived_modules_are_imported_and_frozen_out_of_collections() -> None:
    try:
        frozen = warmup.freeze_long_lived()
        assert frozen > 50_000  # (the count moves afterwards as this process's other threads free objects)
        assert all(name in sys.modules for name in warmup.LONG_LIVED)
    finally:
        gc.unfreeze()


def test_the_server_neither_watches_sources_nor_collects_fully_after_every_run() -> None:
    """Both cost every new session: the watcher ~0.5 s of CPU, the per-run full collection grows with
    the number of sessions running (50 at once: 5.6 s instead of 1.7 s)."""
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["fileWatcherType"] == "none"
    assert config["runner"]["postScriptGC"] is False
