"""Load: the portal under gunicorn with 20,000 instruments, a mix of public instrument pages,
professionals' searches and editors' saves, for several minutes.

    python -m bench.load_bench --size 20000 --seconds 300 --out bench/results/load-YYYYMMDD.md

A fresh portal on the embedded default (SQLite, Whoosh) is filled with the synthetic
instruments of ``bench.synthetic``, indexed, and served by ``instrumentengids serve`` (gunicorn
and its indexer process) on loopback. Client threads in this process (plain http.client, one
connection per request, like gunicorn's sync workers want) send:

- ``page``: an anonymous inwoner opens a public instrument page (``/instrument/<id>``);
- ``search``: a logged-in professional searches (``/zoeken?q=...``, Dutch queries with and
  without a gemeente);
- ``save``: an editor opens the editor form of one of their organisation's instruments (for
  the CSRF token and the version) and saves it with a new summary through the form, as a
  browser does. Two editors of each organisation share its instruments, so saves of the same
  instrument meet; optimistic locking must turn the late one into a 409, never a lost update.

The load is offered at fixed rates (``--rates``, by default 5 % above the targets of issue 9):
each kind has a pool of threads, each thread sends at its own fixed interval with a random
phase, and a response time is counted from the moment the request was due, not from when a
free thread got to it. So a portal that cannot keep up shows it as growing response times
and a throughput below the offered rate, instead of quietly being offered less (a closed loop
measures only its own pace). ``--closed`` runs the old closed loops, flat out, to find
the most each kind gets.

Reported per kind: requests, throughput, p50/p95/p99, errors (anything but 200, 303 for a
save and 409 for a refused stale save). Afterwards the database is checked: every save
that got its 303 is in the instrument's history, the current summary is the one of the
newest version, and the server log has no "database is locked".
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import platform
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench.coverage_bench import fill, percentile

PASSWORD = "bench-wachtwoord-2026"  # noqa: S105 - throwaway accounts in a throwaway database
QUERIES = [
    "taal",
    "werkervaring",
    "schulden",
    "jobcoaching",
    "loonkostensubsidie",
    "statushouders",
    "jongeren",
    "re-integratie",
    "beschut werk",
    "nederlandse taal werk",
    "participatie",
    "sollicitatie training",
]
GEMEENTEN = ["", "", "Tiel", "Utrecht", "Amsterdam", "Zwolle"]
TARGETS = {"page": (150, 200), "search": (40, 400), "save": (10, None)}  # requests/s, p95 ms
OFFERED = {kind: round(rate * 1.05, 1) for kind, (rate, _p95) in TARGETS.items()}
# Threads per kind when paced: enough that a slow response does not hold up the next one due.
PACED_THREADS = {"page": 48, "search": 16, "save": 2}  # save: per editor
CLOSED_THREADS = {"page": 8, "search": 4, "save": 1}


def reference_loop_seconds() -> float:
    """Seconds one core takes for a fixed pure-Python loop (20 million additions): how fast
    the machine was at the time. On these shared machines it varied by a third within an
    hour (1.7 s rested, 2.4 s after long load), and the served rates with it."""
    started = time.perf_counter()
    total = 0
    for number in range(20_000_000):
        total += number
    return round(time.perf_counter() - started, 2)


def _process_tree(root: int) -> list[int]:
    """``root`` and every process below it (Linux: /proc); empty where there is no /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found if Path(f"/proc/{root}").exists() else []


def _cpu_by_role(root: int) -> dict[str, float]:
    """CPU seconds used so far by the server's processes, by role: the gunicorn workers, the
    gunicorn master (and the ``serve`` command) and the search indexer."""
    ticks = os.sysconf("SC_CLK_TCK")
    roles: dict[str, float] = {"workers": 0.0, "master": 0.0, "indexer": 0.0}
    for pid in _process_tree(root):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        seconds = (int(fields[11]) + int(fields[12])) / ticks
        if "search worker" in command:
            roles["indexer"] += seconds
        elif pid == root:
            roles["master"] += seconds
        elif "portal.cli serve" in command and int(fields[1]) == root:
            roles["workers"] += seconds  # gunicorn's workers are children of the master
        else:
            roles["master"] += seconds
    return roles


def _cpu_shares(before: dict, after: dict, client: float, seconds: float) -> dict[str, float]:
    """Percent of the whole machine (all cores) each part used while measuring."""
    capacity = (os.cpu_count() or 1) * seconds
    shares = {role: round((after[role] - before[role]) / capacity * 100, 1) for role in before}
    shares["load generator"] = round(client / capacity * 100, 1)
    shares["all"] = round(sum(shares.values()), 1)
    return shares


def _per_kind(text: str) -> dict[str, float]:
    """ "page=160,search=45" → {"page": 160.0, "search": 45.0} (kinds not named keep their default)."""
    out = {}
    for part in text.split(","):
        kind, _, value = part.partition("=")
        if kind.strip() not in TARGETS:
            raise argparse.ArgumentTypeError(f"onbekende soort {kind!r}; kies uit {', '.join(TARGETS)}")
        out[kind.strip()] = float(value)
    return out


@dataclass
class Sample:
    kind: str
    at: float
    ms: float
    status: int


@dataclass
class Browser:
    """A cookie jar and a way to send a request; one connection per request."""

    port: int
    cookies: dict = field(default_factory=dict)

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[int, str, dict]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Host": f"127.0.0.1:{self.port}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        data = None
        if body is not None:
            data = urllib.parse.urlencode(body, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=data, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    key, _, rest = value.partition("=")
                    self.cookies[key.strip()] = rest.split(";", 1)[0]
            return response.status, text, dict(response.getheaders())
        finally:
            connection.close()

    def log_in(self, email: str) -> None:
        _status, page, _headers = self.request("GET", "/inloggen")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        status, _text, headers = self.request(
            "POST", "/inloggen", {"csrf_token": token, "email": email, "password": PASSWORD}
        )
        if status != 302 or "/inloggen" in headers.get("Location", ""):
            raise RuntimeError(f"inloggen als {email} mislukt ({status})")


def prepare(workdir: Path, size: int, seed: int, database_url: str | None = None) -> dict:
    """Fill a fresh portal (SQLite unless ``database_url``), make the accounts, build the index."""
    from sqlalchemy import select

    from bench.backends import initialise, make_app
    from portal.actions.accounts import user_create
    from portal.extensions import db
    from portal.models import Instrument, Organisation
    from search.service import rebuild

    url = database_url or f"sqlite:///{workdir / 'load.sqlite'}"
    app = make_app(url, workdir, SEARCH_INDEX_DIR=str(workdir / "index"))
    initialise(app)
    info: dict = {"database_url": url}
    with app.app_context():
        started = time.perf_counter()
        info["instruments"] = fill(size, seed)
        info["fill_seconds"] = round(time.perf_counter() - started, 1)
        published = select(Instrument).where(Instrument.status == "published")
        public = [
            str(i)
            for i in db.session.scalars(
                published.with_only_columns(Instrument.id).where(
                    Instrument.public_visible.is_(True), Instrument.publish_to.is_(None)
                )
            )
        ]
        # Two busy organisations whose editors share their instruments.
        busiest = db.session.execute(
            published.with_only_columns(Instrument.owner_id, db.func.count())
            .where(Instrument.publish_to.is_(None))
            .group_by(Instrument.owner_id)
            .order_by(db.func.count().desc())
            .limit(2)
        ).all()
        editors = {}
        for owner_id, _count in busiest:
            owner = db.session.get(Organisation, owner_id)
            ids = [
                str(i)
                for i in db.session.scalars(
                    published.with_only_columns(Instrument.id)
                    .where(Instrument.owner_id == owner_id, Instrument.publish_to.is_(None))
                    .limit(40)
                )
            ]
            emails = []
            for n in (1, 2):
                email = f"redacteur{n}.{owner.code.lower()}@bench.example.nl"
                user_create(None, email=email, organisation=owner, role="redacteur", password=PASSWORD)
                emails.append(email)
            editors[owner.code] = {"emails": emails, "instruments": ids}
        professional_org = db.session.scalar(select(Organisation).where(Organisation.code == "GM0281"))
        user_create(
            None,
            email="werkcoach@bench.example.nl",
            organisation=professional_org,
            role="professional",
            password=PASSWORD,
        )
        db.session.commit()
        started = time.perf_counter()
        info["indexed"] = rebuild()
        info["index_seconds"] = round(time.perf_counter() - started, 1)
        info["public_ids"] = public
        info["editors"] = editors
        db.session.remove()
        db.engine.dispose()
    return info


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(
    workdir: Path, url: str, port: int, workers: int, log: Path, index: Path | None = None
) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "SEARCH_INDEX_DIR": str(index or workdir / "index"),
        "INSTRUMENTENGIDS_INSTANCE": str(workdir / "instance"),
        "SECRET_KEY": "bench-" + "k" * 40,
        "LOGIN_RATE_LIMIT": "1000",
    }
    process = subprocess.Popen(  # noqa: S603 - our own command
        [sys.executable, "-m", "portal.cli", "serve", "--port", str(port), "--workers", str(workers)],
        env=env,
        stdout=log.open("w"),  # gunicorn's access log
        stderr=log.with_suffix(".err").open("w"),
        start_new_session=True,
    )
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            status, _text, _headers = Browser(port).request("GET", "/readyz")
            if status == 200:
                return process
        except OSError:
            pass
        time.sleep(0.5)
    process.kill()
    raise RuntimeError("de server kwam niet op")


def visit_page(browser: Browser, ids: list[str], rng: random.Random) -> int:
    status, _text, _headers = browser.request("GET", f"/instrument/{rng.choice(ids)}")
    return status


def run_search(browser: Browser, rng: random.Random) -> int:
    query = {"q": rng.choice(QUERIES)}
    if gemeente := rng.choice(GEMEENTEN):
        query["gemeente"] = gemeente
    status, _text, _headers = browser.request("GET", "/zoeken?" + urllib.parse.urlencode(query))
    return status


class Editor:
    """Opens the form (for the CSRF token and the version) and saves it with a new summary,
    as a browser does; a 409 (someone else saved first) is counted, not retried."""

    def __init__(self, browser: Browser, ids: list[str], records: dict, saves: list, name: str):
        self.browser, self.ids, self.records, self.saves, self.name = browser, ids, records, saves, name
        self.number = 0

    def save(self, rng: random.Random) -> int:
        from portal.interchange.tabular import flatten

        instrument_id = rng.choice(self.ids)
        status, page, _headers = self.browser.request("GET", f"/redactie/instrument/{instrument_id}")
        if status != 200:
            return status
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        version = re.search(r'name="version" value="(\d+)"', page).group(1)
        self.number += 1
        marker = f"Bench {self.name} #{self.number}"
        record = {k: v for k, v in self.records[instrument_id].items() if k not in ("id", "owner", "status", "version")}
        record["summary"] = marker
        form = flatten(record)
        form.update(csrf_token=token, version=version)
        status, _text, _headers = self.browser.request("POST", f"/redactie/instrument/{instrument_id}", form)
        if status in (302, 303):
            self.saves.append((instrument_id, marker))
        return status


def client_loop(
    kind: str,
    action,
    deadline: float,
    samples: list,
    interval: float | None,
    rng: random.Random,
    ramp_seconds: float = 0.0,
):
    """Run ``action`` until the deadline: every ``interval`` seconds (from a random phase), a
    response time counted from when the request was due; or, without an interval, flat out.
    During the first ``ramp_seconds`` the rate climbs from a tenth to the full rate, as load
    tools ramp up, so that workers that are still starting do not pile up a queue that the
    measured minutes then inherit."""
    began = time.perf_counter()
    due = began + (rng.uniform(0, interval) if interval else 0)
    while time.time() < deadline:
        if interval:
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
        start = due if interval else time.perf_counter()
        status = action(rng)
        samples.append(Sample(kind, time.time(), (time.perf_counter() - start) * 1000, status))
        if interval:
            due += interval / ramp_factor(due - began, ramp_seconds)


def ramp_factor(elapsed: float, ramp_seconds: float) -> float:
    """Share of the full rate ``elapsed`` seconds into a ramp of ``ramp_seconds``: 0.1 → 1."""
    if ramp_seconds <= 0 or elapsed >= ramp_seconds:
        return 1.0
    return 0.1 + 0.9 * max(0.0, elapsed) / ramp_seconds


def records_for(workdir: Path, url: str, ids: list[str]) -> dict:
    from bench.backends import make_app
    from portal.actions.errors import Invalid
    from portal.actions.instruments import validate_instrument
    from portal.extensions import db
    from portal.models import Instrument
    from portal.schemas.mapping import dump_instrument

    app = make_app(url, workdir)
    found = {}
    with app.app_context():
        for i in ids:
            instrument = db.session.get(Instrument, uuid.UUID(i))
            record = dump_instrument(instrument)
            try:  # a few synthetic instruments lack what the format requires: editors could not save them as they are
                validate_instrument(
                    instrument.owner, {k: v for k, v in record.items() if k not in ("id", "owner", "status", "version")}
                )
            except Invalid:
                continue
            found[i] = record
        db.session.remove()
        db.engine.dispose()
    return found


def verify(workdir: Path, url: str, saves: list[tuple[str, str]]) -> dict:
    """Every acknowledged save is in the history; the newest version is what is current."""
    from sqlalchemy import select

    from bench.backends import make_app
    from portal.extensions import db
    from portal.models import Instrument, InstrumentVersion

    app = make_app(url, workdir)
    lost, wrong_current = [], []
    with app.app_context():
        by_instrument: dict[str, set[str]] = {}
        for instrument_id, marker in saves:
            by_instrument.setdefault(instrument_id, set()).add(marker)
        for instrument_id, markers in by_instrument.items():
            key = uuid.UUID(instrument_id)
            history = db.session.scalars(
                select(InstrumentVersion)
                .where(InstrumentVersion.instrument_id == key)
                .order_by(InstrumentVersion.version)
            ).all()
            in_history = {v.data.get("summary") for v in history}
            lost += sorted(markers - in_history)
            current = db.session.get(Instrument, key)
            if history and current.summary != history[-1].data.get("summary"):
                wrong_current.append(instrument_id)
        db.session.remove()
        db.engine.dispose()
    return {"acknowledged": len(saves), "lost": lost, "wrong_current": wrong_current}


def summarise(samples: list[Sample], seconds: float) -> dict:
    out = {}
    for kind in ("page", "search", "save"):
        rows = [s for s in samples if s.kind == kind]
        ok_codes = {200} if kind != "save" else {302, 303, 409}
        errors = [s for s in rows if s.status not in ok_codes]
        times = [s.ms for s in rows]
        out[kind] = {
            "requests": len(rows),
            "per_second": round(len(rows) / seconds, 1) if seconds else 0,
            "p50": round(percentile(times, 50), 1) if times else None,
            "p95": round(percentile(times, 95), 1) if times else None,
            "p99": round(percentile(times, 99), 1) if times else None,
            "errors": len(errors),
            "error_codes": sorted({s.status for s in errors}),
        }
        if kind == "save":
            out[kind]["saved"] = sum(1 for s in rows if s.status in (302, 303))
            out[kind]["stale_refused"] = sum(1 for s in rows if s.status == 409)
            out[kind]["saved_per_second"] = round(out[kind]["saved"] / seconds, 1) if seconds else 0
    return out


def write_report(out: Path, result: dict, command: str) -> None:
    from bench.backends import machine_info

    machine = machine_info()
    lines = [
        f"# Load benchmark — {result['started'][:10]}",
        "",
        f"Command: `{command}`",
        "",
        f"Machine: {machine.get('cpu', platform.processor())}, {machine.get('nproc', os.cpu_count())} cores, "
        f"{machine.get('memory', '?')}; Python {platform.python_version()}.",
        f"Setup: {result['instruments']} instruments (filled in {result['fill_seconds']} s, indexed in "
        f"{result['index_seconds']} s); gunicorn with {result['workers']} sync workers and the indexer process; "
        f"SQLite (WAL) and Whoosh. Threads: {result['threads']}. Warm-up {result['warmup']} s, then "
        f"{result['seconds']} s measured.",
        (
            "Load: closed loops, each thread sends its next request when the previous one is answered."
            if not result.get("offered")
            else "Load offered at fixed rates (requests/s): "
            + ", ".join(f"{kind} {rate:g}" for kind, rate in result["offered"].items())
            + "; response times count from when a request was due (waiting for a free client thread included). "
            "In the first half of the warm-up the rates climb from a tenth to the full rate; the second half "
            "runs at the full rate."
        ),
        "",
        "| kind | requests | per second | p50 ms | p95 ms | p99 ms | errors | target |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for kind, label in (
        ("page", "public instrument page"),
        ("search", "search (professional)"),
        ("save", "editor save"),
    ):
        row = result["kinds"][kind]
        rate, p95 = TARGETS[kind]
        measured_rate = row["saved_per_second"] if kind == "save" else row["per_second"]
        ok = (
            measured_rate >= rate
            and (p95 is None or (row["p95"] is not None and row["p95"] <= p95))
            and not row["errors"]
        )
        target = f"≥ {rate}/s" + (f", p95 ≤ {p95} ms" if p95 else "") + (" ✓" if ok else " ✗")
        extra = f" ({row['saved']} saved, {row['stale_refused']} stale refused)" if kind == "save" else ""
        lines.append(
            f"| {label} | {row['requests']}{extra} | {row['per_second']} | {row['p50']} | {row['p95']} | {row['p99']} "
            f"| {row['errors']} {row['error_codes'] or ''} | {target} |"
        )
    check = result["verify"]
    lines += [
        "",
        f"Saves acknowledged with a 303: {check['acknowledged']}; missing from the history afterwards: "
        f"{len(check['lost'])}; instruments whose current text is not their newest version: "
        f"{len(check['wrong_current'])}.",
        f"'database is locked' in the server log: {result['locked_in_log']}; server errors (5xx) logged: "
        f"{result['server_errors_in_log']}; tracebacks in the error log: {result['tracebacks_in_log']}.",
        *(
            [f"First traceback in the error log:\n\n```\n{result['first_traceback']}\n```"]
            if result["first_traceback"]
            else []
        ),
        f"CPU of the load generator (this process): {result['client_cpu_seconds']} s in "
        f"{result['seconds'] + result['warmup']} s.",
        *(
            [
                "Share of the whole machine (all cores) while measuring: "
                + ", ".join(f"{role} {share} %" for role, share in result["cpu_shares"].items())
                + " (from /proc; 100 % is every core busy)."
            ]
            if result.get("cpu_shares")
            else []
        ),
        "Machine speed (`reference_loop_seconds`: one core, a fixed Python loop; lower is faster) before and "
        f"after the load: {' s, '.join(str(v) for v in result.get('reference_loop_seconds', []))} s.",
        "",
    ]
    out.write_text("\n".join(lines), encoding="utf-8")
    out.with_suffix(".json").write_text(json.dumps(result, indent=2, default=str), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--seconds", type=int, default=300)
    parser.add_argument(
        "--warmup", type=int, default=30, help="seconds before measuring; the rates ramp up in its first half"
    )
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument(
        "--rates", type=_per_kind, default=OFFERED, help="offered requests/s, e.g. page=160,search=45,save=11"
    )
    parser.add_argument(
        "--threads", type=_per_kind, default=None, help="threads per kind (save: per editor), e.g. page=48"
    )
    parser.add_argument("--closed", action="store_true", help="closed loops flat out instead of fixed rates")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path(f"bench/results/load-{dt.date.today():%Y%m%d}.md"))
    args = parser.parse_args(argv)
    started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with tempfile.TemporaryDirectory(prefix="load-bench-") as folder:
        workdir = Path(folder)
        print(f"Vullen met {args.size} instrumenten ...", flush=True)
        info = prepare(workdir, args.size, args.seed)
        editor_ids = [i for org in info["editors"].values() for i in org["instruments"]]
        records = records_for(workdir, info["database_url"], editor_ids)
        for org in info["editors"].values():
            org["instruments"] = [i for i in org["instruments"] if i in records]
            if not org["instruments"]:
                raise SystemExit("Geen opslaanbare instrumenten voor de redacteuren; kijk naar bench.synthetic.")
        speed_before = reference_loop_seconds()
        port = free_port()
        log = workdir / "server.log"
        print("Server starten ...", flush=True)
        server = start_server(workdir, info["database_url"], port, args.workers, log)
        samples: list[Sample] = []
        saves: list[tuple[str, str]] = []
        cpu_before = time.process_time()
        try:
            deadline = time.time() + args.warmup + args.seconds
            rng = random.Random(args.seed)  # noqa: S311 - a load pattern, not security

            def seeded() -> random.Random:
                return random.Random(rng.random())  # noqa: S311 - a load pattern, not security

            counts = {**(CLOSED_THREADS if args.closed else PACED_THREADS), **(args.threads or {})}
            counts = {kind: int(n) for kind, n in counts.items()}
            rates = {**OFFERED, **args.rates}
            editors = [(email, org["instruments"]) for org in info["editors"].values() for email in org["emails"]]
            save_threads = counts["save"] * len(editors)

            def interval(kind: str, threads_of_kind: int) -> float | None:
                return None if args.closed else threads_of_kind / rates[kind]

            def start(kind: str, action, threads_of_kind: int) -> threading.Thread:
                ramp = 0.0 if args.closed else args.warmup / 2
                work = (kind, action, deadline, samples, interval(kind, threads_of_kind), seeded(), ramp)
                return threading.Thread(target=client_loop, args=work)

            threads = []
            for _ in range(counts["page"]):
                browser = Browser(port)
                threads.append(start("page", lambda r, b=browser: visit_page(b, info["public_ids"], r), counts["page"]))
            for _ in range(counts["search"]):
                browser = Browser(port)
                browser.log_in("werkcoach@bench.example.nl")
                threads.append(start("search", lambda r, b=browser: run_search(b, r), counts["search"]))
            for email, ids in editors:
                for n in range(counts["save"]):
                    browser = Browser(port)
                    browser.log_in(email)
                    editor = Editor(browser, ids, records, saves, f"{email.split('@')[0]}-{n}")
                    threads.append(start("save", editor.save, save_threads))
            print(
                f"Belasten: {len(threads)} threads, {args.warmup} s opwarmen + {args.seconds} s meten ...", flush=True
            )
            window: dict = {}

            def start_measuring() -> None:
                window.update(cpu=_cpu_by_role(server.pid), client=time.process_time(), at=time.monotonic())

            timer = threading.Timer(args.warmup, start_measuring)
            timer.start()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            timer.join()
            cpu_shares = (
                _cpu_shares(
                    window["cpu"],
                    _cpu_by_role(server.pid),
                    time.process_time() - window["client"],
                    time.monotonic() - window["at"],
                )
                if window.get("cpu")
                else {}
            )
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
        cpu = round(time.process_time() - cpu_before, 1)
        speed_after = reference_loop_seconds()
        measured_from = deadline - args.seconds
        measured = [s for s in samples if s.at >= measured_from]
        server_log = log.read_text(encoding="utf-8", errors="replace")
        error_log = log.with_suffix(".err").read_text(encoding="utf-8", errors="replace")
        result = {
            "started": started,
            "instruments": info["instruments"],
            "fill_seconds": info["fill_seconds"],
            "index_seconds": info["index_seconds"],
            "workers": args.workers,
            "threads": f"{counts['page']} page, {counts['search']} search, {save_threads} save",
            "offered": None if args.closed else rates,
            "warmup": args.warmup,
            "seconds": args.seconds,
            "kinds": summarise(measured, args.seconds),
            "verify": verify(workdir, info["database_url"], saves),
            "locked_in_log": (server_log + error_log).count("database is locked"),
            "server_errors_in_log": len(re.findall(r'" 5\d\d ', server_log)),
            "tracebacks_in_log": error_log.count("Traceback"),
            "first_traceback": error_log[error_log.find("Traceback") :][:3000] if "Traceback" in error_log else "",
            "exceptions": dict(
                Counter(re.findall(r"^(\w+(?:\.\w+)*(?:Error|Exception)[^\n]{0,160})$", error_log, re.M))
            ),
            "client_cpu_seconds": cpu,
            "cpu_shares": cpu_shares,
            "reference_loop_seconds": [speed_before, speed_after],
        }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_report(args.out, result, "python -m bench.load_bench " + " ".join(argv or sys.argv[1:]))
    print(args.out.read_text(encoding="utf-8"))
    kinds = result["kinds"]
    failed = any(k["errors"] for k in kinds.values()) or result["verify"]["lost"] or result["locked_in_log"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
