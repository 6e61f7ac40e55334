"""THE instrument format (shared/FORMAT.md) as one marshmallow schema.

Forms, the API, import, export and the search document all go through this module:
``InstrumentSchema`` validates and cleans incoming data, ``dump_instrument`` turns a stored
instrument into the format. Messages are Dutch and name the field.
"""

from __future__ import annotations

from typing import Any

from marshmallow import (
    RAISE,
    Schema,
    ValidationError,
    fields,
    post_load,
    pre_load,
    validate,
    validates_schema,
)

from portal.codelists import active_codes
from portal.schemas.fields import (
    Bool,
    Choice,
    CodeField,
    CodeListField,
    Day,
    EmailAddress,
    Link,
    Money,
    ShortStr,
    Str,
    StrList,
    Text,
    Uuid,
    WholeNumber,
)

LABELS = {
    "id": "ID",
    "owner": "Eigenaar",
    "name": "Naam",
    "summary": "Samenvatting",
    "aim": "Doel",
    "method": "Werkwijze",
    "distinctive_approach": "Onderscheidende aanpak",
    "target_group_description": "Toelichting doelgroep",
    "participation_conditions": "Voorwaarden deelname",
    "cooperation_partners": "Samenwerkingspartners",
    "additional_information": "Aanvullende informatie",
    "application_instructions": "Aanmelden",
    "keywords": "Trefwoorden",
    "instrument_type": "Soort dienstverlening",
    "legal_basis": "Wettelijk kader",
    "tiles": "Fase in de dienstverlening",
    "ladder_from": "Participatieladder van",
    "ladder_to": "Participatieladder naar",
    "client_characteristics": "Persoonskenmerken waar het instrument aan werkt",
    "target_groups": "Doelgroepen",
    "implementation": "Uitvoeringsvorm",
    "group_forms": "Groepsvorm",
    "location_types": "Locatie",
    "sectors": "Sectoren (werkgevers)",
    "employment_types": "Soort dienstverband",
    "age_groups": "Leeftijd kandidaat",
    "benefit_situations": "Uitkeringssituatie kandidaat",
    "requires_doelgroepregister": "Alleen voor doelgroepregister",
    "provider": "Aanbieder",
    "locations": "Adressen",
    "contacts": "Contactpersonen",
    "intensity_hours_per_week": "Intensiteit (uur per week)",
    "intensity_description": "Toelichting intensiteit",
    "duration_value": "Duur",
    "duration_unit": "Duur (eenheid)",
    "duration_description": "Toelichting duur",
    "costs_amount": "Kosten (euro)",
    "costs_unit": "Kosten per",
    "costs_description": "Toelichting kosten",
    "funding": "Financiering",
    "participant_contribution": "Eigen bijdrage deelnemer (euro)",
    "income_effect": "Wat betekent het voor het inkomen",
    "evidence_level": "Bewijskracht",
    "evidence_databank": "Databank",
    "evidence_url": "Link naar beoordeling",
    "evidence_assessed_on": "Beoordeeld op",
    "evaluation_type": "Lokale evaluatie",
    "evaluation_comparison_group": "Met vergelijkingsgroep",
    "evaluation_year": "Jaar evaluatie",
    "evaluation_url": "Rapport",
    "evaluation_summary": "Uitkomst evaluatie",
    "outcomes": "Resultaten per jaar",
    "lifecycle": "Levensfase",
    "ended_reason": "Reden beëindiging",
    "adopted_from": "Overgenomen van",
    "availability": "Beschikbaar in",
    "links": "Links",
    "registration_codes": "Registratiecodes",
    "public": "Voor inwoners",
    "status": "Status",
    "publish_from": "Zichtbaar van",
    "publish_to": "Zichtbaar tot",
    "review_interval_months": "Controleren na (maanden)",
    "last_reviewed_on": "Laatst gecontroleerd",
    "version": "Versie",
}

# Keys the portal sets itself: a payload may not change them.
READ_ONLY_KEYS = ("id", "owner", "status", "version")

POSTCODE = validate.Regexp(r"^[1-9][0-9]{3} ?[A-Z]{2}$", error="Geef een postcode op als 1234 AB.")
KVK = validate.Regexp(r"^[0-9]{8}$", error="Een KvK-nummer bestaat uit 8 cijfers.")
PHONE = validate.Regexp(r"^\+?[0-9][0-9 ()-]{5,19}$", error="Geef een telefoonnummer op, bijvoorbeeld 0344 123 456.")


class FormatSchema(Schema):
    """Dutch schema-level messages; unknown keys are refused, never silently dropped."""

    error_messages = {
        "unknown": "Onbekend veld.",
        "type": "Verwacht een object met velden.",
    }

    class Meta:
        unknown = RAISE

    @post_load
    def _drop_empty(self, data: dict, **kwargs) -> dict:
        return {k: v for k, v in data.items() if v is not None and v != [] and v != {}}


class ProviderSchema(FormatSchema):
    name = ShortStr(200, required=True)
    website = Link()
    email = EmailAddress()
    phone = Str(validate=PHONE)
    kvk = Str(validate=KVK)


class LocationSchema(FormatSchema):
    name = ShortStr(200)
    street = ShortStr(200)
    house_number = ShortStr(20)
    postcode = Str(validate=POSTCODE)
    city = ShortStr(100)

    @pre_load
    def _upper_postcode(self, data, **kwargs):
        if isinstance(data, dict) and isinstance(data.get("postcode"), str):
            data = {**data, "postcode": data["postcode"].strip().upper()}
        return data

    @post_load
    def _space_postcode(self, data: dict, **kwargs) -> dict:
        code = data.get("postcode")
        if code and " " not in code:
            data["postcode"] = f"{code[:4]} {code[4:]}"
        return data


class ContactSchema(FormatSchema):
    name = ShortStr(200, required=True)
    role = ShortStr(200)
    email = EmailAddress()
    phone = Str(validate=PHONE)
    kind = Choice({"intern": "Intern", "extern": "Extern"})
    public = Bool()

    @validates_schema
    def _reachable(self, data: dict, **kwargs) -> None:
        if not data.get("email") and not data.get("phone"):
            raise ValidationError("Geef een e-mailadres of een telefoonnummer op.", "email")


class LinkSchema(FormatSchema):
    label = ShortStr(200, required=True)
    url = Link(required=True)


class RegistrationCodeSchema(FormatSchema):
    code = ShortStr(60, required=True)
    label = ShortStr(200)


COUNT = {"minimum": 0, "maximum": 10_000_000}


class OutcomeSchema(FormatSchema):
    year = WholeNumber(required=True, minimum=1990, maximum=2100)
    participants = WholeNumber(**COUNT)
    to_paid_work = WholeNumber(**COUNT)
    to_education = WholeNumber(**COUNT)
    to_other_participation = WholeNumber(**COUNT)

    @validates_schema
    def _within_participants(self, data: dict, **kwargs) -> None:
        participants = data.get("participants")
        if participants is None:
            return
        moved = sum(data.get(k) or 0 for k in ("to_paid_work", "to_education", "to_other_participation"))
        if moved > participants:
            raise ValidationError("Samen zijn de uitstromers meer dan het aantal deelnemers.", "participants")


class AvailabilitySchema(FormatSchema):
    national = Bool()
    regions = StrList(Str(validate=validate.Regexp(r"^AM[0-9]{2}$", error="Geef een regiocode op als AM10.")))
    gemeenten = StrList(Str(validate=validate.Regexp(r"^GM[0-9]{4}$", error="Geef een gemeentecode op als GM0281.")))

    @post_load
    def _drop_false(self, data: dict, **kwargs) -> dict:
        if data.get("national") is False:
            data.pop("national")
        return data


class PublicSchema(FormatSchema):
    visible = Bool()
    title = ShortStr(120)
    summary = Text()
    for_whom = Text()
    what_you_get = Text()
    how_to_start = Text()
    costs_for_you = Text()

    @validates_schema
    def _complete_when_visible(self, data: dict, **kwargs) -> None:
        if data.get("visible"):
            errors = {
                key: ["Verplicht wanneer het instrument zichtbaar is voor inwoners."]
                for key in ("summary", "how_to_start")
                if not data.get(key)
            }
            if errors:
                raise ValidationError(errors)

    @post_load
    def _drop_false(self, data: dict, **kwargs) -> dict:
        if data.get("visible") is False:
            data.pop("visible")
        return data


class InstrumentSchema(FormatSchema):
    """Validates one instrument in the format.

    ``readonly``: the current values of the read-only keys (``id``, ``owner``, ``status``,
    ``version``) of the instrument being written. A payload may repeat a current value (an
    API client sends back what it read) but may not change it; on create, only ``id`` may
    be given (it stays stable across export and import). ``ignore_readonly`` drops those
    keys instead, for interchange files whose status and version belong to another portal.
    """

    id = Uuid()
    owner = Str()
    status = Str()
    version = WholeNumber()

    name = ShortStr(150, required=True)
    summary = ShortStr(500, required=True)
    aim = Text(required=True)
    method = Text(required=True)
    distinctive_approach = Text()
    target_group_description = Text()
    participation_conditions = Text()
    cooperation_partners = Text()
    additional_information = Text()
    application_instructions = Text()
    keywords = StrList(ShortStr(80), validate=validate.Length(max=50, error="Maximaal {max} trefwoorden."))

    instrument_type = CodeField("instrument_type", required=True)
    legal_basis = CodeListField("legal_basis")
    tiles = CodeListField("tiles", required=True)
    ladder_from = WholeNumber(minimum=1, maximum=6)
    ladder_to = WholeNumber(minimum=1, maximum=6)
    client_characteristics = CodeListField("client_characteristics", required=True)
    target_groups = CodeListField("target_groups")
    implementation = CodeField("implementation", required=True)
    group_forms = CodeListField("group_forms")
    location_types = CodeListField("location_types")
    sectors = CodeListField("sectors")
    employment_types = CodeListField("employment_types")
    age_groups = CodeListField("age_groups")
    benefit_situations = CodeListField("benefit_situations")
    requires_doelgroepregister = Bool()

    provider = fields.Nested(
        ProviderSchema,
        required=True,
        error_messages={
            "required": "Dit veld is verplicht.",
            "null": "Dit veld is verplicht.",
            "type": "Verwacht een object met velden.",
        },
    )
    locations = fields.List(fields.Nested(LocationSchema), validate=validate.Length(max=50))
    contacts = fields.List(fields.Nested(ContactSchema), validate=validate.Length(max=50))

    intensity_hours_per_week = Money(places=2)
    intensity_description = Text()
    duration_value = WholeNumber(minimum=0, maximum=10_000)
    duration_unit = CodeField("duration_unit")
    duration_description = Text()
    costs_amount = Money()
    costs_unit = CodeField("costs_unit")
    costs_description = Text()
    funding = CodeListField("funding")
    participant_contribution = Money()
    income_effect = CodeField("income_effect")

    evidence_level = CodeField("evidence_level", load_default="niet_beoordeeld")
    evidence_databank = CodeField("evidence_databank")
    evidence_url = Link()
    evidence_assessed_on = Day()
    evaluation_type = CodeField("evaluation_type")
    evaluation_comparison_group = Bool()
    evaluation_year = WholeNumber(minimum=1990, maximum=2100)
    evaluation_url = Link()
    evaluation_summary = Text()
    outcomes = fields.List(fields.Nested(OutcomeSchema), validate=validate.Length(max=100))

    lifecycle = CodeField("lifecycle")
    ended_reason = Text()
    adopted_from = Uuid()
    availability = fields.Nested(AvailabilitySchema)
    links = fields.List(fields.Nested(LinkSchema), validate=validate.Length(max=50))
    registration_codes = fields.List(fields.Nested(RegistrationCodeSchema), validate=validate.Length(max=50))
    public = fields.Nested(PublicSchema)

    publish_from = Day()
    publish_to = Day()
    review_interval_months = WholeNumber(minimum=1, maximum=24)
    last_reviewed_on = Day()

    def __init__(self, *, readonly: dict[str, Any] | None = None, ignore_readonly: bool = False, codes=None, **kwargs):
        super().__init__(**kwargs)
        self.readonly = readonly or {}
        self.ignore_readonly = ignore_readonly
        self._codes = codes

    @pre_load
    def _read_only_keys(self, data, **kwargs):
        if not isinstance(data, dict):
            return data
        data = dict(data)
        errors: dict[str, list[str]] = {}
        for key in READ_ONLY_KEYS:
            if key not in data:
                continue
            if self.ignore_readonly and key != "id":
                del data[key]
                continue
            given = data[key]
            if key == "id" and not self.readonly:
                continue
            current = self.readonly.get(key)
            if given in (None, "") or (current is not None and str(given).strip() == str(current)):
                del data[key]
                continue
            errors[key] = ["Dit veld wordt door de portal bijgehouden en kan niet worden gewijzigd."]
        if errors:
            raise ValidationError(errors)
        return data

    @validates_schema(skip_on_field_errors=False)
    def _rules(self, data: dict, **kwargs) -> None:
        errors: dict[str, list[str]] = {}

        def fail(key: str, message: str) -> None:
            errors.setdefault(key, []).append(message)

        codes = self._codes or active_codes()
        for name, field in self.fields.items():
            value = data.get(name)
            if value is None:
                continue
            if isinstance(field, CodeField):
                if value not in codes.get(field.list_name, ()):
                    fail(name, f"Onbekende code {value!r}.")
            elif isinstance(field, CodeListField):
                unknown = [v for v in value if v not in codes.get(field.list_name, ())]
                if unknown:
                    fail(name, "Onbekende code(s): " + ", ".join(map(repr, unknown)) + ".")
        for name in ("tiles", "client_characteristics"):
            if name in data and not data[name]:
                fail(name, "Kies er minstens één.")

        kind = data.get("instrument_type")
        tiles = data.get("tiles") or []
        if kind == "IT01" and any(not t.startswith("EW") for t in tiles):
            fail("tiles", "Werkzoekende-dienstverlening (IT01) gebruikt de fasen EW01–EW09.")
        if kind == "IT02" and any(not t.startswith("DW") for t in tiles):
            fail("tiles", "Werkgeversdienstverlening (IT02) gebruikt de fasen DW01–DW10.")
        if kind == "IT01":
            for name in ("sectors", "employment_types"):
                if data.get(name):
                    fail(name, "Alleen voor werkgeversdienstverlening (IT02).")

        low, high = data.get("ladder_from"), data.get("ladder_to")
        if low is not None and high is not None and high < low:
            fail("ladder_to", "De trede 'naar' mag niet lager zijn dan de trede 'van'.")
        if (data.get("duration_value") is None) != (data.get("duration_unit") is None):
            fail("duration_unit", "Geef de duur op met een getal én een eenheid.")
        if data.get("costs_amount") is not None and not data.get("costs_unit"):
            fail("costs_unit", "Geef aan waar het bedrag voor geldt (per uur, per traject, ...).")
        if data.get("lifecycle") == "ended" and not data.get("ended_reason"):
            fail("ended_reason", "Geef de reden waarom het instrument is beëindigd.")
        if data.get("ended_reason") and data.get("lifecycle") != "ended":
            fail("ended_reason", "Alleen bij een beëindigd instrument.")
        start, end = data.get("publish_from"), data.get("publish_to")
        if start and end and end < start:
            fail("publish_to", "De einddatum ligt vóór de begindatum.")
        years = [o["year"] for o in data.get("outcomes") or [] if "year" in o]
        if len(years) != len(set(years)):
            fail("outcomes", "Elk jaar mag maar één keer voorkomen.")
        if errors:
            raise ValidationError(errors)


def flatten_errors(messages: Any, prefix: str = "") -> list[tuple[str, str]]:
    """marshmallow's nested error dict as (dotted key, message) pairs, e.g. ``contacts.1.email``.

    List positions are shown from 1, the way people count rows and columns.
    """
    pairs: list[tuple[str, str]] = []
    if isinstance(messages, dict):
        for key, value in messages.items():
            part = str(key + 1) if isinstance(key, int) else str(key)
            if part == "_schema":
                pairs.extend(flatten_errors(value, prefix))
            else:
                pairs.extend(flatten_errors(value, f"{prefix}.{part}" if prefix else part))
    elif isinstance(messages, list):
        for item in messages:
            pairs.extend(flatten_errors(item, prefix))
    else:
        pairs.append((prefix or "_", str(messages)))
    return pairs


def describe_key(dotted: str) -> str:
    """A Dutch label for a dotted key, for messages shown to people."""
    top = dotted.split(".", 1)[0]
    label = LABELS.get(top)
    return f"{label} ({dotted})" if label else dotted
