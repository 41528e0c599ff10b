"""Small look-and-feel helpers shared by the pages, derived from the palette (light or dark)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

__all__ = ["mix", "set_muted"]


def mix(a: QColor, b: QColor, weight: float) -> QColor:
    """``weight`` of ``a`` blended with ``1 - weight`` of ``b``."""
    return QColor(
        round(a.red() * weight + b.red() * (1 - weight)),
        round(a.green() * weight + b.green() * (1 - weight)),
        round(a.blue() * weight + b.blue() * (1 - weight)),
    )


def set_muted(widget: QWidget, weight: float = 0.72) -> None:
    """Draw ``widget``'s text in a secondary colour that stays readable (unlike disabled text).

    Call again after a palette change (light/dark switch): the colour is derived from the
    current palette's text and window colours.
    """
    palette = widget.palette()
    base = widget.parentWidget().palette() if widget.parentWidget() else palette
    colour = mix(
        base.color(QPalette.ColorRole.WindowText), base.color(QPalette.ColorRole.Window), weight
    )
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)
