"""Red-flag rules on seller messages: precision and recall on a written set (issue 13).

Set: tests/benchmarks/messages/chat_messages.py — scams modelled on published advisories (OJK/IASC,
Kominfo, INCIBE/OSI, PROFECO/CONDUSEF, FTC) and ordinary seller chat, in id/es/en, written before
the rules were measured on them (README.md beside it). For each message the benchmark runs the
identifier reader and the rules exactly as a check does, and reports:

* false alarms: ordinary messages with any ``warn``/``fail`` finding (the first goal: none), and
  ordinary messages with an ``info`` finding;
* scams caught: scam messages with at least one ``warn``/``fail`` finding;
* per rule: true positives, false positives, false negatives, precision, recall;
* every miss and every false alarm, with the message, so they can be read.

Run from the repository root:

    .venv/bin/python tests/benchmarks/bench_message_rules.py
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent / "messages"))

from chat_messages import ORDINARY, SCAMS  # noqa: E402

from desktop.checks.identifiers import find_identifiers  # noqa: E402
from desktop.checks.message import load_rules, message_findings  # noqa: E402
from desktop.checks.model import Status  # noqa: E402

_COUNTRY = {"id": "ID", "es": "ES", "en": "US"}


def rules_of(language: str, text: str) -> tuple[dict[str, Status], float]:
    started = time.perf_counter()
    found = message_findings(text, find_identifiers(text, _COUNTRY[language]))
    return {f.id.removeprefix("message."): f.status for f in found}, time.perf_counter() - started


def main() -> int:
    rule_ids = [r.id for r in load_rules()]
    tp, fp, fn = Counter(), Counter(), Counter()
    alarms, infos, caught, misses, times = [], [], 0, [], []
    for language, text, expected in SCAMS + ORDINARY:
        got, seconds = rules_of(language, text)
        times.append(seconds)
        serious = {rule for rule, status in got.items() if status.rank >= Status.WARN.rank}
        for rule in rule_ids:
            if rule in expected and rule in got:
                tp[rule] += 1
            elif rule in got and rule not in expected:
                fp[rule] += 1
            elif rule in expected and rule not in got:
                fn[rule] += 1
        if not expected:
            if serious:
                alarms.append((language, text, sorted(serious)))
            elif got:
                infos.append((language, text, sorted(got)))
        else:
            if serious:
                caught += 1
            missing = expected - set(got)
            if missing:
                misses.append((language, text, sorted(missing), sorted(got)))
    print(f"messages: {len(SCAMS)} scams, {len(ORDINARY)} ordinary "
          f"({Counter(lang for lang, _, _ in SCAMS + ORDINARY)})")
    print(f"ordinary with a warning or fail (false alarms): {len(alarms)} / {len(ORDINARY)}")
    print(f"ordinary with only an info finding: {len(infos)} / {len(ORDINARY)}")
    print(f"scams with at least one warning or fail: {caught} / {len(SCAMS)} "
          f"({caught / len(SCAMS):.1%})")
    print(f"time per message: median {sorted(times)[len(times) // 2] * 1000:.2f} ms, "
          f"max {max(times) * 1000:.2f} ms")
    print()
    print(f"{'rule':16} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}")
    for rule in rule_ids:
        p = tp[rule] / (tp[rule] + fp[rule]) if tp[rule] + fp[rule] else float("nan")
        r = tp[rule] / (tp[rule] + fn[rule]) if tp[rule] + fn[rule] else float("nan")
        print(f"{rule:16} {tp[rule]:4} {fp[rule]:4} {fn[rule]:4} {p:10.2f} {r:8.2f}")
    total_tp, total_fp, total_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"{'all':16} {total_tp:4} {total_fp:4} {total_fn:4} "
          f"{total_tp / (total_tp + total_fp):10.2f} {total_tp / (total_tp + total_fn):8.2f}")
    for title, rows in (("FALSE ALARMS", alarms), ("INFO ON ORDINARY", infos)):
        print(f"\n{title}:")
        for language, text, rules in rows:
            print(f"  [{language}] {rules}: {text}")
    print("\nMISSED RULES (expected, not raised):")
    for language, text, missing, got in misses:
        print(f"  [{language}] missing {missing} got {got}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
