"""Speed of the search backends at scale, side by side in one run.

    python -m bench.search_bench --sizes 20000,50000 --out bench/results/search-YYYYMMDD.md

For every size and every backend (each in its own child process, so memory figures belong
to one backend only):

1. the portal is created on a fresh database (SQLite for Whoosh, a scratch PostgreSQL
   database for the PostgreSQL backend, which lives in the portal's database), its search
   backend is taken from ``search.service.get_backend`` and the indexer's first turn runs;
2. ``bench.synthetic.generate(size, seed)`` makes the documents; they are bulk-indexed with
   ``backend.bulk`` as ``search rebuild`` does (documents per second), then three batches
   of ``--batch`` go through ``backend.index`` on the full index, as the indexer would;
3. the query mix of ``bench.queries`` runs once to warm up and then ``--rounds`` times,
   every search timed (p50 / p95 / max over all of them, and per query);
4. save-to-findable: ``--saves`` instruments are created and published through the portal's
   actions and committed, with the indexer thread running as in a gunicorn worker; the
   clock runs from the commit until ``backend.search`` finds the new instrument. The same is
   measured directly (``backend.index([document])`` until findable) for comparison;
5. memory: the process's resident memory at each step and its peak (``getrusage``); for
   PostgreSQL also the server processes serving the benchmark database.

The result is a Markdown file with a table per size (marked against the targets of the
search issue) and the raw numbers as JSON next to it. A backend that cannot run is
reported with the reason.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import json
import os
import random
import resource
import shutil
import statistics
import string
import subprocess  # noqa: S404 - runs this module itself as a worker
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.backends import (
    BACKENDS,
    ScratchDatabase,
    Unavailable,
    backend_class,
    directory_mib,
    initialise,
    machine_info,
    make_app,
    peak_rss_mib,
    postgres_connection_memory,
    rss_mib,
)

HERE = Path(__file__).resolve().parent
TARGETS = {
    "p95_ms": {20000: 100.0, 50000: 200.0},
    "max_ms": 1000.0,
    "docs_per_second": 300.0,
    "save_to_findable_s": 2.0,
}
SAVE_OWNER = "GM0281"  # the demo's Tiel: an organisation every fresh portal has
FINDABLE_TIMEOUT = 30.0


def _children_cpu() -> float:
    """CPU seconds of finished child processes (Whoosh's bulk writer uses some)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank), as load-test tools report it."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def _token(rng: random.Random) -> str:
    """A word no document contains, so the search for it finds exactly the new instrument."""
    return "meetwoord" + "".join(rng.choice(string.ascii_lowercase) for _ in range(8))


# -- the worker: one backend, one size ---------------------------------------------------


class Worker:
    def __init__(self, kind: str, size: int, seed: int, rounds: int, saves: int, batch: int):
        self.kind, self.size, self.seed, self.rounds, self.saves, self.batch = kind, size, seed, rounds, saves, batch
        self.result: dict = {"backend": kind, "size": size, "seed": seed, "rounds": rounds, "batch": batch}
        self.workdir = Path(tempfile.mkdtemp(prefix=f"bench-{kind}-{size}-"))
        self.scratch: ScratchDatabase | None = None
        self.engine = None
        self.app = None
        self.service = None
        self.backend = None
        self.rng = random.Random(f"saves-{seed}-{size}")  # noqa: S311 - benchmark data

    def run(self) -> dict:
        try:
            backend_class(self.kind)
            self.open()
            self.result["available"] = True
            self.measure()
        except Unavailable as exc:
            self.result.update(available=False, reason=str(exc))
        except Exception as exc:  # noqa: BLE001 - a failing backend is a finding, reported with what was measured
            import traceback

            self.result.update(
                available=False,
                reason=f"fout tijdens de meting: {type(exc).__name__}: {exc}",
                traceback=traceback.format_exc().splitlines()[-12:],
            )
        finally:
            self.close()
        return self.result

    # -- opening and closing -------------------------------------------------------------

    def open(self) -> None:
        memory = self.result.setdefault("memory_mib", {})
        memory["start"] = round(rss_mib(), 1)
        if self.kind == "postgres":
            self.scratch = ScratchDatabase.create("bench_search")
            database_url = self.scratch.url
        else:
            database_url = f"sqlite:///{self.workdir / 'portal.sqlite'}"
        try:
            from search import service
        except ImportError as exc:
            self.result["app"] = f"search.service ontbreekt ({exc})"
            self.backend = self._direct_backend(database_url)
            return
        self.service = service
        self.app = make_app(
            database_url, self.workdir, SEARCH_BACKEND=self.kind, SEARCH_INDEX_DIR=str(self.workdir / "index")
        )
        initialise(self.app)
        from portal.extensions import db

        with self.app.app_context():
            self.backend = service.get_backend(self.app)
            service.process_outbox(self.app)  # the indexer's first turn: a new index is filled from the database
            # That turn took the indexer lease for this (main) thread; hand it back, or the indexer
            # thread started later would wait for it to expire (LEASE_SECONDS) before its first turn.
            release = getattr(service, "release_lease", None)
            if release:
                release()
            db.session.remove()
        self.result["app"] = "portal met search.service.get_backend"
        memory["app_ready"] = round(rss_mib(), 1)

    def _direct_backend(self, database_url: str):
        cls = backend_class(self.kind)
        if self.kind == "whoosh":
            return cls(self.workdir / "index")
        from sqlalchemy import create_engine

        self.engine = create_engine(database_url)
        return cls(self.engine)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            if self.service is not None:
                self.service.forget_backends()
            elif self.backend is not None and hasattr(self.backend, "close"):
                self.backend.close()
        if self.app is not None:
            from portal.extensions import db

            with contextlib.suppress(Exception), self.app.app_context():
                db.session.remove()
                db.engine.dispose()
        if self.engine is not None:
            self.engine.dispose()
        if self.scratch is not None:
            with contextlib.suppress(Exception):
                self.scratch.drop()
        shutil.rmtree(self.workdir, ignore_errors=True)

    def _engine(self):
        if self.engine is not None:
            return self.engine
        from portal.extensions import db

        with self.app.app_context():
            return db.engine

    # -- measuring -----------------------------------------------------------------------

    def measure(self) -> None:
        from bench.synthetic import generate

        memory = self.result["memory_mib"]
        self.result["load_average_start"] = [round(x, 2) for x in os.getloadavg()]
        size_before = self._index_size()
        started = time.perf_counter()
        documents = generate(self.size, self.seed)
        self.result["generate_seconds"] = round(time.perf_counter() - started, 2)
        memory["documents_generated"] = round(rss_mib(), 1)
        spare = [dict(d) for d in documents[:: max(1, self.size // 50)][: self.saves]]

        # Bulk indexing is what ``search rebuild`` does: ``backend.bulk`` over the stream.
        cpu_started = time.process_time()
        children_cpu = _children_cpu()
        started = time.perf_counter()
        self.backend.bulk(iter(documents), expected=len(documents))
        seconds = time.perf_counter() - started
        # Then what the indexer does with a burst of changes: ``index`` in batches, on the
        # full index (replacing the first documents with themselves).
        batch_seconds = []
        for start in range(0, min(len(documents), 3 * self.batch), self.batch):
            t0 = time.perf_counter()
            self.backend.index(documents[start : start + self.batch])
            batch_seconds.append(time.perf_counter() - t0)
        self.result["indexing"] = {
            "documents": len(documents),
            "seconds": round(seconds, 2),
            "docs_per_second": round(len(documents) / seconds, 1),
            "process_cpu_seconds": round(time.process_time() - cpu_started, 2),
            "children_cpu_seconds": round(_children_cpu() - children_cpu, 2),
            "batch_seconds_median": round(statistics.median(batch_seconds), 3),
            "batch_seconds_max": round(max(batch_seconds), 3),
            "batch_seconds_first": round(batch_seconds[0], 3),
            "batch_seconds_last": round(batch_seconds[-1], 3),
        }
        memory["after_indexing"] = round(rss_mib(), 1)
        memory["peak_after_indexing"] = round(peak_rss_mib(), 1)
        self.result["index_size_mib"] = round(self._index_size() - size_before, 1)
        del documents
        gc.collect()
        memory["after_indexing_documents_freed"] = round(rss_mib(), 1)

        self.measure_queries()
        memory["after_queries"] = round(rss_mib(), 1)
        self.measure_direct_saves(spare)
        self.measure_app_saves()
        memory["peak"] = round(peak_rss_mib(), 1)
        if self.kind == "postgres":
            self.result["postgres_server_memory"] = postgres_connection_memory(self._engine(), self.scratch.name)
        self.result["load_average_end"] = [round(x, 2) for x in os.getloadavg()]

    def _index_size(self) -> float:
        if self.kind == "whoosh":
            directory = self.workdir / "index"
            return directory_mib(directory) if directory.exists() else 0.0
        from sqlalchemy import text

        with self._engine().connect() as connection:
            return connection.execute(text("SELECT pg_database_size(current_database())")).scalar() / 1024 / 1024

    def measure_queries(self) -> None:
        from bench.queries import QUERIES, to_request
        from bench.synthetic import REFERENCE_DATE

        requests = [to_request(spec, self.seed, REFERENCE_DATE) for spec in QUERIES]
        t0 = time.perf_counter()
        self.backend.search(requests[0])
        self.result["first_query_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        warmup = []
        for request in requests:
            t0 = time.perf_counter()
            self.backend.search(request)
            warmup.append((time.perf_counter() - t0) * 1000)
        per_query: dict[str, dict] = {
            spec.name: {"ms": [], "total": None, "timed_out": 0, "suggestion": None} for spec in QUERIES
        }
        all_ms = []
        cpu_started = time.process_time()
        started = time.perf_counter()
        for _round in range(self.rounds):
            for spec, request in zip(QUERIES, requests, strict=True):
                t0 = time.perf_counter()
                found = self.backend.search(request)
                ms = (time.perf_counter() - t0) * 1000
                entry = per_query[spec.name]
                entry["ms"].append(round(ms, 2))
                entry["total"] = found.total
                entry["hits"] = len(found.hits)
                entry["facet_keys"] = len(found.facets)
                entry["timed_out"] += bool(found.timed_out)
                entry["suggestion"] = found.suggestion
                all_ms.append(ms)
        wall = time.perf_counter() - started
        for entry in per_query.values():
            entry["p50_ms"] = round(statistics.median(entry["ms"]), 1)
            entry["max_ms"] = round(max(entry["ms"]), 1)
        self.result["queries"] = {
            "count": len(all_ms),
            "distinct": len(QUERIES),
            "p50_ms": round(percentile(all_ms, 50), 1),
            "p95_ms": round(percentile(all_ms, 95), 1),
            "p99_ms": round(percentile(all_ms, 99), 1),
            "max_ms": round(max(all_ms), 1),
            "mean_ms": round(statistics.fmean(all_ms), 1),
            "over_1s": sum(ms > 1000 for ms in all_ms),
            "timed_out": sum(e["timed_out"] for e in per_query.values()),
            "warmup_p50_ms": round(percentile(warmup, 50), 1),
            "warmup_max_ms": round(max(warmup), 1),
            "queries_per_second_single_thread": round(len(all_ms) / wall, 1),
            "process_cpu_seconds": round(time.process_time() - cpu_started, 2),
            "wall_seconds": round(wall, 2),
            "per_query": per_query,
        }

    def _wait_until_findable(self, token: str, document_id: str, interval: float) -> float | None:
        from search.backend import SearchRequest, Viewer

        request = SearchRequest(text=token, viewer=Viewer("internal"), facets=False, per_page=5)
        started = time.perf_counter()
        while time.perf_counter() - started < FINDABLE_TIMEOUT:
            if any(hit.id == document_id for hit in self.backend.search(request).hits):
                return time.perf_counter() - started
            time.sleep(interval)
        return None

    def measure_direct_saves(self, spare: list[dict]) -> None:
        """``backend.index([document])`` on the full index, then search until it is found."""
        import uuid

        rows = []
        for document in spare:
            token = _token(self.rng)
            document.update(
                id=str(uuid.UUID(int=self.rng.getrandbits(128), version=4)),
                name=f"{document['name']} {token}",
                status="published",
                publish_from=None,
                publish_to=None,
            )
            t0 = time.perf_counter()
            self.backend.index([document])
            index_call = time.perf_counter() - t0
            findable = self._wait_until_findable(token, document["id"], 0.01)
            rows.append(
                {
                    "index_call_s": round(index_call, 3),
                    "findable_after_index_s": None if findable is None else round(findable, 3),
                    "total_s": None if findable is None else round(index_call + findable, 3),
                }
            )
        totals = [r["total_s"] for r in rows if r["total_s"] is not None]
        self.result["direct_save_to_findable"] = {
            "saves": rows,
            "median_s": round(statistics.median(totals), 3) if totals else None,
            "max_s": round(max(totals), 3) if totals else None,
            "not_found": sum(r["total_s"] is None for r in rows),
        }

    def measure_app_saves(self) -> None:
        """Create and publish instruments through the portal; the indexer thread picks them up."""
        if self.service is None:
            reason = "niet gemeten: search.service ontbreekt"
            self.result["app_save_to_findable"] = {"measured": False, "reason": reason}
            return
        from sqlalchemy import select

        from portal.actions.instruments import instrument_create, instrument_transition
        from portal.demo.content import demo_instruments
        from portal.extensions import db
        from portal.models import Organisation

        template = next(
            r
            for r in demo_instruments()
            if r["owner"] == SAVE_OWNER
            and r["status"] == "published"
            and not {"publish_from", "publish_to", "availability"} & set(r)
        )
        started_threads = self._indexer_threads()
        thread = None
        if not started_threads:
            thread = self.service.IndexerThread(self.app)
            thread.start()
        interval = getattr(thread or started_threads[0], "interval", None)
        rows = []
        try:
            for _ in range(self.saves):
                token = _token(self.rng)
                payload = {k: v for k, v in template.items() if k not in {"owner", "status"}}
                payload["name"] = f"{template['name']} {token}"
                with self.app.app_context():
                    owner = db.session.scalar(select(Organisation).where(Organisation.code == SAVE_OWNER))
                    t0 = time.perf_counter()
                    instrument = instrument_create(None, owner, payload)
                    instrument_transition(None, instrument, "published")
                    db.session.commit()
                    committed = time.perf_counter()
                    instrument_id = str(instrument.id)
                    db.session.remove()
                findable = self._wait_until_findable(token, instrument_id, 0.02)
                rows.append(
                    {
                        "save_and_commit_s": round(committed - t0, 3),
                        "commit_to_findable_s": None if findable is None else round(findable, 3),
                    }
                )
                time.sleep(self.rng.uniform(0, 0.5))  # saves do not arrive in step with the indexer's turns
        finally:
            if thread is not None:
                thread.stop()
                thread.join(timeout=30)
        found = [r["commit_to_findable_s"] for r in rows if r["commit_to_findable_s"] is not None]
        self.result["app_save_to_findable"] = {
            "measured": True,
            "indexer_interval_s": interval,
            "indexer_thread": "van de app" if started_threads else "door de bench gestart (IndexerThread)",
            "saves": rows,
            "median_s": round(statistics.median(found), 3) if found else None,
            "max_s": round(max(found), 3) if found else None,
            "not_found": len(rows) - len(found),
        }

    @staticmethod
    def _indexer_threads() -> list:
        return [t for t in threading.enumerate() if t.name == "zoekindexeerder" and t.is_alive()]


# -- the parent: every size × backend, then the report -----------------------------------


def run_worker(kind: str, size: int, args) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        out = Path(handle.name)
    command = [
        sys.executable,
        "-m",
        "bench.search_bench",
        "--worker",
        kind,
        "--size",
        str(size),
        "--seed",
        str(args.seed),
        "--rounds",
        str(args.rounds),
        "--saves",
        str(args.saves),
        "--batch",
        str(args.batch),
        "--worker-out",
        str(out),
    ]
    started = time.perf_counter()
    try:
        completed = subprocess.run(  # noqa: S603 - our own module, fixed arguments
            command,
            cwd=HERE.parent,
            capture_output=True,
            text=True,
            timeout=args.worker_timeout,
            check=False,
        )
        if out.exists() and out.stat().st_size:
            result = json.loads(out.read_text())
        else:
            tail = (completed.stderr or completed.stdout).strip().splitlines()[-8:]
            result = {
                "backend": kind,
                "size": size,
                "available": False,
                "reason": f"werker stopte met code {completed.returncode}: " + " / ".join(tail),
            }
    except subprocess.TimeoutExpired:
        result = {
            "backend": kind,
            "size": size,
            "available": False,
            "reason": f"afgebroken na {args.worker_timeout} s (te traag voor deze run)",
        }
    finally:
        out.unlink(missing_ok=True)
    result["worker_seconds"] = round(time.perf_counter() - started, 1)
    return result


def mark(ok: bool | None) -> str:
    return "" if ok is None else (" ✓" if ok else " ✗")


def _fmt(value, unit: str = "", digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.{digits}f}{unit}".replace(",", " ")
    return f"{value}{unit}"


def size_table(size: int, results: dict[str, dict]) -> list[str]:
    kinds = list(results)
    p95_target = TARGETS["p95_ms"].get(size)
    rows: list[tuple[str, list[str]]] = []

    def add(label: str, cell) -> None:
        rows.append((label, [cell(results[k]) if results[k].get("available") else "–" for k in kinds]))

    def q(r, key):
        return r["queries"][key]

    add(
        "bulk indexeren (instrumenten/s), doel ≥ 300",
        lambda r: _fmt(r["indexing"]["docs_per_second"]) + mark(r["indexing"]["docs_per_second"] >= 300),
    )
    add(
        "bulk indexeren (``bulk``, zoals ``search rebuild``): totaal (s) / CPU werkproces / CPU subprocessen (s)",
        lambda r: (
            f"{_fmt(r['indexing']['seconds'])} / {_fmt(r['indexing'].get('process_cpu_seconds'))}"
            f" / {_fmt(r['indexing'].get('children_cpu_seconds'))}"
        ),
    )
    add(
        "daarna ``index`` van een batch van 1 000 op de volle index: mediaan / max (s)",
        lambda r: f"{r['indexing']['batch_seconds_median']} / {r['indexing']['batch_seconds_max']}",
    )
    add("zoeken p50 (ms)", lambda r: _fmt(q(r, "p50_ms")))
    add(
        f"zoeken p95 (ms), doel ≤ {p95_target:.0f}" if p95_target else "zoeken p95 (ms)",
        lambda r: _fmt(q(r, "p95_ms")) + (mark(q(r, "p95_ms") <= p95_target) if p95_target else ""),
    )
    add("zoeken max (ms), doel ≤ 1 000", lambda r: _fmt(q(r, "max_ms")) + mark(q(r, "max_ms") <= 1000))
    add("zoekvragen > 1 s / afgebroken (time limit)", lambda r: f"{q(r, 'over_1s')} / {q(r, 'timed_out')}")
    add("eerste zoekvraag na indexeren (ms)", lambda r: _fmt(r["first_query_ms"]))
    add("zoekvragen per seconde (1 thread)", lambda r: _fmt(q(r, "queries_per_second_single_thread")))

    def app_save(r, key):
        s = r.get("app_save_to_findable", {})
        if not s.get("measured"):
            return s.get("reason", "niet gemeten")
        value = s[key]
        text = _fmt(value, " s", 2)
        if key == "max_s":
            text += mark(value is not None and value <= 2.0 and not s["not_found"])
        if s["not_found"]:
            text += f" ({s['not_found']} niet gevonden binnen {FINDABLE_TIMEOUT:.0f} s)"
        return text

    add("opslaan → vindbaar via de portal, mediaan", lambda r: app_save(r, "median_s"))
    add("opslaan → vindbaar via de portal, max, doel ≤ 2 s", lambda r: app_save(r, "max_s"))
    add(
        "index([doc]) → vindbaar, mediaan / max",
        lambda r: (
            f"{_fmt(r['direct_save_to_findable']['median_s'], ' s', 3)} / "
            f"{_fmt(r['direct_save_to_findable']['max_s'], ' s', 3)}"
        ),
    )
    add(
        "  traagste index([doc])-aanroep (s)",
        lambda r: _fmt(max(x["index_call_s"] for x in r["direct_save_to_findable"]["saves"]), "", 3),
    )
    add(
        "geheugen (RSS) na indexeren, documenten vrijgegeven (MiB)",
        lambda r: _fmt(r["memory_mib"].get("after_indexing_documents_freed")),
    )
    add("geheugen (RSS) na de zoekvragen (MiB)", lambda r: _fmt(r["memory_mib"].get("after_queries")))
    add("piekgeheugen van het proces (MiB, incl. gegenereerde documenten)", lambda r: _fmt(r["memory_mib"].get("peak")))
    add(
        "  waarvan de gegenereerde documenten (MiB, ongeveer)",
        lambda r: _fmt(
            r["memory_mib"]["documents_generated"] - r["memory_mib"].get("app_ready", r["memory_mib"]["start"])
        ),
    )
    add(
        "PostgreSQL-serverproces, piek RSS (MiB)",
        lambda r: (
            _fmt(r.get("postgres_server_memory", {}).get("max_peak_rss_mib"))
            if r["backend"] == "postgres"
            else "n.v.t."
        ),
    )
    add("indexgrootte op schijf (MiB)", lambda r: _fmt(r.get("index_size_mib")))
    add(
        "machinebelasting (load average 1 min) begin / eind",
        lambda r: f"{r.get('load_average_start', ['?'])[0]} / {r.get('load_average_end', ['?'])[0]}",
    )
    lines = ["| meting | " + " | ".join(kinds) + " |", "|---|" + "---|" * len(kinds)]
    lines += [f"| {label} | " + " | ".join(cells) + " |" for label, cells in rows]
    for kind in kinds:
        if not results[kind].get("available"):
            lines.append("")
            lines.append(f"**{kind} niet gemeten:** {results[kind].get('reason')}")
    return lines


def per_query_table(results: dict[str, dict]) -> list[str]:
    from bench.queries import QUERIES

    kinds = [k for k, r in results.items() if r.get("available")]
    if not kinds:
        return []
    lines = [
        "| zoekvraag | tekst | filters | gemeente | kijker | sortering | "
        + " | ".join(f"{k} p50 / max ms (treffers)" for k in kinds)
        + " |",
        "|---|---|---|---|---|---|" + "---|" * len(kinds),
    ]
    for spec in QUERIES:
        filters = "; ".join(f"{key}={','.join(codes)}" for key, codes in spec.filters.items())
        cells = []
        for kind in kinds:
            entry = results[kind]["queries"]["per_query"][spec.name]
            cells.append(f"{entry['p50_ms']} / {entry['max_ms']} ({entry['total']})")
        lines.append(
            f"| {spec.name} | {spec.text or '(leeg)'} | {filters} | {spec.gemeente or ''} | {spec.viewer} | "
            f"{spec.sort} | " + " | ".join(cells) + " |"
        )
    return lines


def write_report(
    out: Path, sizes: list[int], rounds: int, results: dict, machine: dict, command: str, started: str, took: float
):
    from bench.queries import QUERIES

    lines = [
        "# Zoeken: snelheid en geheugen, Whoosh en PostgreSQL naast elkaar",
        "",
        f"Gemeten op {started} met `{command}` (duur {took / 60:.1f} min).",
        "",
        "## Machine",
        "",
        f"- {machine['nproc']} cores (`nproc`: {machine['nproc_command']}), {machine['cpu']}, {machine['memory']}",
        f"- {machine['os']}",
        f"- Python {machine['python']}, whoosh3 {machine['whoosh']}, SQLAlchemy {machine['sqlalchemy']}, "
        f"psycopg {machine['psycopg']}",
        f"- PostgreSQL {machine['postgresql']}, op dezelfde machine",
        "",
        "## Hoe gemeten",
        "",
        "- Documenten: `bench.synthetic.generate(n, seed)`: demoteksten opnieuw gecombineerd over ~600 "
        "organisaties (alle gemeenten, regio's, samenwerkingsverbanden, landelijke), ~85 % gepubliceerd, "
        "publicatievensters, publieksdeel, variërende codes, ladder, kostenband, beperkte beschikbaarheid.",
        f"- Zoekvragen: {len(QUERIES)} vaste vragen uit `bench/queries.py` (tekst + facetten, leeg bladeren, "
        "publiek, gemeente, elke sortering), facetten altijd geteld; 1 opwarmronde, daarna "
        f"{rounds} rondes, elke zoekvraag apart geklokt "
        "in één thread. p95 en max zijn over alle gemeten zoekvragen.",
        "- Opslaan → vindbaar: instrument aanmaken en publiceren met `instrument_create` + "
        "`instrument_transition(..., 'published')` + commit in de portal (SQLite voor Whoosh, een eigen "
        "PostgreSQL-database voor de PostgreSQL-backend), met de indexeerthread van `search.service` actief; "
        "klok van commit tot `backend.search` het instrument vindt (elke 20 ms geprobeerd). De index bevat dan "
        "al alle synthetische documenten.",
        "- Geheugen: RSS van het werkproces (één proces per backend en grootte); het piekgeheugen bevat ook de "
        "gegenereerde documenten zelf. De PostgreSQL-backend houdt zijn index in de server: daarvoor staat de piek-RSS "
        "van het drukste serverproces van de benchmarkdatabase erbij (inclusief aangeraakte shared buffers).",
        "- Ruis tussen gelijke runs is tot ±30 % op p50 (zie shared/WHOOSH-NOTES.md): vergelijk binnen één run. "
        "De machine wordt gedeeld: de load average per meting staat in de tabel; boven 2 (het aantal cores) "
        "kregen de metingen niet de hele machine.",
        "",
    ]
    for size in sizes:
        lines += [f"## {size:,} instrumenten".replace(",", " "), ""]
        lines += size_table(size, results[str(size)])
        lines.append("")
    for size in sizes:
        table = per_query_table(results[str(size)])
        if table:
            lines += [f"### Per zoekvraag bij {size:,} instrumenten".replace(",", " "), ""] + table + [""]
    out.write_text("\n".join(lines), encoding="utf-8")


def parent(args) -> int:
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    kinds = [k.strip() for k in args.backends.split(",") if k.strip()]
    command = "python -m bench.search_bench " + " ".join(sys.argv[1:])
    started_at = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    started = time.perf_counter()
    results: dict[str, dict[str, dict]] = {}
    for size in sizes:
        results[str(size)] = {}
        for kind in kinds:
            print(f"{kind} bij {size}: bezig ...", flush=True)
            result = run_worker(kind, size, args)
            results[str(size)][kind] = result
            if result.get("available"):
                q = result["queries"]
                save = result.get("app_save_to_findable", {})
                print(
                    f"  {result['indexing']['docs_per_second']} docs/s, p50 {q['p50_ms']} ms, p95 {q['p95_ms']} ms, "
                    f"max {q['max_ms']} ms, opslaan→vindbaar max {save.get('max_s', save.get('reason'))}, "
                    f"piek {result['memory_mib']['peak']} MiB ({result['worker_seconds']} s)",
                    flush=True,
                )
            else:
                print(f"  niet gemeten: {result['reason']}", flush=True)
    took = time.perf_counter() - started
    machine = machine_info()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_report(args.out, sizes, args.rounds, results, machine, command, started_at, took)
    args.out.with_suffix(".json").write_text(
        json.dumps(
            {
                "command": command,
                "started": started_at,
                "seconds": round(took, 1),
                "machine": machine,
                "targets": TARGETS,
                "results": results,
            },
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )
    print(f"geschreven: {args.out} en {args.out.with_suffix('.json')} ({took / 60:.1f} min)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    stamp = dt.date.today().strftime("%Y%m%d")
    parser.add_argument("--sizes", default="20000,50000")
    parser.add_argument("--backends", default=",".join(BACKENDS))
    parser.add_argument("--out", type=Path, default=HERE / "results" / f"search-{stamp}.md")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--saves", type=int, default=5)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--worker-timeout", type=int, default=900, help="seconds per backend and size")
    parser.add_argument("--worker", choices=BACKENDS, help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--worker-out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        os.environ.setdefault("PYTHONHASHSEED", "0")
        result = Worker(args.worker, args.size, args.seed, args.rounds, args.saves, args.batch).run()
        args.worker_out.write_text(json.dumps(result, ensure_ascii=False, default=str), encoding="utf-8")
        return 0
    return parent(args)


if __name__ == "__main__":
    sys.exit(main())
