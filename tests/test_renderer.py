"""The render core the CLI and the web page share: loads once, renders one at a time, cancels between steps."""

import pytest

from regionflux import Layout
from regionflux.errors import UsageError
from regionflux.renderer import RenderCancelled, Renderer, RenderOptions
from regionflux.testing import tiny_pipeline

LAYOUT = Layout(prompt="a cat and a dog", width=64, height=64, seed=1,
                regions=[dict(description="a cat", box=(0, 0, 32, 64)), dict(description="a dog", box=(32, 0, 64, 64))],
                settings=dict(num_inference_steps=3, mask_inject_steps=2))


@pytest.fixture(scope="module")
def renderer(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiny-flux")
    tiny_pipeline().save_pretrained(folder)
    return Renderer(RenderOptions(model=str(folder), device="cpu", max_sequence_length=16))


def test_cancel_stops_between_steps_and_the_next_render_runs(renderer):
    steps = []

    def cancel_after_first(step, total):
        steps.append((step, total))
        renderer.cancel()

    with pytest.raises(RenderCancelled, match="cancelled after step 1 of 3"):
        renderer.render(LAYOUT, on_step=cancel_after_first)
    assert steps == [(1, 3)]
    loaded = renderer._loaded
    steps.clear()
    image = renderer.render(LAYOUT, on_step=lambda step, total: steps.append(step))[0]
    assert steps == [1, 2, 3] and image.size == (64, 64)
    assert renderer._loaded is loaded  # the model loaded once and stayed


def test_a_layout_without_a_seed_is_refused_before_loading():
    renderer = Renderer(RenderOptions(model="/nonexistent", device="cpu"))
    with pytest.raises(UsageError, match="no seed"):
        renderer.render(LAYOUT.model_copy(update={"seed": None}))
    assert not renderer.loaded
