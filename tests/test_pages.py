"""The pages show what each viewer may see, and nothing else."""

import pytest
from werkzeug.routing import IntegerConverter

from portal.views import ENDPOINT_PERMISSIONS, PUBLIC_ENDPOINTS
from tests import factories as f

PASSWORD = "correct horse battery"


def login(client, user):
    response = client.post("/inloggen", data={"email": user.email, "password": PASSWORD})
    assert response.status_code == 302, response.get_data(as_text=True)


@pytest.fixture
def offer(ctx):
    tiel = f.organisation("GM0281")
    public_part = {
        "visible": True,
        "title": "Werk vinden in Tiel",
        "summary": "Hulp bij werk zoeken.",
        "how_to_start": "Bel het Werkplein.",
    }
    return {
        "public": f.instrument(
            tiel,
            name="Jobhunters Tiel",
            public=public_part,
            contacts=[
                {"name": "Geheime Coach", "email": "coach@example.nl"},
                {"name": "Werkplein balie", "phone": "0344 000 111", "public": True},
            ],
            costs_amount="500",
            costs_unit="trajectory",
        ),
        "internal": f.instrument(tiel, name="Intern coachingstraject"),
        "draft": f.instrument(tiel, name="Concept van Tiel", publish=False, public=public_part),
        "utrecht": f.instrument(f.organisation("GM0344"), name="Utrechts aanbod", public=public_part),
        "tiel": tiel,
    }


def test_home_lists_every_region_and_gemeente(client):
    page = client.get("/").get_data(as_text=True)
    assert "342 gemeenten in 35 arbeidsmarktregio" in page
    assert "Rivierenland" in page and "&#39;s-Gravenhage" in page


def test_gemeente_form_works_without_javascript(client):
    response = client.get("/gemeente?q=tiel")
    assert response.status_code == 302 and response.headers["Location"].endswith("/gemeente/GM0281")
    page = client.get("/gemeente?q=berg").get_data(as_text=True)
    assert "Bergen (NH.)" in page and "Bergen (L.)" in page
    assert "geen gemeente gevonden" in client.get("/gemeente?q=Atlantis").get_data(as_text=True)


def test_anonymous_gemeente_page_shows_only_public_instruments(client, offer):
    page = client.get("/gemeente/GM0281").get_data(as_text=True)
    assert "Werk vinden in Tiel" in page
    assert "Intern coachingstraject" not in page
    assert "Concept van Tiel" not in page
    assert "Werk vinden in Tiel" in page and "Utrechts aanbod" not in page


def test_professional_sees_internal_instruments_but_no_drafts(client, offer):
    login(client, f.user(f.organisation("GM0344"), "professional"))
    page = client.get("/gemeente/GM0281").get_data(as_text=True)
    assert "Jobhunters Tiel" in page and "Intern coachingstraject" in page
    assert "Concept van Tiel" not in page


def test_public_instrument_page_hides_internal_fields(client, offer):
    page = client.get(f"/instrument/{offer['public'].id}").get_data(as_text=True)
    assert "Werk vinden in Tiel" in page and "Bel het Werkplein." in page
    assert "Werkplein balie" in page
    assert "Geheime Coach" not in page and "coach@example.nl" not in page
    assert "500,00" not in page


def test_internal_and_draft_instruments_are_not_found_for_the_public(client, offer):
    assert client.get(f"/instrument/{offer['internal'].id}").status_code == 404
    assert client.get(f"/instrument/{offer['draft'].id}").status_code == 404
    assert client.get("/instrument/geen-uuid").status_code == 404


def test_editors_see_their_own_drafts_only(client, offer):
    login(client, f.user(offer["tiel"], "redacteur"))
    page = client.get(f"/instrument/{offer['draft'].id}").get_data(as_text=True)
    assert "Concept van Tiel" in page and "concept" in page
    client.post("/uitloggen")
    login(client, f.user(f.organisation("GM0344"), "redacteur"))
    assert client.get(f"/instrument/{offer['draft'].id}").status_code == 404


def test_professional_instrument_page_shows_internal_fields(client, offer):
    login(client, f.user(offer["tiel"], "professional"))
    page = client.get(f"/instrument/{offer['public'].id}").get_data(as_text=True)
    assert "Geheime Coach" in page and "€ 500,00" in page


def test_wrong_password_gets_one_message(client, offer):
    user = f.user(offer["tiel"], "redacteur")
    wrong = client.post("/inloggen", data={"email": user.email, "password": "fout wachtwoord!"})
    unknown = client.post("/inloggen", data={"email": "niemand@example.nl", "password": "fout wachtwoord!"})
    assert wrong.status_code == unknown.status_code == 401
    assert "klopt niet" in wrong.get_data(as_text=True) and "klopt niet" in unknown.get_data(as_text=True)


def test_unknown_gemeente_is_404_in_dutch(client):
    response = client.get("/gemeente/GM9999")
    assert response.status_code == 404 and "Niet gevonden" in response.get_data(as_text=True)


def test_every_endpoint_is_public_or_requires_a_permission(ctx):
    """Deny by default: a new endpoint must be made public, or get @requires, on purpose."""
    endpoints = {rule.endpoint for rule in ctx.url_map.iter_rules()}
    assert PUBLIC_ENDPOINTS <= endpoints, PUBLIC_ENDPOINTS - endpoints
    unguarded = endpoints - PUBLIC_ENDPOINTS - set(ENDPOINT_PERMISSIONS)
    assert unguarded == set()


def _example_url(ctx, rule) -> str:
    values = {
        name: 1 if isinstance(converter, IntegerConverter) else "x" for name, converter in rule._converters.items()
    }
    return ctx.url_map.bind("localhost").build(rule.endpoint, values)


def test_every_guarded_endpoint_sends_anonymous_visitors_to_the_login(ctx):
    client = ctx.test_client()
    checked = 0
    for rule in ctx.url_map.iter_rules():
        if rule.endpoint in PUBLIC_ENDPOINTS:
            continue
        checked += 1
        method = "POST" if "POST" in rule.methods else "GET"
        response = client.open(_example_url(ctx, rule), method=method)
        assert response.status_code == 302, (rule.endpoint, response.status_code)
        assert "/inloggen" in response.headers["Location"], rule.endpoint
    assert checked >= 10


def test_an_endpoint_without_a_guard_is_refused(ctx):
    """The safety net behind the test above: the app itself refuses unguarded endpoints."""
    from portal.views import ENDPOINT_PERMISSIONS as registry

    permission = registry.pop("editor.dashboard")
    try:
        assert ctx.test_client().get("/redactie/").status_code == 403
    finally:
        registry["editor.dashboard"] = permission


def test_state_changing_requests_need_a_csrf_token(ctx):
    ctx.config["WTF_CSRF_ENABLED"] = True
    try:
        client = ctx.test_client()
        response = client.post("/inloggen", data={"email": "a@example.nl", "password": "x" * 12})
        assert response.status_code == 400
        assert "Ongeldig verzoek" in response.get_data(as_text=True)
        page = client.get("/inloggen").get_data(as_text=True)
        assert 'name="csrf_token"' in page
    finally:
        ctx.config["WTF_CSRF_ENABLED"] = False
