"""Reference data (code lists, gemeenten, arbeidsmarktregio's) and who serves which gemeente,
kept in each process for a minute.

Results pages and saves read them on every request, and they change a few times a year: a
beheerder edits a code list, the command line loads new gemeenten, an organisation's
working area changes. So each process keeps what it read for ``TTL`` seconds. A change
committed (or rolled back) through this process empties the cache at once; another process
(the other gunicorn workers, another server) sees it within ``TTL`` seconds.

What is kept must be treated as read-only by whoever asks for it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from itertools import chain
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session

from portal.extensions import db

TTL = 60.0
REFERENCE_TABLES = frozenset({"code_list_entries", "gemeenten", "arbeidsmarktregios", "organisations", "service_areas"})
MAX_ENTRIES = 2000  # some keys have a date in them: let go of the expired ones now and then
_CHANGED = "reference_data_changed"
_entries: dict[tuple[str, str], tuple[float, object]] = {}

T = TypeVar("T")


def cached(name: str, load: Callable[[], T]) -> T:
    """``load()``'s value, kept per database for ``TTL`` seconds."""
    key = (str(db.session.get_bind().engine.url), name)
    found = _entries.get(key)
    now = time.monotonic()
    if found is not None and now - found[0] < TTL:
        return found[1]
    value = load()
    if len(_entries) >= MAX_ENTRIES:
        for stale, (at, _value) in list(_entries.items()):  # a copy: another thread may add meanwhile
            if now - at >= TTL:
                _entries.pop(stale, None)
    _entries[key] = (now, value)
    return value


def clear() -> None:
    _entries.clear()


def _after_flush(session: Session, _context) -> None:
    for instance in chain(session.new, session.dirty, session.deleted):
        if getattr(instance, "__tablename__", None) in REFERENCE_TABLES:
            session.info[_CHANGED] = True
            clear()  # this transaction reads its own change from now on
            return


def _transaction_ended(session: Session, *_args) -> None:
    # Committed: everyone may read it now. Rolled back: what was read in between is gone.
    if session.info.pop(_CHANGED, False):
        clear()


def install() -> None:
    """Listen on every session (idempotent)."""
    if event.contains(Session, "after_flush", _after_flush):
        return
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "after_commit", _transaction_ended)
    event.listen(Session, "after_soft_rollback", _transaction_ended)
