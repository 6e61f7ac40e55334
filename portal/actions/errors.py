"""What an action can refuse with. Views turn these into 403/404/409/422 or form errors."""

from __future__ import annotations


class ActionError(Exception):
    """Base class: the action changed nothing."""


class NotAllowed(ActionError):
    """The actor lacks the permission (403).

    ``refusal`` describes the refused attempt for the audit log (user, organisation,
    permission), so that it can be recorded even when the request's changes are undone.
    """

    def __init__(self, message: str, refusal: dict | None = None):
        self.refusal = refusal
        super().__init__(message)


class NotFound(ActionError):
    """The object does not exist, or the actor may not know it exists (404)."""


class Conflict(ActionError):
    """The object changed since the actor read it (optimistic locking)."""


class Invalid(ActionError):
    """The input is wrong: ``problems`` is a list of (key, Dutch message)."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("; ".join(f"{key}: {message}" for key, message in problems))
