#!/usr/bin/env bash
# Builds Fabric CA's programs (fabric-ca-server, fabric-ca-client) from its Go module, pinned to one release,
# into a cache outside the work tree. Skips the build when the pinned version is already installed.
#
#   network-config/install-fabric-ca.sh       build (or reuse) and print the folder holding bin/
#
# Environment: ANCHOR_CACHE (default ~/.cache/anchor) is where the binaries go.
set -euo pipefail

# Fabric CA's tags are ordinary v1 module versions, so the release is its tag.
FABRIC_CA_VERSION="v1.5.15"
FABRIC_CA_MODULE="github.com/hyperledger/fabric-ca"
PROGRAMS=(fabric-ca-server fabric-ca-client)

cache="${ANCHOR_CACHE:-$HOME/.cache/anchor}"
dest="$cache/fabric-ca/$FABRIC_CA_VERSION"
stamp="$dest/.installed"

log() { printf '[install-fabric-ca] %s\n' "$*" >&2; }

all_there=true
for p in "${PROGRAMS[@]}"; do [[ -x "$dest/bin/$p" ]] || all_there=false; done
if $all_there && [[ -f "$stamp" ]] && [[ "$(cat "$stamp")" == "$FABRIC_CA_VERSION" ]]; then
  echo "$dest"
  exit 0
fi

command -v go >/dev/null 2>&1 ||
  { log "error: Go is not installed; it is needed once, to build Fabric CA $FABRIC_CA_VERSION"; exit 1; }
# The server keeps its users in SQLite (github.com/mattn/go-sqlite3), which needs cgo and a C compiler.
command -v gcc >/dev/null 2>&1 ||
  { log "error: gcc is not installed; Fabric CA's server needs cgo for SQLite (apt-get install gcc)"; exit 1; }

log "downloading $FABRIC_CA_MODULE@$FABRIC_CA_VERSION"
module_dir=$(go mod download -json "$FABRIC_CA_MODULE@$FABRIC_CA_VERSION" |
  sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
if [[ -z "$module_dir" || ! -d "$module_dir" ]]; then
  log "error: the Go module proxy did not serve $FABRIC_CA_MODULE@$FABRIC_CA_VERSION (see the message above)"
  exit 1
fi

# Built inside the downloaded (read-only) module, whose go.mod and go.sum pin every dependency, as
# install-fabric.sh does for Fabric. The version is stamped in as Fabric CA's Makefile does.
mkdir -p "$dest/bin"
start=$SECONDS
for p in "${PROGRAMS[@]}"; do
  log "building $p, $((SECONDS - start)) s so far (a cold build takes minutes on 2 cores)"
  (cd "$module_dir" && GOBIN="$dest/bin" CGO_ENABLED=1 GOFLAGS=-mod=mod go install \
    -ldflags "-X $FABRIC_CA_MODULE/lib/metadata.Version=$FABRIC_CA_VERSION" "./cmd/$p")
done
echo "$FABRIC_CA_VERSION" >"$stamp"
log "built ${PROGRAMS[*]} in $((SECONDS - start)) s into $dest/bin"
echo "$dest"
