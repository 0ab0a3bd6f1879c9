#!/usr/bin/env bash
# Create a separate virtualenv holding ralph (a real xAPI Learning Record Store) for the LRS tests.
# Kept apart from .venv so ralph's pinned dependencies never clash with the simulator's.
# Usage: tools/setup_lrs.sh [VENV_DIR]   (default: .venv-lrs at the repository root)
# Then: SIMULATOR_RALPH=<VENV_DIR>/bin/ralph .venv/bin/pytest tests/records -m lrs
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${1:-$root/.venv-lrs}"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/ralph" ]; then
    "$python" -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
    # ralph 5 imports requests (OIDC) without declaring it; the tests start ralph 5's app directly.
    "$venv/bin/pip" install --quiet "ralph-malph[lrs,cli]>=5,<6" requests \
        || "$venv/bin/pip" install --quiet "ralph-malph[lrs,cli]>=5,<6" requests  # one retry: a registry hiccup
fi
"$venv/bin/ralph" --version
echo "ralph is ready: export SIMULATOR_RALPH=$venv/bin/ralph"
