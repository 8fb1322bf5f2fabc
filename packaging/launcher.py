"""Entry script of the frozen bundle: the same `repdesk` as the installed command."""
import sys

from desktop.main import main

if __name__ == "__main__":
    sys.exit(main())
