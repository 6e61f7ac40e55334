"""Import and export in the portal, for organisation admins: all or nothing, with a report."""

import io
import json

import openpyxl
import pytest
from sqlalchemy import delete, func, select

from portal.extensions import db
from portal.models import Instrument
from tests import factories as f

PASSWORD = "correct horse battery"


def login(client, user):
    assert client.post("/inloggen", data={"email": user.email, "password": PASSWORD}).status_code == 302


@pytest.fixture
def tiel_admin(ctx, client):
    tiel = f.organisation("GM0281")
    f.instrument(tiel, **{k: v for k, v in f.RICH.items() if k != "name"}, name="Rijk gevuld")
    f.instrument(tiel, name="Budgetcoaching", keywords=["geldzorgen"], costs_amount="99.5", costs_unit="week")
    f.instrument(tiel, name="Concept blijft thuis", publish=False)
    f.instrument(f.organisation("GM0344"), name="Van Utrecht")
    user = f.user(tiel, "organisatiebeheerder")
    db.session.commit()
    login(client, user)
    return tiel


def upload(client, name: str, data: bytes, publish: bool = False):
    form = {"file": (io.BytesIO(data), name)}
    if publish:
        form["publish"] = "true"
    return client.post("/beheer/organisatie/GM0281/uitwisseling", data=form, content_type="multipart/form-data")


def count(owner) -> int:
    return db.session.scalar(select(func.count()).select_from(Instrument).where(Instrument.owner_id == owner.id))


def cells(data: bytes):
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "xlsx"])
def test_export_import_export_in_the_portal_gives_the_same_file(client, tiel_admin, fmt):
    first = client.get(f"/beheer/organisatie/GM0281/export.{fmt}")
    assert first.status_code == 200 and "attachment" in first.headers["Content-Disposition"]
    db.session.execute(delete(Instrument).where(Instrument.owner_id == tiel_admin.id))
    db.session.commit()
    assert count(tiel_admin) == 0

    response = upload(client, f"terug.{fmt}", first.data, publish=True)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert "2 nieuw, 0 bijgewerkt, 2 gepubliceerd" in response.get_data(as_text=True)
    second = client.get(f"/beheer/organisatie/GM0281/export.{fmt}")
    if fmt == "xlsx":
        assert cells(first.data) == cells(second.data)
    else:
        assert first.data == second.data


def test_export_with_drafts_and_only_of_the_own_organisation(client, tiel_admin):
    lines = client.get("/beheer/organisatie/GM0281/export.jsonl?concepten=1").get_data(as_text=True).splitlines()
    names = {json.loads(line)["name"] for line in lines}
    assert names == {"Rijk gevuld", "Budgetcoaching", "Concept blijft thuis"}
    assert client.get("/beheer/organisatie/GM0344/export.jsonl").status_code in (403, 404)
    assert client.get("/beheer/organisatie/GM0281/export.pdf").status_code == 404


def test_one_bad_row_imports_nothing_and_every_problem_is_reported(client, tiel_admin):
    good = json.dumps(f.payload(name="Goed"))
    bad = json.dumps(f.payload(name="", tiles=["XX99"]))
    before = count(tiel_admin)
    response = upload(client, "gemengd.jsonl", f"{good}\n{bad}\n".encode())
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "Er is niets geïmporteerd." in page and "<td>2</td>" in page
    assert "Naam" in page  # the key in words, as in the editor
    assert count(tiel_admin) == before


def test_wrong_files_get_a_dutch_answer(client, tiel_admin):
    assert "onbekend bestandstype" in upload(client, "notities.txt", b"hallo").get_data(as_text=True).lower()
    page = upload(client, "kapot.jsonl", b"{niet json\n").get_data(as_text=True)
    assert "Er is niets geïmporteerd." in page
    assert "Kies een bestand" in client.post(
        "/beheer/organisatie/GM0281/uitwisseling", data={}, content_type="multipart/form-data"
    ).get_data(as_text=True)


def test_another_organisations_instrument_cannot_be_overwritten_by_import(client, tiel_admin):
    utrecht = db.session.scalar(select(Instrument).where(Instrument.name == "Van Utrecht"))
    record = {**f.payload(name="Overgenomen?"), "id": str(utrecht.id)}
    response = upload(client, "kaping.jsonl", (json.dumps(record) + "\n").encode())
    assert response.status_code == 422
    assert "andere organisatie" in response.get_data(as_text=True)
    db.session.refresh(utrecht)
    assert utrecht.name == "Van Utrecht"


def test_an_editor_without_import_rights_cannot_reach_it(ctx):
    client = ctx.test_client()
    login(client, f.user(f.organisation("GM0281"), "redacteur"))
    assert client.get("/beheer/organisatie/GM0281/uitwisseling").status_code == 403
