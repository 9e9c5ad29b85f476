"""The local planner: a tiny random-weight causal LM built in code, its decoding held to the schema."""

import gc
import json
import weakref

import pytest
import torch

from regionflux import Layout
from regionflux.cli import main
from regionflux.errors import PlanningError, UsageError
from regionflux.planner import LocalPlanner, PlannerConfig, resolve_kind
from regionflux.testing import tiny_chat_model


@pytest.fixture(scope="module")
def tiny():
    return tiny_chat_model()


@pytest.fixture(scope="module")
def model_dir(tiny, tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiny-lm")
    model, tokenizer = tiny
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def test_random_weights_still_give_a_valid_layout_every_time(tiny):
    """Constrained decoding makes every reply parse; the last round repairs the geometry it cannot say."""
    model, tokenizer = tiny
    planner = LocalPlanner(model, tokenizer, max_regions=2, max_rounds=1)
    for seed in range(2):
        planner.seed = seed
        layout = planner.plan("a cat and a dog", width=512, height=384)
        assert isinstance(layout, Layout) and 1 <= len(layout.regions) <= 2
        assert Layout.model_validate_json(layout.model_dump_json()) == layout


def test_edits_from_the_local_model_name_only_regions_that_exist(tiny):
    """The edit schema lists the layout's region numbers, so even random weights edit a real region."""
    model, tokenizer = tiny
    before = Layout(prompt="a cat", width=512, height=512, seed=4,
                    regions=[dict(description="A cat", box=(0, 0, 256, 256), label="cat"),
                             dict(description="A dog", box=(256, 256, 512, 512), label="dog")])
    planner = LocalPlanner(model, tokenizer, max_rounds=1)
    for seed in range(2):
        planner.seed = seed
        after = planner.edit(before, "move the cat to the right")
        assert (after.width, after.height, after.seed, after.settings) == (before.width, before.height, 4, before.settings)


def test_from_pretrained_device_dtype_and_close_frees_the_model(model_dir):
    planner = LocalPlanner.from_pretrained(str(model_dir), device="cpu", dtype="bfloat16", max_rounds=1)
    assert planner.lm.dtype == torch.bfloat16 and planner.lm.device.type == "cpu"
    alive = weakref.ref(planner.lm)
    planner.close()
    gc.collect()
    assert alive() is None and planner.lm is None
    with pytest.raises(PlanningError, match="was closed"):
        planner.plan("a cat")
    with pytest.raises(UsageError, match="--llm-device 'gpu0' is not a device torch knows"):
        LocalPlanner.from_pretrained(str(model_dir), device="gpu0")
    with pytest.raises(PlanningError, match="cannot load the local planner model"):
        LocalPlanner.from_pretrained(str(model_dir / "missing"), device="cpu")


@pytest.mark.parametrize("config, local_by_default, kind", [
    (PlannerConfig(kind="mock"), True, "mock"),  # an explicit --planner wins
    (PlannerConfig(kind="local"), False, "local"),
    (PlannerConfig(model="gpt-4o-mini"), True, "llm"),  # a named server model before the local one
    (PlannerConfig(), True, "local"),  # generate on CUDA: FLUX downloads anyway
    (PlannerConfig(), False, "mock"),  # plan, or no CUDA: never a download unasked
])
def test_which_planner_runs(config, local_by_default, kind, monkeypatch):
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    assert resolve_kind(config, local_by_default=local_by_default) == kind


def test_plan_command_with_the_local_planner_frees_it_after(model_dir, tmp_path, capsys, monkeypatch):
    import regionflux.planner.local as local

    made = []
    real = local.LocalPlanner.from_pretrained.__func__

    def spy(cls, *args, **kwargs):
        made.append(real(cls, *args, **kwargs))
        return made[-1]

    monkeypatch.setattr(local.LocalPlanner, "from_pretrained", classmethod(spy))
    out = tmp_path / "l.json"
    code = main(["plan", "a cat", "-o", str(out), "--planner", "local", "--model", str(model_dir),
                 "--llm-device", "cpu", "--max-rounds", "1", "--max-regions", "2"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "planner: asking" in err and made and made[0].lm is None  # freed as soon as the plan was made
    assert len(json.loads(out.read_text())["regions"]) >= 1
