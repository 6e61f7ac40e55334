"""Shortlists: a professional's named list of instruments, ordered as the steps of a plan
with an inwoner. Nothing about the inwoner is stored: no name, no BSN, no dates of birth;
the notes are checked for obvious personal data (portal.privacy)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from portal.extensions import db
from portal.models.instruments import Instrument
from portal.models.organisations import Organisation
from portal.models.users import User
from portal.timeutil import utcnow


class Shortlist(db.Model):
    __tablename__ = "shortlists"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(150))
    # Shared with this organisation (one of the owner's): its members may read and copy it.
    shared_with_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"), index=True)
    # The plain-language version for the inwoner, reachable without login while set.
    share_token: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    owner: Mapped[User] = relationship()
    shared_with: Mapped[Organisation | None] = relationship()
    steps: Mapped[list[ShortlistStep]] = relationship(
        back_populates="shortlist", cascade="all, delete-orphan", order_by="ShortlistStep.position"
    )


class ShortlistStep(db.Model):
    __tablename__ = "shortlist_steps"
    __table_args__ = (UniqueConstraint("shortlist_id", "instrument_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shortlist_id: Mapped[int] = mapped_column(ForeignKey("shortlists.id", ondelete="CASCADE"), index=True)
    instrument_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instruments.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)

    shortlist: Mapped[Shortlist] = relationship(back_populates="steps")
    instrument: Mapped[Instrument] = relationship()
