#!/usr/bin/env bash
# Installs a Debian package when its command is missing; does nothing when it is there.
# Usage: scripts/apt_need.sh COMMAND [PACKAGE]   (PACKAGE defaults to COMMAND)
#   chromium: the browser the Playwright tests drive (Playwright's own download cannot work here)
#   wrk:      the HTTP load generator of `make bench`
set -euo pipefail
command="$1"
package="${2:-$1}"
if command -v "$command" >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
echo "installing Debian's $package (apt-get) ..." >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$package" >/dev/null
command -v "$command" >/dev/null
