"""Sending e-mail through the organisation's SMTP server (``ITA_SMTP_*``), with the standard library."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from ita_core.errors import BilingualError
from ita_core.settings import Smtp

TIMEOUT_SECONDS = 30


class MailError(BilingualError):
    """E-mail could not be sent: the server refused, or cannot be reached."""


def not_configured() -> MailError:
    return MailError(
        "ยังไม่ได้ตั้งค่าการส่งอีเมล: ตั้ง ITA_SMTP_HOST และ ITA_SMTP_FROM (ดู README) หรือใช้ --dry-run",
        "e-mail is not set up: set ITA_SMTP_HOST and ITA_SMTP_FROM (see the README), or use --dry-run",
    )


class Mailer:
    """One connection for a run's messages; ``with Mailer(smtp) as mailer: mailer.send(message)``."""

    def __init__(self, smtp: Smtp) -> None:
        if not smtp.configured:
            raise not_configured()
        self.smtp = smtp
        self._client: smtplib.SMTP | None = None

    def __enter__(self) -> Mailer:
        smtp = self.smtp
        try:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=TIMEOUT_SECONDS)
            if smtp.starttls:
                client.starttls(context=ssl.create_default_context())
            if smtp.user:
                client.login(smtp.user, smtp.password)
        except (OSError, smtplib.SMTPException) as exc:
            raise MailError(
                f"ติดต่อเครื่องส่งอีเมล {smtp.host}:{smtp.port} ไม่ได้ ({exc})",
                f"cannot use the mail server {smtp.host}:{smtp.port} ({exc})",
            ) from None
        self._client = client
        return self

    def send(self, message: EmailMessage) -> None:
        assert self._client is not None, "use Mailer as a context manager"
        try:
            self._client.send_message(message)
        except (OSError, smtplib.SMTPException) as exc:
            raise MailError(f"ส่งอีเมลไม่สำเร็จ ({exc})", f"sending failed ({exc})") from None

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            try:
                self._client.quit()
            except (OSError, smtplib.SMTPException):
                self._client.close()
