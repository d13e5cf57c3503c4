#!/usr/bin/env bash
# Put the Debian packages the kiosk PC needs into a bundle's debs/ folder, as a small local
# repository that install.sh uses with no network.
#
#   sudo bash deploy/fetch-debs.sh dist/kiosk-VERSION-linux-x86_64
#
# Run it as root on a Debian machine of the same release as the kiosk PCs (Debian 13), with
# network. It fetches each package with everything it depends on, as if nothing were installed,
# so the kiosk PC finds whatever its own install lacks.
set -euo pipefail
bundle="${1:?usage: fetch-debs.sh BUNDLE_FOLDER}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
debs="$bundle/debs"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

chmod 755 "$work"  # apt downloads as the user _apt, which must reach archives/partial
mkdir -p "$debs" "$work/archives/partial"
: > "$work/status"
wanted="$(grep -v '^#' "$here/debian-packages.txt" | xargs)"
apt-get update -qq
# An empty package status makes apt fetch the whole dependency tree.
# shellcheck disable=SC2086  # one word per package
apt-get -qq -o Dir::State::status="$work/status" -o Dir::Cache::archives="$work/archives" \
    install --download-only --no-install-recommends -y $wanted
mv "$work"/archives/*.deb "$debs/"

# The index apt needs to use the folder as a repository ("deb [trusted=yes] file:DEBS ./").
cd "$debs"
for deb in *.deb; do
    dpkg-deb --field "$deb"
    echo "Filename: ./$deb"
    echo "Size: $(stat --format=%s "$deb")"
    echo "SHA256: $(sha256sum "$deb" | cut -d' ' -f1)"
    echo
done > Packages
cd - >/dev/null

# The bundle's checksums must cover the new files too.
(cd "$bundle" && find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort | xargs -d '\n' sha256sum > SHA256SUMS)
echo "fetch-debs: $(ls "$debs"/*.deb | wc -l) packages in $debs"
