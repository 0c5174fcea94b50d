#!/bin/sh
# Installs what the Lighthouse test of the public pages needs: npm's lighthouse, pinned to 12.2.3 (13 needs Node 22),
# into the project-local, git-ignored .ci/node/ (nothing global), and Node.js/npm from Debian when they are missing.
# Chromium comes from .ci/install-browser.sh. Idempotent: does nothing when the pinned version is there.
set -eu

VERSION=12.2.3
cd "$(dirname "$0")"
BIN=node/node_modules/.bin/lighthouse

if [ -x "$BIN" ] && [ "$("$BIN" --version 2>/dev/null)" = "$VERSION" ]; then
    echo "install-lighthouse: lighthouse $VERSION is installed in .ci/node"
    exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    echo "install-lighthouse: installing nodejs and npm"
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q nodejs npm
fi

mkdir -p node
cd node
[ -f package.json ] || printf '{ "private": true, "description": "errdex CI tools (git-ignored)" }\n' > package.json
npm install --no-save --no-audit --no-fund --loglevel=error "lighthouse@$VERSION"
test "$(node_modules/.bin/lighthouse --version)" = "$VERSION"
echo "install-lighthouse: done (lighthouse $VERSION in .ci/node)"
