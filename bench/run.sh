#!/usr/bin/env bash
# Runs the OneGrid point-location benchmark: PolygonIndex vs JTS STRtree+PreparedGeometry vs PostGIS.
# Needs root for apt-get when PostGIS is missing. Options are passed on to the benchmark (e.g. --no-postgis).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

if [[ " $* " != *" --no-postgis "* ]]; then
  if ! dpkg -s postgresql-15-postgis-3 >/dev/null 2>&1; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql-15-postgis-3
  fi
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
    for _ in $(seq 1 30); do
      pg_isready -q -h 127.0.0.1 -p 5432 && break
      sleep 1
    done
  fi
fi

(cd .. && ./mvnw -B -q install -DskipTests)
../mvnw -B -q -f pom.xml package
mkdir -p target
java -Xms2g -Xmx4g -jar target/onegrid-bench.jar "$@" 2>&1 | tee target/results.txt
