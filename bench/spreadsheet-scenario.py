#!/usr/bin/python3
"""Write the offline calculator's scenario for the spreadsheet baseline's population.

    /usr/bin/python3 bench/spreadsheet-scenario.py --sheet-dir DIR N OUT.json   (OUT "-": stdout)

DIR is a working copy of ../shared/bench/spreadsheet (the baseline of bench/calculator-vs-
spreadsheet.sh): its gen_workbooks.py is imported, never copied, and participants(N) gives the
population the workbooks and the exact reference are made of (participant i is the same for every N).
gen_workbooks.py imports openpyxl, so run this with Debian's /usr/bin/python3 and python3-openpyxl.

The sheet's plan as one scenario (docs/calculator.md):
  - period: one quarter, 2026-01-01 to 2026-03-31; one plan, one payout period;
  - measures m1..m6 weighted 30/20/15/15/10/10 %, m4 LOWER_IS_BETTER, each with the LINEAR curve
    (0.8, 0.5) (1.0, 1.0) (1.2, 2.0) (continuing the last slope) and cap 3.0;
  - gate: m3 below 90 % attainment pays 0 on m5 and m6; modifier on m6 (0.9, 0.9) .. (1.1, 1.1),
    clamped at both ends; plan cap 2 x the period's target incentive;
  - the participant's own annual target incentive: targetIncentive PERCENT_OF_BASE 100 with
    baseSalary = the annual TI, so the quarter's TI is annual x 3 / 12, as the sheet's TI column;
  - an assignment over the quarter with the six targets; six actuals without a date (one
    assignment, one payout period: they belong to the period).
The plan's numbers are taken from gen_workbooks.py itself (WEIGHTS, PAY_CURVE, ...), so a change
there shows up here; the script refuses a plan shape it does not map (other measure count, no plan
cap, a quarter fraction other than 3/12).

The JSON is streamed: participants go straight to OUT, assignments and actuals to two temporary
files next to it, appended at the end; one pass over participants(N), memory flat in N.
"""
import argparse
import os
import shutil
import sys
import tempfile
import time

PERIOD = ("2026-01-01", "2026-03-31")
PLAN = "SHEET-SCORECARD"
CURRENCY = "EUR"


def num(d):
    """A Decimal as a plain JSON number (no exponent)."""
    s = format(d, "f")
    return s


def plan_json(g):
    n = len(g.WEIGHTS)
    if n != 6 or g.QUARTER_FRACTION != (3, 12) or g.PLAN_CAP_MULT is None:
        raise SystemExit("gen_workbooks.py's plan is not the one this mapping knows")
    codes = [f"m{m + 1}" for m in range(n)]
    curve = ",".join(f"[{num(x)},{num(y)}]" for x, y in g.PAY_CURVE)
    measures = []
    for m in range(n):
        direction = "LOWER_IS_BETTER" if m in g.LOWER_IS_BETTER else "HIGHER_IS_BETTER"
        measures.append(
            f'{{"code":"{codes[m]}","name":"Measure {m + 1}",'
            f'"weightPercent":{num(g.WEIGHTS[m] * 100)},"direction":"{direction}",'
            f'"curve":{{"type":"LINEAR","points":[{curve}],"cap":{num(g.MEASURE_CAP)}}}}}')
    governs = ",".join(f'"{codes[m]}"' for m in sorted(g.GATED))
    modifier = ",".join(f"[{num(x)},{num(y)}]" for x, y in g.MOD_CURVE)
    return (
        f'{{"code":"{PLAN}","currency":"{CURRENCY}",'
        f'"targetIncentive":{{"kind":"PERCENT_OF_BASE","value":100}},'
        f'"measures":[{",".join(measures)}],'
        f'"gates":[{{"measure":"{codes[g.GATE_MEASURE]}",'
        f'"minimumAttainment":{num(g.GATE_THRESHOLD)},"governs":[{governs}]}}],'
        f'"modifier":{{"measure":"{codes[g.MOD_MEASURE]}","points":[{modifier}]}},'
        f'"planCapMultiple":{num(g.PLAN_CAP_MULT)}}}'), codes


def write(g, n, out, tmpdir):
    plan, codes = plan_json(g)
    out.write('{"formatVersion":"2",\n'
              f'"period":{{"start":"{PERIOD[0]}","end":"{PERIOD[1]}"}},\n'
              f'"plans":[{plan}],\n'
              '"participants":[\n')
    with tempfile.TemporaryFile("w+", dir=tmpdir) as asg, \
            tempfile.TemporaryFile("w+", dir=tmpdir) as act:
        sep = ""
        for i, annual, targets, actuals in g.participants(n):
            pid = str(i)
            out.write(f'{sep}{{"id":"{pid}","name":"Participant {pid}",'
                      f'"baseSalary":{num(annual)}}}')
            t = ",".join(f'"{codes[m]}":{num(targets[m])}' for m in range(6))
            asg.write(f'{sep}{{"participant":"{pid}","plan":"{PLAN}","from":"{PERIOD[0]}",'
                      f'"to":"{PERIOD[1]}","targets":{{{t}}}}}')
            act.write(sep + ",".join(
                f'{{"participant":"{pid}","measure":"{codes[m]}","value":{num(actuals[m])}}}'
                for m in range(6)))
            sep = ",\n"
        out.write('],\n"assignments":[\n')
        asg.seek(0)
        shutil.copyfileobj(asg, out, 1 << 20)
        out.write('],\n"actuals":[\n')
        act.seek(0)
        shutil.copyfileobj(act, out, 1 << 20)
        out.write(']}\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sheet-dir", required=True,
                    help="a working copy of ../shared/bench/spreadsheet (holds gen_workbooks.py)")
    ap.add_argument("n", type=int, help="participants")
    ap.add_argument("out", help='scenario file to write ("-": stdout)')
    a = ap.parse_args()
    sys.path.insert(0, os.path.abspath(a.sheet_dir))
    import gen_workbooks as g  # noqa: E402  (from the working copy, at run time)

    t0 = time.perf_counter()
    if a.out == "-":
        write(g, a.n, sys.stdout, None)
    else:
        tmpdir = os.path.dirname(os.path.abspath(a.out))
        with open(a.out, "w", buffering=1 << 20) as out:
            write(g, a.n, out, tmpdir)
        print(f"{a.out}: {a.n} participants, {os.path.getsize(a.out):,} bytes, "
              f"{time.perf_counter() - t0:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
