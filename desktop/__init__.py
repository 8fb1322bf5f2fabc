"""The application shell: start-up, main window, pages, background tasks, settings and the CLI."""
