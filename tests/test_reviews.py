"""Keeping content current: due dates, the dashboard, the reminder digest."""

import datetime as dt
import logging

from portal.actions.reviews import add_months, reminder_digests, review_due_on, reviews_due
from portal.extensions import db
from portal.models import Instrument
from tests import factories as f


def test_add_months_keeps_the_end_of_the_month():
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2026, 11, 15), 6) == dt.date(2027, 5, 15)


def test_due_date_uses_own_interval_else_the_organisations(ctx):
    tiel = f.organisation("GM0281")
    tiel.review_interval_months = 3
    own = f.instrument(tiel, last_reviewed_on="2026-01-10", review_interval_months=12)
    default = f.instrument(tiel, last_reviewed_on="2026-01-10")
    assert review_due_on(own) == dt.date(2027, 1, 10)
    assert review_due_on(default) == dt.date(2026, 4, 10)


def test_overdue_and_soon_due_but_not_archived_or_later(ctx):
    tiel = f.organisation("GM0281")
    overdue = f.instrument(tiel, name="Te laat", last_reviewed_on="2025-01-01", review_interval_months=6)
    soon = f.instrument(tiel, name="Bijna", last_reviewed_on="2026-06-10", review_interval_months=6)
    f.instrument(tiel, name="Pas later", last_reviewed_on="2026-10-01", review_interval_months=12)
    archived = f.instrument(tiel, name="Archief", last_reviewed_on="2025-01-01", review_interval_months=6)
    archived.status = "archived"
    due = reviews_due(tiel, on=dt.date(2026, 11, 22))
    assert [(d.instrument.name, d.due_on) for d in due] == [
        ("Te laat", dt.date(2025, 7, 1)),
        ("Bijna", dt.date(2026, 12, 10)),
    ]
    assert due[0].instrument is overdue and due[1].instrument is soon


def test_digest_goes_to_each_editor_and_unpublishes_nothing(ctx, caplog):
    tiel = f.organisation("GM0281")
    f.user(tiel, "redacteur", email="r@tiel.example.nl")
    f.user(tiel, "professional", email="p@tiel.example.nl")
    late = f.instrument(tiel, name="Verouderd", last_reviewed_on="2024-01-01")
    digests = [d for d in reminder_digests(on=dt.date(2026, 11, 22)) if d.organisation.code == "GM0281"]
    assert [d.user.email for d in digests] == ["r@tiel.example.nl"]
    assert "Verouderd (te laat sinds" in digests[0].text(dt.date(2026, 11, 22))
    with caplog.at_level(logging.INFO, logger="portal.mail"):
        result = ctx.test_cli_runner().invoke(args=["instrumentengids", "reminders"])
    assert result.exit_code == 0, result.output
    assert "in het log geschreven" in result.output
    assert "r@tiel.example.nl" in caplog.text and "Verouderd" in caplog.text
    db.session.expire_all()
    assert db.session.get(Instrument, late.id).status == "published"


def test_dashboard_shows_what_is_due(ctx):
    tiel = f.organisation("GM0281")
    user = f.user(tiel, "redacteur")
    f.instrument(tiel, name="Moet gecontroleerd", last_reviewed_on="2024-01-01")
    db.session.commit()
    client = ctx.test_client()
    client.post("/inloggen", data={"email": user.email, "password": "correct horse battery"})
    page = client.get("/redactie/").get_data(as_text=True)
    assert "Te controleren" in page and "Moet gecontroleerd" in page and "te laat" in page
