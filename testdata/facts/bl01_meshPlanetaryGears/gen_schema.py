# Emits expected.yaml's schema part; every at: is read off page.aria.yaml
# by searching, inside the named section, the first `row "NAME ` line.
import re
P = "page.aria.yaml"
L = open("/work/wt/heldout/bl01_meshPlanetaryGears/" + P, encoding="utf-8").read().split("\n")
def find(pat, start=0):
    for i in range(start, len(L)):
        if pat in L[i]:
            return i
    raise SystemExit("not found: %r after %d" % (pat, start))
def head(name, start=0, level=None):
    s = f'heading "{name} Permalink'
    return find(s, start)
def row(name, start):
    i = find(f'row "{name} ', start)
    return i
def at(i): return f"{P}:{i+1}"
out = []
w = out.append
GAMEID = "Optional if the gameId in the SecretInfo use in headers Secret-Key has assign a valid value, if not, let unique identifier of the game this request is targeting."

def field(ind, name, typ, sec, required=False, array=False, extra=()):
    i = row(name, sec)
    w(f"{ind}- name: {name}")
    if typ: w(f"{ind}  type: {typ}")
    if array: w(f"{ind}  array: true")
    if required: w(f"{ind}  required: true")
    for k, v in extra: w(f"{ind}  {k}: {v}")
    w(f"{ind}  at: {at(i)}")

w('name: "bl"'); w("protocol: gearn"); w("pages:"); w(f"  - {P}")
rb = head("Response Body")
w("envelope:"); w("  fields:")
env = rb
field("    ", "returnCode", "ReturnCode", env, required=True)
field("    ", "debugMessage", "string", env)
field("    ", "invalidRequestParameters", "InvalidMember", env, array=True)
i = row("parameters", env); w("    - name: parameters"); w(f"      at: {at(i)}")
w("  status: returnCode"); w("  payload: parameters"); w(f"  at: {at(rb)}")
h1 = head("meshPlanetaryGears")
w("operations:"); w("  - name: meshPlanetaryGears"); w("    group: orrery")
w('    summary: "Mesh the planetary gear trains of the player\'s clockwork orrery: each planet arm is fitted with its gear train, the escapement is set and the mainspring is wound. The orrery can be put on display once its drift is within tolerance."')
w("    response: MeshPlanetaryGearsResponseData")
w("    errorCodes:")
for n in ["Ok","OrreryNotFound","MovementUnwound","PlanetsMissing","GearsSlipping","EscapementJammed","OrreryBusy"]:
    w(f"      - {n}")
w("    endpoints:")
roles = [("client","Client","selfEnable","Player"),("server","Server","serverSelfEnable","Server"),("admin","Admin","adminSelfEnable","Admin")]
def body(role, s):
    I = "          "
    if role != "client":
        field(I, "userId", "string", s, True, extra=[("minLength",10),("maxLength",10)])
    field(I, "orreryId", "string", s, True, extra=[("minLength",12),("maxLength",12)])
    field(I, "movementId", "string", s, True, extra=[("minLength",8),("maxLength",20)])
    field(I, "escapement", "EscapementKind", s, True)
    lo, hi = {"client":(3,9),"server":(3,12),"admin":(0,16)}[role]
    field(I, "planetIds", "string", s, True, True, [("minItems",lo),("maxItems",hi)])
    lo, hi = {"client":(1,9),"server":(1,12),"admin":(0,16)}[role]
    field(I, "gearTrains", "GenericModels.GearTrain", s, True, True, [("minItems",lo),("maxItems",hi)])
    if role == "client":
        field(I, "engraving", "string", s, extra=[("maxLength",40)])
        field(I, "chimeOnNoon", "boolean", s, extra=[("default","true")])
    if role == "server":
        field(I, "mainspringTension", "number", s, extra=[("minimum",0.15),("maximum",0.85),("default",0.5)])
    if role == "admin":
        field(I, "bypassRegulator", "boolean", s, extra=[("default","false")])
        field(I, "auditNote", "string", s, extra=[("maxLength",200)])
start = h1
for role, title, perm, secret in roles:
    rh = head(title, start)
    w(f"      - role: {role}"); w("        method: POST")
    w(f"        path: /api/rJson/orrery/{role}/meshPlanetaryGears"); w("        postType: rJson")
    w(f"        permission: orrery.meshPlanetaryGears.{perm}"); w(f"        secretRole: {secret}")
    w("        headers:")
    hs = head("Request Headers", rh)
    if role == "client":
        w("          - name: Auth-Token"); w("            required: required"); w(f"            at: {at(row('Auth-Token', hs))}")
    w("          - name: Secret-Key"); w("            required: required"); w(f"            at: {at(row('Secret-Key', hs))}")
    w("          - name: Game-Id"); w("            required: conditional"); w(f'            condition: "{GAMEID}"'); w(f"            at: {at(row('Game-Id', hs))}")
    w("          - name: Content-Type"); w("            required: required"); w('            description: "application/json"'); w(f"            at: {at(row('Content-Type', hs))}")
    w("        body:")
    body(role, head("Request Body", rh))
    w(f"        at: {at(rh)}")
    start = rh + 1
w(f"    at: {at(h1)}")
w("types:")
def typ(name, heading, fields):
    s = head(heading, rb)
    w(f"  - name: {name}"); w("    fields:")
    for f in fields: field("      ", *f[:2], s, *f[2:])
    w(f"    at: {at(s)}")
typ("MeshPlanetaryGearsResponseData", "ResponseData", [
    ("errorCode","ErrorCode",True), ("orrery","GenericModels.MeshedOrrery",True),
    ("driftArcSeconds","number",True,False,[("minimum","0.0"),("maximum",2.5)]),
    ("brassShavings","integer",False,False,[("minimum",0),("maximum",250)])])
typ("GenericModels.GearTrain", "GenericModels.GearTrain", [
    ("armPosition","ArmPosition",True), ("toothCount","integer",True,False,[("minimum",12),("maximum",144)]),
    ("wheels","GenericModels.GearWheel",True,True,[("minItems",1),("maxItems",6)]),
    ("gearRatio","number",False,False,[("minimum",0.05),("maximum",29.5),("default","1.0")])])
typ("GenericModels.GearWheel", "GenericModels.GearWheel", [
    ("alloy","WheelAlloy",True), ("diameterMm","integer",True,False,[("minimum",8),("maximum",90)]),
    ("pitchAngle","number",False,False,[("minimum",14.5),("maximum","25.0"),("default","20.0")]),
    ("makerMark","string",False,False,[("maxLength",12)])])
typ("GenericModels.MeshedOrrery", "GenericModels.MeshedOrrery", [
    ("orreryId","string",True,False,[("minLength",12),("maxLength",12)]),
    ("escapement","EscapementKind",True),
    ("gearTrains","GenericModels.GearTrain",True,True,[("minItems",1),("maxItems",16)]),
    ("periodYears","number",True,False,[("minimum",0.24),("maximum",164.8)]),
    ("observerIds","string",False,True,[("minItems",0),("maxItems",20)])])
typ("InvalidMember", "InvalidMember", [("code","string"), ("invalidMemberType","InvalidMemberType")])
w("enums:")
def enum(name, members):
    s = head(name, rb)
    w(f"  - name: {name}"); w("    members:")
    for n, c in members:
        w(f"      - {{name: {n}, code: {c}, at: {at(row(n, s))}}}")
    w(f"    at: {at(s)}")
enum("ReturnCode", [("SecretInvalid",-10),("MaxSizeRequestReject",-9),("MaxRequestReject",-8),("MaxCCUReject",-7),("OperationNotAuthorized",-6),("InvalidRequestParameters",-5),("OperationInvalid",-4),("InternalServerError",-3),("OperationNotAllow",-2),("OperationTimeout",-1),("UnknownError",0),("Ok",1)])
enum("ErrorCode", [("Ok",1),("OrreryNotFound",421),("MovementUnwound",422),("PlanetsMissing",423),("GearsSlipping",424),("EscapementJammed",425),("OrreryBusy",426)])
enum("EscapementKind", [("Verge",0),("Anchor",1),("Deadbeat",2),("Grasshopper",3),("Detent",4)])
enum("ArmPosition", [("Inner",1),("Middle",2),("Outer",3)])
enum("WheelAlloy", [("Brass",1),("Gilt",2),("Steel",3)])
enum("InvalidMemberType", [("UnknownError",1),("DataRequired",2),("TypeInvalid",3),("StringNull",4),("StringMinLength",5),("StringMaxLength",6),("NumberMinValue",7),("NumberMaxValue",8),("NumberMustInt",9),("GNHashtableNull",10),("GNHashtableMinLength",11),("GNHashtableMaxLength",12),("GNArrayNull",13),("GNArrayMinLength",14),("GNArrayMaxLength",15)])
print("\n".join(out))
