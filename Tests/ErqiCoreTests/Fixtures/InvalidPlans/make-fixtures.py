#!/usr/bin/env python3
"""Writes the invalid plan files of this folder, one rule broken per file (some break several).

Each fixture NAME.json (or folder NAME/ for the CSV format) has NAME.expected beside it: the exact problems
`PlanFileLoader` must report, one a line, as `file:line:column: field: message`. The expected files are
written by hand and checked by InvalidPlanTests; this script only writes the inputs:

    python3 Tests/ErqiCoreTests/Fixtures/InvalidPlans/make-fixtures.py
"""
import json
import os
import pathlib

here = pathlib.Path(__file__).resolve().parent

def base():
    return {
        "erqiPlanFormat": 1,
        "sources": [{"id": "plan", "title": "计划", "locator": "plan.txt"}],
        "indicators": [
            {"id": "compounds", "name": "老旧小区", "unit": "count:个"},
            {"id": "investment", "name": "投资", "unit": "CNY"},
        ],
        "plans": [{
            "id": "p2020", "title": "2020", "period": "2020", "source": "plan",
            "themes": [{"id": "key", "title": "重点", "targets": [
                {"id": "compounds-2020", "title": "老旧小区", "indicator": "compounds", "period": "2020",
                 "requirement": {"comparator": "atLeast", "value": {"value": "357", "unit": "count:个"}},
                 "citation": {"source": "plan", "line": 3, "literal": "357个"}},
                {"id": "invest-2020", "title": "投资", "indicator": "investment", "period": "2020",
                 "requirement": {"comparator": "atLeast", "value": {"value": "51800000000", "unit": "CNY"}}},
            ]}],
        }],
        "observations": [
            {"id": "compounds-h1", "indicator": "compounds", "period": "2020-H1",
             "value": {"value": "103", "unit": "count:个"}},
            {"id": "invest-2020", "indicator": "investment", "period": "2020",
             "value": {"value": "38810000000", "unit": "CNY"}},
        ],
    }

def target(d, i=0):
    return d["plans"][0]["themes"][0]["targets"][i]

def write(name, data):
    if isinstance(data, (bytes, bytearray)):
        (here / name).write_bytes(data)
    elif isinstance(data, str):
        (here / name).write_text(data, encoding="utf-8")
    else:
        (here / name).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

def variant(name, change):
    d = base()
    change(d)
    write(name, d)

valid = json.dumps(base(), ensure_ascii=False, indent=2) + "\n"

# Keys, fields and types.
variant("unknown-key.json", lambda d: target(d).update({"weigth": "2"}))
variant("unknown-top-level-key.json", lambda d: d.update({"plan": []}))
variant("missing-indicator.json", lambda d: target(d).pop("indicator"))
variant("missing-requirement.json", lambda d: target(d).pop("requirement"))
variant("missing-format-version.json", lambda d: d.pop("erqiPlanFormat"))
variant("wrong-format-version.json", lambda d: d.update({"erqiPlanFormat": 2}))
variant("empty-id.json", lambda d: target(d).update({"id": ""}))
variant("period-is-a-number.json", lambda d: target(d).update({"period": 2020}))
variant("plans-is-an-object.json", lambda d: d.update({"plans": {}}))
variant("title-is-null.json", lambda d: target(d).update({"title": None}))
variant("citation-line-zero.json", lambda d: target(d)["citation"].update({"line": 0}))
variant("evidence-done-is-text.json", lambda d: d["plans"][0]["themes"][0].update({"milestones": [
    {"id": "m", "title": "开工", "due": "2020-06-30", "evidence": [{"date": "2020-06-20", "done": "yes"}]}]}))
# Ids and references.
variant("duplicate-target-id.json", lambda d: target(d, 1).update({"id": "compounds-2020"}))
variant("duplicate-observation-id.json", lambda d: d["observations"][1].update({"id": "compounds-h1"}))
variant("duplicate-indicator-id.json", lambda d: d["indicators"][1].update({"id": "compounds"}))
variant("unknown-indicator.json", lambda d: target(d).update({"indicator": "compound"}))
variant("unknown-observation-indicator.json", lambda d: d["observations"][0].update({"indicator": "ghost"}))
variant("unknown-source.json", lambda d: target(d)["citation"].update({"source": "report"}))
variant("unknown-plan-source.json", lambda d: d["plans"][0].update({"source": "nowhere"}))
# Units and values.
variant("observation-unit-mismatch.json", lambda d: d["observations"][0]["value"].update({"unit": "count:户"}))
variant("target-unit-mismatch.json", lambda d: target(d, 1)["requirement"]["value"].update({"unit": "count:个"}))
variant("unknown-unit.json", lambda d: d["indicators"][1].update({"unit": "USD"}))
variant("negative-count.json", lambda d: d["observations"][0]["value"].update({"value": "-103"}))
variant("value-with-suffix.json", lambda d: d["observations"][0]["value"].update({"value": "12abc"}))
variant("value-with-exponent.json", lambda d: d["observations"][1]["value"].update({"value": "3.881e10"}))
variant("value-with-two-points.json", lambda d: d["observations"][1]["value"].update({"value": "1.2.3"}))
variant("value-too-many-digits.json", lambda d: d["observations"][1]["value"].update({"value": "1" * 39}))
variant("huge-number-weight.json", lambda d: target(d).update({"weight": "9" * 60}))
variant("negative-weight.json", lambda d: target(d).update({"weight": "-1"}))
variant("unknown-comparator.json", lambda d: target(d)["requirement"].update({"comparator": "≥"}))
variant("band-without-upper.json", lambda d: target(d)["requirement"].update({"comparator": "between"}))
variant("inverted-band.json", lambda d: target(d).update({"requirement": {
    "comparator": "between", "value": {"value": "5", "unit": "count:个"}, "upperValue": {"value": "3", "unit": "count:个"}}}))
variant("unknown-direction.json", lambda d: d["indicators"][0].update({"direction": "up"}))
variant("unknown-quality.json", lambda d: d["observations"][0].update({"quality": "provisional"}))
variant("trajectory-share-above-one.json", lambda d: target(d).update({"trajectory": [{"date": "2020-06-30", "share": "1.5"}]}))
# Dates and periods.
variant("impossible-date.json", lambda d: target(d).update({"deadline": "2021-02-29"}))
variant("impossible-month.json", lambda d: d["observations"][0].update({"period": "2020-13"}))
variant("inverted-period.json", lambda d: d["observations"][0].update({"period": "2020-07-01..2020-06-30"}))
variant("inverted-years.json", lambda d: target(d).update({"period": "2025–2021"}))
variant("deadline-outside-period.json", lambda d: target(d).update({"deadline": "2021-03-31"}))
variant("date-with-time.json", lambda d: target(d).update({"deadline": "2020-06-30T00:00:00Z"}))
variant("revisions-out-of-order.json", lambda d: target(d).update({"revisions": [
    {"effectiveOn": "2020-07-30", "requirement": {"comparator": "atLeast", "value": {"value": "297", "unit": "count:个"}}},
    {"effectiveOn": "2020-05-01", "requirement": {"comparator": "atLeast", "value": {"value": "320", "unit": "count:个"}}},
]}))
variant("observation-straddles-period.json", lambda d: d["observations"][0].update({"period": "2019-07-01..2020-06-30"}))
# Several problems at once: all are reported.
def many(d):
    target(d).pop("title")
    target(d, 1).update({"indicator": "ghost"})
    d["observations"][0].update({"period": "2020-02-30"})
    d["observations"][1]["value"].update({"value": "-5", "unit": "count:个"})
variant("many-problems.json", many)
# Syntax.
write("trailing-comma.json", valid.replace('"locator": "plan.txt"', '"locator": "plan.txt",', 1))
write("missing-comma.json", valid.replace('"title": "计划",', '"title": "计划"', 1))
write("single-quotes.json", valid.replace('"erqiPlanFormat"', "'erqiPlanFormat'", 1))
write("unclosed-string.json", valid[: valid.index('"老旧小区"') + 3])
write("unclosed-object.json", valid.rstrip().rstrip("}"))
write("duplicate-key.json", valid.replace('"title": "计划",', '"title": "计划", "title": "再次",', 1))
write("bad-escape.json", valid.replace('"计划"', '"计\\q划"', 1))
write("lone-surrogate.json", valid.replace('"计划"', '"\\ud800"', 1))
write("control-character.json", valid.replace('"计划"', '"计\t划"', 1))
write("leading-zero.json", valid.replace('"line": 3', '"line": 03', 1))
write("capitalised-true.json", valid.replace('"erqiPlanFormat": 1', '"erqiPlanFormat": True', 1))
write("comment.json", "// a plan\n" + valid)
write("two-documents.json", valid + valid)
write("empty.json", "")
write("only-whitespace.json", "  \n\n  ")
write("array-at-top.json", "[" + valid + "]")
# Encodings and bytes.
write("byte-order-mark.json", b"\xef\xbb\xbf" + valid.encode("utf-8"))
write("utf-16.json", valid.encode("utf-16"))
write("gbk-encoding.json", valid.encode("gbk"))
write("nul-byte.json", valid.encode("utf-8").replace(b'"plan.txt"', b'"plan\x00.txt"', 1))
write("truncated-utf8.json", valid.encode("utf-8")[: valid.encode("utf-8").index("计".encode("utf-8")) + 2])
# Issue #13 hardening: the input side.
# Point 1: themes nested past the depth cap (each theme adds two JSON levels: its object and its "themes" array).
def deep_themes(d):
    theme = d["plans"][0]["themes"][0]
    for level in range(100):
        child = {"id": f"t{level}", "title": "层"}
        theme["themes"] = [child]
        theme = child
variant("deep-themes.json", deep_themes)
# Point 10: the second of two observations with one id is placed on its own line.
variant("duplicate-observation-id-with-problems.json", lambda d: d["observations"][1].update(
    {"id": "compounds-h1", "value": {"value": "5", "unit": "count:个"}}))
# Point 12: messages that name what is wrong.
variant("format-version-decimal.json", lambda d: d.update({"erqiPlanFormat": 1.0}))
write("utf-32.json", valid.encode("utf-32"))
variant("invisible-character-in-message.json", lambda d: target(d)["requirement"].update({"comparator": "atLeast\u200b"}))
# Point 13: one problem, reported once.
variant("wrong-typed-unit.json", lambda d: d["indicators"][1].update({"unit": 5}))
variant("source-without-title.json", lambda d: d["sources"][0].pop("title"))
# Point 15: the id rule, and trajectories.
def bad_ids(d):
    d["sources"][0]["id"] = "  "
    d["indicators"][0]["id"] = "compounds\u0000"
    target(d)["id"] = "compounds\n2020"
    target(d, 1)["id"] = "invest\u001b[31m"
    d["observations"][0]["id"] = "compounds\u200b-h1"
    d["observations"][1]["id"] = "cafe\u0301"
    d["plans"][0]["themes"][0]["id"] = "key\u202e"
variant("id-rule.json", bad_ids)
variant("ids-differ-by-zero-width-space.json", lambda d: d["observations"][1].update({"id": "compounds-h1\u200b"}))
variant("trajectory-outside-period.json", lambda d: target(d).update({"trajectory": [
    {"date": "2019-12-31", "share": "0.1"}, {"date": "2020-06-30", "share": "0.5"}, {"date": "2021-01-31", "share": "1"}]}))
variant("trajectory-decreasing-share.json", lambda d: target(d).update({"trajectory": [
    {"date": "2020-06-30", "share": "0.6"}, {"date": "2020-09-30", "share": "0.5"}, {"date": "2020-08-31", "share": "0.7"}]}))
# Point 9: CR-only line ends count as line breaks.
write("cr-line-endings.json", valid.replace('"line": 3', '"line": 0', 1).replace("\n", "\r"))
# Size: the 10 MB line and the deep nesting are built in memory by InvalidPlanTests, not committed.

# CSV sets.
def csv_set(name, targets, observations, sources=None, milestones=None):
    folder = here / name
    folder.mkdir(exist_ok=True)
    for entry in folder.iterdir():
        entry.unlink()
    (folder / "targets.csv").write_bytes(targets.encode("utf-8") if isinstance(targets, str) else targets)
    (folder / "observations.csv").write_bytes(observations.encode("utf-8") if isinstance(observations, str) else observations)
    if sources is not None:
        (folder / "sources.csv").write_text(sources, encoding="utf-8")
    if milestones is not None:
        (folder / "milestones.csv").write_text(milestones, encoding="utf-8")

T = "plan,plan_period,theme,id,title,indicator,unit,period,requirement,source,line,literal\r\n"
T1 = "p2020,2020,key,compounds-2020,老旧小区,compounds,count:个,2020,357个以上,plan,3,357个\r\n"
T2 = "p2020,2020,key,invest-2020,投资,investment,CNY,2020,51800000000,plan,4,\r\n"
O = "id,indicator,period,value,source,line\r\n"
O1 = "compounds-h1,compounds,2020-H1,103,plan,9\r\n"
O2 = "invest-2020,investment,2020,38810000000,plan,10\r\n"
csv_set("csv-missing-column", "plan,plan_period,theme,id,title,indicator,unit,period\r\np2020,2020,key,c,小区,compounds,count:个,2020\r\n", O)
csv_set("csv-unknown-column", T.replace("literal", "literall") + T1, O + O1)
csv_set("csv-wrong-field-count", T + T1 + "p2020,2020,key,invest-2020,投资\r\n", O + O1)
csv_set("csv-unclosed-quote", T + T1, O + 'compounds-h1,compounds,2020-H1,"103,plan,9\r\n')
csv_set("csv-quote-in-field", T + T1, O + 'compounds-h1,compounds,2020-H1,10"3,plan,9\r\n')
csv_set("csv-empty-required-cell", T + "p2020,2020,key,compounds-2020,,compounds,count:个,2020,357个以上,plan,3,357个\r\n", O)
csv_set("csv-unit-conflict", T + T1 + "p2020,2020,key,more-2020,更多,compounds,count:户,2020,5户,plan,5,\r\n", O)
csv_set("csv-revision-order",
        "plan,plan_period,theme,id,title,indicator,unit,period,requirement,effective_on\r\n"
        "p2020,2020,key,c,小区,compounds,count:个,2020,357,\r\n"
        "p2020,2020,key,c,小区,compounds,count:个,2020,297,2020-07-30\r\n"
        "p2020,2020,key,c,小区,compounds,count:个,2020,320,2020-05-01\r\n", O)
csv_set("csv-revision-of-unknown-target",
        "plan,plan_period,theme,id,title,indicator,unit,period,requirement,effective_on\r\n"
        "p2020,2020,key,c,小区,compounds,count:个,2020,297,2020-07-30\r\n", O)
csv_set("csv-bad-values", T + T1, O + "compounds-h1,compounds,2020-H1,12abc,plan,9\r\n"
        + "compounds-2,compounds,2020-02-30,5,plan,10\r\n" + "compounds-3,compounds,2020,-4,plan,x\r\n")
csv_set("csv-unknown-indicator", T + T1, O + "lonely,ghost,2020,5,plan,9\r\n")
csv_set("csv-plain-number-without-unit",
        "plan,plan_period,theme,id,title,indicator,period,requirement\r\np2020,2020,key,c,小区,compounds,2020,357\r\n", O)
csv_set("csv-gbk", (T + T1).encode("gbk"), O)
csv_set("csv-duplicate-ids", T + T1 + T1.replace("357个以上", "360个以上"), O + O1 + O1)
csv_set("csv-unknown-source", T + T1, O + O1, sources="id,title\r\nreport,年报\r\n")
# Issue #13 hardening: the input side.
# Point 1: a theme path past the depth cap (1,000 levels, a 2 KB cell).
csv_set("csv-theme-too-deep", T + T1.replace(",key,", "," + "/".join(["a"] * 1000) + ",", 1), O + O1)
# Point 6: empty parts of a theme path are errors, not dropped rows.
csv_set("csv-theme-empty-parts", T + T1.replace(",key,", ",/,", 1)
        + T1.replace(",key,", ",//,", 1).replace("compounds-2020", "c2", 1)
        + T1.replace(",key,", ", / ,", 1).replace("compounds-2020", "c3", 1)
        + T1.replace(",key,", ",a//b,", 1).replace("compounds-2020", "c4", 1)
        + T1.replace(",key,", ",key/,", 1).replace("compounds-2020", "c5", 1), O + O1)
# Point 7: a byte-order mark at the start of a later row (two exports joined).
csv_set("csv-bom-in-later-row", ("\ufeff" + T + T1 + "\ufeff" + T2).encode("utf-8"), O + O1)
# Point 9: CR-only line ends, and a lone CR inside a quoted cell, count as line breaks for locations.
csv_set("csv-cr-line-endings", (T + T1 + T2.replace("51800000000", "5180000000x", 1)).replace("\r\n", "\r"),
        O + 'compounds-h1,compounds,2020-H1,"10\r3",plan,9\r\n' + "compounds-2,compounds,2020-13,5,plan,10\r\n")
# Point 10: the second row with one observation id is placed on its own line.
csv_set("csv-duplicate-observation-id-with-problems", T + T1, O + O1 + O1.replace("103", "-4", 1))
# Point 13: one bad cell, one problem.
csv_set("csv-cascade-bad-unit", T + T1.replace("count:个", "USD", 1),
        O + O1 + "compounds-q3,compounds,2020-Q3,50,plan,11\r\n" + "compounds-q4,compounds,2020-Q4,60,plan,12\r\n")
csv_set("csv-cascade-empty-plan", T + T1.replace("p2020,", ",", 1),
        O + O1 + "compounds-q3,compounds,2020-Q3,50,plan,11\r\n")
csv_set("csv-cascade-failed-target-revision",
        "plan,plan_period,theme,id,title,indicator,unit,period,requirement,effective_on\r\n"
        "p2020,2020,key,c,小区,compounds,count:个,2020,357abc,\r\n"
        "p2020,2020,key,c,小区,compounds,count:个,2020,297,2020-07-30\r\n", O)
csv_set("csv-cascade-source-without-title", T + T1, O + O1, sources="id,title\r\nplan,\r\n")
# Point 15: the id rule.
csv_set("csv-id-rule", T + T1.replace("compounds-2020", "compounds\u001b2020", 1)
        + T2.replace("invest-2020", '"invest\n2020"', 1).replace("p2020", "p\u200b2020", 1),
        O + O1.replace("compounds-h1", "cafe\u0301", 1) + O2.replace("investment", "invest\u2066ment", 1))
csv_set("csv-missing-file", T + T1, O)
(here / "csv-missing-file" / "observations.csv").unlink()
print("fixtures written to", here)
