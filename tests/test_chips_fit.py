"""The segmenter's fitting tools (bench.themes): averaged fits and leave-one-source-out CV."""

from __future__ import annotations

from bench.themes import (
    FIXED,
    Case,
    Example,
    cross_validate,
    examples,
    fit,
    fit_bagged,
    predict,
    span_f1,
)

PAGE = "She writes on supply chain resilience and on mentorship for new managers."


def _case(truth: list[str]) -> Case:
    line = " ".join(truth)
    return Case(0, "synthetic", truth, truth, [(line, PAGE, ())])


def _sources() -> dict[str, list[Example]]:
    return {
        "a": examples([_case(["supply chain resilience", "mentorship", "pricing tests"])]),
        "b": examples([_case(["mentorship", "supply chain resilience", "field sales"])]),
        "samples": examples([_case(["new managers", "mentorship"])]),
    }


def test_span_f1_counts_whole_chips_only() -> None:
    assert span_f1({(0, 2), (2, 3)}, {(0, 2), (2, 3)}) == 1.0
    assert span_f1({(0, 3)}, {(0, 2), (2, 3)}) == 0.0
    assert span_f1({(0, 2), (2, 3)}, {(0, 2), (2, 4)}) == 0.5


def test_one_seed_is_the_plain_fit_and_fixed_weights_stay_fixed() -> None:
    data = _sources()["a"] + _sources()["b"]
    assert fit_bagged(data, epochs=3, cost=1.5, seeds=1) == fit(data, epochs=3, cost=1.5)
    averaged = fit_bagged(data, epochs=3, cost=1.5, seeds=3)
    assert averaged == fit_bagged(list(data), epochs=3, cost=1.5, seeds=3)  # deterministic
    assert all(averaged[name] == value for name, value in FIXED.items())


def test_cross_validation_scores_each_source_left_out_but_not_the_samples() -> None:
    scores = cross_validate(_sources(), dev_weight=1, epochs=3, cost=1.5, seeds=2)
    assert set(scores) == {"a", "b"}
    assert all(0.0 <= value <= 1.0 for value in scores.values())
    # a fit that saw the line gets it right (the page says "supply chain resilience")
    data = _sources()["a"]
    weights = fit_bagged(data, epochs=5, cost=1.5, seeds=1)
    assert span_f1(predict(data[0], weights), data[0].gold) == 1.0
