"""marshmallow fields with Dutch messages and the input habits of forms and spreadsheets.

Every field strips surrounding white space and treats an empty string as "not given", so a
form, a CSV cell and a JSON ``null`` mean the same thing.
"""

from __future__ import annotations

import re
from typing import Any

import nh3
from marshmallow import fields, validate

MSG_REQUIRED = "Dit veld is verplicht."
MSG_NULL = "Dit veld is verplicht."


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class _Dutch:
    """Mixin: Dutch base messages, and blank input counts as missing."""

    default_error_messages = {
        "required": MSG_REQUIRED,
        "null": MSG_NULL,
        "validator_failed": "Ongeldige waarde.",
    }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("allow_none", not kwargs.get("required", False))
        super().__init__(*args, **kwargs)

    def deserialize(self, value, attr=None, data=None, **kwargs):
        if _blank(value):
            value = None
        return super().deserialize(value, attr, data, **kwargs)


class Str(_Dutch, fields.String):
    default_error_messages = {
        "invalid": "Geef hier tekst op.",
        "invalid_utf8": "De tekst is geen geldige UTF-8.",
    }

    def _deserialize(self, value, attr, data, **kwargs):
        return super()._deserialize(value, attr, data, **kwargs).strip()


ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "strong", "em", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")


def looks_like_html(text: str) -> bool:
    return bool(_TAG.search(text))


def sanitize_html(text: str) -> str:
    return nh3.clean(text, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes=URL_SCHEMES)


class Text(Str):
    """Plain text with paragraphs and simple lists, or sanitized HTML (never raw HTML).

    Plain text is kept as written (it is escaped when shown); anything that contains a
    tag is cleaned to the allowed subset: p, br, ul, ol, li, strong, em and a[href] with
    http, https or mailto.
    """

    def __init__(self, *, max_length: int = 20_000, **kwargs):
        super().__init__(validate=validate.Length(max=max_length, error="Maximaal {max} tekens."), **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs).replace("\r\n", "\n")
        return sanitize_html(text) if looks_like_html(text) else text


def ShortStr(max_length: int, **kwargs) -> Str:  # noqa: N802 - reads like a field class
    return Str(validate=validate.Length(max=max_length, error="Maximaal {max} tekens."), **kwargs)


class WholeNumber(_Dutch, fields.Integer):
    """An integer, from a number or from digits in a string; never a silent rounding."""

    default_error_messages = {
        "invalid": "Geef een heel getal op.",
        "too_large": "Dit getal is te groot.",
    }

    def __init__(self, *, minimum: int | None = None, maximum: int | None = None, **kwargs):
        validators = list(kwargs.pop("validate", []))
        if minimum is not None or maximum is not None:
            validators.append(validate.Range(min=minimum, max=maximum, error=_range_message(minimum, maximum)))
        super().__init__(strict=True, validate=validators, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
            value = int(value)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool):
            raise self.make_error("invalid")
        return super()._deserialize(value, attr, data, **kwargs)


def _range_message(minimum, maximum) -> str:
    if minimum is not None and maximum is not None:
        return f"Geef een getal van {minimum} tot en met {maximum} op."
    if minimum is not None:
        return f"Geef een getal van {minimum} of meer op."
    return f"Geef een getal van hoogstens {maximum} op."


class Money(_Dutch, fields.Decimal):
    """A decimal ≥ 0; accepts a Dutch decimal comma ("12,50") as well as a point."""

    default_error_messages = {
        "invalid": "Geef een bedrag of getal op, bijvoorbeeld 1250,00.",
        "special": "Geef een gewoon getal op.",
    }

    def __init__(self, places: int = 2, **kwargs):
        super().__init__(
            places=places,
            as_string=True,
            validate=validate.Range(min=0, error="Het getal mag niet negatief zijn."),
            **kwargs,
        )

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, bool):
            raise self.make_error("invalid")
        if isinstance(value, str):
            text = value.strip().replace("€", "").replace(" ", "")
            if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", text):
                text = text.replace(".", "")
            value = text.replace(",", ".")
        return super()._deserialize(value, attr, data, **kwargs)


class Bool(_Dutch, fields.Boolean):
    default_error_messages = {"invalid": "Kies ja of nee."}
    truthy = {True, "1", "true", "True", "TRUE", "ja", "Ja", "waar", "on", "yes"}
    falsy = {False, "0", "false", "False", "FALSE", "nee", "Nee", "onwaar", "off", "no"}


class Day(_Dutch, fields.Date):
    default_error_messages = {
        "invalid": "Geef een datum op als JJJJ-MM-DD, bijvoorbeeld 2026-01-31.",
        "format": "Deze datum kan niet worden weergegeven.",
    }


class Link(_Dutch, fields.Url):
    default_error_messages = {"invalid": "Geef een volledig webadres op dat begint met https://."}

    def __init__(self, **kwargs):
        super().__init__(
            schemes={"http", "https"},
            validate=validate.Length(max=500, error="Maximaal {max} tekens."),
            **kwargs,
        )


class EmailAddress(_Dutch, fields.Email):
    default_error_messages = {"invalid": "Geef een geldig e-mailadres op."}


class Uuid(_Dutch, fields.UUID):
    default_error_messages = {"invalid_uuid": "Geef een geldige UUID op."}


class StrList(_Dutch, fields.List):
    """A list of strings; a single string with ``;`` separators is accepted too."""

    default_error_messages = {"invalid": "Geef een lijst op."}

    def __init__(self, inner: fields.Field | None = None, **kwargs):
        super().__init__(inner or Str(), **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str):
            value = [part for part in value.split(";")]
        items = super()._deserialize(value, attr, data, **kwargs)
        seen: list = []
        for item in items:
            if item is not None and item not in seen:
                seen.append(item)
        return seen


class CodeField(Str):
    """A single code of a code list; the list is checked by the schema (codes are data)."""

    def __init__(self, list_name: str, **kwargs):
        self.list_name = list_name
        super().__init__(**kwargs)


class CodeListField(StrList):
    """A list of codes of one code list."""

    def __init__(self, list_name: str, **kwargs):
        self.list_name = list_name
        super().__init__(Str(), **kwargs)


class Choice(Str):
    """A fixed choice that is part of the format itself, not a code list."""

    def __init__(self, choices: dict[str, str], **kwargs):
        super().__init__(
            validate=validate.OneOf(list(choices), error="Kies een van: " + ", ".join(choices) + "."),
            **kwargs,
        )
