"""The code lists of the format, as data.

``portal/data/codelists.json`` is the shipped seed; the table ``code_list_entries`` is the
truth once the database exists (a beheerder can add codes or deactivate one). Validation
reads the active codes from the database, once per app context.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from flask import has_app_context

from portal.extensions import db
from portal.reference_cache import cached, clear

SEED_FILE = Path(__file__).resolve().parent / "data" / "codelists.json"


@cache
def seed() -> dict[str, list[tuple[str, str]]]:
    """The shipped code lists: list name → [(code, label), ...] in display order."""
    raw = json.loads(SEED_FILE.read_text(encoding="utf-8"))
    return {name: [(code, label) for code, label in items] for name, items in raw.items()}


def seed_codes() -> dict[str, frozenset[str]]:
    return {name: frozenset(code for code, _ in items) for name, items in seed().items()}


def active_codes() -> dict[str, frozenset[str]]:
    """Active codes per list, from the database when there is one, else from the seed."""
    if not has_app_context():
        return seed_codes()
    return cached("active_codes", _read_active_codes)


def _read_active_codes() -> dict[str, frozenset[str]]:
    from portal.models import CodeListEntry

    rows = db.session.execute(db.select(CodeListEntry.list_name, CodeListEntry.code).where(CodeListEntry.active))
    codes: dict[str, set[str]] = {}
    for list_name, code in rows:
        codes.setdefault(list_name, set()).add(code)
    return {name: frozenset(values) for name, values in codes.items()} or seed_codes()


def labels(list_name: str) -> dict[str, str]:
    """code → label for display, from the database when there is one (read-only)."""
    if has_app_context():
        found = cached("code_labels", _read_labels).get(list_name)
        if found:
            return found
    return dict(seed().get(list_name, []))


def _read_labels() -> dict[str, dict[str, str]]:
    from portal.models import CodeListEntry

    table: dict[str, dict[str, str]] = {}
    rows = db.session.execute(
        db.select(CodeListEntry.list_name, CodeListEntry.code, CodeListEntry.label).order_by(
            CodeListEntry.list_name, CodeListEntry.sort_order
        )
    )
    for name, code, label in rows:  # columns, not objects
        table.setdefault(name, {})[code] = label
    return table


def sync_code_lists() -> int:
    """Insert the seed's codes that the database lacks; return how many were added.

    Existing rows are left alone: a beheerder may have changed a label or deactivated a
    code, and codes are never deleted because they are never reused.
    """
    from portal.models import CodeListEntry

    existing = {(n, c) for n, c in db.session.execute(db.select(CodeListEntry.list_name, CodeListEntry.code))}
    added = 0
    for list_name, items in seed().items():
        for position, (code, label) in enumerate(items, start=1):
            if (list_name, code) not in existing:
                db.session.add(CodeListEntry(list_name=list_name, code=code, label=label, sort_order=position))
                added += 1
    if added:
        clear()  # read again, with the new codes, even before they are flushed
    return added
