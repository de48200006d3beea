"""Document writers: plain data in, file out. No Qt, no sessions.

Heavy libraries (reportlab, python-docx, openpyxl) are imported inside the functions so
that starting the app never pays for them.
"""
