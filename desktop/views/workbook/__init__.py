"""Export a partnership as one workbook, and import the edited workbook back."""
