"""Benchmarks for briefing-tui (not tests): ``python -m bench.run [--quick]``."""
