"""What people type around a prompt for other tools, read for what it means: Midjourney parameters
("--ar 16:9", "--no people"), AUTOMATIC1111 weights and negative prompts ("(red hair:1.2)",
"Negative prompt: text, watermark"), booru tags ("1girl, solo, masterpiece") and chat shorthand
("2x huskies", "half a dozen", "w/", "w/o").

:func:`normalize` returns the prompt in plain words and what it says must not be drawn, so the reader
never turns "--no people" into a region of people and "(blue balloon:1.1)" reads as "blue balloon".
"""

from __future__ import annotations

import re

from ..layout import MAX_PROMPT_CHARS
from . import lexicon as lx

_NEGATIVE_SECTION = re.compile(r"(?:^|[\s.,;])(?:negative\s+prompt|negative|neg)\s*:\s*(?P<terms>.*?)(?=(?:steps|sampler|cfg\s*scale|seed|size)\s*:|$)",
                               re.I | re.S)
_MJ_NO = re.compile(r"--no\s+(?P<terms>[^-]+?)(?=\s--|$)", re.I)
_MJ_PARAM = re.compile(r"(?:^|\s)--[a-z]+(?:\s+(?!--)[^\s,]+)?", re.I)
_NEGATIVE_WEIGHT = re.compile(r"[(\[{]+\s*([^()\[\]{}:]+?)\s*:\s*-\s*[\d.]+\s*[)\]}]+")
#: A colour said before "pair of" or "set of" ("a silver pair of scissors"): the colour of what comes in the pair.
_COLOURED_PAIR = re.compile(r"\b(an?|one|the)\s+((?:[a-z]+\s+){1,2}?)(pair|set)\s+of\s+", re.I)
#: Things said to be out of the picture ("bride and groom NOT in frame", "the dog out of shot").
_NOT_IN_FRAME = re.compile(r"((?:^|[,;.!?]|\s-)\s*)((?:(?!(?:no|not|a|an)\b)[\w'-]+\s+){0,5}?[\w'-]+)\s+(?:(?:is|are)\s+)?"
                           r"(?:not\s+in|out\s+of)\s+(?:the\s+)?(?:frame|shot|picture|photo|image)\b", re.I)
#: "totally cable free", ", rider free,": a thing the picture is free of, said without the hyphen.
_SPACED_FREE = re.compile(r"(?:\b(?:totally|completely|entirely|fully|100%)\s+|(?<=,)(\s*))([a-z]+)\s+free\b(?=\s*(?:[,.;!]|$))",
                          re.I)
#: Capitals spelt out after them in brackets ("an RIB (rigid inflatable boat)").
_SPELT_OUT = re.compile(r"\b([A-Z]{2,6})s?\s*\(\s*([A-Za-z][A-Za-z -]{2,60}?)\s*\)")
_WEIGHT = re.compile(r"[(\[{]+\s*([^()\[\]{}:]+?)\s*(?::\s*[\d.]+)?\s*[)\]}]+")
_BOORU_PEOPLE = re.compile(r"\b(\d+)(girl|boy|other)s?\b", re.I)
_BOORU_TAGS = re.compile(
    r"\b(?:masterpiece|best[\s_]quality|high[\s_]quality|highres|absurdres|ultra[\s_]detailed|upper[\s_]body|"
    r"full[\s_]body|cowboy[\s_]shot|looking[\s_]at[\s_]viewer|depth[\s_]of[\s_]field|official[\s_]art|"
    r"extremely[\s_]detailed|8k[\s_]wallpaper|unity[\s_]8k[\s_]wallpaper)\b|"
    r"(?:^|(?<=,))\s*(?:solo|break)\s*(?=,|$)", re.I)  # ("1girl, solo, ..."; not "for the jazz solo", "a coffee break")
#: A bare tag naming who a booru character is ("1girl, solo, young witch"): the one girl is the witch.
_CHARACTER_TAG = re.compile(r"(?:^|,)\s*((?:(?!(?:a|an|the|with|and)\b)[a-z-]+\s+){0,2}([a-z]+))\s*(?=,|$)", re.I)
_TIMES_AFTER = re.compile(r"(?<![\w-])((?:(?!(?:a|an|the|of|in|on|and|with|at|by|for|to|my|his|her)\b)[a-z-]+\s+){0,2}"
                          r"(?!(?:a|an|the|of|in|on|and|with|at|by|for|to)\b)[a-z-]+)\s+[x×]\s?(\d{1,2})\b(?!\s*[x×:])", re.I)
_TIMES = re.compile(r"(?<![\w.])(\d{1,2})\s*[x×]\s+(?=[a-z])(?!(?:zoom|magnification|speed|slow|scale|optical)\b)|"
                    r"\b[x×]\s*(\d{1,2})\b", re.I)  # (not "1.5x zoom", "4x zoom": how it is shot)
_NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
                 11: "eleven", 12: "twelve"}
_CHAT_WORD = r"(?:pls|plz|please|lol|lmao|haha|hehe|thx|uwu)"
_STYLE_END = r"(?:style|art|aesthetic|vibes?|render|photo|photography|painting|drawing|illustration|sketch|anime|" \
             r"cartoon|watercolou?r|pixel art|lineart)"
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF\uFE0F\u200d]")
_CHAT_BEFORE_EMOJI = re.compile(rf"(?<=[a-z])\s+{_CHAT_WORD}\s*(?:{_EMOJI.pattern}\s*)+(?=[a-z])", re.I)
#: An emoji run between words, before one that goes on a new part (not "on", "and", "sleeping"): a break.
_EMOJI_BREAK = re.compile(rf"(?<=[a-z])\s*(?:{_EMOJI.pattern}\s*)+(?=(?!(?:{'|'.join(sorted(lx.TAIL_STARTERS))}|and|or|"
                          rf"but|that|who|which)\b)[a-z]+\b(?<!ing))", re.I)
_CHAT_BEFORE_STYLE = re.compile(rf"(?<=[a-z])\s+{_CHAT_WORD}\s+(?=(?:[a-z][\w-]*\s+){{0,3}}{_STYLE_END}\s*(?:[,.!?]|$))",
                                re.I)


#: What furniture and things are made of, said after their colour ("brown leather", "white marble").
MATERIALS = ("leather", "marble", "wood", "wooden", "oak", "walnut", "pine", "glass", "steel", "metal", "chrome", "brass",
             "copper", "velvet", "linen", "wool", "cotton", "silk", "denim", "plastic", "ceramic", "concrete", "stone",
             "granite", "rattan", "wicker", "bamboo", "fabric")

#: Slips of the keyboard common enough in prompts to read for what they mean.
_TYPOS = {"wodden": "wooden", "woden": "wooden", "thumnail": "thumbnail", "thumbnial": "thumbnail", "abov": "above",
          "portait": "portrait", "potrait": "portrait", "portriat": "portrait", "teh": "the", "hte": "the", "th": "the", "adn": "and", "nad": "and", "wiht": "with", "whit": "with",
          "wtih": "with", "realy": "really", "relly": "really", "ontop": "on top", "infront": "in front", "nxt": "next",
          "thru": "through", "ur": "your", "beautifull": "beautiful", "beatiful": "beautiful", "abvoe": "above",
          "benath": "beneath", "undr": "under", "behnd": "behind", "rigth": "right", "rihgt": "right", "lfet": "left",
          "leftt": "left", "betwen": "between", "bewteen": "between", "sitting": "sitting", "siting": "sitting",
          "standng": "standing", "holdng": "holding", "flyng": "flying", "pls": "please", "plz": "please",
          "nite": "night", "wihtout": "without", "witout": "without", "withuot": "without", "withot": "without",
          "wthout": "without", "whitout": "without", "whithout": "without", "wihout": "without", "withouth": "without",
          "dont": "don't", "donot": "do not", "dosent": "doesn't", "doesnt": "doesn't", "hes": "he's", "shes": "she's",
          "theyre": "they're", "skool": "school", "theres": "there's", "coffe": "coffee", "siting": "sitting", "fishng": "fishing",
          "lifegaurd": "lifeguard", "lifegard": "lifeguard", "shiney": "shiny", "colourfull": "colourful",
          "colorfull": "colorful", "peacefull": "peaceful", "wonderfull": "wonderful", "detialed": "detailed", "backround": "background",
          "backgound": "background", "backgroud": "background", "bakground": "background", "backrgound": "background",
          "midle": "middle", "middel": "middle", "bottem": "bottom", "botom": "bottom",
          # Scots negatives ("dinnae add a guitar", "nae dogs"): the English word, so negation reads them
          "dinnae": "don't", "dinna": "don't", "didnae": "didn't", "cannae": "can't", "canna": "can't",
          "wouldnae": "wouldn't", "isnae": "isn't", "wasnae": "wasn't", "wisnae": "wasn't", "willnae": "won't",
          "winnae": "won't", "hasnae": "hasn't", "havnae": "haven't", "nae": "no"}
_TYPO = re.compile(r"\b(?:" + "|".join(sorted(_TYPOS, key=len, reverse=True)) + r")\b", re.I)


#: Words in -in that are no "-ing" with its g dropped and no drawable thing ("a satin dress", "a raisin"): the
#: lexicon's nouns ("a robin", "a cabin", "a violin") are known without this list.
_IN_WORDS = {"admin", "aspirin", "begin", "bodkin", "bulletin", "bumpkin", "buskin", "catkin", "chagrin", "checkin",
             "coffin", "cumin", "dobbin", "elfin", "genin", "herein", "insulin", "jerkin", "kaolin", "kelvin", "lanolin",
             "latin", "login", "manikin", "mannikin", "margin", "merlin", "munchkin", "muslin", "nankin", "origin",
             "pinyin", "pippin", "plugin", "raisin", "resin", "rosin", "satin", "sequin", "siskin", "tarpaulin", "therein",
             "toxin", "vitamin", "wherein", "within",
             # names typed in lower case ("an austin healey", "an aston martin", "berlin at night")
             "austin", "martin", "dustin", "justin", "kristin", "colin", "franklin", "berlin", "dublin", "darwin",
             "tintin", "chopin", "gavin", "calvin", "marvin", "edwin", "baldwin", "goodwin", "odin", "kremlin"}
#: A dropped g: "wolfs howlin at the moon", "ducks splashin'" (lower case, as such prompts are typed).
_DROPPED_G = re.compile(r"\b([a-z]{2,}[^aeiou\W]in)(?:'|\b)(?![-'’])")


def _dropped_g(match) -> str:
    word = match.group(1)  # (the lexicon knows the nouns in -in: "a penguin", "a goblin")
    if word in _IN_WORDS or word in lx.ENGLISH or word in lx.DRAWABLE or lx.singular(word) in lx.ENGLISH or \
            word.endswith("skin"):  # ("a sheepskin", "buckskin")
        return match.group(0)
    return word + "g"


_COUNT_WORD = r"\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
#: "cupcakes (exactly 6)", "socks (5 of them)": how many, said after the things.
_COUNT_ASIDE = re.compile(rf"\b([a-z]+s) \((?:exactly |just |only |about )?({_COUNT_WORD})"
                          rf"(?: of them| total| in total| in all)?\)", re.I)
_COLOURS = r"red|orange|yellow|green|blue|purple|pink|brown|black|white|gr[ae]y|gold|golden|silver|beige|teal|navy|cream"
#: "an armchair (green velvet)", "a side table (white)": how a thing looks, said after it in brackets.
_LOOK_ASIDE = re.compile(rf"\b(a|an|the|my|his|her|their|our) ([a-z]+(?: [a-z]+)?) \(((?:[a-z]+ )?(?:{_COLOURS})"
                         rf"(?: [a-z]+)?)\)", re.I)
#: A colour word, maybe with its shade ("red", "dark green").
_SHADED_COLOUR = rf"(?:(?:light|dark|bright|pale|deep)\s+)?(?:{_COLOURS})"
#: "car (red) parked in front of a house (yellow)", "a dog (white:1.2)": the colour of the one word before it.
_COLOUR_ASIDE = re.compile(rf"\b(?:(a|an) )?(?!(?:a|an|the|and|or|with|in|on|of|my|his|her|their|our|is|are)\b)"
                           rf"((?-i:[a-z])[a-z-]+(?<!ing)(?<!ed)) ?\(\s*({_SHADED_COLOUR})"
                           rf"\s*(?::\s*[\d.]+\s*)?\)", re.I)
#: Any other aside after a word ("my cat (orange tabby, green eyes)"): said of what comes before it, like a tag.
_ASIDE = re.compile(r"(?<=[a-z]) \(([^():\[\]{}]{2,80})\)(?=\s|[,.;:!?]|$)", re.I)


#: "a snowman (left) and a tree (right)": where a thing is, said after it in brackets.
_PLACE_ASIDE = re.compile(r"(?<=[a-z]) \(((?:(?:top|bottom|upper|lower|far) )?(?:left|right)|top|bottom|center|centre|"
                          r"middle|foreground|background)(?: side)?\)", re.I)


def _asides(text: str) -> str:
    """Brackets people write as asides (not "(red hair:1.2)", a weight): counts and looks go before the thing,
    places after it in words, anything else becomes a tag after it."""
    text = re.sub(r" \((?:the|a|that)\s+(?:kind|type|sort|one|model|style)\s+(?:with|that has|that have|which has)\s+"
                  r"([^()]+?)(?:\s+(?:lol|haha|lmao|pls|please))?\)", r" with \1", text, flags=re.I)
    # "a desktop computer (the kind with a floppy drive lol)": what it has, said of it
    text = re.sub(r"\b(?:me|myself|us)\s+\(((?:a|an)\s+[^()]{2,60})\)", r"\1", text, flags=re.I)
    # "me (a bearded guy) on the right": the asker, drawn as said in the brackets
    text = re.sub(r"\b([a-z]+) \((?:i mean |as in |meaning )?(?:the|a|an) (bird|animal|fish|plant|flower|insect|tree|"
                  r"fruit|food|vehicle|car|boat|ship|dog|cat|horse|snake|bug|building|instrument|drink|dessert|toy)"
                  r"(?:,? (?:not|rather than|and not) (?:the|a|an) [a-z]+)[!. ]*\)", r"\1 \2", text, flags=re.I)
    # "a red kite (the bird not the toy!!)": which kite, said as a kite bird
    text = _PLACE_ASIDE.sub(lambda m: f" {'in' if m.group(1).lower() in ('foreground', 'background') else 'on'} the "
                                      f"{m.group(1)}", text)
    text = _COUNT_ASIDE.sub(lambda m: f"{m.group(2)} {m.group(1)}", text)
    text = _LOOK_ASIDE.sub(lambda m: f"{_determiner(m.group(1), m.group(3))} {m.group(3)} {m.group(2)}", text)
    text = _COLOUR_ASIDE.sub(lambda m: f"{lx.indefinite(m.group(3)) + ' ' if m.group(1) else ''}{m.group(3)} {m.group(2)}",
                             text)
    text = re.sub(rf"\b([a-z]+s)\s*,\s*(?:the\s+)?({_SHADED_COLOUR})\s+ones\b", r"\2 \1",
                  text, flags=re.I)  # "tulips, pink ones, in a grey bucket": pink tulips
    return re.sub(r",\s*:", ":", _ASIDE.sub(lambda m: m.group(0) if re.search(
        r"\b(?:a|an|the|my|his|her|their|our|its|this|that)$", text[:m.start()], re.I) else f", {m.group(1)},", text))
    # ("the dice stall (last one had a cat on it): a counter ...": the aside, then what the colon goes on to)


#: "leather bound", "ivy clad": a material and a participle that name one look, said as one word before a noun.
_MADE_OF_WORD = re.compile(r"\b(leather|cloth|gold|silver|ivy|fur|velvet|iron|steel|copper|brass|snow|moss|vine|rope|"
                           r"wood|stone|glass|marble|lace|ice|frost)\s+(bound|clad|trimmed|plated|capped|tipped|encrusted|"
                           r"studded)\b(?=\s+[a-z]+)(?!\s+(?:in|with|by|on|to|from|at|and|or|under|over|of|the|a|an)\b)",
                           re.I)
#: "my late husbands old sheepdog": kin's things with the apostrophe left out.
_KIN_OWNS = re.compile(r"\b(my|our|your|his|her|their)\s+((?:late|dear|little|old|best|eldest|youngest)\s+)?(husband|wife|"
                       r"son|daughter|mum|mom|dad|father|mother|brother|sister|grandma|grandpa|grandad|granddad|nan|nana|"
                       r"friend|neighbour|neighbor|uncle|aunt|auntie|cousin|boss|teacher|partner|fiance|fiancee|"
                       r"girlfriend|boyfriend)s(?=\s+(?:old|little|new|favourite|favorite|beloved|lovely|first|"
                       r"[a-z]+\s+)?(?:dog|cat|car|house|garden|horse|sheepdog|puppy|kitten|pony|bike|truck|boat|shop|"
                       r"farm|cottage|wedding|birthday|portrait|room|kitchen|chair|guitar|piano|watch|tractor|drawing|"
                       r"picture|painting|sketch|doodle|artwork|toy|teddy)\b)", re.I)
#: "on grandads shoulders", "grandmas prize winning rose": a grandparent's, said without the apostrophe or a "my" (one
#: grandparent is who is meant: two grandmas would be counted).
_GRAN_OWNS = re.compile(r"\b(?:(two|three|four|many|some|both|the|all)\s+)?(grandma|grandpa|grandad|granddad|gran|nan|nana|"
                        r"granny|grandmother|grandfather)s(?=\s+(?:old|little|new|favourite|favorite|beloved|prize|"
                        r"prize[\s-]winning|big|lap|shoulders?|back|arms?|hands?|knee|garden|rose|roses|kitchen|house|"
                        r"cottage|chair|armchair|dog|cat|allotment|table|quilt)\b)", re.I)
#: "a barbers straight razor": one tradesman's thing, the apostrophe left out ("a" says one, so not two barbers).
_TRADE_OWNS = re.compile(r"\b(a|an)\s+(barber|butcher|baker|farmer|fisherman|sailor|pirate|witch|wizard|doctor|nurse|"
                         r"chef|teacher|girl|boy|lady|king|queen|knight|soldier|cowboy|carpenter|tailor|jeweller|jeweler|"
                         r"watchmaker|blacksmith|gardener|beekeeper|shepherd|captain|painter|sculptor|potter|cobbler|"
                         r"clockmaker|miner|lumberjack|firefighter|fireman|policeman|detective|explorer|scientist|"
                         r"musician|drummer|magician|samurai|viking|ninja)s\s+(?=[a-z]+\b)(?!(?:and|or|with|in|on|at|of|"
                         r"is|are|who|that|standing|sitting|working|walking)\b)", re.I)
#: "three adventurers on the left (a fighter, a wizard and a cleric)": a counted group, then who each one is.
_MEMBERS = re.compile(r"\b(?P<count>two|three|four|five|six|[2-6])\s+(?P<group>[a-z]+s)\b(?P<rest>[^(),.;:]{0,40}?)\s*\("
                      r"(?P<members>[a-z '-]+(?:,\s*[a-z '-]+)*)\)", re.I)


def _members(match) -> str:
    """The members said instead of the group, where the list names as many as the count ("a fighter, a wizard and a
    cleric on the left side"); else the text as it was."""
    count = match.group("count").lower()
    number = int(count) if count.isdigit() else next(k for k, w in _NUMBER_WORDS.items() if w == count)
    members = [m.strip() for m in re.split(r",\s*|\s+and\s+", match.group("members")) if m.strip()]
    if len(members) != number or not all(re.match(r"(?:an?|one)\s+[a-z]", m, re.I) for m in members):
        return match.group(0)
    listed = ", ".join(members[:-1]) + " and " + members[-1]
    return f"{listed}{match.group('rest')}"


def _number_word(digits: str) -> str:
    """"3" -> "three" (up to twelve; larger numbers stay digits)."""
    return _NUMBER_WORDS.get(int(digits), digits)


def _fits(rewritten: str, text: str) -> bool:
    """Whether a rewrite keeps the prompt within what a layout's prompt may hold (or no longer than it was)."""
    return len(rewritten) <= max(len(text), MAX_PROMPT_CHARS)


def _said_again_in_words(match) -> bool:
    """"3girls, three girls on a bench", "1girl, a girl in a red dress": the tag's people said again with their count
    (not "2girls, girl on the left has red hair": the tag is the count)."""
    n, who = int(match.group(1)), match.group(2)
    rest = match.string[:match.start()] + " " + match.string[match.end():]
    said = r"(?:a|an|the|one)" if n == 1 else rf"(?:{_number_word(match.group(1))}|{n})"
    return re.search(rf"\b{said}\s+(?:[\w-]+\s+){{0,2}}{who}{'' if n == 1 else 's'}\b", rest, re.I) is not None


def _flanked(match) -> str:
    """"a snowman is flanked by a pine tree on its left and a sled on its right": with them there; "a king flanked by a
    knight and a wizard": between them; "a door flanked by two lanterns": with one on either side."""
    rest = match.group(1)
    if re.search(r"\b(?:on|to)\s+(?:its|their|his|her|the)\s+(?:left|right)\b", rest, re.I):
        return f"with {rest}"
    phrase = re.match(r"(?:(?!(?:on|in|at|under|over|near|by|leading|where|that|which|who|with|and|&|beneath|below|"
                      r"above|behind|surrounded)\b)[\w'-]+\s*){1,5}", rest, re.I)
    if phrase is None:
        return match.group(0)
    if re.match(r"\s*(?:and|&)\b", rest[phrase.end():], re.I):
        return f"between {rest}"
    said = phrase.group(0).rstrip()
    return f"with {said} on either side{rest[len(said):]}" if not re.match(
        r"\s*on\s+(?:both|either|each)\s+sides?", rest[len(said):], re.I) else f"with {rest}"


def _determiner(determiner: str, words: str) -> str:
    """The determiner again before the words now said first ("an armchair (green velvet)" -> "a green ...")."""
    return lx.indefinite(words) if determiner.lower() in ("a", "an") else determiner


def restore_dropped_g(text: str) -> str:
    """"wolfs howlin at the moon" -> "howling": for English text only (French "un lapin" is a rabbit)."""
    return _DROPPED_G.sub(_dropped_g, text)


def _terms(text: str) -> list[str]:
    return [t.strip(" .()[]{}") for t in re.split(r"[,;/]|\s+and\s+", text) if t.strip(" .()[]{}")]


#: Who asked for the picture ("my daughter wants a picture of ...", "the wife would love a poster of ..."): not in it.
_REQUESTER = re.compile(
    r"^\s*(?:my|our|the)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:wants|needs|would\s+(?:like|love)|'d\s+(?:like|love)|"
    r"asked\s+(?:me\s+)?for|is\s+asking\s+for|requested|loves?\s+to\s+have)\s+"
    r"(?=(?:a|an|some)\s+(?:[a-z]+\s+)?(?:picture|image|drawing|painting|poster|illustration|photo|portrait|print|"
    r"wallpaper|card|sketch|render)s?\b)"
    r"(?![a-z]+\s+(?:[a-z]+\s+)?[a-z]+\s+of\s+(?:(?:him|her|them|our|my)sel(?:f|ves)|him\b|them\b|us\b|me\b|"
    r"her\s+(?:with|and|as|in|on|riding|holding|wearing|playing)\b))", re.I)  # (not "... of himself skating")


#: Words that join the parts of a prompt typed as one run-on sentence ("... and then give him a sword also make it
#: look like a poster plus oil painting style"), before what starts a new part (after a comma, "then" stays: "topsoil at
#: the top, then a layer of gravel" says the order of the parts).
_RUN_ON = re.compile(r"(?<![,\s])\s+(?:and\s+then|and\s+also|also|plus|then)\s+(?=(?:make|give|add|put|draw|have|let|there|a|an|"
                     r"the|some|his|her|their|maybe|\d+|two|three|four|five|six|in|on|at)\b)", re.I)


_NOT_BEFORE_STYLE = {"a", "an", "the", "of", "in", "on", "with", "and", "or", "like", "as", "for", "to", "by", "very",
                     "some", "his", "her", "its", "their", "my", "our", "your", "this", "that", "into", "onto", "at"}


def _style_run_apart(chunk: str) -> str:
    """"a girl jumping in a puddle watercolor soft pastel colors kids book": the style words a prompt typed without
    commas ends on are said apart, as a tag ("..., watercolor soft pastel colors kids book")."""
    words = chunk.split()
    k = len(words)
    while k > 0 and (words[k - 1].lower() in lx.STYLE_WORDS and words[k - 1].lower() not in _NOT_BEFORE_STYLE and
                     (len(words[k - 1]) > 2 or words[k - 1].lower() in ("4k", "8k", "hd", "3d", "2d", "hq")) or
                     words[k - 1].lower() in lx.KIDS or " ".join(words[k - 2: k]).lower() in ("picture book", "story book")
                     or words[k - 1].lower() in ("picture", "story") and k < len(words) and words[k].lower() == "book"):
        k -= 1
    run = [w.lower() for w in words[k:]]
    if k < 3 or len(run) < 2 or words[k - 1].lower() in _NOT_BEFORE_STYLE or \
            not any(w in lx.STYLE_NOUNS and w not in lx.THINGS for w in run) and not (
                (set(run) & lx.KIDS or {"picture", "story"} & set(run)) and "book" in run):
        return chunk
    at = chunk.rstrip().rfind(" ".join(words[k:]))
    return chunk[:at].rstrip() + ", " + chunk[at:]


#: A thing named right before how it is shot, then where it is ("hiking boot product shot on a mossy rock").
_SHOT_AFTER = re.compile(r"(?P<lead>^|[,;:.]\s*)(?P<thing>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?P<shot>(?:product|studio|macro|"
                         r"catalog(?:ue)?|packshot|food)\s+(?:shot|photo|photograph|photography|render|picture))"
                         r"(?=\s+(?:on|in|against|with|atop|under)\b)", re.I)


def _shot_first(match) -> str:
    words = match.group("thing").split()
    last = words[-1].lower()
    if words[0].lower() in lx.DETERMINERS or not (lx.singular(last) in lx.THINGS | lx.WORN | lx.RARE_THINGS) or \
            last in lx.STYLE_WORDS:
        return match.group(0)
    thing = match.group("thing")
    article = "" if lx.is_plural(last) else lx.indefinite(thing) + " "
    return f"{match.group('lead')}{match.group('shot')} of {article}{thing}"


_COUNT = rf"(?:{_COUNT_WORD}|one|a dozen|a pair of|a couple of)"
#: Short words of every sentence, which a prompt typed in capitals spells like names ("VW", "BMW" stay names).
_SHORT_WORDS = {"a", "i", "an", "the", "of", "on", "in", "at", "to", "by", "no", "my", "and", "or", "his", "her", "its",
                "me", "it", "up", "for", "but", "not", "out", "off", "all", "has", "had", "was", "are", "is", "be", "as",
                "our", "we", "you", "he", "she", "him", "they", "us", "so", "do", "did", "can", "too", "any", "two", "six",
                "ten", "one", "few", "new", "old", "big", "red", "lit", "via", "per", "way", "who", "how", "why", "yes",
                "hay", "sea", "ice", "fox", "owl", "cow", "pig", "bee", "ant", "elk", "yak", "emu", "ram", "hen", "bat",
                "rat", "cub", "pup", "kid", "egg", "pie", "tea", "jam", "oak", "elm", "ivy", "fog", "sun", "sky", "day",
                "art", "mug", "cup", "hat", "cap", "bag", "box", "toy", "map", "pen", "car", "bus", "van", "jet", "dog",
                "cat", "boy", "man", "gym", "bar", "inn", "hut", "den", "bed", "rug", "mat", "axe", "bow", "orc", "elf"}
#: A correction said after the prompt ("... actually make it five goblins", "no wait, make that 3 cats").
_CORRECTION = re.compile(rf"[\s.,;!—-]*\b(?:actually|wait|no wait|sorry|oops|correction|i mean|on second thought)\b[\s,]*"
                         rf"(?:no[\s,]+|wait[\s,]+)?(?:make (?:it|that|them)|change (?:it|that) to|i want|i meant|it should be)\s+"
                         rf"(?P<count>{_COUNT})\s+(?P<noun>[a-z]+(?:\s+(?!(?:and|plus|with|in|on|at|but|please|pls|instead|now)\b)[a-z]+)?)"
                         rf"\b(?P<rest>[^.!?]*)[.!?]?", re.I)


_HASHTAG = re.compile(r"(?:^|(?<=\s))#([A-Za-z][\w-]*)")
_TAG_ENDINGS = ("photography", "photo", "art", "artwork", "aesthetic", "aesthetics", "illustration", "painting",
                "design", "punk", "wave", "core")


def _hashtag(match) -> str:
    """"#StreetPhotography", "#streetphotography", "#cyberpunk": a tag that names a look, in words, said apart; any
    other tag ("#nofilter", "#CatsOfInstagram", "#blessed") is about the post, not the picture, and is dropped."""
    word = re.sub(r"(?<=[a-z])(?=[A-Z])|_", " ", match.group(1)).lower()
    ending = next((e for e in _TAG_ENDINGS if word.endswith(e)), None)
    if " " not in word and ending is not None and len(word) - len(ending) >= 3 and ending not in ("punk", "wave", "core"):
        word = f"{word[: -len(ending)]} {ending}"
    if ending is None and word not in lx.STYLE_WORDS:
        return ""
    return ", " + word + ","


_GONE_SO_NOT = re.compile(r"\b(?:the|that|this|our|my|his|her|their)\s+(?P<words>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+"
                          r"(?:is|are|was|were|'s)\s+(?:(?:now|long|already|sadly|unfortunately)\s+)?"
                          r"(?:gone|missing|sold|lost|dead|broken|removed|torn\s+down|no\s+longer\s+there|not\s+there)"
                          r"(?:\s+(?:now|anymore|these\s+days))?[,\s]+(?:(?:so|and|but)\s+)?(?:please\s+|pls\s+)?"
                          r"(?:don'?t|do\s+not|never)\s+(?:include|show|draw|add|put|depict|render|paint)\s+"
                          r"(?:it|them)(?:\s+in)?(?=\s*(?:[,.;!?]|$|(?:anymore|this\s+time|please|pls)\b))", re.I)


_FORM_LABEL = re.compile(r"(?:^|(?<=[,;.]\s)|(?<=[\[(]))\s*(?:main\s+|art\s+)?(?:subjects?|objects?|characters?|foreground|scene|setting|location|prompt|description|style|"
                         r"mood|lighting|"
                         r"colou?rs?|colou?r\s+palette|palette|camera|lens|medium|vibe|aesthetic|atmosphere|composition|"
                         r"details?)\s*:\s*(?=\S)", re.I)
#: A row of a picture named before what is in it ("top row: a heart and a brain; bottom row: a syringe").
_ROW_LABEL = re.compile(r"(?:^|(?<=[,;.:]\s)|(?<=[,;.:]))\s*(?P<row>top|upper|middle|centre|center|bottom|lower)(?:\s+(?:row|line|"
                        r"shelf|half|part|section|level|tier)\s*[:=-]|\s*:)\s*(?P<things>[^;.]+?)(?=\s*(?:[;.]|$|,\s*(?:top|upper|"
                        r"middle|centre|center|bottom|lower)(?:\s+(?:row|line|shelf|half|part|section|level|tier))?\s*:))", re.I)
#: A place on the canvas said as a part of its own before what is there ("at the top, a paper lantern; at the bottom, ...").
_PLACE_FIRST = re.compile(r"(?:^|(?<=[;.]\s))(?P<place>(?:at|in|on)\s+the\s+(?:very\s+)?(?:top|bottom|middle|center|centre|left|right|"
                          r"foreground|background)(?:\s+(?:left|right))?),\s+(?P<thing>(?:a|an|the|some|two|three|four|five|six|"
                          r"\d+)\s[^;.,]+?)(?=\s*(?:[;.]|$))", re.I)
#: A counted plural, then how each one looks ("two dogs, one brown and one white").
_COUNTED_PLURAL = re.compile(r"\b(?P<count>two|three|2|3|a\s+pair\s+of)\s+(?P<mods>(?:[a-z-]+\s+){0,2}?)"
                             r"(?P<noun>[a-z]+s)(?P<sep>\s*[,:;(]\s*|\s*-+\s*|\s+)", re.I)
#: One of them said by how it looks: "one brown", "the other one is white", "a brown one".
_ONE_OF_THEM = re.compile(r"(?:(?:the\s+(?:first|second|third|other|last)(?:\s+one)?|one|another)"
                          r"(?:\s+(?:is|being|'s))?\s+(?P<after>[a-z-]+(?:\s+[a-z-]+)?)"
                          r"|(?:a|an)\s+(?P<before>[a-z-]+(?:\s+[a-z-]+)?)\s+one)", re.I)
_LOOKS_TOO = {"ginger", "tabby", "calico", "spotty", "stripy", "patchy", "piebald", "dappled", "brindle", "tortoiseshell",
              "big", "small", "little", "tiny", "huge", "tall", "short", "long", "old", "young", "fat", "thin", "plain"}


def _looks_word(word: str) -> bool:
    """A word of how one of several looks ("brown", "spotted", "big"), not a thing or a place."""
    return word in lx.COLOURS or word in _LOOKS_TOO or word in lx.STYLE_ADJECTIVES or lx.adjective_by_ending(word)


def _ones_apart(text: str) -> str:
    """"two dogs, one brown and one white", "two cats: the first one is ginger, the second one is grey": each of the
    counted ones said by its own looks, as "a brown dog and a white dog", so that each is drawn in its own words."""
    for match in list(_COUNTED_PLURAL.finditer(text))[::-1]:
        said_count = " ".join(match.group("count").lower().split())
        count = int(said_count) if said_count.isdigit() else lx.NUMBERS[said_count]
        noun = lx.singular(match.group("noun").lower())
        if noun == match.group("noun").lower() or noun not in lx.THINGS | lx.ANIMALS | lx.DRAWABLE:
            continue
        at, looks = match.end(), []
        while len(looks) < count:
            one = _ONE_OF_THEM.match(text, at)
            words = (one.group("after") or one.group("before")).split() if one else []
            while words and not all(_looks_word(w.lower()) for w in words):
                words = words[:-1]  # ("one brown and one white": "brown", not "brown and")
            if one is None or not words or one.group("before") and len(words) < len(one.group("before").split()):
                break
            looks.append(" ".join(words))
            at = one.start() + (one.group(0).index(words[-1]) + len(words[-1]) if one.group("after") else len(one.group(0)))
            joint = re.match(r"\s*(?:,\s*(?:and\s+|then\s+)?|and\s+|&\s+|\s)", text[at:]) if len(looks) < count else None
            if len(looks) < count and joint is None:
                break
            at += joint.end() if joint else 0
        if len(looks) != count:
            continue
        mods = match.group("mods")
        said = [f"{lx.indefinite(look)} {look} {mods}{noun}" for look in looks]
        text = text[: match.start()] + ", ".join(said[:-1]) + " and " + said[-1] + text[at:]
    return text


#: A count of a kind before a colon that lists them ("three pets from left to right: a cat, a pug and a parrot").
_COUNTED_HEADER = re.compile(r"^\s*(?P<count>two|three|four|five|six|\d)\s+(?P<kind>[a-z]+s)\b(?P<rest>[^:,.;]{0,40}):\s*(?P<list>.+)$",
                             re.I | re.S)
_ROWS = {"top": "at the top", "upper": "at the top", "middle": "in the middle", "centre": "in the middle",
         "center": "in the middle", "bottom": "at the bottom", "lower": "at the bottom"}


def _in_its_row(match) -> str:
    """Each thing of a row said with the row's place ("a heart at the top, a brain at the top")."""
    place = _ROWS[match["row"].lower()]
    items = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:a|an|the|one|two|three|four|five|six|seven|eight|some|\d+)\b)",
                     match["things"].strip())
    said = [re.sub(r"^(.+?)(\s+(?:with|holding|wearing)\s.*)$", rf"\1 {place}\2", item) for item in items if item]
    return " " + ", ".join(s if place in s else f"{s} {place}" for s in said)  # ("rows of chairs at the bottom with
    # guests": the place is the chairs', said before what they are with)


#: A sentence that opens with what one does ("Snowman. Coal eyes. Stands in a snowy garden."), after a short one.
_SUBJECTLESS = re.compile(r"(?P<before>(?:^|(?<=[.!]\s))(?:[A-Za-z'-]+\s+){0,4}[A-Za-z'-]+)\.\s+(?P<verb>(?:Stand|Sit|Lie|"
                          r"Hang|Float|Rest|Perche|Lean|Hover|Flie|Swim|Walk|Run|Sleep|Wait|Watch|Look|Hold|Wear|Glow|"
                          r"Shine|Grow|Peek|Play|Stare|Smile|Read|Carrie|Stretche|Curl|Lay|Crouche|Kneel|Hide|Sway|"
                          r"Dangle|Dance|Soar|Glide|Climb|Lounge|Wave|Laugh|Graze|Drift|Bloom|Tower|Loom|Sparkle)s)"
                          r"(?=\s+(?:on|in|at|under|above|below|beside|near|next|by|behind|from|with|over|inside|"
                          r"outside|against|across|along|atop|among|between|a|an|the|his|her|its|their|quietly|"
                          r"happily|proudly|alone|up|down|out)\b)")
#: A form's field naming where it all is ("setting: a market stall", "[background: white linen]"): said as the setting.
_SETTING_LABEL = re.compile(r"(?:^|(?<=[,;.]\s)|(?<=[\[(]))\s*(?P<label>setting|location|environment|background|backdrop)"
                            r"\s*:\s*(?P<place>[^,;.:\[\]()]*[^,;.:\[\]()\s])", re.I)
#: Words a line cannot end on unless the phrase goes on in the next line ("a cat sitting on\na mat").
_UNFINISHED = re.compile(r"(?:\b(?:a|an|the|and|or|of|on|in|at|to|by|for|with|from|under|over|his|her|their|its|my|"
                         r"is|are|very)|[,;:(&+-])\s*$", re.I)


_SUBJECT_LAST = re.compile(
    r"^(?P<place>(?:on|in|at|beneath|under|underneath|beside|by|atop|above|below|inside|upon|across|along|amid|among|"
    r"before|near)\s[^.;!?:]{3,120}?),\s*(?:(?:alone|quietly|proudly|silently|still|there)\s*,?\s*)?"
    r"(?P<verb>stands?|sits?|lies|lie|rests?|waits?|looms?|towers?|perch(?:es)?|sleeps?|grazes?|graze|rises?|rise|"
    r"hangs?|hovers?|floats?|lives?|lurks?|dwells?|kneels?|is|are|there\s+(?:is|are|stands?|sits?|lies|lie))\s+"
    r"(?P<thing>(?:a|an|the|one|two|three|four|five|six|seven|eight|\d+|some|several|many)\s[^,.;!?]{2,80})", re.I)


def _subject_first(match) -> str:
    """"on a misty moor at dawn, alone, stands an old stone cross", "beneath the old oak, in the shade, lie three
    cows": the thing said last, said first, then what it does there."""
    verb = re.sub(r"^there\s+", "", match.group("verb"), flags=re.I)
    verb = "" if verb.lower() in ("is", "are") else verb + " "
    return f"{match.group('thing').strip()} {verb}{match.group('place').strip()}"


def lines_apart(prompt: str) -> str:
    """"Scene:\nA lighthouse on a cliff\nA fishing boat on the sea below it\nSeagulls circling": each line is a
    part of its own, as a comma would make it, unless the line stops mid-phrase."""
    lines = [line.strip() for line in prompt.strip().splitlines()]
    if len(lines) > 1:  # "1. a soccer ball ...", "- two suitcases ...": a list's marks, no words of it
        lines = [re.sub(r"^(?:[-*•·–—>]+|\(?\d{1,2}[.):]|\(?[a-h][.)])\s*", "", line) for line in lines]
    text = ""
    for line in (line for line in lines if line):
        text = line if not text else text + (" " if _UNFINISHED.search(text) or re.search(r"[.!?]$", text) else ", ") + line
    return text


def _corrected(text: str) -> str:
    """"three goblins in a cave... actually make it five goblins, the party is level 6": the count said last, in the
    place of the one it corrects; the correction itself is no part of the picture."""
    match = _CORRECTION.search(text)
    if match is None:
        return text
    head = match.group("noun").split()[-1].lower()
    before = text[: match.start()]
    said = list(re.finditer(rf"\b(?:{_COUNT}|a|an|one)\s+((?:[a-z-]+\s+){{0,2}}?)(?:{re.escape(head)}|{re.escape(lx.singular(head))}|"
                            rf"{re.escape(lx.plural(lx.singular(head)))})\b", before, re.I))
    if not said:
        return text
    last = said[-1]
    count_end = last.start(1)
    fixed = before[: last.start()] + match.group("count") + " " + before[count_end:]
    rest = match.group("rest").strip(" ,;")  # an addition is still said ("... and add a dragon"), a comment not
    rest = re.sub(r"^(?:and|plus)\s+(?:add|put|draw|include|also)?\s*", "", rest, flags=re.I) if re.match(
        r"(?:and|plus)\b", rest, re.I) else ""
    return (fixed.rstrip(" .,;") + (", " + rest if rest else "") + text[match.end():]).strip()


_RESTATED = re.compile(r"(?:\.{2,}|…|[,;—–]|(?<=\s)-)[ \t]*(?:(?:no+[\s,]+)?wait(?:[\s,]+no)?|no+[\s,]+actually|"
                       r"actually(?![\s,]+(?:no|not|none)\b)|or rather|scratch that|oops|correction)[\s,!.:]+", re.I)
_RESTATED_COLOUR = re.compile(rf"(?:make|change|paint)\s+(?:it|that|them|the\s+[a-z]+)\s+(?:to\s+)?(?:be\s+)?"
                              rf"(?P<colour>(?:light |dark |bright )?(?:{_COLOURS}))\b", re.I)
_PHRASE_START = re.compile(rf"\b(?:a|an|the|some|my|his|her|their|our|{_COUNT_WORD}|one|a dozen|a pair of|a couple of)\s", re.I)
_RELATION_START = re.compile(r"\b(?:on top of|in front of|next to|to the (?:left|right) of|on the (?:left|right) of|"
                             r"on|in|under|underneath|beneath|below|above|over|beside|behind|inside|near|by|atop|"
                             r"between|against)\s", re.I)


def _words_up_to_a_place(phrase: str, stops: str) -> set[str]:
    """The words of ``phrase`` (three letters or more, in the singular) before a stop word or a punctuation mark."""
    return {lx.singular(w) for w in re.findall(r"[a-z]{3,}", re.split(rf"[,;.!?]|\s(?:{stops})\s", phrase.lower())[0])}


def _restated(text: str) -> str:
    """"a cat, no wait, two cats sleeping on a couch", "a frog on a mushroom, no wait, under the mushroom", "the car
    should be blue, no wait, make it red": what is said after the correction takes the place of the like part before it
    (a colour, the last place, or the thing it names again, else the clause's first thing, with what followed it); the
    words of the correction are no part of the picture."""
    for _ in range(3):
        match = _RESTATED.search(text)
        if match is None:
            return text
        before, after = text[: match.start()].rstrip(), text[match.end():]
        clause = max(before.rfind(". "), before.rfind("! "), before.rfind("? "), before.rfind(": ")) + 1
        colour = _RESTATED_COLOUR.match(after)
        if colour:
            said = list(re.finditer(rf"\b(?:{_COLOURS})\b", before[clause:], re.I))
            if not said:
                return text
            at = clause + said[-1].start()
            text = before[:at] + colour.group("colour") + before[clause + said[-1].end():] + after[colour.end():]
            continue
        if _RELATION_START.match(after):
            said = list(_RELATION_START.finditer(before, clause))
            if not said:
                return text
            text = before[: said[-1].start()] + " " + after
            continue
        if not _PHRASE_START.match(after):
            return text
        phrases = list(_PHRASE_START.finditer(before, clause))
        if not phrases:
            return text
        named = _words_up_to_a_place(after, "on|in|with|at|under|by")
        again = [p for p in phrases if named & _words_up_to_a_place(before[p.end():], "on|in|with|at|under|by|and")]
        start = (again or phrases)[0].start()
        text = before[:start] + after
    return text


#: Who is asked, and words said while thinking aloud or dictating ("um okay so like a kitchen table, yeah"): not part of the request.
_SPOKEN_FILLERS = (re.compile(r"^\s*(?:(?:hey|hi|hello|yo|dear)[\s,]+(?:chat\s?gpt|dall-?e(?:\s*\d)?|midjourney|mj|claude|gemini|"
                              r"copilot|bing|ai|bot)\b|(?:chat\s?gpt|dall-?e(?:\s*\d)?|copilot)\s*[,:!])[\s,!:]*",
                              re.I),  # "hey chatgpt draw me ...": who is asked
                   re.compile(r"(?<![\w'-])(?:u+m+|u+h+m*|e+r+m+|h+m+)(?![\w'-])[,.]*\s*", re.I),
                   re.compile(r"^\s*(?:(?:ok(?:ay)?|alright|so(?!\s+(?:many|much|few|little)\b))\b[\s,]+)+"
                              r"(?:like\b[\s,]+)?", re.I),
                   re.compile(r"(?<=,)\s*(?:like|yeah|you know|i mean)\s*(?=,)|(?<=,)\s*yeah\s+like\b|"
                              r"(?:\s*,|\s+and)?\s+(?:yeah\s+)?(?:that'?s|thats)\s+(?:it|all)\s*(?=[.!]*$)|"
                              r"[\s,]+(?:yeah|you know)\s*(?=[.!]*$)", re.I))


def _unweighted(match) -> str:
    """"(red hair:1.2)": the words without their weight; a weighted style word after a thing's name is a tag of its
    own ("heirloom tomato ((hyperrealistic))": not a kind of tomato)."""
    words = match.group(1)
    before = match.string[:match.start()].rstrip()
    if before and before[-1].isalnum() and all(w.lower() in lx.STYLE_ADJECTIVES | lx.STYLE_WORDS for w in words.split()):
        return f", {words},"
    return words


#: A sentence in which the asker says who they are ("Hello, I am 82 and new to this."), ending with its stop.
_ABOUT_ME = re.compile(r"(?:(?<=^)|(?<=[.!?]\s)|(?<=[.!?]))\s*(?:(?:hi|hello|hey)(?:\s+there)?\s*[,!]?\s*)?"
                       r"(?:i\s+am|i['’]m)\s+(?P<rest>[^.!?]{1,60})[.!?]+", re.I)
#: The asker saying who they are as people do in a chat ("Dungeon master here —", "teacher here,"): at the start only.
_WHO_IS_HERE = re.compile(r"^\s*(?:(?:hi|hello|hey)\s*[,!]?\s*)?(?!(?:a|an|the|my|put|place|draw|make|add|just)\b)"
                          r"(?:[a-z'-]+\s+){0,2}(?:[a-z'-]+(?:er|or|ist|ian|ess|master)|dm|gm|mom|mum|dad|grandma|"
                          r"grandpa|nana|parent|mama|papa|teen|nurse|chef|vet|dev|student|newbie|noob)\s+here\s*"
                          r"(?:[—–-]+|[,.:!;]+)\s*", re.I)
#: "my son drew ...", "my 6 year old daughter made ...": whose drawing the picture is redrawn from, not drawn.
_WHO_DREW = re.compile(r"^\s*(?:(?:hi|hello|hey|so|ok|okay)\s*[,!]?\s*)?(?:my|our)\s+(?:(?:\d+|[a-z]+)[\s-]*(?:yo|y/o|"
                       r"years?[\s-]old|yr[\s-]old)\s+|little\s+|youngest\s+|eldest\s+|oldest\s+)?(?:son|daughter|kid|"
                       r"child|boy|girl|niece|nephew|grandson|granddaughter|toddler|students?|class|kids)\s+"
                       r"(?:drew|made|painted|sketched|designed|doodled|invented|came up with)\s+(?=(?:a|an|the|this|"
                       r"these|two|three|four|five|some)\b)", re.I)
#: "a dragon like my daughter described it", "the treehouse my kids keep talking about", "my son dreamed about a ...":
#: the child tells of the thing, and is not in the picture.
_KIN_TOLD = re.compile(r"(?:\b(?:just\s+)?(?:like|as|that|which)\s+)?\b(?:my|our)\s+(?:(?:\d+|[a-z]+)[\s-]*(?:yo|y/o|"
                       r"years?[\s-]old|yr[\s-]old)\s+|little\s+|youngest\s+|eldest\s+|oldest\s+)?(?:son|daughter|kid|"
                       r"child|niece|nephew|grandson|granddaughter|toddler|kids|children|sons|daughters|grandkids?)\s+"
                       r"(?:(?:always\s+|often\s+|once\s+)?(?:described|imagined|imagines|dreamed|dreamt|dreams|"
                       r"invented|pictured|told\s+me\s+about|tells\s+me\s+about|asked\s+(?:for|about)|asks\s+(?:for|about)|"
                       r"talks?\s+about|keeps?\s+(?:talking|asking|dreaming)\s+about|keeps?\s+asking\s+for|"
                       r"(?:is|are)\s+obsessed\s+with)(?:\s+(?:about|of))?(?:\s+(?:it|them|him|her))?)\b", re.I)
#: Words of a sentence that asks for the picture, or says what is in it: not only about the asker.
_ASKS = re.compile(r"\b(?:picture|image|photo|draw|paint|make|create|want|need|like|love|looking|thinking|imagining|"
                   r"with\s+(?:a|an|the|my|two|three)|of|in|on|holding|standing|sitting)\b", re.I)


def _unless_drawn(match) -> str:
    """The asker's sentence about themself, gone ("I am 82 and new to this.", "I'm a teacher."), unless it asks for
    the picture or names a thing to draw."""
    rest = match.group("rest")
    if _ASKS.search(rest) and not re.search(r"\b(?:good|bad|great|new|hopeless|terrible)\s+(?:with|at|to)\b", rest,
                                             re.I) or any(lx.singular(w) in lx.THINGS - lx.FIGURES and
                                                          not re.search(rf"\b(?:with|at|to)\s+{w}\b", rest, re.I)
                                                          for w in re.findall(r"[a-z]+", rest.lower())):
        return match.group(0)
    return " "


#: A count said after the things it counts ("roman legionaries marching, exactly six of them").
_OF_THEM = re.compile(r"(?:,\s*|(?<![\s,])\s+)(?:and\s+)?(?:(?:exactly|just|only|precisely)\s+)?\b(?P<n>\d{1,2}|one|two|three|four|"
                      r"five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+them\b(?:\s+in\s+total)?"
                      r"(?=\s*(?:[,.;:!?)—-]|$))", re.I)
# (not "only one of them has a candle": which of them, not how many; not "all four of them", "the four of them":
# a family or a group named in parts)


def _counted_after(text: str) -> str:
    """"roman legionaries marching along a road, exactly six of them": the count goes before the plural it counts
    ("six roman legionaries marching along a road"): the first plural of the clause, with the words that describe
    it, where nothing counts it yet and it is the only thing named before the count."""
    match = _OF_THEM.search(text)
    if match is None or re.search(r"\b(?:all|the|both)\s*$", text[: match.start("n")], re.I):
        return text
    before = text[: match.start()]
    clause_start = max(before.rfind(c) for c in ".;:!?\n") + 1
    clause = before[clause_start:]
    if re.search(r"\b(?:and|&|with)\b", clause, re.I) and len(re.findall(r"\b(?:a|an|the|\d+|one|two|three)\b",
                                                                         clause, re.I)) > 0:
        return text  # ("a cat and its kittens, the four of them": which are counted is not said)
    words = list(re.finditer(r"[A-Za-z][\w'-]*", clause))
    for k, found in enumerate(words):
        word = found.group(0).lower()
        if lx.is_plural(word) and word.endswith("s") and len(word) > 3 and \
                lx.singular(word) not in lx.STYLE_WORDS | lx.SETTINGS | lx.ELEMENTS:
            start = k
            while start > 0 and not words[start - 1].group(0).lower().endswith("ing") and \
                    words[start - 1].group(0).lower() not in lx.DETERMINERS + ("both", "all", "these", "those") and \
                    not re.search(r"[,;]", clause[words[start - 1].end(): words[start].start()]) and k - start < 3:
                start -= 1
            if start > 0 and (words[start - 1].group(0).isdigit() or words[start - 1].group(0).lower() in lx.NUMBERS):
                return text  # counted already
            at = clause_start + words[start].start()
            if start > 0 and words[start - 1].group(0).lower() in ("both", "these", "those"):
                at = clause_start + words[start - 1].start()  # "both foxes - just two of them": two foxes
                before = before[:at] + before[clause_start + words[start].start():]
            return before[:at] + match.group("n") + " " + before[at:] + text[match.end():]
        if found.group(0).lower() not in lx.DETERMINERS and not re.fullmatch(r"[a-z-]+", word):
            break
    return text


def _one_booru_character(text: str) -> str:
    """"1girl, solo, young witch, silver hair": one character, named by its tag, not a girl beside a witch."""
    people = list(_BOORU_PEOPLE.finditer(text))
    if len(people) != 1 or people[0].group(1) != "1":
        return text
    for tag in _CHARACTER_TAG.finditer(text):
        if tag.start(1) > people[0].end() and tag.group(2).lower() in lx.FIGURES - _FIGURES_NOT_CHARACTERS and \
                not any(w.endswith("ing") for w in tag.group(1).lower().split()):
            # the character's tag takes the girl's place, so tags between stay hers ("1girl, solo, holding a
            # sword, knight": the knight holds the sword)
            rest = text[people[0].end(): tag.start(1)] + text[tag.end(1):]
            return text[:people[0].start()] + tag.group(1) + re.sub(r",\s*,", ",", rest)
    return text


#: Figures a booru character may be beside, not be.
_FIGURES_NOT_CHARACTERS = {"doll", "puppet", "teddy", "mannequin", "snowman", "scarecrow", "couple", "family", "giant",
                           "girl", "boy", "man", "woman", "skeleton", "ghost", "robot", "android", "cyborg", "baby",
                           "child", "kid", "toddler", "mother", "father", "dad", "mom", "mum", "grandma", "grandpa",
                           "brother", "sister", "son", "daughter", "alien", "zombie", "demon", "dragon"}


#: "the sofa is brown leather and the table is blue colour": what a thing looks like, said as a sentence of its own
#: at the start of a part; read as the thing in those words ("a brown leather sofa").
_THING_IS = re.compile(
    r"(?:(?<=^)|(?<=[,.;]\s)|(?<=\band\s))(?:the|my|our|a|an)\s+(?P<noun>[a-z]+)\s+(?:is|are|should\s+be|must\s+be)\s+"
    r"(?:made\s+(?:of|from)\s+)?(?P<look>(?:(?:%s)\s+)?(?:%s)(?:\s+(?:%s))?|(?:%s))"
    r"(?:\s+colou?r(?:ed)?)?(?=\s*(?:$|[,.;!]|\band\s+(?:the|my|our|a|an)\b))" % (
        "|".join(lx.DEPTHS), "|".join(lx.COLOURS), "|".join(MATERIALS), "|".join(MATERIALS)), re.I)


_MAKE_THEM = re.compile(r"\s*(?:(?:pls|please|plz|can\s+you|could\s+you|can\s+u)\s+)*(?:make|paint|colou?r)\s+(?=the\s)", re.I)
_MADE_COLOUR = re.compile(r"the\s+(?P<noun>[a-z]+(?:\s(?!(?:%s)\b)[a-z]+)?)\s+(?P<look>(?:(?:%s)\s+)?"
                          r"(?:%s))\b" % ("|".join(lx.COLOURS), "|".join(lx.DEPTHS), "|".join(lx.COLOURS)), re.I)


_COPIED_FROM = re.compile(r"^\s*(?:copied|pasted|taken|straight|lifted)\s+(?:it\s+)?from\s+(?:my|our|the|a)\s+(?:[a-z]+\s+){0,2}?"
                          r"(?:notes?|doc|document|list|brief|file|chat|notebook|spreadsheet)\s*(?::|-+>|=+>|→|—|–|-)\s*",
                          re.I)


def _in_its_look(look: str, noun: str) -> str:
    """The thing named in the look said of it: "a brown leather sofa", "red balloons"."""
    look = look.lower()
    return f"{lx.indefinite(look)} {look} {noun}" if lx.singular(noun.lower()) == noun.lower() else f"{look} {noun}"


#: "a blue tram, a red bus, a yellow taxi and a green bicycle lined up from left to right on a grey street": a list
#: whose order is said after it, read as when said first ("from left to right: a blue tram, ...").
_ORDER_SAID_AFTER = re.compile(
    r"^(?P<list>(?:(?:a|an|the|one|\d+)\s+[^,.;:]{1,40}?,\s*){1,6}(?:and\s+)?(?:a|an|the|one|\d+)\s+[^,.;:]{1,40}?|"
    r"(?:a|an|the|one|\d+)\s+[^,.;:]{1,40}?\s+and\s+(?:a|an|the|one|\d+)\s+[^,.;:]{1,40}?)\s+"
    r"(?:(?:are\s+|all\s+)?(?:lined|lined\s+up|standing|sitting|placed|arranged|parked|set\s+out|laid\s+out|"
    r"in\s+a\s+row|in\s+a\s+line)\s+)?"
    r"(?:from|going)\s+(?:(?P<first>left)\s+to\s+(?P<last>right)|(?P<top>top)\s+to\s+(?P<bottom>bottom))\b"
    r"(?P<rest>[^.;:]*)",
    re.I)
_LAYER = re.compile(r"(?:^|(?<=[.;,])|(?<=\s[-–—]))\s*(?P<layer>background|backdrop|far background|mid-?ground|middle ground|middle|"
                    r"foreground|front)\s*(?:layer\s*)?[:\-–—]\s*(?P<said>[^.;:]+?)\s*(?=[.;]|$|,\s*(?:background|backdrop|"
                    r"mid-?ground|middle ground|middle|foreground|front)\s*(?:layer\s*)?[:\-–—])", re.I)
_LAYER_PLACE = {"background": "in the background", "backdrop": "in the background", "far background": "in the background",
                "midground": "in the middle", "mid-ground": "in the middle", "middle ground": "in the middle",
                "middle": "in the middle", "foreground": "in the foreground", "front": "in the foreground"}


def _layers(text: str) -> str:
    """"Background: rolling hills and a windmill. Midground: a red tractor. Foreground: a sheepdog.": a picture told
    in layers, each layer's things placed in it ("a windmill in the background"); only where two layers or more are
    told, so "subject: a cat, background: a forest" stays a form's field."""
    found = list(_LAYER.finditer(text))
    if len({_LAYER_PLACE[m["layer"].lower()] for m in found}) < 2:
        return text
    return _LAYER.sub(lambda m: f" {m['said']} {_LAYER_PLACE[m['layer'].lower()]}", text).strip()


def _things_said_as_sentences(text: str) -> str:
    """"the sofa is brown leather and the table is blue colour, ...": a prompt that starts by saying what its things
    look like names them in those words ("a brown leather sofa and a blue table, ..."). Only at the start: later, "the
    rug is red" is said of a rug named before."""
    out, at = [], 0
    asked = _MAKE_THEM.match(text)
    if asked:  # "pls make the balloons red and the tablecloth white and the banner blue": the things, in those colours
        at = asked.end()
        while True:
            match = _MADE_COLOUR.match(text, at)
            if match is None:
                break
            out.append(_in_its_look(match["look"], match["noun"]))
            at = match.end()
            joint = re.match(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?=the\b)", text[at:])
            if joint is None:
                break
            out.append(", ")
            at += joint.end()
        return "".join(out) + text[at:] if len(out) >= 3 else text
    while True:
        match = _THING_IS.match(text, at)
        if match is None or lx.singular(match["noun"].lower()) in lx.SETTINGS | lx.ELEMENTS | lx.STYLE_WORDS | \
                lx.STYLE_NOUNS | lx.FRAME_NOUNS | {"sky", "grass", "picture", "image", "scene", "mood", "theme"}:
            break
        out.append(text[at: match.start()] + _in_its_look(match["look"], match["noun"]))
        at = match.end()
        joint = re.match(r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[at:])
        if joint is None:
            break
        out.append(joint[0])
        at += joint.end()
    return "".join(out) + text[at:] if out else text


#: A picture seen from above, where north is up ("top down battle map", "aerial view", "floor plan").
_SEEN_FROM_ABOVE = re.compile(r"\b(?:(?:battle|dungeon|tactical|hex|encounter|vtt|fantasy|world|antique|kingdom|campaign|"
                              r"continent|island|parchment)\s+maps?|"
                              r"top[- ]?down|bird'?s[- ]eye|"
                              r"floor ?plans?|(?:aerial|overhead|satellite|drone)\s+(?:view|shot|photo|image|map)|"
                              r"seen from (?:above|overhead)|from above)\b", re.I)
_COMPASS = re.compile(r"\b(?:(?P<ns>north|south)(?:[- ]?(?P<nsew>east|west))?|(?P<ew>east|west))(?:ern)?"
                      r"(?=\s+(?:end|side|edge|corner|part|half|bank|shore|coast|ocean|sea|of\s+the\s+(?:map|room|field|"
                      r"bridge|camp|island)))", re.I)
#: The map's quarters, after "the" ("a volcano in the north, ...", "two ships to the east of a lighthouse").
_QUARTER = re.compile(r"(?<=\bthe\s)(?:(?P<ns>north|south)(?:[- ]?(?P<nsew>east|west))?|(?P<ew>east|west))"
                      r"(?=\s+of\b|\s*(?:[,.;:!]|$)|\s+(?:and|while|with|is|are)\b)", re.I)
_COMPASS_SIDES = {"north": "top", "south": "bottom", "east": "right", "west": "left"}


def _compass_on_a_map(text: str) -> str:
    """"a top down battle map, three bandits at the north end and two heroes at the south end": seen from above, north
    is the top of the picture, east its right."""
    if not _SEEN_FROM_ABOVE.search(text):
        return text
    def side(match) -> str:
        return " ".join(_COMPASS_SIDES[w.lower()] for w in (match["ns"], match["nsew"] or match["ew"]) if w)
    return _QUARTER.sub(side, _COMPASS.sub(side, text))


_BARE_CORNER = re.compile(r"\b(?P<before>[a-z]+)\s+(?P<corner>(?:top|bottom|upper|lower)[\s-](?:left|right))(?P<end>"
                          r"(?:\s+corner)?)(?=\s*(?:[,.;]|$|\s(?:and|with|while)\b))", re.I)


def _in_the_corner(match) -> str:
    """"a coffee mug top left": a corner of the picture said with no preposition, said with one."""
    if match["before"].lower() in ("the", "in", "at", "on", "to", "far", "very", "its", "his", "her", "their", "from",
                                   "towards", "toward", "into"):
        return match.group(0)
    return f"{match['before']} in the {match['corner']}{match['end']}"


def _laid_on(match) -> str:
    """"flat lay of my desk: ..." -> "flat lay, a desk background: ...": the surface a flat lay or an overhead view is
    laid on is the picture's ground (group 1: the kind of view, group 3: the surface)."""
    return match[1] + ", " + re.sub(r"^(?:my|our)\s", "a ", match[3], flags=re.I) + " background:"


_ITEM_NUMBER = re.compile(r"(?:^|(?<=[\s:;,.]))(\d{1,2})[).]\s+(?=[A-Za-z])")


def _numbered_items(text: str) -> str:
    """A list numbered 1, 2, 3 ("1) a sun ... 2) a rainbow ..."): its items said apart, as with commas, the numbers
    gone (they are no counts); a lone "3." is left alone."""
    marks = list(_ITEM_NUMBER.finditer(text))
    numbers = [int(m[1]) for m in marks]
    if len(numbers) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))) or numbers[0] > 1:
        return text
    out, last = [], 0
    for m in marks:
        before = text[last: m.start()].rstrip()
        out.append(before + ("" if not before or before.endswith((":", ",", ";")) else
                             (" " if before.endswith(".") else ",")) + " ")
        last = m.end()
    out.append(text[last:])
    return re.sub(r" {2,}", " ", "".join(out)).strip()


def normalize(prompt: str) -> tuple[str, list[str]]:
    """(the prompt in plain words, the things it says not to draw)."""
    negated: list[str] = []
    text = _SPELT_OUT.sub(lambda m: m.group(2) if "".join(w[0] for w in re.split(r"[\s-]+", m.group(2))).lower() ==
                          m.group(1).lower() else m.group(0), prompt)  # "an IRB (inflatable rescue boat)": one boat
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        text = re.sub(r"\b[A-Z]+\b", lambda m: m.group(0) if len(m.group(0)) <= 3 and m.group(0).lower() not in
                      lx.ENGLISH | _SHORT_WORDS else m.group(0).lower(), text)
        # "A BIKER, HIS HARLEY AND A GERMAN SHEPHERD": typed in capitals, read as words ("VW", "BMW" stay names)
    text = _restated(_corrected(_MEMBERS.sub(_members, text)))  # (before any aside: its brackets are a list)
    text = _GONE_SO_NOT.sub(lambda m: f"no {m.group('words')}", text)
    text = _NOT_IN_FRAME.sub(lambda m: m.group(1) + " and ".join(
        "no " + re.sub(r"^(?:the|my|our|his|her|their|any)\s+", "", w, flags=re.I)
        for w in re.split(r"\s*(?:,|\band\b|\bor\b|&)\s*", m.group(2)) if w), text)
    # "the knife and the cake, bride and groom NOT in frame": no bride and no groom
    text = _COLOURED_PAIR.sub(lambda m: f"{m.group(1)} {m.group(3)} of {m.group(2)} " if all(
        w.lower() in lx.COLOURS or w.lower() in ("shiny", "old", "new", "big", "small", "little", "tiny")
        for w in m.group(2).split()) else m.group(0), text)  # "a silver pair of scissors": silver scissors
    text = _SPACED_FREE.sub(lambda m: f"{m.group(1) or ''}{m.group(2)}-free", text)  # "totally cable free": cable-free
    # "the tractor is gone now so please dont include it": no tractor
    text = _numbered_items(text)  # "1) a sun in the top left 2) a rainbow ...": one part each
    text = re.sub(r"\b(?!(?:a|an|the|this|that|my|our|in|of|same|different|new|old)\s)([a-z]+)\s+style\s+"
                  r"(?=(?:drawing|illustration|painting|sketch|picture|image|render|rendering|artwork|art|design|portrait|"
                  r"poster|icon|graphic|print|doodle)s?\s+of\b)", r"\1-style ", text, flags=re.I)
    # "a cartoon style drawing of a fox": how the drawing is made, no style drawn
    text = re.sub(r"\ba\s+(pair|couple|trio|quartet)\s+of\s+(?=[a-z]+['’]s\s+[a-z])",
                  lambda m: _NUMBER_WORDS[lx.QUANTITIES[m[1].lower()]] + " ",
                  text, flags=re.I)  # "a couple of dressmaker's dummies": two dummies, whose kind the owner says
    text = re.sub(r"\b(a|an|the|of|some|two|three|four|five|six|seven|eight|nine|ten|few|several|many)\s+"
                  r"(rolled|folded|curled|piled|stacked|lined|tucked|tied|wrapped|bundled|crumpled|scrunched|bunched|"
                  r"zipped|buttoned|boarded|worn|burnt|burned|broken|sliced|chopped)\s+(up|out|down|over|off|in)\s+"
                  r"(?=[a-z]{3,})", r"\1 \2-\3 ", text, flags=re.I)
    # "a pair of rolled up rugs": one word of how they are, so the count reaches the rugs
    text = re.sub(r",?\s+(?:instead\s+of|rather\s+than)\s+(?:a|an|the|any)?\s*([a-z][a-z' -]{1,30}?)(?=\s*(?:[,.;!?]|$))",
                  r", no \1", text, flags=re.I)  # "holding a fan instead of a parasol": no parasol
    text = re.sub(r"\bgone\s+to\s+seed\b", "seeding", text, flags=re.I)  # how it has grown, no seed apart
    text = re.sub(r"(?<=[a-z] )(?<!\bthe )(?<!\bto )(?<!\bfar )(?<!\bon )(?<!\bat )(left|right)\s+of\s+"
                  r"(?=(?:the|a|an|my|his|her|its|their|our)\s)", r"to the \1 of ", text, flags=re.I)
    # "spade right of the wheelbarrow": to the right of it, said short
    text = re.sub(r"\bby\s+the\s+(?:[a-z]+\s+)?(?:light|glow|flicker|gleam)\s+of\s+(?=(?:a|an|the|one|his|her|their|our)\s"
                  r"(?!(?:[a-z]+\s+)?(?:moon|sun|stars?|sky|aurora|lightning)\b))", "by ", text, flags=re.I)
    # "by the light of a single oil lamp": by the lamp, drawn (the moon's light stays the sky's)
    text = re.sub(r"\btwin\s+(?=[a-z]+ing\s+[a-z]+s\b)", "two ", text, flags=re.I)
    # "twin gaming chairs": two chairs (a small tagger reads "twin" as the noun before an -ing word)
    text = re.sub(r"\b(two|three|four|2|3|4)\s+pairs\s+of\s+(?=[a-z])(?!(?:[a-z-]+\s+)?(?:"
                  + "|".join(sorted(lx.PAIRED_ONES)) + r")\b)",
                  lambda m: _NUMBER_WORDS[2 * (int(m[1]) if m[1].isdigit() else lx.NUMBERS[m[1].lower()])] + " ",
                  text, flags=re.I)  # "three pairs of boots": six boots
    text = re.sub(r"\b(the|our|a)\s+(?!(?:top|bottom|first|last|next|other|best|final|only|same|main|previous|"
                  r"remaining|following|few)\b)([a-z]{3,})\s+(\d{1,3})\s+(?=[a-z]{3,}(?<!s)\b)", r"\1 \2-\3 ", text,
                  flags=re.I)  # "the deck 5 stairwell": which stairwell, one word before it (no five of them, no deck)
    if _HASHTAG.search(text):
        tagged = re.sub(r"\s*,\s*(?:,\s*)*$", "", _HASHTAG.sub(_hashtag, text))
        text = tagged if _fits(tagged, text) else _HASHTAG.sub(lambda m: m.group(1), text)
        # (never past what a layout's prompt may hold)
    # "... zero umbrellas #cyberpunk #streetphotography": tags of the picture, each said apart
    text = _ABOUT_ME.sub(_unless_drawn, text)
    text = _WHO_IS_HERE.sub("", text)  # "Dungeon master here — the moment is: ...": who asks, not who is drawn
    text = _WHO_DREW.sub("", text)  # "my son drew a rocket ...": the drawing is the picture, not the one who drew it
    text = re.sub(r"\s+([,.;!?])", r"\1", _KIN_TOLD.sub("", text)).strip(" ,") or text
    # "a dragon like my daughter described it": she tells of it
    text = _COPIED_FROM.sub("", text)  # "Copied from my notes -> a red postbox ...": where the prompt came from
    text = re.sub(r"\b(?:hi|high)[- ]?vi[sz]\b", "high-visibility", text, flags=re.I)
    # "a yellow hi-vis vest": the trade's short word, which the parse reads as "hi", "-" and a foreign "vis"
    text = re.sub(r"\bsalt\s+(?:and|&|n)\s+pepper\s+(?=(?:hair|beard|stubble|moustache|mustache|fur|coat)\b)",
                  "salt-and-pepper ", text, flags=re.I)  # "a salt and pepper beard": its grey, no salt drawn
    text = re.sub(r"\b(fish|bed|bread|bacon|rock|gin|cheese|salt)\s+(?:and|&|n|'n'?)\s+(chips?|breakfast|butter|eggs?|roll|"
                  r"tonic|wine|vinegar)\s+(?=(?:shop|van|stall|supper|dinner|sign|bar|cafe|kiosk|hut|restaurant|bus|"
                  r"counter|menu|board|night|party|paper)s?\b)", r"\1-and-\2 ", text, flags=re.I)
    # "a fish and chip shop sign": the kind of shop, no fish or chip drawn apart
    text = re.sub(r"\bneo[- ]?trad\b", "neo-traditional", text, flags=re.I)  # a tattoo school, in its full name
    text = re.sub(r"\bstained\s+glass\b(?=\s+[a-z])(?!\s+(?:[a-z]+\s+)?windows?\s+of\b)", "stained-glass", text,
                  flags=re.I)  # "a stained glass rose window": what it is made of, no glass apart (not "stained glass
    # window of an owl": a kind of picture)
    text = re.sub(r"\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?", lambda m: "".join(g for g in m.groups() if g), text)
    # "the W.I. notice": an initialism, one word
    text = re.sub(r"\b(steam|cyber|diesel|solar|atom)\s+punk\b", r"\1punk", text, flags=re.I)  # "steam punk": a genre
    text = re.sub(r"\s+(?:from\s+)?(?:head\s+to\s+toe|top\s+to\s+bottom|end\s+to\s+end|nose\s+to\s+tail|"
                  r"cover\s+to\s+cover)\b", "", text, flags=re.I)  # "painted head to toe in graffiti": all over, no
    # head drawn
    text = re.sub(r"\b(steak|cheese|ham|fish|chicken|leek|apple|rhubarb|bacon|egg|strawberry|pork|beef|salt|sweet|"
                  r"mac|bread|jam|peanut|cream)\s+(?:and|&|n)\s+([a-z]+)\s+"
                  r"(pie|pies|sandwich|sandwiches|soup|stew|tart|crumble|pudding|toastie|roll|rolls|pasty|pasties|"
                  r"quiche|bake|scone|scones|butty|sarnie|cheese|crisps)\b",
                  r"\1-and-\2 \3", text, flags=re.I)  # "steak and ale pie": one dish, no steak apart
    text = re.sub(r"\s+of\s+(?:my|your|our|his|her|their)\s+dreams\b", "", text, flags=re.I)
    # "the wig of my dreams": the one wished for, no dreams drawn
    text = re.sub(r"\bhero\s+(shot|image|photo|banner|picture)\b", r"hero-\1", text, flags=re.I)
    # "travel blog hero shot of a gondola": the kind of picture, no hero
    text = re.sub(r"(?<=[a-z])\s+(?=like in (?:the|a|an)\s[\w' -]{2,40}?\b(?:story|stories|tale|fairy ?tale|film|movie|"
                  r"book|cartoon|show|game)\b)", ", ", text, flags=re.I)
    # "a brick house on a hill like in the three little pigs story": the story the picture takes after, said apart
    text = re.sub(r"\b(?!(?:is|are|was|were|be|been|being|and|or|not)\s)([a-z]+)\s+(shaped)\b"
                  r"(?!\s+(?:like|as|into|from|by|out|in|with)\b)", r"\1-\2", text, flags=re.I)
    # "a blue star shaped pinata": one word of what shape, so "star" is no subject of "shaped"
    text = re.sub(r"\bneo[- ]traditional\b", "neotraditional", text, flags=re.I)  # a school of tattooing, one word
    text = re.sub(r"\b(tattoos?)\s+flash\b(?!\s+(?:sheet|card|page)s?\b)", r"\1", text, flags=re.I)
    # "traditional rose tattoo flash": a rose drawn as a tattoo in the way of a flash sheet ("rose" is no verb of
    # "flash"; the whole prompt keeps the word)
    text = re.sub(r"\b(above|over|below|beneath|under)\s+(?:it|them|us)\s+all\b", r"\1 everything", text, flags=re.I)
    # "and above it all a pale moon hangs": above everything said, "all" is no word of the moon's
    text = re.sub(r"\b(cable|chunky|rib|moss|seed|waffle|aran|fair isle)\s+(knit(?:ted)?)\b",
                  lambda m: f"{m.group(1).replace(' ', '-')}-{m.group(2)}", text, flags=re.I)
    # "cable knit": how it is knitted, no cable
    text = re.sub(r"\b(?:(?:a|an|the)\s+)?((?:[\w:/.]+\s+)?scale\s+)(model|replica)\s+of\s+(?:a|an|the)\s+([a-z][\w\s-]{1,40}?)"
                  r"(?=\s*(?:[,.;:!]|$|\s(?:on|in|at|with|under|against)\s))",
                  lambda m: f"a {m[3]} {m[2].lower()}" + (f", {m[1].strip()}" if m[1] and m[1].split()[0].lower() != "scale"
                                                                  else ""), text, flags=re.I)
    # "HO scale model of a red caboose": one red caboose model, at that scale
    text = re.sub(r"\bgod[- ]rays\b", "godrays", text, flags=re.I)  # "god rays": light through water or cloud, no god
    text = re.sub(r"\s*(?:-+>|=+>|→)\s*", ": ", text)  # "subject -> a fox": an arrow is a colon
    text = _layers(text)
    text = re.sub(r"\b(?:behind|in\s+front\s+of)\s+and\s+(above|below|under|beneath)\b|\b(above|below)\s+and\s+(?:behind|in\s+front\s+of)\b",
                  lambda m: m[1] or m[2], text, flags=re.I)  # "monks behind and above her": above her, as drawn
    text = _ORDER_SAID_AFTER.sub(lambda m: f"from {m['first'] or m['top']} to {m['last'] or m['bottom']}: {m['list']}"
                                 + (f", {m['rest'].strip(' ,')}" if m['rest'].strip(' ,') else ""), text, count=1)
    text = re.sub(r"\b(on|at|to)\s+the\s+(far\s+)?(left|right)(?:[- ]hand)?\s+side\s+of\s+the\s+(?:stage|room|picture|frame|image|"
                  r"scene|canvas|screen|street|road|beach|field|garden|park|yard|shop|kitchen|ring|arena|courtyard|"
                  r"square|plaza|clearing|meadow|lawn|studio|hall)\b(?!\s+(?:to|of)\b)", r"\1 the \2\3", text, flags=re.I)
    # "a rabbit on the left side of the stage": the stage is the picture's, so on the left of the picture
    text = re.sub(r"(?<=[a-z] )(?:way|far|far\s+off|far\s+away)\s+in\s+the\s+distance(?=\s*(?:[,.;!]|$))",
                  "in the background", text,
                  flags=re.I)  # "a lifeguard tower way in the distance": far back, drawn small and high
    text = _things_said_as_sentences(text)
    text = _compass_on_a_map(text)
    text = re.sub(r"(?<!\bfrom )\b(floor|wall)\s+to\s+(ceiling|wall)\s+(?=[a-z])", r"\1-to-\2 ", text,
                  flags=re.I)  # "floor to ceiling windows": how tall the windows are, no floor
    text = re.sub(r"\b(horses?|mules?|dogs?|donkeys?|ponies|pony|reindeer)\s+drawn(?=\s+(?:[a-z]+\s+)?(?:carriage|cart|"
                  r"wagon|sleigh|sled|sledge|plough|plow|buggy|coach|chariot|barge|tram|cab|hearse|trap)s?\b)",
                  r"\1-drawn", text, flags=re.I)
    # "a horse drawn carriage": how the carriage is drawn along, no horse of its own
    text = _counted_after(text)
    text = _SUBJECT_LAST.sub(_subject_first, text)
    text = re.sub(r"([\])])\s*(?=[\[(])", r"\1, ", text)  # "[a bassist on the left] [a piano on the right]": parts
    text = re.sub(r"(?:^|(?<=[,;.:]\s))(left|right)\s+(?:side|half)\s+((?:a|an|the|one|two|three|four|five|six|\d+)"
                  r"(?:\s+(?!(?:in|on|at|with|by|under|near|next)\b)[a-z-]+){1,4})(?=\s*(?:[,;.]|$))",
                  lambda m: f"{m[2].strip()} on the {m[1].lower()}", text, flags=re.I)
    # "thumbnail: left side 2 shocked faces, right side 1 giant fish": a side said before what is on it
    text = re.sub(r"\b(left|right)\s+(?=(?:one|the\s+other)\s+(?:on|to|at)\s+the\s+(?:left|right)\b)", r"\1, ", text,
                  flags=re.I)  # "one on the left one on the right": two places
    text = re.sub(r"\b(for\s+(?:a|an|the|my|our|this)\s+)(['\"“‘])[^'\"“”‘’]{2,60}?['\"”’]\s+(?=(?:video|episode|podcast|post|"
                  r"vlog|stream|reel|short|thumbnail|article|blog|series|show)\b)", r"\1", text, flags=re.I)
    # "thumbnail for a 'whats in my tackle box' video": the video's title, not things to draw
    text = re.sub(r"\bunder\s+(?:full\s+)?sails?\b", "with full sails", text, flags=re.I)  # "a ship under full sail"
    text = re.sub(r"\b(pen|ink|pencil)\s+(?:and|&|n)\s+(ink|wash|watercolou?r|pencil)\b(?=\s*(?:[,.;!]|$)|\s+(?:style|drawing|illustration|sketch|art|artwork|piece)\b)",
                  r"\1-and-\2", text, flags=re.I)  # "detailed pen and ink": how it is drawn, no pen
    text = re.sub(r"^\s*(?:inside|in|at)\s+((?:an?|the)\s+[^:,;.]{3,60}?)\s*:\s*(?=(?:a|an|the|two|three|four|some|\d+)\s)",
                  r"\1 background: ", text, flags=re.I)  # "inside a creepy victorian nursery: a doll ...": where it all is
    text = re.sub(r"^\s*((?:flat[\s-]?lay|product|food|still[\s-]life|overhead|top[\s-]down|bird'?s[\s-]eye)\s+(?:photography|"
                  r"photo|shot|image|picture|composition|view)?)\s*(on|against|over|of)\s+((?:an?|the|my|our)\s+[^:,;.]+?)\s*:",
                  _laid_on, text, flags=re.I)  # "flat lay photography on a marble countertop: ...": the surface it is all laid on is
    # the background ("overhead view of a quilting table: ...", "flatlay of my bakery bench: ..." too)
    text = re.sub(r"^\s*((?:overhead\s+|top[\s-]down\s+)?(?:flat[\s-]?lay|overhead|top[\s-]down|bird'?s[\s-]eye)\s+(?:photography|"
                  r"photo|shot|image|picture|composition|view)?)\s*(on|of)\s+((?:an?|the|my|our)\s+(?:[a-z]+\s+){0,3}?"
                  r"(?:table|desk|counter|countertop|worktop|bench|tablecloth|surface|floor|blanket))\s*,"
                  r"(?=\s*(?:a|an|the|two|three|four|five|six|some|\d+)\s)",
                  _laid_on, text, flags=re.I)  # "overhead flat lay of a brunch table, a plate ..., a cup ...": the table is the ground
    text = re.sub(r"\b(on(?:\s+top\s+of)?|atop)\s+((?:a|an|the)\s+(?:[a-z]+\s+){0,2}[a-z]+)['’]s\s+(?:head|hat|helmet)\b",
                  r"\1 \2", text, flags=re.I)  # "a crow sitting on a scarecrow's head": on top of the scarecrow, drawn
    text = re.sub(r"\bglass[\s-]plate\s+(?:negative|photograph|photo|print|image)s?\b", "glass-plate photography", text,
                  flags=re.I)  # "1890s, glass plate negative": how it was photographed
    text = _ROW_LABEL.sub(_in_its_row, text)  # "top row: three lures. bottom row: a reel": each at the top or bottom
    text = _PLACE_FIRST.sub(lambda m: f"{m['thing']} {m['place']}", text)
    text = _ones_apart(text)  # "two dogs, one brown and one white": a brown dog and a white dog
    text = re.sub(r"\bpart\s+(?=(?:worn|built|finished|painted|done|assembled|restored|eaten|buried|submerged|"
                  r"hidden|open|filled|frozen|melted)\b)", "part-", text, flags=re.I)  # "four part worn tyres": how worn
    header = _COUNTED_HEADER.match(text)
    if header and len(re.findall(r"(?:^|,|\band\b)\s*(?:a|an|the|one)\s", re.split(r"[.;]", header["list"])[0].strip(),
                                 re.I)) == (int(header["count"]) if header["count"].isdigit() else lx.NUMBERS[header["count"].lower()]):
        text = f"{header['rest'].strip()}: {header['list']}" if header["rest"].strip() else header["list"]
        # (the kind the list names, not more things)
    text = re.sub(r"(?<=[a-z])\s+(upstairs|downstairs)(?=\s*(?:[,;.!]|$|\s+(?:and|while|with)\b))",
                  lambda m: " at the top" if m[1].lower() == "upstairs" else " at the bottom", text, flags=re.I)
    # "a dollhouse with 2 figurines upstairs and a dog downstairs": the upper and lower floors of the picture
    text = re.sub(r"\b\d+\s*[:/]\s*\d+\s+scale\b", "scale", text, flags=re.I)  # "a 1:12 scale clock": how small, no count
    text = re.sub(r"\bhand\s+(?=(?:carved|painted|made|stitched|knitted|sewn|crafted|built|thrown|blown|lettered|"
                  r"tooled|woven|dyed|poured|forged|crocheted|embroidered|written|inked|colou?red|picked|glazed|"
                  r"tied|bound|cut|sculpted|printed|illustrated|rendered)\s+(?!(?:style|look|art|aesthetic)\b)[a-z])",
                  "hand-", text, flags=re.I)
    # "a hand carved duck decoy": how it was made, no hand
    text = _SUBJECTLESS.sub(lambda m: f"{m['before']}. It {m['verb'].lower()}" if lx.singular(
        m["before"].split()[-1].lower()) in lx.BODY | lx.PARTS else f"{m['before']} {m['verb'].lower()}", text)
    # "A fox. Sits on a log on the left.": the sentence goes on about the fox
    text = re.sub(r"(?:^|(?<=[.;!]\s))(?:(underneath|beneath|below|under\s+(?:it|that|them))|(?:further|lower|down)\s+"
                  r"(down|below)|(above|up\s+above|higher\s+up))\s*,\s*(?=(?:a|an|the|some|two|three|four|five|\d+)\b)",
                  lambda m: "above that, " if m[3] else "below that, ", text, flags=re.I)
    # "A balloon below the sun. Underneath, a lighthouse on a cliff": below what was just said
    text = _SETTING_LABEL.sub(lambda m: f"{m['place']} background", text)
    text = _FORM_LABEL.sub("", text)  # "subject: a barn owl, style: pencil sketch, mood: quiet": a form's labels
    text = re.sub(r"(?:^|(?<=[,;.]\s)|(?<=\s[-–—]\s))(?:on\s+the\s+)?(left|right|top|bottom)(?:\s+(?:side|half|corner))?\s*:\s*"
                  r"([^,;.:]+)", lambda m: f"{m.group(2).strip()} {'on' if m.group(1).lower() in ('left', 'right') else 'at'} "
                  f"the {m.group(1).lower()}", text, flags=re.I)  # "left side: two bottles of shampoo": on the left
    text = re.sub(r"\b(my|our|your)\s+(dad|mom|mum|mama|papa|grandpa|grandma|granny|gran|grandad|granddad|grandmother|"
                  r"grandfather|father|mother|husband|wife|boss|nana|nan)s\s+(?!(?:and|are|were|or|too|both|is|have|had|"
                  r"holding|hold|sit|sitting|stand|standing|who|that)\b|[a-z]+ing\b|[a-z]+ed\b)(?=[a-z])",
                  r"\1 \2's ", text, flags=re.I)  # "my dads old truck": my dad's (not "my uncles playing cards")
    text = re.sub(r"(?<=[a-z] )(?<!rpg )(?<!game )items?\s+(?=(?:icon|sprite|asset|card|render|art|concept)s?\b)", "", text, flags=re.I)
    # "rusty axe item icon": a game's word for the thing the icon shows
    for filler in _SPOKEN_FILLERS:
        text = filler.sub("", text).strip() or text
    text = re.sub(r"^\s*positive(?:\s+prompt)?\s*:\s*", "", text, flags=re.I) or text
    # "Positive prompt: samurai warrior, ...": the label of a prompt copied from a UI, nothing to draw
    for match in list(_NEGATIVE_SECTION.finditer(text)):
        negated += _terms(match.group("terms"))
    text = _NEGATIVE_SECTION.sub(" ", text)
    for match in _MJ_NO.finditer(text):
        negated += _terms(match.group("terms"))
    text = _MJ_NO.sub(" ", text)
    text = _MJ_PARAM.sub(" ", text)
    text = re.sub(r"(?<![\d:.])\b(?:16\s*:\s*9|9\s*:\s*16|4\s*:\s*3|3\s*:\s*4|3\s*:\s*2|2\s*:\s*3|1\s*:\s*1|21\s*:\s*9|"
                  r"4\s*:\s*5|5\s*:\s*4)\b(?![\d:.])(?:\s+(?:aspect(?:\s+ratio)?|ratio|format))?", " ", text, flags=re.I)
    # "lowrider car wallpaper 9:16 purple sunset sky": the picture's shape (read by ``aspect`` when said "--ar"),
    # never a count of 16 skies
    text = re.sub(r"\s*::\s*-?[\d.]*\s*(?=[a-z]+ing\b|(?:on|in|at|with|behind|under|above|below|beside|by|from|over|"
                  r"near|next|into|onto|across|through|against|perched|sitting|standing)\b)", " ", text)
    # "a peregrine falcon::1.5 diving from the top right": a weight said mid-phrase, the phrase goes on
    text = re.sub(r"\s*::\s*-?[\d.]*\s*", ", ", text).strip(" ,") or text  # "a red canoe::2 glacial lake::1": parts
    text = re.sub(r"\s+from\s+(?:the\s+)?[a-z]+est\s+to\s+(?:the\s+)?[a-z]+est\b", "", text, flags=re.I)
    # "six nesting dolls in a row from biggest to smallest": their order, no things
    text = re.sub(r"\b(fresh(?:ly)?)\s+(?:baked\s+)?(?:out\s+of|from)\s+the\s+(?:oven|grill|kiln|fryer|smoker)\b",
                  "freshly baked", text, flags=re.I)  # "a sourdough loaf fresh from the oven": just baked, no oven
    text = re.sub(r"\b(two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+of\s+(?:my|our|his|her|its|their|the|these|"
                  r"those|your)\s+([a-z]+)(?=\s*(?:[,.;:!?]|$|\s(?:and|with|on|in|at|are|were|is|sitting|standing|lying|playing|"
                  r"running|under|next|beside|by|near|all|together|[a-z]+ing|lined|gathered|arranged|dressed)\b))",
                  lambda m: f"{m.group(1)} {m.group(2) if lx.is_plural(m.group(2)) else lx.plural(m.group(2))}", text,
                  flags=re.I)  # "five of my goat(s) and one dog": five goats
    text = re.sub(r"\b(?:an\s+|the\s+)?asteroid\s+(?:field|belt)\b", "asteroids", text, flags=re.I)
    # "a spaceship flying through an asteroid field": the asteroids, drawn, not a field the ship is in
    text = re.sub(r"\b(prize|medal|trophy|ribbon|award)\s+(winning)\b|\b(full)\s+(length)\b|"
                  r"\b(wood|coal|gas|oil|log|peat|charcoal|pellet)\s+(burning|fired)\b|\b(fire|flame)\s+(breathing)\b|"
                  r"\b(record|ice)\s+(breaking)\b",
                  lambda m: "-".join(g for g in m.groups() if g), text, flags=re.I)
    # "giant prize winning onion", "a full length mirror", "a wood burning stove", "a fire breathing dragon": one word
    # that says how the thing is, not a second thing
    text = re.sub(r"\b(?:split[\s-]level|over[\s-]under|half[\s-]and[\s-]half|split[\s-]view)\s+(photo(?:graph)?|shot|"
                  r"image|picture|view)\b", r"split-view \1", text, flags=re.I)  # "split level photo half above half
    # below the water": how the picture is cut, no level
    text = re.sub(r"\b(field[\s-]guide|botanical|natural[\s-]history|encyclopa?edia|textbook|museum)\s+plates?\b",
                  r"\1 illustration", text, flags=re.I)  # "vintage field guide plate": a printed illustration, no dish
    text = re.sub(r"\s+/\s+", ", ", text)  # "a giant squid / deep sea / cinematic": a separator
    text = re.sub(r"(?<=[a-z] )way (?=(?:up|down|above|below|over|out|off|behind|beyond)\b)", "far ", text, flags=re.I)
    # "a kite way up over the tree": far up (a small parser reads "kite way" as one noun)
    text = re.sub(r"\b(sci|lo|hi)\s+fi\b", r"\1-fi", text, flags=re.I)  # "retro 70s sci fi": one word, no "fi"
    text = re.sub(r"\b(a|an|the|two|three|four|five|six|of|on|in|to|with|and)\s+\1\b", r"\1", text, flags=re.I)
    # "draw me a a dragon", "like two two owls": a word said twice while dictating
    text = _SHOT_AFTER.sub(_shot_first, text)  # "hiking boot product shot on a rock": a product shot of a hiking boot
    text = _asides(text)
    text = _REQUESTER.sub("", text)
    # "but the bench do not put there", "also fence no": a negation said in another language's order
    text = re.sub(r"(?:,\s*(?:but\s+|and\s+|also\s+)?|\s+(?:but|and|also)\s+)(?:the\s+|a\s+|any\s+)?"
                  r"(?!(?:i|you|we|they|please|pls|it|he|she|but|and|or)\b)([a-z]+(?:\s+(?!(?:do|does|should|must)\b)[a-z]+)?)"
                  r"\s+(?:do|does|should|must)\s*(?:not|n't)\s+(?:put|draw|add|include|show|be|have|place)\b"
                  r"(?:\s+(?:there|it|here|in))?", lambda m: f", no {m.group(1)}", text, flags=re.I)
    text = re.sub(r",\s*(?:and\s+|but\s+|also\s+)?(?:the\s+|a\s+|any\s+)?([a-z]+(?:\s+[a-z]+)?)\s+no(?=\s*(?:[,.;!?]|$))",
                  lambda m: f", no {m.group(1)}", text, flags=re.I)
    text = re.sub(r"\b(three|half)\s+quarters?\s+(?=(?:(?:front|rear|back|side|top|body|length)\s+)?"
                  r"(?:view|angle|shot|pose|profile|portrait|turn)s?\b)", r"\1-quarter ", text, flags=re.I)
    # "three quarter front view": how it is seen, no quarters
    text = re.sub(r"^\s*(?:(?:ngl|tbh|lowkey|highkey|bruh|bestie|fr|deadass|honestly|ok\s+so)\b[\s,]*)+"
                  r"(?:(?:i\s+)?(?:kinda\s+|really\s+|just\s+)?(?:want|need)\s+)?", "", text, flags=re.I)
    # "lowkey want a pfp of a frog ...", "ngl i just want ...": how a teenager says it, not what is drawn
    text = re.sub(r"\b(?:\d+x?|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+([a-z]+[^s\W]s)\s+"
                  r"(?=(?:product|food|packshot|studio|macro|catalog(?:ue)?|close-?up)\s+"
                  r"(?:shot|photo|photograph|photography|image|render|picture)s?\b)",
                  lambda m: m.group(0).rstrip() + ", ", text, flags=re.I)
    # "3x sneakers product shot": the things, then how they are shot
    if not re.search(r"[,;:!?(]|\.\s", text.strip()) and len(text.split()) >= 8:  # a prompt typed without punctuation
        text = re.sub(r"(?<=[a-z]{3})\s+(?<!\bat\s)(?<!\bthe\s)(?<!\bby\s)(?<!\bduring\s)(?<!\bin\s)(?<!\bof\s)"
                      r"((?:golden|blue|magic)\s+hour)\b(?!\s+(?:light|glow|sun|sunlight|lighting|rays?)\b)",
                      r", \1,", text, flags=re.I).rstrip(", ")
        # "... chasing the pigeons golden hour in the park": a run-on tag of the light, said apart
        text = re.sub(r"\b((?:on|to|at)\s+the\s+(?:far\s+)?(?:left|right|top|bottom)|in\s+the\s+(?:middle|center|centre|"
                      r"background|foreground))\s+(?=(?:a|an|the|two|three|four|five|some)\s)", r"\1, ", text, flags=re.I)
        # "a fruit stall on the left a man selling bread on the right and ...": where one thing ends, the next begins
        text = _style_run_apart(text)
    flanked = re.sub(r"\b(?:(?:is|are|being)\s+)?flanked\s+(?:on\s+(?:both|either|each)\s+sides?\s+)?by\s+([^,;.]*)",
                     _flanked, text, flags=re.I)
    text = flanked if _fits(flanked, text) else text  # (never past a layout's limit)
    beside = re.sub(r"(?<!\ba\s)(?<!\bthe\s)\bside[ -]by[ -]side\b(?!\s*(?:comparison|view|shot|photo|image|picture|of|"
                    r"split|panel|layout)\b)", "next to each other", text, flags=re.I)
    text = beside if _fits(beside, text) else text
    # "a black SUV and a red convertible parked side by side": a small tagger takes "side" for the thing parked
    facing = re.sub(r"\b(?:nose|bow|face|head|toe)\s+to\s+(?:nose|bow|face|head|toe)\b(?!\s+(?:of|with)\b)",
                    "facing each other", text, flags=re.I)
    text = facing if _fits(facing, text) else text  # "an orange cruiser moored nose to nose": no nose drawn
    text = _MADE_OF_WORD.sub(r"\1-\2", text)  # "three leather bound atlases": one word
    text = _KIN_OWNS.sub(r"\1 \2\3's", text)  # "my late husbands old sheepdog": his, the apostrophe left out
    text = _GRAN_OWNS.sub(lambda m: m[0] if m[1] else f"{m[2]}'s", text)  # "on grandads shoulders": his
    text = _TRADE_OWNS.sub(r"\1 \2's ", text)  # "a barbers straight razor": the barber's ("a" says one barber)
    text = re.sub(r"\bformula\s*(?:1|one)\b", "F1", text, flags=re.I)  # "a formula 1 car": one car, no count
    text = re.sub(r"\bfairy[ -]tale(s?)\b", r"fairytale\1", text, flags=re.I)  # "dark fairy tale": a look, no fairy
    text = re.sub(r"\bhand[ -](knit|knitted|made|painted|drawn|carved|stitched|sewn|crafted|thrown|lettered|written|"
                  r"woven|dyed|blown|poured|built)\b(?=\s+[a-z])(?!\s+(?:and|or|with|in|on|by|style|illustration|art)\b)",
                  r"hand-\1", text, flags=re.I)  # "a hand knit stocking": no hand
    text = _NEGATIVE_WEIGHT.sub(lambda m: f", no {m.group(1)},", text)  # "(text:-1)": weighted away, not drawn
    text = _WEIGHT.sub(_unweighted, text)
    text = _RUN_ON.sub(", ", text)  # "a knight and then give him a sword also make it look like ...": parts
    text = re.sub(r"\b(?!(?:as|while|when|because|that|where|if|since|and|but|so|what|who|though|until|after|before)\b)"
                  r"([a-z]{3,})\s+(?=(?:he|she)(?:\s+is|'s)\s)", r"\1, ", text, flags=re.I)  # "my dog he is a golden
    # retriever": what the dog is, a part of its own
    text = re.sub(r"(?:^|(?<=,\s))(?:please\s+)?(?:give|gives|hand)\s+(?:him|her|them|it)\s+(?=(?:a|an|the|some|two|three|"
                  r"his|her|their|its)\b)", "with ", text, flags=re.I)  # "give him a glowing sword": his sword
    text = re.sub(r"(?:^|(?<=,\s))(?:make|have|let)\s+(?:him|her|them|it)\s+(?:hold|holding|carry|carrying)\s+",
                  "holding ", text, flags=re.I)  # "make her hold a lantern": what she holds
    text = re.sub(r"\bBREAK\b|\s\|\s|\s*\|\s*$", ",", text)  # "golden hour | negative prompt: ...": a separator
    text = _one_booru_character(text)
    text = _BOORU_PEOPLE.sub(lambda m: "" if _said_again_in_words(m) else
                             (f"{_number_word(m.group(1))} {m.group(2).lower()}s"
                              if int(m.group(1)) > 1 else f"a {m.group(2).lower()}"), text)
    # ("3girls, three girls on a bench": the tag says who is there, the words say them again)
    text = _BOORU_TAGS.sub(" ", text)
    text = _TIMES_AFTER.sub(lambda m: f"{_number_word(m.group(2))} {m.group(1)}", text)
    # "apples x3 in a white bowl", "party favor bags x6": how many, said after the things
    text = _TIMES.sub(lambda m: f"{_number_word(m.group(1) or m.group(2))} ", text)
    text = re.sub(r"\b(?:half\s+a|an?\s+half[\s-])\s*dozen\b", "six", text, flags=re.I)  # ("a half dozen eggs")
    text = re.sub(r"\b(?:over|out|off|away)\s+(?=(?:on|to|at|in)\s+the\s+(?:far\s+)?(?:left|right|corner|side|other\s+side)\b)",
                  "", text, flags=re.I)  # "the greenhouse over on the right": on the right, above nothing
    text = re.sub(r"\b(extreme\s+)?close\s+up(?=\s+of\b)", r"\1closeup", text, flags=re.I)  # "close up of a rose": the
    # shot, no "close" thing
    text = re.sub(r"^\s*/imagine\s+(?:prompt\s*:?\s*)?", "", text, flags=re.I)  # a Discord bot's command
    text = re.sub(r"\btwin\s+(?=([a-z]+s)\b)", lambda m: m.group(0) if lx.singular(m.group(1).lower()) in
                  lx.PAIRED_WEAPONS else "two ", text, flags=re.I)
    # "twin lighthouses": two of them ("twin daggers" is how one fights, with a dagger in each hand)
    text = re.sub(r"\b(worm|bird|frog)['’]?s[- ]eye\b", r"\1s-eye", text, flags=re.I)  # a camera's height, not a worm
    text = re.sub(r"\b(?:to|on|at|by)\s+(?:the|a|an|my|his|her|their)\s+((?:[a-z-]+\s+)?[a-z-]+)['’]s\s+(left|right)"
                  r"(?:[- ]hand\s+side|\s+side)?\b(?![- ]?(?:hand|arm|foot|leg|eye|ear|shoulder|cheek|wing|paw|hoof|knee|"
                  r"elbow|wrist|ankle|hip)s?\b)", r"to the \2 of the \1", text, flags=re.I)
    # "a cat to the door's left": to the left of the door
    text = _BARE_CORNER.sub(_in_the_corner, text)  # "a mug of cocoa top left": in the top left
    text = re.sub(r"\bas well as\b", "and", text, flags=re.I)  # "a lighthouse, as well as two sailboats": and
    text = re.sub(r"\bw/(?:o|out)\b", "without", text, flags=re.I)  # ("w/out any surfboards")
    text = re.sub(r"\bw/(?=\s)", "with", text, flags=re.I)
    text = re.sub(r"\s\+\s|\s&\s", lambda m: ", " if "+" in m.group(0) else " and ", text)
    text = _TYPO.sub(lambda m: _TYPOS[m.group(0).lower()], text)
    text = re.sub(r"\bits(?=\s+(?:a|an|just|really|so|very|like)\b)", "it's", text)  # "its a forest at night": it is
    text = re.sub(r"\b(?:for\s+|in\s+)?(?:act|scene|chapter|episode)\s+(?:\d{1,2}|[ivx]{1,4})\b(?!\s*(?:mm|cm|x)\b)",
                  "", text, flags=re.I)  # "a stage set for act 2": which act, not a thing nor a count
    # "wearing a knitted scarf pls 🥺 chibi style", "a pug in a raincoat lol watercolor": a chat word before an emoji,
    # or before a closing run that names a style, ends what came before it
    text = _CHAT_BEFORE_EMOJI.sub(", ", text)
    text = _EMOJI_BREAK.sub(", ", text)  # "gingerbread house 🎄✨ cozy": a break
    text = _EMOJI.sub(" ", text)
    text = re.sub(r"[,\s]*\b(?:s?he|they)(?:'?s|\s+is|\s+are|'re)\s+(?:turning\s+)?\d{1,2}\b(?:\s*(?:years?|yrs?)(?:\s+old)?)?"
                  r"(?=\s*(?:[,.!?]|$))", "", text, flags=re.I)  # "for my daughter's room, shes 5": who it is for
    text = _CHAT_BEFORE_STYLE.sub(", ", text)
    text = re.sub(r"\b(?:pls|plz|please|thx|thanks|thank you|lol|lmao|haha|ty|ok so|okay so|so yeah|idk)\b[!.]*", " ", text,
                  flags=re.I)
    text = re.sub(r"_", " ", text) if re.search(r"\w_\w", text) and " " not in text.strip() else text
    text = re.sub(r"\s*,\s*(?:,\s*)+", ", ", text)
    text = " ".join(text.split()).strip(" ,;")
    return text, negated


_MJ_ASPECT = re.compile(r"--(?:ar|aspect)\s+(\d{1,2})\s*:\s*(\d{1,2})\b", re.I)


def aspect(prompt: str, area: int = 1024 * 1024, step: int = 16, largest: int = 2048) -> tuple[int, int] | None:
    """The canvas "--ar 16:9" asks for, about ``area`` pixels in multiples of ``step``; None without one."""
    match = _MJ_ASPECT.search(prompt)
    if not match or not int(match.group(1)) or not int(match.group(2)):
        return None
    ratio = int(match.group(1)) / int(match.group(2))
    if not 1 / 4 <= ratio <= 4:
        return None
    width = min(largest, max(step, round((area * ratio) ** 0.5 / step) * step))
    height = min(largest, max(step, round((area / ratio) ** 0.5 / step) * step))
    return width, height
