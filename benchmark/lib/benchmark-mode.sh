# Sourced by benchmark/run.sh and benchmark/caliper/run.sh (needs NETWORK and a log function): starts the network
# with the chaincode servers in benchmark mode (BenchmarkFloor allowed), and puts them back in the normal mode
# when the calling script exits, whether it succeeded or failed.

restore_normal_mode() {
  log "putting the chaincode servers back in the normal mode (network-config/network.sh up)"
  "$NETWORK" up >/dev/null || log "could not restore the normal mode; run network-config/network.sh up"
}

log "starting the network with the benchmark floor enabled"
ANCHOR_BENCHMARK=enabled "$NETWORK" up
trap restore_normal_mode EXIT
