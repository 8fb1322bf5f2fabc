"""Where Repdesk keeps its files. Light on purpose: the window reads this before SQLAlchemy loads."""
from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "Repdesk"
ENV_VAR = "REPDESK_DB"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_path() -> Path:
    return data_dir() / "repdesk.sqlite"


def demo_path() -> Path:
    return data_dir() / "demo.sqlite"
