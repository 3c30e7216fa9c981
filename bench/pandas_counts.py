"""The script an analyst would write instead of ncpm ingest: read every street CSV of a data.police.uk
archive with pandas, straight from the zip, and count rows by force, month and crime type.

usage: python3 bench/pandas_counts.py ARCHIVE.zip      (prints rows=N groups=G millis=M)
"""
import sys
import time
import zipfile

import pandas as pd

started = time.monotonic()
counts = []
rows = 0
with zipfile.ZipFile(sys.argv[1]) as archive:
    for name in sorted(archive.namelist()):
        if not name.endswith("-street.csv"):
            continue
        with archive.open(name) as entry:
            frame = pd.read_csv(entry, dtype=str, usecols=["Falls within", "Month", "Crime type"])
        rows += len(frame)
        counts.append(frame.groupby(["Falls within", "Month", "Crime type"]).size())
table = pd.concat(counts).groupby(level=[0, 1, 2]).sum()
print(f"rows={rows} groups={len(table)} millis={int((time.monotonic() - started) * 1000)}")
