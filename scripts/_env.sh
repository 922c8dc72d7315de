# Shared by scripts/run and scripts/test: find Python 3.11+, make .venv, install the project.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${DELEGATOR_VENV:-$ROOT/.venv}"

find_python() {
    for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "Delegator needs Python 3.11 or newer; install it (Debian/Ubuntu: sudo apt-get install python3 python3-venv)." >&2
    return 1
}

# Install the project (with the given extra, if any) into .venv when pyproject.toml changed.
ensure_venv() {
    local extra="${1:-}"
    local python
    python="$(find_python)"
    if [ ! -x "$VENV/bin/python" ]; then
        "$python" -m venv "$VENV" || {
            echo "Could not create a virtual environment; on Debian/Ubuntu: sudo apt-get install python3-venv" >&2
            return 1
        }
    fi
    local stamp="$VENV/.installed-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)${extra:+-$extra}"
    if [ ! -f "$stamp" ]; then
        "$VENV/bin/python" -m pip install --quiet --upgrade pip
        "$VENV/bin/python" -m pip install --quiet -e "$ROOT${extra:+[$extra]}"
        touch "$stamp"
    fi
    # The translation catalogues (.qm) are built from the .ts when missing or stale, not committed.
    "$VENV/bin/python" "$ROOT/scripts/compile_translations.py"
}

# Qt needs some system libraries (and fonts) that minimal machines lack.
# As root with apt-get, install them; otherwise say exactly what to install.
ensure_system_libraries() {
    local missing
    missing="$(QT_QPA_PLATFORM=xcb python3 "$ROOT/delegator/runtime/platform_check.py" 2>/dev/null || true)"
    [ -n "$missing" ] || return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing system libraries Qt needs: $missing" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
        echo "Qt needs these system packages: $missing" >&2
        echo "Install them with:  sudo apt-get install $missing" >&2
        return 1
    fi
}

# The tools the tests validate the Linux desktop entry and AppStream metadata with
# (tests/test_linux_integration.py skips, naming them, where they are missing).
ensure_desktop_validators() {
    local missing=""
    command -v desktop-file-validate >/dev/null 2>&1 || missing="$missing desktop-file-utils"
    command -v appstreamcli >/dev/null 2>&1 || missing="$missing appstream"
    command -v update-mime-database >/dev/null 2>&1 || missing="$missing shared-mime-info"
    [ -n "$missing" ] || return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing the desktop file validators:$missing" >&2
        # Not fatal: without them those tests skip, naming what is missing.
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null; } ||
            echo "Could not install$missing; the Linux integration tests will skip." >&2
    else
        echo "The Linux integration tests need:$missing (sudo apt-get install$missing)" >&2
    fi
}
