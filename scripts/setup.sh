#!/usr/bin/env bash
# One command on a fresh Debian 12 machine (root, system Node 20, registry-only network):
# installs what the project needs and builds everything (site, search index, PDFs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system.sh
# Node 24 comes from the `node` devDependency (npm registry); npm install, not npm ci (see README).
npm install --no-audit --no-fund
ASTRO_TELEMETRY_DISABLED=1 npm run build
