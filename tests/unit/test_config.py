"""config.yaml: reading defaults and remembering the theme chosen in the app (issue 14)."""

from __future__ import annotations

import argparse

from briefing_tui.config import apply_config, load_config, remember_theme


def test_missing_config_is_empty(tmp_path):
    config = load_config(tmp_path / "config.yaml")
    assert (config.corpus, config.theme, config.index, config.problems) == ([], None, None, [])


def test_relative_paths_are_read_from_the_config_folder(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("corpus: [news, /abs/other]\nindex: cache/idx.sqlite3\ntheme: briefing-contrast\n", encoding="utf-8")
    config = load_config(path)
    assert config.corpus == [str(tmp_path / "news"), "/abs/other"]
    assert config.index == str(tmp_path / "cache" / "idx.sqlite3")
    assert config.theme == "briefing-contrast"


def test_bad_values_are_problems_not_crashes(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("corpus: 3\ntheme: [a]\n", encoding="utf-8")
    config = load_config(path)
    assert config.corpus == [] and config.theme is None
    assert len(config.problems) == 2


def test_command_line_wins_over_config(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("corpus: news\ntheme: briefing-light\nindex: i.sqlite3\n", encoding="utf-8")
    args = argparse.Namespace(corpus=["mine"], theme=None)
    apply_config(args, path)
    assert args.corpus == ["mine"] and args.theme == "briefing-light" and args.index == str(tmp_path / "i.sqlite3")
    given = argparse.Namespace(corpus=None, theme="briefing-dark", index="x", no_cache=False)
    apply_config(given, path)
    assert given.corpus == [str(tmp_path / "news")] and given.theme == "briefing-dark" and given.index == "x"


def test_remember_theme_rewrites_only_the_theme_line(tmp_path):
    path = tmp_path / "sub" / "config.yaml"
    assert remember_theme("briefing-light", path) == path
    assert path.read_text(encoding="utf-8") == 'theme: "briefing-light"\n'
    path.write_text("# my settings\ncorpus: ~/news\ntheme: old\nindex: x.sqlite3", encoding="utf-8")
    remember_theme("briefing-contrast", path)
    assert path.read_text(encoding="utf-8") == '# my settings\ncorpus: ~/news\ntheme: "briefing-contrast"\nindex: x.sqlite3'
    assert load_config(path).theme == "briefing-contrast"
    path.write_text("corpus: ~/news", encoding="utf-8")
    remember_theme("my: odd \"theme\"", path)
    assert load_config(path).theme == 'my: odd "theme"' and load_config(path).corpus
