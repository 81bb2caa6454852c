"""Run the command line: ``python -m ita_core --help``."""

import os
import sys

# Commands that read a plan file start their bounded reading process first, so its start-up overlaps
# this process's own imports (``ita_core.workbook.worker.start_early``).
if len(sys.argv) > 1 and sys.argv[1] in {"validate", "summary", "import", "report", "calendar", "export-data"}:
    from ita_core.workbook.worker import start_early

    start_early()

from ita_core.cli.main import main  # after the early start, on purpose

try:
    sys.exit(main())
except BrokenPipeError:
    # The reader went away (``... | head``): stop quietly, as Unix tools do.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(1)
