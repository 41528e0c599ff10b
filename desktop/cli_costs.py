"""``shopsafe cost PRICE [options]``: the total cost of one offer from the shell.

Every option takes the same text as the Costs page (``18rb``, ``2,9% + Rp 1.000``); the
breakdown is printed as text in the chosen language, or as the versioned JSON the page saves
(``--json``). Any field that cannot be read is an error, never a guess.

Exit status: 0 with a total, 2 when a field cannot be read (each problem is printed).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from desktop.costs import OfferForm, PaymentMethod, country_currency, country_name
from desktop.costs.sheet import evaluate_offer
from desktop.cli_common import add_language_option, chosen, translator, write_json
from desktop.costs.storage import breakdown_to_json
from desktop.text import N_

__all__ = ["register", "run"]

_T_FIELD = N_("CostCli", "{field}: {problem}")
_T_NO_RATE = N_("CostCli", "The offer is in {source}: give --rate to see it in {target}.")

# option name → OfferForm field
_TEXT_OPTIONS = {
    "shipping": "shipping", "free_shipping_over": "free_shipping_over",
    "shipping_voucher": "shipping_voucher",
    "insurance": "insurance", "handling_fee": "handling_fee", "admin_fee": "admin_fee",
    "service_fee": "service_fee", "payment_fee": "payment_fee", "duty": "import_duty",
    "voucher": "voucher", "voucher_cap": "voucher_cap", "min_spend": "voucher_min_spend",
    "rate": "rate", "name": "name",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``shopsafe cost`` to the command line."""
    parser = subparsers.add_parser(
        "cost", help="work out the total cost of an offer",
        description="Work out what an offer really costs: price × quantity, shipping, fees, "
                    "tax, duty and vouchers, exact to the smallest unit of the currency. "
                    "Amounts are written as shops write them: 'Rp 125.000', 50rb, 1,5jt, "
                    "'1.234,56 €', '$19.99'.")
    parser.add_argument("price", metavar="PRICE", help="price of one item, e.g. 'Rp 125.000'")
    parser.add_argument("--quantity", default="1", help="number of items (default 1)")
    parser.add_argument("--name", default="", help="shop or seller name for the printout")
    parser.add_argument("--shipping", default="", metavar="AMOUNT")
    parser.add_argument("--free-shipping-over", default="", metavar="AMOUNT",
                        help="shipping is free from this amount of goods")
    parser.add_argument("--shipping-voucher", default="", metavar="AMOUNT",
                        help="at most this much off the shipping")
    parser.add_argument("--insurance", default="", metavar="CHARGE",
                        help="percentage of the goods and/or amount, e.g. '0,5%%'")
    for fee in ("handling", "admin", "service"):
        parser.add_argument(f"--{fee}-fee", default="", metavar="AMOUNT")
    parser.add_argument("--payment", default=PaymentMethod.TRANSFER.value,
                        choices=[method.value for method in PaymentMethod])
    parser.add_argument("--payment-fee", default="", metavar="CHARGE",
                        help="e.g. '2,9%% + Rp 1.000'")
    parser.add_argument("--tax", default=None, metavar="PERCENT",
                        help="tax rate in %% (default: the country's preset)")
    parser.add_argument("--tax-excluded", action="store_true",
                        help="prices do not include the tax: add it")
    parser.add_argument("--duty", default="", metavar="PERCENT", help="import duty in %%")
    parser.add_argument("--voucher", default="", metavar="CHARGE",
                        help="a percentage or an amount off the goods")
    parser.add_argument("--voucher-cap", default="", metavar="AMOUNT")
    parser.add_argument("--min-spend", default="", metavar="AMOUNT")
    parser.add_argument("--country", default="ID", help="ISO country code (currency, tax, $)")
    parser.add_argument("--currency", default=None,
                        help="currency to show the total in (default: the country's)")
    parser.add_argument("--rate", default="", metavar="VALUE",
                        help="1 unit of the offer's currency in --currency")
    parser.add_argument("--json", action="store_true", help="print the breakdown as JSON")
    add_language_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Compute and print; returns the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    args.lang = chosen(args.lang)
    translate = translator(args.lang)
    country = args.country.upper()
    target = (args.currency or country_currency(country) or "IDR").upper()
    texts = {field: getattr(args, option) for option, field in _TEXT_OPTIONS.items()}
    form = OfferForm.for_country(country, unit_price=args.price, quantity=args.quantity,
                                 payment_method=args.payment, **texts)
    if args.tax is not None:
        form = form.with_field("tax_percent", args.tax)
    if args.tax_excluded:
        form = form.with_field("prices_include_tax", "no")
    if not args.quantity.strip().isdigit():
        form = form.with_field("quantity", args.quantity)
    locale = f"{args.lang}_{country}"
    # The Costs page's pipeline; no reference rates here: a foreign price needs --rate.
    line = evaluate_offer(form, target, country, locale, table=None)
    result, breakdown = line.result, line.breakdown
    if result.errors or result.offer is None or breakdown is None:
        names = {field: "--" + option.replace("_", "-") for option, field in _TEXT_OPTIONS.items()}
        names.update(unit_price="PRICE", quantity="--quantity", tax_percent="--tax",
                     import_duty="--duty")
        for field, message in sorted(result.errors.items()):
            print(_T_FIELD.format(field=names.get(field, field), problem=message)
                  .render(translate), file=err)
        return 2
    if result.offer.currency != target and breakdown.rate is None:
        print(_T_NO_RATE.format(source=result.offer.currency, target=target)
              .render(translate), file=err)
        return 2
    if args.json:
        write_json(breakdown_to_json(breakdown), out)
    else:
        if result.price is not None and result.price.note is not None:
            note = result.price.note
            if note.arguments.get("country"):
                note = note.format(country=country_name(str(note.arguments["country"]), locale))
            out.write(note.render(translate) + "\n")
        out.write(breakdown.as_text(locale, translate))
    return 0
