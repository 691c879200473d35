#!/usr/bin/env bash
# Builds mikefarah's yq (the YAML processor the network scripts read network-config/topology.yaml with) from its Go
# module, pinned to one release, into a cache outside the work tree. Skips the build when the pinned version is
# already installed.
#
#   network-config/install-yq.sh              build (or reuse) and print the folder holding bin/
#
# Environment: ANCHOR_CACHE (default ~/.cache/anchor) is where the binary goes.
set -euo pipefail

YQ_VERSION="v4.54.3"
YQ_MODULE="github.com/mikefarah/yq/v4"

cache="${ANCHOR_CACHE:-$HOME/.cache/anchor}"
dest="$cache/yq/$YQ_VERSION"
stamp="$dest/.installed"

log() { printf '[install-yq] %s\n' "$*" >&2; }

if [[ -x "$dest/bin/yq" && -f "$stamp" ]] && [[ "$(cat "$stamp")" == "$YQ_VERSION" ]]; then
  echo "$dest"
  exit 0
fi

command -v go >/dev/null 2>&1 ||
  { log "error: Go is not installed; it is needed once, to build yq $YQ_VERSION"; exit 1; }

log "downloading $YQ_MODULE@$YQ_VERSION"
module_dir=$(go mod download -json "$YQ_MODULE@$YQ_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
if [[ -z "$module_dir" || ! -d "$module_dir" ]]; then
  log "error: the Go module proxy did not serve $YQ_MODULE@$YQ_VERSION (see the message above)"
  exit 1
fi

# Built inside the downloaded (read-only) module, whose go.mod and go.sum pin every dependency, as
# install-fabric.sh does for Fabric.
mkdir -p "$dest/bin"
start=$SECONDS
log "building yq (a cold build takes a minute or two on 2 cores)"
(cd "$module_dir" && GOBIN="$dest/bin" CGO_ENABLED=0 GOFLAGS=-mod=mod go install .)
echo "$YQ_VERSION" >"$stamp"
log "built yq in $((SECONDS - start)) s into $dest/bin"
echo "$dest"
