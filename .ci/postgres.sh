#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the test suite and print the URL the tests use.
#
#   eval "$(bash .ci/postgres.sh start DIR)"   # exports PK_DESK_TEST_PG_URL
#   bash .ci/postgres.sh stop DIR
#
# Debian's postgresql package provides the server; it is installed when missing. The cluster
# lives in DIR, listens on 127.0.0.1 at a free port with trust authentication, and runs as the
# `postgres` system user (the server refuses to run as root, and CI runs as root).
set -euo pipefail
action=${1:?start or stop}
dir=${2:?cluster folder}

bindir() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    echo "$found"
}

as_postgres() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case $action in
start)
    if [[ -z $(bindir) ]]; then
        { apt-get update -qq && apt-get install -y -qq postgresql; } >&2
    fi
    bin=$(bindir)
    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then chown postgres: "$dir"; fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off -c max_connections=100" \
        start >&2
    as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres pk_desk_test
    echo "export PK_DESK_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$port/pk_desk_test"
    ;;
stop)
    bin=$(bindir)
    if [[ -n $bin && -d $dir/data ]]; then
        as_postgres "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
