#!/bin/sh
# A streaming standby of postgres-primary: cloned with pg_basebackup -R the first time, then started.
set -e
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  # The primary may still be running its first-start scripts: retry until it streams.
  until pg_basebackup -h postgres-primary -U "$POSTGRES_USER" -D "$PGDATA" -R -X stream; do
    rm -rf "${PGDATA:?}"/*
    sleep 2
  done
  chmod 700 "$PGDATA"
fi
exec postgres
