"""How readable is a text for inwoners? A rough check for the public part of an instrument.

The score is the Flesch reading ease adapted to Dutch by Douma ("Flesch–Douma"), computed
with the textstat package: 206,835 − 0,93 × (woorden per zin) − 77 × (lettergrepen per
woord). Syllables come from the Dutch hyphenation dictionary that ships inside pyphen, so
nothing is downloaded at run time.

The score is a rough indicator, not a guarantee of taalniveau B1. It only sees sentence
length and word length: a text of short sentences full of unknown words, or a text that
is badly organised, can still score well. The advice next to the score (long sentences,
long words, passive sentences, jargon with a plain alternative) is meant to help the
writer; a test with real readers remains the only proof.

Pure module: no database, no Flask. textstat is used through its functions that take the
language as an argument (``textstat.backend``), so the global language setting of the
``textstat`` object is never read or changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from html import unescape
from html.parser import HTMLParser

LANGUAGE = "nl"

# A score means little for a handful of words.
MIN_WORDS = 8

# Thresholds. The usual Dutch reading of the Flesch–Douma scale puts everyday texts for
# a broad public at about 60 and higher, texts that need some schooling between 40 and 60
# and texts for specialists below that; 60 and up is taken here as "about B1 or easier".
# This is a convention from writing guides, not a measured boundary.
EASY_FROM = 60.0
FAIR_FROM = 40.0

LEVELS = ("makkelijk", "redelijk", "moeilijk")
LABELS = {
    "makkelijk": "Goed leesbaar (ongeveer taalniveau B1 of lager)",
    "redelijk": "Redelijk leesbaar (waarschijnlijk moeilijker dan B1)",
    "moeilijk": "Moeilijk leesbaar (veel moeilijker dan B1)",
}

# Advice thresholds.
MAX_AVG_SENTENCE_LENGTH = 15
LONG_WORD_SYLLABLES = 4
LONG_WORD_LETTERS = 13
MAX_LONG_WORDS_SHOWN = 5
MAX_JARGON_SHOWN = 8
# Passive advice when at least this many sentences, and this share of all sentences, are passive.
PASSIVE_MIN_SENTENCES = 2
PASSIVE_MIN_SHARE = 0.25

# The keys of ``public`` whose text is meant for inwoners.
PUBLIC_TEXT_FIELDS = ("summary", "for_whom", "what_you_get", "how_to_start", "costs_for_you")
COMBINED = "combined"

# Words that are correct but hard for inwoners, with a plainer alternative. Matched as whole
# words (with their plural or verb forms), case-insensitively. "Participatiewet" is not on
# the list on purpose: it is the name of the law and readers need to recognise it.
JARGON: tuple[tuple[str, str, str], ...] = (
    # (shown word, regular expression, plain alternative)
    ("trajectplan", r"trajectplan(?:nen)?", "plan"),
    ("re-integratie", r"re-?[iï]ntegratie", "weer aan het werk"),
    ("uitkeringsgerechtigde", r"uitkeringsgerechtigden?", "iemand met een uitkering"),
    ("arbeidsmarkt", r"arbeidsmarkt", "werk"),
    ("doelgroep", r"doelgroep(?:en)?", "voor wie"),
    ("activering", r"activering", "meedoen"),
    ("loonwaarde", r"loonwaarde", "hoeveel werk je kunt doen"),
    ("participatieladder", r"participatieladder", "hoe ver je bent op weg naar werk"),
    ("inzet", r"inzet", "hulp"),
    ("traject", r"traject(?:en)?", "begeleiding"),
    ("casemanager", r"casemanagers?", "vaste contactpersoon"),
    ("klantmanager", r"klantmanagers?", "vaste contactpersoon"),
    ("interventie", r"interventies?", "hulp"),
    ("faciliteren", r"facilite(?:ren|ert|erde|erden)", "helpen"),
    ("competenties", r"competenties?", "wat je kunt"),
    ("middels", r"middels", "met"),
    ("ten behoeve van", r"ten\s+behoeve\s+van", "voor"),
    ("ten aanzien van", r"ten\s+aanzien\s+van", "over"),
    ("in het kader van", r"in\s+het\s+kader\s+van", "bij of voor"),
    ("indien", r"indien", "als"),
    ("alsmede", r"alsmede", "en"),
    ("teneinde", r"teneinde", "om"),
    ("tevens", r"tevens", "ook"),
    ("derhalve", r"derhalve", "daarom"),
    ("conform", r"conform", "volgens"),
    ("inzake", r"inzake", "over"),
    ("verstrekken", r"verstrek(?:ken|t)", "geven"),
    ("aanvang", r"aanvang", "begin"),
)
_JARGON_PATTERNS = tuple(
    (shown, re.compile(r"(?<![\w-])" + pattern + r"(?![\w-])", re.IGNORECASE), plain)
    for shown, pattern, plain in JARGON
)

_PASSIVE_AUXILIARY = re.compile(r"(?<![\w-])(?:wordt|worden|werd|werden)(?![\w-])", re.IGNORECASE)
# Past participles: "gemeld", "aangeboden", "uitgevoerd", "beoordeeld", "verstrekt", "ontvangen".
_PARTICIPLE = re.compile(
    r"(?<![\w-])(?:[a-z]*ge[a-zë]{2,}(?:d|t|en)|(?:be|ver|ont|her|er)[a-zë]{2,}(?:d|t))(?![\w-])",
    re.IGNORECASE,
)

_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s+")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


@dataclass(frozen=True)
class Assessment:
    score: float
    level: str
    label: str
    advice: tuple[str, ...] = ()
    sentences: int = 0
    words: int = 0
    avg_sentence_length: float = 0.0


def assess(text: str) -> Assessment | None:
    """Assess one text (plain, simple Markdown or simple HTML).

    ``None`` when the text is empty or shorter than ``MIN_WORDS`` words.
    """
    return _assess_plain(plain_text(text or ""))


def assess_public_part(public: dict) -> dict[str, Assessment]:
    """Assessments of the texts of an instrument's public part, plus ``combined``.

    Empty texts, and texts too short to measure, are left out; ``combined`` (all texts
    together) is present when it is long enough.
    """
    results: dict[str, Assessment] = {}
    parts: list[str] = []
    for key in PUBLIC_TEXT_FIELDS:
        value = (public or {}).get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        plain = plain_text(value)
        if not plain:
            continue
        parts.append(plain)
        assessment = _assess_plain(plain)
        if assessment is not None:
            results[key] = assessment
    combined = _assess_plain(" ".join(parts))
    if combined is not None:
        results[COMBINED] = combined
    return results


def plain_text(text: str) -> str:
    """The text as plain sentences, the way it is measured.

    HTML tags and Markdown marks are removed; every paragraph, line break and list item
    becomes its own sentence (a full stop is added when it has none); links and e-mail
    addresses are replaced by a short word so they do not count as long words.
    """
    if _TAG.search(text):
        text = _html_to_lines(text)
    else:
        text = unescape(text)
    text = _MARKDOWN_LINK.sub(r"\1", text)
    text = _MARKDOWN_EMPHASIS.sub(r"\2", text)
    text = _URL.sub("website", text)
    text = _EMAIL.sub("mail", text)

    units: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        paragraph: list[str] = []
        for line in block.splitlines():
            if not line.strip():
                continue
            if _LIST_ITEM.match(line):
                if paragraph:
                    units.append(" ".join(paragraph))
                    paragraph = []
                units.append(_LIST_ITEM.sub("", line))
            else:
                paragraph.append(line.strip())
        if paragraph:
            units.append(" ".join(paragraph))

    sentences = []
    for unit in units:
        unit = re.sub(r"\s+", " ", unit).strip().rstrip(":;,").strip()
        if not unit:
            continue
        if unit[-1] not in ".!?":
            unit += "."
        sentences.append(unit)
    return " ".join(sentences)


class _LineCollector(HTMLParser):
    """Text of simple HTML, with a blank line for every block and a "- " for every item."""

    BLOCKS = frozenset({"p", "div", "ul", "ol", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "li":
            self.pieces.append("\n\n- ")
        elif tag in self.BLOCKS:
            self.pieces.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "li" or tag in self.BLOCKS:
            self.pieces.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.pieces.append(data)


def _html_to_lines(text: str) -> str:
    collector = _LineCollector()
    collector.feed(text)
    collector.close()
    return "".join(collector.pieces)


@cache
def _textstat():
    # Imported on first use: textstat imports nltk, which takes a noticeable moment.
    from textstat.backend import counts, metrics

    return counts, metrics


@lru_cache(maxsize=2048)
def _assess_plain(plain: str) -> Assessment | None:
    """Kept per text (a frozen result; nothing changes it): the editor form measures every
    public text on each opening and each save, and mostly the texts are the same as before."""
    if not plain.strip():
        return None
    counts, metrics = _textstat()
    words = counts.count_words(plain)
    if words < MIN_WORDS:
        return None
    sentences = counts.count_sentences(plain)
    score = metrics.flesch_reading_ease(plain, LANGUAGE)
    # The formula can go below 0 or above 100 for extreme texts; the scale is 0–100.
    score = round(min(100.0, max(0.0, score)), 1)
    avg = words / sentences if sentences else float(words)
    level = _level(score)
    return Assessment(
        score=score,
        level=level,
        label=LABELS[level],
        advice=tuple(_advice(plain, avg)),
        sentences=sentences,
        words=words,
        avg_sentence_length=round(avg, 1),
    )


def _level(score: float) -> str:
    if score >= EASY_FROM:
        return "makkelijk"
    if score >= FAIR_FROM:
        return "redelijk"
    return "moeilijk"


def _advice(plain: str, avg_sentence_length: float) -> list[str]:
    advice: list[str] = []
    if avg_sentence_length > MAX_AVG_SENTENCE_LENGTH:
        advice.append(
            f"Maak de zinnen korter: gemiddeld {_number(avg_sentence_length)} woorden per zin; "
            "B1 is ongeveer 10 tot 15."
        )

    jargon = _jargon(plain)
    jargon_words = {shown for shown, _ in jargon}

    long_words = _long_words(plain, skip=jargon_words)
    if long_words:
        advice.append(f"Lange woorden: {', '.join(long_words)}. Gebruik kortere of gewonere woorden.")

    passive, sentence_count, example = _passive(plain)
    if passive >= PASSIVE_MIN_SENTENCES and passive >= PASSIVE_MIN_SHARE * sentence_count:
        advice.append(
            f"Schrijf actiever: {passive} van de {sentence_count} zinnen staan in de lijdende vorm "
            f"(zoals '{example}'). Zeg wie iets doet, bijvoorbeeld 'wij helpen je' "
            "in plaats van 'je wordt geholpen'."
        )

    if jargon:
        shown = ", ".join(f"'{word}' (liever: '{plain_word}')" for word, plain_word in jargon[:MAX_JARGON_SHOWN])
        if len(jargon) > MAX_JARGON_SHOWN:
            shown += f" en nog {len(jargon) - MAX_JARGON_SHOWN}"
        advice.append(f"Vaktaal: {shown}. Gebruik de woorden die je lezer zelf gebruikt.")
    return advice


def _number(value: float) -> str:
    """Dutch notation, one decimal when needed: 15 → "15", 17.25 → "17,3"."""
    rounded = round(value, 1)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.1f}".replace(".", ",")


def _sentences(plain: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(plain) if s.strip()]


def _long_words(plain: str, skip: set[str]) -> list[str]:
    """Up to five long words, the longest first; names (capitalised inside a sentence) are skipped."""
    counts, _ = _textstat()
    seen: dict[str, tuple[int, int, int]] = {}
    position = 0
    skip_lower = {word.lower() for word in skip}
    for sentence in _sentences(plain):
        for index, word in enumerate(_WORD.findall(sentence)):
            position += 1
            key = word.lower()
            if key in seen or _is_jargon(key, skip_lower):
                continue
            if index > 0 and word[0].isupper():
                continue  # a name: Werkzaak, Rivierenland, UWV
            if word.isupper() and len(word) > 1:
                continue  # an abbreviation at the start of a sentence
            letters = sum(1 for char in word if char.isalpha())
            syllables = counts.count_syllables(key, LANGUAGE)
            if syllables >= LONG_WORD_SYLLABLES or letters >= LONG_WORD_LETTERS:
                seen[key] = (-syllables, -letters, position)
    return sorted(seen, key=lambda k: seen[k])[:MAX_LONG_WORDS_SHOWN]


def _is_jargon(word: str, jargon_words: set[str]) -> bool:
    if not jargon_words:
        return False
    return any(pattern.fullmatch(word) for shown, pattern, _ in _JARGON_PATTERNS if shown in jargon_words)


def _jargon(plain: str) -> list[tuple[str, str]]:
    """(word, plain alternative) for every jargon word in the text, in order of appearance."""
    found: list[tuple[int, str, str]] = []
    for shown, pattern, plain_word in _JARGON_PATTERNS:
        match = pattern.search(plain)
        if match:
            found.append((match.start(), shown, plain_word))
    return [(shown, plain_word) for _, shown, plain_word in sorted(found)]


def _passive(plain: str) -> tuple[int, int, str]:
    """(passive sentences, all sentences, a short example like "wordt beoordeeld")."""
    sentences = _sentences(plain)
    passive = 0
    example = ""
    for sentence in sentences:
        auxiliary = _PASSIVE_AUXILIARY.search(sentence)
        if not auxiliary:
            continue
        participle = _PARTICIPLE.search(sentence, auxiliary.end())
        if participle is None:
            # Main clause order: "Je aanvraag is door ons beoordeeld" has no auxiliary here,
            # but a subordinate clause puts the participle first: "... dat beoordeeld wordt".
            before = list(_PARTICIPLE.finditer(sentence, 0, auxiliary.start()))
            participle = before[-1] if before else None
        if participle is None:
            continue
        passive += 1
        if not example:
            first, second = sorted((auxiliary, participle), key=lambda m: m.start())
            example = f"{first.group(0)} {second.group(0)}".lower()
    return passive, len(sentences), example
