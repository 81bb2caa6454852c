"""Shared fixtures: a valid small plan to mutate, and the real reading pipeline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from workbooks import Book, valid_book


@pytest.fixture
def book() -> Book:
    return valid_book()


@pytest.fixture
def read() -> Callable[[Book], Any]:
    """Read a Book through the real pipeline and return the ReadResult."""
    from ita_core import read_workbook

    return lambda b: read_workbook(b.to_bytes())
