"""Imports every entity module so that Base.metadata knows the whole schema.

Each area adds its own module here (one line), next to its own Alembic migration.
"""
from models.db import core  # noqa: F401
from models.db import funnel  # noqa: F401
from models.db import activity  # noqa: F401
from models.db import roster  # noqa: F401
from models.db import quality  # noqa: F401
from models.db import reviews  # noqa: F401
from models.db import company  # noqa: F401
from models.db import private_columns  # noqa: F401  (loads reps' private details where granted)
from models.db import imports  # noqa: F401
from models.db import field_notes  # noqa: F401
from models.db import plans  # noqa: F401
from models.db import other_costs  # noqa: F401
