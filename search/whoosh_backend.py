"""The Whoosh backend (the default): a local index directory per portal.

Whoosh matches the text; everything else — visibility, availability, facet filters and
facet counts — is set arithmetic on bitmaps (Python ints, one bit per document number)
built once per searcher from the postings. That keeps facet counting to a few hundred
AND + popcount operations per query instead of visiting every match per facet (see
shared/WHOOSH-NOTES.md). One searcher is kept per process and refreshed after commits.

Only one writer may exist at a time; the indexer (``search.service``) guarantees that
across processes with a lease in the database, so no user ever sees a LockError.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import threading
import time
import warnings
from dataclasses import dataclass, field
from html import escape as htmlescape
from pathlib import Path

from whoosh import fields, index
from whoosh.analysis import CharsetFilter, Filter, LowercaseFilter, RegexTokenizer, StemFilter
from whoosh.collectors import TimeLimit, TimeLimitCollector
from whoosh.highlight import ContextFragmenter, HtmlFormatter, get_text, highlight
from whoosh.query import And, Or, Phrase, Term
from whoosh.support.charset import accent_map

from portal.timeutil import today as today_nl
from search.analysis import fold, query_groups, split_compound, suggest
from search.backend import FACETS, Hit, SearchRequest, SearchResult, Viewer

# Field → boost, per kind of viewer. Public viewers search only the public texts.
PUBLIC_FIELDS = {"public_title": 3.0, "public_summary": 2.0, "public_body": 1.0}
INTERNAL_FIELDS = {
    "name": 4.0,
    "keywords": 4.0,
    "summary": 2.0,
    "provider_name": 1.0,
    "body": 1.0,
    "public_title": 1.0,
    "public_summary": 1.0,
    "public_body": 0.5,
}
LIST_FIELDS = tuple(FACETS.values())
SMALL_WRITE = 100
MAX_SEGMENTS = 12
POSITIONAL = frozenset({"name", "keywords", "summary", "public_title", "public_summary"})
NEVER = "0000-00-00"
log = logging.getLogger(__name__)
FOREVER = "9999-12-31"


class MarkFormatter(HtmlFormatter):
    """Escaped text with bare ``<mark>`` around the matched words."""

    def format_token(self, text, token, replace=False):
        return f"<mark>{htmlescape(get_text(text, token, replace), quote=False)}</mark>"


class CompoundFilter(Filter):
    """After a known compound, also emit its parts ("schuldhulpverlening" → schuld, hulp, ...)."""

    def __call__(self, tokens):
        for token in tokens:
            yield token
            parts = split_compound(token.text)
            if parts:
                original = token.text
                for part in parts:
                    token.text = part
                    yield token
                token.text = original


def dutch_analyzer():
    """Words, lower case, accents folded, compound parts, Dutch stems. No stopwords: names
    such as "De Bilt" must keep every word (queries drop their stopwords instead)."""
    return (
        RegexTokenizer(r"[0-9A-Za-zÀ-ÿ]+(?:['\-][0-9A-Za-zÀ-ÿ]+)*")
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | CompoundFilter()
        | StemFilter(lang="nl")
    )


def query_analyzer():
    """The index analyzer without compound parts: a query word maps to one indexed term."""
    return (
        RegexTokenizer(r"[0-9A-Za-zÀ-ÿ]+(?:['\-][0-9A-Za-zÀ-ÿ]+)*")
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StemFilter(lang="nl")
    )


QUERY_ANALYZER = query_analyzer()


def spelling_analyzer():
    return RegexTokenizer(r"[0-9A-Za-zÀ-ÿ]+") | LowercaseFilter() | CharsetFilter(accent_map)


def make_schema() -> fields.Schema:
    text = dict(analyzer=dutch_analyzer(), phrase=True)
    # Long texts without positions: cheaper to index; multi-word alternatives then match
    # as all-words-present instead of as a phrase (see POSITIONAL).
    long_text = dict(analyzer=dutch_analyzer(), phrase=False)
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True),
        version=fields.NUMERIC(stored=True),
        owner_id=fields.ID(stored=True),
        status=fields.ID(),
        public_visible=fields.ID(),
        publish_from=fields.ID(),
        publish_to=fields.ID(),
        narrowed=fields.ID(),
        narrow_areas=fields.KEYWORD(commas=True),
        name_sort=fields.ID(sortable=True),
        updated=fields.ID(sortable=True),
        name=fields.TEXT(stored=True, **text),
        keywords=fields.TEXT(stored=True, **text),
        summary=fields.TEXT(stored=True, **text),
        provider_name=fields.TEXT(**long_text),
        body=fields.TEXT(stored=True, **long_text),
        public_title=fields.TEXT(stored=True, **text),
        public_summary=fields.TEXT(stored=True, **text),
        public_body=fields.TEXT(stored=True, **long_text),
        # Candidate words for "Bedoelde u ...?". A candidate is only offered when it finds
        # something this viewer may see (see ``search``), so drafts never leak through it.
        spell=fields.TEXT(analyzer=spelling_analyzer(), phrase=False),
    )
    for name in LIST_FIELDS:
        schema.add(name, fields.KEYWORD(commas=True))
    return schema


def _bits(docnums) -> int:
    """A bitmap (int) with the given document numbers set."""
    docnums = list(docnums)
    if not docnums:
        return 0
    buffer = bytearray(max(docnums) // 8 + 1)
    for d in docnums:
        buffer[d >> 3] |= 1 << (d & 7)
    return int.from_bytes(buffer, "little")


def _members(bitmap: int) -> list[int]:
    """The document numbers set in a bitmap, ascending."""
    out = []
    data = bitmap.to_bytes((bitmap.bit_length() + 7) // 8, "little")
    for i, byte in enumerate(data):
        while byte:
            low = byte & -byte
            out.append(i * 8 + low.bit_length() - 1)
            byte ^= low
    return out


@dataclass
class Table:
    """Bitmaps and sort keys of one searcher generation."""

    all: int
    terms: dict[str, dict[str, int]]  # field → term → bitmap
    name_sort: list[str]
    updated: list[str]
    window_cache: dict[dt.date, int] = field(default_factory=dict)

    def term(self, field_name: str, value: str) -> int:
        return self.terms.get(field_name, {}).get(value, 0)

    def any_of(self, field_name: str, values) -> int:
        bitmap = 0
        for value in values:
            bitmap |= self.term(field_name, value)
        return bitmap

    def in_window(self, on: dt.date) -> int:
        """Documents whose publication window contains ``on`` (open ends allowed)."""
        if on not in self.window_cache:
            day = on.isoformat()
            started = self._dates("publish_from", lambda d: d <= day)
            not_ended = self._dates("publish_to", lambda d: d >= day)
            self.window_cache = {on: started & not_ended}  # one day at a time is enough
        return self.window_cache[on]

    def _dates(self, field_name: str, keep) -> int:
        bitmap = 0
        for value, bits in self.terms.get(field_name, {}).items():
            if keep(value):
                bitmap |= bits
        return bitmap


def _build_table(searcher) -> Table:
    reader = searcher.reader()
    doc_count = reader.doc_count_all()
    terms: dict[str, dict[str, int]] = {}
    wanted = (
        "status",
        "public_visible",
        "publish_from",
        "publish_to",
        "narrowed",
        "narrow_areas",
        "owner_id",
        *LIST_FIELDS,
    )
    for field_name in wanted:
        per_term: dict[str, int] = {}
        if field_name in reader.indexed_field_names():
            for raw in reader.lexicon(field_name):
                value = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                per_term[value] = _bits(reader.postings(field_name, raw).all_ids())
        terms[field_name] = per_term
    live = 0
    for docnum in reader.all_doc_ids():
        live |= 1 << docnum
    name_sort = _column(reader, "name_sort", doc_count)
    updated = _column(reader, "updated", doc_count)
    return Table(all=live, terms=terms, name_sort=name_sort, updated=updated)


def _column(reader, field_name: str, doc_count: int) -> list[str]:
    if not doc_count or not reader.has_column(field_name):
        return [""] * doc_count
    column = reader.column_reader(field_name)
    return [value.decode("utf-8") if isinstance(value, bytes) else (value or "") for value in column]


class WhooshBackend:
    """A SearchBackend on a Whoosh index in ``index_dir`` (created when missing)."""

    name = "whoosh"

    def __init__(self, index_dir: Path):
        self.index_dir = Path(index_dir)
        self._lock = threading.Lock()
        self._searcher = None
        self._table: Table | None = None
        self._vocabulary: dict[str, frozenset[str]] = {}
        self.ix = self._open_or_create()

    # -- the index ----------------------------------------------------------------------

    def _open_or_create(self):
        self.index_dir.mkdir(parents=True, exist_ok=True)
        # Whoosh leaves the file open when it cannot read an index's table of contents; the
        # file is closed when the failure is dropped, which must not count as our leak.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            ix = self._open_existing()
            gc.collect()
        if ix is not None:
            self.was_recreated = False
            return ix
        self.was_recreated = True  # the caller should fill it from the database
        return self._fresh_index()

    def _open_existing(self):
        try:
            if index.exists_in(str(self.index_dir)):
                ix = index.open_dir(str(self.index_dir))
                if set(ix.schema.names()) == set(make_schema().names()):
                    return ix
                log.warning("Zoekindex %s heeft een oud schema; er komt een nieuwe.", self.index_dir)
        except Exception as exc:  # noqa: BLE001 - a corrupt index is a cache: start afresh
            log.warning("Zoekindex %s is onleesbaar (%s); er komt een nieuwe.", self.index_dir, str(exc))
        return None

    def _fresh_index(self):
        """An empty index; whatever was in the directory (it is ours) goes first."""
        for leftover in self.index_dir.iterdir():
            if leftover.is_file():
                leftover.unlink()
        return index.create_in(str(self.index_dir), make_schema())

    def recreate(self) -> None:
        """Throw the index away (it is a cache) and start an empty one."""
        with self._lock:
            self._close_searcher()
            self.ix = self._fresh_index()

    def _close_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
        self._searcher, self._table, self._vocabulary = None, None, {}

    def close(self) -> None:
        with self._lock:
            self._close_searcher()

    def _current(self):
        """The process's searcher and its table, refreshed when the index changed."""
        with self._lock:
            if self._searcher is None:
                self._searcher = self.ix.searcher()
                self._table, self._vocabulary = None, {}
            elif not self._searcher.up_to_date():
                # A fresh searcher rather than refresh(): refreshing a searcher that was
                # opened on an empty index fails in Whoosh, and opening costs little with
                # non-compound segments.
                self._searcher.close()
                self._searcher = self.ix.searcher()
                self._table, self._vocabulary = None, {}
            if self._table is None:
                self._table = _build_table(self._searcher)
            return self._searcher, self._table

    def _write(self, documents: list[dict], remove_ids: list[str]) -> None:
        writer = self.ix.writer(timeout=30.0, compound=False)
        try:
            for doc_id in remove_ids:
                writer.delete_by_term("id", doc_id)
            for document in documents:
                writer.update_document(**_fields(document))
        except BaseException:
            writer.cancel()
            raise
        # Small updates (the indexer's) do not merge segments: a merge can take a minute
        # on a large index, and a save must be findable within seconds. Merging happens
        # with bulk writes, or when small segments pile up.
        small = len(documents) + len(remove_ids) < SMALL_WRITE
        writer.commit(merge=not small or self._segment_count() > MAX_SEGMENTS)

    def index(self, documents: list[dict]) -> None:
        if documents:
            self._write(documents, [])

    def remove(self, ids: list[str]) -> None:
        if ids:
            self._write([], ids)

    def clear(self) -> None:
        self.recreate()

    def _segment_count(self) -> int:
        return len(self.ix._segments())  # noqa: SLF001 - Whoosh has no public count

    def doc_count(self) -> int:
        searcher, _table = self._current()
        return searcher.doc_count()

    def versions(self) -> dict[str, int]:
        searcher, _table = self._current()
        return {stored["id"]: stored["version"] for _docnum, stored in searcher.reader().iter_docs()}

    # -- searching ----------------------------------------------------------------------

    def _visible(self, table: Table, viewer: Viewer, on: dt.date) -> int:
        published = table.term("status", "published") & table.in_window(on)
        if viewer.kind == "public":
            return published & table.term("public_visible", "1")
        own = table.any_of("owner_id", (str(i) for i in viewer.editor_owner_ids))
        return (published | own) & table.all

    def _available(self, table: Table, request: SearchRequest) -> int:
        gemeente = request.gemeente
        if gemeente is None:
            return table.all
        owners = table.any_of("owner_id", (str(i) for i in gemeente.serving_owner_ids))
        areas = table.term("narrow_areas", gemeente.code) | table.term("narrow_areas", gemeente.region_code)
        return owners & (table.term("narrowed", "0") | areas)

    def _text_query(self, text: str, field_boosts: dict[str, float], every_word: bool = True):
        groups = query_groups(text)
        if not groups:
            return None
        clauses = []
        for alternatives in groups:
            options = []
            for alternative in alternatives:
                for field_name, boost in field_boosts.items():
                    analyzed = [t.text for t in QUERY_ANALYZER(alternative)]
                    if len(analyzed) == 1:
                        options.append(Term(field_name, analyzed[0], boost=boost))
                    elif len(analyzed) > 1 and field_name in POSITIONAL:
                        options.append(Phrase(field_name, analyzed, boost=boost))
                    elif len(analyzed) > 1:
                        options.append(And([Term(field_name, word) for word in analyzed], boost=boost))
            if options:
                clauses.append(Or(options))
        if not clauses:
            return None
        return And(clauses) if every_word else Or(clauses)

    def search(self, request: SearchRequest) -> SearchResult:
        started = time.monotonic()
        searcher, table = self._current()
        on = request.today or today_nl()
        viewer = request.viewer
        field_boosts = PUBLIC_FIELDS if viewer.kind == "public" else INTERNAL_FIELDS
        query = self._text_query(request.text, field_boosts) if request.text.strip() else None
        if request.text.strip() and query is None:
            query = Term("id", "\x00")  # only punctuation: nothing can match

        base = self._visible(table, viewer, on) & self._available(table, request)
        base_without_text = base
        relaxed = False
        scores: dict[int, float] = {}
        timed_out = False
        if query is not None:
            # Relevance order needs scores anyway: match and score in one pass.
            scored = request.sort == "relevance"
            matched, scores, timed_out = self._match(searcher, query, base, scored, started, request.time_limit)
            relaxed = not matched
            if relaxed and len(query_groups(request.text)) > 1:
                # Nothing has every word: fall back to any word, best matches first
                # ("werkervaring opdoen" still finds the werkervaringsplekken).
                query = self._text_query(request.text, field_boosts, every_word=False)
                matched, scores, timed_out = self._match(searcher, query, base, scored, started, request.time_limit)
            base = matched

        selections = {
            key: table.any_of(FACETS[key], values)
            for key, values in request.filters.items()
            if key in FACETS and values
        }
        final = base
        for bitmap in selections.values():
            final &= bitmap

        facets: dict[str, dict[str, int]] = {}
        if request.facets:
            for key, field_name in FACETS.items():
                others = base
                for other, bitmap in selections.items():
                    if other != key:
                        others &= bitmap
                counts = {}
                if others:
                    for value, bits in table.terms.get(field_name, {}).items():
                        count = (bits & others).bit_count()
                        if count:
                            counts[value] = count
                facets[key] = counts

        total = final.bit_count()
        start = (max(request.page, 1) - 1) * request.per_page
        stop = start + request.per_page
        ordered: list[tuple[int, float]]
        if request.sort == "relevance" and query is not None and total:
            members = _members(final)
            members.sort(key=lambda d: (-scores.get(d, 0.0), table.name_sort[d]))
            ordered = [(d, scores.get(d, 0.0)) for d in members[start:stop]]
        else:
            members = _members(final)
            if request.sort == "updated":
                members.sort(key=lambda d: (table.updated[d], table.name_sort[d]), reverse=True)
            else:
                members.sort(key=lambda d: table.name_sort[d])
            ordered = [(d, 0.0) for d in members[start:stop]]

        terms = self._highlight_terms(request.text, field_boosts) if query is not None else set()
        hits = [
            Hit(id=searcher.stored_fields(d)["id"], score=score, snippet=self._snippet(searcher, d, viewer, terms))
            for d, score in ordered
        ]
        suggestion = None
        if query is not None and (total == 0 or relaxed):
            suggestion = self._checked_suggestion(request, searcher, table, base_without_text)
        return SearchResult(total=total, hits=hits, facets=facets, suggestion=suggestion, timed_out=timed_out)

    def _match(self, searcher, query, allowed: int, scored: bool, started: float, time_limit: float):
        """(matching documents among ``allowed`` as a bitmap, docnum → score, timed out)."""
        if not scored:
            return _bits(searcher.docs_for_query(query)) & allowed, {}, False
        remaining = max(0.05, time_limit - (time.monotonic() - started))
        collector = TimeLimitCollector(searcher.collector(limit=None), remaining, use_alarm=False)
        timed_out = False
        try:
            searcher.search_with_collector(query, collector)
        except TimeLimit:
            timed_out = True
        scores = {docnum: score for score, docnum in collector.results().top_n}
        return _bits(scores) & allowed, scores, timed_out

    def _checked_suggestion(self, request: SearchRequest, searcher, table: Table, allowed: int) -> str | None:
        """A corrected query, offered only when it finds something this viewer may see."""
        candidate = suggest(request.text, self._words(searcher, request.viewer))
        if not candidate:
            return None
        fields_for_viewer = PUBLIC_FIELDS if request.viewer.kind == "public" else INTERNAL_FIELDS
        query = self._text_query(candidate, fields_for_viewer)
        if query is None or not _bits(searcher.docs_for_query(query)) & allowed:
            return None
        return candidate

    def _highlight_terms(self, text: str, field_boosts: dict[str, float]) -> set[str]:
        return {t.text for group in query_groups(text) for alt in group for t in QUERY_ANALYZER(alt)}

    def _snippet(self, searcher, docnum: int, viewer: Viewer, terms: set[str]) -> str:
        stored = searcher.stored_fields(docnum)
        sources = (
            ("public_summary", "public_body") if viewer.kind == "public" else ("summary", "body", "public_summary")
        )
        analyzer = self.ix.schema["body"].analyzer
        formatter = MarkFormatter(between=" … ")
        fragmenter = ContextFragmenter(maxchars=220, surround=60)
        for source in sources:
            text = stored.get(source) or ""
            if text and terms:
                found = highlight(text, terms, analyzer, fragmenter, formatter, top=2)
                if found:
                    return found
        first = next((stored.get(s) for s in sources if stored.get(s)), "")
        return htmlescape(first[:220], quote=False)

    def _words(self, searcher, viewer: Viewer) -> frozenset[str]:
        field_name = "spell"
        if field_name not in self._vocabulary:
            words = set()
            for raw in searcher.reader().lexicon(field_name):
                words.add(raw.decode("utf-8") if isinstance(raw, bytes) else raw)
            self._vocabulary[field_name] = frozenset(words)
        return self._vocabulary[field_name]

    def similar(self, document_id: str, viewer: Viewer, limit: int = 5) -> list[Hit]:
        searcher, table = self._current()
        docnum = searcher.document_number(id=document_id)
        if docnum is None:
            return []
        visible = self._visible(table, viewer, today_nl())
        if not (visible >> docnum) & 1:
            return []
        scores: dict[int, float] = {}
        for field_name in ("tiles", "target_groups", "client_characteristics", "implementation"):
            for bits in table.terms.get(field_name, {}).values():
                if (bits >> docnum) & 1:
                    for other in _members(bits & visible):
                        scores[other] = scores.get(other, 0.0) + 1.0
        stored = searcher.stored_fields(docnum)
        fields_for_text = PUBLIC_FIELDS if viewer.kind == "public" else {"name": 2.0, "summary": 1.0}
        text = " ".join(stored.get(f) or "" for f in fields_for_text)
        words = [w for group in query_groups(text)[:12] for w in group[:1]]
        if words:
            query = Or([Term(f, t.text) for f in fields_for_text for w in words for t in QUERY_ANALYZER(w)])
            for hit in searcher.search(query, limit=50, filter=set(_members(visible))):
                scores[hit.docnum] = scores.get(hit.docnum, 0.0) + min(hit.score, 5.0)
        scores.pop(docnum, None)
        best = sorted(scores.items(), key=lambda item: (-item[1], table.name_sort[item[0]]))[:limit]
        return [Hit(id=searcher.stored_fields(d)["id"], score=s) for d, s in best]


def _fields(document: dict) -> dict:
    """The Whoosh fields of a search document."""
    spell = " ".join([document["name"], " ".join(document["keywords"]), document["summary"], document["body"]])
    public_spell = " ".join([document["public_title"], document["public_summary"], document["public_body"]])
    out = {
        "id": document["id"],
        "version": document["version"],
        "owner_id": str(document["owner_id"]),
        "status": document["status"],
        "public_visible": "1" if document["public_visible"] else "0",
        "publish_from": document["publish_from"] or NEVER,
        "publish_to": document["publish_to"] or FOREVER,
        "narrowed": "1" if document["narrowed"] else "0",
        "narrow_areas": ",".join(document["narrow_areas"]),
        "name_sort": fold(document["name"]),
        "updated": document["updated_at"] or "",
        "name": document["name"],
        "keywords": " ; ".join(document["keywords"]),
        "summary": document["summary"],
        "provider_name": document["provider_name"],
        "body": document["body"],
        "public_title": document["public_title"],
        "public_summary": document["public_summary"],
        "public_body": document["public_body"],
        "spell": f"{spell} {public_spell}",
    }
    for name in LIST_FIELDS:
        out[name] = ",".join(document[name])
    return out
