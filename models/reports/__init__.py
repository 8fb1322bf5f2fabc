"""reportlab builders: review PDFs, the team summary, fonts and escaping."""
