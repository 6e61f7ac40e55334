"""A werkcoach in a real browser: search, put three instruments on a shortlist, reorder the
steps, print the version for the inwoner (only public texts and public contacts); and axe-core
on the shortlist, route and feedback pages."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import WCAG, log_in

COACH = "werkcoach.tiel@demo.example.nl"
EDITOR_TIEL = "redacteur.tiel@demo.example.nl"


def _axe(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}, "resultTypes": ["violations"]})
    assert results.violations_count == 0, results.generate_report()


def _texts(page, selector: str) -> list[str]:
    return [t.strip() for t in page.locator(selector).all_inner_texts()]


def test_search_shortlist_of_three_reorder_and_print_only_public_texts(browser, demo_url):
    coach_context, anonymous_context = browser.new_context(), browser.new_context()
    try:
        page = coach_context.new_page()
        log_in(page, demo_url, COACH)
        page.goto(demo_url + "/lijsten")
        page.get_by_label("Naam van de lijst").fill("Browsertest: route naar werk")
        page.get_by_role("button", name="Lijst maken").click()
        page.wait_for_url("**/lijsten/*")
        list_url = page.url

        page.goto(demo_url + "/zoeken?q=taal&gemeente=Tiel")
        cards = page.locator("ol.card-list > li.card")
        assert cards.count() >= 3
        chosen = []
        for n in range(3):
            card = page.locator("ol.card-list > li.card").nth(n)
            chosen.append(card.locator(".card__title a").inner_text().strip())
            card.get_by_role("combobox", name="Lijst").select_option(label="Browsertest: route naar werk")
            card.get_by_role("button", name="Op lijst").click()
            page.wait_for_url("**/zoeken?q=taal*")
            assert f"staat nu op de lijst ‘Browsertest: route naar werk’ (stap {n + 1})" in page.inner_text("main")

        page.goto(list_url)
        assert _texts(page, "ol.steps > li .card__title") == chosen
        page.get_by_role("button", name=f"Omhoog: {chosen[2]}").click()
        page.wait_for_url("**/lijsten/*")
        page.get_by_role("button", name=f"Omhoog: {chosen[2]}").click()
        page.wait_for_url("**/lijsten/*")
        page.get_by_role("button", name=f"Omlaag: {chosen[0]}").click()
        page.wait_for_url("**/lijsten/*")
        order = [chosen[2], chosen[1], chosen[0]]
        assert _texts(page, "ol.steps > li .card__title") == order
        page.get_by_label("Notitie bij stap 1 (komt op de afdrukversie)").fill("Begin hier, op dinsdag.")
        page.locator("ol.steps > li").first.get_by_role("button", name="Notitie opslaan").click()
        page.wait_for_url("**/lijsten/*")

        # What an inwoner may see of each instrument, and what only professionals see.
        links = page.locator("ol.steps > li .card__title a")
        hrefs = [links.nth(n).get_attribute("href") for n in range(3)]
        internal_only: list[str] = []
        public_titles: list[str | None] = []
        anonymous = anonymous_context.new_page()
        for href in hrefs:
            page.goto(demo_url + href)
            internal_texts = [page.locator(".lead").inner_text().strip()]
            internal_contacts = _texts(page, "section:has(h2:text-is('Contactpersonen')) li")
            response = anonymous.goto(demo_url + href)
            if response.status == 200:
                public_titles.append(anonymous.locator("h1").inner_text().strip())
                public_text = anonymous.inner_text("main")
            else:
                public_titles.append(None)
                public_text = ""
            internal_only += [t for t in internal_texts + internal_contacts if t and t not in public_text]
        assert any(public_titles), "de test heeft minstens één instrument met een publieke tekst nodig"
        assert internal_only, "de test moet iets hebben dat alleen professionals zien"

        page.goto(list_url)
        page.get_by_role("link", name="Afdrukversie voor de inwoner").click()
        page.wait_for_url("**/afdrukken")
        assert page.locator(".site-header").count() == 0
        printed = page.inner_text("main")
        headings = _texts(page, ".plain-step h2")
        assert len(headings) == 3
        for number, title in enumerate(public_titles, start=1):
            if title:
                assert headings[number - 1] == f"Stap {number}: {title}"
            else:
                assert headings[number - 1] == f"Stap {number}"
        assert "Begin hier, op dinsdag." in printed
        for text in internal_only:
            assert text not in printed, text
        assert "Browsertest: route naar werk" not in printed  # the list's name is the professional's
        assert "Wim Werkcoach" not in printed and COACH not in printed
        _axe(page)
    finally:
        coach_context.close()
        anonymous_context.close()


def _instrument_href(page, demo_url, name: str) -> str:
    page.goto(demo_url + "/zoeken?q=" + name.replace(" ", "+"))
    return page.get_by_role("link", name=name, exact=True).first.get_attribute("href")


@pytest.mark.parametrize("kind", ["lijsten", "lijst", "afdrukken", "gedeelde-link"])
def test_axe_finds_no_violations_on_the_shortlist_pages(browser, demo_url, kind):
    context = browser.new_context()
    try:
        page = context.new_page()
        log_in(page, demo_url, COACH)
        page.goto(demo_url + "/lijsten")
        if kind != "lijsten":
            page.get_by_role("link", name="Voorbeeld: taal, werkritme en dan werk").first.click()
            page.wait_for_url("**/lijsten/*")
            assert page.locator("ol.steps > li").count() == 3
        if kind == "afdrukken":
            page.get_by_role("link", name="Afdrukversie voor de inwoner").click()
            page.wait_for_url("**/afdrukken")
        if kind == "gedeelde-link":
            if page.get_by_role("button", name="Link maken").count():
                page.get_by_role("button", name="Link maken").click()
                page.wait_for_url("**/lijsten/*")
            link = page.get_by_label("Link voor de inwoner").input_value()
            page = context.new_page()
            context.clear_cookies()
            page.goto(link)
            assert page.locator("h1").inner_text() == "Jouw stappen"
        _axe(page)
    finally:
        context.close()


@pytest.mark.parametrize("kind", ["instrument-met-routes", "routes-redactie", "routes-zoeken"])
def test_axe_finds_no_violations_on_the_route_pages(browser, demo_url, kind):
    context = browser.new_context()
    try:
        page = context.new_page()
        log_in(page, demo_url, COACH if kind == "instrument-met-routes" else EDITOR_TIEL)
        href = _instrument_href(page, demo_url, "Arbeidsmatige dagbesteding kringloopwinkel")
        instrument_id = href.rsplit("/", 1)[-1]
        if kind == "instrument-met-routes":
            page.goto(demo_url + href)
            assert "Beschut werk bij een reguliere werkgever" in page.inner_text("section.routes")
        else:
            query = "?zoek=beschut" if kind == "routes-zoeken" else ""
            page.goto(f"{demo_url}/redactie/instrument/{instrument_id}/routes{query}")
            assert page.locator("section.routes li").count() >= 2
            if query:
                assert page.get_by_role("radio").count() >= 1
        _axe(page)
    finally:
        context.close()


@pytest.mark.parametrize("kind", ["formulier", "met-fouten", "ervaringen"])
def test_axe_finds_no_violations_on_the_feedback_pages(browser, demo_url, kind):
    context = browser.new_context()
    try:
        page = context.new_page()
        log_in(page, demo_url, "klantmanager.utrecht@demo.example.nl")
        href = _instrument_href(page, demo_url, "Werken met loonkostensubsidie")
        if kind == "ervaringen":
            page.goto(demo_url + href)
            assert "Ervaringen van professionals" in page.inner_text("main")
        else:
            page.goto(demo_url + href + "/beoordelen")
            if kind == "met-fouten":
                page.get_by_label("Toelichting").fill("Mail j.jansen@example.nl")
                page.get_by_role("button", name="Beoordeling opslaan").click()
                assert "e-mailadres" in page.inner_text("#problemen")
                assert page.get_by_label("Toelichting").input_value() == "Mail j.jansen@example.nl"
        _axe(page)
    finally:
        context.close()
