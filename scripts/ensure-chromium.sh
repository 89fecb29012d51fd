#!/usr/bin/env bash
# Makes sure a Chromium for the browser tests exists: CHROME_PATH if set, else Debian's
# /usr/bin/chromium, installed with apt-get when missing (needs root, as on CI and the dev machines).
set -euo pipefail
browser="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ -n "${CHROME_PATH:-}" ]; then
  echo "CHROME_PATH=$CHROME_PATH is not an executable browser." >&2
  exit 1
fi
echo "Installing Debian's chromium for the browser tests…" >&2
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
{ $SUDO apt-get update && $SUDO apt-get install -y chromium; } >&2
