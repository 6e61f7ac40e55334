"""The readability check of portal.readability (pure: no app, no database)."""

from __future__ import annotations

import dataclasses

import pytest
import textstat

from portal.readability import (
    COMBINED,
    LABELS,
    MIN_WORDS,
    Assessment,
    assess,
    assess_public_part,
    plain_text,
)

PLAIN_B1 = (
    "Zoek je werk? Wij helpen je graag. Je krijgt een vaste coach. Samen kijken we wat je goed kunt. "
    "We zoeken een baan die bij je past. Je gaat ook een paar dagen meelopen bij een bedrijf. "
    "Zo zie je of het werk leuk is. Je houdt je uitkering zolang je meedoet."
)

BUREAUCRATIC = (
    "Teneinde de duurzame re-integratie van uitkeringsgerechtigden naar de arbeidsmarkt te faciliteren, "
    "wordt middels een individueel trajectplan, opgesteld door de casemanager in afstemming met de "
    "re-integratievoorziening, de loonwaarde van de kandidaat vastgesteld, alsmede wordt indien noodzakelijk "
    "een aanvullende interventie ten behoeve van de doelgroep ingezet. De participatieladder wordt gehanteerd "
    "als instrument ter bepaling van de ontwikkelingsmogelijkheden van de betrokkene."
)

MEDIUM = (
    "Dit programma is bedoeld voor inwoners die al langere tijd geen betaald werk hebben en graag willen "
    "ontdekken welke mogelijkheden er voor hen zijn. Tijdens de eerste weken bespreek je met een begeleider "
    "welke werkzaamheden bij je passen en welke ondersteuning je daarbij nodig hebt. Daarna ga je stage lopen "
    "bij een werkgever in de regio."
)


def _advice_with(assessment: Assessment, start: str) -> str:
    found = [line for line in assessment.advice if line.startswith(start)]
    assert found, f"geen advies dat begint met {start!r}: {assessment.advice}"
    return found[0]


def test_plain_b1_text_is_easy():
    result = assess(PLAIN_B1)
    assert result is not None
    assert result.level == "makkelijk"
    assert result.score >= 60
    assert result.label == LABELS["makkelijk"]
    assert "B1" in result.label
    assert result.advice == ()
    assert result.sentences == 8
    assert result.words == 52
    assert result.avg_sentence_length == 6.5


def test_bureaucratic_text_is_hard_with_concrete_advice():
    result = assess(BUREAUCRATIC)
    assert result is not None
    assert result.level == "moeilijk"
    assert result.score < 40
    assert result.sentences == 2
    assert result.avg_sentence_length > 15

    sentence_advice = _advice_with(result, "Maak de zinnen korter")
    assert f"gemiddeld {round(result.avg_sentence_length)} woorden per zin" in sentence_advice
    assert "B1 is ongeveer 10 tot 15" in sentence_advice

    long_words = _advice_with(result, "Lange woorden:")
    assert "ontwikkelingsmogelijkheden" in long_words
    assert "re-integratievoorziening" in long_words
    assert long_words.endswith("Gebruik kortere of gewonere woorden.")
    listed = long_words.removeprefix("Lange woorden: ").split(". Gebruik")[0].split(", ")
    assert len(listed) == 5

    jargon = _advice_with(result, "Vaktaal:")
    assert "'trajectplan' (liever: 'plan')" in jargon
    assert "'re-integratie' (liever: 'weer aan het werk')" in jargon
    assert "'casemanager' (liever: 'vaste contactpersoon')" in jargon
    assert "en nog" in jargon  # more jargon than shown

    passive = _advice_with(result, "Schrijf actiever")
    assert "2 van de 2 zinnen" in passive


def test_medium_text_is_fair():
    result = assess(MEDIUM)
    assert result is not None
    assert result.level == "redelijk"
    assert 40 <= result.score < 60
    assert "gemiddeld 18,7 woorden per zin" in _advice_with(result, "Maak de zinnen korter")


def test_score_is_rounded_and_within_scale():
    for text in (PLAIN_B1, MEDIUM, BUREAUCRATIC):
        result = assess(text)
        assert result.score == round(result.score, 1)
        assert 0 <= result.score <= 100


def test_assessment_is_frozen():
    result = assess(PLAIN_B1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.score = 1.0


@pytest.mark.parametrize("text", ["", "   \n\t ", "Bel ons.", "Een, twee, drie, vier, vijf, zes, zeven."])
def test_empty_or_short_text_gives_none(text):
    assert assess(text) is None


def test_minimum_word_count_boundary():
    assert MIN_WORDS == 8
    assert assess("Een twee drie vier vijf zes zeven acht.") is not None
    assert assess("Een twee drie vier vijf zes zeven.") is None


def test_html_is_stripped_and_items_are_sentences():
    html = (
        "<p>Zoek je <strong>werk</strong>? Wij <em>helpen</em> je.</p>"
        "<ul><li>Je krijgt een coach</li><li>Je leert een vak</li><li>Je krijgt een baan</li></ul>"
        "<p>Kijk op <a href='https://www.werk.nl/heel-lange-link'>onze site</a>.<br>Of bel ons&nbsp;op.</p>"
    )
    plain = plain_text(html)
    assert "<" not in plain and ">" not in plain
    assert "strong" not in plain and "href" not in plain
    assert "Je krijgt een coach." in plain
    assert "Je leert een vak." in plain
    assert "Kijk op onze site." in plain
    result = assess(html)
    assert result is not None
    assert result.sentences == 7  # two + three items + two after the list
    assert result.level == "makkelijk"
    assert not any("website" in line or "heel" in line for line in result.advice)


def test_dash_list_lines_are_separate_sentences():
    text = "Je krijgt:\n- een vaste coach die je helpt\n- een plek om te werken\n- een opleiding die bij je past"
    plain = plain_text(text)
    assert plain == "Je krijgt. een vaste coach die je helpt. een plek om te werken. een opleiding die bij je past."
    assert assess(text).sentences == 3  # textstat does not count "Je krijgt." (two words) as a sentence


def test_wrapped_paragraph_lines_are_joined():
    text = "Je krijgt een vaste coach die je helpt\nbij het zoeken naar een baan.\n\nDaarna praten we verder"
    assert plain_text(text) == (
        "Je krijgt een vaste coach die je helpt bij het zoeken naar een baan. Daarna praten we verder."
    )


def test_participatiewet_is_not_jargon_but_names_are_not_long_words():
    text = (
        "Je krijgt een uitkering van de Participatiewet. Je werkt bij Werkzaak Rivierenland. "
        "Daar leer je een vak. Je krijgt hulp als je dat nodig hebt."
    )
    result = assess(text)
    assert not any(line.startswith("Vaktaal") for line in result.advice)
    assert not any("rivierenland" in line.lower() for line in result.advice)


def test_language_setting_does_not_leak():
    state_before = dict(vars(textstat.textstat))
    first = [assess(PLAIN_B1), assess(BUREAUCRATIC), assess(MEDIUM)]
    second = [assess(MEDIUM), assess(BUREAUCRATIC), assess(PLAIN_B1)][::-1]
    assert first == second
    # The global textstat object is left exactly as it was.
    assert dict(vars(textstat.textstat)) == state_before


def test_global_textstat_language_is_not_used():
    expected = assess(MEDIUM)
    before = dict(vars(textstat.textstat))
    try:
        textstat.set_lang("de_DE")
        assert assess(MEDIUM) == expected
    finally:
        textstat.textstat.__dict__.clear()
        textstat.textstat.__dict__.update(before)


def test_public_part_per_field_and_combined():
    public = {
        "visible": True,
        "title": "Aan het werk",
        "summary": "<p>" + PLAIN_B1 + "</p>",
        "for_whom": "",
        "what_you_get": None,
        "how_to_start": "Bel ons.",  # too short to measure
        "costs_for_you": BUREAUCRATIC,
    }
    results = assess_public_part(public)
    assert set(results) == {"summary", "costs_for_you", COMBINED}
    assert results["summary"].level == "makkelijk"
    assert results["costs_for_you"].level == "moeilijk"
    combined = results[COMBINED]
    assert combined.words == results["summary"].words + results["costs_for_you"].words + 2
    assert results["summary"].score > combined.score > results["costs_for_you"].score


def test_public_part_empty_or_too_short():
    assert assess_public_part({}) == {}
    assert assess_public_part({"summary": "Kort.", "how_to_start": "Bel ons."}) == {}


def test_a_text_measured_before_is_not_measured_again():
    """The editor form measures every public text on each opening and save; an unchanged
    text comes from the kept results, and a kept result cannot be changed by a caller."""
    first = assess(MEDIUM + " Nog een zin om de tekst uniek te maken.")
    again = assess(MEDIUM + " Nog een zin om de tekst uniek te maken.")
    assert again is first
    assert isinstance(first.advice, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.score = 100.0  # type: ignore[misc]
    other = assess(MEDIUM + " Een andere zin.")
    assert other is not first
