#!/usr/bin/env python3
"""Reference values for DispersionEstimateTest: Pearson over-dispersion of a Poisson log-linear
trend-and-season fit, by a route independent of the Java IRLS.

Independent route: the Poisson negative log-likelihood  sum(mu - y*eta)  (constant log y! dropped) is
minimised directly with scipy.optimize.minimize (BFGS, analytic gradient), in a different
parameterisation from the Java code: one level per season (no intercept, no reference season) plus
the trend on the uncentred time index t/n, t = 1..n.  The column space is the same, so the fitted means,
Pearson X^2 and phi must agree; the trend coefficient (log change per period) is the same parameter
in both.  A second optimiser (trust-exact, analytic Hessian) is run from a different start as a
self-check, and the score equations X'(y - mu) = 0 are checked at the optimum.

Real series: England and Wales robbery (sum of the 43 territorial forces of the "Robbery" offence
group; the file has no British Transport Police or Action Fraud rows) and Lancashire robbery, for the
20 financial quarters ending June 2019 (2014/15 Q2 ... 2019/20 Q1), from
../shared/data/home-office-prc/prc-offence-group-by-quarter-2002-03_2023-24.csv.

Run from the repository root (the shared data folder is ../shared/data):
    python3 src/test/resources/uk/org/ncpm/stats/reference/dispersion_reference.py \
        > src/test/resources/uk/org/ncpm/stats/reference/dispersion_reference.txt
"""
import csv
import datetime
import os
import sys

import numpy as np
import scipy
from scipy.optimize import minimize

DATA = os.path.join(os.path.dirname(__file__), *[".."] * 8, "..", "shared", "data", "home-office-prc",
                    "prc-offence-group-by-quarter-2002-03_2023-24.csv")


def quarters_ending_june_2019(count=20):
    """Financial (year, quarter) keys, oldest first, ending 2019/20 Q1 (April-June 2019)."""
    keys = []
    year, quarter = 2019, 1
    for _ in range(count):
        keys.append((f"{year}/{str(year + 1)[2:]}", str(quarter)))
        quarter -= 1
        if quarter == 0:
            quarter, year = 4, year - 1
    return list(reversed(keys))


def robbery_by_quarter(force=None):
    totals = {}
    forces = set()
    with open(os.path.normpath(DATA), newline="") as f:
        for row in csv.DictReader(f):
            if row["Offence Group"] != "Robbery":
                continue
            if force is not None and row["Force Name"] != force:
                continue
            forces.add(row["Force Name"])
            key = (row["Financial Year"], row["Financial Quarter"])
            totals[key] = totals.get(key, 0) + int(row["Number of Offences"])
    return totals, forces


def design(n, s):
    """Season-level indicators (s columns) then the trend t/n, t = 1..n (scaled for BFGS): no intercept."""
    x = np.zeros((n, s + 1))
    for i in range(n):
        x[i, i % s] = 1.0
        x[i, s] = (i + 1.0) / n
    return x


def fit(y, s):
    y = np.asarray(y, dtype=float)
    n = len(y)
    x = design(n, s)
    total = y.sum()

    def nll(b):
        eta = x @ b
        return (np.exp(eta).sum() - y @ eta) / total

    def grad(b):
        return x.T @ (np.exp(x @ b) - y) / total

    def hess(b):
        return (x.T * np.exp(x @ b)) @ x / total

    start = np.zeros(s + 1)
    start[:s] = np.log(y.mean() + 1.0)
    first = minimize(nll, start, jac=grad, method="BFGS", options={"gtol": 1e-13, "maxiter": 100000})
    second = minimize(nll, np.zeros(s + 1), jac=grad, hess=hess, method="trust-exact",
                      options={"gtol": 1e-13, "maxiter": 100000})
    b = first.x
    mu = np.exp(x @ b)
    mu2 = np.exp(x @ second.x)
    chi2 = float(((y - mu) ** 2 / mu).sum())
    chi2_second = float(((y - mu2) ** 2 / mu2).sum())
    score = x.T @ (y - mu)
    p = s + 1
    return {
        "n": n, "p": p, "df": n - p, "chi2": chi2, "phi": chi2 / (n - p), "trend": float(b[s]) / n,
        "mu": mu, "score_max_abs": float(np.abs(score).max()),
        "second_optimiser_phi_rel_diff": abs(chi2_second - chi2) / chi2,
        "bfgs_success": bool(first.success), "bfgs_message": first.message,
    }


def report(name, y, s):
    r = fit(y, s)
    print(f"# {name}: s = {s}, counts = {list(y)}")
    print(f"{name} n = {r['n']}, p = {r['p']}, df = {r['df']}")
    print(f"{name} pearson chi2 = {r['chi2']!r}")
    print(f"{name} phi = {r['phi']!r}")
    print(f"{name} trend per period (log) = {r['trend']!r}")
    print(f"{name} fitted first = {float(r['mu'][0])!r}, last = {float(r['mu'][-1])!r}")
    print(f"{name} check: max |score| = {r['score_max_abs']:.3g}, BFGS success = {r['bfgs_success']}, "
          f"trust-exact phi relative difference = {r['second_optimiser_phi_rel_diff']:.3g}")
    return r


def reduced_report(name, y, s, zero_season):
    """Limit of the fit when every count of one season is zero: that season's effect tends to -inf,
    its fitted means to 0 (contributing 0 to X^2); the other parameters are the fit of the remaining
    counts without that season's level. Degrees of freedom still n - p, as R's glm counts them."""
    y = np.asarray(y, dtype=float)
    n = len(y)
    keep = [i for i in range(n) if i % s != zero_season]
    x_full = design(n, s)
    cols = [j for j in range(s + 1) if j != zero_season]
    x = x_full[np.ix_(keep, cols)]
    yk = y[keep]
    total = yk.sum()

    def nll(b):
        eta = x @ b
        return (np.exp(eta).sum() - yk @ eta) / total

    def grad(b):
        return x.T @ (np.exp(x @ b) - yk) / total

    res = minimize(nll, np.zeros(len(cols)), jac=grad, method="BFGS", options={"gtol": 1e-13})
    mu = np.exp(x @ res.x)
    chi2 = float(((yk - mu) ** 2 / mu).sum())
    print(f"# {name}: s = {s}, season {zero_season} all zero (limit fit), counts = {list(map(int, y))}")
    print(f"{name} pearson chi2 = {chi2!r}")
    print(f"{name} phi = {chi2 / (n - s - 1)!r}  (df = {n - s - 1})")
    print(f"{name} check: max |score| = {np.abs(x.T @ (yk - mu)).max():.3g}")


def main():
    print(f"# dispersion_reference.py, run {datetime.date.today().isoformat()}, python {sys.version.split()[0]}, "
          f"numpy {np.__version__}, scipy {scipy.__version__}")
    keys = quarters_ending_june_2019()
    ew, forces = robbery_by_quarter()
    print(f"# England and Wales robbery: {len(forces)} forces summed; quarters {keys[0]} .. {keys[-1]}")
    report("E&W robbery 20q to Jun 2019", [ew[k] for k in keys], 4)
    lancs, _ = robbery_by_quarter("Lancashire")
    report("Lancashire robbery 20q to Jun 2019", [lancs[k] for k in keys], 4)

    # Synthetic series, literal here and in the Java test.
    report("monthly 36", [412, 380, 455, 430, 470, 498, 520, 505, 468, 440, 425, 460,
                          398, 371, 440, 452, 481, 470, 540, 530, 455, 431, 410, 470,
                          385, 360, 421, 415, 466, 490, 512, 488, 440, 420, 398, 445], 12)
    report("annual 8", [5210, 5034, 4890, 5120, 4702, 4650, 4380, 4415], 1)
    report("small quarterly with zeros 16", [3, 0, 1, 4, 2, 0, 0, 5, 1, 2, 0, 3, 0, 1, 2, 6], 4)
    report("under-dispersed quarterly 12", [100, 120, 90, 110, 101, 121, 91, 111, 102, 122, 92, 112], 4)
    reduced_report("quarterly with season 1 all zero 16", [4, 0, 2, 7, 3, 0, 1, 5, 6, 0, 2, 9, 2, 0, 3, 4], 4, 1)
    reduced_report("quarterly with season 0 all zero 16", [0, 3, 2, 7, 0, 4, 1, 5, 0, 6, 2, 9, 0, 1, 3, 4], 4, 0)


if __name__ == "__main__":
    main()
