#!/usr/bin/env bash
# Counts ten million analysis facts by month in the district's zone, interleaved, on the local PostgreSQL server:
# the outlook's reading now (the sealed months' counts and the open month's facts, placed by width_bucket), the same
# statement over every month's facts as before months were sealed, the counts converting every row's time to the zone
# (to_char), and a plain count of the rows as the baseline; then a street of 100 grids, sealed and not, and the
# forecast's sixteen weeks of days for the whole district, sealed and not, and for a street, through the facts' index
# by grid and, in a transaction that drops that index and rolls back, without it.
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
  # categories, every category in every grid (the most sealed counts per grid), a third of them answered at the
  # callback five days later.
  psql_db <<SQL
CREATE TABLE analysis_report (
  case_id BIGINT PRIMARY KEY, layer TEXT NOT NULL, grid TEXT NOT NULL, kind TEXT NOT NULL, minor_code TEXT NOT NULL,
  reported_at TIMESTAMPTZ NOT NULL, lon DOUBLE PRECISION NOT NULL, lat DOUBLE PRECISION NOT NULL,
  closed_at TIMESTAMPTZ, satisfaction TEXT, evaluated_at TIMESTAMPTZ);
INSERT INTO analysis_report
SELECT i, 'ops', 'G' || (i % 5000), 'EVENT', (7400 + i / 5000 % 40)::text,
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
# The facts' index by grid, as migration V179 makes it.
psql_db -c "CREATE INDEX IF NOT EXISTS analysis_report_grid ON analysis_report (layer, grid, reported_at)
  INCLUDE (minor_code)" -c "VACUUM ANALYZE analysis_report"

# The sealed counts as migration V178 keeps them on the facts' last day, 30 November 2026: every day before it sealed
# in Shanghai's zone, the same counts the server's seal makes month by month and day by day, made here in one
# statement. The outlook then reads the sealed months and the last day's facts.
if ! psql_db -c "SELECT 1 FROM pg_class WHERE relname = 'analysis_month_seal'" | grep -q 1; then
  psql_db -f "$(dirname "$0")/../src/main/resources/db/migration/V178__analysis_months.sql"
fi
if ! psql_db -c "SELECT 1 FROM analysis_month_seal WHERE sealed_until = '2026-11-30 00:00+08'" | grep -q 1; then
  psql_db <<'SQL'
TRUNCATE analysis_month_grid, analysis_day_layer, analysis_month_seal;
INSERT INTO analysis_month_grid
SELECT layer, grid, date_trunc('month', t AT TIME ZONE 'Asia/Shanghai')::date, minor_code, sum(r), sum(s), sum(d)
FROM (SELECT layer, grid, minor_code, reported_at AS t, 1 AS r, 0 AS s, 0 AS d FROM analysis_report
      UNION ALL
      SELECT layer, grid, minor_code, evaluated_at, 0, (satisfaction <> 'DISSATISFIED')::int,
        (satisfaction = 'DISSATISFIED')::int FROM analysis_report WHERE evaluated_at IS NOT NULL) f
WHERE t < '2026-11-30 00:00+08' GROUP BY 1, 2, 3, 4;
INSERT INTO analysis_day_layer
SELECT layer, (t AT TIME ZONE 'Asia/Shanghai')::date, minor_code, sum(r), sum(s), sum(d)
FROM (SELECT layer, minor_code, reported_at AS t, 1 AS r, 0 AS s, 0 AS d FROM analysis_report
      UNION ALL
      SELECT layer, minor_code, evaluated_at, 0, (satisfaction <> 'DISSATISFIED')::int,
        (satisfaction = 'DISSATISFIED')::int FROM analysis_report WHERE evaluated_at IS NOT NULL) f
WHERE t < '2026-11-30 00:00+08' GROUP BY 1, 2, 3;
INSERT INTO analysis_month_seal VALUES (true, 'Asia/Shanghai', '2026-11-30 00:00+08');
VACUUM ANALYZE analysis_month_grid, analysis_day_layer;
SQL
fi

bounds=$(psql_db -c "SELECT array_agg((timestamp '2023-12-01' + g * interval '1 month') AT TIME ZONE 'Asia/Shanghai')::text
  FROM generate_series(0, 37) g")
range="reported_at >= '2023-12-01 00:00+08' AND reported_at < '2027-01-01 00:00+08' AND layer = 'ops'"
outlook="SELECT width_bucket(reported_at, '$bounds'::timestamptz[]), count(*) FROM analysis_report WHERE $range GROUP BY 1"
zoned="SELECT to_char(reported_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), count(*) FROM analysis_report WHERE $range
  GROUP BY 1"
plain="SELECT count(*) FROM analysis_report WHERE $range"
open_bounds="'{2026-11-30 00:00+08,2026-12-01 00:00+08,2027-01-01 00:00+08}'::timestamptz[]"
open_range="reported_at >= '2026-11-30 00:00+08' AND reported_at < '2027-01-01 00:00+08' AND layer = 'ops'"
sealed="SELECT date_trunc('month', day)::date, sum(reported) FROM analysis_day_layer WHERE layer = 'ops'
  AND day >= '2023-12-01' AND day < '2027-01-01' GROUP BY 1;
SELECT width_bucket(reported_at, $open_bounds), count(*) FROM analysis_report WHERE $open_range GROUP BY 1"
grids="'{$(seq -s, -f 'G%g' 0 99)}'::text[]"
street_sealed="SELECT month, sum(reported) FROM analysis_month_grid WHERE layer = 'ops' AND grid = ANY ($grids)
  AND month >= '2023-12-01' AND month < '2027-01-01' GROUP BY month;
SELECT width_bucket(reported_at, $open_bounds), count(*) FROM analysis_report
WHERE $open_range AND grid = ANY ($grids) GROUP BY 1"
street_facts="$outlook"
street_facts="${street_facts/GROUP BY 1/AND grid = ANY ($grids) GROUP BY 1}"
forecast_sealed="SELECT day, sum(reported) FROM analysis_day_layer WHERE layer = 'ops' AND day >= '2026-08-10'
  AND day < '2026-11-30' GROUP BY 1"
forecast_facts="SELECT (reported_at AT TIME ZONE 'Asia/Shanghai')::date, count(*) FROM analysis_report
WHERE reported_at >= '2026-08-10 00:00+08' AND reported_at < '2026-11-30 00:00+08' AND layer = 'ops' GROUP BY 1"
street_forecast="${forecast_facts/GROUP BY 1/AND grid = ANY ($grids) GROUP BY 1}"
street_forecast_unindexed="BEGIN; DROP INDEX analysis_report_grid; $street_forecast; ROLLBACK"

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-26s %s\n' round query ms
for round in $(seq 1 "$rounds"); do
  for name in sealed outlook zoned plain street_sealed street_facts forecast_sealed forecast_facts \
    street_forecast street_forecast_unindexed; do
    ms=$(psql_db -c '\timing on' -c "${!name}" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | awk '{ s += $1 } END { print s }')
    printf '%-6s %-26s %s\n' "$round" "$name" "$ms"
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
