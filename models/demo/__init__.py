"""A seeded, deterministic demo company: `generate(db, reps=..., seed=..., today=...)`.

Each area of the product adds its own generator module to AREA_GENERATORS; every generator gets a
DemoContext (the connection, the people and places made so far, and its own random stream derived
from the seed and its name, so adding an area never changes what the others produce).
"""
from models.demo.context import DemoContext
from models.demo.generate import AREA_GENERATORS, generate

__all__ = ["AREA_GENERATORS", "DemoContext", "generate"]
