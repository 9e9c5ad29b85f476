"""Whatever the package writes loads back equal: random valid layouts, plans, images' embedded layouts."""

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from regionflux import Layout
from regionflux.errors import PlanningError
from regionflux.layout import MAX_CANVAS, MAX_GUIDANCE, MAX_SEED
from regionflux.outputs import layout_from_png, save_image
from regionflux.planner.mock import MockPlanner

EXAMPLES = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
text = st.text(min_size=1, max_size=40).filter(lambda s: s.strip())
finite = dict(allow_nan=False, allow_infinity=False)


@st.composite
def layouts(draw):
    width = 16 * draw(st.integers(1, MAX_CANVAS // 16))
    height = 16 * draw(st.integers(1, MAX_CANVAS // 16))
    regions = []
    for _ in range(draw(st.integers(0, 5))):
        x0 = draw(st.integers(0, width - 16))
        y0 = draw(st.integers(0, height - 16))
        box = (x0, y0, draw(st.integers(x0 + 16, width)), draw(st.integers(y0 + 16, height)))
        regions.append(dict(description=draw(text), box=box, label=draw(st.none() | text)))
    settings_ = dict(
        mask_inject_steps=draw(st.integers(0, 50)), double_inject_blocks_interval=draw(st.integers(1, 19)),
        single_inject_blocks_interval=draw(st.integers(1, 38)), base_ratio=draw(st.floats(0, 1, **finite)),
        num_inference_steps=draw(st.integers(1, 100)), guidance_scale=draw(st.floats(0, MAX_GUIDANCE, **finite)),
    )
    lora = [dict(path=draw(text), scale=draw(st.floats(-100, 100, **finite)),
                 weight_name=draw(st.none() | text.filter(lambda s: '/' not in s and '\\' not in s and '\x00' not in s and s not in ('.', '..'))))
            for _ in range(draw(st.integers(0, 2)))]
    control = draw(st.none() | st.builds(dict, model=text, image=text, mode=st.none() | st.integers(0, 20),
                                         conditioning_scale=st.floats(0, 10, **finite)))
    return Layout.model_validate(dict(
        prompt=draw(text), background_prompt=draw(st.none() | text), width=width, height=height, regions=regions,
        settings=settings_, seed=draw(st.none() | st.integers(0, MAX_SEED)), lora=lora, control=control))


@EXAMPLES
@given(layouts())
def test_saved_layout_loads_back_equal(tmp_path, layout):
    path = tmp_path / "l.json"
    layout.save(path, overwrite=True)
    again = Layout.load(path)
    assert again == layout and again.to_json() == layout.to_json()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(layouts())
def test_layout_inside_a_png_loads_back_equal(tmp_path, layout):
    path = tmp_path / "i.png"
    save_image(Image.new("L", (layout.width, layout.height)), layout, path, overwrite=True)  # the canvas size
    assert layout_from_png(path)[0] == layout


@EXAMPLES
@given(st.text(alphabet=string.printable + "éü中🐱", max_size=200),
       st.integers(1, 256).map(lambda n: 16 * n), st.integers(1, 256).map(lambda n: 16 * n))
def test_any_plan_loads_back_equal(tmp_path, prompt, width, height):
    try:
        layout = MockPlanner().plan(prompt, width=width, height=height)
    except PlanningError:
        assert not any(c.isalnum() for c in prompt)  # only a prompt with nothing to draw may fail
        return
    path = tmp_path / "p.json"
    layout.save(path, overwrite=True)
    assert Layout.load(path) == layout
