"""The roster area of the window: its page (page.py) and the dialogs and panels it opens."""
