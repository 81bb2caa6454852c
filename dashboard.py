"""ITA progress dashboard: ``streamlit run dashboard.py``.

This file plays two parts. ``streamlit run`` first imports it as a module and
finds ``app``: Streamlit's web server with our own routes beside it (signing in
and out with an HttpOnly cookie, see ``ita_ui.server``). Then each viewer's
script run executes it as ``__main__``, which draws the page for the viewer's
role; each page in ``pages/`` asks ``ita_core`` for its figures and lays them out.
"""

import streamlit as st

if __name__ == "__main__":
    from ita_ui import app as ui

    ui.run()
else:
    from ita_ui import failures, server, warmup

    server.refuse_a_schema_behind()
    warmup.freeze_long_lived()
    app = st.App(
        "dashboard.py",
        routes=server.routes(),
        middleware=server.middleware(),
        on_script_error=failures.on_script_error,
    )
