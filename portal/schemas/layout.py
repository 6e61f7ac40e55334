"""The shape of the format: key order, lists, nested objects and child lists.

One place for what FORMAT.md's field table says about structure; the dump, the
interchange files and (later) the forms and the search document all read it from here.
"""

from __future__ import annotations

# The order of FORMAT.md's field table; dumps and exports follow it.
FORMAT_ORDER: tuple[str, ...] = (
    "id", "owner", "name", "summary", "aim", "method", "distinctive_approach",
    "target_group_description", "participation_conditions", "cooperation_partners",
    "additional_information", "application_instructions", "keywords", "instrument_type",
    "legal_basis", "tiles", "ladder_from", "ladder_to", "client_characteristics",
    "target_groups", "implementation", "group_forms", "location_types", "sectors",
    "employment_types", "age_groups", "benefit_situations", "requires_doelgroepregister",
    "provider", "locations", "contacts", "intensity_hours_per_week", "intensity_description",
    "duration_value", "duration_unit", "duration_description", "costs_amount", "costs_unit",
    "costs_description", "funding", "participant_contribution", "income_effect",
    "evidence_level", "evidence_databank", "evidence_url", "evidence_assessed_on",
    "evaluation_type", "evaluation_comparison_group", "evaluation_year", "evaluation_url",
    "evaluation_summary", "outcomes", "lifecycle", "ended_reason", "adopted_from",
    "availability", "links", "registration_codes", "public", "status", "publish_from",
    "publish_to", "review_interval_months", "last_reviewed_on", "version",
)  # fmt: skip

# Multi-valued code fields (each a code list of the same name in code_list_entries).
CODE_LIST_FIELDS: tuple[str, ...] = (
    "legal_basis",
    "tiles",
    "client_characteristics",
    "target_groups",
    "group_forms",
    "location_types",
    "sectors",
    "employment_types",
    "age_groups",
    "benefit_situations",
    "funding",
)

# Top-level lists of strings: the code lists and the free keywords.
STRING_LIST_FIELDS = frozenset({"keywords", *CODE_LIST_FIELDS})

# Nested objects and their sub-keys in FORMAT.md order.
OBJECT_FIELDS: dict[str, tuple[str, ...]] = {
    "provider": ("name", "website", "email", "phone", "kvk"),
    "availability": ("national", "regions", "gemeenten"),
    "public": ("visible", "title", "summary", "for_whom", "what_you_get", "how_to_start", "costs_for_you"),
}

# Lists of objects and their sub-keys in FORMAT.md order.
GROUP_FIELDS: dict[str, tuple[str, ...]] = {
    "locations": ("name", "street", "house_number", "postcode", "city"),
    "contacts": ("name", "role", "email", "phone", "kind", "public"),
    "outcomes": ("year", "participants", "to_paid_work", "to_education", "to_other_participation"),
    "links": ("label", "url"),
    "registration_codes": ("code", "label"),
}
