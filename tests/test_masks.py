"""Pixel masks, token masks on the latent grid and the regional attention mask, entry by entry."""

import numpy as np
import pytest
import torch

from reference import spec_attention_mask, spec_token_masks
from regionflux import Layout, LayoutError
from regionflux.generator.kernels import SdpaKernel
from regionflux.generator.masks import pixel_masks, region_masks, token_masks


def layout(regions, width=96, height=64, background="a photo"):
    return Layout(prompt="p", width=width, height=height, regions=regions, background_prompt=background)


def grid(mask, h, w):
    return mask.view(h, w).int().tolist()


def test_box_on_the_grid():
    tokens = token_masks(layout([dict(description="a", box=(32, 16, 64, 48))], background=None))
    assert tokens.grid == (4, 6)
    assert grid(tokens.masks[0], 4, 6) == [
        [0, 0, 0, 0, 0, 0],
        [0, 0, 1, 1, 0, 0],
        [0, 0, 1, 1, 0, 0],
        [0, 0, 0, 0, 0, 0],
    ]


def test_box_off_the_grid_uses_token_centres():
    # x in [8, 40): centres 8 and 24 are inside, 40 is not; y in [9, 25): only centre 24 is inside
    tokens = token_masks(layout([dict(description="a", box=(8, 9, 40, 25))], background=None))
    assert grid(tokens.masks[0], 4, 6)[1][:3] == [1, 1, 0] and sum(map(sum, grid(tokens.masks[0], 4, 6))) == 2
    # torch's plain "nearest" would sample the top-left pixel of each token and get this wrong
    pixel = torch.from_numpy(pixel_masks(layout([dict(description="a", box=(8, 9, 40, 25))]))[0]).float()[None, None]
    wrong = torch.nn.functional.interpolate(pixel, size=(4, 6), mode="nearest")[0, 0] > 0.5
    assert not torch.equal(wrong.flatten(), tokens.masks[0])


def test_matches_the_spec_sampling_on_odd_boxes_and_non_square_canvas():
    regions = [dict(description="a", box=(5, 3, 77, 50)), dict(description="b", box=(60, 20, 96, 64))]
    lay = layout(regions, width=96, height=64)
    tokens = token_masks(lay)
    prompts, masks = spec_token_masks(lay)
    assert tokens.prompts == prompts
    assert torch.equal(tokens.masks, torch.stack(masks))


def test_background_is_uncovered_only_and_last():
    regions = [dict(description="a", box=(0, 0, 48, 64)), dict(description="b", box=(32, 0, 64, 32))]
    tokens = token_masks(layout(regions))
    assert tokens.prompts == ["a", "b", "a photo"]
    covered = tokens.masks[0] | tokens.masks[1]
    assert torch.equal(tokens.masks[2], ~covered)
    assert (tokens.masks[0] & tokens.masks[1]).any()  # overlap kept in both regions, not in background
    assert not (tokens.masks[2] & (tokens.masks[0] | tokens.masks[1])).any()


def test_background_pixels_are_the_uncovered_ones():
    halves = [dict(description="a grey cat", box=(0, 0, 48, 64)), dict(description="a brown dog", box=(48, 0, 96, 64))]
    assert region_masks(layout(halves))[0] == ["a grey cat", "a brown dog"]  # all covered: no background
    halves[1]["box"] = (48, 0, 96, 32)
    prompts, masks = region_masks(layout(halves))
    assert prompts == ["a grey cat", "a brown dog", "a photo"]
    assert masks[2].sum() == 48 * 32 and not (masks[2] & (masks[0] | masks[1])).any()
    assert region_masks(layout(halves, background=None))[0] == ["a grey cat", "a brown dog"]


def test_mask_image_uses_grey_level_128(tmp_path):
    from PIL import Image

    grey = np.zeros((64, 96), dtype=np.uint8)
    grey[:, :10], grey[:, 10:20] = 127, 128
    Image.fromarray(grey).save(tmp_path / "m.png")
    (mask,) = pixel_masks(layout([dict(description="a", mask=str(tmp_path / "m.png"))]))
    assert mask.shape == (64, 96) and not mask[:, :10].any() and mask[:, 10:20].all() and not mask[:, 20:].any()


def test_no_background_when_covered_or_disabled():
    full = [dict(description="a", box=(0, 0, 48, 64)), dict(description="b", box=(48, 0, 96, 64))]
    assert token_masks(layout(full)).prompts == ["a", "b"]
    assert token_masks(layout(full[:1], background=None)).prompts == ["a"]


def test_mask_region_with_no_token_centre_is_an_error(tmp_path):
    from PIL import Image

    mask = Image.new("L", (96, 64), 0)
    mask.putpixel((0, 0), 255)
    mask.save(tmp_path / "dot.png")
    with pytest.raises(LayoutError, match=r"regions\[0\].*covers no 16x16 token centre"):
        token_masks(layout([dict(description="a dot", mask=str(tmp_path / "dot.png"))]))


@pytest.mark.parametrize("background", ["a photo", None])
def test_attention_mask_matches_the_rules_entry_by_entry(background):
    """The dense mask SdpaKernel attends with, over [R_1; ...; R_n; image]."""
    regions = [dict(description="a", box=(0, 0, 48, 48)), dict(description="b", box=(32, 16, 80, 64))]
    tokens = token_masks(layout(regions, background=background))
    ours = SdpaKernel(tokens.masks, [3] * len(tokens.prompts), base_len=5, device="cpu").mask(torch.float32)[0, 0] == 0
    assert torch.equal(ours, spec_attention_mask(list(tokens.masks), 3))
    # spot checks of the rules themselves
    n_text = 3 * len(tokens.prompts)
    assert ours[0, 1] and not ours[0, 3]  # text of region 0 sees itself, not region 1's text
    p_only_0 = int(torch.nonzero(tokens.masks[0] & ~tokens.masks[1])[0])
    assert ours[n_text + p_only_0, 0] and not ours[n_text + p_only_0, 3]  # image p in M0 sees text 0 only
    if background is None:
        free = ~tokens.masks.any(0)
        p, q = torch.nonzero(free)[:2, 0].tolist()
        assert ours[n_text + p, n_text + q] and not ours[n_text + p, :n_text].any()


def test_transparent_pixels_of_a_mask_are_outside(tmp_path):
    from PIL import Image

    from regionflux import Layout
    from regionflux.generator.masks import pixel_mask

    mask = Image.new("RGBA", (64, 32), (255, 255, 255, 0))  # white everywhere, visible only on the left
    mask.paste((255, 255, 255, 255), (0, 0, 32, 32))
    mask.save(tmp_path / "m.png")
    layout = Layout.model_validate({"prompt": "p", "width": 64, "height": 32, "regions": [{"description": "a", "mask": "m.png"}]},
                                   context={"base_dir": tmp_path})
    inside = pixel_mask(layout, 0)
    assert inside[:, :32].all() and not inside[:, 32:].any()
