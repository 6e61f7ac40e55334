"""Instruments in the full format of shared/FORMAT.md.

Scalar fields and the one-to-one parts (provider, public part) are columns; every list
of the format is a child table, so that later issues can count and filter in SQL. Code
lists used as multi-valued fields share one table, ``instrument_codes``, whose rows point
at ``code_list_entries``: a code that is not in the code list cannot be stored.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from portal.extensions import db
from portal.models.organisations import Organisation
from portal.timeutil import utcnow

if TYPE_CHECKING:
    from portal.models.records import SimilarList

STATUSES = ("draft", "in_review", "published", "archived")


class Instrument(db.Model):
    __tablename__ = "instruments"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'in_review', 'published', 'archived')", name="status_known"),
        CheckConstraint(
            "ladder_from IS NULL OR ladder_to IS NULL OR ladder_to >= ladder_from",
            name="ladder_ordered",
        ),
        CheckConstraint(
            "review_interval_months IS NULL OR review_interval_months BETWEEN 1 AND 24",
            name="review_interval_range",
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    owner_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)

    name: Mapped[str] = mapped_column(String(150))
    summary: Mapped[str] = mapped_column(String(500))
    aim: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(Text)
    distinctive_approach: Mapped[str | None] = mapped_column(Text)
    target_group_description: Mapped[str | None] = mapped_column(Text)
    participation_conditions: Mapped[str | None] = mapped_column(Text)
    cooperation_partners: Mapped[str | None] = mapped_column(Text)
    additional_information: Mapped[str | None] = mapped_column(Text)
    application_instructions: Mapped[str | None] = mapped_column(Text)
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)

    instrument_type: Mapped[str] = mapped_column(String(4), index=True)
    ladder_from: Mapped[int | None] = mapped_column(Integer)
    ladder_to: Mapped[int | None] = mapped_column(Integer)
    implementation: Mapped[str] = mapped_column(String(4))
    requires_doelgroepregister: Mapped[bool | None] = mapped_column(Boolean)

    provider_name: Mapped[str] = mapped_column(String(200))
    provider_website: Mapped[str | None] = mapped_column(String(500))
    provider_email: Mapped[str | None] = mapped_column(String(254))
    provider_phone: Mapped[str | None] = mapped_column(String(40))
    provider_kvk: Mapped[str | None] = mapped_column(String(8))

    intensity_hours_per_week: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    intensity_description: Mapped[str | None] = mapped_column(Text)
    duration_value: Mapped[int | None] = mapped_column(Integer)
    duration_unit: Mapped[str | None] = mapped_column(String(10))
    duration_description: Mapped[str | None] = mapped_column(Text)
    costs_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    costs_unit: Mapped[str | None] = mapped_column(String(20))
    costs_description: Mapped[str | None] = mapped_column(Text)
    participant_contribution: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    income_effect: Mapped[str | None] = mapped_column(String(30))

    evidence_level: Mapped[str] = mapped_column(String(30), default="niet_beoordeeld", index=True)
    evidence_databank: Mapped[str | None] = mapped_column(String(30))
    evidence_url: Mapped[str | None] = mapped_column(String(500))
    evidence_assessed_on: Mapped[dt.date | None] = mapped_column(Date)
    evaluation_type: Mapped[str | None] = mapped_column(String(30))
    evaluation_comparison_group: Mapped[bool | None] = mapped_column(Boolean)
    evaluation_year: Mapped[int | None] = mapped_column(Integer)
    evaluation_url: Mapped[str | None] = mapped_column(String(500))
    evaluation_summary: Mapped[str | None] = mapped_column(Text)

    lifecycle: Mapped[str | None] = mapped_column(String(20))
    ended_reason: Mapped[str | None] = mapped_column(Text)
    adopted_from_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("instruments.id", ondelete="SET NULL"))
    available_nationally: Mapped[bool] = mapped_column(Boolean, default=False)

    public_visible: Mapped[bool] = mapped_column(Boolean, default=False)
    public_title: Mapped[str | None] = mapped_column(String(120))
    public_summary: Mapped[str | None] = mapped_column(Text)
    public_for_whom: Mapped[str | None] = mapped_column(Text)
    public_what_you_get: Mapped[str | None] = mapped_column(Text)
    public_how_to_start: Mapped[str | None] = mapped_column(Text)
    public_costs_for_you: Mapped[str | None] = mapped_column(Text)

    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    publish_from: Mapped[dt.date | None] = mapped_column(Date)
    publish_to: Mapped[dt.date | None] = mapped_column(Date)
    review_interval_months: Mapped[int | None] = mapped_column(Integer)
    last_reviewed_on: Mapped[dt.date | None] = mapped_column(Date)

    version: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    __mapper_args__ = {"version_id_col": version}

    owner: Mapped[Organisation] = relationship()
    adopted_from: Mapped[Instrument | None] = relationship(remote_side=[id])
    codes: Mapped[list[InstrumentCode]] = relationship(
        cascade="all, delete-orphan", order_by="(InstrumentCode.list_name, InstrumentCode.position)"
    )
    available_regions: Mapped[list[InstrumentRegion]] = relationship(
        cascade="all, delete-orphan", order_by="InstrumentRegion.region_code"
    )
    available_gemeenten: Mapped[list[InstrumentGemeente]] = relationship(
        cascade="all, delete-orphan", order_by="InstrumentGemeente.gemeente_code"
    )
    locations: Mapped[list[InstrumentLocation]] = relationship(
        cascade="all, delete-orphan", order_by="InstrumentLocation.position"
    )
    contacts: Mapped[list[InstrumentContact]] = relationship(
        cascade="all, delete-orphan", order_by="InstrumentContact.position"
    )
    links: Mapped[list[InstrumentLink]] = relationship(cascade="all, delete-orphan", order_by="InstrumentLink.position")
    registration_codes: Mapped[list[InstrumentRegistrationCode]] = relationship(
        cascade="all, delete-orphan", order_by="InstrumentRegistrationCode.position"
    )
    # "Meer zoals dit" as the indexer stored it (search.service.stored_similar); derived data.
    similar_list: Mapped[SimilarList | None] = relationship(viewonly=True)
    outcomes: Mapped[list[InstrumentOutcome]] = relationship(
        cascade="all, delete-orphan", order_by="InstrumentOutcome.year"
    )

    def codes_of(self, list_name: str) -> list[str]:
        return [c.code for c in self.codes if c.list_name == list_name]

    @property
    def has_narrowed_availability(self) -> bool:
        return bool(self.available_regions or self.available_gemeenten)

    def is_visible_on(self, on: dt.date) -> bool:
        """Published and inside its publication window."""
        return published_on(self.status, self.publish_from, self.publish_to, on)

    def __repr__(self) -> str:
        return f"<Instrument {self.id} {self.name!r}>"


def published_on(status: str, publish_from: dt.date | None, publish_to: dt.date | None, on: dt.date) -> bool:
    """``Instrument.is_visible_on`` for its columns read without the row."""
    return (
        status == "published"
        and (publish_from is None or publish_from <= on)
        and (publish_to is None or on <= publish_to)
    )


class InstrumentCode(db.Model):
    __tablename__ = "instrument_codes"
    __table_args__ = (
        ForeignKeyConstraint(
            ["list_name", "code"],
            ["code_list_entries.list_name", "code_list_entries.code"],
            name="fk_instrument_codes_code_list_entries",
        ),
    )

    instrument_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instruments.id", ondelete="CASCADE"), primary_key=True)
    list_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class InstrumentRegion(db.Model):
    __tablename__ = "instrument_regions"

    instrument_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instruments.id", ondelete="CASCADE"), primary_key=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("arbeidsmarktregios.code"), primary_key=True)


class InstrumentGemeente(db.Model):
    __tablename__ = "instrument_gemeenten"

    instrument_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instruments.id", ondelete="CASCADE"), primary_key=True)
    gemeente_code: Mapped[str] = mapped_column(ForeignKey("gemeenten.code"), primary_key=True)


class InstrumentLocation(db.Model):
    __tablename__ = "instrument_locations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    instrument_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instruments.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str | None] = mapped_column(String(200))
    street: Mapped[str | None] = mapped_column(String(200))
    house_number: Mapped[str | None] = mapped_column(String(20))
    postcode: Mapped[str | None] = mapped_column(String(7))
    city: Mapped[str | None] = mapped_column(String(100))


class InstrumentContact(db.Model):
    __tablename__ = "instrument_contacts"
    __table_args__ = (CheckConstraint("email IS NOT NULL OR phone IS NOT NULL", name="reachable"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    instrument_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instruments.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[str | None] = mapped_column(String(10))
    public: Mapped[bool] = mapped_column(Boolean, default=False)


class InstrumentLink(db.Model):
    __tablename__ = "instrument_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    instrument_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instruments.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(String(500))


class InstrumentRegistrationCode(db.Model):
    __tablename__ = "instrument_registration_codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    instrument_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instruments.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(60))
    label: Mapped[str | None] = mapped_column(String(200))


class InstrumentOutcome(db.Model):
    """Yearly aggregates only; never about a person."""

    __tablename__ = "instrument_outcomes"
    __table_args__ = (UniqueConstraint("instrument_id", "year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    instrument_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instruments.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    participants: Mapped[int | None] = mapped_column(Integer)
    to_paid_work: Mapped[int | None] = mapped_column(Integer)
    to_education: Mapped[int | None] = mapped_column(Integer)
    to_other_participation: Mapped[int | None] = mapped_column(Integer)
