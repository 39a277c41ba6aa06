"""Reconcile a 50,000-line list bill against a remittance CSV with 2% discrepancies; print seconds
and peak memory (goal: under 2 s, under 300 MB).

    python benchmarks/reconcile.py [--lines 50000] [--discrepancy 0.02] [--seed 1]

The remittance is built as a CSV and timed from text: parsing, matching (policy numbers, and
rapidfuzz for the name-only rows with typos) and the explanations from PolicyFacts.
Discrepancies are split between changed amounts, missing lines, unbilled extra lines and
name-only rows (no policy number, one letter off).
"""
from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

# run from the repository root, not benchmarks/ (benchmarks/email.py would shadow the stdlib)
_sys.path[0] = str(_Path(__file__).resolve().parents[1])

import argparse
import random
import resource
import sys
import time
import tracemalloc
from datetime import date
from decimal import Decimal


FIRST = ["Laura", "Evan", "Maria", "Hiroshi", "Ngozi", "Darnell", "Priya", "Omar", "Rosa", "Wei", "Kwame", "Sofia"]
LAST = ["King", "Ortiz", "Gonzalez", "Kim", "Okafor", "Washington", "Patel", "Reyes", "Chen", "Mensah", "Diaz"]


def build(lines: int, share: float, seed: int):
    from handlers.billing_reconcile import BillItem, PolicyFacts
    rng = random.Random(seed)
    bill, facts, out = [], {}, ["policy_number,name,amount"]
    for i in range(lines):
        pn = f"{7300000000 + i}"
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}{i}"       # unique names, as real registers have
        amount = Decimal(rng.randint(300, 15000)) / 100
        bill.append(BillItem(pn, amount, name, "ACC"))
        facts[pn] = PolicyFacts(pn, name, "Accident", previous_amount=amount, issue_date=date(2025, 1, 1))
    odd = rng.sample(range(lines), int(lines * share))
    kinds = {i: ("amount", "missing", "extra", "name")[k % 4] for k, i in enumerate(odd)}
    for i, item in enumerate(bill):
        kind = kinds.get(i)
        if kind == "missing":
            continue
        if kind == "amount":
            out.append(f"{item.policy_number},{item.name},{item.amount + Decimal('1.25')}")
        elif kind == "name":
            typo = item.name[:2] + item.name[3:]                     # a letter dropped, no policy number
            out.append(f",{typo},{item.amount}")
        else:
            out.append(f"{item.policy_number},{item.name},{item.amount}")
        if kind == "extra":
            out.append(f"{9900000000 + i},New Hire {i},{Decimal(rng.randint(300, 9000)) / 100}")
    return bill, facts, "\n".join(out) + "\n", kinds


def run(bill, facts, text):
    from handlers.billing_reconcile import parse_csv, reconcile
    rows, problems = parse_csv(text)
    return reconcile(bill, rows, facts=facts), problems


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=50_000)
    ap.add_argument("--discrepancy", type=float, default=0.02)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    bill, facts, text, kinds = build(args.lines, args.discrepancy, args.seed)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    rec, problems = run(bill, facts, text)
    seconds = time.perf_counter() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start()
    run(bill, facts, text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    counts = rec.counts()
    expected = {"amount_differs": sum(1 for k in kinds.values() if k == "amount"),
                "billed_not_paid": sum(1 for k in kinds.values() if k == "missing"),
                "paid_not_billed": sum(1 for k in kinds.values() if k == "extra")}
    ok = all(counts[k] == v for k, v in expected.items()) and rec.variance == sum(x.difference for x in rec.lines)
    print(f"bill lines: {len(bill):,}  remittance rows: {text.count(chr(10)) - 1:,}  discrepancies: {len(kinds):,}")
    print(f"result: {counts}  variance {rec.variance}  {'(as built)' if ok else '(MISMATCH)'}")
    print(f"seconds: {seconds:.2f}   peak memory of the reconciliation: {peak / 1024 ** 2:.0f} MB traced, "
          f"process peak RSS {rss:.0f} MB (before: {base:.0f} MB)")
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
