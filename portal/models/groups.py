"""Harmonisation working groups: members from several organisations, saved comparisons,
notes and decisions. Only members see a group and what is in it."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from portal.extensions import db
from portal.models.instruments import Instrument
from portal.models.users import User
from portal.timeutil import utcnow

DECISIONS = {
    "harmoniseren": "Harmoniseren naar één regionale beschrijving",
    "lokaal_verschil": "Bewust lokaal verschil",
    "uitzoeken": "Verder uitzoeken",
}
ENTRY_KINDS = ("comparison", "note")


class WorkingGroup(db.Model):
    __tablename__ = "working_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(150))
    scope: Mapped[str] = mapped_column(String(300), default="")  # the areas, in words ("Rivierenland")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    members: Mapped[list[WorkingGroupMember]] = relationship(back_populates="group", cascade="all, delete-orphan")
    entries: Mapped[list[WorkingGroupEntry]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="WorkingGroupEntry.id"
    )

    def has_member(self, user: User | None) -> bool:
        return user is not None and any(m.user_id == user.id for m in self.members)


class WorkingGroupMember(db.Model):
    __tablename__ = "working_group_members"
    __table_args__ = (UniqueConstraint("group_id", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("working_groups.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)

    group: Mapped[WorkingGroup] = relationship(back_populates="members")
    user: Mapped[User] = relationship()


class WorkingGroupEntry(db.Model):
    """A saved comparison (title + address of a comparison page) or a note, optionally
    about something (a cell, a candidate group) and optionally recording a decision."""

    __tablename__ = "working_group_entries"
    __table_args__ = (CheckConstraint("kind IN ('comparison', 'note')", name="kind_known"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("working_groups.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(1000), default="")  # a /vergelijken/... page
    about: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str | None] = mapped_column(String(30))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    group: Mapped[WorkingGroup] = relationship(back_populates="entries")
    author: Mapped[User | None] = relationship()


class CandidateGroup(db.Model):
    """Instruments of different organisations that are probably the same kind of thing
    (same type, fase and doelgroepen, similar name and summary): computed by
    ``instrumentengids compare candidates`` and stored, not computed per page view."""

    __tablename__ = "candidate_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    computed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    score: Mapped[float] = mapped_column(Float)  # mean similarity of the pairs that joined the group, 0-1
    size: Mapped[int] = mapped_column(Integer)
    tiles: Mapped[str] = mapped_column(String(200), default="")
    target_groups: Mapped[str] = mapped_column(String(200), default="")

    members: Mapped[list[CandidateMember]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="CandidateMember.id"
    )


class CandidateMember(db.Model):
    __tablename__ = "candidate_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("candidate_groups.id", ondelete="CASCADE"), index=True)
    instrument_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instruments.id", ondelete="CASCADE"), index=True)

    group: Mapped[CandidateGroup] = relationship(back_populates="members")
    instrument: Mapped[Instrument] = relationship()
