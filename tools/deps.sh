#!/bin/sh
# Make sure the Debian packages cnstat builds and tests with are installed.
# As root: installs what is missing, without prompting.  Otherwise: prints
# the one command that would install them and fails.
set -eu
# CNSTAT_PACKAGES overrides the list (the tests use it).
PKGS=${CNSTAT_PACKAGES:-"gcc make pkg-config libcsv-dev libgsl-dev libcairo2-dev libpango1.0-dev libpng-dev libisal-dev check gnuplot-nox fonts-dejavu-core fonts-noto-cjk poppler-utils"}
missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "cnstat: missing Debian packages:$missing" >&2
    echo "cnstat: install them with: sudo apt-get install -y$missing" >&2
    exit 1
fi
echo "cnstat: installing Debian packages:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086 # one word per package
apt-get install -y -qq --no-install-recommends $missing >&2
