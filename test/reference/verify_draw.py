#!/usr/bin/env python3
"""An independent re-check of a draw (algorithm hub-draw/1), written from the documented algorithm
only, to show that anyone with the record and the population can verify a draw without the hub's
code. Input: the JSON written by `pnpm hub export-draw`. Exit 0 when the draw reproduces.

    python3 test/reference/verify_draw.py draw-1.json
"""
import hashlib
import json
import math
import sys

RISK_ORDER = ["HIGH", "MEDIUM", "LOW"]


def sha256_hex(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def population_digest(population):
    lines = sorted(
        f"{t['uscc']},{t['riskLevel']},{t['creditClass']},{'|'.join(sorted(t['tags']))},{1 if t.get('deprioritized') else 0}"
        for t in population
    )
    return sha256_hex("\n".join(lines))


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


def draw(population, pool, seed, params):
    key_tags = set(params["keyAreaTags"])
    strata = [{"keyArea": True, "riskLevel": r, "creditClass": None, "ratio": 1} for r in RISK_ORDER]
    strata += [
        {"keyArea": False, "riskLevel": r, "creditClass": c, "ratio": params["ratios"].get(c, 0)}
        for r in RISK_ORDER
        for c in reversed(params["creditClasses"])
    ]
    members = [[] for _ in strata]
    for t in population:
        if key_tags.intersection(t["tags"]):
            i = RISK_ORDER.index(t["riskLevel"])
        else:
            i = 3 + RISK_ORDER.index(t["riskLevel"]) * len(params["creditClasses"]) + list(reversed(params["creditClasses"])).index(t["creditClass"])
        members[i].append(t)
    remaining = params["maxTargets"] if params.get("maxTargets") is not None else math.inf
    selections = []
    for s, (st, group) in enumerate(zip(strata, members)):
        st["population"] = len(group)
        st["quota"] = max(0, math.ceil(len(group) * st["ratio"] - 1e-9))
        st["drawn"] = min(st["quota"], remaining)
        remaining -= st["drawn"]
        ranked = sorted(group, key=lambda t: ("1" if t.get("deprioritized") and t["riskLevel"] != "HIGH" else "0") + sha256_hex(f"{seed}|target|{t['uscc']}"))
        selections += [{"uscc": t["uscc"], "stratum": s, "team": []} for t in ranked[: st["drawn"]]]
    sorted_pool = sorted(pool, key=lambda p: p["certificateNumber"])
    load = {}
    for sel in selections:
        for index in candidates(seed, sel["uscc"], len(sorted_pool)):
            p = sorted_pool[index]
            if sel["uscc"] in p["conflicts"] or sel["uscc"] in p["inspectedLastTime"]:
                continue
            if load.get(p["certificateNumber"], 0) >= params["maxTargetsPerInspector"]:
                continue
            sel["team"].append(p["certificateNumber"])
            if len(sel["team"]) == params["teamSize"]:
                break
        for c in sel["team"]:
            load[c] = load.get(c, 0) + 1
    return strata, selections


def main(path):
    data = json.load(open(path, encoding="utf-8"))
    record, population, pool = data["record"], data["population"], data["pool"]
    problems = []
    if sha256_hex(record["secret"]) != record["commitment"]:
        problems.append("the secret does not match the commitment")
    if sha256_hex(record["secret"] + "\n" + record["publicValue"]) != record["seed"]:
        problems.append("the seed is not SHA-256(secret, newline, public value)")
    if population_digest(population) != record["populationDigest"]:
        problems.append("the population is not the one the record names")
    strata, selections = draw(population, pool, record["seed"], record["params"])
    expected = record["result"]
    if [{k: s[k] for k in ("keyArea", "riskLevel", "creditClass", "population", "quota", "drawn")} for s in strata] != [
        {k: s[k] for k in ("keyArea", "riskLevel", "creditClass", "population", "quota", "drawn")} for s in expected["strata"]
    ]:
        problems.append("the strata differ")
    if selections != expected["selections"]:
        problems.append("the selected targets or teams differ")
    if problems:
        print("DOES NOT REPRODUCE: " + "; ".join(problems))
        return 1
    print(f"REPRODUCES: {len(selections)} targets from {len(population)} eligible, teams of {record['params']['teamSize']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
