"""One workstation of the concurrent-import test, run as its own process:

    python -m tests.multiuser.race_worker START_AT REPDESK-ARGS…

Loads the command line and the import code, waits until the wall clock reaches START_AT (so the
processes of a round start their import at the same moment, not a process start-up apart), then
runs `repdesk REPDESK-ARGS…` in this process. The exit code is the command's; anything but a
RepdeskError ends with a traceback on stderr, which the test looks for."""
from __future__ import annotations

import sys
import time


def main(argv: list[str]) -> int:
    start_at, args = float(argv[0]), argv[1:]
    from desktop.main import main as repdesk
    import desktop.cli  # noqa: F401  (the command modules, loaded before the start line)
    import models.imports.deals  # noqa: F401
    import models.imports.reps  # noqa: F401
    delay = start_at - time.time()
    if delay > 0:
        time.sleep(delay)
    return repdesk(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
