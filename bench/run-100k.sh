#!/usr/bin/env bash
# Benchmark: a calculation run for 100,000 participants with 8 measures each on PostgreSQL, from
# start to published statements, next to its floor measured in the same run (PostgreSQL's COPY of
# 100,000 statement rows and 800,000 line rows, and reading the 800,000 input rows). It also kills
# WildFly in the middle of a run, restarts the platform and shows the run leaves nothing behind and,
# started again, ends in the same result as an uninterrupted one.
#   bench/run-100k.sh            (N=100000; needs PostgreSQL at 127.0.0.1:5432 and psql)
#   SKIP_CRASH=1 bench/run-100k.sh   (without the crash and restart)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
DB=kam_bench_run
PSQL=(psql -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1)
out=bench/target
mkdir -p "$out"
# A run of 100,000 statements is one transaction; WildFly gets the heap for it.
export JBOSS_JAVA_SIZING=${JBOSS_JAVA_SIZING:--Xms1g -Xmx2g}
export DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB DB_USER=postgres DB_PASSWORD=

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
sql() { "${PSQL[@]}" -d "$DB" -tA -c "$1"; }

"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

run_pid=
start_platform() {
  setsid ./kam run >>"$out/run-100k.log" 2>&1 &
  run_pid=$!
  for _ in $(seq 600); do
    curl -fsS -o /dev/null http://localhost:8080/api/health 2>/dev/null && return 0
    kill -0 "$run_pid" 2>/dev/null || { tail -30 "$out/run-100k.log"; exit 1; }
    sleep 1
  done
  echo "the platform did not start"; exit 1
}
stop_platform() { ./kam stop >/dev/null 2>&1 || true; kill -- -"$run_pid" 2>/dev/null || true; }
trap stop_platform EXIT
token() {
  curl -fsS -d grant_type=password -d client_id=kam-api -d username=alice -d password=alice \
    http://localhost:8180/realms/kam/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
api() { # method path body -> body
  curl -sS -X "$1" -H "Authorization: Bearer $(token)" -H 'Content-Type: application/json' \
    --data "$3" "http://localhost:8080/api$2"
}

echo "== starting the platform on PostgreSQL ($DB)"
: >"$out/run-100k.log"
start_platform
until grep -q "KAM Comp is running" "$out/run-100k.log"; do sleep 1; done

echo "== the plan: 8 measures, quarterly, a gate"
curve='{"type":"LINEAR","cap":2.0,"points":[{"attainment":0.8,"payout":0.5},{"attainment":1.0,"payout":1.0},{"attainment":1.2,"payout":2.0}]}'
measures=""
for i in 1 2 3 4 5 6 7 8; do
  measures+="${measures:+,}{\"code\":\"m$i\",\"name\":\"Measure $i\",\"perspective\":\"FINANCIAL\",\"source\":\"QUANTITATIVE\",\"direction\":\"HIGHER_IS_BETTER\",\"data\":\"RESULT_LATEST\",\"weightPercent\":12.5,\"curve\":$curve}"
done
api POST /plans "{\"code\":\"BENCH-8\",\"name\":\"Benchmark plan, 8 measures\",\"roleProfileCode\":\"AM\",
  \"currency\":\"EUR\",\"terms\":{\"effectiveFrom\":\"2026-01-01\",\"targetIncentiveKind\":\"AMOUNT\",
  \"targetIncentive\":10000,\"performancePeriod\":\"QUARTER\",\"payoutFrequency\":\"QUARTER\",\"planCapMultiple\":2,
  \"creditingRule\":\"ACV\",\"clawbackWindowMonths\":3},
  \"scorecard\":{\"measures\":[$measures],\"gates\":[{\"measureCode\":\"m1\",\"minimumAttainment\":0.5}]}}" | head -c 200; echo
v=$(api GET /plans/BENCH-8/versions/1 "" | sed -E 's/.*"version":([0-9]+).*/\1/')
api POST /plans/BENCH-8/versions/1/approval "{\"version\":$v}" >/dev/null
plan_version=$(sql "SELECT pv.id FROM plan_version pv JOIN comp_plan p ON p.id = pv.plan_id WHERE p.code = 'BENCH-8'")
role=$(sql "SELECT id FROM role_profile WHERE code = 'AM'")
[ -n "$plan_version" ] && [ -n "$role" ] || { echo "no plan version or role"; exit 1; }

echo "== $N participants, assignments, $((N * 8)) targets and $((N * 8)) results (SQL)"
t0=$(now)
sql "INSERT INTO participant (id, version, username, full_name, manager_path, currency, start_date,
       role_profile_id, base_salary)
     SELECT 50000000 + i, 0, 'bench-' || i, 'Bench Participant ' || i, '/', 'EUR', DATE '2025-01-01', $role, 60000
     FROM generate_series(1, $N) i;
     INSERT INTO plan_assignment (id, version, participant_id, plan_version_id, valid_from, valid_to)
     SELECT 50000000 + i, 0, 50000000 + i, $plan_version, DATE '2026-01-01', DATE '2026-12-31'
     FROM generate_series(1, $N) i;
     INSERT INTO plan_assignment_target (assignment_id, measure_code, period_end, target_value)
     SELECT 50000000 + i, 'm' || m, DATE '2026-03-31', 100 FROM generate_series(1, $N) i, generate_series(1, 8) m;
     INSERT INTO measure_result (id, version, participant_id, measure_code, period_end, result_value, recorded_by, recorded_at)
     SELECT 50000000 + (i - 1) * 8 + m, 0, 50000000 + i, 'm' || m, DATE '2026-03-31',
            round((60 + 70 * random())::numeric, 2), 'bench', now()
     FROM generate_series(1, $N) i, generate_series(1, 8) m;
     ANALYZE"
echo "   written in $(secs "$t0" "$(now)") s"

echo "== floor: COPY of $N statements and $((N * 8)) lines; reading the $((N * 8)) input rows"
awk -v n="$N" 'BEGIN { srand(7); for (i = 1; i <= n; i++)
  printf "%d,1,%d,%d,BENCH-8,1,EUR,PERIOD,CALCULATED,%.2f,%.2f\n", i, 50000000 + i, 50000000 + i, 10000 * rand(), 10000 * rand() }' >"$out/floor-statements.csv"
awk -v n="$N" 'BEGIN { srand(8); for (i = 1; i <= n; i++) for (m = 1; m <= 8; m++)
  printf "%d,m%d,100,%.2f,%.4f,%.4f,%.2f\n", i, m, 60 + 70 * rand(), rand(), rand(), 1250 * rand() }' >"$out/floor-lines.csv"
sql "CREATE TABLE floor_statement (id BIGINT PRIMARY KEY, run_id BIGINT, participant_id BIGINT, assignment_id BIGINT,
       plan_code VARCHAR(50), plan_version INTEGER, currency VARCHAR(3), kind VARCHAR(20), status VARCHAR(20),
       earned NUMERIC(19,4), amount_due NUMERIC(19,4));
     CREATE TABLE floor_line (statement_id BIGINT, measure_code VARCHAR(50), target NUMERIC(19,4), actual NUMERIC(19,4),
       attainment NUMERIC(19,6), payout_percent NUMERIC(19,6), amount NUMERIC(19,4), PRIMARY KEY (statement_id, measure_code))"
t0=$(now)
"${PSQL[@]}" -d "$DB" -c "\\copy floor_statement FROM '$out/floor-statements.csv' CSV" \
  -c "\\copy floor_line FROM '$out/floor-lines.csv' CSV"
floor_write=$(secs "$t0" "$(now)")
t0=$(now)
"${PSQL[@]}" -d "$DB" -c "\\copy (SELECT participant_id, measure_code, period_end, result_value FROM measure_result) TO '/dev/null'"
floor_read=$(secs "$t0" "$(now)")

Q1='{"periodStart":"2026-01-01","periodEnd":"2026-03-31"}'
runs_before=$(sql "SELECT count(*) FROM calculation_run")
statements_before=$(sql "SELECT count(*) FROM statement")

if [ -z "${SKIP_CRASH:-}" ]; then
echo "== a run killed in the middle"
api POST /runs "$Q1" >"$out/killed-run.json" 2>&1 &
until api GET /runs/progress "" | grep -q '"done":[1-9][0-9][0-9][0-9][0-9]'; do sleep 0.5; done
progress=$(api GET /runs/progress "")
wildfly=$(pgrep -f 'org.jboss.as.standalone' | head -1)
kill -9 "$wildfly"
echo "   killed WildFly (pid $wildfly) at $progress"
stop_platform
wait || true
killed_runs=$(sql "SELECT count(*) FROM calculation_run")
killed_statements=$(sql "SELECT count(*) FROM statement")
echo "   after the crash: $killed_runs runs (before: $runs_before), $killed_statements statements (before: $statements_before)"
start_platform
until grep -c "KAM Comp is running" "$out/run-100k.log" | grep -q 2; do sleep 1; done
else
  progress="(skipped)"; killed_runs="-"; killed_statements="-"
fi

echo "== the run, started again: calculate, then publish"
t0=$(now)
started=$(api POST /runs "$Q1")
t1=$(now)
run=$(echo "$started" | sed -E 's/.*"id":([0-9]+).*/\1/')
published=$(api POST "/runs/$run/publication" "{}")
t2=$(now)
calc=$(secs "$t0" "$t1"); pub=$(secs "$t1" "$t2"); total=$(secs "$t0" "$t2")

echo "== an uninterrupted run of the same period, to compare"
again=$(api POST /runs "$Q1" | sed -E 's/.*"id":([0-9]+).*/\1/')
differ=$(sql "SELECT count(*) FROM statement a JOIN statement b ON a.assignment_id = b.assignment_id
              WHERE a.run_id = $run AND b.run_id = $again AND a.amount_due IS DISTINCT FROM b.amount_due")
counts=$(sql "SELECT count(*) || ' statements, ' || count(*) FILTER (WHERE status = 'HELD') || ' held, due '
              || sum(amount_due) FROM statement WHERE run_id = $run")
docs=$(sql "SELECT pg_size_pretty(sum(length(document))::bigint) FROM statement WHERE run_id = $run")
log=$(grep "Run .* of 2026-01-01 to 2026-03-31" var/wildfly/log/server.log | tail -2 | sed -E 's/.*INFO .*\) //')

cat <<REPORT

N = $N participants x 8 measures (+ the demo's 160), PostgreSQL $(sql 'SHOW server_version'), $(nproc) cores, WildFly heap $JBOSS_JAVA_SIZING
floor: COPY of $N statements + $((N * 8)) lines     $floor_write s
floor: reading $((N * 8)) input rows (COPY TO)      $floor_read s
run (POST /api/runs, calculated and written)  $calc s   -> $started
publish (POST /api/runs/$run/publication)        $pub s
start to published                            $total s
run $run: $counts; documents $docs
server log: $log
crash: WildFly killed at $progress; afterwards $killed_runs runs (before $runs_before), $killed_statements statements (before $statements_before)
restarted run $run against an uninterrupted run $again: $differ statements differ
REPORT
