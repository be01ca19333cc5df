#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests: initdb + pg_ctl in a temporary folder, listening on
# 127.0.0.1 only, password authentication (the password reaches clients through PGPASSWORD).
#   eval "$(tools/pg-throwaway.sh start)"   # exports FAZHI_TEST_PG_URL, PGPASSWORD, FAZHI_PG_DIR
#   tools/pg-throwaway.sh stop "$FAZHI_PG_DIR"
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[ -n "$bin" ] || { echo "echo 'PostgreSQL is not installed' >&2"; exit 0; }
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/fazhi-pg.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    password="fazhi-test-$RANDOM$RANDOM"
    printf '%s\n' "$password" > "$dir/pw"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir/pw"
    as_owner "$bin/initdb" -D "$dir/data" -U fazhi --pwfile="$dir/pw" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    port=$(( 20000 + RANDOM % 20000 ))
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60" start >/dev/null
    echo "export FAZHI_TEST_PG_URL=postgresql://fazhi@127.0.0.1:$port/postgres"
    echo "export PGPASSWORD=$password"
    echo "export FAZHI_PG_DIR=$dir"
    ;;
  stop)
    dir=${2:?folder of the cluster}
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
