"""What the portal remembers about changes: audit entries, instrument versions, the search outbox;
and what the indexer derives from the index ("Meer zoals dit")."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from portal.extensions import db
from portal.timeutil import utcnow


class AuditEntry(db.Model):
    """Who did what, when and from where. Never passwords, tokens or contact details."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"), index=True)
    action: Mapped[str] = mapped_column(String(60))
    object_type: Mapped[str | None] = mapped_column(String(40))
    object_id: Mapped[str | None] = mapped_column(String(60))
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    remote_addr: Mapped[str | None] = mapped_column(String(45))
    request_id: Mapped[str | None] = mapped_column(String(64))


class InstrumentVersion(db.Model):
    """The full format of an instrument as it was after each save."""

    __tablename__ = "instrument_versions"
    __table_args__ = (UniqueConstraint("instrument_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    instrument_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instruments.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    change: Mapped[str] = mapped_column(String(40))
    data: Mapped[dict] = mapped_column(JSON)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SearchOutboxEntry(db.Model):
    """An instrument whose search document must be (re)built or removed.

    Written in the same transaction as the change, so the index can never miss a change
    that was committed; the indexer marks entries processed.
    """

    __tablename__ = "search_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    instrument_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    operation: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    processed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), index=True)


class SimilarList(db.Model):
    """ "Meer zoals dit" of a public instrument page, as the indexer computed it from the
    index (``search.service.store_similar``): the ids of up to ten instruments like it,
    best first, space-separated.

    Derived data, a cache of what the search backend would answer for an anonymous
    visitor: the page checks every id against the database again, and computes the list
    itself when this one is missing, older than the instrument's last change, or older
    than ``search.service.SIMILAR_VALID_FOR``.
    """

    __tablename__ = "similar_lists"

    instrument_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instruments.id", ondelete="CASCADE"), primary_key=True)
    similar_ids: Mapped[str] = mapped_column(Text, default="")
    computed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


class Lease(db.Model):
    """A named lease held by one process at a time (the search indexer).

    Taken and renewed with a single conditional UPDATE, so it works across gunicorn
    workers and machines on SQLite and PostgreSQL alike.
    """

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    holder: Mapped[str | None] = mapped_column(String(120))
    expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class RateLimit(db.Model):
    """Requests counted per key (a digest of a token or an address) and window (see
    ``portal.ratelimit``); used when no Redis is configured."""

    __tablename__ = "rate_limits"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    window_start: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
