from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from commands import run
from workbooks import Book, as_date

from ita_core.paths import REPO_ROOT


def test_template_is_a_valid_workbook(tmp_path: Path) -> None:
    target = tmp_path / "แม่แบบ.xlsx"
    assert run("template", str(target))[0] == 0
    code, out, _ = run("validate", str(target))
    assert code == 0
    assert out.startswith("ผ่าน:")
    assert len(out.strip().splitlines()) == 1


def test_template_has_instructions_and_text_ids(tmp_path: Path) -> None:
    import openpyxl

    target = tmp_path / "template.xlsx"
    run("template", str(target))
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames[0] == "คำอธิบาย"
    assert {"ข้อมูลหน่วยงาน", "มาตรการ", "กิจกรรม", "การมีส่วนร่วม", "กำหนดส่ง"} <= set(wb.sheetnames)
    assert wb["กิจกรรม"]["B2"].value == "1.1"
    assert wb["กิจกรรม"]["B2"].number_format == "@"  # ลำดับ stays text, so 1.10 is not turned into 1.1


def test_validate_lists_every_problem_and_exits_1(tmp_path: Path, book: Book) -> None:
    book.set("กิจกรรม", "H2", 120)
    book.set("การมีส่วนร่วม", "C2", 200)
    path = tmp_path / "bad.xlsx"
    path.write_bytes(book.to_bytes())
    code, out, err = run("validate", str(path))
    assert code == 1
    lines = out.strip().splitlines()
    assert [line.split(" ")[0] for line in lines] == ["กิจกรรม!H2", "การมีส่วนร่วม!C2"]
    assert "2 ปัญหา" in err


def test_validate_in_english(tmp_path: Path, book: Book) -> None:
    book.set("กิจกรรม", "H2", 120)
    path = tmp_path / "bad.xlsx"
    path.write_bytes(book.to_bytes())
    code, out, _ = run("--lang", "en", "validate", str(path))
    assert code == 1
    assert "between 0 and 100" in out


def test_summary_json_of_the_shipped_data() -> None:
    code, out, _ = run("summary", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["fiscal_year_be"] == 2566
    assert data["as_of"] == "2023-03-31"
    assert data["overall"] == {"activities": 26, "completed": 7, "completion_pct": 26.92, "mean_progress_pct": 26.92}
    by_measure = [(m["measure"], m["activities"], m["completed"]) for m in data["measures"]]
    assert by_measure == [(1, 14, 3), (2, 4, 1), (3, 8, 3)]
    assert data["participation"] == [
        {
            "activity_id": "1.2",
            "group": "",  # the whole unit
            "participants": 127,
            "headcount": 139,
            "ratio_pct": 91.36,
            "target_pct": 80,
            "met": True,
        }
    ]
    first = data["deadlines"][0]
    assert set(first) >= {"activity_id", "item", "due", "due_th", "status"}
    assert {(d["activity_id"], d["due_th"]) for d in data["deadlines"]} >= {
        ("1.5", "20 มิถุนายน 2566"),
        ("1.9", "30 กรกฎาคม 2566"),
        ("3.3", "20 มีนาคม 2566"),
        ("1.6", "7 เมษายน 2566"),
        ("1.4", "27 กรกฎาคม 2566"),
        ("1.4", "15 กันยายน 2566"),
    }


def test_summary_as_of_changes_statuses() -> None:
    _, out, _ = run("summary", "--as-of", "2023-07-01", "--json")
    statuses = {(d["activity_id"], d["due"]): d["status"] for d in json.loads(out)["deadlines"]}
    assert statuses[("1.5", "2023-06-20")] == "overdue"
    assert statuses[("3.3", "2023-03-20")] == "done"
    assert statuses[("1.4", "2023-07-27")] == "upcoming"
    assert statuses[("1.9", "2023-07-30")] == "upcoming"
    assert json.loads(out)["as_of"] == "2023-07-01"


def test_summary_as_text() -> None:
    code, out, _ = run("summary")
    assert code == 0
    assert "127/139 = ร้อยละ 91.36" in out
    assert "ข้อมูล ณ วันที่ 31 มีนาคม 2566" in out


def test_ita_level_command() -> None:
    assert run("ita-level", "97.21")[1].strip() == "AA"
    assert run("ita-level", "abc")[0] == 1


@pytest.mark.parametrize(
    "content",
    [b"", b"not a workbook at all", b"PK\x03\x04broken"],
)
def test_no_traceback_ever(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "upload.xlsx"
    path.write_bytes(content)
    for command in (["validate", str(path)], ["summary", str(path), "--json"]):
        proc = subprocess.run(
            [sys.executable, "-m", "ita_core", *command], capture_output=True, text=True, cwd=REPO_ROOT, timeout=60
        )
        assert proc.returncode == 1
        assert "Traceback" not in proc.stderr + proc.stdout
        assert proc.stderr.strip()


def test_missing_file_is_a_message(tmp_path: Path) -> None:
    code, _, err = run("validate", str(tmp_path / "nope.xlsx"))
    assert code == 1
    assert "nope.xlsx" in err


# -- the store from the command line ---------------------------------------------------------------


@pytest.fixture
def db(database_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("ITA_DATABASE_URL", database_url)
    return database_url


def test_users_commands(db: str) -> None:
    assert run("users", "add", "somchai", "--role", "editor", stdin="a long enough password\n")[0] == 0
    assert run("users", "list")[1] == "somchai\teditor@*\n"  # a role for every unit
    assert run("users", "role", "somchai", "--role", "admin")[0] == 0
    assert run("users", "passwd", "somchai", stdin="another long password\n")[0] == 0
    code, _, err = run("users", "add", "nopass", "--role", "editor", stdin="")
    assert code == 1 and "standard input" in err
    assert run("users", "remove", "somchai")[0] == 0
    assert run("users", "list")[1] == ""


def test_users_sessions_and_revoke(db: str) -> None:
    from ita_core.store.sessions import Sessions, Status
    from ita_core.store.snapshots import Store

    run("users", "add", "somchai", "--role", "editor", stdin="a long enough password\n")
    store = Store(db)
    sessions = Sessions(store.engine)
    tokens = [sessions.start("somchai", address) for address in ("10.0.0.5", "10.0.0.6")]
    code, out, _ = run("users", "sessions")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2 and all("\tsomchai\t" in line and line.endswith("\tactive") for line in lines)
    assert not any(token in out for token in tokens)  # never the token itself
    code, out, _ = run("users", "revoke", "somchai")
    assert code == 0 and "2 รายการ" in out
    assert {sessions.lookup(t).status for t in tokens} == {Status.ENDED}
    assert all(line.endswith("\trevoked") for line in run("users", "sessions")[1].splitlines())
    assert run("users", "revoke", "nobody")[0] == 1
    store.close()


def test_import_history_rollback_export(db: str, tmp_path: Path, book: Book) -> None:
    assert run("units", "add", "สำนักทดสอบ")[0] == 0
    run("users", "add", "somchai", "--role", "editor", stdin="a long enough password\n")
    first = tmp_path / "plan.xlsx"
    first.write_bytes(book.to_bytes())
    code, out, _ = run("import", str(first), "--user", "somchai", "--comment", "รอบ 6 เดือน")
    assert code == 0 and "ฉบับที่ 1" in out
    book.set("กิจกรรม", "H3", 100)
    second = tmp_path / "plan2.xlsx"
    second.write_bytes(book.to_bytes())
    assert run("import", str(second), "--user", "somchai", "--comment", "แก้ 1.2")[0] == 0
    lines = run("history")[1].strip().splitlines()
    assert [line.split("\t")[3] for line in lines] == ["ฉบับที่ 2", "ฉบับที่ 1"]
    assert "แล้วเสร็จ 2/3" in lines[0] and "somchai" in lines[0]
    snapshot_1 = lines[1].split("\t")[0]
    code, out, _ = run("rollback", snapshot_1, "--user", "somchai")
    assert code == 0 and "ฉบับที่ 3" in out
    assert "แล้วเสร็จ 1/3" in run("history")[1].strip().splitlines()[0]
    exported = tmp_path / "out.xlsx"
    assert run("export", snapshot_1, str(exported))[0] == 0
    assert exported.read_bytes() == first.read_bytes()


def test_import_refuses_bad_files_and_non_editors(db: str, tmp_path: Path, book: Book) -> None:
    assert run("units", "add", "สำนักทดสอบ")[0] == 0
    run("users", "add", "viewer1", "--role", "viewer", stdin="a long enough password\n")
    run("users", "add", "somchai", "--role", "editor", stdin="a long enough password\n")
    path = tmp_path / "plan.xlsx"
    path.write_bytes(book.to_bytes())
    code, _, err = run("import", str(path), "--user", "viewer1")
    assert code == 1 and "ไม่มีสิทธิ์เผยแพร่" in err
    book.set("กิจกรรม", "H2", 150)
    path.write_bytes(book.to_bytes())
    code, out, err = run("import", str(path), "--user", "somchai")
    assert code == 1
    assert out.startswith("กิจกรรม!H2")
    assert "ข้อมูลเดิมไม่เปลี่ยนแปลง" in err
    code, _, err = run("history")
    assert code == 1 and "ยังไม่มีข้อมูล" in err


def test_import_refuses_a_file_older_than_the_published_one_unless_asked(db: str, tmp_path: Path, book: Book) -> None:
    """A scheduled import of last quarter's copy put the dashboard back to older figures, each looking current:
    nobody sees a preview there to notice."""
    assert run("units", "add", "สำนักทดสอบ")[0] == 0
    run("users", "add", "somchai", "--role", "editor", stdin="a long enough password\n")
    path = tmp_path / "plan.xlsx"
    path.write_bytes(book.to_bytes())  # ข้อมูล ณ วันที่ 31 March 2566
    assert run("import", str(path), "--user", "somchai")[0] == 0
    book.set("ข้อมูลหน่วยงาน", "B3", as_date(date(2022, 12, 31))).set("กิจกรรม", "H2", 40)
    path.write_bytes(book.to_bytes())
    code, _, err = run("import", str(path), "--user", "somchai")
    assert code == 1
    assert "ไม่ได้เผยแพร่: ไฟล์นี้เป็นข้อมูล ณ 31 ธ.ค. 2565 เก่ากว่าฉบับที่เผยแพร่อยู่ (ฉบับที่ 1, ข้อมูล ณ 31 มี.ค. 2566)" in err
    assert "--older" in err and run("history")[1].count("\n") == 1  # nothing published
    code, out, _ = run("import", str(path), "--user", "somchai", "--older")
    assert code == 0 and "ฉบับที่ 2" in out
    book.set("ข้อมูลหน่วยงาน", "B3", as_date(date(2023, 3, 31)))  # the same day again: a correction, not older
    path.write_bytes(book.to_bytes())
    assert run("import", str(path), "--user", "somchai")[0] == 0


def test_unknown_snapshot_is_a_message(db: str, tmp_path: Path) -> None:
    code, _, err = run("export", "99", str(tmp_path / "x.xlsx"))
    assert code == 1 and "99" in err


# -- files a careless or hostile editor brings --------------------------------------------------------


def _validate_in_a_process(path: Path, *extra: str) -> tuple[int, str, float, float]:
    """Run ``validate`` as a user does; returns exit code, output, seconds, and the peak memory (MiB) of
    the command and its reading process together."""
    import resource
    import subprocess
    import sys
    import time

    from ita_core.paths import REPO_ROOT

    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "ita_core", "validate", str(path), *extra], cwd=REPO_ROOT, capture_output=True, text=True
    )
    seconds = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert "Traceback" not in done.stderr and "panicked" not in done.stderr, done.stderr
    return done.returncode, done.stdout + done.stderr, seconds, max(peak, before) / 1024


@pytest.mark.slow
def test_hostile_files_cost_little_and_say_one_thing(tmp_path: Path) -> None:
    import hostile

    cases = {
        "corner.xlsx": (hostile.corner_cell(), "XFD1048576 อยู่ไกลเกินไป"),
        "million.xlsx": (hostile.rows_of_remarks(30, 1_048_576), "อยู่ไกลเกินไป"),
        "lying.xlsx": (hostile.lying_member(1 << 30), "ไฟล์เสียหาย"),
        "unplaced.xlsx": (hostile.unplaced_cells(25_000_000), "ไม่ระบุตำแหน่ง"),
    }
    for name, (data, fragment) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        code, output, seconds, peak = _validate_in_a_process(path)
        assert code == 1 and fragment in output, (name, output[:500])
        assert len(output.splitlines()) <= 3, name
        assert seconds < 20 and peak < 1024, (name, seconds, peak)


@pytest.mark.slow
def test_a_broken_sheet_of_200000_rows_prints_a_few_hundred_lines(tmp_path: Path) -> None:
    import hostile

    path = tmp_path / "broken.xlsx"
    path.write_bytes(hostile.rows_of_remarks(30, 199_999))
    code, output, seconds, peak = _validate_in_a_process(path)
    lines = output.splitlines()
    assert code == 1 and len(lines) == 500 + 2  # 500 listed, one count for the rest, the verdict
    assert "และอีก 199,470 ปัญหาแบบเดียวกันในคอลัมน์นี้ แถว 530–199999" in lines[-2]
    assert "ไม่ผ่าน: พบ 199,970 ปัญหาที่ต้องแก้" in lines[-1]
    assert seconds < 10 and peak < 1024, (seconds, peak)


def test_validate_json_gives_counts_and_the_first_problems(tmp_path: Path) -> None:
    import json

    import hostile

    path = tmp_path / "broken.xlsx"
    path.write_bytes(hostile.rows_of_remarks(30, 2_000))
    code, out, _ = run("validate", str(path), "--json", "--limit", "3")
    report = json.loads(out)
    assert code == 1 and report["ok"] is False
    assert report["errors"] == 1_971 and len(report["problems"]) == 3
    assert report["problems"][0] == {
        "sheet": "กิจกรรม",
        "cell": "B30",
        "value": "",
        "severity": "error",
        "th": "ไม่ได้ใส่ลำดับกิจกรรม เช่น 1.5",
        "en": "the activity id is empty, e.g. 1.5",
    }
    assert report["omitted"][0]["count"] == 1_471 and report["omitted"][0]["first_row"] == 530


@pytest.mark.parametrize("kind", ["device", "pipe"])
def test_only_regular_files_are_read(tmp_path: Path, kind: str) -> None:
    import os

    path = Path("/dev/zero") if kind == "device" else tmp_path / "pipe.xlsx"
    if kind == "pipe":
        os.mkfifo(path)  # nobody ever writes to it: reading it would wait forever
    code, _, err = run("validate", str(path))
    assert code == 1 and "ไม่ใช่ไฟล์ธรรมดา" in err


def test_summary_speaks_the_chosen_language() -> None:
    code, out, _ = run("--lang", "en", "summary")
    assert code == 0
    assert "overall: 7/26 activities completed (26.92%)" in out
    assert "participation 1.2 whole unit: 127/139 = 91.36%" in out
    assert "ภาพรวม" not in out and "ร้อยละ" not in out


def test_an_editor_of_one_unit_is_refused_another_on_the_command_line(db: str, tmp_path: Path, book: Book) -> None:
    bureau = "สำนักบริหารงานกลาง สำนักงานเลขาธิการวุฒิสภา"
    assert run("units", "add", "สำนักทดสอบ", "--short", "ทดสอบ", "--parent", "สว.")[0] == 0
    listed = run("units", "list")[1]
    assert "สำนักทดสอบ\tทดสอบ\tสำนักงานเลขาธิการวุฒิสภา" in listed.splitlines()
    run("users", "add", "ed_bureau", "--role", "viewer", stdin="a long enough password\n")
    code, out, _ = run("users", "grant", "ed_bureau", "--unit", "สำนักบริหารงานกลาง", "--role", "editor")
    assert code == 0 and bureau in out
    run("users", "add", "ed_test", "--role", "editor", "--unit", "สำนักทดสอบ", stdin="a long enough password\n")
    assert f"ed_bureau\tviewer@*; editor@{bureau}" in run("users", "list")[1]
    path = tmp_path / "plan.xlsx"
    path.write_bytes(book.to_bytes())  # สำนักทดสอบ's plan
    code, _, err = run("import", str(path), "--user", "ed_bureau")
    assert code == 1 and "ไม่มีสิทธิ์เผยแพร่ข้อมูลของหน่วยงาน 'สำนักทดสอบ'" in err
    assert run("history")[0] == 1  # nothing published
    assert run("import", str(path), "--user", "ed_test")[0] == 0
    snapshot = run("history")[1].split("\t")[0]
    code, _, err = run("rollback", snapshot, "--user", "ed_bureau")
    assert code == 1 and "ไม่มีสิทธิ์ย้อนข้อมูลของหน่วยงาน 'สำนักทดสอบ'" in err
    # A near miss is refused with the registered name; a rename keeps the history.
    book.set("ข้อมูลหน่วยงาน", "B1", "สำนักทดลอบ")
    path.write_bytes(book.to_bytes())
    code, _, err = run("import", str(path), "--user", "ed_test")
    assert code == 1 and "หมายถึง 'สำนักทดสอบ' หรือไม่" in err
    assert run("units", "rename", "สำนักทดสอบ", "สำนักทดสอบระบบ")[0] == 0
    assert run("history", "--unit", "สำนักทดสอบระบบ")[1].count("\n") == 1
    code, _, _ = run("users", "revoke", "ed_test", "--unit", "สำนักทดสอบระบบ")
    assert code == 0 and "ed_test\t-" in run("users", "list")[1]
