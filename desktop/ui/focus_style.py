"""A keyboard focus everyone can see.

Qt's Fusion style draws no focus mark on push buttons at all and a one-pixel dotted one on
check boxes and radio buttons: a keyboard user, or anyone who glances away, cannot tell where
Tab went. :class:`FocusStyle` wraps whatever style is in use and draws a two-pixel ring in the
palette's highlight colour (so it follows light and dark) around the focused button, check box or
radio button and as the item-view focus rectangle. Everything else is drawn by the wrapped style.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

__all__ = ["FocusStyle", "install_focus_style"]

_RINGED = (QStyle.ControlElement.CE_PushButton, QStyle.ControlElement.CE_CheckBox,
           QStyle.ControlElement.CE_RadioButton)


def _ring(option: QStyleOption, painter: QPainter, inset: int = 1) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight), 2)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(option.rect.adjusted(inset, inset, -inset, -inset), 3, 3)
    painter.restore()


class FocusStyle(QProxyStyle):
    """The wrapped style plus a clearly visible focus ring."""

    def drawControl(self, element, option, painter, widget: QWidget | None = None) -> None:  # noqa: N802
        super().drawControl(element, option, painter, widget)
        if element in _RINGED and option.state & QStyle.StateFlag.State_HasFocus:
            _ring(option, painter)

    def drawPrimitive(self, element, option, painter, widget: QWidget | None = None) -> None:  # noqa: N802
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            if isinstance(widget, QWidget) and widget.inherits("QAbstractButton"):
                return  # the ring above replaces the dotted frame
            _ring(option, painter, 0)
            return
        super().drawPrimitive(element, option, painter, widget)


def install_focus_style(app: QApplication) -> None:
    """Wrap the application's style in :class:`FocusStyle` once (idempotent). The palette set
    on the application (dark mode) is kept."""
    if isinstance(app.style(), FocusStyle):
        return
    palette = app.palette()
    name = app.style().name()
    app.setStyle(FocusStyle(name))
    app.setPalette(palette)
