import pytest

from regionflux.planner import MockPlanner, Planner


def centre_x(region):
    return (region.box[0] + region.box[2]) / 2


def centre_y(region):
    return (region.box[1] + region.box[3]) / 2


def test_is_a_planner_and_deterministic():
    planner = MockPlanner()
    assert isinstance(planner, Planner)
    first = planner.plan("a red car to the left of a blue bicycle", width=1280, height=768)
    again = MockPlanner().plan("a red car to the left of a blue bicycle", width=1280, height=768)
    assert first.model_dump_json() == again.model_dump_json()


def test_cat_and_dog_left_to_right():
    layout = MockPlanner().plan("a cat and a dog")
    assert [r.label for r in layout.regions] == ["cat", "dog"]
    cat, dog = layout.regions
    assert cat.box[2] <= dog.box[0]


def test_counts_become_regions():
    layout = MockPlanner().plan("three apples", width=768, height=512)
    assert [r.label for r in layout.regions] == ["apple"] * 3
    xs = [centre_x(r) for r in layout.regions]
    assert xs == sorted(xs) and len(set(xs)) == 3
    assert all(r.box[2] <= 768 and r.box[3] <= 512 for r in layout.regions)


@pytest.mark.parametrize(
    "prompt, first, second, axis",
    [
        ("a red car to the left of a blue bicycle", "car", "bicycle", "x"),
        ("a red car to the right of a blue bicycle", "bicycle", "car", "x"),
        ("a bird above a lake", "bird", "lake", "y"),
        ("a ball under a chair", "chair", "ball", "y"),
        ("A tropical cocktail on a wooden table at a beach during sunset", "cocktail", "table", "y"),
    ],
)
def test_spatial_words_are_followed(prompt, first, second, axis):
    layout = MockPlanner().plan(prompt)
    by_label = {r.label: r for r in layout.regions}
    key = centre_x if axis == "x" else centre_y
    assert key(by_label[first]) < key(by_label[second])


def test_setting_goes_to_background_and_regions_keep_their_words():
    layout = MockPlanner().plan("A tropical cocktail on a wooden table at a beach during sunset")
    assert "beach" in layout.background_prompt
    assert layout.regions[0].description.startswith("A tropical cocktail")
    assert layout.prompt == "A tropical cocktail on a wooden table at a beach during sunset"


def test_respects_size_and_max_regions():
    layout = MockPlanner(max_regions=2).plan("five kittens", width=512, height=256)
    assert len(layout.regions) == 2
    assert (layout.width, layout.height) == (512, 256)
