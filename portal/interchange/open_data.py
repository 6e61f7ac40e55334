"""Open data: what anonymous visitors may see, in the format — published instruments inside
their window with a visible public part; their public texts, classification and public
contacts, never internal texts, costs, results or internal contacts. The API gives the same
to anonymous callers; /open-data offers it as JSON Lines, CSV and XLSX (and HSDS, hsds.py).
"""

from __future__ import annotations

from sqlalchemy import select

from portal.extensions import db
from portal.models import Instrument, Organisation
from portal.schemas.mapping import dump_instrument
from portal.timeutil import today
from tenants.areas import public_clause

# What anonymous callers get of an instrument: what the public page shows, in the format.
PUBLIC_KEYS = (
    "id",
    "owner",
    "instrument_type",
    "tiles",
    "client_characteristics",
    "target_groups",
    "implementation",
    "group_forms",
    "location_types",
    "sectors",
    "employment_types",
    "age_groups",
    "benefit_situations",
    "requires_doelgroepregister",
    "locations",
    "income_effect",
    "evidence_level",
    "evidence_databank",
    "evidence_url",
    "links",
    "availability",
    "public",
)
PUBLIC_CONTACT_KEYS = ("name", "role", "email", "phone")


def public_representation(instrument: Instrument) -> dict:
    full = dump_instrument(instrument, with_version=False)
    out = {key: full[key] for key in PUBLIC_KEYS if key in full}
    # The name inwoners see: the public title, or the name when there is none (as the page).
    out["name"] = instrument.public_title or instrument.name
    provider = {k: v for k, v in full.get("provider", {}).items() if k in ("name", "website")}
    if provider:
        out["provider"] = provider
    contacts = [{k: c[k] for k in PUBLIC_CONTACT_KEYS if k in c} for c in full.get("contacts", []) if c.get("public")]
    if contacts:
        out["contacts"] = contacts
    out.get("public", {}).pop("visible", None)
    return out


def public_records() -> list[dict]:
    """Every instrument an anonymous visitor may see today, ordered by owner, name, id."""
    query = (
        select(Instrument)
        .join(Instrument.owner)
        .where(public_clause(today()))
        .order_by(Organisation.code, Instrument.name, Instrument.id)
    )
    return [public_representation(i) for i in db.session.scalars(query)]
