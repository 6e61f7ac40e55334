"""Writes go through the actions: validation, locking, history, audit, outbox, permissions."""

import uuid

import pytest
from sqlalchemy import select

from portal.actions.errors import Conflict, Invalid, NotAllowed
from portal.actions.instruments import instrument_create, instrument_transition, instrument_update
from portal.extensions import db
from portal.models import AuditEntry, Instrument, InstrumentVersion, SearchOutboxEntry
from portal.schemas.mapping import dump_instrument
from tests import factories as f


def test_create_stores_every_part_of_the_format(ctx):
    tiel = f.organisation("GM0281")
    created = instrument_create(None, tiel, f.rich_payload())
    db.session.expire_all()
    dumped = dump_instrument(db.session.get(Instrument, created.id), with_version=False)
    for key, value in f.rich_payload().items():
        assert dumped[key] == value, key
    assert dumped["owner"] == "GM0281" and dumped["status"] == "draft"


def test_update_with_a_stale_version_is_refused_and_changes_nothing(ctx):
    created = f.instrument(f.organisation("GM0281"), publish=False, name="Origineel")
    version = created.version
    instrument_update(None, created, f.payload(name="Eerste wijziging"), expected_version=version)
    with pytest.raises(Conflict):
        instrument_update(None, created, f.payload(name="Tweede wijziging"), expected_version=version)
    db.session.expire_all()
    assert db.session.get(Instrument, created.id).name == "Eerste wijziging"


def test_every_change_leaves_history_audit_and_outbox(ctx):
    created = f.instrument(f.organisation("GM0281"), publish=True, name="Met geschiedenis")
    instrument_update(None, created, f.payload(name="Nieuwe naam"), expected_version=created.version)
    versions = db.session.scalars(
        select(InstrumentVersion)
        .where(InstrumentVersion.instrument_id == created.id)
        .order_by(InstrumentVersion.version)
    ).all()
    assert [v.change for v in versions] == ["created", "status:draft->published", "updated"]
    assert [v.version for v in versions] == [1, 2, 3]
    assert versions[0].data["name"] == "Met geschiedenis" and versions[-1].data["name"] == "Nieuwe naam"
    actions = db.session.scalars(select(AuditEntry.action).where(AuditEntry.object_id == str(created.id))).all()
    assert actions == ["instrument.created", "instrument.status", "instrument.updated"]
    outbox = db.session.scalars(select(SearchOutboxEntry).where(SearchOutboxEntry.instrument_id == created.id)).all()
    assert len(outbox) == 3 and all(e.operation == "index" and e.processed_at is None for e in outbox)


def test_update_replaces_lists_including_rows_with_the_same_key(ctx):
    created = f.instrument(f.organisation("GM0281"), publish=False, **{k: v for k, v in f.RICH.items() if k != "name"})
    changed = f.rich_payload(tiles=["EW06", "EW04"], outcomes=[{"year": 2024, "participants": 9}], contacts=[])
    instrument_update(None, created, changed, expected_version=created.version)
    db.session.expire_all()
    dumped = dump_instrument(db.session.get(Instrument, created.id))
    assert dumped["tiles"] == ["EW06", "EW04"]
    assert dumped["outcomes"] == [{"year": 2024, "participants": 9}]
    assert "contacts" not in dumped


def test_update_cannot_change_status_or_owner_through_the_payload(ctx):
    created = f.instrument(f.organisation("GM0281"), publish=False)
    with pytest.raises(Invalid) as caught:
        instrument_update(
            None, created, f.payload(status="published", owner="GM0344"), expected_version=created.version
        )
    assert {key for key, _ in caught.value.problems} == {"status", "owner"}
    assert created.status == "draft"


def test_duplicate_id_is_refused(ctx):
    the_id = str(uuid.uuid4())
    instrument_create(None, f.organisation("GM0281"), f.payload(id=the_id))
    with pytest.raises(Invalid) as caught:
        instrument_create(None, f.organisation("GM0344"), f.payload(id=the_id))
    assert caught.value.problems == [("id", "Er bestaat al een instrument met deze id.")]


def test_editors_write_only_for_their_own_organisation(ctx):
    tiel, utrecht = f.organisation("GM0281"), f.organisation("GM0344")
    editor = f.user(tiel, "redacteur")
    mine = instrument_create(editor, tiel, f.payload(name="Van Tiel"))
    assert mine.owner == tiel
    with pytest.raises(NotAllowed):
        instrument_create(editor, utrecht, f.payload())
    theirs = f.instrument(utrecht, publish=False, name="Van Utrecht")
    with pytest.raises(NotAllowed):
        instrument_update(editor, theirs, f.payload(name="Gekaapt"), expected_version=theirs.version)
    denied = db.session.scalars(select(AuditEntry).where(AuditEntry.action == "permission.denied")).all()
    assert len(denied) == 2 and all(e.user_id == editor.id for e in denied)
    db.session.expire_all()
    assert db.session.get(Instrument, theirs.id).name == "Van Utrecht"


def test_workflow_with_four_eyes(ctx):
    verband = f.samenwerkingsverband([("GM0281", None, None)])
    verband.requires_four_eyes = True
    editor, final_editor = f.user(verband, "redacteur"), f.user(verband, "eindredacteur")
    created = instrument_create(editor, verband, f.payload())
    with pytest.raises(NotAllowed):
        instrument_transition(editor, created, "published")
    with pytest.raises(NotAllowed):
        instrument_transition(final_editor, created, "published")  # four eyes: submit first
    instrument_transition(editor, created, "in_review")
    with pytest.raises(NotAllowed):
        instrument_transition(editor, created, "published")
    instrument_transition(final_editor, created, "published")
    assert created.status == "published"
    with pytest.raises(Invalid):
        instrument_transition(final_editor, created, "in_review")


def test_a_change_to_a_list_alone_makes_a_new_version(ctx):
    created = f.instrument(f.organisation("GM0281"), publish=False)
    instrument_update(None, created, f.payload(tiles=["EW04", "EW05"]), expected_version=1)
    assert created.version == 2
    assert created.codes_of("tiles") == ["EW04", "EW05"]


def test_saving_without_changes_makes_no_new_version(ctx):
    created = f.instrument(f.organisation("GM0281"), publish=False)
    instrument_update(None, created, f.payload(), expected_version=1)
    assert created.version == 1
    count = db.session.scalar(
        select(db.func.count()).select_from(InstrumentVersion).where(InstrumentVersion.instrument_id == created.id)
    )
    assert count == 1


def test_a_save_that_loses_the_race_in_the_database_is_a_conflict_not_an_error(ctx):
    """Two requests read version n; the other one's UPDATE commits first. Our version check
    passed (we read n too), but the UPDATE ... WHERE version = n matches no row: a Conflict
    with the usual message, and nothing of ours is written."""
    from sqlalchemy import update

    owner = f.organisation("GM0281")
    instrument = f.instrument(owner, name="Race")
    db.session.commit()
    read_version = instrument.version
    db.session.execute(
        update(Instrument)
        .where(Instrument.id == instrument.id)
        .values(version=Instrument.version + 1, summary="Door de ander opgeslagen.")
        .execution_options(synchronize_session=False)
    )
    payload = {**dump_instrument(instrument), "summary": "Mijn eigen tekst."}
    with pytest.raises(Conflict, match="intussen gewijzigd"):
        instrument_update(None, instrument, payload, expected_version=read_version)
    db.session.rollback()  # (undoes the other's write too: in this test it shares our transaction)
    assert db.session.get(Instrument, instrument.id).summary != "Mijn eigen tekst."
    texts = db.session.scalars(select(InstrumentVersion.data).where(InstrumentVersion.instrument_id == instrument.id))
    assert all(data.get("summary") != "Mijn eigen tekst." for data in texts)
