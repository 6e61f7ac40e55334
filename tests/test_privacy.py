"""The check for obvious personal data in professionals' free text."""

from __future__ import annotations

import pytest

from portal.privacy import personal_data_problems


@pytest.mark.parametrize(
    "text",
    [
        "BSN 111222333",
        "bsn: 123456782",
        "1112.22.333",
        "111 222 333.",
        "12345672",  # eight digits: a BSN with its leading zero left off
        "j.jansen@example.nl",
        "mail Jan_J+werk@gemeente-tiel.example.nl",
        "06-12345678",
        "0612345678",
        "010 123 45 67",
        "+31 6 1234 5678",
        "0031 (0)20 1234567",
        "NL91ABNA0417164300",
        "NL91 ABNA 0417 1643 00",
    ],
)
def test_personal_data_is_found(text):
    assert personal_data_problems(f"Zie {text} voor meer.")
    assert personal_data_problems(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kosten € 1.250,00 per traject.",
        "In 2025 deden 12 mensen mee, 40 % vond werk.",
        "Budget 100.000.000 euro landelijk.",
        "Ongeveer 123456789 keer bekeken.",  # nine digits that fail the elfproef
        "Zie artikel 10:2 en de brief van 12-03-2025.",
        "Score 5 van 5, wachttijd 6 weken.",
        "Het telefoonnummer van het loket staat op de website.",
        "",
    ],
)
def test_ordinary_text_passes(text):
    assert personal_data_problems(text) == []


def test_one_number_is_named_once():
    assert len(personal_data_problems("Rekening NL91ABNA0417164300")) == 1
    assert len(personal_data_problems("Bel 0031 20 1234567")) == 1
