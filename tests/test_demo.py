"""The demo data: valid in the format, idempotent, and the Tiel page the issue promises."""

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import select

from portal.demo.connections import RATINGS, ROUTES
from portal.demo.loader import DEMO_ACCOUNTS, DEMO_PASSWORD, demo_records, load_demo
from portal.extensions import db
from portal.models import Instrument, Organisation
from tenants.areas import instruments_available_in


@pytest.fixture
def demo(ctx):
    return load_demo()


def owners_available_in(code: str, on: dt.date) -> Counter:
    return Counter(i.owner.code for i in instruments_available_in(code, on=on))


def test_demo_content_is_rich_enough():
    records = demo_records()
    assert len(records) >= 250
    assert all(r["additional_information"].startswith("Demo-inhoud") for r in records)
    tiles = {t for r in records for t in r["tiles"]}
    assert {f"EW0{n}" for n in range(1, 10)} <= tiles
    assert len({r["evidence_level"] for r in records}) == 6
    assert len({(r["owner"], r["name"]) for r in records}) == len(records), "demo ids come from owner + name"


# Loading the demo takes seconds, so each test below checks several things on one load.


def test_demo_loads_completely_once_and_reaches_the_right_gemeenten(demo):
    assert demo.instruments_created == len(demo_records())
    again = load_demo()
    assert again.instruments_created == 0 and again.instruments_existing == len(demo_records())
    assert again.organisations_created == 0
    assert demo.connections_added == len(ROUTES) + len(RATINGS) + 1  # every route and rating found its instruments
    assert again.connections_added == 0

    owners = owners_available_in("GM0281", dt.date(2026, 11, 22))
    assert {"GM0281", "werkzaak-rivierenland", "AM10", "uwv"} <= set(owners)
    assert set(owners) <= {"GM0281", "werkzaak-rivierenland", "AM10", "uwv"}  # nothing of another region
    assert "werkzaak-rivierenland" in owners_available_in("GM1740", dt.date(2025, 6, 1))
    assert "werkzaak-rivierenland" not in owners_available_in("GM1740", dt.date(2026, 6, 1))


def test_demo_accounts_and_the_tiel_page(demo, client):
    assert {role for _email, role, _org, _name in DEMO_ACCOUNTS} == {
        "beheerder",
        "organisatiebeheerder",
        "redacteur",
        "eindredacteur",
        "professional",
        "werkgroeplid",
    }
    email = next(e for e, role, org, _ in DEMO_ACCOUNTS if role == "professional" and org == "GM0281")
    assert client.post("/inloggen", data={"email": email, "password": DEMO_PASSWORD}).status_code == 302
    page = client.get("/gemeente/GM0281").get_data(as_text=True)
    for name in ("Gemeente Tiel", "Werkzaak Rivierenland", "Werkgeversservicepunt Rivierenland", "UWV"):
        assert name in page
    elsewhere = db.session.scalars(
        select(Instrument.id).join(Instrument.owner).where(Organisation.code.in_(["GM0344", "AM13", "GM0214"]))
    ).all()
    assert elsewhere and not [i for i in elsewhere if f"/instrument/{i}" in page]
    available = instruments_available_in("GM0281")
    assert len(available) > 50 and all(f"/instrument/{i.id}" in page for i in available)
