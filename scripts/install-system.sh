#!/usr/bin/env bash
# Debian's Chromium: Puppeteer renders the PDFs with it and the browser tests drive it. Puppeteer's own browser
# download cannot reach its host here, so the project never asks for it (puppeteer-core).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
chromium --version
