"""Render resources/icons/delegator.svg into the icons the app, the desktop and builds use.

PNGs load without Qt's SVG plugin, which keeps start-up fast. Run after changing the
SVG: ``.venv/bin/python scripts/render_icons.py``.

``scripts/render_icons.py --app-icons DIR`` writes ``delegator.ico`` (Windows) and
``delegator.icns`` (macOS) into DIR instead: the PyInstaller spec runs it at every build,
so the executables' icons always come from the SVG and nothing platform-specific is
committed. Both formats hold PNG images as they are (ICO since Windows Vista, ICNS
since Mac OS X 10.7), written here without Pillow or the platforms' own tools.
"""

from __future__ import annotations

import argparse
import struct
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
# Windows shows 16-48 in lists and menus and 256 on large tiles; ICO sizes stop at 256.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The ICNS element types that hold PNG data, by pixel size (512@2x is 1024 pixels).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding each PNG (keyed by its pixel size) as it is."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        # Width and height are one byte each; 0 means 256.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file with one PNG element per type of ICNS_TYPES."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render(sizes: set[int]) -> dict[int, bytes]:
    """The SVG as PNG files, one per size."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["render_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(ICONS / "delegator.svg"))
    pngs = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; PySide6 takes str
        buffer.close()
        pngs[size] = bytes(data.data())
    del app
    return pngs


def write_app_icons(folder: Path) -> tuple[Path, Path]:
    """Write delegator.ico and delegator.icns into *folder*; return their paths."""
    pngs = render(set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    folder.mkdir(parents=True, exist_ok=True)
    ico_path, icns_path = folder / "delegator.ico", folder / "delegator.icns"
    ico_path.write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    icns_path.write_bytes(icns(pngs))
    return ico_path, icns_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--app-icons",
        metavar="DIR",
        type=Path,
        help="write delegator.ico and delegator.icns into DIR instead of the PNGs",
    )
    arguments = parser.parse_args()
    if arguments.app_icons:
        for path in write_app_icons(arguments.app_icons):
            print(path)
        return
    for size, data in render(set(SIZES)).items():
        (ICONS / f"delegator-{size}.png").write_bytes(data)


if __name__ == "__main__":
    main()
