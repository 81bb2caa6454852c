"""ITA progress dashboard: ``streamlit run dashboard.py``.

The entry point only sets up navigation for the viewer's role; each page in
``pages/`` asks ``ita_core`` for its figures through ``ita_ui`` and lays them out.
"""

from ita_ui import app

app.navigation().run()
