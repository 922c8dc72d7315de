"""Tell the user which system libraries Qt's X11 platform needs, before Qt fails.

Without them Qt aborts with a message about the "xcb" plugin that does not say what
to install. Checked only on Linux when Qt would use X11.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Shared library soname → Debian/Ubuntu package that provides it.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
}
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
FONT_PACKAGE = "fonts-dejavu-core"


def uses_xcb() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    return not os.environ.get("WAYLAND_DISPLAY")


def missing_packages() -> list[str]:
    """Debian package names to install so Qt's X11 platform starts; empty if all is there."""
    import ctypes

    missing = []
    for soname, package in XCB_LIBRARIES.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    if not any(_has_fonts(Path(folder).expanduser()) for folder in FONT_DIRS):
        missing.append(FONT_PACKAGE)
    return missing


def _has_fonts(folder: Path) -> bool:
    try:
        return folder.is_dir() and any(folder.iterdir())
    except OSError:
        return False


if __name__ == "__main__":
    # Used by scripts/run and scripts/test before anything is installed.
    print(" ".join(missing_packages()))
