"""Read bearing's tables in Python: the CSV downloads with pandas (docs/download.md).

Usage: python3 docs/examples/download.py [BASE_URL]   (default http://127.0.0.1:8080)
Needs only pandas (Debian: apt install python3-pandas). With pyarrow, pandas.read_parquet reads the
.parquet downloads the same way.
"""
import json
import sys
import urllib.request

import pandas as pd

base = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080").rstrip("/")

# What tables there are, with their download links.
tables = pd.read_csv(f"{base}/api/v1/tables?format=csv")
print(f"{len(tables)} tables, e.g. {', '.join(tables['table'].head(3))}")

# One table, with its provenance (publisher, version, licence, the publisher's files).
countries = pd.read_csv(f"{base}/api/v1/tables/countries.csv", keep_default_na=False, na_values=[""])
with urllib.request.urlopen(f"{base}/api/v1/tables/countries.json") as r:
    about = json.load(r)
print(f"countries: {len(countries)} rows from {about['publisher']} {about['version']} ({about['license']})")

# A table whose rows trace to the publisher's file and line (source_file, source_line): visits to the
# United States by foreign leaders (Office of the Historian), Kenya's.
visits = pd.read_csv(f"{base}/api/v1/tables/visits.csv")
kenya = visits[visits["country"] == "KEN"].sort_values("start_date")
first = kenya.iloc[0]
print(f"KEN: {len(kenya)} visits; first {first['start_date']} by {first['visitor']}, "
      f"from {first['source_file']} line {first['source_line']}")
