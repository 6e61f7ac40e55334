"""Roles as data: which permission each role grants, within its own organisation.

Deny by default: a permission not listed for any of the user's roles in the organisation
is refused. A platform beheerder (a membership with role ``beheerder``, in any
organisation) holds every permission everywhere.
"""

from __future__ import annotations

from portal.models import Organisation, User

# Taking an instrument through its whole life, from creating to archiving.
INSTRUMENT_EDITING = frozenset(
    {"instrument.create", "instrument.update", "instrument.submit", "instrument.publish", "instrument.archive"}
)

ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "beheerder": frozenset({"*"}),
    "organisatiebeheerder": INSTRUMENT_EDITING
    | {
        "instrument.import",
        "instrument.read_drafts",
        "users.manage",
        "organisation.settings",
        "workgroup.create",
        "audit.read",
    },
    "eindredacteur": INSTRUMENT_EDITING | {"instrument.read_drafts"},
    "redacteur": frozenset({"instrument.create", "instrument.update", "instrument.submit", "instrument.read_drafts"}),
    "professional": frozenset({"instrument.read_internal", "shortlist.use", "feedback.give"}),
    "werkgroeplid": frozenset({"instrument.read_internal", "compare.use"}),
}


# The permissions that change an organisation's rows (its instruments, settings, members):
# what the database's row-level security lets a user write (portal/row_security.py).
WRITING_PERMISSIONS = INSTRUMENT_EDITING | {"instrument.import", "organisation.settings", "users.manage"}


def is_platform_beheerder(user: User | None) -> bool:
    return user is not None and any(m.role == "beheerder" for m in user.memberships)


def has_permission(user: User | None, permission: str, organisation: Organisation | None = None) -> bool:
    """Whether ``user`` holds ``permission`` in ``organisation`` (any organisation when None)."""
    if user is None or not user.is_active:
        return False
    if is_platform_beheerder(user):
        return True
    for membership in user.memberships:
        if organisation is not None and membership.organisation_id != organisation.id:
            continue
        granted = ROLE_PERMISSIONS.get(membership.role, frozenset())
        if permission in granted:
            return True
    return False


def writable_organisation_ids(user: User | None) -> set[int] | None:
    """The ids of the organisations whose rows ``user`` may change; None for everywhere (a
    platform beheerder), empty for an inactive user or one without an editing role."""
    if user is None or not user.is_active:
        return set()
    if is_platform_beheerder(user):
        return None
    return {
        m.organisation_id for m in user.memberships if ROLE_PERMISSIONS.get(m.role, frozenset()) & WRITING_PERMISSIONS
    }


def organisations_where(user: User | None, permission: str) -> list[Organisation]:
    """The organisations in which ``user`` holds ``permission`` through a membership.

    A platform beheerder holds everything everywhere, but is not listed everywhere: pages
    that let a beheerder act for any organisation ask for it explicitly.
    """
    if user is None or not user.is_active:
        return []
    found = {
        m.organisation.id: m.organisation
        for m in user.memberships
        if permission in ROLE_PERMISSIONS.get(m.role, frozenset()) or m.role == "beheerder"
    }
    return sorted(found.values(), key=lambda o: o.name)
