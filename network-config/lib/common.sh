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

CHANNEL=supplychain
CHAINCODE_NAME=anchor
CHAINCODE_VERSION=1.0
CHAINCODE_LABEL="${CHAINCODE_NAME}_${CHAINCODE_VERSION}"
CHAINCODE_JAR="$ANCHOR_HOME/chaincode/target/anchor-chaincode.jar"

DOMAIN=anchor.local
HOST=127.0.0.1

# ANCHOR_PORT_OFFSET moves every port below by the same amount, so that a second network (another clone, a CI
# job beside a developer's network) can run on the same machine. Clients find the ports in network.json.
PORT_OFFSET="${ANCHOR_PORT_OFFSET:-0}"
[[ "$PORT_OFFSET" =~ ^[0-9]+$ ]] && ((PORT_OFFSET <= 50000)) ||
  { printf '[anchor-network] error: ANCHOR_PORT_OFFSET must be a whole number from 0 to 50000, not "%s"\n' "$PORT_OFFSET" >&2; exit 1; }
port() { echo $(($1 + PORT_OFFSET)); }

ORDERER_NAME="orderer.$DOMAIN"
ORDERER_PORT=$(port 7050)
ORDERER_ADMIN_PORT=$(port 7053)
ORDERER_OPERATIONS_PORT=$(port 9443)

# Organisations that run a peer: short name -> MSP ID and ports (peer, chaincode callback, operations).
ORGS=(manufacturer distributor retailer auditor)
declare -A MSP_ID=([manufacturer]=ManufacturerMSP [distributor]=DistributorMSP [retailer]=RetailerMSP [auditor]=AuditorMSP)
declare -A PEER_PORT=([manufacturer]=$(port 7051) [distributor]=$(port 8051) [retailer]=$(port 9051) [auditor]=$(port 10051))
declare -A PEER_CHAINCODE_PORT=([manufacturer]=$(port 7052) [distributor]=$(port 8052) [retailer]=$(port 9052) [auditor]=$(port 10052))
declare -A PEER_OPERATIONS_PORT=([manufacturer]=$(port 9444) [distributor]=$(port 9445) [retailer]=$(port 9446) [auditor]=$(port 9447))
# Each organisation runs its own chaincode server (as each company would), dialled only by its own peer.
declare -A CHAINCODE_SERVER_PORT=([manufacturer]=$(port 7059) [distributor]=$(port 8059) [retailer]=$(port 9059) [auditor]=$(port 10059))

# One Fabric CA per organisation, the orderer organisation included: its TLS port and its operations port.
CA_ORGS=(orderer "${ORGS[@]}")
declare -A CA_PORT=([orderer]=$(port 11054) [manufacturer]=$(port 7054) [distributor]=$(port 8054) [retailer]=$(port 9054) [auditor]=$(port 10054))
declare -A CA_OPERATIONS_PORT=([orderer]=$(port 11055) [manufacturer]=$(port 7055) [distributor]=$(port 8055) [retailer]=$(port 9055) [auditor]=$(port 10055))
# The role each organisation's default user carries in its certificate (attribute anchor.role).
declare -A DEFAULT_USER_ROLE=([manufacturer]=quality [distributor]=quality [retailer]=quality [auditor]=auditor)
DEFAULT_USER=User1
# The organisations that hold custody: each pair of them has a private data collection of commercial terms.
CUSTODY_ORGS=(manufacturer distributor retailer)

# Organisations added to the running channel (network.sh add-org NAME): each is defined in one file,
# .anchor/orgs/NAME.env (steps/add-org-define.sh), appended here to the arrays above.
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

log() { printf '[anchor-network] %s\n' "$*" >&2; }
fail() { printf '[anchor-network] error: %s\n' "$*" >&2; exit 1; }

peer_name() { echo "peer0.$1.$DOMAIN"; }
org_dir() { echo "$CRYPTO_DIR/peerOrganizations/$1.$DOMAIN"; }
peer_dir() { echo "$(org_dir "$1")/peers/$(peer_name "$1")"; }
orderer_dir() { echo "$CRYPTO_DIR/ordererOrganizations/$DOMAIN/orderers/$ORDERER_NAME"; }
orderer_ca() { echo "$(orderer_dir)/tls/ca.crt"; }
chaincode_name() { echo "chaincode-$1"; }
# An organisation's DNS domain and crypto folder; `orderer` names the orderer organisation.
org_domain() { if [[ "$1" == orderer ]]; then echo "$DOMAIN"; else echo "$1.$DOMAIN"; fi; }
org_crypto_dir() { if [[ "$1" == orderer ]]; then echo "$CRYPTO_DIR/ordererOrganizations/$DOMAIN"; else org_dir "$1"; fi; }
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
    CORE_PEER_ADDRESS="$HOST:${PEER_PORT[$org]}" \
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
      fail "$name did not listen on $HOST:$port within ${seconds}s; read $(log_file "$name")"
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

all_process_names() {
  local org
  for org in "${CA_ORGS[@]}"; do echo "$(ca_name "$org")"; done
  echo orderer
  for org in "${ORGS[@]}"; do echo "$(peer_name "$org")"; done
  for org in "${ORGS[@]}"; do echo "$(chaincode_name "$org")"; done
}
