"""How well a planner turns plain prompts into layouts, by category, in the spirit of LMD's layout benchmark.

    python benchmarks/bench_planner.py                                   # the offline planner
    python benchmarks/bench_planner.py --prompts benchmarks/planner_prompts_heldout.json
    python benchmarks/bench_planner.py --base-url http://127.0.0.1:8765/v1 --model smollm2   # any served model
    python benchmarks/bench_planner.py --planner local --model Qwen/Qwen2.5-1.5B-Instruct        # in this process
    python benchmarks/bench_planner.py --edits                                              # the edit set

Each prompt in the set (``benchmarks/planner_prompts.json``) has a category and a predicate on the
layout:
- negation: no region mentions an ``absent`` object; every ``present`` one has a region;
- numeracy: exactly ``counts[obj]`` regions of each counted object;
- attribution: each object's region carries its colour and none of the other objects' colours;
- spatial: the objects' box centres are in the stated ``order`` along ``axis`` (x: left to right,
  y: top to bottom).
A region is "of" an object when its label names it (singular or plural); where no region's label
does, when its description does. It prints accuracy per category, hard failures (no layout at all)
and mean seconds per prompt, all measured in this one run.

``--edits`` runs the edit set (``benchmarks/planner_edits.json``) instead: a small layout, an
instruction, and the expected change of one region (moved left/right/up/down, bigger, smaller,
removed, added, recoloured), with every other region required to stay exactly as it was.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from regionflux.errors import RegionfluxError
from regionflux.planner import PlannerConfig, make_planner

HERE = Path(__file__).parent
COLOURS = ("red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "grey", "gray",
           "gold", "silver")
IRREGULAR = {"mouse": "mice", "child": "children", "person": "people", "knife": "knives", "leaf": "leaves",
             "wolf": "wolves", "goose": "geese", "man": "men", "woman": "women", "foot": "feet", "tooth": "teeth",
             "shelf": "shelves", "loaf": "loaves"}


def forms(noun: str) -> set[str]:
    """The singular and the plural spellings of an object's noun."""
    plural = IRREGULAR.get(noun) or (noun[:-1] + "ies" if re.search(r"[^aeiou]y$", noun) else
                                     noun + "es" if re.search(r"(s|x|z|ch|sh)$", noun) else noun + "s")
    return {noun, plural}


def names(text: str, noun: str) -> bool:
    return any(re.search(rf"\b{re.escape(form)}\b", text, re.I) for form in forms(noun))


def spelt(colour: str) -> str:
    """A colour's pattern: either spelling of grey; gold said as "golden" ("a golden harp" is gold)."""
    return "gr[ae]y" if colour in ("grey", "gray") else "gold(?:en)?" if colour == "gold" else re.escape(colour)


def regions_of(layout, noun: str) -> list:
    by_label = [r for r in layout.regions if r.label and any(names(r.label, form) for form in [noun])]
    return by_label or [r for r in layout.regions if names(r.description, noun)]


def centre(region, axis: str) -> float:
    x0, y0, x1, y1 = region.box
    return (x0 + x1) / 2 if axis == "x" else (y0 + y1) / 2


RELATIONS = {"left_of": ("x", -1), "right_of": ("x", 1), "above": ("y", -1), "below": ("y", 1)}


def check_relations(item: dict, layout) -> str:
    """Each ``[a, rel, b]`` holds between the centres of every region of a and every region of b."""
    for a, relation, b in item.get("relations", []):
        axis, sign = RELATIONS[relation]
        first, second = regions_of(layout, a), regions_of(layout, b)
        if not first or not second:
            return f"no region for {a if not first else b!r}"
        for ra in first:
            for rb in second:
                if ra is rb or sign * (centre(ra, axis) - centre(rb, axis)) <= 0:
                    return f"{a} is not {relation} {b}: {ra.box} vs {rb.box}"
    return ""


def check_style(item: dict, layout) -> str:
    """No region is labelled or described by a style or setting phrase of the prompt."""
    for phrase in item.get("style", []):
        for region in layout.regions:
            if phrase.lower() in region.description.lower() or (region.label and region.label.lower() in phrase.lower().split()):
                return f"the style {phrase!r} is in region {region.label!r}: {region.description!r}"
    return ""


def check(item: dict, layout) -> str:
    """'' when the layout satisfies the item's predicate, else what is wrong."""
    category = item["category"]
    if category == "counts_places":
        wrong = {noun: len(regions_of(layout, noun)) for noun, n in item["counts"].items()
                 if len(regions_of(layout, noun)) != n}
        return f"counts {wrong}, expected {item['counts']}" if wrong else check_relations(item, layout)
    if category == "scene":
        missing = [noun for noun in item["subjects"] if not regions_of(layout, noun)]
        if missing:
            return f"no region for {missing}"
        return check_relations(item, layout) or check_style(item, layout)
    if category == "single":
        if len(layout.regions) != 1:
            return f"{len(layout.regions)} regions ({[r.label for r in layout.regions]}), expected one"
        if not regions_of(layout, item["subject"]):
            return f"the region is not a {item['subject']}: {layout.regions[0].label!r}"
        return check_style(item, layout)
    if category == "negation":
        for noun in item["absent"]:
            hits = [r for r in layout.regions if names(r.description, noun) or (r.label and names(r.label, noun))]
            if hits:
                return f"draws the negated {noun!r}: {hits[0].description!r}"
        missing = [noun for noun in item["present"] if not regions_of(layout, noun)]
        return f"no region for {missing}" if missing else ""
    if category == "numeracy":
        wrong = {noun: len(regions_of(layout, noun)) for noun, n in item["counts"].items()
                 if len(regions_of(layout, noun)) != n}
        return f"counts {wrong}, expected {item['counts']}" if wrong else ""
    if category == "attribution":
        seen = set()
        for noun, colour in item["colours"].items():
            regions = regions_of(layout, noun)
            if not regions:
                return f"no region for {noun!r}"
            others = set(item["colours"].values()) - {colour}
            good = [r for r in regions if re.search(rf"\b{spelt(colour)}\b", r.description, re.I)
                    and not any(re.search(rf"\b{spelt(o)}\b", r.description, re.I) for o in others)]
            if not good:
                return f"{noun!r} is not {colour} alone: {regions[0].description!r}"
            if id(good[0]) in seen:
                return f"{noun!r} shares a region with another object"
            seen.add(id(good[0]))
        return ""
    if category == "spatial" and "relations" in item:
        return check_relations(item, layout)
    if category == "spatial":
        found = []
        for noun in item["order"]:
            regions = regions_of(layout, noun)
            if not regions:
                return f"no region for {noun!r}"
            found.append(centre(regions[0], item["axis"]))
        if any(a >= b for a, b in zip(found, found[1:])):
            return f"{item['order']} not in order along {item['axis']}: {found}"
        return ""
    raise ValueError(f"unknown category {category!r}")


EDIT_LAYOUTS = {
    "two": dict(prompt="a red car to the left of a blue bicycle", width=1024, height=768, regions=[
        dict(description="A red car", box=(64, 256, 448, 704), label="car"),
        dict(description="A blue bicycle", box=(576, 320, 960, 704), label="bicycle")]),
    "three": dict(prompt="a bird above a tree next to a white house", width=1024, height=1024, regions=[
        dict(description="A small bird flying", box=(400, 64, 608, 256), label="bird"),
        dict(description="A green tree", box=(64, 384, 448, 960), label="tree"),
        dict(description="A white house", box=(544, 448, 960, 960), label="house")]),
}


def check_edit(item: dict, before, after) -> str:
    """'' when the edit made the expected change and left every other region exactly as it was."""
    expect, target = item["expect"], item["expect"]["target"]
    others = [r for r in before.regions if r.label != target]
    kept = [r for r in after.regions if r.label != target and r.label in {o.label for o in others}]
    if kept != others:
        return "changed a region the instruction did not name"
    old, new = regions_of(before, target), regions_of(after, target)
    change = expect["change"]
    if change == "removed":
        return "" if not new else "still there"
    if change == "added":
        return "" if len(new) == len(old) + 1 else f"{len(new) - len(old)} added"
    if len(old) != 1 or len(new) != 1:
        return f"{len(new)} regions of {target!r} after the edit"
    (a,), (b,) = old, new
    area = lambda r: (r.box[2] - r.box[0]) * (r.box[3] - r.box[1])  # noqa: E731
    ok = {"right": centre(b, "x") > centre(a, "x"), "left": centre(b, "x") < centre(a, "x"),
          "up": centre(b, "y") < centre(a, "y"), "down": centre(b, "y") > centre(a, "y"),
          "bigger": area(b) > area(a), "smaller": area(b) < area(a),
          "colour": bool(re.search(rf"\b{expect.get('colour', '')}\b", b.description, re.I))}[change]
    return "" if ok else f"not {change}: {a.box} {a.description!r} -> {b.box} {b.description!r}"


def run_edits(planner, path: Path, show: bool) -> None:
    from regionflux import Layout

    items = json.loads(path.read_text())
    passed, hard, seconds = 0, 0, []
    for item in items:
        before = Layout.model_validate(EDIT_LAYOUTS[item["layout"]])
        start = time.perf_counter()
        try:
            after = planner.edit(before, item["instruction"])
        except RegionfluxError as exc:
            hard += 1
            problem = f"no layout: {str(exc).splitlines()[0]}"
        else:
            problem = check_edit(item, before, after)
        seconds.append(time.perf_counter() - start)
        passed += not problem
        if problem and show:
            print(f"  {item['instruction']!r}: {problem}", file=sys.stderr)
    print(f"edits: {100 * passed / len(items):.0f}% ({passed}/{len(items)}), no layout {hard}, "
          f"mean seconds per edit {statistics.mean(seconds):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prompts", default=str(HERE / "planner_prompts.json"))
    parser.add_argument("--planner", choices=("auto", "mock", "llm", "local"), default="auto")
    parser.add_argument("--model", help="chat model on the server, or a hub id / folder with --planner local")
    parser.add_argument("--edits", nargs="?", const=str(HERE / "planner_edits.json"), help="run the edit set")
    parser.add_argument("--base-url", help="OpenAI-compatible server")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--max-rounds", type=int, default=3)
    parser.add_argument("--deadline", type=float, help="seconds one plan may take in all (default: the planner's)")
    parser.add_argument("--no-review", action="store_true", help="LLM planners: take the model's layout unchecked")
    parser.add_argument("--limit", type=int, help="only the first N prompts of each category")
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args()

    items = json.loads(Path(args.prompts).read_text())
    if args.limit:
        counts = defaultdict(int)
        kept = []
        for item in items:
            counts[item["category"]] += 1
            if counts[item["category"]] <= args.limit:
                kept.append(item)
        items = kept
    config = PlannerConfig(kind=args.planner, model=args.model, base_url=args.base_url, timeout=args.timeout,
                           max_rounds=args.max_rounds, seed=0,
                           **({"deadline": args.deadline} if args.deadline else {}),
                           review=False if args.no_review else None)
    planner = make_planner(config)
    name = f"{config.model} at {config.base_url}" if config.uses_llm else (
        f"local {config.model or 'default model'}" if config.kind == "local" else "offline rule planner")
    if args.edits:
        print(f"planner: {name}; edits: {Path(args.edits).name}")
        run_edits(planner, Path(args.edits), args.show_failures)
        return
    results = defaultdict(list)
    hard, seconds, failures = defaultdict(int), [], []
    for item in items:
        start = time.perf_counter()
        try:
            layout = planner.plan(item["prompt"], width=1024, height=1024)
        except RegionfluxError as exc:
            seconds.append(time.perf_counter() - start)
            hard[item["category"]] += 1
            results[item["category"]].append(False)
            failures.append((item, f"no layout: {str(exc).splitlines()[0]}"))
            continue
        seconds.append(time.perf_counter() - start)
        problem = check(item, layout)
        results[item["category"]].append(not problem)
        if problem:
            failures.append((item, problem))

    print(f"planner: {name}; prompts: {Path(args.prompts).name} ({len(items)})")
    print(f"{'category':12} {'accuracy':>9} {'passed':>8} {'no layout':>10}")
    for category in ("negation", "numeracy", "attribution", "spatial", "counts_places", "scene", "single"):
        passed = results[category]
        if passed:
            print(f"{category:12} {100 * sum(passed) / len(passed):8.0f}% {sum(passed):4}/{len(passed):<3} "
                  f"{hard[category]:10}")
    total = [p for v in results.values() for p in v]
    print(f"{'all':12} {100 * sum(total) / len(total):8.0f}% {sum(total):4}/{len(total):<3} {sum(hard.values()):10}")
    print(f"mean seconds per prompt: {statistics.mean(seconds):.3f}; longest {max(seconds):.1f}; "
          f"over 60 s: {sum(s > 60 for s in seconds)}")
    if args.show_failures:
        for item, problem in failures:
            print(f"  [{item['category']}] {item['prompt']!r}: {problem}", file=sys.stderr)


if __name__ == "__main__":
    main()
