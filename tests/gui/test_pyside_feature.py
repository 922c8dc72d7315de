"""PySide6's per-import check answered from the file: the same verdicts, no source kept."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CHILD = """
import json, linecache, sys
sys.path.insert(0, sys.argv[1])
if sys.argv[2] == "quick":
    from delegator.gui.pyside_feature import check_imports_quickly
    check_imports_quickly()
else:
    import PySide6.QtCore
feature = sys.modules["shibokensupport.feature"]
import uses_qt, plain_module
print(json.dumps({
    "uses_qt": feature.pyside_feature_dict.get("uses_qt"),
    "plain_module": feature.pyside_feature_dict.get("plain_module"),
    "cached": sorted(name for name in linecache.cache if "module" in name or "uses_qt" in name),
}))
"""


def verdicts(folder: Path, mode: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), mode],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    answer: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return answer


def test_modules_get_the_verdicts_pyside_gives_without_their_lines_kept(tmp_path: Path) -> None:
    (tmp_path / "uses_qt.py").write_text("from PySide6 import QtCore\n", encoding="utf-8")
    (tmp_path / "plain_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    pyside_own = verdicts(tmp_path, "plain")
    quick = verdicts(tmp_path, "quick")
    assert (pyside_own["uses_qt"], pyside_own["plain_module"]) == (0, -1)
    assert (quick["uses_qt"], quick["plain_module"]) == (0, -1)
    assert pyside_own["cached"] != []  # PySide6's own check keeps every source in linecache
    assert quick["cached"] == []
