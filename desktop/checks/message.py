"""Read a seller's message: red flags in its words, and who the money would go to.

:func:`message_findings` runs the rules of ``resources/rules/message_rules.json`` (Indonesian,
Spanish and English, all on every message: chats mix languages) and the two rules that need the
identifiers (:mod:`~desktop.checks.identifiers`): a person's account for a "company" sale, and a
CLABE whose bank is not the bank named. Each hit is a finding ``message.<rule>`` in the
``message`` category with ``evidence.phrase`` quoting the words as written, ``evidence.language``
and ``evidence.source`` (the official advice the rule comes from).

Ordinary seller messages (order confirmed, tracking number, thanks) must raise nothing: rules are
written narrowly, several need a payment request or a link beside them, and urgency alone is only
information. Pure and offline; never raises.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop.checks.identifiers import Identifier, banks_named
from desktop.checks.message_texts import RULE_TEXTS
from desktop.checks.model import Category, Finding, Status
from desktop.paths import resource_path

__all__ = ["PAYMENT_KINDS", "Rule", "load_rules", "message_findings", "seller_name"]

log = logging.getLogger(__name__)

PAYMENT_KINDS = frozenset({"bank_account", "ewallet", "clabe", "iban", "cbu"})
_LANGUAGES = ("id", "es", "en")
_PHRASE_MAX = 120

# A request to pay, in words, when no account number is in the message itself.
_MONEY_WORDS = re.compile(
    r"(?i)\b(?:transfer|tf|trf|rekening|norek|no\.?\s*rek|bayar|pembayaran|dp|"
    r"transferencia|transfiere|deposita|dep[oó]sito|pago|paga|bizum|"
    r"wire|deposit|payment|pay)\b"
)
# Marks of a company or an official shop in the message (not in the holder's name). The short
# legal forms are matched in capitals only: "Ud." is Spanish for "you", "sa" and "sl" are words.
_COMPANY = re.compile(
    r"(?<![\w])(?:PT|CV|UD|Tbk|S\.\s?A\.(?:\s+de\s+C\.\s?V\.)?|SA\s+de\s+CV|S\.\s?L\.|S\.A\.S\.|"
    r"Ltd\.?|Inc\.?|LLC|(?i:official\s+store|toko\s+resmi|store\s+resmi|tienda\s+oficial|"
    r"distribuidor\s+oficial|perusahaan|empresa|our\s+company))(?![\w])"
)
_COMPANY_HOLDER = re.compile(
    r"(?<![\w])(?:PT|CV|UD|Tbk|SA|S\.A\.|SL|S\.L\.|SAS|Ltd|Inc|LLC|Corp|"
    r"(?i:toko|store|shop|tienda|grupo|group|comercial|distribuidora))(?![\w])"
)
# Words that name no bank in particular ("Banco Azteca" and "BanCoppel" share "banco").
_GENERIC_BANK_WORDS = frozenset({"bank", "banco", "de", "del", "la", "méxico", "mexico"})


@dataclass(frozen=True)
class Rule:
    """One red-flag rule as read from the data file."""

    id: str
    status: Status
    source: str
    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (language, compiled pattern)
    needs: tuple[str, ...] = ()
    status_with: tuple[tuple[str, Status], ...] = ()
    code: bool = False


_NEEDS = frozenset({"payment", "link"})


def _known_needs(needs: list[str]) -> tuple[str, ...]:
    unknown = set(needs) - _NEEDS
    if unknown:  # a rule that needs something never provided could never fire
        raise ValueError(f"unknown 'needs': {sorted(unknown)}")
    return tuple(needs)


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    """The rules of ``resources/rules/message_rules.json``, compiled once.

    Raises ``ValueError`` naming the rule when the file is malformed (a test loads it)."""
    data = json.loads(resource_path("rules", "message_rules.json").read_text("utf-8"))
    rules = []
    for entry in data["rules"]:
        try:
            patterns = tuple(
                (lang, re.compile(pattern, re.IGNORECASE))
                for lang in _LANGUAGES
                for pattern in entry.get("patterns", {}).get(lang, ())
            )
            rules.append(Rule(
                id=entry["id"],
                status=Status(entry["status"]),
                source=entry["source"],
                patterns=patterns,
                needs=_known_needs(entry.get("needs", ())),
                status_with=tuple((k, Status(v)) for k, v in entry.get("status_with", {}).items()),
                code=bool(entry.get("code", False)),
            ))
        except (KeyError, ValueError, re.error) as error:
            raise ValueError(f"message rule {entry.get('id')!r}: {error}") from error
    return tuple(rules)


def seller_name(identifiers: Sequence[Identifier]) -> str | None:
    """The account holder's name the message gives, if any: the name a buyer should search."""
    for item in identifiers:
        if item.holder and item.kind in PAYMENT_KINDS:
            return item.holder
    return None


def message_findings(text: str, identifiers: Sequence[Identifier]) -> list[Finding]:
    """The red-flag findings of ``text`` (see the module docstring). Never raises."""
    try:
        return _findings(text or "", identifiers)
    except Exception:  # the words are one check among many; never lose the whole report
        log.exception("message rules failed")
        return []


def _present(text: str, identifiers: Sequence[Identifier]) -> set[str]:
    kinds = {item.kind for item in identifiers}
    present = set()
    if kinds & PAYMENT_KINDS or _MONEY_WORDS.search(text):
        present.add("payment")
    if "url" in kinds:
        present.add("link")
    return present


def _findings(text: str, identifiers: Sequence[Identifier]) -> list[Finding]:
    present = _present(text, identifiers)
    out: list[Finding] = []
    for rule in load_rules():
        if rule.code:
            continue
        if any(need not in present for need in rule.needs):
            continue
        hit = _first_hit(rule, text)
        if hit is None:
            continue
        language, phrase = hit
        status = rule.status
        for condition, raised in rule.status_with:
            if condition in present and raised.rank > status.rank:
                status = raised
        out.append(_finding(rule, status, {"phrase": phrase, "language": language}))
    out.extend(_personal_account(text, identifiers))
    out.extend(_bank_mismatch(text, identifiers))
    return out


def _first_hit(rule: Rule, text: str) -> tuple[str, str] | None:
    for language, pattern in rule.patterns:
        match = pattern.search(text)
        if match:
            return language, match.group(0).strip()[:_PHRASE_MAX]
    return None


def _rule(rule_id: str) -> Rule:
    return next(r for r in load_rules() if r.id == rule_id)


def _finding(rule: Rule, status: Status, evidence: dict) -> Finding:
    title, detail, advice = RULE_TEXTS[rule.id]
    evidence = {**evidence, "source": rule.source}
    detail = detail.format(**{k: v for k, v in evidence.items() if k != "source"})
    return Finding(f"message.{rule.id}", Category.MESSAGE, status, title, detail, advice,
                   evidence)


def _personal_account(text: str, identifiers: Sequence[Identifier]) -> list[Finding]:
    for item in identifiers:
        if item.kind not in PAYMENT_KINDS or not item.holder:
            continue
        if _COMPANY_HOLDER.search(item.holder):
            return []
        # the company marks must be in the message itself, not in the holder's name
        rest = text.replace(item.holder, " ")
        company = _COMPANY.search(rest)
        if company:
            rule = _rule("personal_account")
            return [_finding(rule, rule.status, {"phrase": company.group(0),
                                                 "holder": item.holder})]
    return []


def _bank_words(name: str) -> set[str]:
    """The words that tell one bank from another: "BBVA México" -> {"bbva"}."""
    return {w for w in re.findall(r"[\w]+", name.lower()) if w not in _GENERIC_BANK_WORDS}


def _bank_mismatch(text: str, identifiers: Sequence[Identifier]) -> list[Finding]:
    named = banks_named(text)
    for item in identifiers:
        if item.kind != "clabe" or not item.valid or not item.bank or not named:
            continue
        actual = _bank_words(item.bank)
        if any(_bank_words(name) & actual for name in named):
            continue
        rule = _rule("bank_mismatch")
        return [_finding(rule, rule.status, {"phrase": named[0], "claimed": named[0],
                                             "actual": item.bank, "value": item.value})]
    return []
