#!/usr/bin/env bash
# Counts ten million analysis facts by month in the district's zone, three ways, interleaved, on the local
# PostgreSQL server: the outlook's statement (each row placed among the months' first instants by width_bucket),
# the same counts converting every row's time to the zone (to_char), and a plain count of the rows as the baseline.
#   ./outlook-months.sh [--rows 10000000] [--rounds 3] [--reuse]
set -euo pipefail

rows=10000000
rounds=3
reuse=false
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --reuse) reuse=true; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
fi
db=onegrid_outlook_bench
psql_db() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -Atq "$@"; }

if [ "$reuse" = false ] || ! psql -h 127.0.0.1 -U postgres -Atqc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
  psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  # The facts' columns as migration V120 and V173 make them; three years of reports over 5,000 grids and 40
  # categories, a third of them answered at the callback five days later.
  psql_db <<SQL
CREATE TABLE analysis_report (
  case_id BIGINT PRIMARY KEY, layer TEXT NOT NULL, grid TEXT NOT NULL, kind TEXT NOT NULL, minor_code TEXT NOT NULL,
  reported_at TIMESTAMPTZ NOT NULL, lon DOUBLE PRECISION NOT NULL, lat DOUBLE PRECISION NOT NULL,
  closed_at TIMESTAMPTZ, satisfaction TEXT, evaluated_at TIMESTAMPTZ);
INSERT INTO analysis_report
SELECT i, 'ops', 'G' || (i % 5000), 'EVENT', (7400 + i % 40)::text,
  timestamptz '2023-12-01 00:00+08' + (i::double precision / $rows) * interval '1096 days', 121, 31, NULL,
  CASE WHEN i % 3 = 0 THEN (ARRAY['SATISFIED', 'MOSTLY_SATISFIED', 'DISSATISFIED'])[1 + i % 7 % 3] END,
  CASE WHEN i % 3 = 0
    THEN timestamptz '2023-12-01 00:00+08' + (i::double precision / $rows) * interval '1096 days' + interval '5 days' END
FROM generate_series(1, $rows) i;
CREATE INDEX analysis_report_reported ON analysis_report (layer, reported_at);
CREATE INDEX analysis_report_evaluated ON analysis_report (layer, evaluated_at) WHERE evaluated_at IS NOT NULL;
VACUUM ANALYZE analysis_report;
SQL
fi

bounds=$(psql_db -c "SELECT array_agg((timestamp '2023-12-01' + g * interval '1 month') AT TIME ZONE 'Asia/Shanghai')::text
  FROM generate_series(0, 37) g")
range="reported_at >= '2023-12-01 00:00+08' AND reported_at < '2027-01-01 00:00+08' AND layer = 'ops'"
outlook="SELECT width_bucket(reported_at, '$bounds'::timestamptz[]), count(*) FROM analysis_report WHERE $range GROUP BY 1"
zoned="SELECT to_char(reported_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), count(*) FROM analysis_report WHERE $range
  GROUP BY 1"
plain="SELECT count(*) FROM analysis_report WHERE $range"

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-8s %s\n' round query ms
for round in $(seq 1 "$rounds"); do
  for name in outlook zoned plain; do
    ms=$(psql_db -c '\timing on' -c "${!name}" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
    printf '%-6s %-8s %s\n' "$round" "$name" "$ms"
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
