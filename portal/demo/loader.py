"""Load the demo: organisations of arbeidsmarktregio's Rivierenland and Midden-Utrecht,
UWV, an account per role and a few hundred fictitious instruments.

Idempotent: every demo instrument has a fixed id derived from its owner and name, so a
second run adds only what is missing and changes nothing that an editor has since edited.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

from portal.actions.accounts import organisation_create, user_create
from portal.actions.instruments import instrument_create, instrument_transition
from portal.extensions import db
from portal.models import Instrument, Organisation, User

DEMO_NAMESPACE = uuid.UUID("6f1d7a52-3c1e-4f0e-9b6a-2d4c8e0a1b77")
DEMO_PASSWORD = "demo-wachtwoord-2026"  # noqa: S105 - published on purpose: demo accounts only

WERKZAAK_GEMEENTEN = [
    ("GM0216", None, None),  # Culemborg
    ("GM0263", None, None),  # Maasdriel
    ("GM1740", None, dt.date(2025, 12, 31)),  # Neder-Betuwe, until the end of 2025
    ("GM0281", None, None),  # Tiel
    ("GM1960", None, None),  # West Betuwe
    ("GM0668", None, None),  # West Maas en Waal
    ("GM0297", None, None),  # Zaltbommel
]

# Organisations created from the reference data that the demo gives their working name.
DEMO_NAMES = {
    "AM10": "Werkgeversservicepunt Rivierenland",
    "AM13": "Werkgeversservicepunt Midden-Utrecht",
}

DEMO_ACCOUNTS = [
    ("beheerder@demo.example.nl", "beheerder", "uwv", "Bea Beheer"),
    ("orgbeheer.werkzaak@demo.example.nl", "organisatiebeheerder", "werkzaak-rivierenland", "Olaf Organisatie"),
    ("redacteur.werkzaak@demo.example.nl", "redacteur", "werkzaak-rivierenland", "Rik Redactie"),
    ("eindredacteur.werkzaak@demo.example.nl", "eindredacteur", "werkzaak-rivierenland", "Eva Eindredactie"),
    ("redacteur.tiel@demo.example.nl", "redacteur", "GM0281", "Tamara Tiel"),
    ("redacteur.utrecht@demo.example.nl", "eindredacteur", "GM0344", "Ussama Utrecht"),
    ("werkcoach.tiel@demo.example.nl", "professional", "GM0281", "Wim Werkcoach"),
    ("klantmanager.utrecht@demo.example.nl", "professional", "GM0344", "Kim Klantmanager"),
    ("werkgroep.rivierenland@demo.example.nl", "werkgroeplid", "AM10", "Wendy Werkgroep"),
]


@dataclass
class DemoResult:
    organisations_created: int = 0
    instruments_created: int = 0
    instruments_existing: int = 0
    accounts: list[tuple[str, str, str]] = field(default_factory=list)
    connections_added: int = 0  # routes, ratings and the example shortlist

    def summary(self) -> str:
        return (
            f"Demo: {self.instruments_created} instrumenten toegevoegd, {self.instruments_existing} "
            f"waren er al; {self.organisations_created} organisaties aangemaakt."
        )


def demo_records() -> list[dict]:
    from portal.demo.content import demo_instruments

    return demo_instruments()


def demo_id(record: dict) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, f"{record['owner']}|{record['name']}")


def _ensure_organisations(result: DemoResult) -> dict[str, Organisation]:
    by_code = {o.code: o for o in db.session.scalars(select(Organisation))}
    if "werkzaak-rivierenland" not in by_code:
        by_code["werkzaak-rivierenland"] = organisation_create(
            None,
            type="samenwerkingsverband",
            code="werkzaak-rivierenland",
            name="Werkzaak Rivierenland",
            gemeenten=WERKZAAK_GEMEENTEN,
        )
        result.organisations_created += 1
    if "uwv" not in by_code:
        by_code["uwv"] = organisation_create(None, type="landelijk", code="uwv", name="UWV")
        result.organisations_created += 1
    for code, name in DEMO_NAMES.items():
        organisation = by_code[code]
        if organisation.name.startswith("Arbeidsmarktregio "):
            organisation.name = name
    by_code["GM0281"].requires_four_eyes = False
    by_code["werkzaak-rivierenland"].requires_four_eyes = True
    return by_code


def load_demo(progress=None, records: list[dict] | None = None) -> DemoResult:
    """Add what is missing of the demo. ``progress(n)`` is called as instruments are done."""
    result = DemoResult()
    organisations = _ensure_organisations(result)
    for email, role, org_code, name in DEMO_ACCOUNTS:
        user = db.session.scalar(select(User).where(User.email == email))
        organisation = organisations[org_code]
        if user is None or role not in user.roles_in(organisation):
            user_create(None, email=email, organisation=organisation, role=role, name=name, password=DEMO_PASSWORD)
        result.accounts.append((email, role, organisation.name))

    records = demo_records() if records is None else records
    existing = set(db.session.scalars(select(Instrument.id)))
    for record in records:
        payload = dict(record)
        owner = organisations[payload.pop("owner")]
        status = payload.pop("status", "draft")
        instrument_id = demo_id(record)
        if instrument_id in existing:
            result.instruments_existing += 1
        else:
            payload["id"] = str(instrument_id)
            instrument = instrument_create(None, owner, payload)
            if status == "published":
                instrument_transition(None, instrument, "published")
            result.instruments_created += 1
        if progress:
            progress(1)
    from portal.demo.connections import add_connections

    result.connections_added = add_connections()
    return result
