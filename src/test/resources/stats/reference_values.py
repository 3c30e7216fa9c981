#!/usr/bin/env python3
"""Independent reference values for the tests of uk.org.ncpm.stats.

Shares no code with the Java implementation (which calls Apache Commons Statistics): every
probability here is an explicit finite sum evaluated in 50-digit arithmetic (mpmath.mpf used only
as a big-float type), and every quantile or interval bound is found by bisection on those sums.
Exact rational arithmetic (fractions.Fraction) where the answer is rational.

Run from the repository root:
    python3 src/test/resources/stats/reference_values.py > src/test/resources/stats/reference_values.txt
(python3 3.11, mpmath 1.3.0; no scipy)
"""
from fractions import Fraction
from math import comb, erfc, sqrt, floor
import mpmath
from mpmath import mpf

mpmath.mp.dps = 50


def poisson_cdf(k, mu):
    """P(X <= k), X ~ Poisson(mu): sum of e^-mu mu^i / i! for i = 0..k (0 when k < 0)."""
    if k < 0:
        return mpf(0)
    mu = mpf(mu)
    term = mpmath.exp(-mu)
    total = term
    for i in range(1, k + 1):
        term = term * mu / i
        total += term
    return total


def binomial_cdf(k, n, p):
    """P(X <= k), X ~ Binomial(n, p): explicit sum of C(n,i) p^i (1-p)^(n-i)."""
    p = mpf(p)
    return sum(comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(0, k + 1))


def bisect(f, lo, hi, iterations=200):
    """Root of an increasing-or-decreasing f on [lo, hi] with a sign change."""
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


def garwood(x, confidence):
    """Exact Poisson interval: P(X >= x | L) = a/2 and P(X <= x | U) = a/2."""
    a = (1 - mpf(confidence)) / 2
    lower = mpf(0) if x == 0 else bisect(lambda m: (1 - poisson_cdf(x - 1, m)) - a, 0, x)
    upper = bisect(lambda m: poisson_cdf(x, m) - a, x, x + 20 * sqrt(x) + 20)
    return lower, upper


def clopper_pearson(k, n, confidence):
    """P(X >= k | pL) = a/2 and P(X <= k | pU) = a/2."""
    a = (1 - mpf(confidence)) / 2
    lower = mpf(0) if k == 0 else bisect(lambda p: (1 - binomial_cdf(k - 1, n, p)) - a, 0, 1)
    upper = mpf(1) if k == n else bisect(lambda p: binomial_cdf(k, n, p) - a, 0, 1)
    return lower, upper


def doubled_tail_p(k, n, p):
    """Two-sided p by doubling the smaller exact tail, capped at 1 (exact rational when p is)."""
    below = sum(comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(0, k + 1))
    above = sum(comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(k, n + 1))
    return min(Fraction(1), 2 * min(below, above))


def spiegelhalter_quantile(prob, mu):
    """Spiegelhalter (2005) interpolated Poisson quantile: r - (F(r) - prob)/(F(r) - F(r-1)),
    r the smallest integer with F(r) >= prob."""
    prob = mpf(prob)
    r = 0
    while poisson_cdf(r, mu) < prob:
        r += 1
    f_r, f_before = poisson_cdf(r, mu), poisson_cdf(r - 1, mu)
    return r - (f_r - prob) / (f_r - f_before)


def show(label, value, digits=15):
    print(f"{label} = {mpmath.nstr(mpf(value), digits)}")


print("# Garwood exact Poisson intervals (counts)")
for x, conf in [(0, 0.95), (1, 0.95), (10, 0.95), (1000, 0.95), (10, 0.90), (3, 0.998)]:
    lo, up = garwood(x, mpf(conf) if conf != 0.998 else mpf(998) / 1000)
    show(f"garwood x={x} conf={conf} lower", lo)
    show(f"garwood x={x} conf={conf} upper", up)

print("# Rate: 10 homicides, population 1,234,567, per million")
lo, up = garwood(10, 0.95)
scale = mpf(10) ** 6 / 1234567
show("rate 10/1234567 per million estimate", 10 * scale)
show("rate 10/1234567 per million lower", lo * scale)
show("rate 10/1234567 per million upper", up * scale)

print("# Conditional test, 40 current vs 60 baseline, equal exposure: X ~ Bin(100, 1/2)")
p = doubled_tail_p(40, 100, Fraction(1, 2))
show("p two-sided doubled 40 of 100", mpf(p.numerator) / p.denominator)
lo, up = clopper_pearson(40, 100, 0.95)
show("clopper-pearson 40/100 lower", lo)
show("clopper-pearson 40/100 upper", up)
show("rate ratio 40 vs 60 lower", lo / (1 - lo))
show("rate ratio 40 vs 60 upper", up / (1 - up))

print("# Conditional test, 25 current (exposure 1,050,000) vs 12 baseline (exposure 1,000,000)")
p0 = Fraction(1050000, 2050000)
p = doubled_tail_p(25, 37, p0)
show("p two-sided doubled 25 of 37 at 105/205", mpf(p.numerator) / p.denominator)
below_or_as_likely = [comb(37, i) * p0 ** i * (1 - p0) ** (37 - i) for i in range(38)]
p_ml = sum(q for q in below_or_as_likely if q <= below_or_as_likely[25])
show("(not implemented) minimum-likelihood two-sided p 25 of 37 at 105/205", mpf(p_ml.numerator) / p_ml.denominator)
lo, up = clopper_pearson(25, 37, 0.95)
ratio = lambda q: q / (1 - q) * mpf(1000000) / 1050000
show("rate ratio 25 vs 12 estimate", mpf(25) / 1050000 / (mpf(12) / 1000000))
show("rate ratio 25 vs 12 lower", ratio(lo))
show("rate ratio 25 vs 12 upper", ratio(up))

print("# Conditional test, 0 current vs 5 baseline and 0 vs 6, equal exposure")
for c0 in (5, 6):
    p = doubled_tail_p(0, c0, Fraction(1, 2))
    show(f"p two-sided doubled 0 of {c0}", mpf(p.numerator) / p.denominator)
lo, up = clopper_pearson(0, 6, 0.95)
show("rate ratio 0 vs 6 upper", up / (1 - up))

print("# Funnel limits (Spiegelhalter interpolation), target 12 per million")
theta = mpf(12) / 10 ** 6
for name, exposure in [("small 250,000", 250000), ("large 9,000,000", 9000000)]:
    mu = theta * exposure
    show(f"funnel {name} expected", mu)
    for prob in ("0.001", "0.025", "0.975", "0.999"):
        q = spiegelhalter_quantile(mpf(prob), mu)
        show(f"funnel {name} count quantile {prob}", q)
        show(f"funnel {name} rate per million {prob}", max(q, 0) / exposure * 10 ** 6)

def overdispersion(label, observed, exposure):
    """Pearson z = (O - E)/sqrt(E), E = pooled rate x exposure; phi = mean z^2 after 10% winsorising
    (k = floor(0.1 n) lowest set to the (k+1)-th lowest, k highest to the (k+1)-th highest);
    chi-squared test of n phi on n - 1 degrees of freedom (upper tail, regularised incomplete gamma)."""
    print(f"# Over-dispersion, {label}: observed {observed}, exposure {exposure}")
    theta = mpf(sum(observed)) / sum(exposure)
    show(f"{label} pooled rate", theta)
    z = [(o - theta * e) / mpmath.sqrt(theta * e) for o, e in zip(observed, exposure)]
    for i, zi in enumerate(z):
        show(f"{label} z[{i}]", zi)
    n = len(z)
    show(f"{label} phi unwinsorised", sum(zi ** 2 for zi in z) / n)
    k = floor(n * 0.1)
    ordered = sorted(z)
    low, high = ordered[k], ordered[n - 1 - k]
    winsorised = [min(max(zi, low), high) for zi in z]
    phi = sum(zi ** 2 for zi in winsorised) / n
    show(f"{label} phi winsorised 10%", phi)
    show(f"{label} chi-squared p of n*phi on n-1 df",
         1 - mpmath.gammainc(mpf(n - 1) / 2, 0, n * phi / 2, regularized=True))
    mu = theta * exposure[0]
    q = spiegelhalter_quantile(mpf("0.975"), mu)
    show(f"{label} expected count of unit 0", mu)
    show(f"{label} upper 97.5% count of unit 0", q)
    show(f"{label} upper 97.5% count of unit 0 widened by sqrt(phi)", mu + mpmath.sqrt(phi) * (q - mu))


overdispersion("spread", [30, 55, 80, 20, 120, 45, 60, 95, 15, 70],
               [100000, 150000, 200000, 90000, 250000, 160000, 140000, 210000, 70000, 180000])
overdispersion("mild", [45, 48, 87, 27, 107, 52, 62, 69, 33, 60],
               [100000, 150000, 200000, 90000, 250000, 160000, 140000, 210000, 70000, 180000])

print("# Survey comparison (normal approximation), p = erfc(|z|/sqrt 2)")
for label, v0, l0, u0, v1, l1, u1 in [("fall", 2000, 1900, 2100, 1800, 1700, 1900),
                                      ("overlap but significant", 100, 90, 110, 116, 106, 126),
                                      ("not significant", 100, 90, 110, 113, 103, 123)]:
    se0, se1 = (u0 - l0) / (2 * 1.96), (u1 - l1) / (2 * 1.96)
    zz = (v1 - v0) / sqrt(se0 ** 2 + se1 ** 2)
    print(f"survey {label} z = {zz!r}")
    print(f"survey {label} p = {erfc(abs(zz) / sqrt(2))!r}")

print("# Large counts (a large force's neighbourhood crime): the same explicit sums, truncated to the")
print("# window of 60 standard deviations below k (terms outside it are below e^-1000 of the total),")
print("# the first term from mpmath.loggamma, the rest by the usual ratio recursion.")


def poisson_cdf_window(k, mu):
    mu = mpf(mu)
    lo = max(0, k - int(60 * sqrt(max(k, 1))) - 100)
    term = mpmath.exp(-mu + lo * mpmath.log(mu) - mpmath.loggamma(lo + 1))
    total = term
    for i in range(lo + 1, k + 1):
        term = term * mu / i
        total += term
    return total


def binomial_cdf_window(k, n, p):
    p = mpf(p)
    lo = max(0, k - int(60 * sqrt(n * p * (1 - p))) - 100)
    term = mpmath.exp(mpmath.loggamma(n + 1) - mpmath.loggamma(lo + 1) - mpmath.loggamma(n - lo + 1)
                      + lo * mpmath.log(p) + (n - lo) * mpmath.log(1 - p))
    total = term
    for i in range(lo, k):
        term = term * (n - i) / (i + 1) * p / (1 - p)
        total += term
    return total


x = 250000
a = mpf("0.025")
lower = bisect(lambda m: (1 - poisson_cdf_window(x - 1, m)) - a, x - 10 * sqrt(x), x, 80)
upper = bisect(lambda m: poisson_cdf_window(x, m) - a, x, x + 10 * sqrt(x), 80)
show("garwood x=250000 conf=0.95 lower", lower)
show("garwood x=250000 conf=0.95 upper", upper)
c1, c0 = 240000, 250000
n = c1 + c0
show("p two-sided doubled 240000 of 490000", min(1, 2 * binomial_cdf_window(c1, n, mpf(1) / 2)))
lo = bisect(lambda p: (1 - binomial_cdf_window(c1 - 1, n, p)) - a, mpf("0.48"), mpf("0.50"), 80)
up = bisect(lambda p: binomial_cdf_window(c1, n, p) - a, mpf("0.48"), mpf("0.50"), 80)
show("rate ratio 240000 vs 250000 lower", lo / (1 - lo))
show("rate ratio 240000 vs 250000 upper", up / (1 - up))
