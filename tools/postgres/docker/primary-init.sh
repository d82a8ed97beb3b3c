#!/bin/sh
# Lets the replica service stream the primary's WAL (run once, when the primary's data folder is created).
set -e
echo "host replication ${POSTGRES_USER} all scram-sha-256" >> "$PGDATA/pg_hba.conf"
