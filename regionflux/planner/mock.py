"""A deterministic offline planner: simple rules over the prompt's words, no model, no network.

It exists so the tool works out of the box, in tests and on machines without an LLM. It handles the
plain cases well ("a cat and a dog", "three apples", "a red car to the left of a blue bicycle",
"a cocktail on a table at a beach"): one region per named object, placed as the words say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import PlanningError
from ..layout import MAX_REGIONS, TOKEN_PX, Layout, RegionalSettings
from .base import DEFAULT_MAX_REGIONS

_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "a pair of": 2, "a couple of": 2,
}
# relation phrase -> how the object before it sits relative to the one after it
_RELATIONS = [
    (" to the left of ", "left"), (" on the left of ", "left"), (" left of ", "left"),
    (" to the right of ", "right"), (" on the right of ", "right"), (" right of ", "right"),
    (" on top of ", "above"), (" above ", "above"), (" over ", "above"), (" on ", "on"),
    (" below ", "below"), (" under ", "below"), (" beneath ", "below"), (" underneath ", "below"),
    (" next to ", "left"), (" beside ", "left"), (" and ", "left"), (", ", "left"),
]
# words that start the setting (the background) rather than another object
_SETTING = re.compile(r"\s(?:at|in(?! front of)|inside|during|near|by|against)\s", re.I)
_ARTICLES = re.compile(r"^(?:a|an|the|some)\s+", re.I)


@dataclass
class _Object:
    phrase: str
    row: int  # 0 = top; larger rows are lower
    support: bool = False  # something sits on it: keep it low and wide


class MockPlanner:
    """Rule-based planner. The same prompt and size always give the same layout."""

    def __init__(self, *, max_regions: int = DEFAULT_MAX_REGIONS, settings: RegionalSettings | None = None, seed: int | None = None):
        self.max_regions = min(max_regions, MAX_REGIONS)
        self.settings = settings or RegionalSettings()
        self.seed = seed

    def plan(self, prompt: str, *, width: int = 1024, height: int = 1024) -> Layout:
        text = " ".join(prompt.strip().rstrip(".!").split())
        if not text:
            raise PlanningError("the prompt is empty; say what the image should show")
        subject, setting = _split_setting(text)
        objects = _objects(subject)[: self.max_regions]
        regions = _place(objects, width, height, setting)
        return Layout(
            prompt=prompt.strip(),
            background_prompt=f"a photo {setting}" if setting else "a photo",
            width=width,
            height=height,
            regions=regions,
            settings=self.settings,
            seed=self.seed,
        )


def _split_setting(text: str) -> tuple[str, str]:
    """'a cat on a sofa in a cosy room' -> ('a cat on a sofa', 'in a cosy room')."""
    match = _SETTING.search(f" {text} ")
    if not match or match.start() == 0:
        return text, ""
    # the padded text is one character ahead: its match starts at the space before the keyword
    return text[: match.start()].strip(), text[match.start() :].strip()


def _split_relation(text: str) -> tuple[str, str, str] | None:
    padded = f" {text} "
    best = None
    for phrase, relation in _RELATIONS:
        index = padded.lower().find(phrase)
        if index > 0 and (best is None or index < best[0]):
            best = (index, phrase, relation)
    if best is None:
        return None
    index, phrase, relation = best
    return padded[:index].strip(), relation, padded[index + len(phrase) :].strip()


def _objects(subject: str) -> list[_Object]:
    """Objects in reading order with a row each (0 = top).

    The subject is cut at each relation word into ``chunk rel chunk rel ... chunk`` and folded from
    the right, so a prompt with thousands of commas needs no deeper a stack than one with none.
    """
    chunks, relations = [], []
    rest = subject
    while (split := _split_relation(rest)) is not None:
        left, relation, rest = split
        chunks.append(left)
        relations.append(relation)
    objects = _expand(rest, row=0)
    for chunk, relation in zip(reversed(chunks), reversed(relations)):
        objects = _combine(_expand(chunk, row=0), relation, objects)
    return objects


def _combine(first: list[_Object], relation: str, rest: list[_Object]) -> list[_Object]:
    """``first`` placed relative to ``rest`` as ``relation`` says."""
    if relation == "right":
        first, rest = rest, first
    if relation in ("left", "right"):
        return first + rest
    if relation == "below":
        first, rest = rest, first
    if not first:
        return rest
    top_rows = max(o.row for o in first) + 1
    for obj in rest:
        obj.row += top_rows
        obj.support = obj.support or relation == "on"
    return first + rest


def _expand(phrase: str, row: int) -> list[_Object]:
    phrase = phrase.strip(" ,")
    lowered = phrase.lower()
    for word, count in sorted(_NUMBERS.items(), key=lambda kv: -len(kv[0])):
        if lowered.startswith(word + " "):
            noun = _singular(phrase[len(word) + 1 :])
            return [_Object(f"{_article(noun)} {noun}", row) for _ in range(count)]
    match = re.match(r"^(\d+)\s+(.*)$", phrase)
    if match and 1 < int(match.group(1)) <= MAX_REGIONS:
        noun = _singular(match.group(2))
        return [_Object(f"{_article(noun)} {noun}", row) for _ in range(int(match.group(1)))]
    return [_Object(phrase, row)] if phrase else []


def _singular(noun: str) -> str:
    words = noun.split()
    if not words:
        return noun
    last = words[-1]
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif re.search(r"(ches|shes|xes|sses)$", last):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return " ".join(words[:-1] + [last])


def _article(noun: str) -> str:
    return "an" if noun[:1].lower() in "aeiou" else "a"


def _label(phrase: str) -> str:
    words = re.findall(r"[A-Za-z][A-Za-z-]*", _ARTICLES.sub("", phrase))
    nouns = [w for w in words if not w.lower().endswith("ing")] or words
    return nouns[-1].lower() if nouns else "object"


def _snap(value: float, size: int) -> int:
    return min(max(int(round(value / TOKEN_PX)) * TOKEN_PX, 0), size)


def _place(objects: list[_Object], width: int, height: int, setting: str) -> list[dict]:
    """Rows top to bottom, objects in a row left to right; supports are low, wide bands."""
    if not objects:
        return []
    rows = sorted({o.row for o in objects})
    margin_x, margin_y = width / 16, height / 16
    # heights: a supporting row gets a third of the canvas, the others share the rest
    support_rows = {o.row for o in objects if o.support}
    weights = [1.0 if r in support_rows else 2.0 for r in rows]
    total = sum(weights)
    usable = height - 2 * margin_y
    regions, top = [], margin_y
    for row, weight in zip(rows, weights):
        row_height = usable * weight / total
        members = [o for o in objects if o.row == row]
        support = row in support_rows
        left, right = (0.0, float(width)) if support and len(members) == 1 else (margin_x, width - margin_x)
        cell = (right - left) / len(members)
        bottom = height if support and row == rows[-1] else top + row_height
        for i, obj in enumerate(members):
            inset = 0.0 if support else cell * 0.06
            box = [
                _snap(left + i * cell + inset, width),
                _snap(top, height),
                _snap(left + (i + 1) * cell - inset, width),
                _snap(bottom, height),
            ]
            box[2] = max(box[2], box[0] + TOKEN_PX)
            box[3] = max(box[3], box[1] + TOKEN_PX)
            if box[2] > width:
                box[0], box[2] = width - TOKEN_PX, width
            if box[3] > height:
                box[1], box[3] = height - TOKEN_PX, height
            description = obj.phrase[0].upper() + obj.phrase[1:] + (f", {setting}" if setting else "")
            regions.append({"description": description, "box": box, "label": _label(obj.phrase)})
        top += row_height
    return regions
