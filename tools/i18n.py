#!/usr/bin/env python3
"""ShopSafe's translation pipeline: extract, fill, compile and check the ``.ts``/``.qm`` files.

Usage (from the repository root, with the project's virtual environment)::

    python tools/i18n.py update                 # lupdate every desktop/**/*.py, then lrelease
    python tools/i18n.py untranslated id > id.json   # unfinished entries as JSON, ready to fill
    python tools/i18n.py export id > id.json     # every entry, to revise finished translations
    python tools/i18n.py fill id id.json         # merge {"Context": {"source": "translation"}}
    python tools/i18n.py check                  # exit 1 on unfinished / mismatched / stale files

``fill`` takes plural (``%n``) translations as a list of forms. Every subcommand holds an
exclusive ``fcntl`` lock keyed by the repository path, so several people (or test runs) can use
it concurrently on one working tree without corrupting the files.

lupdate is given an explicit list of files (it finds nothing in a directory of ``.py`` files) and
``-tr-function-alias QT_TRANSLATE_NOOP+=N_`` so that ``desktop.text.N_("Context", "text")``
markers in Qt-free code are extracted like ``QT_TRANSLATE_NOOP``. Plurals: write
``QCoreApplication.translate("Context", "%n file(s)", None, n)``; lupdate files a three-argument
``self.tr("%n ...", None, n)`` under a bogus "QCoreApplication.self" context. Source
locations are not stored (``-locations none``): they would change on every edit and make
concurrent commits collide.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
I18N_DIR = REPO / "resources" / "i18n"
LANGUAGES = ("id", "es")
TS_PREFIX = "desktop"

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:[!:][^{}]*)?\}|%n|%L?\d")


def ts_path(lang: str) -> Path:
    return I18N_DIR / f"{TS_PREFIX}_{lang}.ts"


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"{TS_PREFIX}_{lang}.qm"


def _tool(name: str) -> str:
    """The Qt tool next to this interpreter (the venv), else on PATH."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    venv = REPO / ".venv" / "bin" / name
    if venv.exists():
        return str(venv)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in the virtual environment")
    return found


@contextlib.contextmanager
def repo_lock() -> Iterator[None]:
    """Hold an exclusive lock for this working tree (blocks until it is free)."""
    key = hashlib.sha256(str(REPO).encode()).hexdigest()[:16]
    lock_file = Path(tempfile.gettempdir()) / f"shopsafe-i18n-{key}.lock"
    with open(lock_file, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def source_files() -> list[Path]:
    """Every Python file of the package, sorted, relative to the repository."""
    root = REPO / "desktop"
    return sorted(
        p.relative_to(REPO)
        for p in root.rglob("*.py")
        if "_resources" not in p.parts and "__pycache__" not in p.parts
    )


def _run(cmd: list[str]) -> None:
    result = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"command failed ({result.returncode}): {cmd[0]}")


def lupdate(targets: list[Path]) -> None:
    """Extract strings from every source file into ``targets`` (existing translations kept)."""
    cmd = [
        _tool("pyside6-lupdate"),
        *map(str, source_files()),
        "-tr-function-alias",
        "QT_TRANSLATE_NOOP+=N_",
        "-no-obsolete",
        "-locations",
        "none",
        "-silent",
        "-ts",
        *map(str, targets),
    ]
    _run(cmd)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` atomically.

    lrelease writes its output in place; a running ShopSafe that loads the catalogue at that
    moment would read half a file. So compile into a temporary file beside ``qm`` (same file
    system), flush it to disk and rename it over ``qm``: readers see the old file or the new one.
    """
    fd, name = tempfile.mkstemp(prefix=f".{qm.name}.", suffix=".tmp", dir=qm.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        _run([_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(tmp)])
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, qm)
    finally:
        tmp.unlink(missing_ok=True)


# --- reading and writing .ts files ------------------------------------------------------------


def _messages(tree: ET.ElementTree) -> Iterator[tuple[str, ET.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _translation_forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    if forms:
        return [f.text or "" for f in forms]
    return [translation.text or ""]


def _is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None:
        return True
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return translation.get("type") == "unfinished"
    return not any(form.strip() for form in _translation_forms(message))


def placeholders(text: str) -> list[str]:
    """Sorted placeholder names of ``text``: ``{name}``, ``%n``, ``%1``."""
    return sorted(m.group(1) or m.group(0) for m in _PLACEHOLDER.finditer(text))


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    tmp = path.with_suffix(".ts.tmp")
    tmp.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    os.replace(tmp, path)


# --- subcommands ------------------------------------------------------------------------------


def cmd_update(_args: argparse.Namespace) -> int:
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    targets = [ts_path(lang) for lang in LANGUAGES]
    lupdate(targets)
    for lang in LANGUAGES:
        lrelease(ts_path(lang), qm_path(lang))
    print(f"updated {', '.join(str(t.relative_to(REPO)) for t in targets)} "
          f"from {len(source_files())} files")
    return 0


def cmd_fill(args: argparse.Namespace) -> int:
    lang = args.lang
    path = ts_path(lang)
    if not path.exists():
        raise SystemExit(f"{path} does not exist: run 'update' first")
    wanted: dict[str, dict[str, str | list[str]]] = json.loads(Path(args.file).read_text("utf-8"))
    tree = ET.parse(path)
    done: set[tuple[str, str]] = set()
    problems: list[str] = []
    for context, message in _messages(tree):
        source = message.findtext("source") or ""
        value = wanted.get(context, {}).get(source)
        if value is None:
            continue
        forms = value if isinstance(value, list) else [value]
        if not all(isinstance(f, str) and f.strip() for f in forms):
            problems.append(f"empty translation: [{context}] {source!r}")
            continue
        if any(placeholders(f) != placeholders(source) for f in forms):
            # %n in plural forms is optional in some languages' singular, but {names} are not.
            if any(
                [p for p in placeholders(f) if p != "%n"]
                != [p for p in placeholders(source) if p != "%n"]
                for f in forms
            ):
                problems.append(f"placeholder mismatch: [{context}] {source!r} -> {forms!r}")
                continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
        done.add((context, source))
    missing = [
        f"not in {path.name} (run 'update' first?): [{ctx}] {src!r}"
        for ctx, entries in wanted.items()
        for src in entries
        if (ctx, src) not in done
    ]
    _write_ts(tree, path)
    # Let lupdate rewrite the file in its canonical layout, then compile.
    lupdate([path])
    lrelease(path, qm_path(lang))
    print(f"{lang}: {len(done)} translations filled")
    for line in problems + missing:
        print(line, file=sys.stderr)
    return 1 if problems or missing else 0


def entries(lang: str, *, only_unfinished: bool = False) -> dict[str, dict[str, str | list[str]]]:
    """Entries of ``lang`` in ``fill``'s format (current text as the value), to review and fill
    back; with ``only_unfinished``, just the entries still marked unfinished."""
    result: dict[str, dict[str, str | list[str]]] = {}
    for context, message in _messages(ET.parse(ts_path(lang))):
        if only_unfinished and not _is_unfinished(message):
            continue
        source = message.findtext("source") or ""
        forms = _translation_forms(message)
        if message.get("numerus") == "yes":
            value: str | list[str] = forms or [""]
        else:
            value = forms[0] if forms else ""
        result.setdefault(context, {})[source] = value
    return result


def unfinished(lang: str) -> dict[str, dict[str, str | list[str]]]:
    """Unfinished entries of ``lang`` in ``fill``'s format (current text as the value)."""
    return entries(lang, only_unfinished=True)


def cmd_untranslated(args: argparse.Namespace) -> int:
    json.dump(unfinished(args.lang), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    json.dump(entries(args.lang), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def entry_problems(ts: Path, label: str = "") -> list[str]:
    """Unfinished entries and placeholder mismatches of one ``.ts`` file."""
    found: list[str] = []
    for context, message in _messages(ET.parse(ts)):
        source = message.findtext("source") or ""
        if _is_unfinished(message):
            found.append(f"{label}unfinished: [{context}] {source!r}")
            continue
        names = [p for p in placeholders(source) if p != "%n"]
        for form in _translation_forms(message):
            if [p for p in placeholders(form) if p != "%n"] != names:
                found.append(f"{label}placeholder mismatch: [{context}] {source!r} -> {form!r}")
    return found


def qm_is_stale(ts: Path, qm: Path) -> bool:
    """True if compiling ``ts`` now does not give ``qm`` byte for byte (or ``qm`` is missing).

    Compares contents rather than modification times, which git does not keep.
    """
    if not qm.exists():
        return True
    with tempfile.TemporaryDirectory() as tmp:
        compiled = Path(tmp) / qm.name
        lrelease(ts, compiled)
        return compiled.read_bytes() != qm.read_bytes()


def extraction_problems(ts: Path, label: str = "") -> list[str]:
    """Strings in the code missing from ``ts``, and entries the code no longer has."""
    present = {(c, m.findtext("source") or "") for c, m in _messages(ET.parse(ts))}
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        shutil.copy(ts, fresh)
        lupdate([fresh])
        extracted = {(c, m.findtext("source") or "") for c, m in _messages(ET.parse(fresh))}
    return [
        f"{label}not extracted yet (run 'update'): [{c}] {s!r}"
        for c, s in sorted(extracted - present)
    ] + [
        f"{label}no longer in the code (run 'update'): [{c}] {s!r}"
        for c, s in sorted(present - extracted)
    ]


def problems(lang: str) -> list[str]:
    """Everything wrong with ``lang``'s files; empty when they are complete and up to date."""
    ts, qm = ts_path(lang), qm_path(lang)
    if not ts.exists():
        return [f"{ts.relative_to(REPO)} is missing: run 'update'"]
    label = f"{lang}: "
    found = entry_problems(ts, label) + extraction_problems(ts, label)
    if qm_is_stale(ts, qm):
        found.append(f"{label}{qm.relative_to(REPO)} is missing or stale: run 'update'")
    return found


def cmd_check(_args: argparse.Namespace) -> int:
    found = [line for lang in LANGUAGES for line in problems(lang)]
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} problem(s); see 'python tools/i18n.py --help'", file=sys.stderr)
        return 1
    print("translations complete and up to date")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tools/i18n.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="extract strings into the .ts files and compile .qm").set_defaults(
        func=cmd_update
    )
    fill = sub.add_parser("fill", help="merge translations from a JSON file")
    fill.add_argument("lang", choices=LANGUAGES)
    fill.add_argument("file", help='JSON {"Context": {"source": "translation"}}')
    fill.set_defaults(func=cmd_fill)
    sub.add_parser("check", help="fail on unfinished, mismatched or stale files").set_defaults(
        func=cmd_check
    )
    untranslated = sub.add_parser("untranslated", help="print unfinished entries as fill JSON")
    untranslated.add_argument("lang", choices=LANGUAGES)
    untranslated.set_defaults(func=cmd_untranslated)
    export = sub.add_parser("export", help="print every entry (finished too) as fill JSON")
    export.add_argument("lang", choices=LANGUAGES)
    export.set_defaults(func=cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    with repo_lock():
        return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
