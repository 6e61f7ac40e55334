"""The instrument editor form, built from the format.

Form fields carry the same names as the columns of the interchange files (``name``,
``provider.name``, ``contacts.2.email``), so turning a submitted form into a payload is the
spreadsheet reader's ``unflatten``, and the schema's dotted error keys point straight at the
fields. Sections follow the groups of the format.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from werkzeug.datastructures import MultiDict

from portal.codelists import labels as code_labels
from portal.codelists import seed
from portal.interchange.tabular import flatten, unflatten
from portal.schemas.instrument import LABELS
from portal.schemas.layout import GROUP_FIELDS, STRING_LIST_FIELDS

# Fields the form sends that are not part of the format.
CONTROL_FIELDS = frozenset({"csrf_token", "version", "action", "started_version"})
EXTRA_ROWS = 1

SUB_LABELS = {
    "provider.name": "Naam aanbieder",
    "provider.website": "Website",
    "provider.email": "E-mailadres",
    "provider.phone": "Telefoon",
    "provider.kvk": "KvK-nummer",
    "public.visible": "Zichtbaar voor inwoners",
    "public.title": "Titel voor inwoners",
    "public.summary": "Wat is het? (korte uitleg)",
    "public.for_whom": "Voor wie",
    "public.what_you_get": "Wat krijg je",
    "public.how_to_start": "Hoe begin je",
    "public.costs_for_you": "Wat kost het jou",
    "availability.national": "In het hele land",
    "availability.regions": "Alleen in deze arbeidsmarktregio's",
    "availability.gemeenten": "Alleen in deze gemeenten",
    "locations.name": "Naam",
    "locations.street": "Straat",
    "locations.house_number": "Huisnummer",
    "locations.postcode": "Postcode",
    "locations.city": "Plaats",
    "contacts.name": "Naam",
    "contacts.role": "Functie",
    "contacts.email": "E-mail",
    "contacts.phone": "Telefoon",
    "contacts.kind": "Intern of extern",
    "contacts.public": "Tonen aan inwoners",
    "links.label": "Omschrijving",
    "links.url": "Adres (https://...)",
    "registration_codes.code": "Code",
    "registration_codes.label": "Omschrijving",
    "outcomes.year": "Jaar",
    "outcomes.participants": "Deelnemers",
    "outcomes.to_paid_work": "Naar betaald werk",
    "outcomes.to_education": "Naar opleiding",
    "outcomes.to_other_participation": "Naar andere participatie",
}


@dataclass(frozen=True)
class Field:
    name: str
    kind: str = "text"  # text, textarea, select, checkboxes, number, date, bool, codes_text
    code_list: str | None = None
    required: bool = False
    hint: str = ""
    choices: tuple[tuple[str, str], ...] = ()

    @property
    def label(self) -> str:
        return LABELS.get(self.name) or SUB_LABELS.get(self.name, self.name)

    @property
    def multiple(self) -> bool:
        return self.kind == "checkboxes"

    def options(self) -> list[tuple[str, str]]:
        if self.choices:
            return list(self.choices)
        return list(code_labels(self.code_list or self.name).items())


@dataclass(frozen=True)
class Rows:
    """A child list of the format, shown as numbered rows of sub-fields."""

    name: str
    fields: tuple[Field, ...]
    hint: str = ""

    kind = "rows"

    @property
    def label(self) -> str:
        return LABELS[self.name]


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    items: tuple = field(default_factory=tuple)
    intro: str = ""


def _sub(group: str, sub: str, **kwargs) -> Field:
    return Field(f"{group}.{sub}", **kwargs)


# The rungs are fixed by the format itself, so the shipped list is the truth here.
LADDER = tuple((code, f"{code} – {label}") for code, label in seed()["ladder"])

SECTIONS: tuple[Section, ...] = (
    Section(
        "basis",
        "Basis",
        (
            Field("name", required=True),
            Field("summary", "textarea", required=True, hint="Voor professionals; hoogstens 500 tekens."),
            Field("instrument_type", "select", required=True),
            Field("tiles", "checkboxes", required=True, hint="EW-fasen voor werkzoekenden, DW-fasen voor werkgevers."),
            Field("implementation", "select", required=True),
            Field("aim", "textarea", required=True),
            Field("method", "textarea", required=True),
            Field("distinctive_approach", "textarea"),
            Field(
                "keywords", "text", hint="Lokale namen en afkortingen, gescheiden door ; (bijvoorbeeld LKS; buurtbaan)."
            ),
            Field("legal_basis", "checkboxes"),
            Field("lifecycle", "select"),
            Field("ended_reason", "textarea", hint="Alleen bij een beëindigd instrument."),
        ),
    ),
    Section(
        "doelgroep",
        "Doelgroep en kenmerken",
        (
            Field("target_group_description", "textarea"),
            Field("target_groups", "checkboxes"),
            Field("client_characteristics", "checkboxes", required=True),
            Field("ladder_from", "select", choices=LADDER),
            Field("ladder_to", "select", choices=LADDER),
            Field("age_groups", "checkboxes"),
            Field("benefit_situations", "checkboxes"),
            Field("requires_doelgroepregister", "bool"),
            Field("sectors", "checkboxes", hint="Alleen voor werkgeversdienstverlening."),
            Field("employment_types", "checkboxes", hint="Alleen voor werkgeversdienstverlening."),
            Field("participation_conditions", "textarea"),
        ),
    ),
    Section(
        "praktisch",
        "Praktisch",
        (
            _sub("provider", "name", required=True),
            _sub("provider", "website", hint="Begint met https://"),
            _sub("provider", "email"),
            _sub("provider", "phone"),
            _sub("provider", "kvk"),
            Field("group_forms", "checkboxes"),
            Field("location_types", "checkboxes"),
            Rows("locations", tuple(_sub("locations", s) for s in GROUP_FIELDS["locations"])),
            Field("intensity_hours_per_week", "text", hint="Bijvoorbeeld 8 of 4,5."),
            Field("intensity_description", "textarea"),
            Field("duration_value", "number"),
            Field("duration_unit", "select"),
            Field("duration_description", "textarea"),
            Field("application_instructions", "textarea", hint="Hoe verwijst een professional iemand door?"),
            Field("cooperation_partners", "textarea"),
            Field("additional_information", "textarea"),
            Rows("links", tuple(_sub("links", s) for s in GROUP_FIELDS["links"])),
            Rows(
                "registration_codes", tuple(_sub("registration_codes", s) for s in GROUP_FIELDS["registration_codes"])
            ),
        ),
    ),
    Section(
        "kosten",
        "Kosten",
        (
            Field("costs_amount", "text", hint="Wat de organisatie betaalt, in euro; bijvoorbeeld 1250,00."),
            Field("costs_unit", "select"),
            Field("costs_description", "textarea"),
            Field("funding", "checkboxes"),
            Field("participant_contribution", "text"),
            Field("income_effect", "select"),
        ),
    ),
    Section(
        "bewijs",
        "Bewijs en resultaten",
        (
            Field("evidence_level", "select", required=True),
            Field("evidence_databank", "select"),
            Field("evidence_url", "text"),
            Field("evidence_assessed_on", "date"),
            Field("evaluation_type", "select"),
            Field("evaluation_comparison_group", "bool"),
            Field("evaluation_year", "number"),
            Field("evaluation_url", "text"),
            Field("evaluation_summary", "textarea"),
            Rows(
                "outcomes",
                tuple(_sub("outcomes", s, kind="number") for s in GROUP_FIELDS["outcomes"]),
                hint="Alleen totalen per jaar, nooit gegevens over een persoon.",
            ),
        ),
    ),
    Section(
        "inwoners",
        "Voor inwoners",
        (
            _sub("public", "visible", kind="bool"),
            _sub("public", "title"),
            _sub("public", "summary", kind="textarea", hint="Verplicht als het instrument zichtbaar is."),
            _sub("public", "for_whom", kind="textarea"),
            _sub("public", "what_you_get", kind="textarea"),
            _sub("public", "how_to_start", kind="textarea", hint="Verplicht als het instrument zichtbaar is."),
            _sub("public", "costs_for_you", kind="textarea"),
        ),
        intro="Schrijf in gewone taal (taalniveau B1): korte zinnen, gewone woorden, spreek de lezer aan met 'je'.",
    ),
    Section(
        "beschikbaarheid",
        "Beschikbaarheid en controle",
        (
            _sub("availability", "national", kind="bool", hint="Alleen voor landelijke organisaties."),
            _sub("availability", "regions", kind="codes_text", hint="Regiocodes gescheiden door ; (AM10; AM13)."),
            _sub(
                "availability",
                "gemeenten",
                kind="codes_text",
                hint="Gemeentecodes gescheiden door ; (GM0281; GM0216). Leeg = het hele werkgebied.",
            ),
            Field("publish_from", "date"),
            Field("publish_to", "date"),
            Field("review_interval_months", "number", hint="Leeg = de standaard van uw organisatie."),
            Field("last_reviewed_on", "date"),
        ),
    ),
    Section(
        "contact",
        "Contact",
        (
            Rows(
                "contacts",
                tuple(
                    _sub(
                        "contacts",
                        s,
                        kind={"public": "bool", "kind": "select"}.get(s, "text"),
                        choices=(("intern", "Intern"), ("extern", "Extern")) if s == "kind" else (),
                    )
                    for s in GROUP_FIELDS["contacts"]
                ),
                hint="Naam en een e-mailadres of telefoonnummer. "
                "Alleen contacten met 'Tonen aan inwoners' zijn openbaar.",
            ),
        ),
    ),
)

MULTI_VALUED = frozenset(f.name for s in SECTIONS for f in s.items if isinstance(f, Field) and f.multiple)


def payload_from_form(form: MultiDict) -> dict:
    """The submitted form as a payload in the format (not yet validated)."""
    flat: dict[str, str] = {}
    for name in form:
        if name in CONTROL_FIELDS:
            continue
        values = [v for v in form.getlist(name)]
        flat[name] = ";".join(values) if name in MULTI_VALUED or len(values) > 1 else values[0]
    return unflatten(flat)


def form_values(payload: dict) -> dict[str, object]:
    """What each form field shows for a payload: text, or a list for multi-valued fields."""
    flat = flatten({k: v for k, v in payload.items() if k not in {"id", "owner", "status", "version"}})
    values: dict[str, object] = dict(flat)
    for name in STRING_LIST_FIELDS:
        if name in MULTI_VALUED:
            values[name] = [v for v in flat.get(name, "").split(";") if v]
    return values


def submitted_values(form: MultiDict) -> dict[str, object]:
    """What each field shows after a failed save: exactly what was typed or ticked."""
    values: dict[str, object] = {}
    for name in form:
        values[name] = form.getlist(name) if name in MULTI_VALUED else form.get(name, "")
    return values


def row_count(values: dict[str, object], group: str) -> int:
    """How many rows to show for a child list: those with content, plus empty ones to fill."""
    numbers = [
        int(key.split(".")[1])
        for key, value in values.items()
        if key.startswith(group + ".")
        and key.count(".") == 2
        and key.split(".")[1].isdigit()
        and value not in ("", None)
    ]
    return max(numbers, default=0) + EXTRA_ROWS
