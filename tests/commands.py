"""Run the command line in-process, as a test sees it: exit code, standard output, standard error."""

from __future__ import annotations

import io

from ita_core.cli.main import main


def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err, io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()
