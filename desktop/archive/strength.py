"""How hard a passphrase is to guess, in words a buyer understands (zxcvbn, no Qt).

zxcvbn (Dropbox's estimator, the Python port) scores a passphrase 0–4 from the patterns it
finds: common passwords, names, dictionary words, keyboard walks, repeats, sequences, dates.
Its own feedback is English only, so the reason is rebuilt here from the weakest pattern it
matched, as translatable :class:`~desktop.text.Message` texts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from zxcvbn import zxcvbn

from desktop.text import N_, Message

__all__ = ["STRONG_ENOUGH", "Strength", "passphrase_strength"]

#: The lowest zxcvbn score accepted without "use it anyway" (3: "safely unguessable").
STRONG_ENOUGH = 3

_LABELS = (
    N_("PassphraseStrength", "Very weak"),
    N_("PassphraseStrength", "Weak"),
    N_("PassphraseStrength", "Fair"),
    N_("PassphraseStrength", "Strong"),
    N_("PassphraseStrength", "Very strong"),
)
_COMMON = N_("PassphraseStrength", "This is a commonly used password.")
_NAME = N_("PassphraseStrength", "Names on their own are easy to guess.")
_WORD = N_("PassphraseStrength", "A single word is easy to guess.")
_KEYBOARD = N_("PassphraseStrength", "Rows of keys on the keyboard are easy to guess.")
_REPEAT = N_("PassphraseStrength", "Repeated characters or words are easy to guess.")
_SEQUENCE = N_("PassphraseStrength", "Sequences like abc or 6543 are easy to guess.")
_DATE = N_("PassphraseStrength", "Dates and years are easy to guess.")
_SHORT = N_("PassphraseStrength", "It is too short.")
_ADVICE = N_("PassphraseStrength",
             "Use four or more unrelated words, or a sentence only you would think of.")


@dataclass(frozen=True)
class Strength:
    """``score`` 0–4; ``weak`` when below :data:`STRONG_ENOUGH`; ``reason`` says why it is
    weak (None when nothing in particular); ``advice`` how to do better."""

    score: int
    label: Message
    weak: bool
    reason: Message | None
    advice: Message


def passphrase_strength(passphrase: str, user_inputs: Iterable[str] = ()) -> Strength:
    """Estimate ``passphrase``; ``user_inputs`` (the user's name, the archive folder name)
    count as easy guesses. Only the first 72 characters are examined (zxcvbn's limit keeps
    each estimate under a few milliseconds, so it can run on every key press)."""
    if not passphrase:
        return Strength(0, _LABELS[0], True, _SHORT, _ADVICE)
    result = zxcvbn(passphrase[:72], user_inputs=[u for u in user_inputs if u])
    score = int(result["score"])
    reason = _reason(result["sequence"], len(passphrase)) if score < STRONG_ENOUGH else None
    return Strength(score, _LABELS[score], score < STRONG_ENOUGH, reason, _ADVICE)


def _reason(sequence: list[dict], length: int) -> Message | None:
    for match in sorted(sequence, key=lambda m: float(m.get("guesses_log10", 99))):
        pattern = match.get("pattern")
        if pattern == "dictionary":
            name = match.get("dictionary_name")
            if name in ("passwords", "user_inputs"):
                return _COMMON
            if name in ("surnames", "male_names", "female_names"):
                return _NAME
            return _WORD
        if pattern == "spatial":
            return _KEYBOARD
        if pattern == "repeat":
            return _REPEAT
        if pattern == "sequence":
            return _SEQUENCE
        if pattern in ("date", "regex"):
            return _DATE
    return _SHORT if length < 12 else None
