#!/usr/bin/env python3
"""The DuckDB peer of scripts/bench-vs-peers: exactly what scripts/pandas_baseline.py computes, written the way an
analyst would write it with DuckDB (SQL over read_csv: grouped arg_max for the latest figure, a recursive CTE for
the flow chains, window functions with QUALIFY, CASE expressions; all cores, DuckDB's default), on the same files.

Usage: scripts/duckdb_baseline.py DATA_DIR --as-of 2025-06-30 --out statuses.csv

The rules are those of pandas_baseline.py (and so of Sources/ErqiCore/Evaluation/Evaluator.swift for the features
the generated plans use): the revision in force (the last in-force row of the file for each target), the actual
(flows chained from the period's start, at each step the figure starting there that ends latest, the first in the
file among equals; the latest level for stocks and rates; figures with a comparability note set aside), the
requirement check honouring approximations (tolerance 5%), completion, expected progress at the data's date (days
counted inclusively), gap closed and pace ratio (e / p for caps), and the status with the thresholds
1.1 / 0.95 / 0.8. It writes target_id,status,completion,pace_ratio in the order of targets.csv.

Both files are read into in-memory tables first (CREATE TABLE ... AS SELECT ... FROM read_csv), because the
rules break ties by the order of the file and a table's rowid keeps it; everything after that is one query.

Timings go to standard error as `duckdb-phase: NAME SECONDS`.
"""

import argparse
import sys
import time

import duckdb

MACROS = r"""
CREATE MACRO day_number(d) AS (d - DATE '1970-01-01');

-- The first and last day of Erqi's period forms: 2025, 2025-H1, 2025-Q3, 2025-03, 2025-2027, 2025-03-31 and
-- 2025-01-01..2025-03-31 (t: the trimmed text; y: its year; rest: what follows the year and its dash).
CREATE MACRO period_first_of(t, y, rest) AS CASE
    WHEN contains(t, '..') THEN CAST(split_part(t, '..', 1) AS DATE)
    WHEN length(t) = 4 THEN make_date(y, 1, 1)
    WHEN length(t) = 10 THEN CAST(t AS DATE)
    WHEN rest = 'H1' THEN make_date(y, 1, 1)
    WHEN rest = 'H2' THEN make_date(y, 7, 1)
    WHEN rest[1] = 'Q' THEN make_date(y, CAST(rest[2:] AS INTEGER) * 3 - 2, 1)
    WHEN length(rest) = 4 THEN make_date(y, 1, 1)
    ELSE make_date(y, CAST(rest AS INTEGER), 1)
END;
CREATE MACRO period_last_of(t, y, rest) AS CASE
    WHEN contains(t, '..') THEN CAST(split_part(t, '..', 2) AS DATE)
    WHEN length(t) = 4 THEN make_date(y, 12, 31)
    WHEN length(t) = 10 THEN CAST(t AS DATE)
    WHEN rest = 'H1' THEN make_date(y, 6, 30)
    WHEN rest = 'H2' THEN make_date(y, 12, 31)
    WHEN rest[1] = 'Q' THEN last_day(make_date(y, CAST(rest[2:] AS INTEGER) * 3, 1))
    WHEN length(rest) = 4 THEN make_date(CAST(rest AS INTEGER), 12, 31)
    ELSE last_day(make_date(y, CAST(rest AS INTEGER), 1))
END;
CREATE MACRO period_first(text) AS
    period_first_of(trim(text), TRY_CAST(trim(text)[1:4] AS INTEGER), trim(text)[6:]);
CREATE MACRO period_last(text) AS
    period_last_of(trim(text), TRY_CAST(trim(text)[1:4] AS INTEGER), trim(text)[6:]);

-- Approximations along a chain: exact adds nothing; the same stays; two different ones make `about` (3).
CREATE MACRO combined(old, new) AS
    CASE WHEN old < 0 THEN new WHEN old = new OR new = 0 THEN old WHEN old = 0 THEN new ELSE 3 END;
"""

LOAD = r"""
CREATE TABLE targets AS
SELECT id, indicator, unit, direction, kind, period, deadline, comparator,
       CAST(requirement AS DOUBLE) AS requirement, CAST(upper AS DOUBLE) AS upper,
       CAST(baseline AS DOUBLE) AS baseline, effective_on
FROM read_csv({targets}, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true);

CREATE TABLE observations AS
SELECT indicator, period, CAST(value AS DOUBLE) AS value, approximation, comparability_note
FROM read_csv({observations}, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true);
"""

EVALUATE = r"""
COPY (
WITH RECURSIVE
-- Each indicator's kind and direction, from the first row that defines it (the one with a unit).
indicators AS (
    SELECT indicator, coalesce(kind, 'flow') AS kind, coalesce(direction, 'higherIsBetter') AS direction
    FROM targets WHERE unit IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY indicator ORDER BY rowid) = 1
),
-- The revision in force: the last row of the file for the target whose effective day has come.
revisions AS (
    SELECT id, comparator, requirement, upper
    FROM targets WHERE effective_on IS NOT NULL AND day_number(CAST(effective_on AS DATE)) <= {as_of}
    QUALIFY row_number() OVER (PARTITION BY id ORDER BY rowid DESC) = 1
),
frame AS MATERIALIZED (
    SELECT t.rowid AS target, t.id, t.indicator, i.kind,
           day_number(period_first(t.period)) AS start, day_number(period_last(t.period)) AS "end",
           CASE WHEN r.id IS NOT NULL THEN r.comparator ELSE t.comparator END AS stated_comparator,
           CASE WHEN i.direction = 'lowerIsBetter' THEN 'atMost' ELSE 'atLeast' END AS default_comparator,
           coalesce(stated_comparator, default_comparator) AS comparator,
           CASE WHEN r.id IS NOT NULL THEN r.requirement ELSE t.requirement END AS value,
           CASE WHEN r.id IS NOT NULL THEN r.upper ELSE t.upper END AS upper,
           coalesce(t.baseline, 0.0) AS baseline,
           coalesce(day_number(CAST(t.deadline AS DATE)), "end") AS due
    FROM targets t LEFT JOIN indicators i USING (indicator) LEFT JOIN revisions r USING (id)
    WHERE t.effective_on IS NULL
),
-- Each distinct period text parsed once.
periods AS MATERIALIZED (
    SELECT period, day_number(period_first(period)) AS obs_start, day_number(period_last(period)) AS obs_end
    FROM (SELECT DISTINCT period FROM observations)
),
-- The figures known by the as-of day, with their periods' days ...
dated AS MATERIALIZED (
    SELECT o.rowid AS row, o.indicator, p.obs_start, p.obs_end, o.value,
           CASE o.approximation WHEN 'moreThan' THEN 1 WHEN 'nearly' THEN 2 WHEN 'about' THEN 3 ELSE 0 END AS approx,
           o.comparability_note IS NOT NULL AS noted
    FROM observations o JOIN periods p USING (period)
    WHERE p.obs_end <= {as_of}
),
-- ... of each target's indicator, inside its period.
inside AS MATERIALIZED (
    SELECT f.target, f.kind, d.obs_start, d.obs_end, d.value, d.row, d.approx, d.noted
    FROM dated d JOIN frame f USING (indicator)
    WHERE d.obs_start >= f.start AND d.obs_end <= f."end"
),
set_aside AS (
    SELECT target, count(*) AS not_comparable FROM inside WHERE noted GROUP BY target
),
-- Stocks and rates: the level that ends latest (the first in file order among equals).
levels AS (
    SELECT target, arg_max_null(value, (obs_end, -row)) AS actual, arg_max_null(approx, (obs_end, -row)) AS approx,
           max(obs_end) AS data_date
    FROM inside WHERE NOT noted AND kind IS DISTINCT FROM 'flow'
    GROUP BY target
),
-- Flows: at each start the figure that ends latest (the first in file order among equals) ...
links AS MATERIALIZED (
    SELECT target, obs_start, max(obs_end) AS obs_end, arg_max_null(value, (obs_end, -row)) AS value,
           arg_max_null(approx, (obs_end, -row)) AS approx
    FROM inside WHERE NOT noted AND kind = 'flow'
    GROUP BY target, obs_start
),
-- ... chained from the period's start, all flow targets one link per step.
chain(target, cursor, total, code, step) AS (
    SELECT target, start, 0.0::DOUBLE, -1, 0 FROM frame WHERE kind = 'flow'
    UNION ALL
    SELECT c.target, l.obs_end + 1, c.total + l.value, combined(c.code, l.approx), c.step + 1
    FROM chain c JOIN links l ON l.target = c.target AND l.obs_start = c.cursor
),
chained AS (
    SELECT target, arg_max_null(total, step) AS actual, arg_max(code, step) AS approx,
           arg_max(cursor, step) - 1 AS data_date
    FROM chain
    GROUP BY target
    HAVING arg_max(code, step) >= 0
),
checked AS (
    SELECT f.*, a.actual, coalesce(a.approx, 0) AS approx, a.data_date,
           coalesce(s.not_comparable, 0) AS not_comparable, coalesce(f.upper, f.value) AS band_upper
    FROM frame f
    LEFT JOIN (SELECT * FROM chained UNION ALL SELECT * FROM levels) a USING (target)
    LEFT JOIN set_aside s USING (target)
),
-- The requirement check, honouring approximation (tolerance 5%).
ranged AS (
    SELECT *,
           CASE WHEN approx IN (2, 3) THEN actual - abs(actual) * 0.05::DOUBLE ELSE actual END AS lower,
           CASE WHEN approx IN (1, 3) THEN actual + abs(actual) * 0.05::DOUBLE ELSE actual END AS upper_end,
           approx = 1 AS lower_open, approx = 2 AS upper_open
    FROM checked
),
judged AS (
    SELECT *,
        coalesce(CASE comparator
            WHEN 'atLeast' THEN lower >= value
            WHEN 'greaterThan' THEN lower > value OR (lower = value AND lower_open)
            WHEN 'atMost' THEN upper_end <= value
            WHEN 'lessThan' THEN upper_end < value OR (upper_end = value AND upper_open)
            WHEN 'exactly' THEN lower = value AND upper_end = value
            WHEN 'between' THEN lower >= value AND upper_end <= band_upper
        END, false) AS holds,
        coalesce(CASE comparator
            WHEN 'atLeast' THEN upper_end < value OR (upper_end = value AND upper_open)
            WHEN 'greaterThan' THEN upper_end <= value
            WHEN 'atMost' THEN lower > value OR (lower = value AND lower_open)
            WHEN 'lessThan' THEN lower >= value
            WHEN 'exactly' THEN NOT ((value > lower OR (value = lower AND NOT lower_open))
                                     AND (value < upper_end OR (value = upper_end AND NOT upper_open)))
            WHEN 'between' THEN upper_end < value OR (upper_end = value AND upper_open)
                                OR lower > band_upper OR (lower = band_upper AND lower_open)
        END, false) AS excluded,
        NOT holds AND excluded AS fails,
        comparator = 'between' AS band,
        comparator IN ('atMost', 'lessThan') AS capped,
        comparator IN ('atLeast', 'greaterThan') AS at_least,
        {as_of} >= due AS ended,
        {as_of} < start AS pending,
        coalesce(kind = 'rate', false) AS rate,
        CASE WHEN band AND actual > band_upper THEN band_upper ELSE value END AS aim,
        -- Pace is judged at the data's date (the end of the latest figure), not at the as-of day.
        CASE WHEN data_date < {as_of} THEN data_date ELSE {as_of} END AS judged_on,
        CASE WHEN judged_on < start THEN 0.0::DOUBLE
             ELSE (judged_on - start + 1)::DOUBLE / (due - start + 1)::DOUBLE END AS expected,
        coalesce(capped AND value >= baseline, false) AS cap,
        CASE WHEN aim <> baseline THEN (actual - baseline) / (aim - baseline) END AS gap
    FROM ranged
),
paced AS (
    SELECT *,
        CASE WHEN band OR expected = 0 THEN NULL  -- a band has no pace; nothing expected yet, none
             WHEN cap THEN CASE WHEN gap > 0 THEN expected / gap END
             ELSE gap / expected END AS pace,
        CASE WHEN at_least AND baseline = 0 AND aim <> 0 THEN actual / aim END AS completion
    FROM judged
),
decided AS (
    SELECT *,
        -- Once the period has ended, a flow figure that covers part of it decides only what it proves.
        coalesce(ended AND kind = 'flow' AND data_date < due AND NOT (
            (at_least AND holds) OR (capped AND fails)
            OR (comparator IN ('exactly', 'between') AND fails AND coalesce(actual > band_upper, false))
        ), false) AS partial,
        CASE WHEN partial THEN 'incompleteData'
             WHEN holds THEN CASE WHEN ended THEN 'achieved' ELSE 'onTrack' END
             WHEN fails THEN CASE WHEN ended THEN 'missed' ELSE 'offTrack' END
             ELSE 'undetermined' END AS by_check,
        CASE WHEN pace >= 1.1::DOUBLE THEN 'ahead'
             WHEN pace >= 0.95::DOUBLE THEN 'onTrack'
             WHEN pace >= 0.8::DOUBLE THEN 'atRisk'
             WHEN pace IS NOT NULL THEN 'offTrack'
             WHEN cap AND gap <= 0 THEN 'ahead'
             ELSE 'undetermined' END AS pace_status,
        -- A cap projected past its limit (pace ratio below 1) is at risk or off track, never on track or ahead.
        CASE WHEN cap AND pace < 1 AND pace_status IN ('ahead', 'onTrack') THEN 'atRisk'
             ELSE pace_status END AS by_pace
    FROM paced
)
SELECT id AS target_id,
       CASE WHEN pending THEN 'pending'
            WHEN actual IS NULL AND not_comparable > 0 THEN 'notComparable'
            WHEN actual IS NULL THEN 'noData'
            WHEN ended OR rate OR band THEN by_check
            ELSE by_pace END AS status,
       completion,
       CASE WHEN NOT (ended OR rate OR band) AND actual IS NOT NULL AND NOT pending THEN pace END AS pace_ratio
FROM decided
ORDER BY target
) TO {out} (HEADER, DELIMITER ',');
"""


def quoted(text):
    return "'" + text.replace("'", "''") + "'"


def main(arguments=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--as-of", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(arguments)
    clock = time.perf_counter()
    connection = duckdb.connect()
    connection.execute(MACROS)
    as_of = connection.execute("SELECT day_number(CAST(? AS DATE))", [args.as_of]).fetchone()[0]
    connection.execute(LOAD.format(
        targets=quoted(f"{args.folder}/targets.csv"), observations=quoted(f"{args.folder}/observations.csv")))
    loaded = time.perf_counter()
    connection.execute(EVALUATE.format(as_of=int(as_of), out=quoted(args.out)))
    written = time.perf_counter()
    count = connection.execute("SELECT count(*) FROM targets WHERE effective_on IS NULL").fetchone()[0]
    print(f"duckdb-phase: load {loaded - clock:.3f}", file=sys.stderr)
    print(f"duckdb-phase: evaluate+write {written - loaded:.3f}", file=sys.stderr)
    print(f"duckdb-phase: total {written - clock:.3f}", file=sys.stderr)
    print(f"duckdb: {count} targets", file=sys.stderr)


if __name__ == "__main__":
    main()
