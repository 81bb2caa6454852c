"""The one shape every expected failure takes: a message in Thai for users and in English for logs."""

from __future__ import annotations

from ita_core.text import Text


class BilingualError(Exception):
    """An expected problem (a refused file, a stale publish, no Chromium) that a user must read, never a bug.

    The command line prints ``message`` and exits 1; pages show it. ``str(exc)`` is the English text.
    """

    def __init__(self, th: str, en: str) -> None:
        super().__init__(en)
        self.th = th
        self.en = en

    @property
    def text(self) -> Text:
        return Text(self.th, self.en)

    def message(self, lang: str) -> str:
        return self.text.get(lang)
