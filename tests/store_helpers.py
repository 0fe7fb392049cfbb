"""Small corpora written on the fly for the store tests (articles in shapes of our own)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

TOPICS = ("the harbour bridge reopening", "a regional water agreement", "the new rail link to the coast",
          "a farm subsidy reform", "the city's flood defences", "a solar plant on former mine land")


# Two articles of one story for the tests of an edit that changes another article's names: the first names
# "Halvard Dunmore" in full, the second quotes "Dunmore" alone.
ARTICLE_A = """Budget talks resume in the capital

By Staff Reporter

Halvard Dunmore, the finance minister, met union leaders in Oslo on Monday to discuss the budget.

“We will not cut pensions this year,” Halvard Dunmore told reporters after the meeting.

The talks are expected to continue next week.
"""

ARTICLE_B = """Unions wait for the budget

By Staff Reporter

Union leaders said on Tuesday that they would wait for the final text of the budget.

“The figures will be published in full before the vote,” Dunmore said in a statement.

The vote is planned for December.
"""
B_QUOTE = "The figures will be published in full before the vote"


def b_speaker(main, capsys, corpus: Path, index: Path) -> str | None:
    """The speaker ``quotes --json`` gives ARTICLE_B's quote (its lone "Dunmore" resolved, or not)."""
    quotes_json = outputs(main, capsys, (("quotes", "--json"),), corpus, "--index", str(index))[0]
    return next(q["speaker"] for q in json.loads(quotes_json)["quotes"] if q["source"] == "b" and B_QUOTE in q["text"])

def article_text(k: int, variant: str = "") -> str:
    """A plausible wire story, different for each ``k`` (and ``variant``)."""
    topic = TOPICS[k % len(TOPICS)]
    return (f"Officials discuss {topic} {variant}\n\nBy Staff Reporter {k}\nThe Example Ledger\n"
            f"March {1 + k % 27}, 2025\n\n"
            f"Regional officials met on Tuesday to discuss {topic}, a plan first floated {k + 2} years ago. "
            f"The meeting in the provincial capital drew {100 + k} delegates from {3 + k % 5} districts.\n\n"
            f"“We have waited long enough,” said Marta Ilves, who chairs the planning committee. "
            f"She said a final decision was expected before the summer {variant}.\n\n"
            f"Critics argue the cost, estimated at {20 + k} million euros, is too high. "
            f"Jonas Berg, an economist at the state university, said the figures did not add up.\n")


def write_corpus(folder: Path, n: int) -> list[Path]:
    """Write ``n`` articles into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(n):
        path = folder / f"story_{k:03d}.txt"
        path.write_text(article_text(k), encoding="utf-8")
        paths.append(path)
    return paths


def write_generated(folder: Path, n: int) -> list[Path]:
    """Write the first ``n`` articles of bench/generate's corpus into a new ``folder``, aged so that their
    fingerprints are trusted; return their paths, sorted."""
    from bench.generate import article

    folder.mkdir()
    for k in range(n):
        (folder / f"{k:06d}.txt").write_text(article(k)[0], encoding="utf-8")
    paths = sorted(folder.iterdir())
    age([*paths, folder])
    return paths


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and mtime."""
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def age(paths, seconds: int = 60) -> None:
    """Set the files' mtimes into the past, so that fingerprints are trusted (not racy)."""
    for p in paths:
        st = os.stat(p)
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns - seconds * 1_000_000_000))


def run_python(code: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.Popen:
    """Start ``python -c code`` from the repository root (not waited for)."""
    return subprocess.Popen([sys.executable, "-c", code], cwd=REPO, env={**os.environ, **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def outputs(main, capsys, commands, corpus: Path, *options: str) -> list[str]:
    """What each of ``commands`` prints on ``corpus`` with ``options`` (each exits 0 or 1)."""
    out = []
    for command in commands:
        assert main([*command, "--corpus", str(corpus), *options]) in (0, 1)
        out.append(capsys.readouterr().out)
    return out


def indexed_like_cold(main, capsys, commands, corpus: Path, index: Path, counts: dict[str, int]) -> dict[str, int]:
    """Run ``commands`` through ``index``, then cold (``--no-cache``): the outputs must be equal and not empty.
    Returns ``counts`` (zeroed first) as the indexed run left them: how much work it did."""
    counts.update(dict.fromkeys(counts, 0))
    warm = outputs(main, capsys, commands, corpus, "--index", str(index))
    done = dict(counts)
    cold = outputs(main, capsys, commands, corpus, "--no-cache")
    for command, a, b in zip(commands, warm, cold):
        assert a == b, f"{command[0]} differs from a cold run"
    assert all(warm)
    return done


class MemoryRows:
    """The per-source rows and results of an index, in memory (what store.stage_memo.StoredStages reads and writes)."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str, str], bytes] = {}
        self.results: dict[tuple[str, str], bytes] = {}

    def get_analyses(self, kind, version, keys):
        return {k: self.rows[(kind, version, k)] for k in keys if (kind, version, k) in self.rows}

    def put_analyses(self, kind, version, blobs):
        for k, blob in blobs.items():
            self.rows[(kind, version, k)] = blob

    def get_result(self, kind, signature):
        return self.results.get((kind, signature))

    def put_result(self, kind, signature, blob):
        self.results[(kind, signature)] = blob


def edit_add_remove_rename(corpus: Path, edit, add):
    """Yield after each change of ``corpus``: ``edit`` of its second article (or of the file it returns), ``add``,
    its third article removed, its fourth renamed; each changed file and folder aged so the index sees it."""
    files = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    age([edit(files[1]) or files[1]])
    yield "edit"
    add()
    age([*corpus.iterdir(), corpus])
    yield "add"
    files[2].unlink()
    age([corpus])
    yield "remove"
    renamed = corpus / "renamed.txt"
    files[3].rename(renamed)
    age([renamed, corpus])
    yield "rename"


def count_full_analyses(monkeypatch) -> list[int]:
    """A list that grows by one each time the full analysis runs (``briefing_tui.extract.analyse``)."""
    import briefing_tui.extract

    full = briefing_tui.extract.analyse
    analysed: list[int] = []

    def counted(*args, **kwargs):
        analysed.append(1)
        return full(*args, **kwargs)

    monkeypatch.setattr(briefing_tui.extract, "analyse", counted)
    return analysed


def patch_reasons(monkeypatch) -> list[str]:
    """A list that grows by each patch attempt's ``Patch.reason`` (why an edit was or was not patched)."""
    from briefing_tui.store.analysis_patch import Patch

    reasons: list[str] = []
    run = Patch.run

    def recorded(patch: Patch) -> bool:
        done = run(patch)
        reasons.append(patch.reason)
        return done

    monkeypatch.setattr(Patch, "run", recorded)
    return reasons


class ResultsOnly:
    """The two calls of an index that ``StoredLinks`` makes, kept in a dict."""

    def __init__(self) -> None:
        self.results: dict[tuple[str, str], bytes] = {}

    def get_result(self, kind: str, signature: str) -> bytes | None:
        return self.results.get((kind, signature))

    def put_result(self, kind: str, signature: str, blob: bytes) -> None:
        self.results[(kind, signature)] = blob
