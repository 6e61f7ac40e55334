"""Between stored instruments and the format: ``dump_instrument`` and ``apply_format``.

The output of ``dump_instrument`` is JSON-ready (dates as ``YYYY-MM-DD``, amounts as
strings with two decimals) and omits what is empty, so an export, an import into an empty
portal and a second export give the same file.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from portal.models import (
    Instrument,
    InstrumentCode,
    InstrumentContact,
    InstrumentGemeente,
    InstrumentLink,
    InstrumentLocation,
    InstrumentOutcome,
    InstrumentRegion,
    InstrumentRegistrationCode,
)
from portal.schemas.layout import CODE_LIST_FIELDS, FORMAT_ORDER, GROUP_FIELDS, OBJECT_FIELDS

# Format keys that are plain columns of the same name.
SCALAR_KEYS = (
    "name",
    "summary",
    "aim",
    "method",
    "distinctive_approach",
    "target_group_description",
    "participation_conditions",
    "cooperation_partners",
    "additional_information",
    "application_instructions",
    "instrument_type",
    "ladder_from",
    "ladder_to",
    "implementation",
    "requires_doelgroepregister",
    "intensity_hours_per_week",
    "intensity_description",
    "duration_value",
    "duration_unit",
    "duration_description",
    "costs_amount",
    "costs_unit",
    "costs_description",
    "participant_contribution",
    "income_effect",
    "evidence_level",
    "evidence_databank",
    "evidence_url",
    "evidence_assessed_on",
    "evaluation_type",
    "evaluation_comparison_group",
    "evaluation_year",
    "evaluation_url",
    "evaluation_summary",
    "lifecycle",
    "ended_reason",
    "publish_from",
    "publish_to",
    "review_interval_months",
    "last_reviewed_on",
)
PROVIDER_KEYS = OBJECT_FIELDS["provider"]
PUBLIC_KEYS = OBJECT_FIELDS["public"]
LOCATION_KEYS = GROUP_FIELDS["locations"]
CONTACT_KEYS = GROUP_FIELDS["contacts"]
LINK_KEYS = GROUP_FIELDS["links"]
REGISTRATION_KEYS = GROUP_FIELDS["registration_codes"]
OUTCOME_KEYS = GROUP_FIELDS["outcomes"]


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _compact(pairs) -> dict:
    return {k: _json_value(v) for k, v in pairs if v is not None and v != "" and v != []}


def dump_instrument(instrument: Instrument, *, with_version: bool = True) -> dict[str, Any]:
    """The instrument in the format, JSON-ready, keys in FORMAT.md order."""
    out: dict[str, Any] = {
        "id": str(instrument.id),
        "owner": instrument.owner.code,
        "status": instrument.status,
    }
    if with_version:
        out["version"] = instrument.version
    for key in SCALAR_KEYS:
        value = getattr(instrument, key)
        if value is not None and value != "":
            out[key] = _json_value(value)
    if instrument.keywords:
        out["keywords"] = list(instrument.keywords)
    for list_name in CODE_LIST_FIELDS:
        codes = instrument.codes_of(list_name)
        if codes:
            out[list_name] = codes
    out["provider"] = _compact((k, getattr(instrument, f"provider_{k}")) for k in PROVIDER_KEYS)
    children = {
        "locations": (instrument.locations, LOCATION_KEYS),
        "contacts": (instrument.contacts, CONTACT_KEYS),
        "links": (instrument.links, LINK_KEYS),
        "registration_codes": (instrument.registration_codes, REGISTRATION_KEYS),
        "outcomes": (instrument.outcomes, OUTCOME_KEYS),
    }
    for key, (rows, sub_keys) in children.items():
        if rows:
            out[key] = [_compact((k, getattr(row, k)) for k in sub_keys) for row in rows]
    availability = _compact(
        (
            ("national", True if instrument.available_nationally else None),
            ("regions", [r.region_code for r in instrument.available_regions]),
            ("gemeenten", [g.gemeente_code for g in instrument.available_gemeenten]),
        )
    )
    if availability:
        out["availability"] = availability
    public = _compact(
        (k, (True if instrument.public_visible else None) if k == "visible" else getattr(instrument, f"public_{k}"))
        for k in PUBLIC_KEYS
    )
    if public:
        out["public"] = public
    if instrument.adopted_from_id:
        out["adopted_from"] = str(instrument.adopted_from_id)
    return {key: out[key] for key in FORMAT_ORDER if key in out}


def apply_format(instrument: Instrument, data: dict[str, Any]) -> None:
    """Write validated format data (the output of InstrumentSchema.load) onto the model.

    The data is the whole instrument: a key that is absent is cleared.
    """
    for key in SCALAR_KEYS:
        setattr(instrument, key, data.get(key))
    if instrument.evidence_level is None:
        instrument.evidence_level = "niet_beoordeeld"
    instrument.keywords = list(data.get("keywords", []))

    instrument.codes = _reuse(
        instrument.codes,
        [
            {"list_name": list_name, "code": code, "position": position}
            for list_name in CODE_LIST_FIELDS
            for position, code in enumerate(data.get(list_name, []))
        ],
        InstrumentCode,
        ("list_name", "code"),
    )

    provider = data.get("provider", {})
    for key in PROVIDER_KEYS:
        setattr(instrument, f"provider_{key}", provider.get(key))

    public = data.get("public", {})
    instrument.public_visible = bool(public.get("visible", False))
    for key in PUBLIC_KEYS[1:]:
        setattr(instrument, f"public_{key}", public.get(key))

    availability = data.get("availability", {})
    instrument.available_nationally = bool(availability.get("national", False))
    instrument.available_regions = _reuse(
        instrument.available_regions,
        [{"region_code": c} for c in availability.get("regions", [])],
        InstrumentRegion,
        ("region_code",),
    )
    instrument.available_gemeenten = _reuse(
        instrument.available_gemeenten,
        [{"gemeente_code": c} for c in availability.get("gemeenten", [])],
        InstrumentGemeente,
        ("gemeente_code",),
    )

    instrument.locations = _rows(InstrumentLocation, data.get("locations", []), LOCATION_KEYS)
    instrument.contacts = _rows(InstrumentContact, data.get("contacts", []), CONTACT_KEYS)
    for contact in instrument.contacts:
        contact.public = bool(contact.public)
    instrument.links = _rows(InstrumentLink, data.get("links", []), LINK_KEYS)
    instrument.registration_codes = _rows(
        InstrumentRegistrationCode, data.get("registration_codes", []), REGISTRATION_KEYS
    )
    instrument.outcomes = _reuse(
        instrument.outcomes,
        [{k: item.get(k) for k in OUTCOME_KEYS} for item in data.get("outcomes", [])],
        InstrumentOutcome,
        ("year",),
    )
    instrument.adopted_from_id = data.get("adopted_from")


def _rows(model, items: list[dict], keys: tuple[str, ...]) -> list:
    return [model(position=i, **{k: item.get(k) for k in keys}) for i, item in enumerate(items)]


def _reuse(current: list, wanted: list[dict], model, natural_key: tuple[str, ...]) -> list:
    """Rows for ``wanted``, reusing the current row with the same natural key.

    Deleting a row and inserting its twin in one flush would break the unique key (the
    unit of work inserts before it deletes), so a row that stays is updated in place.
    """
    by_key = {tuple(getattr(row, k) for k in natural_key): row for row in current}
    rows = []
    for values in wanted:
        row = by_key.pop(tuple(values[k] for k in natural_key), None)
        if row is None:
            row = model(**values)
        else:
            for key, value in values.items():
                setattr(row, key, value)
        rows.append(row)
    return rows
