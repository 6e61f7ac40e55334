"""Password rules for accounts of the portal.

``password_problems`` returns a list of Dutch messages; an empty list means the password
is acceptable. The rules follow the usual modern advice: a long minimum length, a generous
maximum (so passphrases always fit), no composition rules ("één hoofdletter, één cijfer"),
but a refusal of passwords that are easy to guess: common passwords and their obvious
variants, repeated characters, keyboard and number sequences, and the user's own e-mail
address or name.

Pure module: no database, no Flask. The list of common passwords is a plain text file in
``portal/data`` and is read once.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

MIN_LENGTH = 12
MAX_LENGTH = 128

COMMON_PASSWORDS_FILE = Path(__file__).parent / "data" / "common-passwords.txt"

_ADVICE = "Kies iets dat niet te raden is, bijvoorbeeld een zin van vier of vijf woorden."

MESSAGE_TOO_SHORT = "Het wachtwoord is te kort: gebruik minstens {minimum} tekens (nu {length})."
MESSAGE_TOO_LONG = "Het wachtwoord is te lang: gebruik hoogstens {maximum} tekens."
MESSAGE_COMMON = "Dit wachtwoord staat op een lijst van veelgebruikte wachtwoorden. " + _ADVICE
MESSAGE_REPEATED_CHARACTER = "Dit wachtwoord bestaat uit één teken dat steeds herhaald wordt. " + _ADVICE
MESSAGE_REPEATED_PART = "Dit wachtwoord bestaat uit een kort stukje dat steeds herhaald wordt. " + _ADVICE
MESSAGE_SEQUENCE = (
    "Dit wachtwoord is een reeks letters, cijfers of toetsen achter elkaar (zoals 123456, abcdef of qwerty). " + _ADVICE
)
MESSAGE_EMAIL = (
    "Het wachtwoord bevat (een deel van) je e-mailadres. Kies iets wat anderen niet met jou in verband brengen."
)
MESSAGE_NAME = "Het wachtwoord bevat (een deel van) je naam. Kies iets wat anderen niet met jou in verband brengen."

# Personal parts shorter than this are too common to refuse ("jan", "li").
_MIN_PERSONAL_PART = 4

# A repeated unit up to this length is a pattern, whatever it is ("abcabcabcabc").
_MAX_SHORT_UNIT = 4

# Sequences: each following character is the next (or each is the previous) one in one of
# these strings, which are read as circular ("...890" is followed by "123").
_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyz",
    "1234567890",
    "qwertyuiopasdfghjklzxcvbnm",  # qwerty rows, left to right, top to bottom
    "azertyuiopqsdfghjklmwxcvbn",  # azerty rows (Belgian keyboards)
    "qwertzuiopasdfghjklyxcvbnm",  # qwertz rows (German keyboards)
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",  # qwerty columns, top to bottom
)
_MIN_SEQUENCE_CORE = 6

# Obvious character substitutions ("W@chtw00rd"). "1" may stand for i or l: both are tried.
_LEET_I = str.maketrans({"@": "a", "4": "a", "3": "e", "0": "o", "1": "i", "!": "i", "$": "s", "5": "s", "7": "t"})
_LEET_L = str.maketrans({"@": "a", "4": "a", "3": "e", "0": "o", "1": "l", "!": "l", "$": "s", "5": "s", "7": "t"})

_EDGE_NOISE = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_SEPARATORS = re.compile(r"[\s._\-+]+")


@cache
def common_passwords() -> frozenset[str]:
    """The entries of the list file, lowercased; comments and empty lines skipped."""
    entries = set()
    for line in COMMON_PASSWORDS_FILE.read_text(encoding="utf-8").splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            entries.add(entry.casefold())
    return frozenset(entries)


def password_problems(password: str, *, email: str = "", name: str = "") -> list[str]:
    """Dutch messages describing what is wrong with ``password``; ``[]`` when it is fine.

    ``email`` and ``name`` are the account's own address and name: a password that
    contains them (or a part of at least four characters) is refused.
    """
    password = unicodedata.normalize("NFC", password or "")
    length = len(password)  # characters (code points after NFC), not bytes
    if length > MAX_LENGTH:
        # Nothing else is checked: a password this long is refused anyway, and the other
        # checks need not run on arbitrarily large input.
        return [MESSAGE_TOO_LONG.format(maximum=MAX_LENGTH)]

    problems: list[str] = []
    if length < MIN_LENGTH:
        problems.append(MESSAGE_TOO_SHORT.format(minimum=MIN_LENGTH, length=length))
    if not password:
        return problems

    lowered = password.casefold()
    pattern_problem = _pattern_problem(lowered)
    if pattern_problem:
        problems.append(pattern_problem)
    elif _is_common(lowered):
        problems.append(MESSAGE_COMMON)

    if _contains_any(lowered, _email_parts(email)):
        problems.append(MESSAGE_EMAIL)
    if _contains_any(lowered, _name_parts(name)):
        problems.append(MESSAGE_NAME)
    return problems


def _core(text: str) -> str:
    """``text`` without digits and symbols at its start and end ("wachtwoord2024!" → "wachtwoord")."""
    return _EDGE_NOISE.sub("", text)


def _variants(text: str) -> set[str]:
    """The forms of ``text`` that are looked up in the list."""
    forms = {text, _core(text)}
    forms |= {form.translate(table) for form in list(forms) for table in (_LEET_I, _LEET_L)}
    forms |= {_core(form) for form in list(forms)}
    forms |= {form.replace(" ", "") for form in list(forms)}
    forms.discard("")
    return forms


def _is_common(lowered: str) -> bool:
    words = common_passwords()
    for form in _variants(lowered):
        if form in words:
            return True
        unit = _repeated_unit(form)
        if unit is not None and _variants(unit) & words:
            return True
    return False


def _repeated_unit(text: str) -> str | None:
    """The shortest ``unit`` with ``text == unit * k`` for some k ≥ 2, else ``None``."""
    length = len(text)
    for size in range(1, length // 2 + 1):
        if length % size == 0 and text[:size] * (length // size) == text:
            return text[:size]
    return None


def _pattern_problem(lowered: str) -> str | None:
    unit = _repeated_unit(lowered)
    if len(set(lowered)) == 1 and len(lowered) > 1:
        return MESSAGE_REPEATED_CHARACTER
    if _is_sequence(lowered):
        return MESSAGE_SEQUENCE
    core = _core(lowered)
    if len(core) >= _MIN_SEQUENCE_CORE and core != lowered and _is_sequence(core):
        return MESSAGE_SEQUENCE
    if unit is not None and len(unit) <= _MAX_SHORT_UNIT:
        return MESSAGE_REPEATED_PART
    return None


def _is_sequence(text: str) -> bool:
    if len(text) < 3:
        return False
    for sequence in _SEQUENCES:
        positions = [sequence.find(char) for char in text]
        if -1 in positions:
            continue
        size = len(sequence)
        steps = {(b - a) % size for a, b in zip(positions, positions[1:], strict=False)}
        if steps == {1} or steps == {size - 1}:
            return True
    return False


def _email_parts(email: str) -> set[str]:
    local = (email or "").strip().casefold().partition("@")[0]
    parts = {local} | set(_SEPARATORS.split(local))
    return {part for part in parts if len(part) >= _MIN_PERSONAL_PART}


def _name_parts(name: str) -> set[str]:
    parts = _SEPARATORS.split(unicodedata.normalize("NFC", (name or "").strip().casefold()))
    return {part for part in parts if len(part) >= _MIN_PERSONAL_PART}


def _contains_any(lowered: str, parts: set[str]) -> bool:
    squeezed = lowered.replace(" ", "")
    return any(part in lowered or part in squeezed for part in parts)
