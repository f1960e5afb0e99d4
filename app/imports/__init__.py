"""Bring a center's existing records in from spreadsheets (花名册, 台账): residents with their category tags, children
with the adults who may collect them, and volunteers, from .xlsx, .xls, .ods and .csv (issue 17 item 1).

- `sheets`: opening a file and streaming its rows (openpyxl read-only for .xlsx, python-calamine for .xls/.ods, the
  csv module for .csv); bad files become one clear `ImportFileError`.
- `fields`: what each kind of record takes, the Chinese column names that mean it, finding the header row below
  title rows, and the column mapping.
- `cells`: what real sheets hold turned into what the forms take (ID numbers stored as numbers, dates in six
  spellings, phones with spaces, names padded with spaces, tags in one column, one address column).
- `rows`: one row read and checked with the forms' own rules (no database).
- `formulas`: formula cells whose result the file does not hold (or holds as an error), found in the file itself.
- `records`: who a row is among the registered residents, and new residents' rows written in batches.
- `service`: duplicates, and the import itself in one unit of work; `errorsheet`: the rows to fix.
"""
