"""User aliases.yaml: garbled forms mapped to canonical names; a bad file is a message, not a crash."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus
from briefing_tui.extract import analyse
from briefing_tui.extract.aliases import MAX_ALIAS_FILE_BYTES, load_aliases
from briefing_tui.paths import seeds_dir


def _seed_copy(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    src = next(seeds_dir().glob(f"{name}*"))
    (folder / src.name).write_bytes(src.read_bytes())
    return folder


def test_alias_beside_the_corpus_names_the_garbled_administration(tmp_path):
    folder = _seed_copy(tmp_path, "000_")
    (folder / "aliases.yaml").write_text('"Early Miao administration": "Sanae Takaichi"\n', encoding="utf-8")
    corpus = load_corpus([folder])
    takaichi = next(e for e in corpus.entities if e.name == "Sanae Takaichi")
    assert takaichi.type == "person"
    assert takaichi.aliases == ["Early Miao administration"]
    assert corpus.analysis.problems == []


def test_alias_in_the_user_config_dir_merges_a_spelling(tmp_path, monkeypatch):
    config = tmp_path / "config"
    config.mkdir()
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(config))
    (config / "aliases.yaml").write_text("aliases:\n  Timour Dadabayev: Timur Dadabaev\n"
                                         "  Foreign Minister Hayashi: {name: Yoshimasa Hayashi, type: person}\n",
                                         encoding="utf-8")
    corpus = load_corpus([seeds_dir()])
    names = {e.name for e in corpus.entities}
    assert "Timur Dadabaev" in names and "Timour Dadabayev" not in names
    assert "Yoshimasa Hayashi" in names


def test_bad_alias_files_give_clear_problems(tmp_path):
    bad_yaml = tmp_path / "a.yaml"
    bad_yaml.write_text("key: [unclosed\n", encoding="utf-8")
    a_list = tmp_path / "b.yaml"
    a_list.write_text("- just\n- a list\n", encoding="utf-8")
    bad_entry = tmp_path / "c.yaml"
    bad_entry.write_text("Good Name: Canonical Name\nOther: {type: planet, name: X}\nEmpty: 3\n", encoding="utf-8")
    huge = tmp_path / "d.yaml"
    huge.write_text("x: y\n" * (MAX_ALIAS_FILE_BYTES // 4), encoding="utf-8")
    aliases, problems = load_aliases([bad_yaml, a_list, bad_entry, huge, tmp_path / "missing.yaml"])
    assert [a.surface for a in aliases] == ["Good Name"]
    reasons = [(Path(p.path).name, p.reason) for p in problems]
    assert reasons[0] == ("a.yaml", "alias file is not valid YAML (line 1)")  # where "[" opened: the only line
    assert reasons[1][0] == "b.yaml" and "mapping" in reasons[1][1]
    assert [r[0] for r in reasons[2:4]] == ["c.yaml", "c.yaml"]
    assert reasons[4][0] == "d.yaml" and "too large" in reasons[4][1]
    assert reasons[5][0] == "missing.yaml" and "cannot read" in reasons[5][1]


def test_analyse_reports_alias_problems_and_still_works(seed_corpus, tmp_path):
    bad = tmp_path / "aliases.yaml"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    result = analyse(seed_corpus.sources, [bad])
    assert len(result.problems) == 1 and result.problems[0].path == str(bad)
    assert any(e.name == "Timur Dadabaev" for e in result.entities)
