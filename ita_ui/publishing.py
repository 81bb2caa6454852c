"""The upload page's steps: read the file once (bounded), preview against the current snapshot, publish.

The preview and the publish are the store's (``ita_core.store.publishing``); this module keeps, per
browser session, what the editor was shown, so publishing sends the preview they saw: if another
editor published in between, the store refuses and the page shows the new preview instead.

A valid upload that is not yet published is kept in the store as the editor's
draft (``ita_core.store.drafts``) for a day: after a reload the preview comes back
without choosing the file again.
"""

from __future__ import annotations

import hashlib
import threading
from contextlib import suppress
from dataclasses import dataclass

import streamlit as st

from ita_core.errors import StoreUnavailable
from ita_core.intake import Intake, check_file
from ita_core.model import Plan
from ita_core.problems import WorkbookRejected
from ita_core.ratelimit import RateLimit
from ita_core.settings import settings
from ita_core.store import publishing as store_publishing
from ita_core.store.accounts import Account
from ita_core.store.checkins import CheckIn, CheckIns
from ita_core.store.drafts import Draft, Drafts
from ita_core.store.publishing import Preview
from ita_core.store.snapshots import SnapshotInfo
from ita_core.text import Lang
from ita_core.workbook.ingest import ReadResult
from ita_core.workbook.safety import Limits
from ita_core.workbook.worker import Cancelled, Ticket
from ita_ui import source
from ita_ui.i18n import text

_PENDING = "upload_pending"
_UPLOADER = "upload_generation"
CHECKS_PER_MINUTE = 10
_CHECKS = RateLimit(CHECKS_PER_MINUTE, 60.0)  # per editor, in this app process
_RUNNING: dict[str, Ticket] = {}  # per editor: the check in progress, which a newer one cancels
_RUNNING_LOCK = threading.Lock()


def max_upload_mb() -> int:
    """The upload cap (default 20 MB); keep ``server.maxUploadSize`` in .streamlit/config.toml at least this."""
    return settings().max_upload_mb


@dataclass(frozen=True)
class Pending:
    """An uploaded file, read once: its bytes and what the reader found (``ita_core.intake``)."""

    name: str
    digest: str
    data: bytes
    intake: Intake | None
    rejected: WorkbookRejected | None

    @property
    def result(self) -> ReadResult | None:
        return self.intake.result if self.intake is not None else None


def uploader_key() -> str:
    """A new key empties the file uploader (after publishing or cancelling)."""
    return f"upload_file_{st.session_state.get(_UPLOADER, 0)}"


def drafts() -> Drafts:
    return Drafts(source.store().engine)


def reset(username: str) -> None:
    """Forget the upload: empty the uploader, drop the checked file, its comment and the stored draft."""
    st.session_state[_UPLOADER] = st.session_state.get(_UPLOADER, 0) + 1
    st.session_state.pop(_PENDING, None)
    st.session_state.pop(COMMENT, None)
    with suppress(StoreUnavailable):  # the draft expires by itself in a day
        drafts().drop(username)


def keep(username: str, pending: Pending) -> None:
    """Keep a valid upload as the editor's draft, once per distinct file (this page's connection keeps
    it too, so a store that is down just now loses nothing)."""
    if pending.intake is not None and pending.intake.plan is not None and not st.session_state.get(_kept(pending)):
        try:
            drafts().keep(username, pending.name, pending.data, st.session_state.get(COMMENT, ""))
        except StoreUnavailable:
            return
        st.session_state[_kept(pending)] = True


def _kept(pending: Pending) -> str:
    return f"draft_kept_{pending.digest}"


COMMENT = "publish_comment"


def comment_box(username: str, lang: Lang) -> str:
    """The publish comment, kept with the draft as it is typed (when the box loses focus), so a reload or a
    session that ends keeps it as it keeps the file."""
    if COMMENT not in st.session_state:
        kept = draft(username)
        st.session_state[COMMENT] = kept.comment if kept is not None else ""
    return st.text_area(
        text("publish_comment", lang), key=COMMENT, max_chars=500, on_change=_note_comment, args=(username,)
    )


def _note_comment(username: str) -> None:
    with suppress(StoreUnavailable):  # this connection still holds it
        drafts().note(username, st.session_state.get(COMMENT, ""))


def draft(username: str) -> Draft | None:
    try:
        return drafts().get(username)
    except StoreUnavailable:
        return None


def preview(pending: Pending, plan: Plan) -> tuple[Preview | None, StoreUnavailable | None]:
    """The changes this file makes to the current snapshot of its unit and year (``ita_core.store.publishing``).

    While the store is down: the preview last shown for this file (or none) and why.
    """
    checked = pending.intake  # a Word plan is published as the workbook it was read into
    assert checked is not None and checked.workbook is not None  # it holds a plan
    name, data = checked.workbook_name, checked.workbook
    try:
        made = store_publishing.preview(source.store(), name, data, plan, plan_of=source.plan)
    except StoreUnavailable as exc:
        return shown(pending), exc
    return made, None


def check_ins_overwritten(plan: Plan) -> list[CheckIn]:
    """Check-ins since the last upload whose figures this workbook changes (none while the store is down)."""
    try:
        return CheckIns(source.store()).overwritten_by(plan, source.plan)
    except StoreUnavailable:
        return []


def shown(pending: Pending) -> Preview | None:
    """The preview this page last showed for the file: what the editor saw when pressing publish."""
    seen: Preview | None = st.session_state.get(f"preview_shown_{pending.digest}")
    return seen


def remember_shown(pending: Pending, made: Preview) -> None:
    st.session_state[f"preview_shown_{pending.digest}"] = made


def publish(seen: Preview, user: Account, comment: str) -> SnapshotInfo:
    """Publish what the editor saw, on top of the snapshot it was compared with (``StalePublish`` otherwise;
    ``NotAllowed`` unless ``user`` is an editor)."""
    return store_publishing.publish_as(source.store(), seen, user, comment)


def _too_often(username: str) -> WorkbookRejected:
    wait = max(1, round(_CHECKS.wait(username)))
    return WorkbookRejected(
        f"ตรวจไฟล์บ่อยเกินไป (เกิน {CHECKS_PER_MINUTE} ครั้งต่อนาที): รอ {wait} วินาทีแล้วเลือกไฟล์ใหม่อีกครั้ง",
        f"too many checks (more than {CHECKS_PER_MINUTE} a minute): wait {wait} s and choose the file again",
    )


def _check(username: str, name: str, data: bytes) -> Intake:
    """Read an upload in a bounded process; a newer check by the same editor cancels this one."""
    ticket = Ticket()
    with _RUNNING_LOCK:
        previous = _RUNNING.get(username)
        _RUNNING[username] = ticket
    if previous is not None:
        previous.cancel()
    try:
        return check_file(data, name, limits=Limits(max_file_bytes=max_upload_mb() << 20), ticket=ticket)
    finally:
        with _RUNNING_LOCK:
            if _RUNNING.get(username) is ticket:
                del _RUNNING[username]


def read(username: str, name: str, data: bytes) -> Pending:
    """Validate an upload once per distinct file; reruns of the page reuse the result."""
    digest = hashlib.sha256(data).hexdigest()
    pending: Pending | None = st.session_state.get(_PENDING)
    if pending is not None and pending.digest == digest:
        return pending
    if not _CHECKS.allow(username):
        return Pending(name, digest, data, None, _too_often(username))  # not kept: it may be retried soon
    try:
        pending = Pending(name, digest, data, _check(username, name, data), None)
    except Cancelled as exc:
        return Pending(name, digest, data, None, exc)  # not kept either: this page may check it again
    except WorkbookRejected as exc:
        pending = Pending(name, digest, data, None, exc)
    st.session_state[_PENDING] = pending
    return pending


def word_reading(checked: Intake, lang: Lang) -> None:
    """For a plan read from Word: what was read (measures and activities, project headings), folded."""
    if checked.read:
        with st.expander(text("upload_word_read", lang)):
            st.text("\n".join(line.get(lang) for line in checked.read))  # document text: plain, never Markdown


def converted_download(checked: Intake, lang: Lang) -> None:
    """The workbook a Word plan was read into, to fix in Excel and upload again (the problems follow)."""
    if checked.converted is None:
        return
    st.info(text("upload_word_converted", lang), icon=":material/table_view:")
    st.download_button(
        text("upload_word_download", lang),
        data=checked.converted,
        file_name=checked.workbook_name,
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        key="converted_workbook",
    )
