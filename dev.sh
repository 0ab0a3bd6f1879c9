#!/usr/bin/env bash
# Set up and run the simulator from source on Debian/Ubuntu.
#   ./dev.sh run     set up, then open the app
#   ./dev.sh test    set up, then run the whole test suite
#   ./dev.sh setup   only set up (system packages + .venv)
set -euo pipefail
cd "$(dirname "$0")"

# Runtime: Qt's xcb/EGL libraries, espeak-ng for speech, aplay to play it.
# Tests and tools: Xvfb/xdotool/imagemagick for screenshots, sox, the sqlite3 shell for the export benchmark.
APT_PACKAGES="espeak-ng libespeak-ng1 alsa-utils libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
 libdbus-1-3 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
 libxcb-randr0 libxcb-render-util0 libxcb-image0 xvfb xdotool imagemagick sox sqlite3"

system_packages() {
    local missing=()
    # Debian splits venv/ensurepip out of python3.
    "${PYTHON:-python3}" -c "import ensurepip, venv" 2>/dev/null || missing+=("python3-venv")
    for pkg in $APT_PACKAGES; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

python_env() {
    local python="${PYTHON:-python3}"
    [ -x .venv/bin/python ] || "$python" -m venv .venv
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[test]"
}

case "${1:-run}" in
    setup) system_packages; python_env ;;
    run)   system_packages; python_env; shift || true; exec .venv/bin/simulator "$@" ;;
    test)  system_packages; python_env; shift || true
           QT_QPA_PLATFORM=offscreen exec .venv/bin/python -m pytest -q "$@" ;;
    *) echo "usage: ./dev.sh run|test|setup" >&2; exit 2 ;;
esac
