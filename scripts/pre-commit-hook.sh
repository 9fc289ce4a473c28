#!/usr/bin/env bash
# The pre-commit hook's entry: pre-commit runs it from its copy of this repository, where the
# bundles are not built yet (dist/ is not committed). The first run installs the build tools
# and builds them (output on stderr); later runs lint at once.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -f "$here/dist/cli.js" ]; then
  echo "policy-lint: building the linter once in the pre-commit cache" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2 && node scripts/build.mjs >&2)
fi
exec node "$here/dist/cli.js" "$@"
