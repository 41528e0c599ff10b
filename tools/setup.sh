#!/usr/bin/env bash
# Installs the system packages ShopSafe needs on Debian/Ubuntu, and only those that are missing:
# Python 3 with venv, and the shared libraries the PySide6 wheels load (Qt's xcb platform for
# the window, the offscreen platform for the tests), plus one font. Does nothing (and asks for
# no password) when everything is present. Re-runnable. Other systems: prints what it needs.
set -euo pipefail

PACKAGES=(
    # Python with venv/ensurepip (Debian splits it out: PEP 668 systems need a venv).
    python3 python3-venv
    # Qt core/gui/widgets: OpenGL/EGL, keyboard maps, fonts, D-Bus, GLib.
    libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
    zlib1g libzstd1 libbrotli1 libgssapi-krb5-2
    # Qt's xcb platform plugin (the real window on X11 / Xwayland).
    libx11-6 libx11-xcb1 libxcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
    libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0
    libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxcb-glx0
    # A font, so text renders on minimal machines and in offscreen tests.
    fonts-dejavu-core
    # Colour emoji: pasted chats are full of them (🔥 PROMO 🛍️); without this font they are boxes.
    fonts-noto-color-emoji
    # desktop-file-validate: checks the menu entry 'shopsafe --install-desktop-entry' writes.
    desktop-file-utils
    # Offline text recognition of chat screenshots, with the Indonesian, Spanish and English
    # models (Debian's packages: nothing is downloaded when the app runs).
    tesseract-ocr tesseract-ocr-ind tesseract-ocr-spa tesseract-ocr-eng
    # A virtual X display, to look at the real window (xcb) on a machine without a screen:
    # 'Xvfb :91 -screen 0 1366x768x24 & DISPLAY=:91 shopsafe' (the tests use offscreen).
    xvfb
    # Syncthing: tests/sync/ runs two real instances on loopback syncing one archive folder
    # while both sides write (family archives live in synced folders; issue 12).
    syncthing
)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "tools/setup.sh: not a Debian/Ubuntu system; make sure these are installed:" >&2
    echo "  Python >= 3.11 with venv, and the libraries of: ${PACKAGES[*]}" >&2
    exit 0
fi

installed() {
    # Ubuntu 24.04 / Debian 13 renamed some libraries with a t64 suffix; accept either name.
    local status
    status=$(dpkg-query -W -f='${Status}\n' "$1" "$1t64" 2>/dev/null || true)
    [[ $status == *"install ok installed"* ]]
}

missing=()
for package in "${PACKAGES[@]}"; do
    if [[ $package == python3 || $package == python3-venv ]]; then
        continue  # judged below by what python3 can actually do
    fi
    installed "$package" || missing+=("$package")
done

# python3 may come from elsewhere (pyenv, a Docker image); only ask apt when it cannot make a venv.
if ! command -v python3 >/dev/null 2>&1; then
    missing+=(python3 python3-venv)
else
    probe=$(mktemp -d)
    if ! python3 -m venv "$probe/venv" >/dev/null 2>&1; then
        missing+=(python3-venv)
    fi
    rm -rf "$probe"
fi

check_python() {
    if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        echo "tools/setup.sh: ShopSafe needs Python 3.11 or newer; python3 is $(python3 --version 2>&1)" >&2
        exit 1
    fi
}

if ((${#missing[@]} == 0)); then
    check_python
    exit 0
fi

echo "tools/setup.sh: installing missing system packages: ${missing[*]}"
SUDO=()
if ((EUID != 0)); then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        echo "tools/setup.sh: run as root (or install sudo) to install: ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"

check_python
