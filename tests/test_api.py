"""The REST API: tokens, instruments with ETag/If-Match, workflow, problem+json, isolation."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from portal.actions.tokens import token_create, token_revoke
from portal.extensions import db
from portal.models import ApiToken
from tests import factories as f

PUBLIC = {"visible": True, "title": "Werk zoeken in Tiel", "summary": "Hulp bij werk.", "how_to_start": "Bel ons."}


def bearer(secret: str) -> dict:
    return {"Authorization": f"Bearer {secret}"}


def is_problem(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert body["status"] == status and body["title"] and body["detail"]
    assert "Traceback" not in response.get_data(as_text=True)
    return body


@pytest.fixture
def world(ctx):
    tiel, utrecht = f.organisation("GM0281"), f.organisation("GM0344")
    tiel_editor = f.user(tiel, "eindredacteur")
    utrecht_editor = f.user(utrecht, "eindredacteur")
    data = {
        "tiel_public": f.instrument(
            tiel,
            name="Jobhunters Tiel",
            public=PUBLIC,
            costs_amount="750",
            costs_unit="trajectory",
            contacts=[
                {"name": "Geheime Coach", "email": "coach@tiel.example.nl"},
                {"name": "Balie Werkplein", "phone": "0344 111 222", "public": True},
            ],
        ),
        "tiel_internal": f.instrument(tiel, name="Intern traject Tiel"),
        "tiel_draft": f.instrument(tiel, name="Concept Tiel", publish=False, public=PUBLIC),
        "utrecht_draft": f.instrument(utrecht, name="Concept Utrecht", publish=False),
        "utrecht_published": f.instrument(utrecht, name="Utrechts aanbod"),
    }
    data["tiel_token"] = token_create(None, tiel_editor, "test Tiel")[1]
    data["utrecht_token"] = token_create(None, utrecht_editor, "test Utrecht")[1]
    db.session.commit()
    return data


def payload(owner: str, **overrides) -> dict:
    return f.payload(**{"owner": owner, "name": "Via de API", **overrides})


# ----------------------------------------------------------------------------- reading


def test_anonymous_callers_read_public_parts_of_published_instruments_only(client, world):
    body = client.get("/api/v1/instruments?per_page=100").get_json()
    names = {item.get("name") for item in body["items"]}
    assert "Werk zoeken in Tiel" in names  # the public title: the internal name stays inside
    assert "Jobhunters Tiel" not in client.get("/api/v1/instruments?per_page=100").get_data(as_text=True)
    assert not names & {"Intern traject Tiel", "Concept Tiel", "Concept Utrecht", "Utrechts aanbod"}
    item = client.get(f"/api/v1/instruments/{world['tiel_public'].id}").get_json()
    assert item["public"]["title"] == "Werk zoeken in Tiel"
    assert [c["name"] for c in item["contacts"]] == ["Balie Werkplein"]
    for hidden in ("summary", "aim", "costs_amount", "status", "version", "outcomes"):
        assert hidden not in item
    for unseen in ("tiel_internal", "tiel_draft", "utrecht_draft"):
        is_problem(client.get(f"/api/v1/instruments/{world[unseen].id}"), 404)


def test_a_token_reads_with_its_users_rights(client, world):
    body = client.get("/api/v1/instruments?per_page=100", headers=bearer(world["tiel_token"])).get_json()
    names = {item["name"] for item in body["items"]}
    assert {"Jobhunters Tiel", "Intern traject Tiel", "Concept Tiel", "Utrechts aanbod"} <= names
    assert "Concept Utrecht" not in names
    response = client.get(f"/api/v1/instruments/{world['tiel_draft'].id}", headers=bearer(world["tiel_token"]))
    assert response.status_code == 200 and response.headers["ETag"] == f'"{world["tiel_draft"].version}"'
    assert response.headers["Cache-Control"] == "no-store"
    is_problem(client.get(f"/api/v1/instruments/{world['utrecht_draft'].id}", headers=bearer(world["tiel_token"])), 404)


def test_pages_and_filters(client, world):
    body = client.get("/api/v1/instruments?per_page=1&owner=GM0281", headers=bearer(world["tiel_token"])).get_json()
    assert body["total"] == 3 and len(body["items"]) == 1 and "page=2" in body["next"]
    is_problem(client.get("/api/v1/instruments?per_page=1000"), 400)
    is_problem(client.get("/api/v1/instruments?page=nul"), 400)
    is_problem(client.get("/api/v1/instruments?gemeente=GM9999"), 400)


# ----------------------------------------------------------------------------- tokens


def test_tokens_are_stored_hashed_and_revoking_stops_them_at_once(client, world):
    secret = world["tiel_token"]
    rows = db.session.scalars(select(ApiToken)).all()
    assert all(secret not in (row.token_hash, row.prefix, row.name) for row in rows)
    headers = bearer(secret)
    assert client.get(f"/api/v1/instruments/{world['tiel_draft'].id}", headers=headers).status_code == 200
    token = next(row for row in rows if secret.startswith(row.prefix) and row.name == "test Tiel")
    token_revoke(None, token.id)
    db.session.commit()
    body = is_problem(client.get(f"/api/v1/instruments/{world['tiel_draft'].id}", headers=headers), 401)
    assert "ingetrokken" in body["detail"]


def test_a_bad_token_is_refused_not_ignored(client, world):
    response = client.get("/api/v1/instruments", headers=bearer("igt_verzonnen"))
    is_problem(response, 401)
    assert response.headers["WWW-Authenticate"] == "Bearer"
    is_problem(client.get("/api/v1/instruments", headers={"Authorization": "Basic abc"}), 401)


def test_token_from_the_command_line(ctx, world):
    editor = f.user(f.organisation("GM0281"), "redacteur", email="cli@tiel.example.nl")
    db.session.commit()
    runner = ctx.test_cli_runner()
    result = runner.invoke(args=["instrumentengids", "token", "create", editor.email, "--name", "zaaksysteem"])
    assert result.exit_code == 0, result.output
    secret = result.output.strip().splitlines()[-1]
    assert secret.startswith("igt_")
    token = db.session.scalar(select(ApiToken).where(ApiToken.name == "zaaksysteem"))
    result = runner.invoke(args=["instrumentengids", "token", "revoke", str(token.id)])
    assert result.exit_code == 0 and "ingetrokken" in result.output
    result = runner.invoke(args=["instrumentengids", "token", "create", "niemand@example.nl"])
    assert result.exit_code != 0 and "Er is geen gebruiker" in result.output


def test_tokens_in_the_portal(client, world):
    user = f.user(f.organisation("GM0281"), "professional")
    db.session.commit()
    assert client.post("/inloggen", data={"email": user.email, "password": "correct horse battery"}).status_code == 302
    page = client.post("/account/api-tokens", data={"name": "website"})
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store"
    secret = text.split('id="nieuwe-token" type="text" readonly value="')[1].split('"')[0]
    assert client.get("/api/v1/instruments", headers=bearer(secret)).status_code == 200
    assert secret not in client.get("/account/api-tokens").get_data(as_text=True)  # shown once
    token = db.session.scalar(select(ApiToken).where(ApiToken.name == "website"))
    client.post("/account/api-tokens", data={"revoke": str(token.id)})
    is_problem(client.get("/api/v1/instruments", headers=bearer(secret)), 401)
    assert "Geef de token een naam" in client.post("/account/api-tokens", data={"name": ""}).get_data(as_text=True)
    other = token_create(None, f.user(f.organisation("GM0344"), "professional"), "van een ander")[0]
    db.session.commit()
    assert client.post("/account/api-tokens", data={"revoke": str(other.id)}).status_code == 404


# ----------------------------------------------------------------------------- writing


def test_create_update_with_if_match_and_publish(client, world):
    headers = bearer(world["tiel_token"])
    created = client.post("/api/v1/instruments", json=payload("GM0281"), headers=headers)
    assert created.status_code == 201, created.get_data(as_text=True)
    location, etag = created.headers["Location"], created.headers["ETag"]
    body = created.get_json()
    assert body["status"] == "draft" and body["owner"] == "GM0281" and location.endswith(body["id"])

    changed = {**body, "name": "Via de API, aangepast"}
    is_problem(client.put(location, json=changed, headers=headers), 428)
    is_problem(client.put(location, json=changed, headers={**headers, "If-Match": '"999"'}), 412)
    updated = client.put(location, json=changed, headers={**headers, "If-Match": etag})
    assert updated.status_code == 200, updated.get_data(as_text=True)
    assert updated.get_json()["name"] == "Via de API, aangepast"
    assert updated.headers["ETag"] != etag
    is_problem(client.put(location, json=changed, headers={**headers, "If-Match": etag}), 412)  # now stale

    published = client.post(f"{location}/transitions", json={"to": "published"}, headers=headers)
    assert published.status_code == 200 and published.get_json()["status"] == "published"
    assert client.get(location).status_code == 404  # no visible public part: not for anonymous callers
    assert client.delete(location, headers=headers).status_code == 204
    assert client.get(location, headers=headers).get_json()["status"] == "archived"


def test_bad_input_gets_dutch_problems_per_field(client, world):
    headers = bearer(world["tiel_token"])
    body = is_problem(client.post("/api/v1/instruments", json=payload("GM0281", name=""), headers=headers), 422)
    assert any(e["field"] == "name" for e in body["errors"])
    body = is_problem(client.post("/api/v1/instruments", json={"name": "Zonder eigenaar"}, headers=headers), 422)
    assert body["errors"][0]["field"] == "owner"
    is_problem(client.post("/api/v1/instruments", data="naam=x", headers=headers), 415)
    is_problem(client.post("/api/v1/instruments", json=["geen", "object"], headers=headers), 400)
    location = f"/api/v1/instruments/{world['tiel_draft'].id}"
    body = is_problem(client.post(f"{location}/transitions", json={"to": "verdwenen"}, headers=headers), 422)
    assert body["errors"][0]["field"] == "status"
    is_problem(client.post("/api/v1/instruments", json=payload("GM0281")), 401)  # no token


@pytest.mark.parametrize("operation", ["create", "update", "delete", "transition", "read_draft"])
def test_a_token_of_one_organisation_cannot_touch_another(client, world, operation):
    headers = bearer(world["tiel_token"])
    target = world["utrecht_draft"]
    location = f"/api/v1/instruments/{target.id}"
    version = target.version
    if operation == "create":
        is_problem(client.post("/api/v1/instruments", json=payload("GM0344"), headers=headers), 403)
    elif operation == "update":
        changed = {**payload("GM0344"), "id": str(target.id)}
        is_problem(client.put(location, json=changed, headers={**headers, "If-Match": f'"{version}"'}), 404)
    elif operation == "delete":
        is_problem(client.delete(location, headers=headers), 404)
    elif operation == "transition":
        is_problem(client.post(f"{location}/transitions", json={"to": "in_review"}, headers=headers), 404)
    else:
        is_problem(client.get(location, headers=headers), 404)
    db.session.expire_all()
    assert target.status == "draft" and target.version == version and target.name == "Concept Utrecht"


# ----------------------------------------------------------------------------- the rest


def test_unknown_addresses_and_methods_are_problems_too(client):
    is_problem(client.get("/api/v1/bestaat-niet"), 404)
    is_problem(client.patch("/api/v1/instruments"), 405)
    is_problem(client.get("/api/v1/instruments/geen-uuid"), 404)


def test_reference_data(client):
    gemeenten = client.get("/api/v1/gemeenten").get_json()
    assert len([g for g in gemeenten if g["active"]]) == 342
    assert {"code": "AM10", "name": "Rivierenland"} in client.get("/api/v1/regions").get_json()
    codelists = client.get("/api/v1/codelists").get_json()
    assert {"code": "EW04", "label": "Werk fit"} in codelists["tiles"]
    organisations = client.get("/api/v1/organisations").get_json()
    assert any(o["code"] == "GM0281" and o["type"] == "gemeente" for o in organisations)


def test_openapi_document_and_its_page(client):
    document = client.get("/api/v1/openapi.json").get_json()
    assert document["openapi"].startswith("3.")
    assert {"/instruments", "/instruments/{instrument_id}", "/instruments/{instrument_id}/transitions"} <= set(
        document["paths"]
    )
    instrument = document["components"]["schemas"]["Instrument"]
    assert {"name", "tiles", "provider"} <= set(instrument["required"])
    amount = instrument["properties"]["costs_amount"]["anyOf"]  # written as "750.00", read as either
    assert {"type": "number", "minimum": 0} in amount and amount[0]["type"] == "string"
    page = client.get("/api/v1/docs").get_data(as_text=True)
    assert "/api/v1/instruments/{instrument_id}/transitions" in page and "<script" not in page


# ----------------------------------------------------------------------------- found in review


def test_nul_bytes_are_refused_as_bad_requests(client, world):
    for path in ("/api/v1/instruments?status=%00", "/api/v1/instruments?gemeente=%00", "/api/v1/instruments?owner=%00"):
        is_problem(client.get(path), 400)
    assert client.get("/werkgevers?gemeente=%00").status_code == 400
    assert client.get("/gemeente?q=%00").status_code == 400
    is_problem(client.get("/api/v1/instruments?status=verzonnen"), 400)


def test_query_keys_that_url_for_would_take_break_nothing(client, world):
    assert client.get("/?endpoint=x&_external=1").status_code == 200
    headers = bearer(world["tiel_token"])
    body = client.get("/api/v1/instruments?per_page=1&_external=0&endpoint=x", headers=headers).get_json()
    assert "endpoint" not in body["next"] and "_external" not in body["next"]


def test_reads_note_the_token_as_used_and_are_never_cached_for_others(client, world):
    response = client.get("/api/v1/regions", headers=bearer(world["tiel_token"]))
    assert response.headers["Cache-Control"] == "no-store" and "Authorization" in response.headers["Vary"]
    token = db.session.scalar(select(ApiToken).where(ApiToken.name == "test Tiel"))
    db.session.refresh(token)
    assert token.last_used_at is not None
    anonymous = client.get(f"/api/v1/instruments/{world['tiel_public'].id}")
    assert "Authorization" in anonymous.headers["Vary"]


def test_a_405_says_which_methods_are_allowed(client):
    response = client.patch("/api/v1/instruments")
    is_problem(response, 405)
    assert set(response.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "POST"}
    assert "bestaat niet in de API" in client.get("/api/v1/niets?lang=en").get_json()["detail"]


def test_api_urls_never_carry_the_interface_language(client, world):
    body = client.get(f"/api/v1/instruments/{world['tiel_public'].id}?lang=en").get_json()
    assert "lang=" not in body["url"]


def test_coverage_and_comparison_data(client, world):
    from portal.comparisons.coverage import coverage

    body = client.get("/api/v1/coverage?dimension=tiles&scope=region&region=AM10").get_json()
    matrix = coverage("tiles", "gemeente", [a["code"] for a in body["areas"]])
    tiel = next(a for a in body["areas"] if a["code"] == "GM0281")
    assert tiel["total"] == matrix.totals["GM0281"] and tiel["counts"]["EW04"] == matrix.count("GM0281", "EW04")
    is_problem(client.get("/api/v1/coverage?dimension=kleur"), 400)

    ids = f"id={world['tiel_public'].id}&id={world['utrecht_published'].id}"
    is_problem(client.get(f"/api/v1/compare?{ids}"), 401)
    is_problem(client.get(f"/api/v1/compare?{ids}", headers=bearer(world["tiel_token"])), 403)  # an editor
    member = token_create(None, f.user(f.organisation("AM10"), "werkgroeplid"), "werkgroep")[1]
    db.session.commit()
    body = client.get(f"/api/v1/compare?{ids}", headers=bearer(member)).get_json()
    assert [i["name"] for i in body["instruments"]] == ["Jobhunters Tiel", "Utrechts aanbod"]
    assert next(r for r in body["rows"] if r["field"] == "Eigenaar")["differs"] is True
    hidden = f"id={world['tiel_public'].id}&id={world['utrecht_draft'].id}"
    is_problem(client.get(f"/api/v1/compare?{hidden}", headers=bearer(member)), 404)
