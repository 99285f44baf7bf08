#!/usr/bin/env python3
"""Checks every at: of expected.yaml: the line exists in the page and holds
the fact's name (or code, or path tail); enum values, ranges, defaults and
lengths are checked on the same line too (noting the exceptions)."""
import sys, yaml, unicodedata

doc = yaml.safe_load(open("expected.yaml"))
pages = {p: open(p, encoding="utf-8").read().split("\n") for p in doc["pages"]}
bad = 0
n = 0

def norm(s):
    return s.replace("\u00a0", " ").replace("\u200b", "")

def line_of(at):
    page, no = at.rsplit(":", 1)
    lines = pages[page]
    no = int(no)
    if not 1 <= no <= len(lines):
        return None
    return norm(lines[no - 1])

def num(v):
    return str(v)

def check(what, at, needles):
    global bad, n
    n += 1
    ln = line_of(at)
    if ln is None:
        print("NO LINE", what, at); bad += 1; return
    for nd in needles:
        if nd not in ln:
            print("MISSING", repr(nd), "for", what, "at", at); bad += 1

def field_needles(f):
    nd = [f["name"]]
    for v in f.get("values", []):
        nd.append(v)
    for k in ("minimum", "maximum", "minItems", "maxItems", "maxLength"):
        if k in f:
            nd.append(num(f[k]))
    if "default" in f:
        nd.append("default: " + num(f["default"]))
    return nd

# facts whose count sits on another line of the page (a <p> in the cell)
elsewhere = {("crewIds", "minItems"), ("crewIds", "maxItems")}

for op in doc["operations"]:
    check("op " + op["name"], op["at"], [op["name"]])
    for st in op["statuses"]:
        check("status %s" % st["code"], st["at"], [str(st["code"])])
        for d in st.get("details", []):
            check("detail %s" % d["code"], d["at"], [str(d["code"]), d["message"], d["description"]])
    for ep in op["endpoints"]:
        tail = ep["path"].replace("/service/v5", "")
        check("endpoint " + ep["path"], ep["at"], [tail])
        for h in ep.get("headers", []):
            check("header " + h["name"], h["at"], [h["name"]] + h.get("values", []) + ([h["format"]] if "format" in h else []))
        for sect in ("query", "body"):
            for f in ep.get(sect, []):
                nd = field_needles(f)
                if f["name"] == "crewIds":
                    nd = [f["name"]]
                    check("crewIds count", "saltern.tiki:68", ["0 ~ 3"])
                check(sect + " " + f["name"], f["at"], nd)
for t in doc["types"]:
    check("type " + t["name"], t["at"], ["__%s__" % t["name"]])
    for f in t["fields"]:
        check("field %s.%s" % (t["name"], f["name"]), f["at"], field_needles(f))

print("checked", n, "at: lines;", bad, "problems")
sys.exit(1 if bad else 0)
