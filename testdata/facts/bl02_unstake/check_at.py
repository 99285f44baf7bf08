#!/usr/bin/env python3
"""Checks every at: line of expected.yaml exists in the page and holds the fact."""
import sys, yaml, os
d = os.path.dirname(os.path.abspath(__file__))
exp = yaml.safe_load(open(os.path.join(d, "expected.yaml")))
files = {p: open(os.path.join(d, p), encoding="utf-8").read().split("\n") for p in exp["pages"]}
bad = 0; n = 0
def line(at):
    f, ln = at.rsplit(":", 1)
    return files[f][int(ln) - 1]
def want(kind, node, at, needles):
    global bad, n
    n += 1
    try:
        text = line(at).replace("\u00a0", " ")
    except (IndexError, KeyError):
        print("MISSING LINE", kind, at); bad += 1; return
    for s in needles:
        if str(s) not in text:
            print(f"BAD {kind} {at}: {s!r} not in {text!r}"); bad += 1
def fieldchecks(f):
    need = [f["name"]]
    for k in ("minimum", "maximum", "minItems", "maxItems", "maxLength"):
        if k in f: need.append(f[k])
    for v in f.get("values", []): need.append(v)
    if "default" in f and not isinstance(f["default"], bool): need.append(f["default"])
    return need
for op in exp["operations"]:
    want("op", op, op["at"], ["/" + op["group"] + "/" + op["name"]])
    for s in op["statuses"]:
        want("status", s, s["at"], [s["code"]] + ([s["note"]] if "note" in s else []))
        for dt in s.get("details", []):
            want("detail", dt, dt["at"], [dt["code"], dt["message"]])
    for ep in op["endpoints"]:
        want("endpoint", ep, ep["at"], [ep["path"].split("/service/v5")[1]])
        for h in ep.get("headers", []):
            want("header", h, h["at"], [h["name"]] + ([h["format"]] if "format" in h else []))
        for q in ep.get("query", []) + ep.get("body", []):
            want("param", q, q["at"], fieldchecks(q))
for t in exp["types"]:
    want("type", t, t["at"], [t["name"]] if not t["name"].endswith("Response") else ["Response Body"])
    for f in t["fields"]:
        want("field", f, f["at"], fieldchecks(f) + ([f["type"]] if f["type"][0].isupper() else []))
for e in exp.get("enums", []):
    want("enum", e, e["at"], [e["name"]])
    for m in e["members"]:
        want("member", m, m["at"], [f"| {m['code']} |", m["name"]])
# keepNets default is stated only in the note
want("note", None, "weir.dokuwiki:165", ["keepNets", "(default: false)"])
print(f"{n} at: lines checked, {bad} bad")
sys.exit(1 if bad else 0)
