"""Property tests: totals never depend on the order of lines and never drift by a minor unit."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, Inexact, localcontext

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.costs import Charge, Fee, Offer, Voucher, compute, minor_units, round_lines
from desktop.costs.offer import FeeKind, PaymentMethod, VoucherKind

CURRENCIES = ["IDR", "EUR", "USD", "MXN", "ARS", "COP", "JPY", "KWD"]


def amounts(digits: int = 3, top: int = 10**9) -> st.SearchStrategy[Decimal]:
    return st.integers(min_value=0, max_value=top).map(lambda n: Decimal(n).scaleb(-digits))


percents = st.integers(min_value=0, max_value=10000).map(lambda n: Decimal(n).scaleb(-2))
fees = st.lists(st.builds(Fee, st.sampled_from(list(FeeKind)), amounts(top=10**7)), max_size=4)
vouchers = st.lists(
    st.one_of(
        st.builds(Voucher, st.just(VoucherKind.FIXED), amounts(top=10**8),
                  st.none(), amounts(top=10**8)),
        st.builds(Voucher, st.just(VoucherKind.PERCENT), percents,
                  st.one_of(st.none(), amounts(top=10**7)), amounts(top=10**8)),
    ),
    max_size=3,
)


@st.composite
def offers(draw) -> Offer:
    return Offer(
        currency=draw(st.sampled_from(CURRENCIES)),
        unit_price=draw(amounts()),
        quantity=draw(st.integers(min_value=1, max_value=500)),
        shipping=draw(amounts(top=10**7)),
        free_shipping_over=draw(st.one_of(st.none(), amounts())),
        shipping_discount=draw(amounts(top=10**7)),
        insurance=Charge(draw(amounts(top=10**6)), draw(percents)),
        fees=tuple(draw(fees)),
        payment_method=draw(st.sampled_from(list(PaymentMethod))),
        payment_fee=Charge(draw(amounts(top=10**6)), draw(percents)),
        tax_percent=draw(percents),
        prices_include_tax=draw(st.booleans()),
        import_duty_percent=draw(percents),
        vouchers=tuple(draw(vouchers)),
    )


@settings(max_examples=300, deadline=None)
@given(offers(), st.randoms(use_true_random=False))
def test_total_does_not_depend_on_line_order(offer, rnd):
    fees_shuffled = list(offer.fees)
    vouchers_shuffled = list(offer.vouchers)
    rnd.shuffle(fees_shuffled)
    rnd.shuffle(vouchers_shuffled)
    shuffled = offer.with_changes(fees=tuple(fees_shuffled), vouchers=tuple(vouchers_shuffled))
    first, second = compute(offer), compute(shuffled)
    assert first.exact_total == second.exact_total
    assert first.total == second.total


@settings(max_examples=300, deadline=None)
@given(offers())
def test_total_is_the_exact_sum_rounded_once_and_lines_add_up(offer):
    breakdown = compute(offer)
    quantum = Decimal(1).scaleb(-minor_units(offer.currency))
    counted = [line.amount for line in breakdown.lines if line.counted]
    with localcontext() as context:
        context.prec = 80
        context.traps[Inexact] = True
        exact = sum(counted, Decimal(0))
    assert breakdown.exact_total.amount == exact
    assert breakdown.total.amount == exact.quantize(quantum, rounding=ROUND_HALF_UP)
    assert abs(breakdown.total.amount - exact) <= quantum / 2
    shown = [s for s, line in zip(breakdown.display_amounts, breakdown.lines, strict=True)
             if line.counted]
    # The printed lines add up to the printed total: not one minor unit of drift.
    assert sum(shown, Decimal(0)) == breakdown.total.amount
    for line, value in zip(breakdown.lines, breakdown.display_amounts, strict=True):
        assert value == value.quantize(quantum)
        assert abs(value - line.amount) < quantum


@settings(max_examples=300, deadline=None)
@given(st.lists(amounts(digits=6, top=10**12).map(lambda d: d - Decimal(10**5)), max_size=30),
       st.sampled_from([0, 2, 3]))
def test_round_lines_sums_to_rounded_sum(values, digits):
    result = round_lines(values, digits)
    quantum = Decimal(1).scaleb(-digits)
    assert sum(result, Decimal(0)) == sum(values, Decimal(0)).quantize(quantum, ROUND_HALF_UP)
    assert all(abs(r - v) < quantum for r, v in zip(result, values, strict=True))


@settings(max_examples=200, deadline=None)
@given(offers(), st.integers(min_value=2, max_value=50))
def test_buying_in_one_offer_equals_quantity_times_goods(offer, quantity):
    # Goods scale exactly with the quantity: no per-unit rounding ever sneaks in.
    single = compute(offer.with_changes(quantity=1, vouchers=(), fees=()))
    many = compute(offer.with_changes(quantity=quantity, vouchers=(), fees=()))
    assert many.lines[0].amount == single.lines[0].amount * quantity


@settings(max_examples=150, deadline=None)
@given(st.lists(offers().map(lambda o: o.with_changes(currency="IDR")), min_size=1, max_size=6),
       st.randoms(use_true_random=False))
def test_comparison_does_not_depend_on_offer_order(items, rnd):
    from desktop.costs import compare

    breakdowns = [compute(offer) for offer in items]
    order = list(range(len(items)))
    rnd.shuffle(order)
    first = compare(breakdowns, "IDR")
    second = compare([breakdowns[i] for i in order], "IDR")
    for position, index in enumerate(order):
        a, b = first.offers[index], second.offers[position]
        assert (a.total, a.per_unit, a.cheapest, a.suspicious) == \
            (b.total, b.per_unit, b.cheapest, b.suspicious)
    totals = [o.total.amount for o in first.offers]
    if len(items) > 1:
        assert {i for i, o in enumerate(first.offers) if o.cheapest} == \
            {i for i, t in enumerate(totals) if t == min(totals)}
