"""What changed between two versions of an instrument, field by field.

Input: two instruments as dicts in the JSON shape of the format (FORMAT.md). Output: a
list of ``Change`` rows that a template can show as a table ("veld, was, wordt"), with a
word-level diff for long texts so the template can mark deleted and inserted words.

Rules:

* Keys are dotted: ``name``, ``provider.website``, ``public.summary``, ``contacts.2.phone``.
  Positions in child lists (contacts, locations, links, registration_codes, outcomes)
  count from 1. Child lists are compared position by position: an added contact gives
  one ``added`` row per filled-in sub-key (``contacts.2.name``, ``contacts.2.phone``, ...),
  a removed one gives ``removed`` rows. Removing an item in the middle therefore shows
  the later items as changed, which is what a reader of the two versions sees too.
* Lists of strings (code lists, keywords) are compared as one value. Code lists ignore
  order (["EW04", "EW05"] equals ["EW05", "EW04"]); keywords do not.
* ``version`` is ignored (it changes on every save); every other key, ``status``
  included, is compared.
* Values are shown as text: True/False → "ja"/"nee", None or missing → "", lists joined
  with ", ", decimals with a decimal comma, codes through ``code_labels(list_name, code)``
  when given (list names as in ``portal/data/codelists.json``; for code lists not in that
  file, such as ``availability.regions``, the dotted key is passed; the callable should
  return the code itself, or raise ``KeyError``, when it does not know it).
* Order is stable: keys in the order of ``new``, then keys only ``old`` has; sub-keys
  likewise.

Pure module: no database, no Flask.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from difflib import SequenceMatcher
from typing import Any, Literal

Kind = Literal["added", "removed", "changed"]
WordDiff = list[tuple[str, str]]
CodeLabels = Callable[[str, str], str]

IGNORED_KEYS = frozenset({"version"})

# Texts longer than this get a word-level diff.
WORD_DIFF_FROM = 60

# Key (dotted, without positions) → name of its code list.
CODE_LISTS: dict[str, str] = {
    "instrument_type": "instrument_type",
    "legal_basis": "legal_basis",
    "tiles": "tiles",
    "ladder_from": "ladder",
    "ladder_to": "ladder",
    "client_characteristics": "client_characteristics",
    "target_groups": "target_groups",
    "implementation": "implementation",
    "group_forms": "group_forms",
    "location_types": "location_types",
    "sectors": "sectors",
    "employment_types": "employment_types",
    "age_groups": "age_groups",
    "benefit_situations": "benefit_situations",
    "duration_unit": "duration_unit",
    "costs_unit": "costs_unit",
    "funding": "funding",
    "income_effect": "income_effect",
    "evidence_level": "evidence_level",
    "evidence_databank": "evidence_databank",
    "evaluation_type": "evaluation_type",
    "lifecycle": "lifecycle",
    "contacts.kind": "contact_kind",
}

# Lists of strings that are free text, not codes: compared in order, never looked up.
FREE_TEXT_LISTS = frozenset({"keywords"})

# Decimal fields; strings in them ("12.50") are compared as numbers.
DECIMAL_KEYS = frozenset({"intensity_hours_per_week", "costs_amount", "participant_contribution"})
MONEY_KEYS = frozenset({"costs_amount", "participant_contribution"})

# Labels of sub-keys (dotted, without positions). Top-level labels come from the caller
# (``portal.schemas.instrument.LABELS``); without them the key itself is shown.
SUB_LABELS: dict[str, str] = {
    "provider.name": "Naam",
    "provider.website": "Website",
    "provider.email": "E-mailadres",
    "provider.phone": "Telefoon",
    "provider.kvk": "KvK-nummer",
    "locations.name": "Naam",
    "locations.street": "Straat",
    "locations.house_number": "Huisnummer",
    "locations.postcode": "Postcode",
    "locations.city": "Plaats",
    "contacts.name": "Naam",
    "contacts.role": "Functie",
    "contacts.email": "E-mailadres",
    "contacts.phone": "Telefoon",
    "contacts.kind": "Intern of extern",
    "contacts.public": "Zichtbaar voor inwoners",
    "outcomes.year": "Jaar",
    "outcomes.participants": "Deelnemers",
    "outcomes.to_paid_work": "Naar betaald werk",
    "outcomes.to_education": "Naar opleiding",
    "outcomes.to_other_participation": "Naar andere participatie",
    "availability.national": "Landelijk",
    "availability.regions": "Arbeidsmarktregio's",
    "availability.gemeenten": "Gemeenten",
    "links.label": "Tekst",
    "links.url": "Adres",
    "registration_codes.code": "Code",
    "registration_codes.label": "Omschrijving",
    "public.visible": "Zichtbaar voor inwoners",
    "public.title": "Titel",
    "public.summary": "Samenvatting",
    "public.for_whom": "Voor wie",
    "public.what_you_get": "Wat krijg je",
    "public.how_to_start": "Hoe begin je",
    "public.costs_for_you": "Wat kost het",
}


@dataclass(frozen=True)
class Change:
    key: str
    label: str
    kind: Kind
    old: str
    new: str
    word_diff: WordDiff | None = None


def diff_instruments(
    old: Mapping[str, Any] | None,
    new: Mapping[str, Any] | None,
    labels: Mapping[str, str] | None = None,
    code_labels: CodeLabels | None = None,
) -> list[Change]:
    """The changes from ``old`` to ``new``; ``[]`` when nothing (but ``version``) changed."""
    differ = _Differ(labels or {}, code_labels)
    differ.mapping(old or {}, new or {}, path=(), generic=())
    return differ.changes


def word_diff(old: str, new: str) -> WordDiff:
    """Word-level diff: [(op, text)] with op "same", "del" or "ins"; text is words joined by spaces."""
    old_words, new_words = old.split(), new.split()
    result: WordDiff = []
    matcher = SequenceMatcher(None, old_words, new_words, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            result.append(("same", " ".join(old_words[i1:i2])))
            continue
        if op in ("delete", "replace"):
            result.append(("del", " ".join(old_words[i1:i2])))
        if op in ("insert", "replace"):
            result.append(("ins", " ".join(new_words[j1:j2])))
    return result


class _Differ:
    def __init__(self, labels: Mapping[str, str], code_labels: CodeLabels | None) -> None:
        self.labels = labels
        self.code_labels = code_labels
        self.changes: list[Change] = []

    # Walking -----------------------------------------------------------------------------

    def mapping(self, old: Mapping, new: Mapping, path: tuple[str, ...], generic: tuple[str, ...]) -> None:
        keys = list(new) + [key for key in old if key not in new]
        for key in keys:
            if not path and key in IGNORED_KEYS:
                continue
            self.value(old.get(key), new.get(key), (*path, str(key)), (*generic, str(key)))

    def value(self, old: Any, new: Any, path: tuple[str, ...], generic: tuple[str, ...]) -> None:
        if isinstance(old, Mapping) or isinstance(new, Mapping):
            self.mapping(_as_mapping(old), _as_mapping(new), path, generic)
        elif _is_item_list(old) or _is_item_list(new):
            old_items, new_items = _as_list(old), _as_list(new)
            for index in range(max(len(old_items), len(new_items))):
                old_item = old_items[index] if index < len(old_items) else {}
                new_item = new_items[index] if index < len(new_items) else {}
                self.mapping(_as_mapping(old_item), _as_mapping(new_item), (*path, str(index + 1)), generic)
        else:
            self.leaf(old, new, ".".join(path), ".".join(generic))

    def leaf(self, old: Any, new: Any, key: str, generic: str) -> None:
        if self._comparable(old, generic) == self._comparable(new, generic):
            return
        old_text, new_text = self.render(old, generic), self.render(new, generic)
        if old_text == new_text:
            return
        if not old_text:
            kind: Kind = "added"
        elif not new_text:
            kind = "removed"
        else:
            kind = "changed"
        diff = None
        if (
            kind == "changed"
            and isinstance(old, str)
            and isinstance(new, str)
            and max(len(old_text), len(new_text)) > WORD_DIFF_FROM
        ):
            diff = word_diff(old_text, new_text)
        self.changes.append(Change(key, self.label(key, generic), kind, old_text, new_text, diff))

    # Comparing and rendering -------------------------------------------------------------

    def _comparable(self, value: Any, generic: str) -> Any:
        if value is None or value == "" or value == []:
            return None
        if isinstance(value, bool):
            return value
        if isinstance(value, int | float | Decimal):
            return _decimal(value)
        if isinstance(value, str):
            text = value.replace("\r\n", "\n").strip()
            if not text:
                return None
            if generic in DECIMAL_KEYS:
                number = _decimal(text)
                if number is not None:
                    return number
            if generic in CODE_LISTS:  # single code; ladder rungs may arrive as "3" or 3
                number = _decimal(text) if text.isdigit() else None
                return number if number is not None else text
            return text
        if isinstance(value, list | tuple):
            items = [self._comparable(item, generic) for item in value]
            if generic in FREE_TEXT_LISTS:
                return tuple(items)
            return tuple(sorted(items, key=repr))
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    def render(self, value: Any, generic: str, *, in_list: bool = False) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "ja" if value else "nee"
        if isinstance(value, list | tuple):
            rendered = (self.render(item, generic, in_list=True) for item in value)
            return ", ".join(text for text in rendered if text)
        if isinstance(value, dt.datetime | dt.date):
            return value.isoformat()
        if isinstance(value, float | Decimal) or (isinstance(value, str) and generic in DECIMAL_KEYS):
            number = _decimal(value)
            if number is not None:
                return _dutch_number(number, money=generic in MONEY_KEYS)
        text = str(value).replace("\r\n", "\n").strip()
        list_name = self._list_name(generic, in_list=in_list)
        if list_name and text:
            return self._code_label(list_name, text)
        return text

    def _list_name(self, generic: str, *, in_list: bool) -> str | None:
        """The code list to look a value up in: known code fields, and any list of strings
        that is not free text (``availability.regions`` → passed as its dotted key)."""
        if self.code_labels is None or generic in FREE_TEXT_LISTS:
            return None
        if generic in CODE_LISTS:
            return CODE_LISTS[generic]
        return generic if in_list else None

    def _code_label(self, list_name: str, code: str) -> str:
        assert self.code_labels is not None
        try:
            label = self.code_labels(list_name, code)
        except LookupError:
            label = None
        return str(label) if label else code

    def label(self, key: str, generic: str) -> str:
        if key in self.labels:
            return self.labels[key]
        parts = key.split(".")
        if len(parts) == 1:
            return self.labels.get(key, key)
        top = self.labels.get(parts[0], parts[0])
        position = parts[1] if parts[1].isdigit() else None
        if len(parts) == 2 and position:
            return f"{top} {position}"
        sub = self.labels.get(generic) or SUB_LABELS.get(generic) or generic.split(".", 1)[1]
        return f"{top} {position}: {sub}" if position else f"{top}: {sub}"


def _is_item_list(value: Any) -> bool:
    return isinstance(value, list | tuple) and any(isinstance(item, Mapping) for item in value)


def _as_list(value: Any) -> list:
    return list(value) if isinstance(value, list | tuple) else []


def _as_mapping(value: Any) -> Mapping:
    return value if isinstance(value, Mapping) else {}


def _decimal(value: Any) -> Decimal | None:
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite():
        return None
    return number.normalize()


def _dutch_number(number: Decimal, *, money: bool) -> str:
    if money:
        text = f"{number:.2f}"
    else:
        text = f"{number:f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")
