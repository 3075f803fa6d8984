#!/usr/bin/env bash
# Builds and installs pgvector for the machine's PostgreSQL 15, which Debian 12
# does not package it for. The first migration runs `CREATE EXTENSION vector`,
# so a local Postgres needs this before `npm run db:migrate` or the
# integration tests can use it.
#
# Source comes from Debian trixie's `pgvector` source package (newer suites
# only ship binaries built for newer Postgres). The trixie deb-src entry lives
# in a private temp folder and is passed to apt through -o options, so
# /etc/apt and the system's package lists stay untouched.
#
# Idempotent: exits 0 at once when the extension is already installed.
set -euo pipefail

readonly PG_MAJOR=15
readonly PG_CONFIG="/usr/lib/postgresql/${PG_MAJOR}/bin/pg_config"
readonly CONTROL_FILE="/usr/share/postgresql/${PG_MAJOR}/extension/vector.control"
readonly BUILD_DEPS=(postgresql-server-dev-${PG_MAJOR} build-essential dpkg-dev)

if [[ -f "$CONTROL_FILE" ]]; then
  echo "pgvector: already installed ($CONTROL_FILE)"
  exit 0
fi

if [[ "$(id -u)" -ne 0 ]]; then
  cat >&2 <<EOF
pgvector: not installed, and building it needs root. As root, run this script
again, or do by hand:
  apt-get install ${BUILD_DEPS[*]}
  (stop the ${PG_MAJOR}/main cluster first: this upgrades postgresql-${PG_MAJOR})
  apt-get source pgvector/trixie   # from a private deb-src list for suite trixie
  make PG_CONFIG=${PG_CONFIG} OPTFLAGS= && make install PG_CONFIG=${PG_CONFIG}
EOF
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive

cluster_online() {
  pg_lsclusters --no-header 2>/dev/null | awk -v v="$PG_MAJOR" '$1 == v && $2 == "main" && $4 == "online" { found = 1 } END { exit !found }'
}

start_cluster() {
  if ! cluster_online; then
    echo "pgvector: starting PostgreSQL ${PG_MAJOR}/main"
    pg_ctlcluster --skip-systemctl-redirect "$PG_MAJOR" main start
  fi
}

workdir="$(mktemp -d /tmp/pgvector-build.XXXXXX)"
# Whatever happens below, leave no temp files and a running cluster behind.
cleanup() {
  rm -rf "$workdir"
  start_cluster || echo "pgvector: could not start PostgreSQL ${PG_MAJOR}/main" >&2
}
trap cleanup EXIT

# Installing the dev package upgrades postgresql-${PG_MAJOR} in place; stopping
# the cluster first keeps the upgrade from racing a running server.
if cluster_online; then
  echo "pgvector: stopping PostgreSQL ${PG_MAJOR}/main for the package upgrade"
  pg_ctlcluster --skip-systemctl-redirect "$PG_MAJOR" main stop
fi

echo "pgvector: installing build dependencies (${BUILD_DEPS[*]})"
apt-get update -qq
apt-get install -y -qq "${BUILD_DEPS[@]}"

# Same mirror the machine already uses, so no new network endpoint is needed.
archive_uri="$(apt-get indextargets --format '$(REPO_URI)' 'Codename: bookworm' | head -n 1)"
if [[ -z "$archive_uri" ]]; then
  echo "pgvector: could not read the Debian archive URI from apt" >&2
  exit 1
fi

mkdir -p "$workdir/sources.list.d" "$workdir/lists/partial" "$workdir/src"
# apt downloads as the unprivileged _apt user; without access it falls back to
# root and warns.
chmod 0755 "$workdir"
if id _apt >/dev/null 2>&1; then chown _apt "$workdir/lists/partial" "$workdir/src"; fi
echo "deb-src ${archive_uri} trixie main" >"$workdir/sources.list.d/trixie-src.list"
apt_private=(
  -o Dir::Etc::SourceList=/dev/null
  -o "Dir::Etc::SourceParts=$workdir/sources.list.d"
  -o "Dir::State::Lists=$workdir/lists"
  # Keep apt from writing a trixie-flavoured cache over the system's.
  -o Dir::Cache::pkgcache=
  -o Dir::Cache::srcpkgcache=
)

echo "pgvector: fetching the trixie source package from ${archive_uri}"
apt-get "${apt_private[@]}" update -qq
(cd "$workdir/src" && apt-get "${apt_private[@]}" source -qq pgvector/trixie)

srcdir="$(find "$workdir/src" -mindepth 1 -maxdepth 1 -type d -name 'pgvector-*' | head -n 1)"
if [[ -z "$srcdir" ]]; then
  echo "pgvector: source package did not unpack" >&2
  exit 1
fi

echo "pgvector: building $(basename "$srcdir")"
# OPTFLAGS= drops -march=native so the build runs on any x86-64 host.
make -C "$srcdir" PG_CONFIG="$PG_CONFIG" OPTFLAGS= >/dev/null
make -C "$srcdir" install PG_CONFIG="$PG_CONFIG" >/dev/null

start_cluster
echo "pgvector: installed ($CONTROL_FILE)"
