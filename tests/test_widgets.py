"""Text from a workbook shown through Streamlit's Markdown: exactly the characters typed."""

from __future__ import annotations

import pytest

from ita_ui.widgets import plain


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("**หนา**", "\\*\\*หนา\\*\\*"),
        ("[คลิก](http://x.example/a)", "\\[คลิก\\]\\(http:\u2060//x\\.example/a\\)"),
        ("![x](http://x.example/b.png)", "\\!\\[x\\]\\(http:\u2060//x\\.example/b\\.png\\)"),
        ("<img src=x>", "\\<img src=x\\>"),
        ("www.example.org", "w\u2060ww\\.example\\.org"),
        ("somchai@example.org", "somchai@\u2060example\\.org"),
        ("$x^2$", "\\$x^2\\$"),
        ("สำนักบริหารงานกลาง", "สำนักบริหารงานกลาง"),
    ],
)
def test_plain_leaves_nothing_for_markdown_to_interpret(typed: str, shown: str) -> None:
    assert plain(typed) == shown
