"""The LLM planner against a scripted OpenAI-compatible server on loopback (real sockets, real client)."""

import json

import pytest

from fake_openai import FakeOpenAI, error, raw, reply, stall
from regionflux import Layout
from regionflux.planner import GRID, LLMPlanner, PlanningError, box_to_grid, box_to_pixels

GOOD = {
    "prompt": "A cat and a dog on a sofa.",
    "background_prompt": "a cosy living room",
    "regions": [
        {"label": "cat", "description": "a grey tabby cat curled up", "box": [0, 250, 500, 1000]},
        {"label": "dog", "description": "a golden retriever sitting", "box": [500, 250, 1000, 1000]},
    ],
}


@pytest.fixture(autouse=True)
def fresh_servers():
    """Each fake server starts unknown (a port the OS reuses must not inherit a format)."""
    from regionflux.planner import llm

    llm._ACCEPTED_FORMAT.clear()


def planner(server, **kwargs):
    """A planner on the fake server; its replies are canned, so the review against the offline reading
    (tested on its own below) is off unless a test turns it on."""
    kwargs.setdefault("offline_review", False)
    return LLMPlanner("test-model", base_url=server.base_url, api_key="k", timeout=5, **kwargs)


def test_structured_reply_becomes_layout():
    with FakeOpenAI([reply(json.dumps(GOOD))]) as server:
        layout = planner(server, seed=7).plan("a cat and a dog on a sofa", width=1024, height=768)
    assert isinstance(layout, Layout)
    assert [r.box for r in layout.regions] == [(0, 192, 512, 768), (512, 192, 1024, 768)]
    assert layout.background_prompt == "a cosy living room" and layout.seed == 7
    (request,) = server.chat_requests()
    assert request["model"] == "test-model" and request["seed"] == 7
    assert request["response_format"]["type"] == "json_schema"
    assert request["response_format"]["json_schema"]["schema"]["properties"]["regions"]
    # the user's text arrives as data in the last message, next to the canvas shape (no pixel figures
    # that a small model would copy into its boxes)
    assert "a cat and a dog on a sofa" in request["messages"][-1]["content"]
    assert "landscape 4:3" in request["messages"][-1]["content"] and "1024" not in request["messages"][-1]["content"]
    assert request["messages"][0]["role"] == "system"
    # the reply is bounded: at most max_regions regions, bounded strings, and max_tokens to match
    schema = request["response_format"]["json_schema"]["schema"]
    assert schema["properties"]["regions"]["maxItems"] == 8
    assert schema["$defs"]["PlannedRegion"]["properties"]["box"]["items"] == {"type": "integer", "minimum": 0, "maximum": 1000}
    assert 500 < request["max_tokens"] < 2000


def test_user_text_is_not_template_source():
    with FakeOpenAI([reply(json.dumps(GOOD))]) as server:
        planner(server).plan("{{ 7 * 7 }} cats {% if true %}x{% endif %}")
    last = server.chat_requests()[0]["messages"][-1]["content"]
    assert "{{ 7 * 7 }} cats {% if true %}x{% endif %}" in last and "49" not in last


def test_reply_in_markdown_fences():
    text = "Here is the plan:\n```json\n" + json.dumps(GOOD, indent=2) + "\n```\nEnjoy!"
    with FakeOpenAI([reply(text)]) as server:
        layout = planner(server).plan("a cat and a dog")
    assert [r.label for r in layout.regions] == ["cat", "dog"]


def test_json_with_prose_around_it():
    text = "Sure! {not json} The layout is " + json.dumps(GOOD) + " -- hope that helps {x}."
    with FakeOpenAI([reply(text)]) as server:
        layout = planner(server).plan("a cat and a dog")
    assert len(layout.regions) == 2


def test_out_of_canvas_box_is_fed_back_and_fixed():
    bad = json.loads(json.dumps(GOOD))
    bad["regions"][1]["box"] = [500, 250, 1300, 1000]
    with FakeOpenAI([reply(json.dumps(bad)), reply(json.dumps(GOOD))]) as server:
        layout = planner(server).plan("a cat and a dog")
    assert len(layout.regions) == 2
    first, second = server.chat_requests()
    assert len(second["messages"]) == len(first["messages"]) + 2
    assert second["messages"][-2] == {"role": "assistant", "content": json.dumps(bad)}
    feedback = second["messages"][-1]["content"]
    assert "regions[1].box" in feedback and "1300" in feedback and "outside 0-1000" in feedback


def test_garbage_every_time_fails_after_exactly_n_rounds():
    replies = iter(f"I would love to help but I cannot draw ({i})." for i in range(10))
    with FakeOpenAI([lambda body: reply(next(replies))]) as server:
        with pytest.raises(PlanningError) as info:
            planner(server, max_rounds=4).plan("a cat")
    assert len(server.chat_requests()) == 4
    assert "no valid layout in 4 rounds" in str(info.value) and "no JSON object found" in str(info.value)


def test_repair_rounds_vary_the_sampling_and_stop_when_the_reply_repeats():
    with FakeOpenAI([reply("no idea")]) as server:
        with pytest.raises(PlanningError, match="returned the same invalid reply again \\(round 2\\)"):
            planner(server, max_rounds=5, seed=3, temperature=0.2).plan("a cat")
    first, second = server.chat_requests()  # stopped after the repeat, not 5 rounds
    assert (first["temperature"], second["temperature"]) == (0.2, 0.5)
    assert (first["seed"], second["seed"]) == (3, 4)


def test_rate_limit_then_success():
    with FakeOpenAI([error(429, "slow down", {"retry-after-ms": "10"}), reply(json.dumps(GOOD))]) as server:
        layout = planner(server).plan("a cat and a dog")
    assert len(layout.regions) == 2
    assert len(server.chat_requests()) == 2


def test_server_rejecting_json_schema_falls_back():
    def script(body):
        if body.get("response_format", {}).get("type") == "json_schema":
            return error(400, "response_format json_schema is not supported")
        return reply(json.dumps(GOOD))

    with FakeOpenAI([script]) as server:
        layout = planner(server).plan("a cat and a dog")
    assert len(layout.regions) == 2
    kinds = [r.get("response_format", {}).get("type") for r in server.chat_requests()]
    assert kinds == ["json_schema", "json_object"]


def test_server_rejecting_every_format_falls_back_to_text():
    def script(body):
        return error(400, "unsupported") if "response_format" in body else reply(json.dumps(GOOD))

    with FakeOpenAI([script]) as server:
        planner(server).plan("a cat and a dog")
    kinds = [r.get("response_format", {}).get("type") for r in server.chat_requests()]
    assert kinds == ["json_schema", "json_object", "json_object", None]


def test_timeout_is_retried_a_bounded_number_of_times():
    with FakeOpenAI([stall(1.0)]) as server:
        client_planner = LLMPlanner("m", base_url=server.base_url, api_key="k", timeout=0.2, max_retries=1)
        with pytest.raises(PlanningError, match=r"gave no complete answer within 0.2 s \(the whole request\), 2 times; a slow model needs a larger --timeout"):
            client_planner.plan("a cat")
    assert len(server.chat_requests()) == 2


def test_connection_refused_gives_clear_error():
    with FakeOpenAI([reply("{}")]) as server:
        url = server.base_url
    with pytest.raises(PlanningError, match=r"no answer from the LLM server at .*: the connection was refused .*\(tried 2 times\)"):
        LLMPlanner("m", base_url=url, api_key="k", timeout=1, max_retries=1).plan("a cat")


def test_too_many_regions_is_fed_back():
    many = dict(GOOD, regions=GOOD["regions"] * 3)
    with FakeOpenAI([reply(json.dumps(many)), reply(json.dumps(GOOD))]) as server:
        planner(server, max_regions=4).plan("pets")
    assert "use at most 4" in server.chat_requests()[1]["messages"][-1]["content"]


def test_no_key_and_no_server_is_a_clear_error(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(PlanningError, match="OPENAI_API_KEY"):
        LLMPlanner("gpt-4o-mini")


@pytest.mark.parametrize("width, height", [(1024, 1024), (1280, 768), (768, 1344), (16, 16), (1008, 432)])
def test_grid_conversion_is_exact(width, height):
    assert box_to_pixels([0, 0, GRID, GRID], width, height) == (0, 0, width, height)
    # every token-grid pixel coordinate survives pixels -> grid -> pixels when a grid step is finer than a pixel
    if width <= GRID and height <= GRID:
        for x in range(0, width + 1, 16):
            assert box_to_pixels(box_to_grid((x, 0, x, 0), width, height), width, height)[0] == x
    # rounding is to the nearest pixel, halves up, with no float drift
    assert box_to_pixels([500, 250, 750, 1000], 1024, 1024) == (512, 256, 768, 1024)
    assert box_to_pixels([1, 1, 3, 3], 1000, 500) == (1, 1, 3, 2)  # 0.5 -> 1, 1.5 -> 2


def test_server_error_naming_response_format_falls_back_to_json_mode_with_the_schema():
    """llama-cpp-python's server answers json_schema with HTTP 500 and turns json_object with a schema
    into a decoding grammar; the next planner for that server skips the refusal."""
    def script(body):
        if body.get("response_format", {}).get("type") == "json_schema":
            return error(500, "body.response_format.type: Input should be 'text' or 'json_object'")
        return reply(json.dumps(GOOD))

    with FakeOpenAI([script]) as server:
        planner(server).plan("a cat and a dog")
        planner(server).plan("a cat and a dog")  # a second planner for the same server
    formats = [r["response_format"] for r in server.chat_requests()]
    assert [f["type"] for f in formats] == ["json_schema", "json_object", "json_object"]  # no 500 retried
    assert formats[1]["schema"]["properties"]["regions"] and formats[2]["schema"]
    assert "pattern" not in json.dumps(formats[1]["schema"])  # its grammar converter cannot read \\S


def test_other_server_errors_are_retried_then_reported():
    with FakeOpenAI([error(503, "overloaded", {"retry-after-ms": "10"})]) as server:
        with pytest.raises(PlanningError, match=r"answered HTTP 503 \(overloaded\) to every one of 3 tries"):
            planner(server, max_retries=2).plan("a cat")
    assert len(server.chat_requests()) == 3


# -- the transport is the openai client's; the planner reports what happens ------------------------------
def test_a_client_passed_in_keeps_its_own_retries():
    import openai

    with FakeOpenAI([error(503, "overloaded")]) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="k", max_retries=1, timeout=5)
        with pytest.raises(PlanningError, match="to every one of 2 tries"):
            LLMPlanner("m", client=client).plan("a cat")
    assert len(server.chat_requests()) == 2  # the client's one retry, none added by the planner


def test_progress_lines_for_requests_retries_and_repairs():
    lines = []
    bad = dict(GOOD, regions=[dict(GOOD["regions"][0], box=[0, 0, 5, 5])])
    script = [error(429, "slow down", {"retry-after": "0.05"}), reply(json.dumps(bad)), reply(json.dumps(GOOD))]
    with FakeOpenAI(script) as server:
        planner(server, progress=lines.append).plan("a cat and a dog", width=1024, height=1024)
    assert lines[0].startswith("planner: asking test-model at http://127.0.0.1:") and lines[0].endswith("(round 1/3)")
    assert "the server asks to wait 0 s before retrying (HTTP 429)" in lines[1]
    assert lines[2] == "planner: retry 1 after HTTP 429"
    assert lines[3].startswith("planner: the reply was not a valid layout (regions[0].box [0, 0, 5, 5] is 5x5 grid units")
    assert lines[4].endswith("(round 2/3)")


def test_long_retry_after_is_capped():
    from regionflux.planner.llm import MAX_RETRY_AFTER

    class Response:
        status_code, text = 429, "slow down"
        headers = {"retry-after": "600"}

        def read(self):
            return b""

    lines = []
    response = Response()
    LLMPlanner("m", base_url="http://127.0.0.1:9/v1", api_key="k", progress=lines.append)._on_response(response)
    assert float(response.headers["retry-after"]) == MAX_RETRY_AFTER == 30
    assert lines == ["planner: the server asks to wait 30 s before retrying (HTTP 429)"]


def test_repair_feedback_speaks_grid_units():
    tiny = dict(GOOD, regions=[dict(GOOD["regions"][0], box=[500, 500, 501, 501])])
    with FakeOpenAI([reply(json.dumps(tiny)), reply(json.dumps(GOOD))]) as server:
        planner(server).plan("a cat", width=1024, height=768)
    feedback = server.chat_requests()[1]["messages"][-1]["content"]
    assert "box [500, 500, 501, 501] is 1x1 grid units; make it at least 23 grid units wide and high" in feedback
    assert "px" not in feedback
    # the smallest box allowed always renders as at least one 16-px token
    assert box_to_pixels([0, 0, 23, 23], 1024, 768)[3] >= 16 and box_to_pixels([0, 0, 17, 17], 1024, 1024)[2] >= 16


@pytest.mark.parametrize("url", ["not a url", "ftp://example.com/v1", "localhost:8000"])
def test_an_address_that_cannot_be_a_server_fails_at_once(url):
    with pytest.raises(PlanningError, match="is not an http\\(s\\) server address"):
        LLMPlanner("m", base_url=url, api_key="k")


def test_empty_api_key_is_named(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "")
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(PlanningError, match="OPENAI_API_KEY is set but empty"):
        LLMPlanner("gpt-4o-mini")


@pytest.mark.parametrize("answer", [
    raw("<html><body>Welcome to nginx!</body></html>"),
    raw("this is not json", content_type="application/json"),
    {"status": 200, "body": {"hello": "world"}},
], ids=["html", "not-json", "json-not-a-completion"])
def test_a_server_that_does_not_speak_openai_is_named(answer):
    with FakeOpenAI([answer]) as server:
        with pytest.raises(PlanningError, match="answered, but not with a chat completion"):
            planner(server, max_retries=0).plan("a cat")


# -- small served models ----------------------------------------------------------------------------------
@pytest.mark.parametrize("boxes, expected, note", [
    ([[0, 0.25, 0.5, 1.0], [0.5, 0.25, 1, 1]], [(0, 192, 512, 768), (512, 192, 1024, 768)], "fractions of the canvas"),
    ([[0, 192, 640, 768], [640, 192, 1280, 768]], [(0, 192, 640, 768), (640, 192, 1280, 768)], "canvas pixels"),
])
def test_boxes_in_another_convention_are_converted(boxes, expected, note):
    """Only where no grid reply could look the same: fractions, or pixels well past 1000."""
    data = json.loads(json.dumps(GOOD))
    for region, box in zip(data["regions"], boxes):
        region["box"] = box
    width = 1280 if note == "canvas pixels" else 1024
    with FakeOpenAI([reply(json.dumps(data))]) as server:
        plan = planner(server)
        layout = plan.plan("a cat and a dog", width=width, height=768)
    assert [r.box for r in layout.regions] == expected and len(server.chat_requests()) == 1
    assert note in plan.notes[0]


def test_ambiguous_pixel_boxes_are_fed_back_in_grid_terms():
    data = json.loads(json.dumps(GOOD))
    data["regions"][1]["box"] = [512, 192, 1024, 1568]  # past the canvas: not unambiguously pixels
    with FakeOpenAI([reply(json.dumps(data)), reply(json.dumps(GOOD))]) as server:
        planner(server).plan("a cat and a dog", width=1024, height=768)
    feedback = server.chat_requests()[1]["messages"][-1]["content"]
    assert "outside 0-1000" in feedback and "Input should" not in feedback


def test_a_copied_few_shot_example_is_refused():
    from regionflux import prompts

    example = prompts.few_shot_examples()[0]["plan"]
    with FakeOpenAI([reply(json.dumps(example)), reply(json.dumps(GOOD))]) as server:
        layout = planner(server).plan("a cat and a dog on a sofa")
    assert [r.label for r in layout.regions] == ["cat", "dog"]
    feedback = server.chat_requests()[1]["messages"][-1]["content"]
    assert "copies an example" in feedback and "a cat and a dog on a sofa" in feedback


def test_feedback_is_short_and_specific():
    bad = {"prompt": "x" * 400, "background_prompt": None,
           "regions": [{"label": "cat", "description": "a cat", "box": [1, 2]}, {"label": "dog", "box": [0, 0, 500, 500]}]}
    with FakeOpenAI([reply(json.dumps(bad)), reply(json.dumps(GOOD))]) as server:
        planner(server).plan("a cat and a dog")
    feedback = server.chat_requests()[1]["messages"][-1]["content"]
    assert "prompt: too long; at most 300 characters" in feedback
    assert "regions[0].box: must be exactly 4 numbers [x0, y0, x1, y1]" in feedback
    assert "regions[1].description: missing; add it" in feedback
    assert "Input should" not in feedback and "pydantic" not in feedback


def test_a_missing_v1_is_named_not_reported_as_an_unknown_model():
    def not_found(body):
        return {"status": 404, "body": {"detail": "Not Found"}}

    with FakeOpenAI([not_found]) as server:
        base = server.base_url.removesuffix("/v1")
        with pytest.raises(PlanningError, match=r"has no chat completions endpoint .* try --base-url .*/v1"):
            LLMPlanner("m", base_url=base, api_key="k", max_retries=0).plan("a cat")
    with FakeOpenAI([{"status": 404, "body": {"error": {"message": "model 'm' not found", "code": "model_not_found"}}}]) as server:
        with pytest.raises(PlanningError, match="model 'test-model' not found on the server"):
            planner(server, max_retries=0).plan("a cat")


def test_corners_in_the_other_order_are_asked_about_then_sorted():
    """[500, 1000, 0, 250] may be corners in the other order or [x, y, w, h]: the model is asked first."""
    data = json.loads(json.dumps(GOOD))
    data["regions"][0]["box"] = [500, 1000, 0, 250]
    with FakeOpenAI([reply(json.dumps(data))]) as server:
        plan = planner(server, max_rounds=2)
        layout = plan.plan("a cat and a dog", width=1024, height=768)
    assert "needs x0 < x1 and y0 < y1" in server.chat_requests()[1]["messages"][-1]["content"]
    assert layout.regions[0].box == (0, 192, 512, 768)  # the repeated reply is sorted in the last round
    assert plan.notes == ["sorted box corners given in the other order (model reply)"]


def test_nan_or_infinity_in_a_reply_is_fed_back_not_a_crash():
    bad = json.dumps(GOOD).replace("[0, 250, 500, 1000]", "[0, 250, NaN, 1e400]")
    with FakeOpenAI([reply(bad), reply(json.dumps(GOOD))]) as server:
        layout = planner(server).plan("a cat and a dog")
    assert len(layout.regions) == 2
    assert "numbers must be finite" in server.chat_requests()[1]["messages"][-1]["content"]


def test_strict_structured_output_gets_a_schema_openai_accepts():
    with FakeOpenAI([reply(json.dumps(GOOD))]) as server:
        planner(server).plan("a cat")
    strict = json.dumps(server.chat_requests()[0]["response_format"]["json_schema"]["schema"])
    assert "maxLength" not in strict and '"maxItems": 8' in strict


def test_a_request_problem_is_reported_not_taken_for_a_format_refusal():
    with FakeOpenAI([error(400, "This model's maximum context length is 4096 tokens; max_tokens is too large")]) as server:
        with pytest.raises(PlanningError, match="rejected the request: This model's maximum context length"):
            planner(server).plan("a cat")
    assert len(server.chat_requests()) == 1


def test_the_last_round_repairs_what_the_model_could_not():
    """A small model that keeps answering with a box past the canvas and a dot still gets its layout."""
    replies = iter(range(10))

    def script(body):
        data = json.loads(json.dumps(GOOD))
        data["regions"][0]["box"] = [500, 500, 501, 501 + next(replies)]  # a new (still tiny) box each round
        data["regions"][1]["box"] = [600, 0, 1900, 1000]
        del data["regions"][1]["description"]
        return reply(json.dumps(data))

    with FakeOpenAI([script]) as server:
        plan = planner(server, max_rounds=2)
        layout = plan.plan("a cat and a dog", width=1024, height=1024)
    assert len(server.chat_requests()) == 2
    cat, dog = layout.regions
    assert cat.box[2] - cat.box[0] >= 16 and cat.box[3] - cat.box[1] >= 16
    assert dog.box == (614, 0, 1024, 1024) and dog.description == "dog"
    assert set(plan.notes) == {
        "cut boxes that ran past the canvas edge (model reply)",
        "grew boxes smaller than one token to 17 grid units (model reply)",
        "used labels as missing descriptions (model reply)",
    }


def test_the_last_round_takes_a_lone_region_or_a_missing_prompt_from_the_request():
    """A 135M model's last replies: one region's fields as the whole reply, or a layout with no global prompt."""
    lone = {"label": "apple", "description": "a red apple", "box": [100, 300, 450, 700]}
    no_prompt = {"background_prompt": "a table", "regions": [lone]}
    for last in (lone, no_prompt):
        with FakeOpenAI([reply(json.dumps(last))]) as server:
            p = planner(server, max_rounds=2, offline_review=False)
            layout = p.plan("a red apple on a table")
        assert len(server.chat_requests()) == 2  # the first round asked for the fix; the last one repaired it
        assert layout.prompt == "a red apple on a table" and [r.label for r in layout.regions] == ["apple"]
        assert "used the request as the missing global prompt (model reply)" in p.notes
    with FakeOpenAI([reply(json.dumps(lone))]) as server:  # never before the last round: the model is asked first
        with pytest.raises(PlanningError, match="prompt: missing"):
            planner(server).parse_reply(json.dumps(lone), width=1024, height=1024, request="a red apple")


# -- the model's layout checked against the offline reading of the prompt --------------------------------------
def _plan(regions, prompt="a lighthouse on a rock, oil painting"):
    return json.dumps({"prompt": prompt, "background_prompt": "a coast", "regions": regions})


CORNERED = [  # what a tiny model gives: the rock above the lighthouse, and the style as a region
    {"label": "rock", "description": "a big grey rock", "box": [0, 0, 400, 300]},
    {"label": "lighthouse", "description": "a tall white lighthouse with a red band", "box": [0, 350, 400, 700]},
    {"label": "oil painting", "description": "an oil painting", "box": [500, 500, 900, 900]},
]
RIGHT = [
    {"label": "lighthouse", "description": "a tall white lighthouse with a red band", "box": [300, 50, 700, 600]},
    {"label": "rock", "description": "a big grey rock", "box": [0, 600, 1000, 1000]},
]


def test_a_layout_that_misreads_the_prompt_goes_back_to_the_model_with_what_is_wrong():
    with FakeOpenAI([reply(_plan(CORNERED)), reply(_plan(RIGHT))]) as server:
        p = planner(server, offline_review=True)
        layout = p.plan("a lighthouse on a rock, oil painting")
    repair = server.chat_requests()[1]["messages"][-1]["content"]
    assert "the lighthouse must be on top of the rock" in repair and "'oil painting' is the picture's style" in repair
    assert [r.label for r in layout.regions] == ["lighthouse", "rock"] and p.notes == []


def test_a_model_that_cannot_fix_it_gives_way_to_the_offline_boxes_with_its_descriptions():
    with FakeOpenAI([reply(_plan(CORNERED))] * 3) as server:
        p = planner(server, offline_review=True, max_rounds=3)
        layout = p.plan("a lighthouse on a rock, oil painting")
    lighthouse, rock = (next(r for r in layout.regions if r.label == name) for name in ("lighthouse", "rock"))
    assert lighthouse.box[3] <= rock.box[3] and lighthouse.description == "a tall white lighthouse with a red band"
    assert len(layout.regions) == 2 and "offline planner's boxes" in p.notes[-1] and "on top of the rock" in p.notes[-1]
    with FakeOpenAI([reply(_plan(CORNERED))]) as server:  # asked not to review: the model's layout as it is
        assert len(planner(server, offline_review=False).plan("a lighthouse on a rock, oil painting").regions) == 3


def test_repair_rounds_stop_when_another_would_not_end_in_time():
    with FakeOpenAI([stall(1.2), reply(_plan(CORNERED)), reply(_plan(RIGHT))]) as server:
        p = LLMPlanner("m", base_url=server.base_url, api_key="k", timeout=5, max_retries=0, max_rounds=3, deadline=2.0,
                       offline_review=False)
        with pytest.raises(PlanningError):
            p.plan("a lighthouse on a rock")  # the first answer ({}) is no layout and a second round would not fit
    assert len(server.chat_requests()) == 1


def test_a_repair_round_past_the_models_context_ends_the_rounds_and_history_stays_short():
    full = error(400, "This model's maximum context length is 2048 tokens. However, you requested 3446 tokens")
    with FakeOpenAI([reply("not json"), reply(_plan(CORNERED)), full]) as server:
        p = planner(server, offline_review=True, max_rounds=3)
        layout = p.plan("a lighthouse on a rock, oil painting")
    third = server.chat_requests()[2]["messages"]
    assert [m["role"] for m in third].count("assistant") == len(
        [m for m in server.chat_requests()[0]["messages"] if m["role"] == "assistant"]) + 1  # only the last reply
    # the model's one valid (but wrong) layout gives way to the offline boxes, as when the rounds run out
    assert sorted(r.label for r in layout.regions) == ["lighthouse", "rock"] and "offline planner's boxes" in p.notes[-1]
    with FakeOpenAI([reply("not json"), reply("still not json"), full]) as server:
        with pytest.raises(PlanningError, match="before its context was full"):
            planner(server, offline_review=True, max_rounds=3).plan("a lighthouse on a rock, oil painting")
    llama = error(400, "request (2300 tokens) exceeds the available context size (2048 tokens)")
    with FakeOpenAI([reply(_plan(CORNERED)), llama]) as server:  # llama.cpp's own words
        assert "offline planner's boxes" in _notes_of(planner(server, offline_review=True, max_rounds=3))
    # a refusal that is not about the context, or a rate limit, on a repair round is still the user's to see
    for other in (error(400, "unknown field 'seed'"), error(429, "Tokens per minute limit exceeded - too many tokens")):
        with FakeOpenAI([reply(_plan(CORNERED)), other, other, other]) as server:
            with pytest.raises(PlanningError) as info:
                planner(server, offline_review=True, max_rounds=3).plan("a lighthouse on a rock, oil painting")
        assert "context was full" not in str(info.value)


def _notes_of(p):
    p.plan("a lighthouse on a rock, oil painting")
    return " ".join(p.notes)
