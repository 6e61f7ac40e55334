"""The audit log: every change and refused attempt, readable by beheerders (all) and
organisatiebeheerders (their organisation); never a password, token or contact detail."""

from __future__ import annotations

import pytest

from portal.actions.accounts import password_change
from portal.actions.tokens import token_create
from portal.extensions import db
from portal.models import AuditEntry
from tests import factories as f

PASSWORD = "correct horse battery"


def login(client, user):
    assert client.post("/inloggen", data={"email": user.email, "password": PASSWORD}).status_code == 302


@pytest.fixture
def people(ctx):
    tiel, utrecht = f.organisation("GM0281"), f.organisation("GM0344")
    return {
        "beheerder": f.user(f.landelijk(), "beheerder", email="beheer@platform.example.nl"),
        "tiel_admin": f.user(tiel, "organisatiebeheerder", email="admin@tiel.example.nl"),
        "tiel_editor": f.user(tiel, "redacteur", email="redactie@tiel.example.nl"),
        "utrecht_editor": f.user(utrecht, "redacteur", email="redactie@utrecht.example.nl"),
    }


def _rows(html: str) -> str:
    return html[html.index("<tbody>") : html.index("</tbody>")]


def test_changes_and_refusals_are_listed_with_who_what_when_where_and_request(ctx, people):
    tiel_editor = ctx.test_client()
    login(tiel_editor, people["tiel_editor"])
    utrecht_instrument = f.instrument(f.organisation("GM0344"), name="Van Utrecht")
    db.session.commit()
    response = tiel_editor.post(f"/redactie/instrument/{utrecht_instrument.id}/status", data={"to": "archived"})
    assert response.status_code == 404  # another organisation's instrument does not exist for them
    response = tiel_editor.post(
        "/redactie/GM0344/nieuw", data={"name": "Inbraak", "summary": "x", "aim": "x", "method": "x"}
    )
    assert response.status_code in (403, 404)
    draft = f.instrument(f.organisation("GM0281"), publish=False, name="Concept Tiel")
    db.session.commit()
    response = tiel_editor.post(f"/redactie/instrument/{draft.id}/status", data={"to": "published"})
    assert response.status_code == 303  # shown on the page: a redacteur may not publish
    refused = db.session.query(AuditEntry).filter_by(action="permission.denied").all()
    assert refused and refused[0].details["permission"] == "instrument.publish"
    instrument_entries = db.session.query(AuditEntry).filter(AuditEntry.action.like("instrument.%")).all()
    assert instrument_entries, "creating instruments is audited"

    admin = ctx.test_client()
    login(admin, people["beheerder"])
    page = admin.get("/beheer/audit")
    assert page.status_code == 200
    rows = _rows(page.get_data(as_text=True))
    assert "instrument.create" in rows and "Van Utrecht" not in rows  # ids, not texts
    for entry in refused:
        assert entry.request_id and entry.request_id in rows
        assert entry.remote_addr in rows
    filtered = _rows(admin.get("/beheer/audit?actie=permission").get_data(as_text=True))
    assert "instrument.create" not in filtered
    assert admin.get("/beheer/audit?van=gisteren").status_code == 200  # a bad date is explained, not a 500


def test_organisatiebeheerders_read_only_their_own_organisation(ctx, people):
    f.instrument(f.organisation("GM0281"), name="Van Tiel")
    f.instrument(f.organisation("GM0344"), name="Van Utrecht")
    utrecht_editor = ctx.test_client()
    login(utrecht_editor, people["utrecht_editor"])
    db.session.commit()
    tiel_admin = ctx.test_client()
    login(tiel_admin, people["tiel_admin"])
    rows = _rows(tiel_admin.get("/beheer/audit").get_data(as_text=True))
    assert "Gemeente Tiel" in rows
    assert "Gemeente Utrecht" not in rows and "redactie@utrecht.example.nl" not in rows
    assert "admin@tiel.example.nl" in rows  # their own login is audited... or their org's actions
    editor = ctx.test_client()
    login(editor, people["tiel_editor"])
    assert editor.get("/beheer/audit").status_code == 403


def test_no_password_token_or_contact_detail_ever_reaches_the_log(ctx, people):
    user = people["tiel_editor"]
    password_change(user, PASSWORD, "een heel nieuw wachtwoord 2026")
    _token, secret = token_create(user, user, "script")
    instrument = f.instrument(f.organisation("GM0281"), **f.rich_payload())
    client = ctx.test_client()
    client.post("/inloggen", data={"email": user.email, "password": "fout wachtwoord 123"})
    db.session.commit()
    dump = " ".join(
        f"{e.action} {e.object_id} {e.details} {e.remote_addr} {e.request_id}" for e in db.session.query(AuditEntry)
    )
    for secret_value in (
        PASSWORD,
        "een heel nieuw wachtwoord 2026",
        "fout wachtwoord 123",
        secret,
        secret[:12],
        "anna@example.nl",
        "Anna de Vries",
        "0344 000 124",
        "info@taalhuis.example.nl",
    ):
        assert secret_value not in dump, secret_value
    assert instrument.id
