"""Template helpers: format texts, code labels, amounts and dates for people."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from flask import Flask
from markupsafe import Markup, escape

from portal.codelists import labels
from portal.schemas.fields import looks_like_html, sanitize_html

BULLET = re.compile(r"^\s*[-*•]\s+")
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def render_text(value: str | None) -> Markup:
    """A format text field as HTML: sanitized HTML stays (cleaned again), plain text gets
    paragraphs for blank lines and a list for lines starting with "- "."""
    if not value:
        return Markup("")
    if looks_like_html(value):
        return Markup(sanitize_html(value))  # noqa: S704 - cleaned by nh3 just now
    parts = []
    for block in re.split(r"\n\s*\n", value.strip()):
        lines = [line.rstrip() for line in block.splitlines() if line.strip()]
        if lines and all(BULLET.match(line) for line in lines):
            items = "".join(f"<li>{escape(BULLET.sub('', line))}</li>" for line in lines)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append("<p>" + "<br>".join(str(escape(line)) for line in lines) + "</p>")
    return Markup("".join(parts))  # noqa: S704 - every piece was escaped above


def code_label(code: str | None, list_name: str) -> str:
    if code is None:
        return ""
    return labels(list_name).get(str(code), str(code))


def date_nl(value: dt.date | None) -> str:
    if value is None:
        return ""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def money(value: Decimal | None) -> str:
    if value is None:
        return ""
    whole, cents = f"{value:,.2f}".split(".")
    return f"€ {whole.replace(',', '.')},{cents}"


def register(app: Flask) -> None:
    app.add_template_filter(render_text, "text")
    app.add_template_filter(code_label, "label")
    app.add_template_filter(date_nl, "date_nl")
    app.add_template_filter(money, "money")
