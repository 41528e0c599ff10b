"""The archive command line run in-process, as the CLI tests of the archive use it.

One place for the test passphrase, the fast KDF options and the environment (passphrase, this
PC's data folder, English), instead of a copy in every test module."""

from __future__ import annotations

from pathlib import Path

from desktop.cli import main

PASS = "kata sandi keluarga"
FAST = ["--kdf-memory", "19456", "--kdf-iterations", "2"]


def use_cli_env(monkeypatch, tmp_path: Path, data: str = "data") -> Path:
    """The passphrase from the environment, ``tmp_path/data`` as this PC's data folder, English
    messages; returns ``tmp_path``."""
    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", PASS)
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / data))
    monkeypatch.setenv("SHOPSAFE_LANGUAGE", "en")
    return tmp_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """``shopsafe archive ARGV…``: exit code, standard output, standard error."""
    code = main(["archive", *argv])
    out, err = capsys.readouterr()
    return code, out, err
