#!/usr/bin/env python3
"""An independent re-check of a draw under hub-draw/1 or hub-draw/2, written from the specifications
(docs/draw-spec/hub-draw-1.md, hub-draw-2.md) only, to show that anyone with a draw's export can verify it without
the hub's code. It checks everything the specification defines: the commitment and the seed, the
population and pool digests, a re-run of the draw (strata, targets, teams), the result and its
digest, and the record's chain hash; with --published-hash, that hash against the one the
department published (the chain link an insider cannot rewrite).

    python3 test/reference/verify_draw.py draw-1.json [--published-hash HEX]
    python3 test/reference/verify_draw.py --vectors docs/draw-spec/hub-draw-1.vectors.json
    python3 test/reference/verify_draw.py --vectors docs/draw-spec/hub-draw-2.vectors.json

A hub-draw/2 export is public (GET /downloads/<department>/public-draw.json?seq=N at the gateway).

Exit 0 when everything checks, 1 when something does not (each failure is named), 2 on bad input.
"""
import hashlib
import json
import math
import sys

V1, V2 = "hub-draw/1", "hub-draw/2"
ALGORITHMS = (V1, V2)
RISK_ORDER = ["HIGH", "MEDIUM", "LOW"]
GENESIS = "0" * 64
# The record fields the chain hash covers (specification, section 7).
COVERED = [
    "seq", "planId", "periodKey", "commitment", "secret", "publicValue", "seed", "witnesses", "params",
    "algorithm", "populationDigest", "populationSize", "poolDigest", "resultDigest", "createdBy", "createdAt",
]


def sha256_hex(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def utf16(s):
    """Strings are ordered by their UTF-16 code units (specification, section 1)."""
    return s.encode("utf-16-be")


def js_number(x):
    """A number as ECMAScript's Number::toString writes it (shortest round trip)."""
    if isinstance(x, bool):
        raise TypeError("not a number")
    if isinstance(x, int):
        return str(x)
    if x != x or x in (math.inf, -math.inf):
        return "null"
    if x == 0:
        return "0"
    sign = "-" if x < 0 else ""
    s = repr(abs(x))
    mantissa, _, exponent = s.partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = whole + fraction
    point = len(whole) + (int(exponent) if exponent else 0)
    stripped = digits.lstrip("0")
    point -= len(digits) - len(stripped)
    digits = stripped.rstrip("0") or "0"
    k, n = len(digits), point
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * (-n) + digits
    e = n - 1
    exp = ("+" if e >= 0 else "-") + str(abs(e))
    return sign + (digits if k == 1 else digits[0] + "." + digits[1:]) + "e" + exp


def canonical(value):
    """Canonical JSON (specification, section 1): keys sorted, no whitespace, UTF-8."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return js_number(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + canonical(value[k]) for k in sorted(value, key=utf16)) + "}"
    raise TypeError(f"cannot canonicalize {type(value).__name__}")


def population_line(t, version=V1):
    flag = lambda b: 1 if b else 0
    if version == V2:
        return f"{t['uscc']},{t['riskLevel']},{t['creditClass']},{flag(t['keyArea'])},{flag(t['deprioritized'])}"
    tags = "|".join(sorted(t["tags"], key=utf16))
    return f"{t['uscc']},{t['riskLevel']},{t['creditClass']},{tags},{flag(t.get('deprioritized'))}"


def pool_line(p, version=V1):
    if version == V2:
        return p["certificateNumber"] + "," + "|".join(sorted(p["recused"], key=utf16))
    conflicts = "|".join(sorted(p["conflicts"], key=utf16))
    last = "|".join(sorted(p["inspectedLastTime"], key=utf16))
    return f"{p['certificateNumber']},LOW,{conflicts},{last},0"


def digest_of_lines(lines):
    return sha256_hex("\n".join(sorted(lines, key=utf16)))


def population_digest(population, version=V1):
    return digest_of_lines([population_line(t, version) for t in population])


def pool_digest(pool, version=V1):
    return digest_of_lines([pool_line(p, version) for p in pool])


def recuses(p, code, version):
    """hub-draw/1: a declared conflict or the last inspection; hub-draw/2: the recorded list."""
    return code in p["recused"] if version == V2 else code in p["conflicts"] or code in p["inspectedLastTime"]


def quota(population, ratio):
    return max(0, math.ceil(population * ratio - 1e-9))


def candidates(seed, uscc, n):
    limit = 2**48 - (2**48 % n)
    seen, i = set(), 0
    while len(seen) < n:
        u = int(sha256_hex(f"{seed}|inspector|{uscc}|{i}")[:12], 16)
        i += 1
        if u >= limit or u % n in seen:
            continue
        seen.add(u % n)
        yield u % n


class DrawNotPossible(Exception):
    pass


def draw(population, pool, seed, params, version=V1):
    key_tags = set(params["keyAreaTags"])
    worst_first = list(reversed(params["creditClasses"]))
    cells = params.get("cellRatios", {}) if version == V2 else {}

    def ratio(r, c):
        return cells[f"{r}|{c}"] if f"{r}|{c}" in cells else params["ratios"].get(c, 0)

    strata = [{"keyArea": True, "riskLevel": r, "creditClass": None, "ratio": 1} for r in RISK_ORDER]
    strata += [{"keyArea": False, "riskLevel": r, "creditClass": c, "ratio": ratio(r, c)} for r in RISK_ORDER for c in worst_first]
    members = [[] for _ in strata]
    for t in population:
        if (t["keyArea"] if version == V2 else key_tags.intersection(t["tags"])):
            i = RISK_ORDER.index(t["riskLevel"])
        else:
            if t["creditClass"] not in worst_first:
                raise DrawNotPossible(f"credit class {t['creditClass']} outside the scale")
            i = 3 + RISK_ORDER.index(t["riskLevel"]) * len(worst_first) + worst_first.index(t["creditClass"])
        members[i].append(t)
    remaining = params["maxTargets"] if params.get("maxTargets") is not None else math.inf
    selections = []
    for s, (st, group) in enumerate(zip(strata, members)):
        st["population"] = len(group)
        st["quota"] = quota(len(group), st["ratio"])
        st["drawn"] = min(st["quota"], remaining)
        remaining -= st["drawn"]
        if st["drawn"] == 0:
            continue
        ranked = sorted(group, key=lambda t: ("1" if t.get("deprioritized") and t["riskLevel"] != "HIGH" else "0") + sha256_hex(f"{seed}|target|{t['uscc']}"))
        selections += [{"stratum": s, "team": [], "uscc": t["uscc"]} for t in ranked[: st["drawn"]]]
    sorted_pool = sorted(pool, key=lambda p: utf16(p["certificateNumber"]))
    if len(selections) * params["teamSize"] > len(sorted_pool) * params["maxTargetsPerInspector"]:
        raise DrawNotPossible("the pool cannot staff the draw")
    load = {}
    for sel in selections:
        for index in candidates(seed, sel["uscc"], len(sorted_pool)):
            p = sorted_pool[index]
            if recuses(p, sel["uscc"], version):
                continue
            if load.get(p["certificateNumber"], 0) >= params["maxTargetsPerInspector"]:
                continue
            sel["team"].append(p["certificateNumber"])
            if len(sel["team"]) == params["teamSize"]:
                break
        if len(sel["team"]) < params["teamSize"]:
            raise DrawNotPossible(f"target {sel['uscc']} cannot be staffed")
        for c in sel["team"]:
            load[c] = load.get(c, 0) + 1
    return {"algorithm": version, "selections": selections, "strata": strata}


def result_digest(result):
    return sha256_hex(canonical(result))


def record_hash(record):
    return sha256_hex(record["prevHash"] + "\n" + canonical({k: record[k] for k in COVERED}))


def draw_params(record_params):
    keys = ("creditClasses", "ratios", "cellRatios", "keyAreaTags", "maxTargets", "teamSize", "maxTargetsPerInspector")
    return {k: record_params[k] for k in keys if k in record_params}


def check_export(data, published_hash=None):
    record, population, pool = data["record"], data["population"], data["pool"]
    problems = []

    def check(ok, what):
        if not ok:
            problems.append(what)

    version = record.get("algorithm")
    if version not in ALGORITHMS:
        return [f"the record is of algorithm {version!r}, not one of {', '.join(ALGORITHMS)}"], None
    check(sha256_hex(record["secret"]) == record["commitment"], "the secret does not match the commitment")
    check(sha256_hex(record["secret"] + "\n" + record["publicValue"]) == record["seed"], "the seed is not SHA-256(secret, newline, public value)")
    check(population_digest(population, version) == record["populationDigest"], "the population is not the one the record names")
    check(len(population) == record["populationSize"], "the population's size is not the record's")
    check(pool_digest(pool, version) == record["poolDigest"], "the inspector pool is not the one the record names")
    if version == V1:
        check("cellRatios" not in record["params"], "hub-draw/1 has no ratios per risk level and credit class")
    try:
        rerun = draw(population, pool, record["seed"], draw_params(record["params"]), version)
    except DrawNotPossible as e:
        problems.append(f"the draw cannot be made from this population and pool: {e}")
        rerun = None
    if rerun is not None:
        check(rerun["strata"] == record["result"]["strata"], "the strata differ")
        check(rerun["selections"] == record["result"]["selections"], "the selected targets or teams differ")
        check(result_digest(rerun) == record["resultDigest"], "the result digest is not the digest of the re-run result")
    check(result_digest(record["result"]) == record["resultDigest"], "the recorded result does not have the recorded digest")
    check(record_hash(record) == record["hash"], "the record's hash does not cover its content and the previous hash")
    if published_hash is not None:
        check(record["hash"] == published_hash, "the record's hash is not the hash the department published")
    return problems, rerun


def check_vectors(v):
    """Recompute every intermediate value of the worked example and compare."""
    inputs, problems = v["inputs"], []
    version = v.get("algorithm", V1)  # the hub-draw/1 vectors predate the field

    def same(name, mine, theirs):
        if mine != theirs:
            problems.append(f"{name}: computed {json.dumps(mine, ensure_ascii=False)[:200]}, vectors say {json.dumps(theirs, ensure_ascii=False)[:200]}")

    secret, public_value = inputs["secret"], inputs["publicValue"]
    seed = sha256_hex(secret + "\n" + public_value)
    same("commitment", sha256_hex(secret), v["commitment"])
    same("seed", seed, v["seed"])
    same("populationLines", sorted((population_line(t, version) for t in inputs["population"]), key=utf16), v["populationLines"])
    same("populationDigest", population_digest(inputs["population"], version), v["populationDigest"])
    same("poolLines", sorted((pool_line(p, version) for p in inputs["pool"]), key=utf16), v["poolLines"])
    same("poolDigest", pool_digest(inputs["pool"], version), v["poolDigest"])
    same("sortedPool", [p["certificateNumber"] for p in sorted(inputs["pool"], key=lambda p: utf16(p["certificateNumber"]))], v["sortedPool"])
    ranks = [{"uscc": t["uscc"], "rank": sha256_hex(f"{seed}|target|{t['uscc']}"), "key": ("1" if t.get("deprioritized") and t["riskLevel"] != "HIGH" else "0") + sha256_hex(f"{seed}|target|{t['uscc']}")} for t in inputs["population"]]
    same("ranks", sorted(ranks, key=lambda r: r["key"]), v["ranks"])
    result = draw(inputs["population"], inputs["pool"], seed, inputs["params"], version)
    same("strata", result["strata"], v["strata"])
    same("result", result, v["result"])
    n = len(inputs["pool"])
    for stream in v["candidateStreams"]:
        same(f"limit for {stream['uscc']}", 2**48 - (2**48 % n), stream["limit"])
        for step in stream["steps"]:
            hex12 = sha256_hex(f"{seed}|inspector|{stream['uscc']}|{step['i']}")[:12]
            same(f"stream {stream['uscc']} step {step['i']}", [hex12, int(hex12, 16)], [step["hex12"], step["u"]])
    same("resultCanonicalJson", canonical(result), v["resultCanonicalJson"])
    same("resultDigest", result_digest(result), v["resultDigest"])
    r = inputs["record"]
    record = {
        "seq": r["seq"], "planId": r["planId"], "periodKey": r["periodKey"], "commitment": sha256_hex(secret), "secret": secret, "publicValue": public_value,
        "seed": seed, "witnesses": r["witnesses"], "params": {**inputs["params"], "deprioritizeInspectedLastYear": r["deprioritizeInspectedLastYear"]},
        "algorithm": version, "populationDigest": population_digest(inputs["population"], version), "populationSize": len(inputs["population"]),
        "poolDigest": pool_digest(inputs["pool"], version), "resultDigest": result_digest(result), "createdBy": r["createdBy"], "createdAt": r["createdAt"], "prevHash": r["prevHash"],
    }
    same("recordCanonicalJson", canonical({k: record[k] for k in COVERED}), v["recordCanonicalJson"])
    same("recordHash", record_hash(record), v["recordHash"])
    return problems


def main(argv):
    args = list(argv)
    try:
        if args[:1] == ["--vectors"]:
            problems = check_vectors(json.load(open(args[1], encoding="utf-8")))
            print("VECTORS DIFFER: " + "; ".join(problems) if problems else "VECTORS OK: every intermediate value reproduces")
            return 1 if problems else 0
        published = None
        if "--published-hash" in args:
            i = args.index("--published-hash")
            published = args[i + 1]
            del args[i : i + 2]
        data = json.load(open(args[0], encoding="utf-8"))
        problems, rerun = check_export(data, published)
    except (IndexError, OSError, ValueError, KeyError, TypeError) as e:
        print(f"cannot read the export: {e!r}", file=sys.stderr)
        return 2
    if problems:
        print("DOES NOT REPRODUCE: " + "; ".join(problems))
        return 1
    anchor = "against the published hash" if published else "hash not compared with a published one (--published-hash)"
    print(f"REPRODUCES: {len(rerun['selections'])} targets from {len(data['population'])} eligible, teams of {data['record']['params']['teamSize']}; digests and record hash check, {anchor}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
