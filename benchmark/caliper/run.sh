#!/usr/bin/env bash
# Runs Hyperledger Caliper 0.6.0 against the local Anchor network: the floor and RecordProduction rounds, to put
# Caliper's figures beside benchmark/run.sh's (docs/benchmarks.md). Installs Caliper with npm and binds it to
# Fabric's gateway SDK on first use, starts the network with the benchmark floor enabled, and puts the chaincode
# servers back in the normal mode at the end. Caliper's report goes to benchmark/results/caliper-<UTC time>/.
#
#   benchmark/caliper/run.sh
set -euo pipefail
CALIPER_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ANCHOR_HOME="$(cd "$CALIPER_DIR/../.." && pwd)"
NETWORK="$ANCHOR_HOME/network-config/network.sh"
OUTPUT="$ANCHOR_HOME/benchmark/results/caliper-$(date -u +%Y%m%dT%H%M%SZ)"

log() { printf '[caliper] %s\n' "$*" >&2; }
fail() { printf '[caliper] error: %s\n' "$*" >&2; exit 1; }

command -v node >/dev/null 2>&1 || fail "Node.js 18 or newer is needed (node is not on the PATH)"
command -v npm >/dev/null 2>&1 || fail "npm is needed (it comes with Node.js)"

cd "$CALIPER_DIR"
if [[ ! -x node_modules/.bin/caliper ]]; then
  log "installing Caliper (npm install)"
  npm install --no-audit --no-fund
fi
if [[ ! -d node_modules/@hyperledger/fabric-gateway ]]; then
  log "binding Caliper to Fabric's gateway SDK"
  npx caliper bind --caliper-bind-sut fabric:fabric-gateway
fi

# shellcheck source=../lib/benchmark-mode.sh
source "$ANCHOR_HOME/benchmark/lib/benchmark-mode.sh"

mkdir -p "$OUTPUT"
node generate-network.js "$ANCHOR_HOME/.anchor/network.json" "$OUTPUT/network"
npx caliper launch manager \
  --caliper-workspace "$CALIPER_DIR" \
  --caliper-networkconfig "$OUTPUT/network/network.yaml" \
  --caliper-benchconfig benchmarks/anchor.yaml \
  --caliper-flow-only-test \
  --caliper-report-path "$OUTPUT/report.html" 2>&1 | tee "$OUTPUT/caliper.log"
log "report: $OUTPUT/report.html"
