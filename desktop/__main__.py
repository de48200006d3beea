"""``python -m desktop`` starts the GUI (and accepts the same options as ``fodslag``)."""

import sys

from desktop.cli import main

sys.exit(main(sys.argv[1:]))
