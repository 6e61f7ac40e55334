"""Tenant isolation: nobody outside organisation A can change A's instruments or settings,
or see A's drafts — whatever their role in their own organisation."""

import pytest
from sqlalchemy import func, select

from portal.extensions import db
from portal.models import Instrument, Membership, Organisation, ServiceArea
from portal.schemas.mapping import dump_instrument
from tests import factories as f

ROLES_ELSEWHERE = ["organisatiebeheerder", "redacteur", "eindredacteur", "professional", "werkgroeplid"]
PASSWORD = "correct horse battery"


@pytest.fixture
def setting(ctx):
    owner = f.organisation("GM0281")  # organisation A
    verband = f.samenwerkingsverband([("GM0281", None, None)], code="verband-a")
    owner_admin = f.user(owner, "organisatiebeheerder", email="admin-a@example.nl")
    published = f.instrument(owner, name="Gepubliceerd van A")
    draft = f.instrument(owner, name="Concept van A", publish=False)
    db.session.commit()
    return {"owner": owner, "verband": verband, "published": published, "draft": draft, "owner_admin": owner_admin}


def write_attempts(s):
    """(description, method, url, form) for every write endpoint aimed at organisation A."""
    attempts = []
    for which in ("published", "draft"):
        instrument = s[which]
        base = f"/redactie/instrument/{instrument.id}"
        form = {
            "name": "Gekaapt",
            "summary": "x",
            "aim": "x",
            "method": "x",
            "instrument_type": "IT01",
            "tiles": "EW04",
            "client_characteristics": "KK06",
            "implementation": "UV03",
            "provider.name": "x",
            "version": str(instrument.version),
        }
        attempts += [
            (f"{which}: bewerken", base, form),
            (f"{which}: dupliceren", f"{base}/dupliceren", {}),
            (f"{which}: gecontroleerd", f"{base}/gecontroleerd", {}),
            (f"{which}: versie herstellen", f"{base}/versies/1/herstellen", {"version": str(instrument.version)}),
            (f"{which}: overnemen naar A", f"{base}/overnemen", {"org": "GM0281"}),
        ]
        for to in ("draft", "in_review", "published", "archived"):
            attempts.append((f"{which}: status {to}", f"{base}/status", {"to": to}))
    attempts += [
        ("nieuw instrument voor A", "/redactie/GM0281/nieuw", {"name": "Ingeschoven", "version": "1"}),
        (
            "instellingen van A",
            "/beheer/organisatie/GM0281/instellingen",
            {"review_interval_months": "1", "requires_four_eyes": "true"},
        ),
        (
            "gebruiker uitnodigen bij A",
            "/beheer/organisatie/GM0281/gebruikers",
            {"email": "indringer@example.nl", "role": "redacteur"},
        ),
        (
            "gebruiker van A uitschakelen",
            f"/beheer/organisatie/GM0281/gebruikers/{s['owner_admin'].id}/actief",
            {"active": "false"},
        ),
        ("werkgebied van verband A", "/beheer/organisaties/verband-a/werkgebied", {"gemeente": "GM0344"}),
    ]
    return attempts


def snapshot(s):
    db.session.expire_all()
    owner = db.session.get(Organisation, s["owner"].id)
    return {
        "instruments": [dump_instrument(db.session.get(Instrument, s[k].id)) for k in ("published", "draft")],
        "count": db.session.scalar(select(func.count()).select_from(Instrument).where(Instrument.owner_id == owner.id)),
        "settings": (owner.requires_four_eyes, owner.review_interval_months),
        "members": db.session.scalar(
            select(func.count()).select_from(Membership).where(Membership.organisation_id == owner.id)
        ),
        "admin_active": s["owner_admin"].active,
        "areas": db.session.scalar(
            select(func.count()).select_from(ServiceArea).where(ServiceArea.organisation_id == s["verband"].id)
        ),
    }


@pytest.mark.parametrize("role", ROLES_ELSEWHERE)
def test_no_role_elsewhere_can_write_to_organisation_a(client, setting, role):
    outsider = f.user(f.organisation("GM0344"), role, email=f"{role}@utrecht.example.nl")
    db.session.commit()
    assert client.post("/inloggen", data={"email": outsider.email, "password": PASSWORD}).status_code == 302
    before = snapshot(setting)
    for description, url, form in write_attempts(setting):
        response = client.post(url, data=form)
        assert response.status_code in (403, 404), (role, description, response.status_code)
        assert snapshot(setting) == before, (role, description)


@pytest.mark.parametrize("role", ROLES_ELSEWHERE)
def test_drafts_of_a_are_invisible_outside_a(client, setting, role):
    outsider = f.user(f.organisation("GM0344"), role, email=f"{role}@utrecht.example.nl")
    db.session.commit()
    client.post("/inloggen", data={"email": outsider.email, "password": PASSWORD})
    draft = setting["draft"]
    for url in (
        f"/instrument/{draft.id}",
        f"/redactie/instrument/{draft.id}",
        f"/redactie/instrument/{draft.id}/geschiedenis",
        "/redactie/?org=GM0281",
    ):
        response = client.get(url)
        assert response.status_code in (403, 404), (role, url, response.status_code)
        assert "Concept van A" not in response.get_data(as_text=True)
    assert "Concept van A" not in client.get("/gemeente/GM0281").get_data(as_text=True)


def test_the_matrix_can_fail_a_member_of_a_may_write(client, setting):
    """Control: the same attempts by A's own eindredacteur do change things."""
    insider = f.user(setting["owner"], "eindredacteur", email="eind-a@example.nl")
    db.session.commit()
    client.post("/inloggen", data={"email": insider.email, "password": PASSWORD})
    before = snapshot(setting)
    client.post(f"/redactie/instrument/{setting['draft'].id}/status", data={"to": "archived"})
    assert snapshot(setting) != before


def test_refused_attempts_are_kept_in_the_audit_log(client, setting):
    """A redacteur may not publish; the refusal is kept although the request is undone."""
    from portal.models import AuditEntry

    editor = f.user(setting["owner"], "redacteur", email="redacteur-a@example.nl")
    db.session.commit()
    client.post("/inloggen", data={"email": editor.email, "password": PASSWORD})
    response = client.post(f"/redactie/instrument/{setting['draft'].id}/status", data={"to": "published"})
    assert response.status_code == 303  # back to the form, with the reason
    db.session.expire_all()
    refusals = db.session.scalars(
        select(AuditEntry).where(AuditEntry.action == "permission.denied", AuditEntry.user_id == editor.id)
    ).all()
    assert [r.details["permission"] for r in refusals] == ["instrument.publish"]
    assert db.session.get(Instrument, setting["draft"].id).status == "draft"
