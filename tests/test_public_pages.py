"""The pages for inwoners and employers: life situations, the gemeente page, the public
instrument page (print and share), Voor werkgevers, and no cookies for anonymous visitors."""

import re

import pytest

from portal.extensions import db
from portal.life_situations import BY_SLUG, SITUATIONS, grouped
from tests import factories as f

PUBLIC = {"visible": True, "summary": "Hulp voor inwoners.", "how_to_start": "Bel ons."}


def public(title: str, **more) -> dict:
    return {**PUBLIC, "title": title, **more}


@pytest.fixture
def tiel_offer(ctx):
    tiel = f.organisation("GM0281")
    tiel.phone, tiel.email, tiel.visiting_address = "0344 123 456", "werkplein@tiel.example.nl", "Teisterbantplein 1"
    db.session.flush()
    return {
        "schulden": f.instrument(
            tiel,
            name="Schuldhulp intern",
            tiles=["EW03"],
            client_characteristics=["KK03"],
            implementation="UV10",
            legal_basis=["wet_gemeentelijke_schuldhulpverlening"],
            income_effect="keeps_benefit",
            evidence_level="effectief_goede",
            public=public("Hulp bij schulden"),
        ),
        "taal": f.instrument(
            tiel,
            name="Taaltraject",
            tiles=["EW06"],
            client_characteristics=["KK05"],
            target_groups=["ED09"],
            implementation="UV01",
            evidence_level="niet_beoordeeld",
            income_effect="not_applicable",
            public=public("Nederlands leren"),
        ),
        "werkgever": f.instrument(
            f.organisation("AM10"),
            name="No-riskpolis regio",
            instrument_type="IT02",
            tiles=["DW09"],
            sectors=["Q"],
            public=public("No-riskpolis voor werkgevers"),
        ),
        "bouw": f.instrument(
            f.organisation("AM10"),
            name="Proefplaatsing bouw",
            instrument_type="IT02",
            tiles=["DW09"],
            sectors=["F"],
            public=public("Proefplaatsing in de bouw"),
        ),
        "tiel": tiel,
    }


# ----------------------------------------------------------------------- life situations


def test_life_situations_follow_the_code_lists(tiel_offer):
    schulden, taal, werkgever = tiel_offer["schulden"], tiel_offer["taal"], tiel_offer["werkgever"]
    assert BY_SLUG["geldzorgen"].fits(schulden) and not BY_SLUG["geldzorgen"].fits(taal)
    assert BY_SLUG["nederlands"].fits(taal) and not BY_SLUG["nederlands"].fits(schulden)
    assert BY_SLUG["leren"].fits(taal)  # EW06 Opleiden, UV01 (bij)scholing
    assert not any(s.fits(werkgever) for s in SITUATIONS)  # employer services have their own section
    groups = dict(grouped([schulden, taal, werkgever]))
    assert groups[BY_SLUG["geldzorgen"]] == [schulden]
    assert taal in groups[BY_SLUG["nederlands"]] and taal in groups[BY_SLUG["leren"]]
    assert BY_SLUG["werk"] not in groups  # no empty groups


def test_an_instrument_that_fits_no_situation_is_still_listed(ctx):
    odd = f.instrument(
        f.organisation("GM0281"),
        tiles=["EW01"],
        client_characteristics=["KK12"],
        implementation="UV06",
        public=public("Eerste gesprek"),
    )
    assert grouped([odd]) == [(None, [odd])]


def test_situation_page_leads_to_the_gemeente(client, tiel_offer):
    page = client.get("/hulp/geldzorgen").get_data(as_text=True)
    assert "<h1>Ik heb geldzorgen</h1>" in page
    assert 'name="situatie" value="geldzorgen"' in page
    response = client.get("/gemeente?q=Tiel&situatie=geldzorgen")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/gemeente/GM0281/hulp/geldzorgen")
    page = client.get("/gemeente/GM0281/hulp/geldzorgen").get_data(as_text=True)
    assert "Hulp bij schulden" in page and "Nederlands leren" not in page
    assert client.get("/hulp/bestaat-niet").status_code == 404
    assert client.get("/gemeente/GM0281/hulp/bestaat-niet").status_code == 404


def test_home_offers_every_situation_and_the_employers_section(client):
    page = client.get("/").get_data(as_text=True)
    for situation in SITUATIONS:
        assert f'href="/hulp/{situation.slug}"' in page
    assert 'href="/werkgevers"' in page


# ----------------------------------------------------------------------- gemeente page


def test_gemeente_page_groups_by_situation_and_says_where_to_start(client, tiel_offer):
    page = client.get("/gemeente/GM0281").get_data(as_text=True)
    assert "Waar begin je?" in page
    assert "0344 123 456" in page and "Teisterbantplein 1" in page
    headings = re.findall(r'<h2 id="([a-z-]+)">', page)
    assert "geldzorgen" in headings and "nederlands" in headings
    assert headings.index("nederlands") < headings.index("geldzorgen")  # the order of SITUATIONS
    section = page.split('<h2 id="geldzorgen">')[1].split("</section>")[0]
    assert "Hulp bij schulden" in section and "Schuldhulp intern" not in section
    assert "No-riskpolis" not in page  # employer services are not for inwoners


def test_gemeente_page_for_a_situation_without_offer_says_so(client, tiel_offer):
    page = client.get("/gemeente/GM0281/hulp/ondernemer").get_data(as_text=True)
    assert "nog niets in de gids" in page


# ----------------------------------------------------------------------- instrument page


def test_public_instrument_page_speaks_plainly_about_money_and_evidence(client, tiel_offer):
    page = client.get(f"/instrument/{tiel_offer['schulden'].id}").get_data(as_text=True)
    assert "Je houdt je uitkering zolang je meedoet." in page
    assert "Onderzoek laat zien dat deze aanpak helpt." in page
    assert "effectief_goede" not in page and "Bewijskracht" not in page
    assert "Stuur deze pagina per e-mail" in page and f"/instrument/{tiel_offer['schulden'].id}" in page

    page = client.get(f"/instrument/{tiel_offer['taal'].id}").get_data(as_text=True)
    assert "Werkt het?" not in page  # not assessed: nothing to claim, nothing held against it
    assert "Wat betekent het voor je geld?" not in page


def test_print_view_has_no_menu_and_names_the_address(client, tiel_offer):
    page = client.get(f"/instrument/{tiel_offer['schulden'].id}?afdrukken=1").get_data(as_text=True)
    assert 'class="print-view"' in page and "site-header" not in page
    assert "Hulp bij schulden" in page and "Deze informatie staat op http" in page
    assert "Stuur deze pagina per e-mail" not in page


# ----------------------------------------------------------------------- employers


def test_employers_find_the_services_of_their_region_by_sector(client, tiel_offer):
    wsp = f.organisation("AM10")
    wsp.phone = "0344 999 000"
    db.session.flush()
    page = client.get("/werkgevers?gemeente=Tiel").get_data(as_text=True)
    assert "No-riskpolis voor werkgevers" in page and "Proefplaatsing in de bouw" in page
    assert wsp.name in page and "0344 999 000" in page
    assert "Hulp bij schulden" not in page

    page = client.get("/werkgevers?gemeente=Tiel&sector=Q").get_data(as_text=True)
    assert "No-riskpolis voor werkgevers" in page and "Proefplaatsing in de bouw" not in page


def test_employers_form_explains_bad_input_in_dutch(client):
    page = client.get("/werkgevers?gemeente=Atlantis&sector=ZZ").get_data(as_text=True)
    assert "Er is geen gemeente met de naam ‘Atlantis’" in page
    assert "Kies een sector uit de lijst." in page
    assert 'aria-invalid="true" aria-describedby="werkgever-gemeente-fout"' in page
    assert 'value="Atlantis"' in page  # what was typed stays


# ----------------------------------------------------------------------- privacy


ANONYMOUS_PAGES = ["/", "/hulp/werk", "/gemeente/GM0281", "/gemeente/GM0281/hulp/werk", "/werkgevers?gemeente=Tiel"]


@pytest.mark.parametrize("path", [*ANONYMOUS_PAGES, "/zoeken?q=schulden"])
def test_anonymous_visitors_get_no_cookies(client, tiel_offer, path):
    response = client.get(path)
    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers, response.headers.get("Set-Cookie")


def test_no_cookie_on_the_public_instrument_page(client, tiel_offer):
    response = client.get(f"/instrument/{tiel_offer['taal'].id}")
    assert response.status_code == 200 and "Set-Cookie" not in response.headers


# ----------------------------------------------------------------------- canary


CANARY = "zwaluwstaartvlinder"


def test_drafts_and_internal_instruments_never_reach_a_public_page(client, tiel_offer):
    """A canary word in a draft (with a visible public part) and in a published instrument
    without a visible public part: no public page, no sitemap and no public search shows it."""
    from search.service import process_outbox

    tiel = tiel_offer["tiel"]
    canary_public = public(f"Hulp {CANARY}", summary=f"Over {CANARY}.", how_to_start=f"Vraag naar {CANARY}.")
    draft = f.instrument(tiel, name=f"Concept {CANARY}", publish=False, public=canary_public)
    internal = f.instrument(
        tiel,
        name=f"Intern {CANARY}",
        summary=f"Alleen voor professionals: {CANARY}.",
        legal_basis=["wet_gemeentelijke_schuldhulpverlening"],
        public={**canary_public, "visible": False},
    )
    db.session.commit()
    process_outbox()
    db.session.commit()

    pages = ["/", "/werkgevers?gemeente=Tiel", "/sitemap.xml", f"/zoeken?q={CANARY}", f"/api/v1/search?q={CANARY}"]
    pages += [f"/hulp/{s.slug}" for s in SITUATIONS]
    pages += ["/gemeente/GM0281", *(f"/gemeente/GM0281/hulp/{s.slug}" for s in SITUATIONS)]
    # Search pages repeat the words asked for; everything else about the hidden ones must be absent.
    traces = [f"concept {CANARY}", f"intern {CANARY}", f"hulp {CANARY}", f"over {CANARY}", f"naar {CANARY}"]
    traces += [f"professionals: {CANARY}", str(draft.id), str(internal.id)]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        text = response.get_data(as_text=True).lower()
        assert not [trace for trace in traces if trace in text], path
        if CANARY not in path:
            assert CANARY not in text, path
    assert client.get(f"/api/v1/search?q={CANARY}").get_json()["total"] == 0
    for hidden in (draft, internal):
        assert client.get(f"/instrument/{hidden.id}").status_code == 404
        assert client.get(f"/instrument/{hidden.id}?afdrukken=1").status_code == 404
    sitemap = client.get("/sitemap.xml").get_data(as_text=True)
    assert f"/instrument/{tiel_offer['schulden'].id}" in sitemap  # the sitemap does list public ones
    assert "/gemeente/GM0281" in sitemap and "/hulp/geldzorgen" in sitemap


def test_the_organisation_colour_comes_from_a_style_sheet_of_our_own(client, tiel_offer):
    tiel = tiel_offer["tiel"]
    assert client.get("/organisatie/GM0281/huisstijl.css").status_code == 404  # no colour yet
    tiel.colour = "#b3003c"
    db.session.flush()
    page = client.get("/gemeente/GM0281").get_data(as_text=True)
    assert 'href="/organisatie/GM0281/huisstijl.css"' in page and "org-band--coloured" in page
    assert "style=" not in page  # no inline styles
    sheet = client.get("/organisatie/GM0281/huisstijl.css")
    assert sheet.headers["Content-Type"].startswith("text/css")
    assert sheet.get_data(as_text=True) == ":root { --org-colour: #b3003c; }\n"
    assert client.get("/organisatie/bestaat-niet/huisstijl.css").status_code == 404


def test_gemeente_fields_suggest_the_active_gemeenten(client):
    from sqlalchemy import func, select

    from portal.models import Gemeente

    active = db.session.scalar(select(func.count()).select_from(Gemeente).where(Gemeente.active))
    tiel = db.session.get(Gemeente, "GM0281")
    escaped = db.session.get(Gemeente, "GM0796").name.replace("'", "&#39;")  # 's-Hertogenbosch
    assert escaped.startswith("&#39;s-")
    for address in ("/", f"/hulp/{SITUATIONS[0].slug}", "/gemeente?q=Tieel", "/werkgevers", "/zoeken?q=werk"):
        page = client.get(address).get_data(as_text=True)
        datalist = page.split('<datalist id="gemeenten-lijst">', 1)[1].split("</datalist>", 1)[0]
        assert datalist.count("<option ") == active, address
        assert '<option value="Tiel"></option>' in datalist
        assert f'<option value="{escaped}"></option>' in datalist
    tiel.active = False  # merged away, say: no longer suggested
    db.session.commit()
    datalist = client.get("/zoeken?q=werk").get_data(as_text=True).split('id="gemeenten-lijst">', 1)[1]
    assert datalist.split("</datalist>", 1)[0].count("<option ") == active - 1
    assert '<option value="Tiel">' not in datalist


@pytest.mark.parametrize("text", ["GM1900", "gm1900", "Súdwest-Fryslân", "SÚDWEST-FRYSLÂN", " súdwest-fryslân "])
def test_a_gemeente_is_found_by_its_code_or_its_name_in_any_case(client, text):
    """One lookup for the gemeente fields (home page, werkgevers, search), accents included."""
    response = client.get("/gemeente", query_string={"q": text})
    assert response.status_code == 302 and response.headers["Location"].endswith("/gemeente/GM1900")
    assert "Er is geen gemeente" not in client.get("/werkgevers", query_string={"gemeente": text}).get_data(True)
    assert "Er is geen gemeente" not in client.get("/zoeken", query_string={"gemeente": text}).get_data(True)
