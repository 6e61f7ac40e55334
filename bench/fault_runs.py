"""Faults: the portal under gunicorn while things break, and a check afterwards that no saved
change was lost and the search index is consistent.

    python -m bench.fault_runs --size 2000 --out bench/results/faults-YYYYMMDD.md

Scenarios (each with its own server, under the same mix of clients as bench.load_bench:
anonymous instrument pages, a professional's searches, editors saving through the form):

- ``worker``: SIGKILL a gunicorn worker three times while saves are in flight (SQLite);
- ``indexer``: SIGKILL the indexer process three times under the stream of saves (SQLite);
- ``postgres``: stop PostgreSQL for 30 s while requests run (the portal on PostgreSQL);
  this stops the server of the whole machine: never run it beside the test suite;
- ``disk``: the search index on a small tmpfs that is filled up for 30 s (needs root for
  ``mount``).

For each: what the clients saw before, during and after the fault (status counts; 0 is a
connection that broke), and afterwards: every save that got its 303 is in the history, the
current text is the newest version's, the versions of each instrument have no gaps, the
indexer caught up, and ``instrumentengids search check --no-repair`` finds nothing to repair.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

from bench.load_bench import QUERIES, Browser, free_port, prepare, records_for, start_server, verify

SCENARIOS = ("worker", "indexer", "postgres", "disk")


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(p) for p in text]
    return found


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def indexer_pid(server: subprocess.Popen) -> int | None:
    return next((p for p in _children(server.pid) if "search worker" in _cmdline(p)), None)


def worker_pids(server: subprocess.Popen) -> list[int]:
    return [p for p in _children(server.pid) if "search worker" not in _cmdline(p)]


class Clients:
    """Client threads that never stop on an error: they record it and go on."""

    def __init__(self, port: int, info: dict, records: dict, seed: int):
        self.port = port
        self.info = info
        self.records = records
        self.rng = random.Random(seed)  # noqa: S311 - a load pattern
        self.samples: list[tuple[float, str, int]] = []
        self.saves: list[tuple[str, str]] = []
        self.stop = threading.Event()
        self.threads: list[threading.Thread] = []

    def _record(self, kind: str, status: int) -> None:
        self.samples.append((time.time(), kind, status))

    def _call(self, browser: Browser, method: str, path: str, body=None) -> tuple[int, str]:
        try:
            status, text, _headers = browser.request(method, path, body)
            return status, text
        except (OSError, http.client.HTTPException):
            return 0, ""

    def _pages(self, rng) -> None:
        browser = Browser(self.port)
        while not self.stop.is_set():
            status, _ = self._call(browser, "GET", f"/instrument/{rng.choice(self.info['public_ids'])}")
            self._record("page", status)

    def _searches(self, rng) -> None:
        browser = Browser(self.port)
        while not self.stop.is_set():
            try:
                browser.log_in("werkcoach@bench.example.nl")
                break
            except (OSError, http.client.HTTPException, RuntimeError, AttributeError):
                time.sleep(1)
        while not self.stop.is_set():
            status, _ = self._call(browser, "GET", "/zoeken?" + urllib.parse.urlencode({"q": rng.choice(QUERIES)}))
            self._record("search", status)

    def _saves(self, email: str, ids: list[str], rng, name: str) -> None:
        from portal.interchange.tabular import flatten

        browser = Browser(self.port)
        number = 0
        while not self.stop.is_set():
            try:
                browser.log_in(email)
                break
            except (OSError, http.client.HTTPException, RuntimeError, AttributeError):
                time.sleep(1)
        while not self.stop.is_set():
            instrument_id = rng.choice(ids)
            status, page = self._call(browser, "GET", f"/redactie/instrument/{instrument_id}")
            token = re.search(r'name="csrf_token" value="([^"]+)"', page)
            version = re.search(r'name="version" value="(\d+)"', page)
            if status != 200 or not token or not version:
                self._record("save", status)
                time.sleep(0.2)
                continue
            number += 1
            marker = f"Storing {name} #{number}"
            record = {
                k: v for k, v in self.records[instrument_id].items() if k not in ("id", "owner", "status", "version")
            }
            record["summary"] = marker
            form = flatten(record)
            form.update(csrf_token=token.group(1), version=version.group(1))
            status, _ = self._call(browser, "POST", f"/redactie/instrument/{instrument_id}", form)
            self._record("save", status)
            if status in (302, 303):
                self.saves.append((instrument_id, marker))

    def start(self) -> None:
        def seeded():
            return random.Random(self.rng.random())  # noqa: S311 - a load pattern

        self.threads = [threading.Thread(target=self._pages, args=(seeded(),)) for _ in range(3)]
        self.threads += [threading.Thread(target=self._searches, args=(seeded(),)) for _ in range(2)]
        for org in self.info["editors"].values():
            for email in org["emails"]:
                work = (email, org["instruments"], seeded(), email.split("@")[0])
                self.threads.append(threading.Thread(target=self._saves, args=work))
        for thread in self.threads:
            thread.start()

    def finish(self) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=120)


def _wait_for_index(port: int, limit: float = 120) -> tuple[bool, float]:
    """Until /readyz reports an empty indexing backlog; (caught up, seconds waited)."""
    import json

    started = time.time()
    while time.time() - started < limit:
        try:
            status, text, _ = Browser(port).request("GET", "/readyz")
            if status == 200 and json.loads(text).get("index_backlog") == 0:
                return True, time.time() - started
        except (OSError, http.client.HTTPException, ValueError):
            pass
        time.sleep(1)
    return False, time.time() - started


def _env(workdir: Path, url: str, index: Path) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": url,
        "SEARCH_INDEX_DIR": str(index),
        "INSTRUMENTENGIDS_INSTANCE": str(workdir / "instance"),
        "SECRET_KEY": "bench-" + "k" * 40,
    }


def _search_check(workdir: Path, url: str, index: Path) -> tuple[int, str]:
    result = subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "portal.cli", "search", "check", "--no-repair"],
        env=_env(workdir, url, index),
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode, (result.stdout + result.stderr).strip()[-600:]


def _versions_without_gaps(workdir: Path, url: str, saved: set[str]) -> list[str]:
    """Saved instruments whose history has a gap or ends below the current version (a
    half-written save would show here). Only those the run saved: the synthetic instruments
    start with a version number but one stored version."""
    from sqlalchemy import func, select

    from bench.backends import make_app
    from portal.extensions import db
    from portal.models import Instrument, InstrumentVersion

    app = make_app(url, workdir)
    broken = []
    with app.app_context():
        rows = db.session.execute(
            select(
                Instrument.id,
                Instrument.version,
                func.count(InstrumentVersion.id),
                func.max(InstrumentVersion.version),
            )
            .join(InstrumentVersion, InstrumentVersion.instrument_id == Instrument.id)
            .group_by(Instrument.id, Instrument.version)
        ).all()
        for instrument_id, version, count, newest in rows:
            if str(instrument_id) not in saved:
                continue
            oldest = newest - count + 1
            distinct = db.session.scalar(
                select(func.count(func.distinct(InstrumentVersion.version))).where(
                    InstrumentVersion.instrument_id == instrument_id, InstrumentVersion.version >= oldest
                )
            )
            if distinct != count or newest != version:
                broken.append(f"{instrument_id}: versie {version}, {count} versies, nieuwste {newest}")
        db.session.remove()
        db.engine.dispose()
    return broken


def _phases(samples, events) -> dict:
    """Status counts per kind, split by the fault window (first event to last + 5 s)."""
    start, end = events[0][0], events[-1][0] + 5
    phases = {"voor": Counter(), "tijdens": Counter(), "na": Counter()}
    for at, kind, status in samples:
        phase = "voor" if at < start else ("tijdens" if at <= end else "na")
        phases[phase][(kind, status)] += 1
    return phases


def run_scenario(name: str, workdir: Path, url: str, info: dict, records: dict, seconds: int, seed: int) -> dict:
    index = workdir / "index"
    mount = None
    if name == "disk":
        mount = workdir / "klein"
        mount.mkdir(exist_ok=True)
        size_mb = int(sum(f.stat().st_size for f in index.rglob("*") if f.is_file()) / 2**20) + 24
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_mb}m", "tmpfs", str(mount)], check=True)  # noqa: S603,S607
        shutil.copytree(index, mount / "index")
        index = mount / "index"
    port = free_port()
    log = workdir / f"server-{name}.log"
    server = start_server(workdir, url, port, 3, log, index=index)
    clients = Clients(port, info, records, seed)
    events: list[tuple[float, str]] = []
    filler = (mount / "vol") if mount else None
    try:
        clients.start()
        time.sleep(10)
        if name == "worker":
            for _ in range(3):
                victim = random.Random(seed).choice(worker_pids(server))  # noqa: S311
                os.kill(victim, signal.SIGKILL)
                events.append((time.time(), f"SIGKILL gunicorn-worker {victim}"))
                time.sleep(8)
        elif name == "indexer":
            for _ in range(3):
                victim = indexer_pid(server)
                if victim:
                    os.kill(victim, signal.SIGKILL)
                    events.append((time.time(), f"SIGKILL indexeerder {victim}"))
                time.sleep(8)
        elif name == "postgres":
            cluster = sorted(os.listdir("/etc/postgresql"))[0]
            events.append((time.time(), "PostgreSQL stoppen"))
            subprocess.run(["pg_ctlcluster", cluster, "main", "stop", "-m", "fast"], check=True)  # noqa: S603,S607
            events.append((time.time(), "PostgreSQL gestopt"))
            time.sleep(30)
            subprocess.run(["pg_ctlcluster", cluster, "main", "start"], check=True)  # noqa: S603,S607
            events.append((time.time(), "PostgreSQL weer gestart"))
        elif name == "disk":
            with open(filler, "wb") as handle:
                try:
                    while True:
                        handle.write(b"\0" * 2**20)
                        handle.flush()
                except OSError:
                    pass
            events.append((time.time(), f"indexschijf vol ({shutil.disk_usage(mount).free} bytes vrij)"))
            time.sleep(30)
            filler.unlink()
            events.append((time.time(), "ruimte vrijgemaakt"))
        time.sleep(max(5, seconds - 10))
    finally:
        clients.finish()
    caught_up, waited = _wait_for_index(port)
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
    check_code, check_output = _search_check(workdir, url, index)
    result = {
        "name": name,
        "events": [(round(at - events[0][0], 1), label) for at, label in events] if events else [],
        "phases": _phases(clients.samples, events) if events else {},
        "verify": verify(workdir, url, clients.saves),
        "gaps": _versions_without_gaps(workdir, url, {i for i, _marker in clients.saves}),
        "caught_up": caught_up,
        "waited": round(waited, 1),
        "check_code": check_code,
        "check_output": check_output,
        "server_errors": len(re.findall(r'" 5\d\d ', log.read_text(errors="replace"))),
        "error_lines": _interesting(log.with_suffix(".err").read_text(errors="replace")),
    }
    if mount:
        shutil.copytree(index, workdir / "index", dirs_exist_ok=True)
        subprocess.run(["umount", str(mount)], check=False)  # noqa: S603,S607
    return result


def _interesting(error_log: str) -> list[str]:
    """Each kind of exception in the server's log once (with how often and one example), and
    the supervisor's and gunicorn's own notes."""
    exceptions = re.findall(r"^(\w+(?:\.\w+)*(?:Error|Exception|Shutdown))(: [^\n]{0,120})?$", error_log, re.M)
    counts = Counter(name for name, _example in exceptions)
    examples = {}
    for name, example in exceptions:
        examples.setdefault(name, example)
    lines = [f"{count}× {name}{examples[name]}" for name, count in counts.most_common()]
    noted = r"^.*(?:zoekindexeerder|WORKER TIMEOUT|exited|Booting worker|Exception on).{0,80}$"
    notes = re.findall(noted, error_log, re.M)
    notes = [re.sub(r"^\[[^]]*\] ", "", note) for note in notes]
    lines += [f"{count}× {note}" for note, count in Counter(re.sub(r"\d+", "N", n) for n in notes).most_common(5)]
    unavailable = error_log.count("Database niet bereikbaar")
    if unavailable:
        lines.append(f"{unavailable}× Database niet bereikbaar (503 gegeven)")
    return lines


def write_report(out: Path, results: list[dict], header: dict) -> None:
    lines = [
        f"# Fault runs — {header['date']}",
        "",
        f"`{header['command']}`; {header['instruments']} instruments; gunicorn with 3 sync workers and the indexer "
        "process; 3 page, 2 search and 4 save client threads (one connection per request). Status 0 = the "
        "connection broke without an answer.",
        "",
    ]
    for result in results:
        lines += [f"## {result['name']}", ""]
        if result.get("skipped"):
            lines += [f"Skipped: {result['skipped']}", ""]
            continue
        lines += [f"- t={at} s: {label}" for at, label in result["events"]]
        lines += ["", "| phase | kind | status: count |", "|---|---|---|"]
        for phase, counter in result["phases"].items():
            for kind in ("page", "search", "save"):
                statuses = {s: n for (k, s), n in sorted(counter.items()) if k == kind}
                if statuses:
                    text = ", ".join(f"{s}: {n}" for s, n in statuses.items())
                    lines.append(f"| {phase} | {kind} | {text} |")
        verify_result = result["verify"]
        lines += [
            "",
            f"- acknowledged saves: {verify_result['acknowledged']}; lost: **{len(verify_result['lost'])}**; "
            f"current text not the newest version: **{len(verify_result['wrong_current'])}**; "
            f"instruments with gaps in their versions: **{len(result['gaps'])}**",
            f"- indexer caught up afterwards: {'yes' if result['caught_up'] else 'NO'} ({result['waited']} s); "
            f"`search check --no-repair`: exit {result['check_code']} — {result['check_output'].splitlines()[-1]}",
            f"- 5xx in the access log: {result['server_errors']}",
        ]
        if result["error_lines"]:
            lines += ["- server log:", *[f"  - `{line}`" for line in result["error_lines"]]]
        lines.append("")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--scenarios", default=",".join(SCENARIOS))
    parser.add_argument("--out", type=Path, default=Path(f"bench/results/faults-{dt.date.today():%Y%m%d}.md"))
    args = parser.parse_args(argv)
    wanted = [s for s in args.scenarios.split(",") if s]
    results = []
    with tempfile.TemporaryDirectory(prefix="fault-runs-") as folder:
        workdir = Path(folder)
        sqlite_scenarios = [s for s in wanted if s != "postgres"]
        info = None
        if sqlite_scenarios:
            print(f"Vullen (SQLite) met {args.size} instrumenten ...", flush=True)
            info = prepare(workdir, args.size, args.seed)
            records = _saveable(workdir, info)
            for name in sqlite_scenarios:
                if name == "disk" and os.geteuid() != 0:
                    results.append({"name": name, "skipped": "mount vraagt root"})
                    continue
                print(f"Scenario {name} ...", flush=True)
                results.append(
                    run_scenario(name, workdir, info["database_url"], info, records, args.seconds, args.seed)
                )
        if "postgres" in wanted:
            from bench.backends import ScratchDatabase, Unavailable

            try:
                scratch = ScratchDatabase.create("storing")
            except Unavailable as exc:
                results.append({"name": "postgres", "skipped": str(exc)})
            else:
                try:
                    pg_dir = workdir / "pg"
                    pg_dir.mkdir()
                    print(f"Vullen (PostgreSQL) met {args.size} instrumenten ...", flush=True)
                    pg_info = prepare(pg_dir, args.size, args.seed, database_url=scratch.url)
                    records = _saveable(pg_dir, pg_info)
                    print("Scenario postgres ...", flush=True)
                    results.append(
                        run_scenario("postgres", pg_dir, scratch.url, pg_info, records, args.seconds, args.seed)
                    )
                finally:
                    scratch.drop()
        instruments = (info or {}).get("instruments", args.size)
    header = {
        "date": f"{dt.date.today():%Y-%m-%d}",
        "command": "python -m bench.fault_runs " + " ".join(argv or sys.argv[1:]),
        "instruments": instruments,
    }
    write_report(args.out, results, header)
    print(args.out.read_text(encoding="utf-8"))
    bad = [
        r
        for r in results
        if not r.get("skipped")
        and (r["verify"]["lost"] or r["verify"]["wrong_current"] or r["gaps"] or r["check_code"] or not r["caught_up"])
    ]
    return 1 if bad else 0


def _saveable(workdir: Path, info: dict) -> dict:
    editor_ids = [i for org in info["editors"].values() for i in org["instruments"]]
    records = records_for(workdir, info["database_url"], editor_ids)
    for org in info["editors"].values():
        org["instruments"] = [i for i in org["instruments"] if i in records]
    return records


if __name__ == "__main__":
    sys.exit(main())
