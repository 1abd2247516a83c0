"""What a worker process has loaded once `pipeline.warm` ran (the fork server runs it, and
every worker starts as a copy): the models the first documents would otherwise load in each
worker, and nothing that starts a thread before the fork server forks."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import json, sys
import pipeline.warm
from extractors.targets.extract import _pos_tags
print(json.dumps({"tagged": _pos_tags.cache_info().currsize, "modules": sorted(m for m in ("underthesea", "pandas", "pyarrow") if m in sys.modules)}))
"""


def test_warm_loads_the_tagger_and_not_arrow():
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    loaded = json.loads(out.splitlines()[-1])
    assert loaded["tagged"] >= 1  # the sample's "05 bộ dữ liệu" was read by the part-of-speech tagger
    assert loaded["modules"] == ["underthesea"]  # pandas and Arrow load in each worker (Arrow's allocator starts a thread)
