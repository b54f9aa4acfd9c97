#!/usr/bin/env bash
# Installs everything Sổ Hội needs to build, test and run on Debian 12, then configures the given CMake
# preset (default: release) and builds the targets named after it, or every target when none are named.
# Safe to run again: it installs only what is missing and rebuilds only what changed.
#   scripts/setup.sh [PRESET [TARGET...]]
set -euo pipefail
preset="${1:-release}"
targets=("${@:2}")
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-l10n-tools
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-templates qml6-module-qtqml-workerscript qml6-module-qtquick-window
  qml6-module-qtqml qml6-module-qttest
  libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev
  libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
  catch2 sqlite3 fonts-noto-core xvfb xauth openssl
  libsodium-dev zlib1g-dev libssl-dev
  postgresql libpq-dev
  poppler-utils
  qt6-charts-dev qml6-module-qtcharts libqrencode-dev zbar-tools
  qt6-multimedia-dev qml6-module-qtmultimedia qt6-positioning-dev qml6-module-qtpositioning qml6-module-qtquick-dialogs
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "sohoi: installing ${#missing[@]} Debian packages: ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
fi

echo "sohoi: configuring and building (preset $preset${targets[*]:+: ${targets[*]}})"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" ${targets[@]:+--target "${targets[@]}"}
