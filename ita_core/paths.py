"""Where the shipped data lives, relative to this checkout."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "data"
# The FY2566 plan of สำนักบริหารงานกลาง, transcribed from the seed document (see data/README.md).
SHIPPED_WORKBOOK = DATA_DIR / "ita_fy2566.xlsx"
SHIPPED_SOURCE = DATA_DIR / "fy2566_plan.toml"
# Sarabun (SIL Open Font License), served by the app and used for chart images and PDFs.
FONTS_DIR = REPO_ROOT / "static" / "fonts"
