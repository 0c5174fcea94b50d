#!/bin/sh
# Installs what the browser test of the public pages needs: Debian's chromium and its chromedriver
# (Selenium drives /usr/bin/chromium through /usr/bin/chromedriver; Selenium Manager cannot download drivers here).
# Idempotent: does nothing when both are installed; runs apt-get update only when a package is missing.
set -eu

missing=""
for pkg in chromium chromium-driver; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $pkg"
    fi
done

if [ -z "$missing" ]; then
    echo "install-browser: chromium and chromium-driver are installed"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi
echo "install-browser: installing$missing"
$SUDO apt-get update -q
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q $missing
test -x /usr/bin/chromium && test -x /usr/bin/chromedriver
echo "install-browser: done"
