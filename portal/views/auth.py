"""Logging in and out, and setting a password from a one-time link."""

from __future__ import annotations

import time

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_user, logout_user
from sqlalchemy.exc import OperationalError

from portal.actions.accounts import (
    authenticate,
    password_change,
    password_link_use,
    password_link_user,
    session_end,
    session_resume,
    session_start,
)
from portal.actions.errors import Invalid
from portal.actions.two_factor import (
    confirm_setup,
    provisioning_uri,
    start_setup,
    two_factor_enabled,
    two_factor_required,
    verify_second_factor,
)
from portal.extensions import db, login_manager
from portal.models import User
from portal.views.access import LOGGED_IN, local_address, requires

bp = Blueprint("auth", __name__)

LOGIN_FAILED = "Het e-mailadres of het wachtwoord klopt niet, of het account is tijdelijk geblokkeerd."


@login_manager.user_loader
def _load_user(token: str) -> User | None:
    user = session_resume(token)
    if not (db.session.dirty or db.session.new or db.session.deleted):
        return user  # nothing to keep: no commit, so the request goes on with the user as loaded
    try:
        db.session.commit()  # keeps last_seen_at and ends timed-out sessions for good
    except OperationalError:
        # Only bookkeeping: when another writer holds the database (SQLite under load),
        # skip it this time rather than fail the page.
        db.session.rollback()
        user = session_resume(token, bookkeeping=False)  # nothing left to write in this request
    return user


def _safe_next(target: str | None) -> str:
    return local_address(target) or url_for("public.home")


@bp.route("/inloggen", methods=["GET", "POST"])
def login():
    error = None
    if request.method == "POST":
        from portal.ratelimit import hit

        verdict = hit("login", request.remote_addr or "onbekend", current_app.config["LOGIN_RATE_LIMIT"], 300)
        if not verdict.allowed:
            minutes = max(1, round(verdict.retry_after / 60))
            error = f"Te veel inlogpogingen vanaf dit adres. Probeer het over {minutes} minuten opnieuw."
            headers = {"Retry-After": str(verdict.retry_after)}
            return render_template("auth/login.html", error=error), 429, headers
        user = authenticate(request.form.get("email") or "", request.form.get("password") or "")
        if user is not None:
            session.clear()  # a fresh session at login: nothing from before carries over
            if two_factor_enabled(user) or two_factor_required(user):
                # The password was right; the login waits for the second step (for 5 minutes).
                session[PENDING] = {"user": user.id, "at": int(time.time()), "next": request.args.get("next")}
                db.session.commit()
                step = "auth.second_factor" if two_factor_enabled(user) else "auth.two_factor_setup"
                return redirect(url_for(step))
            return _log_in(user, request.args.get("next"))
        db.session.commit()  # the failure count must stick
        error = LOGIN_FAILED
    return render_template("auth/login.html", error=error), (401 if error else 200)


PENDING = "two_factor_pending"
PENDING_SECONDS = 300


def _log_in(user: User, target: str | None):
    session.clear()
    session_start(user)
    login_user(user, remember=False)
    db.session.commit()
    return redirect(_safe_next(target))


def _pending_user() -> User | None:
    """The user who gave the right password in the last 5 minutes and still owes a code."""
    pending = session.get(PENDING)
    if not pending or time.time() - pending.get("at", 0) > PENDING_SECONDS:
        session.pop(PENDING, None)
        return None
    user = db.session.get(User, pending.get("user"))
    return user if user is not None and user.active else None


@bp.route("/inloggen/code", methods=["GET", "POST"])
def second_factor():
    """The second step: a code from the authenticator app, or a recovery code."""
    user = _pending_user()
    if user is None or not two_factor_enabled(user):
        flash("Log opnieuw in.")
        return redirect(url_for("auth.login"))
    error = None
    if request.method == "POST":
        from portal.ratelimit import hit

        if not hit("two_factor", str(user.id), 10, 300).allowed:
            error = "Te veel pogingen. Log over vijf minuten opnieuw in."
            session.pop(PENDING, None)
        elif verify_second_factor(user, request.form.get("code") or ""):
            return _log_in(user, session[PENDING].get("next"))
        else:
            db.session.commit()  # the failed attempt stays in the audit log
            error = (
                "Die code klopt niet of is al gebruikt. Wacht op de volgende code van uw app, "
                "of gebruik een herstelcode."
            )
    return render_template("auth/second_factor.html", error=error), (401 if error else 200)


@bp.route("/inloggen/tweestaps-instellen", methods=["GET", "POST"])
def two_factor_setup():
    """First login of someone whose role requires two-factor login: set it up, then in."""
    user = _pending_user()
    if user is None or two_factor_enabled(user):
        flash("Log opnieuw in.")
        return redirect(url_for("auth.login"))
    error = None
    if request.method == "POST":
        try:
            codes = confirm_setup(user, request.form.get("code") or "")
        except Invalid as exc:
            db.session.rollback()
            error = " ".join(message for _key, message in exc.problems)
        else:
            target = session[PENDING].get("next")
            _log_in(user, target)
            page = render_template("auth/recovery_codes.html", codes=codes, next=_safe_next(target))
            return page, 200, {"Cache-Control": "no-store"}
    if not user.totp_secret:  # also after a code posted before the page was ever shown
        start_setup(user)
        db.session.commit()
    secret = user.totp_secret
    grouped = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    page = render_template("auth/two_factor_setup.html", secret=grouped, uri=provisioning_uri(user), error=error)
    return page, (422 if error else 200), {"Cache-Control": "no-store"}


@bp.get("/inloggen/tweestaps-qr.svg")
def two_factor_qr():
    """The QR code of the secret being set up (served by the portal: no inline images)."""
    import io

    import segno

    user = _pending_user()
    if user is None or two_factor_enabled(user) or not user.totp_secret:
        abort(404)
    buffer = io.BytesIO()
    segno.make(provisioning_uri(user), error="m").save(buffer, kind="svg", xmldecl=False, scale=5, border=2)
    return buffer.getvalue(), 200, {"Content-Type": "image/svg+xml", "Cache-Control": "no-store"}


@bp.post("/uitloggen")
@requires(LOGGED_IN)
def logout():
    session_end(current_user.get_id() if current_user.is_authenticated else None)
    db.session.commit()
    logout_user()
    session.clear()
    flash("U bent uitgelogd.")
    return redirect(url_for("public.home"))


@bp.route("/wachtwoord/<token>", methods=["GET", "POST"])
def set_password(token: str):
    if password_link_user(token) is None:
        abort(404)
    problems: list[str] = []
    if request.method == "POST":
        password = request.form.get("password") or ""
        if password != (request.form.get("password_again") or ""):
            problems = ["De twee wachtwoorden zijn niet gelijk."]
        else:
            try:
                password_link_use(token, password)
            except Invalid as exc:
                problems = [message for _key, message in exc.problems]
            else:
                db.session.commit()
                flash("Uw wachtwoord is ingesteld. U kunt nu inloggen.")
                return redirect(url_for("auth.login"))
    return render_template("auth/set_password.html", problems=problems), (422 if problems else 200)


@bp.route("/account/wachtwoord", methods=["GET", "POST"])
@requires(LOGGED_IN)
def change_password():
    """Change one's own password: every other session of the account ends."""
    problems: list[str] = []
    if request.method == "POST":
        user = current_user._get_current_object()
        new = request.form.get("password") or ""
        if new != (request.form.get("password_again") or ""):
            problems = ["De twee nieuwe wachtwoorden zijn niet gelijk."]
        else:
            try:
                password_change(user, request.form.get("current_password") or "", new)
            except Invalid as exc:
                db.session.rollback()
                problems = [message for _key, message in exc.problems]
            else:
                session.clear()
                session_start(user)  # this browser stays logged in, with a new session
                login_user(user, remember=False)
                db.session.commit()
                flash("Uw wachtwoord is gewijzigd. Andere sessies zijn beëindigd.")
                return redirect(url_for("public.home"))
    return render_template("auth/change_password.html", problems=problems), (422 if problems else 200)


@bp.route("/account/api-tokens", methods=["GET", "POST"])
@requires(LOGGED_IN)
def api_tokens():
    """One's own API tokens: make one (shown once), see when each was last used, revoke."""
    from portal.actions.tokens import token_create, token_revoke, tokens_of

    user = current_user._get_current_object()
    problems: list[str] = []
    secret = None
    if request.method == "POST":
        try:
            if request.form.get("revoke"):
                token = token_revoke(user, int(request.form["revoke"]))
                flash(f"API-token ‘{token.name}’ is ingetrokken; hij werkt niet meer.")
            else:
                _token, secret = token_create(user, user, request.form.get("name", ""))
        except Invalid as exc:
            db.session.rollback()
            problems = [message for _key, message in exc.problems]
        except ValueError:
            abort(400)
        else:
            db.session.commit()
            if secret is None:
                return redirect(url_for("auth.api_tokens"), 303)
    headers = {"Cache-Control": "no-store"}  # the new token is on this page once
    page = render_template("auth/api_tokens.html", tokens=tokens_of(user), secret=secret, problems=problems)
    return page, (422 if problems else 200), headers
