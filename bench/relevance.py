"""Relevance of the search backends on the demo data: recall@5 and MRR of judged Dutch queries.

    python -m bench.relevance [--backends whoosh,postgres] [--out bench/results/relevance-YYYYMMDD.md]

The demo is loaded into a temporary SQLite database through the real app (``create_app``,
``initialise_database``, ``load_demo``), search documents are built with
``search.documents.build_document`` and indexed into every backend, and each query of
``bench/relevance.json`` is run as the viewer it names (internal unless it says public).

Judged instruments the viewer may not see on the day of the run (a draft, a closed
publication window, not public, not available in the query's gemeente) are dropped from
that query's relevant set and listed in the report, so the numbers measure ranking, not
the calendar.

Measures, per query and averaged:
- recall@5: judged relevant instruments in the top 5, divided by min(5, number judged) —
  a query with more than five good answers is fully served by five of them;
- MRR: 1 / rank of the first relevant hit (0 when none is on the first page of 20).

A query that finds nothing but gets a "Bedoelde u ...?" suggestion is also evaluated on
the suggestion's results (what the user sees after clicking it); the report shows both.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.backends import BACKENDS, ScratchDatabase, Unavailable, backend_class, initialise, machine_info, make_app
from bench.synthetic import available_in, visible_on

HERE = Path(__file__).resolve().parent
JUDGEMENTS = HERE / "relevance.json"
TOP = 5
PAGE = 20
TARGET_RECALL = 0.9


def load_demo_documents(workdir: Path):
    """(documents, id by (owner code, name), gemeente filters by code) from the demo in SQLite."""
    from sqlalchemy import select

    from portal.demo.loader import load_demo
    from portal.extensions import db
    from portal.models import Instrument
    from search.backend import GemeenteFilter
    from search.documents import build_document, reference_maps
    from tenants.areas import get_gemeente, organisations_serving

    app = make_app(f"sqlite:///{workdir / 'demo.sqlite'}", workdir)
    initialise(app)
    judgements = json.loads(JUDGEMENTS.read_text(encoding="utf-8"))
    with app.app_context():
        load_demo()
        db.session.commit()
        region_of, regions = reference_maps(db.session)
        instruments = db.session.scalars(select(Instrument).where(Instrument.status != "archived")).all()
        documents = [build_document(i, region_of, regions) for i in instruments]
        filters = {}
        for code in {q["gemeente"] for q in judgements["queries"] if q.get("gemeente")}:
            gemeente = get_gemeente(code)
            serving = frozenset(o.id for o in organisations_serving(gemeente))
            filters[code] = GemeenteFilter(gemeente.code, gemeente.region_code, serving)
        db.session.remove()
    by_key = {(d["owner_code"], d["name"]): d["id"] for d in documents}
    return documents, by_key, filters, judgements


def check_judgements(judgements: dict, by_key: dict) -> None:
    unknown = [
        (q["id"], owner, name)
        for q in judgements["queries"]
        for owner, name in q["relevant"]
        if (owner, name) not in by_key
    ]
    if unknown:
        raise SystemExit(f"relevance.json names instruments the demo does not have: {unknown}")


def effective_relevant(query: dict, by_key: dict, documents_by_id: dict, filters: dict, on: dt.date):
    """(ids the viewer can be shown, [(owner, name, why not)] for judged ones it cannot)."""
    keep, dropped = [], []
    gemeente = filters.get(query.get("gemeente"))
    for owner, name in query["relevant"]:
        document = documents_by_id[by_key[(owner, name)]]
        if not visible_on(document, on, query.get("viewer", "internal")):
            why = "niet zichtbaar voor deze kijker op " + on.isoformat()
            if document["status"] != "published":
                why = f"status {document['status']}"
            elif query.get("viewer") == "public" and not document["public_visible"]:
                why = "niet publiek"
            dropped.append((owner, name, why))
        elif gemeente is not None and not available_in(document, gemeente):
            dropped.append((owner, name, f"niet beschikbaar in {gemeente.code}"))
        else:
            keep.append(document["id"])
    return keep, dropped


def score(hit_ids: list[str], relevant: list[str]) -> tuple[float, float, int | None]:
    """(recall@5, reciprocal rank, rank of the first relevant hit)."""
    if not relevant:
        return 0.0, 0.0, None
    wanted = set(relevant)
    in_top = len(wanted & set(hit_ids[:TOP]))
    first = next((rank for rank, hit in enumerate(hit_ids, start=1) if hit in wanted), None)
    return in_top / min(TOP, len(wanted)), (1 / first if first else 0.0), first


def run_backend(kind: str, documents: list[dict], judgements: dict, by_key: dict, filters: dict, workdir: Path):
    from portal.timeutil import today
    from search.backend import SearchRequest, Viewer

    cls = backend_class(kind)
    scratch = None
    if kind == "whoosh":
        backend = cls(workdir / "whoosh-index")
    else:
        from sqlalchemy import create_engine

        scratch = ScratchDatabase.create("bench_relevance")
        engine = create_engine(scratch.url)
        backend = cls(engine)
    try:
        started = time.perf_counter()
        backend.index(documents)
        index_seconds = time.perf_counter() - started
        on = today()
        by_id = {d["id"]: d for d in documents}
        name_of = {d["id"]: f"{d['owner_code']}: {d['name']}" for d in documents}
        rows = []
        for query in judgements["queries"]:
            viewer = Viewer(query.get("viewer", "internal"))
            gemeente = filters.get(query.get("gemeente"))
            relevant, dropped = effective_relevant(query, by_key, by_id, filters, on)

            def run(text, viewer=viewer, gemeente=gemeente):
                request = SearchRequest(text=text, viewer=viewer, gemeente=gemeente, per_page=PAGE, today=on)
                t0 = time.perf_counter()
                result = backend.search(request)
                return result, (time.perf_counter() - t0) * 1000

            result, ms = run(query["text"])
            hits = [h.id for h in result.hits]
            recall, rr, first = score(hits, relevant)
            row = {
                "id": query["id"],
                "text": query["text"],
                "categories": query["categories"],
                "viewer": viewer.kind,
                "gemeente": query.get("gemeente"),
                "judged": len(query["relevant"]),
                "relevant": len(relevant),
                "dropped": dropped,
                "total": result.total,
                "ms": round(ms, 1),
                "top5": [name_of.get(h, h) for h in hits[:TOP]],
                "recall_at_5": recall,
                "reciprocal_rank": rr,
                "first_relevant_rank": first,
                "suggestion": result.suggestion,
                "missed": [name_of[i] for i in relevant if i not in hits[:TOP]],
            }
            # What the viewer must never get: hits outside visibility or availability.
            leaks = [
                name_of.get(h, h)
                for h in hits
                if h in by_id
                and (
                    not visible_on(by_id[h], on, viewer.kind)
                    or (gemeente is not None and not available_in(by_id[h], gemeente))
                )
            ]
            row["leaks"] = leaks
            if not hits and result.suggestion:
                again, _ms = run(result.suggestion)
                again_hits = [h.id for h in again.hits]
                s_recall, s_rr, s_first = score(again_hits, relevant)
                row["after_suggestion"] = {
                    "text": result.suggestion,
                    "total": again.total,
                    "top5": [name_of.get(h, h) for h in again_hits[:TOP]],
                    "recall_at_5": s_recall,
                    "reciprocal_rank": s_rr,
                    "first_relevant_rank": s_first,
                }
            rows.append(row)
        return {"available": True, "index_seconds": round(index_seconds, 2), "queries": rows}
    finally:
        close = getattr(backend, "close", None)
        if close:
            close()
        if scratch is not None:
            engine.dispose()
            scratch.drop()


def summarise(rows: list[dict]) -> dict:
    counted = [r for r in rows if r["relevant"]]

    def effective(r, key):
        after = r.get("after_suggestion")
        return after[key] if after else r[key]

    n = len(counted) or 1
    by_category: dict[str, list[dict]] = {}
    for r in counted:
        for category in r["categories"]:
            by_category.setdefault(category, []).append(r)
    return {
        "queries": len(rows),
        "counted": len(counted),
        "recall_at_5": sum(effective(r, "recall_at_5") for r in counted) / n,
        "mrr": sum(effective(r, "reciprocal_rank") for r in counted) / n,
        "recall_at_5_without_suggestions": sum(r["recall_at_5"] for r in counted) / n,
        "mrr_without_suggestions": sum(r["reciprocal_rank"] for r in counted) / n,
        "leaking_queries": [r["id"] for r in rows if r["leaks"]],
        "by_category": {
            category: {
                "queries": len(items),
                "recall_at_5": sum(effective(r, "recall_at_5") for r in items) / len(items),
                "mrr": sum(effective(r, "reciprocal_rank") for r in items) / len(items),
            }
            for category, items in sorted(by_category.items())
        },
    }


def mark(ok: bool) -> str:
    return "✓" if ok else "✗"


def write_report(out: Path, results: dict, command: str, machine: dict, started: str) -> None:
    lines = [
        "# Relevantie van het zoeken op de demo-gegevens",
        "",
        f"Gemeten op {started} met `{command}`.",
        "",
        f"Machine: {machine['nproc']} cores ({machine['cpu']}), {machine['memory']}; Python {machine['python']}, "
        f"whoosh3 {machine['whoosh']}, PostgreSQL {machine['postgresql']}.",
        "",
        "Oordelen: `bench/relevance.json` (wat een werkcoach of inwoner met die zoekvraag in de top 5 wil zien). "
        "recall@5 = gevonden relevante in de top 5 / min(5, aantal relevante); MRR over de eerste pagina (20). "
        f"Doel: recall@5 ≥ {TARGET_RECALL}. Bij een vraag zonder resultaten maar met een 'Bedoelde u'-suggestie "
        "telt het resultaat ná het klikken op de suggestie (beide staan in de tabel).",
        "",
        "## Samenvatting",
        "",
        "| backend | vragen | recall@5 | MRR | recall@5 zonder suggesties | MRR zonder suggesties | lekken |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind, result in results.items():
        if not result.get("available"):
            lines.append(f"| {kind} | – | {result['reason']} | | | | |")
            continue
        s = result["summary"]
        lines.append(
            f"| {kind} | {s['counted']} | {s['recall_at_5']:.3f} {mark(s['recall_at_5'] >= TARGET_RECALL)} | "
            f"{s['mrr']:.3f} | {s['recall_at_5_without_suggestions']:.3f} | {s['mrr_without_suggestions']:.3f} | "
            f"{', '.join(s['leaking_queries']) or 'geen'} |"
        )
    lines.append("")
    available = {k: r for k, r in results.items() if r.get("available")}
    if available:
        categories = sorted({c for r in available.values() for c in r["summary"]["by_category"]})
        lines += [
            "## Per soort vraag (recall@5 / MRR)",
            "",
            "| soort | " + " | ".join(available) + " |",
            "|---|" + "---|" * len(available),
        ]
        for category in categories:
            cells = []
            for result in available.values():
                c = result["summary"]["by_category"].get(category)
                cells.append(f"{c['recall_at_5']:.2f} / {c['mrr']:.2f} ({c['queries']})" if c else "–")
            lines.append(f"| {category} | " + " | ".join(cells) + " |")
        lines.append("")
    for kind, result in available.items():
        lines += [
            f"## {kind}: per vraag",
            "",
            f"Indexeren van de demo: {result['index_seconds']} s.",
            "",
            "| vraag | kijker | gemeente | relevant | recall@5 | RR | 1e relevante | ms | opmerking |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for r in result["queries"]:
            note = []
            if r.get("after_suggestion"):
                a = r["after_suggestion"]
                note.append(
                    f"geen resultaten; 'Bedoelde u: {a['text']}' → "
                    f"recall@5 {a['recall_at_5']:.2f}, RR {a['reciprocal_rank']:.2f}"
                )
            elif r["suggestion"]:
                note.append(f"suggestie: {r['suggestion']}")
            if r["leaks"]:
                note.append("LEK: " + "; ".join(r["leaks"]))
            if r["dropped"]:
                note.append(f"{len(r['dropped'])} beoordeelde niet zichtbaar/beschikbaar")
            if r["relevant"] and r["recall_at_5"] < 1 and not r.get("after_suggestion"):
                note.append("mist: " + "; ".join(r["missed"][:4]))
            lines.append(
                f"| `{r['text']}` | {r['viewer']} | {r['gemeente'] or ''} | {r['relevant']}/{r['judged']} | "
                f"{r['recall_at_5']:.2f} | {r['reciprocal_rank']:.2f} | {r['first_relevant_rank'] or '–'} | "
                f"{r['ms']} | "
                f"{' · '.join(note)} |"
            )
        lines.append("")
        failing = [r for r in result["queries"] if r["relevant"] and _effective_recall(r) < TARGET_RECALL]
        if failing:
            lines += [f"### {kind}: vragen onder het doel, met hun top 5", ""]
            for r in failing:
                lines.append(
                    f"- `{r['text']}` ({r['viewer']}{', ' + r['gemeente'] if r['gemeente'] else ''}): "
                    f"recall@5 {_effective_recall(r):.2f}; top 5: {'; '.join(r['top5']) or '(niets)'}"
                )
            lines.append("")
    unavailable = {k: r for k, r in results.items() if not r.get("available")}
    for kind, result in unavailable.items():
        lines += [f"## {kind}", "", f"Niet gemeten: {result['reason']}", ""]
    out.write_text("\n".join(lines), encoding="utf-8")


def _effective_recall(row: dict) -> float:
    after = row.get("after_suggestion")
    return after["recall_at_5"] if after else row["recall_at_5"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backends", default=",".join(BACKENDS))
    stamp = dt.date.today().strftime("%Y%m%d")
    parser.add_argument("--out", type=Path, default=HERE / "results" / f"relevance-{stamp}.md")
    args = parser.parse_args(argv)
    command = "python -m bench.relevance " + " ".join(argv if argv is not None else sys.argv[1:])
    started = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    workdir = Path(tempfile.mkdtemp(prefix="bench-relevance-"))
    try:
        documents, by_key, filters, judgements = load_demo_documents(workdir)
        check_judgements(judgements, by_key)
        print(f"demo: {len(documents)} documenten, {len(judgements['queries'])} vragen", flush=True)
        results = {}
        for kind in [k.strip() for k in args.backends.split(",") if k.strip()]:
            try:
                result = run_backend(kind, documents, judgements, by_key, filters, workdir)
                result["summary"] = summarise(result["queries"])
                s = result["summary"]
                print(f"{kind}: recall@5 {s['recall_at_5']:.3f}, MRR {s['mrr']:.3f}", flush=True)
            except Unavailable as exc:
                result = {"available": False, "reason": str(exc)}
                print(f"{kind}: {exc}", flush=True)
            except Exception as exc:  # noqa: BLE001 - a broken backend is reported, the other still runs
                result = {"available": False, "reason": f"fout tijdens de meting: {type(exc).__name__}: {exc}"}
                print(f"{kind}: {result['reason']}", flush=True)
            results[kind] = result
        machine = machine_info()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        write_report(args.out, results, command, machine, started)
        args.out.with_suffix(".json").write_text(
            json.dumps(
                {"command": command, "started": started, "machine": machine, "results": results},
                ensure_ascii=False,
                indent=1,
                default=str,
            ),
            encoding="utf-8",
        )
        print(f"geschreven: {args.out} en {args.out.with_suffix('.json')}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
