"""What a viewer sees when a script run fails in a way no page handled: a Thai message, never a traceback.

``dashboard.py`` gives ``on_script_error`` to ``st.App``; Streamlit calls it for an exception
that escaped a page (or a widget callback), and it draws our message instead of Streamlit's
English "This app has encountered an error" box. The traceback goes to the server's log.
"""

from __future__ import annotations

import logging

import streamlit as st

from ita_core.errors import StoreUnavailable
from ita_ui import view_state
from ita_ui.i18n import text

_LOG = logging.getLogger("ita.app")


def on_script_error(exc: BaseException) -> bool:
    try:
        lang = view_state.language()
    except Exception:  # the address itself cannot be read: Thai, the app's own language
        lang = "th"
    if isinstance(exc, StoreUnavailable):
        _LOG.warning("store unavailable during a page run: %s", exc.en)
        st.warning(text("store_down", lang), icon=":material/cloud_off:")
        from ita_ui import layout  # here, not at the top: layout imports the pages' helpers

        layout.watch_recovery()
    else:
        _LOG.error("unexpected error in a page run", exc_info=exc)
        st.error(text("unexpected_error", lang), icon=":material/error:")
    return True
