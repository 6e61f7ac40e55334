"""Results per year (chart and table; small counts hidden in public) and what's new per
organisation and region, as a page and an Atom feed."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest

from portal.actions.instruments import instrument_update
from portal.extensions import db
from portal.models import Instrument, InstrumentVersion
from portal.outcomes import outcome_chart, outcome_years
from portal.schemas.mapping import dump_instrument
from tests import factories as f

PASSWORD = "correct horse battery"
ATOM = "{http://www.w3.org/2005/Atom}"


def login(client, user):
    assert client.post("/inloggen", data={"email": user.email, "password": PASSWORD}).status_code == 302


def _table_rows(html: str) -> list[list[str]]:
    table = html[html.index('class="outcomes"') :]
    table = table[table.index("<tbody>") : table.index("</tbody>")]
    return [
        [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row)]
        for row in re.findall(r"<tr>(.*?)</tr>", table)
    ]


def test_public_pages_hide_counts_below_five_professionals_see_them(ctx):
    instrument = f.instrument(f.organisation("GM0281"), **f.rich_payload())
    page = f"/instrument/{instrument.id}"
    public = ctx.test_client().get(page).get_data(as_text=True)
    assert _table_rows(public) == [
        ["2023", "40", "12", "minder dan 5", "10"],
        ["2024", "minder dan 5", "minder dan 5", "–", "–"],
    ]
    assert "<svg" in public and "Wat levert het op?" in public
    # the hidden counts are not in the chart either
    heights = re.findall(r'class="chart__bar chart__bar--(\w+)"[^>]*height="([\d.]+)"', public)
    assert len(heights) == 3  # 40, 12 and 10 of 2023; nothing of 2024 and not the 3

    professional = ctx.test_client()
    login(professional, f.user(f.organisation("GM0344"), "professional"))
    internal = professional.get(page).get_data(as_text=True)
    assert _table_rows(internal) == [["2023", "40", "12", "3", "10"], ["2024", "4", "1", "–", "–"]]


def test_the_chart_scales_to_the_largest_shown_figure():
    class Row:
        def __init__(self, year, participants, to_paid_work):
            self.year, self.participants, self.to_paid_work = year, participants, to_paid_work
            self.to_education = self.to_other_participation = None

    class Fake:
        outcomes = [Row(2024, 50, 25), Row(2023, 10, 3)]

    years = outcome_years(Fake(), public=True)
    assert [y.year for y in years] == [2023, 2024]
    chart = outcome_chart(years)
    by_value = {bar.value: bar.height for bar in chart.bars}
    assert set(by_value) == {10, 50, 25}  # the 3 is hidden
    assert by_value[50] == chart.baseline - 8  # the tallest bar fills the plot
    assert by_value[25] == pytest.approx(by_value[50] / 2, abs=0.1)
    assert outcome_chart(outcome_years(type("Empty", (), {"outcomes": []})(), public=True)) is None


def _news_titles(html: str) -> list[str]:
    return re.findall(r'<h2 class="card__title"><a [^>]+>([^<]+)</a>', html)


def test_whats_new_lists_recent_instruments_newest_first_as_the_viewer_may_see_them(ctx):
    tiel = f.organisation("GM0281")
    old = f.instrument(
        tiel, name="Oud instrument", public={"visible": True, "title": "Oud", "summary": "x", "how_to_start": "y"}
    )
    internal_only = f.instrument(tiel, name="Alleen voor professionals")
    f.instrument(tiel, publish=False, name="Concept")
    new = f.instrument(
        tiel, name="Nieuw instrument", public={"visible": True, "title": "Nieuw", "summary": "x", "how_to_start": "y"}
    )
    long_ago = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    db.session.query(Instrument).filter(Instrument.id == old.id).update(
        {"created_at": long_ago, "updated_at": long_ago}
    )
    db.session.query(InstrumentVersion).filter(InstrumentVersion.instrument_id == old.id).update(
        {"changed_at": long_ago}
    )
    db.session.commit()

    anonymous = ctx.test_client().get("/organisatie/GM0281/nieuw").get_data(as_text=True)
    assert _news_titles(anonymous) == ["Nieuw"]  # public only; the old one is outside the window

    # a change brings the old one back, as changed
    db.session.expire_all()
    old = db.session.get(Instrument, old.id)
    data = dump_instrument(old)
    data["summary"] = "Nieuwe samenvatting."
    instrument_update(None, old, data, expected_version=old.version)
    db.session.commit()
    professional = ctx.test_client()
    login(professional, f.user(f.organisation("GM0344"), "professional"))
    page = professional.get("/organisatie/GM0281/nieuw").get_data(as_text=True)
    assert _news_titles(page)[0] == "Oud instrument"
    assert set(_news_titles(page)) == {"Oud instrument", "Nieuw instrument", "Alleen voor professionals"}
    card = page[page.index("Oud instrument") :]
    assert "Gewijzigd" in card[: card.index("</li>")]
    card = page[page.index(">Nieuw instrument<") :]
    assert ">Nieuw</span>" in card[: card.index("</li>")]
    assert internal_only and new
    assert 'rel="alternate" type="application/atom+xml"' in page  # feed readers find the feed


def test_the_atom_feed_is_valid_and_follows_a_region(ctx):
    tiel = f.organisation("GM0281")  # in arbeidsmarktregio Rivierenland
    public = {"visible": True, "title": "Taal & werk <samen>", "summary": "Samen leren.", "how_to_start": "Bel."}
    f.instrument(tiel, name="Taal en werk", public=public)
    f.instrument(f.organisation("GM0344"), name="Utrecht", public={**public, "title": "In Utrecht"})
    region = tiel.gemeente.region_code
    response = ctx.test_client().get(f"/regio/{region}/nieuw.atom")
    assert response.status_code == 200
    assert response.content_type.startswith("application/atom+xml")
    feed = ET.fromstring(response.data)  # noqa: S314 - our own response; checks it is well-formed, & and < escaped
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{required}") is not None, required
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == ["Nieuw: Taal & werk <samen>"]
    entry = entries[0]
    assert entry.find(f"{ATOM}id").text.startswith("urn:uuid:")
    dt.datetime.strptime(entry.find(f"{ATOM}updated").text, "%Y-%m-%dT%H:%M:%SZ")
    assert entry.find(f"{ATOM}link").get("href").startswith("http://localhost/instrument/")
    assert ctx.test_client().get("/regio/AM99/nieuw.atom").status_code == 404
    assert ctx.test_client().get("/organisatie/bestaat-niet/nieuw").status_code == 404
