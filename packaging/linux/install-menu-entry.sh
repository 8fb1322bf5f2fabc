#!/bin/sh
# Puts Repdesk in the desktop's menus for this user: the .desktop entry (pointing at the bundle
# this script sits beside, or at the `repdesk` given as $1) and the icon.
# Usage: packaging/linux/install-menu-entry.sh [/path/to/repdesk]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
program=${1:-$root/dist/repdesk/repdesk}
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
icons=${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor
mkdir -p "$apps" "$icons/scalable/apps" "$icons/256x256/apps" "$icons/48x48/apps"
sed "s|^Exec=.*|Exec=\"$program\"|" "$here/repdesk.desktop" > "$apps/repdesk.desktop"
cp "$root/resources/icons/repdesk.svg" "$icons/scalable/apps/repdesk.svg"
cp "$root/resources/icons/repdesk-256.png" "$icons/256x256/apps/repdesk.png"
cp "$root/resources/icons/repdesk-48.png" "$icons/48x48/apps/repdesk.png"
echo "Repdesk is in the menu ($apps/repdesk.desktop -> $program)"
