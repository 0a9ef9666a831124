"""``python -m lintnews``: the same command as ``lintnews``.

``python -m`` puts the working directory first on ``sys.path``; in a checkout being
linted, every module imported later (a plugin's, or a lazily imported one such as
``json``) could then come from the checkout. It is taken off again, as Python's own
``-P`` would, so ``python -m lintnews`` imports what ``lintnews`` imports.
(``lintnews`` itself is already imported, from where it is installed.)
"""

import os
import sys

if sys.path and (sys.path[0] == "" or os.path.abspath(sys.path[0]) == os.getcwd()):
    del sys.path[0]

from lintnews.cli import main

main()
