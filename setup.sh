#!/usr/bin/env bash
# Fazhi Workbench on Debian 12: installs the packages it needs (apt-get, with sudo when not
# root), builds it, then
#   ./setup.sh run       starts the workbench (a demo corpus is offered when the library is empty)
#   ./setup.sh test      runs every test, the storage suite also on a throwaway PostgreSQL server
#   ./setup.sh package   builds the .deb and checks it by running the installed fazhi
#   ./setup.sh build     only builds
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6svg6-dev qt6-pdf-dev
  libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libicu-dev libsqlite3-dev libzip-dev libpq-dev
  fonts-wqy-microhei
  xvfb xauth
)
mode=${1:-run}
# Tests run the storage suite against a real PostgreSQL server started just for them.
[ "$mode" = test ] && packages+=(postgresql)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build=${FAZHI_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)"

case "$mode" in
  run)
    exec "$build/bin/fazhi-workbench" "${@:2}"
    ;;
  test)
    log=$(mktemp)
    if [ -z "${FAZHI_TEST_PG_URL:-}" ]; then
      if pgenv=$(tools/pg-throwaway.sh start); then
        eval "$pgenv"
      else
        echo "PostgreSQL could not be started: only SQLite is tested" >&2
      fi
      if [ -n "${FAZHI_PG_DIR:-}" ]; then
        trap 'tools/pg-throwaway.sh stop "$FAZHI_PG_DIR"' EXIT
      fi
    fi
    set +e
    (cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" "${@:2}") 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    set -e
    summary=$(grep -E '^[0-9]+% tests passed' "$log" | tail -n 1 || true)
    rm -f "$log"
    [ -n "$summary" ] && echo "$summary"
    exit "$status"
    ;;
  package)
    packaging/check-deb.sh "$build"
    ;;
  build)
    ;;
  *)
    echo "usage: ./setup.sh [run|test|package|build]" >&2
    exit 2
    ;;
esac
