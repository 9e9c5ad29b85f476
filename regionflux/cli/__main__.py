"""`python -m regionflux.cli`."""

import sys

from . import main

sys.exit(main())
