"""Run the command line: ``python -m ita_core --help``."""

import os
import sys

from ita_core.cli.main import main

try:
    sys.exit(main())
except BrokenPipeError:
    # The reader went away (``... | head``): stop quietly, as Unix tools do.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(1)
