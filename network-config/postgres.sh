#!/usr/bin/env bash
# A local PostgreSQL for the query store of `anchor serve` (optional: the default store is an H2 file).
#
#   network-config/postgres.sh up       install Debian's postgresql when missing, create the cluster in
#                                       .anchor/postgres, start it on 127.0.0.1, create user and database
#                                       `anchor`; prints the JDBC URL. A running cluster is left alone.
#   network-config/postgres.sh down     stop the cluster (its data is kept)
#   network-config/postgres.sh status   running or not, and the JDBC URL; exit 0 only when it runs
#
# ANCHOR_POSTGRES_PORT chooses the port (default 5433, since a system PostgreSQL may hold 5432).
# The log is .anchor/logs/postgres.log. Run as root, the cluster belongs to the `postgres` user (initdb refuses root).
set -euo pipefail

ANCHOR_HOME="$(cd "$(dirname "$0")/.." && pwd)"
STATE_DIR="${ANCHOR_STATE_DIR:-$ANCHOR_HOME/.anchor}"
PG_DATA="$STATE_DIR/postgres"
LOG_DIR="$STATE_DIR/logs"
PG_LOG="$LOG_DIR/postgres.log"
PG_PORT="${ANCHOR_POSTGRES_PORT:-5433}"
PG_USER=anchor
PG_PASSWORD=anchor
PG_DATABASE=anchor
JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DATABASE?user=$PG_USER&password=$PG_PASSWORD"

log() { printf '[anchor-postgres] %s\n' "$*" >&2; }
fail() { printf '[anchor-postgres] error: %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' >&2
  exit 2
}

[[ "$PG_PORT" =~ ^[0-9]+$ ]] && ((PG_PORT > 0 && PG_PORT < 65536)) ||
  fail "ANCHOR_POSTGRES_PORT must be a port number, not \"$PG_PORT\""

# The newest installed server's bin directory (Debian keeps each major version in /usr/lib/postgresql/N).
bin_dir() {
  local dir
  dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)"
  [[ -n "$dir" && -x "$dir/initdb" ]] && echo "$dir"
}

install_postgres() {
  bin_dir >/dev/null && return 0
  [[ "$(id -u)" == 0 ]] || fail "PostgreSQL is not installed; install Debian's package: sudo apt-get install -y postgresql"
  log "installing PostgreSQL (apt-get install postgresql)"
  mkdir -p "$LOG_DIR"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >"$LOG_DIR/postgres-install.log" 2>&1 ||
    fail "installing PostgreSQL failed; read $LOG_DIR/postgres-install.log"
  bin_dir >/dev/null || fail "PostgreSQL installed, but no server found under /usr/lib/postgresql"
}

# Runs a server program as the cluster's owner: the `postgres` user when we are root, else ourselves.
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

running() {
  [[ -f "$PG_DATA/PG_VERSION" ]] && as_owner "$BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1
}

init_cluster() {
  [[ -f "$PG_DATA/PG_VERSION" ]] && return 0
  log "creating the cluster in $PG_DATA"
  mkdir -p "$PG_DATA"
  if [[ "$(id -u)" == 0 ]]; then
    chown postgres:postgres "$PG_DATA"
    # The postgres user must reach its directory.
    local dir="$PG_DATA"
    while [[ "$dir" != / ]]; do dir="$(dirname "$dir")"; chmod o+x "$dir" 2>/dev/null || true; done
  fi
  # Locale C: byte order for text, so that a prefix match (LIKE 'x%') can use the indexes.
  as_owner "$BIN/initdb" -D "$PG_DATA" --encoding=UTF8 --locale=C --auth-local=trust --auth-host=scram-sha-256 \
    >>"$PG_LOG" 2>&1 || fail "initdb failed; read $PG_LOG"
}

start_cluster() {
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  as_owner "$BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_DATA" start >/dev/null ||
    fail "PostgreSQL did not start (is port $PG_PORT taken? ANCHOR_POSTGRES_PORT chooses another); read $PG_LOG"
}

psql_admin() {
  as_owner "$BIN/psql" -h "$PG_DATA" -p "$PG_PORT" -U "$(as_owner whoami)" -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
}

create_database() {
  if [[ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER'")" != 1 ]]; then
    log "creating user $PG_USER"
    psql_admin -c "CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD'" >/dev/null
  fi
  if [[ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'")" != 1 ]]; then
    log "creating database $PG_DATABASE"
    psql_admin -c "CREATE DATABASE $PG_DATABASE OWNER $PG_USER" >/dev/null
  fi
}

up() {
  install_postgres
  BIN="$(bin_dir)"
  mkdir -p "$LOG_DIR"
  touch "$PG_LOG"
  [[ "$(id -u)" == 0 ]] && chown postgres:postgres "$PG_LOG"
  init_cluster
  running || start_cluster
  create_database
  echo "$JDBC_URL"
}

down() {
  BIN="$(bin_dir)" || { log "PostgreSQL is not installed"; return 0; }
  if running; then
    log "stopping PostgreSQL"
    as_owner "$BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
  else
    log "PostgreSQL is not running"
  fi
}

status() {
  BIN="$(bin_dir)" || fail "PostgreSQL is not installed"
  if running; then
    log "running, data in $PG_DATA, log $PG_LOG"
    echo "$JDBC_URL"
  else
    log "not running"
    return 1
  fi
}

[[ $# -eq 1 ]] || usage
case "$1" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) usage ;;
esac
