"""The editor through HTTP: forms, errors per field, workflow, locking, history, adopt."""

import re

import pytest
from sqlalchemy import select

from portal.editor_form import form_values
from portal.extensions import db
from portal.models import AuditEntry, Instrument
from tests import factories as f

PASSWORD = "correct horse battery"


def login(client, user):
    assert client.post("/inloggen", data={"email": user.email, "password": PASSWORD}).status_code == 302


def form_data(payload: dict, **extra) -> dict:
    data: dict = {}
    for key, value in form_values(payload).items():
        data[key] = value
    data.update(extra)
    return data


@pytest.fixture
def tiel(ctx):
    return f.organisation("GM0281")


@pytest.fixture
def editor(client, tiel):
    user = f.user(tiel, "redacteur")
    login(client, user)
    return user


def test_dashboard_lists_own_instruments_only(client, editor, tiel):
    f.instrument(tiel, name="Eigen instrument", publish=False)
    f.instrument(f.organisation("GM0344"), name="Van Utrecht", publish=False)
    page = client.get("/redactie/").get_data(as_text=True)
    assert "Eigen instrument" in page and "Van Utrecht" not in page
    assert client.get("/redactie/?org=GM0344").status_code == 404


def test_create_with_an_error_keeps_what_was_typed_then_succeeds(client, editor, tiel):
    data = form_data(f.payload(name="Mijn nieuwe traject"), **{"ladder_from": "5", "ladder_to": "2"})
    data["aim"] = "Een doel met <b>vet</b> en een eigen formulering"
    response = client.post("/redactie/GM0281/nieuw", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "Het instrument is nog niet opgeslagen" in page
    assert "De trede &#39;naar&#39; mag niet lager zijn dan de trede &#39;van&#39;." in page
    assert 'value="Mijn nieuwe traject"' in page and "eigen formulering" in page
    assert db.session.scalar(select(Instrument).where(Instrument.name == "Mijn nieuwe traject")) is None

    data["ladder_to"] = "6"
    response = client.post("/redactie/GM0281/nieuw", data=data)
    assert response.status_code == 302
    created = db.session.scalar(select(Instrument).where(Instrument.name == "Mijn nieuwe traject"))
    assert created.owner_id == tiel.id and created.status == "draft" and created.ladder_to == 6
    assert "<b>" not in created.aim  # only the tags the format allows survive


def test_every_field_with_an_error_is_described_by_its_message(client, editor, tiel):
    """Each invalid field (also a field in a row, such as a contact's e-mail) names its
    message in aria-describedby, and that message exists with that id."""
    data = form_data(f.payload(name=""), **{"ladder_from": "5", "ladder_to": "2", "contacts.1.email": "geen-adres"})
    page = client.post("/redactie/GM0281/nieuw", data=data).get_data(as_text=True)
    invalid = re.findall(r'<(?:input|textarea|select)[^>]*aria-invalid="true"[^>]*>', page)
    assert len(invalid) >= 3
    for element in invalid:
        field_id = re.search(r'id="([^"]+)"', element).group(1)
        described = re.search(r'aria-describedby="([^"]+)"', element)
        assert described, f"{field_id} has no description"
        assert f"{field_id}-fout" in described.group(1).split()
        for target in described.group(1).split():
            assert f'id="{target}"' in page, target
    assert 'id="contacts-1-email"' in " ".join(invalid)


def test_edit_form_round_trips_the_full_format(client, editor, tiel):
    created = f.instrument(tiel, publish=False, **{k: v for k, v in f.RICH.items() if k != "name"})
    page = client.get(f"/redactie/instrument/{created.id}").get_data(as_text=True)
    assert 'name="contacts.2.phone" value="0344 000 124"' in page
    assert 'name="tiles" value="EW06" checked' in page
    data = form_data(f.rich_payload(), version=str(created.version))
    assert client.post(f"/redactie/instrument/{created.id}", data=data).status_code == 302
    db.session.expire_all()
    assert db.session.get(Instrument, created.id).version == created.version  # nothing changed, no new version


def test_concurrent_edit_is_refused_with_the_other_editors_changes(client, editor, tiel):
    created = f.instrument(tiel, publish=False, name="Gedeeld")
    started = created.version
    from portal.actions.instruments import instrument_update

    instrument_update(
        None, created, f.payload(name="Gedeeld", summary="Door een collega aangepast."), expected_version=started
    )
    db.session.commit()
    mine = form_data(f.payload(name="Gedeeld", aim="Mijn eigen nieuwe doel"), version=str(started))
    response = client.post(f"/redactie/instrument/{created.id}", data=mine)
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "Iemand anders heeft dit instrument intussen gewijzigd" in page
    assert "Door een collega aangepast." in page  # what the other changed
    assert "Mijn eigen nieuwe doel" in page  # what I typed is still there
    assert f'name="version" value="{started + 1}"' in page
    db.session.expire_all()
    assert db.session.get(Instrument, created.id).aim != "Mijn eigen nieuwe doel"


def test_four_eyes_journey(client, ctx, tiel):
    tiel.requires_four_eyes = True
    editor, final = f.user(tiel, "redacteur"), f.user(tiel, "eindredacteur")
    created = f.instrument(tiel, publish=False)
    db.session.commit()
    login(client, editor)
    page = client.get(f"/redactie/instrument/{created.id}").get_data(as_text=True)
    assert "Indienen ter controle" in page and "Publiceren" not in page
    assert client.post(f"/redactie/instrument/{created.id}/status", data={"to": "published"}).status_code == 303
    db.session.expire_all()
    assert db.session.get(Instrument, created.id).status == "draft"
    client.post(f"/redactie/instrument/{created.id}/status", data={"to": "in_review"})
    client.post("/uitloggen")
    login(client, final)
    client.post(f"/redactie/instrument/{created.id}/status", data={"to": "published"})
    db.session.expire_all()
    assert db.session.get(Instrument, created.id).status == "published"
    transitions = db.session.scalars(
        select(AuditEntry.details).where(
            AuditEntry.object_id == str(created.id), AuditEntry.action == "instrument.status"
        )
    ).all()
    assert [d["change"] for d in transitions] == ["status:draft->in_review", "status:in_review->published"]


def test_eindredacteur_cannot_publish_own_submission_under_four_eyes(client, tiel):
    tiel.requires_four_eyes = True
    final = f.user(tiel, "eindredacteur")
    created = f.instrument(tiel, publish=False)
    db.session.commit()
    login(client, final)
    client.post(f"/redactie/instrument/{created.id}/status", data={"to": "in_review"})
    client.post(f"/redactie/instrument/{created.id}/status", data={"to": "published"})
    db.session.expire_all()
    assert db.session.get(Instrument, created.id).status == "in_review"


def test_duplicate_archive_and_restore(client, tiel):
    final = f.user(tiel, "eindredacteur")
    created = f.instrument(tiel, name="Origineel")
    db.session.commit()
    login(client, final)
    response = client.post(f"/redactie/instrument/{created.id}/dupliceren")
    copy_id = re.search(r"/redactie/instrument/([0-9a-f-]+)", response.headers["Location"]).group(1)
    copy = db.session.get(Instrument, __import__("uuid").UUID(copy_id))
    assert copy.name == "Origineel (kopie)" and copy.status == "draft"
    client.post(f"/redactie/instrument/{created.id}/status", data={"to": "archived"})
    db.session.expire_all()
    assert db.session.get(Instrument, created.id).status == "archived"
    client.post(f"/redactie/instrument/{created.id}/status", data={"to": "draft"})
    db.session.expire_all()
    assert db.session.get(Instrument, created.id).status == "draft"


def test_history_diff_and_restore_old_version(client, editor, tiel):
    created = f.instrument(tiel, publish=False, name="Versies", summary="Eerste samenvatting.")
    from portal.actions.instruments import instrument_update

    instrument_update(None, created, f.payload(name="Versies", summary="Tweede samenvatting."), expected_version=1)
    db.session.commit()
    page = client.get(f"/redactie/instrument/{created.id}/geschiedenis?van=1&naar=2").get_data(as_text=True)
    assert "Samenvatting" in page and "Eerste samenvatting." in page and "Tweede samenvatting." in page
    response = client.post(f"/redactie/instrument/{created.id}/versies/1/herstellen", data={"version": "2"})
    assert response.status_code == 303
    db.session.expire_all()
    restored = db.session.get(Instrument, created.id)
    assert restored.summary == "Eerste samenvatting." and restored.version == 3 and restored.status == "draft"


def test_reviewed_moves_only_the_review_date(client, editor, tiel):
    created = f.instrument(tiel, publish=False, name="Controle")
    before = dict(name=created.name, summary=created.summary)
    client.post(f"/redactie/instrument/{created.id}/gecontroleerd")
    db.session.expire_all()
    checked = db.session.get(Instrument, created.id)
    assert checked.last_reviewed_on is not None
    assert dict(name=checked.name, summary=checked.summary) == before


def test_adopt_a_published_instrument_of_another_organisation(client, editor, tiel):
    source = f.instrument(f.organisation("GM0344"), **{k: v for k, v in f.RICH.items() if k not in {"availability"}})
    db.session.commit()
    response = client.post(f"/redactie/instrument/{source.id}/overnemen", data={"org": "GM0281"})
    assert response.status_code == 303
    copy = db.session.scalar(
        select(Instrument).where(Instrument.owner_id == tiel.id, Instrument.adopted_from_id == source.id)
    )
    assert copy.status == "draft" and copy.name == source.name
    assert copy.contacts == [] and copy.outcomes == []  # their people and results stay with them
    assert client.post(f"/redactie/instrument/{source.id}/overnemen", data={"org": "GM0344"}).status_code == 404


def test_drafts_of_another_organisation_cannot_be_adopted(client, editor):
    draft = f.instrument(f.organisation("GM0344"), publish=False)
    db.session.commit()
    assert client.post(f"/redactie/instrument/{draft.id}/overnemen", data={"org": "GM0281"}).status_code == 404


def test_readability_is_shown_for_public_texts(client, editor, tiel):
    public = {
        "visible": True,
        "summary": "Ten behoeve van de re-integratie van uitkeringsgerechtigden wordt middels een trajectplan "
        "een geïntegreerde dienstverleningsinterventie gefaciliteerd door de casemanager.",
        "how_to_start": "Vraag het aan je klantmanager. Die helpt je verder met de aanmelding.",
    }
    created = f.instrument(tiel, publish=False, public=public)
    page = client.get(f"/redactie/instrument/{created.id}").get_data(as_text=True)
    assert "Leesbaarheid" in page and "Flesch-Douma" in page
    assert "moeilijk" in page.lower()


def test_the_instrument_page_offers_adopting_to_editors_of_other_organisations(client, editor):
    source = f.instrument(f.organisation("GM0344"), name="Utrechts idee")
    db.session.commit()
    page = client.get(f"/instrument/{source.id}").get_data(as_text=True)
    assert "Overnemen als concept" in page and 'value="GM0281"' in page
    own = f.instrument(f.organisation("GM0281"), name="Eigen idee")
    db.session.commit()
    assert "Overnemen als concept" not in client.get(f"/instrument/{own.id}").get_data(as_text=True)
