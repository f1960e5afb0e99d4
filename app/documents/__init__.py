"""The PDF layer (reportlab): receipts of 58 and 80 mm, A4 sheets, the CJK font and QR codes."""
