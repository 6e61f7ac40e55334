"""The Whoosh backend (the default): a local index directory per portal.

Whoosh analyses, stores and writes the index. Searching reads its postings directly:
visibility, availability, facet filters and facet counts are set arithmetic on bitmaps
(Python ints, one bit per document number) built once per segment; the words of a query
become bitmaps too, and only the documents left after every filter are scored (BM25 with
field weights). That keeps a search to a few hundred AND + popcount operations plus one
pass over the postings of its words, instead of Whoosh's matcher tree visiting and scoring
every match (see shared/WHOOSH-NOTES.md and bench/README.md). One searcher is kept per
process and refreshed after commits.

Only one writer may exist at a time; the indexer (``search.service``) guarantees that
across processes with a lease in the database, so no user ever sees a LockError.
"""

from __future__ import annotations

import datetime as dt
import gc
import heapq
import logging
import math
import os
import re
import threading
import time
import warnings
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape as htmlescape
from pathlib import Path

import numpy as np
from whoosh import fields, index
from whoosh.analysis import CharsetFilter, Filter, LowercaseFilter, RegexTokenizer, StemFilter
from whoosh.highlight import HtmlFormatter, get_text
from whoosh.reading import EmptyReader, MultiReader, SegmentReader, TermNotFound
from whoosh.searching import Searcher
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
TEXT_FIELDS = tuple(INTERNAL_FIELDS)
# Fields whose every term gets a bitmap per segment (visibility, availability, facets).
TABLE_FIELDS = (
    "status",
    "public_visible",
    "publish_from",
    "publish_to",
    "narrowed",
    "narrow_areas",
    "owner_id",
    *LIST_FIELDS,
)
# BM25 parameters (Whoosh's defaults), for ranking with field weights.
K1, B = 1.2, 0.75
SMALL_WRITE = 100
BULK_PROCESSES, BULK_PROCESSES_FROM, BULK_MEMORY_MB = 2, 2000, 256
BULK_JOB = 100  # documents per job handed to a writer process
MAX_SEGMENTS = 12

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
INDEX_ANALYZER = dutch_analyzer()


def spelling_analyzer():
    return RegexTokenizer(r"[0-9A-Za-zÀ-ÿ]+") | LowercaseFilter() | CharsetFilter(accent_map)


def make_schema() -> fields.Schema:
    text = dict(analyzer=dutch_analyzer(), phrase=True)
    # Positions are kept for the short texts (a future phrase search); searching matches a
    # multi-word alternative by all its words in one field, in every field (see ``_plan``).
    long_text = dict(analyzer=dutch_analyzer(), phrase=False)
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True),
        version=fields.STORED(),  # read back by check, never searched
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


# Postings kept per segment, in document numbers: about 40 MB at most per segment.
POSTINGS_CACHE_SIZE = 2_500_000
# "Meer zoals dit" chooses among this many of the candidates sharing the most codes, and
# reads the words of the title and summary (the long texts would cost more than the page).
SIMILAR_POOL = 200
SIMILAR_PUBLIC_FIELDS = {"public_title": 3.0, "public_summary": 2.0}
SIMILAR_INTERNAL_FIELDS = {"name": 2.0, "summary": 1.0}
# Segments up to this size (the indexer's commits) answer "is this word here" from their
# vocabulary instead of the term file.
SMALL_SEGMENT = 1000


_NO_IDS = np.zeros(0, dtype=np.int64)
_NO_WEIGHTS = np.zeros(0, dtype=np.float64)


def _bits(docnums) -> int:
    """A bitmap (int) with the given document numbers set."""
    docnums = list(docnums)
    if not docnums:
        return 0
    buffer = bytearray(max(docnums) // 8 + 1)
    for d in docnums:
        buffer[d >> 3] |= 1 << (d & 7)
    return int.from_bytes(buffer, "little")


def _members(bitmap: int, wanted: int | None = None) -> list[int]:
    """The document numbers set in a bitmap, ascending; only the lowest ``wanted`` if given.

    The bitmap as a string of binary digits, lowest bit first, searched for its ones with
    str.find: one C call per member instead of Python work per byte and bit."""
    digits = bin(bitmap)[:1:-1]
    find = digits.find
    out: list[int] = []
    at = find("1")
    while at != -1 and (wanted is None or len(out) < wanted):
        out.append(at)
        at = find("1", at + 1)
    return out


def _mask(bitmap: int, size: int) -> np.ndarray:
    """A bitmap as one boolean per document number below ``size``."""
    length = max(size, bitmap.bit_length())
    raw = np.frombuffer(bitmap.to_bytes((length + 7) // 8, "little"), dtype=np.uint8)
    return np.unpackbits(raw, count=size, bitorder="little").view(bool)


def _idf(documents: int, frequency: int) -> float:
    """BM25's inverse document frequency of a word in ``frequency`` of ``documents``."""
    return math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5))


def _leaf_postings(reader, field_name: str, term: str) -> tuple[tuple[int, ...], tuple[float, ...]]:
    """(document numbers, term frequencies) of one term in one segment, deleted documents
    included (the callers mask them out with the table's live bitmap).

    Reads whole postings blocks at once: per posting, Whoosh's matcher API costs several
    Python calls, which dominated the search time (see bench/README.md). The block reader
    is internal to Whoosh's codec; whoosh3 is pinned exactly and the contract tests cover
    this path, and a matcher without it falls back to the public API."""
    try:
        matcher = reader.postings(field_name, term)
    except TermNotFound:
        return (), ()
    leaf = getattr(matcher, "child", matcher)  # a FilterMatcher hides deletions; the bitmaps do that
    if not all(hasattr(leaf, name) for name in ("_read_ids", "_read_weights", "_next_block")):
        pairs = list(matcher.all_items())
        return tuple(d for d, _v in pairs), tuple(1.0 for _ in pairs)
    ids: list[int] = []
    weights: list[float] = []
    while leaf.is_active():
        leaf._read_ids()  # noqa: SLF001
        leaf._read_weights()  # noqa: SLF001
        ids.extend(leaf._ids)  # noqa: SLF001
        weights.extend(leaf._weights)  # noqa: SLF001
        leaf._next_block()  # noqa: SLF001
    return tuple(ids), tuple(weights)


class SegmentTable:
    """What one (immutable) segment contributes to the bitmaps, built once per segment.

    Whoosh segments never change after they are written, except for their deletions, which
    the searcher's ``Table`` applies. So a commit that adds a small segment costs only that
    segment's table, not a rebuild of everything (the first search after a save used to pay
    0.5-1.5 s at 20,000-50,000 documents)."""

    def __init__(self, reader):
        self.doc_count = reader.doc_count_all()
        self.terms: dict[str, dict[str, int]] = {}
        for field_name in TABLE_FIELDS:
            per_term: dict[str, int] = {}
            if field_name in reader.indexed_field_names():
                for raw in reader.lexicon(field_name):
                    value = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                    per_term[value] = _bits(_leaf_postings(reader, field_name, value)[0])
            self.terms[field_name] = per_term
        self.name_sort = _column(reader, "name_sort", self.doc_count)
        self.updated = _column(reader, "updated", self.doc_count)
        self._reader = reader
        # Read now, while this searcher's files surely exist: a later merge by another
        # process may delete them, and Whoosh opens a column file only when first asked.
        self._lengths: dict[str, list[int]] = {
            name: [reader.doc_field_length(d, name) or 0 for d in range(self.doc_count)] for name in TEXT_FIELDS
        }
        self._postings: dict[tuple[str, str], tuple[np.ndarray, np.ndarray, int]] = {}
        self._postings_size = 0
        self._vocabularies: dict[str, dict[str, int]] = {}
        self._ids: list[str] | None = None
        self._numbers: dict[str, tuple[int, ...]] = {}

    def postings(self, reader, field_name: str, term: str) -> tuple[np.ndarray, np.ndarray, int]:
        """The segment's postings of a word (document numbers and frequencies, as arrays for
        the scoring, and as a bitmap), kept after the first read: the segment never changes,
        and the same words come back in search after search (bounded in size, oldest out first)."""
        key = (field_name, term)
        found = self._postings.get(key)
        if found is None:
            if self.doc_count <= SMALL_SEGMENT and term not in self.vocabulary(reader, field_name):
                # The indexer's commits add small segments that hold few of the words asked
                # for: a look at their vocabulary spares a lookup in the term file per word.
                return _NO_IDS, _NO_WEIGHTS, 0
            ids, weights = _leaf_postings(reader, field_name, term)
            found = (np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64), _bits(ids))
            size = len(ids) + 1
            while self._postings and self._postings_size + size > POSTINGS_CACHE_SIZE:
                oldest = next(iter(self._postings))
                self._postings_size -= len(self._postings.pop(oldest)[0]) + 1
            if size <= POSTINGS_CACHE_SIZE:
                self._postings[key] = found
                self._postings_size += size
        return found

    def vocabulary(self, reader, field_name: str) -> dict[str, int]:
        """Every word of a field in this segment → in how many documents it occurs (deleted
        ones included), read in one pass over the term file when first asked."""
        found = self._vocabularies.get(field_name)
        if found is None:
            found = {}
            if field_name in reader.indexed_field_names():
                for raw, info in reader.iter_field(field_name):
                    found[raw.decode("utf-8") if isinstance(raw, bytes) else raw] = info.doc_frequency()
            self._vocabularies[field_name] = found
        return found

    def doc_frequency(self, reader, field_name: str, term: str) -> int:
        return self.vocabulary(reader, field_name).get(term, 0)

    def ids(self, reader) -> list[str]:
        """The document id of every document number in the segment (deleted ones included),
        from one pass over the id field's terms: reading stored fields to learn an id
        decompresses the whole document."""
        if self._ids is None:
            ids = [""] * self.doc_count
            numbers: dict[str, tuple[int, ...]] = {}
            for raw, info in reader.iter_field("id"):
                value = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                # An id is in one document, unless a document was replaced within the segment.
                found = (info.min_id(),) if info.doc_frequency() == 1 else _leaf_postings(reader, "id", value)[0]
                for docnum in found:
                    ids[docnum] = value
                numbers[value] = found
            self._ids, self._numbers = ids, numbers
        return self._ids

    def numbers(self, reader, document_id: str) -> tuple[int, ...]:
        """The segment's document numbers with this id (deleted ones included)."""
        self.ids(reader)
        return self._numbers.get(document_id, ())

    def lengths(self, field_name: str) -> list[int]:
        """Length (in words, as Whoosh stores it, approximately) of a field per document."""
        if field_name not in self._lengths:
            reader = self._reader
            self._lengths[field_name] = [reader.doc_field_length(d, field_name) or 0 for d in range(self.doc_count)]
        return self._lengths[field_name]


@dataclass
class Table:
    """Bitmaps, sort keys and text statistics of one searcher generation (all segments)."""

    all: int
    terms: dict[str, dict[str, int]]  # field → term → bitmap
    name_sort: list[str]
    updated: list[str]
    leaves: list[tuple[object, int, SegmentTable]]  # (segment reader, first docnum, its table)
    average_lengths: dict[str, float]
    offsets: list[int] = field(default_factory=list)  # first docnum of each leaf, ascending
    window_cache: dict[dt.date, int] = field(default_factory=dict)
    norm_cache: dict[str, np.ndarray] = field(default_factory=dict)  # field → lengths

    def term(self, field_name: str, value: str) -> int:
        return self.terms.get(field_name, {}).get(value, 0)

    def id_of(self, docnum: int) -> str:
        """The document id of a (global) document number."""
        reader, offset, segment = self.leaves[bisect_right(self.offsets, docnum) - 1]
        return segment.ids(reader)[docnum - offset]

    def document_number(self, document_id: str) -> int | None:
        """The live document with this id, if any."""
        for reader, offset, segment in self.leaves:
            for docnum in segment.numbers(reader, document_id):
                if (self.all >> (docnum + offset)) & 1:
                    return docnum + offset
        return None

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

    def postings(self, field_name: str, term: str) -> Postings:
        """Where a word occurs in a field, over all segments. Each segment's (cached) lists
        are kept as they are, with the segment's first document number: concatenating them
        into global numbers cost more than the rest of a search on a common word."""
        parts = []
        bits = 0
        for reader, offset, segment in self.leaves:
            leaf_ids, leaf_weights, leaf_bits = segment.postings(reader, field_name, term)
            if len(leaf_ids):
                parts.append((offset, leaf_ids, leaf_weights))
                bits |= leaf_bits << offset
        return Postings(parts=parts, bits=bits & self.all)

    def doc_frequency(self, field_name: str, term: str) -> int:
        """In how many documents a word occurs (deleted ones included): no postings read."""
        return sum(segment.doc_frequency(reader, field_name, term) for reader, _offset, segment in self.leaves)

    @property
    def size(self) -> int:
        """Document numbers in use (deleted documents included)."""
        return len(self.name_sort)

    def lengths(self, field_name: str) -> np.ndarray:
        """Field length per document over all segments (each segment's list is kept with the
        segment, so a commit costs a concatenation, not a pass over every document)."""
        if field_name not in self.norm_cache:
            out: list[int] = []
            for _reader, _offset, segment in self.leaves:
                out.extend(segment.lengths(field_name))
            self.norm_cache[field_name] = np.array(out, dtype=np.float64)
        return self.norm_cache[field_name]


@dataclass
class Postings:
    parts: list[tuple[int, np.ndarray, np.ndarray]]  # per segment: first docnum, ids in it, frequencies
    bits: int  # live documents only


@dataclass
class Option:
    """One way a query group matched: words in a field, with the field's weight."""

    field: str
    postings: tuple[Postings, ...]
    boost: float
    bits: int  # documents that have every word of the option in the field


def _build_table(searcher, segments: dict, previous: Table | None = None) -> Table:
    """The searcher's table from its segments' tables (reused from ``segments`` by id).

    A commit usually adds one small segment after the ones the previous table had: then
    the previous table's combined term bitmaps are reused and only the new segments are
    added. Term bitmaps may include deleted documents; ``all`` (the live ones) is applied
    by everything that reads them (visibility always includes it)."""
    leaves = []
    live = 0
    name_sort: list[str] = []
    updated: list[str] = []
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        if reader.segment() is None or not reader.doc_count_all():
            continue  # an empty index has a reader without segments
        segment_id = reader.segment().segment_id()
        segment = segments.get(segment_id)
        if segment is None:
            segment = segments[segment_id] = SegmentTable(reader)
        else:
            segment._reader = reader  # noqa: SLF001 - the same segment, this searcher's open reader
        leaves.append((reader, offset, segment))
        seg_live = (1 << segment.doc_count) - 1
        for docnum in reader.deleted_docs_set:
            seg_live &= ~(1 << docnum)
        live |= seg_live << offset
        name_sort.extend(segment.name_sort)
        updated.extend(segment.updated)
    reused = 0
    if previous is not None:
        for (_old_reader, old_offset, old_segment), (_reader, offset, segment) in zip(
            previous.leaves, leaves, strict=False
        ):
            if old_segment is not segment or old_offset != offset:
                break
            reused += 1
        if reused != len(previous.leaves):
            reused = 0  # segments were merged: start over
    if reused:
        terms = {name: dict(per_term) for name, per_term in previous.terms.items()}
    else:
        terms = {name: {} for name in TABLE_FIELDS}
    for _reader, offset, segment in leaves[reused:]:
        for field_name, per_term in segment.terms.items():
            combined = terms[field_name]
            for value, bits in per_term.items():
                combined[value] = combined.get(value, 0) | (bits << offset)
    reader = searcher.reader()
    doc_count = max(reader.doc_count_all(), 1)
    averages = {name: reader.field_length(name) / doc_count for name in TEXT_FIELDS}
    return Table(
        all=live,
        terms=terms,
        name_sort=name_sort,
        updated=updated,
        leaves=leaves,
        average_lengths=averages,
        offsets=[offset for _reader, offset, _segment in leaves],
    )


SNIPPET_CHARS = 220
_SNIPPET_WORD = re.compile(r"[0-9A-Za-zÀ-ÿ]+(?:['\-][0-9A-Za-zÀ-ÿ]+)*")


@lru_cache(maxsize=50_000)
def _word_terms(word: str) -> frozenset[str]:
    """The index terms one written word gives (stem, folded, compound parts)."""
    return frozenset(token.text for token in INDEX_ANALYZER(word))


def _marked(text: str, terms: set[str]) -> str | None:
    """About SNIPPET_CHARS of ``text`` around its first matching word, escaped, with the
    words that match ``terms`` (index terms) in ``<mark>``; None when no word matches.

    Whoosh's highlighter analyses and scores the whole text per hit, which cost more than
    the search itself; a window around the first match is what a result list needs, so
    the words after the window are not looked at."""
    first = next((m for m in _SNIPPET_WORD.finditer(text) if _word_terms(m.group()) & terms), None)
    if first is None:
        return None
    begin = max(0, first.start() - 60)
    if begin:
        space = text.find(" ", begin, first.start())
        begin = space + 1 if space != -1 else begin
    end = min(len(text), begin + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", first.end(), end)
        end = space if space != -1 else max(end, first.end())
    spans = [(first.start(), first.end())]
    for m in _SNIPPET_WORD.finditer(text, first.end()):
        if m.start() >= end:
            break
        if _word_terms(m.group()) & terms:
            spans.append((m.start(), m.end()))
    out = ["… "] if begin else []
    position = begin
    for start, stop in spans:
        if start < position or stop > end:
            continue
        out.append(htmlescape(text[position:start], quote=False))
        out.append(f"<mark>{htmlescape(text[start:stop], quote=False)}</mark>")
        position = stop
    out.append(htmlescape(text[position:end], quote=False))
    if end < len(text):
        out.append(" …")
    return "".join(out).strip()


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
        self._segments: dict[str, SegmentTable] = {}
        self._previous_table: Table | None = None
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
        self._previous_table = None
        self._segments = {}

    def close(self) -> None:
        with self._lock:
            self._close_searcher()

    def _current(self):
        """The process's searcher and its table, refreshed when the index changed."""
        with self._lock:
            if self._searcher is None:
                self._searcher = self._open_searcher()
                self._table, self._vocabulary = None, {}
            elif not self._searcher.up_to_date():
                # Our own reopening rather than refresh(): refreshing a searcher that was
                # opened on an empty index fails in Whoosh. The readers of unchanged
                # segments are taken over, and the old table is the base of the new one.
                self._searcher = self._open_searcher(previous=self._searcher)
                self._previous_table, self._table, self._vocabulary = self._table, None, {}
            if self._table is None:
                self._table = _build_table(self._searcher, self._segments, self._previous_table)
                self._previous_table = None
                current = {reader.segment().segment_id() for reader, _offset, _seg in self._table.leaves}
                for gone in set(self._segments) - current:
                    del self._segments[gone]
            return self._searcher, self._table

    def _open_searcher(self, previous=None):
        """A searcher whose stored fields are open in every segment at once.

        Whoosh opens a segment's column files only when first asked; the indexer process
        may meanwhile merge that segment away and delete its files (found under load: a
        500 on a search). Opened files stay readable, so open them now, and try again if
        a merge won the race.

        With ``previous`` (the searcher being replaced) the readers of segments that did not
        change, the same segment with the same deletions, are taken over rather than
        opened again: after an indexer commit every worker opened all segments anew
        (11-17 ms at 20,000 documents; now the new segment only). Whoosh's own reuse in
        ``refresh()`` fails on a searcher opened on an empty index."""
        reusable = {}
        if previous is not None:
            for reader, _offset in previous.reader().leaf_readers():
                if reader.segment() is not None:
                    reusable[reader.segment().segment_id()] = reader
        for attempt in range(3):
            taken, opened = set(), []
            try:
                toc = self.ix._read_toc()  # noqa: SLF001 - the segments of the newest generation
                readers = []
                for segment in toc.segments:
                    old = reusable.get(segment.segment_id())
                    if old is not None and old.segment().deleted_count() == segment.deleted_count():
                        taken.add(segment.segment_id())  # deletions only grow: the same count is the same set
                        readers.append(old)
                        continue
                    reader = SegmentReader(self.ix.storage, toc.schema, segment, generation=toc.generation)
                    opened.append(reader)
                    readers.append(reader)
                    if reader.doc_count_all():
                        reader.stored_fields(0)
                if not readers:
                    whole = EmptyReader(toc.schema)
                else:
                    whole = MultiReader(readers, generation=toc.generation)
                searcher = Searcher(whole, fromindex=self.ix)
            except (TypeError, OSError):
                for reader in opened:
                    reader.close()
                if attempt == 2:
                    raise
                continue
            for segment_id, reader in reusable.items():
                if segment_id not in taken:
                    reader.close()
            return searcher
        raise AssertionError("unreachable")

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

    def bulk(self, documents: Iterable[dict], expected: int = 0) -> int:
        """One writer for the whole stream, committed once, instead of a commit (and a
        merge of ever larger segments) per batch. From BULK_PROCESSES_FROM documents on,
        Whoosh's multi-process writer analyses on every core (up to BULK_PROCESSES); the
        sub-processes are spawned, not forked, as the indexer process has threads."""
        processes = min(BULK_PROCESSES, os.cpu_count() or 1) if expected >= BULK_PROCESSES_FROM else 1
        options: dict = {"compound": False, "limitmb": BULK_MEMORY_MB}
        if processes > 1:
            options.update(procs=processes, multisegment=True, start_method="spawn", batchsize=BULK_JOB)
        writer = self.ix.writer(timeout=30.0, **options)
        count = 0
        try:
            for document in documents:
                writer.add_document(**_fields(document))
                count += 1
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        return count

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
            return published & table.term("public_visible", "1") & table.all
        own = table.any_of("owner_id", (str(i) for i in viewer.editor_owner_ids))
        return (published | own) & table.all

    def _available(self, table: Table, request: SearchRequest) -> int:
        gemeente = request.gemeente
        if gemeente is None:
            return table.all
        owners = table.any_of("owner_id", (str(i) for i in gemeente.serving_owner_ids))
        areas = table.term("narrow_areas", gemeente.code) | table.term("narrow_areas", gemeente.region_code)
        return owners & (table.term("narrowed", "0") | areas)

    def _plan(self, text: str, field_boosts: dict[str, float]) -> list[list[tuple[str, tuple[str, ...], float]]]:
        """The query as groups of options (field, analyzed words, boost); a document must
        match every group. A multi-word alternative (a synonym such as "nederlands als
        tweede taal") matches when all its words occur in the same field."""
        plan = []
        for alternatives in query_groups(text):
            options = []
            for alternative in alternatives:
                words = tuple(dict.fromkeys(t.text for t in QUERY_ANALYZER(alternative)))
                if words:
                    options.extend((field_name, words, boost) for field_name, boost in field_boosts.items())
            if options:
                plan.append(options)
        return plan

    def _match(self, table: Table, plan, every_word: bool, deadline: float) -> tuple[int, list[Option], bool]:
        """(bitmap of matching documents, the options that matched somewhere, timed out)."""
        found: dict[tuple[str, str], Postings] = {}
        groups: list[int] = []
        matched_options: list[Option] = []
        for options in plan:
            group = 0
            for field_name, words, boost in options:
                postings = []
                for word in words:
                    key = (field_name, word)
                    if key not in found:
                        found[key] = table.postings(field_name, word)
                    postings.append(found[key])
                bits = postings[0].bits
                for more in postings[1:]:
                    bits &= more.bits
                if bits:
                    group |= bits
                    matched_options.append(Option(field_name, tuple(postings), boost, bits))
                if time.monotonic() > deadline:
                    return 0, [], True
            groups.append(group)
        if not groups:
            return 0, [], False
        matched = groups[0]
        for group in groups[1:]:
            matched = matched & group if every_word else matched | group
        return matched, matched_options, False

    def _scores(self, table: Table, options: list[Option], wanted: int) -> np.ndarray:
        """BM25 with field weights for the documents in ``wanted`` (zero for the others), per
        document number. Each postings list is scored as a whole with numpy: per posting in
        Python, a common word ("werkervaring": 5,000 documents in several fields) cost more
        than everything else in a search."""
        size = table.size
        documents = max(table.all.bit_count(), 1)
        scores = np.zeros(size)
        inside_all = _mask(wanted, size)
        for option in options:
            inside = inside_all if len(option.postings) == 1 else _mask(wanted & option.bits, size)
            lengths = table.lengths(option.field)
            # BM25's length part, K1 * (1 - B + B * length / average), for the scored documents only.
            slope = K1 * B / (table.average_lengths.get(option.field) or 1.0)
            base = K1 * (1 - B)
            for postings in option.postings:
                frequency = max(postings.bits.bit_count(), 1)
                idf = _idf(documents, frequency)
                factor = option.boost * idf * (K1 + 1) / len(option.postings)
                for offset, ids, weights in postings.parts:
                    docnums = ids + offset
                    keep = inside[docnums]
                    docnums, weight = docnums[keep], weights[keep]
                    # A document is once in a postings list, so the += adds to each once.
                    scores[docnums] += factor * weight / (weight + (base + slope * lengths[docnums]))
        return scores

    def search(self, request: SearchRequest) -> SearchResult:
        started = time.monotonic()
        deadline = started + request.time_limit
        searcher, table = self._current()
        on = request.today or today_nl()
        viewer = request.viewer
        field_boosts = PUBLIC_FIELDS if viewer.kind == "public" else INTERNAL_FIELDS
        has_text = bool(request.text.strip())
        plan = self._plan(request.text, field_boosts) if has_text else []

        base = self._visible(table, viewer, on) & self._available(table, request)
        base_without_text = base
        relaxed = False
        options: list[Option] = []
        timed_out = False
        if has_text:
            matched, options, timed_out = self._match(table, plan, True, deadline)
            matched &= base
            if not matched and len(plan) > 1 and not timed_out:
                # Nothing has every word: fall back to any word, best matches first
                # ("werkervaring opdoen" still finds the werkervaringsplekken).
                relaxed = True
                matched, options, timed_out = self._match(table, plan, False, deadline)
                matched &= base
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
        # Only the first ``stop`` in order are needed: a heap, not a sort of every match.
        if request.sort == "relevance" and has_text and total:
            scores = self._scores(table, options, final)
            candidates = np.flatnonzero(_mask(final, table.size))
            if len(candidates) > stop:
                # Those scoring at least the stop-th best score (ties kept), ordered below.
                matched = scores[candidates]
                cut = np.partition(matched, len(matched) - stop)[len(matched) - stop]
                candidates = candidates[matched >= cut]
            score_of = dict(zip(candidates.tolist(), scores[candidates].tolist(), strict=True))
            first = heapq.nsmallest(stop, score_of, key=lambda d: (-score_of[d], table.name_sort[d]))
            ordered = [(d, score_of[d]) for d in first[start:stop]]
        else:
            members = _members(final)
            if request.sort == "updated":
                first = heapq.nlargest(stop, members, key=lambda d: (table.updated[d], table.name_sort[d]))
            else:
                first = heapq.nsmallest(stop, members, key=lambda d: table.name_sort[d])
            ordered = [(d, 0.0) for d in first[start:stop]]

        terms = self._highlight_terms(request.text) if has_text else set()
        hits = [
            Hit(id=table.id_of(d), score=score, snippet=self._snippet(searcher.stored_fields(d), viewer, terms))
            for d, score in ordered
        ]
        suggestion = None
        if has_text and (total == 0 or relaxed):
            suggestion = self._checked_suggestion(request, searcher, table, base_without_text)
        return SearchResult(total=total, hits=hits, facets=facets, suggestion=suggestion, timed_out=timed_out)

    def _checked_suggestion(self, request: SearchRequest, searcher, table: Table, allowed: int) -> str | None:
        """A corrected query, offered only when it finds something this viewer may see."""
        candidate = suggest(request.text, self._words(searcher, request.viewer))
        if not candidate:
            return None
        fields_for_viewer = PUBLIC_FIELDS if request.viewer.kind == "public" else INTERNAL_FIELDS
        plan = self._plan(candidate, fields_for_viewer)
        matched, _options, _timed_out = self._match(table, plan, True, time.monotonic() + 1.0)
        return candidate if plan and matched & allowed else None

    def _highlight_terms(self, text: str) -> set[str]:
        return {t.text for group in query_groups(text) for alt in group for t in QUERY_ANALYZER(alt)}

    def _snippet(self, stored: dict, viewer: Viewer, terms: set[str]) -> str:
        sources = (
            ("public_summary", "public_body") if viewer.kind == "public" else ("summary", "body", "public_summary")
        )
        for source in sources:
            text = stored.get(source) or ""
            if text and terms:
                found = _marked(text, terms)
                if found:
                    return found
        first = next((stored.get(s) for s in sources if stored.get(s)), "")
        return htmlescape(first[:SNIPPET_CHARS], quote=False)

    def _words(self, searcher, viewer: Viewer) -> frozenset[str]:
        field_name = "spell"
        if field_name not in self._vocabulary:
            words = set()
            for raw in searcher.reader().lexicon(field_name):
                words.add(raw.decode("utf-8") if isinstance(raw, bytes) else raw)
            self._vocabulary[field_name] = frozenset(words)
        return self._vocabulary[field_name]

    def _presence_scores(self, table: Table, options: list[Option], wanted: int) -> dict[int, float]:
        """Per document in ``wanted``: the sum of boost × idf of the options it matches."""
        documents = max(table.all.bit_count(), 1)
        scores: dict[int, float] = {}
        for option in options:
            inside = option.bits & wanted
            if not inside:
                continue
            frequency = max(option.bits.bit_count(), 1)
            weight = option.boost * _idf(documents, frequency)
            for docnum in _members(inside):
                scores[docnum] = scores.get(docnum, 0.0) + weight
        return scores

    def similar(self, document_id: str, viewer: Viewer, limit: int = 5) -> list[Hit]:
        """Visible documents sharing the most classification codes with this one, plus the
        text score of its rarest words. Done with the bitmaps, like ``search``: the shared
        codes are counted with bitwise "at least n" levels, and the text scored only for a
        short list of candidates (an instrument page asks this on every view)."""
        searcher, table = self._current()
        docnum = table.document_number(document_id)
        if docnum is None:
            return []
        allowed = self._visible(table, viewer, today_nl())
        if not (allowed >> docnum) & 1:
            return []
        visible = allowed & ~(1 << docnum)
        shared = [
            bits
            for field_name in ("tiles", "target_groups", "client_characteristics", "implementation")
            for bits in table.terms.get(field_name, {}).values()
            if (bits >> docnum) & 1
        ]
        # levels[i]: the visible documents sharing at least i + 1 of these codes.
        levels = [0] * len(shared)
        for bits in shared:
            bits &= visible
            for i in range(len(levels) - 1, 0, -1):
                levels[i] |= levels[i - 1] & bits
            if levels:
                levels[0] |= bits
        # The documents sharing the most codes, enough of them to choose from.
        candidates = 0
        for level in reversed(levels):
            candidates = level
            if level.bit_count() >= 4 * limit:
                break
        if not candidates:
            candidates = visible
        stored = searcher.stored_fields(docnum)
        fields_for_text = SIMILAR_PUBLIC_FIELDS if viewer.kind == "public" else SIMILAR_INTERNAL_FIELDS
        text = " ".join(stored.get(f) or "" for f in fields_for_text)
        plan = self._plan(text, fields_for_text)
        text_scores: dict[int, float] = {}
        if plan:
            # The rarest words say most about what this instrument is.
            def rarity(options) -> int:
                return min(table.doc_frequency(f, words[0]) or 1 << 30 for f, words, _boost in options)

            plan = sorted(plan, key=rarity)[:4]
            matched, options, _timed_out = self._match(table, plan, False, time.monotonic() + 1.0)
            # The words only order the candidates, so which of them each candidate has is
            # enough (weighted by rarity); BM25 over the postings cost more than the page.
            matched &= candidates
            if matched.bit_count() > 10 * SIMILAR_POOL:  # no codes to go by: a common word in thousands
                matched = _bits(_members(matched, 10 * SIMILAR_POOL))
            if matched:
                text_scores = self._presence_scores(table, options, matched)
        best_text = sorted(text_scores, key=lambda d: -text_scores[d])[: 10 * limit]
        pool = set(best_text) | set(_members(candidates, SIMILAR_POOL))
        shared_count = Counter()
        pool_bits = _bits(pool)
        for bits in shared:
            shared_count.update(_members(bits & pool_bits))
        scores = {d: shared_count[d] + min(text_scores.get(d, 0.0), 5.0) for d in pool}
        best = sorted(scores.items(), key=lambda item: (-item[1], table.name_sort[item[0]]))[:limit]
        return [Hit(id=table.id_of(d), score=s) for d, s in best]


def _fields(document: dict) -> dict:
    """The Whoosh fields of a search document."""
    # The words a user is likely to mistype are the ones in names, keywords and summaries;
    # the long texts would more than double the postings to write (bulk indexing speed).
    spell = " ".join([document["name"], " ".join(document["keywords"]), document["summary"]])
    public_spell = " ".join([document["public_title"], document["public_summary"]])
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
