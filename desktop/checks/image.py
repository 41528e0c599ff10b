"""Check a screenshot or photo the seller sent: read its text and QR codes offline, then check
them like a pasted message.

:func:`analyze_image` recognises the text (:mod:`desktop.reading.ocr`), decodes QR codes
(:mod:`desktop.reading.qr`), and runs :func:`~desktop.checks.analyze.analyze_offline` on what
it read, QR links included. Identifiers found this way are marked ``ocr`` (a digit may be misread:
the buyer compares them with the picture). Payment QR codes (QRIS and other EMVCo codes) become
findings: who receives the money, a broken checksum, a receiver that is not the seller, a "payment
QR" that is only a link.

An image that cannot be read gives a report whose verdict is *not enough information*, with the
reason in a translated finding; the technical detail goes to the log.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable

from desktop.checks.analyze import analyze_offline
from desktop.checks.message import seller_name
from desktop.checks.model import Category, Finding, InputKind, Status
from desktop.checks.report import Report
from desktop.net.options import CheckOptions
from desktop.reading.emvco import EmvcoPayload, parse_emvco
from desktop.reading.errors import ImageTooLarge, OcrUnavailable, ReadingError, UnreadableImage
from desktop.reading.images import load_image
from desktop.reading.ocr import languages_for, recognise
from desktop.reading.qr import read_codes
from desktop.text import N_

__all__ = ["analyze_image", "qr_findings"]

log = logging.getLogger(__name__)

_LINK = re.compile(r"(?i)^(?:https?://|www\.)\S+$")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_BUSINESS = re.compile(
    r"(?i)\b(?:toko|tk|warung|kedai|cv|pt|ud|store|shop|olshop|mart|official|grosir|"
    r"tienda|abarrotes|comercial|sa|sas|ltda|market|cafe|resto|kios|rm|apotek|bengkel)\b")


def analyze_image(
    data: bytes,
    options: CheckOptions | None = None,
    *,
    ui_language: str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Report:
    """The report for an image (encoded bytes). Offline, no network, never writes the image to
    disk. Raises ``InterruptedError`` when ``cancelled()`` turns true; every other failure is a
    finding in the report."""
    options = options or CheckOptions()
    try:
        image = load_image(data)
    except ReadingError as error:
        return _unreadable(error, options)
    codes = read_codes(image)
    try:
        ocr = recognise(image, languages_for(ui_language), cancelled=cancelled)
        text, problem = ocr.text, None
    except InterruptedError:
        raise
    except ReadingError as error:
        log.warning("OCR failed: %s", error)
        text, problem, ocr = "", error, None
    payloads = [(code, parse_emvco(code)) for code in codes]
    links = [code for code, payload in payloads if payload is None and _LINK.match(code.strip())]
    combined = "\n".join([text, *links]).strip()
    report = analyze_offline(combined, options)
    identifiers = tuple(dataclasses.replace(item, ocr=item.raw in text)
                        for item in report.identifiers)
    findings = list(qr_findings(payloads, seller_name(identifiers)))
    if ocr is not None:
        findings.append(Finding(
            "input.ocr", Category.LINK, Status.INFO,
            N_("Image", "Text read from the picture"),
            N_("Image", "ShopSafe read the text of the picture on this computer. A digit may be "
                        "misread: compare account numbers and amounts with the picture."),
            None,
            {"engine": ocr.engine, "languages": list(ocr.languages),
             "seconds": round(ocr.seconds, 2), "characters": len(ocr.text)},
        ))
    elif problem is not None:
        findings.append(_ocr_problem(problem))
    if not combined and not codes:
        findings.append(Finding(
            "input.image_empty", Category.LINK, Status.UNKNOWN,
            N_("Image", "No text or QR code found in the picture"),
            N_("Image", "The picture holds nothing ShopSafe can read. Paste the seller's message "
                        "as text, or a sharper screenshot."),
        ))
    timings = dict(report.timings)
    if ocr is not None:
        timings["ocr"] = ocr.seconds
    return report.replace(identifiers=identifiers, findings=tuple(findings) + report.findings,
                          timings=timings)


def _ocr_problem(error: ReadingError) -> Finding:
    if isinstance(error, OcrUnavailable):
        detail = N_("Image", "The text recognition engine (Tesseract) or its language models are "
                             "not installed, so the words of the picture were not read. Run "
                             "tools/setup.sh, or paste the message as text.")
    else:
        detail = N_("Image", "The text of the picture could not be read. Paste the message as "
                             "text instead.")
    return Finding("input.ocr", Category.LINK, Status.UNKNOWN,
                   N_("Image", "The picture's text was not read"), detail)


def _unreadable(error: ReadingError, options: CheckOptions) -> Report:
    log.warning("image refused: %s", error)
    if isinstance(error, ImageTooLarge):
        detail = N_("Image", "The file is far larger than a screenshot or photo, so it was not "
                             "opened.")
    elif isinstance(error, UnreadableImage):
        detail = N_("Image", "The file is not a picture ShopSafe can open, or it is damaged.")
    else:
        detail = N_("Image", "The picture could not be read.")
    report = analyze_offline("", options)
    finding = Finding("input.image_unreadable", Category.LINK, Status.UNKNOWN,
                      N_("Image", "The picture could not be opened"), detail)
    return report.replace(findings=(finding,), kind=InputKind.NOT_UNDERSTOOD)


def _looks_like_a_person(name: str) -> bool:
    """QRIS names are what the bank registered: "BUDI SANTOSO" for a person, "TOKO MAJU" for a
    shop. One to four words with no business word reads as a person."""
    return 1 <= len(_WORDS.findall(name)) <= 4 and not _BUSINESS.search(name)


def _same_name(a: str, b: str) -> bool:
    """True when two names share a word that is a name, not a legal form ("PT", "Toko")."""
    def words(name: str) -> set[str]:
        return {w.lower() for w in _WORDS.findall(name) if not _BUSINESS.fullmatch(w)}
    return bool(words(a) & words(b))


def qr_findings(payloads: list[tuple[str, EmvcoPayload | None]],
                seller: str | None) -> list[Finding]:
    """Findings for the decoded codes of an image: ``(text, parsed payload or None)`` pairs;
    ``seller`` is the name the message gives for the receiver, if any."""
    findings: list[Finding] = []
    for code, payload in payloads:
        if payload is None:
            if _LINK.match(code.strip()):
                findings.append(Finding(
                    "qr.link", Category.PAYMENT, Status.WARN,
                    N_("Image", "The QR code is a link, not a payment code"),
                    N_("Image", "Scanning it opens {link}. A payment QR from a shop (QRIS, Mercado "
                                "Pago) names who receives the money; a link can lead anywhere. "
                                "The link is checked below.").format(link=code.strip()[:200]),
                    None, {"link": code.strip()[:2000]}))
            continue
        evidence = {"merchant_name": payload.merchant_name, "city": payload.merchant_city,
                    "country": payload.country, "nmid": payload.nmid, "amount": payload.amount,
                    "currency": payload.currency, "scheme": payload.scheme,
                    "crc_ok": payload.crc_ok}
        name = payload.merchant_name or "?"
        findings.append(Finding(
            "qr.payment", Category.PAYMENT, Status.INFO,
            N_("Image", "Payment QR code: the money goes to {name}").format(name=name),
            N_("Image", "The QR code pays {name} in {city}. Before you pay, check that the name "
                        "your payment app shows is the seller you are buying from.").format(
                name=name, city=payload.merchant_city or "?"),
            None, evidence))
        if not payload.crc_ok:
            findings.append(Finding(
                "qr.bad_crc", Category.PAYMENT, Status.FAIL,
                N_("Image", "The payment QR code has been tampered with"),
                N_("Image", "Its checksum does not match its content: the code was edited or "
                            "made by hand. Real payment codes are generated by the bank."),
                N_("Image", "Do not pay with this code."), evidence))
        if seller and payload.merchant_name and not _same_name(seller, payload.merchant_name):
            findings.append(Finding(
                "qr.receiver_differs", Category.PAYMENT, Status.WARN,
                N_("Image", "The QR code pays someone else"),
                N_("Image", "The message names {seller}, but the QR code pays {name}.").format(
                    seller=seller, name=payload.merchant_name),
                N_("Image", "Ask the seller why, and pay only when the names match."),
                {**evidence, "seller": seller}))
        elif payload.merchant_name and _looks_like_a_person(payload.merchant_name):
            findings.append(Finding(
                "qr.person", Category.PAYMENT, Status.INFO,
                N_("Image", "The QR code pays a person"),
                N_("Image", "{name} looks like a person's name, not a shop's. Paying a person "
                            "by QR gives you no buyer protection.").format(
                    name=payload.merchant_name),
                None, evidence))
    return findings
