"""One bilingual text: Thai for users, English for logs and for the English view.

Every message, label and header that exists in both languages is a ``Text``;
the one place that chooses between them is ``Text.get``.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

Lang = Literal["th", "en"]
LANGS: tuple[Lang, ...] = ("th", "en")


class Text(NamedTuple):
    th: str
    en: str

    def get(self, lang: str) -> str:
        """The text in ``lang``; Thai unless English is asked for, since Thai is what users read."""
        return self.en if lang == "en" else self.th

    def format(self, **values: object) -> Text:
        """Both languages with the same placeholders filled in."""
        return Text(self.th.format(**values), self.en.format(**values))
