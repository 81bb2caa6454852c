"""Chart pictures and PDFs through headless Chromium, with the Sarabun files the app ships."""

from __future__ import annotations

import io
import struct

import pypdfium2 as pdfium
import pytest
from PIL import Image
from reports import shipped

from ita_core.charts import completion_chart
from ita_core.metrics import completion_by_measure
from ita_core.paths import FONTS_DIR, REPO_ROOT
from ita_core.report import images
from ita_core.report.content import build_report, report_round
from ita_core.report.files import chart_png, render_report
from ita_core.report.images import ImagesUnavailable, figure_png, html_to_pdf

ARTIFACTS = REPO_ROOT / "artifacts" / "report"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_fontconfig_adds_the_shipped_fonts() -> None:
    conf = images.fontconfig_file().read_text(encoding="utf-8")
    assert f"<dir>{FONTS_DIR}</dir>" in conf and "/etc/fonts/fonts.conf" in conf
    assert any(FONTS_DIR.glob("Sarabun-*.ttf"))


def test_missing_chromium_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITA_CHROMIUM", "/nonexistent/chromium")
    with pytest.raises(ImagesUnavailable) as error:
        images.chromium()
    assert "Chromium" in error.value.th and "install chromium" in error.value.en
    with pytest.raises(ImagesUnavailable):
        html_to_pdf("<p>ไม่มีเบราว์เซอร์</p>")


def test_word_and_excel_reports_come_out_without_chromium(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITA_CHROMIUM", "/nonexistent/chromium")
    report = build_report(shipped(), report_round("h1", 2566))
    made = render_report(report, "docx", chart=True)  # the chart asked for, and no browser to draw it
    assert made.chart_missing and made.data[:2] == b"PK"
    with pytest.raises(ImagesUnavailable):
        render_report(report, "pdf")


@pytest.mark.browser
def test_chart_png_is_drawn_with_thai_text(chromium: str) -> None:
    figure = completion_chart(completion_by_measure(shipped()), "th", thai_digits=True)
    data = figure_png(figure, width=1100, height=400, scale=2)
    assert _png_size(data) == (2200, 800)
    image = Image.open(io.BytesIO(data)).convert("L")
    assert sum(image.histogram()[:100]) > 2000  # dark ink: labels and bars were drawn
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "completion_chart.png").write_bytes(data)


@pytest.mark.browser
def test_drawing_a_chart_leaves_the_process_environment_alone(chromium: str) -> None:
    """Other sessions' threads share os.environ: the browser's path and fonts go to kaleido alone."""
    import os

    before = dict(os.environ)
    figure_png(completion_chart(completion_by_measure(shipped()), "th"), width=600, height=300, scale=1)
    assert dict(os.environ) == before


@pytest.mark.browser
def test_report_chart_uses_the_report_digits(chromium: str) -> None:
    report = build_report(shipped(), report_round("h1", 2566))
    figure = completion_chart(report.by_measure, "th", thai_digits=True)
    assert "แล้วเสร็จ ๓/๑๔" in figure.layout.yaxis.ticktext[0]
    assert list(figure.layout.xaxis.ticktext) == ["๐%", "๒๐%", "๔๐%", "๖๐%", "๘๐%", "๑๐๐%"]
    width, _ = _png_size(chart_png(report))
    assert width == 2200


@pytest.mark.browser
def test_html_prints_to_a_pdf_with_the_font_embedded(chromium: str) -> None:
    pdf = html_to_pdf(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page{size:A4}"
        "body{font-family:Sarabun}</style></head><body><p>ผู้ใหญ่ที่นั่งอยู่ปิ่นโต</p></body></html>"
    )
    assert pdf[:5] == b"%PDF-" and b"Sarabun" in pdf
    page = pdfium.PdfDocument(pdf)[0]
    assert [round(v) for v in page.get_size()] == [595, 842]


def test_an_error_choreographer_ignores_leaves_no_traceback_in_the_log(caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from ita_core.report.images import _quiet_ignored_errors

    _quiet_ignored_errors()
    logger = logging.getLogger("choreographer.channels.pipe")
    with caplog.at_level(logging.WARNING, logger="choreographer.channels.pipe"):
        try:
            raise ValueError("half a message")
        except ValueError:
            logger.exception("JSONError decoding message. Ignoring")
            logger.exception("Error in trying to decode JSON off our read.")
    ignored, real = caplog.records
    assert ignored.levelname == "WARNING" and ignored.exc_info is None
    assert real.levelname == "ERROR" and real.exc_info is not None  # a real failure keeps its traceback
    assert "Traceback" not in caplog.text.split("Error in trying")[0]
