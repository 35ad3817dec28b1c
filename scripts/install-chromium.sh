#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (http/chromium_test.go)
# when it is missing, and says so. The tests skip without a browser unless
# CHORUS_REQUIRE_CHROMIUM is set; CI sets it, so a failed install fails CI
# rather than silently skipping the UI tests.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
echo "chromium is missing: installing Debian's chromium package for the browser tests"
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "cannot install chromium (not root, no sudo): the browser tests will skip" >&2
  exit 0
fi
chromium --version 2>/dev/null || true
