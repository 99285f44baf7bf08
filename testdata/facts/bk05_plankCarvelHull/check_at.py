#!/usr/bin/env python3
"""Check every `at:` of expected.yaml against the html2wiki MediaWiki output.

Each fact's line must hold its name. For fields, the row's cells follow the
name line ("| <code>name</code>", then "| <code>type</code>", Required,
Description; a cell holding a link opens on a bare "|" with its text on the
next line): the type, "true" for required fields, and every constraint
value must be found in that row. Enum members: the code is the next cell.
"""
import re, sys, yaml

exp = yaml.safe_load(open("expected.yaml"))
page = open("pages").read().strip()
lines = open(page, encoding="utf-8").read().split("\n")
bad = n = 0

def line_of(at):
    f, ln = at.rsplit(":", 1)
    assert f == page, at
    ln = int(ln)
    assert 1 <= ln <= len(lines), at
    return ln, lines[ln - 1]

def fail(*a):
    global bad
    bad += 1
    print("FAIL", *a)

def row(ln):
    """cells of the table row whose name cell is line ln (1-based)."""
    cells, i = [], ln - 1
    while i < len(lines) and lines[i] not in ("|-", "|}"):
        l = lines[i]
        if l == "|" and i + 1 < len(lines) and not lines[i + 1].startswith(("|", "!")):
            cells.append(lines[i + 1]); i += 2; continue
        cells.append(l[2:] if l.startswith("| ") else ("" if l == "|" else l))
        i += 1
    return cells

def num(v):
    s = repr(v) if isinstance(v, float) else str(v)
    return s

def field(f, kind):
    global n
    n += 1
    ln, text = line_of(f["at"])
    if text != f"| <code>{f['name']}</code>":
        fail(kind, f["name"], "not on", f["at"], repr(text)); return
    cells = row(ln)
    if "type" in f:
        t = {"integer": "number int"}.get(f["type"], f["type"]) + ("[]" if f.get("array") else "")
        if cells[1] != f"<code>{t}</code>":
            fail(kind, f["name"], "type", t, cells[1])
    desc = cells[-1].replace("\u00a0", " ")
    if kind != "member" and len(cells) == 4:
        req = cells[2] == "true"
        if req != bool(f.get("required")):
            fail(kind, f["name"], "required", cells[2])
    lo = f.get("minLength", f.get("minItems", f.get("minimum")))
    hi = f.get("maxLength", f.get("maxItems", f.get("maximum")))
    if "minLength" in f and f["minLength"] == f["maxLength"]:
        if f"({f['minLength']} characters)" not in desc: fail(kind, f["name"], "fixed len", desc)
    elif "maxLength" in f and "minLength" not in f:
        if f"(up to {hi} characters)" not in desc: fail(kind, f["name"], "max len", desc)
    elif "minLength" in f:
        if f"({lo} - {hi} characters)" not in desc: fail(kind, f["name"], "len", desc)
    elif "minItems" in f:
        if not re.search(rf"\({lo} - {hi} (items|elements)\)", desc): fail(kind, f["name"], "items", desc)
    elif "minimum" in f:
        if f"(from {num(lo)} to {num(hi)})" not in desc: fail(kind, f["name"], "range", desc)
    if "default" in f:
        d = f["default"]
        d = str(d).lower() if isinstance(d, bool) else num(d)
        if f"(Default: {d})" not in desc: fail(kind, f["name"], "default", desc)
    if f.get("type", "")[:1].isupper() and "GenericModels" not in f["type"] and f["type"] not in ("ReturnCode",):
        pass

env = exp["envelope"]
n += 1
if "Response Body" not in line_of(env["at"])[1]: fail("envelope heading")
for f in env["fields"]:
    if f["name"] == "parameters":
        n += 1
        if line_of(f["at"])[1] != "| <code>parameters</code>": fail("parameters")
    else:
        field(f, "envelope")
for op in exp["operations"]:
    n += 1
    if not line_of(op["at"])[1].startswith("=" + op["name"] + " "): fail("op heading")
    n += 1
    if op["summary"] not in lines: fail("summary")
    for ep in op["endpoints"]:
        ln, t = line_of(ep["at"])
        n += 1
        if not t.startswith("==" + ep["role"].capitalize() + " "): fail("role heading", t)
        n += 1
        if f"<code>{ep['permission']}</code>" not in lines[ln + 1]: fail("permission", ep["permission"])
        n += 1
        if not any(f'<span class="line">{ep["method"]} {ep["path"]}</span>' in l for l in lines[ln:ln + 10]): fail("path", ep["path"])
        n += 1
        if not any(f"role must is {ep['secretRole']}." in l for l in lines[ln:ln + 30]): fail("secret role")
        for h in ep["headers"]:
            n += 1
            hl, t = line_of(h["at"])
            if t != f"| <code>{h['name']}</code>": fail("header", h["name"], t); continue
            c = row(hl)
            if h["required"] == "required" and c[1] != "true": fail("header req", h)
            if h["required"] == "conditional" and c[1] != h["condition"]: fail("header cond", h)
            if "description" in h and c[2] != h["description"]: fail("header desc", h)
        for b in ep["body"]:
            field(b, "body")
for t in exp["types"]:
    n += 1
    ln, text = line_of(t["at"])
    head = "ResponseData" if t["name"].endswith("ResponseData") else t["name"]
    if not text.startswith(f"==={head} "): fail("type heading", t["name"], text)
    for f in t["fields"]:
        field(f, "field")
for e in exp["enums"]:
    n += 1
    if not line_of(e["at"])[1].startswith(f"==={e['name']} "): fail("enum heading", e["name"])
    for m in e["members"]:
        n += 1
        ln, text = line_of(m["at"])
        if text != f"| <code>{m['name']}</code>" or lines[ln] != f"| {m['code']}":
            fail("member", e["name"], m, text, lines[ln])
op = exp["operations"][0]
ec = [m["name"] for e in exp["enums"] if e["name"] == "ErrorCode" for m in e["members"]]
n += 1
if ec != op["errorCodes"]: fail("errorCodes")
print(f"{n} checks, {bad} failed")
sys.exit(1 if bad else 0)
