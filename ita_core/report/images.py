"""Pictures and PDFs through headless Chromium: chart PNGs (plotly's kaleido) and HTML printed to PDF.

Chromium draws Thai correctly (HarfBuzz shaping, dictionary line breaking),
which is why PDFs are printed from HTML rather than typeset by a PDF library.
Chromium only knows the fonts fontconfig shows it, so a small fontconfig file
adds the Sarabun files the app ships; every chart PNG and PDF then carries
Thai text intact, on any server. Debian's ``chromium`` is used unless
``ITA_CHROMIUM`` names another binary.
"""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from ita_core.errors import BilingualError
from ita_core.paths import FONTS_DIR
from ita_core.settings import settings

PRINT_TIMEOUT = 120


class ImagesUnavailable(BilingualError):
    """Chromium is missing or failed, so no chart picture or PDF can be made."""


def chromium() -> str:
    found = settings().chromium
    if not found or not Path(found).exists():
        raise ImagesUnavailable(
            "ไม่พบโปรแกรม Chromium บนเครื่องแม่ข่าย จึงสร้างรูปกราฟและ PDF ไม่ได้: ติดตั้งแพ็กเกจ chromium",
            "Chromium is not installed on the server, so chart images and PDFs cannot be made: install chromium",
        )
    return found


@cache
def fontconfig_file() -> Path:
    """A fontconfig file: the system's fonts plus the Sarabun files in static/fonts."""
    folder = Path(tempfile.mkdtemp(prefix="ita-fontconfig-"))
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"  <dir>{FONTS_DIR}</dir>\n  <cachedir>{folder / 'cache'}</cachedir>\n</fontconfig>\n",
        encoding="utf-8",
    )
    return conf


def _environment() -> dict[str, str]:
    return {**os.environ, "FONTCONFIG_FILE": str(fontconfig_file())}


class _DropIgnoredTraceback(logging.Filter):
    """choreographer logs a devtools message it could not decode, and ignores, with a whole traceback
    (seen under load); the picture is made all the same. Keep the line, drop the traceback, so server
    logs show tracebacks only for real failures."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.getMessage().endswith("Ignoring"):
            record.exc_info = record.exc_text = None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


@cache
def _quiet_ignored_errors() -> None:
    logging.getLogger("choreographer.channels.pipe").addFilter(_DropIgnoredTraceback())


@cache
def _fonted_chromium() -> type:
    """choreographer's Chromium, started with our fontconfig file (Sarabun) in its own environment."""
    from choreographer.browsers.chromium import Chromium

    class FontedChromium(Chromium):
        def get_env(self) -> dict[str, str]:
            return _environment()

    return FontedChromium


def figure_png(figure: Any, width: int = 1200, height: int = 500, scale: float = 2) -> bytes:
    """A plotly figure as PNG, drawn by kaleido in our Chromium with our fonts.

    The browser's path and its font configuration go to this one kaleido call: nothing is set in the
    process's environment, which other sessions' threads share.
    """
    import kaleido

    _quiet_ignored_errors()
    options = {"format": "png", "width": width, "height": height, "scale": scale}
    try:
        browser = {"path": chromium(), "browser_cls": _fonted_chromium()}
        data: bytes = kaleido.calc_fig_sync(figure, opts=options, kopts=browser)
    except Exception as exc:  # kaleido reports a missing or crashed browser in several ways
        raise ImagesUnavailable(
            "สร้างรูปกราฟไม่สำเร็จ (Chromium ทำงานไม่ได้บนเครื่องแม่ข่าย)",
            f"the chart image could not be made: {exc.__class__.__name__}",
        ) from None
    return data


def html_to_pdf(html: str) -> bytes:
    """Print an HTML page (A4, as its CSS says) to PDF with headless Chromium; fonts are embedded."""
    with tempfile.TemporaryDirectory(prefix="ita-pdf-") as folder:
        page, pdf = Path(folder) / "report.html", Path(folder) / "report.pdf"
        page.write_text(html, encoding="utf-8")
        command = [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={Path(folder) / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ]
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):  # judged by the file below
            subprocess.run(command, env=_environment(), capture_output=True, timeout=PRINT_TIMEOUT, check=False)
        if not pdf.exists() or pdf.stat().st_size == 0:
            raise ImagesUnavailable(
                "สร้างไฟล์ PDF ไม่สำเร็จ (Chromium ทำงานไม่ได้บนเครื่องแม่ข่าย)", "the PDF could not be printed"
            )
        return pdf.read_bytes()
