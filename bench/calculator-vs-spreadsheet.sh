#!/usr/bin/env bash
# The offline calculator next to LibreOffice Calc on the same balanced scorecards.
#
#   bench/calculator-vs-spreadsheet.sh [N ...]        (default: 1000 10000 100000)
#
# On a fresh temporary copy of ../shared/bench/spreadsheet (the baseline; nothing of it is copied
# into this repository), in one run:
#   1. gen_workbooks.py 20 N...: the workbooks with formulas and data/reference_N.csv, the exact
#      payouts (column PayoutExactRational: exact rational arithmetic, half up to the cent);
#   2. bench.py --reps $LO_REPS --variants formulas N...: LibreOffice headless loading each
#      workbook, recalculating every formula and exporting CSV (its own wall time via time -v,
#      checked by its verify_csv.py); the median of the reps;
#   3. bench/spreadsheet-scenario.py: the same population (gen_workbooks.participants(N)) as one
#      calculator scenario; then $CALC_REPS timed runs of the whole command
#      `java -jar kam-calculator.jar scenario.json out/` (JVM start, read, calculate, all three
#      outputs written) after one untimed warm-up run; the median;
#   4. every run's payouts.csv `amount` per participant against the reference's exact payout:
#      the number that differ (also missing or extra participants) must be 0;
#   5. $BIG_N (default 1000000; BIG_N=0 skips) for the calculator alone: one run under
#      /usr/bin/time -v (wall, peak RSS), given up after $BIG_TIMEOUT s; its payouts against
#      `gen_workbooks.py --ref-only $BIG_N` (BIG_REF=0 skips that ~2-minute reference).
# Prints a table (N, LibreOffice s, calculator s, ratio, differing payouts), the growth from N to
# N (time per 1,000 participants), the output sizes, the load of the machine while it ran (other
# processes' CPU seconds during each timed run, from /proc/stat), and leaves everything in $WORK.
#
# Environment: LO_REPS (3), CALC_REPS (5), BIG_N (1000000), BIG_TIMEOUT (300), BIG_REF (1),
#   JAVA (java), JAVA_OPTS (none: the plain `java -jar`), BIG_JAVA_OPTS (JAVA_OPTS; for the BIG_N
#   run only, e.g. -Xmx12g: the default heap is 1/4 of the RAM), WORK (a new mktemp -d),
#   KEEP_OUTPUT (0: the calculator's outputs are deleted after their sizes are taken),
#   CALC_PHASES (1: each run also passes -Dkam.calculator.timings=true, which only makes the
#   calculator print to stderr how long reading, checking, and calculating and writing took; the
#   summary shows their medians; 0: the bare command).
# Needs Debian's /usr/bin/python3 with python3-openpyxl and python3-uno, libreoffice-calc-nogui and
# GNU time (installed with apt-get when missing and running as root), and a built
# scoring/target/kam-calculator.jar (copied into $WORK first, so a rebuild during the run does not
# change what is measured).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
SHEET_SRC=${SHEET_SRC:-$repo/../shared/bench/spreadsheet}
LO_REPS=${LO_REPS:-3}
CALC_REPS=${CALC_REPS:-5}
BIG_N=${BIG_N:-1000000}
BIG_TIMEOUT=${BIG_TIMEOUT:-300}
BIG_REF=${BIG_REF:-1}
JAVA=${JAVA:-java}
read -r -a java_opts <<<"${JAVA_OPTS:-}"
read -r -a big_java_opts <<<"${BIG_JAVA_OPTS:-${JAVA_OPTS:-}}"
KEEP_OUTPUT=${KEEP_OUTPUT:-0}
CALC_PHASES=${CALC_PHASES:-1}
phase_opts=()
[ "$CALC_PHASES" = 1 ] && phase_opts=(-Dkam.calculator.timings=true)
PY=/usr/bin/python3
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)

# --- prerequisites ---------------------------------------------------------------------------
if ! { $PY -c 'import openpyxl, uno' 2>/dev/null && command -v soffice >/dev/null && [ -x /usr/bin/time ]; }; then
  pkgs="libreoffice-calc-nogui python3-openpyxl python3-uno time"
  if [ "$(id -u)" = 0 ]; then
    echo "== installing $pkgs"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $pkgs >/dev/null
  else
    echo "needs: apt-get install -y --no-install-recommends $pkgs" >&2
    exit 1
  fi
fi
[ -f scoring/target/kam-calculator.jar ] || { echo "build scoring/target/kam-calculator.jar first" >&2; exit 1; }
[ -f "$SHEET_SRC/gen_workbooks.py" ] || { echo "no $SHEET_SRC/gen_workbooks.py" >&2; exit 1; }

WORK=${WORK:-$(mktemp -d /tmp/calc-vs-sheet.XXXXXX)}
mkdir -p "$WORK"
sheet=$WORK/sheet
rm -rf "$sheet"
mkdir -p "$sheet"
cp -r "$SHEET_SRC"/. "$sheet"
chmod -R u+w "$sheet"
jar=$WORK/kam-calculator.jar
cp scoring/target/kam-calculator.jar "$jar"
calc_log=$WORK/calculator.jsonl
: >"$calc_log"

now() { date +%s.%N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
busy() { # system-wide busy CPU seconds, all cores (as bench.py counts them)
  awk -v hz="$(getconf CLK_TCK)" '/^cpu /{print ($2+$3+$4+$7+$8+$9)/hz; exit}' /proc/stat
}
timev() { # file key -> value from /usr/bin/time -v
  sed -n "s/^[[:space:]]*$2: //p" "$1"
}
wall_of() { # h:mm:ss or m:ss -> seconds
  awk -F: '{s=0; for (i=1;i<=NF;i++) s=s*60+$i; printf "%.2f", s}' <<<"$1"
}

echo "== $(date -Is) on $(hostname): $(nproc) cores, load $(load); work in $WORK"
echo "   jar: $(sha256sum "$jar" | cut -c1-16) built $(date -r scoring/target/kam-calculator.jar -Is);" \
  "git $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- scoring domain 2>/dev/null || echo ' (sources modified)')"
echo "   $("$JAVA" -version 2>&1 | head -1); JAVA_OPTS='${JAVA_OPTS:-}'; $(soffice --version 2>/dev/null | head -1)"

# --- 1. workbooks and the exact reference -----------------------------------------------------
echo "== 1. workbooks + reference for ${sizes[*]} (gen_workbooks.py; 20 is bench.py's warm-up book)"
t0=$(now)
(cd "$sheet" && $PY gen_workbooks.py 20 "${sizes[@]}")
echo "   $(awk -v a="$t0" -v b="$(now)" 'BEGIN{printf "%.0f", b-a}') s"

# --- 2. LibreOffice ---------------------------------------------------------------------------
echo "== 2. LibreOffice: bench.py --reps $LO_REPS --variants formulas ${sizes[*]} (load $(load))"
(cd "$sheet" && $PY bench.py --reps "$LO_REPS" --variants formulas "${sizes[@]}")

# --- 3./4. the calculator ----------------------------------------------------------------------
compare() { # payouts.csv reference.csv -> JSON {rows, differ, missing, extra, not_period, examples}
  $PY - "$1" "$2" <<'EOF'
import csv, json, sys
from decimal import Decimal
ours, ref = sys.argv[1], sys.argv[2]
with open(ref, newline="") as fh:
    r = csv.DictReader(fh)
    exact = {row["ID"]: Decimal(row["PayoutExactRational"]) for row in r}
res = dict(rows=0, differ=0, missing=0, extra=0, not_period=0, examples=[])
seen = set()
with open(ours, newline="") as fh:
    for row in csv.DictReader(fh):
        res["rows"] += 1
        pid = row["participant"]
        if row["kind"] != "PERIOD":
            res["not_period"] += 1
        if pid in seen or pid not in exact:
            res["extra"] += 1
            continue
        seen.add(pid)
        if Decimal(row["amount"]) != exact[pid]:
            res["differ"] += 1
            if len(res["examples"]) < 5:
                res["examples"].append(dict(id=pid, ours=row["amount"], exact=str(exact[pid])))
res["missing"] = len(exact) - len(seen)
res["bad"] = res["differ"] + res["missing"] + res["extra"] + res["not_period"]
print(json.dumps(res))
EOF
}

calc_run() { # n rep scenario ref|"" timeout -> appends a record to $calc_log
  local n=$1 rep=$2 scen=$3 ref=$4 limit=$5 out=$WORK/out/calc_$1_r$2 tv rc b0 b1 t0 t1
  rm -rf "$out"
  mkdir -p "$out"
  tv=$out/time_v.txt
  b0=$(busy); t0=$(now)
  set +e
  timeout "$limit" /usr/bin/time -v -o "$tv" "$JAVA" "${java_opts[@]}" "${phase_opts[@]}" -jar "$jar" "$scen" "$out" \
    >"$out/stdout.txt" 2>"$out/stderr.txt"
  rc=$?
  set -e
  t1=$(now); b1=$(busy)
  local wall user sys rss cmp='null' sizes_json='{}'
  if [ -s "$tv" ] && grep -q 'Elapsed' "$tv"; then
    wall=$(wall_of "$(timev "$tv" 'Elapsed (wall clock) time (h:mm:ss or m:ss)')")
    user=$(timev "$tv" 'User time (seconds)'); sys=$(timev "$tv" 'System time (seconds)')
    rss=$(timev "$tv" 'Maximum resident set size (kbytes)')
  else
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", b-a}'); user=0; sys=0; rss=0
  fi
  if [ "$rc" = 0 ] && [ -n "$ref" ]; then
    cmp=$(compare "$out/payouts.csv" "$ref")
  fi
  if [ "$rc" = 0 ]; then
    sizes_json=$(printf '{"statements.json":%s,"statements.csv":%s,"payouts.csv":%s}' \
      "$(stat -c %s "$out/statements.json")" "$(stat -c %s "$out/statements.csv")" "$(stat -c %s "$out/payouts.csv")")
  fi
  local other
  other=$(awk -v a="$b0" -v b="$b1" -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", (b-a)-u-s}')
  printf '{"n":%s,"rep":%s,"rc":%s,"wall_s":%s,"user_s":%s,"sys_s":%s,"maxrss_kb":%s,"other_cpu_s":%s,"load":"%s","sizes":%s,"compare":%s,"stderr":%s}\n' \
    "$n" "$rep" "$rc" "$wall" "$user" "$sys" "$rss" "$other" "$(load)" "$sizes_json" "$cmp" \
    "$($PY -c 'import json,sys; print(json.dumps(open(sys.argv[1]).read()[:600]))' "$out/stderr.txt")" >>"$calc_log"
  $PY - "$(tail -1 "$calc_log")" <<'EOF'
import json, sys
r = json.loads(sys.argv[1]); c = r["compare"] or {}
line = (f"N={r['n']:>7} calculator rep{r['rep']} rc={r['rc']} wall={r['wall_s']:.2f}s "
        f"user={float(r['user_s']):.1f} sys={float(r['sys_s']):.1f} rss={int(r['maxrss_kb']) / 1024:.0f}MB "
        f"other_cpu={r['other_cpu_s']}s load={r['load']} payouts={c.get('rows')} differ={c.get('differ')} "
        f"missing={c.get('missing')} extra={c.get('extra')}")
if c.get("examples"):
    line += f" e.g. {c['examples'][:2]}"
if r["rc"] != 0:
    line += "\n   stderr: " + repr(r["stderr"][:300])
print(line, flush=True)
EOF
  if [ "$KEEP_OUTPUT" != 1 ]; then
    rm -f "$out/statements.json" "$out/statements.csv" "$out/payouts.csv"
  fi
  return 0
}

scenario() { # n -> path
  local f=$WORK/scenarios/scenario_$1.json
  mkdir -p "$WORK/scenarios"
  [ -s "$f" ] || $PY bench/spreadsheet-scenario.py --sheet-dir "$sheet" "$1" "$f" >&2
  echo "$f"
}

echo "== 3. calculator: $CALC_REPS timed runs per N after a warm-up (load $(load))"
calc_run 20 0 "$(scenario 20)" "$sheet/data/reference_20.csv" 120 >/dev/null   # warm-up, not counted
for n in "${sizes[@]}"; do
  scen=$(scenario "$n")
  for rep in $(seq "$CALC_REPS"); do
    calc_run "$n" "$rep" "$scen" "$sheet/data/reference_$n.csv" 1800
  done
done

if [ "$BIG_N" != 0 ]; then
  echo "== 5. calculator alone at N=$BIG_N: one run, given up after ${BIG_TIMEOUT}s, options '${big_java_opts[*]}' (load $(load))"
  scen=$(scenario "$BIG_N")
  # the reference comes after the run (its Python would compete for the 2 cores), compared then
  saved=("${java_opts[@]}"); java_opts=("${big_java_opts[@]}")
  KEEP_OUTPUT=1 calc_run "$BIG_N" 1 "$scen" "" "$BIG_TIMEOUT"
  java_opts=("${saved[@]}")
  out=$WORK/out/calc_${BIG_N}_r1
  if [ "$BIG_REF" = 1 ] && [ -s "$out/payouts.csv" ] && tail -1 "$calc_log" | grep -q '"rc":0'; then
    echo "   reference for $BIG_N (gen_workbooks.py --ref-only) ..."
    (cd "$sheet" && $PY gen_workbooks.py --ref-only "$BIG_N" >/dev/null)
    cmp=$(compare "$out/payouts.csv" "$sheet/data/reference_$BIG_N.csv")
    echo "   N=$BIG_N payouts vs exact: $cmp"
    $PY - "$calc_log" "$cmp" <<'EOF'
import json, sys
path, cmp = sys.argv[1], json.loads(sys.argv[2])
lines = open(path).read().splitlines()
last = json.loads(lines[-1]); last["compare"] = cmp; lines[-1] = json.dumps(last)
open(path, "w").write("\n".join(lines) + "\n")
EOF
  fi
  [ "$KEEP_OUTPUT" = 1 ] || rm -f "$out/statements.json" "$out/statements.csv" "$out/payouts.csv"
fi

# --- summary ----------------------------------------------------------------------------------
echo "== summary (load now $(load))"
$PY - "$sheet/results.jsonl" "$calc_log" "$BIG_N" "${sizes[@]}" <<'EOF' | tee "$WORK/summary.md"
import json, statistics, sys
lo_path, calc_path, big = sys.argv[1], sys.argv[2], int(sys.argv[3])
sizes = [int(x) for x in sys.argv[4:]]
lo = [json.loads(l) for l in open(lo_path)]
calc = [json.loads(l) for l in open(calc_path)]
med = statistics.median
print("| N | LibreOffice s (median) | LibreOffice vs exact | calculator s (median) | calculator runs | ratio LO/calc | differing payouts (all runs) | calc peak RSS MB | other procs' CPU s (median, LO / calc) |")
print("|---|---|---|---|---|---|---|---|---|")
ok = True
for n in sizes:
    l = [r for r in lo if r["n"] == n and r["variant"] == "formulas"]
    c = [r for r in calc if r["n"] == n and r["rep"] > 0]
    good = [r for r in c if r["rc"] == 0]
    lw = med([r["wall_s"] for r in l]) if l else float("nan")
    cw = med([r["wall_s"] for r in good]) if good else float("nan")
    differ = sum((r["compare"] or {}).get("bad", 1) for r in good) + (len(c) - len(good))
    ok = ok and differ == 0 and len(good) > 0
    lv = ",".join(str(r["verify"].get("cent_mismatch_vs_exact")) for r in l)
    print(f"| {n:,} | {lw:.2f} ({', '.join('%.2f' % r['wall_s'] for r in l)}) | {lv} differ | {cw:.2f} "
          f"({', '.join('%.2f' % r['wall_s'] for r in c)}) | {len(good)}/{len(c)} ok | {lw / cw:.2f} | {differ} | "
          f"{max(int(r['maxrss_kb']) for r in good) / 1024 if good else 0:.0f} | "
          f"{med([r['other_cpu_s'] for r in l]) if l else 0:.1f} / {med([float(r['other_cpu_s']) for r in c]) if c else 0:.1f} |")
print()
import re
def phases(runs):
    """Median read / check / calculate-and-write seconds from the runs' stderr (CALC_PHASES=1)."""
    got = [re.search(r"read ([\d.]+) s, check ([\d.]+) s, calculate and write ([\d.]+) s", r["stderr"]) for r in runs]
    got = [g for g in got if g]
    if not got:
        return ""
    return " / ".join("%.2f" % med([float(g.group(i)) for g in got]) for i in (1, 2, 3))
print("| N | calculator s | s per 1,000 participants | time x vs previous N (N x) | read / check / calculate+write s (median) | statements.json bytes | statements.csv bytes | payouts.csv bytes |")
print("|---|---|---|---|---|---|---|---|")
prev = None
for n in sizes + ([big] if big else []):
    good = [r for r in calc if r["n"] == n and r["rep"] > 0 and r["rc"] == 0]
    bad = [r for r in calc if r["n"] == n and r["rep"] > 0 and r["rc"] != 0]
    if not good:
        if bad:
            why = bad[0]["stderr"].splitlines()[0] if bad[0]["stderr"] else ""
            if bad[0]["rc"] == 124:
                why = "given up (timeout)"
            print(f"| {n:,} | failed: rc={bad[0]['rc']} after {bad[0]['wall_s']} s, peak RSS "
                  f"{int(bad[0]['maxrss_kb']) / 1024:.0f} MB: {why} | | | | | | |")
            ok = False
        continue
    w = med([r["wall_s"] for r in good]); s = good[-1]["sizes"]
    growth = f"{w / prev[1]:.1f} x ({n // prev[0]} x)" if prev else ""
    extra = ""
    if n == big:
        r = good[0]; cmpr = r["compare"]
        extra = (f" — one run, peak RSS {int(r['maxrss_kb']) / 1024:.0f} MB, user {r['user_s']} s, sys {r['sys_s']} s, "
                 f"differing payouts: {cmpr['bad'] if cmpr else 'not compared'}")
        ok = ok and bool(cmpr) and cmpr["bad"] == 0
    print(f"| {n:,} | {w:.2f}{extra} | {1000 * w / n:.3f} | {growth} | {phases(good)} | {s.get('statements.json', 0):,} | "
          f"{s.get('statements.csv', 0):,} | {s.get('payouts.csv', 0):,} |")
    prev = (n, w)
print()
print("every run succeeded and all payouts equal the exact reference" if ok
      else "NOT ALL GOOD: a run failed, was not compared, or payouts differ (see above)")
EOF
echo "== results: $WORK (summary.md, calculator.jsonl, sheet/results.jsonl)"
