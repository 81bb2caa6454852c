"""The core is a plain library: importing it must not pull in the user interface."""

import subprocess
import sys

from ita_core.paths import REPO_ROOT


def test_ita_core_does_not_import_streamlit() -> None:
    code = "import sys, ita_core, ita_core.cli.main; sys.exit('streamlit' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, timeout=60).returncode == 0
