"""The open data in the shape of Open Referral HSDS 3.0 (Human Services Data Specification),
so that international tools can read it: organizations, services, locations, contacts.

What goes out is what anonymous visitors may see: published instruments inside their
publication window with a visible public part, their public texts and public contacts only.

Identifiers: instruments keep their UUID as service id; organisations, locations, contacts,
phones, addresses, areas and attributes get stable UUIDs derived (uuid5) from what they
belong to, so a repeated export gives the same ids.

Mapping (FORMAT.md → HSDS):
- organisation → organization (name, description from its type, website, email, phones)
- instrument → service (name = public title, description = public summary and what you get,
  eligibility_description = for whom, application_process = how to start, fees_description
  = costs for you, url = the public page, status "active")
- locations → location (physical) with an address when street, postcode and city are known;
  linked by service_at_location
- public contacts → contact (name, title = role, email, phones)
- availability → service_area per gemeente, region or "Nederland"
- tiles, target groups → attribute with a taxonomy_term of the portal's code lists
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from portal.codelists import labels
from portal.extensions import db
from portal.models import Gemeente, Instrument, Organisation
from portal.rendering import plain_text
from portal.timeutil import today
from tenants.areas import public_clause

HSDS_VERSION = "3.0"
NAMESPACE = uuid.UUID("6f1c2f9e-3b0a-5d47-9a55-0c8e6c1d2a10")  # this portal's namespace for derived ids
TAXONOMIES = {"tiles": "Fase in de dienstverlening", "target_groups": "Doelgroepen"}


def _id(*parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


def _organization(org: Organisation) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": _id("organisation", org.code),
        "name": org.name,
        "description": f"{org.type_label}: {org.name}",
    }
    if org.website:
        out["website"] = org.website
    if org.email:
        out["email"] = org.email
    if org.phone:
        out["phones"] = [{"id": _id("organisation", org.code, "phone"), "number": org.phone}]
    return out


def _service(instrument: Instrument, base_url: str, provinces: dict[str, str]) -> dict[str, Any]:
    service_id = str(instrument.id)
    description = "\n\n".join(
        plain_text(text) for text in (instrument.public_summary, instrument.public_what_you_get) if text
    )
    service: dict[str, Any] = {
        "id": service_id,
        "organization_id": _id("organisation", instrument.owner.code),
        "name": instrument.public_title or instrument.name,
        "description": description,
        "status": "active",
        "url": f"{base_url}/instrument/{service_id}",
    }
    for key, source in (
        ("eligibility_description", instrument.public_for_whom),
        ("application_process", instrument.public_how_to_start),
        ("fees_description", instrument.public_costs_for_you),
    ):
        if source:
            service[key] = plain_text(source)
    contacts = []
    for number, contact in enumerate(c for c in instrument.contacts if c.public):
        entry: dict[str, Any] = {
            "id": _id(service_id, "contact", number),
            "service_id": service_id,
            "name": contact.name,
        }
        if contact.role:
            entry["title"] = contact.role
        if contact.email:
            entry["email"] = contact.email
        if contact.phone:
            entry["phones"] = [{"id": _id(service_id, "contact", number, "phone"), "number": contact.phone}]
        contacts.append(entry)
    if contacts:
        service["contacts"] = contacts
    locations = []
    for number, location in enumerate(instrument.locations):
        location_id = _id(service_id, "location", number)
        place: dict[str, Any] = {"id": location_id, "location_type": "physical"}
        if location.name:
            place["name"] = location.name
        if location.street and location.postcode and location.city:
            street = " ".join(p for p in (location.street, location.house_number) if p)
            place["addresses"] = [
                {
                    "id": _id(service_id, "location", number, "address"),
                    "location_id": location_id,
                    "address_1": street,
                    "city": location.city,
                    "state_province": provinces.get(location.city.strip().lower(), ""),
                    "postal_code": location.postcode,
                    "country": "NL",
                    "address_type": "physical",
                }
            ]
        locations.append(
            {
                "id": _id(service_id, "at", number),
                "service_id": service_id,
                "location_id": location_id,
                "location": place,
            }
        )
    if locations:
        service["service_at_locations"] = locations
    service["service_areas"] = _areas(instrument, service_id)
    attributes = []
    for list_name, taxonomy in TAXONOMIES.items():
        names = labels(list_name)
        for code in instrument.codes_of(list_name):
            term_id = _id("taxonomy", list_name, code)
            attributes.append(
                {
                    "id": _id(service_id, "attribute", list_name, code),
                    "link_id": service_id,
                    "link_entity": "service",
                    "taxonomy_term_id": term_id,
                    "taxonomy_term": {
                        "id": term_id,
                        "code": code,
                        "name": names.get(code, code),
                        "description": f"{taxonomy}: {names.get(code, code)}",
                        "taxonomy": taxonomy,
                        "language": "nl",
                    },
                }
            )
    if attributes:
        service["attributes"] = attributes
    return service


def _areas(instrument: Instrument, service_id: str) -> list[dict[str, Any]]:
    """Where it is available: the narrowed areas, or the owner's whole area."""
    names: list[str] = []
    if instrument.available_nationally:
        names = ["Nederland"]
    else:
        names = [g.gemeente_code for g in instrument.available_gemeenten]
        names += [r.region_code for r in instrument.available_regions]
    if not names:
        owner = instrument.owner
        names = [owner.gemeente_code or owner.region_code or ("Nederland" if owner.type == "landelijk" else owner.name)]
    return [
        {"id": _id(service_id, "area", name), "service_id": service_id, "name": name, "extent_type": "text"}
        for name in names
    ]


def hsds_export(base_url: str) -> dict[str, Any]:
    """Everything an anonymous visitor may see, as HSDS 3.0 organizations and services."""
    query = (
        select(Instrument).where(public_clause(today())).order_by(Instrument.owner_id, Instrument.name, Instrument.id)
    )
    instruments = list(db.session.scalars(query))
    provinces = {g.name.lower(): g.province for g in db.session.scalars(select(Gemeente))}
    owners = {i.owner.code: i.owner for i in instruments}
    return {
        "hsds_version": HSDS_VERSION,
        "organizations": [_organization(owners[code]) for code in sorted(owners)],
        "services": [_service(i, base_url.rstrip("/"), provinces) for i in instruments],
    }
