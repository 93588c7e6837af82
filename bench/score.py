#!/usr/bin/env python3
"""Score factcard's extractor against hand-made gold files (stdlib only).

Usage:
    python3 bench/score.py              # table per article + micro-averaged totals
    python3 bench/score.py --verbose    # also list misses and false positives
    python3 bench/score.py --json       # machine-readable results
    python3 bench/score.py --self-test  # check the matching functions

Gold files: tests/fixtures/seed/gold.json and tests/fixtures/gold/*.json (see
tests/fixtures/gold/README.md for the annotation conventions). Matching rules are
documented in bench/README.md. Exit status is 0 unless the CLI itself fails.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATEGORIES = ("dates", "figures", "quotes", "people", "organizations")

# --------------------------------------------------------------------------- normalisation

_QUOTE_MAP = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}
_EDGE_PUNCT = " \t\n\"'.,;:!?()[]{}-\u2026*"


def norm(text: str | None) -> str:
    """Case-fold, unify quotes/dashes, collapse whitespace, strip surrounding punctuation."""
    if not text:
        return ""
    t = unicodedata.normalize("NFKC", str(text))
    t = "".join(_QUOTE_MAP.get(c, c) for c in t)
    t = t.casefold()
    t = re.sub(r"\s+", " ", t)
    # strip surrounding punctuation and quotes (repeatedly: `"cannon fodder."` -> `cannon fodder`)
    prev = None
    while prev != t:
        prev = t
        t = t.strip(_EDGE_PUNCT)
    return t


_TOKEN_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W_]+(?:'[^\W_]+)*", re.UNICODE)


def tokens(text: str | None) -> list[str]:
    """Word tokens of the normalised text (possessive 's dropped)."""
    out = []
    for tok in _TOKEN_RE.findall(norm(text)):
        if tok.endswith("'s"):
            tok = tok[:-2]
        out.append(tok)
    return out


def token_overlap(a: str | None, b: str | None) -> float:
    """Multiset token overlap divided by the token count of the longer text."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    counts: dict[str, int] = {}
    for t in ta:
        counts[t] = counts.get(t, 0) + 1
    common = 0
    for t in tb:
        if counts.get(t, 0) > 0:
            counts[t] -= 1
            common += 1
    return common / max(len(ta), len(tb))


# Titles, honorifics and org-name furniture that may be added/dropped without changing the referent.
TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "sen", "senator", "rep", "representative", "gov", "governor", "pres", "president", "gen",
    "general", "col", "colonel", "capt", "captain", "lt", "sgt", "sergeant", "adm", "admiral",
    "rev", "reverend", "fr", "father", "st", "saint", "judge", "justice", "minister", "chancellor",
    "prime", "premier", "mayor", "king", "queen", "prince", "princess", "pope", "chief",
    "officer", "detective", "det", "insp", "inspector", "ceo", "coach", "jr", "sr", "ii", "iii",
    "hon", "honourable", "honorable", "mp", "mep", "md", "phd", "esq",
}
ORG_FURNITURE = {
    "the", "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
    "plc", "group", "holdings", "ag", "sa", "gmbh", "of", "and", "&",
}


def _name_core(name: str | None, drop: set[str]) -> list[str]:
    return [t for t in tokens(name) if t not in drop]


def person_match(a: str | None, b: str | None) -> bool:
    """Same person: equal after normalisation, or equal once titles are dropped, or one name is
    the other plus a first name / title (i.e. one core token list is a contiguous run of the other,
    sharing the last token = surname)."""
    if not norm(a) or not norm(b):
        return False
    if norm(a) == norm(b):
        return True
    ca, cb = _name_core(a, TITLES), _name_core(b, TITLES)
    if not ca or not cb:
        return False
    if ca == cb:
        return True
    short, long_ = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    if short[-1] != long_[-1]:
        return False
    return long_[len(long_) - len(short):] == short


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w and w not in ("of", "and", "the", "for", "&", "in", "on"))


def org_match(a: str | None, b: str | None, a_short: str | None = None,
              b_short: str | None = None) -> bool:
    """Same organization: equal, equal without furniture ("The", "Inc."), one contained in the
    other at a word boundary (e.g. "Russia's defense ministry" vs "defense ministry"), or one is an
    acronym / declared short form of the other."""
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    ca, cb = _name_core(a, ORG_FURNITURE), _name_core(b, ORG_FURNITURE)
    if ca and ca == cb:
        return True
    # declared short forms ("Institute for the Study of War (ISW)")
    for short, other in ((a_short, b), (b_short, a)):
        if short and norm(short) == norm(other):
            return True
    # acronym of the other (ISW <-> Institute for the Study of War)
    ta, tb = tokens(a), tokens(b)
    if len(ta) == 1 and len(tb) >= 2 and ta[0] == _acronym(tb):
        return True
    if len(tb) == 1 and len(ta) >= 2 and tb[0] == _acronym(ta):
        return True
    # containment at a word boundary, with substantial overlap
    if ca and cb:
        short, long_ = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
        n = len(short)
        for i in range(len(long_) - n + 1):
            if long_[i:i + n] == short:
                if token_overlap(a, b) >= 0.5 or (n >= 1 and len(long_) - n <= 1):
                    return True
    return False


SPAN_STOPWORDS = {"on", "in", "at", "by", "of", "the", "a", "an", "to", "for", "and", "about",
                  "some", "nearly", "around", "more", "than", "since", "from", "until", "last",
                  "this", "next", "that", "it", "is", "was", "i", "we", "you", "he", "she"}


def span_match(a: str | None, b: str | None) -> bool:
    """Dates, figures, quotes: normalised equality, or token overlap >= 50% of the longer span
    where the shared tokens include at least one content word (so "on Tuesday" does not match
    "on Friday" through "on")."""
    if not norm(a) or not norm(b):
        return False
    if norm(a) == norm(b):
        return True
    if token_overlap(a, b) < 0.5:
        return False
    return bool((set(tokens(a)) & set(tokens(b))) - SPAN_STOPWORDS)


# --------------------------------------------------------------------------- attribute checks

_ISO_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def iso_right(gold_iso: str | None, pred: str | None) -> bool:
    """Predicted date equals gold iso at the gold's precision.

    The prediction is truncated to the gold's precision (YYYY, YYYY-MM or YYYY-MM-DD) and compared;
    a prediction less precise than the gold is wrong. So gold 2022-11 accepts 2022-11 and
    2022-11-24, gold 2022-11-22 needs exactly 2022-11-22. Decades/ranges in gold ("1930s") are
    compared as strings after normalisation."""
    if gold_iso is None:
        return True
    if not pred:
        return False
    g, p = str(gold_iso).strip(), str(pred).strip()
    mg, mp = _ISO_RE.match(g), _ISO_RE.match(p)
    if not mg or not mp or mg.group(0) != g:
        return norm(g) == norm(p)
    glen = len(g)
    return len(mp.group(0)) >= glen and p[:glen] == g


def value_right(gold_val, pred_val) -> bool:
    if gold_val is None:
        return pred_val is None
    try:
        g, p = float(gold_val), float(pred_val)
    except (TypeError, ValueError):
        return False
    return abs(g - p) <= 1e-6 * max(1.0, abs(g))


def _head(speaker: str | None) -> str:
    toks = [t for t in tokens(re.split(r"[(,]", speaker or "")[0]) if t not in TITLES]
    return toks[-1] if toks else ""


def speaker_right(gold: str | None, pred: str | None) -> bool:
    """Equal after normalisation, or sharing the surname / head noun (last token of the speaker
    phrase before any comma or parenthesis, titles dropped)."""
    if gold is None:
        return pred is None or norm(pred) == ""
    if not pred:
        return False
    if norm(gold) == norm(pred):
        return True
    hg, hp = _head(gold), _head(pred)
    if hg and hg == hp:
        return True
    # head noun of a plural/singular pair ("officials"/"official")
    if hg and hp and (hg.rstrip("s") == hp.rstrip("s")) and len(hg) > 3:
        return True
    return False


def role_right(gold: str | None, pred: str | None) -> bool:
    """Both null, or token overlap >= 50% (of the longer; the gold's parenthetical note such as
    "(photo credit)" is ignored)."""
    g = re.sub(r"\([^)]*\)", "", gold or "").strip() if gold else None
    if not g:
        return not (pred and norm(pred))
    if not pred or not norm(pred):
        return False
    return token_overlap(g, pred) >= 0.5


# --------------------------------------------------------------------------- matching


def greedy_match(gold: list, pred: list, matcher, score) -> list[tuple[int, int]]:
    """One-to-one greedy matching: all matching (gold, pred) pairs sorted by score (exact match
    first, then token overlap, then document order), each item used at most once."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if matcher(g, p):
                cands.append((-score(g, p), gi, pi))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def _pair_score(a: str, b: str) -> float:
    return (1.0 if norm(a) == norm(b) else 0.0) + token_overlap(a, b)


def gold_items(gold: dict) -> dict[str, list[dict]]:
    orgs = []
    for o in gold.get("organizations", []):
        if isinstance(o, str):
            orgs.append({"name": o, "short": None})
        else:
            orgs.append({"name": o.get("name"), "short": o.get("short")})
    return {
        "dates": [{"text": d["text"], "iso": d.get("iso")} for d in gold.get("dates", [])],
        "figures": [{"text": f["text"], "value": f.get("value")} for f in gold.get("figures", [])],
        "quotes": [{"text": q["text"], "speaker": q.get("speaker")} for q in gold.get("quotes", [])],
        "people": [{"name": p["name"], "role": p.get("role")} for p in gold.get("people", [])],
        "organizations": orgs,
    }


def _field(obj, *names):
    if not isinstance(obj, dict):
        return obj if names and names[0] in ("text", "name") and isinstance(obj, str) else None
    for n in names:
        if n in obj:
            return obj[n]
    return None


def pred_items(sheet: dict) -> dict[str, list[dict]]:
    def lst(key):
        v = sheet.get(key) or []
        return v if isinstance(v, list) else []

    def date_of(e):
        d = _field(e, "date")
        if isinstance(d, dict):  # tolerate {"iso": ..., "precision": ...}
            d = _field(d, "iso", "value", "date")
        return d

    def speaker_of(q):
        s = _field(q, "speaker")
        if isinstance(s, dict):
            s = _field(s, "name", "text")
        return s

    def short_of(o):
        s = _field(o, "short")
        if isinstance(s, list):
            s = s[0] if s else None
        return s

    return {
        "dates": [{"text": _field(e, "text"), "iso": date_of(e)} for e in lst("events")],
        "figures": [{"text": _field(f, "text"), "value": _field(f, "value")} for f in lst("figures")],
        "quotes": [{"text": _field(q, "text"), "speaker": speaker_of(q)} for q in lst("quotes")],
        "people": [{"name": _field(p, "name"), "role": _field(p, "role")} for p in lst("people")],
        "organizations": [{"name": _field(o, "name"), "short": short_of(o)}
                          for o in lst("organizations")],
    }


def score_category(cat: str, gold: list[dict], pred: list[dict]) -> dict:
    if cat in ("dates", "figures", "quotes"):
        matcher = lambda g, p: span_match(g["text"], p["text"])
        sc = lambda g, p: _pair_score(g["text"], p["text"])
        show = lambda x: x["text"]
    elif cat == "people":
        matcher = lambda g, p: person_match(g["name"], p["name"])
        sc = lambda g, p: _pair_score(g["name"], p["name"])
        show = lambda x: x["name"]
    else:
        matcher = lambda g, p: org_match(g["name"], p["name"], g.get("short"), p.get("short"))
        sc = lambda g, p: _pair_score(g["name"], p["name"])
        show = lambda x: x["name"]
    pairs = greedy_match(gold, pred, matcher, sc)
    res = {"tp": len(pairs), "gold": len(gold), "pred": len(pred), "attr_ok": 0, "attr_n": 0,
           "misses": [], "false_positives": [], "attr_wrong": []}
    mg = {g for g, _ in pairs}
    mp = {p for _, p in pairs}
    res["misses"] = [show(gold[i]) for i in range(len(gold)) if i not in mg]
    res["false_positives"] = [show(pred[i]) for i in range(len(pred)) if i not in mp]
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        if cat == "dates":
            if g["iso"] is None:
                continue  # only gold items with an iso count
            ok, detail = iso_right(g["iso"], p["iso"]), (g["iso"], p["iso"])
        elif cat == "figures":
            ok, detail = value_right(g["value"], p["value"]), (g["value"], p["value"])
        elif cat == "quotes":
            ok, detail = speaker_right(g["speaker"], p["speaker"]), (g["speaker"], p["speaker"])
        elif cat == "people":
            ok, detail = role_right(g["role"], p["role"]), (g["role"], p["role"])
        else:
            continue
        res["attr_n"] += 1
        res["attr_ok"] += int(ok)
        if not ok:
            res["attr_wrong"].append({"item": show(g), "gold": detail[0], "pred": detail[1]})
    return res


ATTR_LABEL = {"dates": "norm", "figures": "value", "quotes": "speaker", "people": "role"}


def prf(tp: int, gold: int, pred: int) -> tuple[float, float, float]:
    p = tp / pred if pred else (1.0 if gold == 0 else 0.0)
    r = tp / gold if gold else (1.0 if pred == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# --------------------------------------------------------------------------- running


def find_gold_files() -> list[str]:
    files = []
    seed = os.path.join(ROOT, "tests", "fixtures", "seed", "gold.json")
    if os.path.exists(seed):
        files.append(seed)
    files += sorted(glob.glob(os.path.join(ROOT, "tests", "fixtures", "gold", "*.json")))
    return files


def article_path(gold_file: str) -> str:
    if os.path.basename(gold_file) == "gold.json":
        return os.path.join(os.path.dirname(gold_file), "article.txt")
    name = os.path.splitext(os.path.basename(gold_file))[0]
    return os.path.join(ROOT, "tests", "fixtures", "corpus", name, "article.txt")


def ensure_binary(binary: str) -> None:
    if os.path.exists(binary):
        return
    print(f"building {binary} ...", file=sys.stderr)
    r = subprocess.run(["cargo", "build", "--release", "-p", "factcard-cli"], cwd=ROOT)
    if r.returncode != 0 or not os.path.exists(binary):
        print("error: could not build factcard-cli", file=sys.stderr)
        sys.exit(2)


def run_cli(binary: str, gold: dict, article: str) -> dict:
    cmd = [binary, "extract", "--published", str(gold["published"])[:10]]
    if gold.get("headline"):
        cmd += ["--headline", gold["headline"]]
    cmd.append(article)
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        print(f"error: CLI failed on {article} (exit {r.returncode}): {r.stderr.strip()}",
              file=sys.stderr)
        sys.exit(r.returncode or 1)
    try:
        return json.loads(r.stdout)
    except json.JSONDecodeError as e:
        print(f"error: CLI printed invalid JSON for {article}: {e}", file=sys.stderr)
        sys.exit(1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true", help="print results as JSON")
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="list misses, false positives and wrong attributes per article")
    ap.add_argument("--self-test", action="store_true", help="test the matching functions")
    ap.add_argument("--binary", default=None, help="path to the factcard binary")
    ap.add_argument("gold", nargs="*", help="gold files (default: seed + tests/fixtures/gold/*.json)")
    args = ap.parse_args(argv)
    if args.self_test:
        return self_test()

    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    binary = args.binary or os.path.join(target, "release", "factcard-cli")
    ensure_binary(binary)

    files = args.gold or find_gold_files()
    articles = []
    totals = {c: {"tp": 0, "gold": 0, "pred": 0, "attr_ok": 0, "attr_n": 0} for c in CATEGORIES}
    for gf in files:
        with open(gf, encoding="utf-8") as fh:
            gold = json.load(fh)
        art = article_path(gf)
        sheet = run_cli(binary, gold, art)
        g_items, p_items = gold_items(gold), pred_items(sheet)
        per = {}
        for c in CATEGORIES:
            res = score_category(c, g_items[c], p_items[c])
            per[c] = res
            for k in ("tp", "gold", "pred", "attr_ok", "attr_n"):
                totals[c][k] += res[k]
        name = gold.get("article") or os.path.splitext(os.path.basename(gf))[0]
        articles.append({"article": name, "file": os.path.relpath(gf, ROOT), "scores": per})

    summary = {}
    for c in CATEGORIES:
        t = totals[c]
        p, r, f = prf(t["tp"], t["gold"], t["pred"])
        entry = {"precision": p, "recall": r, "f1": f, **{k: t[k] for k in ("tp", "gold", "pred")}}
        if c in ATTR_LABEL:
            entry[ATTR_LABEL[c] + "_right"] = t["attr_ok"] / t["attr_n"] if t["attr_n"] else None
            entry["attr_ok"], entry["attr_n"] = t["attr_ok"], t["attr_n"]
        summary[c] = entry

    if args.json:
        out = {"articles": [], "micro": summary}
        for a in articles:
            sc = {}
            for c in CATEGORIES:
                r = a["scores"][c]
                p, rc, f = prf(r["tp"], r["gold"], r["pred"])
                d = {"precision": p, "recall": rc, "f1": f, "tp": r["tp"], "gold": r["gold"],
                     "pred": r["pred"], "attr_ok": r["attr_ok"], "attr_n": r["attr_n"]}
                if args.verbose:
                    d.update(misses=r["misses"], false_positives=r["false_positives"],
                             attr_wrong=r["attr_wrong"])
                sc[c] = d
            out["articles"].append({"article": a["article"], "file": a["file"], "scores": sc})
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0

    print_table(articles, summary, args.verbose)
    return 0


def _fmt_attr(ok: int, n: int) -> str:
    return f"{ok}/{n}" if n else "-"


def print_table(articles: list[dict], summary: dict, verbose: bool) -> None:
    short = {"dates": "dates", "figures": "figures", "quotes": "quotes", "people": "people",
             "organizations": "orgs"}
    w = max([len(a["article"]) for a in articles] + [12])
    head = f"{'article':<{w}} " + " ".join(f"{short[c]:>21}" for c in CATEGORIES)
    print("per article: F1 (tp/gold/pred) [attribute right/matched]")
    print(head)
    print("-" * len(head))
    for a in articles:
        cells = []
        for c in CATEGORIES:
            r = a["scores"][c]
            f = prf(r["tp"], r["gold"], r["pred"])[2]
            cell = f"{f:.2f} ({r['tp']}/{r['gold']}/{r['pred']})"
            if c in ATTR_LABEL:
                cell += f" [{_fmt_attr(r['attr_ok'], r['attr_n'])}]"
            cells.append(f"{cell:>21}")
        print(f"{a['article']:<{w}} " + " ".join(cells))
    print()
    print("micro-averaged totals")
    print(f"{'category':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'gold':>6}{'pred':>6}   attribute")
    for c in CATEGORIES:
        s = summary[c]
        attr = ""
        if c in ATTR_LABEL:
            v = s[ATTR_LABEL[c] + "_right"]
            label = {"dates": "normalised right", "figures": "value right",
                     "quotes": "speakers right", "people": "roles right"}[c]
            attr = (f"{v * 100:5.1f}% {label} ({s['attr_ok']}/{s['attr_n']})" if v is not None
                    else f"  n/a {label}")
        print(f"{c:<14}{s['precision']:>7.2f}{s['recall']:>7.2f}{s['f1']:>7.2f}"
              f"{s['tp']:>6}{s['gold']:>6}{s['pred']:>6}   {attr}")
    if verbose:
        for a in articles:
            print()
            print(f"== {a['article']} ({a['file']})")
            for c in CATEGORIES:
                r = a["scores"][c]
                if r["misses"]:
                    print(f"  {c} missed: " + "; ".join(repr(m) for m in r["misses"]))
                if r["false_positives"]:
                    print(f"  {c} false positives: " + "; ".join(repr(m) for m in r["false_positives"]))
                for wrong in r["attr_wrong"]:
                    print(f"  {c} {ATTR_LABEL[c]} wrong: {wrong['item']!r}: gold {wrong['gold']!r}"
                          f" vs predicted {wrong['pred']!r}")


# --------------------------------------------------------------------------- self-test


def self_test() -> int:
    checks = [
        # normalisation
        (norm("  \u201cCannon   fodder.\u201d ") == "cannon fodder", "norm strips curly quotes/punct"),
        (norm("'It\u2019s'") == "it's", "norm unifies apostrophes"),
        (tokens("Russia's defense ministry") == ["russia", "defense", "ministry"], "tokens drop 's"),
        (tokens("$4.8 billion") == ["4.8", "billion"], "tokens keep decimals"),
        # spans
        (span_match("on Tuesday", "On Tuesday"), "span equal case-insensitive"),
        (span_match("on Tuesday", "Tuesday"), "span 1/2 overlap matches"),
        (span_match("Sunday, November 27", "November 27"), "span 2/3 overlap"),
        (span_match("last week", "this week"), "span 1/2 overlap matches (rule is >= 50%)"),
        (span_match("September 21", "September"), "span 1/2 overlap matches"),
        (not span_match("on Tuesday", "on Friday"), "span overlap of stopwords only"),
        (span_match("Indeed, such a meeting is planned, we can confirm,",
                    "\u201cIndeed, such a meeting is planned, we can confirm,\u201d"), "quote marks"),
        (not span_match("1,500 mothers", "300,000 reservists"), "different figures"),
        (span_match("about 1,500 mothers", "1,500 mothers"), "figure with hedge"),
        # people
        (person_match("Dmitry Peskov", "Peskov"), "surname alone"),
        (person_match("Dmitry Peskov", "Mr. Peskov"), "title + surname"),
        (person_match("Vladimir Putin", "President Vladimir Putin"), "title + full name"),
        (not person_match("Dmitry Peskov", "Dmitry Medvedev"), "same first name"),
        (not person_match("Vladimir Putin", "Vladimir"), "first name alone"),
        # orgs
        (org_match("Institute for the Study of War", "ISW"), "acronym"),
        (org_match("Institute for the Study of War", "The Institute for the Study of War"), "leading The"),
        (org_match("Institute for the Study of War", "Institute", None, None) is False, "single word"),
        (org_match("Russia's defense ministry", "defense ministry"), "org without possessor"),
        (org_match("Kremlin", "the Kremlin"), "org with article"),
        (org_match("Apple", "Apple Inc."), "org furniture"),
        (org_match("Radio Free Europe/Radio Liberty", "Radio Liberty", None, "RFE/RL") is False,
         "partial org with low overlap"),
        (org_match("Radio Free Europe/Radio Liberty", "x", "RFE/RL", "Radio Free Europe/Radio Liberty"),
         "declared short form"),
        (not org_match("BBC News", "Newsweek"), "different orgs"),
        # dates
        (iso_right("2022-11", "2022-11"), "iso month equal"),
        (iso_right("2022-11", "2022-11-24"), "iso day within gold month"),
        (not iso_right("2022-11-22", "2022-11"), "iso less precise than gold"),
        (not iso_right("2022-11-22", "2022-11-21"), "iso wrong day"),
        (iso_right("2022", "2022-03-01"), "iso year"),
        (not iso_right("2022-07", "2021-07"), "iso wrong year"),
        # figures
        (value_right(300000, 300000.0), "value float/int"),
        (not value_right(4.8e9, 4.8), "value scale"),
        # speakers
        (speaker_right("Dmitry Peskov", "Peskov"), "speaker surname"),
        (speaker_right("Russian defense officials", "defense officials"), "speaker head noun"),
        (speaker_right("one woman (a Russian soldier's mother, in footage)", "a woman"), "speaker head, note dropped"),
        (not speaker_right("Dmitry Peskov", "Vladimir Putin"), "speaker wrong"),
        (not speaker_right("Dmitry Peskov", None), "speaker missing"),
        # roles
        (role_right("Kremlin spokesman", "spokesman"), "role 1/2"),
        (role_right("governor of the Kemerovo region", "governor of the Kemerovo region"), "role eq"),
        (role_right(None, None), "role both null"),
        (not role_right(None, "spokesman"), "role spurious"),
        (role_right("photographer (photo credit)", "photographer"), "role note ignored"),
        (not role_right("Russian President", None), "role missing"),
    ]
    # greedy one-to-one: two gold "this week", one prediction -> one tp
    g = [{"text": "this week"}, {"text": "this week"}]
    p = [{"text": "this week"}]
    pairs = greedy_match(g, p, lambda a, b: span_match(a["text"], b["text"]),
                         lambda a, b: _pair_score(a["text"], b["text"]))
    checks.append((len(pairs) == 1, "greedy one-to-one"))
    # exact match preferred over partial
    g = [{"text": "on Tuesday"}, {"text": "Tuesday night"}]
    p = [{"text": "Tuesday night"}, {"text": "on Tuesday"}]
    pairs = greedy_match(g, p, lambda a, b: span_match(a["text"], b["text"]),
                         lambda a, b: _pair_score(a["text"], b["text"]))
    checks.append((pairs == [(0, 1), (1, 0)], "greedy prefers exact"))
    res = score_category("people", [{"name": "Dmitry Peskov", "role": "Kremlin spokesman"}],
                         [{"name": "Peskov", "role": "spokesman"}, {"name": "Putin", "role": None}])
    checks.append((res["tp"] == 1 and res["attr_ok"] == 1 and res["false_positives"] == ["Putin"],
                   "score_category people"))
    checks.append((prf(1, 2, 1) == (1.0, 0.5, 2 / 3), "prf"))
    failed = [name for ok, name in checks if not ok]
    for name in failed:
        print(f"FAIL: {name}")
    print(f"self-test: {len(checks) - len(failed)}/{len(checks)} passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
