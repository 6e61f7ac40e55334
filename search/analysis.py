"""Dutch text analysis shared by every backend.

- ``fold``: lower case and accent folding (oriëntatie = orientatie, financiële = financiele).
- ``tokens``: words of a text, folded; apostrophes and hyphens inside names are kept
  together ("'s-gravenhage"), so place names survive.
- Synonyms and abbreviations (``search/data/synonyms.txt``) are expanded at query time, so
  the list can change without a rebuild; compound parts ("schuldhulpverlening" → "schuld",
  "hulp", "verlening") are added to the indexed text (``with_compound_parts``).
- ``query_groups``: the user's words as groups of alternatives; a document must match
  every group (any alternative in it). No query syntax is ever interpreted: field names,
  wildcards and operators are just characters that are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

SYNONYMS_FILE = Path(__file__).resolve().parent / "data" / "synonyms.txt"

# Words that carry no meaning in a query. Kept short on purpose: stopword removal must not
# damage names ("De Bilt", "Het Hogeland"), so it is applied to free text queries only.
STOPWORDS = frozenset(
    """de het een en of in op aan van voor met bij naar om te tot uit door over als dan
    dat die dit deze er is zijn was ben bent wordt worden kan kunnen wil willen ik je jij u
    we wij ze zij hij mijn mij me jouw uw hoe wat wie waar welke ook nog niet geen wel
    heb hebt heeft hulp moet moeten graag zou zouden iets krijg krijgen""".split()
)
# "hulp" and "moet" are stopwords only in queries, the way inwoners phrase them ("ik moet
# solliciteren", "hulp bij geldzorgen"). Documents keep every word; the index drops nothing.

_WORD = re.compile(r"[0-9a-z]+(?:['\-][0-9a-z]+)*|'[a-z]+(?:-[0-9a-z]+)*")

# Pieces that compounds in this domain are made of; a compound is split when it is made
# entirely of known pieces (longest first), so "schuldhulpverlening" gives schuld + hulp
# + verlening and "werkervaringsplek" gives werk + ervaring + plek.
COMPOUND_PARTS = frozenset(
    """schuld schulden hulp verlening dienst dienstverlening werk werken ervaring plek plaats
    taal les lessen cursus coach coaching job loon kosten subsidie baan banen leer traject
    budget beheer geld zorg zorgen sollicitatie training vrijwilliger vrijwilligers leer
    opleiding school jongeren jongere ouder ouderen arbeid markt regio gemeente beschut
    dag besteding buurt wijk team maatje maatjes fiets vaardigheden digitaal beroeps beroep
    orientatie keuze vak werkgever werkgevers
    computer inburgering inkomen uitkering participatie stage praktijk huis thuis
    administratie post papieren gezondheid beweeg sport leefstijl netwerk plan""".split()
)
_LINKING = ("s", "e", "en")  # tussen-s and friends: werkervaring-s-plek


def fold(text: str) -> str:
    """Lower case without accents: 'Oriëntatie' → 'orientatie'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    return _WORD.findall(fold(text).replace("’", "'"))


@lru_cache(maxsize=100_000)
def split_compound(word: str) -> tuple[str, ...]:
    """Known parts of a compound, or [] when it is not made entirely of known parts."""
    parts = _split(word, 0)
    return tuple(parts) if parts and len(parts) > 1 else ()


def _split(word: str, depth: int) -> list[str] | None:
    if not word:
        return []
    if depth > 5:
        return None
    for end in range(len(word), 2, -1):
        head = word[:end]
        if head in COMPOUND_PARTS:
            rest = word[end:]
            for link in ("", *_LINKING):
                if rest.startswith(link):
                    tail = _split(rest[len(link) :], depth + 1)
                    if tail is not None:
                        return [head, *tail]
    return None


@cache
def synonym_groups() -> tuple[frozenset[str], ...]:
    groups = []
    for line in SYNONYMS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            groups.append(frozenset(fold(part.strip()) for part in line.split(",") if part.strip()))
    return tuple(groups)


@cache
def _synonym_index() -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for group in synonym_groups():
        for term in group:
            index.setdefault(term, set()).update(group)
    return {term: frozenset(terms) for term, terms in index.items()}


def alternatives(word: str) -> list[str]:
    """The word with its synonyms (each alternative may be a phrase).

    Compound parts are not added here: they are indexed with the document (see
    ``with_compound_parts``), so "schulden" finds "schuldhulpverlening" while a query for
    "schuldhulpverlening" does not widen to everything that mentions "hulp".
    """
    found = [word]
    for other in sorted(_synonym_index().get(word, ())):
        if other not in found:
            found.append(other)
    parts = split_compound(word)
    if parts and " ".join(parts) not in found:
        # A compound the user typed may be part of a longer one in the text: "werkervaring"
        # in "werkervaringsplek". Its parts together (all of them, never one alone) find it,
        # as the parts of indexed compounds are indexed too.
        found.append(" ".join(parts))
    return found


def query_groups(text: str) -> list[list[str]]:
    """Groups of alternatives, one group per meaningful word or known phrase of the query.

    Multi-word synonyms ("nederlands als tweede taal") are recognised as one group.
    """
    words = tokens(text)
    groups: list[list[str]] = []
    index = _synonym_index()
    i = 0
    while i < len(words):
        matched = False
        for length in (4, 3, 2):
            phrase = " ".join(words[i : i + length])
            if len(words) - i >= length and phrase in index:
                groups.append([phrase, *sorted(index[phrase] - {phrase})])
                i += length
                matched = True
                break
        if matched:
            continue
        word = words[i]
        i += 1
        if word in STOPWORDS and len(words) > 1:
            continue
        groups.append(alternatives(word))
    if not groups and words:  # a query of stopwords only: search them after all
        groups = [[w] for w in words]
    return groups


def with_compound_parts(text: str) -> str:
    """The text plus the parts of its known compounds, for indexing.

    "schuldhulpverlening" is then also found by "schuld" and "hulp"; the extra words go at
    the end so snippets still show the text as written.
    """
    extra = []
    for word in tokens(text):
        extra.extend(split_compound(word))
    return f"{text}\n{' '.join(extra)}" if extra else text


def suggest(text: str, vocabulary) -> str | None:
    """ "Bedoelde u ...?": the query with each unknown word replaced by the closest known one.

    ``vocabulary`` is a set of folded words that occur in the index. None when every word
    is known or nothing close enough exists.
    """
    from difflib import get_close_matches

    words = tokens(text)
    changed = False
    corrected = []
    for word in words:
        if word in vocabulary or word in STOPWORDS or len(word) < 4 or word.isdigit():
            corrected.append(word)
            continue
        close = get_close_matches(word, vocabulary, n=1, cutoff=0.8)
        if close:
            corrected.append(close[0])
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else None


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Dutch stem of a folded word (the stemmer the Whoosh index uses), for code
    outside ``search/`` that compares texts, such as the harmonisation candidates."""
    return _dutch_stemmer().stem(word)


@cache
def _dutch_stemmer():
    from whoosh.lang.snowball.dutch import DutchStemmer

    return DutchStemmer()
