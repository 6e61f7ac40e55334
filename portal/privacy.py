"""Obvious personal data in free text written by professionals (feedback, shortlist notes).

Nothing about an inwoner may be written in the portal. People cannot be stopped from
writing a name, but the patterns that are certainly personal data can be refused: a
BSN (nine digits that pass the elfproef, also with dots or spaces), an e-mail
address, a Dutch telephone number and an IBAN. Amounts, years and counts stay allowed.
"""

from __future__ import annotations

import re

REMINDER = (
    "Schrijf niets over de inwoner: geen naam, BSN, geboortedatum, adres, telefoonnummer of "
    "e-mailadres, en geen gegevens waaraan iemand te herkennen is."
)

# Nine digits, in groups joined by a dot or a space ("123456782", "1234.56.782",
# "123 456 782"), or eight in a row (a BSN written without its leading zero). Dashes are
# left out: "12-03-2025" is a date.
_DIGIT_RUN = re.compile(r"(?<![\d.,])(?:\d(?:[ .]?\d){8}|\d{8})(?!\d|[.,]\d)")
# The lookbehind lets a match start only where a run of address characters starts: without
# it, 100,000 letters without an "@" took a minute (every start position scanned to the end).
_EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
# 06-12345678, 010 123 45 67, +31 6 1234 5678, 0031 (0)20 ...: ten digits starting with 0,
# or the country code followed by nine digits.
_PHONE = re.compile(
    r"(?<![\w+])(?:\+31|0031)[ \-]?(?:\(0\)[ \-]?)?\d(?:[ \-]?\d){8}(?!\d)"
    r"|(?<![\w.,])0\d(?:[ \-]?\d){8}(?!\d|[.,]\d)"
)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}[ ]?[A-Z]{4}(?:[ ]?\d){10}\b", re.IGNORECASE)


def _passes_elfproef(digits: str) -> bool:
    digits = digits.zfill(9)
    total = sum(int(d) * weight for d, weight in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0 and digits != "000000000"


def personal_data_problems(text: str | None) -> list[str]:
    """Dutch messages for each kind of personal data found in ``text`` (empty when none)."""
    if not text:
        return []
    problems = []
    # Each finding is blanked out before the next look, so that one number is named once.
    for pattern, message in (
        (_IBAN, "De tekst bevat een rekeningnummer (IBAN). Schrijf geen gegevens van de inwoner op."),
        (_EMAIL, "De tekst bevat een e-mailadres. Schrijf geen gegevens van de inwoner op."),
        (_PHONE, "De tekst bevat een telefoonnummer. Schrijf geen gegevens van de inwoner op."),
    ):
        if pattern.search(text):
            problems.append(message)
            text = pattern.sub(" ", text)
    for match in _DIGIT_RUN.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if _passes_elfproef(digits):
            problems.append("De tekst bevat een nummer dat op een BSN lijkt. Schrijf geen BSN op.")
            break
    return problems
