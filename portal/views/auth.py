"""Logging in and out, and setting a password from a one-time link.

A first version: the hardening of the accounts issue (lockout, timeouts, __Host- cookie)
builds on this.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from flask_login import login_user, logout_user
from sqlalchemy import select

from portal.actions.accounts import password_link_use, password_link_user, verify_password
from portal.actions.errors import Invalid
from portal.extensions import db, login_manager
from portal.models import User

bp = Blueprint("auth", __name__)


@login_manager.user_loader
def _load_user(session_token: str) -> User | None:
    return db.session.scalar(select(User).where(User.session_token == session_token, User.active))


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("public.home")


@bp.route("/inloggen", methods=["GET", "POST"])
def login():
    error = None
    if request.method == "POST":
        email = (request.form.get("email") or "").strip().lower()
        password = request.form.get("password") or ""
        user = db.session.scalar(select(User).where(User.email == email))
        if user is not None and user.active and verify_password(user, password):
            session.clear()
            login_user(user)
            return redirect(_safe_next(request.args.get("next")))
        error = "Het e-mailadres of het wachtwoord klopt niet."
    return render_template("auth/login.html", error=error), (401 if error else 200)


@bp.post("/uitloggen")
def logout():
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
