"""Search in the portal: which backend, the indexer, rebuild and check, and searching
as a given user with every hit re-checked against the database.

The indexer applies the search outbox. Only the holder of the ``search-indexer`` lease
writes the index, so any number of gunicorn workers (or machines, with the PostgreSQL
backend) can run one: the others skip their turn instead of meeting a write lock.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from flask import Flask, current_app
from sqlalchemy import bindparam, delete, insert, or_, select, union, update
from sqlalchemy.orm import joinedload, load_only, selectinload

from portal.extensions import db
from portal.models import (
    Instrument,
    InstrumentGemeente,
    InstrumentRegion,
    Lease,
    Organisation,
    SearchOutboxEntry,
    SimilarList,
    User,
)
from portal.models.instruments import published_on
from portal.timeutil import as_utc, today, utcnow
from search import outbox
from search.backend import CheckReport, GemeenteFilter, SearchRequest, SearchResult, Viewer
from search.documents import build_document, reference_maps

log = logging.getLogger(__name__)
LEASE = "search-indexer"
LEASE_SECONDS = 30
BATCH = 500
_backends: dict[str, object] = {}
_backends_lock = threading.Lock()


def get_backend(app: Flask | None = None):
    """The process's backend for this app (one per index location / database)."""
    app = app or current_app._get_current_object()
    kind = app.config.get("SEARCH_BACKEND", "whoosh")
    with _backends_lock:
        if kind == "postgres":
            key = f"postgres:{app.config['SQLALCHEMY_DATABASE_URI']}"
            if key not in _backends:
                from search.postgres_backend import PostgresBackend

                with app.app_context():
                    _backends[key] = PostgresBackend(db.engine)
            return _backends[key]
        directory = Path(app.config.get("SEARCH_INDEX_DIR") or Path(app.instance_path) / "zoekindex")
        key = f"whoosh:{directory.resolve()}"
        if key not in _backends:
            from search.whoosh_backend import WhooshBackend

            _backends[key] = WhooshBackend(directory)
        return _backends[key]


def forget_backends() -> None:
    """Drop cached backends (tests, and after a restore)."""
    with _backends_lock:
        for backend in _backends.values():
            close = getattr(backend, "close", None)
            if close:
                close()
        _backends.clear()


# -- the lease -------------------------------------------------------------------------


def _holder() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


def acquire_lease(name: str = LEASE, seconds: int = LEASE_SECONDS) -> bool:
    """Take or renew the lease; True when this thread holds it now. Commits."""
    now, me = utcnow(), _holder()
    if db.session.get(Lease, name) is None:
        db.session.add(Lease(name=name, holder=None, expires_at=None))
        try:
            db.session.commit()
        except Exception:  # noqa: BLE001 - another process created it at the same moment
            db.session.rollback()
    taken = db.session.execute(
        update(Lease)
        .where(
            Lease.name == name,
            or_(Lease.holder.is_(None), Lease.holder == me, Lease.expires_at < now),
        )
        .values(holder=me, expires_at=now + dt.timedelta(seconds=seconds))
        .execution_options(synchronize_session=False)
    ).rowcount
    db.session.commit()
    return taken == 1


@contextmanager
def indexer_lease(wait_seconds: float = 60.0):
    """Hold the indexer's lease for a one-off job (rebuild, check), waiting for it if needed,
    so the job and the running indexer never write the index at the same time."""
    deadline = time.monotonic() + wait_seconds
    while not acquire_lease():
        if time.monotonic() > deadline:
            raise TimeoutError("De zoekindexeerder houdt de index bezet; probeer het zo nog eens.")
        time.sleep(0.5)
    try:
        yield
    finally:
        release_lease()


def release_lease(name: str = LEASE) -> None:
    db.session.execute(update(Lease).where(Lease.name == name, Lease.holder == _holder()).values(holder=None))
    db.session.commit()


# -- indexing --------------------------------------------------------------------------


def _instruments(ids, *options) -> list[Instrument]:
    return list(db.session.scalars(select(Instrument).where(Instrument.id.in_(list(ids))).options(*options)))


def _load(ids) -> list[Instrument]:
    """Instruments for indexing: with what their documents need, the owner's areas included."""
    return _instruments(
        ids,
        selectinload(Instrument.codes),
        selectinload(Instrument.available_regions),
        selectinload(Instrument.available_gemeenten),
        selectinload(Instrument.owner).selectinload(Organisation.service_areas),
    )


# What a result (page or API) shows of an instrument and what the visibility check reads; not
# the long texts, which are most of a row.
RESULT_COLUMNS = (
    Instrument.name,
    Instrument.public_title,
    Instrument.summary,
    Instrument.public_summary,
    Instrument.owner_id,
    Instrument.status,
    Instrument.public_visible,
    Instrument.publish_from,
    Instrument.publish_to,
    Instrument.evidence_level,
    Instrument.updated_at,
)


# Built once (every search runs one): a statement run again keeps its cache key.
_RESULTS = (
    select(Instrument)
    .where(Instrument.id.in_(bindparam("ids", expanding=True)))
    .options(load_only(*RESULT_COLUMNS), joinedload(Instrument.owner))
)
_RESULTS_WITH_CODES = _RESULTS.options(selectinload(Instrument.codes))


def _load_for_results(ids, with_codes: bool = False) -> list[Instrument]:
    """Instruments for a result list: the row and its owner (what the results show), the
    codes only when asked (the API shows them; a results page does not, and they are most
    of the rows); not the narrowing (``_narrowed`` answers what a result needs of it) nor
    the owner's service areas that indexing needs."""
    statement = _RESULTS_WITH_CODES if with_codes else _RESULTS
    return list(db.session.scalars(statement, {"ids": list(ids)}))


def _load_for_cards(ids) -> list[Instrument]:
    """Instruments for a list of links: what the link and the visibility check read, and
    the owner's name; not the long texts nor the lists (an instrument page shows five)."""
    return _instruments(
        ids,
        load_only(
            Instrument.name,
            Instrument.public_title,
            Instrument.owner_id,
            Instrument.status,
            Instrument.public_visible,
            Instrument.publish_from,
            Instrument.publish_to,
        ),
        joinedload(Instrument.owner).load_only(Organisation.name, Organisation.code, Organisation.type),
    )


def indexable(instrument: Instrument) -> bool:
    """Archived instruments leave the index; everything else is in it (visibility is applied
    when searching, so drafts are there for their own editors only)."""
    return instrument.status != "archived"


def _documents(instruments: list[Instrument]) -> list[dict]:
    region_of, regions = reference_maps(db.session)
    return [build_document(i, region_of, regions) for i in instruments if indexable(i)]


def process_outbox(app: Flask | None = None, limit: int = BATCH) -> int:
    """Apply pending outbox entries to the index, if this thread holds the lease.

    Returns how many entries were applied. Safe to call from any number of processes.
    """
    backend = get_backend(app)
    pending_exists = db.session.scalar(
        select(SearchOutboxEntry.id).where(SearchOutboxEntry.processed_at.is_(None)).limit(1)
    )
    needs_rebuild = getattr(backend, "was_recreated", False)
    if pending_exists is None and not needs_rebuild:
        return 0
    if not acquire_lease():
        return 0
    if needs_rebuild:
        rebuild(app)
    entries = list(
        db.session.scalars(
            select(SearchOutboxEntry)
            .where(SearchOutboxEntry.processed_at.is_(None))
            .order_by(SearchOutboxEntry.id)
            .limit(limit)
        )
    )
    if not entries:
        return 0
    ids = {e.instrument_id for e in entries}
    entry_ids = [e.id for e in entries]
    documents = _documents(_load(ids))
    keep = {d["id"] for d in documents}
    # End the read transaction before the slow part: on SQLite it may hold the write
    # lock, and saves in the portal must not wait for the index.
    db.session.commit()
    backend.index(documents)
    backend.remove([str(i) for i in ids if str(i) not in keep])
    now = utcnow()
    db.session.execute(update(SearchOutboxEntry).where(SearchOutboxEntry.id.in_(entry_ids)).values(processed_at=now))
    db.session.commit()
    store_similar(sorted(uuid.UUID(i) for i in keep), app)
    return len(entries)


def rebuild(app: Flask | None = None, progress=None) -> int:
    """Rebuild the whole index from the database; returns the number of documents."""
    backend = get_backend(app)
    backend.clear()
    ids = list(db.session.scalars(select(Instrument.id).where(Instrument.status != "archived").order_by(Instrument.id)))

    def stream():
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            documents = _documents(_load(chunk))
            db.session.commit()  # not holding the database while the index is written
            yield from documents
            if progress:
                progress(len(chunk))
            db.session.expire_all()

    total = backend.bulk(stream(), expected=len(ids))
    db.session.execute(
        update(SearchOutboxEntry).where(SearchOutboxEntry.processed_at.is_(None)).values(processed_at=utcnow())
    )
    db.session.commit()
    backend.was_recreated = False
    public = list(db.session.scalars(_publicly_listed(select(Instrument.id)).order_by(Instrument.id)))
    db.session.execute(delete(SimilarList))
    db.session.commit()
    for start in range(0, len(public), BATCH):
        store_similar(public[start : start + BATCH], app)
    return total


def check(app: Flask | None = None, repair: bool = True) -> CheckReport:
    """Compare the index with the database (id and version); repair differences."""
    backend = get_backend(app)
    wanted = dict(
        db.session.execute(select(Instrument.id, Instrument.version).where(Instrument.status != "archived")).all()
    )
    wanted = {str(k): v for k, v in wanted.items()}
    indexed = backend.versions()
    report = CheckReport(
        missing=sorted(set(wanted) - set(indexed)),
        stale=sorted(k for k in set(wanted) & set(indexed) if indexed[k] != wanted[k]),
        extra=sorted(set(indexed) - set(wanted)),
    )
    if repair and not report.consistent:
        fix = [uuid.UUID(i) for i in report.missing + report.stale]
        for start in range(0, len(fix), BATCH):
            backend.index(_documents(_load(fix[start : start + BATCH])))
        backend.remove(report.extra)
        report.repaired = True
    return report


# -- "Meer zoals dit", computed ahead ---------------------------------------------------
#
# An anonymous visitor's instrument page shows the instruments most like it. Asking the
# backend on every view was nearly half the page's work, for an answer that changes only
# when the index does; so the indexer computes the public list when it indexes an
# instrument and keeps it in ``similar_lists``, and renews lists as they age (new
# instruments enter other instruments' lists that way). Logged-in professionals, whose
# lists depend on what they may see, still get theirs computed on the page.

SIMILAR_KEPT = 10  # the page shows five; some may have become invisible since
SIMILAR_RENEW_AFTER = dt.timedelta(minutes=30)  # the indexer computes older lists again
SIMILAR_VALID_FOR = dt.timedelta(hours=2)  # older lists are not used (an indexer that stopped)
SIMILAR_RENEW_BATCH = 250  # lists per renewal round, one round every SIMILAR_RENEW_EVERY
SIMILAR_RENEW_EVERY = 10.0  # seconds
PUBLIC_VIEWER = Viewer("public")


def _publicly_listed(query):
    return query.where(Instrument.status == "published", Instrument.public_visible.is_(True))


def store_similar(ids: list[uuid.UUID], app: Flask | None = None) -> int:
    """Compute the public "Meer zoals dit" of these instruments from the index as it is now
    and store it; returns how many lists were stored."""
    if not ids:
        return 0
    backend = get_backend(app)
    # Computed outside a transaction: on SQLite the indexer's transactions hold the write lock.
    db.session.commit()
    lists = {key: " ".join(h.id for h in backend.similar(str(key), PUBLIC_VIEWER, limit=SIMILAR_KEPT)) for key in ids}
    now = utcnow()
    existing = set(db.session.scalars(select(Instrument.id).where(Instrument.id.in_(list(lists)))))
    rows = [{"instrument_id": k, "similar_ids": v, "computed_at": now} for k, v in lists.items() if k in existing]
    db.session.execute(delete(SimilarList).where(SimilarList.instrument_id.in_(list(lists))))
    if rows:
        db.session.execute(insert(SimilarList), rows)
    db.session.commit()
    return len(rows)


def renew_similar(app: Flask | None = None, limit: int = SIMILAR_RENEW_BATCH) -> int:
    """Store the lists of publicly listed instruments that have none, then renew the
    oldest lists older than ``SIMILAR_RENEW_AFTER``; at most ``limit`` in all.

    Holds the indexer's lease only while there is something to do (a rebuild must not meet
    it), and lets go of it afterwards: an idle indexer must leave it to ``search check``."""
    ids = _similar_to_renew(limit)
    if not ids or not acquire_lease():
        return 0
    try:
        return store_similar(ids, app)
    finally:
        release_lease()


def _similar_to_renew(limit: int) -> list[uuid.UUID]:
    missing = select(Instrument.id).outerjoin(SimilarList, SimilarList.instrument_id == Instrument.id)
    ids = list(db.session.scalars(_publicly_listed(missing).where(SimilarList.instrument_id.is_(None)).limit(limit)))
    if len(ids) < limit:
        old = (
            select(SimilarList.instrument_id)
            .where(SimilarList.computed_at < utcnow() - SIMILAR_RENEW_AFTER)
            .order_by(SimilarList.computed_at)
            .limit(limit - len(ids))
        )
        ids += db.session.scalars(old)
    return ids


def stored_similar(instrument: Instrument) -> list[uuid.UUID] | None:
    """The stored public list of ``instrument``; None when there is none to trust (not yet
    computed, computed before the instrument's last change, or too old)."""
    row = instrument.similar_list  # loaded with the instrument by the instrument page
    if row is None:
        return None
    computed = as_utc(row.computed_at)
    if computed < as_utc(instrument.updated_at) or computed < utcnow() - SIMILAR_VALID_FOR:
        return None
    return [uuid.UUID(i) for i in row.similar_ids.split()]


class IndexerThread(threading.Thread):
    """Polls the outbox once a second; of all indexers running, one holds the lease and writes.

    Each round that finds work commits a segment, and every web worker then opens it and
    adds it to its bitmaps; polling twice a second doubled that work under a stream of
    saves, for a change found half a second sooner.

    ``instrumentengids search worker`` runs one in the foreground, beside gunicorn.
    """

    def __init__(self, app: Flask, interval: float = 1.0):
        super().__init__(name="zoekindexeerder", daemon=True)
        self.app, self.interval = app, interval
        self.stopping = threading.Event()

    def run(self) -> None:
        renewed = 0.0
        while not self.stopping.wait(self.interval):
            with self.app.app_context():
                try:
                    process_outbox(self.app)
                    if time.monotonic() - renewed >= SIMILAR_RENEW_EVERY:
                        renewed = time.monotonic()
                        renew_similar(self.app)
                except Exception:  # noqa: BLE001 - never let the indexer die; the next turn retries
                    db.session.rollback()
                    log.exception("Het bijwerken van de zoekindex mislukte; volgende ronde opnieuw.")
                finally:
                    db.session.remove()
        with self.app.app_context():
            release_lease()  # let another indexer take over at once

    def stop(self) -> None:
        self.stopping.set()


# -- searching as a user ---------------------------------------------------------------


def viewer_for(user: User | None) -> Viewer:
    from portal.actions.reading import may_read_internal
    from portal.permissions import is_platform_beheerder, organisations_where

    if not may_read_internal(user):
        return Viewer("public")
    if is_platform_beheerder(user):
        owners = frozenset(db.session.scalars(select(Organisation.id)))
    else:
        owners = frozenset(o.id for o in organisations_where(user, "instrument.read_drafts"))
    return Viewer("internal", owners)


def gemeente_filter(code: str) -> GemeenteFilter | None:
    from tenants.areas import UnknownArea, get_gemeente, organisation_ids_serving

    try:
        gemeente = get_gemeente(code.upper())
    except UnknownArea:
        return None
    return GemeenteFilter(gemeente.code, gemeente.region_code, organisation_ids_serving(gemeente))


@dataclass
class FoundInstruments:
    result: SearchResult
    instruments: list[Instrument]  # the hits that passed the database check, in order
    snippets: dict[str, str]
    narrowed: frozenset[uuid.UUID] = frozenset()  # of those, the ones available in part of their owner's area


def search_instruments(user: User | None, request: SearchRequest, with_codes: bool = False) -> FoundInstruments:
    """Search as ``user``: the backend applies visibility, and every hit is checked again
    against the database before it may be shown (a stale index can hide, never reveal).
    ``with_codes`` loads the instruments' codes with them, for a caller that shows them."""
    from portal.actions.reading import view_kind

    request = replace(request, viewer=viewer_for(user))
    result = get_backend().search(request)
    ids = [uuid.UUID(h.id) for h in result.hits]
    by_id = {str(i.id): i for i in _load_for_results(ids, with_codes)} if ids else {}
    shown, stale = [], False
    for hit in result.hits:
        instrument = by_id.get(hit.id)
        kind = view_kind(user, instrument) if instrument else None
        if kind is None or (request.viewer.kind == "public" and kind != "public"):
            log.warning("Zoekindex toonde %s ten onrechte; wordt bijgewerkt.", hit.id)
            if instrument is not None:
                outbox.enqueue(instrument.id)
                stale = True
            continue
        shown.append(instrument)
    if stale:
        db.session.commit()
    return FoundInstruments(result, shown, {h.id: h.snippet for h in result.hits}, _narrowed([i.id for i in shown]))


def _narrowed(ids: list[uuid.UUID]) -> frozenset[uuid.UUID]:
    """Which of these instruments are available in only part of their owner's area: a
    result says so, and this is all it needs of the narrowing."""
    if not ids:
        return frozenset()
    return frozenset(db.session.scalars(_NARROWED, {"ids": ids}))


_IDS = bindparam("ids", expanding=True)
_NARROWED = union(
    select(InstrumentRegion.instrument_id).where(InstrumentRegion.instrument_id.in_(_IDS)),
    select(InstrumentGemeente.instrument_id).where(InstrumentGemeente.instrument_id.in_(_IDS)),
)


@dataclass(frozen=True)
class Card:
    """An instrument as a link in a short list ("Meer zoals dit")."""

    id: uuid.UUID
    name: str
    public_title: str | None
    owner_name: str


def similar_instruments(user: User | None, instrument: Instrument, limit: int = 5) -> list[Card]:
    """ "Meer zoals dit": instruments like this one that ``user`` may see."""
    from portal.actions.reading import view_kind

    viewer = viewer_for(user)
    if viewer.kind == "public" and (ids := stored_similar(instrument)) is not None:
        return _public_cards(ids, limit)
    try:
        hits = get_backend().similar(str(instrument.id), viewer, limit=limit * 2)
    except Exception:  # noqa: BLE001 - a broken index must not break the instrument page
        log.exception("'Meer zoals dit' mislukte voor %s", instrument.id)
        return []
    found = {str(i.id): i for i in _load_for_cards([uuid.UUID(h.id) for h in hits])} if hits else {}
    shown = []
    for hit in hits:
        candidate = found.get(hit.id)
        kind = view_kind(user, candidate) if candidate else None
        if kind is not None and not (viewer.kind == "public" and kind != "public"):
            shown.append(Card(candidate.id, candidate.name, candidate.public_title, candidate.owner.name))
    return shown[:limit]


def _public_cards(ids: list[uuid.UUID], limit: int) -> list[Card]:
    """Of ``ids``, in their order, the first ``limit`` that anyone may see today (the stored
    list may be a little older than the last change of the instruments in it): one query of
    the columns a link and the check need, by primary key."""
    if not ids:
        return []
    on = today()
    rows = db.session.execute(_CARDS, {"ids": ids})
    found = {row[0]: Card(*row[:4]) for row in rows if row[4] and published_on(*row[5:], on)}
    return [found[i] for i in ids if i in found][:limit]


# Built once and run again: an ``IN`` built anew each time was also keyed anew by SQLAlchemy,
# a twelfth of an instrument page.
_CARDS = (
    select(
        Instrument.id,
        Instrument.name,
        Instrument.public_title,
        Organisation.name,
        Instrument.public_visible,
        Instrument.status,
        Instrument.publish_from,
        Instrument.publish_to,
    )
    .join(Organisation, Organisation.id == Instrument.owner_id)
    .where(Instrument.id.in_(bindparam("ids", expanding=True)))
)
