"""The rotating log in the data folder, with URL secrets cut out."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from desktop.logging_setup import log_file_path, redact, setup_logging, shutdown_logging


@pytest.fixture
def log_dir(tmp_path) -> Iterator:
    folder = tmp_path / "logs"
    yield folder
    shutdown_logging()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GET https://shop.test/reset?token=abc123&u=1 ok", "GET https://shop.test/reset?… ok"),
        ("see https://shop.test/pay#access_token=xyz", "see https://shop.test/pay#…"),
        ("proxy http://user:hunter2@proxy.test:8080/", "proxy http://…@proxy.test:8080/"),
        ("plain https://shop.test/about.html.", "plain https://shop.test/about.html."),
        ("no url here", "no url here"),
    ],
)
def test_redact(text, expected):
    assert redact(text) == expected


def test_records_go_to_a_redacted_file_in_the_data_folder(log_dir, monkeypatch, tmp_path):
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / "data"))
    path = setup_logging()
    assert path == tmp_path / "data" / "logs" / "shopsafe.log"
    assert log_file_path() == path
    logging.getLogger("desktop.net.client").info("fetched %s", "https://a.test/x?session=SECRET")
    try:
        raise ValueError("bad https://b.test/?key=TOPSECRET")
    except ValueError:
        logging.getLogger("desktop.ui").exception("failed")
    for handler in logging.getLogger("desktop").handlers:
        handler.flush()
    text = path.read_text("utf-8")
    assert "fetched https://a.test/x?…" in text
    assert "ValueError" in text
    assert "SECRET" not in text


def test_log_rotates(log_dir):
    path = setup_logging(folder=log_dir)
    logger = logging.getLogger("desktop.rotation")
    for i in range(3000):
        logger.info("line %05d %s", i, "x" * 400)
    files = sorted(p.name for p in log_dir.iterdir())
    assert files[0] == "shopsafe.log"
    assert "shopsafe.log.1" in files
    assert len(files) <= 4  # the current file plus three backups
    assert path.stat().st_size <= 1_000_000


def test_setup_twice_keeps_one_handler(log_dir):
    setup_logging(folder=log_dir)
    setup_logging(folder=log_dir)
    ours = [h for h in logging.getLogger("desktop").handlers if getattr(h, "_shopsafe", False)]
    assert len(ours) == 1
