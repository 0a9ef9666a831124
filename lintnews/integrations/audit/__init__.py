"""``lintnews audit``: lint an archive of articles (JSON Lines or Parquet) on one machine or a
Dask cluster, and write one row per diagnostic plus a summary per group.

The flow, one module per step:

    archive (read rows, in partitions) -> engines (local process pool | Dask) ->
    partition (lint one partition: a pure function) -> spill (each partition's rows,
    sorted, to a run file) -> merge (the runs in order) -> writers (JSON Lines | Parquet)
    and summary (counts per group, category and rule; table and CSV)

Why partitions are pure: a Dask worker that dies is replaced and its partition linted
again; a partition's result depends only on its rows and the linter's settings, and is
stored under the partition's number, so a retry can neither lose nor duplicate rows.
Why runs are merged: rows are ordered by article id, then position, whatever order
the partitions finish in, and memory stays flat however large the archive (nothing
holds more than a few partitions and one buffer per run).

pyarrow (Parquet) and dask are optional extras, imported only when a run needs them
(:mod:`lintnews.integrations.audit.extras`).
"""
