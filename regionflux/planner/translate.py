"""French and German prompts, read by the same English reader: a word list and the few rules of word
order that matter for a layout.

No parser for French or German is installed with regionflux, so these prompts go through a small
grammar of their own: articles, numbers, colours, prepositions and places on the canvas, negation,
common adjectives and verbs of posture, and a few hundred nouns people draw, each mapped to English;
French adjectives move before their noun ("un chat noir" -> "a black cat"), "qui dort" becomes
"sleeping", elisions are split ("d'une" -> "de une"); German nouns are found by their capital letter,
long compounds by their last known part ("Segelboot" -> "boat"), and a sentence that starts with its
place ("rechts neben dem Sofa steht eine Pflanze") is turned around so that the thing comes first.
A word the lists do not know is left out, except a noun, which is kept as written (it is still a
thing to draw). The English reader then reads the result; the global prompt stays as written.
"""

from __future__ import annotations

import re
import unicodedata

from . import lexicon as lx

# -- French --------------------------------------------------------------------------------------------------------
FR_WORDS = {
    # articles, numbers, little words
    "un": "a", "une": "a", "le": "the", "la": "the", "les": "the", "des": "", "du": "the", "de": "of", "d": "of",
    "l": "the", "au": "at the", "aux": "at the", "et": "and", "ou": "or", "avec": "with", "sans": "without",
    "son": "its", "sa": "its", "ses": "its", "leur": "their", "leurs": "their", "ce": "this", "cette": "this",
    "deux": "two", "trois": "three", "quatre": "four", "cinq": "five", "six": "six", "sept": "seven", "huit": "eight",
    "neuf": "nine", "dix": "ten", "douze": "twelve", "douzaine": "dozen", "paire": "pair", "couple": "couple",
    "plusieurs": "several", "quelques": "a few", "beaucoup": "many", "seul": "single", "seule": "single",
    "très": "very", "aucun": "no", "aucune": "no", "pas": "not", "ni": "nor", "sauf": "except", "mais": "but",
    "juste": "just", "seulement": "only", "qui": "", "que": "", "est": "is", "sont": "are", "il": "it", "elle": "it",
    "y": "", "a": "has", "en": "in", "par": "by", "pour": "for", "vers": "toward",
    # where
    "sur": "on", "sous": "under", "dans": "in", "devant": "in front of", "derrière": "behind", "entre": "between",
    "près": "near", "contre": "against", "parmi": "among", "autour": "around", "au-dessus": "above",
    "au-dessous": "below", "dessus": "above", "dessous": "below", "gauche": "left", "droite": "right",
    "haut": "high", "bas": "low", "milieu": "middle", "centre": "center", "côté": "side", "coin": "corner",
    "premier": "", "plan": "", "arrière-plan": "background", "loin": "far", "ciel": "sky",
    # colours (all forms map to the same English word)
    "rouge": "red", "rouges": "red", "noir": "black", "noire": "black", "noirs": "black", "noires": "black",
    "blanc": "white", "blanche": "white", "blancs": "white", "blanches": "white", "vert": "green", "verte": "green",
    "verts": "green", "vertes": "green", "bleu": "blue", "bleue": "blue", "bleus": "blue", "bleues": "blue",
    "jaune": "yellow", "jaunes": "yellow", "gris": "grey", "grise": "grey", "grises": "grey", "brun": "brown",
    "brune": "brown", "bruns": "brown", "marron": "brown", "rose": "pink", "roses": "pink", "violet": "purple",
    "violette": "purple", "orange": "orange", "oranges": "orange", "doré": "gold", "dorée": "gold", "dorés": "gold",
    "argenté": "silver", "argentée": "silver", "roux": "ginger", "rousse": "ginger",
    # adjectives
    "petit": "small", "petite": "small", "petits": "small", "petites": "small", "grand": "big", "grande": "big",
    "grands": "big", "grandes": "big", "vieux": "old", "vieil": "old", "vieille": "old", "jeune": "young",
    "jeunes": "young", "beau": "beautiful", "belle": "beautiful", "géant": "giant", "géante": "giant",
    "ancien": "ancient", "ancienne": "ancient", "calme": "calm", "mignon": "cute", "mignonne": "cute",
    "enchanté": "enchanted", "enchantée": "enchanted", "magique": "magic", "sombre": "dark", "lumineux": "glowing",
    "brillant": "shining", "endormi": "sleeping", "endormie": "sleeping", "majestueux": "majestic", "seuls": "single",
    "solitaire": "lonely", "immense": "huge", "minuscule": "tiny", "rond": "round", "ronde": "round",
    "rouillé": "rusty", "vieilles": "old", "fleuri": "flowering", "mouillé": "wet", "enneigé": "snowy",
    # verbs and their participles (posture and motion)
    "assis": "sitting", "assise": "sitting", "assises": "sitting", "debout": "standing", "couché": "lying",
    "couchée": "lying", "couchés": "lying", "allongé": "lying", "allongée": "lying", "dort": "sleeping",
    "dorment": "sleeping", "vole": "flying", "volent": "flying", "volant": "flying", "flotte": "floating",
    "flottent": "floating", "flottant": "floating", "nage": "swimming", "nagent": "swimming", "nageant": "swimming",
    "joue": "playing", "jouent": "playing", "jouant": "playing", "court": "running", "courent": "running",
    "marche": "walking", "marchent": "walking", "mange": "eating", "mangent": "eating", "lit": "reading",
    "regarde": "looking", "tient": "holding", "tenant": "holding", "porte": "wearing", "portant": "wearing",
    "perché": "perched", "perchée": "perched", "posé": "standing", "posée": "standing", "posés": "standing",
    "accroché": "hanging", "accrochée": "hanging", "suspendu": "hanging", "suspendue": "hanging", "pend": "hanging",
    "garé": "parked", "garée": "parked", "caché": "hiding", "cachée": "hiding", "se": "", "s": "",
    "crache": "breathing", "crachant": "breathing", "feu": "fire", "fume": "smoking", "tire": "pulling",
    "lèche": "licking", "boit": "drinking", "attend": "waiting", "pêche": "fishing", "cueille": "picking",
    "danse": "dancing", "dansent": "dancing", "chante": "singing", "brille": "shining", "brillent": "shining",
    "pousse": "growing", "poussent": "growing", "fume": "smoking", "glisse": "sliding",
}
FR_NOUNS = {
    "chat": "cat", "chaton": "kitten", "chien": "dog", "chiot": "puppy", "cheval": "horse", "chevaux": "horse",
    "vache": "cow", "cochon": "pig", "mouton": "sheep", "chèvre": "goat", "poule": "chicken", "coq": "rooster",
    "canard": "duck", "cygne": "swan", "oiseau": "bird", "oiseaux": "bird", "aigle": "eagle", "hibou": "owl",
    "chouette": "owl", "corbeau": "crow", "pigeon": "pigeon", "mouette": "seagull", "goéland": "seagull",
    "héron": "heron", "perroquet": "parrot", "papillon": "butterfly", "abeille": "bee", "souris": "mouse",
    "lapin": "rabbit", "écureuil": "squirrel", "hérisson": "hedgehog", "renard": "fox", "loup": "wolf", "ours": "bear",
    "cerf": "deer", "biche": "deer", "lion": "lion", "tigre": "tiger", "éléphant": "elephant", "girafe": "giraffe",
    "zèbre": "zebra", "singe": "monkey", "serpent": "snake", "tortue": "turtle", "grenouille": "frog",
    "poisson": "fish", "requin": "shark", "baleine": "whale", "dauphin": "dolphin", "pieuvre": "octopus",
    "poulpe": "octopus", "méduse": "jellyfish", "crabe": "crab", "dragon": "dragon", "licorne": "unicorn",
    "homme": "man", "femme": "woman", "garçon": "boy", "fille": "girl", "enfant": "child", "bébé": "baby",
    "personne": "person", "gens": "person", "roi": "king", "reine": "queen", "prince": "prince",
    "princesse": "princess", "chevalier": "knight", "sorcier": "wizard", "sorcière": "witch", "fée": "fairy",
    "astronaute": "astronaut", "soldat": "soldier", "fermier": "farmer", "pêcheur": "fisherman",
    "boulanger": "baker", "cuisinier": "cook", "robot": "robot", "clown": "clown", "marin": "sailor",
    "pirate": "pirate", "danseuse": "dancer", "musicien": "musician", "vieillard": "man", "dame": "lady",
    "voiture": "car", "camion": "truck", "bus": "bus", "vélo": "bicycle", "bicyclette": "bicycle", "moto": "motorcycle",
    "train": "train", "bateau": "boat", "barque": "boat", "voilier": "sailboat", "navire": "ship", "avion": "plane",
    "hélicoptère": "helicopter", "fusée": "rocket", "tracteur": "tractor", "charrette": "cart", "traîneau": "sleigh",
    "montgolfière": "balloon", "table": "table", "chaise": "chair", "fauteuil": "armchair", "canapé": "sofa",
    "banc": "bench", "lit": "bed", "bureau": "desk", "étagère": "shelf", "armoire": "wardrobe", "lampe": "lamp",
    "lanterne": "lantern", "bougie": "candle", "miroir": "mirror", "horloge": "clock", "pendule": "clock",
    "vase": "vase", "pot": "pot", "plante": "plant", "tapis": "rug", "coussin": "cushion", "couverture": "blanket",
    "cheminée": "fireplace", "piano": "piano", "guitare": "guitar", "violon": "violin", "livre": "book",
    "livres": "book", "boîte": "box", "panier": "basket", "sac": "bag", "valise": "suitcase", "coffre": "chest",
    "tonneau": "barrel", "seau": "bucket", "bouteille": "bottle", "tasse": "cup", "verre": "glass", "bol": "bowl",
    "assiette": "plate", "plateau": "tray", "théière": "teapot", "parapluie": "umbrella", "chapeau": "hat",
    "tableau": "painting", "peinture": "painting", "statue": "statue", "porte": "door", "fenêtre": "window",
    "clôture": "fence", "échelle": "ladder", "tente": "tent", "ballon": "ball", "cerf-volant": "kite",
    "épée": "sword", "bouclier": "shield", "clé": "key", "couronne": "crown", "baguette": "wand",
    "pomme": "apple", "banane": "banana", "poire": "pear", "raisin": "grape", "cerise": "cherry", "fraise": "strawberry",
    "citron": "lemon", "pêche": "peach", "tomate": "tomato", "carotte": "carrot", "citrouille": "pumpkin",
    "champignon": "mushroom", "pain": "bread", "gâteau": "cake", "croissant": "croissant", "tarte": "pie",
    "pizza": "pizza", "fromage": "cheese", "œuf": "egg", "oeuf": "egg", "café": "coffee", "thé": "tea", "vin": "wine",
    "arbre": "tree", "arbres": "tree", "sapin": "pine", "palmier": "palm tree", "chêne": "oak", "fleur": "flower",
    "tournesol": "sunflower", "tulipe": "tulip", "buisson": "bush", "rocher": "rock", "pierre": "stone",
    "nuage": "cloud", "nuages": "cloud", "arc-en-ciel": "rainbow", "lune": "moon", "soleil": "sun", "étoile": "star",
    "planète": "planet", "montagne": "mountain", "colline": "hill", "falaise": "cliff", "cascade": "waterfall",
    "volcan": "volcano", "île": "island", "maison": "house", "cabane": "cabin", "chalet": "cabin", "grange": "barn",
    "château": "castle", "tour": "tower", "phare": "lighthouse", "moulin": "windmill", "église": "church",
    "temple": "temple", "pont": "bridge", "fontaine": "fountain", "puits": "well", "immeuble": "building",
    "gratte-ciel": "skyscraper", "bonhomme": "snowman", "poupée": "doll", "ours-en-peluche": "teddy bear",
    "forêt": "forest", "bois": "woods", "jardin": "garden", "parc": "park", "rue": "street", "ville": "city",
    "village": "village", "plage": "beach", "mer": "sea", "océan": "ocean", "lac": "lake", "rivière": "river",
    "champ": "field", "prairie": "meadow", "désert": "desert", "espace": "space", "nuit": "night", "jour": "day",
    "matin": "morning", "soir": "evening", "coucher": "sunset", "aube": "dawn", "neige": "snow", "pluie": "rain",
    "brume": "mist", "brouillard": "fog", "orage": "storm", "tempête": "storm", "chambre": "bedroom",
    "cuisine": "kitchen", "salon": "living room", "lavande": "lavender", "herbe": "grass", "sol": "ground",
    "robe": "dress", "manteau": "coat", "barbe": "beard", "cheveux": "hair", "lunettes": "glasses",
    "écharpe": "scarf", "casquette": "cap", "balai": "broom", "terre": "earth", "chaton": "kitten",
    "vélos": "bicycle", "jouet": "toy", "dinosaure": "dinosaur", "panda": "panda", "koala": "koala",
    "kangourou": "kangaroo", "chameau": "camel", "âne": "donkey", "mouche": "fly", "araignée": "spider",
    "escargot": "snail", "pingouin": "penguin", "manchot": "penguin", "flamant": "flamingo", "paon": "peacock",
    "cheval-de-bois": "rocking horse", "sirène": "mermaid", "fantôme": "ghost", "ange": "angel", "démon": "demon",
    "gobelin": "goblin", "nain": "dwarf", "elfe": "elf", "vampire": "vampire", "zombie": "zombie",
    "camionnette": "van", "taxi": "taxi", "tramway": "tram", "sous-marin": "submarine", "trottinette": "scooter",
    "skateboard": "skateboard", "poussette": "stroller", "berceau": "crib", "tabouret": "stool", "coffret": "box",
    "cadre": "frame", "affiche": "poster", "sculpture": "sculpture", "lustre": "chandelier", "rideau": "curtain",
    "oreiller": "pillow", "télévision": "television", "ordinateur": "computer", "téléphone": "phone",
    "appareil": "camera", "lunette": "telescope", "globe": "globe", "carte": "map", "boussole": "compass",
    "sablier": "hourglass", "chaudron": "cauldron", "potion": "potion", "parchemin": "scroll", "bague": "ring",
    "collier": "necklace", "épée": "sword", "arc": "bow", "flèche": "arrow", "hache": "axe", "marteau": "hammer",
    "ancre": "anchor", "roue": "wheel", "drapeau": "flag", "panneau": "sign", "lampadaire": "lamppost",
    "banane": "banana", "ananas": "pineapple", "pastèque": "watermelon", "melon": "melon", "citrouilles": "pumpkin",
    "oignon": "onion", "brocoli": "broccoli", "baguette-pain": "baguette", "biscuit": "cookie", "beignet": "donut",
    "glace": "ice cream", "bonbon": "candy", "chocolat": "chocolate", "sushi": "sushi", "burger": "burger",
    "cerisier": "cherry tree", "saule": "willow", "bouleau": "birch", "érable": "maple", "cactus": "cactus",
    "rose-fleur": "rose", "lys": "lily", "marguerite": "daisy", "orchidée": "orchid", "lotus": "lotus",
    "feuille": "leaf", "rocher": "rock", "caillou": "pebble", "coquillage": "shell", "tronc": "log",
    "iceberg": "iceberg", "glacier": "glacier", "vague": "wave", "comète": "comet", "météore": "meteor",
    "pyramide": "pyramid", "pagode": "pagoda", "cabane-arbre": "treehouse", "tente-": "tent", "hangar": "hangar",
    "usine": "factory", "gare": "station", "stade": "stadium", "statuette": "statue", "tonnelle": "gazebo",
    "serre": "greenhouse", "mât": "mast", "voile": "sail", "quai": "pier", "ponton": "dock", "phare-": "lighthouse",
    "serveuse": "waitress", "serveur": "waiter", "réverbère": "streetlamp", "boulangerie": "bakery",
    "hirondelle": "swallow", "peintre": "painter",
}
FR_STYLE = {"peinture", "aquarelle", "photographie", "photo", "art", "numérique", "style", "réaliste", "détaillé",
            "détaillée", "affiche", "vintage", "rétro", "dessin", "illustration", "huile", "lumière", "douce", "doux",
            "argentique", "cinématique", "éclairage", "rendu", "très", "haute", "résolution", "ambiance", "fantastique",
            "surréaliste", "minimaliste", "matinale", "dramatique", "impressionniste", "pastel", "crayon", "encre"}

# -- German ------------------------------------------------------------------------------------------------------------
DE_WORDS = {
    "ein": "a", "eine": "a", "einen": "a", "einem": "a", "einer": "a", "eines": "a", "der": "the", "die": "the",
    "das": "the", "dem": "the", "den": "the", "des": "the", "und": "and", "oder": "or", "mit": "with",
    "ohne": "without", "kein": "no", "keine": "no", "keinen": "no", "keinem": "no", "keiner": "no", "nicht": "not",
    "außer": "except", "aber": "but", "nur": "only", "sein": "its", "seine": "its", "seinem": "its", "ihr": "its",
    "ihre": "its", "ihrem": "its", "zwei": "two", "drei": "three", "vier": "four", "fünf": "five", "sechs": "six",
    "sieben": "seven", "acht": "eight", "neun": "nine", "zehn": "ten", "zwölf": "twelve", "dutzend": "dozen",
    "paar": "pair", "einige": "a few", "viele": "many", "mehrere": "several", "sehr": "very", "ist": "is",
    "sind": "are", "es": "it", "er": "it", "sie": "it", "ihn": "him", "ihm": "him", "zu": "to", "ihnen": "them",
    "überall": "everywhere", "tief": "far", "daneben": "next to it",
    # where
    "auf": "on", "unter": "under", "über": "above", "im": "in the", "in": "in", "am": "at the", "an": "at",
    "vor": "in front of", "hinter": "behind", "neben": "next to", "zwischen": "between", "bei": "at", "beim": "at the",
    "links": "left", "rechts": "right", "oben": "at the top", "unten": "at the bottom", "mitte": "middle",
    "vom": "of the", "von": "of", "hoch": "high", "weit": "far", "darüber": "above it", "darunter": "below it",
    "daneben": "next to it", "dahinter": "behind it", "davor": "in front of it", "himmel": "sky",
    "hintergrund": "background", "vordergrund": "foreground", "ecke": "corner", "seite": "side",
    # posture and motion
    "sitzt": "sitting", "sitzen": "sitting", "sitzend": "sitting", "steht": "standing", "stehen": "standing",
    "stehend": "standing", "liegt": "lying", "liegen": "lying", "liegend": "lying", "schläft": "sleeping",
    "schlafen": "sleeping", "schlafend": "sleeping", "fliegt": "flying", "fliegen": "flying", "fliegend": "flying",
    "schwimmt": "swimming", "schwimmen": "swimming", "hängt": "hanging", "hängen": "hanging", "spielt": "playing",
    "spielen": "playing", "läuft": "running", "laufen": "running", "rennt": "running", "geht": "walking",
    "frisst": "eating", "isst": "eating", "hält": "holding", "trägt": "wearing", "schwebt": "floating",
    "schweben": "floating", "sitzende": "sitting", "wartet": "waiting", "tanzt": "dancing", "parkt": "parked",
    "geparkt": "parked",
}
DE_COLOURS = {"rot": "red", "schwarz": "black", "weiß": "white", "weiss": "white", "grün": "green", "blau": "blue",
              "gelb": "yellow", "grau": "grey", "braun": "brown", "rosa": "pink", "pink": "pink", "lila": "purple",
              "violett": "purple", "orange": "orange", "golden": "gold", "silbern": "silver", "bunt": "colourful"}
DE_ADJECTIVES = {"klein": "small", "groß": "big", "gross": "big", "alt": "old", "jung": "young", "schön": "beautiful",
                 "riesig": "giant", "einsam": "lonely", "süß": "cute", "niedlich": "cute", "dunkel": "dark",
                 "hell": "bright", "leuchtend": "glowing", "glänzend": "shining", "winzig": "tiny", "mächtig": "mighty",
                 "verschneit": "snowy", "rostig": "rusty", "hölzern": "wooden", "gemütlich": "cozy", "ruhig": "calm",
                 "magisch": "magic", "verzaubert": "enchanted", "majestätisch": "majestic", "wild": "wild",
                 "müde": "tired", "fröhlich": "happy", "traurig": "sad", "antik": "ancient", "uralt": "ancient"}
DE_NOUNS = {
    "katze": "cat", "kätzchen": "kitten", "hund": "dog", "welpe": "puppy", "pferd": "horse", "kuh": "cow",
    "schwein": "pig", "schaf": "sheep", "ziege": "goat", "huhn": "chicken", "hahn": "rooster", "ente": "duck",
    "gans": "goose", "schwan": "swan", "vogel": "bird", "vögel": "bird", "adler": "eagle", "eule": "owl",
    "rabe": "raven", "krähe": "crow", "taube": "pigeon", "möwe": "seagull", "reiher": "heron", "papagei": "parrot",
    "schmetterling": "butterfly", "biene": "bee", "maus": "mouse", "mäuse": "mouse", "hase": "rabbit",
    "kaninchen": "rabbit", "eichhörnchen": "squirrel", "igel": "hedgehog", "fuchs": "fox", "wolf": "wolf",
    "bär": "bear", "hirsch": "deer", "reh": "deer", "löwe": "lion", "tiger": "tiger", "elefant": "elephant",
    "giraffe": "giraffe", "zebra": "zebra", "affe": "monkey", "schlange": "snake", "schildkröte": "turtle",
    "frosch": "frog", "fisch": "fish", "hai": "shark", "wal": "whale", "delfin": "dolphin", "krake": "octopus",
    "qualle": "jellyfish", "krabbe": "crab", "drache": "dragon", "einhorn": "unicorn", "mann": "man", "frau": "woman",
    "junge": "boy", "mädchen": "girl", "kind": "child", "kinder": "child", "baby": "baby", "person": "person",
    "leute": "person", "menschen": "person", "mensch": "person", "könig": "king", "königin": "queen",
    "prinz": "prince", "prinzessin": "princess", "ritter": "knight", "zauberer": "wizard", "hexe": "witch",
    "fee": "fairy", "astronaut": "astronaut", "soldat": "soldier", "bauer": "farmer", "fischer": "fisherman",
    "bäcker": "baker", "koch": "cook", "roboter": "robot", "clown": "clown", "pirat": "pirate", "matrose": "sailor",
    "tänzerin": "dancer", "auto": "car", "wagen": "car", "lastwagen": "truck", "bus": "bus", "fahrrad": "bicycle",
    "motorrad": "motorcycle", "zug": "train", "boot": "boat", "schiff": "ship", "segelboot": "sailboat", "dach": "roof", "bauernhof": "farm",
    "flugzeug": "plane", "hubschrauber": "helicopter", "rakete": "rocket", "traktor": "tractor", "karren": "cart",
    "schlitten": "sleigh", "ballon": "balloon", "heißluftballon": "balloon", "tisch": "table", "stuhl": "chair",
    "sessel": "armchair", "sofa": "sofa", "couch": "sofa", "bank": "bench", "bett": "bed", "schreibtisch": "desk",
    "regal": "shelf", "schrank": "wardrobe", "lampe": "lamp", "laterne": "lantern", "kerze": "candle",
    "spiegel": "mirror", "uhr": "clock", "vase": "vase", "topf": "pot", "pflanze": "plant", "teppich": "rug",
    "kissen": "cushion", "decke": "blanket", "kamin": "fireplace", "klavier": "piano", "gitarre": "guitar",
    "geige": "violin", "buch": "book", "bücher": "book", "kiste": "box", "korb": "basket", "tasche": "bag",
    "koffer": "suitcase", "truhe": "chest", "fass": "barrel", "eimer": "bucket", "flasche": "bottle",
    "tasse": "cup", "becher": "mug", "glas": "glass", "schüssel": "bowl", "teller": "plate", "tablett": "tray",
    "teekanne": "teapot", "regenschirm": "umbrella", "schirm": "umbrella", "hut": "hat", "gemälde": "painting",
    "bild": "painting", "statue": "statue", "tür": "door", "fenster": "window", "zaun": "fence", "leiter": "ladder",
    "zelt": "tent", "ball": "ball", "drachen": "kite", "schwert": "sword", "schild": "shield", "schlüssel": "key",
    "krone": "crown", "zauberstab": "wand", "apfel": "apple", "äpfel": "apple", "banane": "banana", "birne": "pear",
    "traube": "grape", "kirsche": "cherry", "erdbeere": "strawberry", "zitrone": "lemon", "pfirsich": "peach",
    "tomate": "tomato", "karotte": "carrot", "kürbis": "pumpkin", "pilz": "mushroom", "brot": "bread",
    "kuchen": "cake", "torte": "cake", "pizza": "pizza", "käse": "cheese", "ei": "egg", "kaffee": "coffee",
    "tee": "tea", "wein": "wine", "baum": "tree", "bäume": "tree", "tanne": "pine", "palme": "palm tree",
    "eiche": "oak", "blume": "flower", "sonnenblume": "sunflower", "tulpe": "tulip", "rose": "rose",
    "busch": "bush", "felsen": "rock", "fels": "rock", "stein": "stone", "wolke": "cloud", "regenbogen": "rainbow",
    "mond": "moon", "sonne": "sun", "stern": "star", "planet": "planet", "berg": "mountain", "hügel": "hill",
    "klippe": "cliff", "wasserfall": "waterfall", "vulkan": "volcano", "insel": "island", "haus": "house",
    "häuser": "house", "hütte": "cabin", "scheune": "barn", "burg": "castle", "schloss": "castle", "turm": "tower",
    "leuchtturm": "lighthouse", "windmühle": "windmill", "mühle": "mill", "kirche": "church", "tempel": "temple",
    "brücke": "bridge", "brunnen": "fountain", "gebäude": "building", "hochhaus": "skyscraper",
    "schneemann": "snowman", "puppe": "doll", "teddybär": "teddy bear", "station": "station", "gipfel": "peak",
    "wald": "forest", "garten": "garden", "park": "park", "straße": "street", "strasse": "street", "stadt": "city",
    "dorf": "village", "strand": "beach", "meer": "sea", "ozean": "ocean", "see": "lake", "fluss": "river",
    "feld": "field", "wiese": "meadow", "wüste": "desert", "weltraum": "space", "all": "space", "nacht": "night",
    "tag": "day", "morgen": "morning", "abend": "evening", "sonnenuntergang": "sunset", "sonnenaufgang": "sunrise",
    "schnee": "snow", "regen": "rain", "nebel": "fog", "sturm": "storm", "gewitter": "storm", "zimmer": "room",
    "küche": "kitchen", "wand": "wall", "boden": "floor", "gras": "grass", "licht": "light", "kleid": "dress",
    "mantel": "coat", "bart": "beard", "haar": "hair", "haare": "hair", "brille": "glasses", "schal": "scarf",
    "mütze": "cap", "kunst": "art", "stil": "style", "ölgemälde": "oil painting", "aquarell": "watercolor",
    "foto": "photo", "fotografie": "photography", "zeichnung": "drawing", "illustration": "illustration",
    "gipfelkreuz": "cross", "stillleben": "still life", "erde": "earth", "besen": "broom", "spielzeug": "toy",
    "dinosaurier": "dinosaur", "panda": "panda", "kamel": "camel", "esel": "donkey", "fliege": "fly",
    "spinne": "spider", "schnecke": "snail", "pinguin": "penguin", "flamingo": "flamingo", "pfau": "peacock",
    "meerjungfrau": "mermaid", "gespenst": "ghost", "geist": "ghost", "engel": "angel", "dämon": "demon",
    "kobold": "goblin", "riese": "giant", "zwerg": "dwarf", "elf": "elf", "elfe": "elf", "vampir": "vampire",
    "lieferwagen": "van", "taxi": "taxi", "straßenbahn": "tram", "u-boot": "submarine", "roller": "scooter",
    "kinderwagen": "stroller", "wiege": "crib", "hocker": "stool", "rahmen": "frame", "plakat": "poster",
    "skulptur": "sculpture", "kronleuchter": "chandelier", "vorhang": "curtain", "fernseher": "television",
    "computer": "computer", "telefon": "phone", "handy": "phone", "kamera": "camera", "fernrohr": "telescope",
    "teleskop": "telescope", "globus": "globe", "karte": "map", "kompass": "compass", "sanduhr": "hourglass",
    "kessel": "cauldron", "trank": "potion", "ring": "ring", "kette": "necklace", "bogen": "bow", "pfeil": "arrow",
    "axt": "axe", "hammer": "hammer", "anker": "anchor", "rad": "wheel", "fahne": "flag", "flagge": "flag",
    "schild-": "sign", "laterne-": "lantern", "ananas": "pineapple", "wassermelone": "watermelon", "melone": "melon",
    "zwiebel": "onion", "keks": "cookie", "donut": "donut", "eis": "ice cream", "bonbon": "candy",
    "schokolade": "chocolate", "kirschbaum": "cherry tree", "weide": "willow", "birke": "birch", "ahorn": "maple",
    "kaktus": "cactus", "lilie": "lily", "gänseblümchen": "daisy", "orchidee": "orchid", "blatt": "leaf",
    "kiesel": "pebble", "muschel": "shell", "baumstamm": "log", "eisberg": "iceberg", "gletscher": "glacier",
    "welle": "wave", "komet": "comet", "pyramide": "pyramid", "pagode": "pagoda", "baumhaus": "treehouse",
    "fabrik": "factory", "bahnhof": "station", "stadion": "stadium", "gewächshaus": "greenhouse", "mast": "mast",
    "segel": "sail", "steg": "pier", "raumschiff": "spaceship", "satellit": "satellite", "mond-": "moon",
    "küste": "coast", "savanne": "savanna", "dschungel": "jungle", "tal": "valley", "höhle": "cave",
    "lokomotive": "locomotive", "dampflokomotive": "locomotive", "kanne": "teapot", "bäckerei": "bakery",
    "kellnerin": "waitress", "kellner": "waiter",
}
DE_STYLE = {"ölgemälde", "aquarell", "foto", "fotografie", "kunst", "stil", "digitale", "dramatisch", "detailliert",
            "fantasy-kunst", "realistisch", "stillleben", "kunstwerk", "gemälde-stil", "fotorealistisch", "illustration", "zeichnung", "licht", "warmes",
            "weiches", "stimmung", "gemütlich", "episch", "filmisch", "malerei", "gemalt", "plakat", "poster"}

_FRONT_DE = {"links", "rechts", "oben", "unten", "darüber", "darunter", "daneben", "dahinter", "davor", "auf", "unter",
             "über", "neben", "vor", "hinter", "im", "am", "in", "zwischen", "hoch", "weit", "tief", "ganz"}
_VERBS_DE = {w for w, e in DE_WORDS.items() if e.endswith("ing") or e in ("parked",)}


def language(text: str) -> str:
    """"en", "fr" or "de" by the little words a prompt uses; "other" for scripts the reader cannot read."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return "other"
    if not re.search(r"[a-z]{2,}", unicodedata.normalize("NFKD", text.lower())):
        return "other"
    english = sum(w in {"the", "a", "an", "and", "of", "on", "with", "in", "to", "is", "at", "by"} for w in words)
    french = sum(w in {"le", "la", "les", "un", "une", "des", "du", "et", "sur", "dans", "avec", "sous", "au", "qui",
                       "d", "l", "gauche", "droite", "de"} for w in words)
    german = sum(w in {"der", "die", "das", "ein", "eine", "einem", "einer", "und", "mit", "auf", "im", "unter",
                       "über", "dem", "den", "links", "rechts", "ist", "vom", "am", "bei", "neben"} for w in words)
    spanish = sum(w in {"el", "los", "las", "una", "unos", "unas", "un", "la", "de", "dos", "tres", "y", "con", "sobre",
                        "en", "del", "al", "debajo", "encima",
                        "izquierda", "derecha", "sin", "junto", "es", "está", "están"} for w in words)
    italian = sum(w in {"il", "lo", "gli", "uno", "una", "un", "la", "due", "tre", "e", "con", "sopra", "sotto", "nel",
                        "nella", "della", "del", "sul", "sulla", "al", "alla", "dei", "delle",
                        "sinistra", "destra", "senza", "accanto", "è", "sono", "di"} for w in words)
    lowered = text.lower()  # letters only one of these languages writes
    spanish += 2 * len(re.findall(r"ñ|¿|¡|ción\b|[áíóú](?=\w)", lowered))
    german += 2 * len(re.findall(r"ß|[äöü]", lowered))
    french += 2 * len(re.findall(r"ç|œ|[èêâîôû]|\b(?:d|l|qu)['’]", lowered))
    italian += 2 * len(re.findall(r"\w[àòù]\b|\bgli\b|zione\b", lowered))
    own = [w for w in words if w not in lx.ENGLISH]  # "table", "robot", "pastel": English words too
    small_words = english
    english += sum(w in lx.ENGLISH for w in words if w not in FR_NOUNS | ES_NOUNS | IT_NOUNS)
    italian += sum(w in IT_NOUNS for w in words) + sum(w in IT_NOUNS for w in own)  # "perro" tells more than "un"
    spanish += sum(w in ES_NOUNS for w in words) + sum(w in ES_NOUNS for w in own)
    french += sum(w in FR_NOUNS for w in words) + sum(w in FR_NOUNS for w in own)
    best = max(("fr", french), ("de", german), ("es", spanish), ("it", italian), key=lambda kv: kv[1])
    if best[1] >= 2 and best[1] > english or best[1] >= 1 and english == 0 and len(words) <= 4:
        return best[0]
    if small_words == 0 and _german_nouns(text) >= 2 and german >= english - _german_nouns(text):
        return "de"  # "Drei Hunde spielen im Park": German by its capitalised nouns
    return "en"


def _german_nouns(text: str) -> int:
    """How many words after the first are capitalised German nouns this reader knows."""
    words = re.findall(r"[^\W\d_]+", text)
    return sum(w[:1].isupper() and _german_noun(w.lower()) != w.lower() for w in words[1:])


def to_english(text: str, lang: str) -> str:
    """The prompt in English words, part by part (commas kept), for the English reader."""
    if lang not in ("fr", "de", "es", "it"):
        return text
    parts = re.split(r"(\s*[,;:.!?]\s*)", text)
    out = []
    for part in parts:
        if re.fullmatch(r"\s*[,;:.!?]\s*", part or ""):
            out.append(part.strip() + " ")
            continue
        out.append(_french(part) if lang == "fr" else _german(part) if lang == "de" else _romance(part, lang))
    return re.sub(r"\s+", " ", "".join(out)).strip(" ,")


FR_PHRASES = {"château de sable": "sandcastle", "châteaux de sable": "sandcastles", "arc en ciel": "rainbow",
              "au loin": "far away", "au premier plan": "in the foreground", "à l'arrière-plan": "in the background",
              "en haut à droite": "in the top right", "en haut à gauche": "in the top left",
              "en bas à droite": "in the bottom right", "en bas à gauche": "in the bottom left",
              "en haut": "at the top", "en bas": "at the bottom", "au milieu": "in the middle", "au centre": "in the center",
              "pomme de terre": "potato", "ours en peluche": "teddy bear", "cerf-volant": "kite"}


def _french(part: str) -> str:
    text = part.lower().replace("’", "'")
    for phrase in sorted(FR_PHRASES, key=len, reverse=True):
        text = re.sub(rf"(?<![\w']){re.escape(phrase)}(?![\w'])", f" <{FR_PHRASES[phrase].replace(' ', '_')}> ", text)
    words = re.findall(r"<[\w_]+>|[\w'’-]+", text)
    split = []
    for word in words:
        match = re.match(r"^(d|l|qu|s|j|n|c)'(.+)$", word)
        split += [match.group(1), match.group(2)] if match else [word]
    if split and all(w in FR_STYLE or FR_WORDS.get(w) == "" or w in ("de", "à", "d", "l", "la", "le", "l'") for w in split):
        return " ".join(_french_style(w) for w in split if _french_style(w))
    english: list[tuple[str, str]] = []  # (English, kind) kind: noun adj other
    i = 0
    while i < len(split):
        word = split[i]
        two = " ".join(split[i: i + 2])
        if word.startswith("<"):
            phrase = word.strip("<>").replace("_", " ")
            english.append((phrase, "noun" if " " not in phrase and phrase.isalpha() and phrase not in ("far",) else "other"))
            i += 1
            continue
        if two in ("à gauche", "à droite"):
            english.append((f"to the {FR_WORDS[split[i + 1]]}", "other"))
            if i + 2 < len(split) and split[i + 2] in ("de", "d", "du", "des"):
                english.append(("of the" if split[i + 2] in ("du", "des") else "of", "other"))
                i += 1
            i += 2
            continue
        if two in ("au-dessus de", "au-dessus d", "au-dessus du", "au-dessous de", "au-dessous du", "au-dessous d"):
            english.append(("above" if "dessus" in word else "below", "other"))
            if split[i + 1] == "du":
                english.append(("the", "other"))
            i += 2
            continue
        if word in ("à", "a") and i + 1 < len(split) and split[i + 1] in ("côté",):
            english.append(("next to", "other"))
            i += 3 if i + 2 < len(split) and split[i + 2] in ("de", "d", "du") else 2
            continue
        if word == "pas" and i + 1 < len(split) and split[i + 1] in ("de", "d"):
            english.append(("no", "other"))
            i += 2
            continue
        if word == "qui":  # "une fée qui vole" -> "a fairy flying"; a verb the list does not know is left out
            i += 1
            if i < len(split) and split[i] not in FR_WORDS and split[i] not in FR_NOUNS:
                i += 1
            continue
        if two in ("au soleil", "à l'ombre"):
            english.append(("in the sunshine" if "soleil" in two else "in the shade", "other"))
            i += 2
            continue
        if word == "à":
            english.append(("at", "other"))
            i += 1
            continue
        if word in ("du", "des", "de") and english and english[-1][0].endswith("ing"):  # "qui crache du feu": some fire
            i += 2 if word == "de" and i + 1 < len(split) and split[i + 1] == "la" else 1
            continue
        if word in FR_NOUNS:
            english.append((FR_NOUNS[word], "noun"))
        elif word.rstrip("sx") in FR_NOUNS:
            english.append((FR_NOUNS[word.rstrip("sx")] + "s", "noun"))
        elif word in FR_WORDS:
            value = FR_WORDS[word]
            kind = "adj" if value and (word.endswith(("e", "s", "é", "ée", "és")) or value in _COLOURS | _ADJECTIVES) \
                and value in _COLOURS | _ADJECTIVES else "other"
            if value:
                english.append((value, kind))
        elif word in FR_STYLE:
            pass
        elif english and english[-1][1] == "noun":
            pass  # an adjective the list does not know, after its noun
        else:
            english.append((word, "noun"))  # a noun the list does not know
        i += 1
    # French adjectives follow their noun: put them before it
    for j in range(1, len(english)):
        if english[j][1] == "adj" and english[j - 1][1] == "noun":
            k = j
            while k > 0 and english[k - 1][1] == "noun":
                english[k - 1], english[k] = english[k], english[k - 1]
                k -= 1
    return " " + " ".join(word for word, _ in english) + " "


def _french_style(word: str) -> str:
    return {"peinture": "painting", "aquarelle": "watercolor", "photographie": "photography", "art": "art",
            "numérique": "digital", "style": "style", "réaliste": "realistic", "huile": "oil", "affiche": "poster",
            "vintage": "vintage", "rétro": "retro", "lumière": "light", "douce": "soft", "détaillé": "detailed",
            "très": "very", "argentique": "film"}.get(word, "")


_COLOURS = {"red", "black", "white", "green", "blue", "yellow", "grey", "brown", "pink", "purple", "orange", "gold",
            "silver", "ginger", "colourful"}
_ADJECTIVES = {"small", "big", "old", "young", "beautiful", "giant", "ancient", "calm", "cute", "enchanted", "magic",
               "dark", "glowing", "shining", "majestic", "lonely", "huge", "tiny", "round", "rusty",
               "flowering", "wet", "snowy", "mighty", "happy", "sad", "wild", "tired", "cozy", "wooden", "bright"}


_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})


def _german_word(word: str) -> tuple[str, str]:
    """(English, kind) for one German word."""
    lower = word.lower()
    if lower in DE_WORDS:
        return DE_WORDS[lower], "other"
    for stem, english in {**DE_COLOURS, **DE_ADJECTIVES}.items():
        if lower == stem or (lower.startswith(stem) and lower[len(stem):] in ("e", "en", "er", "es", "em", "n")):
            return english, "adj"
    if word[:1].isupper() or lower in DE_NOUNS:
        return _german_noun(lower), "noun"
    return "", "other"


def _german_noun(lower: str) -> str:
    stems = [lower, *(lower[: -len(end)] for end in ("en", "er", "e", "n", "s") if lower.endswith(end))]
    stems += [s.translate(_UMLAUTS) for s in stems[1:] if s.translate(_UMLAUTS) != s]  # "Kühen" -> Kuh
    for candidate in stems:
        if candidate in DE_NOUNS:
            english = DE_NOUNS[candidate]
            return english + ("s" if candidate != lower and not english.endswith("s") else "")
    # a compound is the kind of thing its last part names: "Segelboot" -> boat
    for cut in range(1, len(lower) - 2):
        tail = lower[cut:]
        if tail in DE_NOUNS:
            return DE_NOUNS[tail]
    return lower


def _german(part: str) -> str:
    words = re.findall(r"[\w-]+", part)
    if not words:
        return ""
    if all(w.lower() in DE_STYLE or w.lower() in ("sehr", "im", "stil", "und") or _german_word(w)[1] == "adj"
           and len(words) <= 2 for w in words):
        return " " + " ".join(DE_NOUNS.get(w.lower(), _german_word(w)[0]) for w in words) + " "
    # "rechts neben dem Sofa steht eine Pflanze": the place first, then the verb, then the thing;
    # "links daneben eine rote Scheune": the place, then the thing
    if words[0].lower() in _FRONT_DE:
        verb = next((i for i, w in enumerate(words) if w.lower() in _VERBS_DE), None)
        if verb is not None and verb + 1 < len(words):
            words = words[verb + 1:] + [words[verb]] + words[:verb]
        else:
            article = next((i for i, w in enumerate(words) if w.lower() in ("ein", "eine", "einen", "der", "die", "das",
                                                                            "zwei", "drei", "vier") and i > 0), None)
            if article is not None:
                words = words[article:] + words[:article]
    english = [_german_word(w) for w in words]
    # "links vom Leuchtturm" -> "to the left of the lighthouse"
    out = []
    for i, (word, kind) in enumerate(english):
        lower = words[i].lower()
        if lower in ("links", "rechts"):
            following = words[i + 1].lower() if i + 1 < len(words) else ""
            side = "left" if lower == "links" else "right"
            if following in ("vom", "von", "neben"):
                out.append(f"to the {side} of" if following != "neben" else f"next to the {side} of" if False else f"to the {side} of")
                if following == "vom":
                    out.append("the")
                english[i + 1] = ("", "other")
            else:
                out.append(f"on the {side}")
            continue
        if lower in ("der", "des") and i > 0 and english[i - 1][1] == "noun" and i + 1 < len(words):
            out.append("of the")  # "auf dem Dach der Scheune": the roof of the barn
            continue
        if word:
            out.append(word)
    return " " + " ".join(out) + " "


# -- Spanish and Italian: the same reading as French, with their own words --------------------------------------------
ES_PHRASES = {
    "a la izquierda del": "to the left of the", "a la izquierda de": "to the left of", "a la derecha del": "to the right of the",
    "a la derecha de": "to the right of", "encima del": "above the", "encima de": "above", "debajo del": "below the",
    "debajo de": "below", "junto al": "next to the", "junto a": "next to", "al lado del": "next to the",
    "al lado de": "next to", "delante del": "in front of the", "delante de": "in front of", "detrás del": "behind the",
    "detrás de": "behind", "a la izquierda": "on the left", "a la derecha": "on the right", "en el centro": "in the center",
    "en el medio": "in the middle", "al fondo": "in the background", "en primer plano": "in the foreground",
    "arriba": "at the top", "abajo": "at the bottom", "al atardecer": "at sunset", "al amanecer": "at dawn",
    "de noche": "at night", "bajo la lluvia": "in the rain",
}
ES_WORDS = {
    "un": "a", "una": "a", "unos": "some", "unas": "some", "el": "the", "la": "the", "los": "the", "las": "the",
    "del": "of the", "al": "to the", "de": "of", "y": "and", "e": "and", "o": "or", "con": "with", "sin": "without",
    "en": "in", "sobre": "on", "bajo": "under", "entre": "between", "cerca": "near", "no": "no", "ningún": "no",
    "ninguna": "no", "pero": "but", "solo": "only", "muy": "very", "su": "its", "sus": "its", "que": "", "es": "is",
    "está": "is", "están": "are", "lleno": "full", "llena": "full", "lejos": "far", "alto": "high",
    "dos": "two", "tres": "three", "cuatro": "four", "cinco": "five", "seis": "six", "siete": "seven", "ocho": "eight",
    "nueve": "nine", "diez": "ten", "doce": "twelve", "docena": "dozen", "par": "pair", "ellos": "them",
    "ellas": "them", "él": "him", "ella": "her", "lleno de vida": "",
    "rojo": "red", "roja": "red", "rojos": "red", "rojas": "red", "negro": "black", "negra": "black", "negros": "black",
    "negras": "black", "blanco": "white", "blanca": "white", "blancos": "white", "blancas": "white", "verde": "green",
    "verdes": "green", "azul": "blue", "azules": "blue", "amarillo": "yellow", "amarilla": "yellow",
    "amarillos": "yellow", "gris": "grey", "grises": "grey", "marrón": "brown", "café": "brown", "rosa": "pink",
    "rosado": "pink", "morado": "purple", "morada": "purple", "naranja": "orange", "dorado": "gold", "dorada": "gold",
    "plateado": "silver", "plateada": "silver",
    "pequeño": "small", "pequeña": "small", "pequeños": "small", "grande": "big", "grandes": "big", "viejo": "old",
    "vieja": "old", "joven": "young", "gigante": "giant", "antiguo": "ancient", "antigua": "ancient", "bonito": "pretty",
    "hermoso": "beautiful", "hermosa": "beautiful", "lindo": "cute", "solitario": "lonely", "oscuro": "dark",
    "brillante": "shining", "mágico": "magic", "medieval": "medieval",
    "sentado": "sitting", "sentada": "sitting", "sentados": "sitting", "de pie": "standing", "parado": "standing",
    "acostado": "lying", "tumbado": "lying", "durmiendo": "sleeping", "duerme": "sleeping", "volando": "flying",
    "vuela": "flying", "vuelan": "flying", "nadando": "swimming", "jugando": "playing", "juega": "playing",
    "juegan": "playing", "corriendo": "running", "caminando": "walking", "comiendo": "eating", "trabajando": "working",
    "vendiendo": "selling", "posado": "perched", "posada": "perched", "colgando": "hanging", "flotando": "floating",
    "leyendo": "reading", "bailando": "dancing", "amarrado": "moored", "amarrados": "moored",
}
ES_NOUNS = {
    "gato": "cat", "gatito": "kitten", "perro": "dog", "cachorro": "puppy", "caballo": "horse", "vaca": "cow",
    "cerdo": "pig", "oveja": "sheep", "cabra": "goat", "gallina": "chicken", "gallo": "rooster", "pato": "duck",
    "cisne": "swan", "pájaro": "bird", "ave": "bird", "águila": "eagle", "búho": "owl", "cuervo": "crow",
    "paloma": "pigeon", "gaviota": "seagull", "loro": "parrot", "mariposa": "butterfly", "abeja": "bee",
    "ratón": "mouse", "conejo": "rabbit", "ardilla": "squirrel", "zorro": "fox", "lobo": "wolf", "oso": "bear",
    "ciervo": "deer", "león": "lion", "tigre": "tiger", "elefante": "elephant", "jirafa": "giraffe", "mono": "monkey",
    "serpiente": "snake", "tortuga": "turtle", "rana": "frog", "pez": "fish", "peces": "fish", "tiburón": "shark",
    "ballena": "whale", "delfín": "dolphin", "pulpo": "octopus", "medusa": "jellyfish", "dragón": "dragon",
    "burro": "donkey", "unicornio": "unicorn", "hombre": "man", "mujer": "woman", "niño": "boy", "niña": "girl",
    "chico": "boy", "chica": "girl", "bebé": "baby", "persona": "person", "gente": "person", "rey": "king",
    "reina": "queen", "caballero": "knight", "mago": "wizard", "bruja": "witch", "hada": "fairy",
    "astronauta": "astronaut", "soldado": "soldier", "granjero": "farmer", "pescador": "fisherman",
    "herrero": "blacksmith", "panadero": "baker", "cocinero": "cook", "robot": "robot", "payaso": "clown",
    "pirata": "pirate", "marinero": "sailor", "bailarina": "dancer", "músico": "musician", "coche": "car",
    "auto": "car", "camión": "truck", "autobús": "bus", "bicicleta": "bicycle", "moto": "motorcycle", "tren": "train",
    "barco": "boat", "barca": "boat", "velero": "sailboat", "avión": "plane", "cohete": "rocket",
    "tractor": "tractor", "carro": "cart", "globo": "balloon", "mesa": "table", "silla": "chair", "sillón": "armchair",
    "sofá": "sofa", "banco": "bench", "cama": "bed", "escritorio": "desk", "estante": "shelf", "lámpara": "lamp",
    "farol": "lantern", "vela": "candle", "espejo": "mirror", "reloj": "clock", "jarrón": "vase", "maceta": "pot",
    "planta": "plant", "alfombra": "rug", "cojín": "cushion", "manta": "blanket", "chimenea": "fireplace",
    "piano": "piano", "guitarra": "guitar", "violín": "violin", "libro": "book", "caja": "box", "cesta": "basket",
    "bolso": "bag", "maleta": "suitcase", "cofre": "chest", "barril": "barrel", "cubo": "bucket", "botella": "bottle",
    "taza": "cup", "vaso": "glass", "cuenco": "bowl", "plato": "plate", "bandeja": "tray", "tetera": "teapot",
    "paraguas": "umbrella", "sombrero": "hat", "cuadro": "painting", "pintura": "painting", "estatua": "statue",
    "puerta": "door", "ventana": "window", "valla": "fence", "escalera": "ladder", "tienda": "tent", "pelota": "ball",
    "cometa": "kite", "espada": "sword", "escudo": "shield", "llave": "key", "corona": "crown", "yunque": "anvil",
    "manzana": "apple", "plátano": "banana", "pera": "pear", "uva": "grape", "cereza": "cherry", "fresa": "strawberry",
    "limón": "lemon", "naranja-fruta": "orange", "tomate": "tomato", "zanahoria": "carrot", "calabaza": "pumpkin",
    "seta": "mushroom", "hongo": "mushroom", "pan": "bread", "pastel": "cake", "tarta": "cake", "pizza": "pizza",
    "queso": "cheese", "huevo": "egg", "árbol": "tree", "pino": "pine", "palmera": "palm tree", "roble": "oak",
    "flor": "flower", "girasol": "sunflower", "tulipán": "tulip", "rosa-flor": "rose", "arbusto": "bush",
    "roca": "rock", "piedra": "stone", "nube": "cloud", "arcoíris": "rainbow", "luna": "moon", "sol": "sun",
    "estrella": "star", "planeta": "planet", "montaña": "mountain", "colina": "hill", "acantilado": "cliff",
    "cascada": "waterfall", "volcán": "volcano", "isla": "island", "casa": "house", "cabaña": "cabin",
    "granero": "barn", "castillo": "castle", "torre": "tower", "faro": "lighthouse", "molino": "windmill",
    "iglesia": "church", "templo": "temple", "puente": "bridge", "fuente": "fountain", "pozo": "well",
    "edificio": "building", "rascacielos": "skyscraper", "muñeco": "doll", "muñeca": "doll",
    "bosque": "forest", "jardín": "garden", "parque": "park", "calle": "street", "ciudad": "city", "pueblo": "village",
    "playa": "beach", "mar": "sea", "océano": "ocean", "lago": "lake", "río": "river", "campo": "field",
    "prado": "meadow", "desierto": "desert", "espacio": "space", "noche": "night", "día": "day", "mañana": "morning",
    "tarde": "evening", "atardecer": "sunset", "amanecer": "dawn", "nieve": "snow", "lluvia": "rain",
    "niebla": "fog", "tormenta": "storm", "habitación": "room", "cocina": "kitchen", "mercado": "market",
    "puerto": "harbour", "hierba": "grass", "suelo": "ground", "vestido": "dress", "abrigo": "coat", "barba": "beard",
    "pelo": "hair", "gafas": "glasses", "bufanda": "scarf", "gorra": "cap",
    "horno": "oven", "olla": "pot", "sartén": "pan", "nevera": "fridge", "vendedor": "vendor", "vendedora": "vendor",
    "farola": "street lamp", "ordenador": "computer", "portátil": "laptop", "teléfono": "phone", "cuaderno": "notebook",
    "mochila": "backpack", "caracol": "snail", "abuela": "grandmother", "abuelo": "grandfather",
    "policía": "police officer", "médico": "doctor", "estudiante": "student", "profesor": "teacher",
    "profesora": "teacher", "guerrero": "warrior", "princesa": "princess", "príncipe": "prince",
    "dinosaurio": "dinosaur", "pingüino": "penguin", "camello": "camel", "helicóptero": "helicopter",
    "submarino": "submarine", "motocicleta": "motorcycle", "furgoneta": "van", "ambulancia": "ambulance",
    "nave": "ship", "mariachi": "mariachi", "taco": "taco", "tacos": "tacos", "guitarrista": "guitarist",
    "cantante": "singer", "pintor": "painter", "vaquero": "cowboy", "caballete": "easel", "gato-montés": "wildcat",
    "anciana": "woman", "anciano": "man", "bote": "boat", "canoa": "canoe", "garza": "heron", "lechuza": "owl",
    "estantería": "shelf", "fruta": "fruit",
}
ES_STYLE = {"pintura", "acuarela", "fotografía", "foto", "arte", "digital", "estilo", "realista", "detallado",
            "detallada", "óleo", "luz", "dorada", "suave", "ilustración", "dibujo", "cinematográfico", "retrato",
            "fantasía", "vintage", "retro", "muy", "alta", "resolución", "ambiente"}

IT_PHRASES = {
    "forno a legna": "wood oven", "appese sopra": "hanging above", "appesi sopra": "hanging above",
    "a sinistra del": "to the left of the", "a sinistra della": "to the left of the", "a sinistra di": "to the left of",
    "a destra del": "to the right of the", "a destra della": "to the right of the", "a destra di": "to the right of",
    "sopra il": "above the", "sopra la": "above the", "sopra lo": "above the", "sotto il": "below the",
    "sotto la": "below the", "accanto al": "next to the", "accanto alla": "next to the", "accanto a": "next to",
    "davanti al": "in front of the", "davanti alla": "in front of the", "davanti a": "in front of",
    "dietro il": "behind the", "dietro la": "behind the", "dietro al": "behind the", "a sinistra": "on the left",
    "a destra": "on the right", "al centro": "in the center", "in mezzo": "in the middle", "sullo sfondo": "in the background",
    "in primo piano": "in the foreground", "in alto": "at the top", "in basso": "at the bottom",
    "al tramonto": "at sunset", "all'alba": "at dawn", "di notte": "at night", "sotto la pioggia": "in the rain",
}
IT_WORDS = {
    "un": "a", "uno": "a", "una": "a", "il": "the", "lo": "the", "la": "the", "i": "the", "gli": "the", "le": "the",
    "l": "the", "del": "of the", "dello": "of the", "della": "of the", "dei": "of the", "degli": "of the",
    "delle": "of the", "di": "of", "d": "of", "e": "and", "ed": "and", "o": "or", "con": "with", "senza": "without",
    "in": "in", "nel": "in the", "nella": "in the", "nei": "in the", "su": "on", "sul": "on the", "sulla": "on the",
    "sullo": "on the", "sui": "on the", "sopra": "above", "sotto": "under", "tra": "between", "fra": "between",
    "vicino": "near", "non": "not", "nessun": "no", "nessuna": "no", "ma": "but", "solo": "only", "molto": "very",
    "suo": "its", "sua": "its", "che": "", "è": "is", "sono": "are", "al": "at the", "alla": "at the", "a": "at",
    "pieno": "full", "lontano": "far", "alto": "high", "loro": "them", "lui": "him", "lei": "her",
    "due": "two", "tre": "three", "quattro": "four", "cinque": "five", "sei": "six", "sette": "seven", "otto": "eight",
    "nove": "nine", "dieci": "ten", "dodici": "twelve", "dozzina": "dozen", "paio": "pair",
    "rosso": "red", "rossa": "red", "rossi": "red", "rosse": "red", "nero": "black", "nera": "black", "neri": "black",
    "nere": "black", "bianco": "white", "bianca": "white", "bianchi": "white", "bianche": "white", "verde": "green",
    "verdi": "green", "blu": "blue", "azzurro": "blue", "azzurra": "blue", "giallo": "yellow", "gialla": "yellow",
    "gialli": "yellow", "grigio": "grey", "grigia": "grey", "marrone": "brown", "rosa": "pink", "viola": "purple",
    "arancione": "orange", "dorato": "gold", "dorata": "gold", "argentato": "silver", "argento": "silver",
    "piccolo": "small", "piccola": "small", "piccoli": "small", "grande": "big", "grandi": "big", "vecchio": "old",
    "vecchia": "old", "giovane": "young", "gigante": "giant", "antico": "ancient", "antica": "ancient",
    "bello": "beautiful", "bella": "beautiful", "carino": "cute", "solitario": "lonely", "scuro": "dark",
    "magico": "magic", "calmo": "calm", "tenui": "soft",
    "seduto": "sitting", "seduta": "sitting", "seduti": "sitting", "in piedi": "standing", "sdraiato": "lying",
    "sdraiata": "lying", "dorme": "sleeping", "dormono": "sleeping", "vola": "flying", "volano": "flying",
    "nuota": "swimming", "gioca": "playing", "giocano": "playing", "corre": "running", "cammina": "walking",
    "mangia": "eating", "appollaiato": "perched", "appeso": "hanging", "appesa": "hanging", "galleggia": "floating",
    "legge": "reading", "balla": "dancing", "ormeggiata": "moored", "ormeggiate": "moored", "ormeggiati": "moored",
}
IT_NOUNS = {
    "gatto": "cat", "gattino": "kitten", "cane": "dog", "cucciolo": "puppy", "cavallo": "horse", "mucca": "cow",
    "maiale": "pig", "pecora": "sheep", "capra": "goat", "gallina": "chicken", "gallo": "rooster", "anatra": "duck",
    "cigno": "swan", "uccello": "bird", "aquila": "eagle", "gufo": "owl", "civetta": "owl", "corvo": "crow",
    "piccione": "pigeon", "colomba": "dove", "gabbiano": "seagull", "pappagallo": "parrot", "farfalla": "butterfly",
    "ape": "bee", "topo": "mouse", "coniglio": "rabbit", "scoiattolo": "squirrel", "volpe": "fox", "lupo": "wolf",
    "orso": "bear", "cervo": "deer", "leone": "lion", "tigre": "tiger", "elefante": "elephant", "giraffa": "giraffe",
    "scimmia": "monkey", "serpente": "snake", "tartaruga": "turtle", "rana": "frog", "pesce": "fish", "squalo": "shark",
    "balena": "whale", "delfino": "dolphin", "polpo": "octopus", "medusa": "jellyfish", "drago": "dragon",
    "asino": "donkey", "unicorno": "unicorn", "uomo": "man", "donna": "woman", "bambino": "boy", "bambina": "girl",
    "ragazzo": "boy", "ragazza": "girl", "neonato": "baby", "persona": "person", "gente": "person", "re": "king",
    "regina": "queen", "cavaliere": "knight", "mago": "wizard", "strega": "witch", "fata": "fairy",
    "astronauta": "astronaut", "soldato": "soldier", "contadino": "farmer", "pescatore": "fisherman",
    "fabbro": "blacksmith", "fornaio": "baker", "cuoco": "cook", "robot": "robot", "pagliaccio": "clown",
    "pirata": "pirate", "marinaio": "sailor", "ballerina": "dancer", "musicista": "musician", "macchina": "car",
    "auto": "car", "camion": "truck", "autobus": "bus", "bicicletta": "bicycle", "moto": "motorcycle",
    "treno": "train", "barca": "boat", "barche": "boat", "nave": "ship", "veliero": "sailboat",
    "aereo": "plane", "razzo": "rocket", "trattore": "tractor", "carretto": "cart", "mongolfiera": "balloon",
    "tavolo": "table", "sedia": "chair", "poltrona": "armchair", "divano": "sofa", "panchina": "bench", "letto": "bed",
    "scrivania": "desk", "scaffale": "shelf", "lampada": "lamp", "lanterna": "lantern", "candela": "candle",
    "specchio": "mirror", "orologio": "clock", "vaso": "vase", "pianta": "plant", "tappeto": "rug",
    "cuscino": "cushion", "coperta": "blanket", "camino": "fireplace", "pianoforte": "piano", "chitarra": "guitar",
    "violino": "violin", "libro": "book", "scatola": "box", "cesto": "basket", "cestino": "basket", "borsa": "bag",
    "valigia": "suitcase", "forziere": "chest", "barile": "barrel", "secchio": "bucket", "bottiglia": "bottle",
    "tazza": "cup", "bicchiere": "glass", "ciotola": "bowl", "piatto": "plate", "vassoio": "tray", "teiera": "teapot",
    "ombrello": "umbrella", "cappello": "hat", "quadro": "painting", "dipinto": "painting", "statua": "statue",
    "porta": "door", "finestra": "window", "recinto": "fence", "scala": "ladder", "tenda": "tent", "palla": "ball",
    "aquilone": "kite", "spada": "sword", "scudo": "shield", "chiave": "key", "corona": "crown", "mela": "apple",
    "banana": "banana", "pera": "pear", "uva": "grape", "ciliegia": "cherry", "fragola": "strawberry",
    "limone": "lemon", "pomodoro": "tomato", "carota": "carrot", "zucca": "pumpkin", "fungo": "mushroom",
    "pane": "bread", "torta": "cake", "pizza": "pizza", "formaggio": "cheese", "uovo": "egg", "uova": "egg",
    "albero": "tree", "alberi": "tree", "pino": "pine", "palma": "palm tree", "quercia": "oak", "fiore": "flower",
    "girasole": "sunflower", "tulipano": "tulip", "cespuglio": "bush", "roccia": "rock", "pietra": "stone",
    "nuvola": "cloud", "arcobaleno": "rainbow", "luna": "moon", "sole": "sun", "stella": "star", "pianeta": "planet",
    "montagna": "mountain", "collina": "hill", "scogliera": "cliff", "cascata": "waterfall", "vulcano": "volcano",
    "isola": "island", "casa": "house", "capanna": "cabin", "fienile": "barn", "castello": "castle", "torre": "tower",
    "faro": "lighthouse", "mulino": "windmill", "chiesa": "church", "tempio": "temple", "ponte": "bridge",
    "fontana": "fountain", "pozzo": "well", "edificio": "building", "grattacielo": "skyscraper",
    "bambola": "doll", "bosco": "forest", "foresta": "forest", "giardino": "garden", "parco": "park",
    "strada": "street", "città": "city", "villaggio": "village", "spiaggia": "beach", "mare": "sea", "oceano": "ocean",
    "lago": "lake", "fiume": "river", "campo": "field", "prato": "meadow", "deserto": "desert", "spazio": "space",
    "notte": "night", "giorno": "day", "mattina": "morning", "sera": "evening", "tramonto": "sunset", "alba": "dawn",
    "neve": "snow", "pioggia": "rain", "nebbia": "fog", "tempesta": "storm", "stanza": "room", "cucina": "kitchen",
    "mercato": "market", "porto": "harbour", "erba": "grass", "pavimento": "floor", "vestito": "dress",
    "cappotto": "coat", "barba": "beard", "capelli": "hair", "occhiali": "glasses", "sciarpa": "scarf",
    "forno": "oven", "pentola": "pot", "padella": "pan", "frigorifero": "fridge", "venditore": "vendor",
    "lampione": "street lamp", "computer": "computer", "portatile": "laptop", "telefono": "phone",
    "quaderno": "notebook", "zaino": "backpack", "lumaca": "snail", "nonna": "grandmother", "nonno": "grandfather",
    "poliziotto": "police officer", "medico": "doctor", "studente": "student", "insegnante": "teacher",
    "guerriero": "warrior", "principessa": "princess", "principe": "prince", "dinosauro": "dinosaur",
    "pinguino": "penguin", "cammello": "camel", "elicottero": "helicopter", "sottomarino": "submarine",
    "motocicletta": "motorcycle", "furgone": "van", "ambulanza": "ambulance", "astronave": "spaceship",
    "cantante": "singer", "pittore": "painter", "cavalletto": "easel", "gondola": "gondola", "gondoliere": "gondolier",
    "vecchio": "man", "vecchia": "woman", "davanzale": "windowsill",
}
IT_STYLE = {"pittura", "acquerello", "fotografia", "foto", "arte", "digitale", "stile", "realistico", "dettagliato",
            "olio", "luce", "morbida", "illustrazione", "disegno", "cinematografico", "ritratto", "fantasy", "colori",
            "tenui", "vintage", "retro", "molto", "alta", "risoluzione", "atmosfera"}

#: Plurals that are not the singular's English plus "s".
_PLURALS = {"niños": "children", "bambini": "children", "chicos": "children", "ragazzi": "children",
            "peces": "fish", "pesci": "fish", "personas": "people", "persone": "people", "hombres": "men",
            "uomini": "men", "mujeres": "women", "donne": "women", "ovejas": "sheep", "pecore": "sheep",
            "ciervos": "deer", "cervi": "deer", "ratones": "mice", "topi": "mice", "lobos": "wolves", "lupi": "wolves",
            "estantes": "shelves", "scaffali": "shelves", "cuchillos": "knives", "coltelli": "knives"}

_ROMANCE = {"es": (ES_PHRASES, ES_WORDS, ES_NOUNS, ES_STYLE, ("que",)),
            "it": (IT_PHRASES, IT_WORDS, IT_NOUNS, IT_STYLE, ("che",))}


def _romance(part: str, lang: str) -> str:
    """A Spanish or Italian part in English words, adjectives moved before their nouns as in French."""
    phrases, words_map, nouns, style, relative = _ROMANCE[lang]
    text = part.lower().replace("’", "'")
    for phrase in sorted(phrases, key=len, reverse=True):
        text = re.sub(rf"(?<![\w']){re.escape(phrase)}(?![\w'])", f" <{phrases[phrase].replace(' ', '_')}> ", text)
    words = []
    for word in re.findall(r"<[\w_]+>|[\w'-]+", text):
        match = re.match(r"^(l|d|dell|dall|all|nell|sull|un)'(.+)$", word)
        words += [match.group(1), match.group(2)] if match else [word]
    if words and all(w in style or words_map.get(w) in ("", "very") or w in ("di", "de", "a", "al") for w in words):
        return ""
    english: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word.startswith("<"):
            english.append((word.strip("<>").replace("_", " "), "other"))
        elif word in ("dei", "delle", "degli", "unos", "unas") and (i == 0 or words[i - 1] in ("e", "y", "con")):
            english.append(("some", "other"))  # "e delle pentole": and some pots
        elif word in relative:
            if i + 1 < len(words) and words[i + 1] not in words_map and words[i + 1] not in nouns:
                i += 1  # "che crache ...": a verb the list does not know is left out
        elif word in nouns:
            english.append((nouns[word], "noun"))
        elif word in _PLURALS:
            english.append((_PLURALS[word], "noun"))
        elif word.endswith("es") and word[:-2] in nouns:  # "faroles", "flores"
            english.append((nouns[word[:-2]] + "s", "noun"))
        elif word.rstrip("s") in nouns or word[:-1] + "o" in nouns or word[:-1] + "a" in nouns or word[:-1] + "e" in nouns:
            stem = next(w for w in (word.rstrip("s"), word[:-1] + "o", word[:-1] + "a", word[:-1] + "e") if w in nouns)
            english.append((nouns[stem] + "s", "noun"))
        elif word in words_map:
            value = words_map[word]
            if value:
                english.append((value, "adj" if value in _COLOURS | _ADJECTIVES else "other"))
        elif word in style or (english and english[-1][1] == "noun"):
            pass
        else:
            english.append((word, "noun"))
        i += 1
    for j in range(1, len(english)):
        if english[j][1] == "adj" and english[j - 1][1] == "noun":
            k = j
            while k > 0 and english[k - 1][1] == "noun":
                english[k - 1], english[k] = english[k], english[k - 1]
                k -= 1
    return " " + " ".join(word for word, _ in english) + " "
