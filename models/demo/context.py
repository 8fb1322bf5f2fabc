"""What every demo generator receives."""
from __future__ import annotations

import datetime as dt
import random
import zlib
from dataclasses import dataclass, field
from typing import Any, Callable

from sqlalchemy.engine import Connection


@dataclass
class DemoRep:
    id: int
    full_name: str
    team_id: int
    language: str
    role: str
    status: str
    work_mode: str
    employment: str
    hire_date: dt.date
    end_date: dt.date | None
    territory_id: int | None
    manager_id: int | None


@dataclass
class DemoContext:
    connection: Connection
    seed: int
    today: dt.date
    user: str
    reps_wanted: int = 300  # how many reps the company generator makes
    reps: list[DemoRep] = field(default_factory=list)
    team_ids: list[int] = field(default_factory=list)
    territory_ids: list[int] = field(default_factory=list)     # leaf territories
    # Reps whose data tells a story across areas: 'dropping' (activity falls a month before sales
    # do), 'steady' (about 90% of quota every month), 'volatile' (150% one month, 40% the next).
    story_reps: dict[str, int] = field(default_factory=dict)
    progress: Callable[[str], None] = lambda message: None
    # How far the running area is (0 to 1): a big area calls it as it goes, so that the bar of
    # the start-up dialog moves with the work (generate() turns it into the whole run's share).
    advance: Callable[[float], None] = lambda part: None
    # The deals being drawn in another process (funnel.start_drawing), for the funnel area.
    funnel_drawing: Any = None

    def rng(self, area: str) -> random.Random:
        """An independent, reproducible random stream per area."""
        return random.Random(self.seed * 1_000_003 + zlib.crc32(area.encode()))
