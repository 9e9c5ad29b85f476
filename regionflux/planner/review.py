"""A model's layout checked against what the offline reader finds in the same prompt.

Small models return valid JSON that still misses the picture: two regions for six things, every box
in one corner, "a vaporwave aesthetic" as a region. The offline reader cannot write rich
descriptions, but it knows which things a prompt names, how many, where they go relative to each
other and which words are style. :func:`review` lists where a model's layout disagrees with that
(the problems go back to the model as a repair round); :func:`merge` keeps the offline boxes with
the model's descriptions where those agree, for when the model cannot fix them in time.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ..layout import Layout, Region
from . import lexicon as lx

#: Which way the centre of ``a`` lies from the centre of ``b``: (axis, sign).
_DIRECTIONS = {"left_of": ("x", -1), "right_of": ("x", 1), "above": ("y", -1), "on": ("y", -1), "below": ("y", 1)}


def _words(text: str) -> list[str]:
    return [lx.singular(w) for w in re.findall(r"[a-z]+", text.lower())]


def regions_of(layout: Layout, label: str) -> list[Region]:
    """The regions that draw ``label``: by their label, else by their description."""
    head = lx.singular(label.split()[-1].lower()) if label.strip() else ""
    by_label = [r for r in layout.regions if r.label and head in _words(r.label)]
    return by_label or [r for r in layout.regions if head in _words(r.description)]


def _centre(region: Region, axis: str) -> float:
    x0, y0, x1, y1 = region.box
    return (x0 + x1) / 2 if axis == "x" else (y0 + y1) / 2


def review(layout: Layout, offline: Layout, reading) -> list[str]:
    """Where ``layout`` disagrees with the offline reading of its prompt, one line each, worded as
    what to fix; empty when it agrees. Only what the offline reader is sure of is checked: things it
    found, their counts, relations stated in words, and style or filler words used as regions."""
    problems = []
    wanted = Counter(r.label for r in offline.regions if r.label)
    for label, count in wanted.items():
        found = len(regions_of(layout, label))
        if not found:
            problems.append(f"regions: nothing draws the {label}; add a region for it")
        elif count > 1 and found != count:
            problems.append(f"regions: the request has {count} of {lx.plural(label)}; give each its own region "
                            f"({found} now)")
    for relation in reading.relations:
        if relation.kind not in _DIRECTIONS or relation.b is None:
            continue
        first, second = regions_of(layout, relation.a.label), regions_of(layout, relation.b.label)
        if not first or not second or relation.a.label == relation.b.label:
            continue
        axis, sign = _DIRECTIONS[relation.kind]
        if any(a is not b and sign * (_centre(a, axis) - _centre(b, axis)) <= 0 for a in first for b in second):
            where = {"left_of": "left of", "right_of": "right of", "above": "above", "on": "on top of",
                     "below": "below"}[relation.kind]
            problems.append(f"boxes: the {relation.a.label} must be {where} the {relation.b.label}; move its box")
    negated = {lx.singular(n.lower()) for n in reading.negated}
    for n, region in enumerate(layout.regions):
        label = (region.label or "").lower()
        words = _words(label)
        head = words[-1] if words else ""
        if head and head in negated and head not in wanted:
            problems.append(f"regions[{n}]: the request says not to draw {label!r}; remove that region")
        elif head and head not in wanted and not any(head == lx.singular(w) for w in wanted) and (
                any(label in phrase.lower() for phrase in reading.style)
                or head in lx.STYLE_WORDS | lx.STYLE_ADJECTIVES | lx.FILLERS and head not in lx.THINGS
                or head in lx.SETTINGS and not wanted.get(head) and offline.regions):
            problems.append(f"regions[{n}]: {region.label!r} is the picture's style or setting, not a thing; "
                            "put it in prompt or background_prompt and remove the region")
    return problems


def merge(layout: Layout, offline: Layout, negated=()) -> tuple[Layout, int]:
    """The offline layout, each region described as the model described it where the model's words
    name the same thing, keep its colours and name no other thing, colour or negated word;
    (layout, regions taken)."""
    taken, used = 0, set()
    regions = []
    colours_of = [{c for c in lx.COLOURS if c in _words(r.description)} for r in offline.regions]
    for n, region in enumerate(offline.regions):
        colours = colours_of[n]
        others = set().union(*colours_of[:n], *colours_of[n + 1:]) - colours  # another thing's colour
        own = lx.singular((region.label or "").lower())
        others |= {lx.singular(w.lower()) for w in negated}  # nor what the prompt says not to draw,
        others |= {lx.singular((r.label or "").lower()) for r in offline.regions} - {own, ""}  # nor another thing
        choice: Optional[Region] = None
        for candidate in regions_of(layout, region.label or region.description):
            if id(candidate) in used:
                continue
            theirs = set(_words(candidate.description))
            if lx.singular((region.label or "").lower()) in theirs and not theirs & others and colours <= theirs:
                choice = candidate
                break
        if choice is not None:
            used.add(id(choice))
            taken += 1
            region = region.model_copy(update={"description": choice.description})
        regions.append(region)
    return offline.model_copy(update={"regions": regions}), taken
