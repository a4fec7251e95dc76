#!/usr/bin/env bash
# What one report costs in CPU, below saturation, where the rate a saturated run reaches is too noisy to compare:
# two builds' exec jars alternately (A B A B), each on a fresh onegrid_bench database on the local PostgreSQL server,
# warmed up at 100 reports per second, then measured at --rate for --seconds. It reads the server JVM's CPU time and
# that of every PostgreSQL process before and after the measured run, from /proc. The health checks the intake
# benchmark sends at the same rate are counted in both builds alike.
#   ./intake-cpu.sh A.jar B.jar [--rounds 2] [--rate 150] [--seconds 30]
# Run ./run.sh intake once first: it builds this benchmark's classes.
set -euo pipefail
cd "$(dirname "$0")"
a="$1"; b="$2"; shift 2
rounds=2; rate=150; seconds=30
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
fi
classpath="target/classes:$(cat target/classpath.txt)"
port="${BENCH_PORT:-18080}"
hz=$(getconf CLK_TCK)
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
pg_ticks() {
  local sum=0 pid
  for pid in $(pgrep -x postgres); do
    sum=$((sum + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$sum"
}
intake() {
  java -Xmx1g -cp "$classpath" org.onegrid.bench.IntakeBench --base "http://127.0.0.1:$port" --beyond none "$@"
}
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null || true' EXIT
printf '%-5s %-40s %-5s %8s %12s %12s\n' round jar load reports 'JVM ms/rep' 'PG ms/rep'
for round in $(seq 1 "$rounds"); do
  for jar in "$a" "$b"; do
    psql -q -h 127.0.0.1 -U postgres -d postgres -c 'DROP DATABASE IF EXISTS onegrid_bench WITH (FORCE)' \
      -c 'CREATE DATABASE onegrid_bench' -c 'CHECKPOINT'
    ONEGRID_DB_URL="jdbc:postgresql://127.0.0.1:5432/onegrid_bench" ONEGRID_DB_USER=postgres PORT="$port" \
      ONEGRID_ADMIN_PASSWORD=bench-admin-password java -Xms512m -Xmx1g -jar "$jar" > target/intake-cpu-server.log 2>&1 &
    server=$!
    for _ in $(seq 1 120); do
      curl -fs "http://127.0.0.1:$port/actuator/health" > /dev/null 2>&1 && break
      sleep 1
    done
    intake --rates 100 --warmup 20 --seconds 20 > target/intake-cpu-warmup.txt
    load=$(cut -d' ' -f1 /proc/loadavg)
    jvm=$(ticks "$server"); pg=$(pg_ticks)
    intake --rates "$rate" --warmup 0 --seconds "$seconds" > target/intake-cpu-run.txt
    jvm=$(($(ticks "$server") - jvm)); pg=$(($(pg_ticks) - pg))
    reports=$(awk '$1 == "POST" { print $5; exit }' target/intake-cpu-run.txt)
    printf '%-5s %-40s %-5s %8s %12.2f %12.2f\n' "$round" "$jar" "$load" "$reports" \
      "$(echo "$jvm * 1000 / $hz / $reports" | bc -l)" "$(echo "$pg * 1000 / $hz / $reports" | bc -l)"
    kill "$server"; wait "$server" 2>/dev/null || true; server=
  done
done
