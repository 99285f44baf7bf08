# Checks expected.yaml: parses as YAML, and every at: line exists in the
# page and holds the fact's name (or, for an endpoint, its role title).
import re, sys, yaml
d = yaml.safe_load(open("expected.yaml"))
page = d["pages"][0]
L = open(page, encoding="utf-8").read().split("\n")
bad = n = 0
def chk(node, name):
    global bad, n
    f, ln = node["at"].rsplit(":", 1)
    assert f == page
    ln = int(ln); n += 1
    if not (1 <= ln <= len(L)) or name not in L[ln-1]:
        bad += 1; print("BAD", node["at"], name, repr(L[ln-1][:80] if ln <= len(L) else None))
    return L[ln-1]
def fields(fs):
    for f in fs:
        line = chk(f, f["name"])
        for k in ("type",):
            if k in f and f[k] not in ("integer",) and f[k] not in line: print("TYPE?", f["name"], f[k])
        for k in ("minLength","maxLength","minItems","maxItems","minimum","maximum","default"):
            if k in f and str(f[k]).lower() not in line.lower(): print("VAL?", f["at"], f["name"], k, f[k])
chk(d["envelope"], "Response Body"); fields(d["envelope"]["fields"])
for op in d["operations"]:
    chk(op, op["name"])
    for ep in op["endpoints"]:
        chk(ep, ep["role"].capitalize())
        for h in ep["headers"]: chk(h, h["name"])
        fields(ep["body"])
for t in d["types"]:
    chk(t, t["name"].replace("MeshPlanetaryGearsResponseData", "ResponseData")); fields(t["fields"])
for e in d["enums"]:
    chk(e, e["name"])
    for m in e["members"]:
        line = chk(m, m["name"])
        if not re.search(r'"%s %s[ "]' % (re.escape(m["name"]), m["code"]), line): print("CODE?", m)
print(n, "at: lines checked,", bad, "bad")
sys.exit(1 if bad else 0)
