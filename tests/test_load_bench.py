"""The load benchmark's own bookkeeping: which processes it counts and how it adds them up."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.load_bench import _cpu_by_role, _cpu_shares, _process_tree

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux' /proc")


def test_the_process_tree_holds_children_and_grandchildren():
    sleeper = "import time; time.sleep(30)"
    script = f"import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', {sleeper!r}]); time.sleep(30)"
    child = subprocess.Popen([sys.executable, "-c", script])  # noqa: S603 - our own command
    try:
        deadline = time.monotonic() + 10
        while len(tree := _process_tree(child.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert tree[0] == child.pid and len(tree) == 2
        assert os.getpid() not in tree
        assert child.pid in _process_tree(os.getpid())
    finally:
        for pid in reversed(_process_tree(child.pid)):
            os.kill(pid, 9)
        child.wait()
    assert _process_tree(child.pid) == []


def test_cpu_is_counted_by_role_and_as_a_share_of_the_machine():
    busy = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass\ntime.sleep(30)"
    child = subprocess.Popen([sys.executable, "-c", busy])  # noqa: S603 - our own command
    try:
        deadline = time.monotonic() + 10
        while _cpu_by_role(child.pid)["master"] < 0.25 and time.monotonic() < deadline:
            time.sleep(0.05)
        roles = _cpu_by_role(child.pid)
        assert roles["master"] >= 0.25 and roles["workers"] == 0 and roles["indexer"] == 0
    finally:
        child.kill()
        child.wait()
    cores = os.cpu_count() or 1
    shares = _cpu_shares(
        {"workers": 1.0, "master": 0.0, "indexer": 0.0},
        {"workers": 1.0 + cores, "master": 0.0, "indexer": 0.5},
        0.5,
        10,
    )
    assert shares["workers"] == 10.0 and shares["indexer"] == round(50 / cores / 10, 1)
    assert shares["load generator"] == round(50 / cores / 10, 1)
    assert shares["all"] == round(shares["workers"] + shares["indexer"] + shares["load generator"], 1)


def test_the_offered_rate_ramps_up_from_a_tenth_in_the_first_half_of_the_warm_up():
    from bench.load_bench import ramp_factor

    assert ramp_factor(0, 15) == pytest.approx(0.1)
    assert ramp_factor(7.5, 15) == pytest.approx(0.55)
    assert ramp_factor(15, 15) == 1.0 and ramp_factor(100, 15) == 1.0
    assert ramp_factor(-1, 15) == pytest.approx(0.1)  # a random phase before the start
    assert ramp_factor(3, 0) == 1.0  # no ramp: the full rate at once
