"""Render resources/icons/delegator.svg into the PNG sizes the app and desktop use.

PNGs load without Qt's SVG plugin, which keeps start-up fast. Run after changing the
SVG: ``.venv/bin/python scripts/render_icons.py``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> None:
    app = QGuiApplication(["render_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(ICONS / "delegator.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"delegator-{size}.png"))
    del app


if __name__ == "__main__":
    main()
