#!/usr/bin/env bash
# Put Delegator into the application menu of the current user (no root needed): the
# desktop entry into ~/.local/share/applications, the icons into
# ~/.local/share/icons/hicolor/<size>/apps, the AppStream metadata into
# ~/.local/share/metainfo and the todo.txt file type into ~/.local/share/mime/packages
# ($XDG_DATA_HOME instead of ~/.local/share when it is set). Files of the types the
# entry names (todo.txt, .ics, .csv) then offer "Open with Delegator".
#
#   bash packaging/linux/install.sh              start the project's .venv (made or updated
#                                                as by scripts/run)
#   bash packaging/linux/install.sh --exec PATH  start PATH instead, e.g. the app built by
#                                                scripts/package: dist/delegator/delegator-gui
#   bash packaging/linux/install.sh --desktop    also put a launcher on the desktop
#   bash packaging/linux/install.sh --uninstall  remove the entry, icons and launcher again
#
# The data (~/.local/share/Delegator) is never touched.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ICONS_SRC="$ROOT/resources/icons"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$DATA_HOME/applications"
HICOLOR="$DATA_HOME/icons/hicolor"
ENTRY="delegator.desktop"
METAINFO_DIR="$DATA_HOME/metainfo"
METAINFO="delegator.metainfo.xml"
MIME_DIR="$DATA_HOME/mime"
MIME_XML="delegator-mime.xml"

usage() {
    sed -n '2,16s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

# The value of an Exec key that runs *path* (Desktop Entry spec, "The Exec key"):
# quoted, with " ` $ \ escaped inside the quotes, % doubled, and then every backslash
# doubled again because the Exec value is itself an escaped string.
exec_value() {
    local path="$1"
    path="${path//\\/\\\\}"
    path="${path//\"/\\\"}"
    path="${path//\`/\\\`}"
    path="${path//\$/\\\$}"
    path="${path//%/%%}"
    path="${path//\\/\\\\}"
    printf '"%s"' "$path"
}

# The desktop folder, or nothing when the user has none (xdg-user-dir then says $HOME).
desktop_dir() {
    local dir=""
    if command -v xdg-user-dir >/dev/null 2>&1; then
        dir="$(xdg-user-dir DESKTOP 2>/dev/null || true)"
    fi
    [ -n "$dir" ] || dir="$HOME/Desktop"
    if [ "$dir" != "$HOME" ] && [ -d "$dir" ]; then
        echo "$dir"
    fi
}

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$APPS" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$HICOLOR" ]; then
        gtk-update-icon-cache -q -f -t "$HICOLOR" 2>/dev/null || true
    fi
    if command -v update-mime-database >/dev/null 2>&1 && [ -d "$MIME_DIR/packages" ]; then
        update-mime-database "$MIME_DIR" 2>/dev/null || true
    fi
}

uninstall() {
    rm -f "$APPS/$ENTRY" "$METAINFO_DIR/$METAINFO" "$MIME_DIR/packages/$MIME_XML"
    local icon size
    for icon in "$ICONS_SRC"/delegator-*.png; do
        size="${icon##*-}"
        size="${size%.png}"
        rm -f "$HICOLOR/${size}x${size}/apps/delegator.png"
    done
    rm -f "$HICOLOR/scalable/apps/delegator.svg"
    local desktop
    desktop="$(desktop_dir)"
    # Only a launcher this script put there (it carries Delegator's window class).
    if [ -n "$desktop" ] && grep -qs '^StartupWMClass=Delegator$' "$desktop/$ENTRY"; then
        rm -f "$desktop/$ENTRY"
    fi
    refresh_caches
    echo "Delegator is no longer in the application menu. Your data was not touched."
}

install_entry() {
    local launcher="$1" on_desktop="$2"
    local icon size
    for icon in "$ICONS_SRC"/delegator-*.png; do
        size="${icon##*-}"
        size="${size%.png}"
        install -D -m 644 "$icon" "$HICOLOR/${size}x${size}/apps/delegator.png"
    done
    install -D -m 644 "$ICONS_SRC/delegator.svg" "$HICOLOR/scalable/apps/delegator.svg"

    local work entry line value
    work="$(mktemp -d)"
    entry="$work/$ENTRY"
    value="$(exec_value "$launcher")"
    while IFS= read -r line; do
        case "$line" in
            Exec=*) printf 'Exec=%s %%F\n' "$value" ;;
            *) printf '%s\n' "$line" ;;
        esac
    done <"$HERE/$ENTRY" >"$entry"
    if command -v desktop-file-validate >/dev/null 2>&1; then
        desktop-file-validate "$entry"
    fi
    install -D -m 644 "$entry" "$APPS/$ENTRY"
    install -D -m 644 "$HERE/$METAINFO" "$METAINFO_DIR/$METAINFO"
    install -D -m 644 "$HERE/$MIME_XML" "$MIME_DIR/packages/$MIME_XML"

    if [ "$on_desktop" = yes ]; then
        local desktop
        desktop="$(desktop_dir)"
        if [ -z "$desktop" ]; then
            echo "No desktop folder found; the launcher is in the application menu only." >&2
        else
            # Desktops start only launchers that are executable (and, on GNOME, trusted).
            install -m 755 "$entry" "$desktop/$ENTRY"
            if command -v gio >/dev/null 2>&1; then
                gio set "$desktop/$ENTRY" metadata::trusted true 2>/dev/null || true
            fi
            echo "Launcher on the desktop: $desktop/$ENTRY"
        fi
    fi
    rm -rf "$work"
    refresh_caches
    echo "Delegator is in the application menu (Office): $APPS/$ENTRY"
    echo "It starts $launcher"
}

main() {
    local action=install launcher="" on_desktop=no
    while [ $# -gt 0 ]; do
        case "$1" in
            --uninstall) action=uninstall ;;
            --desktop) on_desktop=yes ;;
            --exec)
                [ $# -ge 2 ] || { echo "install.sh: --exec needs a path" >&2; exit 64; }
                launcher="$2"
                shift
                ;;
            --exec=*) launcher="${1#--exec=}" ;;
            -h | --help)
                usage
                exit 0
                ;;
            *)
                echo "install.sh: unknown option $1" >&2
                usage >&2
                exit 64
                ;;
        esac
        shift
    done

    if [ "$action" = uninstall ]; then
        uninstall
        return
    fi
    if [ -n "$launcher" ]; then
        folder="$(dirname "$launcher")"
        if [ -d "$folder" ]; then
            launcher="$(cd "$folder" && pwd)/$(basename "$launcher")"
        fi
    else
        # shellcheck source=scripts/_env.sh
        source "$ROOT/scripts/_env.sh"
        ensure_venv
        # Without Qt's system libraries the window cannot open, and a menu entry shows
        # no error: say so now (as root with apt-get, install them).
        ensure_system_libraries || echo "Delegator will not open until these are installed." >&2
        launcher="$VENV/bin/delegator-gui"
    fi
    if [ ! -f "$launcher" ] || [ ! -x "$launcher" ]; then
        echo "install.sh: $launcher is not an executable program" >&2
        exit 3
    fi
    case "$launcher" in
        *%*) echo "Warning: the path contains '%'; GNOME and other GLib desktops cannot start such a program from the menu." >&2 ;;
    esac
    install_entry "$launcher" "$on_desktop"
}

main "$@"
