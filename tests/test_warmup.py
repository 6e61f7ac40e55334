"""A fresh gunicorn worker readies itself before taking requests (portal.warmup)."""

from __future__ import annotations

import logging
import sys

import pytest

from portal.warmup import TEMPLATES, YOUNG_THRESHOLD, settle_garbage_collector, warm_up
from search.service import forget_backends, get_backend
from tests import factories as f


@pytest.fixture
def fresh_index(ctx, tmp_path):
    previous = ctx.config.get("SEARCH_INDEX_DIR")
    ctx.config["SEARCH_INDEX_DIR"] = str(tmp_path / "index")
    forget_backends()
    yield
    forget_backends()
    ctx.config["SEARCH_INDEX_DIR"] = previous


def test_warm_up_opens_the_index_imports_textstat_and_compiles_templates(ctx, fresh_index):
    f.instrument(f.organisation("GM0281"), name="Taalcafé")
    ctx.jinja_env.cache.clear()
    backend = get_backend()
    if getattr(backend, "_searcher", "n/a") is None:  # Whoosh: nothing open before the first search
        warm_up(ctx)
        assert backend._searcher is not None  # noqa: SLF001 - the point of the test
    else:
        warm_up(ctx)
    assert "textstat" in sys.modules
    compiled = {key[1] for key in ctx.jinja_env.cache}
    assert set(TEMPLATES) <= compiled


def test_a_failing_warm_up_is_logged_and_does_not_stop_the_worker(ctx, fresh_index, monkeypatch, caplog):
    def broken(_app=None):
        raise RuntimeError("index weg")

    monkeypatch.setattr("search.service.get_backend", broken)
    with caplog.at_level(logging.ERROR, logger="portal.warmup"):
        seconds = warm_up(ctx)
    assert seconds >= 0
    assert "Opwarmen van de worker mislukte" in caplog.text


def test_the_garbage_collector_leaves_what_the_worker_keeps_alone():
    import gc

    before = gc.get_threshold()
    try:
        kept = [object() for _ in range(1000)]  # noqa: F841 - alive while settling
        settle_garbage_collector()
        assert gc.get_freeze_count() > 1000
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD and gc.get_threshold()[1:] == before[1:]
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
