"""Run the command line: ``python -m ita_core --help``."""

import os
import sys

# A command given a plan file starts its bounded reading process first, so that process's start-up
# overlaps this one's imports (``ita_core.workbook.worker.start_early``).
_READS = {"validate", "summary", "import", "report", "calendar", "export-data"}
if len(sys.argv) > 1 and sys.argv[1] in _READS and any(os.path.isfile(a) for a in sys.argv[2:]):
    from ita_core.workbook.worker import start_early

    start_early()

from ita_core.cli.main import main  # noqa: E402 (after the early start, on purpose)

try:
    sys.exit(main())
except BrokenPipeError:
    # The reader went away (``... | head``): stop quietly, as Unix tools do.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(1)
