"""Routes between instruments: made by editors of the instrument they start from, also to
other organisations' instruments; shown at both ends to whoever may see both."""

from __future__ import annotations

import pytest

from portal.actions.errors import Invalid
from portal.actions.instruments import instrument_transition
from portal.actions.routes import route_create, routes_for
from portal.extensions import db
from portal.models import AuditEntry, InstrumentRoute
from tests import factories as f

PASSWORD = "correct horse battery"


def login(client, user):
    assert client.post("/inloggen", data={"email": user.email, "password": PASSWORD}).status_code == 302


def _public(title, summary="Tekst voor inwoners.", how="Vraag het je klantmanager."):
    return {"visible": True, "title": title, "summary": summary, "how_to_start": how}


@pytest.fixture
def world(ctx):
    tiel = f.organisation("GM0281")
    utrecht = f.organisation("GM0344")
    return {
        "tiel": tiel,
        "dagbesteding": f.instrument(
            tiel, name="Arbeidsmatige dagbesteding Tiel", ladder_from=2, ladder_to=3, public=_public("Dagbesteding")
        ),
        "beschut": f.instrument(
            tiel, name="Beschut werk Tiel", ladder_from=3, ladder_to=5, public=_public("Beschut werk")
        ),
        "lks": f.instrument(utrecht, name="Loonkostensubsidie Utrecht", ladder_from=5, ladder_to=6),
        "utrecht_draft": f.instrument(utrecht, publish=False, name="Concept Utrecht"),
        "editor": f.user(tiel, "redacteur", email="redactie@tiel.example.nl"),
        "other_editor": f.user(utrecht, "redacteur", email="redactie@utrecht.example.nl"),
        "professional": f.user(utrecht, "professional", email="coach@utrecht.example.nl"),
    }


def _post_route(client, source, target, kind="next", **notes):
    return client.post(
        f"/redactie/instrument/{source.id}/routes",
        data={"to": str(target.id), "kind": kind, "procedure_note": "", "income_note": "", **notes},
    )


def test_an_editor_links_to_another_organisations_instrument_and_both_pages_show_it(ctx, world):
    editor = ctx.test_client()
    login(editor, world["editor"])
    response = _post_route(
        editor,
        world["beschut"],
        world["lks"],
        procedure_note="Indicatie van UWV nodig; de werkgever vraagt de subsidie aan.",
        income_note="De uitkering stopt; de inwoner krijgt loon.",
    )
    assert response.status_code == 303, response.get_data(as_text=True)
    assert _post_route(editor, world["beschut"], world["dagbesteding"], kind="back").status_code == 303

    professional = ctx.test_client()
    login(professional, world["professional"])
    source = professional.get(f"/instrument/{world['beschut'].id}").get_data(as_text=True)
    assert "Leidt naar" in source and "Loonkostensubsidie Utrecht" in source
    assert "Indicatie van UWV nodig" in source and "De uitkering stopt" in source
    assert "hoger op de participatieladder" in source  # 5 → 6
    assert "Stap terug" in source and "lager op de participatieladder" in source  # 5 → 3
    target = professional.get(f"/instrument/{world['lks'].id}").get_data(as_text=True)
    assert "Komt na" in target and "Beschut werk Tiel" in target
    assert "Stap terug vanuit" in professional.get(f"/instrument/{world['dagbesteding'].id}").get_data(as_text=True)
    audit = {e.action for e in db.session.query(AuditEntry).filter_by(object_id=str(world["beschut"].id))}
    assert "route.create" in audit


def test_the_public_sees_next_steps_with_a_public_part_and_no_professional_notes(ctx, world):
    route_create(None, world["dagbesteding"], world["beschut"], "next", "Via de consulent.", "Je houdt je uitkering.")
    route_create(None, world["dagbesteding"], world["lks"], "alternative", "", "")  # no public part
    body = ctx.test_client().get(f"/instrument/{world['dagbesteding'].id}").get_data(as_text=True)
    assert "Wat kan hierna?" in body and "Beschut werk" in body
    assert "Beschut werk Tiel" not in body  # the public title, not the professional name
    assert "Via de consulent." not in body and "Loonkostensubsidie" not in body


def test_only_editors_of_the_source_organisation_make_routes(ctx, world):
    other = ctx.test_client()
    login(other, world["other_editor"])
    assert _post_route(other, world["beschut"], world["lks"]).status_code == 404
    professional = ctx.test_client()
    login(professional, world["professional"])
    assert _post_route(professional, world["beschut"], world["lks"]).status_code == 403
    assert db.session.query(InstrumentRoute).count() == 0
    with pytest.raises(Exception, match="redacteuren"):
        route_create(world["other_editor"], world["beschut"], world["lks"], "next", "", "")


@pytest.mark.parametrize(
    "target, kind, message",
    [
        ("utrecht_draft", "next", "Kies een instrument uit de zoekresultaten."),
        ("beschut", "next", "niet naar zichzelf"),
        ("lks", "sideways", "Kies of het een volgende stap"),
    ],
)
def test_bad_routes_are_explained(ctx, world, target, kind, message):
    editor = ctx.test_client()
    login(editor, world["editor"])
    response = _post_route(editor, world["beschut"], world[target], kind=kind)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert db.session.query(InstrumentRoute).count() == 0


def test_a_route_exists_once_and_an_alternative_goes_both_ways(ctx, world):
    route_create(None, world["beschut"], world["lks"], "next", "", "")
    with pytest.raises(Invalid, match="bestaat al"):
        route_create(None, world["beschut"], world["lks"], "next", "", "")
    route_create(None, world["beschut"], world["dagbesteding"], "alternative", "", "")
    with pytest.raises(Invalid, match="bestaat al"):
        route_create(None, world["dagbesteding"], world["beschut"], "alternative", "", "")
    alternatives = routes_for(None, world["dagbesteding"]).alternatives
    assert [r.other.name for r in alternatives] == ["Beschut werk Tiel"]


def test_personal_data_in_a_route_note_is_refused(ctx, world):
    with pytest.raises(Invalid, match="telefoonnummer"):
        route_create(None, world["beschut"], world["lks"], "next", "Bel meneer op 06-12345678", "")


def test_routes_to_instruments_that_are_gone_are_not_shown(ctx, world):
    route_create(None, world["beschut"], world["lks"], "next", "", "")
    assert routes_for(world["professional"], world["beschut"]).onward
    instrument_transition(None, world["lks"], "archived")
    assert not routes_for(world["professional"], world["beschut"]).onward


def test_editors_find_targets_by_name_and_remove_routes(ctx, world):
    editor = ctx.test_client()
    login(editor, world["editor"])
    page = editor.get(f"/redactie/instrument/{world['beschut'].id}/routes?zoek=loonkosten").get_data(as_text=True)
    assert "Loonkostensubsidie Utrecht" in page
    page = editor.get(f"/redactie/instrument/{world['beschut'].id}/routes?zoek=concept").get_data(as_text=True)
    assert "Concept Utrecht" not in page  # another organisation's draft cannot be found
    page = editor.get(f"/redactie/instrument/{world['beschut'].id}/routes?zoek=%25").get_data(as_text=True)
    assert "Geen instrumenten gevonden" in page  # % is a character, not a wildcard
    _post_route(editor, world["beschut"], world["lks"])
    route = db.session.query(InstrumentRoute).one()
    other = ctx.test_client()
    login(other, world["other_editor"])
    assert other.post(f"/redactie/routes/{route.id}/verwijderen").status_code == 404
    assert editor.post(f"/redactie/routes/{route.id}/verwijderen").status_code == 303
    assert db.session.query(InstrumentRoute).count() == 0
