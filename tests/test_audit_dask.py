"""The Dask engine on a two-worker LocalCluster: the same rows as the local engine, and a
worker killed mid-run loses and duplicates nothing (its partitions run again elsewhere).

One cluster for the module (starting one takes seconds); a few hundred short articles,
so the whole module stays around a minute on two slow cores.
"""

from __future__ import annotations

import os
import signal
import time

import distributed  # (the dask extra, in the test extra: a missing one fails, not skips)
import pytest
from newsgen import articles, write_jsonl

import lintnews
from lintnews.integrations.audit.archive import Columns
from lintnews.integrations.audit.engines import DaskEngine, LocalEngine
from lintnews.integrations.audit.run import audit

pytestmark = pytest.mark.dask

N = 240
COLUMNS = Columns(format="format", group_by=("section", "year"))


@pytest.fixture(scope="module")
def client():
    import logging
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=logging.ERROR)
        client = distributed.Client(cluster)
    yield client
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        client.close()
        cluster.close()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return write_jsonl(tmp_path_factory.mktemp("dask") / "news.jsonl", articles(N, seed=11, paragraphs=4))


@pytest.fixture(scope="module")
def local_rows(archive, tmp_path_factory):
    out = tmp_path_factory.mktemp("local") / "rows.jsonl"
    report = audit([str(archive)], str(out), lintnews.Linter(), LocalEngine(1), COLUMNS, partition_size=12)
    assert report.articles == N and report.diagnostics > N
    return out.read_bytes(), report


def test_dask_gives_the_local_engines_rows_byte_for_byte(client, archive, local_rows, tmp_path):
    out = tmp_path / "rows.jsonl"
    report = audit([str(archive)], str(out), lintnews.Linter(), DaskEngine(client=client), COLUMNS,
                   partition_size=12)
    assert out.read_bytes() == local_rows[0]
    assert report.summary.rows() == local_rows[1].summary.rows()
    assert len(client.scheduler_info()["workers"]) == 2  # (it ran on the two workers)


def test_a_worker_killed_mid_run_loses_and_duplicates_no_row(client, archive, local_rows, tmp_path):
    killed: dict[str, object] = {}

    def kill_one(result) -> None:  # (called after each partition that came back)
        if killed:
            return
        processing = client.processing()
        busy = [addr for addr, keys in processing.items() if keys]
        if not busy:
            return
        pids = client.run(os.getpid, workers=[busy[0]])
        pid = pids[busy[0]]
        killed.update(addr=busy[0], pid=pid, tasks=len(processing[busy[0]]))
        os.kill(pid, signal.SIGKILL)

    out = tmp_path / "rows.jsonl"
    seen: list[int] = []

    def on_result(result) -> None:
        seen.append(result.index)
        kill_one(result)

    report = audit([str(archive)], str(out), lintnews.Linter(), DaskEngine(client=client), COLUMNS,
                   partition_size=6, on_result=on_result)
    assert killed and killed["tasks"] >= 1  # the worker died while it had partitions
    assert sorted(seen) == list(range(N // 6))  # every partition came back once
    assert report.articles == N
    assert out.read_bytes() == local_rows[0]
    # the nanny replaces the worker, so the next test (if any) has two again
    deadline = time.monotonic() + 60
    while len(client.scheduler_info()["workers"]) < 2 and time.monotonic() < deadline:
        time.sleep(0.5)
