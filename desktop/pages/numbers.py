"""Placeholder until this area is built: says so plainly instead of showing empty data."""
from widgets.placeholder import PlaceholderPage


def create_page(ctx):
    return PlaceholderPage("numbers".capitalize(), "This area is not built yet.")
