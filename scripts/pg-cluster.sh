#!/usr/bin/env bash
# A private PostgreSQL cluster for the tests and benchmarks (Debian's packages):
#   eval "$(bash scripts/pg-cluster.sh start [DIR])"   # exports EDITOR_APP_TEST_PG, PG_CLUSTER_DIR
#   bash scripts/pg-cluster.sh stop DIR
#   bash scripts/pg-cluster.sh pause DIR | resume DIR   # the server goes away and comes back
# initdb in a temporary folder, a free port on 127.0.0.1, trust authentication for
# loopback only; run as an unprivileged user when started as root (PostgreSQL refuses
# to run as root). Prints the shell lines to export; nothing else goes to stdout.
set -euo pipefail
cmd=${1:-start}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bindir" ] || { echo "pg-cluster: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
run_as=()
if [ "$(id -u)" = 0 ]; then
  id pgtest >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin pgtest
  run_as=(runuser -u pgtest --)
fi
start_server() {
  "${run_as[@]}" "$bindir/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 60 \
    -o "-p $2 -k $1 -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=512MB" \
    start >/dev/null || { cat "$1/server.log" >&2; exit 1; }
}
case "$cmd" in
  start)
    dir=${2:-$(mktemp -d /tmp/editor-app-pg.XXXXXX)}
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown pgtest "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "${run_as[@]}" "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # loopback only; the role pwtest logs in with a password (the tests of keychain passwords)
    printf '%s\n' "local all all trust" "host all pwtest 127.0.0.1/32 scram-sha-256" \
      "host all all 127.0.0.1/32 trust" >"$dir/data/pg_hba.conf"
    if [ "$(id -u)" = 0 ]; then chown pgtest "$dir/data/pg_hba.conf"; fi
    echo "$port" >"$dir/port"
    start_server "$dir" "$port"
    echo "export EDITOR_APP_TEST_PG=postgresql://postgres@127.0.0.1:$port/postgres"
    echo "export PG_CLUSTER_DIR=$dir"
    ;;
  stop)
    dir=${2:?give the cluster folder}
    "${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  pause)
    dir=${2:?give the cluster folder}
    "${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  resume)
    dir=${2:?give the cluster folder}
    start_server "$dir" "$(cat "$dir/port")"
    ;;
  *) echo "usage: pg-cluster.sh start [DIR] | stop DIR | pause DIR | resume DIR" >&2; exit 2 ;;
esac
