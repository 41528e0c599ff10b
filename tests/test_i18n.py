"""The translation files are complete, consistent and compiled; and the checker really checks.

Fix failures with ``python tools/i18n.py update``, then ``untranslated LANG`` / ``fill LANG``.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _load_tool():
    spec = importlib.util.spec_from_file_location("shopsafe_i18n_tool", REPO / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


i18n = _load_tool()


@pytest.fixture
def locked() -> Iterator[None]:
    """Hold the pipeline's lock so nobody rewrites the files while they are read."""
    with i18n.repo_lock():
        yield


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_no_unfinished_entries_or_placeholder_mismatches(locked, lang):
    found = i18n.entry_problems(i18n.ts_path(lang))
    assert found == [], "\n".join(found[:40])


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_string_in_the_code_is_in_the_ts_file(locked, lang):
    found = i18n.extraction_problems(i18n.ts_path(lang))
    assert found == [], "\n".join(found[:40])


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_committed_qm_matches_a_fresh_compile(locked, lang):
    assert not i18n.qm_is_stale(i18n.ts_path(lang), i18n.qm_path(lang)), (
        f"desktop_{lang}.qm is stale: run python tools/i18n.py update"
    )


TS_TEMPLATE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Demo</name>
    <message>
        <source>Total: {{total}}</source>
        <translation{attr}>{text}</translation>
    </message>
</context>
</TS>
"""


def _ts(tmp_path: Path, text: str, attr: str = "") -> Path:
    path = tmp_path / "demo_id.ts"
    path.write_text(TS_TEMPLATE.format(text=text, attr=attr), "utf-8")
    return path


def test_checker_accepts_a_good_translation(tmp_path):
    assert i18n.entry_problems(_ts(tmp_path, "Jumlah: {total}")) == []


def test_checker_finds_an_unfinished_entry(tmp_path):
    assert len(i18n.entry_problems(_ts(tmp_path, "", ' type="unfinished"'))) == 1
    assert len(i18n.entry_problems(_ts(tmp_path, "Jumlah: {total}", ' type="unfinished"'))) == 1


def test_checker_finds_a_placeholder_mismatch(tmp_path):
    found = i18n.entry_problems(_ts(tmp_path, "Jumlah: {jumlah}"))
    assert len(found) == 1 and "placeholder" in found[0]
    assert i18n.entry_problems(_ts(tmp_path, "Jumlah")) != []


def test_checker_finds_a_stale_qm(tmp_path):
    ts = _ts(tmp_path, "Jumlah: {total}")
    qm = tmp_path / "demo_id.qm"
    assert i18n.qm_is_stale(ts, qm)  # missing
    i18n.lrelease(ts, qm)
    assert not i18n.qm_is_stale(ts, qm)
    _ts(tmp_path, "Total semuanya: {total}")
    assert i18n.qm_is_stale(ts, qm)


def test_placeholders_are_compared_by_name():
    assert i18n.placeholders("{a} and {b:>3}") == ["a", "b"]
    assert i18n.placeholders("%n item(s)") == ["%n"]


def test_fill_and_untranslated_round_trip(tmp_path, monkeypatch):
    """fill merges JSON into a .ts (refusing bad placeholders) and untranslated lists the rest."""
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    monkeypatch.setattr(i18n, "lupdate", lambda targets: None)  # keep the hand-made file as is
    path = tmp_path / "desktop_id.ts"
    path.write_text(TS_TEMPLATE.format(text="", attr=' type="unfinished"').replace(
        "</context>",
        "    <message>\n        <source>Hello</source>\n"
        "        <translation type=\"unfinished\"></translation>\n    </message>\n</context>",
    ), "utf-8")
    assert i18n.unfinished("id") == {"Demo": {"Total: {total}": "", "Hello": ""}}
    good = tmp_path / "good.json"
    good.write_text('{"Demo": {"Hello": "Halo", "Total: {total}": "Jumlah: {jumlah}"}}', "utf-8")
    args = i18n.build_parser().parse_args(["fill", "id", str(good)])
    assert i18n.cmd_fill(args) == 1  # the mismatched placeholder is refused
    assert i18n.unfinished("id") == {"Demo": {"Total: {total}": ""}}
    assert (tmp_path / "desktop_id.qm").exists()


def test_command_line_check_reports_status():
    result = subprocess.run(
        [sys.executable, str(REPO / "tools" / "i18n.py"), "--help"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0
    for command in ("update", "fill", "check", "untranslated", "export"):
        assert command in result.stdout


def test_lupdate_extracts_all_marker_styles(tmp_path, monkeypatch):
    """N_("Ctx", ...), self.tr() and QCoreApplication.translate() all reach the .ts file."""
    package = tmp_path / "desktop"
    package.mkdir()
    (package / "sample.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QWidget\n"
        "from desktop.text import N_\n"
        "MARK = N_('Domain', 'Marked in domain code')\n"
        "class Page(QWidget):\n"
        "    def texts(self):\n"
        "        return self.tr('From tr {name}'), QCoreApplication.translate('Other', 'From translate')\n",
        "utf-8",
    )
    monkeypatch.setattr(i18n, "REPO", tmp_path)
    target = tmp_path / "out_id.ts"
    i18n.lupdate([target])
    pairs = {(c, m.findtext("source")) for c, m in i18n._messages(i18n.ET.parse(target))}
    assert pairs == {
        ("Domain", "Marked in domain code"),
        ("Page", "From tr {name}"),
        ("Other", "From translate"),
    }


def test_the_lock_serialises_concurrent_users():
    """A second process waits while the lock is held, and proceeds once it is released."""
    code = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('t', {str(REPO / 'tools' / 'i18n.py')!r})\n"
        "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)\n"
        "with m.repo_lock():\n"
        "    print('acquired', flush=True)\n"
    )
    with i18n.repo_lock():
        waiting = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        with pytest.raises(subprocess.TimeoutExpired):
            waiting.communicate(timeout=1.5)
    out, _ = waiting.communicate(timeout=30)
    assert out.strip() == "acquired"
    assert waiting.returncode == 0


def test_qm_is_replaced_atomically(tmp_path):
    """lrelease compiles beside the .qm and renames: a reader never sees a half-written file.

    A new catalogue arrives as a new inode (an open reader keeps the old one whole), no temporary
    file is left behind, and a failed compile leaves the previous .qm untouched.
    """
    folder = tmp_path / "i18n"
    folder.mkdir()
    ts = _ts(folder, "Jumlah: {total}")
    qm = folder / "demo_id.qm"
    i18n.lrelease(ts, qm)
    first = qm.read_bytes()
    with open(qm, "rb") as reader:
        _ts(folder, "Total semuanya: {total}")
        i18n.lrelease(ts, qm)
        assert reader.read() == first  # the open file is the old catalogue, complete
    assert qm.read_bytes() != first
    assert sorted(p.name for p in folder.iterdir()) == ["demo_id.qm", "demo_id.ts"]

    second = qm.read_bytes()
    ts.write_text("<TS><context><name>broken", "utf-8")
    with pytest.raises(SystemExit):
        i18n.lrelease(ts, qm)
    assert qm.read_bytes() == second
    assert sorted(p.name for p in folder.iterdir()) == ["demo_id.qm", "demo_id.ts"]


def test_export_lists_finished_and_unfinished_entries(tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    (tmp_path / "desktop_id.ts").write_text(TS_TEMPLATE.format(text="Jumlah: {total}", attr=""))
    assert i18n.entries("id") == {"Demo": {"Total: {total}": "Jumlah: {total}"}}
    assert i18n.unfinished("id") == {}
