"""The main editor journey in a real browser (issue: redacteuren publish and maintain)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from portal.extensions import db
from tests import factories as f

PASSWORD = "correct horse battery"


@pytest.fixture
def accounts(live_app):
    with live_app.app_context():
        tiel = f.organisation("GM0281")
        tiel.requires_four_eyes = True
        editor = f.user(tiel, "redacteur", email="redacteur@e2e.example.nl")
        final = f.user(tiel, "eindredacteur", email="eindredacteur@e2e.example.nl")
        db.session.commit()
        return {"editor": editor.email, "final": final.email}


def log_in(page: Page, url: str, email: str) -> None:
    page.goto(f"{url}/inloggen")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("button", name="Uitloggen")).to_be_visible()


def fill_new_instrument(page: Page, name: str) -> None:
    page.get_by_label("Naam (verplicht)").fill(name)
    page.get_by_label("Samenvatting (verplicht)").fill("Een traject naar werk met begeleiding op de werkvloer.")
    page.get_by_label("Soort dienstverlening (verplicht)").select_option("IT01")
    page.get_by_label("Werk fit (EW04)").check()
    page.get_by_label("Uitvoeringsvorm (verplicht)").select_option("UV03")
    page.get_by_label("Doel (verplicht)").fill("Deelnemers doen werkervaring op.")
    page.get_by_label("Basis werknemersvaardigheden (KK06)").check()
    page.get_by_label("Naam aanbieder (verplicht)").fill("Leerwerkbedrijf De Linge")
    page.get_by_label("Zichtbaar voor inwoners").check()
    page.get_by_label("Titel voor inwoners").fill(f"{name} voor inwoners")
    page.get_by_label("Wat is het? (korte uitleg)").fill("Je werkt een paar maanden mee in een bedrijf.")
    page.get_by_label("Hoe begin je").fill("Vraag het aan je klantmanager.")


def test_create_submit_publish_and_see_it_on_the_gemeente_page(browser, url, accounts):
    context = browser.new_context()
    page = context.new_page()
    log_in(page, url, accounts["editor"])
    page.goto(f"{url}/redactie/GM0281/nieuw")
    fill_new_instrument(page, "Leerwerkplek De Linge")
    page.get_by_role("button", name="Opslaan").click()

    # "Werkwijze" was left empty: the error is named, and what was typed is still there.
    alert = page.locator("#foutmeldingen")
    expect(alert).to_contain_text("Werkwijze")
    expect(page.get_by_label("Naam (verplicht)")).to_have_value("Leerwerkplek De Linge")
    page.get_by_label("Werkwijze (verplicht)").fill("Drie dagdelen per week meewerken, met een vaste begeleider.")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("Het instrument is opgeslagen als concept.")).to_be_visible()

    page.get_by_role("button", name="Indienen ter controle").click()
    expect(page.get_by_text("Status: Ter controle")).to_be_visible()
    expect(page.get_by_role("button", name="Publiceren")).to_have_count(0)  # four eyes
    edit_url = page.url
    page.get_by_role("button", name="Uitloggen").click()

    log_in(page, url, accounts["final"])
    page.goto(edit_url)
    page.get_by_role("button", name="Publiceren").click()
    expect(page.get_by_text("Status: Gepubliceerd")).to_be_visible()

    visitor = browser.new_context().new_page()
    visitor.goto(f"{url}/gemeente/GM0281")
    # Listed under every life situation it fits (a leerwerkplek: werk and leren, at least).
    links = visitor.get_by_role("link", name="Leerwerkplek De Linge voor inwoners")
    expect(links.first).to_be_visible()
    assert links.count() >= 2
    link = links.first
    link.click()
    expect(visitor.get_by_role("heading", name="Hoe begin je")).to_be_visible()
    context.close()


def test_concurrent_edits_get_the_conflict_message(browser, url, accounts, live_app):
    with live_app.app_context():
        created = f.instrument(f.organisation("GM0281"), publish=False, name="Samen bewerken")
        db.session.commit()
        edit_url = f"{url}/redactie/instrument/{created.id}"
    first = browser.new_context().new_page()
    second = browser.new_context().new_page()
    log_in(first, url, accounts["editor"])
    log_in(second, url, accounts["final"])
    first.goto(edit_url)
    second.goto(edit_url)

    first.get_by_label("Samenvatting (verplicht)").fill("Aangepast in de eerste sessie.")
    first.get_by_role("button", name="Opslaan").click()
    expect(first.get_by_text("Opgeslagen.")).to_be_visible()

    second.get_by_label("Doel (verplicht)").fill("Mijn eigen doel uit de tweede sessie.")
    second.get_by_role("button", name="Opslaan").click()
    conflict = second.locator("#conflict")
    expect(conflict).to_contain_text("Iemand anders heeft dit instrument intussen gewijzigd")
    expect(conflict).to_contain_text("Aangepast in de eerste sessie.")
    expect(second.get_by_label("Doel (verplicht)")).to_have_value("Mijn eigen doel uit de tweede sessie.")

    # Saving again after seeing the other's change makes this version the newest.
    second.get_by_role("button", name="Opslaan").click()
    expect(second.get_by_text("Opgeslagen.")).to_be_visible()
    expect(second.get_by_text(re.compile(r"versie 3"))).to_be_visible()


XSS_NAME = "<img src=x onerror=\"document.title='XSS'\">Werkplek"
XSS_TEXT = "<script>document.title='XSS'</script>Begeleiding \"><svg onload=\"document.title='XSS'\">"
INJECTED = "img[src='x'], svg[onload], script:not([src]), [onerror], [onload]"


def _nothing_ran(page, blocked: list[str], dialogs: list[str], where: str) -> None:
    assert page.title() != "XSS", where
    assert page.locator(INJECTED).count() == 0, where
    assert dialogs == [], where
    assert blocked == [], (where, blocked)


def test_stored_script_payloads_are_shown_as_text_and_never_run(browser, url, live_app):
    """An editor types markup into the form; on every page that shows it, Chromium gets text.

    Checked without relying on the Content-Security-Policy: the injected elements are not in
    the DOM at all, and the policy reports no blocked inline script (which it would if the
    markup had come through)."""
    with live_app.app_context():
        utrecht = f.organisation("GM0344")
        f.user(utrecht, "eindredacteur", email="eind.utrecht@e2e.example.nl")
        f.user(utrecht, "professional", email="prof.utrecht@e2e.example.nl")
        db.session.commit()
    context = browser.new_context()
    page = context.new_page()
    blocked, dialogs = [], []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    log_in(page, url, "eind.utrecht@e2e.example.nl")
    page.goto(f"{url}/redactie/GM0344/nieuw")
    fill_new_instrument(page, XSS_NAME)
    page.get_by_label("Samenvatting (verplicht)").fill(XSS_TEXT)
    page.get_by_label("Werkwijze (verplicht)").fill(XSS_TEXT)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("Het instrument is opgeslagen als concept.")).to_be_visible()
    _nothing_ran(page, blocked, dialogs, "editor")
    expect(page.get_by_label("Naam (verplicht)")).to_have_value(XSS_NAME)  # stored exactly as typed
    page.get_by_role("button", name="Publiceren").click()
    expect(page.get_by_text("Status: Gepubliceerd")).to_be_visible()
    editor_url = page.url
    instrument_url = editor_url.replace("/redactie/instrument/", "/instrument/")
    for path in (editor_url + "/geschiedenis", instrument_url, f"{url}/organisatie/GM0344/nieuw"):
        page.goto(path)
        _nothing_ran(page, blocked, dialogs, path)
    page.goto(instrument_url)
    expect(page.get_by_role("heading", level=1)).to_contain_text("<img src=x")
    page.get_by_role("button", name="Uitloggen").click()

    professional = context.new_page()
    professional.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
    professional.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    log_in(professional, url, "prof.utrecht@e2e.example.nl")
    for path in (instrument_url, f"{url}/zoeken?q=" + "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"):
        professional.goto(path)
        _nothing_ran(professional, blocked, dialogs, path)
    context.close()

    visitor = browser.new_context().new_page()
    visitor.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
    visitor.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    visitor.goto(instrument_url)
    expect(visitor.get_by_role("heading", level=1)).to_contain_text("<img src=x")  # the public title, as text
    for path in (instrument_url, f"{url}/gemeente/GM0344", f"{url}/gemeente?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"):
        visitor.goto(path)
        _nothing_ran(visitor, blocked, dialogs, path)
    visitor.context.close()


def test_the_browser_check_sees_markup_that_comes_through(browser, url):
    """Control: the same checks fail on a page where the markup is real."""
    page = browser.new_context().new_page()
    blocked, dialogs = [], []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(url + "/")
    page.evaluate("document.body.insertAdjacentHTML('beforeend', '<img src=\"x\" onerror=\"document.title=1\">')")
    page.wait_for_timeout(300)
    with pytest.raises(AssertionError):
        _nothing_ran(page, blocked, dialogs, "control")
    assert any("inline event handler" in text or "script-src" in text for text in blocked), blocked
    page.context.close()
