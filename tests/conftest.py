"""Session-wide test settings.

Loading scenarios writes a cache of checked files (``simulator.scenario.cache``);
tests must never touch the user's own cache folder, and some test modules load
scenarios at import time, so the folder is redirected here, before collection.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

_CACHE = tempfile.mkdtemp(prefix="simulator-test-cache-")
os.environ["SIMULATOR_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)
