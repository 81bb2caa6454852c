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


class StoreError(BilingualError):
    """The store refused an operation; nothing was written."""


class StoreUnavailable(BilingualError):
    """The database cannot be reached, or cannot be written, right now; nothing was changed.

    Defined here, not with the store, so callers can catch it without loading the database driver.
    """

    def __init__(self, th: str | None = None, en: str | None = None, *, reason: str = "unreachable") -> None:
        super().__init__(
            th or "เชื่อมต่อฐานข้อมูลไม่ได้ชั่วคราว จึงไม่มีการเปลี่ยนแปลงข้อมูลใด ๆ: ลองใหม่อีกครั้งในอีกสักครู่",
            en or "the database cannot be reached right now, so nothing was changed: try again shortly",
        )
        self.reason = reason
