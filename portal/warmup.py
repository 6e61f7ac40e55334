"""Readying a fresh gunicorn worker before it takes requests.

A worker that has just started opens the search index and builds its bitmaps on its first
search, imports textstat (and nltk) on its first editor form and compiles each template on
first use: together one to two seconds of CPU per worker. Under load that landed on the first
visitors after every start, and they queued behind it (the load benchmark saw p95s of several
seconds for the first fifteen seconds, then 100–200 ms). ``serve`` runs this in each worker
after it loaded the app and before it accepts a connection.

Then the garbage collector is told to leave alone what the worker keeps for its lifetime
(``settle_garbage_collector``). Without that, a full collection walked the search tables,
SQLAlchemy's and Jinja's caches and every module: measured in the process, 3 full
collections per 2,000 searches of 100–120 ms each (a pause every request in the worker
waits for) and 0.35 s of young collections; with it, 8 ms in all and no pause over 3 ms.

Nothing here writes. A failure is logged and the worker starts anyway: a cold worker is slow,
not wrong.
"""

from __future__ import annotations

import gc
import logging
import time

from flask import Flask

log = logging.getLogger(__name__)

# Allocations between two young collections (Python's default is 700): a search allocates
# thousands of short-lived objects, and a young collection ran on almost every one.
YOUNG_THRESHOLD = 10_000

# The pages that carry the load: public instrument pages, search, the editor form.
TEMPLATES = (
    "base.html",
    "public/instrument.html",
    "public/home.html",
    "public/gemeente.html",
    "search/page.html",
    "editor/form.html",
    "error.html",
)


def warm_up(app: Flask) -> float:
    """Open the search index (building its tables), import textstat and compile the busiest
    templates; returns the seconds it took."""
    started = time.perf_counter()
    try:
        with app.app_context():
            from portal.extensions import db
            from portal.readability import _textstat
            from search.service import get_backend

            get_backend(app).doc_count()
            _textstat()
            for name in TEMPLATES:
                app.jinja_env.get_template(name)
            db.session.remove()
    except Exception:  # noqa: BLE001 - a cold worker is slow, not wrong: start anyway
        log.exception("Opwarmen van de worker mislukte; hij start koud.")
    return time.perf_counter() - started


def settle_garbage_collector() -> None:
    """Collect once, then move everything alive now (modules, caches, the search tables) out
    of the collector's sight (``gc.freeze``), and collect the young less often. Only for a
    server process after ``warm_up``: it is for the rest of the process's life."""
    gc.collect()
    gc.freeze()
    _young, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
