"""desktop.cli_common: the one way the command-line tools take --lang, passphrases and output."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from desktop.cli_common import (
    add_language_option,
    chosen,
    passphrase,
    print_error,
    translator,
    write_json,
)
from desktop.text import N_


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_language_option(parser)
    return parser.parse_args(list(argv))


def test_lang_follows_the_one_language_rule(monkeypatch, tmp_path):
    monkeypatch.setenv("SHOPSAFE_SETTINGS_FILE", str(tmp_path / "none.ini"))
    for name in ("SHOPSAFE_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert _parse().lang is None and chosen(_parse().lang) == "en"
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert chosen(None) == "es" and chosen("system") == "es"
    monkeypatch.setenv("SHOPSAFE_LANGUAGE", "id")
    assert chosen(None) == "id" and chosen(_parse("--lang", "en").lang) == "en"
    assert chosen("system") == "es"  # the system's language, whatever else is set
    with pytest.raises(SystemExit):
        _parse("--lang", "fr")


def test_translator_speaks_the_chosen_language(qapp):
    message = N_("ArchiveCli", "The passphrases differ; try again.")
    assert translator("en") is None
    spanish = message.render(translator("es"))
    assert spanish and spanish != message.render()


def test_passphrase_from_a_file_then_the_environment(tmp_path, monkeypatch):
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n", "utf-8")
    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", "from the environment")
    assert passphrase(secret, None) == "correct horse battery staple"  # one newline dropped
    assert passphrase(None, None) == "from the environment"


def test_json_is_exact_on_any_terminal():
    value = {"shop": "Tienda Olivar — año", "total": "Rp 1.250.000"}
    utf8 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    latin = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
    for stream in (utf8, latin):
        write_json(value, stream)
        stream.flush()
        stream.seek(0)
        assert json.loads(stream.read()) == value
    utf8.seek(0)
    assert "—" in utf8.read()


def test_errors_are_one_translated_line(capsys):
    print_error(N_("ArchiveCli", "Nothing found."), None)
    assert capsys.readouterr().err == "error: Nothing found.\n"
