"""Words the offline planner knows: numbers, colours, object sizes, containers, places, plurals.

Plain data and two small functions, kept apart from the parsing rules in ``mock.py`` so either can be
read (and extended) on its own.
"""

from __future__ import annotations

import re

NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "a pair of": 2, "a couple of": 2, "a few": 3, "several": 3,
    "a dozen": 12,
}
#: Quantities that name a crowd rather than a count: one region for the whole group.
GROUP_WORDS = ("many", "lots of", "a lot of", "a group of", "a flock of", "a herd of", "a crowd of", "a pile of",
               "a bunch of", "a row of", "countless", "dozens of", "hundreds of", "some", "a few of")
DETERMINERS = ("a", "an", "the", "some", "any", "this", "that", "his", "her", "their", "its", "my", "your", "our")
COLOURS = ("red", "orange", "yellow", "green", "blue", "purple", "violet", "pink", "brown", "black", "white", "grey",
           "gray", "gold", "golden", "silver", "beige", "turquoise", "teal", "navy", "cyan", "magenta", "crimson")

#: Words that may end in -ing and still be nouns (not the start of a verb phrase).
ING_NOUNS = {"building", "painting", "ceiling", "ring", "king", "wing", "string", "pudding", "evening", "morning",
             "clothing", "swing", "spring", "wedding", "earring", "railing", "stocking", "dumpling", "icing",
             "sing", "thing", "something", "nothing", "everything", "sibling", "duckling", "seedling"}
#: Words that start the trailing part of a phrase ("a cat *sleeping* on a mat", "a glass *of* wine").
TAIL_STARTERS = {"of", "with", "on", "in", "at", "under", "over", "above", "below", "near", "by", "from", "for",
                 "that", "who", "which", "made", "full", "filled", "wearing", "holding", "to", "into", "onto",
                 "against", "behind", "beside", "between", "around", "inside", "across", "along", "through",
                 "covered", "standing", "sitting", "lying", "hanging", "leaning", "while", "during", "is", "are"}
#: Nouns of things that hold other things ("a bowl with two bananas": the bananas go inside the bowl).
CONTAINERS = {"bowl", "plate", "basket", "tray", "table", "desk", "shelf", "bookshelf", "box", "vase", "jar", "cake",
              "bag", "cart", "crate", "bucket", "pot", "dish", "platter", "counter", "bench", "nest", "cage",
              "aquarium", "tank", "pan", "board", "cabinet", "drawer", "suitcase", "backpack", "wagon", "truck"}
#: Nouns of places: "a harbour with boats" draws the boats and makes the harbour the background.
PLACES = {"room", "garden", "park", "street", "beach", "forest", "kitchen", "field", "city", "harbour", "harbor",
          "lot", "classroom", "office", "meadow", "valley", "desert", "town", "village", "yard", "backyard", "square",
          "market", "library", "studio", "bedroom", "bathroom", "hall", "landscape", "scene", "shore", "coast",
          "jungle", "farm", "playground", "stadium", "road", "alley", "countryside", "café", "cafe", "restaurant"}
#: Nouns that describe their owner rather than stand apart ("a woman with red hair").
ATTRIBUTES = {"hair", "eyes", "eye", "beard", "hat", "cap", "scarf", "tail", "wings", "horns", "smile", "stripes",
              "spots", "glasses", "dress", "shirt", "coat", "jacket", "collar", "bow", "tie", "mane", "fur",
              "feathers", "petals", "leaves", "handle", "lid", "label", "sticker", "pattern", "face", "mask",
              "helmet", "boots", "gloves", "backpack", "necklace", "earrings", "crown", "ribbon", "sleeves"}

#: Words of style tags ("oil painting, highly detailed, 8k"): they describe the picture, not a thing in it.
STYLE = {"painting", "photo", "photograph", "photography", "illustration", "render", "rendering", "art", "artwork",
         "style", "detailed", "realistic", "photorealistic", "hyperrealistic", "cinematic", "lighting", "light",
         "4k", "8k", "hd", "uhd", "bokeh", "dramatic", "sharp", "focus", "masterpiece", "quality", "high", "highly",
         "ultra", "digital", "oil", "watercolor", "watercolour", "anime", "sketch", "concept", "trending", "octane",
         "unreal", "engine", "studio", "soft", "vibrant", "colors", "colours", "wide", "angle", "shot", "closeup",
         "close-up", "macro", "minimalist", "vintage", "retro", "film", "grain", "analog", "35mm", "dslr", "award",
         "winning", "beautiful", "stunning", "epic", "intricate", "moody", "surreal", "pastel", "golden", "hour",
         "volumetric", "depth", "field", "of", "on", "artstation", "by", "very", "super", "extremely", "crisp",
         "smooth", "glossy", "matte", "low", "poly", "3d", "2d", "pixel", "isometric", "flat", "vector", "line"}
#: Opening words that frame the picture rather than name a thing in it ("a photo of a cat").
FRAMES = ("photo", "photograph", "picture", "image", "painting", "illustration", "drawing", "sketch", "render",
          "rendering", "portrait", "oil painting", "watercolor", "watercolour", "close-up", "closeup", "shot", "view",
          "scene", "still life")

#: Rough size of things, as a fraction of the cell a region is given.
SMALL = {"cup", "mug", "glass", "apple", "banana", "orange", "plum", "pear", "grape", "cookie", "candle", "ring",
         "spoon", "fork", "knife", "phone", "ball", "bird", "butterfly", "mouse", "frog", "egg", "flower", "rose",
         "tulip", "lily", "key", "coin", "crown", "bottle", "book", "clock", "kite", "star", "leaf", "bee", "insect",
         "cherry", "strawberry", "lemon", "lime", "peach", "tomato", "candy", "donut", "cupcake", "muffin", "teacup",
         "pen", "pencil", "watch", "shell", "stone", "pebble", "snail", "ladybug", "spider", "fish", "sparrow",
         "pigeon", "crow", "owl", "duck", "hamster", "balloon", "moon", "sun", "lantern", "glove", "shoe", "hat",
         "sword", "candlestick", "jar", "bowl", "plate", "vase", "cocktail", "drink", "sandwich", "burger",
         "croissant", "lamp", "mirror", "sign", "camera", "remote", "napkin"}
LARGE = {"car", "table", "sofa", "couch", "bed", "tree", "house", "horse", "cow", "elephant", "piano", "bus", "truck",
         "boat", "ship", "barn", "desk", "shelf", "bookshelf", "fireplace", "mountain", "building", "tractor", "train",
         "castle", "bridge", "tower", "church", "wall", "fence", "giraffe", "bear", "whale", "dinosaur", "plane",
         "airplane", "sailboat", "tent", "cabin", "wardrobe", "counter", "bench", "statue", "waterfall", "volcano",
         "hill", "rock", "cliff", "windmill", "lighthouse", "tank", "taxi", "van", "motorcycle", "camel", "rhino",
         "hippo", "city", "skyline"}
#: Things much wider than tall, and much taller than wide: their boxes get that shape.
WIDE = {"car", "bus", "truck", "van", "taxi", "train", "tram", "sofa", "couch", "table", "bench", "boat", "ship",
        "sailboat", "bed", "piano", "desk", "tractor", "motorcycle", "bicycle", "bike", "canoe", "kayak", "airplane",
        "plane", "crocodile", "alligator", "whale", "shark", "dolphin", "limousine", "submarine", "sled", "rug"}
TALL = {"person", "man", "woman", "boy", "girl", "child", "tree", "lamp", "bottle", "vase", "tower", "lighthouse",
        "giraffe", "door", "statue", "candle", "glass", "flamingo", "penguin", "robot", "soldier", "king", "queen",
        "wizard", "knight", "skyscraper", "rocket", "palm", "cactus", "mannequin", "ladder", "column", "pillar"}
#: Things that span the canvas: a band across the top or the bottom.
TOP_BANDS = {"sky", "clouds", "cloud", "aurora", "ceiling", "skyline"}
BOTTOM_BANDS = {"sea", "ocean", "lake", "water", "river", "grass", "field", "ground", "floor", "road", "street",
                "beach", "sand", "snow", "meadow", "lawn", "carpet", "rug", "pond", "waves", "path", "desert"}

_IRREGULAR = {
    "mice": "mouse", "children": "child", "people": "person", "knives": "knife", "leaves": "leaf", "wolves": "wolf",
    "geese": "goose", "men": "man", "women": "woman", "feet": "foot", "teeth": "tooth", "shelves": "shelf",
    "loaves": "loaf", "halves": "half", "calves": "calf", "lives": "life", "wives": "wife", "thieves": "thief",
    "oxen": "ox", "dice": "die", "cacti": "cactus", "fungi": "fungus", "octopi": "octopus", "scarves": "scarf",
    "elves": "elf", "dwarves": "dwarf", "hooves": "hoof", "potatoes": "potato", "tomatoes": "tomato",
    "heroes": "hero", "echoes": "echo", "mangoes": "mango", "volcanoes": "volcano", "tornadoes": "tornado", "buses": "bus", "gases": "gas", "lenses": "lens", "canvases": "canvas",
    "glasses": "glass", "dresses": "dress", "classes": "class", "bosses": "boss", "species": "species",
    "series": "series", "cookies": "cookie", "movies": "movie", "pies": "pie", "ties": "tie", "brownies": "brownie",
    "zombies": "zombie", "hippies": "hippie", "selfies": "selfie",
}
_UNCHANGED = {"sheep", "deer", "fish", "moose", "bison", "salmon", "trout", "aircraft", "series", "species", "glass",
              "grass", "bus", "dress", "class", "boss", "gas", "lens", "canvas", "octopus", "cactus", "news", "chess",
              "moss", "cross", "compass", "mattress", "walrus", "platypus", "hippopotamus", "asparagus", "hummus",
              "iris", "circus", "virus", "bonus", "campus", "corpus", "status", "atlas", "christmas", "jeans",
              "pants", "scissors", "shorts", "trousers", "clothes", "this", "his", "its", "is", "was", "has", "us"}
_PLURAL = {single: plural for plural, single in _IRREGULAR.items()}


def singular(word: str) -> str:
    """'bananas' -> 'banana', 'mice' -> 'mouse', 'glasses' -> 'glass'; words that are not plurals unchanged."""
    lower = word.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if lower in _UNCHANGED or len(lower) < 3 or not lower.endswith("s") or lower.endswith(("ss", "us", "is")):
        return lower
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if re.search(r"(ches|shes|xes|zzes|sses)$", lower):
        return lower[:-2]
    return lower[:-1]


def plural(word: str) -> str:
    """'banana' -> 'bananas', 'mouse' -> 'mice', 'fox' -> 'foxes'."""
    lower = word.lower()
    if lower in _PLURAL:
        return _PLURAL[lower]
    if lower in _UNCHANGED - {"glass", "grass", "bus", "dress", "class", "boss", "gas", "lens", "canvas"}:
        return lower
    if re.search(r"[^aeiou]y$", lower):
        return lower[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", lower):
        return lower + "es"
    return lower + "s"


def is_plural(word: str) -> bool:
    return singular(word) != word.lower()
