"""The application's half of row-level security on PostgreSQL.

The database refuses to write a row of an organisation that is not in the current
transaction's write scope (migration d4f1a8c2e6b9 has the policies). This module sets that
scope, ``instrumentengids.schrijfrecht``, before the first write of every transaction:

- in a request: the organisations in which the logged-in user (or the API token's user)
  holds a role that may change something (redacteur and up); ``alle`` for a platform
  beheerder; nothing for an anonymous visitor, a professional or a werkgroeplid;
- outside a request (the command line, the indexer, the demo loader): ``alle``. Those run
  as the operator, not on behalf of a visitor.

So a bug that skips the application's own permission check (an editor's form that saves
an instrument of another organisation) still fails: PostgreSQL updates no row or refuses
the insert. The scope is set with ``set_config(..., true)``: it lives as long as the
transaction, so a pooled connection never carries it over to the next request.

SQLite has no roles; there the application's checks are the only ones.
"""

from __future__ import annotations

from flask import g, has_request_context
from sqlalchemy import event, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

from portal.permissions import writable_organisation_ids

SETTING = "instrumentengids.schrijfrecht"
ALL = "alle"
_SCOPE_SET = "row_security_scope"
_BUSY = "row_security_busy"
_WRITING_SQL = ("INSERT", "UPDATE", "DELETE")


def write_scope_of(user) -> str:
    """The organisations ``user`` may change rows of, as the database policies read them."""
    if user is None or not getattr(user, "is_authenticated", False):
        return ""
    ids = writable_organisation_ids(user)
    return ALL if ids is None else ",".join(str(i) for i in sorted(ids))


def current_write_scope() -> str:
    if not has_request_context():
        return ALL
    # Only users this request has already loaded: loading one from here would query the
    # database in the middle of another statement. A write before anyone is known (a login
    # form) gets an empty scope, which no organisation's row admits.
    for name in ("api_user", "_login_user"):
        user = g.get(name)
        if user is not None and getattr(user, "is_authenticated", False):
            return write_scope_of(user)
    return ""


def _apply(session: Session) -> None:
    if session.info.get(_BUSY):
        return
    session.info[_BUSY] = True
    try:
        connection = session.connection()
        if connection.dialect.name != "postgresql":
            return
        scope = current_write_scope()
        if session.info.get(_SCOPE_SET) != scope:
            connection.execute(text("SELECT set_config(:name, :scope, true)"), {"name": SETTING, "scope": scope})
            session.info[_SCOPE_SET] = scope
    finally:
        session.info.pop(_BUSY, None)


def _before_flush(session: Session, _context, _instances) -> None:
    _apply(session)


def _before_statement(state) -> None:
    statement = state.statement
    writes = state.is_insert or state.is_update or state.is_delete
    if not writes and isinstance(statement, TextClause):
        writes = statement.text.lstrip()[:6].upper() in _WRITING_SQL
    if writes:
        _apply(state.session)


def _transaction_ended(session: Session, _transaction) -> None:
    # The setting ends with the transaction (or goes back with a rolled-back savepoint).
    session.info.pop(_SCOPE_SET, None)


def install() -> None:
    """Listen on every session (idempotent); the listeners do nothing off PostgreSQL."""
    if event.contains(Session, "before_flush", _before_flush):
        return
    event.listen(Session, "before_flush", _before_flush)
    event.listen(Session, "do_orm_execute", _before_statement)
    event.listen(Session, "after_transaction_end", _transaction_ended)
