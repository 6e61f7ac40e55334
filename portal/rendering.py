"""Template helpers: format texts, code labels, amounts and dates for people."""

from __future__ import annotations

import datetime as dt
import html
import re
from decimal import Decimal

from flask import Flask
from flask_babel import lazy_gettext as _
from markupsafe import Markup, escape

from portal.codelists import labels
from portal.schemas.fields import looks_like_html, sanitize_html
from portal.timeutil import AMSTERDAM

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


def plain_text(value: str | None) -> str:
    """A format text field as one line of plain text (for summaries in lists)."""
    if not value:
        return ""
    without_tags = re.sub(r"<[^>]+>", " ", value) if looks_like_html(value) else value
    return " ".join(html.unescape(without_tags).split())


# For inwoners: what an instrument means for their income, and what is known about whether
# it works, in plain words ("je"). No sentence where there is nothing honest to say.
INCOME_SENTENCES = {
    "keeps_benefit": _("Je houdt je uitkering zolang je meedoet."),
    "wage": _("Je krijgt loon van een werkgever, minstens het minimumloon. Je uitkering stopt of wordt lager."),
    "wage_with_subsidy": _(
        "Je krijgt loon van een werkgever. De werkgever krijgt geld van de gemeente omdat je (nog) niet"
        " alles kunt (loonkostensubsidie). Je uitkering stopt of wordt lager."
    ),
    "volunteer_allowance": _(
        "Je krijgt een kleine vergoeding voor vrijwilligerswerk. Vraag eerst of dat mag naast je uitkering."
    ),
    "unpaid": _("Je krijgt hier geen geld voor."),
}
EVIDENCE_SENTENCES = {
    "goed_beschreven": _("Deskundigen hebben deze aanpak bekeken: hij is goed beschreven."),
    "goed_onderbouwd": _("Deskundigen vinden dat goed is uitgelegd waarom deze aanpak kan helpen."),
    "effectief_eerste": _("Er zijn eerste aanwijzingen uit onderzoek dat deze aanpak helpt."),
    "effectief_goede": _("Onderzoek laat zien dat deze aanpak helpt."),
    "effectief_sterke": _("Goed onderzoek laat duidelijk zien dat deze aanpak helpt."),
}


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


def datetime_nl(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local = value.astimezone(AMSTERDAM)
    return f"{date_nl(local.date())} {local:%H:%M}"


CHANGE_LABELS = {
    "created": "Aangemaakt",
    "updated": "Bewerkt",
    "reviewed": "Gecontroleerd",
    "privacy.erase": "Contactpersoon gewist (AVG)",
    "status:draft->in_review": "Ingediend ter controle",
    "status:draft->published": "Gepubliceerd",
    "status:in_review->published": "Gepubliceerd",
    "status:in_review->draft": "Teruggezet naar concept",
    "status:published->draft": "Offline gehaald",
    "status:published->archived": "Gearchiveerd",
    "status:draft->archived": "Gearchiveerd",
    "status:in_review->archived": "Gearchiveerd",
    "status:archived->draft": "Teruggezet uit het archief",
}


def change_label(change: str) -> str:
    return CHANGE_LABELS.get(change, change)


def sub_label(key: str) -> str:
    from portal.editor_form import SUB_LABELS
    from portal.schemas.instrument import LABELS

    return SUB_LABELS.get(key) or LABELS.get(key, key)


def user_name(user_id: int | None) -> str:
    if user_id is None:
        return "het systeem"
    from portal.extensions import db
    from portal.models import User

    user = db.session.get(User, user_id)
    return (user.name or user.email) if user else "onbekend"


def gemeente_datalist() -> Markup:
    """``<datalist id="gemeenten-lijst">`` with the names of the active gemeenten, which the
    gemeente fields suggest from: reference data, put together once (342 options were a
    tenth of a results page)."""
    from portal.reference_cache import cached

    return cached("gemeente_datalist", _datalist)


def _datalist() -> Markup:
    from sqlalchemy import select

    from portal.extensions import db
    from portal.models import Gemeente

    names = db.session.scalars(select(Gemeente.name).where(Gemeente.active).order_by(Gemeente.name))
    options = Markup("").join(Markup('<option value="{}"></option>').format(name) for name in names)
    return Markup('<datalist id="gemeenten-lijst">{}</datalist>').format(options)


def _navigation():
    from flask_login import current_user

    from portal.permissions import has_permission

    if not current_user.is_authenticated:
        return {"nav": []}
    links = []
    if has_permission(current_user, "instrument.read_drafts"):
        links.append(("editor.dashboard", "Redactie"))
    if has_permission(current_user, "users.manage") or has_permission(current_user, "organisation.settings"):
        links.append(("admin.home", "Beheer"))
    if has_permission(current_user, "compare.use"):
        links.append(("compare.coverage_page", "Vergelijken"))
    if has_permission(current_user, "shortlist.use"):
        links.append(("shortlists.index", "Mijn lijsten"))
    links.append(("groups.index", "Werkgroepen"))
    links.append(("auth.api_tokens", "API-tokens"))
    return {"nav": links}


def register(app: Flask) -> None:
    from portal.editor_form import row_count
    from portal.models import SCALES
    from portal.outcomes import MEASURES

    app.add_template_filter(datetime_nl, "datetime_nl")
    app.add_template_global(change_label)
    app.add_template_global(sub_label)
    app.add_template_global(user_name)
    app.add_template_global(groups_for_current_user)
    app.add_template_global(row_count)
    app.add_template_global(gemeente_datalist)
    app.context_processor(_navigation)
    app.add_template_filter(render_text, "text")
    app.add_template_filter(plain_text, "plain")
    app.add_template_global(INCOME_SENTENCES, "INCOME_SENTENCES")
    app.add_template_global(EVIDENCE_SENTENCES, "EVIDENCE_SENTENCES")
    app.add_template_filter(code_label, "label")
    app.add_template_filter(date_nl, "date_nl")
    app.add_template_filter(money, "money")
    app.add_template_global(SCALES, "SCALES")
    app.add_template_global(MEASURES, "OUTCOME_MEASURES")


def groups_for_current_user() -> list:
    """The working groups of the logged-in user (for "Bewaar in werkgroep")."""
    from flask_login import current_user

    from portal.actions.groups import groups_of

    return groups_of(current_user._get_current_object()) if current_user.is_authenticated else []
