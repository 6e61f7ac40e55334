# ruff: noqa: S608 - statements are assembled from fixed fragments and a validated table name;
# every value (query words, filters, dates, ids) is a bound parameter.
"""A search backend on PostgreSQL full text search (``SearchBackend`` of ``search.backend``).

The index is a rebuildable cache in its own table (not part of the Alembic schema), created
on first use. Text is accent-folded and compound-expanded in Python (``search.analysis``)
and turned into weighted tsvectors with the ``dutch`` configuration:

- ``internal_tsv``: name A, keywords A, summary B, provider_name C, body D, public texts D;
- ``public_tsv``: public_title A, public_summary B, public_body C;
- ``internal_head_tsv`` / ``public_head_tsv``: the same without the long texts (body,
  public texts resp. public_body). They are small enough to stay inside the table row and
  serve as a cheap first ranking when a query matches very many documents (see ``_hits``).

Queries are built only from bound parameters combined in SQL (``plainto_tsquery`` joined
with ``||`` and ``&&``); user text is never SQL nor tsquery syntax. A multi-word alternative
(a synonym such as "nederlands als tweede taal", or a typed compound's parts) needs all its
words, not adjacent ones: the same rule as the Whoosh backend (contract tests).
Visibility is part of every statement that reads documents.

Facets: every row keeps ``facet_terms`` ("tile:EW01", "kosten:gratis", ...), so all facet
counts come from one ``unnest`` + ``GROUP BY`` over the matches, where each term only
counts in rows that pass the filters of the *other* facets.

Typo suggestions: every row keeps the folded words a viewer may search (``internal_words``
/ ``public_words``) and ``<table>_vocab`` holds every word ever indexed with its length.
Candidates close to an unknown query word come from that table (a cheap prefilter), and
are used only when a document *visible to this viewer* contains them, so a suggestion
never reveals a draft.
"""

from __future__ import annotations

import datetime as dt
import difflib
import html
import math
import re
import time
import unicodedata
from collections.abc import Iterable
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy import bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError

from search import analysis
from search.backend import DEFAULT_TIME_LIMIT, FACETS, SORTS, Hit, SearchRequest, SearchResult, Viewer

NL = ZoneInfo("Europe/Amsterdam")
SCHEMA_VERSION = "instrumentengids-zoekindex 4"  # another value: the table is dropped and made anew
BULK_BATCH = 1000

# Document list fields stored as text[] (facets and availability).
LIST_FIELDS = tuple(dict.fromkeys([*FACETS.values(), "narrow_areas"]))
INTERNAL_HEAD = (("name", "A"), ("keywords", "A"), ("summary", "B"), ("provider_name", "C"))
PUBLIC_HEAD = (("public_title", "A"), ("public_summary", "B"))
PUBLIC_TEXTS = ("public_title", "public_summary", "public_body")
HEAD_VECTORS = ("internal_head_tsv", "public_head_tsv")
SIMILAR_FACETS = {"tile": 3, "doelgroep": 2, "kenmerk": 2}  # points per shared code in similar()
# ts_rank and ts_rank_cd weights are given as {D, C, B, A}. Pages are ordered by ts_rank: it
# weighs where the words are (name over body) rather than how close together (ts_rank_cd),
# which ranked "werkervaring opdoen" in a body above a werkervaringsplek in the name.
RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"
HEADLINE_OPTIONS = (
    'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "'
)
FRAGMENT_DELIMITER = " … "

MAX_GROUPS = 32  # a query is at most this many words; the rest is ignored
MAX_ALTERNATIVES = 12
MAX_WORD = 60  # longer "words" are not kept in the vocabulary
SUGGEST_BELOW = 3  # suggest a spelling when a query gives fewer results than this
MAX_PER_PAGE = 200
INDEX_BATCH = 500
# Relevance: up to this many matches every match is ranked on its full text. Above it, the
# matches are ranked on their short texts first and the best RERANK of those on full text.
EXACT_RANK_LIMIT = 2000
RERANK = 500

_TABLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")
_PARAMETER = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


def today_in_netherlands() -> dt.date:
    return dt.datetime.now(NL).date()


class _TimedOut(Exception):
    pass


class PostgresBackend:
    name = "postgres"

    def __init__(self, engine: sa.Engine, table: str = "search_documents"):
        if not _TABLE_NAME.match(table):
            raise ValueError(f"ongeldige tabelnaam {table!r}")
        self.engine = engine
        self.table = table
        self._t = f'"{table}"'
        self._vocab = f'"{table}_vocab"'
        self._ready = False

    # ------------------------------------------------------------------ schema

    def _ensure(self) -> None:
        if self._ready:
            return
        t, table = self._t, self.table
        list_columns = "".join(f"    {field} text[] NOT NULL DEFAULT '{{}}',\n" for field in LIST_FIELDS)
        create = [
            f"""CREATE TABLE IF NOT EXISTS {t} (
    id text PRIMARY KEY,
    version integer NOT NULL,
    owner_id integer,
    owner_code text NOT NULL DEFAULT '',
    owner_name text NOT NULL DEFAULT '',
    status text NOT NULL,
    public_visible boolean NOT NULL DEFAULT false,
    publish_from date,
    publish_to date,
    updated_at timestamptz,
    name text NOT NULL DEFAULT '',
    name_sort text NOT NULL DEFAULT '',
    keywords text[] NOT NULL DEFAULT '{{}}',
    summary text NOT NULL DEFAULT '',
    body text NOT NULL DEFAULT '',
    provider_name text NOT NULL DEFAULT '',
    public_title text NOT NULL DEFAULT '',
    public_summary text NOT NULL DEFAULT '',
    public_body text NOT NULL DEFAULT '',
{list_columns}    narrowed boolean NOT NULL DEFAULT false,
    facet_terms text[] NOT NULL DEFAULT '{{}}',
    internal_words text[] NOT NULL DEFAULT '{{}}',
    public_words text[] NOT NULL DEFAULT '{{}}',
    internal_tsv tsvector NOT NULL,
    public_tsv tsvector NOT NULL,
    internal_head_tsv tsvector NOT NULL,
    public_head_tsv tsvector NOT NULL
) WITH (toast_tuple_target = 256)""",
            # Columns read for every match stay inside the row (sort keys never leave it, or
            # each comparison would fetch them from TOAST); long texts and the full tsvectors
            # are moved out first, and already from a row of 256 bytes on (toast_tuple_target),
            # so the rows that counting and browsing scan stay narrow: at 20,000 documents a
            # scan of the visible rows took 40-55 ms with the texts inline.
            f"ALTER TABLE {t} "
            + ", ".join(
                [
                    *(f"ALTER COLUMN {c} SET STORAGE PLAIN" for c in ("id", "status", "name_sort")),
                    *(f"ALTER COLUMN {c} SET STORAGE MAIN" for c in (*LIST_FIELDS, "facet_terms")),
                ]
            ),
            f"CREATE TABLE IF NOT EXISTS {self._vocab} (word text PRIMARY KEY, length integer NOT NULL)",
            f'CREATE INDEX IF NOT EXISTS "{table}_vocab_length" ON {self._vocab} (length)',
            f'CREATE INDEX IF NOT EXISTS "{table}_internal_tsv" ON {t} USING gin (internal_tsv)',
            f'CREATE INDEX IF NOT EXISTS "{table}_public_tsv" ON {t} USING gin (public_tsv)',
            f'CREATE INDEX IF NOT EXISTS "{table}_owner" ON {t} (owner_id)',
            f'CREATE INDEX IF NOT EXISTS "{table}_name_sort" ON {t} (name_sort)',
            f'CREATE INDEX IF NOT EXISTS "{table}_updated" ON {t} (updated_at)',
            *(f'CREATE INDEX IF NOT EXISTS "{table}_{field}" ON {t} USING gin ({field})' for field in LIST_FIELDS),
            f"COMMENT ON TABLE {t} IS '{SCHEMA_VERSION}'",  # last: marks the table complete
        ]
        layout = text("SELECT obj_description(to_regclass(:t), 'pg_class')")
        with self.engine.begin() as conn:
            if conn.execute(layout, {"t": t}).scalar() == SCHEMA_VERSION:
                self._ready = True
                return
            # Two processes creating the same table at once would collide on the catalog.
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": f"search-index:{table}"})
            if conn.execute(layout, {"t": t}).scalar() != SCHEMA_VERSION:
                # Missing, or an index of another layout: it is only a cache, so start afresh
                # (the caller's consistency check then sees every document missing and rebuilds).
                conn.execute(text(f"DROP TABLE IF EXISTS {t}, {self._vocab}"))
                for statement in create:
                    conn.execute(text(statement))
        self._ready = True

    # ---------------------------------------------------------------- indexing

    def bulk(self, documents: Iterable[dict], expected: int = 0) -> int:
        """Batches of BULK_BATCH rows, each one multi-row insert (the server does the work)."""
        count = 0
        batch: list[dict] = []
        for document in documents:
            batch.append(document)
            if len(batch) == BULK_BATCH:
                self.index(batch)
                count, batch = count + len(batch), []
        self.index(batch)
        # Fresh statistics, as after any bulk load: without them the planner guesses
        # (no parallel scan for counting, the wrong index first) until autovacuum comes by.
        with self.engine.begin() as conn:
            conn.execute(text(f"ANALYZE {self._t}"))
        return count + len(batch)

    def index(self, documents: list[dict]) -> None:
        if not documents:
            return
        self._ensure()
        rows = list({str(d["id"]): self._row(d) for d in documents}.values())  # same id twice: last wins
        columns = [
            "id", "version", "owner_id", "owner_code", "owner_name", "status", "public_visible",
            "publish_from", "publish_to", "updated_at", "name", "name_sort", "keywords", "summary",
            "body", "provider_name", "public_title", "public_summary", "public_body", *LIST_FIELDS,
            "narrowed", "facet_terms", "internal_words", "public_words",
        ]  # fmt: skip

        def vector(parts) -> str:
            return " || ".join(f"setweight(to_tsvector('dutch', :x_{key}), '{weight}')" for key, weight in parts)

        vectors = {
            "internal_tsv": vector([*INTERNAL_HEAD, ("body", "D"), ("public_all", "D")]),
            "public_tsv": vector([*PUBLIC_HEAD, ("public_body", "C")]),
            "internal_head_tsv": vector(INTERNAL_HEAD),
            "public_head_tsv": vector(PUBLIC_HEAD),
        }
        values = ", ".join([*(f":{c}" for c in columns), *vectors.values()])
        updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in [*columns[1:], *vectors])
        arrays = (*LIST_FIELDS, "keywords", "facet_terms", "internal_words", "public_words")
        statement = text(
            f"INSERT INTO {self._t} ({', '.join([*columns, *vectors])}) VALUES ({values}) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}"
        ).bindparams(
            *(bindparam(field, type_=ARRAY(sa.Text)) for field in arrays),
            bindparam("publish_from", type_=sa.Date),
            bindparam("publish_to", type_=sa.Date),
            bindparam("updated_at", type_=sa.DateTime(timezone=True)),
        )
        vocab_statement = text(
            f"INSERT INTO {self._vocab} (word, length) SELECT w, length(w) FROM unnest(:words) AS w "
            "ON CONFLICT (word) DO NOTHING"
        ).bindparams(bindparam("words", type_=ARRAY(sa.Text)))
        with self.engine.begin() as conn:
            for start in range(0, len(rows), INDEX_BATCH):
                batch = rows[start : start + INDEX_BATCH]
                conn.execute(statement, batch)
                words = sorted({word for row in batch for word in row["internal_words"]})
                conn.execute(vocab_statement, {"words": words})

    @staticmethod
    def _row(document: dict) -> dict:
        def txt(key: str) -> str:
            return str(document.get(key) or "").replace("\x00", "")  # PostgreSQL text has no NUL

        def lst(key: str) -> list[str]:
            return list(dict.fromkeys(str(v).replace("\x00", "") for v in (document.get(key) or [])))

        keywords = lst("keywords")
        texts = {key: txt(key) for key in ("name", "summary", "body", "provider_name", *PUBLIC_TEXTS)}
        texts["keywords"] = "\n".join(keywords)
        texts["public_all"] = "\n".join(texts[key] for key in PUBLIC_TEXTS)
        internal_text = "\n".join(texts[key] for key in ("name", "keywords", "summary", "provider_name", "body"))
        row = {
            "id": str(document["id"]),
            "version": int(document.get("version") or 0),
            "owner_id": document.get("owner_id"),
            "owner_code": txt("owner_code"),
            "owner_name": txt("owner_name"),
            "status": txt("status"),
            "public_visible": bool(document.get("public_visible")),
            "publish_from": _as_date(document.get("publish_from")),
            "publish_to": _as_date(document.get("publish_to")),
            "updated_at": _as_datetime(document.get("updated_at")),
            "name": texts["name"],
            "name_sort": analysis.fold(texts["name"]).strip(),
            "keywords": keywords,
            "summary": texts["summary"],
            "body": texts["body"],
            "provider_name": texts["provider_name"],
            "public_title": texts["public_title"],
            "public_summary": texts["public_summary"],
            "public_body": texts["public_body"],
            "narrowed": bool(document.get("narrowed")),
            "internal_words": _words(internal_text + "\n" + texts["public_all"]),
            "public_words": _words(texts["public_all"]),
        }
        for field in LIST_FIELDS:
            row[field] = lst(field)
        row["facet_terms"] = [f"{key}:{value}" for key, field in FACETS.items() for value in row[field]]
        for key in ("name", "keywords", "summary", "provider_name", "body", *PUBLIC_TEXTS, "public_all"):
            row[f"x_{key}"] = _prepare(texts[key])
        return row

    def remove(self, ids: list[str]) -> None:
        if not ids:
            return
        self._ensure()
        statement = text(f"DELETE FROM {self._t} WHERE id = ANY(:ids)").bindparams(
            bindparam("ids", type_=ARRAY(sa.Text))
        )
        with self.engine.begin() as conn:
            conn.execute(statement, {"ids": [str(i) for i in ids]})

    def versions(self) -> dict[str, int]:
        self._ensure()
        with self.engine.connect() as conn:
            return {row.id: row.version for row in conn.execute(text(f"SELECT id, version FROM {self._t}"))}

    def doc_count(self) -> int:
        self._ensure()
        with self.engine.connect() as conn:
            return conn.execute(text(f"SELECT count(*) FROM {self._t}")).scalar_one()

    def clear(self) -> None:
        self._ensure()
        with self.engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {self._t}, {self._vocab}"))

    # ------------------------------------------------------------------ search

    def search(self, request: SearchRequest) -> SearchResult:
        deadline = time.monotonic() + max(float(request.time_limit or 0), 0.0)
        self._ensure()
        viewer = request.viewer
        today = request.today or today_in_netherlands()
        q = _Query(self, viewer, today)

        if request.gemeente is not None:
            gemeente = request.gemeente
            q.param("serving", sorted(int(i) for i in gemeente.serving_owner_ids), ARRAY(sa.Integer))
            q.param("areas", [gemeente.code, gemeente.region_code], ARRAY(sa.Text))
            q.conditions.append("owner_id = ANY(:serving) AND (NOT narrowed OR narrow_areas && :areas)")

        for key, field in FACETS.items():
            values = (request.filters or {}).get(key)
            if values:
                q.param(f"f_{key}", sorted(str(v) for v in values), ARRAY(sa.Text))
                q.filters[key] = f"{field} && :f_{key}"

        groups = analysis.query_groups(request.text or "")[:MAX_GROUPS]
        sort = request.sort if request.sort in SORTS else "relevance"
        per_page = min(max(int(request.per_page or 1), 1), MAX_PER_PAGE)
        page = max(int(request.page or 1), 1)
        result = SearchResult(total=0, hits=[], facets={})

        try:
            with self.engine.connect() as conn:
                if groups:
                    query = self._tsquery(groups, q)
                    # Only words the dictionary drops (stopwords): treat it as an empty query.
                    if self._run(conn, deadline, f"SELECT numnode({query})", q).scalar():
                        q.query = query
                        q.conditions.append(f"{q.tsv} @@ {query}")
                        # With words, the text index must lead: a facet's GIN index (say all
                        # gemeenten' instruments) would make PostgreSQL test the words on
                        # thousands of full tsvectors instead (120 ms for 342 hits at 20,000).
                        # An expression over the column cannot use that index.
                        q.filters = {key: f"({FACETS[key]} || ARRAY[]::text[]) && :f_{key}" for key in q.filters}
                if request.facets:
                    result.total, result.facets = self._counts(conn, deadline, q)
                else:
                    result.total = self._run(
                        conn, deadline, f"SELECT count(*) FROM {self._t} WHERE {q.where()}", q
                    ).scalar()
                if result.total:
                    result.hits = self._hits(conn, deadline, q, sort, page, per_page, result.total)
                if groups and result.total < SUGGEST_BELOW:
                    result.suggestion = self._suggest(conn, deadline, request.text, viewer, today)
        except _TimedOut:
            result.timed_out = True
        return result

    def _run(self, conn, deadline: float, sql: str, q: _Query | None = None, extra: dict | None = None):
        """Run one statement in its own transaction, limited to the time that is left."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _TimedOut
        params = {**(q.params if q else {}), **(extra or {})}
        types = q.types if q else {}
        wanted = set(_PARAMETER.findall(sql))  # declare types only of parameters this statement uses
        statement = text(sql).bindparams(*(bindparam(k, type_=types[k]) for k in wanted if k in types))
        try:
            with conn.begin():
                settings = {"timeout": f"{max(1, math.ceil(remaining * 1000))}ms"}
                # JIT compiling costs more than these short statements take.
                sql_settings = "set_config('statement_timeout', :timeout, true), set_config('jit', 'off', true)"
                if q is not None and (q.query is not None or q.needs_index):
                    # Text matches are found through the GIN index; a sequential scan would
                    # unpack every (large) tsvector, which is many times slower.
                    sql_settings += ", set_config('enable_seqscan', 'off', true)"
                conn.execute(text(f"SELECT {sql_settings}"), settings)
                result = conn.execute(statement, {k: v for k, v in params.items() if k in wanted})
                return _Buffered(result)
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == "57014":  # query_canceled: the time is up
                raise _TimedOut from exc
            raise

    def _visibility(self, viewer: Viewer, today: dt.date, q: _Query) -> str:
        q.param("today", today, sa.Date)
        window = (
            "status = 'published' AND (publish_from IS NULL OR publish_from <= :today) "
            "AND (publish_to IS NULL OR publish_to >= :today)"
        )
        if viewer.kind == "public":
            return f"({window} AND public_visible)"
        if viewer.editor_owner_ids:
            q.param("editor_owners", sorted(int(i) for i in viewer.editor_owner_ids), ARRAY(sa.Integer))
            return f"(({window}) OR owner_id = ANY(:editor_owners))"
        return f"({window})"

    @staticmethod
    def _tsquery(groups: list[list[str]], q: _Query) -> str:
        """A tsquery expression of bound parameters: OR within a group, AND between groups."""
        parts = []
        for group in groups:
            alternatives = []
            words = {a for a in group if " " not in a.strip()}
            for alternative in group[:MAX_ALTERNATIVES]:
                if " " in alternative.strip() and words & set(alternative.split()):
                    continue  # "jongeren tot 27" next to "jongeren": it finds nothing more
                name = q.param(f"q{len(q.params)}", alternative)
                function = "plainto_tsquery"  # all words of a multi-word alternative, as in Whoosh
                alternatives.append(f"{function}('dutch', CAST(:{name} AS text))")
            parts.append("(" + " || ".join(alternatives) + ")")
        return "(" + " && ".join(parts) + ")"

    def _counts(self, conn, deadline, q: _Query) -> tuple[int, dict[str, dict[str, int]]]:
        """Total and facet counts in one pass. A term of facet F counts in a row that passes
        every active filter except F's own; the pseudo-term '#' counts rows passing all."""
        # A row that fails two or more filters counts nowhere; one that fails only F's
        # filter counts only F's terms (what F's counts would be without F's own filter).
        # So rows are sorted out before their terms are unnested, and per term there is at
        # most one prefix test. unnest in the select list (a ProjectSet) rather than a
        # lateral join: cheaper, and PostgreSQL may split the scan over a worker.
        if q.filters:
            fails = " + ".join(f"(NOT ({condition}))::int" for condition in q.filters.values())
            which = " ".join(f"WHEN NOT ({condition}) THEN '{key}:'" for key, condition in q.filters.items())
            rows = f"""SELECT facet_terms, {fails} AS fails, CASE {which} END AS failed
                       FROM {self._t} WHERE {q.where(filters=False)}"""
            sql = f"""
                SELECT term, count(*) AS n
                FROM (SELECT unnest(array_append(facet_terms, '#')) AS term, failed
                      FROM ({rows}) AS r WHERE fails <= 1) AS m
                WHERE failed IS NULL OR starts_with(term, failed)
                GROUP BY term"""
        else:
            sql = f"""
                SELECT term, count(*) AS n
                FROM (SELECT unnest(array_append(facet_terms, '#')) AS term
                      FROM {self._t} WHERE {q.where(filters=False)}) AS m
                GROUP BY term"""
        total = 0
        facets: dict[str, dict[str, int]] = {key: {} for key in FACETS}
        for row in self._run(conn, deadline, sql, q):
            if row.term == "#":
                total = int(row.n)
                continue
            key, _, value = row.term.partition(":")
            if key in facets:
                facets[key][value] = int(row.n)
        return total, facets

    def _hits(self, conn, deadline, q: _Query, sort: str, page: int, per_page: int, total: int) -> list[Hit]:
        public = q.viewer.kind == "public"
        query = q.query

        def rank(tsv: str) -> str:
            return f"ts_rank('{RANK_WEIGHTS}', {tsv}, {query})" if query is not None else "0::real"

        full_rank = rank(q.tsv)
        extra = {"limit": per_page, "offset": (page - 1) * per_page}
        if sort == "relevance" and query is not None and total > EXACT_RANK_LIMIT:
            # Very many matches: rank all on their short texts (ts_rank, many times cheaper
            # than ts_rank_cd for queries with many alternatives), the best RERANK on full text.
            head_rank = f"ts_rank('{RANK_WEIGHTS}', {q.head_tsv}, {query})"
            extra["rerank"] = RERANK
            ordered = f"""
                WITH m AS (
                    SELECT id, name_sort, row_number() OVER (ORDER BY {head_rank} DESC, name_sort, id) AS head_pos
                    FROM {self._t} WHERE {q.where()}
                ), c AS (
                    SELECT m.id, 0 AS tier, ({full_rank})::float8 AS r, m.name_sort
                    FROM m JOIN {self._t} USING (id) WHERE m.head_pos <= :rerank
                    UNION ALL
                    SELECT id, 1, (-head_pos)::float8, name_sort FROM m WHERE head_pos > :rerank
                )
                SELECT id, row_number() OVER (ORDER BY tier, r DESC, name_sort, id) AS pos FROM c
                ORDER BY pos LIMIT :limit OFFSET :offset"""
        else:
            # ORDER BY ... LIMIT lets PostgreSQL keep only the page (a top-N sort, or the
            # name_sort index); a row number over all matches sorted every one of them.
            columns, key = {
                "relevance": (f"({full_rank})::float8 AS k", "k DESC, name_sort, id"),
                "name": ("0 AS k", "name_sort, id"),
                "updated": ("updated_at AS k", "k DESC NULLS LAST, name_sort, id"),
            }[sort if query is not None or sort != "relevance" else "name"]
            ordered = f"""
                SELECT id, row_number() OVER (ORDER BY {key}) AS pos
                FROM (SELECT id, name_sort, {columns} FROM {self._t} WHERE {q.where()}
                      ORDER BY {key} LIMIT :limit OFFSET :offset) AS page"""
        fields = PUBLIC_TEXTS[1:] if public else ("summary", "body", *PUBLIC_TEXTS[1:])
        source = "concat_ws(E'\\n', " + ", ".join(f"NULLIF(t.{f}, '')" for f in fields) + ")"
        rows = self._run(
            conn,
            deadline,
            f"""SELECT p.id, {full_rank} AS score, {source} AS source
                FROM ({ordered}) AS p JOIN {self._t} AS t ON t.id = p.id ORDER BY p.pos""",
            q,
            extra,
        ).all()
        snippets = self._snippets(conn, deadline, [row.source for row in rows], q)
        return [
            Hit(id=row.id, score=float(row.score or 0.0), snippet=snippet)
            for row, snippet in zip(rows, snippets, strict=True)
        ]

    def _snippets(self, conn, deadline, sources: list[str], q: _Query) -> list[str]:
        escaped = [html.escape(source or "") for source in sources]
        if q.query is None or not sources:
            return [_lead(source) for source in escaped]
        # Headlines are made on accent-stripped text (the index is folded), then mapped back
        # onto the escaped original, which has the same length character by character.
        stripped = [_strip_accents(source) for source in escaped]
        q.types["sources"] = ARRAY(sa.Text)
        rows = self._run(
            conn,
            deadline,
            f"""SELECT x.i, ts_headline('dutch', x.s, {q.query}, '{HEADLINE_OPTIONS}') AS headline
                FROM unnest(:sources) WITH ORDINALITY AS x(s, i) ORDER BY x.i""",
            q,
            {"sources": stripped},
        ).all()
        return [
            _restore(row.headline, plain, original)
            for row, plain, original in zip(rows, stripped, escaped, strict=True)
        ]

    # ------------------------------------------------------------- suggestions

    def _suggest(self, conn, deadline, query_text: str, viewer: Viewer, today: dt.date) -> str | None:
        words = list(dict.fromkeys(analysis.tokens(query_text)))[:MAX_GROUPS]
        considered = [w for w in words if 4 <= len(w) <= MAX_WORD and not w.isdigit() and w not in analysis.STOPWORDS]
        if not considered:
            return None
        # A word that finds something visible ("jongere" for "jongeren") needs no correction.
        known = self._visible_words(conn, deadline, considered, viewer, today, exact=False)
        unknown = [w for w in considered if w not in known]
        if not unknown:
            return None
        shortlist: set[str] = set()
        statement = (
            f"SELECT word FROM {self._vocab} WHERE length BETWEEN :low AND :high "
            "AND (left(word, 2) = left(:w, 2) OR right(word, 3) = right(:w, 3))"
        )
        for word in unknown:
            bounds = {"low": math.ceil(len(word) / 1.5), "high": math.floor(len(word) * 1.5), "w": word}
            candidates = [row.word for row in self._run(conn, deadline, statement, extra=bounds)]
            shortlist.update(difflib.get_close_matches(word, candidates, n=10, cutoff=0.8))
        vocabulary = known | self._visible_words(conn, deadline, sorted(shortlist), viewer, today, exact=True)
        return analysis.suggest(query_text, vocabulary)

    def _visible_words(self, conn, deadline, words: list[str], viewer: Viewer, today: dt.date, exact: bool) -> set[str]:
        """The words a document this viewer may search contains (``exact``), or matches."""
        if not words:
            return set()
        q = _Query(self, viewer, today)
        q.needs_index = True
        q.param("words", words, ARRAY(sa.Text))
        match = f"{q.tsv} @@ plainto_tsquery('dutch', w)"  # found through the GIN index
        if exact:
            match += f" AND {'public_words' if viewer.kind == 'public' else 'internal_words'} @> ARRAY[w]"
        sql = f"SELECT w FROM unnest(:words) AS w WHERE EXISTS (SELECT 1 FROM {self._t} WHERE {match} AND {q.where()})"
        if not exact:  # words the dictionary ignores ("zonder") are not misspelled either
            sql += " OR numnode(plainto_tsquery('dutch', w)) = 0"
        return {row.w for row in self._run(conn, deadline, sql, q)}

    # ----------------------------------------------------------------- similar

    def similar(self, document_id: str, viewer: Viewer, limit: int = 5) -> list[Hit]:
        """Visible documents sharing the most tiles (3 points each), target groups and client
        characteristics (2 each), plus 10 × the text rank of the source's name and keywords
        (public viewers: its public title) against their short texts."""
        self._ensure()
        deadline = time.monotonic() + DEFAULT_TIME_LIMIT
        q = _Query(self, viewer, today_in_netherlands())
        public = viewer.kind == "public"
        q.param("source_id", str(document_id))
        try:
            with self.engine.connect() as conn:
                source = self._run(
                    conn,
                    deadline,
                    f"SELECT facet_terms, name, keywords, public_title FROM {self._t} "
                    f"WHERE id = :source_id AND {q.where()}",
                    q,
                ).first()
                if source is None:  # unknown, or not visible to this viewer: nothing to compare with
                    return []
                shared = [term for term in source.facet_terms if term.partition(":")[0] in SIMILAR_FACETS]
                q.param("shared", shared, ARRAY(sa.Text))
                points = " ".join(f"WHEN '{key}' THEN {weight}" for key, weight in SIMILAR_FACETS.items())
                score = (
                    f"(SELECT coalesce(sum(CASE split_part(x, ':', 1) {points} ELSE 0 END), 0) "
                    "FROM unnest(facet_terms) AS x WHERE x = ANY(:shared))"
                )
                candidates = "facet_terms && :shared"
                source_text = source.public_title if public else "\n".join([source.name, *source.keywords])
                words = [w for w in dict.fromkeys(analysis.tokens(source_text)) if w not in analysis.STOPWORDS]
                if words:
                    query = " || ".join(
                        f"plainto_tsquery('dutch', CAST(:{q.param(f'w{i}', w)} AS text))"
                        for i, w in enumerate(words[:MAX_ALTERNATIVES])
                    )
                    matches = f"{q.head_tsv} @@ ({query})"
                    text_rank = f"ts_rank_cd('{RANK_WEIGHTS}', {q.head_tsv}, ({query}))"
                    score += f" + CASE WHEN {matches} THEN 10 * {text_rank} ELSE 0 END"  # only rank what matches
                    candidates += f" OR {matches}"
                summary = "public_summary" if public else "summary"
                rows = self._run(
                    conn,
                    deadline,
                    f"SELECT id, ({score})::float8 AS score, {summary} AS summary FROM {self._t} "
                    f"WHERE ({candidates}) AND id <> :source_id AND {q.where()} "
                    "ORDER BY score DESC, name_sort, id LIMIT :limit",
                    q,
                    {"limit": max(int(limit), 0)},
                ).all()
        except _TimedOut:
            return []
        return [
            Hit(id=row.id, score=float(row.score), snippet=_lead(html.escape(row.summary or "")))
            for row in rows
            if row.score > 0
        ]


# ---------------------------------------------------------------------- helpers


class _Query:
    """The parts of one search: bound parameters with their types, and SQL conditions."""

    def __init__(self, backend: PostgresBackend, viewer: Viewer, today: dt.date):
        self.viewer = viewer
        self.params: dict = {}
        self.types: dict = {}
        self.query: str | None = None  # tsquery expression, when there is text to match
        self.needs_index = False  # matches text through the GIN index (see ``_run``)
        public = viewer.kind == "public"
        self.tsv = "public_tsv" if public else "internal_tsv"
        self.head_tsv = "public_head_tsv" if public else "internal_head_tsv"
        self.filters: dict[str, str] = {}  # facet key → condition
        self.conditions: list[str] = [backend._visibility(viewer, today, self)]

    def param(self, name: str, value, type_=None) -> str:
        self.params[name] = value
        if type_ is not None:
            self.types[name] = type_
        return name

    def where(self, filters: bool = True) -> str:
        return " AND ".join([*self.conditions, *(self.filters.values() if filters else ())])


class _Buffered:
    """A fully fetched result, so the transaction can end before the rows are used."""

    def __init__(self, result):
        self._rows = result.all() if result.returns_rows else []

    def all(self):
        return list(self._rows)

    def first(self):
        return self._rows[0] if self._rows else None

    def scalar(self):
        return self._rows[0][0] if self._rows else None

    def __iter__(self):
        return iter(self._rows)


def _prepare(value: str) -> str:
    """Text as it goes into a tsvector: folded, with compound parts added."""
    return analysis.fold(analysis.with_compound_parts(value)) if value else ""


def _words(value: str) -> list[str]:
    return sorted({w for w in analysis.tokens(value) if len(w) <= MAX_WORD})


def _as_date(value) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _as_datetime(value) -> dt.datetime | None:
    if not value:
        return None
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _strip_accents(value: str) -> str:
    """Accents removed character by character, so positions stay the same ('ë' → 'e')."""
    out = []
    for char in value:
        if char.isascii():
            out.append(char)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        out.append(base if len(base) == 1 else char)
    return "".join(out)


_MARKUP = re.compile("(<mark>|</mark>|" + re.escape(FRAGMENT_DELIMITER) + ")")


def _restore(headline: str, stripped: str, original: str) -> str:
    """Put the original (accented) characters back into a headline made on stripped text."""
    if stripped == original:
        return headline
    out = []
    position = 0
    for piece in _MARKUP.split(headline):
        if not piece:
            continue
        if _MARKUP.fullmatch(piece):
            out.append(piece)
            continue
        found = stripped.find(piece, position)
        if found < 0:
            return headline  # unexpected; the stripped headline is escaped and fine too
        out.append(original[found : found + len(piece)])
        position = found + len(piece)
    return "".join(out)


def _lead(escaped: str, words: int = 30) -> str:
    parts = escaped.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
