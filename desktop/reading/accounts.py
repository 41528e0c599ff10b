"""Bank account numbers whose check digits can be verified: the Mexican CLABE (no Qt).

A shared lower layer: the shop checks find CLABEs in sellers' messages
(:mod:`desktop.checks.identifiers`), the transfer-proof reader checks the recipient's CLABE on a
comprobante SPEI (:mod:`desktop.reading.transfers`). One copy of the rule and the bank list.
"""

from __future__ import annotations

import re

__all__ = ["CLABE_BANKS", "clabe_bank", "valid_clabe"]


# Banxico's participant codes (the first three digits of a CLABE), the banks buyers meet most.
CLABE_BANKS: dict[str, str] = {
    "002": "Banamex", "006": "Bancomext", "009": "Banobras", "012": "BBVA México",
    "014": "Santander", "019": "Banjercito", "021": "HSBC", "030": "BanBajío",
    "036": "Inbursa", "042": "Mifel", "044": "Scotiabank", "058": "Banregio", "059": "Invex",
    "060": "Bansi", "062": "Afirme", "072": "Banorte", "106": "Bank of America",
    "112": "Bmonex", "113": "Ve por Más", "127": "Banco Azteca", "128": "Autofin",
    "129": "Barclays", "130": "Compartamos", "132": "Multiva", "133": "Actinver",
    "136": "Intercam", "137": "BanCoppel", "138": "ABC Capital", "140": "Consubanco",
    "141": "Volkswagen Bank", "143": "CIBanco", "145": "Bbase", "147": "Bankaool",
    "148": "PagaTodo", "150": "Inmobiliario Mexicano", "151": "Donde", "152": "Bancrea",
    "154": "Banco Covalto", "155": "ICBC", "156": "Sabadell", "157": "Shinhan",
    "158": "Mizuho", "159": "Bank of China", "160": "Banco S3", "166": "Banco del Bienestar",
    "168": "Hipotecaria Federal", "600": "Monexcb", "601": "GBM", "602": "Masari",
    "605": "Value", "608": "Vector", "616": "Finamex", "617": "Valmex", "620": "Profuturo",
    "630": "Intercam Casa de Bolsa", "631": "CI Bolsa", "634": "Fincomún", "638": "Nu México",
    "646": "STP", "652": "Credicapital", "653": "Kuspit", "656": "Unagra",
    "659": "Opciones Empresariales del Noreste", "661": "Klar", "670": "Libertad",
    "677": "Caja Pop Mexicana", "680": "Cristóbal Colón", "683": "Caja Telefonistas",
    "684": "Transfer", "685": "Fondo (FIRA)", "686": "Invercap", "689": "Fomped",
    "699": "Fondeadora", "703": "Tesored", "706": "Arcus", "710": "NVIO", "722": "Mercado Pago",
    "723": "Cuenca", "728": "Spin by OXXO", "730": "Swap", "732": "Peibo",
    "734": "Finco Pay", "846": "STP",
}

_CLABE_WEIGHTS = (3, 7, 1) * 6


def valid_clabe(digits: str) -> bool:
    """True when ``digits`` is 18 digits whose last is the CLABE check digit (Banxico:
    weights 3, 7, 1 modulo 10 over the first 17 digits)."""
    if not re.fullmatch(r"\d{18}", digits):
        return False
    total = sum((int(d) * w) % 10 for d, w in zip(digits[:17], _CLABE_WEIGHTS))
    return (10 - total % 10) % 10 == int(digits[17])


def clabe_bank(digits: str) -> str | None:
    """The bank a CLABE belongs to, from its first three digits, or ``None`` if unknown."""
    return CLABE_BANKS.get(digits[:3])
