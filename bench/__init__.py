"""Benchmarks of the search backends: speed at scale (``search_bench``) and relevance on the demo
(``relevance``). Not part of the test suite: the numbers depend on the machine. See README.md."""
