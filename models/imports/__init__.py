"""Reading CSV/XLSX files from CRMs and agencies; `tabular` holds what every import shares."""
