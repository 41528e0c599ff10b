"""Transfer proofs read from their text: bukti transfer (BCA, BRI, Mandiri), comprobante SPEI,
Bizum — and compared with the order they are supposed to pay.

:func:`read_transfer_proof` returns a :class:`TransferProof`: reference number (SPEI's "Clave de
rastreo" first), time, amount, recipient account and name, each with the text it was read from,
plus the problems of the proof itself (no reference, no time, a time in the future or before
online banking existed). :func:`compare_with_order` adds what disagrees with the order: amount,
recipient account. A recipient CLABE whose check digit fails is reported; a reference whose only
letters are O's read for zeros is put right (:func:`fold_reference`); :func:`editing_issue` words
the warning for a picture whose metadata names an editor (:mod:`desktop.reading.imagemeta`).
Every reason is a typed :class:`ProofProblem` with a translatable sentence.

Whatever the proof says, :attr:`TransferProof.advice` reminds the person that a screenshot is not
a payment: anyone can edit one, so the money is checked in their own account statement (mutasi)
or, for SPEI, on Banxico's CEP. Nothing here is ever called "paid".
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop.money.amount import Money
from desktop.money.currencies import country_currency
from desktop.reading.accounts import valid_clabe
from desktop.reading.fieldtext import (
    Field,
    Label,
    amount_in,
    find_datetime,
    label_pattern,
    labelled_values,
)
from desktop.text import N_, Message

__all__ = ["ProofIssue", "ProofProblem", "TransferProof", "compare_with_order", "editing_issue",
           "fold_reference",
           "read_transfer_proof"]

_LABELS = {
    **dict.fromkeys(("clave de rastreo", "clave rastreo"), "tracking"),
    **dict.fromkeys(("no. ref", "no ref", "no. referensi", "no referensi", "nomor referensi",
                     "ref", "ref.", "referencia", "referencia numérica", "referencia numerica",
                     "reference", "no. transaksi", "id transaksi", "kode transaksi",
                     "transaction id", "folio", "número de operación", "numero de operacion"),
                    "reference"),
    **dict.fromkeys(("nominal", "jumlah", "jumlah transfer", "importe", "monto", "cantidad",
                     "amount", "has enviado", "enviaste"), "amount"),
    **dict.fromkeys(("total", "total transaksi", "total transfer", "total bayar"), "total"),
    **dict.fromkeys(("penerima", "nama penerima", "tujuan", "ke", "beneficiario",
                     "nombre del beneficiario", "destinatario", "para", "recipient", "to",
                     "a.n.", "atas nama"), "recipient"),
    **dict.fromkeys(("rekening tujuan", "no. rekening tujuan", "ke rekening", "cuenta destino",
                     "cuenta beneficiaria", "clabe", "cuenta clabe", "account",
                     "no. rekening", "teléfono", "telefono"), "account"),
    # The sender's side and fees: read and set aside, never taken for the recipient.
    **dict.fromkeys(("sumber dana", "dari", "rekening sumber", "cuenta origen", "ordenante",
                     "from", "biaya admin", "biaya", "comisión", "comision", "fee"), "ignored"),
}
_PATTERN = label_pattern(_LABELS)
_KINDS = [(re.compile(r"\bspei\b|clave de rastreo", re.I), "spei"),
          (re.compile(r"\bbizum\b", re.I), "bizum"),
          (re.compile(r"\bbrimo\b", re.I), "bri"),
          (re.compile(r"\blivin\b|\bmandiri\b", re.I), "mandiri"),
          (re.compile(r"\bm-?transfer\b|\bm-?bca\b|\bmybca\b|\bbca\b", re.I), "bca"),
          (re.compile(r"\bbri\b", re.I), "bri")]
_REFERENCE = re.compile(r"(?<![\w-])(?=[\w-]*\d)[A-Z0-9][A-Z0-9-]{5,39}(?![\w-])", re.I)
_ACCOUNT = re.compile(r"(?<![\w+])(?:\+?\d[\d -]{6,30}\d|[*xX•]{2,}[\s-]?\d{3,6})(?![\w])")
_FUTURE_SLACK = timedelta(minutes=5)  # phones and this computer disagree by a few minutes
_EARLIEST = date(2000, 1, 1)
_DATE_LINE = re.compile(r"tanggal|waktu|fecha|hora|date|time", re.I)


class ProofProblem(enum.Enum):
    """What a proof lacks or what disagrees with the order."""

    REFERENCE_MISSING = "reference-missing"
    TIME_MISSING = "time-missing"
    TIME_IN_FUTURE = "time-in-future"
    TIME_IMPLAUSIBLE = "time-implausible"
    AMOUNT_MISSING = "amount-missing"
    AMOUNT_UNREADABLE = "amount-unreadable"
    AMOUNT_DIFFERS = "amount-differs"
    ACCOUNT_MISSING = "account-missing"
    ACCOUNT_DIFFERS = "account-differs"
    ACCOUNT_PARTLY_HIDDEN = "account-partly-hidden"
    ACCOUNT_INVALID = "account-invalid"  # a CLABE whose check digit fails
    EDITED_PICTURE = "edited-picture"    # the picture's metadata names editing software


@dataclass(frozen=True)
class ProofIssue:
    """One problem: the typed ``problem`` and a translatable ``message``."""

    problem: ProofProblem
    message: Message


@dataclass(frozen=True)
class TransferProof:
    """A transfer proof as read. ``kind`` is ``"bca"``, ``"bri"``, ``"mandiri"``, ``"spei"``,
    ``"bizum"`` or ``"unknown"``; ``issues`` are the proof's own problems; ``advice`` always says
    that a screenshot is not a payment and where to check instead."""

    kind: str
    reference: Field | None
    time: Field | None
    amount: Field | None
    recipient_account: Field | None
    recipient_name: Field | None
    issues: tuple[ProofIssue, ...]
    advice: Message

    def problems(self) -> set[ProofProblem]:
        return {issue.problem for issue in self.issues}


_ADVICE = N_("Receipts", "A screenshot is not a payment: anyone can edit one. Check that the "
                         "money really moved in your own account statement (mutasi).")
_ADVICE_SPEI = N_("Receipts", "A screenshot is not a payment: anyone can edit one. Check the "
                              "transfer with its clave de rastreo on Banxico's CEP "
                              "(banxico.org.mx/cep) or in your own account statement.")


def _issue(problem: ProofProblem, message: Message) -> ProofIssue:
    return ProofIssue(problem, message)


def read_transfer_proof(text: str, *, now: datetime, country: str) -> TransferProof:
    """Read the transfer proof ``text`` (see the module docstring). ``now`` is an aware
    datetime: times without a zone are read in its zone (WIB/WITA/WIT and CST/CET when the proof
    names one). ``country`` decides the currency when the proof shows none. Never raises on any
    text."""
    lines = [line for line in (text or "")[:20_000].splitlines() if line.strip()]
    kind = next((name for rx, name in _KINDS if rx.search(text or "")), "unknown")
    currency = country_currency(country)
    found: dict[str, Field] = {}
    issues: list[ProofIssue] = []
    for index, label in enumerate(labelled_values(lines, _LABELS, _PATTERN)):
        name = label.field
        if name in ("ignored",) or name in found:
            continue
        if name in ("tracking", "reference"):
            match = _REFERENCE.search(label.value_text)
            if match:
                found[name] = Field(fold_reference(match.group(0)), label.source)
        elif name in ("amount", "total"):
            _name_after(label, lines, found)
            read = amount_in(label.value_text, country, currency)
            if isinstance(read, Money):
                found[name] = Field(read, label.source)
            elif isinstance(read, str):
                issues.append(_issue(ProofProblem.AMOUNT_UNREADABLE, N_(
                    "Receipts", "The amount “{text}” cannot be read in one way only: check it "
                                "on the proof.").format(text=read)))
        elif name == "account":
            match = _ACCOUNT.search(label.value_text)
            if match:
                found[name] = Field(match.group(0).strip(), label.source)
        elif name == "recipient":
            _recipient(label.value_text, label.source, lines, found)
    reference = found.get("tracking") or found.get("reference")
    amount = found.get("amount") or found.get("total") or _headline_amount(lines, country,
                                                                           currency)
    moment = find_datetime(lines, country, now.tzinfo, prefer=_DATE_LINE)
    if reference is None:
        issues.append(_issue(ProofProblem.REFERENCE_MISSING, N_(
            "Receipts", "The proof shows no reference number, so the transfer cannot be traced.")))
    issues.extend(_time_issues(moment, now))
    account = found.get("account")
    clabe = _digits(account.value) if account is not None else ""
    if len(clabe) == 18 and (kind == "spei" or "clabe" in account.source.casefold()) \
            and not valid_clabe(clabe):
        issues.append(_issue(ProofProblem.ACCOUNT_INVALID, N_(
            "Receipts", "The CLABE {clabe} fails its check digit: no bank account has this "
                        "number, so the proof was mistyped, misread or made up.").format(
            clabe=clabe)))
    if amount is None and not any(i.problem is ProofProblem.AMOUNT_UNREADABLE for i in issues):
        issues.append(_issue(ProofProblem.AMOUNT_MISSING, N_(
            "Receipts", "No amount could be read from the proof.")))
    return TransferProof(kind, reference, moment, amount, found.get("account"),
                         found.get("name"), tuple(issues),
                         _ADVICE_SPEI if kind == "spei" else _ADVICE)


_DIGITS_AND_OS = re.compile(r"[\dOo]+")


def fold_reference(text: str) -> str:
    """A reference number with the letter O read for the digit 0 put right: OCR mixes them up,
    and a reference otherwise all digits ("12345678901O") has no letter in it. References with
    other letters (SPEI's "MBAN0100…") are kept as read."""
    if (len(text) >= 6 and _DIGITS_AND_OS.fullmatch(text)
            and sum(ch.isdigit() for ch in text) >= len(text) // 2):
        return text.replace("O", "0").replace("o", "0")
    return text


def editing_issue(software: str) -> ProofIssue:
    """The warning for a picture whose metadata names ``software`` (an editor)."""
    return _issue(ProofProblem.EDITED_PICTURE, N_(
        "Receipts", "The picture's metadata says it was saved by {software}, a picture editor. "
                    "A real proof comes straight from the bank's app: look closer.").format(
        software=software))


_TO = re.compile(r"\s(?:a|ke|to)$", re.I)


def _name_after(label: Label, lines: list[str], found: dict[str, Field]) -> None:
    """Bizum's "Has enviado 25,00 € a" / "María García": a sentence ending in "to" names the
    recipient on the next line (letters only, no digits)."""
    if "name" in found or not _TO.search(label.value_text):
        return
    index = next((i for i, line in enumerate(lines) if line.strip() == label.source), None)
    if index is None or index + 1 >= len(lines):
        return
    following = lines[index + 1].strip()
    if sum(ch.isalpha() for ch in following) >= 3 and not re.search(r"\d", following):
        found["name"] = Field(following, label.source + "\n" + following)


_ALONE = re.compile(r"^\s*(?:Rp\.?|IDR|MXN|EUR|\$|€)\s?\d[\d.,]*(?:\s?€)?\s*$", re.I)


def _headline_amount(lines: list[str], country: str, currency: str | None) -> Field | None:
    """The amount a success screen shows large and unlabelled ("Transfer Berhasil / Rp 150.000"):
    taken only when it is the one amount standing alone on a line, with its currency."""
    alone = {}
    for line in lines:
        if _ALONE.match(line):
            read = amount_in(line, country, currency)
            if isinstance(read, Money):
                alone.setdefault(read, line.strip())
    if len(alone) != 1:
        return None
    (value, source), = alone.items()
    return Field(value, source)


def _recipient(value: str, source: str, lines: list[str], found: dict[str, Field]) -> None:
    """A recipient label's value: a name, an account, or both on the lines under the label
    (BRImo: "Tujuan" / name / bank / account)."""
    block = [value] if value else []
    if not value or "\n" in source:
        start = next((i for i, line in enumerate(lines) if line.strip() == source.split("\n")[0]),
                     None)
        if start is not None:
            block = [value] if value else []
            block += [line.strip() for line in lines[start + 1:start + 4]
                      if not _PATTERN.search(line)]
    for part in block:
        account = _ACCOUNT.search(part)
        if account and "account" not in found:
            found["account"] = Field(account.group(0).strip(), source + "\n" + part)
            continue
        letters = re.sub(r"[^\w\s.'-]", "", part).strip()
        if ("name" not in found and sum(ch.isalpha() for ch in letters) >= 3
                and not re.match(r"(?i)bank\b|banco\b", letters)):
            found["name"] = Field(letters, source)


def _time_issues(moment: Field | None, now: datetime) -> list[ProofIssue]:
    if moment is None:
        return [_issue(ProofProblem.TIME_MISSING, N_(
            "Receipts", "The proof shows no date and time of the transfer."))]
    value = moment.value
    day = value.date() if isinstance(value, datetime) else value
    future = (value > now + _FUTURE_SLACK if isinstance(value, datetime) and value.tzinfo
              else day > now.date())
    if future:
        return [_issue(ProofProblem.TIME_IN_FUTURE, N_(
            "Receipts", "The proof is dated in the future ({when}): it cannot be real as shown."
        ).format(when=str(value)))]
    if day < _EARLIEST:
        return [_issue(ProofProblem.TIME_IMPLAUSIBLE, N_(
            "Receipts", "The proof's date ({when}) is not plausible.").format(when=str(value)))]
    return []


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def compare_with_order(proof: TransferProof, *, total: Money,
                       account: str | None) -> tuple[ProofIssue, ...]:
    """The proof's own issues plus what disagrees with the order: the amount against ``total``
    (exact, same currency) and the recipient account against the seller's ``account`` (digits
    compared; a masked account "****7890" can only be matched on the digits it shows, which is
    said). An empty result means nothing disagrees — not that the money arrived."""
    issues = list(proof.issues)
    if proof.amount is not None and proof.amount.value != total:
        issues.append(_issue(ProofProblem.AMOUNT_DIFFERS, N_(
            "Receipts", "The proof shows {shown} {shown_currency}, but the order's total is "
                        "{expected} {currency}.").format(
            shown=proof.amount.value.rounded().amount, shown_currency=proof.amount.value.currency,
            expected=total.rounded().amount, currency=total.currency)))
    if account:
        expected = _digits(account)
        if proof.recipient_account is None:
            issues.append(_issue(ProofProblem.ACCOUNT_MISSING, N_(
                "Receipts", "The proof does not show the account the money went to.")))
        else:
            shown_text = proof.recipient_account.value
            shown = _digits(shown_text)
            masked = bool(re.search(r"[*xX•]", shown_text))
            if masked and expected.endswith(shown):
                issues.append(_issue(ProofProblem.ACCOUNT_PARTLY_HIDDEN, N_(
                    "Receipts", "The proof hides part of the account ({shown}): only its last "
                                "digits match the seller's.").format(shown=shown_text)))
            elif not _same_account(shown, expected):
                issues.append(_issue(ProofProblem.ACCOUNT_DIFFERS, N_(
                    "Receipts", "The money went to account {shown}, not to the seller's "
                                "account {expected}.").format(shown=shown_text,
                                                              expected=account)))
    return tuple(issues)


def _same_account(shown: str, expected: str) -> bool:
    """Equal digits; a phone (Bizum) may carry its country code on one side only."""
    if shown == expected:
        return True
    shorter, longer = sorted((shown, expected), key=len)
    return len(shorter) >= 9 and longer.endswith(shorter) and len(longer) - len(shorter) <= 3
