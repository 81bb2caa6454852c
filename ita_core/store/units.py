"""The organisation's units as records: an agency and the bureaus within it.

A plan is published under a registered unit only. The name typed in a workbook is matched loosely
(spaces, "สนง." for "สำนักงาน", the bureau with or without its agency's name after it, a former name)
but never guessed: a name that matches no unit is refused with the closest registered names, so a
typo cannot start a unit with a history of its own.

A unit's ``name`` is the key the other tables use for it; renaming one rewrites that key everywhere in
one transaction and keeps the old name as an alias, so its history stays its own.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from ita_core.errors import StoreError
from ita_core.store import db
from ita_core.store.schema import (
    AccountRoleRow,
    CheckInRow,
    ReminderSentRow,
    SnapshotRow,
    UnitAliasRow,
    UnitRow,
    UnitSettingRow,
)

EVERY_UNIT = "*"  # a role held for every unit of the organisation
_LOOSE = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]+")
_ABBREVIATIONS = (("สนง.", "สำนักงาน"),)
_EDGES = ".,;:-–—()[]'\"“”‘’"
_CLOSE_ENOUGH = 0.6


class UnitError(StoreError):
    """A unit that is not registered, a name already taken, a move that would make a loop."""


def unit_key(text: str) -> str:
    """The form two ways of writing one unit's name share: no spaces, abbreviations spelt out."""
    folded = _LOOSE.sub("", unicodedata.normalize("NFC", text))
    for short, full in _ABBREVIATIONS:
        folded = folded.replace(short, full)
    return folded.strip(_EDGES).casefold()


@dataclass(frozen=True)
class UnitRecord:
    name: str
    short_name: str = ""
    parent: str | None = None

    @property
    def label(self) -> str:
        """What tables and charts show: the short name where there is one."""
        return self.short_name or self.name


@dataclass(frozen=True)
class Organisation:
    """Every registered unit and former name, read at once: the checks and look-ups below need no database."""

    units: tuple[UnitRecord, ...]
    aliases: tuple[tuple[str, str], ...] = ()  # (former name, unit)

    @cached_property
    def by_name(self) -> dict[str, UnitRecord]:
        return {u.name: u for u in self.units}

    def get(self, name: str) -> UnitRecord | None:
        return self.by_name.get(name)

    def label(self, name: str) -> str:
        found = self.by_name.get(name)
        return found.label if found else name

    def ancestors(self, name: str) -> list[str]:
        """The units above ``name``, nearest first (a loop, which ``Units.move`` refuses, ends the walk)."""
        found: list[str] = []
        parent = self.by_name[name].parent if name in self.by_name else None
        while parent is not None and parent not in found and parent != name:
            found.append(parent)
            parent = self.by_name[parent].parent if parent in self.by_name else None
        return found

    def children(self, name: str) -> list[UnitRecord]:
        return [u for u in self.units if u.parent == name]

    def _forms(self, name: str) -> list[str]:
        unit = self.by_name[name]
        written = [unit.name, unit.short_name, *(old for old, new in self.aliases if new == name)]
        return [k for k in dict.fromkeys(unit_key(w) for w in written) if k]

    @cached_property
    def _keys(self) -> dict[str, set[str]]:
        """Every accepted way of writing each unit: its names, and the bureau's names with or without any
        of its agency's names after them."""
        keys: dict[str, set[str]] = {}
        for unit in self.units:
            suffixes = self._forms(unit.parent) if unit.parent in self.by_name else []
            cores = set()
            for form in self._forms(unit.name):
                cores.add(form)
                cores.update(form[: -len(s)] for s in suffixes if form.endswith(s) and len(form) > len(s))
            for core in cores:
                for key in (core, *(core + s for s in suffixes)):
                    keys.setdefault(key, set()).add(unit.name)
        return keys

    def matches(self, text: str) -> set[str]:
        return set(self._keys.get(unit_key(text), ()))

    def closest(self, text: str, count: int = 3) -> list[str]:
        """Registered units whose names are nearest to ``text``, nearest first."""
        key = unit_key(text)
        scored: dict[str, float] = {}
        for candidate, names in self._keys.items():
            score = difflib.SequenceMatcher(None, key, candidate).ratio()
            for name in names:
                scored[name] = max(score, scored.get(name, 0.0))
        ranked = sorted((s, n) for n, s in scored.items() if s >= _CLOSE_ENOUGH)
        return [n for _, n in reversed(ranked)][:count]

    def resolve(self, text: str, where: str = "") -> str:
        """The registered unit ``text`` names, else ``UnitError`` naming the closest units and what to fix.
        ``where``: the place the name was read from, for the message."""
        found = self.matches(text)
        if len(found) == 1:
            return found.pop()
        shown = text.strip()[:120]
        at = f" ({where})" if where else ""
        if found:
            names = " หรือ ".join(f"'{n}'" for n in sorted(found))
            raise UnitError(
                f"ชื่อหน่วยงาน '{shown}'{at} ตรงกับหลายหน่วยงาน: {names} — ใส่ชื่อเต็มของหน่วยงาน",
                f"unit '{shown}'{at} matches several units: {', '.join(sorted(found))}; write the full name",
            )
        close = self.closest(text)
        hint_th = ("หมายถึง " + " หรือ ".join(f"'{n}'" for n in close) + " หรือไม่ — ") if close else ""
        hint_en = ("did you mean " + " or ".join(f"'{n}'" for n in close) + "? ") if close else ""
        raise UnitError(
            f"หน่วยงาน '{shown}'{at} ไม่มีในระบบ: {hint_th}แก้ชื่อหน่วยงานให้ตรงกับที่ลงทะเบียนไว้ "
            "หรือให้ผู้ดูแลระบบเพิ่มหน่วยงานก่อน (python -m ita_core units add)",
            f"unit '{shown}'{at} is not registered: {hint_en}write the registered name, "
            "or ask an admin to add the unit first (python -m ita_core units add)",
        )

    def registered(self, name: str) -> str:
        """A unit the command line or a page names: its exact registered name, or what ``resolve`` reads."""
        return name if name in self.by_name else self.resolve(name)

    def below(self, name: str) -> list[str]:
        """``name`` and every unit under it."""
        found, queue = [name], [name]
        while queue:
            for child in self.children(queue.pop()):
                if child.name not in found:
                    found.append(child.name)
                    queue.append(child.name)
        return found


# Every table that names a unit: a rename rewrites them all in one transaction.
_NAMED_BY_UNIT = (SnapshotRow.unit, CheckInRow.unit, UnitSettingRow.unit, ReminderSentRow.unit, AccountRoleRow.unit)


class Units:
    def __init__(self, engine: Engine, clock: Callable[[], datetime] | None = None) -> None:
        self.engine = engine
        self._now = clock or (lambda: datetime.now(UTC))

    def _session(self, write: bool = False) -> Session:
        return db.session(self.engine, write)

    def organisation(self) -> Organisation:
        with self._session() as session:
            return organisation_in(session)

    def resolve(self, text: str, where: str = "") -> str:
        return self.organisation().resolve(text, where)

    def require_registered(self, name: str) -> None:
        """``UnitError`` (with the closest names) unless ``name`` is a registered unit's own name."""
        with self._session() as session:
            if session.get(UnitRow, name) is None:
                organisation_in(session).resolve(name)  # a way of writing a unit is not its name either
                raise UnitError(f"ใช้ชื่อที่ลงทะเบียนของหน่วยงาน '{name[:120]}'", f"use the registered name of '{name[:120]}'")

    def add(self, name: str, short_name: str = "", parent: str | None = None) -> UnitRecord:
        """Register a unit; refused when it could be confused with one already registered."""
        name, short_name = _clean(name, 300), _clean(short_name, 100)
        if not name:
            raise UnitError("ใส่ชื่อหน่วยงาน", "give the unit a name")
        with self._session(write=True) as session, session.begin():
            known = organisation_in(session)
            if parent is not None:
                parent = known.registered(parent)
            record = UnitRecord(name, short_name, parent)
            widened = Organisation((*known.units, record), known.aliases)
            clashes = {n for form in (name, short_name) if form for n in widened.matches(form)} - {name}
            if known.get(name) is not None or clashes:
                taken = ", ".join(sorted(clashes)) or name
                raise UnitError(
                    f"ชื่อ '{name}' ซ้ำหรือใกล้เคียงกับหน่วยงานที่มีอยู่แล้ว: {taken}",
                    f"'{name}' is, or reads the same as, a registered unit: {taken}",
                )
            session.add(UnitRow(name=name, short_name=short_name, parent=parent, created_at=self._now()))
        return record

    def ensure(self, name: str, short_name: str = "", parent: str | None = None) -> str:
        """The registered unit ``name`` reads as, registering it when none does (the first workbook a
        server is started with; tests and benchmarks)."""
        found = self.organisation().matches(name)
        if len(found) == 1:
            return found.pop()
        return self.add(name, short_name, parent).name

    def rename(self, old: str, new: str, short_name: str | None = None) -> UnitRecord:
        """Give a unit a new name everywhere at once; the old name stays as an alias, so workbooks still
        written with it reach this unit, and its snapshots, check-ins and roles stay its own."""
        new = _clean(new, 300)
        with self._session(write=True) as session, session.begin():
            known = organisation_in(session)
            old = known.registered(old)
            row = session.get(UnitRow, old)
            assert row is not None
            if new != old and (known.get(new) is not None or known.matches(new) - {old}):
                raise UnitError(f"มีหน่วยงานชื่อ '{new}' อยู่แล้ว", f"a unit named '{new}' already exists")
            if new and new != old:
                session.add(UnitRow(name=new, short_name=row.short_name, parent=row.parent, created_at=row.created_at))
                session.flush()
                for column in _NAMED_BY_UNIT:
                    session.execute(update(column.class_).where(column == old).values({column.key: new}))
                session.execute(update(UnitRow).where(UnitRow.parent == old).values(parent=new))
                session.execute(update(UnitAliasRow).where(UnitAliasRow.unit == old).values(unit=new))
                session.delete(row)
                session.merge(UnitAliasRow(name=old, unit=new))
                row = session.get(UnitRow, new)
                assert row is not None
            if short_name is not None:
                row.short_name = _clean(short_name, 100)
            return UnitRecord(row.name, row.short_name, row.parent)

    def move(self, name: str, parent: str | None) -> UnitRecord:
        """Put a unit under another (``None``: at the top); refused when that would make a loop."""
        with self._session(write=True) as session, session.begin():
            known = organisation_in(session)
            name = known.registered(name)
            if parent is not None:
                parent = known.registered(parent)
                if parent == name or name in known.ancestors(parent):
                    raise UnitError(
                        f"ย้าย '{name}' ไปอยู่ใต้ '{parent}' ไม่ได้: '{parent}' อยู่ใต้ '{name}' เอง",
                        f"cannot put '{name}' under '{parent}': '{parent}' is within '{name}'",
                    )
            row = session.get(UnitRow, name)
            assert row is not None
            row.parent = parent
            return UnitRecord(row.name, row.short_name, row.parent)


def organisation_in(session: Session) -> Organisation:
    units = session.execute(select(UnitRow.name, UnitRow.short_name, UnitRow.parent).order_by(UnitRow.name))
    aliases = session.execute(select(UnitAliasRow.name, UnitAliasRow.unit).order_by(UnitAliasRow.name))
    return Organisation(tuple(UnitRecord(n, s or "", p) for n, s, p in units), tuple((a, u) for a, u in aliases))


def _clean(text: str, limit: int) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())[:limit]
