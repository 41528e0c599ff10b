"""Icons and colours of the Check page: a verdict or status is never told by colour alone.

Every icon is a coloured disc with a distinct shape on it (tick, exclamation mark, cross,
question mark, "i"), painted at several sizes so it stays sharp at 200 % scaling. Background
tints exist for light and dark palettes; text keeps the palette's own colour on them.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

from desktop.checks.model import Level, Status

__all__ = ["banner_colours", "is_dark", "level_icon", "status_icon"]

_SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128)

_STATUS_COLOUR = {
    Status.PASS: "#2e7d32",
    Status.INFO: "#1565c0",
    Status.UNKNOWN: "#616161",
    Status.WARN: "#a65c00",
    Status.FAIL: "#c62828",
}
_STATUS_GLYPH = {
    Status.PASS: "tick",
    Status.INFO: "i",
    Status.UNKNOWN: "?",
    Status.WARN: "!",
    Status.FAIL: "cross",
}
_LEVEL_STATUS = {
    Level.OK: Status.PASS,
    Level.CAUTION: Status.WARN,
    Level.HIGH_RISK: Status.FAIL,
    Level.UNKNOWN: Status.UNKNOWN,
}

# (light tint, dark tint) behind the verdict banner, plus the accent bar colour.
_BANNER = {
    Level.OK: ("#e3f4e5", "#1e3a23"),
    Level.CAUTION: ("#fff1cc", "#3f3312"),
    Level.HIGH_RISK: ("#fde0e0", "#4a1d1d"),
    Level.UNKNOWN: ("#eceff1", "#2d3236"),
}


def _paint(size: int, colour: str, glyph: str) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    margin = size * 0.04
    painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    pen = QPen(QColor("white"), max(1.5, size * 0.12))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    s = float(size)
    if glyph == "tick":
        path = QPainterPath(QPointF(0.28 * s, 0.52 * s))
        path.lineTo(0.44 * s, 0.68 * s)
        path.lineTo(0.73 * s, 0.34 * s)
        painter.drawPath(path)
    elif glyph == "cross":
        painter.drawLine(QPointF(0.33 * s, 0.33 * s), QPointF(0.67 * s, 0.67 * s))
        painter.drawLine(QPointF(0.67 * s, 0.33 * s), QPointF(0.33 * s, 0.67 * s))
    else:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(8, int(s * 0.68)))
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, s, s), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return pixmap


@cache
def status_icon(status: Status) -> QIcon:
    """The icon of a finding status; needs a QGuiApplication."""
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_paint(size, _STATUS_COLOUR[status], _STATUS_GLYPH[status]))
    return icon


def level_icon(level: Level) -> QIcon:
    """The icon of a verdict level (the shape of the matching status)."""
    return status_icon(_LEVEL_STATUS[level])


def is_dark(palette: QPalette) -> bool:
    """True when the palette draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def banner_colours(level: Level, palette: QPalette) -> tuple[QColor, QColor]:
    """``(background, accent)`` for the verdict banner in ``palette``'s light or dark mode."""
    light, dark = _BANNER[level]
    return QColor(dark if is_dark(palette) else light), QColor(_STATUS_COLOUR[_LEVEL_STATUS[level]])
