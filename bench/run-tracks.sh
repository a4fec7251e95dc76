#!/usr/bin/env bash
# Runs the track-ingest benchmark: OneGrid's PatrolTracks service against plain PostgreSQL rows, in one run on the
# machine's PostgreSQL (127.0.0.1:5432, user postgres). Options go to the benchmark, e.g. --workers 10000
# --minutes 20 --batch 6 --threads 4 --jdbc URL.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 1
  done
fi

(cd .. && ./mvnw -B -q install -DskipTests)
../mvnw -B -q -f pom.xml package
mkdir -p target
# The benchmark runs inside the product's executable jar, so that the real application (Spring, Flyway, the
# demo district) is what it measures; only the benchmark's own classes are added to its class path.
java -Xms1g -Xmx4g -Dloader.path=target/classes -Dloader.main=org.onegrid.bench.TrackBenchMain \
  -cp ../target/onegrid-0.1.0-SNAPSHOT-exec.jar org.springframework.boot.loader.launch.PropertiesLauncher "$@" \
  2>&1 | tee target/track-results.txt
