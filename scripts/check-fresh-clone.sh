#!/usr/bin/env bash
# Proves that a fresh clone passes its tests with no ../shared beside it: clones the committed HEAD
# into an empty temporary folder, installs with `npm ci`, and runs the README's test command there.
# Usage: npm run check:fresh-clone   (takes a few minutes; uncommitted changes are not part of it)
set -euo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
git clone --quiet --no-hardlinks "$src" "$tmp/clone"
cd "$tmp/clone"
if [ -e ../shared ]; then
  echo "check-fresh-clone: $tmp/shared exists; the check needs a folder without it" >&2
  exit 1
fi
echo "fresh clone of $(git rev-parse --short HEAD) in $tmp/clone (no ../shared)"
npm ci --no-audit --no-fund --loglevel=error
npm test
echo "check-fresh-clone: the tests pass in a fresh clone without ../shared"
