from datetime import date
from decimal import Decimal

from ita_core.labels import (
    ACTIVITY_LABELS,
    DEADLINE_LABELS,
    before_data_note,
    date_label,
    deadline_label,
    measure_label,
    percent_label,
)
from ita_core.metrics import DeadlineStatus


def test_every_status_has_a_distinct_symbol_and_words_in_both_languages() -> None:
    for table in (DEADLINE_LABELS, ACTIVITY_LABELS):
        symbols = [label.symbol for label in table.values()]
        assert len(set(symbols)) == len(symbols)
        assert all(label.words.th and label.words.en for label in table.values())


def test_labels_read_as_the_users_expect() -> None:
    assert deadline_label(DeadlineStatus.OVERDUE, "th") == "✕ เลยกำหนด"
    assert deadline_label(DeadlineStatus.DUE_SOON, "en") == "◆ Due within 14 days"
    assert date_label(date(2023, 6, 20), "th") == "20 มิ.ย. 2566"
    assert date_label(date(2023, 6, 20), "th", "long") == "20 มิถุนายน 2566"
    assert date_label(date(2023, 6, 20), "en") == "20 Jun 2566 BE"
    assert measure_label(2, "th") == "มาตรการที่ 2"
    assert percent_label(Decimal("91.36")) == "91.36%"
    assert percent_label(Decimal(25)) == "25.00%"


def test_one_is_singular_in_english() -> None:
    from ita_core.text import Text, singular_ones

    assert singular_ones("1 of 1 activities") == "1 of 1 activity"
    assert singular_ones("of 1 deadlines · 1 participation rows") == "of 1 deadline · 1 participation row"
    assert (
        singular_ones("21 activities, 1.5 days, 11 rows, 127/1 rows") == "21 activities, 1.5 days, 11 rows, 127/1 rows"
    )
    assert Text("1 กิจกรรม", "1 activities").get("en") == "1 activity"
    assert Text("1 กิจกรรม", "1 activities").get("th") == "1 กิจกรรม"


def test_a_day_before_the_data_says_its_figures_are_the_datas() -> None:
    data = date(2023, 3, 31)
    assert before_data_note(data, data, "th") is None
    assert before_data_note(data, date(2023, 7, 1), "th") is None  # judging later deadlines is what the picker is for
    assert before_data_note(None, date(2023, 1, 1), "th") is None
    note = before_data_note(data, date(2023, 1, 1), "th")
    assert note is not None and note.startswith("วันที่ประเมิน (1 มกราคม 2566) อยู่ก่อนวันที่ของข้อมูล (31 มีนาคม 2566)")
    assert before_data_note(data, date(2023, 1, 1), "en", short=True) == "figures as reported for 31 Mar 2566 BE"
