"""The interface in English: every marked text translated, the compiled catalogue current,
the language kept in links and forms without a cookie; content stays as written."""

from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from tests import factories as f

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "portal" / "translations" / "en" / "LC_MESSAGES"


def marked_texts() -> set:
    keywords = {**DEFAULT_KEYWORDS, "_l": None, "lazy_gettext": None}
    method_map = [("portal/**.py", "python"), ("templates/**.html", "jinja2")]
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(str(ROOT), method_map, keywords=keywords):
        found.add(message if isinstance(message, str) else tuple(message))
    return found


def test_every_marked_text_has_an_english_translation():
    with open(CATALOGUE / "messages.po", "rb") as source:
        catalogue = read_po(source, locale="en")
    translated = {m.id: m.string for m in catalogue if m.id and m.string and "fuzzy" not in m.flags}
    texts = marked_texts()
    assert len(texts) > 100
    missing = sorted(str(t) for t in texts if t not in translated)
    assert not missing, "Zonder Engelse vertaling (zie portal/i18n.py):\n" + "\n".join(missing)


def test_the_compiled_catalogue_matches_the_po_file():
    def entries(catalogue):  # plural ids and strings come as lists from one reader, tuples from the other
        return {_hashable(m.id): _hashable(m.string) for m in catalogue if m.id}

    with open(CATALOGUE / "messages.po", "rb") as source:
        po = entries(read_po(source, locale="en"))
    with open(CATALOGUE / "messages.mo", "rb") as compiled:
        mo = entries(read_mo(compiled))
    assert mo == po, "messages.mo is ouder dan messages.po: pybabel compile -d portal/translations"


def _hashable(value):
    return tuple(value) if isinstance(value, list | tuple) else value


@pytest.fixture
def offer(ctx):
    tiel = f.organisation("GM0281")
    public = {
        "visible": True,
        "title": "Taalcafé Tiel",
        "summary": "Praten in het Nederlands.",
        "how_to_start": "Kom langs.",
    }
    return f.instrument(tiel, public=public, target_groups=["ED09"], evidence_level="effectief_goede")


def test_english_interface_keeps_dutch_content_and_its_language_without_a_cookie(client, offer):
    response = client.get("/?lang=en")
    page = response.get_data(as_text=True)
    assert '<html lang="en">' in page
    assert "Which municipality do you live in?" in page and "In welke gemeente woon je?" not in page
    assert 'href="/hulp/nederlands?lang=en"' in page and "I want to learn Dutch" in page
    assert '<input type="hidden" name="lang" value="en">' in page  # a GET form keeps the language
    assert 'lang="nl" hreflang="nl">Nederlands</a>' in page
    assert "Set-Cookie" not in response.headers

    redirect = client.get("/gemeente?q=tiel&lang=en")
    assert redirect.headers["Location"].endswith("/gemeente/GM0281?lang=en")
    page = client.get("/gemeente/GM0281?lang=en").get_data(as_text=True)
    assert "What there is in Tiel" in page and "Taalcafé Tiel" in page  # content as written
    page = client.get(f"/instrument/{offer.id}?lang=en").get_data(as_text=True)
    assert "Research shows that this approach helps." in page and "Praten in het Nederlands." in page


def test_dutch_is_the_default_whatever_the_browser_asks(client):
    page = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.9"}).get_data(as_text=True)
    assert '<html lang="nl">' in page and "In welke gemeente woon je?" in page
    assert 'href="/?lang=en"' in page
    assert "Unknown" not in client.get("/?lang=xx").get_data(as_text=True)


def test_english_error_page(client):
    page = client.get("/gemeente/GM9999?lang=en").get_data(as_text=True)
    assert "Not found" in page and "To the home page" in page
