#!/usr/bin/env bash
# Benchmark: import 100,000 transactions as CSV through the API into PostgreSQL, next to the floor
# measured in the same run (PostgreSQL's COPY of the same file into a plain table, no checks).
#   bench/import-transactions.sh            (N=100000; needs PostgreSQL at 127.0.0.1:5432 and psql)
# It starts the platform on a fresh database kam_bench (demo data included), imports the file three
# times (new rows, the same file again, the file with one bad row at its end) and stops the platform.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
DB=kam_bench
PSQL=(psql -q -h 127.0.0.1 -U postgres)
out=bench/target
mkdir -p "$out"

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

# The file: N transactions on the demo company's 520 accounts, some multi-year, some cancelled.
csv=$out/transactions-$N.csv
awk -v n="$N" 'BEGIN {
  srand(42);
  print "id,account,booking_date,amount,currency,margin,contract_term_months,first_year_amount,cancelled_on";
  for (i = 1; i <= n; i++) {
    acc = sprintf("ACC-%04d", 1 + int(rand() * 520));
    day = sprintf("2026-%02d-%02d", 1 + int(rand() * 10), 1 + int(rand() * 28));
    amount = sprintf("%.2f", 1000 + rand() * 50000);
    margin = sprintf("%.2f", amount * (0.2 + rand() * 0.2));
    term = (rand() < 0.1) ? 36 : 12;
    first = (term == 36) ? sprintf("%.2f", amount / 3) : "";
    cancelled = (rand() < 0.01) ? "2026-11-20" : "";
    printf "B-%07d,%s,%s,%s,EUR,%s,%d,%s,%s\n", i, acc, day, amount, margin, term, first, cancelled;
  }
}' >"$csv"
bad=$out/transactions-$N-bad.csv
{ cat "$csv"; echo "B-BAD,NO-SUCH-ACCOUNT,2026-02-30,12x,EUR,,,,"; } >"$bad"

echo "== starting the platform on PostgreSQL ($DB)"
export DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB DB_USER=postgres DB_PASSWORD=
setsid ./kam run >"$out/run.log" 2>&1 &
run_pid=$!
cleanup() { ./kam stop >/dev/null 2>&1 || true; kill -- -"$run_pid" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 600); do
  grep -q "KAM Comp is running" "$out/run.log" && break
  kill -0 "$run_pid" 2>/dev/null || { cat "$out/run.log"; exit 1; }
  sleep 1
done
token() {
  curl -fsS -d grant_type=password -d client_id=kam-api -d username=alice -d password=alice \
    http://localhost:8180/realms/kam/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
post() { # file -> "status seconds body-head"
  local t0 t1 code
  t0=$(now)
  code=$(curl -sS -o "$out/reply.json" -w '%{http_code}' -H "Authorization: Bearer $(token)" \
    -H 'Content-Type: text/csv' --data-binary @"$1" http://localhost:8080/api/imports/transactions)
  t1=$(now)
  echo "$code $(secs "$t0" "$t1") $(head -c 160 "$out/reply.json")"
}

echo "== floor: COPY of the same file into a plain table"
"${PSQL[@]}" -d "$DB" -c "CREATE TABLE bench_floor (id VARCHAR(100) PRIMARY KEY, account VARCHAR(50),
  booking_date DATE, amount NUMERIC(19,4), currency CHAR(3), margin NUMERIC(19,4),
  contract_term_months INTEGER, first_year_amount NUMERIC(19,4), cancelled_on DATE)"
t0=$(now)
"${PSQL[@]}" -d "$DB" -c "\\copy bench_floor FROM '$csv' CSV HEADER"
floor=$(secs "$t0" "$(now)")

echo "== import through the API"
first=$(post "$csv")
again=$(post "$csv")
rejected=$(post "$bad")
rows=$("${PSQL[@]}" -d "$DB" -tA -c "SELECT count(*) FROM sales_transaction WHERE external_id LIKE 'B-%'")
audited=$("${PSQL[@]}" -d "$DB" -tA -c "SELECT count(*) FROM sales_transaction_aud WHERE external_id LIKE 'B-%'")

cat <<REPORT

N = $N transactions ($(du -h "$csv" | cut -f1) CSV), PostgreSQL $("${PSQL[@]}" -d "$DB" -tA -c 'SHOW server_version'), $(nproc) cores
floor: COPY into a plain table          ${floor} s
import, all rows new                     $(echo "$first" | cut -d' ' -f2) s   (HTTP $(echo "$first" | cut -d' ' -f1))
import of the same file again            $(echo "$again" | cut -d' ' -f2) s   (HTTP $(echo "$again" | cut -d' ' -f1))
the file plus one bad row (rejected)     $(echo "$rejected" | cut -d' ' -f2) s   (HTTP $(echo "$rejected" | cut -d' ' -f1))
rows in sales_transaction / audit rows   $rows / $audited
first reply: $(echo "$first" | cut -d' ' -f3-)
again reply: $(echo "$again" | cut -d' ' -f3-)
REPORT
