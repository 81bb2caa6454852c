"""Keep the process's long-lived objects out of the garbage collector's full passes.

With pandas, plotly, SQLAlchemy and the plan loaded, a full collection walks
some 180,000 objects that live as long as the process, about 0.1 s each time
Python decides to run one while viewers wait. They are imported once at
start-up and frozen (``gc.freeze``): later collections skip them and still free
each session's garbage. (Streamlit's own collection after every script run is
switched off in ``.streamlit/config.toml``, see ``runner.postScriptGC`` there.)
Measured with ``benchmarks/bench_viewers.py``.
"""

from __future__ import annotations

import gc
import importlib

# What the pages need on their first run; ``ita_ui.downloads`` is left to that
# run, because its Streamlit cache would warn when made before the runtime exists.
LONG_LIVED = (
    "pandas",
    "plotly.graph_objects",
    "ita_core.charts",
    "ita_core.views",
    "ita_core.metrics",
    "ita_ui.app",
    "ita_ui.figures",
    "ita_ui.layout",
)


def freeze_long_lived() -> int:
    """Import the long-lived modules, collect once, freeze what is left; returns how many objects were frozen."""
    for name in LONG_LIVED:
        importlib.import_module(name)
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
