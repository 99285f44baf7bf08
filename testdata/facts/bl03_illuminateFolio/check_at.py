#!/usr/bin/env python3
"""Check expected.yaml: it parses, and every at: line exists in the page and
holds the fact's name (a header name wrapped at its hyphen may continue on
the next line). Enum codes are reported when they are not on the name line."""
import re, sys, yaml
here = sys.argv[1] if len(sys.argv) > 1 else "."
doc = yaml.safe_load(open(f"{here}/expected.yaml"))
page = doc["pages"][0]
lines = open(f"{here}/{page}", encoding="utf-8").read().split("\n")
bad = n = 0
def token(d, kind):
    if kind == "endpoint":
        return d["role"].capitalize()
    if kind == "envelope":
        return "Response Body"
    name = d["name"]
    if kind == "type" and name.endswith("ResponseData"):
        return "ResponseData"
    return name
def check(d, kind):
    global bad, n
    at = d.get("at")
    if not at:
        return
    n += 1
    f, ln = at.rsplit(":", 1)
    ln = int(ln)
    if f != page or not (1 <= ln <= len(lines)):
        print("NO LINE", at); bad += 1; return
    tok = token(d, kind)
    text = lines[ln - 1]
    joined = text + (lines[ln] if ln < len(lines) else "")
    if not re.search(r"(?<![A-Za-z])" + re.escape(tok) + r"(?![A-Za-z])", text) and not (tok in joined and text.endswith("-")):
        print(f"MISSING {tok!r} at {at}: {text!r}"); bad += 1
    if kind == "member" and not re.search(r"(?<![\d-])" + re.escape(str(d["code"])) + r"(?!\d)", text):
        print(f"  note: code {d['code']} of {tok} not on its name line {ln}")
check(doc["envelope"], "envelope")
for f in doc["envelope"]["fields"]: check(f, "field")
for op in doc["operations"]:
    check(op, "op")
    for ep in op["endpoints"]:
        check(ep, "endpoint")
        for h in ep.get("headers", []): check(h, "field")
        for b in ep.get("body", []): check(b, "field")
for t in doc["types"]:
    check(t, "type")
    for f in t["fields"]: check(f, "field")
for e in doc["enums"]:
    check(e, "enum")
    for m in e["members"]: check(m, "member")
print(f"{n} at: lines checked, {bad} bad")
sys.exit(1 if bad else 0)
