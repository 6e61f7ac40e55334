"""An inwoner on the public pages, in a real browser: keyboard only, without JavaScript,
320 px wide, and an axe-core scan (WCAG 2.1 A and AA) of the public pages.

The portal serves the demo (the real loader and a real search index) on loopback.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from tests.e2e.conftest import WCAG, log_in


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1024, "height": 800}, locale="nl-NL")
    yield context.new_page()
    context.close()


def tab_to(page, matches: str, limit: int = 60) -> None:
    """Press Tab until the focused element satisfies the JavaScript predicate ``matches``
    (on ``el``); fail when it never does: the element is not reachable by keyboard."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return !!el && ({matches}); }})()"):
            return
    pytest.fail(f"Niet met Tab te bereiken: {matches}")


def test_keyboard_only_from_life_situation_to_print_view(page, demo_url):
    page.goto(demo_url + "/")
    tab_to(page, "el.textContent.trim() === 'Ik heb geldzorgen'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/hulp/geldzorgen")
    assert page.locator("h1").inner_text() == "Ik heb geldzorgen"

    tab_to(page, "el.id === 'gemeente-q'")
    page.keyboard.type("Tiel")
    page.keyboard.press("Enter")
    page.wait_for_url("**/gemeente/GM0281/hulp/geldzorgen")
    assert "Tiel" in page.locator("h1").inner_text()

    tab_to(page, "el.closest('.situation-group') && el.tagName === 'A'")
    title = page.evaluate("document.activeElement.textContent.trim()")
    page.keyboard.press("Enter")
    page.wait_for_url("**/instrument/*")
    assert page.locator("h1").inner_text() == title
    assert page.get_by_role("heading", name="Hoe begin je").count() == 1

    tab_to(page, "el.textContent.includes('Afdrukken')")
    page.keyboard.press("Enter")
    page.wait_for_url("**afdrukken=1")
    assert page.locator("h1").inner_text() == title
    assert page.locator(".site-header").count() == 0
    assert "Deze informatie staat op" in page.locator("main").inner_text()


def test_the_gemeente_form_works_without_javascript(browser, demo_url):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(demo_url + "/")
        page.get_by_label("In welke gemeente woon je?").fill("culemborg")
        page.get_by_role("button", name="Laat zien wat er is").click()
        page.wait_for_url("**/gemeente/GM0216")
        assert page.locator("h1").inner_text() == "Wat er is in Culemborg"
    finally:
        context.close()


PUBLIC_PAGES = {
    "home": "/",
    "situatie": "/hulp/nederlands",
    "gemeente": "/gemeente/GM0281",
    "gemeente-situatie": "/gemeente/GM0344/hulp/werk",
    "zoekresultaten": "/zoeken?q=schulden&gemeente=Tiel",
    "werkgevers": "/werkgevers?gemeente=Tiel",
    "werkgevers-fout": "/werkgevers?gemeente=Atlantis",
    "foutpagina": "/gemeente/GM9999",
    "inloggen": "/inloggen",
}


def _first_public_instrument(page, demo_url) -> str:
    page.goto(demo_url + "/gemeente/GM0281")
    return page.locator(".situation-group a").first.get_attribute("href")


@pytest.mark.parametrize("name", [*PUBLIC_PAGES, "instrument", "afdrukken"])
def test_axe_finds_no_wcag_violations(page, demo_url, name):
    from axe_playwright_python.sync_playwright import Axe

    if name in ("instrument", "afdrukken"):
        path = _first_public_instrument(page, demo_url) + ("?afdrukken=1" if name == "afdrukken" else "")
    else:
        path = PUBLIC_PAGES[name]
    page.goto(demo_url + path)
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}, "resultTypes": ["violations"]})
    assert results.violations_count == 0, results.generate_report()


def _png_width(data: bytes) -> int:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">I", data[16:20])[0]


@pytest.mark.parametrize("name", [*PUBLIC_PAGES, "instrument"])
def test_pages_fit_320_pixels_without_horizontal_scrolling(browser, demo_url, name, tmp_path):
    context = browser.new_context(viewport={"width": 320, "height": 640}, device_scale_factor=1)
    try:
        page = context.new_page()
        path = _first_public_instrument(page, demo_url) if name == "instrument" else PUBLIC_PAGES[name]
        page.goto(demo_url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{path}: {width} px breed bij een scherm van 320 px"
        shot = page.screenshot(full_page=True, path=str(tmp_path / f"{name}-320.png"))
        assert _png_width(shot) == 320
    finally:
        context.close()


def test_text_zoomed_to_200_percent_still_fits(browser, demo_url):
    """200 % zoom on a 1280 px screen is a 640 px wide layout at twice the size."""
    context = browser.new_context(viewport={"width": 640, "height": 400}, device_scale_factor=2)
    try:
        page = context.new_page()
        for path in ("/", "/gemeente/GM0281", "/werkgevers?gemeente=Tiel"):
            page.goto(demo_url + path)
            assert page.evaluate("document.documentElement.scrollWidth") <= 640, path
    finally:
        context.close()


def test_the_scan_does_see_violations(page):
    """The scan itself works: a page with an unlabelled field and an image without text fails."""
    from axe_playwright_python.sync_playwright import Axe

    page.set_content('<html><body><main><img src="data:,"><input type="text"></main></body></html>')
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}, "resultTypes": ["violations"]})
    rules = {violation["id"] for violation in results.response["violations"]}
    assert {"image-alt", "label", "html-has-lang"} <= rules, rules


@pytest.mark.parametrize(
    "path",
    [
        "/vergelijken/dekking?dimensie=tiles&gebied=regio&regio=AM10",
        "/vergelijken/land",
        "/vergelijken/naast-elkaar",
        "/vergelijken/kosten?gebied=AM10",
        "/vergelijken/kandidaten",
    ],
)
def test_axe_finds_no_wcag_violations_on_the_comparison_pages(page, demo_url, path):
    from axe_playwright_python.sync_playwright import Axe

    from portal.demo.loader import DEMO_PASSWORD

    page.goto(demo_url + "/inloggen")
    page.get_by_label("E-mailadres").fill("werkgroep.rivierenland@demo.example.nl")
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(demo_url + "/")
    if path.endswith("naast-elkaar"):  # with two instruments of the demo chosen
        page.goto(demo_url + "/gemeente/GM0281")
        links = page.locator(".owner-group .card__title a")
        path += f"?id={links.nth(0).get_attribute('href')}&id={links.nth(1).get_attribute('href')}"
    page.goto(demo_url + path)
    assert page.locator("h1").count() == 1
    if "naast-elkaar" in path:
        assert page.locator("table.side-by-side tbody tr").count() >= 10
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}, "resultTypes": ["violations"]})
    assert results.violations_count == 0, results.generate_report()


def test_working_group_saves_a_comparison_adds_a_note_exports_xlsx_and_stays_private(browser, demo_url):
    import io

    import openpyxl

    contexts = [browser.new_context(accept_downloads=True) for _ in range(3)]
    try:
        page = contexts[0].new_page()
        log_in(page, demo_url, "orgbeheer.werkzaak@demo.example.nl")
        page.goto(demo_url + "/werkgroepen")
        page.get_by_label("Naam").fill("Harmonisatie Rivierenland (browsertest)")
        page.get_by_label("Gebied (waar de werkgroep over gaat)").fill("Arbeidsmarktregio Rivierenland")
        page.get_by_label("Leden").fill("werkgroep.rivierenland@demo.example.nl")
        page.get_by_role("button", name="Werkgroep maken").click()
        page.wait_for_url("**/werkgroepen/*")
        group_url = page.url

        # A member saves the comparison from the comparison page itself.
        member = contexts[1].new_page()
        log_in(member, demo_url, "werkgroep.rivierenland@demo.example.nl")
        member.goto(demo_url + "/vergelijken/dekking?dimensie=target_groups&gebied=regio&regio=AM10")
        member.get_by_label("Titel").fill("Doelgroepen in Rivierenland")
        member.get_by_role("button", name="Bewaar in werkgroep").click()
        member.wait_for_url(group_url)
        member.get_by_role("textbox", name="Notitie", exact=True).fill(
            "Culemborg heeft niets voor 50-plussers; Tiel wel."
        )
        member.get_by_label("Besluit (niet verplicht)").select_option("uitzoeken")
        member.get_by_role("button", name="Notitie toevoegen").click()
        assert member.get_by_text("Culemborg heeft niets voor 50-plussers; Tiel wel.").is_visible()

        with member.expect_download() as download:
            member.get_by_role("link", name="Excel").click()
        sheet = openpyxl.load_workbook(io.BytesIO(Path(download.value.path()).read_bytes())).active
        header = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
        assert header[:3] == ["Code", "Gebied", "Totaal"] and sheet.max_row > 5

        outsider = contexts[2].new_page()
        log_in(outsider, demo_url, "werkcoach.tiel@demo.example.nl")
        response = outsider.goto(group_url)
        assert response.status == 404
        assert "50-plussers" not in outsider.content()
    finally:
        for context in contexts:
            context.close()


def test_no_page_breaks_the_content_security_policy(page, demo_url):
    """Chromium reports every blocked inline style, script or foreign resource on the console."""
    blocked = []
    page.on(
        "console", lambda message: blocked.append(message.text) if "Content Security Policy" in message.text else None
    )
    instrument = _first_public_instrument(page, demo_url)
    log_in(page, demo_url, "werkcoach.tiel@demo.example.nl")
    paths = [*PUBLIC_PAGES.values(), instrument, "/lijsten", "/regio/AM10/nieuw"]
    for path in paths:
        response = page.goto(demo_url + path)
        assert response.headers["content-security-policy"].startswith("default-src 'self'"), path
    assert blocked == [], blocked
    # The check itself works: an inline style attribute is refused and reported.
    page.evaluate("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')")
    page.wait_for_timeout(200)
    assert any("style" in text for text in blocked), blocked
