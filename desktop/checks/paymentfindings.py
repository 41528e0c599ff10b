"""Payment findings: advertised methods weighed against the shop's own payment instructions (no Qt).

:func:`payment_findings` reads :mod:`desktop.checks.payment` and
:mod:`desktop.checks.payinstructions` and yields:

- ``payment.methods`` (pass when a protecting method is offered and no instruction sends the
  money to a private person; info otherwise);
- ``payment.transfer_only`` (warn: bank transfer and nothing that protects the buyer) and
  ``payment.unprotected_only`` (warn: only cash deposits, payments to phone numbers or
  money-transfer services);
- ``payment.instructions`` (one per recipient, at most :data:`MAX_INSTRUCTIONS`): warn when the
  instructions send irreversible money to a private person, or ask for a money-transfer
  service, crypto or gift cards; info for a transfer to a company or an unnamed account;
- ``payment.cod_deposit`` (warn: "cash on delivery" that wants a down payment first);
- ``payment.crypto``, ``payment.gift_cards``, ``payment.money_transfer`` (warn).

All of them are in the payment category, so together they count as one warning category in the
verdict's combination rule: a shop is not judged twice for one way of paying.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from desktop.checks.labels import PAYMENT_METHODS, RECIPIENT_KINDS
from desktop.checks.model import Category, Finding, Status
from desktop.checks.payinstructions import Instruction, payment_instructions
from desktop.checks.payment import PROTECTED, cod_needs_deposit, payment_methods
from desktop.text import N_, Message

__all__ = ["MAX_INSTRUCTIONS", "payment_findings"]

MAX_INSTRUCTIONS = 3


def _f(fid: str, status: Status, title: Message, detail: Message, advice: Message | None = None,
       **evidence: Any) -> Finding:
    return Finding(fid, Category.PAYMENT, status, title, detail, advice, evidence)


def _join(codes: list[str], names: Mapping[str, Message] = PAYMENT_METHODS) -> Message:
    """A translatable list ("card, PayPal, cash on delivery") of method names."""
    if len(codes) == 1:
        return names[codes[0]]
    return N_("SiteCheck", "{first}, {rest}").format(first=names[codes[0]], rest=_join(codes[1:], names))


_PAY_SAFELY = N_("SiteCheck", "Pay only by card, PayPal, marketplace escrow (rekber) or real cash on delivery; "
                              "never into a private account or a phone number.")


def _instruction_finding(item: Instruction, advertised: list[str]) -> Finding:
    method = PAYMENT_METHODS[item.method]
    evidence = item.to_evidence()
    if not item.unprotected_to_person:
        return _f("payment.instructions", Status.INFO,
                  N_("SiteCheck", "Payment instructions: {method} to {recipient}").format(
                      method=method, recipient=item.recipient),
                  N_("SiteCheck", "The shop asks for {method} to {recipient} ({kind}). Such a payment cannot "
                                  "be reversed; check that the account holder is the company named on the "
                                  "shop's legal pages.").format(
                      method=method, recipient=item.recipient, kind=RECIPIENT_KINDS[item.recipient_kind]),
                  None, **evidence)
    if item.recipient_kind == "person":
        title = N_("SiteCheck", "Payment goes to a private person: {method} to {recipient}").format(
            method=method, recipient=item.recipient)
        detail = N_("SiteCheck", "The shop's payment instructions ask for {method} to {recipient}, a private "
                                 "person. That money cannot be reclaimed, and no company answers for it.").format(
            method=method, recipient=item.recipient)
    else:
        title = N_("SiteCheck", "Payment instructions ask for {method}").format(method=method)
        detail = N_("SiteCheck", "The shop asks for {method} to {recipient}. Such payments cannot be traced "
                                 "back or reversed; honest shops do not ask for them.").format(
            method=method, recipient=item.recipient)
    protected = [m for m in advertised if m in PROTECTED]
    if protected:
        # what the shop instructs outweighs what it advertises (issue #19)
        detail = N_("SiteCheck", "{detail} The shop also advertises {advertised}, but what it asks you to do is "
                                 "what counts.").format(detail=detail, advertised=_join(protected))
        evidence["advertised"] = protected
    return _f("payment.instructions", Status.WARN, title, detail, _PAY_SAFELY, **evidence)


def payment_findings(text: str, pages: Iterable[tuple[str, str]] = ()) -> Iterator[Finding]:
    """Payment findings for a site whose pages' joined text is ``text``; ``pages`` are the
    ``(url, text)`` pairs in which to look for payment instructions. Pure; never raises."""
    advertised = payment_methods(text)
    instructions = payment_instructions(pages)
    deposit = cod_needs_deposit(text) if "cod" in advertised else None
    methods = list(dict.fromkeys([*advertised, *(i.method for i in instructions)]))
    if not methods:
        yield _f("payment.methods", Status.INFO,
                 N_("SiteCheck", "No payment methods named"),
                 N_("SiteCheck", "The pages read do not say how you would pay. Ask before ordering, "
                                 "and prefer cash on delivery, escrow, card or PayPal."), None, methods=[])
        return
    to_person = [i for i in instructions if i.unprotected_to_person]
    protected = [m for m in advertised if m in PROTECTED and not (m == "cod" and deposit)]
    yield _f("payment.methods", Status.PASS if protected and not to_person else Status.INFO,
             N_("SiteCheck", "Payment methods: {methods}").format(methods=_join(methods)),
             N_("SiteCheck", "Methods that protect you (card, PayPal, cash on delivery, escrow) are better "
                             "than a bank transfer, a cash deposit or a payment to a phone number."),
             None, methods=methods)
    for item in instructions[:MAX_INSTRUCTIONS]:
        yield _instruction_finding(item, advertised)
    if deposit:
        yield _f("payment.cod_deposit", Status.WARN,
                 N_("SiteCheck", "Cash on delivery only after a payment first"),
                 N_("SiteCheck", "The shop offers cash on delivery but asks for a down payment or the shipping "
                                 "cost in advance. That first payment is the usual loss in fake COD offers."),
                 _PAY_SAFELY, text=deposit)
    neutral = "e_wallet" in methods  # merchant checkouts: the provider knows the merchant
    if not protected and not neutral:
        if "transfer" in methods:
            yield _f("payment.transfer_only", Status.WARN,
                     N_("SiteCheck", "Only bank transfer is accepted"),
                     N_("SiteCheck", "The shop names no payment method other than a bank transfer. "
                                     "Money sent by transfer is almost impossible to get back."),
                     N_("SiteCheck", "Insist on cash on delivery, escrow (rekber) or a card; never transfer "
                                     "to a personal account."), methods=methods)
        elif {"cash_deposit", "p2p"} & set(methods):
            yield _f("payment.unprotected_only", Status.WARN,
                     N_("SiteCheck", "Only payments without buyer protection"),
                     N_("SiteCheck", "The shop takes only {methods}. None of them can be reversed if the "
                                     "goods never arrive.").format(methods=_join(methods)),
                     _PAY_SAFELY, methods=methods)
    for code, title, detail in (
        ("crypto", N_("SiteCheck", "Asks for payment in cryptocurrency"),
         N_("SiteCheck", "Crypto payments cannot be reversed or disputed; honest small shops rarely ask for them.")),
        ("gift_cards", N_("SiteCheck", "Asks for payment with gift cards"),
         N_("SiteCheck", "Paying with gift cards or voucher codes is a classic scam: the money is gone the "
                         "moment you share the code.")),
        ("money_transfer", N_("SiteCheck", "Asks for payment by a money-transfer service"),
         N_("SiteCheck", "Services such as Western Union or MoneyGram send cash to a person, not to a shop; "
                         "the money cannot be recalled. Shops do not take payment this way.")),
    ):
        if code in methods:
            yield _f(f"payment.{code}", Status.WARN, title, detail, None, methods=methods)
