"""Frozen entry point: the ``simulator`` executable is the window (no arguments) and the CLI."""

import sys

from simulator.cli import main

if __name__ == "__main__":
    sys.exit(main())
