"""Which endpoints need what. Deny by default.

Every endpoint is either public (``PUBLIC_ENDPOINTS``) or carries ``@requires(permission)``;
the app refuses anything else (see ``register_blueprints``) and a test walks the url_map to
fail on an endpoint that is in neither. The permission here is only the coarse gate ("holds
it in some organisation"); the action checks it for the organisation concerned.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from flask import abort
from flask_login import current_user

from portal.extensions import login_manager
from portal.permissions import has_permission

# Endpoints anyone may reach without logging in.
PUBLIC_ENDPOINTS = frozenset(
    {
        "static",
        "health.healthz",
        "health.readyz",
        "public.home",
        "public.find_gemeente",
        "public.gemeente",
        "public.gemeente_situation",
        "public.situation",
        "public.employers",
        "public.sitemap",
        "public.theme",
        "public.logo",
        "public.open_data",
        "public.open_data_file",
        "public.open_data_hsds",
        "public.instrument",
        "public.organisation_news",
        "public.organisation_news_feed",
        "public.region_news",
        "public.region_news_feed",
        # The plain-language version of a shortlist, for the inwoner, while its link is on.
        "shortlists.shared",
        "auth.login",
        # The second step of logging in: only for whoever just gave the right password.
        "auth.second_factor",
        "auth.two_factor_setup",
        "auth.two_factor_qr",
        "auth.set_password",
        "search.page",
        "search.api",
        # The API: anyone may call it; what a caller may do follows from their API token
        # (portal/views/api.py), checked again by the actions like every write.
        "api.instruments",
        "api.instrument",
        "api.create",
        "api.update",
        "api.archive",
        "api.transition",
        "api.gemeenten",
        "api.regions",
        "api.codelists",
        "api.organisations",
        "api.openapi",
        "api.coverage_data",
        "api.compare_data",
        "api.docs",
    }
)

# endpoint → permission, filled by @requires when the blueprints are imported.
ENDPOINT_PERMISSIONS: dict[str, str] = {}

# Any logged-in user (their own account).
LOGGED_IN = "account.own"


def requires(permission: str) -> Callable:
    """Require a login and ``permission`` in at least one organisation."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(*args, **kwargs):
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if permission != LOGGED_IN and not has_permission(current_user, permission):
                abort(403)
            return view(*args, **kwargs)

        wrapper.required_permission = permission
        return wrapper

    return decorate


def current_actor():
    """The logged-in user as the actions take it (not Flask-Login's proxy)."""
    return current_user._get_current_object()


def current_viewer():
    """The logged-in user, or None for a visitor; the user object itself, not Flask-Login's
    proxy, which costs a lookup on every attribute (a results page asked it 160 times)."""
    return current_user._get_current_object() if current_user.is_authenticated else None


def local_address(target: str | None, prefix: str = "/") -> str | None:
    """``target`` when it is an address inside this portal starting with ``prefix``; None for
    anything else (another site, "//host", backslashes), so that a form can never send
    someone elsewhere."""
    if target and target.startswith(prefix) and not target.startswith("//") and "\\" not in target:
        return target
    return None


def register_endpoint_permissions(app) -> None:
    for endpoint, view in app.view_functions.items():
        permission = getattr(view, "required_permission", None)
        if permission:
            ENDPOINT_PERMISSIONS[endpoint] = permission
