from __future__ import annotations

import sys

from citelint.cli import main

sys.exit(main())
