"""Working groups: created by a beheerder or organisatiebeheerder, with members from any
organisation; members save comparisons and write notes and decisions. Everything about a
group is for its members only: to anyone else it does not exist (NotFound)."""

from __future__ import annotations

from sqlalchemy import select

from portal.actions.audit import record_audit
from portal.actions.errors import Invalid, NotAllowed, NotFound
from portal.extensions import db
from portal.models import DECISIONS, User, WorkingGroup, WorkingGroupEntry, WorkingGroupMember
from portal.permissions import has_permission

COMPARISON_PREFIX = "/vergelijken/"


def groups_of(user: User) -> list[WorkingGroup]:
    query = select(WorkingGroup).join(WorkingGroupMember).where(WorkingGroupMember.user_id == user.id)
    return list(db.session.scalars(query.order_by(WorkingGroup.name)))


def group_for_member(user: User, group_id: int) -> WorkingGroup:
    group = db.session.get(WorkingGroup, group_id)
    if group is None or not group.has_member(user):
        raise NotFound("Onbekende werkgroep.")
    return group


def _user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == email.strip().lower()))


def group_create(actor: User, name: str, scope: str, member_emails: list[str]) -> WorkingGroup:
    if not has_permission(actor, "workgroup.create"):
        raise NotAllowed("Alleen beheerders en organisatiebeheerders maken werkgroepen.")
    problems = []
    name = (name or "").strip()
    if not name or len(name) > 150:
        problems.append(("name", "Geef de werkgroep een naam (hoogstens 150 tekens)."))
    members = [actor]
    for email in member_emails:
        if not email.strip():
            continue
        user = _user_by_email(email)
        if user is None:
            problems.append(("members", f"Er is geen gebruiker met e-mailadres {email.strip()}."))
        elif user.id not in {m.id for m in members}:  # by id: Flask-Login's == compares session ids
            members.append(user)
    if problems:
        raise Invalid(problems)
    group = WorkingGroup(name=name, scope=(scope or "").strip()[:300], created_by=actor.id)
    group.members = [WorkingGroupMember(user=user) for user in members]
    db.session.add(group)
    db.session.flush()
    record_audit(
        actor, "workgroup.create", object_type="working_group", object_id=group.id, details={"members": len(members)}
    )
    return group


def member_add(actor: User, group: WorkingGroup, email: str) -> User:
    if not group.has_member(actor):
        raise NotFound("Onbekende werkgroep.")
    user = _user_by_email(email or "")
    if user is None:
        raise Invalid([("email", f"Er is geen gebruiker met e-mailadres {(email or '').strip()}.")])
    if not group.has_member(user):
        group.members.append(WorkingGroupMember(user=user))
        db.session.flush()
        record_audit(actor, "workgroup.member_add", object_type="working_group", object_id=group.id)
    return user


def comparison_save(actor: User, group: WorkingGroup, title: str, address: str) -> WorkingGroupEntry:
    if not group.has_member(actor):
        raise NotFound("Onbekende werkgroep.")
    title, address = (title or "").strip(), (address or "").strip()
    problems = []
    if not title or len(title) > 200:
        problems.append(("title", "Geef de vergelijking een titel (hoogstens 200 tekens)."))
    if not address.startswith(COMPARISON_PREFIX) or len(address) > 1000 or "//" in address:
        problems.append(("address", "Alleen vergelijkingen van deze portal kunnen worden bewaard."))
    if problems:
        raise Invalid(problems)
    entry = WorkingGroupEntry(group=group, kind="comparison", title=title, address=address, created_by=actor.id)
    db.session.add(entry)
    db.session.flush()
    record_audit(actor, "workgroup.comparison", object_type="working_group", object_id=group.id)
    return entry


def note_add(actor: User, group: WorkingGroup, about: str, text: str, decision: str | None) -> WorkingGroupEntry:
    if not group.has_member(actor):
        raise NotFound("Onbekende werkgroep.")
    text, about = (text or "").strip(), (about or "").strip()
    problems = []
    if not text or len(text) > 5000:
        problems.append(("text", "Schrijf een notitie (hoogstens 5000 tekens)."))
    if len(about) > 300:
        problems.append(("about", "Waar de notitie over gaat mag hoogstens 300 tekens zijn."))
    if decision and decision not in DECISIONS:
        problems.append(("decision", "Kies een besluit uit de lijst."))
    if problems:
        raise Invalid(problems)
    entry = WorkingGroupEntry(
        group=group, kind="note", about=about, text=text, decision=decision or None, created_by=actor.id
    )
    db.session.add(entry)
    db.session.flush()
    record_audit(actor, "workgroup.note", object_type="working_group", object_id=group.id)
    return entry
