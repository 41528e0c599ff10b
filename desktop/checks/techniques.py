"""How one label differs from a brand word: the typosquatting techniques, named.

:func:`edit_technique` classifies a single edit (Damerau–Levenshtein distance 1) between a
suspect label and a brand word as ``omission``, ``insertion``, ``repetition``,
``transposition``, ``typo`` (a neighbouring key on a QWERTY/AZERTY keyboard), ``homoglyph``
(an ASCII look-alike: ``0``/``o``, ``1``/``l``, ``rn``/``m``) or ``replacement``. Pure functions.
"""

from __future__ import annotations

__all__ = ["STRONG_WORDS", "edit_technique", "deletions"]

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
    frozenset(p) for p in ("0o", "1l", "il", "1i", "5s", "3e", "4a", "7t", "8b", "9g", "vu",
                          "qg", "mn")
}

# Words that, next to a brand name, make a look-alike clearly deceptive: scam bait, payment and
# account words, "official" in several languages, country names and codes fake shops add.
STRONG_WORDS: frozenset[str] = frozenset(
    """login signin logon secure security verify verification verifikasi validate account
    accounts akun update confirm support helpdesk service services pay payment payments bayar
    pembayaran refund promo promos promotion bonus hadiah gift gifts reward rewards voucher
    vouchers diskon discount discounts sale sales outlet outlets official officiel oficial
    resmi store stores shop shops tienda tiendas toko online web app care cs center centre
    billing wallet claim klaim lucky undian gratis free cuenta seguridad verificacion pago pagos
    soporte ayuda clientes cliente customer customers member members rewards deal deals cheap
    mall factory clearance black friday cyber giveaway winner prize lottery jackpot cashback
    checkout order orders tracking track delivery paket kurir resi envio envios
    id es mx ar co cl pe us uk fr de it pt br my sg ph th vn hu ro pl nl be at ch au ca nz
    ie dk se no fi cz sk gr jp kr in
    indonesia espana spain mexico argentina colombia chile peru usa america canada australia
    hungary magyar magyarorszag magyarország hungarian deutschland germany france italia italy
    portugal polska poland romania nederland belgium belgie osterreich austria schweiz suisse
    ireland denmark danmark sverige sweden norge norway suomi finland uk britain england
    malaysia singapore philippines thailand vietnam japan korea india brasil brazil turkey
    greece czech slovakia slovenija croatia hrvatska bulgaria europe eu global international
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
