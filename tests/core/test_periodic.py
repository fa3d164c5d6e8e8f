from openline.core import periodic


def test_due_jobs_run_once_per_interval_and_a_failure_does_not_stop_the_others(monkeypatch):
    monkeypatch.setattr(periodic, "_jobs", {})
    calls = []

    def boom():
        raise RuntimeError("feed is down")

    periodic.register("count", 30, lambda: calls.append(1))
    periodic.register("boom", 30, boom)
    assert periodic.run_due(now=100.0) == ["count", "boom"]
    assert periodic.run_due(now=110.0) == []
    assert periodic.run_due(now=131.0) == ["count", "boom"]
    assert len(calls) == 2
