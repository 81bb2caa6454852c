"""Reminder digests from the shipped plan, as of 6 June 2566 (golden from the seed's deadlines)."""

from __future__ import annotations

from datetime import date
from email import policy
from email.parser import BytesParser

from ita_core import read_workbook
from ita_core.model import Contact, Plan
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.remind import addresses, digests

AS_OF = date(2023, 6, 6)  # 6 มิถุนายน 2566
DATA_DAY = date(2023, 3, 31)  # the shipped data's date: every activity last changed then


def shipped() -> Plan:
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    return plan


def shipped_digests() -> list:  # type: ignore[type-arg]
    plan = shipped()
    return digests(plan, AS_OF, "https://ita.example.go.th", {a.activity_id: DATA_DAY for a in plan.activities})


def test_one_digest_per_group_with_something_to_follow_up() -> None:
    found = {d.group: d for d in shipped_digests()}
    assert list(found) == [
        "คณะทำงานสำนัก",
        "บุคลากรของสำนักบริหารงานกลาง",
        "กลุ่มงานวินัยและเสริมสร้างงานวินัย",
        "ทุกกลุ่มงาน",
    ]  # บุคลากรของทุกกลุ่มงาน has only a completed activity: nothing to say
    personnel = found["บุคลากรของสำนักบริหารงานกลาง"]
    assert [line.work.activity.activity_id for line in personnel.overdue] == ["1.6"]  # ๗ เมษายน ๒๕๖๖
    assert [line.work.activity.activity_id for line in personnel.due_soon] == ["1.10"]  # ๒๐ มิถุนายน ๒๕๖๖
    assert personnel.stale == ()  # both already listed above
    text = personnel.plain_text()
    assert "กำหนดส่ง 7 เม.ย. 2566 (เลยกำหนดมา 60 วัน)" in text
    assert "กำหนดส่ง 20 มิ.ย. 2566 (อีก 14 วัน)" in text
    assert "ณ วันที่ 6 มิถุนายน 2566" in text
    assert personnel.link.startswith("https://ita.example.go.th/group?")
    working_group = found["คณะทำงานสำนัก"]
    assert len(working_group.due_soon) == 8 and working_group.overdue == ()
    assert {line.work.activity.activity_id for line in working_group.stale} >= {"1.4", "1.9"}


def test_the_message_is_plain_text_and_html_with_everything_escaped() -> None:
    plan = shipped()
    activities = tuple(  # 1.10 falls due on 20 June 2566
        a._replace(name='<script>alert("x")</script>', responsible="กลุ่ม <b>ก & ข") if a.activity_id == "1.10" else a
        for a in plan.activities
    )
    plan = plan.__class__(**{**plan.__dict__, "activities": activities})
    plan = plan.__class__(**{**plan.__dict__, "contacts": (Contact("กลุ่ม <b>ก & ข", "a@example.go.th", "x"),)})
    digest = next(d for d in digests(plan, AS_OF, "https://ita.example.go.th") if d.group == "กลุ่ม <b>ก & ข")
    raw = digest.message("ita@example.go.th").as_bytes()
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert message["To"] == "a@example.go.th" and "ITA" in message["Subject"]
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert '<script>alert("x")</script>' in plain
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;ก &amp; ข" in html


def test_addresses_come_from_the_sheet_then_the_accounts_each_once() -> None:
    plan = shipped()
    plan = plan.__class__(
        **{**plan.__dict__, "contacts": (Contact("คณะทำงานสำนัก", "WG@example.go.th", "ผู้รับผิดชอบ!B2"),)}
    )
    assert addresses(plan, "คณะทำงานสำนัก", ["wg@example.go.th", "chair@example.go.th"]) == (
        "wg@example.go.th",
        "chair@example.go.th",
    )
    assert addresses(plan, "ทุกกลุ่มงาน") == ()
