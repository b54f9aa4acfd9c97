#!/usr/bin/env bash
# Sets up everything (packages, build) and runs every test through CTest. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh ci
ctest --preset ci "$@"
