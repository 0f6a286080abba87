#!/usr/bin/env bash
# Sets up a Debian 12 machine for Chipline and builds it, then runs the app or the tests.
#   scripts/bootstrap.sh run [ARGS...]   install what is missing, build, start the GUI
#   scripts/bootstrap.sh test            install what is missing, build, run every test, then
#                                        build with AddressSanitizer+UBSan (preset asan) and run
#                                        the suite again; both passes must succeed.
#                                        CHIPLINE_ASAN=0 skips the second pass.
# Needs root (or sudo) only when a package is missing.
set -euo pipefail
mode=${1:-run}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

packages=(build-essential cmake ninja-build pkg-config python3
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libicu-dev libsqlite3-dev sqlite3 libxml2-dev libgoogle-perftools-dev
  fonts-noto-cjk qt6-translations-l10n hunspell-ko xvfb xauth poppler-utils
  desktop-file-utils appstream lintian dpkg-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

preset=release
[ "$mode" = test ] && preset=dev
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j"$(nproc)"

case "$mode" in
  run)
    exec "build/$preset/chipline" "$@"
    ;;
  test)
    ctest --preset "$preset" -j"$(nproc)" "$@"
    if [ "${CHIPLINE_ASAN:-1}" != 0 ]; then
      cmake --preset asan >/dev/null
      cmake --build --preset asan -j"$(nproc)"
      ctest --preset asan -j"$(nproc)" "$@"
    fi
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
