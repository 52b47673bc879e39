"""The report: what the page and the PDF show (``context``), the timeline drawing
(``timeline``) and the PDF with its store (``pdf``)."""
