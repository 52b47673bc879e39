"""One row by primary key, with the SQL Django compiles for it made once per database.

Each question page loads its questionnaire by id. Building that query through the ORM
(queryset, lookups, compiler) cost several times the query itself; ``ByPrimaryKey`` asks
Django's compiler once for the SQL, the columns and the converters of
``Model.objects.filter(pk=…)``, then runs that SQL with the id and makes the instance with
``Model.from_db``, as the ORM does (tests/checker/test_bypk.py compares every field).
"""

import uuid
from typing import Any

from django.db import connections, router
from django.db.models import Model

#: A valid UUID key to compile the query with; any other value of the key's type will do.
_SAMPLE = uuid.UUID(int=0)


class ByPrimaryKey:
    def __init__(self, model: type[Model], sample: Any = _SAMPLE):
        self.model = model
        self.sample = sample  # any valid primary key value, to compile the query with
        self._compiled: dict[str, tuple[str, list[str], Any, Any]] = {}

    def _compile(self, alias: str) -> tuple[str, list[str], Any, Any]:
        if alias not in self._compiled:
            query = self.model._default_manager.using(alias).filter(pk=self.sample).query
            compiler = query.get_compiler(using=alias)
            sql, params = compiler.as_sql()
            if len(params) != 1:
                raise ValueError(f"expected one parameter, got {params!r}")
            columns = [column for column, _, _ in compiler.select]
            names = [column.target.attname for column in columns]
            converters = compiler.get_converters(columns)
            self._compiled[alias] = (sql, names, compiler, converters)
        return self._compiled[alias]

    def get(self, pk: Any) -> Model | None:
        """The instance whose primary key is ``pk``, or None."""
        alias = router.db_for_read(self.model)
        connection = connections[alias]
        sql, names, compiler, converters = self._compile(alias)
        value = self.model._meta.pk.get_db_prep_value(pk, connection, prepared=False)
        with connection.cursor() as cursor:
            cursor.execute(sql, [value])
            row = cursor.fetchone()
        if row is None:
            return None
        if converters:
            row = next(iter(compiler.apply_converters([row], converters)))
        return self.model.from_db(alias, names, list(row))
