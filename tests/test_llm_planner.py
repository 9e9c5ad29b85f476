"""The LLM planner against a scripted OpenAI-compatible server on loopback (real sockets, real client)."""

import json

import pytest

from fake_openai import FakeOpenAI, error, reply, stall
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


def planner(server, **kwargs):
    kwargs.setdefault("backoff", 0.01)
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
    # the user's text arrives as data in the last message, next to the canvas size
    assert "a cat and a dog on a sofa" in request["messages"][-1]["content"]
    assert "1024x768" in request["messages"][-1]["content"]
    assert request["messages"][0]["role"] == "system"


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
    with FakeOpenAI([reply("I would love to help but I cannot draw.")]) as server:
        with pytest.raises(PlanningError) as info:
            planner(server, max_rounds=4).plan("a cat")
    assert len(server.chat_requests()) == 4
    assert "no valid layout in 4 rounds" in str(info.value) and "no JSON object found" in str(info.value)


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
    assert kinds == ["json_schema", "json_object", None]


def test_timeout_is_retried_a_bounded_number_of_times():
    with FakeOpenAI([stall(1.0)]) as server:
        client_planner = LLMPlanner("m", base_url=server.base_url, api_key="k", timeout=0.2, max_retries=2, backoff=0.01)
        with pytest.raises(PlanningError, match="failed 3 times \\(timed out\\)"):
            client_planner.plan("a cat")
    assert len(server.chat_requests()) == 3


def test_connection_refused_gives_clear_error():
    with FakeOpenAI([reply("{}")]) as server:
        url = server.base_url
    with pytest.raises(PlanningError, match="connection failed"):
        LLMPlanner("m", base_url=url, api_key="k", timeout=1, max_retries=1, backoff=0.01).plan("a cat")


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


def test_server_error_naming_response_format_falls_back():
    """llama-cpp-python's server answers an unknown response_format type with HTTP 500."""
    def script(body):
        if body.get("response_format", {}).get("type") == "json_schema":
            return error(500, "body.response_format.type: Input should be 'text' or 'json_object'")
        return reply(json.dumps(GOOD))

    with FakeOpenAI([script]) as server:
        planner(server).plan("a cat and a dog")
    kinds = [r.get("response_format", {}).get("type") for r in server.chat_requests()]
    assert kinds == ["json_schema", "json_object"]


def test_other_server_errors_are_retried_then_reported():
    with FakeOpenAI([error(503, "overloaded")]) as server:
        with pytest.raises(PlanningError, match=r"failed 3 times \(server error, HTTP 503\)"):
            planner(server, max_retries=2).plan("a cat")
    assert len(server.chat_requests()) == 3
