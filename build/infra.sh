#!/usr/bin/env bash
# Installs (when missing), starts, stops and reports the servers Commerce needs locally:
# PostgreSQL and Redis from Debian's packages and the SQS emulator (fauxqs, pinned in build/sqs/package.json;
# it serves S3 on the same port).
# Every step is idempotent: running `up` twice leaves one of each, both answering.
#
#   build/infra.sh up | down | status
#   build/infra.sh postgres-stop | postgres-start | sqs-pause | sqs-resume | redis-stop | redis-start   (faults)
#
# Settings (environment): COMMERCE_PG_USER / COMMERCE_PG_PASSWORD / COMMERCE_PG_DATABASE (commerce),
# COMMERCE_SQS_PORT (4566), COMMERCE_REDIS_PORT (6379). They match the defaults in src/Commerce.Host/appsettings.json.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
state="$root/.local"
pg_user="${COMMERCE_PG_USER:-commerce}"
pg_password="${COMMERCE_PG_PASSWORD:-commerce}"
pg_database="${COMMERCE_PG_DATABASE:-commerce}"
sqs_port="${COMMERCE_SQS_PORT:-4566}"
redis_port="${COMMERCE_REDIS_PORT:-6379}"

log() { printf '[infra] %s\n' "$*" >&2; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { as_root runuser -u postgres -- "$@"; }

pg_version() { ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1; }

pg_install() {
  if [ -n "$(pg_version)" ] && [ -x "/usr/lib/postgresql/$(pg_version)/bin/postgres" ]; then return; fi
  log "installing PostgreSQL (Debian package)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
}

pg_up() {
  pg_install
  local v; v="$(pg_version)"
  if ! pg_lsclusters -h | awk -v v="$v" '$1 == v && $2 == "main"' | grep -q .; then
    log "creating cluster $v/main"
    as_root pg_createcluster "$v" main >/dev/null
  fi
  if ! pg_lsclusters -h | awk -v v="$v" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
    log "starting PostgreSQL $v"
    as_root pg_ctlcluster "$v" main start
  fi
  for _ in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 0.5
  done
  pg_isready -q -h 127.0.0.1 -p 5432 || { log "PostgreSQL does not answer on 127.0.0.1:5432"; exit 1; }
  # CREATEDB: the API tests create (and drop) one database per test run.
  as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres <<SQL >/dev/null
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$pg_user') THEN
    CREATE ROLE "$pg_user" LOGIN CREATEDB PASSWORD '$pg_password';
  END IF;
END \$\$;
SQL
  if ! as_postgres psql -tAq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$pg_database'" | grep -q 1; then
    as_postgres createdb -O "$pg_user" "$pg_database"
  fi
  log "PostgreSQL ready on 127.0.0.1:5432 (database $pg_database, role $pg_user)"
}

pg_down() {
  local v; v="$(pg_version)"
  [ -n "$v" ] || return 0
  if pg_lsclusters -h 2>/dev/null | awk -v v="$v" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
    as_root pg_ctlcluster "$v" main stop
    log "PostgreSQL stopped"
  fi
}

sqs_answers() { curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$sqs_port/" ; }

sqs_up() {
  local dir="$root/build/sqs"
  if [ ! -f "$dir/node_modules/fauxqs/dist/cli.js" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    log "installing the SQS emulator (npm ci)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
  if sqs_answers; then log "SQS emulator already answers on 127.0.0.1:$sqs_port"; return; fi
  mkdir -p "$state"
  log "starting the SQS emulator on port $sqs_port"
  # setsid: the emulator must outlive the shell that started it (build/run.sh, CI's step).
  FAUXQS_PORT="$sqs_port" FAUXQS_LOGGER=false setsid nohup node "$dir/node_modules/fauxqs/dist/cli.js" \
    >"$state/fauxqs.log" 2>&1 < /dev/null &
  echo $! > "$state/fauxqs.pid"
  for _ in $(seq 1 60); do sqs_answers && break; sleep 0.5; done
  sqs_answers || { log "the SQS emulator did not start; see $state/fauxqs.log"; cat "$state/fauxqs.log" >&2; exit 1; }
  log "SQS emulator ready on 127.0.0.1:$sqs_port"
}

# Our own emulator's pid, if this clone started one that still runs (a stale file is removed).
own_sqs_pid() {
  local pidfile="$state/fauxqs.pid"
  [ -f "$pidfile" ] || return 0
  if kill -0 "$(cat "$pidfile")" 2>/dev/null; then cat "$pidfile"; else rm -f "$pidfile"; fi
}

sqs_down() {
  local pid; pid="$(own_sqs_pid)"
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    rm -f "$state/fauxqs.pid"
    log "SQS emulator stopped"
  elif sqs_answers; then
    log "the SQS emulator on port $sqs_port was started elsewhere (another clone); left running"
  fi
}

# The emulator's process: ours (pid file), or the one that listens on the port (started by another clone).
sqs_pid() {
  local own; own="$(own_sqs_pid)"
  if [ -n "$own" ]; then echo "$own"; return; fi
  local pid
  pid="$(ss -ltnpH "sport = :$sqs_port" 2>/dev/null | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -n 1)"
  [ -n "$pid" ] || pid="$(pgrep -f "fauxqs/dist/cli.js" 2>/dev/null | head -n 1)"
  if [ -z "$pid" ]; then echo "[infra] no SQS emulator listens on port $sqs_port" >&2; exit 1; fi
  echo "$pid"
}

redis_answers() { redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null | grep -q PONG; }

redis_up() {
  if ! command -v redis-server >/dev/null 2>&1; then
    log "installing Redis (Debian package)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq redis-server >/dev/null
  fi
  if redis_answers; then log "Redis already answers on 127.0.0.1:$redis_port"; return; fi
  mkdir -p "$state"
  log "starting Redis on port $redis_port"
  # A cache: nothing is saved to disk, and a full memory evicts the least recently used entries.
  redis-server --bind 127.0.0.1 --port "$redis_port" --daemonize yes --save "" --appendonly no \
    --maxmemory 256mb --maxmemory-policy allkeys-lru \
    --pidfile "$state/redis.pid" --logfile "$state/redis.log" --dir "$state"
  for _ in $(seq 1 60); do redis_answers && break; sleep 0.25; done
  redis_answers || { log "Redis did not start; see $state/redis.log"; cat "$state/redis.log" >&2; exit 1; }
  log "Redis ready on 127.0.0.1:$redis_port"
}

redis_down() {
  local pidfile="$state/redis.pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    redis-cli -h 127.0.0.1 -p "$redis_port" shutdown nosave >/dev/null 2>&1 || kill "$(cat "$pidfile")"
    for _ in $(seq 1 40); do redis_answers || break; sleep 0.25; done
    rm -f "$pidfile"
    log "Redis stopped"
  elif redis_answers; then
    log "the Redis on port $redis_port was started elsewhere (another clone, or the system's); left running"
  fi
}

case "${1:-up}" in
  up) pg_up; sqs_up; redis_up ;;
  down) redis_down; sqs_down; pg_down ;;
  status)
    pg_isready -h 127.0.0.1 -p 5432 || true
    if sqs_answers; then echo "SQS emulator: answering on 127.0.0.1:$sqs_port"; else echo "SQS emulator: down"; fi
    if redis_answers; then echo "Redis: answering on 127.0.0.1:$redis_port"; else echo "Redis: down"; fi ;;
  postgres-stop) pg_down ;;
  postgres-start) pg_up ;;
  # SIGSTOP, not a restart: the emulator keeps its queues in memory, and a restart would drop messages SQS never would.
  sqs-pause) kill -STOP "$(sqs_pid)"; log "SQS emulator paused" ;;
  sqs-resume) kill -CONT "$(sqs_pid)"; log "SQS emulator resumed" ;;
  redis-stop) redis_down ;;
  redis-start) redis_up ;;
  *) echo "usage: $0 up|down|status|postgres-stop|postgres-start|sqs-pause|sqs-resume|redis-stop|redis-start" >&2; exit 2 ;;
esac
