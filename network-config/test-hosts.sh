#!/usr/bin/env bash
# Test hosts on one machine: each a Linux network namespace with an address of its own, joined by a bridge, so
# that the network's organisations can each run on "their own host" and every connection between them crosses a
# real (virtual) network, never loopback. Made and removed by the tests that need them; needs root (CAP_NET_ADMIN).
#
#   network-config/test-hosts.sh up NAME...     make one host per NAME (a namespace anchor-NAME with the address
#                                               SUBNET.(10+i) on eth0, i = 1, 2, ...), and the bridge, which holds
#                                               SUBNET.1, so this machine reaches every host; prints NAME ADDRESS lines
#   network-config/test-hosts.sh address NAME   the address of one host
#   network-config/test-hosts.sh exec NAME COMMAND...
#                                               run COMMAND on host NAME (inside its namespace)
#   network-config/test-hosts.sh down           remove every test host and the bridge
#
# ANCHOR_TEST_SUBNET chooses the /24 (default 10.77.0); the hosts made are recorded in .anchor/test-hosts/.
set -euo pipefail

ANCHOR_HOME="$(cd "$(dirname "$0")/.." && pwd)"
STATE_DIR="${ANCHOR_STATE_DIR:-$ANCHOR_HOME/.anchor}"
HOSTS_DIR="$STATE_DIR/test-hosts"
SUBNET="${ANCHOR_TEST_SUBNET:-10.77.0}"
BRIDGE="anchor-br-${SUBNET##*.}"

log() { printf '[anchor-test-hosts] %s\n' "$*" >&2; }
fail() { printf '[anchor-test-hosts] error: %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' >&2
  exit 2
}

[[ "$SUBNET" =~ ^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$ ]] ||
  fail "ANCHOR_TEST_SUBNET must be the first three numbers of an IPv4 /24, such as 10.77.0, not \"$SUBNET\""

namespace() { echo "anchor-$1"; }

check_name() {
  # its bridge side is the interface av-NAME, and Linux names interfaces with at most 15 characters
  [[ "$1" =~ ^[a-z][a-z0-9]{0,11}$ ]] ||
    fail "a test host's name is 1 to 12 lower-case letters and digits, starting with a letter, not \"$1\""
}

cmd_up() {
  (($# > 0)) || fail "name at least one host: test-hosts.sh up NAME..."
  command -v ip >/dev/null || fail "ip (Debian's iproute2) is not installed"
  local name i=0 address ns
  for name in "$@"; do check_name "$name"; done
  mkdir -p "$HOSTS_DIR"
  if ! ip link show "$BRIDGE" >/dev/null 2>&1; then
    ip link add "$BRIDGE" type bridge || fail "cannot make the bridge $BRIDGE (root, or CAP_NET_ADMIN, is needed)"
    ip address add "$SUBNET.1/24" dev "$BRIDGE"
    ip link set "$BRIDGE" up
  fi
  for name in "$@"; do
    i=$((i + 1))
    ns="$(namespace "$name")"
    address="$SUBNET.$((10 + i))"
    if ! ip netns list | grep -qw "$ns"; then
      ip netns add "$ns"
      ip link add "av-$name" type veth peer name eth0 netns "$ns"
      ip link set "av-$name" master "$BRIDGE"
      ip link set "av-$name" up
      ip -n "$ns" link set lo up
      ip -n "$ns" address add "$address/24" dev eth0
      ip -n "$ns" link set eth0 up
      ip -n "$ns" route add default via "$SUBNET.1"
    fi
    echo "$address" >"$HOSTS_DIR/$name"
    printf '%s %s\n' "$name" "$(<"$HOSTS_DIR/$name")"
  done
}

cmd_address() {
  (($# == 1)) || usage
  [[ -f "$HOSTS_DIR/$1" ]] || fail "no test host \"$1\"; make it with test-hosts.sh up $1"
  cat "$HOSTS_DIR/$1"
}

cmd_exec() {
  (($# >= 2)) || usage
  local name="$1"
  shift
  [[ -f "$HOSTS_DIR/$name" ]] || fail "no test host \"$name\"; make it with test-hosts.sh up $name"
  exec ip netns exec "$(namespace "$name")" "$@"
}

cmd_down() {
  local file name
  for file in "$HOSTS_DIR"/*; do
    [[ -f "$file" ]] || continue
    name="$(basename "$file")"
    ip link del "av-$name" 2>/dev/null || true
    ip netns del "$(namespace "$name")" 2>/dev/null || true
    rm -f "$file"
  done
  ip link del "$BRIDGE" 2>/dev/null || true
}

case "${1:-}" in
  up) shift; cmd_up "$@" ;;
  address) shift; cmd_address "$@" ;;
  exec) shift; cmd_exec "$@" ;;
  down) shift; cmd_down ;;
  *) usage ;;
esac
