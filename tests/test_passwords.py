"""The password rules of portal.passwords (pure: no app, no database)."""

from __future__ import annotations

import pytest

from portal import passwords
from portal.passwords import MAX_LENGTH, MIN_LENGTH, common_passwords, password_problems

GOOD = "paard batterij nietje correct"


def test_constants():
    assert MIN_LENGTH == 12
    assert MAX_LENGTH == 128


def test_good_passphrase_is_accepted():
    assert password_problems(GOOD) == []
    assert password_problems(GOOD, email="jan.devries@tiel.nl", name="Jan de Vries") == []


def test_too_short_is_refused_with_dutch_message():
    problems = password_problems("kort wacht")
    assert len(problems) == 1
    assert "te kort" in problems[0]
    assert "12" in problems[0]


def test_exactly_min_length_is_enough():
    assert password_problems("vlag-boom-ui") == []  # 12 characters
    assert any("te kort" in p for p in password_problems("vlag-boom-u"))  # 11


def test_64_character_passphrase_is_accepted():
    phrase = ("de oude fiets staat scheef tegen het hek bij de bakker om de hoek")[:64]
    assert len(phrase) == 64
    assert password_problems(phrase) == []


def test_max_length_boundary():
    base = "zeven zwarte zwanen zwemmen zachtjes zuidwaarts "
    ok = (base * 3)[:MAX_LENGTH]
    assert len(ok) == 128
    assert password_problems(ok) == []
    too_long = (base * 3)[: MAX_LENGTH + 1]
    assert len(too_long) == 129
    problems = password_problems(too_long)
    assert len(problems) == 1
    assert "te lang" in problems[0]


def test_unicode_counts_characters_not_bytes():
    # 12 characters, but 24 bytes in UTF-8: accepted.
    twelve = "ëïöüéèàçñøåß"
    assert len(twelve.encode("utf-8")) > MIN_LENGTH
    assert password_problems(twelve) == []
    # 11 characters with many bytes is still too short.
    assert any("te kort" in p for p in password_problems(twelve[:11]))
    # 129 multi-byte characters are too long, 128 are not refused for length.
    assert any("te lang" in p for p in password_problems("é" + "ø" * 128))


def test_combining_characters_are_counted_once():
    # "é" written as e + combining accent is one character after normalisation:
    # 12 code points as typed, but only 11 characters.
    phrase = "de cafe\u0301 bar"
    assert len(phrase) == 12
    assert any("te kort" in p for p in password_problems(phrase))
    assert password_problems("de cafe\u0301 baro") == []


def test_list_is_loaded_and_lowercase():
    words = common_passwords()
    assert len(words) >= 400
    for word in ("wachtwoord", "welkom", "geheim", "voetbal", "ajax", "feyenoord", "psv", "qwerty", "password"):
        assert word in words
    assert all(word == word.lower() and not word.startswith("#") for word in words)


@pytest.mark.parametrize(
    "password",
    [
        "wachtwoordwachtwoord",
        "WachtwoordWachtwoord",
        "Wachtwoord2024!",
        "WACHTWOORD2024!",
        "2024!Wachtwoord",
        "welkomwelkom",
        "WelkomWelkom1!",
        "Feyenoord1908!!",
        "iloveyou12345",
        "W@chtw00rd2024",
        "ik hou van jou!!",
        "Passwordpassword",
    ],
)
def test_common_passwords_and_variants_are_refused(password):
    problems = password_problems(password)
    assert any("veelgebruikte wachtwoorden" in p for p in problems), problems


def test_common_message_gives_advice():
    (message,) = password_problems("Wachtwoord2024!")
    assert message.startswith("Dit wachtwoord staat op een lijst van veelgebruikte wachtwoorden.")
    assert "zin van vier of vijf woorden" in message


def test_list_word_inside_a_longer_passphrase_is_fine():
    assert password_problems("mijn wachtwoord is een groene giraf") == []
    assert password_problems("voetbal op zondag met oom kees") == []


@pytest.mark.parametrize("password", ["aaaaaaaaaaaa", "111111111111", "!!!!!!!!!!!!!", "ZZZZZZZZZZZZZZ"])
def test_single_repeated_character_is_refused(password):
    problems = password_problems(password)
    assert len(problems) == 1
    assert "één teken" in problems[0]


@pytest.mark.parametrize(
    "password",
    [
        "123456789012",
        "098765432109",
        "qwertyuiopas",
        "QWERTYUIOPAS",
        "abcdefghijkl",
        "lkjihgfedcba",
        "azertyuiopqs",
        "1qaz2wsx3edc",
        "qwertyuiop12!",
    ],
)
def test_sequences_are_refused(password):
    problems = password_problems(password)
    assert any("reeks" in p for p in problems), problems


def test_short_repeated_part_is_refused():
    problems = password_problems("abcdabcdabcd")
    assert any("herhaald" in p for p in problems), problems


def test_email_local_part_is_refused_case_insensitively():
    problems = password_problems("ik ben Pietje.Puk en dat is fijn", email="pietje.puk@gemeente.nl")
    assert any("e-mailadres" in p for p in problems), problems
    # A part of the local part (at least four characters) also counts.
    problems = password_problems("het pietje van de buren is lief", email="pietje.puk@gemeente.nl")
    assert any("e-mailadres" in p for p in problems), problems


def test_short_email_local_part_is_ignored():
    assert password_problems("het bos in met de hond en kat", email="bos@tiel.nl") == []


def test_name_parts_are_refused():
    problems = password_problems("Vries kaas is de allerbeste", name="Jan de Vries")
    assert any("je naam" in p for p in problems), problems
    # "Jan" and "de" are shorter than four characters and do not count.
    assert password_problems("jan en de zeven geitjes", name="Jan de Vries") == []


def test_name_with_accents_is_matched():
    problems = password_problems("zeven zomers met ANNELIËS samen", name="Anneliës Bakker")
    assert any("je naam" in p for p in problems), problems


def test_several_problems_are_all_reported():
    problems = password_problems("Puk2024", email="puk.jansen@tiel.nl", name="Puk Jansen")
    assert any("te kort" in p for p in problems)
    assert not any("e-mailadres" in p for p in problems)  # "puk" is too short to count
    problems = password_problems("Jansen", email="puk.jansen@tiel.nl", name="Puk Jansen")
    assert any("te kort" in p for p in problems)
    assert any("e-mailadres" in p for p in problems)
    assert any("je naam" in p for p in problems)


def test_list_file_path_is_relative_to_module():
    assert passwords.COMMON_PASSWORDS_FILE.name == "common-passwords.txt"
    assert passwords.COMMON_PASSWORDS_FILE.parent.name == "data"
    assert passwords.COMMON_PASSWORDS_FILE.is_file()
