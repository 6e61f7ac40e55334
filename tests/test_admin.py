"""Beheer: organisation admins manage users and settings, beheerders manage service areas."""

import re

import pytest
from sqlalchemy import select

from portal.extensions import db
from portal.models import Organisation, ServiceArea, User
from tests import factories as f

PASSWORD = "correct horse battery"


def login(client, user):
    assert client.post("/inloggen", data={"email": user.email, "password": PASSWORD}).status_code == 302


@pytest.fixture
def org_admin(ctx, client):
    user = f.user(f.organisation("GM0281"), "organisatiebeheerder")
    db.session.commit()
    login(client, user)
    return user


def test_settings_are_saved_and_bad_input_explained(client, org_admin):
    response = client.post(
        "/beheer/organisatie/GM0281/instellingen",
        data={"requires_four_eyes": "true", "review_interval_months": "9", "colour": "#112233"},
    )
    assert response.status_code == 303
    tiel = db.session.scalar(select(Organisation).where(Organisation.code == "GM0281"))
    db.session.refresh(tiel)
    assert tiel.requires_four_eyes and tiel.review_interval_months == 9 and tiel.colour == "#112233"
    client.post("/beheer/organisatie/GM0281/instellingen", data={"review_interval_months": "30", "colour": "rood"})
    page = client.get("/beheer/organisatie/GM0281").get_data(as_text=True)
    assert "van 1 tot en met 24" in page and "#154273" in page
    db.session.refresh(tiel)
    assert tiel.review_interval_months == 9


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_logo_is_uploaded_checked_and_served_by_the_portal(client, org_admin):
    from io import BytesIO

    url = "/beheer/organisatie/GM0281/instellingen"
    settings = {"review_interval_months": "6", "colour": "#112233"}
    form = {**settings, "logo": (BytesIO(PNG), "logo.png")}
    response = client.post(url, data=form, content_type="multipart/form-data")
    assert response.status_code == 303
    logo = client.get("/organisatie/GM0281/logo")
    assert logo.status_code == 200 and logo.headers["Content-Type"] == "image/png" and logo.data == PNG
    assert logo.headers["X-Content-Type-Options"] == "nosniff"
    page = client.get("/gemeente/GM0281").get_data(as_text=True)
    assert '<img class="org-logo" src="/organisatie/GM0281/logo" alt="">' in page

    # A script dressed up as an image, and a file that is too big: refused in Dutch, nothing changed.
    fake = b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
    client.post(url, data={**settings, "logo": (BytesIO(fake), "logo.png")}, content_type="multipart/form-data")
    assert "PNG- of JPEG-afbeelding" in client.get("/beheer/organisatie/GM0281").get_data(as_text=True)
    huge = PNG + b"\x00" * (200 * 1024)
    client.post(url, data={**settings, "logo": (BytesIO(huge), "logo.png")}, content_type="multipart/form-data")
    assert "hoogstens 200 kB" in client.get("/beheer/organisatie/GM0281").get_data(as_text=True)
    assert client.get("/organisatie/GM0281/logo").data == PNG

    # Saving other settings keeps the logo; removing it is explicit.
    client.post(url, data={**settings, "colour": "#223344"}, content_type="multipart/form-data")
    assert client.get("/organisatie/GM0281/logo").status_code == 200
    client.post(url, data={**settings, "remove_logo": "true"}, content_type="multipart/form-data")
    assert client.get("/organisatie/GM0281/logo").status_code == 404


def test_invite_gives_a_one_time_link_and_no_password(client, org_admin):
    client.post("/beheer/organisatie/GM0281/gebruikers", data={"email": "nieuw@tiel.example.nl", "role": "redacteur"})
    page = client.get("/beheer/organisatie/GM0281").get_data(as_text=True)
    link = re.search(r"/wachtwoord/([A-Za-z0-9_-]+)", page)
    assert link and "nieuw@tiel.example.nl" in page and "uitgenodigd" in page
    user = db.session.scalar(select(User).where(User.email == "nieuw@tiel.example.nl"))
    assert user.password_hash is None
    assert client.get(link.group(0)).status_code == 200


def test_org_admin_cannot_make_a_beheerder(client, org_admin):
    client.post("/beheer/organisatie/GM0281/gebruikers", data={"email": "baas@example.nl", "role": "beheerder"})
    assert db.session.scalar(select(User).where(User.email == "baas@example.nl")) is None


def test_disable_a_user_ends_their_sessions(ctx, org_admin):
    colleague = f.user(f.organisation("GM0281"), "redacteur", email="collega@tiel.example.nl")
    db.session.commit()
    other = ctx.test_client()
    login(other, colleague)
    assert "Uitloggen" in other.get("/").get_data(as_text=True)
    admin_client = ctx.test_client()
    login(admin_client, org_admin)
    admin_client.post(f"/beheer/organisatie/GM0281/gebruikers/{colleague.id}/actief", data={"active": "false"})
    assert "Uitloggen" not in other.get("/").get_data(as_text=True)


def test_org_admin_cannot_manage_service_areas(client, org_admin):
    assert client.get("/beheer/organisaties").status_code == 403


def test_beheerder_adds_and_ends_a_service_area(ctx, client):
    beheerder = f.user(f.organisation("GM0344"), "beheerder")
    verband = f.samenwerkingsverband([("GM0281", None, None)], code="verband-test")
    db.session.commit()
    login(client, beheerder)
    client.post("/beheer/organisaties/verband-test/werkgebied", data={"gemeente": "gm0216", "valid_from": "2026-01-01"})
    area = db.session.scalar(
        select(ServiceArea).where(ServiceArea.organisation_id == verband.id, ServiceArea.gemeente_code == "GM0216")
    )
    assert area is not None and area.valid_from.isoformat() == "2026-01-01"
    client.post(
        "/beheer/organisaties/verband-test/werkgebied", data={"area_id": str(area.id), "valid_to": "2025-01-01"}
    )
    page = client.get("/beheer/organisaties/verband-test/werkgebied").get_data(as_text=True)
    assert "De einddatum ligt vóór de begindatum." in page
    client.post(
        "/beheer/organisaties/verband-test/werkgebied", data={"area_id": str(area.id), "valid_to": "2026-12-31"}
    )
    db.session.refresh(area)
    assert area.valid_to.isoformat() == "2026-12-31"


def test_beheerder_creates_an_organisation(client, ctx):
    beheerder = f.user(f.organisation("GM0344"), "beheerder")
    db.session.commit()
    login(client, beheerder)
    response = client.post(
        "/beheer/organisaties",
        data={
            "type": "samenwerkingsverband",
            "code": "werkbedrijf-west",
            "name": "Werkbedrijf West",
            "gemeenten": "GM0344",
        },
    )
    assert response.status_code == 303
    assert db.session.scalar(select(Organisation).where(Organisation.code == "werkbedrijf-west")) is not None
