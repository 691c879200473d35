#!/usr/bin/env bash
# Builds Fabric's own programs from its Go module, pinned to one release, into a cache outside the
# work tree. Skips the build when the pinned version is already installed.
#
#   network-config/install-fabric.sh          build (or reuse) and print the bin folder
#
# Environment: ANCHOR_CACHE (default ~/.cache/anchor) is where the binaries go.
set -euo pipefail

# Fabric's release tags are not usable as Go module versions (no /v2 or /v3 suffix), so the release is
# pinned by its commit pseudo-version.
#
# The project's target is Fabric v3.1.5 (commit 86c1172bec37, v1.4.0-rc1.0.20260618074816-86c1172bec37),
# with v2.5.16 (v1.4.0-rc1.0.20260617221605-f871cf92a026) as its fallback, but the Go module proxy
# reachable from our machines answers both with "403 Forbidden: This module version is not available"
# (the commit-hash form too). The newest Fabric release it serves is v2.5.0 (release notes dated
# 2023-03-31, commit bd8e24856939), so that is what we pin. See docs/operations.md.
FABRIC_RELEASE="v2.5.0"
FABRIC_COMMIT="bd8e24856939"
FABRIC_PSEUDO_VERSION="v1.4.0-rc1.0.20230401164317-bd8e24856939"

FABRIC_MODULE="github.com/hyperledger/fabric"
# configtxlator decodes and encodes channel configuration (certificate revocation lists in an organisation's MSP).
PROGRAMS=(peer orderer configtxgen configtxlator osnadmin)

cache="${ANCHOR_CACHE:-$HOME/.cache/anchor}"
dest="$cache/fabric/$FABRIC_RELEASE"
stamp="$dest/.installed"

log() { printf '[install-fabric] %s\n' "$*" >&2; }

# A cache of the pinned version that lacks a program (one added to PROGRAMS later) builds only what is missing.
missing=("${PROGRAMS[@]}")
if [[ -f "$stamp" ]] && [[ "$(cat "$stamp")" == "$FABRIC_PSEUDO_VERSION" ]]; then
  missing=()
  for p in "${PROGRAMS[@]}"; do [[ -x "$dest/bin/$p" ]] || missing+=("$p"); done
  if ((${#missing[@]} == 0)); then
    echo "$dest"
    exit 0
  fi
fi

if ! command -v go >/dev/null 2>&1; then
  log "error: Go is not installed; it is needed once, to build Fabric $FABRIC_RELEASE (Go >= 1.20)"
  exit 1
fi

mkdir -p "$dest/bin"
version="$FABRIC_PSEUDO_VERSION"
log "downloading $FABRIC_MODULE@$version (Fabric $FABRIC_RELEASE, commit $FABRIC_COMMIT)"
if ! go mod download "$FABRIC_MODULE@$version"; then
  log "error: the Go module proxy refused $FABRIC_MODULE@$version (see the message above)"
  exit 1
fi

# `go install pkg@version` would ask the proxy for the module's version list (to report deprecation),
# which this proxy refuses; so install from inside the downloaded module, whose go.mod and go.sum pin
# every dependency at that commit. The module cache is read-only: nothing is written into it.
module_dir=$(go mod download -json "$FABRIC_MODULE@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
if [[ -z "$module_dir" || ! -d "$module_dir" ]]; then
  log "error: could not locate the downloaded module $FABRIC_MODULE@$version"
  exit 1
fi

start=$SECONDS
i=0
for p in "${missing[@]}"; do
  i=$((i + 1))
  log "building $p ($i/${#missing[@]}), $((SECONDS - start)) s so far (a cold build takes minutes on 2 cores)"
  (cd "$module_dir" && GOBIN="$dest/bin" CGO_ENABLED=0 GOFLAGS=-mod=mod go install "./cmd/$p")
done

# Fabric's sample configuration (core.yaml, orderer.yaml) ships inside the module: copy it beside the binaries.
mkdir -p "$dest/config"
cp -f "$module_dir/sampleconfig/core.yaml" "$module_dir/sampleconfig/orderer.yaml" "$dest/config/"
chmod u+w "$dest/config/"*.yaml

echo "$FABRIC_PSEUDO_VERSION" >"$stamp"
log "built ${missing[*]} from $version in $((SECONDS - start)) s into $dest/bin"
echo "$dest"
