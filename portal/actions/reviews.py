"""Keeping content current: when each instrument is due for review, and the reminder digest.

An instrument is due ``review_interval_months`` (its own, else its organisation's) after
it was last confirmed, or after it was created when nobody confirmed it yet. Nothing is
ever unpublished automatically: the portal only reminds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from flask import current_app
from sqlalchemy import select

from portal.extensions import db
from portal.mail import send_mail
from portal.models import Instrument, Membership, Organisation, User
from portal.timeutil import today

SOON_DAYS = 30
EDITOR_ROLES = ("redacteur", "eindredacteur", "organisatiebeheerder")


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):  # 31 January + 1 month = 28/29 February
        try:
            return dt.date(year, month, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def review_due_on(instrument: Instrument) -> dt.date:
    interval = instrument.review_interval_months or instrument.owner.review_interval_months
    start = instrument.last_reviewed_on or instrument.created_at.date()
    return add_months(start, interval)


@dataclass(frozen=True)
class DueReview:
    instrument: Instrument
    due_on: dt.date

    @property
    def overdue(self) -> bool:
        return self.due_on < today()


def reviews_due(
    organisation: Organisation, *, on: dt.date | None = None, within_days: int = SOON_DAYS
) -> list[DueReview]:
    """Non-archived instruments of the organisation that are overdue or due within ``within_days``."""
    on = on or today()
    horizon = on + dt.timedelta(days=within_days)
    instruments = db.session.scalars(
        select(Instrument).where(Instrument.owner_id == organisation.id, Instrument.status != "archived")
    )
    due = [DueReview(i, review_due_on(i)) for i in instruments]
    return sorted((d for d in due if d.due_on <= horizon), key=lambda d: (d.due_on, d.instrument.name))


@dataclass
class Digest:
    user: User
    organisation: Organisation
    items: list[DueReview]

    def text(self, on: dt.date) -> str:
        lines = [
            f"Beste {self.user.name or self.user.email},",
            "",
            f"Deze instrumenten van {self.organisation.name} zijn aan controle toe of worden dat binnenkort:",
            "",
        ]
        for item in self.items:
            state = "te laat sinds" if item.due_on < on else "uiterlijk"
            lines.append(f"- {item.instrument.name} ({state} {item.due_on.isoformat()})")
        lines += [
            "",
            "Kijk of de tekst nog klopt en kies 'Gecontroleerd', of pas het instrument aan.",
            f"{current_app.config['BASE_URL']}/redactie/?org={self.organisation.code}",
            "",
            "Er wordt niets automatisch van de site gehaald.",
        ]
        return "\n".join(lines)


def reminder_digests(on: dt.date | None = None) -> list[Digest]:
    """One digest per editor per organisation with something due."""
    on = on or today()
    digests = []
    for organisation in db.session.scalars(select(Organisation).order_by(Organisation.code)):
        items = reviews_due(organisation, on=on)
        if not items:
            continue
        editors = db.session.scalars(
            select(User)
            .join(Membership, Membership.user_id == User.id)
            .where(Membership.organisation_id == organisation.id, Membership.role.in_(EDITOR_ROLES), User.active)
            .distinct()
            .order_by(User.email)
        )
        digests.extend(Digest(user, organisation, items) for user in editors)
    return digests


def send_digests(digests: list[Digest], on: dt.date | None = None) -> str:
    """Send every digest (SMTP when configured, else the log); returns how they went out."""
    on = on or today()
    return send_mail(
        [(d.user.email, f"Instrumentengids: {len(d.items)} instrument(en) te controleren", d.text(on)) for d in digests]
    )
