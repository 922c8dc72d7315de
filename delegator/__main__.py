"""``python -m delegator`` behaves exactly like the ``delegator`` command."""

import sys

from delegator.app import main

sys.exit(main())
