"""Test data made through the actions, the same path the portal itself uses."""

from __future__ import annotations

import copy
import itertools

from sqlalchemy import select

from portal.actions.accounts import organisation_create, user_create
from portal.actions.instruments import instrument_create, instrument_transition
from portal.extensions import db
from portal.models import Organisation

_counter = itertools.count(1)

MINIMAL = {
    "name": "Werkfit-traject",
    "summary": "Een traject van twaalf weken om werkritme op te bouwen.",
    "aim": "Deelnemers bouwen werkritme en zelfvertrouwen op.",
    "method": "Drie dagdelen per week werken in een leerwerkbedrijf, met coaching.",
    "instrument_type": "IT01",
    "tiles": ["EW04"],
    "client_characteristics": ["KK06"],
    "implementation": "UV03",
    "provider": {"name": "Leerwerkbedrijf De Linge"},
}

RICH = {
    **MINIMAL,
    "name": "Taalcoaching op de werkvloer",
    "keywords": ["NT2", "taal", "oriëntatie"],
    "legal_basis": ["participatiewet", "wet_inburgering_2021"],
    "tiles": ["EW04", "EW06"],
    "ladder_from": 3,
    "ladder_to": 5,
    "client_characteristics": ["KK05", "KK04"],
    "target_groups": ["ED05", "ED09"],
    "group_forms": ["GV01", "GV02"],
    "location_types": ["employer", "online"],
    "age_groups": ["LG03", "LG04"],
    "benefit_situations": ["DD02"],
    "requires_doelgroepregister": False,
    "provider": {
        "name": "Taalhuis Tiel",
        "website": "https://taalhuis.example.nl",
        "email": "info@taalhuis.example.nl",
        "phone": "0344 000 123",
        "kvk": "01234567",
    },
    "locations": [
        {"name": "Bibliotheek", "street": "Varkensmarkt", "house_number": "1", "postcode": "4001 AA", "city": "Tiel"}
    ],
    "contacts": [
        {"name": "Anna de Vries", "role": "Coördinator", "email": "anna@example.nl", "kind": "intern", "public": False},
        {"name": "Loket Taal", "phone": "0344 000 124", "kind": "extern", "public": True},
    ],
    "intensity_hours_per_week": "4.50",
    "duration_value": 6,
    "duration_unit": "month",
    "costs_amount": "1250.00",
    "costs_unit": "trajectory",
    "funding": ["re_integratiebudget", "inburgering"],
    "participant_contribution": "0.00",
    "income_effect": "keeps_benefit",
    "evidence_level": "goed_beschreven",
    "evidence_databank": "movisie",
    "evidence_url": "https://www.example.org/interventie",
    "evidence_assessed_on": "2025-03-01",
    "evaluation_type": "process",
    "evaluation_comparison_group": False,
    "evaluation_year": 2024,
    "outcomes": [
        {"year": 2023, "participants": 40, "to_paid_work": 12, "to_education": 3, "to_other_participation": 10},
        {"year": 2024, "participants": 4, "to_paid_work": 1},
    ],
    "lifecycle": "structural",
    "availability": {"gemeenten": ["GM0281"]},
    "links": [{"label": "Folder", "url": "https://www.example.org/folder.pdf"}],
    "registration_codes": [{"code": "RE-114", "label": "Suwinet"}],
    "public": {
        "visible": True,
        "title": "Beter Nederlands op je werk",
        "summary": "Je leert Nederlands op de plek waar je werkt.",
        "how_to_start": "Vraag je klantmanager ernaar.",
    },
    "publish_from": "2025-01-01",
    "review_interval_months": 12,
    "last_reviewed_on": "2026-06-01",
}


def payload(**overrides) -> dict:
    data = copy.deepcopy(MINIMAL)
    data.update(overrides)
    return data


def rich_payload(**overrides) -> dict:
    data = copy.deepcopy(RICH)
    data.update(overrides)
    return data


def organisation(code: str) -> Organisation:
    return db.session.scalar(select(Organisation).where(Organisation.code == code))


def samenwerkingsverband(gemeenten, code: str | None = None, name: str = "Testverband") -> Organisation:
    code = code or f"verband-{next(_counter)}"
    return organisation_create(None, type="samenwerkingsverband", code=code, name=name, gemeenten=gemeenten)


def landelijk(code: str | None = None, name: str = "Landelijke testorganisatie") -> Organisation:
    return organisation_create(None, type="landelijk", code=code or f"landelijk-{next(_counter)}", name=name)


def instrument(owner: Organisation, *, publish: bool = True, **overrides):
    data = payload(**overrides)
    data.setdefault("name", f"Instrument {next(_counter)}")
    created = instrument_create(None, owner, data)
    if publish:
        instrument_transition(None, created, "published")
    return created


def user(org: Organisation, role: str, email: str | None = None, password: str | None = "correct horse battery"):
    return user_create(
        None, email=email or f"gebruiker{next(_counter)}@example.nl", organisation=org, role=role, password=password
    )
