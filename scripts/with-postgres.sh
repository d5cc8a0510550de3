#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server for the tests.
#
#   scripts/with-postgres.sh .venv/bin/pytest
#
# Starts a server on 127.0.0.1 (a free port) in a temporary data directory,
# exports MUCTIEU_TEST_PG_URL for the command, and stops the server and
# removes the directory at the end, whatever happens. As root (CI, a clean
# Debian machine) it installs Debian's `postgresql` when missing and runs
# the server as the unprivileged `postgres` (or `nobody`) user.
# MUCTIEU_PG_OPTIONS adds server options, e.g. for measuring statements:
#   MUCTIEU_PG_OPTIONS="-c shared_preload_libraries=pg_stat_statements"
# Without
# PostgreSQL and without root the command runs anyway and the PostgreSQL
# tests skip (outside CI) with a message saying why.
set -euo pipefail

if [[ -n "${MUCTIEU_TEST_PG_URL:-}" ]]; then
    exec "$@"  # a server was given; use it
fi

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

PGBIN="$(find_bin)"
if [[ -z "$PGBIN" && "$(id -u)" == 0 ]]; then
    echo "with-postgres: đang cài PostgreSQL / installing PostgreSQL (apt-get)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq postgresql >/dev/null
    PGBIN="$(find_bin)"
fi
if [[ -z "$PGBIN" ]]; then
    echo "with-postgres: không có PostgreSQL, bỏ qua kiểm thử PostgreSQL /" \
         "PostgreSQL not available, its tests will skip" >&2
    exec "$@"
fi

RUN_AS=()
OWNER="$(id -un)"
if [[ "$(id -u)" == 0 ]]; then
    # The server refuses to run as root.
    OWNER=postgres
    id postgres >/dev/null 2>&1 || OWNER=nobody
    RUN_AS=(runuser -u "$OWNER" --)
fi

DATA="$(mktemp -d -t muctieu-pg.XXXXXX)"
chown "$OWNER" "$DATA"
chmod 700 "$DATA"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

stop() {
    "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DATA/db" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$DATA"
}
trap stop EXIT INT TERM

"${RUN_AS[@]}" "$PGBIN/initdb" -D "$DATA/db" -U postgres --auth=trust -E UTF8 \
    --no-locale >"$DATA/initdb.log" 2>&1 || { cat "$DATA/initdb.log" >&2; exit 1; }
"${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DATA/db" -l "$DATA/server.log" -w -t 60 start \
    -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c fsync=off ${MUCTIEU_PG_OPTIONS:-}" >/dev/null \
    || { cat "$DATA/server.log" >&2; exit 1; }

export MUCTIEU_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') at 127.0.0.1:$PORT" >&2
"$@"
