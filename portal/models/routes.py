"""Routes between instruments: "after this, that" (next step), "if this is too much, that"
(step back) and "instead of this, that" (alternative), also across organisations — the
"Simpel Switchen" routes between dagbesteding, beschut werk, loonkostensubsidie and
regulier werk. A route belongs to the organisation of the instrument it starts from."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from portal.extensions import db
from portal.models.instruments import Instrument
from portal.timeutil import utcnow

ROUTE_KINDS = {
    "next": "Volgende stap",
    "back": "Stap terug",
    "alternative": "Alternatief",
}


class InstrumentRoute(db.Model):
    __tablename__ = "instrument_routes"
    __table_args__ = (
        UniqueConstraint("from_id", "to_id", "kind"),
        CheckConstraint("kind IN ('next', 'back', 'alternative')", name="kind_known"),
        CheckConstraint("from_id <> to_id", name="not_to_itself"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    from_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instruments.id", ondelete="CASCADE"), index=True)
    to_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instruments.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    procedure_note: Mapped[str] = mapped_column(Text, default="")  # how the switch goes (aanvraag, indicatie ...)
    income_note: Mapped[str] = mapped_column(Text, default="")  # what it means for the inwoner's income
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    source: Mapped[Instrument] = relationship(foreign_keys=[from_id])
    target: Mapped[Instrument] = relationship(foreign_keys=[to_id])
