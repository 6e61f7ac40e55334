"""Import and export of instruments in the interchange formats of FORMAT.md.

An import is all-or-nothing: every record is validated first, and when any record is
wrong nothing is written and every problem is reported (row, key, message).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from portal.actions.audit import require
from portal.actions.errors import Invalid, NotAllowed
from portal.actions.instruments import (
    instrument_create,
    instrument_transition,
    instrument_update,
    validate_instrument,
)
from portal.extensions import db
from portal.models import Instrument, Organisation, User
from portal.schemas.mapping import dump_instrument


class ImportRejected(Exception):
    """Nothing was imported; ``problems`` lists (row, key, Dutch message) for every fault."""

    def __init__(self, problems: list[tuple[int, str, str]]):
        self.problems = problems
        super().__init__(f"{len(problems)} probleem/problemen; er is niets geïmporteerd.")


@dataclass
class ImportResult:
    created: list[Instrument] = field(default_factory=list)
    updated: list[Instrument] = field(default_factory=list)
    published: int = 0

    def summary(self) -> str:
        text = f"{len(self.created)} nieuw, {len(self.updated)} bijgewerkt"
        return text + (f", {self.published} gepubliceerd" if self.published else "")


MAX_UPLOAD_ROWS = 5000


def import_records(
    actor: User | None,
    owner: Organisation,
    rows: list[tuple[int, dict[str, Any]]],
    *,
    publish: bool = False,
    progress=None,
) -> ImportResult:
    """Import ``rows`` — (row number, record) pairs — as instruments of ``owner``.

    A record with an ``id`` that the owner already has updates that instrument; an ``id``
    of another organisation's instrument is refused. ``status`` and ``version`` in the file
    are ignored: imported instruments are drafts, or published with ``publish``.
    """
    require(actor, "instrument.import", owner)
    if publish:
        require(actor, "instrument.publish", owner)
    problems: list[tuple[int, str, str]] = []
    plan: list[tuple[int, dict, Instrument | None]] = []
    seen_ids: dict[str, int] = {}
    for count, (row_number, record) in enumerate(rows, start=1):
        if actor is not None and count > MAX_UPLOAD_ROWS:
            # No organisation has this many instruments; validating 200,000 lines would
            # keep a worker busy for minutes. The command line (actor None) has no limit.
            limit = f"{MAX_UPLOAD_ROWS:,}".replace(",", ".")
            message = f"Een import via de portal heeft hoogstens {limit} instrumenten. Splits het bestand."
            raise ImportRejected([(row_number, "_", message)])
        if not isinstance(record, dict):
            problems.append((row_number, "_", "Verwacht een instrument (een object met velden)."))
            continue
        record = dict(record)
        given_owner = record.pop("owner", None)
        if given_owner not in (None, "") and str(given_owner).strip() != owner.code:
            problems.append((row_number, "owner", f"Dit instrument hoort bij {given_owner}, niet bij {owner.code}."))
        existing = None
        raw_id = record.get("id")
        if raw_id not in (None, ""):
            key = str(raw_id).strip().lower()
            if key in seen_ids:
                problems.append((row_number, "id", f"Deze id staat ook al op regel {seen_ids[key]}."))
            seen_ids[key] = row_number
            existing = _existing(key)
            if existing is not None and existing.owner_id != owner.id:
                problems.append((row_number, "id", "Deze id hoort bij een instrument van een andere organisatie."))
        try:
            readonly = {"id": str(existing.id)} if existing else None
            validate_instrument(owner, record, readonly=readonly, ignore_readonly=True)
        except Invalid as exc:
            problems.extend((row_number, key, message) for key, message in exc.problems)
        plan.append((row_number, record, existing))
    if problems:
        raise ImportRejected(problems)

    result = ImportResult()
    for _row_number, record, existing in plan:
        if existing is None:
            instrument = instrument_create(actor, owner, record, ignore_readonly=True)
            result.created.append(instrument)
        else:
            instrument = instrument_update(actor, existing, record, expected_version=None, ignore_readonly=True)
            result.updated.append(instrument)
        if publish and instrument.status != "published":
            if instrument.status == "archived":
                instrument_transition(actor, instrument, "draft")
            instrument_transition(actor, instrument, "published")
            result.published += 1
        if progress:
            progress()
    return result


def import_all(
    actor: User | None, rows: list[tuple[int, dict[str, Any]]], *, publish: bool = False, progress=None
) -> ImportResult:
    """Import records of several organisations, each into the ``owner`` it names (an export
    of everything, into another portal). All or nothing over the whole file: every group is
    tried and every problem collected; the caller rolls back when ImportRejected is raised."""
    groups: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    problems: list[tuple[int, str, str]] = []
    for row_number, record in rows:
        code = str(record.get("owner") or "").strip() if isinstance(record, dict) else ""
        if not code:
            problems.append((row_number, "owner", "Geef bij elk instrument de eigenaar (owner)."))
            continue
        groups.setdefault(code, []).append((row_number, record))
    result = ImportResult()
    for code, group in groups.items():
        owner = db.session.scalar(select(Organisation).where(Organisation.code == code))
        if owner is None:
            problems.extend((row, "owner", f"Onbekende organisatie '{code}'.") for row, _record in group)
            continue
        try:
            part = import_records(actor, owner, group, publish=publish, progress=progress)
        except ImportRejected as exc:
            problems.extend(exc.problems)
            continue
        result.created += part.created
        result.updated += part.updated
        result.published += part.published
    if problems:
        raise ImportRejected(sorted(problems, key=lambda p: (p[0], p[1])))
    return result


def _existing(key: str) -> Instrument | None:
    try:
        return db.session.get(Instrument, uuid.UUID(key))
    except ValueError:
        return None  # the schema reports the malformed id


def export_records(
    actor: User | None, owner: Organisation | None = None, *, include_unpublished: bool = False
) -> list[dict[str, Any]]:
    """Instruments in the format, ordered by owner, name and id; published ones by default.

    Unpublished instruments need ``instrument.read_drafts`` in their organisation (the
    system actor may export everything). ``version`` is left out: it belongs to this
    portal's locking, not to the data.
    """
    query = select(Instrument).join(Instrument.owner).order_by(Organisation.code, Instrument.name, Instrument.id)
    if owner is not None:
        query = query.where(Instrument.owner_id == owner.id)
    if include_unpublished:
        if actor is not None and owner is not None:
            require(actor, "instrument.read_drafts", owner)
        elif actor is not None:
            raise NotAllowed("Alleen per organisatie kunnen ook concepten worden geëxporteerd.")
        query = query.where(Instrument.status != "archived")
    else:
        query = query.where(Instrument.status == "published")
    return [dump_instrument(i, with_version=False) for i in db.session.scalars(query)]
