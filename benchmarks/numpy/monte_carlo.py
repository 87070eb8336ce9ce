#!/usr/bin/env python3
"""The Monte Carlo of MonteCarloBenchmarks in NumPy, as a careful NumPy user would write it.

Same work, on the numbers the library exports (`MuhanRubric.Probes export-model`): Dirichlet weights (alpha0 = 700)
around the nominal shares, one factor U(0.9, 1.1) per band indicator applied as value / factor against the nominal
edges, each indicator kept with p = 0.9 (a sample keeping none is drawn again), normalized totals rounded half away
from zero to the rubric's decimals, competition ranks ("1224"), then the streaming statistics the library keeps:
per-unit rank counts (median, P5, P95, mean, variance, P(top 5)), the totals' moments, and first-order indices from
per-class rank sums (fixed classes of each input's distribution, as the library's). Vectorised over chunks of
samples, so memory stays bounded; NumPy's own threads (BLAS) are left at their defaults.

usage: monte_carlo.py MODEL.json SAMPLES [REPEATS]   prints `numpy samples=N seconds=T` (median of the repeats)
"""
import json
import math
import statistics
import sys
import time

import numpy as np

CONCENTRATION, EDGE_FRACTION, KEEP, TOP = 700.0, 0.1, 0.9, 5


def run(model, samples, seed=2016, chunk=50_000):
    n, m = len(model["units"]), len(model["indicators"])
    w0 = np.array(model["weights"])
    total_weight = w0.sum()
    points = np.array(model["points"])      # m x n
    maxima = np.array(model["maxima"])      # m x n
    key_scale = 10.0 ** model["pointsDecimals"]
    rubric_max = model["rubricMaximum"]
    classes = min(samples, max(10, min(50, int(math.sqrt(samples) / 2))))

    alpha = CONCENTRATION * w0 / total_weight
    z = np.array([statistics.NormalDist().inv_cdf(k / classes) for k in range(1, classes)])
    share_mean = alpha / CONCENTRATION
    share_sd = np.sqrt(share_mean * (1 - share_mean) / (CONCENTRATION + 1))
    bounds = share_mean[:, None] + share_sd[:, None] * z[None, :]

    bands = model["bands"]
    band_columns = [b["column"] for b in bands]
    nominal = points.copy()
    nominal[band_columns, :] = 0.0
    band_data = []
    for b in bands:
        raw = np.array([np.nan if r is None else r for r in b["raw"]])
        intervals = [(iv["band"], -np.inf if iv["lower"] is None else iv["lower"], iv["lowerInclusive"],
                      np.inf if iv["upper"] is None else iv["upper"], iv["upperInclusive"]) for iv in b["intervals"]]
        band_data.append((b["column"], raw, intervals, np.array(b["bandPoints"]), b["otherwise"]))

    inputs = [classes] * m + [classes] * len(bands) + [2] * m
    rank_counts = np.zeros(n * (n + 1), dtype=np.int64)
    key_sum = np.zeros(n, dtype=np.int64)
    key_squares = np.zeros(n, dtype=np.int64)
    class_counts = [np.zeros(c, dtype=np.int64) for c in inputs]
    class_rank_sums = [np.zeros(c * n) for c in inputs]
    rng = np.random.default_rng(seed)
    unit_offsets = np.arange(n)
    positions = np.arange(1, n + 1)

    for start in range(0, samples, chunk):
        s = min(chunk, samples - start)
        gamma = rng.standard_gamma(alpha, size=(s, m))
        shares = gamma / gamma.sum(axis=1, keepdims=True)
        weights = shares * total_weight
        u = rng.random((s, len(bands)))
        factors = 1 + EDGE_FRACTION * (2 * u - 1)
        included = rng.random((s, m)) < KEEP
        empty = ~included.any(axis=1)
        while empty.any():
            included[empty] = rng.random((empty.sum(), m)) < KEEP
            empty = ~included.any(axis=1)

        scale = np.where(included, weights / w0, 0.0)
        totals = scale @ nominal
        for column, raw, intervals, band_points, otherwise in band_data:
            value = raw[None, :] / factors[:, len([c for c in band_columns if c < column]), None]
            scored = np.full(value.shape, otherwise)
            for band, lo, lo_in, hi, hi_in in reversed(intervals):   # the first band that holds the value wins
                inside = ((value >= lo) if lo_in else (value > lo)) & ((value <= hi) if hi_in else (value < hi))
                scored = np.where(inside, band_points[band], scored)
            scored = np.where(np.isnan(raw)[None, :], points[column][None, :], scored)
            totals += scale[:, column, None] * scored
        maxs = scale @ maxima
        with np.errstate(divide="ignore", invalid="ignore"):
            keys = np.where(maxs > 0, np.floor(totals * rubric_max / maxs * key_scale * (1 + 1e-12) + 0.5), 0.0)

        order = np.argsort(-keys, axis=1, kind="stable")
        sorted_keys = np.take_along_axis(keys, order, axis=1)
        starts = np.ones(sorted_keys.shape, dtype=bool)
        starts[:, 1:] = sorted_keys[:, 1:] != sorted_keys[:, :-1]
        group_ranks = np.maximum.accumulate(np.where(starts, positions, 0), axis=1)
        ranks = np.empty_like(order)
        np.put_along_axis(ranks, order, group_ranks, axis=1)

        rank_counts += np.bincount((unit_offsets * (n + 1) + ranks).ravel(), minlength=n * (n + 1))
        int_keys = keys.astype(np.int64)
        key_sum += int_keys.sum(axis=0)
        key_squares += (int_keys * int_keys).sum(axis=0)
        weight_classes = np.stack([np.searchsorted(bounds[j], shares[:, j], side="right") for j in range(m)], axis=1)
        edge_classes = (u * classes).astype(np.int64)
        all_classes = np.concatenate([weight_classes, edge_classes, included.astype(np.int64)], axis=1)
        flat_ranks = ranks.ravel().astype(np.float64)
        for x, count in enumerate(inputs):
            cls = all_classes[:, x]
            class_counts[x] += np.bincount(cls, minlength=count)
            class_rank_sums[x] += np.bincount((cls[:, None] * n + unit_offsets).ravel(), weights=flat_ranks, minlength=count * n)

    return summarise(n, samples, rank_counts.reshape(n, n + 1), key_sum, key_squares, key_scale, class_counts, class_rank_sums)


def quantile(counts, p):
    """R6 on the sorted sample the counts describe (as MathNet's SortedArrayStatistics.QuantileCustom)."""
    total = counts.sum()
    cumulative = np.cumsum(counts)
    h = (total + 1) * p
    whole = int(h)
    at = lambda k: int(np.searchsorted(cumulative, min(max(k, 0), total - 1), side="right"))
    lower, upper = at(whole - 1), at(whole)
    return lower + (h - whole) * (upper - lower)


def summarise(n, samples, rank_counts, key_sum, key_squares, key_scale, class_counts, class_rank_sums):
    ranks = np.arange(n + 1)
    mean = (rank_counts * ranks).sum(axis=1) / samples
    variance = (rank_counts * (ranks[None, :] - mean[:, None]) ** 2).sum(axis=1) / samples
    units = [dict(median=quantile(c, 0.5), p5=quantile(c, 0.05), p95=quantile(c, 0.95), mean=mean[i], variance=variance[i],
                  top=c[1:TOP + 1].sum() / samples, total=key_sum[i] / samples / key_scale,
                  total_sd=math.sqrt(max(0, samples * int(key_squares[i]) - int(key_sum[i]) ** 2)) / samples / key_scale)
             for i, c in enumerate(rank_counts)]
    indices = []
    for counts, sums in zip(class_counts, class_rank_sums):
        sums = sums.reshape(len(counts), n)
        filled = counts > 0
        class_means = sums[filled] / counts[filled][:, None]
        between = (counts[filled][:, None] * (class_means - mean[None, :]) ** 2).sum(axis=0) / samples
        indices.append(between.sum() / variance.sum() if variance.sum() > 0 else 0.0)
    return units, indices


def main():
    model = json.load(open(sys.argv[1], encoding="utf-8"))
    samples = int(sys.argv[2])
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    run(model, min(samples, 10_000))  # warm up, as BenchmarkDotNet does for the library
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        units, indices = run(model, samples)
        times.append(time.perf_counter() - start)
    print(f"numpy samples={samples} seconds={statistics.median(times):.6f} repeats={repeats} "
          f"mean-rank-1={units[0]['mean']:.3f} index-max={max(indices):.4f}")


if __name__ == "__main__":
    main()
