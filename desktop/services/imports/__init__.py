"""Reading contact lists and workbooks that users bring from elsewhere.

Readers turn a file (xlsx, Danish Excel CSV, Outlook CSV, vCard) into a plain table or
reject it with a Danish ``ImportRejected``; nothing is written until the user confirms a
preview, and then in one transaction.
"""
