"""Editing a layout by instruction: the offline rules, a served model's edit operations, the command."""

import json

import pytest

from fake_openai import FakeOpenAI, reply
from regionflux import Layout, LoraSettings, RegionalSettings
from regionflux.cli import main
from regionflux.errors import PlanningError
from regionflux.planner import LLMPlanner, MockPlanner

LAYOUT = Layout(prompt="a red car to the left of a blue bicycle", width=1024, height=768, seed=9,
                settings=RegionalSettings(base_ratio=0.3, num_inference_steps=12),
                lora=[LoraSettings(path="a/b", scale=0.7)],
                regions=[dict(description="A red car", box=(64, 256, 448, 704), label="car"),
                         dict(description="A blue bicycle", box=(576, 320, 960, 704), label="bicycle")])


def kept(before: Layout, after: Layout, *names) -> None:
    """Everything but the named regions is exactly as it was."""
    same = ("prompt", "background_prompt", "width", "height", "settings", "seed", "lora", "control")
    assert {k: getattr(after, k) for k in same} == {k: getattr(before, k) for k in same}
    untouched = [r for r in before.regions if r.label not in names]
    assert [r for r in after.regions if r.label not in names] == untouched


# -- the offline planner's rules --------------------------------------------------------------------------
def test_move_keeps_size_and_touches_nothing_else():
    edited = MockPlanner().edit(LAYOUT, "move the car to the right")
    before, after = LAYOUT.regions[0].box, edited.regions[0].box
    assert after[0] > before[0] and after[1] == before[1]
    assert abs((after[2] - after[0]) - (before[2] - before[0])) <= 16
    kept(LAYOUT, edited, "car")


def test_several_rule_edits_in_one_instruction():
    edited = MockPlanner().edit(LAYOUT, "make the bicycle bigger, make the car green and add a dog on the left")
    car, bicycle, dog = edited.regions
    assert car.description == "A green car" and car.box == LAYOUT.regions[0].box
    area = lambda b: (b[2] - b[0]) * (b[3] - b[1])  # noqa: E731
    assert area(bicycle.box) > area(LAYOUT.regions[1].box) and bicycle.description == "A blue bicycle"
    assert dog.label == "dog" and dog.box[2] <= 512
    assert MockPlanner().edit(LAYOUT, "remove the bicycle").regions == LAYOUT.regions[:1]


@pytest.mark.parametrize("instruction, words", [
    ("make it look like a van gogh painting", "cannot follow"),
    ("move the dog to the left", "no region is 'the dog'; the regions are: #1 car, #2 bicycle"),
    ("move the car to the left", "already at the left edge"),
])
def test_what_the_rules_cannot_do_is_said_not_guessed(instruction, words):
    layout = LAYOUT.model_copy(update={"regions": [LAYOUT.regions[0].model_copy(update={"box": (0, 256, 448, 704)}),
                                                   LAYOUT.regions[1]]})
    with pytest.raises(PlanningError, match=words):
        MockPlanner().edit(layout, instruction)


def test_two_regions_of_one_name_are_asked_for_by_number():
    cats = Layout(prompt="two cats", width=512, height=512, regions=[
        dict(description="A cat", box=(0, 0, 256, 256), label="cat"), dict(description="A cat", box=(256, 0, 512, 256), label="cat")])
    with pytest.raises(PlanningError, match=r"2 regions are 'the cat' \(#1, #2\); name one by its number"):
        MockPlanner().edit(cats, "remove the cat")
    assert [r.box for r in MockPlanner().edit(cats, "remove #1").regions] == [(256, 0, 512, 256)]


# -- a served model answers with operations ----------------------------------------------------------------
def planner(server, **kwargs):
    return LLMPlanner("test-model", base_url=server.base_url, api_key="k", timeout=5, **kwargs)


def test_a_served_model_edit_changes_only_what_it_names():
    ops = {"edits": [{"op": "move", "region": "#1", "box": [500, 250, 900, 900]},
                     {"op": "describe", "region": "bicycle", "description": "A green bicycle", "label": None}]}
    with FakeOpenAI([reply(json.dumps(ops))]) as server:
        edited = planner(server).edit(LAYOUT, "move the car to the right and make the bicycle green")
    car, bicycle = edited.regions
    assert car.box == (512, 192, 928, 688) and car.description == "A red car"
    assert bicycle.description == "A green bicycle" and bicycle.box == LAYOUT.regions[1].box
    kept(LAYOUT, edited, "car", "bicycle")
    request = server.chat_requests()[0]
    current = request["messages"][-1]["content"]
    assert '"number": "#1"' in current and "make the bicycle green" in current  # the layout on its grid
    assert request["response_format"]["json_schema"]["schema"]["properties"]["edits"]


def test_an_edit_naming_a_missing_region_is_fed_back():
    bad = {"edits": [{"op": "remove", "region": "dog"}]}
    good = {"edits": [{"op": "remove", "region": "#2"}]}
    with FakeOpenAI([reply(json.dumps(bad)), reply(json.dumps(good))]) as server:
        edited = planner(server).edit(LAYOUT, "remove the bike")
    assert [r.label for r in edited.regions] == ["car"]
    assert "no region is 'dog'; the regions are: #1 car, #2 bicycle" in server.chat_requests()[1]["messages"][-1]["content"]


# -- the command ---------------------------------------------------------------------------------------
def test_edit_command_writes_the_changed_layout_and_keeps_the_rest(tmp_path, capsys):
    LAYOUT.save(tmp_path / "l.json")
    code = main(["edit", str(tmp_path / "l.json"), "remove the car", "-o", str(tmp_path / "new.json"),
                 "--preview", str(tmp_path / "new.png"), "--planner", "mock"])
    assert code == 0, capsys.readouterr().err
    edited = Layout.load(tmp_path / "new.json")
    assert [r.label for r in edited.regions] == ["bicycle"] and (tmp_path / "new.png").exists()
    kept(LAYOUT, edited, "car")
    assert main(["edit", str(tmp_path / "l.json"), "fly away", "-o", str(tmp_path / "x.json"), "--planner", "mock"]) == 2
    assert "error: cannot follow 'fly away'" in capsys.readouterr().err and not (tmp_path / "x.json").exists()
