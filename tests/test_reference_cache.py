"""Reference data kept per process (portal/reference_cache.py): a change through this process
is seen at once, committed or rolled back; another process's change within the TTL."""

import pytest

from portal import reference_cache
from portal.codelists import labels
from portal.extensions import db
from portal.models import CodeListEntry, Gemeente


def _entry(list_name: str, code: str) -> CodeListEntry:
    query = db.select(CodeListEntry).where(CodeListEntry.list_name == list_name, CodeListEntry.code == code)
    return db.session.scalar(query)


def test_a_change_through_this_process_is_seen_at_once(ctx):
    before = labels("tiles")["EW06"]
    _entry("tiles", "EW06").label = "Taal (nieuwe naam)"
    db.session.commit()
    assert labels("tiles")["EW06"] == "Taal (nieuwe naam)" != before
    # A rolled-back change is gone again, also from what was read while it was there.
    _entry("tiles", "EW06").label = "Taal (even)"
    db.session.flush()
    assert labels("tiles")["EW06"] == "Taal (even)"
    db.session.rollback()
    assert labels("tiles")["EW06"] == "Taal (nieuwe naam)"


def test_another_process_change_is_seen_within_the_ttl(ctx, client, monkeypatch):
    page = client.get("/zoeken?q=werk").get_data(as_text=True)
    assert '<option value="Tiel"></option>' in page
    # Another process renames Tiel: a write this process's sessions do not see.
    db.session.connection().execute(db.update(Gemeente).where(Gemeente.code == "GM0281").values(name="Tiel-Zuid"))
    db.session.commit()
    assert '<option value="Tiel"></option>' in client.get("/zoeken?q=werk").get_data(as_text=True)  # kept
    now = reference_cache.time.monotonic()
    monkeypatch.setattr(reference_cache.time, "monotonic", lambda: now + reference_cache.TTL + 1)
    page = client.get("/zoeken?q=werk&gemeente=Tiel-Zuid").get_data(as_text=True)
    assert '<option value="Tiel-Zuid"></option>' in page and '<option value="Tiel"></option>' not in page
    assert "Er is geen gemeente" not in page  # the new name is known to the search form too


@pytest.mark.parametrize("text", ["GM0281", "gm0281", "Tiel", "tiel", " TIEL "])
def test_a_gemeente_is_found_by_code_or_name(ctx, client, text):
    page = client.get("/zoeken", query_string={"q": "werk", "gemeente": text}).get_data(as_text=True)
    assert "Er is geen gemeente" not in page
