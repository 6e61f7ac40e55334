"""Feedback from professionals: three scales, explanation required for extremes, once per
professional per instrument, names only for the owning organisation, no personal data."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from portal.actions.errors import Invalid
from portal.actions.feedback import feedback_save, feedback_summary
from portal.extensions import db
from portal.models import AuditEntry, InstrumentFeedback
from tests import factories as f

PASSWORD = "correct horse battery"
GOOD = {"general": "4", "result": "3", "execution": "4", "explanation": "Goede begeleiding, wel een wachtlijst."}


def login(client, user):
    assert client.post("/inloggen", data={"email": user.email, "password": PASSWORD}).status_code == 302


@pytest.fixture
def world(ctx):
    tiel = f.organisation("GM0281")
    utrecht = f.organisation("GM0344")
    return {
        "instrument": f.instrument(tiel, **f.rich_payload()),
        "draft": f.instrument(tiel, publish=False, name="Concept"),
        "rater": f.user(utrecht, "professional", email="kim@utrecht.example.nl"),
        "other": f.user(utrecht, "professional", email="ander@utrecht.example.nl"),
        "owner_editor": f.user(tiel, "redacteur", email="redactie@tiel.example.nl"),
        "owner_professional": f.user(tiel, "professional", email="coach@tiel.example.nl"),
        "other_editor": f.user(utrecht, "eindredacteur", email="redactie@utrecht.example.nl"),
    }


def _rate(client, instrument, **fields):
    return client.post(f"/instrument/{instrument.id}/beoordelen", data={**GOOD, **fields})


def _rows(instrument):
    db.session.expire_all()
    return db.session.query(InstrumentFeedback).filter_by(instrument_id=instrument.id).all()


@pytest.mark.parametrize(
    "text, word",
    [
        ("Meneer met BSN 111222333 was erg tevreden.", "BSN"),
        ("Zijn nummer is 1112.22.333, zie dossier.", "BSN"),
        ("Mail naar j.jansen@example.nl voor het verslag.", "e-mailadres"),
        ("Bel mevrouw op 06-12345678.", "telefoonnummer"),
        ("Bel +31 6 1234 5678 voor navraag.", "telefoonnummer"),
    ],
)
def test_feedback_with_personal_data_is_refused_and_kept_in_the_form(ctx, world, text, word):
    client = ctx.test_client()
    login(client, world["rater"])
    response = _rate(client, world["instrument"], explanation=text)
    assert response.status_code == 422
    body = response.get_data(as_text=True)
    assert word in body
    assert text in body  # the text is not lost
    assert _rows(world["instrument"]) == []


def test_amounts_years_and_counts_are_not_mistaken_for_personal_data(ctx, world):
    client = ctx.test_client()
    login(client, world["rater"])
    text = "In 2025 gingen 12 van de 40 deelnemers aan het werk; kosten € 1.250,00 per traject (123.456 totaal)."
    assert _rate(client, world["instrument"], explanation=text).status_code == 303
    assert [r.explanation for r in _rows(world["instrument"])] == [text]


def test_extreme_scores_need_an_explanation(ctx, world):
    client = ctx.test_client()
    login(client, world["rater"])
    response = _rate(client, world["instrument"], general="5", explanation="")
    assert response.status_code == 422
    assert "Licht een score van 1 of 5 toe" in response.get_data(as_text=True)
    response = _rate(client, world["instrument"], execution="1", explanation=" ")
    assert response.status_code == 422
    assert _rows(world["instrument"]) == []
    assert _rate(client, world["instrument"], general="3", explanation="").status_code == 303  # middle scores: optional


@pytest.mark.parametrize("bad", ["0", "6", "", "vier", "3.5"])
def test_scores_are_one_to_five(ctx, world, bad):
    client = ctx.test_client()
    login(client, world["rater"])
    response = _rate(client, world["instrument"], result=bad)
    assert response.status_code == 422
    assert "Resultaat" in response.get_data(as_text=True)
    assert _rows(world["instrument"]) == []


def test_one_professional_cannot_rate_twice_a_second_rating_replaces_the_first(ctx, world):
    client = ctx.test_client()
    login(client, world["rater"])
    assert _rate(client, world["instrument"], general="2").status_code == 303
    assert _rate(client, world["instrument"], general="4", explanation="Na een half jaar beter.").status_code == 303
    rows = _rows(world["instrument"])
    assert len(rows) == 1
    assert rows[0].general == 4 and rows[0].explanation == "Na een half jaar beter."
    summary = feedback_summary(world["other"], world["instrument"])
    assert summary.count == 1 and summary.averages["general"] == 4.0
    # the form shows the rating to change
    page = client.get(f"/instrument/{world['instrument'].id}/beoordelen").get_data(as_text=True)
    assert "Uw beoordeling wijzigen" in page and "Na een half jaar beter." in page


def test_the_database_itself_refuses_a_second_rating(ctx, world):
    instrument, rater = world["instrument"], world["rater"]
    feedback_save(rater, instrument, {"general": 3, "result": 3, "execution": 3}, "")
    db.session.add(InstrumentFeedback(instrument_id=instrument.id, user_id=rater.id, general=2, result=2, execution=2))
    with pytest.raises(IntegrityError):
        db.session.flush()
    db.session.rollback()


def test_names_of_raters_are_visible_only_inside_the_owning_organisation(ctx, world):
    instrument = world["instrument"]
    world["rater"].name = "Kim Klantmanager"
    feedback_save(world["rater"], instrument, {"general": 5, "result": 4, "execution": 4}, "Sterk programma.")
    feedback_save(world["other"], instrument, {"general": 2, "result": 2, "execution": 3}, "")
    db.session.commit()
    page = f"/instrument/{instrument.id}"

    owner_editor = ctx.test_client()
    login(owner_editor, world["owner_editor"])
    body = owner_editor.get(page).get_data(as_text=True)
    assert "Kim Klantmanager" in body and "ander@utrecht.example.nl" in body
    assert "Sterk programma." in body and "3,5 van 5" in body  # average of 5 and 2

    for who in ("other_editor", "owner_professional", "other"):
        client = ctx.test_client()
        login(client, world[who])
        body = client.get(page).get_data(as_text=True)
        assert "Sterk programma." in body and "3,5 van 5" in body, who
        assert "Kim Klantmanager" not in body and "kim@utrecht.example.nl" not in body, who
        assert "ander@utrecht.example.nl" not in body or who == "other", who

    summary = feedback_summary(world["other_editor"], instrument)
    assert summary.names_shown is False and all(e.rater is None for e in summary.entries)
    # the public sees no feedback at all
    body = ctx.test_client().get(page).get_data(as_text=True)
    assert "Sterk programma." not in body and "Ervaringen van professionals" not in body
    assert feedback_summary(None, instrument) is None


def test_only_professionals_rate_published_instruments_they_can_see(ctx, world):
    editor = ctx.test_client()
    login(editor, world["owner_editor"])
    assert _rate(editor, world["instrument"]).status_code == 403
    professional = ctx.test_client()
    login(professional, world["owner_professional"])
    assert _rate(professional, world["draft"]).status_code == 404
    assert ctx.test_client().post(f"/instrument/{world['instrument'].id}/beoordelen", data=GOOD).status_code == 302
    with pytest.raises(Invalid):
        feedback_save(world["rater"], world["instrument"], {"general": 9}, "")


def test_a_rating_is_audited_without_its_text_and_can_be_withdrawn(ctx, world):
    client = ctx.test_client()
    login(client, world["rater"])
    _rate(client, world["instrument"])
    entry = db.session.query(AuditEntry).filter_by(action="feedback.save").one()
    assert "wachtlijst" not in str(entry.details)
    assert client.post(f"/instrument/{world['instrument'].id}/beoordeling-verwijderen").status_code == 303
    assert _rows(world["instrument"]) == []
