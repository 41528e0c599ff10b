"""What a person reads for each red-flag rule of a seller's message (translatable, Qt-free).

The rules themselves (patterns, status, the official advice they come from) are data in
``resources/rules/message_rules.json``; their words live here so that lupdate extracts them and
Indonesian and Spanish are written like every other text. A test checks that every rule of the
data file has its three texts here and that no text is left without a rule.
"""

from __future__ import annotations

from desktop.text import N_, Message

__all__ = ["RULE_TEXTS"]

# rule id -> (title, detail, advice). ``detail`` may use {phrase}: the words as written.
RULE_TEXTS: dict[str, tuple[Message, Message, Message]] = {
    "pay_first": (
        N_("Message", "The seller wants the money before sending anything"),
        N_("Message", "The message asks you to pay first (\u201c{phrase}\u201d) by transfer or "
                      "e-wallet. Money sent this way cannot be taken back if the goods never "
                      "come."),
        N_("Message", "Pay through the marketplace checkout, a trusted escrow you choose, or "
                      "cash on delivery."),
    ),
    "personal_account": (
        N_("Message", "A shop, but the account belongs to a person"),
        N_("Message", "The message speaks for a shop or company, yet the money goes to {holder}, "
                      "a private person."),
        N_("Message", "Ask why the company has no company account. Check the account number on "
                      "a scam-report site before you pay."),
    ),
    "bank_mismatch": (
        N_("Message", "The account number belongs to another bank"),
        N_("Message", "The message names {claimed}, but the CLABE {value} belongs to {actual}. "
                      "The account is not what the seller says it is."),
        N_("Message", "Do not pay into this account."),
    ),
    "apk": (
        N_("Message", "An app or .apk file sent in the chat"),
        N_("Message", "The message asks you to open or install \u201c{phrase}\u201d. Apps sent "
                      "in chats are used to take over phones and empty bank accounts."),
        N_("Message", "Do not open it. Install apps only from your phone's official app store."),
    ),
    "otp": (
        N_("Message", "The seller asks for a code, PIN or OTP"),
        N_("Message", "\u201c{phrase}\u201d: a code sent to your phone lets someone else into "
                      "your account or approves a payment. No honest seller needs it."),
        N_("Message", "Never share an OTP, PIN or verification code with anyone."),
    ),
    "off_platform": (
        N_("Message", "The seller wants to leave the marketplace"),
        N_("Message", "\u201c{phrase}\u201d: outside the marketplace you lose its buyer "
                      "protection and refunds."),
        N_("Message", "Stay in the marketplace chat and pay only through its checkout."),
    ),
    "bizum_request": (
        N_("Message", "A payment request presented as money for you"),
        N_("Message", "\u201c{phrase}\u201d: accepting a Bizum or payment request sends your "
                      "money to the other person. To receive money you never accept anything."),
        N_("Message", "Reject the request. Nobody needs your approval to send you money."),
    ),
    "seller_escrow": (
        N_("Message", "The seller chooses the escrow"),
        N_("Message", "\u201c{phrase}\u201d: an escrow chosen by the seller, or one that wants a "
                      "fee first, is often a fake site run by the same people."),
        N_("Message", "Choose the escrow yourself, one you already know, and never pay a fee "
                      "up front to \u201cactivate\u201d it."),
    ),
    "courier_fee": (
        N_("Message", "A small delivery or customs fee"),
        N_("Message", "\u201c{phrase}\u201d: messages asking for a small redelivery or customs "
                      "fee, often with a link, are used to steal card details."),
        N_("Message", "Do not pay through the link. Check the tracking number on the courier's "
                      "own website or app."),
    ),
    "wrong_transfer": (
        N_("Message", "\u201cI transferred to you by mistake\u201d"),
        N_("Message", "\u201c{phrase}\u201d: money sent \u201cby mistake\u201d is often a loan "
                      "taken in your name or stolen money; sending it back makes you pay twice."),
        N_("Message", "Do not send anything back yourself. Ask your bank to reverse the "
                      "transfer."),
    ),
    "urgency": (
        N_("Message", "Pressure to decide quickly"),
        N_("Message", "\u201c{phrase}\u201d: hurry is how a buyer is kept from checking the "
                      "seller."),
        N_("Message", "Take your time. A real offer is still there after you have checked."),
    ),
    "too_good": (
        N_("Message", "A discount too good to be true"),
        N_("Message", "\u201c{phrase}\u201d: discounts this large on goods that are never cheap "
                      "are the classic bait of fake sellers."),
        N_("Message", "Compare the price with the brand's own shop and well-known sellers."),
    ),
}
