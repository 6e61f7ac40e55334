"""All models, imported here so Alembic and the app see the whole metadata."""

from portal.models.feedback import SCALES, InstrumentFeedback
from portal.models.groups import (
    DECISIONS,
    CandidateGroup,
    CandidateMember,
    WorkingGroup,
    WorkingGroupEntry,
    WorkingGroupMember,
)
from portal.models.instruments import (
    STATUSES,
    Instrument,
    InstrumentCode,
    InstrumentContact,
    InstrumentGemeente,
    InstrumentLink,
    InstrumentLocation,
    InstrumentOutcome,
    InstrumentRegion,
    InstrumentRegistrationCode,
)
from portal.models.organisations import ORGANISATION_TYPES, Organisation, ServiceArea
from portal.models.records import AuditEntry, InstrumentVersion, Lease, RateLimit, SearchOutboxEntry, SimilarList
from portal.models.reference import Arbeidsmarktregio, CodeListEntry, Gemeente
from portal.models.routes import ROUTE_KINDS, InstrumentRoute
from portal.models.shortlists import Shortlist, ShortlistStep
from portal.models.users import ROLES, ApiToken, Membership, PasswordToken, RecoveryCode, User, UserSession

__all__ = [
    "DECISIONS",
    "CandidateGroup",
    "CandidateMember",
    "WorkingGroup",
    "WorkingGroupEntry",
    "WorkingGroupMember",
    "ORGANISATION_TYPES",
    "ROLES",
    "ROUTE_KINDS",
    "SCALES",
    "InstrumentFeedback",
    "InstrumentRoute",
    "Shortlist",
    "ShortlistStep",
    "STATUSES",
    "ApiToken",
    "Arbeidsmarktregio",
    "AuditEntry",
    "CodeListEntry",
    "Gemeente",
    "Instrument",
    "InstrumentCode",
    "InstrumentContact",
    "InstrumentGemeente",
    "InstrumentLink",
    "InstrumentLocation",
    "InstrumentOutcome",
    "InstrumentRegion",
    "InstrumentRegistrationCode",
    "InstrumentVersion",
    "Lease",
    "Membership",
    "Organisation",
    "RateLimit",
    "PasswordToken",
    "RecoveryCode",
    "SearchOutboxEntry",
    "SimilarList",
    "ServiceArea",
    "User",
    "UserSession",
]
