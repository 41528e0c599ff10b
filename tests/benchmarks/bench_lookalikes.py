"""Benchmark: lookalike detection of the offline link analysis, with dnstwist and openSquat.

Positives: the ANSSI labelled typosquats (scored per mutation class, with their four imitated
domains added to the registry), the Hungarian fake-shop list (brand + country lookalikes),
PhishTank rows with a named target, and dnstwist permutations of registry domains.
Negatives: Tranco top 100k (leave-one-out: a domain that is itself official in the registry is
checked against a registry without it) and the 2020 Shopify shops.

For ShopSafe "flagged" means a ``domain.lookalike`` finding (warn or fail); the verdict rates on
the negatives count the whole offline verdict (``high_risk`` / ``caution``), so risky TLDs,
shorteners and IP literals are included there. No user country is set (one-letter typos of
every country's brands count), except for the French ANSSI set (country FR).

    .venv/bin/python tests/benchmarks/bench_lookalikes.py [--quick] [--no-peers]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict

import _links_corpora as corpora

from desktop.checks.analyze import analyze_offline
from desktop.checks.model import Level, Status
from desktop.net.options import CheckOptions
from desktop.checks.registry import Registry, default_registry

# No user country: one-letter typos of every country's brands count (the strictest setting).
OPTIONS = CheckOptions(offline=True, country="")
# The ANSSI set imitates French public services: a French user.
OPTIONS_FR = CheckOptions(offline=True, country="FR")

DNSTWIST_PERMUTE = r"""
import json, sys, dnstwist
req = json.load(sys.stdin)
out = {}
for domain in req["domains"]:
    f = dnstwist.Fuzzer(domain)
    f.generate()
    out[domain] = [[d["fuzzer"], d["domain"]] for d in f.domains if d["fuzzer"] != "*original"]
json.dump(out, sys.stdout)
"""

OPENSQUAT_DETECT = r"""
import io, json, sys, contextlib
from opensquat.squatting_detector import SquattingDetector
req = json.load(sys.stdin)
det = SquattingDetector(confidence_level=req["confidence"])
flagged = set()
with contextlib.redirect_stdout(io.StringIO()):
    for kw in req["keywords"]:
        flagged.update(det.check(kw, req["domains"]))
json.dump(sorted(flagged), sys.stdout)
"""


def check(host: str, registry: Registry, options: CheckOptions = OPTIONS
          ) -> tuple[Status | None, str | None, Level]:
    report = analyze_offline(host, options, registry)
    finding = report.finding("domain.lookalike")  # warn or fail; "info" local sites don't count
    if finding is None:
        return None, None, report.verdict.level
    return finding.status, finding.evidence.get("technique"), report.verdict.level


class LeaveOneOut:
    """Registries without one official domain (``mode="domain"``) or without the whole brand
    entry it belongs to (``mode="entry"``: the brand unknown), built on demand and cached."""

    def __init__(self, registry: Registry, mode: str = "entry") -> None:
        self.registry = registry
        self.mode = mode
        self.cache: dict[str, Registry] = {}
        self.count = 0

    def for_host(self, host: str) -> Registry:
        registrable = corpora.registrable(host) or host
        entry = self.registry.official_entry(host, registrable)
        if entry is None:
            return self.registry
        self.count += 1
        key = registrable if self.registry.is_official(registrable) else host
        if key not in self.cache:
            official = next((d for d in entry.domains if host == d or host.endswith("." + d)),
                            registrable)
            self.cache[key] = (self.registry.without_entry_of(official) if self.mode == "entry"
                               else self.registry.without(official))
        return self.cache[key]


def pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.2f} %" if whole else "n/a"


def score_negatives(name: str, hosts: list[str], registry: Registry, mode: str = "entry") -> dict:
    loo = LeaveOneOut(registry, mode)
    fail = warn = high = caution = 0
    examples_fail: list[str] = []
    examples_warn: list[str] = []
    techniques: Counter[str] = Counter()
    started = time.perf_counter()
    for host in hosts:
        status, technique, level = check(host, loo.for_host(host))
        if status is Status.FAIL:
            fail += 1
            techniques[technique] += 1
            examples_fail.append(f"{host} ({technique})")
        elif status is Status.WARN:
            warn += 1
            techniques[technique] += 1
            examples_warn.append(f"{host} ({technique})")
        high += level is Level.HIGH_RISK
        caution += level is Level.CAUTION
    elapsed = time.perf_counter() - started
    n = len(hosts)
    print(f"\n## negatives: {name} — {n} hosts ({loo.count} official, left out by {mode}), "
          f"{elapsed:.1f} s")
    print(f"lookalike fail (high risk): {fail} = {pct(fail, n)}; warn: {warn} = {pct(warn, n)}")
    print(f"offline verdict high_risk: {high} = {pct(high, n)}; caution: {caution} = "
          f"{pct(caution, n)}")
    print("by technique:", dict(techniques.most_common()))
    print("fail examples:", ", ".join(examples_fail[:25]))
    print("warn examples:", ", ".join(examples_warn[:25]))
    return {"n": n, "fail": fail, "warn": warn, "high": high, "caution": caution}


def score_positives(name: str, rows: list[tuple[str, str]], registry: Registry,
                    peers: dict[str, set[str]] | None = None,
                    options: CheckOptions = OPTIONS) -> None:
    """``rows`` are (host, class); prints detection per class (ShopSafe any/fail, peers)."""
    by_class: dict[str, list[tuple[Status | None, str]]] = defaultdict(list)
    for host, klass in rows:
        status, _technique, _level = check(host, registry, options)
        by_class[klass].append((status, host))
    peers = peers or {}
    head = "| class | n | ShopSafe flagged | ShopSafe high risk | " + " | ".join(peers) + " |"
    print(f"\n## positives: {name}\n{head}")
    print("|" + "---|" * (4 + len(peers)))
    total = Counter()
    for klass in sorted(by_class):
        items = by_class[klass]
        n = len(items)
        flagged = sum(1 for s, _ in items if s is not None)
        failed = sum(1 for s, _ in items if s is Status.FAIL)
        cells = [pct(sum(1 for _, h in items if h in found), n) for found in peers.values()]
        print(f"| {klass} | {n} | {pct(flagged, n)} | {pct(failed, n)} | " + " | ".join(cells)
              + " |")
        total["n"] += n
        total["flagged"] += flagged
        total["failed"] += failed
        for peer, found in peers.items():
            total[peer] += sum(1 for _, h in items if h in found)
    n = total["n"]
    cells = [pct(total[p], n) for p in peers]
    print(f"| **all** | {n} | {pct(total['flagged'], n)} | {pct(total['failed'], n)} | "
          + " | ".join(cells) + " |")
    missed = [h for items in by_class.values() for s, h in items if s is None]
    print("missed examples:", ", ".join(missed[:20]))


def dnstwist_permutations(domains: list[str]) -> dict[str, list[tuple[str, str]]] | None:
    answer = corpora.run_peer("dnstwist", DNSTWIST_PERMUTE, {"domains": domains})
    if answer is None:
        return None
    return {k: [tuple(x) for x in v] for k, v in answer.items()}


def opensquat_flags(keywords: list[str], domains: list[str], confidence: int = 1) -> set[str] | None:
    answer = corpora.run_peer("opensquat", OPENSQUAT_DETECT,
                              {"keywords": keywords, "domains": domains,
                               "confidence": confidence})
    return None if answer is None else set(answer)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="10k Tranco instead of 100k")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--peer-sample", type=int, default=3000,
                        help="negatives per list given to the slow peers")
    args = parser.parse_args()
    rng = random.Random(20261123)
    registry = default_registry()
    print(f"registry: {len(registry)} entries, {len(registry.official_domains())} official domains")

    # --- ANSSI, with their imitated domains added -----------------------------------------
    rows, must_not, known_fp = corpora.anssi()
    anssi_registry = Registry(registry.entries + Registry.from_domains(
        sorted({imitated for _, imitated, _ in rows})).entries)
    peers: dict[str, set[str]] = {}
    if not args.no_peers:
        perms = dnstwist_permutations(sorted({i for _, i, _ in rows}))
        if perms is not None:
            peers["dnstwist"] = {d for v in perms.values() for _, d in v}
        keywords = sorted({i.split(".")[0] for _, i, _ in rows})
        found = opensquat_flags(keywords, [corpora._host(s) for s, _, _ in rows])
        if found is not None:
            peers["opensquat"] = found
    score_positives("ANSSI typosquats (per mutation class)",
                    [(corpora._host(s), k) for s, _, k in rows], anssi_registry,
                    {k: {corpora._host(d) or d for d in v} for k, v in peers.items()},
                    OPTIONS_FR)
    for host in must_not + known_fp:
        status, technique, level = check(host, anssi_registry, OPTIONS_FR)
        print(f"must-not-flag {host}: lookalike={status and status.value} verdict={level.value}")

    # --- negatives --------------------------------------------------------------------------
    tranco = corpora.tranco(10_000 if args.quick else 100_000)
    shops = corpora.shopify()
    negatives = set(tranco) | set(shops)
    neg_registrable = {corpora.registrable(h) for h in negatives}
    score_negatives("Tranco top " + ("10k" if args.quick else "100k"), tranco, registry)
    score_negatives("Tranco top 10k", tranco[:10_000], registry, mode="domain")
    score_negatives("Shopify shops (2020)", shops, registry)

    # dnstwist as a detector: a host is flagged when it (or its registrable domain) is one of
    # dnstwist's permutations of the registry's primary domains.
    twist_union: set[str] | None = None
    if not args.no_peers:
        perms_all = dnstwist_permutations(keywords_domains(registry))
        if perms_all is not None:
            twist_union = {d for v in perms_all.values() for _, d in v}

    def twist_flags(hosts) -> dict[str, set[str]]:
        if twist_union is None:
            return {}
        return {"dnstwist": {h for h in hosts if h in twist_union
                             or corpora.registrable(h) in twist_union}}

    # --- Hungarian brand + country fake shops ----------------------------------------------
    hun = [h for h in corpora.hungarian() if corpora.registrable(h) not in neg_registrable]
    hun_peers: dict[str, set[str]] = twist_flags(hun)
    keywords = sorted(w for w, e in registry.words.items() if len(w) >= 5
                      and not all(x.generic for x in e))
    if not args.no_peers:
        found = opensquat_flags(keywords, hun)
        if found is not None:
            hun_peers["opensquat"] = found
    words = sorted((w for w in keywords if len(w) >= 4), key=len, reverse=True)

    def covered(host: str) -> str:
        label = (corpora.registrable(host) or host).split(".")[0].replace("-", "")
        return "brand in registry" if any(w in label for w in words) else "brand not in registry"

    score_positives("Hungarian fake shops (brand + country), overlap with negatives removed",
                    [(h, covered(h)) for h in hun], registry, hun_peers)

    # --- PhishTank rows with a named target ---------------------------------------------------
    phish = []
    seen = set()
    for url, target in corpora.phishtank_with_target():
        host = corpora._host(url)
        if host and host not in seen and corpora.registrable(host) not in neg_registrable:
            seen.add(host)
            phish.append((host, target))
    targets = Counter(t for _, t in phish)
    top = {t for t, _ in targets.most_common(12)}
    ph_peers: dict[str, set[str]] = twist_flags([h for h, _ in phish])
    if not args.no_peers:
        found = opensquat_flags(keywords, [h for h, _ in phish])
        if found is not None:
            ph_peers["opensquat"] = found
    score_positives("PhishTank 2020-05, rows with a named target (by target)",
                    [(h, t if t in top else "(other named)") for h, t in phish], registry,
                    ph_peers)

    # --- dnstwist permutations of registry domains ------------------------------------------
    if not args.no_peers:
        candidates = sorted({e.primary_domain for e in registry.entries if not e.generic
                             and len(e.primary_domain.split(".")[0]) >= 5})
        sample = rng.sample(candidates, min(60, len(candidates)))
        perms = dnstwist_permutations(sample)
        if perms is not None:
            rows2 = []
            for domain, items in perms.items():
                by = defaultdict(list)
                for fuzzer, permuted in items:
                    if registry.is_official(permuted) or permuted in negatives:
                        continue
                    if corpora.registrable(permuted) in neg_registrable:
                        continue
                    by[fuzzer].append(permuted)
                for fuzzer, hosts in by.items():
                    rng.shuffle(hosts)
                    rows2.extend((h, fuzzer) for h in hosts[:15])
            found = opensquat_flags(keywords, [h for h, _ in rows2])
            score_positives(f"dnstwist permutations of {len(sample)} registry domains "
                            "(≤ 15 per fuzzer and domain)", rows2, registry,
                            {"opensquat": found} if found is not None else {})

    # --- peers on a sample of the negatives ------------------------------------------------
    if not args.no_peers:
        sample_neg = rng.sample(tranco, min(args.peer_sample, len(tranco))) + rng.sample(
            shops, min(args.peer_sample, len(shops)))
        sample_neg = [h for h in sample_neg if registry.official_entry(
            h, corpora.registrable(h)) is None]
        started = time.perf_counter()
        found = opensquat_flags(keywords, sample_neg)
        took = time.perf_counter() - started
        if found is not None:
            print(f"\nopensquat (confidence 1, {len(keywords)} keywords) on {len(sample_neg)} "
                  f"non-official negatives: {len(found)} flagged = "
                  f"{pct(len(found), len(sample_neg))} ({took:.1f} s)")
        ours = sum(1 for h in sample_neg if check(h, registry)[0] is not None)
        print(f"ShopSafe on the same sample (no leave-one-out needed): {ours} flagged = "
              f"{pct(ours, len(sample_neg))}")
        started = time.perf_counter()
        perms = dnstwist_permutations(keywords_domains(registry))
        took = time.perf_counter() - started
        if perms is not None:
            union = {d for v in perms.values() for _, d in v}
            hits = sum(1 for h in set(tranco) | set(shops) if h in union
                       and registry.official_entry(h, corpora.registrable(h)) is None)
            print(f"dnstwist permutations of {len(perms)} registry primary domains "
                  f"({len(union)} names, {took:.1f} s): {hits} of the "
                  f"{len(negatives)} negatives = {pct(hits, len(negatives))} flagged")
    return 0


def keywords_domains(registry: Registry) -> list[str]:
    return sorted({e.primary_domain for e in registry.entries})


if __name__ == "__main__":
    sys.exit(main())
