#!/usr/bin/env bash
# Install the one-folder build for the current user (no root needed):
#   ./install.sh [BUNDLE_DIR]      default: the folder this script sits in (dist/simulator after a build)
# Copies the bundle to ~/.local/opt/simulator, links ~/.local/bin/simulator, and adds the menu entry and icon.
set -euo pipefail
src="$(cd "${1:-$(dirname "$0")}" && pwd)"
[ -x "$src/simulator" ] || { echo "No simulator executable in $src: build it first (python packaging/build.py)." >&2; exit 2; }
dest="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/simulator"
rm -rf "$opt" && mkdir -p "$opt" "$HOME/.local/bin" "$dest/applications" "$dest/icons/hicolor/256x256/apps"
cp -a "$src/." "$opt/"
ln -sf "$opt/simulator" "$HOME/.local/bin/simulator"
cp "$opt/simulator.png" "$dest/icons/hicolor/256x256/apps/simulator.png"
sed -e "s|^Exec=.*|Exec=$opt/simulator|" -e "s|^Icon=.*|Icon=simulator|" "$opt/simulator.desktop" \
    > "$dest/applications/simulator.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$dest/applications" || true
echo "Installed in $opt; the menu entry is 'Simulator'."
