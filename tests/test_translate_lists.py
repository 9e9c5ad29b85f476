"""Prompts in French, German, Spanish and Italian that need the larger word lists of the offline reader
(regionflux/planner/translate.py): the things drawn get regions under their English names, counts are kept, and
style and photography tags (light, painting, background, brush strokes...) drop out instead of becoming things."""

import pytest

from regionflux.planner import PlannerConfig, make_planner

#: English words of style tags: none of them may name a region.
STYLE = {"light", "lights", "painting", "oil", "watercolor", "watercolour", "renaissance", "background", "portrait",
         "close-up", "closeup", "style", "brush", "stroke", "strokes", "impressionist", "cinematic", "illustration",
         "sketch", "poster", "render", "soft", "dim", "warm", "dark", "wood", "stone"}


def _labels(prompt: str) -> list[str]:
    planner = make_planner(PlannerConfig(kind="mock"))
    layout = planner.plan(prompt, width=1024, height=1024)
    return [region.label for region in layout.regions]


def _heads(labels: list[str]) -> list[str]:
    return [label.split()[-1] for label in labels]


def _no_style(labels: list[str]) -> None:
    words = {word for label in labels for word in label.lower().split()}
    assert not words & STYLE, labels


# -- Spanish ------------------------------------------------------------------------------------------------------------
def test_spanish_park_with_swings_a_slide_and_two_children():
    labels = _labels("un parque con columpios y un tobogán, dos niños jugando")
    heads = _heads(labels)
    assert "swing" in heads and "slide" in heads
    assert heads.count("child") == 2
    assert not {"columpio", "columpios", "tobogán"} & set(heads)


def test_spanish_three_small_lanterns_hang_over_a_wooden_table():
    labels = _labels("tres farolillos colgando encima de una mesa de madera, luz cálida")
    heads = _heads(labels)
    assert heads.count("lantern") == 3 and "table" in heads
    assert len(labels) == 4
    _no_style(labels)


def test_spanish_greyhound_behind_a_cypress_keeps_no_style_tag():
    labels = _labels("un galgo tumbado detrás de un ciprés, pinceladas impresionistas, fondo oscuro")
    assert sorted(_heads(labels)) == ["cypress", "greyhound"]
    _no_style(labels)


# -- Italian ------------------------------------------------------------------------------------------------------------
def test_italian_greyhound_portrait_is_one_region():
    labels = _labels("ritratto di un levriero, luce soffusa, stile pittura a olio rinascimentale, sfondo scuro")
    assert labels == ["greyhound"]


def test_italian_bicycles_against_a_stone_wall_by_a_plane_tree():
    labels = _labels("due biciclette appoggiate a un muro di pietra accanto a un platano")
    heads = _heads(labels)
    assert heads.count("bicycle") == 2 and "plane tree" in labels
    assert "stone" not in heads and "pietra" not in heads and "platano" not in heads


def test_italian_four_ducks_swimming_among_water_lilies():
    labels = _labels("quattro anatre che nuotano in uno stagno con ninfee, acquerello")
    heads = _heads(labels)
    assert heads.count("duck") == 4
    assert "ninfee" not in heads and "acquerello" not in heads
    _no_style(labels)


# -- French -------------------------------------------------------------------------------------------------------------
def test_french_village_square_with_plane_trees_and_a_fountain():
    labels = _labels("une place de village avec des platanes et une fontaine, lumière douce du matin")
    assert "plane tree" in labels and "fountain" in _heads(labels)
    assert not {"place", "platane", "platanes", "square", "village"} & set(_heads(labels))
    _no_style(labels)


def test_french_old_woman_who_reads_sits_in_an_armchair_not_a_bed():
    labels = _labels("une vieille femme qui lit dans un fauteuil à côté de la fenêtre")
    heads = _heads(labels)
    assert "woman" in heads and "armchair" in heads
    assert "bed" not in heads


def test_french_five_paper_lanterns_under_a_close_up_style_tag():
    labels = _labels("cinq lampions suspendus au-dessus d'une table en bois, gros plan, style cinématographique")
    heads = _heads(labels)
    assert heads.count("lantern") == 5 and "table" in heads
    assert "lampion" not in heads and "gros" not in heads
    _no_style(labels)


# -- German -------------------------------------------------------------------------------------------------------------
def test_german_children_on_a_swing_behind_the_fence_and_a_slide():
    labels = _labels("Zwei Kinder auf der Schaukel hinter dem Zaun, daneben eine Rutsche, weiches Licht")
    heads = _heads(labels)
    assert heads.count("child") == 2
    assert {"swing", "fence", "slide"} <= set(heads)
    assert not {"schaukel", "rutsche", "licht"} & set(heads)
    _no_style(labels)


def test_german_greyhound_portrait_in_renaissance_oil_is_one_region():
    labels = _labels("Porträt eines Windhunds, sanftes Licht, Ölgemälde im Stil der Renaissance, dunkler Hintergrund")
    assert _heads(labels) == ["greyhound"]


def test_german_three_lanterns_over_a_table_under_a_plane_tree():
    labels = _labels("Drei Laternen hängen über einem Holztisch unter einer Platane, impressionistische Pinselstriche")
    heads = _heads(labels)
    assert heads.count("lantern") == 3
    assert "table" in heads and "plane tree" in labels
    assert "pinselstriche" not in heads
    _no_style(labels)


# -- weather in every language: the storm sets the scene, it is not a thing -----------------------------------------------
@pytest.mark.parametrize("prompt, thing", [
    ("una barca amarrada al lado del muelle, tormenta eléctrica", "boat"),
    ("un faro su una scogliera durante una bufera di neve", "lighthouse"),
    ("un phare sur une falaise pendant une tempête de neige", "lighthouse"),
    ("Ein Leuchtturm auf einer Klippe im Schneesturm, filmische Nahaufnahme", "lighthouse"),
])
def test_storms_and_blizzards_are_weather_not_things(prompt, thing):
    labels = _labels(prompt)
    heads = _heads(labels)
    assert thing in heads
    assert not {"storm", "thunderstorm", "blizzard", "snowstorm", "tormenta", "bufera", "tempête", "schneesturm"} \
        & set(heads)
