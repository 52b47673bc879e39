"""Date formats per language (settings.FORMAT_MODULE_PATH); Django's own for the rest."""
