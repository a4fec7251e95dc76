#!/usr/bin/env bash
# Runs OneGrid's benchmarks.
#   ./run.sh [locate] [options]  point location: PolygonIndex vs JTS STRtree+PreparedGeometry vs PostGIS (JMH)
#   ./run.sh lifecycle [options] case lifecycles/s through the service layer, OneGrid vs Flowable 7 (PostgreSQL)
#   ./run.sh intake [options]    POST /api/v1/cases at fixed arrival rates against the exec jar, health as baseline
#                                (--restart: set the district up, restart the server on it, then measure)
#   ./run.sh sweep [options]     100,000 lights due at one instant turned by one sweep pass, bare UPDATE as baseline
#   ./run.sh hotspot [options]   intake at a spot crowded with 10,000 open cases, interleaved with intake anywhere
#   ./run.sh assessment [options] monthly assessment of 40 departments over 10,000,000 cases, plain GROUP BY as baseline
#   ./run.sh scale [options]     a street's dashboard counts and case search over 10,000,000 cases, plain SQL as baseline
#   ./run.sh field [options]     the field page on slow 4G in headless Chromium, idle vs under intake, interleaved
#   ./run.sh feed [options]      how soon the big screen's feed shows an acknowledged case, bare NOTIFY as baseline
# Options are passed on to the benchmark. The locate benchmark needs root for apt-get when PostGIS is missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

mode=locate
case "${1:-}" in
  locate|lifecycle|intake|sweep|hotspot|assessment|scale|field|feed) mode="$1"; shift ;;
esac

start_postgres() {
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
    for _ in $(seq 1 30); do
      pg_isready -q -h 127.0.0.1 -p 5432 && break
      sleep 1
    done
  fi
}

if [[ "$mode" == locate && " $* " != *" --no-postgis "* ]]; then
  if ! dpkg -s postgresql-15-postgis-3 >/dev/null 2>&1; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql-15-postgis-3
  fi
fi
if [[ "$mode" != locate || " $* " != *" --no-postgis "* ]]; then
  start_postgres
fi

(cd .. && ./mvnw -B -q install -DskipTests)
../mvnw -B -q -f pom.xml package
mkdir -p target

if [[ "$mode" == locate ]]; then
  java -Xms2g -Xmx4g -jar target/onegrid-bench.jar "$@" 2>&1 | tee target/results.txt
  exit
fi

../mvnw -B -q -f pom.xml dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
classpath="target/classes:$(cat target/classpath.txt)"

if [[ "$mode" == sweep ]]; then
  java -Xms1g -Xmx2g -cp "$classpath" org.onegrid.bench.SweepBench "$@" 2>&1 | tee target/sweep-results.txt
  exit
fi

if [[ "$mode" == assessment ]]; then
  java -Xms1g -Xmx2g -cp "$classpath" org.onegrid.bench.AssessmentBench "$@" 2>&1 | tee target/assessment-results.txt
  exit
fi

if [[ "$mode" == scale ]]; then
  java -Xms1g -Xmx2g -cp "$classpath" org.onegrid.bench.CaseScaleBench "$@" 2>&1 | tee target/scale-results.txt
  exit
fi

if [[ "$mode" == lifecycle ]]; then
  java -Xms1g -Xmx2g -cp "$classpath" org.onegrid.bench.LifecycleBench "$@" 2>&1 | tee target/lifecycle-results.txt
  exit
fi

if [[ "$mode" == field ]] && { [[ ! -x /usr/bin/chromium ]] || [[ ! -x /usr/bin/chromedriver ]]; }; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver fonts-noto-cjk
fi

# intake, hotspot, field and feed: the product's exec jar on a fresh onegrid_bench database, on port 18080, stopped when this script ends.
port="${BENCH_PORT:-18080}"
psql -q -h 127.0.0.1 -U postgres -d postgres -c 'DROP DATABASE IF EXISTS onegrid_bench WITH (FORCE)' \
  -c 'CREATE DATABASE onegrid_bench'
# ONEGRID_JAR names another build's exec jar, for a baseline of an earlier version in the same session.
jar="${ONEGRID_JAR:-$(ls ../target/onegrid-*-exec.jar | head -1)}"
# start_server: starts the jar in the background and waits until its health check answers 200, which it does only
# once the server reports itself ready (after its start-up tasks, the intake warm-up among them).
start_server() {
  local started=$SECONDS
  ONEGRID_DB_URL="jdbc:postgresql://127.0.0.1:5432/onegrid_bench" ONEGRID_DB_USER=postgres PORT="$port" \
    ONEGRID_ADMIN_PASSWORD=bench-admin-password \
    java -Xms512m -Xmx1g -jar "$jar" >> target/intake-server.log 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$server" 2>/dev/null || { cat target/intake-server.log; exit 1; }
    sleep 1
  done
  echo "server ready $((SECONDS - started)) s after its start"
}
: > target/intake-server.log
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
start_server
# intake --restart: the district (the bench grid) is set up first, then the server restarts on it, as after a deploy,
# and the benchmark runs on that freshly started server.
if [[ "$mode" == intake && " $* " == *" --restart "* ]]; then
  java -Xmx1g -cp "$classpath" org.onegrid.bench.IntakeBench --base "http://127.0.0.1:$port" --setup-only
  kill "$server"; wait "$server" 2>/dev/null || true
  start_server
  set -- $(printf '%s\n' "$@" | grep -vx -- --restart)
fi
main=org.onegrid.bench.IntakeBench
[[ "$mode" == hotspot ]] && main=org.onegrid.bench.HotSpotBench
[[ "$mode" == field ]] && main=org.onegrid.bench.FieldPageBench
[[ "$mode" == feed ]] && main=org.onegrid.bench.FeedBench
java -Xmx1g -cp "$classpath" "$main" --base "http://127.0.0.1:$port" "$@" 2>&1 | tee "target/$mode-results.txt"
