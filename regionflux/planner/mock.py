"""A deterministic offline planner: English rules over the prompt's words, no model, no network.

It is the default for everyone without an LLM and the planner the tests use, so it plans plain
prompts well: negation ("no dogs, just a cat") drops the object; counts ("three apples", "a bowl with
two bananas and an apple") become one region per thing, contents inside their container; colours stay
with their own object; "left of", "above", "on", "under", "behind", "in front of" place things; sizes
follow the kind of thing (a cup is small, a table wide, the sky a band); a setting ("in a room", "at a
beach") becomes the background. What it cannot read (another script, emoji) becomes one region with
the prompt itself, and a note says an LLM planner would do better. Same prompt, same layout.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Optional

from ..errors import PlanningError
from ..layout import DEFAULT_CANVAS, MAX_PROMPT_CHARS, MAX_REGIONS, TOKEN_PX, Layout, RegionalSettings
from . import lexicon as lx
from . import syntax, translate
from .base import DEFAULT_MAX_REGIONS, clean_prompt

logger = logging.getLogger(__name__)

# relation phrase -> how the thing before it sits relative to the thing after it (longest first at a tie)
_RELATIONS = [
    (" to the left of ", "left"), (" on the left of ", "left"), (" left of ", "left"),
    (" to the right of ", "right"), (" on the right of ", "right"), (" right of ", "right"),
    (" in front of ", "front"), (" behind ", "behind"),
    (" on top of ", "above"), (" above ", "above"), (" over ", "above"), (" on ", "on"), (" onto ", "on"),
    (" below ", "below"), (" under ", "below"), (" beneath ", "below"), (" underneath ", "below"),
    (" next to ", "left"), (" beside ", "left"), (" around ", "left"), (" near ", "left"),
    (" containing ", "with"), (" holding ", "with"), (" carrying ", "with"), (" with ", "with"),
    (" and ", "and"), (", ", "and"), ("; ", "and"),
]
_LIST = ("and",)
# words that start the setting (the background) rather than another object
_SETTING = re.compile(r"\s(?:at|in(?! front of)|inside|during|by|against|under the (?:sky|stars|moon|sun))\s", re.I)
_NEGATION = re.compile(
    r"(?:,\s*)?\b(?:(?:and|but|with)\s+)?(?:no|without(?:\s+any)?|except(?:\s+for)?|not\s+a\s+single|not\s+any|not|never)\s+"
    r"(?P<np>.+?)(?=\s*(?:[,;:.!]|\b(?:and|but|just|only|or|with|in|at|on|onto|under|over|above|below|beneath|"
    r"underneath|beside|next|near|behind|around|left|right|to|from|by|sitting|standing|lying|hanging|leaning)\b|$))",
    re.I,
)
_DANGLING_END = re.compile(r"(?:\s*[,;:])?\s*\b(?:and|but|with|just|only|or|except|of)\s*$|\s*[,;:]\s*$", re.I)
_DANGLING_START = re.compile(r"^\s*(?:[,;:]|\bjust\b|\bonly\b|\band\b|\bbut\b|\bwith\b)\s*", re.I)
_ABSOLUTE = re.compile(
    r"\s(?:on|to|at|in)\s+the\s+(?P<where>left|right|top|bottom|middle|center|centre|foreground|background)"
    r"(?:\s+side)?(?:\s+of\s+the\s+(?:image|picture|frame|scene|canvas|photo))?(?!\s+of\b)",
    re.I,
)
_NP_END = re.compile(r",|\s(?:with|containing|on|under|above|below|near|next|beside|behind|in|at|by|during|over)\s", re.I)
_FRAME = re.compile(rf"^(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{'|'.join(lx.FRAMES)})\s+of\s+", re.I)
_PRONOUN = re.compile(r"(?:them|it|both|everything|all of them|both of them|the others)", re.I)
_COLOUR_PAIR = re.compile(rf"\b({'|'.join(lx.COLOURS)}) and ({'|'.join(lx.COLOURS)})\b", re.I)
_STOP = set(lx.DETERMINERS) | lx.TAIL_STARTERS | {"one", "ones", "it", "them", "something", "thing", "things",
                                                   "and", "or", "but", "just", "only", "very", "other", "each"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


@dataclass
class _Object:
    """One thing to draw (``count`` instances of it), with where it goes."""

    head: str  # singular noun: the label
    adjectives: str  # words before the noun, as written
    tail: str  # words after the noun ("sleeping on a mat", "of wine")
    article: str  # "a", "the", "" ... as written (decides how a single instance reads)
    count: int = 1
    plural_form: bool = False  # written as a plural without a count ("grapes"): one region, plural
    grouped: bool = False  # a count drawn as one region ("ten cats")
    group_size: int = 0  # how many the group region stands for (0: unknown, "many birds")
    hint: Optional[str] = None  # left, right, top, bottom, middle, foreground, background
    row: int = 0
    support: bool = False  # something sits on it: keep it low and wide
    scale: float = 1.0  # behind something: drawn smaller
    contents: list["_Object"] = field(default_factory=list)

    def description(self, single: bool = True) -> str:
        """A grammatical prompt for one instance (or for the whole group)."""
        noun = self.head if single and not (self.plural_form or self.grouped) else lx.plural(self.head)
        words = " ".join(w for w in (self.adjectives, noun, self.tail) if w)
        if self.grouped:
            return f"{_number_word(self.group_size)} {words}" if self.group_size else words
        if self.plural_form or not single:
            return words
        article = self.article if self.article in ("the", "this", "that", "his", "her", "their", "my", "your", "our") \
            else lx.indefinite(words)
        return f"{article} {words}"


class MockPlanner:
    """Rule-based planner. The same prompt and size always give the same layout.

    After each :meth:`plan`, :attr:`notes` says what it could not do (grouped counts, dropped objects,
    a prompt it could not read); front ends show them.
    """

    def __init__(self, *, max_regions: int = MAX_REGIONS, settings: RegionalSettings | None = None,
                 seed: int | None = None):
        self.max_regions = min(max_regions, MAX_REGIONS)
        self.settings = settings or RegionalSettings()
        self.seed = seed
        self.notes: list[str] = []
        self.reading = None

    def plan(self, prompt: str, *, width: int = 1024, height: int = 1024) -> Layout:
        from .arrange import arrange
        from .reading import read

        prompt, note = clean_prompt(prompt)
        self.notes = [note] if note else []
        self.reading = None  # what the reader found, once it read the prompt (the LLM planner's review uses it)
        text = " ".join(syntax.lines_apart(prompt).split())  # (a list written one thing a line: parts)
        if not text:
            raise PlanningError("the prompt is empty; say what the image should show")
        asked = syntax.aspect(text)
        if asked and (width, height) == (DEFAULT_CANVAS, DEFAULT_CANVAS) and asked != (width, height):
            width, height = asked  # the size the prompt asks for, unless the caller chose one
            self.notes.append(f"the prompt's aspect ratio gives a {width}x{height} canvas (--width/--height choose another)")
        text, not_drawn = syntax.normalize(text)  # "--ar 16:9 --no people", "(red hair:1.2)", "1girl"
        if not text:
            text, not_drawn = " ".join(prompt.strip().split()), []
        language = translate.language(text)
        if language not in ("en", "fr", "de", "es", "it"):
            return self._whole_prompt(text, width, height, "the offline planner reads English, French, German, "
                                      "Spanish and Italian only")
        try:
            reading = read(syntax.restore_dropped_g(text) if language == "en" else translate.to_english(text, language),
                           said_not_drawn=bool(not_drawn))
            reading.negated += not_drawn
            if language != "en":
                reading.prompt = text  # the regions are in English words; the whole picture's prompt as written
                untranslated = [t for t in reading.things if _untranslated(t.head, text)]
                if untranslated and len(untranslated) == len(reading.things):
                    return self._whole_prompt(text, width, height, "the offline planner could not translate the "
                                              "words this prompt's things are named by")
                if untranslated:  # "tendine di pizzo alle finestre": no region named "tendine"
                    reading.things = [t for t in reading.things if t not in untranslated]
                    reading.relations = [r for r in reading.relations
                                         if not {id(r.a), id(r.b), id(r.c)} & {id(t) for t in untranslated}]
                    self.notes.append(f"left out {', '.join(sorted({t.head for t in untranslated}))}: words the "
                                      "offline planner could not translate (the global prompt still says them)")
            regions, notes = arrange(reading, width, height, self.max_regions)
            self.reading = reading
        except PlanningError:
            raise
        except Exception:  # a reading this planner gets wrong must still leave the user a layout
            logger.exception("the offline planner could not read %r", text[:200])
            return self._whole_prompt(text, width, height, "the offline planner could not read this prompt")
        self.notes += notes
        if not regions:
            self.notes.append("nothing is left to draw as a region; the layout renders as plain FLUX with its prompt")
        background = ", ".join([*reading.settings, *reading.style]) or "a photo"
        return self._layout(reading.prompt, background[:MAX_PROMPT_CHARS], width, height, regions)

    def edit(self, layout: Layout, instruction: str) -> Layout:
        """Follow a small set of instructions by rules (see ``_EDIT_HELP``); anything else is refused
        with a clear error rather than guessed."""
        from .edits import apply_edits

        self.notes = []
        return apply_edits(layout, _edit_ops(layout, instruction))

    def _whole_prompt(self, text: str, width: int, height: int, why: str) -> Layout:
        """The whole prompt as one region, with a note saying why: what the offline planner gives where it cannot
        read the prompt's things."""
        self.notes.append(f"{why}, so the whole prompt is one region; an LLM planner (--model) would plan it better")
        return self._layout(text, "a photo", width, height, [_whole(text, width, height)])

    def _layout(self, prompt, background, width, height, regions) -> Layout:
        return Layout(prompt=prompt, background_prompt=background, width=width, height=height, regions=regions,
                      settings=self.settings, seed=self.seed)

    def _fit(self, objects: list[_Object]) -> list[_Object]:
        """Keep within max_regions: group counted objects into one region each, then drop the last ones."""
        def total() -> int:
            return sum(o.count + sum(c.count for c in o.contents) for o in objects)

        every = [o for top in objects for o in (top, *top.contents)]
        for obj in sorted((o for o in every if o.count > 1), key=lambda o: -o.count):
            if total() <= self.max_regions:
                break
            obj.grouped, obj.group_size = True, obj.count
            self.notes.append(f"{_number_word(obj.count).lower()} {lx.plural(obj.head)} drawn as one region "
                              f"(at most {self.max_regions} regions; raise --max-regions for one each)")
            obj.count = 1
        kept, used, dropped = [], 0, []
        for obj in objects:
            if used + obj.count > self.max_regions:
                dropped.append(obj.head)
                continue
            kept.append(obj)
            used += obj.count
            contents, obj.contents = obj.contents, []
            for item in contents:
                if used + item.count <= self.max_regions:
                    obj.contents.append(item)
                    used += item.count
                else:
                    dropped.append(item.head)
        if dropped:
            self.notes.append(f"dropped {', '.join(dropped)} (at most {self.max_regions} regions; raise --max-regions)")
        return kept


# -- reading the prompt ---------------------------------------------------------------------------------
def _is_negated(obj: _Object, negated: set[tuple[str, str]]) -> bool:
    """'no dogs' negates every dog; 'not a green apple' only the green ones."""
    adjectives = obj.adjectives.lower()
    return any(obj.head == head and all(w in adjectives.split() for w in adj.split()) for head, adj in negated)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _remove_negations(text: str) -> tuple[str, set[tuple[str, str]]]:
    """'no dogs, just a cat in a room' -> ('a cat in a room', {('dog', '')}): (noun, its adjectives)."""
    negated: set[tuple[str, str]] = set()

    def drop(match: re.Match) -> str:
        words = [w.lower() for w in _WORD.findall(match.group("np")) if w.lower() not in _STOP]
        if words:
            negated.add((lx.singular(words[-1]), " ".join(words[:-1])))
        return ""

    cleaned = _NEGATION.sub(drop, text)
    if not negated:
        return text, negated
    cleaned = re.sub(r"\s*,\s*(?:,\s*)+", ", ", cleaned)
    previous = None
    while previous != cleaned:
        previous = cleaned
        cleaned = _DANGLING_START.sub("", _DANGLING_END.sub("", cleaned)).strip()
    return " ".join(cleaned.split()), negated


def _split_setting(text: str) -> tuple[str, str]:
    """'a cat on a sofa in a cosy room' -> ('a cat on a sofa', 'in a cosy room').

    A setting ends at "with" ("a street at night with cars": the cars are things to draw). "In" a
    container is inside it ("a bird in a cage" is a cage with a bird); "in" what is worn stays with
    its wearer ("a woman in a red dress"); "by" a name is an author, not a place.
    """
    padded = f" {text} "
    for match in _SETTING.finditer(padded):
        if match.start() == 0:
            continue
        before, after = padded[: match.start()].strip(), padded[match.end():].strip()
        preposition = match.group(0).split()[0].lower()
        noun_phrase = _NP_END.split(after, 1)[0].strip()
        things = _expand(noun_phrase)
        head = things[0].head if things else ""
        if (preposition == "by" and after[:1].isupper()) or head in lx.ATTRIBUTES:
            continue
        if head in lx.CONTAINERS and preposition in ("in", "inside"):
            return _split_setting(f"{noun_phrase} with {before}{after[len(noun_phrase):]}")
        subject, setting = before, padded[match.start():].strip()
        with_at = re.search(r"\s(?:with|containing)\s", setting)
        if with_at:
            subject, setting = f"{subject}{setting[with_at.start():]}", setting[: with_at.start()].strip()
        return subject, setting
    return text, ""


def _chain(subject: str) -> tuple[list[str], list[str]]:
    """Cut at each relation word: 'a cup on a table and a lamp' -> (['a cup', 'a table', 'a lamp'], ['on', 'and'])."""
    subject = _COLOUR_PAIR.sub(r"\1-and-\2", subject)  # "black and white" is one colour, not two things
    chunks, relations = [], []
    rest = subject
    while True:
        padded = f" {rest} "
        lowered = padded.lower()
        best = None
        for phrase, relation in _RELATIONS:
            index = lowered.find(phrase)
            if index >= 0 and (best is None or index < best[0]):
                best = (index, phrase, relation)
        if best is None:
            break
        index, phrase, relation = best
        if index == 0:  # "a cat, and a bird", "a cat, on a mat": the word says how it joins the previous
            if chunks and relation != "and":
                relations[-1] = relation
            rest = padded[len(phrase):].strip()
            continue
        chunks.append(padded[:index].strip())
        relations.append(relation)
        rest = padded[index + len(phrase):].strip()
    chunks.append(rest)
    return chunks, relations


def _objects(subject: str) -> tuple[list[_Object], list[str]]:
    """Things in reading order with a row each (0 = top), and the places that became background."""
    subject = _FRAME.sub("", subject)  # "a photo of a cat": the cat is the thing; the prompt keeps the rest
    colon = subject.split(":", 1)
    if len(colon) == 2 and colon[1].strip():
        # "a bowl of fruit: two bananas, an apple and grapes": the list goes inside what precedes it
        subject = f"{colon[0].strip()} with {colon[1].strip()}"
    chunks, relations = _chain(subject)
    # "..., oil painting, highly detailed": style tags describe the picture, not things in it
    i = 1
    while i < len(chunks):
        words = [w.lower() for w in re.findall(r"[\w-]+", chunks[i]) if w.lower() not in lx.DETERMINERS]
        if relations[i - 1] == "and" and words and all(w in lx.STYLE for w in words):
            chunks.pop(i)
            relations.pop(i - 1)
        else:
            i += 1
    # "a woman with red hair": what only describes its owner stays in the owner's words
    i = 0
    while i < len(relations):
        if relations[i] == "with" and _describes(chunks[i + 1]):
            chunks[i] = f"{chunks[i]} with {chunks.pop(i + 1)}"
            relations.pop(i)
            while i < len(relations) and relations[i] in _LIST and _describes(chunks[i + 1]):
                chunks[i] = f"{chunks[i]} and {chunks.pop(i + 1)}"
                relations.pop(i)
            continue
        i += 1
    units: list[list[_Object]] = []
    links: list[str] = []
    places: list[str] = []
    i = 0
    while i < len(chunks):
        objects = _expand(chunks[i])
        relation = relations[i] if i < len(relations) else None
        if relation == "with":
            j = i + 1
            contents = _expand(chunks[j])
            while j < len(relations) and relations[j] in _LIST:
                j += 1
                contents += _expand(chunks[j])
            owner = objects[0] if len(objects) == 1 else None
            if owner is not None and owner.head in lx.CONTAINERS and owner.count == 1:
                owner.contents = contents
            elif owner is not None and owner.head in lx.PLACES:
                places.append(" ".join(w for w in (owner.article, owner.adjectives, owner.head) if w))
                objects = contents
            else:  # "two children playing with a dog": both are drawn, side by side
                objects = objects + contents
            relation = relations[j] if j < len(relations) else None
            i = j
        units.append(objects)
        links.append(relation or "and")
        i += 1
    pronoun = None
    if len(units) > 2 and not units[-1] and _PRONOUN.fullmatch(chunks[-1].strip()) and links[-2] not in ("and", "with"):
        # "..., a bird above them": the bird goes above everything named before it
        pronoun = (units[-2], links[-2])
        units, links = units[:-2], links[:-2]
    result = units[-1]
    for unit, relation in zip(reversed(units[:-1]), reversed(links[:-1])):
        result = _combine(unit, relation, result)
    if pronoun is not None:
        result = _combine(pronoun[0], pronoun[1], result)
    if result:
        low, high = min(o.row for o in result), max(o.row for o in result)
        for obj in result:
            obj.row = low - 1 if obj.hint == "top" else high + 1 if obj.hint == "bottom" else obj.row
    return result, places


def _describes(chunk: str) -> bool:
    """Whether a with-phrase only describes its owner ("red hair", "a hat and a scarf")."""
    heads = [_expand(part) for part in re.split(r"\s+and\s+|,\s*", chunk)]
    return all(objs and all(o.head in lx.ATTRIBUTES for o in objs) for objs in heads)


def _combine(first: list[_Object], relation: str, rest: list[_Object]) -> list[_Object]:
    """``first`` placed relative to ``rest`` as ``relation`` says; rows count from the top."""
    if relation == "right":
        first, rest = rest, first
    if relation in ("left", "right", "and", "with"):
        return first + rest
    if relation in ("below", "front"):
        first, rest = rest, first
    if not first or not rest:
        return first + rest
    top_rows = max(o.row for o in first) + 1
    for obj in rest:
        obj.row += top_rows
        obj.support = obj.support or relation == "on"
    if relation in ("behind", "front"):  # the one behind is higher up and smaller
        for obj in first:
            obj.scale = 0.8
    return first + rest


def _expand(chunk: str) -> list[_Object]:
    """One phrase -> the thing it names (with its count), or nothing when it names nothing."""
    text = chunk.strip(" ,;:")
    hint = None
    marker = re.search(r"⟦(\w+)⟧", text)
    if marker:
        hint = marker.group(1)
        text = " ".join(re.sub(r"⟦\w+⟧", " ", text).split())
    lowered = text.lower()
    count, group_word = 1, ""
    for words, number in sorted(lx.NUMBERS.items(), key=lambda kv: -len(kv[0])):
        if lowered.startswith(words + " "):
            count, text = number, text[len(words) + 1:]
            break
    else:
        digits = re.match(r"^(\d+)\s+(.*)$", text)
        if digits:
            count, text = max(1, int(digits.group(1))), digits.group(2)
        else:
            for words in sorted(lx.GROUP_WORDS, key=len, reverse=True):
                if lowered.startswith(words + " "):
                    group_word, text = words, text[len(words) + 1:]
                    break
    words = text.split()
    article = ""
    while words and words[0].lower() in lx.DETERMINERS:
        article = words.pop(0).lower()
    words = [w.strip(",;:") for w in words if w.strip(",;:")]
    if not words:
        return []
    head_at = len(words) - 1
    for j in range(1, len(words)):
        word = words[j].lower()
        if word in lx.TAIL_STARTERS or (word.endswith("ing") and word not in lx.ING_NOUNS and len(word) > 4):
            head_at = j - 1
            break
    head_word = words[head_at]
    if not _WORD.fullmatch(head_word) or head_word.lower() in _STOP or head_word.lower() in lx.COLOURS:
        return []
    head = lx.singular(head_word)
    obj = _Object(head=head, adjectives=" ".join(words[:head_at]), tail=" ".join(words[head_at + 1:]),
                  article=article, count=count, hint=hint)
    if group_word or (count == 1 and lx.is_plural(head_word) and not article in ("a", "an")):
        obj.plural_form = not group_word
        if group_word:
            obj.grouped, obj.count = True, 1
            obj.adjectives = " ".join(w for w in (group_word, obj.adjectives) if w)
    return [obj]


_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve")


def _number_word(count: int) -> str:
    return (_NUMBER_WORDS[count] if count < len(_NUMBER_WORDS) else str(count)).capitalize()


def _background(places: list[str], setting: str) -> str:
    where = ", ".join(p for p in [*places, setting] if p)
    if not where:
        return "a photo"
    return f"a photo of {where}" if places else f"a photo {where}"


# -- placing the things -------------------------------------------------------------------------------
#: Every English word a thing of the reader's may be named by.
_ENGLISH_THINGS = lx.ENGLISH | lx.DRAWABLE


def _untranslated(head: str, text: str) -> bool:
    """A thing's word kept as written from a French, German, Spanish or Italian prompt because no word list knows
    it ("tendine", "Schneesturm"): no English reader can tell what it is, so it names no region."""
    word = head.split()[-1].lower()
    return word not in _ENGLISH_THINGS and lx.singular(word) not in _ENGLISH_THINGS and \
        re.search(rf"(?<!\w){re.escape(word)}", text.lower()) is not None


def _whole(prompt: str, width: int, height: int) -> dict:
    box = [_snap(width / 8, width), _snap(height / 8, height), _snap(width * 7 / 8, width), _snap(height * 7 / 8, height)]
    return {"description": prompt, "box": _fit_box(box, width, height), "label": "subject"}


def _snap(value: float, size: int) -> int:
    return min(max(int(round(value / TOKEN_PX)) * TOKEN_PX, 0), size)


def _fit_box(box: list[int], width: int, height: int) -> list[int]:
    """At least one token each way, inside the canvas."""
    box[2] = max(box[2], box[0] + TOKEN_PX)
    box[3] = max(box[3], box[1] + TOKEN_PX)
    if box[2] > width:
        box[0], box[2] = max(0, width - max(TOKEN_PX, box[2] - box[0])), width
    if box[3] > height:
        box[1], box[3] = max(0, height - max(TOKEN_PX, box[3] - box[1])), height
    return box


def _size(obj: _Object) -> float:
    """Largest fraction of the canvas a thing takes each way, by kind (a cup is small, a table wide)."""
    if obj.head in lx.SMALL and not obj.grouped and not obj.plural_form:
        base = 0.3
    elif obj.head in lx.LARGE or obj.support or obj.contents or obj.grouped or obj.plural_form:
        base = 0.9
    else:
        base = 0.55
    return base * obj.scale


def _place(objects: list[_Object], width: int, height: int, setting: str) -> list[dict]:
    """Rows top to bottom, things in a row left to right, each in a box sized to its kind.

    A sky is a band across the top, a sea or a field one across the bottom, what supports something a
    low wide band; a container's contents share its inside.
    """
    if not objects:
        return []
    suffix = f", {setting}" if setting else ""
    rows = sorted({o.row for o in objects})
    margin_x, margin_y = width / 16, height / 16
    support_rows = {o.row for o in objects if o.support}
    band_rows = {r for r in rows if all(_band(o) for o in objects if o.row == r)}
    weights = [1.0 if (r in support_rows or r in band_rows) else 2.0 for r in rows]
    hinted_top = any(o.hint == "top" for o in objects)
    usable = height - 2 * margin_y
    regions: list[dict] = []
    top = margin_y
    for row, weight in zip(rows, weights):
        row_height = usable * weight / sum(weights)
        members = _order(o for o in objects if o.row == row)
        cells = [(o, i) for o in members for i in range(o.count)]
        alone_band = _band(members[0]) if len(members) == 1 else None
        wide = (row in support_rows and len(cells) == 1) or alone_band
        left, right = (0.0, float(width)) if wide else (margin_x, width - margin_x)
        cell = (right - left) / len(cells)
        row_top, row_bottom = top, top + row_height
        if alone_band == "top" and row == rows[0] and not hinted_top:
            row_top = 0.0
        if (wide or alone_band) and row == rows[-1]:
            row_bottom = float(height)
        under = _support_centres(objects, row + 1, width, margin_x) if row + 1 in support_rows else []
        for k, (obj, _) in enumerate(cells):
            x0, x1 = left + k * cell, left + (k + 1) * cell
            if under and not obj.hint and (len(under) == len(cells) or len(cells) == 1):
                # each thing right above what it rests on (a lone thing on the first support)
                centre = under[k] if len(under) == len(cells) else under[0]
                half = min(cell, (width - 2 * margin_x) / len(under)) / 2
                x0, x1 = centre - half, centre + half
            y0, y1 = row_top, row_bottom
            if len(cells) == 1 and obj.hint in ("left", "right"):  # alone in its row: the half it was told
                x0, x1 = (left, width / 2) if obj.hint == "left" else (width / 2, right)
            if len(rows) == 1 and obj.hint in ("top", "background", "bottom", "foreground"):
                y0, y1 = (y0, (y0 + y1) / 2) if obj.hint in ("top", "background") else ((y0 + y1) / 2, y1)
            if not wide:
                fill = _size(obj)
                w, h = min((x1 - x0) * 0.9, fill * width), min((y1 - y0) * 0.92, fill * height)
                if row + 1 in support_rows and not obj.support:  # no bigger than what it rests on
                    w, h = min(w, 0.8 * _row_cell(objects, row + 1, width, margin_x)), min(h, 0.9 * row_height)
                if obj.head in lx.WIDE and not obj.support:  # a car is wider than tall, a person taller than wide
                    h = min(h, w / 1.4)
                elif obj.head in lx.TALL:
                    w = min(w, h / 1.6)
                cx = (x0 + x1) / 2
                # things rest on what is below them; on their own they sit in the middle of the row
                rests = (row + 1 in support_rows or row == rows[-1]) and obj.hint not in (
                    "middle", "center", "centre", "top", "background")
                bottom = y1 if rests else (y0 + y1 + h) / 2
                x0, x1, y0, y1 = cx - w / 2, cx + w / 2, bottom - h, bottom
            box = _fit_box([_snap(x0, width), _snap(y0, height), _snap(x1, width), _snap(y1, height)], width, height)
            regions.append({"description": _sentence(obj.description()) + suffix, "box": box, "label": obj.head})
            regions.extend(_contents(obj, box, width, height, suffix))
        top += row_height
    return regions


def _support_centres(objects: list[_Object], row: int, width: int, margin_x: float) -> list[float]:
    """The x centres of the supports in ``row`` (things rest on them), in the order they are drawn."""
    cells = [o for o in _order(o for o in objects if o.row == row) for _ in range(o.count)]
    if len(cells) == 1:
        return [width / 2] if cells[0].support else []
    cell = (width - 2 * margin_x) / len(cells)
    return [margin_x + (k + 0.5) * cell for k, o in enumerate(cells) if o.support]


def _row_cell(objects: list[_Object], row: int, width: int, margin_x: float) -> float:
    """The width of one cell in ``row`` (the whole canvas for a lone support)."""
    cells = sum(o.count for o in objects if o.row == row)
    supports = [o for o in objects if o.row == row and o.support]
    if cells == 1 and supports:
        return float(width)
    return (width - 2 * margin_x) / max(cells, 1)


def _band(obj: _Object) -> Optional[str]:
    if obj.count != 1 or obj.contents:
        return None
    if obj.head in lx.TOP_BANDS:
        return "top"
    if obj.head in lx.BOTTOM_BANDS:
        return "bottom"
    return None


def _order(members) -> list[_Object]:
    """Reading order, except that things said to be on the left or right go there."""
    members = list(members)
    rank = {"left": 0, "right": 2}
    return sorted(members, key=lambda o: rank.get(o.hint or "", 1))


def _contents(owner: _Object, box: list[int], width: int, height: int, suffix: str) -> list[dict]:
    """The things inside a container, side by side in the upper middle of its box."""
    items = [(o, i) for o in owner.contents for i in range(o.count)]
    if not items:
        return []
    x0, y0, x1, y1 = box
    inset_x, inset_y = (x1 - x0) * 0.1, (y1 - y0) * 0.15
    left, right = x0 + inset_x, x1 - inset_x
    top, bottom = y0 + inset_y, y1 - inset_y
    cell = (right - left) / len(items)
    regions = []
    for k, (obj, _) in enumerate(items):
        cx = left + (k + 0.5) * cell
        w = max(cell * 0.9, TOKEN_PX)
        item = _fit_box([_snap(cx - w / 2, width), _snap(top, height), _snap(cx + w / 2, width), _snap(bottom, height)],
                        width, height)
        regions.append({"description": _sentence(obj.description()) + suffix, "box": item, "label": obj.head})
    return regions


# -- editing by rules ---------------------------------------------------------------------------------
_EDIT_HELP = ("the offline planner understands: move X left/right/up/down, make X bigger/smaller, make X "
              "<colour>, remove X, add a Y (on the left/right/top/bottom); an LLM planner (--model) follows "
              "other instructions")
_CLAUSES = re.compile(r"\s*(?:,\s*and\s+then|,\s*then|\s+and\s+then|\s+then|;|,\s*and|\s+and(?=\s+(?:move|make|remove|"
                      r"delete|erase|drop|add|put|shift|get|place|scale)\b)|,)\s*", re.I)
_MOVE = re.compile(r"^(?:move|put|shift|place|slide)\s+(?P<what>.+?)\s+(?:(?:to|towards|toward)\s+the\s+|further\s+|"
                   r"more\s+|a\s+bit\s+|slightly\s+|a\s+little\s+)*(?P<dir>left|right|up|down|higher|lower|top|bottom)"
                   r"(?:\s+side)?(?:\s+(?:a\s+bit|a\s+little|slightly|more|a\s+lot))?$", re.I)
_SIZE = re.compile(r"^(?:make|scale)\s+(?P<what>.+?)\s+(?:a\s+bit\s+|slightly\s+|much\s+|a\s+lot\s+)?"
                   r"(?P<size>bigger|larger|smaller|tinier)$", re.I)
_COLOUR = re.compile(rf"^(?:make|turn|paint|colou?r)\s+(?P<what>.+?)\s+(?P<colour>{'|'.join(lx.COLOURS)})$", re.I)
_REMOVE = re.compile(r"^(?:remove|delete|erase|drop|get\s+rid\s+of|take\s+out)\s+(?P<what>.+)$", re.I)
_ADD = re.compile(r"^(?:add|put\s+in|insert|include)\s+(?P<thing>.+?)(?:\s+(?:on|to|at|in)\s+the\s+"
                  r"(?P<where>left|right|top|bottom|middle|center|centre)(?:\s+side)?)?$", re.I)
_ADD_AT = {"left": [50, 250, 450, 950], "right": [550, 250, 950, 950], "top": [250, 50, 750, 450],
           "bottom": [250, 550, 750, 950]}
_STEP = 250  # grid units an object moves: a quarter of the canvas


def _edit_ops(layout: Layout, instruction: str):
    """The rule-based reading of an instruction as edit operations (grid boxes), or PlanningError."""
    from .edits import Add, Describe, EditPlan, Move, Remove, find_region
    from .grid import GRID, box_to_grid

    removed: set[int] = set()
    ops = []
    for clause in _CLAUSES.split(" ".join(instruction.strip().rstrip(".!").split())):
        clause = clause.strip()
        if not clause:
            continue
        if match := _MOVE.match(clause):
            index = find_region(layout, match["what"], removed)
            box = box_to_grid(layout.regions[index].box or _mask_box(layout, index), layout.width, layout.height)
            dx, dy = {"left": (-1, 0), "right": (1, 0), "up": (0, -1), "higher": (0, -1), "top": (0, -1),
                      "down": (0, 1), "lower": (0, 1), "bottom": (0, 1)}[match["dir"].lower()]
            dx = max(-box[0], min(GRID - box[2], dx * _STEP))
            dy = max(-box[1], min(GRID - box[3], dy * _STEP))
            if dx == 0 and dy == 0:
                raise PlanningError(f"{match['what']!r} is already at the {match['dir'].lower()} edge")
            ops.append(Move(op="move", region=f"#{index + 1}", box=[box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy]))
        elif match := _SIZE.match(clause):
            index = find_region(layout, match["what"], removed)
            x0, y0, x1, y1 = box_to_grid(layout.regions[index].box or _mask_box(layout, index), layout.width, layout.height)
            factor = 1.3 if match["size"].lower() in ("bigger", "larger") else 0.75
            cx, cy, hw, hh = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) * factor / 2, (y1 - y0) * factor / 2
            box = [round(max(cx - hw, 0)), round(max(cy - hh, 0)), round(min(cx + hw, GRID)), round(min(cy + hh, GRID))]
            ops.append(Move(op="move", region=f"#{index + 1}", box=box))
        elif match := _COLOUR.match(clause):
            index = find_region(layout, match["what"], removed)
            ops.append(Describe(op="describe", region=f"#{index + 1}",
                                description=_recolour(layout.regions[index], match["colour"].lower())))
        elif match := _REMOVE.match(clause):
            index = find_region(layout, match["what"], removed)
            removed.add(index)
            ops.append(Remove(op="remove", region=f"#{index + 1}"))
        elif match := _ADD.match(clause):
            things = _expand(match["thing"])
            if not things:
                raise PlanningError(f"cannot tell what to add in {clause!r}; {_EDIT_HELP}")
            where = (match["where"] or "middle").lower()
            box = _ADD_AT.get(where, [300, 300, 700, 700])
            ops.append(Add(op="add", label=things[0].head, description=_sentence(match["thing"].strip()), box=box))
        else:
            raise PlanningError(f"cannot follow {clause!r}; {_EDIT_HELP}")
    if not ops:
        raise PlanningError(f"the instruction is empty; {_EDIT_HELP}")
    return EditPlan(edits=ops)


def _mask_box(layout: Layout, index: int) -> tuple[int, int, int, int]:
    """The bounding box of a mask region (what moving or resizing it starts from)."""
    from ..generator.masks import pixel_mask

    ys, xs = pixel_mask(layout, index).nonzero()
    return (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)


def _recolour(region, colour: str) -> str:
    """The description with its colour words replaced, or the colour put before the thing's name."""
    words = re.compile(rf"\b(?:{'|'.join(lx.COLOURS)})\b", re.I)
    if words.search(region.description):
        return words.sub(colour, region.description)
    label = region.label or ""
    at = re.search(rf"\b{re.escape(label)}\b", region.description, re.I) if label else None
    if at:
        return f"{region.description[: at.start()]}{colour} {region.description[at.start():]}"
    return f"{region.description}, {colour}"
