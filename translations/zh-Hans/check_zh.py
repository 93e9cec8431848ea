#!/usr/bin/env python3
"""Checks the Chinese story against the English one.

- Same structure: every key of the English file is present, in the same order, and the only
  new keys are meta.translation, meta.translation_en, readings[].quote_translations and
  mentions[].quote_translation.
- Every value that is not prose (ids, dates, times, zones, urls, enums, numbers, booleans,
  references, quotes, source outlets and titles, text titles, authors and outlets, series
  scale) equals the English value byte for byte.
- Every prose value is translated: it differs from the English and contains Chinese.
- Each reading's quote_translations has the same length as its quotes; each mention has a
  non-empty quote_translation.
Usage: check_zh.py [EN_JSON] [ZH_JSON]; exits 1 on any problem.
"""
import json, re, sys

EN = sys.argv[1] if len(sys.argv) > 1 else "public/data/story.json"
ZH = sys.argv[2] if len(sys.argv) > 2 else "public/data/story.zh-Hans.json"

# Prose fields, as paths with list indices replaced by [].
PROSE = {
    "$.meta.title", "$.meta.subtitle", "$.meta.credits",
    "$.lanes[].label", "$.lanes[].description", "$.eras[].label",
    "$.events[].headline", "$.events[].summary", "$.events[].date_label",
    "$.events[].confidence_note", "$.events[].time.note",
    "$.events[].mentions[].expected", "$.events[].mentions[].happened",
    "$.series[].metric", "$.series[].unit", "$.series[].source", "$.series[].caveat",
    "$.series[].points[].caveat",
    "$.chart_notes[].label", "$.chart_notes[].source",
    "$.texts[].label", "$.texts[].date_note", "$.texts[].genre", "$.texts[].app_name",
    "$.topics[].question", "$.topics[].spectrum.left", "$.topics[].spectrum.right",
    "$.topics[].readings[].paraphrase", "$.topics[].common_ground", "$.topics[].key_difference",
    "$.questions[].prompt", "$.method[]", "$.presentation[].note",
}
# Changed on purpose, checked apart.
SPECIAL = {"$.meta.language": "zh-Hans"}
ADDED = {"$.meta.translation", "$.meta.translation_en", "$.meta.original_language",
         "$.topics[].readings[].quote_translations", "$.events[].mentions[].quote_translation"}
CJK = re.compile(r"[\u4e00-\u9fff]")

problems = []
def bad(path, msg):
    problems.append(f"{path}: {msg}")

def generic(path):
    return re.sub(r"\[\d+\]", "[]", path)

def walk(en, zh, path):
    g = generic(path)
    if isinstance(en, dict):
        if not isinstance(zh, dict):
            return bad(path, "not an object")
        en_keys = list(en)
        zh_keys = [k for k in zh if generic(f"{path}.{k}") not in ADDED]
        if en_keys != zh_keys:
            bad(path, f"keys differ: {en_keys} vs {zh_keys}")
        for k in en:
            if k in zh:
                walk(en[k], zh[k], f"{path}.{k}")
        for k in zh:
            p = f"{path}.{k}"
            if generic(p) in ADDED:
                check_added(en, zh, k, p)
    elif isinstance(en, list):
        if not isinstance(zh, list) or len(en) != len(zh):
            return bad(path, f"list length {len(en)} vs {len(zh) if isinstance(zh, list) else '-'}")
        for i, (a, b) in enumerate(zip(en, zh)):
            walk(a, b, f"{path}[{i}]")
    elif g in SPECIAL:
        if zh != SPECIAL[g]:
            bad(path, f"should be {SPECIAL[g]!r}")
    elif g in PROSE:
        if not isinstance(zh, str) or not zh.strip():
            bad(path, "empty translation")
        elif zh == en:
            bad(path, "left in English")
        elif not CJK.search(zh):
            bad(path, "no Chinese in translation")
    else:
        if type(en) is not type(zh) or en != zh:
            bad(path, f"must equal the English: {en!r} vs {zh!r}")

def check_added(en_parent, zh_parent, key, path):
    v = zh_parent[key]
    if key == "quote_translations":
        q = en_parent.get("quotes", [])
        if not isinstance(v, list) or len(v) != len(q):
            bad(path, f"{len(v) if isinstance(v, list) else '-'} translations for {len(q)} quotes")
        else:
            for i, s in enumerate(v):
                if not isinstance(s, str) or not CJK.search(s):
                    bad(f"{path}[{i}]", "not a Chinese translation")
        if list(zh_parent).index("quote_translations") != list(zh_parent).index("quotes") + 1:
            bad(path, "should follow quotes")
    elif key == "quote_translation":
        if not isinstance(v, str) or not CJK.search(v):
            bad(path, "not a Chinese translation")
        if "quote" not in en_parent:
            bad(path, "mention without a quote")
    elif key == "translation":
        if not isinstance(v, str) or not CJK.search(v):
            bad(path, "not Chinese")
    elif key == "original_language":
        if v != "en":
            bad(path, "the original is English")
    elif key == "translation_en":
        if not isinstance(v, str) or CJK.search(v) or len(v) < 40:
            bad(path, "should be an English statement")

en = json.load(open(EN, encoding="utf-8"))
zh = json.load(open(ZH, encoding="utf-8"))
walk(en, zh, "$")
for p in sorted(ADDED):
    pass
# Every mention and reading has its translation key.
for i, e in enumerate(zh["events"]):
    for j, m in enumerate(e["mentions"]):
        if "quote_translation" not in m:
            bad(f"$.events[{i}].mentions[{j}]", "no quote_translation")
for i, t in enumerate(zh["topics"]):
    for j, r in enumerate(t["readings"]):
        if "quote_translations" not in r:
            bad(f"$.topics[{i}].readings[{j}]", "no quote_translations")
for k in ("translation", "translation_en", "original_language"):
    if k not in zh["meta"]:
        bad("$.meta", f"no {k}")
# Prose hygiene: Chinese prose uses Chinese punctuation.
def prose_values(node, path="$"):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from prose_values(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from prose_values(v, f"{path}[{i}]")
    elif isinstance(node, str):
        g = generic(path)
        if g in PROSE or g in {"$.meta.translation"} or g.endswith("quote_translation") or "quote_translations" in g:
            yield path, node
for path, s in prose_values(zh):
    for pat, what in ((r"[\u4e00-\u9fff][,;:?!](?!\d)", "ASCII punctuation after Chinese"),
                      (r"[\u4e00-\u9fff]\(|\)[\u4e00-\u9fff]", "ASCII parenthesis beside Chinese"),
                      (r"[\u4e00-\u9fff]\"|\"[\u4e00-\u9fff]", "straight quote beside Chinese"),
                      (r"[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]", "space between Chinese and digits"),
                      (r"\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b", "English date")):
        if re.search(pat, s):
            bad(path, f"{what}: {s[:60]}…")

counts = (sum(len(e["mentions"]) for e in zh["events"]),
          sum(len(r["quotes"]) for t in zh["topics"] for r in t["readings"]))
print(f"check_zh: {counts[0]} mention quotes, {counts[1]} reading quotes; {len(problems)} problems")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
