"""Open data: what anonymous visitors may see, as JSON Lines, CSV, XLSX and HSDS 3.0."""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path

import openpyxl
import pytest
from jsonschema import Draft202012Validator

from portal.extensions import db
from tests import factories as f

HSDS_SCHEMA = json.loads((Path(__file__).parent / "data" / "hsds-3.0.schema.json").read_text(encoding="utf-8"))
CANARY = "ijsvogelkanarie"
PUBLIC = {
    "visible": True,
    "title": "Taalcafé Tiel",
    "summary": "Praten in het Nederlands.",
    "for_whom": "Voor iedereen die Nederlands leert.",
    "what_you_get": "Elke week een gesprek.",
    "how_to_start": "Kom langs in de bibliotheek.",
}


@pytest.fixture
def open_world(ctx):
    tiel = f.organisation("GM0281")
    tiel.website, tiel.email, tiel.phone = "https://www.tiel.nl", "info@tiel.example.nl", "0344 123 456"
    shown = f.instrument(
        tiel,
        name="Taalcafé intern",
        public=PUBLIC,
        summary=f"Interne samenvatting {CANARY}.",
        costs_amount="120",
        costs_unit="trajectory",
        tiles=["EW06"],
        target_groups=["ED05", "ED09"],
        locations=[
            {
                "name": "Bibliotheek",
                "street": "Koningin Wilhelminaplein",
                "house_number": "1",
                "postcode": "4001 HA",
                "city": "Tiel",
            },
            {"name": "Online"},
        ],
        contacts=[
            {"name": f"Interne {CANARY}", "email": "intern@tiel.example.nl"},
            {"name": "Balie Bibliotheek", "role": "Gastvrouw", "phone": "0344 000 000", "public": True},
        ],
    )
    f.instrument(tiel, name=f"Niet openbaar {CANARY}")
    f.instrument(tiel, name=f"Concept {CANARY}", publish=False, public=PUBLIC)
    db.session.commit()
    return shown


def test_open_data_files_hold_the_public_part_only(client, open_world):
    lines = client.get("/open-data/instrumenten.jsonl").get_data(as_text=True).splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == [str(open_world.id)]
    assert records[0]["public"]["title"] == "Taalcafé Tiel"
    assert [c["name"] for c in records[0]["contacts"]] == ["Balie Bibliotheek"]
    for path in ("/open-data/instrumenten.jsonl", "/open-data/instrumenten.csv", "/open-data/hsds.json"):
        response = client.get(path)
        assert response.status_code == 200 and "Set-Cookie" not in response.headers
        text = response.get_data(as_text=True)
        assert CANARY not in text and "intern@tiel.example.nl" not in text
        assert "120.00" not in text  # the costs (a CSV header names every key of the format, empty here)
    sheet = openpyxl.load_workbook(io.BytesIO(client.get("/open-data/instrumenten.xlsx").data)).active
    assert sheet.max_row == 2  # header and one instrument
    assert client.get("/open-data/instrumenten.pdf").status_code == 404
    assert "HSDS 3.0" in client.get("/open-data").get_data(as_text=True)


def test_hsds_export_validates_and_maps_the_format(client, open_world):
    document = client.get("/open-data/hsds.json").get_json()
    errors = sorted(
        Draft202012Validator(HSDS_SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER).iter_errors(document),
        key=str,
    )
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])

    (organization,) = document["organizations"]
    (service,) = document["services"]
    assert organization["name"] == "Gemeente Tiel" and organization["phones"][0]["number"] == "0344 123 456"
    assert service["id"] == str(open_world.id) and service["organization_id"] == organization["id"]
    assert service["name"] == "Taalcafé Tiel" and service["status"] == "active"
    assert service["application_process"] == "Kom langs in de bibliotheek."
    assert service["url"].endswith(f"/instrument/{open_world.id}")
    address = service["service_at_locations"][0]["location"]["addresses"][0]
    assert (address["address_1"], address["postal_code"], address["state_province"]) == (
        "Koningin Wilhelminaplein 1",
        "4001 HA",
        "Gelderland",
    )
    assert "addresses" not in service["service_at_locations"][1]["location"]  # no street: no address
    assert [c["name"] for c in service["contacts"]] == ["Balie Bibliotheek"]
    assert {a["taxonomy_term"]["code"] for a in service["attributes"]} == {"EW06", "ED05", "ED09"}
    assert [a["name"] for a in service["service_areas"]] == ["GM0281"]
    # Stable identifiers: a second export gives the same document.
    assert client.get("/open-data/hsds.json").get_json() == document


def test_the_hsds_check_itself_catches_a_broken_document(client, open_world):
    document = client.get("/open-data/hsds.json").get_json()
    validator = Draft202012Validator(HSDS_SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
    broken = json.loads(json.dumps(document))
    del broken["services"][0]["status"]
    broken["organizations"][0]["id"] = "geen-uuid"
    broken["services"][0]["service_at_locations"][0]["location"]["location_type"] = "somewhere"
    messages = {e.message for e in validator.iter_errors(broken)}
    assert any("'status' is a required property" in m for m in messages)
    assert any("geen-uuid" in m for m in messages) and any("somewhere" in m for m in messages)
    assert uuid.UUID(document["services"][0]["id"])
