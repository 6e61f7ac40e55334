"""Every write and every permission check lives here (view → action → model)."""

from portal.actions.errors import ActionError, Conflict, Invalid, NotAllowed, NotFound

__all__ = ["ActionError", "Conflict", "Invalid", "NotAllowed", "NotFound"]
