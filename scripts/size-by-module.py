#!/usr/bin/env python3
"""Groups the size report (target/size-report/top.csv, from scripts/size-report) by our modules
and components, and by other crates. Usage: scripts/size-by-module.py [N]"""
import csv, re, sys, collections
rows = [r for r in csv.DictReader(open("target/size-report/top.csv"))
        if not r["Name"].startswith("custom section") and "subsection" not in r["Name"]]
agg, count = collections.Counter(), collections.Counter()
for r in rows:
    name, size = r["Name"], int(r["ShallowSize"])
    ours = re.findall(r"rednote_explainer\[[0-9a-f]+\]::((?:[a-z_]+::)*)(__component_[a-z_]+|[A-Za-z_]+)", name)
    if ours:
        key = "".join(ours[0])
    elif name.startswith("data segment"):
        key = "(data segments)"
    else:
        m = re.match(r"^<?&?(?:mut )?(?:dyn )?([A-Za-z_0-9]+)", name)
        key = "(crate) " + (m.group(1) if m else name[:30])
    agg[key] += size
    count[key] += 1
print(f"total {sum(agg.values())} bytes")
for key, size in agg.most_common(int(sys.argv[1]) if len(sys.argv) > 1 else 40):
    print(f"{size:8d} {count[key]:5d}  {key}")
