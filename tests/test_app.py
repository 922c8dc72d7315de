from __future__ import annotations

import pytest

from delegator.app import gui_data_dir


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (True, None)),
        (["--data-dir", "/tmp/x"], (True, "/tmp/x")),
        (["--data-dir=/tmp/x"], (True, "/tmp/x")),
        (["list"], (False, None)),
        (["--data-dir", "/tmp/x", "list"], (False, None)),
        (["--data-dir"], (False, None)),
        (["--data-dir="], (False, None)),
        (["--help"], (False, None)),
    ],
)
def test_only_a_data_folder_opens_the_window(
    argv: list[str], expected: tuple[bool, str | None]
) -> None:
    assert gui_data_dir(argv) == expected
