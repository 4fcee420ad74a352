"""Every file the desk reads or writes: PDF documents (``formats.pdf``), CSV, XLSX, vCard, iCalendar and
e-mail. Data in, bytes out (or bytes in, rows out): no database, no Qt. The formula guard, the CSV dialect
and the XLSX writer exist once here and every export goes through them."""
