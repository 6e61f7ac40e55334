"""Organisations (the tenants) and the gemeenten a samenwerkingsverband serves."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from portal.extensions import db
from portal.models.reference import Arbeidsmarktregio, Gemeente
from portal.timeutil import utcnow

ORGANISATION_TYPES = {
    "gemeente": "Gemeente",
    "samenwerkingsverband": "Samenwerkingsverband / uitvoeringsorganisatie",
    "arbeidsmarktregio": "Arbeidsmarktregio",
    "landelijk": "Landelijke organisatie",
}


class Organisation(db.Model):
    __tablename__ = "organisations"
    __table_args__ = (
        CheckConstraint(
            "type IN ('gemeente', 'samenwerkingsverband', 'arbeidsmarktregio', 'landelijk')",
            name="type_known",
        ),
        CheckConstraint("review_interval_months BETWEEN 1 AND 24", name="review_interval_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    type: Mapped[str] = mapped_column(String(30), index=True)
    name: Mapped[str] = mapped_column(String(150))
    gemeente_code: Mapped[str | None] = mapped_column(ForeignKey("gemeenten.code"))
    region_code: Mapped[str | None] = mapped_column(ForeignKey("arbeidsmarktregios.code"))
    website: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    visiting_address: Mapped[str | None] = mapped_column(String(300))
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)  # PNG or JPEG, served by the portal
    logo_type: Mapped[str | None] = mapped_column(String(20))
    colour: Mapped[str | None] = mapped_column(String(7))
    review_interval_months: Mapped[int] = mapped_column(Integer, default=6)
    requires_four_eyes: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    gemeente: Mapped[Gemeente | None] = relationship()
    region: Mapped[Arbeidsmarktregio | None] = relationship()
    service_areas: Mapped[list[ServiceArea]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="ServiceArea.gemeente_code"
    )

    @property
    def type_label(self) -> str:
        return ORGANISATION_TYPES[self.type]

    def __repr__(self) -> str:
        return f"<Organisation {self.code} {self.type}>"


class ServiceArea(db.Model):
    """A gemeente served by a samenwerkingsverband, from ``valid_from`` up to and including ``valid_to``."""

    __tablename__ = "service_areas"
    __table_args__ = (
        UniqueConstraint("organisation_id", "gemeente_code", "valid_from"),
        CheckConstraint("valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from", name="dates_ordered"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    gemeente_code: Mapped[str] = mapped_column(ForeignKey("gemeenten.code"), index=True)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)

    organisation: Mapped[Organisation] = relationship(back_populates="service_areas")
    gemeente: Mapped[Gemeente] = relationship()

    def covers(self, on: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (self.valid_to is None or on <= self.valid_to)
