"""Professionals' ratings of instruments they used: three scales of 1–5, once per
instrument per professional (a second rating replaces the first). Never about an inwoner."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from portal.extensions import db
from portal.models.organisations import Organisation
from portal.models.users import User
from portal.timeutil import utcnow

SCALES = {
    "general": "Algemeen",
    "result": "Resultaat",
    "execution": "Uitvoering",
}


class InstrumentFeedback(db.Model):
    __tablename__ = "instrument_feedback"
    __table_args__ = (
        UniqueConstraint("instrument_id", "user_id"),
        CheckConstraint("general BETWEEN 1 AND 5", name="general_range"),
        CheckConstraint("result BETWEEN 1 AND 5", name="result_range"),
        CheckConstraint("execution BETWEEN 1 AND 5", name="execution_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    instrument_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instruments.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # The rater's organisation when they rated; shown only to the owning organisation.
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    general: Mapped[int] = mapped_column(Integer)
    result: Mapped[int] = mapped_column(Integer)
    execution: Mapped[int] = mapped_column(Integer)
    explanation: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    user: Mapped[User] = relationship()
    organisation: Mapped[Organisation | None] = relationship()

    def scores(self) -> dict[str, int]:
        return {scale: getattr(self, scale) for scale in SCALES}
