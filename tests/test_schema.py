"""The one schema of the format: what it accepts, what it refuses, and in which words."""

from decimal import Decimal

import pytest
from marshmallow import ValidationError

from portal.schemas.instrument import InstrumentSchema, flatten_errors
from tests.factories import payload, rich_payload


def errors_of(data, **schema_options) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        InstrumentSchema(**schema_options).load(data)
    found: dict[str, list[str]] = {}
    for key, message in flatten_errors(caught.value.messages):
        found.setdefault(key, []).append(message)
    return found


def test_minimal_instrument_is_valid_and_gets_default_evidence_level():
    data = InstrumentSchema().load(payload())
    assert data["name"] == "Werkfit-traject"
    assert data["evidence_level"] == "niet_beoordeeld"


def test_rich_instrument_is_valid_and_typed():
    data = InstrumentSchema().load(rich_payload())
    assert data["costs_amount"] == Decimal("1250.00")
    assert data["outcomes"][0]["participants"] == 40
    assert data["contacts"][1]["public"] is True
    assert data["availability"] == {"gemeenten": ["GM0281"]}


@pytest.mark.parametrize(
    "key",
    [
        "name",
        "summary",
        "aim",
        "method",
        "instrument_type",
        "tiles",
        "client_characteristics",
        "implementation",
        "provider",
    ],
)
def test_required_fields_are_named_in_dutch(key):
    data = payload()
    del data[key]
    assert errors_of(data)[key] == ["Dit veld is verplicht."]


def test_blank_required_text_counts_as_missing():
    assert errors_of(payload(name="   "))["name"] == ["Dit veld is verplicht."]


def test_unknown_codes_are_refused():
    found = errors_of(payload(tiles=["EW99"], implementation="UV77", target_groups=["ED01", "XX"]))
    assert "EW99" in found["tiles"][0]
    assert "UV77" in found["implementation"][0]
    assert "'XX'" in found["target_groups"][0] and "ED01" not in found["target_groups"][0]


def test_tiles_must_match_the_instrument_type():
    assert "EW01–EW09" in errors_of(payload(tiles=["DW02"]))["tiles"][0]
    found = errors_of(payload(instrument_type="IT02", tiles=["EW02"]))
    assert "DW01–DW10" in found["tiles"][0]


def test_employer_only_fields_on_a_job_seeker_instrument():
    found = errors_of(payload(sectors=["C"], employment_types=["DV01"]))
    assert found["sectors"] == ["Alleen voor werkgeversdienstverlening (IT02)."]
    assert found["employment_types"] == ["Alleen voor werkgeversdienstverlening (IT02)."]
    assert InstrumentSchema().load(payload(instrument_type="IT02", tiles=["DW05"], sectors=["C"]))["sectors"] == ["C"]


def test_ladder_to_below_ladder_from_is_refused():
    found = errors_of(payload(ladder_from=4, ladder_to=2))
    assert found["ladder_to"] == ["De trede 'naar' mag niet lager zijn dan de trede 'van'."]


def test_ladder_outside_one_to_six_is_refused():
    assert "1 tot en met 6" in errors_of(payload(ladder_from=0))["ladder_from"][0]
    assert "1 tot en met 6" in errors_of(payload(ladder_to=7))["ladder_to"][0]


def test_contact_needs_phone_or_email():
    found = errors_of(payload(contacts=[{"name": "Piet"}, {"name": "Loket", "phone": "0344 000 000"}]))
    assert found == {"contacts.1.email": ["Geef een e-mailadres of een telefoonnummer op."]}


def test_contact_without_name_and_bad_email():
    found = errors_of(payload(contacts=[{"email": "geen-adres"}]))
    assert found["contacts.1.name"] == ["Dit veld is verplicht."]
    assert found["contacts.1.email"] == ["Geef een geldig e-mailadres op."]


def test_unknown_keys_are_refused_at_every_level():
    found = errors_of(payload(colour="rood", provider={"name": "X", "fax": "1"}))
    assert found["colour"] == ["Onbekend veld."]
    assert found["provider.fax"] == ["Onbekend veld."]


@pytest.mark.parametrize("key,value", [("status", "published"), ("version", 7), ("owner", "GM0281")])
def test_read_only_keys_cannot_be_set_on_create(key, value):
    found = errors_of(payload(**{key: value}))
    assert found[key] == ["Dit veld wordt door de portal bijgehouden en kan niet worden gewijzigd."]


def test_id_may_be_given_on_create_but_not_changed_on_update():
    the_id = "0b0e0c5e-8a52-4d8e-9d3c-111111111111"
    assert str(InstrumentSchema().load(payload(id=the_id))["id"]) == the_id
    current = {"id": the_id, "owner": "GM0281", "status": "draft", "version": 3}
    other = "0b0e0c5e-8a52-4d8e-9d3c-222222222222"
    assert "id" in errors_of(payload(id=other), readonly=current)
    # Sending back the values one read is fine; changing them is not.
    same = InstrumentSchema(readonly=current).load(payload(id=the_id, owner="GM0281", status="draft", version=3))
    assert "id" not in same and "status" not in same
    assert "status" in errors_of(payload(status="published"), readonly=current)


def test_interchange_files_may_carry_status_and_version():
    data = InstrumentSchema(ignore_readonly=True).load(payload(status="published", version=4, owner="GM0281"))
    assert not {"status", "version", "owner"} & set(data)


def test_public_part_needs_summary_and_how_to_start_when_visible():
    found = errors_of(payload(public={"visible": True, "title": "Hulp"}))
    assert found["public.summary"] == ["Verplicht wanneer het instrument zichtbaar is voor inwoners."]
    assert found["public.how_to_start"] == ["Verplicht wanneer het instrument zichtbaar is voor inwoners."]
    assert InstrumentSchema().load(payload(public={"visible": False, "title": "Hulp"}))["public"] == {"title": "Hulp"}


def test_lengths_are_limited():
    assert errors_of(payload(name="x" * 151))["name"] == ["Maximaal 150 tekens."]
    assert errors_of(payload(summary="x" * 501))["summary"] == ["Maximaal 500 tekens."]


def test_formats_of_kvk_postcode_url_and_dates():
    found = errors_of(
        payload(
            provider={"name": "X", "kvk": "1234", "website": "javascript:alert(1)"},
            locations=[{"postcode": "AB 1234"}],
            evidence_assessed_on="31-01-2025",
        )
    )
    assert found["provider.kvk"] == ["Een KvK-nummer bestaat uit 8 cijfers."]
    assert "https://" in found["provider.website"][0]
    assert found["locations.1.postcode"] == ["Geef een postcode op als 1234 AB."]
    assert "JJJJ-MM-DD" in found["evidence_assessed_on"][0]


def test_postcode_is_normalised():
    data = InstrumentSchema().load(payload(locations=[{"postcode": "4001aa"}]))
    assert data["locations"] == [{"postcode": "4001 AA"}]


def test_amounts_accept_a_dutch_decimal_comma_and_refuse_negatives():
    assert InstrumentSchema().load(payload(costs_amount="1.250,50", costs_unit="once"))["costs_amount"] == Decimal(
        "1250.50"
    )
    assert errors_of(payload(costs_amount="-5", costs_unit="once"))["costs_amount"] == [
        "Het getal mag niet negatief zijn."
    ]
    assert "bedrag" in errors_of(payload(costs_amount="veel", costs_unit="once"))["costs_amount"][0]


def test_costs_and_duration_need_their_unit():
    found = errors_of(payload(costs_amount="10", duration_value=3))
    assert "costs_unit" in found and "duration_unit" in found


def test_integers_are_never_rounded():
    assert errors_of(payload(duration_value="2.5", duration_unit="week"))["duration_value"] == [
        "Geef een heel getal op."
    ]
    assert InstrumentSchema().load(payload(duration_value="3", duration_unit="week"))["duration_value"] == 3


def test_outcomes_are_aggregates_that_add_up():
    found = errors_of(payload(outcomes=[{"year": 2024, "participants": 3, "to_paid_work": 2, "to_education": 2}]))
    assert found["outcomes.1.participants"] == ["Samen zijn de uitstromers meer dan het aantal deelnemers."]
    found = errors_of(payload(outcomes=[{"year": 2024}, {"year": 2024}]))
    assert found["outcomes"] == ["Elk jaar mag maar één keer voorkomen."]
    assert errors_of(payload(outcomes=[{"participants": 3}]))["outcomes.1.year"] == ["Dit veld is verplicht."]


def test_ended_instruments_need_a_reason():
    assert "reden" in errors_of(payload(lifecycle="ended"))["ended_reason"][0]
    assert InstrumentSchema().load(payload(lifecycle="ended", ended_reason="Subsidie gestopt"))["lifecycle"] == "ended"


def test_raw_html_is_sanitized_and_plain_text_kept():
    data = InstrumentSchema().load(
        payload(
            aim='<p onclick="x()">Doel <script>alert(1)</script><a href="javascript:alert(1)">link</a></p>',
            method="Stap 1 & stap 2 < stap 3",
        )
    )
    assert "<script" not in data["aim"] and "onclick" not in data["aim"] and "javascript" not in data["aim"]
    assert data["aim"].startswith("<p>Doel")
    assert data["method"] == "Stap 1 & stap 2 < stap 3"


def test_code_lists_given_as_one_string_and_duplicates_collapsed():
    data = InstrumentSchema().load(payload(tiles="EW04;EW05;EW04"))
    assert data["tiles"] == ["EW04", "EW05"]


def test_publication_window_is_ordered():
    found = errors_of(payload(publish_from="2026-05-01", publish_to="2026-04-01"))
    assert found["publish_to"] == ["De einddatum ligt vóór de begindatum."]


def test_not_an_object():
    with pytest.raises(ValidationError) as caught:
        InstrumentSchema().load(["geen", "object"])
    assert "Verwacht een object" in str(caught.value.messages)
