"""The interface in Dutch (default) and English, with Flask-Babel. Content stays as written.

The language is part of the address (``?lang=en``), never a cookie: anonymous visitors get
no cookies. Links made with ``url_for`` keep the language; GET forms carry it in a hidden
field (a form's own fields replace the query string of its action).

Translating: mark text with ``_()`` / ``{% trans %}``, then

    pybabel extract -F babel.cfg -o portal/translations/messages.pot .
    pybabel update -i portal/translations/messages.pot -d portal/translations
    (translate portal/translations/en/LC_MESSAGES/messages.po)
    pybabel compile -d portal/translations

``tests/test_i18n.py`` fails when a marked text has no English translation or the compiled
catalogue is older than the .po file.
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask, has_request_context, request, url_for
from flask_babel import Babel, get_locale

LANGUAGES = {"nl": "Nederlands", "en": "English"}
NEUTRAL = frozenset({"static", "public.logo", "public.theme", "public.sitemap", "public.open_data_file"})
DEFAULT = "nl"
TRANSLATIONS = Path(__file__).resolve().parent / "translations"
babel = Babel()


def select_locale() -> str:
    wanted = request.args.get("lang", "")
    return wanted if wanted in LANGUAGES else DEFAULT


def current_language() -> str:
    return str(get_locale()) if has_request_context() else DEFAULT


def language_url(language: str) -> str:
    """This page in another language (same endpoint, arguments and query). Query keys that
    url_for itself would take (``endpoint``, ``_external``, ...) are left out."""
    query = {k: v for k, v in request.args.to_dict().items() if k != "endpoint" and not k.startswith("_")}
    arguments = {**query, **(request.view_args or {}), "lang": language}
    return url_for(request.endpoint or "public.home", **arguments)


def init_app(app: Flask) -> None:
    babel.init_app(
        app,
        locale_selector=select_locale,
        default_locale=DEFAULT,
        default_translation_directories=str(TRANSLATIONS),
    )

    @app.url_defaults
    def keep_language(endpoint: str, values: dict) -> None:
        # Not for files and data (the API, logos, style sheets, the sitemap): one address each.
        if endpoint in NEUTRAL or endpoint.startswith("api.") or "lang" in values or not has_request_context():
            return
        if request.blueprint == "api":
            return
        if request.endpoint and current_language() != DEFAULT:
            values["lang"] = current_language()

    app.jinja_env.globals.update(current_language=current_language, language_url=language_url, LANGUAGES=LANGUAGES)
