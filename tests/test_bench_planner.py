"""The benchmark's own predicate: what it counts as right is what a reader of the prompt would."""

import importlib.util
from pathlib import Path

from regionflux.layout import Layout, Region

_SPEC = importlib.util.spec_from_file_location(
    "bench_planner", Path(__file__).parent.parent / "benchmarks" / "bench_planner.py")
bench = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bench)


def _layout(*regions):
    return Layout(prompt="p", background_prompt="", regions=[
        Region(description=text, box=box, label=label) for label, text, box in regions])


def test_a_golden_thing_is_gold_and_a_plain_one_is_not():
    item = {"category": "attribution", "prompt": "a golden harp and a white goose",
            "colours": {"harp": "gold", "goose": "white"}}
    golden = _layout(("harp", "A golden harp", (0, 0, 400, 400)), ("goose", "A white goose", (500, 0, 900, 400)))
    assert bench.check(item, golden) == ""
    plain = _layout(("harp", "A harp", (0, 0, 400, 400)), ("goose", "A white goose", (500, 0, 900, 400)))
    assert "not gold" in bench.check(item, plain)
    goldfish = _layout(("harp", "A goldenrod harp", (0, 0, 400, 400)), ("goose", "A white goose", (500, 0, 900, 400)))
    assert "not gold" in bench.check(item, goldfish)
