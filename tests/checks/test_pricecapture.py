"""The product price captured from a page's markup: real-world shapes, listings, hostile input,
and end to end through run_check against a local HTTPS shop."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.rdap_server import RdapRegistry, days_ago

from desktop.net.options import CheckOptions
from desktop.checks.pricecapture import CapturedPrice, capture_price, page_price
from desktop.checks.run import final_report, run_check

SITES = Path(__file__).resolve().parent.parent / "sites"
REPO = Path(__file__).resolve().parent.parent.parent


def ld(*blocks) -> str:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(b)}</script>' for b in blocks)
    return f"<!DOCTYPE html><html><head><title>Shop</title>{scripts}</head><body><p>hello</p></body></html>"


# --------------------------------------------------------------------------- JSON-LD

def test_json_ld_graph_product_offer():
    # Shape of WooCommerce / Yoast output: one @graph holding page, breadcrumb, product.
    html = ld({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "Sepatu Lari"},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home"}]},
        {"@type": "Product", "name": "Sepatu Lari Aero", "sku": "AERO-1",
         "offers": [{"@type": "Offer", "price": "1250000", "priceCurrency": "IDR",
                     "priceSpecification": {"@type": "UnitPriceSpecification", "price": "1250000"}}]},
    ]})
    found = capture_price(html)
    assert found == CapturedPrice(Decimal("1250000"), "IDR", "json-ld", "Sepatu Lari Aero")
    assert found.to_report() == {"amount": "1250000", "currency": "IDR", "source": "json-ld",
                                 "product": "Sepatu Lari Aero"}


def test_json_ld_numbers_are_exact_decimals_never_floats():
    # 0.1 + 0.2 style trouble: a JSON number must come out exactly as written
    html = '<script type="application/ld+json">{"@type":"Product","name":"Cable","offers":' \
           '{"@type":"Offer","price":19.99,"priceCurrency":"usd"}}</script>'
    found = capture_price(html)
    assert isinstance(found.amount, Decimal) and found.amount == Decimal("19.99")
    assert found.currency == "USD" and found.to_report()["amount"] == "19.99"


def test_json_ld_price_text_in_local_format_goes_through_parse_price():
    html = ld({"@type": "Product", "name": "Aceite de oliva 5 l",
               "offers": {"@type": "Offer", "price": "1.234,50", "priceCurrency": "EUR"}})
    assert capture_price(html).amount == Decimal("1234.5")
    html = ld({"@type": "Product", "name": "Kain", "offers": {"@type": "Offer", "price": "Rp 675.000"}})
    found = capture_price(html)
    assert (found.amount, found.currency) == (Decimal("675000"), "IDR")


def test_json_ld_aggregate_offer_low_price_and_price_specification():
    html = ld({"@context": "http://schema.org/", "@type": "Product", "name": "BabyBjorn One",
               "offers": {"@type": "AggregateOffer", "priceCurrency": "BYN", "offerCount": 2,
                          "lowPrice": "502.20", "highPrice": "558.00"}})
    assert capture_price(html) == CapturedPrice(Decimal("502.2"), "BYN", "json-ld", "BabyBjorn One")
    # a crossed-out list price beside the sale price: the price paid is the sale price
    html = ld({"@type": "Product", "name": "Jacket", "offers": {"@type": "Offer", "priceSpecification": [
        {"@type": "UnitPriceSpecification", "priceType": "https://schema.org/ListPrice",
         "price": 99.99, "priceCurrency": "EUR"},
        {"@type": "UnitPriceSpecification", "price": 74.95, "priceCurrency": "EUR"}]}})
    assert capture_price(html).amount == Decimal("74.95")


def test_json_ld_related_products_do_not_hide_the_product_price():
    html = ld({"@type": "Product", "name": "Kemeja", "offers": {"price": "245000", "priceCurrency": "IDR"},
               "isRelatedTo": [{"@type": "Product", "name": "Kain", "offers": {"price": "675000"}}]})
    assert capture_price(html).amount == Decimal("245000")


def test_json_ld_wrapped_in_cdata_comment():
    raw = '/*<![CDATA[*/ {"@type":"Product","name":"Regal","offers":[{"@type":"Offer",' \
          '"priceCurrency":"EUR","price":"99.95"}]} /*]]>*/'
    html = f'<script type="application/ld+json">{raw}</script>'
    assert capture_price(html) == CapturedPrice(Decimal("99.95"), "EUR", "json-ld", "Regal")


# --------------------------------------------------------------------------- microdata and meta

def test_microdata_content_attribute_and_text():
    html = """<div itemscope itemtype="https://schema.org/Product">
      <h1 itemprop="name">Botol Minum 1 L</h1>
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
        <meta itemprop="priceCurrency" content="IDR">
        <span itemprop="price" content="89000">Rp 89.000</span>
      </div></div>"""
    assert capture_price(html) == CapturedPrice(Decimal("89000"), "IDR", "microdata", "Botol Minum 1 L")
    html = """<div itemscope itemtype="http://schema.org/Product"><span itemprop="name">Mesa</span>
      <div itemprop="offers" itemscope itemtype="http://schema.org/Offer">
      <span itemprop="price">1.234,56&nbsp;€</span></div></div>"""
    assert capture_price(html) == CapturedPrice(Decimal("1234.56"), "EUR", "microdata", "Mesa")


def test_microdata_ignores_products_nested_in_the_product():
    html = """<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Lamp</span>
      <span itemprop="offers" itemscope itemtype="https://schema.org/Offer">
        <span itemprop="price" content="35.00"></span><meta itemprop="priceCurrency" content="USD"></span>
      <div itemprop="isRelatedTo" itemscope itemtype="https://schema.org/Product">
        <span itemprop="offers" itemscope itemtype="https://schema.org/Offer">
          <span itemprop="price" content="12.00"></span></span></div></div>"""
    assert capture_price(html) == CapturedPrice(Decimal("35"), "USD", "microdata", "Lamp")


def test_opengraph_product_meta():
    html = """<html><head><meta property="og:title" content="Zapatillas Trail">
      <meta property="product:price:amount" content="59.90">
      <meta property="product:price:currency" content="EUR"></head><body></body></html>"""
    assert capture_price(html) == CapturedPrice(Decimal("59.9"), "EUR", "meta", "Zapatillas Trail")
    html = '<meta property="og:price:amount" content="349"><meta property="og:price:currency" content="MXN">'
    assert capture_price(html) == CapturedPrice(Decimal("349"), "MXN", "meta", None)


def test_visible_price_box_when_the_page_has_no_markup():
    # Amazon's shape: no schema.org at all, the price in an element whose id names it
    html = """<div id="price"><table><tr><td>Price:</td>
      <td><span id="priceblock_ourprice" class="a-size-medium a-color-price">£39.50</span></td></tr>
      <tr><td>RRP:</td><td><span class="priceBlockStrikePriceString">£45.00</span></td></tr></table></div>
      <span id="shippingMessage_price">£4.49 delivery</span>"""
    assert capture_price(html) == CapturedPrice(Decimal("39.5"), "GBP", "text", None)
    # two different amounts in price boxes, or a bare number: not one clear price
    assert capture_price('<b id="price_a">€ 10</b><b id="price_b">€ 12</b>') is None
    assert capture_price('<b id="product-price">1299</b>') is None


def test_dollar_sign_resolved_by_the_users_country():
    html = """<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Silla</span>
      <span itemprop="price">$ 1,299.00</span></div>"""
    assert capture_price(html, country="MX").currency == "MXN"
    assert capture_price(html, country="US").currency == "USD"


# --------------------------------------------------------------------------- no clear price → None

def test_listing_page_with_many_prices_has_no_product_price():
    products = [{"@type": "ListItem", "position": i, "item": {
        "@type": "Product", "name": f"Kemeja {i}",
        "offers": {"@type": "Offer", "price": str(100000 + i * 25000), "priceCurrency": "IDR"}}}
        for i in range(6)]
    assert capture_price(ld({"@type": "ItemList", "itemListElement": products})) is None
    cards = "".join(f"""<li itemscope itemtype="https://schema.org/Product"><b itemprop="name">Item {i}</b>
        <span itemprop="offers" itemscope itemtype="https://schema.org/Offer">
        <span itemprop="price" content="{10 + i}.00"></span></span></li>""" for i in range(5))
    assert capture_price(f"<ul>{cards}</ul>") is None
    # and the real-shaped test shop's home page: several products, plain text prices
    assert capture_price((SITES / "toko-batik" / "index.html").read_text("utf-8")) is None


def _cards(title):
    cards = "".join(f"""<div itemscope itemtype="http://schema.org/Product"><span itemprop="name">{name}</span>
        <span itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="priceCurrency" content="EUR">
        <span itemprop="price" content="{price}"></span></span></div>""" for name, price in (
        ("Housse de chaise coton TERTIO® - taupe", "36.99"), ("Lot de 2 housses de chaise - Beige", "29.90"),
        ("Housse bi-extensible microfibre - Chocolat", "59.90")))
    return f"<html><head><title>{title}</title></head><body>{cards}</body></html>"


def test_the_product_the_page_is_titled_after_wins_over_related_products():
    found = capture_price(_cards("Housse de chaise  coton TERTIO® - taupe | 3 SUISSES"))
    assert found == CapturedPrice(Decimal("36.99"), "EUR", "microdata", "Housse de chaise coton TERTIO® - taupe")
    assert capture_price(_cards("Housses de chaise | 3 SUISSES")) is None  # a category page


def test_variants_at_different_prices_are_not_one_price():
    html = ld({"@type": "ProductGroup", "name": "Kaos", "hasVariant": [
        {"@type": "Product", "name": "Kaos S", "offers": {"price": "50000", "priceCurrency": "IDR"}},
        {"@type": "Product", "name": "Kaos XXL", "offers": {"price": "65000", "priceCurrency": "IDR"}}]})
    assert capture_price(html) is None


def test_sources_that_contradict_each_other_give_no_price():
    html = ld({"@type": "Product", "name": "Pillows", "offers": {"price": 150, "priceCurrency": "USD"}})
    html += '<meta property="product:price:amount" content="200"><meta property="product:price:currency" content="USD">'
    assert capture_price(html) is None
    agreeing = html.replace('content="200"', 'content="150.00"')
    assert capture_price(agreeing).amount == Decimal("150")


@pytest.mark.parametrize("html", [
    "",
    "<html><body>Rp 245.000</body></html>",  # a visible price alone is not trusted
    '<script type="application/ld+json">{"@type":"Product","offers":{"price":</script>',
    '<script type="application/ld+json">{"@type":"Product","offers":{"price":NaN}}</script>',
    '<script type="application/ld+json">{"@type":"Product","offers":{"price":-5,"priceCurrency":"EUR"}}</script>',
    '<script type="application/ld+json">{"@type":"Product","offers":{"price":"0"}}</script>',
    '<script type="application/ld+json">{"@type":"Product","offers":{"price":1e400}}</script>',
    '<script type="application/ld+json">{"@type":"Product","offers":{"price":"free shipping on 5 items"}}</script>',
    '<script type="application/ld+json">{"@type":"Product","offers":{"price":{"value":5}}}</script>',
    '<script type="application/ld+json">{"@type":"Product","offers":{"price":true}}</script>',
    '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>",
    '<script type="application/ld+json">' + '{"@graph":' * 3000 + "1" + "}" * 3000 + "</script>",
    '<meta property="product:price:amount" content="lots">',
    "<span itemprop='price'>" + "9" * 5000 + "</span>",
])
def test_garbage_and_hostile_markup_gives_none(html):
    assert capture_price(html) is None


def test_deeply_nested_items_cost_bounded_time():
    html = "<div itemscope itemtype='https://schema.org/Product'>" * 20_000 + '<span itemprop="price">5 €</span>'
    begun = time.perf_counter()
    found = capture_price(html)
    assert time.perf_counter() - begun < 10
    assert found is None or found.amount == Decimal("5")


def _page(url, html, status=200, content_type="text/html; charset=utf-8"):
    from desktop.net.client import Page

    return Page(url, url, status, {}, html.encode(), html, content_type)


def test_page_price_needs_a_successful_html_page():
    html = ld({"@type": "Product", "name": "Tas", "offers": {"price": "150000", "priceCurrency": "IDR"}})
    assert page_price(_page("https://toko.test/tas", html))["amount"] == "150000"
    assert page_price(None) is None
    assert page_price(_page("https://toko.test/tas", html, status=404)) is None
    assert page_price(_page("https://toko.test/tas.json", '{"price": 5}', content_type="application/json")) is None


def test_page_price_reads_dollars_for_the_shops_country():
    html = """<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Silla</span>
      <span itemprop="price">$ 1,299.00</span></div>"""
    # an Indonesian buyer on a Mexican shop: "$" is pesos there
    assert page_price(_page("https://www.mueblesdelvalle.com.mx/silla", html), "ID")["currency"] == "MXN"
    assert page_price(_page("https://chairs.example.com/silla", html), "ID")["currency"] == "USD"
    assert page_price(_page("https://chairs.example.com/silla", html), "AR")["currency"] == "ARS"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(list('<>/="\'{}[]:,. 0123456789€$Rp@\n')
                                + ["<script type=\"application/ld+json\">", "</script>", '"price"', '"@type"',
                                   '"Product"', '"offers"', "itemprop=", "itemscope", '"lowPrice"', "content=",
                                   '"@graph"', "product:price:amount", "<meta property=", "<span ", "</span>"]),
                max_size=150).map("".join),
       st.sampled_from([None, "ID", "US", "MX", "ES", "XX"]))
def test_fuzz_never_raises(html, country):
    found = capture_price(html, country=country)
    if found is not None:
        assert found.amount > 0 and found.source in ("json-ld", "microdata", "meta", "text")
        assert "E" not in found.to_report()["amount"]


@settings(max_examples=150, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=12)
                    | st.decimals(allow_nan=False, allow_infinity=False).map(str),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.sampled_from(["@type", "offers", "price", "lowPrice", "priceCurrency",
                                                       "@graph", "name", "priceSpecification", "hasVariant",
                                                       "itemListElement", "item"]), inner, max_size=5),
                    max_leaves=30))
def test_fuzz_any_json_ld_tree_never_raises(tree):
    capture_price(ld(tree))


# --------------------------------------------------------------------------- end to end

@pytest.fixture
def shop(https_server, ca_bundle):
    rdap = RdapRegistry(https_server, "rdap.test")
    rdap.write_bootstrap(os.environ["SHOPSAFE_DATA_DIR"], ["id"])
    https_server.add_site("tokobatiksari.co.id", "www.tokobatiksari.co.id", root=SITES / "toko-batik")
    rdap.add_domain("tokobatiksari.co.id", registered=days_ago(3000))
    hosts = ["tokobatiksari.co.id", "www.tokobatiksari.co.id", "rdap.test"]
    return {h: f"127.0.0.1:{https_server.port}" for h in hosts}, ca_bundle


def test_run_check_puts_the_captured_price_in_the_report(shop):
    resolve, ca_bundle = shop
    options = CheckOptions(ca_bundle=ca_bundle, deadline=8.0, resolve=resolve)
    report = final_report(run_check("https://tokobatiksari.co.id/produk/kemeja-parang-klasik.html", options))
    document = json.loads(json.dumps(report.to_json()))
    assert document["snapshot"]["price"] == {"amount": "245000", "currency": "IDR", "source": "json-ld",
                                             "product": "Kemeja Parang Klasik"}
    # the crawl around the product page still works (policies of the shop are found)
    assert document["policies"]["returns"].endswith("/kebijakan-pengembalian.html")
    # the shop's home page lists several products: no product price there
    home = final_report(run_check("https://tokobatiksari.co.id/", options))
    assert home.snapshot is not None and home.snapshot["price"] is None


def test_cli_json_report_carries_the_price(shop, host_map, isolated_shopsafe_env):
    resolve, ca_bundle = shop
    args = [sys.executable, "-m", "desktop", "check", "--json", "--ca-bundle", str(ca_bundle)]
    for host, address in resolve.items():
        args += ["--resolve", f"{host}:{address}"]
    args.append("https://tokobatiksari.co.id/produk/kemeja-parang-klasik.html")
    env = host_map.subprocess_env()
    env["SHOPSAFE_DATA_DIR"] = os.environ["SHOPSAFE_DATA_DIR"]
    done = subprocess.run(args, capture_output=True, text=True, timeout=120, cwd=REPO, env=env)
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["snapshot"]["price"]["amount"] == "245000"
    assert document["snapshot"]["price"]["currency"] == "IDR"


def test_exported_report_shows_the_price_as_evidence():
    from desktop.checks.export import report_html

    document = {"schema": 1, "input": "https://toko.test/p", "kind": "web_shop", "url": "https://toko.test/p",
                "host": "toko.test", "findings": [], "verdict": {"level": "ok", "reasons": []},
                "snapshot": {"final_url": "https://toko.test/p", "title": "Kemeja",
                             "price": {"amount": "245000", "currency": "IDR", "source": "json-ld",
                                       "product": "Kemeja <Parang>"}}}
    page = report_html(document)
    assert "<th>Price shown</th><td>Kemeja &lt;Parang&gt;: IDR 245000</td>" in page
    document["snapshot"]["price"] = None
    assert "Price shown" not in report_html(document)
