"""``briefing quotes`` and ``briefing entities``: the CLI contract, filters, safety and lean imports."""

from __future__ import annotations

import json
import subprocess
import sys

from briefing_tui.cli import main
from tests.conftest import ARTICLES

QUOTE_KEYS = {"text", "speaker", "kind", "source", "start", "end", "sentence"}
ENTITY_KEYS = {"name", "type", "aliases", "mentions", "sources"}


def run_json(capsys, *argv: str, code: int = 0):
    assert main(list(argv)) == code
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == 1
    return data[argv[0]]


def test_quotes_json_contract(capsys):
    quotes = run_json(capsys, "quotes", "--json")
    assert len(quotes) == 32  # 35 quoted spans and reported clauses; 3 fragments belong to reported ones
    assert all(QUOTE_KEYS <= set(q) for q in quotes)
    assert {q["kind"] for q in quotes} == {"direct", "reported"}
    first = quotes[0]
    assert (first["text"], first["speaker"], first["source"]) == ("Japan is back", None, "003_46b5d03ce97921a0")


def test_fuzzy_query_finds_the_quote_and_its_speaker(capsys):
    quotes = run_json(capsys, "quotes", "japan is back", "--json")
    assert [q["speaker"] for q in quotes] == [None, "Tomohiko Uyama"]
    assert "‘Japan is back’" in quotes[1]["text"]
    by_speaker = run_json(capsys, "quotes", "kurbanov", "--json")
    assert by_speaker and all(q["speaker"] == "Sobir Kurbanov" for q in by_speaker)


def test_speaker_and_source_filters_take_any_spelling(capsys):
    quotes = run_json(capsys, "quotes", "--speaker", "Dadabayev", "--source", "004_d8b58f788d07b44f", "--json")
    assert [q["speaker"] for q in quotes] == ["Timur Dadabaev", "Timur Dadabaev"]
    assert all(q["source"] == "004_d8b58f788d07b44f" for q in quotes)
    assert run_json(capsys, "quotes", "--speaker", "Nobody Atall", "--json", code=1) == []


def test_source_filter_shows_the_occurrence_in_that_source(capsys):
    corpus = str(ARTICLES / "extract")
    quotes = run_json(capsys, "quotes", "--corpus", corpus, "--source", "08_wire_refinery_b", "--json")
    morita = next(q for q in quotes if q["speaker"] == "Kenji Morita")
    assert morita["source"] == "08_wire_refinery_b"
    assert morita["text"] == "We cannot keep running at these rates when margins are negative"


def test_entities_json_and_type_filter(capsys):
    entities = run_json(capsys, "entities", "--json")
    assert all(ENTITY_KEYS <= set(e) for e in entities)
    people = run_json(capsys, "entities", "--type", "person", "--json")
    dadabaev = next(e for e in people if e["name"] == "Timur Dadabaev")
    assert dadabaev["mentions"] == 7 and dadabaev["sources"] == ["003_46b5d03ce97921a0", "004_d8b58f788d07b44f"]
    assert {e["type"] for e in people} == {"person"}
    assert main(["entities", "--type", "planet"]) == 2
    assert "unknown entity type" in capsys.readouterr().err


def test_tables_render_article_text_inert(tmp_path, capsys):
    (tmp_path / "evil.txt").write_text(
        "Evil headline\n\nThe mayor of the town, Anna Berg, spoke to a crowd of supporters on Monday evening "
        "about the plan to rebuild the old harbour and the bridge that links it to the city centre.\n\n"
        "“We will [bold red]win[/] \x1b[31mtoday\x1b[0m, and we will win the vote on the harbour next month,” "
        "Berg said as the crowd cheered.\n", encoding="utf-8")
    assert main(["quotes", "--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b[31m" not in out and "[bold red]win[/]" in out and "Anna Berg" in out
    assert main(["entities", "--corpus", str(tmp_path)]) == 0
    assert "Anna Berg" in capsys.readouterr().out


def test_quotes_command_never_imports_textual():
    code = ("import sys; from briefing_tui.cli import main; main(['quotes', 'japan is back', '--json']); "
            "main(['entities', '--json']); assert 'textual' not in sys.modules, 'textual imported'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_one_letter_wrong_in_a_short_name_still_finds_it(capsys):
    # "Uyema" for Uyama (80) and "Kaplin" for Kaplan (83) are under the long-query cutoff of 85
    right = run_json(capsys, "quotes", "uyama", "--json")
    typo = run_json(capsys, "quotes", "uyema", "--json")
    assert typo == right and {q["speaker"] for q in right} == {"Tomohiko Uyama"}
    assert run_json(capsys, "quotes", "uyma", "--json", code=1) == []  # four letters keep the usual cutoff
