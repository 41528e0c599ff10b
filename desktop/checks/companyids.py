"""Company and tax identifiers printed on shop pages, validated with python-stdnum.

Schemes and the labels that introduce them on a page:

========== =========================================== ===================================
type       what                                        labels
========== =========================================== ===================================
ES-CIF     Spanish company tax code                    CIF, NIF, VAT, IVA …
ES-NIF     Spanish DNI/NIE (a sole trader's ID)        NIF, DNI, NIE …
MX-RFC     Mexican RFC (12/13 characters)              RFC
DE-USt-IdNr German VAT number                          USt-IdNr, VAT, UID
CO-NIT     Colombian NIT (with its "DV" check digit)   NIT
AR-CUIT    Argentine CUIT/CUIL                         CUIT, CUIL
CL-RUT     Chilean RUT                                 RUT, R.U.T. (a Colombian RUT prints the NIT)
PE-RUC     Peruvian RUC                                RUC
ID-NPWP    Indonesian tax number (15 or 16 digits)     NPWP
ID-NIB     Indonesian business licence (13 digits)     NIB
========== =========================================== ===================================

Each hit is ``{"type": ..., "value": ..., "valid": bool}`` plus ``"name"`` when the page prints
a legal name beside the number ("Razón social: Moda Andina S.A.S."). ``valid`` is True only
when the number's check digit holds (python-stdnum's validators, so a rule fixed upstream is
fixed here). Two schemes carry no check digit on the page and are accepted on their labelled
format alone: NIB (none exists) and a Colombian NIT printed without its DV ("NIT 900.373.913"),
a common and lawful way to print it. A number that fails its check digit is still reported
(``valid: False``): a fake shop copying a mistyped number is worth knowing about.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable

from stdnum.ar import cuit as _cuit
from stdnum.cl import rut as _rut
from stdnum.co import nit as _nit
from stdnum.de import vat as _de_vat
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.exceptions import ValidationError
from stdnum.id import npwp as _npwp
from stdnum.mx import rfc as _rfc
from stdnum.pe import ruc as _ruc

__all__ = ["MAX_MATCHES", "add_company_ids", "find_company_ids", "format_company_id", "valid_cif", "valid_cuit", "valid_nif", "valid_nit", "valid_npwp",
           "valid_rfc", "valid_ruc", "valid_rut", "valid_ust_id"]


def valid_cif(value: str) -> bool:
    """Spanish CIF: organisation letter, 7 digits, a control digit or letter."""
    return _cif.is_valid(value)


def valid_nif(value: str) -> bool:
    """Spanish DNI-based NIF (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter)."""
    return _dni.is_valid(value) or _nie.is_valid(value)


def valid_rfc(value: str) -> bool:
    """Mexican RFC (12 characters for companies, 13 for people) with its date and check digit."""
    try:
        _rfc.validate(value, validate_check_digits=True)
    except ValidationError:
        return False
    return True


def valid_ust_id(value: str) -> bool:
    """German USt-IdNr ``DE`` + 9 digits, check digit by ISO 7064 MOD 11,10."""
    return _de_vat.is_valid(value)


def valid_nit(value: str) -> bool:
    """Colombian NIT with its check digit (DV) as the last digit."""
    return _nit.is_valid(value)


def valid_cuit(value: str) -> bool:
    """Argentine CUIT/CUIL: 11 digits, a known type prefix, mod-11 check digit."""
    return _cuit.is_valid(value)


def valid_rut(value: str) -> bool:
    """Chilean RUT/RUN: digits and a mod-11 check character (0–9 or K)."""
    return _rut.is_valid(value)


def valid_ruc(value: str) -> bool:
    """Peruvian RUC: 11 digits, mod-11 check digit."""
    return _ruc.is_valid(value)


def valid_npwp(value: str) -> bool:
    """Indonesian NPWP, 15-digit (old) or 16-digit form, with its check digit."""
    return _npwp.is_valid(value)


_FORMATS: dict[str, Callable[[str], str]] = {
    "CO-NIT": _nit.format, "AR-CUIT": _cuit.format, "CL-RUT": _rut.format, "ID-NPWP": _npwp.format,
}


def format_company_id(kind: str, value: str) -> str:
    """``value`` as its tax office prints it ("9003739134" → "900.373.913-4") when its check
    digit holds; otherwise unchanged (formatting a wrong number would suggest where a check
    digit is that may not be one). Never raises."""
    formatter = _FORMATS.get(kind)
    checks = {"CO-NIT": valid_nit, "AR-CUIT": valid_cuit, "CL-RUT": valid_rut, "ID-NPWP": valid_npwp}
    if formatter is None or not checks[kind](value):
        return value
    try:
        return formatter(value)
    except (ValidationError, ValueError, IndexError):
        return value


# --------------------------------------------------------------------------- unlabelled-number patterns

_ES_LABEL = r"(?:CIF|NIF|N\.I\.F\.|C\.I\.F\.|NIE|DNI|VAT|IVA)"
_PATTERNS = (
    ("ES-CIF", re.compile(r"\b([ABCDEFGHJNPQRSUVW])[- ]?(\d{7})[- ]?([0-9A-J])\b"), valid_cif, _ES_LABEL),
    ("ES-NIF", re.compile(r"\b(\d{8})[- ]?([A-Z])\b|\b([XYZ])[- ]?(\d{7})[- ]?([A-Z])\b"), valid_nif, _ES_LABEL),
    ("MX-RFC", re.compile(r"\b([A-ZÑ&]{3,4}\d{6}[A-Z\d]{2}[\dA])\b"), valid_rfc, r"RFC"),
    ("DE-USt-IdNr", re.compile(r"\b(DE ?\d{3} ?\d{3} ?\d{3})\b"), valid_ust_id,
     r"(?:USt|Umsatzsteuer|VAT|UID)"),
)

# --------------------------------------------------------------------------- label-first schemes

# What may stand between a label and its number: "NIT:", "RUC N°", "CUIT nro.", "NPWP No."
_GAP = r"[\s:.#º°-]*(?:N[º°o]\.?|No\.?|Nro\.?|N[uú]mero|Nomor)?[\s:.#º°-]*"
# Digits grouped by dots, spaces or hyphens, as these numbers are printed; at most 20 characters.
_GROUPED = r"(\d{1,11}(?:[. -]\d{1,11}){0,5})(?!\d)(?:\s?-\s?([\dkK])\b)?"


def _nit_value(digits: str, dv: str | None) -> tuple[str, bool] | None:
    if dv is not None:
        value = digits + dv
        return (value, valid_nit(value)) if 8 <= len(value) <= 16 else None
    # Companies' NITs are 9 digits starting with 8 or 9; printed contiguous with the DV they
    # are 10 digits. Nine digits alone are the NIT without its DV: format only.
    if len(digits) == 10 and digits[0] in "89":
        return digits, valid_nit(digits)
    if 8 <= len(digits) <= 10:
        return digits, True
    return None


_Reader = Callable[[str, str | None], tuple[str, str, bool] | None]


def _checked(kind: str, validator: Callable[[str], bool], lengths: tuple[int, ...]) -> _Reader:
    def read(digits: str, dv: str | None) -> tuple[str, str, bool] | None:
        value = (digits + (dv or "")).upper()
        return (kind, value, validator(value)) if len(value) in lengths else None
    return read


def _read_nit(digits: str, dv: str | None) -> tuple[str, str, bool] | None:
    hit = _nit_value(digits, dv)
    return ("CO-NIT", *hit) if hit else None


def _read_rut(digits: str, dv: str | None) -> tuple[str, str, bool] | None:
    """Chile's RUT — or Colombia's: its RUT (Registro Único Tributario) prints the NIT.
    Chilean RUTs are written with their check character after a hyphen; a number without one
    that is no valid Chilean RUT is read as a Colombian NIT."""
    chilean = _checked("CL-RUT", valid_rut, (8, 9))(digits, dv)
    if chilean is not None and chilean[2]:
        return chilean
    colombian = _read_nit(digits, dv)
    if dv is None or (colombian is not None and colombian[2]) or chilean is None:
        return colombian
    return chilean


_LABELLED: tuple[tuple[re.Pattern[str], _Reader], ...] = (
    (re.compile(rf"\bN\.?\s?I\.?\s?T\.?{_GAP}{_GROUPED}", re.I), _read_nit),
    (re.compile(rf"\b(?:CUIT|CUIL|C\.U\.I\.[TL]\.?){_GAP}{_GROUPED}", re.I), _checked("AR-CUIT", valid_cuit, (11,))),
    (re.compile(rf"\b(?:RUT|R\.U\.T\.?|Rol [ÚU]nico Tributario){_GAP}{_GROUPED}", re.I), _read_rut),
    (re.compile(rf"\b(?:RUC|R\.U\.C\.?){_GAP}{_GROUPED}", re.I), _checked("PE-RUC", valid_ruc, (11,))),
    (re.compile(rf"\bNPWP{_GAP}{_GROUPED}", re.I), _checked("ID-NPWP", valid_npwp, (15, 16))),
)
_NIB = re.compile(r"\bNIB\b[\s:.#-]*(?:No\.?|Nomor)?[\s:.#-]*(\d{13})\b", re.I)

# "Razón social: Moda Andina S.A.S." — the legal name beside a LatAm or Spanish id.
_LEGAL_NAME = re.compile(r"\b(?:Raz[oó]n social|Denominaci[oó]n social|Nombre legal)\s*:?\s*"
                         r"([^\n|,;:()·•]{3,80}?)(?=\s*(?:[-–|,;(·•\n]|\bNIT\b|\bRUT\b|\bRUC\b|\bCUIT\b|$))",
                         re.I)
_NAME_WINDOW = 160


def _legal_name(text: str, start: int, end: int) -> str | None:
    """The legal name printed within :data:`_NAME_WINDOW` characters of ``text[start:end]``."""
    lo = max(0, start - _NAME_WINDOW)
    window = text[lo:end + _NAME_WINDOW]
    best = None
    for match in _LEGAL_NAME.finditer(window):
        name = " ".join(match[1].split()).strip(" -")
        distance = abs(lo + match.start() - start)
        if len(name) >= 3 and (best is None or distance < best[0]):
            best = (distance, name)
    return best[1] if best else None


def add_company_ids(target: list[dict], hits: list[dict]) -> None:
    """Add ``hits`` to ``target``, one entry per (type, value): a number printed on several
    pages is one number, and a legal name seen beside it on any page is kept."""
    for hit in hits:
        same = next((c for c in target if (c["type"], c["value"]) == (hit["type"], hit["value"])), None)
        if same is None:
            target.append(dict(hit))
        elif "name" in hit and "name" not in same:
            same["name"] = hit["name"]


# Pages are attacker-controlled: at most this many labelled numbers are read per scheme and page
# (an honest page prints its ids a few times), and each distinct number is validated once.
MAX_MATCHES = 200


def find_company_ids(text: str, *, require_context: bool = True) -> list[dict]:
    """Identifiers in ``text``.

    With ``require_context`` (page text) a number counts only when its label (CIF, RFC,
    USt-IdNr, NIT, CUIT, RUT, RUC, NPWP …) stands just before it; ``valid`` then says whether
    its check digit holds. Without it (a schema.org ``vatID`` field) only numbers of the
    unlabelled schemes that validate count. Never raises; bounded by :data:`MAX_MATCHES`.
    """
    found: dict[tuple[str, str], dict] = {}
    lowered = text.lower()
    names = require_context and any(cue in lowered for cue in ("raz", "denominaci", "nombre legal"))

    def add(kind: str, value: str, valid: bool, start: int, end: int) -> None:
        hit = found.get((kind, value))
        if hit is None:
            hit = found[(kind, value)] = {"type": kind, "value": value, "valid": valid}
        if names and "name" not in hit:
            name = _legal_name(text, start, end)
            if name:
                hit["name"] = name

    for kind, pattern, validator, label in _PATTERNS:
        seen: dict[str, bool] = {}
        for match in itertools.islice(pattern.finditer(text), 20 * MAX_MATCHES):
            labelled = re.search(label, text[max(0, match.start() - 40):match.start()], re.I) is not None
            if require_context and not labelled:
                continue  # a bare 9-character code is as likely a SKU as a tax number
            value = re.sub(r"[- ]", "", match[0]).upper()
            if value not in seen:
                if len(seen) >= MAX_MATCHES:
                    break
                seen[value] = validator(value)
            if not require_context and not seen[value]:
                continue
            add(kind, value, seen[value], match.start(), match.end())
    if require_context:
        # a cheap test first: most pages name none of these labels
        labelled = any(cue in lowered for cue in ("nit", "n.i.t", "cuit", "cuil", "c.u.i", "rut", "r.u.t",
                                                  "rol unico", "rol único", "ruc", "r.u.c", "npwp"))
        for pattern, read in _LABELLED if labelled else ():
            read_once = functools.lru_cache(maxsize=MAX_MATCHES)(read)
            for match in itertools.islice(pattern.finditer(text), MAX_MATCHES):
                number, dv = match[1], match[2]
                if dv is None and re.search(r"-\d$", number):  # "900.373.913-4": the DV
                    number, dv = number[:-2], number[-1]
                hit = read_once(re.sub(r"\D", "", number), dv)
                if hit is not None:
                    add(*hit, match.start(), match.end())
    for match in itertools.islice(_NIB.finditer(text), MAX_MATCHES):
        add("ID-NIB", match[1], True, match.start(), match.end())
    return list(found.values())
