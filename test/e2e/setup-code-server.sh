#!/usr/bin/env bash
# Installs code-server 4.100.3 (the last line that runs on Node 20) for the end-to-end test, OUTSIDE the
# repository: into $FZLINT_E2E_DIR/code-server (default ${TMPDIR:-/tmp}/fzlint-e2e/code-server), reused
# when already there. Prints the path of the code-server executable on its last stdout line.
#
# Needs (Debian): libkrb5-dev pkg-config (kerberos native module) and ripgrep (the post-install step of
# @vscode/ripgrep would fetch rg from GitHub, which is unreachable here: we put Debian's rg into the
# cache it looks in first). .ci/run installs these with apt-get; see ../shared/design/EDITOR-TESTING.md.
set -euo pipefail

VERSION=4.100.3
TMP_ROOT="${TMPDIR:-/tmp}"
E2E_DIR="${FZLINT_E2E_DIR:-$TMP_ROOT/fzlint-e2e}"
PREFIX="$E2E_DIR/code-server"
BIN="$PREFIX/node_modules/code-server/out/node/entry.js"
STAMP="$PREFIX/.fzlint-installed-$VERSION"

log() { echo "setup-code-server: $*" >&2; }

if [ -f "$STAMP" ] && [ -f "$BIN" ]; then
  log "code-server $VERSION already installed in $PREFIX"
  echo "$BIN"
  exit 0
fi

node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" != "20" ]; then
  log "code-server $VERSION needs Node 20 (this is Node $(node --version)); newer Node needs a newer code-server"
  exit 3
fi
for tool in rg pkg-config krb5-config; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    log "missing '$tool': apt-get install -y libkrb5-dev pkg-config ripgrep (as .ci/run does)"
    exit 3
  fi
done

# Debian's ripgrep, packed as the tarball @vscode/ripgrep 1.15.11 would download.
RG_CACHE="$TMP_ROOT/vscode-ripgrep-cache-1.15.11"
RG_TARBALL="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$RG_TARBALL" ]; then
  mkdir -p "$RG_CACHE"
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  tar -czf "$RG_TARBALL.partial" -C "$staging" rg
  mv "$RG_TARBALL.partial" "$RG_TARBALL"
  rm -rf "$staging"
  log "placed Debian's rg in $RG_TARBALL"
fi

log "installing code-server $VERSION into $PREFIX (about a minute)"
rm -rf "$PREFIX"
mkdir -p "$PREFIX"
echo '{"name":"fzlint-e2e-code-server","private":true}' > "$PREFIX/package.json"
start=$(date +%s)
# Run outside the repository so that the repository's .npmrc/lockfile play no part.
(
  cd "$PREFIX"
  TMPDIR="$TMP_ROOT" npm_config_unsafe_perm=true npm_config_yes=true npm_config_fund=false npm_config_audit=false \
    npm_config_update_notifier=false npm install --no-save --loglevel=error --prefix "$PREFIX" "code-server@$VERSION" >&2
)
if [ ! -f "$BIN" ]; then
  log "install finished but $BIN is missing"
  exit 1
fi
touch "$STAMP"
log "installed code-server $VERSION in $(( $(date +%s) - start )) s"
echo "$BIN"
