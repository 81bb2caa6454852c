"""Editors' unpublished uploads, kept for a day in the store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from clocks import Clock

from ita_core.store.accounts import Accounts
from ita_core.store.drafts import KEEP, Drafts
from ita_core.store.roles import Role
from ita_core.store.snapshots import Store


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    store = Store(database_url)
    Accounts(store.engine).add("somchai", "correct horse battery", Role.EDITOR)
    yield store
    store.close()


def test_keep_replace_drop_and_expire(store: Store) -> None:
    clock = Clock()
    drafts = Drafts(store.engine, clock)
    assert drafts.get("somchai") is None
    drafts.keep("somchai", "แผน.xlsx", b"first")
    drafts.keep("somchai", "แผน-2.xlsx", b"second")  # a new upload replaces the draft
    draft = drafts.get("somchai")
    assert draft is not None and (draft.file_name, draft.data, draft.created_at) == ("แผน-2.xlsx", b"second", clock.now)
    clock.now += KEEP - timedelta(seconds=1)
    assert drafts.get("somchai") is not None
    clock.now += timedelta(seconds=2)
    assert drafts.get("somchai") is None  # older than a day
    drafts.keep("somchai", "แผน.xlsx", b"third")
    drafts.drop("somchai")
    assert drafts.get("somchai") is None


def test_a_removed_editor_leaves_no_draft(store: Store) -> None:
    drafts = Drafts(store.engine)
    drafts.keep("somchai", "แผน.xlsx", b"data")
    Accounts(store.engine).remove("somchai")
    assert drafts.get("somchai") is None
