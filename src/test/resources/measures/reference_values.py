#!/usr/bin/env python3
"""Independent reference values for the tests of uk.org.ncpm.measures (Judgement, FigureBuilder).

Shares no code with the Java implementation (which calls Apache Commons Statistics through
uk.org.ncpm.stats): Poisson and binomial probabilities are explicit finite sums, in exact rational
arithmetic (fractions.Fraction) where the answer is rational and in 50-digit arithmetic (mpmath.mpf
as a big float) otherwise; interval limits are found by bisection on those sums. Same method as
src/test/resources/stats/reference_values.py, written again here so that each file stands alone.

Run from the repository root:
    python3 src/test/resources/measures/reference_values.py > src/test/resources/measures/reference_values.txt
(python3 3.11, mpmath 1.3.0; no scipy)
"""
from fractions import Fraction
from math import comb
import mpmath
from mpmath import mpf

mpmath.mp.dps = 50


def poisson_cdf(k, mu):
    """P(X <= k), X ~ Poisson(mu): sum of e^-mu mu^i / i! for i = 0..k."""
    if k < 0:
        return mpf(0)
    mu = mpf(mu)
    term = mpmath.exp(-mu)
    total = term
    for i in range(1, k + 1):
        term = term * mu / i
        total += term
    return total


def bisect(f, lo, hi, iterations=200):
    lo, hi = mpf(lo), mpf(hi)
    flo = f(lo)
    for _ in range(iterations):
        mid = (lo + hi) / 2
        fm = f(mid)
        if (fm > 0) == (flo > 0):
            lo, flo = mid, fm
        else:
            hi = mid
    return (lo + hi) / 2


def garwood95(x):
    """Exact 95% Poisson interval: P(X >= x | L) = 0.025 and P(X <= x | U) = 0.025."""
    a = mpf(25) / 1000
    lower = mpf(0) if x == 0 else bisect(lambda m: (1 - poisson_cdf(x - 1, m)) - a, 0, x)
    upper = bisect(lambda m: poisson_cdf(x, m) - a, x, x + 20 * mpmath.sqrt(x) + 20)
    return lower, upper


def doubled_tail_p(k, n, p):
    """Two-sided p of the conditional test: the smaller exact binomial tail doubled, capped at 1."""
    below = sum(comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(0, k + 1))
    above = sum(comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(k, n + 1))
    return min(Fraction(1), 2 * min(below, above))


def show(label, value, digits=15):
    print(f"{label} = {mpmath.nstr(mpf(value), digits)}")


def show_fraction(label, f):
    show(label, mpf(f.numerator) / f.denominator)


print("# Garwood exact 95% intervals")
for x in (12, 14, 1558):
    lo, up = garwood95(x)
    show(f"garwood x={x} lower", lo)
    show(f"garwood x={x} upper", up)

print("# Rate: 14 homicides, population 567,700 (Cleveland, ONS mid-2018), per million")
lo, up = garwood95(14)
scale = mpf(10) ** 6 / 567700
show("rate 14/567700 per million estimate", 14 * scale)
show("rate 14/567700 per million lower", lo * scale)
show("rate 14/567700 per million upper", up * scale)

print("# Conditional test, 5 current vs 15 baseline, equal exposure: X ~ Bin(20, 1/2)")
p = doubled_tail_p(5, 20, Fraction(1, 2))
print(f"p two-sided doubled 5 of 20 exact = {p}")
show_fraction("p two-sided doubled 5 of 20", p)

print("# Conditional test, 30 current vs 20 baseline, equal exposure: X ~ Bin(50, 1/2)")
show_fraction("p two-sided doubled 30 of 50 at 1/2", doubled_tail_p(30, 50, Fraction(1, 2)))

print("# Same counts, exposures 1,000,000 (current) and 1,500,000 (baseline): X ~ Bin(50, 2/5)")
show_fraction("p two-sided doubled 30 of 50 at 2/5", doubled_tail_p(30, 50, Fraction(1000000, 2500000)))

print("# Conditional test, national like-for-like 1558 current vs 1640 baseline, equal exposure")
show_fraction("p two-sided doubled 1558 of 3198 at 1/2", doubled_tail_p(1558, 3198, Fraction(1, 2)))

print("# Survey: 60 [58, 62] against baseline 65 [63, 67]; se = half-width / 1.96, normal two-sided p")
se = (mpf(62) - 58) / (2 * mpf("1.96"))
z = (mpf(60) - 65) / mpmath.sqrt(2 * se ** 2)
show("survey z", z)
show("survey p", mpmath.erfc(abs(z) / mpmath.sqrt(2)))
