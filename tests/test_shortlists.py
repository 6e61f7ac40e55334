"""Shortlists: a professional's ordered steps with notes; private or shared with their
organisation; a plain-language version with only public texts and public contacts."""

from __future__ import annotations

import re

import pytest

from portal.extensions import db
from portal.models import AuditEntry, Shortlist
from tests import factories as f

PASSWORD = "correct horse battery"


def login(client, user):
    assert client.post("/inloggen", data={"email": user.email, "password": PASSWORD}).status_code == 302


@pytest.fixture
def world(ctx):
    tiel = f.organisation("GM0281")
    utrecht = f.organisation("GM0344")
    return {
        "coach": f.user(tiel, "professional", email="coach@tiel.example.nl"),
        "colleague": f.user(tiel, "professional", email="collega@tiel.example.nl"),
        "outsider": f.user(utrecht, "professional", email="coach@utrecht.example.nl"),
        "editor": f.user(tiel, "redacteur", email="redactie@tiel.example.nl"),
        "taal": f.instrument(tiel, **f.rich_payload()),
        "werkfit": f.instrument(tiel, name="Werkfit-traject Tiel"),
        "utrecht": f.instrument(utrecht, **f.rich_payload(name="Taalmaatje Utrecht", availability={})),
        "draft": f.instrument(tiel, publish=False, name="Concept Tiel"),
    }


def _new_list(client, name="Route naar werk", shared_with=""):
    response = client.post("/lijsten", data={"name": name, "shared_with": shared_with})
    assert response.status_code == 303, response.get_data(as_text=True)
    return int(response.headers["Location"].rstrip("/").split("/")[-1])


def _add(client, shortlist_id, instrument):
    return client.post(
        "/lijsten/op-lijst",
        data={"instrument_id": str(instrument.id), "shortlist": str(shortlist_id), "next": "/zoeken?q=taal"},
    )


def _step_names(shortlist_id) -> list[str]:
    db.session.expire_all()
    return [s.instrument.name for s in db.session.get(Shortlist, shortlist_id).steps]


def test_steps_are_added_ordered_noted_and_removed(ctx, world):
    client = ctx.test_client()
    login(client, world["coach"])
    list_id = _new_list(client)
    for instrument in (world["taal"], world["werkfit"], world["utrecht"]):
        response = _add(client, list_id, instrument)
        assert response.status_code == 303
        assert response.headers["Location"].endswith("/zoeken?q=taal")  # back where the button was
    assert _step_names(list_id) == ["Taalcoaching op de werkvloer", "Werkfit-traject Tiel", "Taalmaatje Utrecht"]

    steps = db.session.get(Shortlist, list_id).steps
    last = steps[2].id
    assert client.post(f"/lijsten/{list_id}/omhoog", data={"step": last}).status_code == 303
    assert client.post(f"/lijsten/{list_id}/omhoog", data={"step": last}).status_code == 303
    assert client.post(f"/lijsten/{list_id}/omhoog", data={"step": last}).status_code == 303  # already first
    assert _step_names(list_id) == ["Taalmaatje Utrecht", "Taalcoaching op de werkvloer", "Werkfit-traject Tiel"]
    assert client.post(f"/lijsten/{list_id}/omlaag", data={"step": last}).status_code == 303
    assert _step_names(list_id) == ["Taalcoaching op de werkvloer", "Taalmaatje Utrecht", "Werkfit-traject Tiel"]
    assert [s.position for s in db.session.get(Shortlist, list_id).steps] == [1, 2, 3]

    response = client.post(f"/lijsten/{list_id}/notitie", data={"step": last, "note": "Eerst de taal op orde."})
    assert response.status_code == 303
    db.session.expire_all()
    assert [s.note for s in db.session.get(Shortlist, list_id).steps if s.id == last] == ["Eerst de taal op orde."]

    assert client.post(f"/lijsten/{list_id}/stap-weg", data={"step": last}).status_code == 303
    assert _step_names(list_id) == ["Taalcoaching op de werkvloer", "Werkfit-traject Tiel"]
    assert [s.position for s in db.session.get(Shortlist, list_id).steps] == [1, 2]
    audited = [e for e in db.session.query(AuditEntry).filter_by(object_type="shortlist", object_id=str(list_id))]
    assert {e.action for e in audited} >= {"shortlist.step_add", "shortlist.step_move", "shortlist.step_note"}
    assert all("Eerst de taal" not in str(e.details) for e in audited)  # what was written stays out of the log


def test_the_same_instrument_twice_or_an_invisible_one_is_refused(ctx, world):
    client = ctx.test_client()
    login(client, world["coach"])
    list_id = _new_list(client)
    assert _add(client, list_id, world["taal"]).status_code == 303
    response = _add(client, list_id, world["taal"])
    assert response.status_code == 303
    assert "staat al op de lijst" in client.get("/zoeken?q=taal").get_data(as_text=True)  # the flashed message
    assert _step_names(list_id) == ["Taalcoaching op de werkvloer"]
    # another organisation's draft does not exist for this professional
    assert _add(client, list_id, world["draft"]).status_code == 404
    assert _step_names(list_id) == ["Taalcoaching op de werkvloer"]


def test_personal_data_in_a_note_or_a_name_is_refused_and_the_text_kept(ctx, world):
    client = ctx.test_client()
    login(client, world["coach"])
    response = client.post("/lijsten", data={"name": "Jan, BSN 111222333"})
    assert response.status_code == 422
    assert "BSN" in response.get_data(as_text=True)
    assert db.session.query(Shortlist).count() == 0
    list_id = _new_list(client)
    _add(client, list_id, world["taal"])
    step = db.session.get(Shortlist, list_id).steps[0].id
    note = "Bel haar op 06-12345678 na de intake"
    response = client.post(f"/lijsten/{list_id}/notitie", data={"step": step, "note": note})
    assert response.status_code == 422
    body = response.get_data(as_text=True)
    assert "telefoonnummer" in body
    assert note in body  # what was typed comes back in the form
    db.session.expire_all()
    assert db.session.get(Shortlist, list_id).steps[0].note == ""


def test_the_form_says_that_nothing_about_the_inwoner_is_asked(ctx, world):
    client = ctx.test_client()
    login(client, world["coach"])
    body = client.get("/lijsten").get_data(as_text=True)
    assert "Schrijf niets over de inwoner" in body
    assert 'name="bsn"' not in body.lower() and "geboortedatum" in body  # named as what not to write


def test_private_lists_are_invisible_to_colleagues_shared_ones_readable_not_writable(ctx, world):
    owner = ctx.test_client()
    login(owner, world["coach"])
    private_id = _new_list(owner, "Privé route")
    shared_id = _new_list(owner, "Gedeelde route", shared_with="GM0281")
    _add(owner, shared_id, world["taal"])

    colleague = ctx.test_client()
    login(colleague, world["colleague"])
    assert colleague.get(f"/lijsten/{private_id}").status_code == 404
    page = colleague.get(f"/lijsten/{shared_id}")
    assert page.status_code == 200 and "Gedeelde route" in page.get_data(as_text=True)
    assert "Gedeelde route" in colleague.get("/lijsten").get_data(as_text=True)
    assert "Privé route" not in colleague.get("/lijsten").get_data(as_text=True)
    # reading is not changing: the owner's list stays as it is
    step = db.session.get(Shortlist, shared_id).steps[0].id
    colleague.post(f"/lijsten/{shared_id}/stap-weg", data={"step": step})
    colleague.post(f"/lijsten/{shared_id}/verwijderen")
    assert _step_names(shared_id) == ["Taalcoaching op de werkvloer"]
    # ... but a copy is theirs
    response = colleague.post(f"/lijsten/{shared_id}/kopie")
    assert response.status_code == 303
    copies = db.session.query(Shortlist).filter_by(owner_id=world["colleague"].id).all()
    assert [c.name for c in copies] == ["Gedeelde route (kopie)"]
    assert [s.instrument.name for s in copies[0].steps] == ["Taalcoaching op de werkvloer"]

    outsider = ctx.test_client()
    login(outsider, world["outsider"])
    assert outsider.get(f"/lijsten/{shared_id}").status_code == 404
    assert outsider.get(f"/lijsten/{shared_id}/afdrukken").status_code == 404


def test_sharing_is_only_with_an_own_organisation(ctx, world):
    client = ctx.test_client()
    login(client, world["coach"])
    response = client.post("/lijsten", data={"name": "Route", "shared_with": "GM0344"})
    assert response.status_code == 422
    assert "eigen organisatie" in response.get_data(as_text=True)


def test_only_professionals_keep_lists(ctx, world):
    client = ctx.test_client()
    login(client, world["editor"])
    assert client.get("/lijsten").status_code == 403
    assert ctx.test_client().get("/lijsten").status_code == 302  # to the login page


def _visible_text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def test_print_version_has_only_public_texts_and_public_contacts(ctx, world):
    client = ctx.test_client()
    login(client, world["coach"])
    list_id = _new_list(client, "Taal en werk")
    _add(client, list_id, world["taal"])
    _add(client, list_id, world["werkfit"])  # no public part: only the note goes on paper
    step = db.session.get(Shortlist, list_id).steps[1].id
    client.post(f"/lijsten/{list_id}/notitie", data={"step": step, "note": "Daarna werkritme opbouwen."})

    html = client.get(f"/lijsten/{list_id}/afdrukken").get_data(as_text=True)
    text = _visible_text(html)
    assert "Beter Nederlands op je werk" in text  # the public title
    assert "Je leert Nederlands op de plek waar je werkt." in text
    assert "Vraag je klantmanager ernaar." in text  # where to start
    assert "Loket Taal" in text and "0344 000 124" in text  # the public contact
    assert "Daarna werkritme opbouwen." in text
    for internal in (
        "Anna de Vries",  # an internal contact
        "anna@example.nl",
        "Taalcoaching op de werkvloer",  # the professional name
        "Deelnemers bouwen werkritme",  # the aim (internal)
        "Werkfit-traject Tiel",  # the instrument without a public part
        "Drie dagdelen per week",  # its method
        "Taal en werk",  # the list's name is the professional's
        "coach@tiel.example.nl",
    ):
        assert internal not in text, internal


def test_a_shared_link_shows_the_plain_version_until_it_is_stopped(ctx, world):
    client = ctx.test_client()
    login(client, world["coach"])
    list_id = _new_list(client)
    _add(client, list_id, world["taal"])
    assert client.post(f"/lijsten/{list_id}/link", data={"on": "1"}).status_code == 303
    db.session.expire_all()
    token = db.session.get(Shortlist, list_id).share_token
    assert token and len(token) >= 30

    anonymous = ctx.test_client()
    response = anonymous.get(f"/lijsten/voor-jou/{token}")
    assert response.status_code == 200
    assert response.headers["X-Robots-Tag"] == "noindex"
    assert "Beter Nederlands op je werk" in response.get_data(as_text=True)
    assert "Anna de Vries" not in response.get_data(as_text=True)
    assert anonymous.get("/lijsten/voor-jou/geraden-token").status_code == 404

    assert client.post(f"/lijsten/{list_id}/link", data={"on": "0"}).status_code == 303
    assert anonymous.get(f"/lijsten/voor-jou/{token}").status_code == 404
    actions = {e.action for e in db.session.query(AuditEntry).filter_by(object_type="shortlist")}
    assert {"shortlist.create", "shortlist.link_on", "shortlist.link_off"} <= actions


def test_an_instrument_that_is_no_longer_published_leaves_the_print_version(ctx, world):
    from portal.actions.instruments import instrument_transition

    client = ctx.test_client()
    login(client, world["coach"])
    list_id = _new_list(client)
    _add(client, list_id, world["taal"])
    instrument_transition(None, world["taal"], "archived")
    text = _visible_text(client.get(f"/lijsten/{list_id}/afdrukken").get_data(as_text=True))
    assert "Beter Nederlands op je werk" not in text
    assert "niet meer beschikbaar" in client.get(f"/lijsten/{list_id}").get_data(as_text=True)


def test_op_lijst_buttons_appear_for_professionals_only(ctx, world):
    client = ctx.test_client()
    instrument_page = f"/instrument/{world['taal'].id}"
    assert "Op lijst" not in client.get(instrument_page).get_data(as_text=True)
    login(client, world["coach"])
    assert "Op lijst" in client.get(instrument_page).get_data(as_text=True)
    # a new list is made when there is none yet
    response = client.post(
        "/lijsten/op-lijst",
        data={"instrument_id": str(world["taal"].id), "shortlist": "nieuw", "next": instrument_page},
    )
    assert response.status_code == 303 and response.headers["Location"].endswith(instrument_page)
    assert len(db.session.query(Shortlist).filter_by(owner_id=world["coach"].id).all()) == 1


def test_op_lijst_never_sends_someone_elsewhere(ctx, world):
    client = ctx.test_client()
    login(client, world["coach"])
    for evil in ("https://evil.example", "//evil.example", "/\\evil.example"):
        response = client.post(
            "/lijsten/op-lijst", data={"instrument_id": str(world["werkfit"].id), "shortlist": "nieuw", "next": evil}
        )
        assert response.status_code == 303
        assert "evil" not in response.headers["Location"]
