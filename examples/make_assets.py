"""Draw the mask and control images the example layouts use.

The seed's own masks and condition images are not available here, so these are simple stand-ins
made from geometry: two blob masks for the dog/cat demo, a depth-like gradient with three car
shapes, and a stick-figure pose on black. Run `python examples/make_assets.py` to redraw them.
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

HERE = Path(__file__).resolve().parent


def dog_cat_masks() -> None:
    for name, box in (("dog_cat_mask_dog.png", (120, 180, 620, 740)), ("dog_cat_mask_cat.png", (700, 260, 1150, 740))):
        image = Image.new("L", (1280, 768), 0)
        draw = ImageDraw.Draw(image)
        x0, y0, x1, y1 = box
        draw.ellipse(box, fill=255)  # body
        head = (x0 + (x1 - x0) // 4, y0 - 120, x1 - (x1 - x0) // 4, y0 + 160)
        draw.ellipse(head, fill=255)
        image.save(HERE / name)


def cars_depth() -> None:
    width, height = 1280, 960
    image = Image.new("L", (width, height))
    image.putdata([int(40 + 120 * y / height) for y in range(height) for _ in range(width)])  # road recedes upwards
    draw = ImageDraw.Draw(image)
    for i, near in enumerate((230, 250, 220)):
        cx = 213 + i * 427
        draw.rounded_rectangle((cx - 180, 520, cx + 180, 820), radius=60, fill=near)  # body
        draw.rounded_rectangle((cx - 110, 430, cx + 110, 560), radius=40, fill=near - 20)  # cabin
        for wx in (cx - 120, cx + 120):
            draw.ellipse((wx - 50, 770, wx + 50, 870), fill=near - 60)
    image.filter(ImageFilter.GaussianBlur(6)).convert("RGB").save(HERE / "controlnet_cars_depth.png")


def woman_pose() -> None:
    image = Image.new("RGB", (1280, 960), (0, 0, 0))
    draw = ImageDraw.Draw(image)
    joints = {
        "head": (330, 170), "neck": (330, 260), "r_sh": (260, 270), "l_sh": (400, 270),
        "r_el": (220, 400), "l_el": (440, 400), "r_wr": (200, 520), "l_wr": (470, 510),
        "r_hip": (290, 540), "l_hip": (370, 540), "r_kn": (270, 700), "l_kn": (400, 700),
        "r_an": (250, 860), "l_an": (440, 850),
    }
    limbs = [
        ("head", "neck", (255, 0, 0)), ("neck", "r_sh", (255, 85, 0)), ("neck", "l_sh", (255, 170, 0)),
        ("r_sh", "r_el", (255, 255, 0)), ("r_el", "r_wr", (170, 255, 0)), ("l_sh", "l_el", (85, 255, 0)),
        ("l_el", "l_wr", (0, 255, 0)), ("neck", "r_hip", (0, 255, 85)), ("neck", "l_hip", (0, 255, 170)),
        ("r_hip", "r_kn", (0, 255, 255)), ("r_kn", "r_an", (0, 170, 255)), ("l_hip", "l_kn", (0, 85, 255)),
        ("l_kn", "l_an", (0, 0, 255)),
    ]
    for a, b, colour in limbs:
        draw.line((joints[a], joints[b]), fill=colour, width=12)
    for x, y in joints.values():
        draw.ellipse((x - 9, y - 9, x + 9, y + 9), fill=(255, 255, 255))
    image.save(HERE / "controlnet_woman_pose.png")


if __name__ == "__main__":
    dog_cat_masks()
    cars_depth()
    woman_pose()
