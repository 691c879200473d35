# Shared settings of the local Anchor network: paths, organisations, ports and small helpers.
# Sourced by network.sh and the step scripts; not a program of its own.

NETWORK_CONFIG_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ANCHOR_HOME="$(cd "$NETWORK_CONFIG_DIR/.." && pwd)"

# Everything the network generates lives here (git-ignored): crypto, ledgers, logs, pids.
STATE_DIR="${ANCHOR_STATE_DIR:-$ANCHOR_HOME/.anchor}"
CRYPTO_DIR="$STATE_DIR/crypto"
CONFIG_DIR="$STATE_DIR/config"
LEDGER_DIR="$STATE_DIR/ledgers"
LOG_DIR="$STATE_DIR/logs"
# Each Fabric CA's own state (its configuration, keys, SQLite database of identities) and the secrets of the
# identities registered with it: kept across down/up, so a restarted CA keeps its users.
CA_STATE_DIR="$STATE_DIR/ca"
PID_DIR="$STATE_DIR/pids"
CHAINCODE_STATE_DIR="$STATE_DIR/chaincode"
DESCRIPTOR="$STATE_DIR/network.json"

CHAINCODE_NAME=anchor
CHAINCODE_VERSION=1.0
CHAINCODE_LABEL="${CHAINCODE_NAME}_${CHAINCODE_VERSION}"
CHAINCODE_JAR="$ANCHOR_HOME/chaincode/target/anchor-chaincode.jar"

log() { printf '[anchor-network] %s\n' "$*" >&2; }
fail() { printf '[anchor-network] error: %s\n' "$*" >&2; exit 1; }

# ANCHOR_PORT_OFFSET moves every port of the topology by the same amount, so that a second network (another clone, a
# CI job beside a developer's network) can run on the same machine. Clients find the ports in network.json.
PORT_OFFSET="${ANCHOR_PORT_OFFSET:-0}"
[[ "$PORT_OFFSET" =~ ^[0-9]+$ ]] && ((PORT_OFFSET <= 50000)) ||
  fail "ANCHOR_PORT_OFFSET must be a whole number from 0 to 50000, not \"$PORT_OFFSET\""
port() { echo $(($1 + PORT_OFFSET)); }

# mikefarah's yq, built on first use by install-yq.sh into the same cache as Fabric's programs.
use_yq() {
  command -v yq >/dev/null 2>&1 && yq --version 2>/dev/null | grep -q mikefarah && return 0
  local yq_home
  yq_home="$("$NETWORK_CONFIG_DIR/install-yq.sh")" || fail "yq could not be installed (network-config/install-yq.sh)"
  export PATH="$yq_home/bin:$PATH"
}

# --- the topology: network-config/topology.yaml (docs/operations.md), or the file ANCHOR_TOPOLOGY names ---
TOPOLOGY="${ANCHOR_TOPOLOGY:-$NETWORK_CONFIG_DIR/topology.yaml}"
[[ -f "$TOPOLOGY" ]] || fail "no topology file at $TOPOLOGY"
use_yq

# topology_field WHAT VALUE: VALUE, or a failure naming WHAT when the topology left it out.
topology_field() {
  [[ -n "$2" && "$2" != null ]] || fail "$TOPOLOGY: $1 is missing"
  printf '%s' "$2"
}
topology_port() {
  [[ "$2" =~ ^[0-9]+$ ]] && (($2 > 0 && $2 + PORT_OFFSET <= 65535)) ||
    fail "$TOPOLOGY: $1 must be a port number (1 to $((65535 - PORT_OFFSET)) with ANCHOR_PORT_OFFSET=$PORT_OFFSET), not \"$2\""
  port "$2"
}
topology_host() {
  [[ "$2" =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$ ]] || fail "$TOPOLOGY: $1 must be a host name or IPv4 address, not \"$2\""
  printf '%s' "$2"
}
topology_name() {
  [[ "$2" =~ ^[a-z][a-z0-9-]*$ ]] || fail "$TOPOLOGY: $1 must be a short lower-case name (letters, digits, -), not \"$2\""
  printf '%s' "$2"
}

CHANNEL="$(topology_field channel "$(yq -r '.channel' "$TOPOLOGY")")"
DOMAIN="$(topology_field domain "$(yq -r '.domain' "$TOPOLOGY")")"

# Organisations that run a peer, in the topology's order: short name -> MSP ID, the default user's role (attribute
# anchor.role in its certificate), its peer (name, host, ports: peer, chaincode callback, operations), its Fabric CA
# (host, TLS port, operations port) and its chaincode server (host, port), dialled only by its own peer, as each
# company would run it.
ORGS=()
declare -A MSP_ID=() DEFAULT_USER_ROLE=() PEER_NAME=() PEER_HOST=() PEER_PORT=() PEER_CHAINCODE_PORT=()
declare -A PEER_OPERATIONS_PORT=() CA_HOST=() CA_PORT=() CA_OPERATIONS_PORT=() CHAINCODE_SERVER_HOST=()
declare -A CHAINCODE_SERVER_PORT=()
while IFS=$'\t' read -r org msp role peers peer peer_host peer_port cc_port peer_ops ca_host ca_port ca_ops cc_host cc_server_port; do
  org="$(topology_name "an organisation's name" "$org")"
  [[ -z "${MSP_ID[$org]:-}" ]] || fail "$TOPOLOGY: organisation $org is named twice"
  ((peers == 1)) || fail "$TOPOLOGY: organisation $org has $peers peers; Anchor's scripts run exactly one per organisation"
  ORGS+=("$org")
  MSP_ID[$org]="$(topology_field "$org's mspId" "$msp")"
  DEFAULT_USER_ROLE[$org]="$(topology_field "$org's defaultUserRole" "$role")"
  PEER_NAME[$org]="$(topology_name "$org's peer name" "$peer").$org.$DOMAIN"
  PEER_HOST[$org]="$(topology_host "$org's peer host" "$peer_host")"
  PEER_PORT[$org]="$(topology_port "$org's peer port" "$peer_port")"
  PEER_CHAINCODE_PORT[$org]="$(topology_port "$org's peer chaincodePort" "$cc_port")"
  PEER_OPERATIONS_PORT[$org]="$(topology_port "$org's peer operationsPort" "$peer_ops")"
  CA_HOST[$org]="$(topology_host "$org's ca host" "$ca_host")"
  CA_PORT[$org]="$(topology_port "$org's ca port" "$ca_port")"
  CA_OPERATIONS_PORT[$org]="$(topology_port "$org's ca operationsPort" "$ca_ops")"
  CHAINCODE_SERVER_HOST[$org]="$(topology_host "$org's chaincodeServer host" "$cc_host")"
  CHAINCODE_SERVER_PORT[$org]="$(topology_port "$org's chaincodeServer port" "$cc_server_port")"
done < <(yq -r '.organizations[] | [.name, .mspId, .defaultUserRole, (.peers | length), .peers[0].name, .peers[0].host,
  .peers[0].port, .peers[0].chaincodePort, .peers[0].operationsPort, .ca.host, .ca.port, .ca.operationsPort,
  .chaincodeServer.host, .chaincodeServer.port] | @tsv' "$TOPOLOGY")
((${#ORGS[@]} > 0)) || fail "$TOPOLOGY names no organisations"
# Every organisation has its own Fabric CA, which issues all its identities, its ordering nodes' included.
CA_ORGS=("${ORGS[@]}")

# The ordering service's Raft nodes, by DNS name (<name>.<organisation>.anchor.local, also the process name): the
# organisation operating each, its host and ports (clients and cluster, admin API, operations).
ORDERERS=()
declare -A ORDERER_ORG=() ORDERER_HOST=() ORDERER_PORT=() ORDERER_ADMIN_PORT=() ORDERER_OPERATIONS_PORT=()
while IFS=$'\t' read -r name org host orderer_port admin_port ops_port; do
  org="$(topology_field "an orderer's organization" "$org")"
  [[ -n "${MSP_ID[$org]:-}" ]] || fail "$TOPOLOGY: orderer $name names organisation '$org', which is not among its organizations"
  node="$(topology_name "an orderer's name" "$name").$org.$DOMAIN"
  [[ -z "${ORDERER_ORG[$node]:-}" ]] || fail "$TOPOLOGY: orderer $node is named twice"
  ORDERERS+=("$node")
  ORDERER_ORG[$node]="$org"
  ORDERER_HOST[$node]="$(topology_host "$node's host" "$host")"
  ORDERER_PORT[$node]="$(topology_port "$node's port" "$orderer_port")"
  ORDERER_ADMIN_PORT[$node]="$(topology_port "$node's adminPort" "$admin_port")"
  ORDERER_OPERATIONS_PORT[$node]="$(topology_port "$node's operationsPort" "$ops_port")"
done < <(yq -r '.orderers[] | [.name, .organization, .host, .port, .adminPort, .operationsPort] | @tsv' "$TOPOLOGY")
((${#ORDERERS[@]} > 0)) || fail "$TOPOLOGY names no orderers"
unset org msp role peers peer peer_host peer_port cc_port peer_ops ca_host ca_port ca_ops cc_host cc_server_port \
  name host orderer_port admin_port ops_port node

# The organisations that operate at least one ordering node (members of the channel's orderer group), in topology order.
ordering_orgs() {
  local org node
  for org in "${ORGS[@]}"; do
    for node in "${ORDERERS[@]}"; do
      if [[ "${ORDERER_ORG[$node]}" == "$org" ]]; then echo "$org"; break; fi
    done
  done
}
# An organisation's ordering nodes.
orgs_orderers() {
  local node
  for node in "${ORDERERS[@]}"; do [[ "${ORDERER_ORG[$node]}" != "$1" ]] || echo "$node"; done
}

# The organisations named (each checked against the topology), or every organisation when none is named: the scope of
# a step that host.sh runs for the one organisation of its host and network.sh for all. Use: orgs=($(selected_orgs "$@")).
selected_orgs() {
  local org
  (($# > 0)) || set -- "${ORGS[@]}"
  for org in "$@"; do
    [[ -n "${MSP_ID[$org]:-}" ]] || fail "unknown organisation '$org' (expected one of: ${ORGS[*]})"
    echo "$org"
  done
}

DEFAULT_USER=User1
# The organisations that hold custody: each pair of them has a private data collection of commercial terms.
CUSTODY_ORGS=(manufacturer distributor retailer)

# Organisations added to the running channel (network.sh add-org NAME): the topology file describes the network as it
# was made; each organisation added since is defined in one file of the network's state, .anchor/orgs/NAME.env
# (steps/add-org-define.sh), appended here to the arrays above.
ADDED_ORGS_DIR="$STATE_DIR/orgs"
load_added_orgs() {
  local file
  for file in "$ADDED_ORGS_DIR"/*.env; do
    [[ -f "$file" ]] || continue
    # shellcheck disable=SC1090 # written by add-org-define.sh: ORG_NAME, ORG_MSP_ID, ORG_*_PORT, ORG_HOLDS_CUSTODY
    source "$file"
    ORGS+=("$ORG_NAME")
    CA_ORGS+=("$ORG_NAME")
    MSP_ID[$ORG_NAME]="$ORG_MSP_ID"
    PEER_NAME[$ORG_NAME]="peer0.$ORG_NAME.$DOMAIN"
    PEER_HOST[$ORG_NAME]="${ORG_HOST:-127.0.0.1}"
    CA_HOST[$ORG_NAME]="${ORG_HOST:-127.0.0.1}"
    CHAINCODE_SERVER_HOST[$ORG_NAME]="${ORG_HOST:-127.0.0.1}"
    PEER_PORT[$ORG_NAME]=$(port "$ORG_PEER_PORT")
    PEER_CHAINCODE_PORT[$ORG_NAME]=$(port "$ORG_PEER_CHAINCODE_PORT")
    PEER_OPERATIONS_PORT[$ORG_NAME]=$(port "$ORG_PEER_OPERATIONS_PORT")
    CHAINCODE_SERVER_PORT[$ORG_NAME]=$(port "$ORG_CHAINCODE_SERVER_PORT")
    CA_PORT[$ORG_NAME]=$(port "$ORG_CA_PORT")
    CA_OPERATIONS_PORT[$ORG_NAME]=$(port "$ORG_CA_OPERATIONS_PORT")
    DEFAULT_USER_ROLE[$ORG_NAME]="$ORG_DEFAULT_USER_ROLE"
    [[ "$ORG_HOLDS_CUSTODY" != true ]] || CUSTODY_ORGS+=("$ORG_NAME")
  done
}
load_added_orgs

# Plain (uncoloured) log lines for the orderer and peers, so the logs read well in any viewer.
FABRIC_LOG_FORMAT='%{time:2006-01-02 15:04:05.000 MST} %{level:.4s} [%{module}] %{shortfunc} -> %{message}'

peer_name() { echo "${PEER_NAME[$1]}"; }
org_dir() { echo "$CRYPTO_DIR/peerOrganizations/$1.$DOMAIN"; }
peer_dir() { echo "$(org_dir "$1")/peers/$(peer_name "$1")"; }
# An ordering node's folder (msp/, tls/), under the organisation that operates it.
orderer_dir() { echo "$(org_dir "${ORDERER_ORG[$1]}")/orderers/$1"; }
orderer_endpoint() { echo "${ORDERER_HOST[$1]}:${ORDERER_PORT[$1]}"; }
peer_endpoint() { echo "${PEER_HOST[$1]}:${PEER_PORT[$1]}"; }
chaincode_name() { echo "chaincode-$1"; }
# An organisation's DNS domain and crypto folder.
org_domain() { echo "$1.$DOMAIN"; }
org_crypto_dir() { org_dir "$1"; }
# The CA certificate of an organisation (the root of its identities and TLS certificates), as exchanged between hosts.
org_ca_cert() { echo "$(org_dir "$1")/msp/cacerts/ca.$1.$DOMAIN-cert.pem"; }
# The CA certificates of every organisation that runs ordering nodes, comma-separated for Fabric's list settings: the
# TLS roots an orderer trusts for its cluster peers, and a client for whichever ordering node it reaches.
ordering_tls_roots() {
  local org roots=()
  for org in $(ordering_orgs); do roots+=("$(org_ca_cert "$org")"); done
  (IFS=,; echo "${roots[*]}")
}
# A file bundling those CA certificates (PEM), for the peer CLI's --cafile.
ordering_ca_bundle() {
  local bundle="$CRYPTO_DIR/ordering-tls-roots.pem" org
  for org in $(ordering_orgs); do cat "$(org_ca_cert "$org")"; done >"$bundle.tmp"
  mv "$bundle.tmp" "$bundle"
  echo "$bundle"
}
# reachable HOST PORT: whether something accepts TCP connections there (within a second), on this host or another.
reachable() { timeout 1 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }
# The peer CLI's options for the ordering service: the first ordering node that answers, and the TLS roots of all.
orderer_cli_args() {
  local node
  for node in "${ORDERERS[@]}"; do
    if reachable "${ORDERER_HOST[$node]}" "${ORDERER_PORT[$node]}"; then
      echo "-o $(orderer_endpoint "$node") --tls --cafile $(ordering_ca_bundle)"
      return 0
    fi
  done
  fail "no ordering node answers (${ORDERERS[*]})"
}
ca_name() { echo "ca-$1"; }
# A random enrolment secret: 32 hex digits.
random_secret() { od -An -tx1 -N16 /dev/urandom | tr -d ' \n'; }
ca_home() { echo "$CA_STATE_DIR/$1/server"; }
# The CA's certificate, which also roots its TLS certificate and every TLS certificate it issues.
ca_cert() { echo "$(ca_home "$1")/ca-cert.pem"; }

# The Fabric CA programs, built on first use by install-fabric-ca.sh into the same cache.
use_fabric_ca() {
  local fabric_ca_home
  fabric_ca_home="$("$NETWORK_CONFIG_DIR/install-fabric-ca.sh")"
  export PATH="$fabric_ca_home/bin:$PATH"
}

# The Fabric programs, built on first use by install-fabric.sh into a cache outside the work tree.
use_fabric() {
  local fabric_home
  fabric_home="$("$NETWORK_CONFIG_DIR/install-fabric.sh")"
  export PATH="$fabric_home/bin:$PATH"
  FABRIC_SAMPLE_CONFIG="$fabric_home/config"
}

# Runs the peer CLI as the admin of an organisation, against that organisation's peer.
as_admin() {
  local org="$1"
  shift
  FABRIC_CFG_PATH="$CONFIG_DIR/peer" \
    CORE_PEER_LOCALMSPID="${MSP_ID[$org]}" \
    CORE_PEER_MSPCONFIGPATH="$(org_dir "$org")/users/Admin@$org.$DOMAIN/msp" \
    CORE_PEER_ADDRESS="$(peer_endpoint "$org")" \
    CORE_PEER_TLS_ENABLED=true \
    CORE_PEER_TLS_ROOTCERT_FILE="$(peer_dir "$org")/tls/ca.crt" \
    FABRIC_LOGGING_SPEC=WARN \
    "$@"
}

# --- processes, tracked by the pid files we write ---
pid_file() { echo "$PID_DIR/$1.pid"; }
log_file() { echo "$LOG_DIR/$1.log"; }
# The benchmark mode a chaincode server was started in (enabled | disabled), beside its pid.
mode_file() { echo "$PID_DIR/$1.mode"; }

# The benchmark mode asked for: `enabled` only with ANCHOR_BENCHMARK=enabled.
benchmark_mode() {
  if [[ "${ANCHOR_BENCHMARK:-}" == enabled ]]; then echo enabled; else echo disabled; fi
}

# The benchmark mode a running chaincode server was started in; servers started before modes were recorded ran disabled.
running_benchmark_mode() {
  local file
  file="$(mode_file "$1")"
  if [[ -f "$file" ]]; then cat "$file"; else echo disabled; fi
}

is_running() {
  local pf
  pf="$(pid_file "$1")"
  [[ -f "$pf" ]] && kill -0 "$(cat "$pf")" 2>/dev/null
}

port_in_use() { ss -ltnH "sport = :$1" 2>/dev/null | grep -q .; }

# wait_for_port NAME PORT SECONDS: waits until the process NAME listens on PORT; fails, naming its log,
# if the process dies or the time runs out.
wait_for_port() {
  local name="$1" port="$2" seconds="$3" waited=0
  until port_in_use "$port"; do
    if ! is_running "$name"; then
      fail "$name exited during start-up; read $(log_file "$name")"
    fi
    if ((waited >= seconds * 10)); then
      fail "$name did not listen on port $port within ${seconds}s; read $(log_file "$name")"
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
}

# start_process NAME COMMAND...: starts COMMAND in the background with its output in NAME's log, and records its pid.
start_process() {
  local name="$1"
  shift
  mkdir -p "$LOG_DIR" "$PID_DIR"
  nohup "$@" >>"$(log_file "$name")" 2>&1 </dev/null &
  echo $! >"$(pid_file "$name")"
}

stop_process() {
  local name="$1" pid i
  is_running "$name" || { rm -f "$(pid_file "$name")"; return 0; }
  pid="$(cat "$(pid_file "$name")")"
  kill "$pid" 2>/dev/null || true
  for i in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name (pid $pid) did not stop within 10 s; killing it"
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$(pid_file "$name")"
}

# print_process_states NAME...: one line per process, running (with its pid) or stopped; status 3 when any is stopped.
print_process_states() {
  local name all=0
  for name in "$@"; do
    if is_running "$name"; then
      printf '%-34s running  pid %s\n' "$name" "$(cat "$(pid_file "$name")")"
    else
      printf '%-34s stopped\n' "$name"
      all=3
    fi
  done
  return "$all"
}

all_process_names() {
  local org node
  for org in "${CA_ORGS[@]}"; do echo "$(ca_name "$org")"; done
  for node in "${ORDERERS[@]}"; do echo "$node"; done
  for org in "${ORGS[@]}"; do echo "$(peer_name "$org")"; done
  for org in "${ORGS[@]}"; do echo "$(chaincode_name "$org")"; done
}
