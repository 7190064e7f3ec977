"""Baseline for bench/stats.ts: the same `stats` fields for one date, in idiomatic vectorised
pandas, on the same data (a synthetic universe written by the TypeScript bench, and the
shipped S&P 500 file). Prints one JSON line with the timings in milliseconds.

Usage: stats_pandas.py DAYS_I32 CLOSES_F64 INSTRUMENTS GSPC_CSV
"""
import json
import sys
import time

import numpy as np
import pandas as pd


def last_true(mask):
    """Row position of the last True per column of a 2-D boolean array, -1 when none."""
    rows = mask.shape[0]
    if rows == 0:
        return np.full(mask.shape[1], -1)
    flipped = mask[::-1]
    pos = rows - 1 - flipped.argmax(axis=0)
    return np.where(flipped.any(axis=0), pos, -1)


def drawdown_state(values):
    """The drawdown state machine of docs/definitions.md, vectorised across columns."""
    cols = values.shape[1]
    state = np.zeros(cols, dtype=np.int8)
    peak = values[0].copy()
    trough = np.full(cols, np.nan)
    for close in values[1:]:
        bear = state == 2
        trough = np.where(bear & (close < trough), close, trough)
        recovered = bear & (close >= trough * 1.2)
        above = ~bear & (close > peak)
        depth = 1 - close / peak
        to_bear = ~bear & ~above & (depth >= 0.2)
        to_correction = (state == 0) & ~above & ~to_bear & (depth >= 0.1)
        peak = np.where(recovered | above, close, peak)
        state = np.where(recovered | (above & (state == 1)), 0, state)
        state = np.where(to_bear, 2, np.where(to_correction, 1, state))
        trough = np.where(to_bear, close, np.where(recovered, np.nan, trough))
    return state, peak


def stats_on(df, date):
    """Every `stats` field for `date` for each column of df (index: dates, columns: instruments)."""
    d = df.loc[:date]
    close = d.iloc[-1]
    prev = d.iloc[-2]
    out = {"close": close, "change": close - prev, "change_pct": (close / prev - 1) * 100}
    day = d.index[-1]
    starts = {
        "wtd": day - pd.Timedelta(days=day.weekday()),
        "mtd": day.replace(day=1),
        "qtd": day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1),
        "ytd": day.replace(month=1, day=1),
    }
    for name, start in starts.items():
        base = d.loc[: start - pd.Timedelta(days=1)]
        out[name] = (close / base.iloc[-1] - 1) * 100 if len(base) else None
    running_max = d.cummax()
    out["record_close"] = running_max.iloc[-1]
    out["record_date"] = d.idxmax()
    out["prior_record_close"] = running_max.iloc[-2]
    out["prior_record_date"] = d.iloc[:-1].idxmax()
    out["is_record"] = close > running_max.iloc[-2]
    records = d > running_max.shift(1)
    out["record_count_ytd"] = records.loc[starts["ytd"]:].sum()
    out["pct_from_record"] = (close / running_max.iloc[-1] - 1) * 100
    window = d.loc[day - pd.Timedelta(days=363):]
    out["high_52w"] = window.max()
    out["low_52w"] = window.min()
    out["drawdown_state"], out["drawdown_peak"] = drawdown_state(d.to_numpy())
    signs = np.sign(d.diff().to_numpy()[1:])
    run = np.cumprod(signs[::-1] == signs[-1], axis=0).sum(axis=0)
    out["streak_days"] = np.where(signs[-1] == 0, 0, run * signs[-1])
    moves = d.pct_change() * 100
    move = moves.iloc[-1].to_numpy()
    earlier = moves.iloc[:-1].to_numpy()
    mask = np.where(move > 0, earlier >= move, earlier <= move) & (move != 0)
    out["biggest_1d_since"] = last_true(mask)
    month_ends = d.resample("M").last()
    month_moves = month_ends.pct_change() * 100
    mtd = month_moves.iloc[-1].to_numpy()
    completed = month_moves.iloc[:-1].to_numpy()
    out["month_biggest_since"] = last_true(np.where(mtd > 0, completed >= mtd, completed <= mtd) & (mtd != 0))
    out["highest_since"] = last_true(d.iloc[:-1].to_numpy() >= close.to_numpy())
    out["lowest_since"] = last_true(d.iloc[:-1].to_numpy() <= close.to_numpy())
    out["ma_50"] = d.iloc[-50:].mean()
    out["ma_200"] = d.iloc[-200:].mean()
    return out


def best_of(repeat, run):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)[len(times) // 2]


def main():
    days_file, closes_file, instruments, gspc_csv = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    days = np.fromfile(days_file, dtype=np.int32)
    closes = np.fromfile(closes_file, dtype=np.float64).reshape(instruments, len(days))
    dates = pd.to_datetime(days, unit="D")
    universe = pd.DataFrame(closes.T, index=dates)
    date = dates[-1]
    universe_ms = best_of(3, lambda: stats_on(universe, date))
    check = stats_on(universe, date)
    agreement = {
        "records_ytd_sum": int(check["record_count_ytd"].sum()),
        "states": [int((check["drawdown_state"] == code).sum()) for code in (0, 1, 2)],
        "streak_sum": int(np.sum(check["streak_days"])),
    }
    spx = pd.read_csv(gspc_csv, usecols=["date", "close"], index_col="date", parse_dates=True)
    spx_date = spx.index[-1]
    spx_ms = best_of(5, lambda: stats_on(spx, spx_date))
    print(json.dumps({"pandas_version": pd.__version__, "universe_ms": universe_ms, "spx_ms": spx_ms, "agreement": agreement}))


if __name__ == "__main__":
    main()
