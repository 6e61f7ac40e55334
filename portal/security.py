"""Security headers on every response: pages, error pages, static files, the API.

The Content-Security-Policy allows nothing inline and nothing from elsewhere: every script
and style sheet is a file of the portal itself (an organisation's colour is served as its
own style sheet, charts are SVG with classes). Pages for a logged-in user are never stored
by a browser or a proxy.
"""

from __future__ import annotations

from flask import Flask, g, request
from flask_login import current_user

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    )
)
HSTS = "max-age=31536000; includeSubDomains"


def _authenticated() -> bool:
    if g.get("api_user") is not None:
        return True
    # Static files and error pages before the user was loaded: do not load a user for them.
    if request.endpoint == "static":
        return False
    try:
        return bool(current_user and current_user.is_authenticated)
    except Exception:  # noqa: BLE001 - no user can be loaded (an error before the session): not logged in
        return False


def add_security_headers(response):
    headers = response.headers
    headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    headers["X-Content-Type-Options"] = "nosniff"
    headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")  # a view may be stricter
    headers.setdefault("X-Frame-Options", "DENY")  # for browsers without frame-ancestors
    if request.is_secure:
        headers["Strict-Transport-Security"] = HSTS
    if _authenticated():
        headers["Cache-Control"] = "no-store"
        headers.pop("Expires", None)
    return response


def init_app(app: Flask) -> None:
    app.after_request(add_security_headers)
