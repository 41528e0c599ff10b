"""Readers for the public corpora used by the link benchmarks (read in place, never copied).

``SHOPSAFE_CORPORA`` overrides the location (default: ``../shared/corpora`` next to the
checkout). Every reader returns ASCII host names, lower-cased, de-duplicated, in file order.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
CORPORA = Path(os.environ.get("SHOPSAFE_CORPORA", ROOT.parent / "shared" / "corpora"))
BENCH_VENVS = Path(os.environ.get("SHOPSAFE_BENCH_VENVS", ROOT.parent / "bench-venvs"))

sys.path.insert(0, str(ROOT))

from desktop.checks.domains import host_info, to_ascii  # noqa: E402


def _host(url: str) -> str | None:
    url = url.strip()
    if not url:
        return None
    if "://" not in url:
        url = "http://" + url
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return to_ascii(host) if host else None


def _unique(items):
    seen = set()
    for item in items:
        if item and item not in seen:
            seen.add(item)
            yield item


def registrable(host: str) -> str | None:
    return host_info(host).registrable_domain


def tranco(limit: int = 100_000) -> list[str]:
    path = CORPORA / "legit-tranco-top100k-2026-04" / "data_tranco_safe.csv"
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle)
        hosts = (_host(row["url"]) for row in rows)
        return list(_unique(hosts))[:limit]


def shopify() -> list[str]:
    path = CORPORA / "legit-shopify-stores-2020" / "List.txt"
    data = json.loads(path.read_text(encoding="utf-8"))
    return list(_unique(_host(item["Domain"]) for item in data))


def retailers() -> list[str]:
    path = CORPORA / "legit-retailers-by-country" / "retailers.csv"
    with path.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["type"] == "website"]
    return list(_unique(_host(r["url"]) for r in rows))


def anssi() -> tuple[list[tuple[str, str, str]], list[str], list[str]]:
    """(suspect, imitated, class) rows, the must-not-flag list, the known-FP list."""
    folder = CORPORA / "typosquats-anssi-lab"
    rows = []
    for line in (folder / "tests_donnees_typosquats.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            suspect, imitated, klass = (x.strip() for x in line.split("|"))
            rows.append((suspect, imitated, klass))

    def plain(name: str) -> list[str]:
        text = (folder / name).read_text(encoding="utf-8")
        return [x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#")]

    return rows, plain("tests_donnees_a-ne-pas-signaler.txt"), plain(
        "tests_donnees_domaines-legitimes-signales.txt")


def hungarian() -> list[str]:
    path = CORPORA / "fakeshops-hun" / "fakewebshoplist"
    hosts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line[0] in "![#":
            continue
        line = line.lstrip("|").split("^")[0].split("$")[0]
        hosts.append(_host(line))
    return list(_unique(hosts))


def phishtank_with_target() -> list[tuple[str, str]]:
    """(url, target) for rows whose target is a named brand (not "Other")."""
    path = CORPORA / "phishtank-2020-05" / "DataFiles_2.online-valid.csv"
    out = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        for row in csv.DictReader(handle):
            target = (row.get("target") or "").strip()
            if target and target != "Other":
                out.append((row["url"], target))
    return out


def hagezi_fake() -> list[str]:
    folder = CORPORA / "fakeshops-hagezi-dach"
    hosts = []
    for name in ("data_black.list.fake.ts", "data_black.list.fake.vzni",
                 "data_black.list.fake.wli", "domains_fake.txt"):
        for line in (folder / name).read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.strip()
            if not line or line.startswith(("#", "!")):
                continue
            hosts.append(_host(line.split()[0].split("#")[0]))
    return list(_unique(hosts))


def peer_python(name: str) -> Path | None:
    python = BENCH_VENVS / name / "bin" / "python"
    return python if python.exists() else None


def run_peer(name: str, code: str, payload: dict) -> dict | None:
    """Run ``code`` with the peer's own interpreter; ``payload`` in as JSON on stdin, the
    peer's JSON answer out. ``None`` when the peer venv is missing."""
    python = peer_python(name)
    if python is None:
        return None
    proc = subprocess.run([str(python), "-c", code], input=json.dumps(payload), text=True,
                          capture_output=True, check=True)
    return json.loads(proc.stdout)
