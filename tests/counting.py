"""Count calls to module functions in a test (work done or not done, counted rather than timed)."""

from __future__ import annotations

from collections.abc import Callable


def count_calls(monkeypatch, **targets: tuple[object, str]) -> dict[str, int]:
    """Replace each ``module.name`` given as ``key=(module, "name")`` by a wrapper that counts its calls
    under ``key``; the returned dict holds the counts (the patches end with the test)."""
    calls = dict.fromkeys(targets, 0)

    def wrap(key: str, function: Callable) -> Callable:
        def counting(*args, **kwargs):
            calls[key] += 1
            return function(*args, **kwargs)
        return counting

    for key, (module, name) in targets.items():
        monkeypatch.setattr(module, name, wrap(key, getattr(module, name)))
    return calls
