"""Professionals rate instruments they used: algemeen, resultaat and uitvoering, 1–5, with
an explanation required for the extreme scores (1 and 5). One rating per professional per
instrument: saving again changes it. Editors of the owning organisation see who rated;
everyone else who may read internal texts sees the averages and the texts without names.
Nothing about the inwoner may be written: obvious personal data is refused."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from portal.actions.audit import record_audit
from portal.actions.errors import Invalid, NotAllowed, NotFound
from portal.actions.reading import may_read_internal, view_kind
from portal.extensions import db
from portal.models import SCALES, Instrument, InstrumentFeedback, User
from portal.permissions import ROLE_PERMISSIONS, has_permission
from portal.privacy import personal_data_problems
from portal.timeutil import today

MAX_EXPLANATION = 2000
EXTREMES = (1, 5)


def may_give_feedback(user: User | None, instrument: Instrument) -> bool:
    return (
        user is not None
        and has_permission(user, "feedback.give")
        and instrument.is_visible_on(today())
        and view_kind(user, instrument) in ("internal", "editor")
    )


def may_see_raters(user: User | None, instrument: Instrument) -> bool:
    """Names of raters: for editors of the owning organisation only."""
    return user is not None and has_permission(user, "instrument.update", instrument.owner)


def feedback_of(user: User, instrument: Instrument) -> InstrumentFeedback | None:
    return db.session.scalar(
        select(InstrumentFeedback).where(
            InstrumentFeedback.instrument_id == instrument.id, InstrumentFeedback.user_id == user.id
        )
    )


def _score(value) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 1 <= number <= 5 else None


def feedback_save(actor: User, instrument: Instrument, scores: dict, explanation: str) -> InstrumentFeedback:
    """Save ``actor``'s rating of ``instrument``, replacing an earlier one."""
    if not has_permission(actor, "feedback.give"):
        raise NotAllowed("Alleen professionals beoordelen instrumenten.")
    if not may_give_feedback(actor, instrument):
        raise NotFound("Onbekend instrument.")
    problems: list[tuple[str, str]] = []
    checked = {}
    for scale, label in SCALES.items():
        checked[scale] = _score(scores.get(scale))
        if checked[scale] is None:
            problems.append((scale, f"Kies bij ‘{label}’ een score van 1 tot en met 5."))
    explanation = (explanation or "").strip()
    extremes = [SCALES[s] for s, v in checked.items() if v in EXTREMES]
    if extremes and not explanation:
        problems.append(
            ("explanation", f"Licht een score van 1 of 5 toe ({', '.join(extremes)}): wat ging er zo goed of zo mis?")
        )
    if len(explanation) > MAX_EXPLANATION:
        problems.append(("explanation", f"De toelichting is hoogstens {MAX_EXPLANATION} tekens."))
    problems += [("explanation", message) for message in personal_data_problems(explanation)]
    if problems:
        raise Invalid(problems)
    feedback = feedback_of(actor, instrument) or InstrumentFeedback(instrument_id=instrument.id, user_id=actor.id)
    feedback.organisation_id = _rater_organisation(actor)
    for scale, value in checked.items():
        setattr(feedback, scale, value)
    feedback.explanation = explanation
    db.session.add(feedback)
    db.session.flush()
    record_audit(
        actor, "feedback.save", organisation=instrument.owner, object_type="instrument", object_id=instrument.id
    )
    return feedback


def feedback_delete(actor: User, instrument: Instrument) -> None:
    feedback = feedback_of(actor, instrument)
    if feedback is None:
        raise NotFound("U heeft dit instrument niet beoordeeld.")
    db.session.delete(feedback)
    db.session.flush()
    record_audit(
        actor, "feedback.delete", organisation=instrument.owner, object_type="instrument", object_id=instrument.id
    )


def _rater_organisation(user: User) -> int | None:
    """The organisation in which the user works as a professional (the first, by name)."""
    memberships = sorted(user.memberships, key=lambda m: m.organisation.name)
    for membership in memberships:
        if "feedback.give" in ROLE_PERMISSIONS.get(membership.role, frozenset()):
            return membership.organisation_id
    return memberships[0].organisation_id if memberships else None


@dataclass(frozen=True)
class FeedbackEntry:
    scores: dict[str, int]
    explanation: str
    updated_at: object
    rater: str | None  # name and organisation; None for anyone outside the owning organisation
    own: bool


@dataclass(frozen=True)
class FeedbackSummary:
    count: int
    averages: dict[str, float]
    entries: list[FeedbackEntry]  # with an explanation, or all of them for the owner's editors
    names_shown: bool


def feedback_summary(viewer: User | None, instrument: Instrument) -> FeedbackSummary | None:
    """What ``viewer`` may see of the feedback on ``instrument``; None for the public."""
    if not may_read_internal(viewer):
        return None
    rows = list(
        db.session.scalars(
            select(InstrumentFeedback)
            .where(InstrumentFeedback.instrument_id == instrument.id)
            .order_by(InstrumentFeedback.updated_at.desc(), InstrumentFeedback.id.desc())
        )
    )
    names = may_see_raters(viewer, instrument)
    averages = {scale: round(sum(getattr(r, scale) for r in rows) / len(rows), 1) for scale in SCALES} if rows else {}
    entries = [
        FeedbackEntry(
            scores=row.scores(),
            explanation=row.explanation,
            updated_at=row.updated_at,
            rater=_rater(row) if names else None,
            own=row.user_id == viewer.id,
        )
        for row in rows
        if row.explanation or names
    ]
    return FeedbackSummary(count=len(rows), averages=averages, entries=entries, names_shown=names)


def _rater(row: InstrumentFeedback) -> str:
    who = row.user.name or row.user.email
    return f"{who} ({row.organisation.name})" if row.organisation else who
