"""Static files shipped with Repdesk: demo word lists, fonts, icons."""
from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    return RESOURCES_DIR.joinpath(*parts)
