"""Boxes for what the reader found: levels from top to bottom, things in a level from left to right,
each box sized to its kind.

Relations decide the levels ("above", "on", "under", "behind", "in front of": one level apart; "left
of", "next to", "between", "on each side of": the same level) and the order in a level; places on the
canvas ("in the top right corner", "on the left", "in the background") decide the rest. A sky is a band
across the top, the sea or the ground one across the bottom; what stands on something rests on it and
is centred over it; what is inside a container shares its inside. Everything is snapped to FLUX's
16-pixel tokens.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from ..layout import TOKEN_PX
from . import lexicon as lx
from .reading import Reading, Relation, Thing

_VERTICAL = {"above": 1, "on": 1, "behind": 1, "below": -1, "front": -1}
_SAME_LEVEL = ("left_of", "right_of", "next_to", "between", "each_side")
#: Relations that order things left to right across the picture.
_ACROSS = ("left_of", "right_of", "between", "each_side")


@dataclass
class _Item:
    """One region: an instance of a thing."""

    thing: Thing
    copy: int  # which of the thing's count
    side: Optional[str] = None  # left/right of the target, for "on each side of"
    box: list[float] = field(default_factory=list)


def _snap(value: float, size: int) -> int:
    return min(max(int(round(value / TOKEN_PX)) * TOKEN_PX, 0), size)


def fit_box(box: list[float], width: int, height: int) -> list[int]:
    """Snapped to tokens, at least one token each way, inside the canvas."""
    snapped = [_snap(box[0], width), _snap(box[1], height), _snap(box[2], width), _snap(box[3], height)]
    snapped[2] = max(snapped[2], snapped[0] + TOKEN_PX)
    snapped[3] = max(snapped[3], snapped[1] + TOKEN_PX)
    if snapped[2] > width:
        snapped[0], snapped[2] = max(0, width - max(TOKEN_PX, snapped[2] - snapped[0])), width
    if snapped[3] > height:
        snapped[1], snapped[3] = max(0, height - max(TOKEN_PX, snapped[3] - snapped[1])), height
    return snapped


def _band(thing: Thing, related: dict[int, set[str]]) -> Optional[str]:
    if thing.count != 1 or thing.counted:
        return None
    said = {"top", "bottom"} & thing.hints  # "a rocket at the top and a city skyline at the bottom"
    if said == {"bottom"} and thing.head in lx.TOP_BANDS or said == {"top"} and thing.head in lx.BOTTOM_BANDS:
        return said.pop()
    if thing.head in lx.TOP_BANDS:
        return "top"
    sided = thing.hints & {"left", "right"} or related.get(id(thing), set()) & {"left_of", "right_of"}
    if thing.head in lx.BOTTOM_BANDS and not sided and (
            id(thing) not in related or thing.head in ("sea", "ocean", "grass", "ground", "floor", "field", "lake", "water")):
        return "bottom"  # (not "a lake to the right of the cabin", "a lake on the left": beside it)
    return None


def _size(thing: Thing, holds: bool = False) -> float:
    """Largest fraction of the canvas a thing takes each way, by kind (a container holding things: large)."""
    if thing.group or thing.plural or holds:
        return 0.9
    if thing.head in lx.SMALL:
        return 0.26
    if thing.head in lx.LARGE:
        return 0.85
    return 0.6


class _Levels:
    """Which things share a level (union-find), and which level is above which."""

    def __init__(self, things: list[Thing]):
        self.parent = {id(t): id(t) for t in things}

    def find(self, key: int) -> int:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def arrange(reading: Reading, width: int, height: int, max_regions: int) -> tuple[list[dict], list[str]]:
    """Regions (description, box, label) for ``reading``, and notes on what had to give."""
    notes: list[str] = []
    things = [t for t in reading.things if t.inside is None]
    contents: dict[int, list[Thing]] = defaultdict(list)
    for thing in reading.things:
        if thing.inside is not None:
            contents[id(thing.inside)].append(thing)
    for key, items in contents.items():
        contents[key] = _side_by_side(items, reading.relations)
    things, contents = _fit(things, contents, max_regions, notes)
    if not things:
        return [], notes
    drawn = {id(t) for t in things}
    relations = [r if r.c is None or id(r.c) in drawn else Relation(r.a, r.kind, r.b, _outermost(r.c))
                 for r in reading.relations + _lifted(reading.relations)]
    relations = [r for r in relations if id(r.a) in drawn and (r.b is None or id(r.b) in drawn) and
                 (r.c is None or id(r.c) in drawn and r.c is not r.b)]  # ("a corgi between them": the vase a rose is in)
    relations = _with_supports(relations)
    related: dict[int, set[str]] = {}  # each related thing's relation kinds
    for r in relations:
        for t in (r.a, r.b):
            if t is not None:
                related.setdefault(id(t), set()).add(r.kind)
    levels = _assign_levels(things, relations, related)
    order = _order(things, relations, levels)
    held = {id(t) for t in reading.things if t.inside is not None}
    upper = {id(r.a if r.kind in ("above", "on") else r.b) for r in reading.relations  # "goldfish above a chest in a
             # tank", "a candle on top of a skull in a cabinet"
             if r.kind in ("above", "below", "on") and r.b is not None and {id(r.a), id(r.b)} <= held and
             r.a.inside is r.b.inside}
    return _geometry(things, relations, levels, order, contents, related, width, height, upper), notes


def _outermost(thing: Thing) -> Thing:
    for _ in range(8):
        if thing.inside is None:
            break
        thing = thing.inside
    return thing


def _lifted(relations: list[Relation]) -> list[Relation]:
    """"a vanity with a sink, a round mirror above the sink": a place said of what a container holds, against a thing
    outside it, places the container (the mirror above the vanity the sink is in)."""
    lifted = []
    for r in relations:
        if r.kind not in ("above", "below", "left_of", "right_of") or r.b is None:
            continue
        a, b = _outermost(r.a), _outermost(r.b)
        if (a is not r.a or b is not r.b) and a is not b and not any(
                o.a is a and o.b is b or o.a is b and o.b is a for o in relations):
            lifted.append(Relation(a, r.kind, b, r.c))
    return lifted


def _side_by_side(items: list[Thing], relations: list[Relation]) -> list[Thing]:
    """What one container holds, in the left-to-right order its relations say ("a laptop in the middle, a mug on
    its left"); else in the order the prompt names it."""
    order = list(items)
    ids = {id(t) for t in items}
    pairs = [(r.a, r.b) if r.kind == "left_of" else (r.b, r.a) for r in relations
             if r.kind in ("left_of", "right_of") and r.b is not None and id(r.a) in ids and id(r.b) in ids]
    for _ in range(len(order)):
        moved = False
        for left, right in pairs:
            i = next(k for k, t in enumerate(order) if t is left)
            j = next(k for k, t in enumerate(order) if t is right)
            if i > j:
                order.insert(j, order.pop(i))
                moved = True
        if not moved:
            break
    return order


def _with_supports(relations: list[Relation]) -> list[Relation]:
    """"a heron on a rock to the left of the boat": the rock is left of the boat too, and a place on the
    canvas said of what stands on something is its support's place as well."""
    extra = []
    supports = {}
    for relation in relations:
        if relation.kind == "on" and relation.b is not None:
            supports.setdefault(id(relation.a), relation.b)
    def under(thing: Thing) -> list[Thing]:  # what it stands on, and what that stands on ("a haddock on chips on
        below, seen = [], {id(thing)}  # a newspaper")
        while id(thing) in supports and id(supports[id(thing)]) not in seen:
            thing = supports[id(thing)]
            below.append(thing)
            seen.add(id(thing))
        return below

    for relation in relations:
        support = supports.get(id(relation.a))
        if support is None or relation.kind not in ("left_of", "right_of") or relation.b is support or \
                any(s is support for s in under(relation.b)):  # ("a teapot on a table to the right of the cups on
            continue  # it": side by side on one table, not the table beside the cups)
        if not any(r.a is support and r.kind == relation.kind and r.b is relation.b for r in relations + extra):
            extra.append(Relation(support, relation.kind, relation.b))
    for relation in relations:  # "a rocket on the pad, the moon above the pad": the moon is above the rocket too
        if relation.kind != "above" or relation.b is None:
            continue
        for standing in [r.a for r in relations if r.kind == "on" and r.b is relation.b and r.a is not relation.a]:
            if not any(r.a is standing and r.b is relation.a for r in relations) and \
                    not any(r.a is relation.a and r.kind == "above" and r.b is standing for r in relations + extra):
                extra.append(Relation(relation.a, "above", standing))
    for relation in relations:  # "a butterfly on a leaf below the flower": the butterfly is below the flower too
        if relation.kind != "below" or relation.b is None:
            continue
        for standing in [r.a for r in relations if r.kind == "on" and r.b is relation.a and r.a is not relation.b]:
            if not any(r.a is relation.b and r.b is standing for r in relations + extra) and \
                    not any(r.a is standing and r.b is relation.b for r in relations + extra):
                extra.append(Relation(standing, "below", relation.b))
    sides: dict[int, set] = {}  # a support takes its things' side, when they all name the same one
    for relation in relations:
        if relation.kind == "on" and relation.b is not None:
            sides.setdefault(id(relation.b), set()).update(relation.a.hints & {"left", "right", "center"} or {"any"})
    for relation in relations:  # ("grandad asleep in his armchair in the middle": the armchair is there too)
        side = sides.get(id(relation.b)) if relation.kind == "on" and relation.b is not None else None
        if side and len(side) == 1 and side != {"any"} and not relation.b.hints & {"left", "right", "center"}:
            relation.b.hints |= side
    return relations + extra


def _fit(things: list[Thing], contents: dict, max_regions: int, notes: list[str]):
    """Within ``max_regions``: counted things become one region each first, then the last things go."""
    def total() -> int:
        return sum(_regions(t) + sum(_regions(c) for c in contents[id(t)]) for t in things)

    for thing in sorted([t for t in things] + [c for t in things for c in contents[id(t)]], key=lambda t: -t.count):
        if total() <= max_regions:
            break
        if thing.count > 1 and not thing.group:
            notes.append(f"{_words(thing.count)} {lx.plural(thing.head)} drawn as one region (at most {max_regions} "
                         "regions; raise --max-regions for one each)")
            thing.group = True
    kept, used, dropped = [], 0, []
    for thing in things:
        need = _regions(thing)
        if used + need > max_regions:
            dropped.append(thing.head)
            continue
        kept.append(thing)
        used += need
        inside = []
        for item in contents[id(thing)]:
            if used + _regions(item) <= max_regions:
                inside.append(item)
                used += _regions(item)
            else:
                dropped.append(item.head)
        contents[id(thing)] = inside
    if dropped:
        shown = ", ".join(dropped[:6]) + (f" and {len(dropped) - 6} more" if len(dropped) > 6 else "")
        notes.append(f"dropped {shown} (at most {max_regions} regions; raise --max-regions)")
    return kept, contents


def _words(count: int) -> str:
    names = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
    return names[count] if count < len(names) else str(count)


def _regions(thing: Thing) -> int:
    return 1 if thing.group or thing.plural else thing.count


def _assign_levels(things: list[Thing], relations: list[Relation], related: dict[int, set[str]]) -> dict[int, int]:
    """A level per thing, 0 at the top."""
    groups = _Levels(things)
    vertical_pairs = {(id(r.a), id(r.b)) for r in relations if r.kind in _VERTICAL and r.b is not None}
    for relation in relations:
        pairs = []
        if relation.kind in ("left_of", "right_of", "next_to", "each_side") and relation.b is not None:
            pairs = [(relation.a, relation.b)]
        elif relation.kind == "between" and not (relation.c is not None and {"top", "bottom"} <= (
                relation.b.hints | relation.c.hints) and not relation.b.hints & relation.c.hints & {"top", "bottom"}) \
                and not (relation.c is not None and relation.a.hints & {"top", "bottom"} and
                         not (relation.b.hints | relation.c.hints) & {"top", "bottom"}):  # (nor "a rocket landing in
            # the sky between them": between them left to right, up in the sky)
            pairs = [(relation.a, relation.b), (relation.a, relation.c)]  # (not "a galleon in the upper left, a
            # frigate in the lower right, a rowboat between them": one above the other, the rowboat in the middle)
        for a, b in pairs:
            if b is not None and (id(a), id(b)) not in vertical_pairs and (id(b), id(a)) not in vertical_pairs:
                groups.join(id(a), id(b))
    # edges between groups: upper -> lower
    edges: dict[int, set[int]] = defaultdict(set)
    for relation in relations:
        if relation.kind in _VERTICAL and relation.b is not None:
            upper, lower = (relation.a, relation.b) if _VERTICAL[relation.kind] > 0 else (relation.b, relation.a)
            gu, gl = groups.find(id(upper)), groups.find(id(lower))
            if gu != gl and not _reaches(edges, gl, gu):
                edges[gu].add(gl)
    group_ids = sorted({groups.find(id(t)) for t in things}, key=lambda g: min(t.order for t in things if groups.find(id(t)) == g))
    depth: dict[int, int] = {}

    def level(g: int, seen=()) -> int:
        if g in depth:
            return depth[g]
        parents = [p for p, children in edges.items() if g in children and p not in seen]
        depth[g] = 1 + max((level(p, seen + (g,)) for p in parents), default=-1)
        return depth[g]

    for g in group_ids:
        level(g)
    constrained = {g for g in group_ids if any(g in c for c in edges.values()) or edges.get(g)}
    # groups with no vertical relation stand where the first thing stands (unless it is a band)
    members = {g: [t for t in things if groups.find(id(t)) == g] for g in group_ids}
    main = next((g for g in group_ids if g in constrained and not all(_band(t, related) for t in members[g])), None)
    ground = max((depth[g] for g in constrained if not all(_band(t, related) for t in members[g])), default=0)
    for g in group_ids:
        if g not in constrained:
            depth[g] = depth[main] if main is not None and main in depth else ground
    result = {id(t): depth[groups.find(id(t))] for t in things}
    # bands and places on the canvas: above or below everything else
    top = min(result.values())
    bottom = max(result.values())
    for thing in things:
        band = _band(thing, related)
        hints = thing.hints
        g_has_vertical = groups.find(id(thing)) in constrained
        if band == "top" or "top" in hints or ("background" in hints and not g_has_vertical):
            for other in things:
                if groups.find(id(other)) == groups.find(id(thing)):
                    result[id(other)] = top - 1
        elif band == "bottom" or "bottom" in hints or ("foreground" in hints and not g_has_vertical):
            for other in things:
                if groups.find(id(other)) == groups.find(id(thing)):
                    result[id(other)] = bottom + 1
    # a relation a place on the canvas broke is put right again: the one above moves up
    for _ in range(len(things)):
        moved = False
        for relation in relations:
            if relation.kind in _VERTICAL and relation.b is not None:
                upper, lower = (relation.a, relation.b) if _VERTICAL[relation.kind] > 0 else (relation.b, relation.a)
                if result[id(upper)] >= result[id(lower)]:
                    if "bottom" in upper.hints or _band(upper, related) == "bottom":
                        result[id(lower)] = result[id(upper)] + 1
                    else:
                        result[id(upper)] = result[id(lower)] - 1
                    moved = True
        if not moved:
            break
    used = sorted(set(result.values()))
    return {key: used.index(value) for key, value in result.items()}


def _reaches(edges: dict[int, set[int]], start: int, goal: int) -> bool:
    stack, seen = [start], set()
    while stack:
        node = stack.pop()
        if node == goal:
            return True
        if node in seen:
            continue
        seen.add(node)
        stack.extend(edges.get(node, ()))
    return False


def _order(things: list[Thing], relations: list[Relation], levels: dict[int, int]) -> list[_Item]:
    """The regions in order, left to right within each level."""
    items: list[_Item] = []
    each_side = {id(r.a): r.b for r in relations if r.kind == "each_side"}
    for thing in things:
        copies = 1 if thing.group or thing.plural else thing.count
        for k in range(copies):
            side = None
            if id(thing) in each_side and copies >= 2:
                side = "left" if k < copies / 2 else "right"
            items.append(_Item(thing, k, side))
    # constraints: (left item, right item)
    before: list[tuple[int, int]] = []
    index = {id(item): i for i, item in enumerate(items)}
    by_thing: dict[int, list[_Item]] = defaultdict(list)
    for item in items:
        by_thing[id(item.thing)].append(item)

    def pairs(a: Thing, b: Thing):
        for x in by_thing[id(a)]:
            for y in by_thing[id(b)]:
                yield x, y

    for relation in relations:
        if relation.b is None:
            continue
        if relation.kind == "left_of":
            before += [(index[id(x)], index[id(y)]) for x, y in pairs(relation.a, relation.b)]
        elif relation.kind == "right_of":
            before += [(index[id(y)], index[id(x)]) for x, y in pairs(relation.a, relation.b)]
        elif relation.kind == "between" and relation.c is not None:
            first, last = relation.b, relation.c
            if "right" in first.hints or "left" in last.hints:  # "a dog on the right, a child on the left, and a
                first, last = last, first  # ball between them": the child first
            before += [(index[id(y)], index[id(x)]) for x, y in pairs(relation.a, first)]
            before += [(index[id(x)], index[id(y)]) for x, y in pairs(relation.a, last)]
        elif relation.kind == "each_side":
            for x in by_thing[id(relation.a)]:
                for y in by_thing[id(relation.b)]:
                    before.append((index[id(x)], index[id(y)]) if x.side == "left" else (index[id(y)], index[id(x)]))
    rank = {"left": 0, "center": 1, "right": 2}

    def key(i: int):
        item = items[i]
        hint = next((h for h in ("left", "right", "center") if h in item.thing.hints), None)
        return (rank.get(hint, 1), item.thing.order, item.copy)

    ordered: list[int] = []
    remaining = set(range(len(items)))
    while remaining:
        free = [i for i in remaining if not any(a in remaining and b == i for a, b in before)]
        if not free:  # contradictory relations: reading order
            free = list(remaining)
        choice = min(free, key=key)
        ordered.append(choice)
        remaining.discard(choice)
    return [items[i] for i in ordered]


def _geometry(things, relations, levels, order: list[_Item], contents, related, width: int, height: int,
              upper: set[int] = frozenset()) -> list[dict]:
    n_levels = max(levels.values()) + 1
    by_level: dict[int, list[_Item]] = defaultdict(list)
    for item in order:
        by_level[levels[id(item.thing)]].append(item)
    holding: dict[int, set[int]] = defaultdict(set)  # what stands on each support ("all on newspaper": many)
    for r in relations:
        if r.kind == "on" and r.b is not None:
            holding[id(r.b)].add(id(r.a))
    supports = set(holding)
    margin_x, margin_y = width / 16, height / 16

    def weight(level: int) -> float:
        members = by_level[level]
        if all(_band(i.thing, related) for i in members):
            return 0.7
        if all(id(i.thing) in supports for i in members):
            return 0.85
        return 1.6

    weights = [weight(level) for level in range(n_levels)]
    usable = height - 2 * margin_y
    tops, y = [], margin_y
    for w in weights:
        tops.append(y)
        y += usable * w / sum(weights)
    tops.append(height - margin_y)
    placed: dict[int, list[float]] = {}
    spans: dict[int, list[float]] = {}  # a group's copies, all of them
    # levels whose things rest on or float over one thing each are placed after that thing's level
    anchors: dict[int, Thing] = {}
    floats: set[int] = set()  # what is over its anchor, not standing on it
    for relation in relations:
        if relation.kind in ("on", "above") and relation.b is not None and levels[id(relation.a)] < levels[id(relation.b)]:
            if anchors.setdefault(id(relation.a), relation.b) is relation.b and relation.kind == "above":
                floats.add(id(relation.a))
    level_order = sorted(range(n_levels), key=lambda lv: (all(id(i.thing) in anchors for i in by_level[lv]), -lv))
    regions_at: dict[int, dict] = {}
    # where left and right matter across levels (places on the canvas, relations between levels), every
    # region keeps its place in one order across the picture; else each level spreads its own things
    across = any(t.hints & {"left", "right", "center"} for t in things) or any(
        r.kind in _ACROSS and r.b is not None and levels[id(r.a)] != levels[id(r.b)] for r in relations)
    beside = {id(x) for r in relations if r.kind in _ACROSS for x in (r.a, r.b, r.c) if x is not None}
    # (things placed left or right of another, between or on each side: their order across the picture is said)
    slot = {id(item): g for g, item in enumerate(order)}
    slot_width = (width - 2 * margin_x) / max(len(order), 1)
    for level in level_order:
        members = by_level[level]
        row_top, row_bottom = tops[level], tops[level + 1]
        if level == 0 and all(_band(i.thing, related) == "top" for i in members):
            row_top = 0.0
        if level == n_levels - 1 and all(_band(i.thing, related) == "bottom" for i in members):
            row_bottom = float(height)
        n = len(members)
        left, right = margin_x, width - margin_x
        sides = {frozenset(m.thing.hints & {"left", "right"}) for m in members}
        one_side = len(sides) == 1 and len(next(iter(sides))) == 1  # ("six ducklings ... to the right": all there)
        if one_side:
            left, right = (margin_x, width / 2) if "left" in members[0].thing.hints else (width / 2, width - margin_x)
        if n_levels == 1 and all(m.thing.hints & {"top", "bottom"} for m in members):  # alone: the half it was told
            middle = (row_top + row_bottom) / 2
            row_top, row_bottom = (row_top, middle) if "top" in members[0].thing.hints else (middle, row_bottom)
        cell = (right - left) / n
        anchored = all(id(i.thing) in anchors and id(anchors[id(i.thing)]) in placed for i in members)
        centres = [margin_x + (slot[id(m)] + 0.5) * slot_width for m in members]
        over = [(placed[id(anchors[id(m.thing)])][0] + placed[id(anchors[id(m.thing)])][2]) / 2
                if id(m.thing) in anchors and id(anchors[id(m.thing)]) in placed and id(m.thing) not in beside
                else centres[k] for k, m in enumerate(members)]  # ("the guitarist on the far right sitting on an
        # amp": over the amp)
        if not anchored and over != centres and all(a < b for a, b in zip(over, over[1:])):
            centres = over
        middle = next((k for k, m in enumerate(members) if "center" in m.thing.hints), None)
        before, after = (middle, n - 1 - middle) if middle is not None else (0, 0)
        alone = n == 1 and middle is not None and id(members[0].thing) not in beside  # (a lone one placed beside
        # another keeps its place in the order)
        if across and middle is not None and (before != after or alone) and not one_side:  # "a tree in the centre,
            # a fox on the right": the tree mid-picture, the others spread on their sides; a lone one in the middle
            centres = [margin_x + (k + 0.5) * (width / 2 - margin_x) / before for k in range(before)] + [width / 2] + [
                width / 2 + (k + 0.5) * (width / 2 - margin_x) / after for k in range(after)]
        for k, item in enumerate(members):
            thing = item.thing
            x0, x1 = left + k * cell, left + (k + 1) * cell
            if across and n > 1 and not one_side or across and not thing.hints & {"left", "right"} and n_levels > 1:
                centre = centres[k]  # its place in the picture's one left-to-right order
                room_left = (centre - centres[k - 1]) / 2 if k else centre - margin_x
                room_right = (centres[k + 1] - centre) / 2 if k + 1 < n else width - margin_x - centre
                half = max(min(room_left, room_right, cell / 2), TOKEN_PX)
                x0, x1 = centre - half, centre + half
            if anchored:  # over what it stands on: the things of one anchor share its width
                sharing = [m for m in members if anchors[id(m.thing)] is anchors[id(thing)]]
                anchor = anchors[id(thing)]
                base = spans[id(anchor)] if anchor.count > 1 and not anchor.group and (
                    len(sharing) >= anchor.count or id(thing) in floats) else placed[id(anchor)]
                # "2 pillows on each of two beds", "a moon high above two owls": over all of them ("a cat on one of
                # two chairs" sits on one)
                j = sharing.index(item)
                span = base[2] - base[0]
                centre = (base[0] + base[2]) / 2
                x0 = centre - span / 2 + j * span / len(sharing)
                x1 = x0 + span / len(sharing)
                side = thing.hints & {"left", "right"}
                if len(sharing) == 1 and len(side) == 1 and id(thing) not in floats and span / 2 >= width / 8:
                    x0, x1 = (base[0], centre) if side == {"left"} else (centre, base[2])  # "a fig on the right side
                    # of the desk": on its right half (on a narrow one, the side is the picture's: all of it)
            band = _band(thing, related)
            if not band and n == 1 and id(thing) in supports and (thing.head in lx.LARGE or thing.head in lx.CONTAINERS or
                                                                  len(holding[id(thing)]) > 2) \
                    and not thing.hints & {"left", "right"} and not any(
                        r.kind in ("left_of", "right_of") and (r.a is thing or r.b is thing) for r in relations):
                band = "support"  # a table with things on it: a low, wide band
            if band:
                box = [0.0, row_top, float(width), row_bottom]
            else:
                fill = _size(thing, holds=bool(contents[id(thing)]))
                w = min((x1 - x0) * (0.8 if anchored else 0.9), fill * width)
                h = min((row_bottom - row_top) * 0.92, fill * height)
                if thing.head in lx.WIDE:
                    h = min(h, w / 1.4)
                elif thing.head in lx.TALL or thing.head in _TALL_EXTRA:
                    w = min(w, h / 1.5)
                cx = (x0 + x1) / 2
                rests = id(thing) in anchors or level == n_levels - 1 and not (
                    thing.head in lx.CELESTIAL and n_levels == 1)  # a lone sun or moon hangs mid-air, not on the ground
                bottom = row_bottom if rests else (row_top + row_bottom + h) / 2
                box = [cx - w / 2, bottom - h, cx + w / 2, bottom]
            placed.setdefault(id(thing), box)
            was = spans.setdefault(id(thing), box)
            spans[id(thing)] = [min(was[0], box[0]), min(was[1], box[1]), max(was[2], box[2]), max(was[3], box[3])]
            item.box = box
            regions_at[id(item)] = {"description": thing.description(), "box": fit_box(box, width, height),
                                    "label": thing.label}
    regions = []
    for item in sorted(order, key=lambda i: levels[id(i.thing)]):  # top to bottom, left to right
        regions.append(regions_at[id(item)])
        if item.copy == 0:
            regions.extend(_inside(item.thing, regions_at[id(item)]["box"], contents[id(item.thing)], width, height, upper))
    return regions


#: Parts narrower than their owner's middle ("a green door" in a cottage).
_NARROW_PARTS = {"door", "gate", "window", "chimney", "collar", "necklace", "tie", "bowtie", "pendant", "choker", "bow",
                 "earring", "step"}
#: Holders whose contents stand on their top, not in their depth.
_TOPPED = {"table", "desk", "counter", "bench", "workbench", "tray", "platter", "plate", "stool", "nightstand", "dresser",
           "sideboard", "cart", "board", "shelf", "mantel", "mantelpiece", "windowsill", "sill", "pedestal", "stand"}
_TALL_EXTRA = {"lamp", "lantern", "statue", "bottle", "vase", "candle", "lighthouse", "tower", "tree"}


def _inside(owner: Thing, box: list[int], items: list[Thing], width: int, height: int,
            upper: set[int] = frozenset()) -> list[dict]:
    """What a container holds, side by side in the upper middle of its box; where one of them is said to be above
    another ("five goldfish above a treasure chest in a tank"), in two rows, the upper ones over the rest."""
    x0, y0, x1, y1 = box
    inset_x, inset_y = (x1 - x0) * 0.1, (y1 - y0) * 0.15
    left, right, top, bottom = x0 + inset_x, x1 - inset_x, y0 + inset_y, y1 - inset_y
    regions = []
    banded = [(t, k) for t in items if t.band is not None for k in range(t.count)]  # worn, or built in: at its
    for n, (thing, k) in enumerate(banded):  # place in the owner's box
        band_top, band_bottom = y0 + thing.band[0] * (y1 - y0), y0 + thing.band[1] * (y1 - y0)
        same = [m for m, c in enumerate(banded) if c[0].band == thing.band]  # ("a saddle and a blanket": side by side)
        cell = (right - left) / len(same)
        half = max(cell * (0.22 if thing.head in _NARROW_PARTS else 0.4), TOKEN_PX / 2)
        cx = left + (same.index(n) + 0.5) * cell
        regions.append({"description": thing.description(), "label": thing.label,
                        "box": fit_box([cx - half, band_top, cx + half, band_bottom], width, height)})
    items = [t for t in items if t.band is None]
    if owner.head in _TOPPED:  # "a long table with a teapot": on its top, so higher than the table's middle
        top, bottom = y0 + (y1 - y0) * 0.05, y0 + (y1 - y0) * 0.55
    rows = [[t for t in items if id(t) in upper], [t for t in items if id(t) not in upper]]
    rows = [row for row in rows if row] if rows[0] else [items]
    for r, row in enumerate(rows):
        copies = [(thing, k) for thing in row for k in range(1 if thing.group or thing.plural else thing.count)]
        if not copies:
            continue
        row_top = top + r * (bottom - top) / len(rows)
        row_bottom = top + (r + 1) * (bottom - top) / len(rows)
        cell = (right - left) / len(copies)
        for k, (thing, _) in enumerate(copies):
            cx = left + (k + 0.5) * cell
            w = max(cell * 0.9, TOKEN_PX)
            regions.append({"description": thing.description(),
                            "box": fit_box([cx - w / 2, row_top, cx + w / 2, row_bottom], width, height),
                            "label": thing.label})
    return regions
