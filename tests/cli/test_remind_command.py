"""``remind`` through a real local SMTP server (aiosmtpd): one digest per group, once a day."""

from __future__ import annotations

from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from browsing import free_port
from commands import run

from ita_core.store.accounts import Accounts
from ita_core.store.roles import Role
from ita_core.store.snapshots import Store

PASSWORD = "correct horse battery"
ADDRESSES = {
    "คณะทำงานสำนัก": "working.group@example.go.th",
    "บุคลากรของสำนักบริหารงานกลาง": "personnel@example.go.th",
    "บุคลากรของทุกกลุ่มงาน": "all.staff@example.go.th",
    "กลุ่มงานวินัยและเสริมสร้างงานวินัย": "discipline@example.go.th",
    "ทุกกลุ่มงาน": "every.group@example.go.th",
}


class Inbox:
    def __init__(self, port: int) -> None:
        self.port = port
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(BytesParser(policy=policy.default).parsebytes(envelope.content))  # type: ignore[arg-type]
        return "250 OK"


@pytest.fixture
def inbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Inbox]:
    port = free_port()
    handler = Inbox(port)
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("ITA_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("ITA_SMTP_PORT", str(port))
    monkeypatch.setenv("ITA_SMTP_FROM", "ita-dashboard@example.go.th")
    monkeypatch.setenv("ITA_PUBLIC_URL", "https://ita.example.go.th")
    yield handler
    controller.stop()


@pytest.fixture
def shipped_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    url = f"sqlite:///{tmp_path / 'ita.sqlite3'}"
    monkeypatch.setenv("ITA_DATABASE_URL", url)
    store = Store(url)
    store.seed()
    accounts = Accounts(store.engine)
    for i, (group, email) in enumerate(ADDRESSES.items()):
        accounts.add(f"reporter{i}", PASSWORD, Role.REPORTER, groups=[group], email=email)
    yield store
    store.close()


def test_one_digest_per_group_with_something_due_and_none_the_second_time(inbox: Inbox, shipped_store: Store) -> None:
    code, out, err = run("remind", "--as-of", "2566-06-06")
    assert code == 0, err
    received = {m["To"]: m for m in inbox.messages}
    assert sorted(received) == sorted(
        ADDRESSES[g] for g in ("คณะทำงานสำนัก", "บุคลากรของสำนักบริหารงานกลาง", "กลุ่มงานวินัยและเสริมสร้างงานวินัย", "ทุกกลุ่มงาน")
    )
    personnel = received["personnel@example.go.th"]
    assert personnel["From"] == "ita-dashboard@example.go.th"
    assert "บุคลากรของสำนักบริหารงานกลาง" in personnel["Subject"] and "6 มิถุนายน 2566" in personnel["Subject"]
    plain = personnel.get_body(("plain",)).get_content()
    assert "1.6 กิจกรรมยกย่อง" in plain and "กำหนดส่ง 7 เม.ย. 2566 (เลยกำหนดมา 60 วัน)" in plain
    assert "1.10 โครงการปลูกจิตสำนึก" in plain and "ข้อมูลยังไม่พอคาดการณ์" in plain
    assert "https://ita.example.go.th/group?" in plain
    html = personnel.get_body(("html",)).get_content()
    assert '<a href="https://ita.example.go.th/group?' in html and "เลยกำหนดส่ง (1)" in html
    assert "ส่ง 4 ฉบับ" in out

    code, out, _ = run("remind", "--as-of", "2566-06-06")
    assert code == 0 and len(inbox.messages) == 4  # nothing new
    assert "ส่ง 0 ฉบับ, ส่งไปแล้วก่อนหน้า 4" in out


def test_a_dry_run_sends_and_records_nothing(inbox: Inbox, shipped_store: Store) -> None:
    code, out, _ = run("remind", "--as-of", "2566-06-06", "--dry-run")
    assert code == 0 and inbox.messages == []
    assert out.count("Subject: [ITA]") == 4 and "(ทดลอง) จะส่ง 4 ฉบับ" in out
    run("remind", "--as-of", "2566-06-06")
    assert len(inbox.messages) == 4  # the dry run claimed nothing


def test_a_failed_send_is_tried_again_next_time(
    inbox: Inbox, shipped_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ITA_SMTP_PORT", str(free_port()))  # nobody listens there
    code, _, err = run("remind", "--as-of", "2566-06-06")
    assert code == 1 and "ติดต่อเครื่องส่งอีเมล" in err
    monkeypatch.setenv("ITA_SMTP_PORT", str(inbox.port))
    assert run("remind", "--as-of", "2566-06-06")[0] == 0
    assert len(inbox.messages) == 4  # the failed run claimed nothing


def test_without_smtp_settings_it_says_what_to_set(shipped_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ITA_SMTP_HOST", raising=False)
    code, _, err = run("remind", "--as-of", "2566-06-06")
    assert code == 1 and "ITA_SMTP_HOST" in err


def test_a_year_with_no_plan_sends_nothing(inbox: Inbox, shipped_store: Store) -> None:
    code, out, _ = run("remind", "--as-of", "2026-11-28")
    assert code == 0 and inbox.messages == [] and "ไม่มีแผนของปีงบประมาณ 2570" in out


def test_each_units_editors_hear_once_a_day_of_overdue_and_quiet_units(inbox: Inbox, shipped_store: Store) -> None:
    from ita_core.store.units import Units

    bureau = "สำนักบริหารงานกลาง สำนักงานเลขาธิการวุฒิสภา"
    Units(shipped_store.engine).add("สำนักทดสอบ", "ทดสอบ", "สำนักงานเลขาธิการวุฒิสภา")  # registered, no plan
    accounts = Accounts(shipped_store.engine)
    accounts.add("bureau_editor", PASSWORD, Role.EDITOR, unit=bureau, email="bureau.editor@example.go.th")
    accounts.add("test_editor", PASSWORD, Role.EDITOR, unit="สำนักทดสอบ", email="test.editor@example.go.th")
    accounts.add("agency_editor", PASSWORD, Role.EDITOR, unit="สำนักงานเลขาธิการวุฒิสภา", email="chief@example.go.th")
    accounts.add("bureau_viewer", PASSWORD, Role.VIEWER, unit=bureau, email="viewer@example.go.th")
    code, out, err = run("remind", "--as-of", "2566-06-06")
    assert code == 0, err
    editors = {m["To"]: m for m in inbox.messages if "หน่วยงานที่ต้องติดตาม" in m["Subject"]}
    assert sorted(editors) == ["bureau.editor@example.go.th", "chief@example.go.th", "test.editor@example.go.th"]
    mine = editors["bureau.editor@example.go.th"].get_body(("plain",)).get_content()
    # The shipped data are as of 31 March 2566: 67 days before 6 June, with 1.6 overdue since 7 April.
    assert "สำนักบริหารงานกลาง · เลยกำหนดส่ง 1 รายการ · ไม่มีรายงานใหม่ 67 วัน (ล่าสุด 31 มี.ค. 2566)" in mine
    assert "ทดสอบ" not in mine  # not a unit this editor edits
    chief = editors["chief@example.go.th"].get_body(("plain",)).get_content()
    assert "สำนักบริหารงานกลาง · เลยกำหนดส่ง 1" in chief and "ทดสอบ · ยังไม่มีแผนของปีงบประมาณนี้" in chief
    assert "หน่วยงานที่ต้องติดตาม 2 หน่วยงาน" in editors["chief@example.go.th"]["Subject"]  # one e-mail, two units
    assert "ส่ง 7 ฉบับ" in out  # the 4 groups' digests and 3 editors'
    code, out, _ = run("remind", "--as-of", "2566-06-06")
    assert code == 0 and len(inbox.messages) == 7 and "ส่ง 0 ฉบับ, ส่งไปแล้วก่อนหน้า 7" in out
