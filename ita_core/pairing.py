"""Which activity of one version of a plan is which of another: by number, unless the plan was renumbered.

An office that inserts an activity numbers the ones after it again: what was 1.2 is 1.3. Paired by
number alone, 1.3's history, its report's date and the preview's "progress changed" came from another
activity (the old 1.3), each shown as this one's without a word. An activity whose name was another
number's, where its own number now names something else, is that activity renumbered; every other one
pairs by number (a name corrected under the same number is the same activity).
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Protocol

Listed = Sequence[tuple[str, str | None]]  # (activity id, name key or None when not known), in plan order


NAME_KEY_CHARS = 12


def name_key(name: str) -> str:
    """A short key of what an activity is called (``NAME_KEY_CHARS`` long): the same for the name typed
    again with other spaces."""
    plain = " ".join(unicodedata.normalize("NFC", name).split())
    return hashlib.blake2b(plain.encode(), digest_size=NAME_KEY_CHARS // 2).hexdigest()


def pair_activities(old: Listed, new: Listed) -> dict[str, str]:
    """Each activity id of ``new`` → the id it had in ``old`` (itself, or its number before a renumbering);
    an activity of ``new`` with no match is new."""
    old_names = dict(old)
    unique_old = _unique(old)
    unique_new = _unique(new)
    paired: dict[str, str] = {}
    for activity_id, key in new:
        was = unique_old.get(key) if key is not None and key in unique_new else None
        if was is not None and was != activity_id and old_names.get(activity_id) != key:
            paired[activity_id] = was  # renumbered: its name was ``was``'s, and its number now names another
    taken = set(paired.values())
    for activity_id, _ in new:
        if activity_id not in paired and activity_id in old_names and activity_id not in taken:
            paired[activity_id] = activity_id
    return paired


def _unique(listed: Listed) -> dict[str, str]:
    """Name key → id, for the names only one activity has (two activities called ประชุม pair by number)."""
    counts = Counter(key for _, key in listed if key is not None)
    return {key: activity_id for activity_id, key in listed if key is not None and counts[key] == 1}


def renumbered(pairs: dict[str, str]) -> dict[str, str]:
    """Old id → new id, for the activities whose number changed."""
    return {was: now for now, was in pairs.items() if was != now}


class Named(Protocol):
    """An activity, as far as pairing needs it (``model.Activity``)."""

    @property
    def activity_id(self) -> str: ...

    @property
    def name(self) -> str: ...


def listed(activities: Iterable[Named]) -> list[tuple[str, str | None]]:
    return [(a.activity_id, name_key(a.name)) for a in activities]


def pair_activities_of(old: Iterable[Named], new: Iterable[Named]) -> dict[str, str]:
    """``pair_activities`` of two versions of a plan's activities."""
    return pair_activities(listed(old), listed(new))
