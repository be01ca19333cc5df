#!/usr/bin/env bash
# Builds the .deb, unpacks it into a clean directory tree and runs the installed fazhi from
# there: the package holds both programs, the desktop entry, icon, metainfo and translations.
set -euo pipefail
build=${1:-build}
(cd "$build" && cpack -G DEB >cpack.log 2>&1) || { cat "$build/cpack.log" >&2; exit 1; }
deb=$(ls -t "$build"/fazhi-workbench_*.deb | head -n1)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
for f in usr/bin/fazhi usr/bin/fazhi-workbench usr/share/applications/io.github.fazhi.Workbench.desktop \
         usr/share/metainfo/io.github.fazhi.Workbench.metainfo.xml usr/share/icons/hicolor/scalable/apps/fazhi-workbench.svg; do
  [ -e "$root/$f" ] || { echo "package lacks $f" >&2; exit 1; }
done
ls "$root"/usr/share/fazhi-workbench/translations/*.qm >/dev/null 2>&1 || { echo "package lacks translations" >&2; exit 1; }
echo "package $(basename "$deb"): $(dpkg-deb -f "$deb" Depends | cut -c1-80)…"
"$root/usr/bin/fazhi" --version
