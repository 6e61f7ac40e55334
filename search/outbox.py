"""The search outbox: changes waiting to be reflected in the index."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from portal.extensions import db
from portal.models import SearchOutboxEntry


def enqueue(instrument_id: uuid.UUID, operation: str = "index") -> None:
    """Ask for the instrument's search document to be rebuilt (or removed)."""
    if operation not in {"index", "remove"}:
        raise ValueError(f"unknown outbox operation {operation!r}")
    db.session.add(SearchOutboxEntry(instrument_id=instrument_id, operation=operation))


def pending(limit: int = 500) -> list[SearchOutboxEntry]:
    return list(
        db.session.scalars(
            select(SearchOutboxEntry)
            .where(SearchOutboxEntry.processed_at.is_(None))
            .order_by(SearchOutboxEntry.id)
            .limit(limit)
        )
    )
