#!/usr/bin/env bash
# Make this machine ready for the test suite: a PostgreSQL 15 with pgvector on
# 127.0.0.1:5432 and Debian's Chromium for Playwright. As root it installs what
# is missing; otherwise it says exactly what to install. Idempotent and quick
# when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

is_root() { [ "$(id -u)" = "0" ]; }
say() { printf '▸ %s\n' "$*"; }
apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- PostgreSQL ------------------------------------------------------------
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  if is_root; then
    say "Installing PostgreSQL from Debian"
    apt_install postgresql
  else
    echo "PostgreSQL is not installed. Run: sudo apt-get install postgresql postgresql-server-dev-15 build-essential dpkg-dev chromium" >&2
    exit 1
  fi
fi

# pgvector first: its build may upgrade the server package and restart it.
if is_root; then
  bash scripts/setup-pgvector.sh
elif [ ! -f "/usr/share/postgresql/15/extension/vector.control" ]; then
  bash scripts/setup-pgvector.sh # prints what to install and fails
fi

version="$(ls /etc/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
  say "Starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
fi

export TEST_POSTGRES_URL="${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/test}"
if ! psql "$TEST_POSTGRES_URL" -Atqc "select 1" >/dev/null 2>&1; then
  if is_root; then
    # A stock cluster: let the tests in over TCP with a password, and make `test`.
    say "Configuring PostgreSQL for the tests (password auth for postgres, database test)"
    su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
    su postgres -c "createdb test" 2>/dev/null || true
    export TEST_POSTGRES_URL="postgresql://postgres:postgres@127.0.0.1:5432/test"
  fi
  psql "$TEST_POSTGRES_URL" -Atqc "select 1" >/dev/null || { echo "Cannot reach PostgreSQL at $TEST_POSTGRES_URL" >&2; exit 1; }
fi

# --- Chromium ----------------------------------------------------------------
if [ ! -x /usr/bin/chromium ]; then
  if is_root; then
    say "Installing Debian's Chromium for the browser tests"
    apt_install chromium
  else
    echo "Chromium is missing. Run: sudo apt-get install chromium" >&2
    exit 1
  fi
fi

# --- Redis (the model cache's L2 and the Upstash REST front in tests) ---------
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  if ! command -v redis-server >/dev/null 2>&1; then
    if is_root; then
      say "Installing Redis from Debian"
      apt_install redis-server
    else
      echo "Redis is missing. Run: sudo apt-get install redis-server" >&2
      exit 1
    fi
  fi
  say "Starting Redis on 127.0.0.1:6379 (in memory, nothing kept on disk)"
  redis-server --bind 127.0.0.1 --port 6379 --save "" --appendonly no --daemonize yes >/dev/null
  for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.1; done
  redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null || { echo "Redis did not start" >&2; exit 1; }
fi

mkdir -p .data
echo "TEST_POSTGRES_URL=$TEST_POSTGRES_URL" > .data/test-env
say "Test environment ready (PostgreSQL $version with pgvector, Redis $(redis-server --version | awk '{print $3}' | cut -d= -f2), Chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'))"
