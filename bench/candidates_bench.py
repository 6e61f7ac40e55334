"""Time of the harmonisation candidate grouping (``instrumentengids compare candidates``)
over the synthetic instruments; target ≤ 2 minutes at 20,000, result stored.

    python -m bench.candidates_bench --size 20000 --out bench/results/candidates-YYYYMMDD.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import resource
import tempfile
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)

    from bench.coverage_bench import fill
    from portal import create_app
    from portal.cli import initialise_database
    from portal.comparisons.candidates import compute_and_store, stored_groups
    from portal.extensions import db

    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("INSTRUMENTENGIDS_INSTANCE", folder)
        app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/c.sqlite", "SECRET_KEY": "b" * 40})
        with app.app_context():
            initialise_database(echo=lambda _message: None)
            instruments = fill(args.size, args.seed)
            started = time.perf_counter()
            groups = compute_and_store()
            db.session.commit()
            seconds = time.perf_counter() - started
            top = stored_groups(limit=5)
            sizes = [g.size for g in stored_groups(limit=100000)]
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            examples = [f"{g.score:.2f}: " + " | ".join(m.instrument.name for m in g.members[:3]) for g in top]
            db.session.remove()
            db.engine.dispose()
    mark = "✓" if seconds <= 120 else "✗"
    lines = [
        "# Kandidaten voor harmonisatie: rekentijd",
        "",
        f"Gemeten op {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC met `python -m bench.candidates_bench"
        f" --size {args.size}` op {os.cpu_count()} cores (Python {platform.python_version()}), SQLite.",
        "",
        "| instrumenten | groepen | in groepen | grootste groep | tijd (s), doel ≤ 120 | piekgeheugen (MiB) |",
        "|---|---|---|---|---|---|",
        f"| {instruments} | {groups} | {sum(sizes)} | {max(sizes, default=0)} | {seconds:.1f} {mark} | {peak:.0f} |",
        "",
        "Sterkste groepen (score: eerste namen):",
        "",
        *[f"- {example}" for example in examples],
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
