"""Translatable text for Qt-free code.

Domain packages must not import Qt, yet every user-visible string has to reach Qt's translation
system. They mark strings with :func:`N_` (an alias of ``QT_TRANSLATE_NOOP`` for
``pyside6-lupdate``, so the same ``(context, source)`` pair lands in the ``.ts`` files) and hand
back :class:`Message` objects. The UI and the command line render them with a translate function
(``QCoreApplication.translate``); tests and logs may render them untranslated.

Placeholders use ``str.format`` names (``{domain}``), never f-strings, so the translated text can
move them around.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

Translate = Callable[[str, str], str]

__all__ = ["Message", "N_", "Translate", "render"]


@dataclass(frozen=True)
class Message:
    """A translatable text with its arguments; immutable and hashable.

    ``args`` values may themselves be :class:`Message` objects: they are rendered with the same
    translate function before substitution.
    """

    context: str
    source: str
    args: tuple[tuple[str, Any], ...] = ()

    def format(self, **kwargs: Any) -> Message:
        """Return a copy carrying ``kwargs`` as placeholder values."""
        merged = dict(self.args)
        merged.update(kwargs)
        return Message(self.context, self.source, tuple(sorted(merged.items())))

    @property
    def arguments(self) -> dict[str, Any]:
        return dict(self.args)

    def render(self, translate: Translate | None = None) -> str:
        """The text in the language of ``translate`` (source English without one).

        A translation whose placeholders do not match falls back to the English source rather
        than raising: a bad translation must never hide a warning from the user.
        """
        text = translate(self.context, self.source) if translate else self.source
        if not self.args:
            return text
        values = {
            key: (value.render(translate) if isinstance(value, Message) else value)
            for key, value in self.args
        }
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            return self.source.format(**values)

    def __str__(self) -> str:
        return self.render()


def N_(context: str, source: str) -> Message:  # noqa: N802 - the conventional marker name
    """Mark ``source`` for translation in ``context`` without translating it now."""
    return Message(context, source)


def render(value: Message | str | None, translate: Translate | None = None) -> str | None:
    """Render a :class:`Message`; plain strings pass through unchanged."""
    if value is None or isinstance(value, str):
        return value
    return value.render(translate)
