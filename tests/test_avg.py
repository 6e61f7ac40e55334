"""AVG: a contact person is erased from current data, history, the index's source and every
export; the audit says that it happened, not whom. And the register names every place the
portal keeps personal data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from portal.actions.avg import ContactPerson, contact_erase
from portal.actions.errors import Invalid
from portal.actions.instruments import instrument_update
from portal.extensions import db
from portal.models import AuditEntry, Instrument, InstrumentVersion, SearchOutboxEntry
from portal.schemas.mapping import dump_instrument
from tests import factories as f

ROOT = Path(__file__).resolve().parent.parent


def _everything_about(instrument_id) -> str:
    db.session.expire_all()
    instrument = db.session.get(Instrument, instrument_id)
    versions = db.session.query(InstrumentVersion).filter_by(instrument_id=instrument_id).all()
    return json.dumps(dump_instrument(instrument)) + " ".join(json.dumps(v.data) for v in versions)


def test_a_contact_person_is_erased_from_current_data_and_history(ctx):
    tiel = f.organisation("GM0281")
    instrument = f.instrument(tiel, **f.rich_payload())
    other = f.instrument(tiel, **f.rich_payload(name="Tweede instrument"))
    # an earlier version with Anna under another role, then the current one
    data = dump_instrument(instrument)
    data["contacts"][0]["role"] = "Teamleider"
    instrument_update(None, instrument, data, expected_version=instrument.version)
    assert "anna@example.nl" in _everything_about(instrument.id)

    person = ContactPerson(name="anna de  vries", email="ANNA@example.nl")
    preview = contact_erase(None, person, dry_run=True)
    assert preview.instruments == 2 and preview.contacts == 2 and preview.versions >= 4
    assert "anna@example.nl" in _everything_about(instrument.id)  # a dry run changes nothing

    report = contact_erase(None, person)
    assert report == preview
    for instrument_id in (instrument.id, other.id):
        text = _everything_about(instrument_id)
        assert "anna@example.nl" not in text and "Anna de Vries" not in text
        assert "Loket Taal" in text  # the other contact stays
    db.session.expire_all()
    assert [c.name for c in db.session.get(Instrument, instrument.id).contacts] == ["Loket Taal"]
    # the change goes to the index like any other
    queued = {e.instrument_id for e in db.session.query(SearchOutboxEntry).filter_by(processed_at=None)}
    assert {instrument.id, other.id} <= queued
    entry = db.session.query(AuditEntry).filter_by(action="privacy.erase").one()
    assert entry.details == {"instruments": 2, "contacts": 2, "versions": report.versions}
    assert "anna" not in json.dumps(entry.details).lower()


def test_every_identifier_given_must_match(ctx):
    instrument = f.instrument(f.organisation("GM0281"), **f.rich_payload())
    assert contact_erase(None, ContactPerson(name="Anna de Vries", email="iemand.anders@example.nl")).contacts == 0
    assert contact_erase(None, ContactPerson(phone="0344-000124")).contacts == 1  # Loket Taal by phone
    assert [c.name for c in db.session.get(Instrument, instrument.id).contacts] == ["Anna de Vries"]
    with pytest.raises(Invalid):
        ContactPerson(name=" ", email="")


def test_the_command_asks_and_reports(ctx):
    f.instrument(f.organisation("GM0281"), **f.rich_payload())
    runner = ctx.test_cli_runner()
    result = runner.invoke(
        args=["instrumentengids", "avg", "wis-contactpersoon", "--email", "anna@example.nl", "--proef"]
    )
    assert result.exit_code == 0 and "Er is niets gewist" in result.output
    result = runner.invoke(
        args=["instrumentengids", "avg", "wis-contactpersoon", "--email", "anna@example.nl"], input="n\n"
    )
    assert result.exit_code == 1
    result = runner.invoke(args=["instrumentengids", "avg", "wis-contactpersoon", "--email", "anna@example.nl", "--ja"])
    assert result.exit_code == 0 and "Gewist: 1 contactpersoon-regel(s)" in result.output


# Columns whose names look personal but hold names of places, lists, organisations or things.
NOT_PERSONAL = {
    "arbeidsmarktregios.name",
    "gemeenten.name",
    "code_list_entries.list_name",
    "instrument_codes.list_name",
    "leases.name",
    "api_tokens.name",
    "working_groups.name",
    "organisations.name",
    "instruments.owner_id",
    "instruments.name",
    "instrument_locations.name",
}
PERSONAL = re.compile(r"(^|_)(email|phone|name|remote_addr|password_hash|user_id|owner_id|created_by|changed_by_id)$")


def test_the_register_names_every_column_with_personal_data():
    """PRIVACY.md must name each table.column that can hold personal data; a new column of
    that kind fails this test until the register says what it is and how long it is kept."""
    register = (ROOT / "PRIVACY.md").read_text(encoding="utf-8")
    missing = [
        f"{table.name}.{column.name}"
        for table in db.metadata.sorted_tables
        for column in table.columns
        if PERSONAL.search(column.name)
        and f"{table.name}.{column.name}" not in NOT_PERSONAL
        and f"`{table.name}.{column.name}`" not in register
    ]
    assert not missing, "Niet in PRIVACY.md: " + ", ".join(missing)
    for column in NOT_PERSONAL:  # the exceptions are real columns, not stale names
        table, name = column.split(".")
        assert name in db.metadata.tables[table].columns, column
