#!/usr/bin/env python3
"""Independent reference values for the additive random-effects funnel limits (RandomEffectsVariance,
OverdispersionAdjustment.model(), FunnelLimits.additive) in uk.org.ncpm.stats.

Written from the formulas of Spiegelhalter (2005) Statistics in Medicine 24:1185-1202 and
Spiegelhalter (2005) Quality and Safety in Health Care 14:347-351 (DerSimonian-Laird moment
estimate of tau^2 from 10%-winsorised z-scores), on the log-rate scale of the NHS SHMI; shares no code
with the Java (which calls Apache Commons Statistics). numpy for arithmetic, scipy.stats for the normal
quantile and the chi-squared tail.

Run from the repository root:
    python3 src/test/resources/stats/random_effects_reference.py > src/test/resources/stats/random_effects_reference.txt
(python3 3.11, numpy 2.4.6, scipy 1.17.1)
"""
import numpy as np
from scipy import stats

Q = 0.10            # winsorising at each end (Spiegelhalter)
LARGE_PHI = 4.0     # above it: additive random effects


def winsorised_mean_square(z, q=Q):
    n = len(z)
    k = int(np.floor(q * n))
    s = np.sort(z)
    w = np.clip(z, s[k], s[n - 1 - k])
    return float(np.mean(w ** 2))


def analyse(name, observed, exposure, target):
    o = np.asarray(observed, dtype=float)
    e = np.asarray(exposure, dtype=float)
    n = len(o)
    expected = target * e
    # count scale: Pearson z, phi, chi-squared test on n - 1 df
    z = (o - expected) / np.sqrt(expected)
    phi = winsorised_mean_square(z)
    p = float(stats.chi2.sf(n * phi, n - 1))
    # log-rate scale: y = ln(O/E), s^2 = 1/E, z = y / s; O = 0 -> 0.5
    y = np.log(np.where(o == 0, 0.5, o) / expected)
    zl = y * np.sqrt(expected)
    phil = winsorised_mean_square(zl)
    w = expected
    tau2 = float(max(0.0, (n * phil - (n - 1)) / (w.sum() - (w ** 2).sum() / w.sum())))
    model = "NONE" if not (p < 0.05 and phi > 1) else ("ADDITIVE_RANDOM_EFFECTS" if phi > LARGE_PHI else "MULTIPLICATIVE")
    print(f"## {name}")
    print(f"target rate = {target!r}")
    print(f"count-scale phi = {phi!r}")
    print(f"chi-squared p = {p!r}")
    print(f"model = {model}")
    print(f"log-scale z = {[float(v) for v in zl]!r}")
    print(f"log-scale phi = {phil!r}")
    print(f"tau^2 = {tau2!r}")
    print(f"tau = {float(np.sqrt(tau2))!r}")
    zq = {pp: stats.norm.ppf(pp) for pp in (0.001, 0.025, 0.975, 0.999)}
    for i in range(n):
        sd = np.sqrt(1 / expected[i] + tau2)
        lim = {pp: float(target * np.exp(zq[pp] * sd)) for pp in zq}
        pos = ("WELL_ABOVE" if o[i] > expected[i] * np.exp(zq[0.999] * sd) else
               "WELL_BELOW" if o[i] < expected[i] * np.exp(zq[0.001] * sd) else
               "ABOVE" if o[i] > expected[i] * np.exp(zq[0.975] * sd) else
               "BELOW" if o[i] < expected[i] * np.exp(zq[0.025] * sd) else "WITHIN")
        print(f"unit {i}: O = {int(o[i])}, e = {float(e[i])!r}, rate = {float(o[i] / e[i])!r}, additive rate limits "
              f"99.8% [{lim[0.001]!r}, {lim[0.999]!r}] 95% [{lim[0.025]!r}, {lim[0.975]!r}], position {pos}")
    print()


# Twelve force-sized units: exposure = residents / 1,000, counts of a police.uk-like total crime with
# rates differing by tens of per cent (large over-dispersion). Target: the pooled rate.
crime_e = [1_500.0, 1_210.0, 640.0, 2_870.0, 1_050.0, 905.0, 1_710.0, 560.0, 1_120.0, 2_330.0, 780.0, 1_390.0]
crime_o = [121_300, 73_050, 41_200, 265_400, 60_150, 82_400, 98_700, 28_900, 71_800, 201_100, 55_300, 99_900]
analyse("large over-dispersion: crime counts", crime_o, crime_e, sum(crime_o) / sum(crime_e))

# The same exposures with small counts (homicide-like, per 1,000 residents): over-dispersion modest.
small_o = [25, 9, 4, 52, 8, 17, 14, 2, 12, 44, 3, 20]
analyse("modest over-dispersion: small counts", small_o, crime_e, sum(small_o) / sum(crime_e))

# A count of zero in a large-dispersion set: ln(0.5/E) in its place.
zero_o = [0, 310, 45, 900, 130, 75]
zero_e = [40.0, 300.0, 80.0, 600.0, 210.0, 50.0]
analyse("a zero count", zero_o, zero_e, sum(zero_o) / sum(zero_e))
