"""Icons from ``resources/icons``, drawn in the palette's text colour so they suit light and dark.

Monochrome icons are SVGs stroked with ``currentColor``; :func:`themed_icon` substitutes the
colour of the given palette before rendering, for normal and disabled states. The application
icon (``shopsafe.svg``) keeps its own colours. Rendering is at device-pixel-ratio resolution, so
icons stay sharp at 200 % scaling.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.paths import resource_path

__all__ = ["app_icon", "themed_icon", "themed_pixmap"]

_SIZES = (16, 24, 32, 48, 64, 96)


@lru_cache(maxsize=64)
def _svg_text(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text("utf-8")


def _render(name: str, color: QColor, size: int, ratio: float) -> QPixmap:
    # SVG reads 8-digit hex as #RRGGBBAA, Qt writes #AARRGGBB: use plain #RRGGBB.
    svg = _svg_text(name).replace("currentColor", color.name(QColor.NameFormat.HexRgb))
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixels = max(1, round(size * ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _ratio() -> float:
    app = QGuiApplication.instance()
    return app.devicePixelRatio() if app is not None else 1.0


def themed_pixmap(name: str, size: int, palette: QPalette | None = None) -> QPixmap:
    """``name`` rendered ``size`` logical pixels wide in the palette's window-text colour."""
    palette = palette or QGuiApplication.palette()
    return _render(name, palette.color(QPalette.ColorRole.WindowText), size, _ratio())


def themed_icon(name: str, palette: QPalette | None = None) -> QIcon:
    """A QIcon of ``name`` for the palette: normal, selected and disabled colours."""
    palette = palette or QGuiApplication.palette()
    ratio = _ratio()
    normal = palette.color(QPalette.ColorRole.WindowText)
    selected = palette.color(QPalette.ColorRole.HighlightedText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_render(name, normal, size, ratio), QIcon.Mode.Normal)
        icon.addPixmap(_render(name, selected, size, ratio), QIcon.Mode.Selected)
        icon.addPixmap(_render(name, disabled, size, ratio), QIcon.Mode.Disabled)
    return icon


def app_icon() -> QIcon:
    """ShopSafe's own icon (a shield holding a shopping bag)."""
    icon = QIcon(str(resource_path("icons", "shopsafe.svg")))
    if icon.isNull() or not icon.availableSizes() and icon.pixmap(QSize(64, 64)).isNull():
        return QIcon()
    return icon
