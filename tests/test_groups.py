"""Working groups: created by (organisation) admins, members from several organisations,
saved comparisons, notes and decisions; for members only."""

from __future__ import annotations

import pytest

from portal.extensions import db
from portal.models import WorkingGroup
from tests import factories as f

PASSWORD = "correct horse battery"


def login(client, user):
    assert client.post("/inloggen", data={"email": user.email, "password": PASSWORD}).status_code == 302


@pytest.fixture
def people(ctx):
    return {
        "admin": f.user(f.organisation("AM10"), "organisatiebeheerder", email="admin@wsp.example.nl"),
        "tiel": f.user(f.organisation("GM0281"), "werkgroeplid", email="lid@tiel.example.nl"),
        "culemborg": f.user(f.organisation("GM0216"), "werkgroeplid", email="lid@culemborg.example.nl"),
        "outsider": f.user(f.organisation("GM0344"), "werkgroeplid", email="buiten@utrecht.example.nl"),
    }


def make_group(client, people) -> WorkingGroup:
    login(client, people["admin"])
    members = "lid@tiel.example.nl\nlid@culemborg.example.nl"
    response = client.post(
        "/werkgroepen", data={"name": "Harmonisatie Rivierenland", "scope": "AM10", "members": members}
    )
    assert response.status_code == 303, response.get_data(as_text=True)
    return db.session.query(WorkingGroup).filter_by(name="Harmonisatie Rivierenland").one()


def test_members_save_comparisons_and_record_notes_and_decisions(ctx, people):
    admin_client = ctx.test_client()
    group = make_group(admin_client, people)
    assert {m.user.email for m in group.members} == {
        "admin@wsp.example.nl",
        "lid@tiel.example.nl",
        "lid@culemborg.example.nl",
    }

    member = ctx.test_client()
    login(member, people["tiel"])
    address = "/vergelijken/dekking?dimensie=target_groups&gebied=regio&regio=AM10"
    response = member.post(
        "/werkgroepen/bewaar", data={"group_id": group.id, "title": "Doelgroepen", "address": address}
    )
    assert response.status_code == 303
    member.post(
        f"/werkgroepen/{group.id}/notities",
        data={
            "about": "Tiel × Jongeren tot 27 jaar",
            "text": "Geen aanbod; Culemborg wel.",
            "decision": "harmoniseren",
        },
    )
    page = member.get(f"/werkgroepen/{group.id}").get_data(as_text=True)
    assert f'href="{address.replace("&", "&amp;")}"' in page
    assert "dekking.xlsx?" in page  # the saved comparison as Excel
    assert "Geen aanbod; Culemborg wel." in page and "Harmoniseren naar één regionale beschrijving" in page


def test_non_members_cannot_see_a_group_or_write_in_it(ctx, people):
    group = make_group(ctx.test_client(), people)
    ctx.test_client().post(f"/werkgroepen/{group.id}/notities", data={"text": "Geheim"})
    outsider = ctx.test_client()
    login(outsider, people["outsider"])
    assert outsider.get(f"/werkgroepen/{group.id}").status_code == 404
    assert outsider.post(f"/werkgroepen/{group.id}/notities", data={"text": "Ik ook"}).status_code == 404
    assert (
        outsider.post(
            "/werkgroepen/bewaar", data={"group_id": group.id, "title": "x", "address": "/vergelijken/land"}
        ).status_code
        == 404
    )
    assert "Harmonisatie Rivierenland" not in outsider.get("/werkgroepen").get_data(as_text=True)
    db.session.refresh(group)
    assert all("Ik ook" not in e.text for e in group.entries)


def test_bad_input_is_explained_and_kept(ctx, people):
    client = ctx.test_client()
    group = make_group(client, people)
    page = client.post(f"/werkgroepen/{group.id}/notities", data={"about": "Tiel", "text": ""}).get_data(as_text=True)
    assert "Schrijf een notitie" in page and 'value="Tiel"' in page
    response = client.post(
        f"/werkgroepen/{group.id}/vergelijkingen", data={"title": "Weg", "address": "https://evil.example/"}
    )
    assert response.status_code == 422 and "Alleen vergelijkingen van deze portal" in response.get_data(as_text=True)
    response = client.post("/werkgroepen", data={"name": "Tweede", "members": "niemand@nergens.nl"})
    assert response.status_code == 422 and "geen gebruiker met e-mailadres niemand@nergens.nl" in response.get_data(
        as_text=True
    )
    assert 'value="Tweede"' in response.get_data(as_text=True)


def test_only_admins_create_groups(ctx, people):
    member = ctx.test_client()
    login(member, people["tiel"])
    assert member.post("/werkgroepen", data={"name": "Eigen groep"}).status_code == 403
    assert "Nieuwe werkgroep" not in member.get("/werkgroepen").get_data(as_text=True)


def test_a_failed_save_never_redirects_outside_the_portal(ctx, people):
    client = ctx.test_client()
    group = make_group(client, people)
    response = client.post(
        "/werkgroepen/bewaar", data={"group_id": group.id, "title": "", "address": "https://evil.example/"}
    )
    assert response.status_code == 303 and response.headers["Location"].endswith("/werkgroepen")
    response = client.post(
        "/werkgroepen/bewaar", data={"group_id": group.id, "title": "", "address": "/vergelijken/land?dimensie=tiles"}
    )
    assert response.headers["Location"].endswith("/vergelijken/land?dimensie=tiles")
