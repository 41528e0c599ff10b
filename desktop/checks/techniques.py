"""How one label differs from a brand word: the typosquatting techniques, named.

:func:`edit_technique` classifies a single edit (Damerau–Levenshtein distance 1) between a
suspect label and a brand word as ``omission``, ``insertion``, ``repetition``,
``transposition``, ``typo`` (a neighbouring key on a QWERTY/AZERTY keyboard), ``homoglyph``
(an ASCII look-alike: ``0``/``o``, ``1``/``l``, ``rn``/``m``) or ``replacement``. Pure functions.
"""

from __future__ import annotations

__all__ = ["BAIT_WORDS", "MARKET_WORDS", "STRONG_WORDS", "TECH_WORDS", "deletions", "edit_technique"]

_KEYBOARD_ROWS = ("1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_AZERTY_ROWS = ("azertyuiop", "qsdfghjklm", "wxcvbn")


def _neighbours() -> dict[str, set[str]]:
    near: dict[str, set[str]] = {}
    for rows in (_KEYBOARD_ROWS, _AZERTY_ROWS):
        for r, row in enumerate(rows):
            for c, char in enumerate(row):
                around = near.setdefault(char, set())
                for dr in (-1, 0, 1):
                    rr = r + dr
                    if not 0 <= rr < len(rows):
                        continue
                    for dc in (-1, 0, 1):
                        cc = c + dc
                        if (dr or dc) and 0 <= cc < len(rows[rr]):
                            around.add(rows[rr][cc])
    return near


_NEAR = _neighbours()
_ASCII_LOOKALIKE_PAIRS = {
    frozenset(p) for p in ("0o", "1l", "il", "1i", "5s", "3e")
}

# Words that, next to a brand name, make a look-alike clearly deceptive. BAIT: account, payment
# and prize words of phishing pages, "official" in several languages. MARKET: the shop and
# country words fake shops add ("nike-outlet-es", "conversehungary").
BAIT_WORDS: frozenset[str] = frozenset(
    """login signin logon secure security verify verification verifikasi validate account
    accounts akun update confirm support helpdesk pay payment payments bayar pembayaran refund
    promo promos promotion bonus hadiah gift gifts reward rewards voucher vouchers claim klaim
    lucky undian gratis free cuenta seguridad verificacion pago pagos soporte ayuda cliente
    clientes customer customers member members billing wallet giveaway winner prize lottery
    jackpot cashback checkout tracking track delivery paket kurir resi envio envios official
    officiel oficial resmi recovery unlock unblock reactivate suspended limited alert notice
    """.split()
)
MARKET_WORDS: frozenset[str] = frozenset(
    """diskon discount discounts sale sales outlet outlets store stores shop shops tienda
    tiendas toko mall factory clearance black friday cyber deal deals cheap webshop webstore
    eshop onlineshop shoes sneakers boots bags jackets clothing fashion zapatos zapatillas ropa
    bolsos moda sepatu baju tas jaket
    id es mx ar co cl pe us uk fr de it pt br my sg ph th vn hu ro pl nl be at ch au ca nz
    ie dk se no fi cz sk gr jp kr in
    indonesia espana spain mexico argentina colombia chile peru usa america canada australia
    hungary magyar magyarorszag hungarian deutschland germany france italia italy
    portugal polska poland romania nederland belgium belgie osterreich austria schweiz suisse
    ireland denmark danmark sverige sweden norge norway suomi finland britain england
    malaysia singapore philippines thailand vietnam japan korea india brasil brazil turkey
    greece czech slovakia slovenija croatia hrvatska bulgaria europe eu global international
    """.split()
)
STRONG_WORDS: frozenset[str] = BAIT_WORDS | MARKET_WORDS
# Words brands use for their own infrastructure ("cdn-apple", "microsoftonline"): next to a
# brand they are no sign of deception on their own.
TECH_WORDS: frozenset[str] = frozenset(
    """online web app apps cdn dns static api img image images media content cloud net mail
    news blog dev labs status data assets files download downloads edge services service
    analytics ads adsystem nocookie video videos live tv play music photos maps cache sync
    """.split()
)


def deletions(word: str) -> set[str]:
    """``word`` itself and every string made by deleting one character of it."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def edit_technique(suspect: str, word: str) -> str | None:
    """The technique when ``suspect`` is one edit away from ``word``, else ``None``
    (equal strings, or two or more edits, give ``None``)."""
    if suspect == word:
        return None
    ls, lw = len(suspect), len(word)
    if ls == lw + 1:
        for i in range(ls):
            if suspect[:i] + suspect[i + 1:] == word:
                extra = suspect[i]
                if (i > 0 and suspect[i - 1] == extra) or (i + 1 < ls and suspect[i + 1] == extra):
                    return "repetition"
                return "insertion"
        return None
    if ls == lw - 1:
        for i in range(lw):
            if word[:i] + word[i + 1:] == suspect:
                return "omission"
        return None
    if ls != lw:
        return None
    diffs = [i for i in range(ls) if suspect[i] != word[i]]
    if len(diffs) == 1:
        i = diffs[0]
        a, b = suspect[i], word[i]
        if frozenset((a, b)) in _ASCII_LOOKALIKE_PAIRS:
            return "homoglyph"
        if a in _NEAR.get(b, ()):
            return "typo"
        return "replacement"
    if len(diffs) == 2:
        i, j = diffs
        if j == i + 1 and suspect[i] == word[j] and suspect[j] == word[i]:
            return "transposition"
    return None
