"""The search backend contract. Everything outside ``search/`` talks to this, never to whoosh.

A backend stores *search documents* (plain dicts built by ``search.documents``) and answers
``SearchRequest``s. Visibility is the backend's job, not the caller's: every request carries
a ``Viewer`` and the backend always applies the visibility rules below, so a caller that
forgets a filter still cannot leak a draft.

Visibility (``Viewer.kind``):
- ``public``   — inwoners and anonymous visitors: documents with ``status == "published"``,
  ``public_visible``, and ``publish_from <= today <= publish_to`` (open ends allowed). Only
  the public texts (``public_title``, ``public_summary``, ``public_body``) are searched and
  used for snippets; internal texts and contact persons are never searchable by them.
- ``internal`` — professionals: every published document inside its publication window;
  all texts except contact persons (which are never indexed at all).
- ``internal`` with ``editor_owner_ids`` — additionally every document, whatever its status
  or window, whose ``owner_id`` is in that set (their own organisation's drafts).

Availability (``SearchRequest.gemeente``): a document is available in gemeente X when its
owner is in ``gemeente.serving_owner_ids`` (the organisations serving X today, computed by
the caller from the database) and it is either not narrowed, or its ``narrow_areas``
contain X's code or X's region code. See shared/FORMAT.md, "Availability".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

# Facets: request filter key → document field. Filters within one facet are OR, between
# facets AND; the count for a facet value reflects all *other* active filters.
FACETS: dict[str, str] = {
    "tile": "tiles",
    "ladder": "ladder",
    "kenmerk": "client_characteristics",
    "doelgroep": "target_groups",
    "uitvoering": "implementation",
    "soort": "instrument_type",
    "bewijs": "evidence_level",
    "wet": "legal_basis",
    "eigenaar": "owner_type",
    "regio": "regions",
    "kosten": "cost_band",
}

SORTS = ("relevance", "name", "updated")
DEFAULT_TIME_LIMIT = 2.0  # seconds; a search that takes longer returns what it has


@dataclass(frozen=True)
class Viewer:
    kind: str = "public"  # "public" or "internal"
    editor_owner_ids: frozenset[int] = frozenset()

    def __post_init__(self):
        if self.kind not in {"public", "internal"}:
            raise ValueError(f"unknown viewer kind {self.kind!r}")
        if self.kind == "public" and self.editor_owner_ids:
            raise ValueError("a public viewer has no drafts")


@dataclass(frozen=True)
class GemeenteFilter:
    code: str  # GMxxxx
    region_code: str  # AMxx
    serving_owner_ids: frozenset[int]


@dataclass(frozen=True)
class SearchRequest:
    text: str = ""
    viewer: Viewer = field(default_factory=Viewer)
    filters: dict[str, frozenset[str]] = field(default_factory=dict)  # facet key → codes
    gemeente: GemeenteFilter | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    today: dt.date | None = None  # None: the date in the Netherlands now
    time_limit: float = DEFAULT_TIME_LIMIT
    facets: bool = True


@dataclass(frozen=True)
class Hit:
    id: str
    score: float
    snippet: str = ""  # HTML-escaped text with <mark> around matched terms


@dataclass
class SearchResult:
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]]  # facet key → code → count
    suggestion: str | None = None  # "Bedoelde u ...?"
    timed_out: bool = False


@dataclass
class CheckReport:
    missing: list[str]  # in the database, not in the index
    stale: list[str]  # in the index with an older version
    extra: list[str]  # in the index, not in the database
    repaired: bool = False

    @property
    def consistent(self) -> bool:
        return not (self.missing or self.stale or self.extra)


class SearchBackend(Protocol):
    """What every backend does. Documents are dicts from ``search.documents.build_document``."""

    name: str

    def index(self, documents: list[dict]) -> None:
        """Add or replace documents (by ``id``)."""

    def remove(self, ids: list[str]) -> None:
        """Remove documents; unknown ids are ignored."""

    def bulk(self, documents: Iterable[dict], expected: int = 0) -> int:
        """Fill an empty index (after ``clear``) with many documents; returns how many.

        The rebuild's path: faster than ``index`` in batches. ``expected`` (the number
        of documents, when known) lets a backend choose how to spend the machine."""

    def search(self, request: SearchRequest) -> SearchResult:
        """Answer a request, always applying the visibility rules of ``request.viewer``."""

    def versions(self) -> dict[str, int]:
        """id → version of every indexed document (for ``check``)."""

    def clear(self) -> None:
        """Remove every document (before a rebuild)."""

    def doc_count(self) -> int:
        """How many documents the index holds (also: the index can be read, for /readyz)."""

    def similar(self, document_id: str, viewer: Viewer, limit: int = 5) -> list[Hit]:
        """Documents like this one ("meer zoals dit"), visibility applied."""
