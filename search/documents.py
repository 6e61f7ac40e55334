"""Search documents: what the index knows about an instrument.

Built from the database in one place, so every backend indexes exactly the same thing.
Contact persons are deliberately absent: they are never searchable.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from portal.models import Gemeente, Instrument, Organisation

# Texts a professional can search besides name, keywords and summary (the "body").
INTERNAL_TEXT_KEYS = (
    "aim",
    "method",
    "distinctive_approach",
    "target_group_description",
    "participation_conditions",
    "cooperation_partners",
    "additional_information",
    "application_instructions",
    "intensity_description",
    "duration_description",
    "costs_description",
    "evaluation_summary",
)
PUBLIC_BODY_KEYS = ("for_whom", "what_you_get", "how_to_start", "costs_for_you")

# Cost bands per unit as the organisation pays them; "onbekend" when no amount is given.
COST_BANDS = (
    (Decimal("0"), "gratis"),
    (Decimal("500"), "tot_500"),
    (Decimal("2500"), "500_2500"),
    (Decimal("10000"), "2500_10000"),
)


def cost_band(amount: Decimal | None) -> str:
    if amount is None:
        return "onbekend"
    if amount == 0:
        return "gratis"
    for upper, band in COST_BANDS[1:]:
        if amount <= upper:
            return band
    return "boven_10000"


def _date_or_none(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def document_regions(instrument: Instrument, region_of: dict[str, str], all_regions: list[str]) -> list[str]:
    """The arbeidsmarktregio's the instrument is (at least partly) available in."""
    if instrument.available_regions or instrument.available_gemeenten:
        regions = {r.region_code for r in instrument.available_regions}
        regions |= {region_of[g.gemeente_code] for g in instrument.available_gemeenten if g.gemeente_code in region_of}
        return sorted(regions)
    owner: Organisation = instrument.owner
    if owner.type == "landelijk" or instrument.available_nationally:
        return list(all_regions)
    if owner.type == "arbeidsmarktregio":
        return [owner.region_code]
    if owner.type == "gemeente":
        return [region_of[owner.gemeente_code]] if owner.gemeente_code in region_of else []
    return sorted({region_of[a.gemeente_code] for a in owner.service_areas if a.gemeente_code in region_of})


def build_document(instrument: Instrument, region_of: dict[str, str], all_regions: list[str]) -> dict:
    """The search document of one instrument.

    ``region_of`` maps gemeente code → region code and ``all_regions`` lists every region
    code (see ``reference_maps``), so building many documents needs no query per document.
    """
    texts = [getattr(instrument, key) or "" for key in INTERNAL_TEXT_KEYS]
    public_body = [getattr(instrument, f"public_{key}") or "" for key in PUBLIC_BODY_KEYS]
    ladder: list[str] = []
    if instrument.ladder_from is not None and instrument.ladder_to is not None:
        ladder = [str(n) for n in range(instrument.ladder_from, instrument.ladder_to + 1)]
    narrow = [r.region_code for r in instrument.available_regions] + [
        g.gemeente_code for g in instrument.available_gemeenten
    ]
    return {
        "id": str(instrument.id),
        "version": instrument.version,
        "owner_id": instrument.owner_id,
        "owner_code": instrument.owner.code,
        "owner_name": instrument.owner.name,
        "owner_type": [instrument.owner.type],
        "status": instrument.status,
        "public_visible": bool(instrument.public_visible),
        "publish_from": _date_or_none(instrument.publish_from),
        "publish_to": _date_or_none(instrument.publish_to),
        "updated_at": instrument.updated_at.isoformat() if instrument.updated_at else None,
        "name": instrument.name,
        "keywords": list(instrument.keywords or []),
        "summary": instrument.summary,
        "body": "\n\n".join(t for t in texts if t),
        "provider_name": instrument.provider_name or "",
        "public_title": instrument.public_title or "",
        "public_summary": instrument.public_summary or "",
        "public_body": "\n\n".join(t for t in public_body if t),
        "tiles": instrument.codes_of("tiles"),
        "ladder": ladder,
        "client_characteristics": instrument.codes_of("client_characteristics"),
        "target_groups": instrument.codes_of("target_groups"),
        "implementation": [instrument.implementation],
        "instrument_type": [instrument.instrument_type],
        "evidence_level": [instrument.evidence_level],
        "legal_basis": instrument.codes_of("legal_basis"),
        "regions": document_regions(instrument, region_of, all_regions),
        "cost_band": [cost_band(instrument.costs_amount)],
        "narrowed": bool(narrow) and not instrument.available_nationally,
        "narrow_areas": narrow,
    }


def reference_maps(session) -> tuple[dict[str, str], list[str]]:
    """(gemeente code → region code, all region codes), for ``build_document``."""
    region_of = dict(
        session.execute(Gemeente.__table__.select().with_only_columns(Gemeente.code, Gemeente.region_code)).all()
    )
    return region_of, sorted(set(region_of.values()))
