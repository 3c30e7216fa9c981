#!/usr/bin/env python3
"""Reference values for FunnelPlotTest, independent of the Java code (scipy, not Commons Statistics).

Run from the repository root (python3 3.11, scipy 1.17.1):
    python3 src/test/resources/measures/funnel_reference.py > src/test/resources/measures/funnel_reference.txt

Funnel limits: Spiegelhalter (2005) interpolated Poisson quantiles, y_p = r - (F(r) - p) / (F(r) - F(r - 1)),
widened as E + sqrt(phi) (y_p - E). Over-dispersion: z = (O - E) / sqrt(E), winsorised at 10% (k = floor(0.1 n)),
phi = mean of squares, p = chi-squared(n - 1) survival of n phi.
"""
import math
from scipy.stats import chi2, poisson


def quantile(mu, p):
    r = int(poisson.ppf(p, mu))
    f = poisson.cdf(r, mu)
    below = poisson.cdf(r - 1, mu) if r > 0 else 0.0
    return r - (f - p) / (f - below)


def adjustment(observed, expected):
    z = [(o - e) / math.sqrt(e) for o, e in zip(observed, expected)]
    k = int(math.floor(0.1 * len(z)))
    s = sorted(z)
    low, high = s[k], s[len(z) - 1 - k]
    w = [min(max(x, low), high) for x in z]
    phi = sum(x * x for x in w) / len(z)
    return phi, chi2.sf(len(z) * phi, len(z) - 1)


print("# Ten forces around 10 per 1,000: small (50,000 residents, 545), large (1,000,000, 10,400), 8 of 200,000")
observed = [545, 10400, 1955, 1978, 2000, 2022, 2045, 1990, 2010, 1967]
expected = [500, 10000] + [2000] * 8
phi, p = adjustment(observed, expected)
print("ten forces phi =", phi, "p =", p)
for name, e in (("small", 500), ("large", 10000)):
    print(name, "limits (counts) 0.1% 2.5% 97.5% 99.9% =", [float(quantile(e, q)) for q in (0.001, 0.025, 0.975, 0.999)])
print("# Three forces of 100,000 around 10 per 1,000: 1,100, 900, 1,000 (no winsorising below ten units)")
phi, p = adjustment([1100, 900, 1000], [1000] * 3)
print("three forces phi =", phi, "p =", p, "(exactly 20/3 and exp(-10) =", math.exp(-10), ")")
print("1,000 expected, Poisson limits =", [float(quantile(1000, q)) for q in (0.001, 0.025, 0.975, 0.999)])
print("1,000 expected, widened limits =", [float(1000 + math.sqrt(phi) * (quantile(1000, q) - 1000)) for q in (0.001, 0.025, 0.975, 0.999)])
print("# The same three forces: phi = 20/3 > 4, so additive random effects on the log rate (tau^2 by DerSimonian-Laird,")
print("# Spiegelhalter 2005): z = ln(O/E) sqrt(E), tau^2 = max(0, (n phi_log - (n - 1)) / (sum E - sum E^2 / sum E)),")
print("# rate limits theta exp(z_p sqrt(1/E + tau^2)), theta = 10 per 1,000, E = 1,000")
from scipy.stats import norm
zl = [math.log(o / 1000) * math.sqrt(1000) for o in (1100, 900, 1000)]
phil = sum(x * x for x in zl) / 3
tau2 = max(0.0, (3 * phil - 2) / (3000 - 3 * 1000 ** 2 / 3000))
print("three forces log-scale phi =", phil, "tau^2 =", tau2, "tau =", math.sqrt(tau2))
print("additive rate limits 0.1% 2.5% 97.5% 99.9% =", [float(10 * math.exp(norm.ppf(q) * math.sqrt(1 / 1000 + tau2))) for q in (0.001, 0.025, 0.975, 0.999)])
print("# Three forces of 100,000: 1,060, 940, 1,000: phi = 2.4 (z = +-60/sqrt(1000)), p = exp(-3.6): multiplicative")
phi, p = adjustment([1060, 940, 1000], [1000] * 3)
print("three forces phi =", phi, "p =", p, "(exp(-3.6) =", math.exp(-3.6), ")")
print("1,000 expected, widened limits =", [float(1000 + math.sqrt(phi) * (quantile(1000, q) - 1000)) for q in (0.001, 0.025, 0.975, 0.999)])
