"""Fonts embedded in the PDFs: DejaVu Sans (+Bold) and WenQuanYi Zen Hei; licences beside them."""
