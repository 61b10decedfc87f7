#!/usr/bin/env python3
"""The pandas baseline of scripts/bench-vs-pandas: Erqi's evaluation of a CSV plan, written the way an analyst
would write it with pandas (vectorised, float64), on the same files.

Usage: scripts/pandas_baseline.py DATA_DIR --as-of 2025-06-30 --out statuses.csv

It loads targets.csv and observations.csv, applies the revision in force, picks the actual (flows chained from
the period's start, the latest level for stocks and rates, figures with a comparability note set aside), checks
the requirement honouring approximations (tolerance 5%), computes completion, expected progress at the data's date
(the end of the latest figure; days counted inclusively), gap closed and pace ratio (e / p for caps), decides the
status with the thresholds 1.1 / 0.95 / 0.8 (a band judged inside or outside, a cap projected past its limit never
on track, an ended flow with a figure for part of the period incompleteData unless the figure proves the verdict),
and writes target_id,status,completion,pace_ratio. It mirrors Sources/ErqiCore/Evaluation/Evaluator.swift for
the features the generated plans use (no trajectories, no quality column, no milestones, plain decimal values).

Timings go to standard error as `pandas-phase: NAME SECONDS`.
"""

import argparse
import sys
import time

import numpy as np
import pandas as pd

EPOCH = np.datetime64("1970-01-01", "D")
TOLERANCE = 0.05
AHEAD, ON_TRACK, AT_RISK = 1.1, 0.95, 0.8
APPROX_CODES = {"exact": 0, "moreThan": 1, "nearly": 2, "about": 3}
APPROX_NAMES = np.array(["exact", "moreThan", "nearly", "about"])


def day_number(text):
    return int((np.datetime64(text, "D") - EPOCH).astype(int))


def month_end(year, month):
    following = np.datetime64(f"{year + (month == 12):04d}-{month % 12 + 1:02d}-01", "D")
    return int((following - EPOCH).astype(int)) - 1


def parse_period(text):
    """(first day, last day) as day numbers, for Erqi's period forms."""
    text = text.strip()
    if ".." in text:
        first, last = text.split("..")
        return day_number(first), day_number(last)
    if len(text) == 4:
        year = int(text)
        return day_number(f"{year:04d}-01-01"), day_number(f"{year:04d}-12-31")
    if len(text) == 10:
        day = day_number(text)
        return day, day
    year, rest = int(text[:4]), text[5:]
    if rest[0] == "H":
        first_month, last_month = (1, 6) if rest == "H1" else (7, 12)
    elif rest[0] == "Q":
        quarter = int(rest[1])
        first_month, last_month = quarter * 3 - 2, quarter * 3
    elif len(rest) == 4:
        return day_number(f"{year:04d}-01-01"), day_number(f"{int(rest):04d}-12-31")
    else:
        first_month = last_month = int(rest)
    return day_number(f"{year:04d}-{first_month:02d}-01"), month_end(year, last_month)


def periods(column):
    """Vectorised: parse each distinct period text once, then map the codes."""
    categories = column.astype("category")
    parsed = np.array([parse_period(text) for text in categories.cat.categories], dtype=np.int64).reshape(-1, 2)
    codes = categories.cat.codes.to_numpy()
    return parsed[codes, 0], parsed[codes, 1]


def dates(column):
    values = pd.to_datetime(column, format="%Y-%m-%d")
    result = ((values - pd.Timestamp("1970-01-01")).dt.days).to_numpy(dtype="float64")
    return result  # NaN where empty


def approximation_codes(column):
    categories = column.astype("category")
    table = np.array([APPROX_CODES.get(name or "exact", 0) for name in categories.cat.categories] + [0])
    return table[categories.cat.codes.to_numpy()]  # code -1 (missing) picks the trailing 0


def load(folder):
    targets = pd.read_csv(
        f"{folder}/targets.csv",
        dtype={
            "plan": str, "theme": str, "id": str, "indicator": str, "unit": str, "direction": str, "kind": str,
            "period": str, "deadline": str, "comparator": str, "requirement": "float64", "upper": "float64",
            "baseline": "float64", "effective_on": str,
        },
        usecols=[
            "plan", "theme", "id", "indicator", "unit", "direction", "kind", "period", "deadline", "comparator",
            "requirement", "upper", "baseline", "effective_on",
        ],
        keep_default_na=False, na_values={"requirement": [""], "upper": [""], "baseline": [""]},
    )
    observations = pd.read_csv(
        f"{folder}/observations.csv",
        dtype={"indicator": str, "period": "category", "value": "float64", "approximation": "category",
               "comparability_note": str},
        usecols=["indicator", "period", "value", "approximation", "comparability_note"],
        keep_default_na=False, na_values={"value": [""]},
    )
    return targets, observations


def evaluate(targets, observations, as_of):
    # --- Targets, indicators and the requirement in force.
    revision_rows = targets["effective_on"] != ""
    defined = targets[~revision_rows].reset_index(drop=True)
    revisions = targets[revision_rows]
    indicators = targets[targets["unit"] != ""].drop_duplicates("indicator").set_index("indicator")
    kind = indicators["kind"].replace("", "flow").reindex(defined["indicator"]).to_numpy()
    direction = indicators["direction"].replace("", "higherIsBetter").reindex(defined["indicator"]).to_numpy()

    default_comparator = np.where(direction == "lowerIsBetter", "atMost", "atLeast")
    comparator = np.where(defined["comparator"] != "", defined["comparator"], default_comparator)
    value = defined["requirement"].to_numpy().copy()
    upper = defined["upper"].to_numpy().copy()
    revisions = revisions[dates(revisions["effective_on"]) <= as_of]
    if len(revisions):
        latest = revisions.drop_duplicates("id", keep="last").set_index("id")
        position = pd.Index(defined["id"]).get_indexer(latest.index)
        rev_direction = direction[position]
        rev_default = np.where(rev_direction == "lowerIsBetter", "atMost", "atLeast")
        comparator[position] = np.where(latest["comparator"] != "", latest["comparator"], rev_default)
        value[position] = latest["requirement"].to_numpy()
        upper[position] = latest["upper"].to_numpy()
    baseline = defined["baseline"].fillna(0.0).to_numpy()
    start, end = periods(defined["period"])
    deadline = dates(defined["deadline"].replace("", None))
    due = np.where(np.isnan(deadline), end, deadline).astype(np.int64)
    count = len(defined)

    # --- Observations of each target's indicator in its period, known by the as-of day.
    obs_start, obs_end = periods(observations["period"])
    # Targets per indicator: the generated plans have one, the general case merges.
    target_of = pd.DataFrame({"indicator": defined["indicator"], "target": np.arange(count)})
    obs = pd.DataFrame({
        "indicator": observations["indicator"], "start": obs_start, "end": obs_end,
        "value": observations["value"].to_numpy(),
        "approx": approximation_codes(observations["approximation"]),
        "note": observations["comparability_note"] != "",
        "row": np.arange(len(observations)),
    })
    if target_of["indicator"].is_unique:
        obs["target"] = pd.Index(defined["indicator"]).get_indexer(observations["indicator"])
        obs = obs[obs["target"] >= 0]
    else:
        obs = obs.merge(target_of, on="indicator")
    t = obs["target"].to_numpy()
    inside = (obs["start"].to_numpy() >= start[t]) & (obs["end"].to_numpy() <= end[t]) & (obs["end"].to_numpy() <= as_of)
    obs = obs[inside]
    not_comparable = np.bincount(obs.loc[obs["note"], "target"], minlength=count)
    obs = obs[~obs["note"]]

    actual = np.full(count, np.nan)
    approximation = np.zeros(count, dtype=np.int64)
    data_date = np.full(count, np.nan)  # the day the actual describes: the end of the chain or of the level

    # Flows: chain from the period's start, at each step the figure starting there that ends latest.
    is_flow = kind[obs["target"].to_numpy()] == "flow"
    flows = obs[is_flow].sort_values(["target", "start", "end", "row"], ascending=[True, True, False, True])
    flows = flows.drop_duplicates(["target", "start"]).set_index(["target", "start"])
    flow_targets = np.flatnonzero(kind == "flow")
    cursor = start[flow_targets].copy()
    total = np.zeros(len(flow_targets))
    combined = np.full(len(flow_targets), -1, dtype=np.int64)
    active = np.ones(len(flow_targets), dtype=bool)
    while active.any():
        index = pd.MultiIndex.from_arrays([flow_targets[active], cursor[active]])
        hit = flows.reindex(index)
        found = hit["end"].notna().to_numpy()
        where = np.flatnonzero(active)
        hits = where[found]
        total[hits] += hit["value"].to_numpy()[found]
        new = hit["approx"].to_numpy()[found].astype(np.int64)
        old = combined[hits]
        combined[hits] = np.where(
            old < 0, new, np.where((old == new) | (new == 0), old, np.where(old == 0, new, 3)))
        cursor[hits] = hit["end"].to_numpy()[found].astype(np.int64) + 1
        active[where[~found]] = False
    chained = combined >= 0
    actual[flow_targets[chained]] = total[chained]
    approximation[flow_targets[chained]] = combined[chained]
    data_date[flow_targets[chained]] = cursor[chained] - 1

    # Stocks and rates: the level that ends latest (the first in file order among equals).
    levels = obs[~is_flow].sort_values(["target", "end", "row"], ascending=[True, False, True])
    levels = levels.drop_duplicates("target")
    level_targets = levels["target"].to_numpy()
    actual[level_targets] = levels["value"].to_numpy()
    approximation[level_targets] = levels["approx"].to_numpy()
    data_date[level_targets] = levels["end"].to_numpy()

    # --- The requirement check, honouring approximation.
    a = actual
    spread = np.abs(a) * TOLERANCE
    lower = np.where((approximation == 2) | (approximation == 3), a - spread, a)
    upper_end = np.where((approximation == 1) | (approximation == 3), a + spread, a)
    lower_closed = approximation != 1
    upper_closed = approximation != 2
    band_upper = np.where(np.isnan(upper), value, upper)
    conditions = {
        "atLeast": (lower >= value, (upper_end < value) | ((upper_end == value) & ~upper_closed)),
        "greaterThan": ((lower > value) | ((lower == value) & ~lower_closed), upper_end <= value),
        "atMost": (upper_end <= value, (lower > value) | ((lower == value) & ~lower_closed)),
        "lessThan": ((upper_end < value) | ((upper_end == value) & ~upper_closed), lower >= value),
        "exactly": (
            (lower == value) & (upper_end == value),
            ~(((value > lower) | ((value == lower) & lower_closed)) & ((value < upper_end) | ((value == upper_end) & upper_closed))),
        ),
        "between": (
            (lower >= value) & (upper_end <= band_upper),
            (upper_end < value) | ((upper_end == value) & ~upper_closed) | (lower > band_upper)
            | ((lower == band_upper) & ~lower_closed),
        ),
    }
    holds = np.zeros(count, dtype=bool)
    fails = np.zeros(count, dtype=bool)
    for name, (all_, none_) in conditions.items():
        mask = comparator == name
        holds |= mask & all_
        fails |= mask & ~all_ & none_

    # --- Figures: aim, gap closed, expected progress at the data's date, pace ratio, completion.
    band = comparator == "between"
    aim = np.where(band & (a > band_upper), band_upper, value)
    # Pace is judged at the data's date (the end of the latest figure), not at the as-of day.
    judged_on = np.fmin(data_date, as_of)
    with np.errstate(divide="ignore", invalid="ignore"):
        gap = np.where(aim != baseline, (a - baseline) / (aim - baseline), np.nan)
        expected = np.where(judged_on < start, 0.0, (judged_on - start + 1) / (due - start + 1))
        cap = np.isin(comparator, ["atMost", "lessThan"]) & (value >= baseline)
        pace = np.where(cap, np.where(gap > 0, expected / gap, np.nan), gap / expected)
        pace = np.where(band | (expected == 0), np.nan, pace)  # a band has no pace; nothing expected yet, none
        at_least = np.isin(comparator, ["atLeast", "greaterThan"])
        completion = np.where(at_least & (baseline == 0) & (aim != 0), a / aim, np.nan)

    # --- Status.
    ended = as_of >= due
    rate = kind == "rate"
    by_check = np.where(holds, np.where(ended, "achieved", "onTrack"),
                        np.where(fails, np.where(ended, "missed", "offTrack"), "undetermined"))
    # Once the period has ended, a flow figure that covers part of it decides only what it proves: an at-least
    # target already reached, a cap (or a band's or an exact value's upper end) already exceeded.
    proves = ((at_least & holds) | (np.isin(comparator, ["atMost", "lessThan"]) & fails)
              | (np.isin(comparator, ["exactly", "between"]) & fails & (a > band_upper)))
    partial = ended & (kind == "flow") & (data_date < due) & ~proves
    by_check = np.where(partial, "incompleteData", by_check)
    by_pace = np.select(
        [pace >= AHEAD, pace >= ON_TRACK, pace >= AT_RISK, ~np.isnan(pace), cap & (gap <= 0)],
        ["ahead", "onTrack", "atRisk", "offTrack", "ahead"], default="undetermined")
    # A cap projected past its limit is at risk or off track, never on track or ahead.
    # For a cap, e / p = (T - b) / (projection - b): the projection passes the limit exactly when the ratio is < 1.
    by_pace = np.where(cap & ~np.isnan(pace) & (pace < 1) & np.isin(by_pace, ["ahead", "onTrack"]),
                       "atRisk", by_pace)
    status = np.select(
        [as_of < start, np.isnan(a) & (not_comparable > 0), np.isnan(a), ended | rate | band],
        ["pending", "notComparable", "noData", by_check], default=by_pace)
    running = ~(ended | rate | band) & ~np.isnan(a) & ~(as_of < start)
    return pd.DataFrame({
        "target_id": defined["id"],
        "status": status,
        "completion": completion,
        "pace_ratio": np.where(running, pace, np.nan),
    })


def main(arguments=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--as-of", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(arguments)
    as_of = day_number(args.as_of)
    clock = time.perf_counter()
    targets, observations = load(args.folder)
    loaded = time.perf_counter()
    result = evaluate(targets, observations, as_of)
    evaluated = time.perf_counter()
    result.to_csv(args.out, index=False)
    written = time.perf_counter()
    print(f"pandas-phase: load {loaded - clock:.3f}", file=sys.stderr)
    print(f"pandas-phase: evaluate {evaluated - loaded:.3f}", file=sys.stderr)
    print(f"pandas-phase: write {written - evaluated:.3f}", file=sys.stderr)
    print(f"pandas-phase: total {written - clock:.3f}", file=sys.stderr)
    print(f"pandas: {len(result)} targets, {len(observations)} observations", file=sys.stderr)


if __name__ == "__main__":
    main()
