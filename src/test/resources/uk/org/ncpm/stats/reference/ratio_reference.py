#!/usr/bin/env python3
"""Reference values for QuasiPoissonRatioTestTest: the conditional test and Clopper-Pearson interval on
counts deflated by the over-dispersion scale phi (effective counts a = c1/phi, b = c0/phi).

    U = I_{pi0}(a, b + 1)        (1 when a = 0)      P(X >= a)
    L = I_{1-pi0}(b, a + 1)      (1 when b = 0)      P(X <= a)
    p = min(1, 2 min(U, L)),     pi0 = e1 / (e0 + e1)
    piL = Beta.ppf(0.025; a, b + 1),  piU = Beta.ppf(0.975; a + 1, b),  R = pi/(1 - pi) e0/e1

Computed with scipy.special.betainc and scipy.stats.beta.ppf; checked against (i) the exact binomial
tails scipy.stats.binom.sf / cdf when phi = 1 (integer counts), and (ii) the incomplete beta function in
50-digit arithmetic (mpmath.betainc, regularized) for every case; the relative differences are printed.
The quasi-Poisson Wald test of log R with SE = sqrt(phi (1/c1 + 1/c0)) is printed beside, for large counts.

Real counts: England and Wales robbery (43 territorial forces) and Lancashire robbery, years ending June
2019 (2018/19 Q2 .. 2019/20 Q1) and June 2020 (2019/20 Q2 .. 2020/21 Q1), from
../shared/data/home-office-prc/prc-offence-group-by-quarter-2002-03_2023-24.csv, compared as counts
(exposures 1 and 1), with phi from dispersion_reference.txt (20 quarters to June 2019).

Run from the repository root:
    python3 src/test/resources/uk/org/ncpm/stats/reference/ratio_reference.py \
        > src/test/resources/uk/org/ncpm/stats/reference/ratio_reference.txt
"""
import csv
import datetime
import math
import os
import sys

import mpmath
import numpy as np
import scipy
from scipy import special, stats

mpmath.mp.dps = 50

DATA = os.path.join(os.path.dirname(__file__), *[".."] * 8, "..", "shared", "data", "home-office-prc",
                    "prc-offence-group-by-quarter-2002-03_2023-24.csv")
ENGLAND_AND_WALES_PHI = 58.00494708748968   # dispersion_reference.txt
LANCASHIRE_PHI = 2.239489465620788          # dispersion_reference.txt


def year_ending_june(year):
    """Financial quarters of the year ending June `year`: Q2-Q4 of (year-1)/year and Q1 of year/(year+1)."""
    fy_before = f"{year - 1}/{str(year)[2:]}"
    fy_after = f"{year}/{str(year + 1)[2:]}"
    return [(fy_before, "2"), (fy_before, "3"), (fy_before, "4"), (fy_after, "1")]


def robbery_year(year, force=None):
    keys = set(year_ending_june(year))
    total = 0
    with open(os.path.normpath(DATA), newline="") as f:
        for row in csv.DictReader(f):
            if row["Offence Group"] == "Robbery" and (force is None or row["Force Name"] == force) \
                    and (row["Financial Year"], row["Financial Quarter"]) in keys:
                total += int(row["Number of Offences"])
    return total


def mp_ibeta(x, a, b):
    """I_x(a, b) in 50 digits; None where mpmath's hypergeometric series does not converge (large a, b)."""
    try:
        return mpmath.betainc(mpmath.mpf(a), mpmath.mpf(b), 0, mpmath.mpf(x), regularized=True)
    except mpmath.libmp.libhyper.NoConvergence:
        return None


def case(name, c1, e1, c0, e0, phi):
    a, b = c1 / phi, c0 / phi
    pi0, pi0c = e1 / (e0 + e1), e0 / (e0 + e1)
    upper = 1.0 if a == 0 else special.betainc(a, b + 1, pi0)
    lower = 1.0 if b == 0 else special.betainc(b, a + 1, pi0c)
    p = min(1.0, 2 * min(upper, lower))
    pil = 0.0 if c1 == 0 else stats.beta.ppf(0.025, a, b + 1)
    piu = 1.0 if c0 == 0 else stats.beta.ppf(0.975, a + 1, b)
    ratio = lambda pi: math.inf if pi == 1 else pi / (1 - pi) * (e0 / e1)
    r = (c1 / e1) / (c0 / e0) if c0 > 0 else math.inf
    print(f"# {name}: c1 = {c1}, e1 = {e1!r}, c0 = {c0}, e0 = {e0!r}, phi = {phi!r}")
    print(f"{name} upper tail = {float(upper)!r}")
    print(f"{name} lower tail = {float(lower)!r}")
    print(f"{name} p = {float(p)!r}")
    print(f"{name} ratio = {r!r}")
    print(f"{name} ratio lower = {float(ratio(pil))!r}")
    print(f"{name} ratio upper = {float(ratio(piu))!r}")
    # Checks.
    mp_upper = mpmath.mpf(1) if a == 0 else mp_ibeta(pi0, a, b + 1)
    mp_lower = mpmath.mpf(1) if b == 0 else mp_ibeta(pi0c, b, a + 1)
    checks = []
    if mp_upper is not None and mp_lower is not None:
        checks.append(f"mpmath tails rel diff = {float(abs(mp_upper - upper) / mp_upper):.2g}, "
                      f"{float(abs(mp_lower - lower) / mp_lower):.2g}")
        if c1 > 0:
            checks.append(f"I(piL) - 0.025 = {float(mp_ibeta(pil, a, b + 1) - mpmath.mpf('0.025')):.2g}")
        if c0 > 0:
            checks.append(f"1 - I(piU) - 0.025 = {float(1 - mp_ibeta(piu, a + 1, b) - mpmath.mpf('0.025')):.2g}")
    else:
        checks.append("mpmath check skipped (series does not converge at these sizes)")
    if phi == 1:
        n = c1 + c0
        bin_upper = stats.binom.sf(c1 - 1, n, pi0)
        bin_lower = stats.binom.cdf(c1, n, pi0)
        checks.append(f"binomial tails rel diff = {abs(bin_upper - upper) / bin_upper:.2g}, "
                      f"{abs(bin_lower - lower) / bin_lower:.2g}")
    if c1 > 0 and c0 > 0:
        se = math.sqrt(phi * (1 / c1 + 1 / c0))
        wald = 2 * stats.norm.sf(abs(math.log(r)) / se)
        print(f"{name} Wald p (log R, SE sqrt(phi(1/c1 + 1/c0))) = {float(wald)!r}")
        print(f"{name} Wald ratio interval = {r * math.exp(-1.959963984540054 * se)!r} .. "
              f"{r * math.exp(1.959963984540054 * se)!r}")
    print(f"{name} check: " + "; ".join(checks))


def main():
    print(f"# ratio_reference.py, run {datetime.date.today().isoformat()}, python {sys.version.split()[0]}, "
          f"numpy {np.__version__}, scipy {scipy.__version__}, mpmath {mpmath.__version__}")
    # phi = 1: must equal the exact binomial test of PoissonRatioTest (reference_values.txt).
    case("40 vs 60 equal, phi 1", 40, 1e6, 60, 1e6, 1.0)
    case("25 vs 12 unequal, phi 1", 25, 1.05e6, 12, 1e6, 1.0)
    case("0 vs 6, phi 1", 0, 1.0, 6, 1.0, 1.0)
    case("7 vs 0, phi 1", 7, 1.0, 0, 1.0, 1.0)
    case("240000 vs 250000, phi 1", 240000, 1.0, 250000, 1.0, 1.0)
    # phi > 1.
    case("25 vs 12 unequal, phi 2.5", 25, 1.05e6, 12, 1e6, 2.5)
    case("3 vs 10, phi 1.7", 3, 1.0, 10, 1.0, 1.7)
    case("0 vs 12, phi 2", 0, 1.0, 12, 1.0, 2.0)
    case("9 vs 0, phi 1.5", 9, 1.0, 0, 1.0, 1.5)
    case("87000 vs 88000, phi 1", 87000, 1.0, 88000, 1.0, 1.0)
    case("87000 vs 88000, phi 30", 87000, 1.0, 88000, 1.0, 30.0)
    case("87000 vs 88000 populations, phi 30", 87000, 59_600_000.0, 88000, 59_100_000.0, 30.0)
    case("80000 vs 88000, phi 30", 80000, 1.0, 88000, 1.0, 30.0)
    # Real: robbery, year ending June 2020 against year ending June 2019.
    ew_2019, ew_2020 = robbery_year(2019), robbery_year(2020)
    case("E&W robbery YE Jun 2020 vs 2019, phi 1", ew_2020, 1.0, ew_2019, 1.0, 1.0)
    case("E&W robbery YE Jun 2020 vs 2019, phi E&W", ew_2020, 1.0, ew_2019, 1.0, ENGLAND_AND_WALES_PHI)
    la_2019, la_2020 = robbery_year(2019, "Lancashire"), robbery_year(2020, "Lancashire")
    case("Lancashire robbery YE Jun 2020 vs 2019, phi 1", la_2020, 1.0, la_2019, 1.0, 1.0)
    case("Lancashire robbery YE Jun 2020 vs 2019, phi Lancashire", la_2020, 1.0, la_2019, 1.0, LANCASHIRE_PHI)


if __name__ == "__main__":
    main()
