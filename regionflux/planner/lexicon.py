"""Words the offline planner knows: numbers, colours, object sizes, containers, places, plurals.

Plain data and two small functions, kept apart from the parsing rules in ``mock.py`` so either can be
read (and extended) on its own.
"""

from __future__ import annotations

import re

from .drawable import DRAWABLE

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
           "gray", "gold", "golden", "silver", "beige", "turquoise", "teal", "navy", "cyan", "magenta", "crimson",
           "scarlet", "maroon", "mauve", "taupe", "lilac", "burgundy", "indigo", "ivory")

#: Words that may end in -ing and still be nouns (not the start of a verb phrase).
ING_NOUNS = {"barding", "building", "painting", "ceiling", "ring", "king", "wing", "string", "pudding", "evening", "morning",
             "awning", "sapling", "gosling", "herring", "sling", "mooring", "lettering", "embossing",
             "clothing", "swing", "spring", "wedding", "earring", "railing", "stocking", "dumpling", "icing",
             "sing", "cladding", "siding", "frosting", "bedding", "flooring", "roofing", "paneling", "panelling",
             "tiling", "stitching", "bunting", "thing", "something", "nothing", "everything", "sibling", "duckling", "seedling",
             "clearing", "lodging", "dwelling", "scaffolding"}
#: Words that start the trailing part of a phrase ("a cat *sleeping* on a mat", "a glass *of* wine").
TAIL_STARTERS = {"of", "with", "on", "in", "at", "under", "over", "above", "below", "near", "by", "from", "for",
                 "that", "who", "which", "made", "full", "filled", "wearing", "holding", "to", "into", "onto",
                 "against", "behind", "beside", "between", "around", "inside", "across", "along", "through",
                 "covered", "standing", "sitting", "lying", "hanging", "leaning", "while", "during", "is", "are"}
#: Words that say how deep a colour is ("bright green"); a region's words put them before the noun with the colour.
DEPTHS = ("bright", "dark", "light", "pale", "deep")
#: Nouns of things that hold other things ("a bowl with two bananas": the bananas go inside the bowl).
CONTAINERS = {"trench", "bowl", "plate", "basket", "tray", "table", "desk", "shelf", "bookshelf", "box", "vase", "jar", "cake",
              "bag", "cart", "crate", "bucket", "pot", "dish", "platter", "counter", "bench", "nest", "cage",
              "aquarium", "tank", "pan", "board", "cabinet", "drawer", "suitcase", "backpack", "wagon", "truck",
              "skillet", "wok", "saucepan", "casserole", "terrarium"}
#: Nouns of places: "a harbour with boats" draws the boats and makes the harbour the background.
PLACES = {"room", "garden", "park", "street", "beach", "forest", "kitchen", "field", "city", "harbour", "harbor",
          "lot", "classroom", "office", "meadow", "valley", "desert", "town", "village", "yard", "backyard", "square",
          "market", "library", "studio", "bedroom", "bathroom", "hall", "landscape", "scene", "shore", "coast",
          "jungle", "farm", "playground", "stadium", "road", "alley", "lane", "avenue", "boulevard", "countryside", "café", "cafe", "restaurant",
          "estate"}
#: Nouns that describe their owner rather than stand apart ("a woman with red hair").
ATTRIBUTES = {"hair", "eyes", "eye", "beard", "hat", "cap", "scarf", "tail", "wings", "horns", "smile", "stripes",
              "spots", "glasses", "dress", "shirt", "coat", "jacket", "collar", "bow", "tie", "mane", "fur",
              "feathers", "petals", "leaves", "handle", "lid", "label", "sticker", "pattern", "face", "mask",
              "helmet", "boots", "gloves", "backpack", "necklace", "earrings", "crown", "ribbon", "sleeves",
              "tattoo", "tattoos"}

#: Words of style tags ("oil painting, highly detailed, 8k"): they describe the picture, not a thing in it.
STYLE = {"painting", "photo", "photograph", "photography", "illustration", "render", "rendering", "art", "artwork",
         "style", "detailed", "realistic", "photorealistic", "hyperrealistic", "cinematic", "lighting", "light",
         "4k", "8k", "hd", "uhd", "bokeh", "dramatic", "sharp", "focus", "masterpiece", "quality", "high", "highly",
         "ultra", "digital", "oil", "watercolor", "watercolour", "anime", "sketch", "concept", "trending", "octane",
         "unreal", "engine", "studio", "soft", "vibrant", "colors", "colours", "wide", "angle", "shot", "closeup",
         "close-up", "macro", "minimalist", "vintage", "retro", "film", "grain", "analog", "35mm", "dslr", "award",
         "winning", "beautiful", "stunning", "epic", "intricate", "moody", "surreal", "pastel", "golden", "hour",
         "volumetric", "depth", "field", "of", "on", "artstation", "by", "very", "super", "extremely", "crisp",
         "smooth", "glossy", "matte", "low", "poly", "3d", "2d", "pixel", "isometric", "flat", "vector", "line",
         "hyper"}
#: Opening words that frame the picture rather than name a thing in it ("a photo of a cat").
FRAMES = ("photo", "photograph", "picture", "image", "painting", "illustration", "drawing", "sketch", "render",
          "rendering", "portrait", "oil painting", "watercolor", "watercolour", "close-up", "closeup", "shot", "view",
          "scene", "still life")

# -- what a noun names, for the offline reader (reading.py): a thing to draw, or something else ---------------
#: Nouns of where or when a picture is set: the background, never a region when they frame the scene
#: ("in the woods", "at dusk", "busy city street in the rain").
SETTINGS = PLACES | {"track", "towpath", "verge", "polder", "footpath", "bridleway", "highway", "road", "railway", "railroad", "motorway", "alleyway", "rooftop", "platform", "station", "colony", "wonderland", "plaza", "marketplace", "lobby", "hallway", "aisle", "overlook", "scree", "expressway", "freeway", "slope", "viewpoint", "velodrome",
                     "corridor", "arena", "stadium", "touchline", "sideline", "sidelines", "clinic", "hospital", "salon", "courtyard", "pass", "gorge", "ravine", "steppe", "bog", "moor", "wetland", "estuary",
                     "fen", "conservatory", "sunroom",
                     "heath", "plateau", "mesa", "cove", "coastline", "badlands", "colosseum", "cloister",
                     "crypt", "catacomb", "saloon", "bazaar", "souk", "void", "abyss", "darkness", "nothingness", "campsite", "boardwalk", "promenade", "waterfront",
                     "lakeside", "riverside", "seaside", "countryside", "mountainside", "hillside", "junkyard",
                     "scrapyard", "shipyard", "backyard", "schoolyard", "farmyard", "barnyard", "churchyard", "graveyard",
                     "route", "laundromat", "arcade", "casino", "nightclub", "gym", "locker", "hangar", "showroom", "playground", "laboratory", "lab", "workshop",
                     "studio", "greenhouse", "smithy", "fjord", "cornfield", "wheatfield", "backstage", "ruin",
                     "mars", "warehouse", "subway", "metro", "airport", "terminal",
                     # grounds of a sport and banks of a river: where a ball or an angler's catch is
                     "court", "pitch", "rink", "racetrack", "fairway", "riverbank", 
    "woods", "wood", "sky", "space", "universe", "galaxy", "planet", "underwater", "sea", "ocean", "lake", "river",
    "mountains", "hills", "countryside", "wasteland", "ruins", "battlefield", "wilderness", "tundra", "savanna", "peak", "summit", "mountaintop", "hilltop", "pond", "pool", "stream", "creek", "bay", "lagoon", "canal", "strait", "estuary", "fjord",
    "savannah", "prairie", "swamp", "marsh", "canyon", "cave", "interior", "nook", "corner", "world", "environment",
    "setting", "background", "backdrop", "surroundings", "distance", "horizon", "rain", "snow", "fog", "mist", "storm",
    "snowstorm", "thunderstorm", "sunshine", "sun", "sunlight", "moonlight", "daylight", "darkness", "shade", "shadow",
    "night", "day", "dusk", "dawn", "sunset", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "weekend", "sunrise", "morning", "evening", "afternoon", "noon", "midnight",
    "twilight", "hour", "apartment", "flat", "flats", "winter", "summer", "autumn", "fall", "spring", "season", "weather", "air", "midair", "flight",
    "water", "waves", "surf", "snowfall", "heat", "wind", "breeze", "dreamland", "fantasy", "scenery", "vista",
    "plaza", "courtyard", "lobby", "corridor", "hallway", "attic", "basement", "cellar", "garage", "workshop",
    "laboratory", "lab", "kitchen", "dungeon", "temple", "cathedral", "arena", "station", "airport", "port", "dock",
    "pier", "marina", "mall", "shop", "store", "bakery", "bar", "pub", "diner", "tavern", "inn", "hotel", "museum",
    "gallery", "theater", "theatre", "concert", "stage", "venue", "orchard", "allotment", "vineyard", "greenhouse", "jungle", "rainforest",
    "reef", "seabed", "seafloor", "abyss", "depths", "clouds", "heavens", "cosmos", "orbit", "moonscape", "oasis",
    "island", "islands", "glade", "clearing", "grove", "thicket", "bush", "bushes", "undergrowth",
}
#: Nouns of events and activities: they set a scene, they are not a thing in it ("a birthday party").
EVENTS = {"party", "picnic", "battle", "war", "fight", "festival", "parade", "celebration", "ceremony", "wedding",
          "dinner", "lunch", "breakfast", "meal", "feast", "game", "match", "race", "concert", "show", "performance",
          "dance", "adventure", "journey", "trip", "holiday", "vacation", "christmas", "halloween", "birthday",
          "snowball", "fight", "chase", "hunt", "duel", "meeting", "gathering", "market", "fair", "carnival", "heist",
          "apocalypse", "invasion", "explosion", "sport", "work", "play", "moment", "life", "time", "mid", "ambush",
          "raid", "siege", "skirmish", "brawl", "showdown", "standoff", "clash", "rodeo", "tournament", "regatta",
          "marathon", "prom", "graduation", "reunion", "recital", "fundraiser", "bazaar", "easter", "thanksgiving",
          "hanukkah", "diwali", "ramadan", "eid", "passover", "valentines", "valentine", "mission", "rescue", "search", "bbq", "barbecue", "barbeque", "cookout", "braai", "potluck", "contest",
          "competition", "fete", "fête", "gala", "exhibition", "expo", "auction",
          "quest", "expedition", "voyage", "errand", "pilgrimage", "elopement", "proposal", "engagement",
          "photoshoot", "shoot"}
#: Nouns of how a picture looks: style tags, lighting, rendering ("cinematic lighting", "octane render").
STYLE_NOUNS = {
    "visual", "typography", "typeface", "calligraphy", "halftone", "kodachrome", "ektachrome", "lighting", "light", "lights", "candlelight", "lamplight", "firelight", "torchlight", "gaslight", "glow", "style", "styles", "render", "rendering", "renders", "detail",
    "details", "resolution", "quality", "focus", "bokeh", "aesthetic", "aesthetics", "vibe", "vibes", "atmosphere",
    "mood", "theme", "scheme", "rpg", "jrpg", "platformer", "roguelike", "metroidvania", "knit", "weave", "stitch",
    "stitching", "finish", "americana", "foil", "embossing", "letterpress", "brushwork", "footage", "stroke", "strokes", "brushstroke", "brushstrokes", "outline", "outlines", "color", "colors", "colour", "colours", "palette", "tone", "tones", "art", "artwork", "artstation",
    "photography", "photo", "photograph", "illustration", "painting", "paint", "print", "film", "lens", "flare", "flares", "shot", "angle",
    "composition", "texture", "textures", "engine", "octane", "masterpiece", "wallpaper", "sketch", "drawing", "ink",
    "wash", "stencil", "watercolor", "watercolour", "gouache", "pastel", "pastels", "acrylic", "oil", "oils", "charcoal",
    "graphite", "woodblock", "woodcut", "lithograph", "etching", "engraving", "mosaic", "collage", "anime", "manga",
    "cartoon", "comic", "vector", "pixel", "pixels", "voxel", "polygon", "poly", "cgi", "hdr", "dslr", "camera",
    "photoshoot", "portrait", "closeup", "close-up", "macro", "panorama", "perspective", "view", "pov", "frame",
    "cinematography", "depth", "contrast", "saturation", "exposure", "grain", "noise", "blur", "haze", "fog",
    "smoke", "vignette", "reflection", "reflections", "shadows", "highlights", "sharpness", "clarity", "realism",
    "surrealism", "chinoiserie", "impressionism", "expressionism", "cubism", "minimalism", "baroque", "renaissance", "noir",
    "cyberpunk", "steampunk", "vaporwave", "synthwave", "retrowave", "pop", "kitsch", "design", "concept", "poster",
    "cover", "logo", "icon", "emblem", "sticker", "badge", "mascot", "character", "illustration", "still", "life",
    "trend", "trending", "award", "k", "4k", "8k", "16k", "hd", "uhd", "mm", "resolution", "unreal", "blender",
    "maya", "houdini", "redshift", "cinema4d", "c4d", "midjourney", "dalle", "sd", "sdxl", "flux", "version", "v5",
    "geographic", "national", "ghibli", "pixar", "disney", "dreamworks", "rembrandt", "vermeer", "monet", "hokusai",
    "rutkowski", "mucha", "giger", "kinkade", "banksy", "magazine", "editorial", "advertisement", "ad", "commercial",
    "bright", "colours", "hues", "hue", "shades", "gradient", "silhouette", "lines", "shapes", "pattern", "motif",
    # the words of illustrators, photographers and game artists for how a picture is made
    "headshot", "headshots", "asset", "assets", "pbr", "seamless", "magnification", "zoom", "establishing", "framing",
    "turnaround", "orthographic", "isometric", "lineart", "cel", "backlight", "keylight", "practicals", "grade",
    "effect", "effects",
}
#: Adjectives and tags that only say how a picture looks (a segment of nothing else is a style tag).
STYLE_WORDS = STYLE | STYLE_NOUNS | {
    "tinted", "toned", "graded", "washed", "cozy", "cosy", "boho", "bohemian", "dreamy", "ethereal", "magical", "mystical", "mysterious", "dark", "gloomy", "bright", "cheerful",
    "whimsical", "cute", "kawaii", "elegant", "luxurious", "gritty", "grungy", "dusty", "foggy", "misty", "snowy",
    "rainy", "sunny", "stormy", "warm", "cold", "cool", "neon", "glowing", "colorful", "colourful", "monochrome",
    "black-and-white", "sepia", "muted", "saturated", "desaturated", "hyperrealistic", "hyper-realistic",
    "ultra-realistic", "ultrarealistic", "photoreal", "lifelike", "cinematic", "filmic", "atmospheric", "dynamic",
    "symmetrical", "centered", "isometric", "axonometric", "orthographic", "aerial", "overhead", "top-down", "panoramic", "wide-angle",
    "fisheye", "tilt-shift", "long", "exposure", "shallow", "ultra", "hq", "high-quality", "best", "highres",
    "sci-fi", "scifi", "fantasy", "medieval", "futuristic", "ancient", "modern", "victorian", "gothic", "rustic",
    "tropical", "nordic", "japanese", "chinese", "french", "italian", "by", "in", "the", "a", "an", "and", "with",
    "on", "of", "very", "so", "too", "much", "more", "most", "well", "lit", "backlit", "spotlit", "sunlit", "moonlit", "candlelit", "lamplit", "floodlit", "starlit", "firelit", "rim", "key", "studio",
    "natural", "ambient", "volumetric", "global", "illumination", "ray", "traced", "tracing", "raytracing", "v-ray",
    "vray", "unreal", "engine", "octane", "blender", "3d", "2d", "cel", "shaded", "hand-drawn", "handdrawn", "drawn",
    "painted", "digital", "traditional", "analog", "analogue", "polaroid", "kodak", "portra", "fuji", "fujifilm",
    "leica", "canon", "nikon", "sony", "hasselblad", "f/1.8", "f1.8", "35mm", "50mm", "85mm", "24mm", "100mm",
    "dof", "ultrawide", "pastel", "soft", "hard", "harsh", "golden", "blue", "hour", "magic", "moody", "epic",
    "intricate", "detailed", "highly", "extremely", "insanely", "hyperdetailed", "sharp", "crisp", "clean",
    "minimal", "minimalist", "simple", "flat", "trending", "featured", "award-winning", "award", "winning",
    "professional", "amateur", "low-poly", "lowpoly", "stylized", "stylised", "painterly", "impressionist",
    "surreal", "abstract", "psychedelic", "trippy", "retro", "vintage", "old-school", "80s", "90s", "1980s",
    "1990s", "y2k", "lo-fi", "lofi", "cartoonish", "childrens", "children's", "book", "storybook", "fairytale",
    "fairy-tale", "noir", "grim", "scary", "spooky", "creepy", "horror", "serene", "peaceful", "calm", "tranquil",
    "chaotic", "busy", "quiet", "lonely", "lone", "empty", "deserted", "abandoned", "post-apocalyptic", "apocalyptic",
    "post", "dystopian", "utopian", "rendered", "render", "wash", "ink", "oil", "acrylic", "gouache", "photography",
}
#: Adjectives of how a thing is drawn rather than what it is: kept for the whole picture, not a region.
STYLE_ADJECTIVES = {"minimalist", "minimal", "photorealistic", "hyperrealistic", "hyper-realistic", "realistic",
                    "ultrarealistic", "ultra-realistic", "cinematic", "stylized", "stylised", "isometric", "low-poly",
                    "lowpoly", "cartoonish", "cartoon", "anime", "3d", "2d", "pixelated", "vector", "flat",
                    "watercolor", "watercolour", "painterly", "hand-drawn", "photographic", "detailed", "intricate",
                    "hyperdetailed", "surreal", "abstract", "impressionist", "cel-shaded", "chibi", "kawaii"}
#: Things of the weather, the light or the elements: alone in a part of the prompt ("huge waves",
#: "falling snow", "sunbeams"), they set the scene rather than stand in it.
ELEMENTS = {"firefly", "fireflies", "wave", "waves", "cloud", "clouds", "fog", "mist", "smoke", "steam", "flame", "flames", "fire", "spark",
            "sparks", "sunbeam", "sunbeams", "ray", "rays", "light", "lights", "snow", "snowflake", "snowflakes", "rain",
            "raindrop", "raindrops", "petal", "petals", "leaf", "leaves", "bubble", "bubbles", "dust", "star", "stars",
            "lightning", "aurora", "bokeh", "particle", "particles", "ember", "embers", "glitter", "confetti", "blossom",
            "blossoms", "dune", "dunes", "puddles", "reflections", "shadows", "beam", "beams", "glow", "breath",
            # weather that falls all over the picture
            "drizzle", "sleet", "hail", "downpour", "rainfall", "blizzard", "mizzle", "snowstorm", "rainstorm",
            # and what it leaves on things
            "dew", "dewdrop", "dewdrops", "droplet", "droplets"}

#: "a photo of X", "portrait of X": the frame says how X is shown; X is the thing.
FRAME_NOUNS = {"clipart", "clip-art", "visualization", "visualisation", "viz", "archviz", "photo", "photograph", "screenshot", "screencap", "picture", "image", "painting", "illustration", "drawing", "sketch", "render",
               "rendering", "portrait", "poster", "logo", "icon", "emoji", "shot", "view", "closeup", "close-up", "close",
               "wallpaper", "artwork", "art", "scene", "snapshot", "selfie", "still", "photoshoot", "cover", "print",
               "depiction", "representation", "study", "composition", "collage", "montage", "flatlay", "overlay", "sticker", "stencil", "emblem", "design",
               "version", "concept", "panorama", "landscape", "cartoon", "comic", "animation", "frame", "sculpture",
               "diorama", "miniature", "vignette", "blueprint", "schematic", "diagram", "cutaway", "infographic",
               "mockup", "silhouette", "sprite", "spritesheet", "emote", "avatar", "pfp", "thumbnail", "handout",
               "advertisement", "advert", "ad", "flyer", "brochure", "lookbook", "flashcard", "worksheet"}
#: Words for a place on the canvas rather than a thing ("on the left", "in the top right corner").
POSITIONS = {"left": "left", "right": "right", "top": "top", "bottom": "bottom", "middle": "center",
             "center": "center", "centre": "center", "background": "background", "foreground": "foreground",
             "front": "foreground", "back": "background", "upper": "top", "lower": "bottom", "corner": "",
             "side": "", "edge": "", "half": "", "part": "", "area": ""}
#: Parts of a thing: "on the roof of the car" is on (above) the car.
PARTS = {"roof", "top", "side", "edge", "corner", "front", "back", "end", "surface", "bottom", "base", "foot", "feet", "head",
         "shoulder", "shoulders", "lap", "branch", "branches", "rim", "ledge", "tip", "peak", "summit", "deck", "hood",
         "trunk", "bank", "banks", "middle", "center", "centre", "inside", "outside", "wall", "window", "door",
         "porch", "steps", "step", "doorstep", "balcony", "windowsill", "sill", "crossbar", "lid",
         "bough", "mast"}
#: Parts of things, said with "with" ("an airship with large propellers"): in the thing's description, never
#: a region of their own.
OBJECT_PARTS = {"hilt", "pommel", "crossguard", "wick", "rim", "stern", "keel", "rudder", "boiler", "firebox", "smokebox",
                "propeller", "sail", "mast", "chimney", "roof", "envelope", "wheel", "wing", "handle", "lid", "spout",
                "petal", "stem", "patch", "button", "pocket", "collar", "window", "door", "engine", "fin", "antenna",
                "headlight", "turret", "spire", "balcony", "porch", "shutter", "blade", "string", "cog", "gear",
                "hull", "cockpit", "thruster", "exhaust", "rivet", "dial", "face", "hands", "strap", "buckle",
                "lace", "sole", "visor", "trim", "keyhole", "knob", "hinge", "tassel", "fringe", "bristle",
                "thatch", "tower", "dome", "arch", "column", "pillar", "vane", "weathervane", "bell",
                "root", "bark", "horn", "tusk", "antler", "scale", "feather", "tentacle", "claw", "paw", "beak",
                "whisker", "thorn", "shell", "spike", "stripe", "spot", "marking", "wheelhouse", "funnel", "rigging", "surround", "canopy",
                "upholstery", "lining", "cladding", "panelling", "paneling", "veneer", "drawer", "handlebar",
                "handlebars", "mudguard", "fender", "bumper", "grille", "spoke", "pedal", "kickstand", "tailgate"}
#: A kind's own parts, by the kind's word ("a toadstool, red cap with white spots"): when a prompt names only one
#: such thing and its parts, the parts are said in its region.
PARTS_OF = {
    **dict.fromkeys(("mushroom", "toadstool", "agaric", "fungus"), {"cap", "gill", "stem", "stalk", "spot", "ring"}),
    **dict.fromkeys(("ball",), {"seam", "stitching", "panel", "lace"}),
    **dict.fromkeys(("keyboard", "typewriter"), {"key", "keycap", "spacebar"}),
    **dict.fromkeys(("piano",), {"key", "pedal", "lid", "hammer"}),
    **dict.fromkeys(("guitar", "bass", "ukulele", "banjo", "mandolin", "lute"),
                    {"string", "fret", "fretboard", "pickup", "neck", "headstock", "soundhole", "bridge"}),
    **dict.fromkeys(("violin", "fiddle", "viola", "cello"), {"string", "scroll", "neck", "bridge", "fingerboard", "peg"}),
    **dict.fromkeys(("horn", "trumpet", "trombone", "tuba", "saxophone", "sax", "cornet", "bugle", "euphonium"),
                    {"bell", "valve", "slide", "mouthpiece", "key"}),
    **dict.fromkeys(("rack", "server", "router", "console", "amp", "amplifier"), {"led", "light", "knob", "dial"}),
    **dict.fromkeys(("scallop", "oyster", "clam", "mussel", "snail", "whelk", "cockle"), {"shell"}),
    **dict.fromkeys(("tutu", "dress", "gown", "skirt", "ballgown", "costume", "leotard"),
                    {"layer", "tulle", "skirt", "bodice", "sequin", "ruffle", "hem", "train", "petticoat", "net"}),
    **dict.fromkeys(("bodice", "corset"), {"boning", "lacing", "lace", "sequin"}),
    **dict.fromkeys(("tent", "teepee", "tipi", "yurt"), {"flap", "pole", "peg"}),
    **dict.fromkeys(("clock", "watch", "wristwatch", "stopwatch"), {"hand", "hands", "face", "dial", "numeral"}),
    **dict.fromkeys(("castle", "palace", "fortress", "fort"), {"turret", "tower", "window", "battlement", "spire", "flag",
                                                             "gate", "drawbridge", "rampart"}),
    **dict.fromkeys(("crown", "tiara", "diadem", "coronet"), {"jewel", "gem", "point", "spike", "pearl", "stone"}),
    **dict.fromkeys(("headset", "headphones", "headphone"), {"cushion", "cup", "band", "headband", "mic", "microphone"}),
    **dict.fromkeys(("sheep", "ewe", "ram", "lamb", "alpaca", "llama"), {"fleece", "wool", "hoof", "horn"}),
    **dict.fromkeys(("book", "rulebook", "spellbook", "notebook", "journal", "diary", "ledger"),
                    {"page", "spine", "cover"}),
}
#: "a pair of X", "a dozen X": how many X; crowd words make one region of many.
QUANTITIES = {"pair": 2, "couple": 2, "trio": 3, "quartet": 4, "quintet": 5, "dozen": 12, "few": 3, "several": 3,
              "handful": 3, "duo": 2, "twins": 2, "twin": 2, "both": 2, "brace": 2}
CROWDS = {"squad", "troop", "platoon", "regiment", "horde", "legion", "posse", "crew", "gaggle", "troupe",
          "group", "flock", "herd", "crowd", "pack", "swarm", "school", "bunch", "lot", "lots", "row", "line",
          "pile", "stack", "coil", "set", "collection", "family", "team", "army", "fleet", "colony", "cluster", "bouquet",
          "field", "sea", "parade", "procession", "choir", "band", "gang", "pod", "pride", "litter", "batch",
          "variety", "assortment", "number", "plenty", "dozens", "hundreds", "thousands", "millions", "tons", "many", "load", "loads", "heaps", "masses",
          "tangle", "jumble", "snarl"}
#: "a cup of coffee": the container is the thing, what is in it part of its description.
MEASURES = {"cup", "mug", "glass", "bowl", "plate", "bottle", "jar", "can", "box", "basket", "bag", "bucket", "pot",
            "slice", "piece", "loaf", "bar", "bunch", "bouquet", "vase", "tray", "sack", "barrel", "crate", "carton",
            "pitcher", "jug", "kettle", "teapot", "spoonful", "handful", "scoop", "stack", "pile", "heap", "roll",
            "ball", "sheet", "wedge", "chunk", "drop", "pint", "bowlful", "plateful", "tin", "packet", "pack",
            "skein", "spool", "hank", "quenelle", "dollop", "sheaf", "bundle", "trug", "punnet", "bale", "posy", "hamper",
            "bushel", "armful", "tub", "sprig", "tube", "vial", "flask", "sachet", "pouch", "canister", "carafe", "decanter",
            "keg", "cask", "tankard", "goblet", "tumbler", "beaker", "dusting", "sprinkling", "slab", "pan", "saucepan",
            "skillet", "wok", "cauldron"}
#: What a person or thing wears or carries that belongs in its own region's description.
WORN = ATTRIBUTES | {"umbrella", "brolly", "bag", "handbag", "purse", "cane", "staff", "wand", "sword", "shield", "spear", "katana",
                     "dagger", "rapier", "scimitar",
                     "spectacles", "spectacle", "monocle", "blazer", "waistcoat", "trenchcoat", "dungarees", "tunic",
                     "scrubs", "scrub", "turnout", "hazmat",
                     # period and costume dress, and working clothes and shoes
                     "nightcap", "ruff", "headdress", "crinoline", "bonnet", "doublet", "jerkin", "petticoat", "wimple",
                     "snood", "tailcoat", "frockcoat", "breeches", "fascinator", "epaulette", "epaulettes", "smock",
                     "pinafore", "boilersuit", "wellies", "wellington", "wellingtons", "clog", "clogs", "brogue",
                     "brogues", "loafer", "loafers", "spats", "gaiters", "puttees", "sporran", "fez", "trilby",
                     "deerstalker",
                     "hanbok", "kaftan", "shawl", "beret", "fedora", "stetson", "sombrero", "circlet", "headband",
                     "hairband", "pendant", "amulet", "locket", "bangle", "slippers", "stockings", "tights",
                     "leggings", "corset", "bodice", "bowtie", "cravat", "suspenders", "sash", "earmuffs", "bandolier",
                     "greaves",
                     "bow", "book", "cloak", "cape", "robe", "gown", "suit", "uniform", "armor", "armour", "apron",
                     "skirt", "trousers", "pants", "jeans", "shorts", "sneakers", "shoes", "boot", "sandals",
                     "kimono", "sari", "hoodie", "sweater", "vest", "turban", "hijab", "veil", "headphones", "earring",
                     "bracelet", "ring", "watch", "goggles", "mask", "tattoo", "tattoos", "makeup", "lipstick",
                     "freckles", "whiskers", "antlers", "mane", "paws", "claws", "fins", "scales", "wing", "horn",
                     "beak", "tusk", "tusks", "trunk", "eyepatch", "pipe", "cigar", "leash", "collar", "saddle",
                     "backpack", "rucksack", "briefcase", "torch", "gear", "outfit", "costume", "attire",
                     "regalia", "overalls",
                     "phone", "smartphone", "laptop", "microphone", "sunglasses", "glasses",
                     "horseback", "curls", "braid", "braids", "ponytail", "bun", "mohawk", "bangs", "mustache",
                     "moustache", "stubble", "expression", "pose", "grin", "tears", "blush"}
#: Parts of a body: what a person or animal has, never a region of its own ("holding hands").
BODY = {"hand", "hands", "arm", "arms", "leg", "legs", "finger", "fingers", "face", "eye", "eyes", "ear", "ears", "nose",
        "mouth", "lip", "lips", "teeth", "tooth", "tongue", "neck", "shoulder", "shoulders", "belly",
        "knee", "knees", "foot", "feet", "toe", "toes", "cheek", "cheeks", "chin", "forehead", "brow", "brows", "breast", "nape", "throat", "eyebrow", "eyebrows",
        "skin", "fur", "feather", "feathers", "tail", "paw", "paws", "claw", "claws", "wing", "wings", "hoof", "hooves",
        "mane", "beak", "fin", "fins", "antler", "antlers", "freckle", "freckles",
        "hair", "beard", "mustache", "moustache", "smile", "grin", "expression", "gaze", "tear", "tears", "wrinkle",
        "wrinkles", "dimple", "dimples", "body", "pose", "posture", "silhouette", "profile", "muscle", "muscles",
        "ponytail", "ponytails", "braid", "braids", "tattoo", "tattoos", "scar", "scars", "hip", "hips", "waist",
        "nostril", "nostrils", "talon", "talons", "fang", "fangs", "tusk", "tusks", "whisker",
        "whiskers", "snout", "muzzle", "jaw", "jaws", "wrist", "elbow", "eyestalk", "eyestalks", "forearm", "forearms",
        "bicep", "biceps", "knuckle", "knuckles"}
WORN |= BODY
WORN |= {"headlamp", "headtorch", "jumpsuit", "coveralls", "tracksuit", "tabard", "chainmail", "barding", "caparison", "clipboard", "megaphone", "notepad", "haori", "hakama", "toga", "leotard", "kilt",
         "skate", "iceskate", "rollerskate", "bandana", "visor", "beanie", "satchel", "belt", "holster", "quiver", "gauntlets", "bracers", "pauldrons",
         "raincoat", "jacket", "coat", "hoodie", "sweater", "jumper", "cardigan", "dress", "suit", "uniform", "kimono",
         "gown", "armor", "armour", "cloak", "robe", "overalls", "apron", "tuxedo", "shirt", "t-shirt", "blouse", "jeans",
         "boots", "sneakers", "gloves", "mittens", "helmet", "mask", "costume", "onesie", "pajamas", "pyjamas", "bikini",
         "swimsuit", "vest", "cape", "skirt", "shorts", "trousers", "pants", "sari", "poncho", "parka", "tutu", "veil",
         "crown", "tiara", "headphones", "backpack", "spacesuit", "wetsuit", "trench", "balaclava", "respirator",
         "hijab", "turban", "fedora", "beret", "sombrero", "snapback", "waders", "dungarees", "plumage"}
#: Colour words as people mistype them, and what they mean.
COLOUR_TYPOS = {"blu": "blue", "bleu": "blue", "gren": "green", "grean": "green", "yelow": "yellow", "yello": "yellow",
                "purpel": "purple", "purpl": "purple", "wite": "white", "whit": "white", "blak": "black",
                "blck": "black", "oragne": "orange", "ornage": "orange", "pnik": "pink", "brwon": "brown",
                "browm": "brown", "redd": "red", "gry": "grey", "sliver": "silver", "gld": "gold"}

#: Nouns that are pronouns or fillers, never things of their own.
FILLERS = {"one", "ones", "thing", "things", "something", "anything", "everything", "nothing", "it", "them", "him",
           "her", "this", "that", "these", "those", "kind", "sort", "type", "lot", "bit", "way", "please", "thanks",
           "image", "pic", "pics", "me", "you", "i", "we", "us", "they", "he", "she", "someone", "somebody", "other",
           "others", "rest", "each", "both", "all", "none", "number", "amount", "size", "shape", "form", "look",
           "feel", "idea", "version", "background", "foreground", "left", "right", "top", "bottom", "middle", "center",
           "centre", "front", "side", "corner", "edge", "distance", "picture", "frame", "canvas", "hd", "k"}

#: Concrete things people draw: a word here is a thing even where a small parser takes it for an adjective
#: ("a tiny sleepy hedgehog") or a modifier ("a hummingbird mid flight"). Words not here are read by grammar.
ANIMALS = {
    # beasts of myth, drawn like animals
    "wyvern", "drake", "basilisk", "hydra", "chimera", "manticore", "gryphon", "kraken", "leviathan", "behemoth",
    "serpent", "pegasus", "cerberus",
    # fish the long list below leaves out ("eel" is also a thing there)
    "eel", "moray", "grouper", "barracuda", "pufferfish", "angelfish",
    # pets and breeds people name by their own word
    "budgie", "budgerigar", "parakeet", "cockatiel", "lovebird", "chinchilla", "samoyed", "whippet", "lurcher",
    "cat", "kitten", "dog", "puppy", "horse", "pony", "foal", "cow", "calf", "bull", "ox", "pig", "piglet", "sheep",
    "lamb", "ram", "ewe", "goat", "chicken", "hen", "rooster", "chick", "duck", "duckling", "goose", "swan", "turkey", "peacock",
    "bird", "sparrow", "robin", "crow", "raven", "pigeon", "dove", "parrot", "owl", "eagle", "hawk", "falcon",
    "vulture", "seagull", "gull", "pelican", "heron", "crane", "stork", "flamingo", "penguin", "hummingbird",
    "woodpecker", "kingfisher", "toucan", "ostrich", "emu", "bat", "mouse", "rat", "hamster", "rabbit", "bunny",
    "hare", "squirrel", "chipmunk", "hedgehog", "porcupine", "beaver", "otter", "raccoon", "skunk", "badger", "fox",
    "wolf", "coyote", "bear", "panda", "koala", "kangaroo", "deer", "fawn", "stag", "moose", "elk", "reindeer",
    "lion", "lioness", "tiger", "leopard", "cheetah", "jaguar", "panther", "lynx", "cougar", "elephant", "rhino",
    "hippo", "giraffe", "zebra", "camel", "llama", "alpaca", "donkey", "mule", "monkey", "ape", "gorilla",
    "chimpanzee", "orangutan", "sloth", "lemur", "snake", "python", "cobra", "lizard", "gecko", "iguana",
    "chameleon", "turtle", "tortoise", "frog", "toad", "crocodile", "alligator", "dinosaur", "dragon", "unicorn",
    "griffin", "phoenix", "fish", "goldfish", "shark", "whale", "dolphin", "orca", "seal", "walrus", "octopus",
    "squid", "jellyfish", "crab", "lobster", "shrimp", "starfish", "seahorse", "butterfly", "moth", "bee",
    "wasp", "ant", "beetle", "ladybug", "dragonfly", "spider", "snail", "slug", "worm", "caterpillar", "firefly",
    "koi", "salmon", "trout", "pike", "carp", "bream", "minnow", "swallow", "finch", "canary", "magpie", "lobster",
    "corgi", "husky", "retriever", "labrador", "poodle", "beagle", "dachshund", "pug", "bulldog", "terrier",
    "collie", "chihuahua", "shiba", "dalmatian", "greyhound", "rottweiler", "doberman", "spaniel", "sheepdog",
    "hound", "wolfhound", "bloodhound",
    "tabby", "siamese", "persian", "maine", "calico", "kitty", "doggo", "pupper", "stallion", "mare", "puppy",
    "cardinal", "bluejay", "wren", "warbler", "egret", "puffin", "macaw", "cockatoo", "condor", "osprey", "kestrel",
    "albatross", "loon", "nightingale", "starling", "oriole", "chickadee", "nuthatch", "possum", "opossum",
    "armadillo", "meerkat", "mongoose", "ferret", "weasel", "stoat", "marten", "wolverine", "bobcat", "ocelot", "puma",
    "hyena", "jackal", "dingo", "gazelle", "antelope", "impala", "wildebeest", "okapi", "tapir", "yak", "bison",
    "caribou", "wallaby", "wombat", "platypus", "narwhal", "manatee", "stingray", "salamander", "axolotl", "newt",
    "scorpion", "mantis", "grasshopper", "gerbil", "capybara", "quokka", "pangolin", "anteater", "aardvark",
}
FIGURES = {
    # people and figures
    "lich", "ghoul", "wraith", "banshee", "spectre", "mummy",
    "hoplite", "ronin", "warlock", "buccaneer", "corsair", "privateer", "outlaw", "gunslinger", "bandit", "cosmonaut",
    "aviator", "admiral", "sniper", "mercenary", "thief", "inspector", "maiko", "sultan", "priestess", "friar",
    "ringmaster", "tiefling", "halfling", "pixie", "centaur", "satyr", "huntress",
    "striker", "goalkeeper", "goalie", "referee", "umpire", "quarterback", "linebacker", "batter", "pitcher", "catcher",
    "sprinter", "jockey", "cyclist", "rower", "climber", "skier", "surfer", "diver", "archer", "fencer", "gymnast",
    "man", "woman", "boy", "girl", "child", "kid", "baby", "toddler", "teenager", "person", "lady", "gentleman",
    "king", "queen", "prince", "princess", "knight", "wizard", "witch", "astronaut", "soldier", "farmer",
    "fisherman", "baker", "chef", "cook", "scientist", "doctor", "nurse", "teacher", "student", "dancer", "ballerina",
    "musician", "singer", "guitarist", "pilot", "sailor", "pirate", "samurai", "ninja", "warrior", "monk", "priest",
    "nun", "robot", "android", "cyborg", "clown", "survivor", "hunter", "explorer", "detective", "cowboy", "cowgirl",
    "mother", "father", "grandmother", "grandfather", "grandma", "grandpa", "blacksmith", "merchant", "elf", "dwarf",
    "fairy", "mermaid", "vampire", "zombie", "ghost", "angel", "demon", "goblin", "troll", "giant", "alien",
    "superhero", "hero", "villain", "firefighter", "policeman", "officer", "waiter", "waitress", "bride", "groom",
    "couple", "family", "athlete", "player", "runner", "surfer", "skier", "skater", "cyclist", "climber", "hiker", "painter",
    "artist", "photographer", "traveler", "traveller", "tourist", "shepherd", "gardener", "mechanic", "worker",
    "builder", "viking", "gladiator", "pharaoh", "emperor", "jester", "archer", "mage", "sorcerer", "sorceress",
    "shaman", "nomad", "fairy", "snowman", "scarecrow", "mannequin", "puppet", "doll", "teddy", "diver",
    "chef", "student", "boss", "model", "gamer", "hipster", "punk", "rapper", "drummer", "singer", "bassist", "dj",
    "conductor", "beekeeper", "barista", "bartender", "barkeep", "barkeeper", "barman", "barmaid", "pianist", "violinist", "cellist", "harpist", "flutist",
    "saxophonist", "trumpeter", "accordionist", "busker", "vendor", "lifeguard", "carpenter", "potter", "florist",
    "librarian", "janitor", "plumber", "electrician", "butcher", "barber", "tailor", "shopkeeper", "peasant",
    "lumberjack", "miner", "mailman", "postman", "journalist", "reporter", "referee", "coach", "jockey", "rider",
    "driver", "acrobat", "juggler", "magician", "grandson", "granddaughter", "daughter", "son", "sister", "brother",
    "aunt", "uncle", "dad", "mom", "mum", "ranger", "botanist", "alchemist", "astronomer", "poet", "writer",
    "beggar", "boxer", "wrestler", "golfer", "swimmer", "skateboarder", "snowboarder", "cashier", "butler", "maid",
    "surgeon", "dentist", "veterinarian", "architect", "engineer", "hacker", "shepherdess", "milkmaid", "fencer",
    # people by where they are or what they do there, who wear and hold things like anyone ("a customer in a red coat")
    "customer", "passenger", "volunteer", "shopper", "visitor", "guest", "commuter", "spectator", "passerby", "client",
    "patient", "pupil", "resident", "neighbour", "neighbor", "stranger", "owner", "landlord", "landlady", "publican",
    "hostess", "assistant", "manager", "employee", "colleague", "labourer", "laborer", "platelayer", "ganger",
    "lookout", "stationmaster", "skipper", "deckhand", "crewman", "angler", "harbourmaster", "paddler", "kayaker",
    "snorkeller", "jogger", "rambler", "biker", "stablehand", "caretaker", "babysitter", "grandad", "granddad",
    "newborn", "youngster", "adult", "pensioner", "retiree", "widower", "usher", "choirboy", "chorister", "caroler",
    "caroller", "tattooist", "tattooer", "piercer", "hairdresser", "videographer", "presenter", "newsreader", "author",
    "illustrator", "sculptor", "knitter", "quilter", "seamstress", "dressmaker", "shoemaker", "jeweller", "jeweler",
    "watchmaker", "clockmaker", "farrier", "thatcher", "roofer", "bricklayer", "plasterer", "apprentice", "trainee",
    "schoolchild", "schoolkid", "classmate", "headteacher", "headmaster", "headmistress", "lecturer", "professor",
    "tutor", "instructor", "midfielder", "fielder", "fighter", "trapper", "poacher", "warden", "researcher",
    "stewardess", "steward", "sergeant", "colonel", "lieutenant", "constable", "marshal", "lawyer", "barrister",
    "solicitor", "banker", "accountant", "secretary", "councillor", "tsar", "czar", "rajah", "maharaja", "herald",
    "minstrel", "troubadour", "puppeteer", "conjurer", "performer", "fiddler", "piper", "bagpiper", "onlooker",
    "bystander", "mourner", "pallbearer", "gravedigger", "undertaker", "grocer", "greengrocer", "paperboy", "newsboy",
    "lamplighter", "sentinel", "adventurer", "mountaineer", "walker", "hillwalker", "birdwatcher", "birder",
    "twitcher", "stallholder", "trader", "camper", "boater", "holidaymaker", "sightseer", "drinker",
    "reveller", "partygoer", "festivalgoer", "concertgoer", "churchgoer", "worshipper", "parishioner", "bellringer",
    "curate", "verger", "sacristan", "coastguard",
    # the peoples and classes of fantasy games and tales
    "ogre", "orc", "kobold", "minotaur", "cyclops", "golem", "imp", "harpy", "medusa", "gorgon", "djinn", "genie",
    "yeti", "sasquatch", "werewolf", "skeleton", "phantom", "wendigo", "dryad", "nymph", "merman", "valkyrie", "druid",
    "paladin", "bard", "rogue", "necromancer", "cleric", "barbarian", "gnome", "sorcerer", "monk", "warlock",
}
THINGS = ANIMALS | FIGURES | {"daybed", "chaise", "credenza", "armoire", "headboard", "footstool", "pouffe", "pouf",
                               "loveseat", "settee", "chesterfield", "chiminea", 
    # vehicles
    "car", "truck", "bus", "van", "taxi", "jeep", "suv", "motorcycle", "motorbike", "scooter", "bicycle", "bike",
    "tricycle", "train", "tram", "locomotive", "subway", "boat", "ship", "sailboat", "yacht", "canoe", "kayak", "dhow", "felucca", "sampan", "narrowboat", "sloop",
    "catamaran", "trawler", "dinghy", "longboat", "houseboat", "speedboat", "rowboat",
    "ferry", "submarine", "raft", "barge", "gondola", "airplane", "plane", "jet", "helicopter", "rocket",
    "spaceship", "spacecraft", "ufo", "balloon", "blimp", "airship", "tractor", "bulldozer", "excavator", "tank",
    "sled", "sleigh", "carriage", "wagon", "cart", "stroller", "skateboard", "limousine", "ambulance", "firetruck",
    "bomber", "biplane", "seaplane", "glider", "zeppelin", "warplane", "jetliner", "airliner", "drone", "steamship",
    "steamboat", "tugboat", "freighter", "tanker", "caboose", "streetcar", "trolley", "tuktuk", "moped",
    "hovercraft", "hoverbike", "mech",
    # furniture and household
    "table", "chair", "armchair", "sofa", "couch", "bench", "stool", "bed", "crib", "desk", "shelf", "bookshelf",
    "bookcase", "cabinet", "cupboard", "wardrobe", "rack", "dresser", "drawer", "nightstand", "lamp", "lantern", "candle",
    "chandelier", "mirror", "clock", "vase", "pot", "plant", "rug", "carpet", "curtain", "pillow", "cushion",
    "blanket", "quilt", "fireplace", "hearth", "stove", "barbecue", "bbq", "oven", "fridge", "refrigerator", "sink", "bathtub", "toilet",
    "television", "tv", "computer", "laptop", "monitor", "keyboard", "phone", "radio", "piano", "guitar", "violin",
    "cello", "drum", "trumpet", "harp", "flute", "saxophone", "book", "notebook", "newspaper", "letter", "envelope",
    "box", "basket", "bag", "suitcase", "backpack", "chest", "trunk", "barrel", "crate", "bucket", "jar", "bottle",
    "carton", "tin", "can", "jug", "pitcher", "kettle", "thermos", "flask", "tumbler", "goblet", "chalice", "urn",
    "bench", "pedestal", "podium", "mantel", "mantelpiece", "counter", "windowsill", "nightstand", "ottoman",
    "sideboard", "vanity", "cot", "hammock", "crate", "pallet", "stool", "tripod", "easel", "chessboard", "tablet",
    "cup", "mug", "glass", "teacup", "teapot", "kettle", "bowl", "plate", "dish", "tray", "fork", "spoon", "knife",
    "pan", "umbrella", "brolly", "hat", "globe", "map", "telescope", "microscope", "camera", "typewriter",
    "painting", "picture", "photo", "poster", "frame", "sculpture", "statue", "bust", "trophy", "candlestick",
    "workbench", "easel", "ladder", "door", "window", "gate", "fence", "mailbox", "bench", "swing", "hammock",
    "tent", "lantern", "toy", "ball", "kite", "yoyo", "block", "puzzle", "robot", "sword", "shield", "dagger", "katana", "coffin", "casket", "sarcophagus",
    "bow", "arrow", "axe", "hammer", "wrench", "key", "lock", "coin", "ring", "necklace", "crown", "wand", "orb",
    "crystal", "gem", "diamond", "skull", "bone", "feather", "egg", "nest", "cage", "aquarium", "birdhouse", "beehive", "hive", "thimble", "strap", "spool", "bobbin", "cairn",
    "scroll", "potion", "cauldron", "broom", "anchor", "wheel", "gear", "clock", "hourglass", "compass", "flag",
    "sign", "signpost", "gravestone", "tombstone", "headstone", "streetlight", "lamppost", "hydrant", "bin", "pole", "cannon", "throne", "altar",
    # food
    "apple", "banana", "orange", "pear", "grape", "cherry", "strawberry", "blueberry", "raspberry", "lemon",
    "lime", "peach", "plum", "mango", "pineapple", "watermelon", "melon", "kiwi", "coconut", "avocado", "tomato",
    "carrot", "potato", "onion", "pepper", "cucumber", "pumpkin", "mushroom", "corn", "broccoli", "bread", "loaf",
    "baguette", "croissant", "cake", "cupcake", "muffin", "cookie", "donut", "doughnut", "pie", "tart", "pizza",
    "burger", "hamburger", "sandwich", "taco", "sushi", "pho", "noodle", "pasta", "salad", "soup", "steak", "sausage",
    "cheese", "egg", "candy", "lollipop", "chocolate", "icecream", "popsicle", "pancake", "waffle", "cocktail",
    "coffee", "tea", "wine", "beer", "juice", "milkshake", "macaron", "pretzel", "bagel", "dumpling",
    # plants and nature things
    "tree", "oak", "pine", "palm", "birch", "willow", "maple", "cactus", "flower", "rose", "tulip", "sunflower",
    "daisy", "lily", "orchid", "lotus", "bush", "shrub", "hedge", "vine", "fern", "mushroom", "leaf", "acorn",
    "rock", "stone", "boulder", "pebble", "shell", "log", "stump", "cloud", "rainbow", "moon", "sun", "star",
    "planet", "comet", "meteor", "asteroid", "eclipse", "volcano", "mountain", "hill", "cliff", "waterfall", "iceberg", "glacier",
    "island", "reef", "coral", "wave", "puddle", "pond", "campfire", "fire", "bonfire", "snowflake", "icicle",
    # buildings and structures
    "house", "home", "cottage", "cabin", "hut", "barn", "stable", "shed", "castle", "palace", "tower", "lighthouse",
    "windmill", "church", "chapel", "temple", "pagoda", "pyramid", "skyscraper", "building", "bridge", "tunnel",
    "well", "fountain", "monument", "arch", "wall", "stall", "stand", "booth", "kiosk", "tent", "igloo",
    "treehouse", "dock", "pier", "lamppost", "statue", "obelisk", "ruin", "gazebo", "greenhouse", "shack",
    "factory", "mill", "silo", "station", "hangar", "observatory", "stadium",
    # instruments, tools and other things people hold or use; sea creatures; standing stones
    "accordion", "banjo", "ukulele", "trombone", "clarinet", "tuba", "harmonica", "mandolin", "lute", "sitar",
    "bagpipe", "xylophone", "oboe", "bassoon", "tambourine", "microphone", "megaphone", "shovel", "spade", "rake",
    "pitchfork", "hoe", "paintbrush", "chisel", "anvil", "whistle", "torch", "quill", "surfboard", "snowboard",
    "racket", "paddle", "oar", "net", "harpoon", "trident", "spear", "lasso", "crossbow", "slingshot",
    "binoculars", "flashlight", "wheelbarrow", "lawnmower", "toolbox", "briefcase", "blender", "toaster",
    "bunting", "banner", "anemone", "urchin", "clam", "oyster", "eel", "stingray", "manta", "narwhal", "axolotl",
    "sandcastle", "totem", "monolith", "sphinx", "gargoyle", "menhir", "dolmen", "stele",
    "wedge", "chorizo", "olive", "halloumi", "stilton", "pate", "terrine", "fillet", "carpaccio", "mobile", "organ",
    "harpsichord", "lectern", "pulpit", "loom",
}
#: Nouns the long list knows and these lists do not: read as things where the tagger guessed another part of speech
#: ("a small succulent", "pumpkins and squash"), never counted against a style tag ("pencil sketch", "drone shot").
RARE_THINGS = DRAWABLE - THINGS - SETTINGS - EVENTS - STYLE_WORDS - STYLE_ADJECTIVES - ELEMENTS - FRAME_NOUNS - \
    set(POSITIONS) - PARTS - OBJECT_PARTS - set(QUANTITIES) - CROWDS - BODY - ATTRIBUTES - FILLERS - WORN

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
#: What hangs in the sky, resting on nothing: drawn mid-air when alone, not on the ground.
CELESTIAL = {"moon", "sun", "planet", "comet", "meteor", "star", "nebula", "galaxy", "eclipse", "saturn", "jupiter", "neptune"}
TOP_BANDS = {"sky", "clouds", "cloud", "aurora", "ceiling", "skyline"}
BOTTOM_BANDS = {"sea", "ocean", "lake", "water", "river", "grass", "field", "ground", "floor", "road", "street",
                "beach", "sand", "snow", "meadow", "lawn", "carpet", "rug", "pond", "waves", "path", "desert", "estuary",
                "fjord"}

_IRREGULAR = {
    "axes": "axe", "ibises": "ibis", "irises": "iris", "crocuses": "crocus", "hibiscuses": "hibiscus",
    "chillies": "chilli", "chilies": "chili", "atlases": "atlas", "canvases": "canvas", "aliases": "alias",
    "amphorae": "amphora", "larvae": "larva", "antennae": "antenna", "vertebrae": "vertebra", "nebulae": "nebula",
    "mice": "mouse", "children": "child", "people": "person", "knives": "knife", "leaves": "leaf", "wolves": "wolf",
    "geese": "goose", "men": "man", "women": "woman", "feet": "foot", "teeth": "tooth", "shelves": "shelf",
    "loaves": "loaf", "halves": "half", "calves": "calf", "lives": "life", "wives": "wife", "thieves": "thief",
    "oxen": "ox", "cacti": "cactus", "fungi": "fungus", "octopi": "octopus", "scarves": "scarf",
    "elves": "elf", "dwarves": "dwarf", "hooves": "hoof", "potatoes": "potato", "tomatoes": "tomato",
    "heroes": "hero", "echoes": "echo", "mangoes": "mango", "volcanoes": "volcano", "tornadoes": "tornado", "buses": "bus", "gases": "gas", "lenses": "lens", "canvases": "canvas",
    "glasses": "glass", "dresses": "dress", "classes": "class", "bosses": "boss", "species": "species",
    "series": "series", "cookies": "cookie", "movies": "movie", "pies": "pie", "ties": "tie", "brownies": "brownie",
    "zombies": "zombie", "hippies": "hippie", "selfies": "selfie",
}
_UNCHANGED = {"mars", "mercedes", "sheep", "deer", "fish", "moose", "bison", "salmon", "trout", "aircraft", "series", "species", "glass",
              "grass", "bus", "dress", "class", "boss", "gas", "lens", "canvas", "octopus", "cactus", "news", "chess",
              "moss", "cross", "compass", "mattress", "walrus", "platypus", "hippopotamus", "asparagus", "hummus",
              "iris", "circus", "virus", "bonus", "campus", "corpus", "status", "atlas", "christmas", "jeans",
              "pants", "scissors", "shorts", "trousers", "clothes", "this", "his", "its", "is", "was", "has", "us",
              "dice", "thermos", "hibiscus", "nautilus", "abacus", "citrus", "lotus", "crocus", "narcissus",
              "papyrus", "fungus", "stylus"}  # ("a dice": what most people call one)
#: Things named only in the plural: "a pair of sunglasses" is one of them.
PAIRED_ONES = {"jeans", "pants", "scissors", "shorts", "trousers", "sunglasses", "eyeglasses", "spectacles", "goggles",
               "pliers", "tongs", "tweezers", "headphones", "earmuffs", "leggings", "tights", "pajamas", "pyjamas", "shears"}
_UNCHANGED |= PAIRED_ONES
_PLURAL = {single: plural for plural, single in _IRREGULAR.items()}


def _latin_us(word: str) -> bool:
    """A noun in -us whose plural adds -es and which singular() and plural() read alike ("cactus", "walrus")."""
    return len(word) >= 6 and re.search(r"(?:ct|p|r)us$", word) is not None


#: Nouns in -ie, whose plurals end in -ies like those of nouns in -y.
_IE_NOUNS = {"valkyrie", "pixie", "hoodie", "goalie", "magpie", "collie", "smoothie", "zombie", "cookie", "brownie",
             "movie", "auntie", "bootie", "beanie", "birdie", "selfie", "rookie", "hippie", "veggie", "genie", "prairie",
             "boogie", "bogie", "sortie", "lassie", "kiddie", "techie", "foodie", "newbie", "pie", "tie", "lie", "budgie",
             "doggie", "hottie", "nightie", "onesie", "walkie", "talkie", "eyrie", "faerie", "coterie", "plushie",
             "kelpie", "cutie", "sweetie", "mountie", "barbie", "scrunchie", "wheelie"}


#: Nouns in -i, whose plurals end in -is like singular nouns such as "iris" and "tennis".
_I_NOUNS = {"corgi", "kiwi", "ski", "taxi", "bikini", "martini", "yeti", "emoji", "tiki", "salami", "tsunami", "safari",
            "zucchini", "sari", "yogi", "tipi", "khaki", "chili", "wasabi", "origami", "alibi", "kanji", "panini",
            "wiki", "okapi", "bhaji", "chai"}


#: Plurals in -ches that are nouns in -che, not -ch.
_CHE_NOUNS = ("porsches", "moustaches", "mustaches", "quiches", "niches", "avalanches", "brioches", "creches",
              "cliches", "caches", "ganaches", "pastiches", "attaches", "psyches", "microfiches", "gouaches")


def singular(word: str) -> str:
    """'bananas' -> 'banana', 'mice' -> 'mouse', 'glasses' -> 'glass'; words that are not plurals unchanged."""
    lower = word.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if lower.endswith("men") and len(lower) > 5:  # snowmen, firemen, fishermen
        return lower[:-3] + "man"
    for ending in ("shelves", "children", "knives", "wolves", "leaves", "flies"):
        if lower.endswith(ending) and len(lower) > len(ending) + 2:  # bookshelves, grandchildren, sunglasses
            return lower[: -len(ending)] + _IRREGULAR.get(ending, ending[:-3] + "y")
    if lower.endswith(("heroes", "potatoes", "tomatoes", "volcanoes", "tornadoes", "mosquitoes", "torpedoes", "dominoes",
                       "buffaloes", "mangoes", "echoes")):
        return lower[:-2]  # superheroes, sweet potatoes
    if lower.endswith("is") and lower[:-1] in _I_NOUNS:
        return lower[:-1]  # corgis, kiwis, emojis
    if lower in _UNCHANGED or len(lower) < 3 or not lower.endswith("s") or lower.endswith(("ss", "us", "is", "ceratops",
                                                                                           "cyclops", "saurus")):
        return lower
    if lower.endswith("ies") and len(lower) > 4:
        if lower[:-1] in _IE_NOUNS or lower[:-1] in THINGS:
            return lower[:-1]  # valkyries, pixies, hoodies: nouns in -ie
        return lower[:-3] + "y"
    if lower.endswith("es") and _latin_us(lower[:-2]):  # cactuses, octopuses, walruses (not houses, recluses)
        return lower[:-2]
    if lower.endswith(_CHE_NOUNS):
        return lower[:-1]  # porsches, moustaches, quiches: nouns in -che
    if re.search(r"(ches|shes|xes|zzes|sses)$", lower):
        return lower[:-2]
    return lower[:-1]


def adjective_by_ending(word: str) -> bool:
    """Whether a word this lexicon does not know as a thing reads as an adjective by its ending ("spotted",
    "fluffy", "ornamental"): how something looks, when a list of adjectives does not name it."""
    return re.fullmatch(r"[a-z-]{3,}(?:ed|ful|ous|ic|al|ish|less|ive|ing|ent|ant|like)|[a-z-]{2,}[^aeiou]y",
                        word) is not None and \
        singular(word) not in THINGS | SETTINGS | RARE_THINGS | ELEMENTS | STYLE_NOUNS | EVENTS | ING_NOUNS | DRAWABLE | \
        ANIMALS | PARTS | OBJECT_PARTS


def indefinite(words: str) -> str:
    """"an" before words that start with a vowel sound, else "a" ("a unicorn", "a one-eyed cat", "an hour")."""
    if re.match(r"(?:hour|honest|honou?r|heir)", words, re.I):
        return "an"
    return "an" if words[:1].lower() in "aeiou" and not re.match(r"(?:uni|use|usu|eu|one\b|one-|ure)", words, re.I) else "a"


def plural(word: str) -> str:
    """'banana' -> 'bananas', 'mouse' -> 'mice', 'fox' -> 'foxes'."""
    lower = word.lower()
    if lower.endswith(("ceratops", "cyclops")):
        return lower
    if lower in _PLURAL:
        return _PLURAL[lower]
    if lower.endswith("man") and len(lower) > 5:
        return lower[:-3] + "men"
    for ending in ("shelf", "child", "knife", "wolf", "leaf"):
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            return lower[: -len(ending)] + _PLURAL[ending]
    if _latin_us(lower):  # walrus -> walruses, as singular() reads them
        return lower + "es"
    if lower in _UNCHANGED - {"glass", "grass", "bus", "dress", "class", "boss", "gas", "lens", "canvas"}:
        return lower
    if re.search(r"[^aeiou]y$", lower):
        return lower[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", lower):
        return lower + "es"
    return lower + "s"


def is_plural(word: str) -> bool:
    return singular(word) != word.lower()


# every form a reader may look a word up in: the singular of each plural listed
WORN |= {singular(word) for word in WORN}
ELEMENTS |= {singular(word) for word in ELEMENTS}

#: English words this lexicon knows: evidence that a prompt is English ("seven lit candles, dark background").
ENGLISH = (THINGS | SETTINGS | STYLE_WORDS | STYLE_ADJECTIVES | ELEMENTS | WORN | SMALL | LARGE | set(COLOURS)
           | EVENTS | set(PARTS) | {"dark", "light", "bright", "moody", "soft", "tiny", "big", "small", "little", "old",
                                    "young", "cute", "sleepy", "happy", "sad", "giant", "huge"})
ENGLISH |= {plural(word) for word in ENGLISH if " " not in word}

#: What is poured, breathed or drunk rather than placed: "drinking nectar", "breathing fire" stay in the description.
MASS = {"nectar", "fire", "water", "coffee", "tea", "milk", "wine", "juice", "beer", "soup", "honey", "smoke", "steam",
        "bubbles", "ice", "light", "music", "magic", "lava", "ink", "paint", "sand", "snow", "rain", "air", "energy",
        "lightning", "electricity", "blood", "oil", "smoothie", "cocoa", "chocolate", "syrup", "sauce", "noodles",
        "firewood", "kindling", "driftwood", "lumber", "timber"}


#: Who a book is for, in "a kids book look": said of the picture's style, never a thing.
KIDS = {"kids", "kid's", "kids'", "children's", "childrens", "childrens'", "kiddie"}

#: Weapons one fights with a pair of, one in each hand: "twin daggers" says how one fights, not how many things to draw.
PAIRED_WEAPONS = {"dagger", "blade", "sword", "sabre", "saber", "pistol", "axe", "katana", "scimitar", "revolver",
                  "hatchet", "sickle", "kama", "tonfa"}


#: Named places people set a picture in ("ancient egypt", "a street in tokyo"): where, never a thing.
PLACE_NAMES = frozenset({
    "egypt", "rome", "greece", "athens", "sparta", "babylon", "mesopotamia", "persia", "byzantium", "constantinople",
    "paris", "london", "tokyo", "kyoto", "osaka", "venice", "florence", "milan", "naples", "sicily", "tuscany",
    "provence", "normandy", "brittany", "scotland", "ireland", "wales", "england", "britain", "france", "italy", "spain",
    "portugal", "germany", "bavaria", "austria", "vienna", "prague", "berlin", "amsterdam", "holland", "netherlands",
    "belgium", "switzerland", "norway", "sweden", "finland", "iceland", "denmark", "lapland", "scandinavia", "russia",
    "moscow", "siberia", "poland", "hungary", "budapest", "croatia", "istanbul", "morocco", "marrakech",
    "sahara", "kenya", "serengeti", "tanzania", "africa", "madagascar", "india", "mumbai", "delhi", "rajasthan",
    "tibet", "nepal", "himalayas", "china", "beijing", "shanghai", "hong", "japan", "korea", "seoul", "vietnam",
    "hanoi", "thailand", "bangkok", "bali", "indonesia", "singapore", "philippines", "australia", "sydney",
    "melbourne", "outback", "zealand", "hawaii", "alaska", "california", "texas", "arizona", "florida", "manhattan",
    "brooklyn", "chicago", "seattle", "vegas", "hollywood", "york", "boston", "orleans", "canada", "quebec",
    "vancouver", "mexico", "cuba", "havana", "caribbean", "jamaica", "brazil", "rio", "peru", "patagonia", "amazon",
    "argentina", "chile", "antarctica", "arctic", "alps", "andes", "rockies", "yosemite", "yellowstone", "narnia",
    "middle-earth", "mordor", "hogwarts", "westeros", "atlantis", "valhalla", "olympus", "camelot", "gotham",
    "dubai", "jerusalem", "petra", "cairo", "giza", "pompeii", "troy", "mesoamerica", "nile", "thames", "seine",
    "danube", "ganges", "mississippi", "rhine", "yangtze",
})
