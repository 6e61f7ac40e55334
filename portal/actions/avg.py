"""AVG: erase a contact person everywhere the portal keeps them.

A contact person of an instrument (``contacts`` in the format) can ask to be removed. They
are taken out of the current instruments (a new version, re-indexed like any change), out
of every stored earlier version, and so out of every export made from now on. The search
index holds no contact data. The audit entry records that an erasure happened and how
much it touched, never whom.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from portal.actions.audit import record_audit
from portal.actions.errors import Invalid
from portal.extensions import db
from portal.models import Instrument, InstrumentContact, InstrumentVersion, User
from portal.timeutil import utcnow


@dataclass(frozen=True)
class ContactPerson:
    """Who to erase: every given identifier must match (case and spacing do not count)."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None

    def __post_init__(self):
        if not ((self.name or "").strip() or (self.email or "").strip() or _digits(self.phone)):
            raise Invalid([("contact", "Geef een naam, e-mailadres of telefoonnummer van de contactpersoon.")])

    def matches(self, name: str | None, email: str | None, phone: str | None) -> bool:
        checks = []
        if (self.name or "").strip():
            checks.append(_words(name) == _words(self.name))
        if (self.email or "").strip():
            checks.append((email or "").strip().lower() == self.email.strip().lower())
        if _digits(self.phone):
            checks.append(bool(_digits(phone)) and _digits(phone) == _digits(self.phone))
        return all(checks)


def _words(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _digits(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")


@dataclass(frozen=True)
class ErasureReport:
    instruments: int  # current instruments changed
    contacts: int  # contact rows removed from them
    versions: int  # earlier versions rewritten


def contact_erase(actor: User | None, person: ContactPerson, *, dry_run: bool = False) -> ErasureReport:
    """Remove ``person`` from every instrument and every stored version (``dry_run``: count only)."""
    from portal.actions.instruments import _after_change

    changed: dict = {}
    for contact in db.session.scalars(select(InstrumentContact)):
        if person.matches(contact.name, contact.email, contact.phone):
            changed.setdefault(contact.instrument_id, []).append(contact)
    versions = 0
    rewritten = []
    for version in db.session.scalars(select(InstrumentVersion).execution_options(yield_per=500)):
        contacts = (version.data or {}).get("contacts") or []
        kept = [c for c in contacts if not person.matches(c.get("name"), c.get("email"), c.get("phone"))]
        if len(kept) != len(contacts):
            versions += 1
            rewritten.append((version, kept))
    report = ErasureReport(len(changed), sum(len(c) for c in changed.values()), versions)
    if dry_run:
        return report
    for version, kept in rewritten:
        data = dict(version.data)
        if kept:
            data["contacts"] = kept
        else:
            data.pop("contacts", None)
        version.data = data
        flag_modified(version, "data")
    db.session.flush()
    for instrument_id, contacts in changed.items():
        instrument = db.session.get(Instrument, instrument_id)
        for contact in contacts:
            instrument.contacts.remove(contact)
        for position, contact in enumerate(instrument.contacts, start=1):
            contact.position = position
        instrument.updated_at = utcnow()  # a new version: the index and exports follow
        db.session.flush()
        _after_change(actor, instrument, "privacy.erase")
    record_audit(
        actor,
        "privacy.erase",
        object_type="contact_person",
        details={"instruments": report.instruments, "contacts": report.contacts, "versions": report.versions},
    )
    db.session.flush()
    return report
