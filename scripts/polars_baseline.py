#!/usr/bin/env python3
"""The Polars peer of scripts/bench-vs-peers: exactly what scripts/pandas_baseline.py computes, written the way an
analyst would write it with Polars (lazy scans, joins, group-by aggregations and expressions; all cores, Polars'
default engine), on the same files.

Usage: scripts/polars_baseline.py DATA_DIR --as-of 2025-06-30 --out statuses.csv

The rules are those of pandas_baseline.py (and so of Sources/ErqiCore/Evaluation/Evaluator.swift for the features
the generated plans use): the revision in force (the last in-force row of the file for each target), the actual
(flows chained from the period's start, at each step the figure starting there that ends latest, the first in the
file among equals; the latest level for stocks and rates; figures with a comparability note set aside), the
requirement check honouring approximations (tolerance 5%), completion, expected progress at the data's date (days
counted inclusively), gap closed and pace ratio (e / p for caps), and the status with the thresholds
1.1 / 0.95 / 0.8. It writes target_id,status,completion,pace_ratio in the order of targets.csv.

The flow chain is walked one step at a time for all flow targets at once (a join per step; chains are as long as
the number of figures in a period, 12 at most in the generated plans), never row by row.

Timings go to standard error as `polars-phase: NAME SECONDS`.
"""

import argparse
import datetime
import sys
import time

import polars as pl

TOLERANCE = 0.05
AHEAD, ON_TRACK, AT_RISK = 1.1, 0.95, 0.8
APPROX_CODES = {"exact": 0, "moreThan": 1, "nearly": 2, "about": 3}
EPOCH = datetime.date(1970, 1, 1)


def day_number(text):
    return (datetime.date.fromisoformat(text) - EPOCH).days


def period_bounds(column):
    """(first day, last day) as day numbers, for Erqi's period forms: 2025, 2025-H1, 2025-Q3, 2025-03, 2025-2027,
    2025-03-31 and 2025-01-01..2025-03-31."""
    text = pl.col(column).str.strip_chars()
    length = text.str.len_chars()
    year = text.str.slice(0, 4).cast(pl.Int32, strict=False)
    rest = text.str.slice(5)
    tag = rest.str.slice(0, 1)
    number = rest.cast(pl.Int32, strict=False)  # a month, or the last year of a span of years
    quarter = rest.str.slice(1).cast(pl.Int32, strict=False)
    span_of_years = (tag != "H") & (tag != "Q") & (rest.str.len_chars() == 4)
    first_month = (
        pl.when(tag == "H").then(pl.when(rest == "H1").then(1).otherwise(7))
        .when(tag == "Q").then(quarter * 3 - 2)
        .when(span_of_years).then(1)
        .otherwise(number)
    )
    last_month = (
        pl.when(tag == "H").then(pl.when(rest == "H1").then(6).otherwise(12))
        .when(tag == "Q").then(quarter * 3)
        .when(span_of_years).then(12)
        .otherwise(number)
    )
    last_year = pl.when(span_of_years).then(number).otherwise(year)
    ends = text.str.split_exact("..", 1)
    is_range = text.str.contains("..", literal=True)
    first = (
        pl.when(is_range).then(ends.struct.field("field_0").str.to_date("%Y-%m-%d", strict=False))
        .when(length == 4).then(pl.date(year, 1, 1))
        .when(length == 10).then(text.str.to_date("%Y-%m-%d", strict=False))
        .otherwise(pl.date(year, first_month, 1))
    )
    last = (
        pl.when(is_range).then(ends.struct.field("field_1").str.to_date("%Y-%m-%d", strict=False))
        .when(length == 4).then(pl.date(year, 12, 31))
        .when(length == 10).then(text.str.to_date("%Y-%m-%d", strict=False))
        .otherwise(pl.date(last_year, last_month, 1).dt.month_end())
    )
    return first.cast(pl.Int32), last.cast(pl.Int32)


def with_period_bounds(frame, column, first_name, last_name):
    """Parses each distinct period text once and joins the bounds back."""
    first, last = period_bounds(column)
    bounds = frame.select(column).unique().with_columns(first.alias(first_name), last.alias(last_name))
    return frame.join(bounds, on=column, how="left")


def load(folder):
    """targets.csv read at once (it is used three times); observations.csv scanned lazily (used once, in a join)."""
    targets = pl.read_csv(
        f"{folder}/targets.csv", infer_schema=False,
        columns=["id", "indicator", "unit", "direction", "kind", "period", "deadline", "comparator", "requirement",
                 "upper", "baseline", "effective_on"],
    ).with_columns(pl.col("requirement", "upper", "baseline").cast(pl.Float64)).with_row_index("row")
    observations = pl.scan_csv(f"{folder}/observations.csv", infer_schema=False).select(
        "indicator", "period", pl.col("value").cast(pl.Float64), "approximation", "comparability_note",
    ).with_row_index("row")
    return targets, observations


def target_frame(targets, as_of):
    """One row per defined target (in file order: `target`), with its indicator's kind and direction and the
    requirement in force."""
    targets = targets.lazy()
    defined = targets.filter(pl.col("effective_on").is_null()).drop("row").with_row_index("target")
    indicators = (
        targets.filter(pl.col("unit").is_not_null())
        .group_by("indicator").agg(pl.col("kind").sort_by("row").first(), pl.col("direction").sort_by("row").first())
        .select(
            "indicator",
            pl.col("kind").fill_null("flow").alias("indicator_kind"),
            pl.col("direction").fill_null("higherIsBetter").alias("indicator_direction"),
        )
    )
    # The revision in force: the last row of the file for the target whose effective day has come.
    revisions = (
        targets.filter(pl.col("effective_on").str.to_date("%Y-%m-%d").cast(pl.Int32) <= as_of)
        .group_by("id")
        .agg(
            pl.col("comparator").sort_by("row").last().alias("revised_comparator"),
            pl.col("requirement").sort_by("row").last().alias("revised_requirement"),
            pl.col("upper").sort_by("row").last().alias("revised_upper"),
            pl.lit(True).alias("revised"),
        )
    )
    frame = with_period_bounds(defined, "period", "start", "end")
    frame = frame.join(indicators, on="indicator", how="left").join(revisions, on="id", how="left")
    default_comparator = (
        pl.when(pl.col("indicator_direction") == "lowerIsBetter").then(pl.lit("atMost")).otherwise(pl.lit("atLeast"))
    )
    revised = pl.col("revised").fill_null(False)
    return frame.select(
        "target", "id", "indicator", "start", "end",
        pl.col("indicator_kind").alias("kind"),
        pl.when(revised).then(pl.coalesce("revised_comparator", default_comparator))
        .otherwise(pl.coalesce("comparator", default_comparator)).alias("comparator"),
        pl.when(revised).then(pl.col("revised_requirement")).otherwise(pl.col("requirement")).alias("value"),
        pl.when(revised).then(pl.col("revised_upper")).otherwise(pl.col("upper")).alias("upper"),
        pl.col("baseline").fill_null(0.0),
        pl.coalesce(pl.col("deadline").str.to_date("%Y-%m-%d").cast(pl.Int32), pl.col("end")).alias("due"),
    )


def combine_approximations(old, new):
    """Approximations along a chain: exact adds nothing; the same stays; two different ones make `about`."""
    return (
        pl.when(old < 0).then(new)
        .when((old == new) | (new == 0)).then(old)
        .when(old == 0).then(new)
        .otherwise(3)
    )


def actuals(frame, observations, as_of):
    """The actual of each target that has one: value, approximation code and the day it describes; and the number
    of figures set aside for a comparability note."""
    keys = frame.select("target", "indicator", "start", "end", "kind")
    obs = with_period_bounds(observations, "period", "obs_start", "obs_end").join(keys, on="indicator", how="inner")
    obs = obs.filter(
        (pl.col("obs_start") >= pl.col("start")) & (pl.col("obs_end") <= pl.col("end")) & (pl.col("obs_end") <= as_of)
    ).with_columns(
        pl.col("approximation").replace_strict(APPROX_CODES, default=0, return_dtype=pl.Int64).fill_null(0)
        .alias("approx"),
    ).collect().lazy()  # read and joined once; the three aggregations below start from here
    not_comparable = (
        obs.filter(pl.col("comparability_note").is_not_null()).group_by("target").agg(pl.len().alias("not_comparable"))
    )
    usable = obs.filter(pl.col("comparability_note").is_null())
    latest_first = dict(by=["obs_end", "row"], descending=[True, False])

    # Stocks and rates: the level that ends latest (the first in file order among equals).
    levels = (
        usable.filter(pl.col("kind").ne_missing("flow"))
        .group_by("target")
        .agg(
            pl.col("value").sort_by(**latest_first).first().alias("actual"),
            pl.col("approx").sort_by(**latest_first).first(),
            pl.col("obs_end").max().alias("data_date"),
        )
    )

    # Flows: at each start the figure that ends latest (the first in file order among equals) ...
    links = (
        usable.filter(pl.col("kind") == "flow")
        .group_by("target", "obs_start")
        .agg(
            pl.col("obs_end").max(),
            pl.col("value").sort_by(**latest_first).first(),
            pl.col("approx").sort_by(**latest_first).first(),
        )
    )
    links, levels, not_comparable = pl.collect_all([links, levels, not_comparable])
    # ... chained from the period's start, every flow target advancing one link per step.
    state = frame.filter(pl.col("kind") == "flow").select(
        "target", pl.col("start").alias("cursor"), pl.lit(0.0).alias("total"), pl.lit(-1, pl.Int64).alias("code"),
    ).collect()
    finished = [state.clear()]
    while state.height:
        step = state.join(links, left_on=["target", "cursor"], right_on=["target", "obs_start"], how="left")
        found = pl.col("obs_end").is_not_null()
        finished.append(step.filter(~found).select(state.columns))
        state = step.filter(found).select(
            "target",
            (pl.col("obs_end") + 1).alias("cursor"),
            (pl.col("total") + pl.col("value")).alias("total"),
            combine_approximations(pl.col("code"), pl.col("approx")).alias("code"),
        )
    chained = pl.concat(finished).filter(pl.col("code") >= 0).select(
        "target", pl.col("total").alias("actual"), pl.col("code").alias("approx"),
        (pl.col("cursor") - 1).alias("data_date"),
    )
    return pl.concat([chained, levels], how="vertical_relaxed"), not_comparable


def evaluate(frame, found, not_comparable, as_of):
    frame = (
        frame.join(found.lazy(), on="target", how="left")
        .join(not_comparable.lazy(), on="target", how="left")
        .with_columns(pl.col("approx").fill_null(0), pl.col("not_comparable").fill_null(0))
    )
    a, value, baseline, code = pl.col("actual"), pl.col("value"), pl.col("baseline"), pl.col("approx")
    comparator, start, due = pl.col("comparator"), pl.col("start"), pl.col("due")
    flow = (pl.col("kind") == "flow").fill_null(False)
    rate = (pl.col("kind") == "rate").fill_null(False)

    # --- The requirement check, honouring approximation.
    spread = a.abs() * TOLERANCE
    lower = pl.when(code.is_in([2, 3])).then(a - spread).otherwise(a)
    upper_end = pl.when(code.is_in([1, 3])).then(a + spread).otherwise(a)
    lower_open, upper_open = code == 1, code == 2
    band_upper = pl.coalesce("upper", "value")
    conditions = {
        "atLeast": (lower >= value, (upper_end < value) | ((upper_end == value) & upper_open)),
        "greaterThan": ((lower > value) | ((lower == value) & lower_open), upper_end <= value),
        "atMost": (upper_end <= value, (lower > value) | ((lower == value) & lower_open)),
        "lessThan": ((upper_end < value) | ((upper_end == value) & upper_open), lower >= value),
        "exactly": (
            (lower == value) & (upper_end == value),
            ~(((value > lower) | ((value == lower) & ~lower_open))
              & ((value < upper_end) | ((value == upper_end) & ~upper_open))),
        ),
        "between": (
            (lower >= value) & (upper_end <= band_upper),
            (upper_end < value) | ((upper_end == value) & upper_open) | (lower > band_upper)
            | ((lower == band_upper) & lower_open),
        ),
    }
    holds, fails = pl.lit(False), pl.lit(False)
    for name, (all_, none_) in conditions.items():
        holds = pl.when(comparator == name).then(all_.fill_null(False)).otherwise(holds)
        fails = pl.when(comparator == name).then((~all_ & none_).fill_null(False)).otherwise(fails)
    frame = frame.with_columns(holds.alias("holds"), fails.alias("fails"), band_upper.alias("band_upper"))

    # --- Figures: aim, gap closed, expected progress at the data's date, pace ratio, completion.
    band = comparator == "between"
    caps = comparator.is_in(["atMost", "lessThan"])
    at_least = comparator.is_in(["atLeast", "greaterThan"])
    aim = pl.when(band & (a > pl.col("band_upper"))).then(pl.col("band_upper")).otherwise(value)
    judged_on = pl.min_horizontal(pl.col("data_date"), pl.lit(as_of))  # the data's date, not the as-of day
    frame = frame.with_columns(
        aim.alias("aim"),
        pl.when(judged_on < start).then(0.0)
        .otherwise((judged_on - start + 1).cast(pl.Float64) / (due - start + 1).cast(pl.Float64)).alias("expected"),
        (caps & (value >= baseline)).alias("cap"),
    )
    aim, expected, cap = pl.col("aim"), pl.col("expected"), pl.col("cap")
    frame = frame.with_columns(pl.when(aim != baseline).then((a - baseline) / (aim - baseline)).alias("gap"))
    gap = pl.col("gap")
    pace = (
        pl.when(band | (expected == 0)).then(None)  # a band has no pace; nothing expected yet, none
        .when(cap).then(pl.when(gap > 0).then(expected / gap))
        .otherwise(gap / expected)
    )
    frame = frame.with_columns(
        pace.alias("pace"),
        pl.when(at_least & (baseline == 0) & (aim != 0)).then(a / aim).alias("completion"),
    )
    pace = pl.col("pace")

    # --- Status.
    ended = pl.lit(as_of) >= due
    holds, fails = pl.col("holds"), pl.col("fails")
    by_check = (
        pl.when(holds).then(pl.when(ended).then(pl.lit("achieved")).otherwise(pl.lit("onTrack")))
        .when(fails).then(pl.when(ended).then(pl.lit("missed")).otherwise(pl.lit("offTrack")))
        .otherwise(pl.lit("undetermined"))
    )
    # Once the period has ended, a flow figure that covers part of it decides only what it proves.
    proves = (
        (at_least & holds) | (caps & fails)
        | (comparator.is_in(["exactly", "between"]) & fails & (a > pl.col("band_upper")).fill_null(False))
    )
    partial = (ended & flow & (pl.col("data_date") < due) & ~proves).fill_null(False)
    by_check = pl.when(partial).then(pl.lit("incompleteData")).otherwise(by_check)
    by_pace = (
        pl.when(pace >= AHEAD).then(pl.lit("ahead"))
        .when(pace >= ON_TRACK).then(pl.lit("onTrack"))
        .when(pace >= AT_RISK).then(pl.lit("atRisk"))
        .when(pace.is_not_null()).then(pl.lit("offTrack"))
        .when(cap & (gap <= 0)).then(pl.lit("ahead"))
        .otherwise(pl.lit("undetermined"))
    )
    # A cap projected past its limit (pace ratio below 1) is at risk or off track, never on track or ahead.
    by_pace = pl.when(cap & (pace < 1) & by_pace.is_in(["ahead", "onTrack"])).then(pl.lit("atRisk")).otherwise(by_pace)
    pending = pl.lit(as_of) < start
    judged_by_check = ended | rate | band
    status = (
        pl.when(pending).then(pl.lit("pending"))
        .when(a.is_null() & (pl.col("not_comparable") > 0)).then(pl.lit("notComparable"))
        .when(a.is_null()).then(pl.lit("noData"))
        .when(judged_by_check).then(by_check)
        .otherwise(by_pace)
    )
    running = ~judged_by_check & a.is_not_null() & ~pending
    return frame.sort("target").select(
        pl.col("id").alias("target_id"),
        status.alias("status"),
        "completion",
        pl.when(running).then(pace).alias("pace_ratio"),
    )


def main(arguments=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--as-of", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(arguments)
    as_of = day_number(args.as_of)
    clock = time.perf_counter()
    targets, observations = load(args.folder)
    frame = target_frame(targets, as_of).collect()
    found, not_comparable = actuals(frame.lazy(), observations, as_of)
    evaluated = time.perf_counter()
    result = evaluate(frame.lazy(), found, not_comparable, as_of).collect()
    result.write_csv(args.out)
    written = time.perf_counter()
    # Polars reads the files lazily inside the evaluation, so load and evaluate are one phase here.
    print(f"polars-phase: load+evaluate {evaluated - clock:.3f}", file=sys.stderr)
    print(f"polars-phase: finish+write {written - evaluated:.3f}", file=sys.stderr)
    print(f"polars-phase: total {written - clock:.3f}", file=sys.stderr)
    print(f"polars: {result.height} targets", file=sys.stderr)


if __name__ == "__main__":
    main()
