"""A cached template loader that renders each run of constant template nodes once per language.

Most of a page's template is the same for every patient: the layout's text, "Continue", the
footer's links, the stylesheets' hashed names. Django renders each of these nodes again on
every page: a ``{% translate %}`` looks its message up, a ``{% url %}`` reverses, a
``{% static %}`` reads the manifest. This loader (Django's cached loader, wrapping the same
loaders) goes through each template once, when it is first loaded, and replaces every run of
neighbouring nodes whose output can only depend on the language with one node that renders
the run the normal way the first time and keeps the text, per

* the active language,
* whether autoescaping is on,
* the URL conf and script prefix (for ``{% url %}``),
* the settings (any setting_changed, as in tests, starts afresh).

Constant nodes: text, comments, ``{% load %}``, ``{% translate "literal" %}`` (no ``as``, no
filters), ``{% static "literal" %}`` (no ``as``) and ``{% url "name" %}`` with literal
arguments, a name without a namespace and no ``as``. Everything else (variables, tags, blocks,
includes, ``{% csrf_token %}``) renders as before, so the HTML is byte for byte the same
(tests/checker/test_templatefold.py).
"""

import itertools
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.signals import setting_changed
from django.template import Context, Engine, Node, NodeList, Origin, Template
from django.template.base import FilterExpression, TextNode, Variable
from django.template.defaulttags import CommentNode, IfNode, LoadNode, URLNode
from django.template.loaders import cached
from django.templatetags.i18n import TranslateNode
from django.templatetags.static import StaticNode
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import translation
from django.utils.translation import get_language

_generation = itertools.count()
_current = [next(_generation)]


def _settings_changed(**kwargs: object) -> None:
    _current[0] = next(_generation)


setting_changed.connect(_settings_changed)

#: Per run, at most this many keys (languages x autoescape x URL confs) are kept.
_MAX_KEYS = 32


class ConstantRun(Node):
    """Neighbouring constant nodes, rendered once per language and kept."""

    child_nodelists = ("nodelist",)

    def __init__(self, nodes: list[Node]):
        self.nodelist = NodeList(nodes)
        self.token = nodes[0].token
        self.origin = nodes[0].origin
        self.rendered: dict[tuple[object, ...], str] = {}

    def render(self, context: Context) -> str:
        key = (_current[0], get_language(), context.autoescape, get_urlconf(),
               get_script_prefix())
        try:
            return self.rendered[key]
        except KeyError:
            pass
        text = self.nodelist.render(context)
        if len(self.rendered) >= _MAX_KEYS:
            self.rendered.clear()
        self.rendered[key] = text
        return text


def _literal(expression: object) -> bool:
    """A filter expression that is a quoted string and nothing else. Django keeps a quoted
    constant as the string itself (``{% static "x" %}``, ``{% url "x" %}``), or as a literal
    Variable where a tag makes it one (``{% translate "x" %}``)."""
    if not isinstance(expression, FilterExpression) or expression.filters:
        return False
    var = expression.var
    if isinstance(var, str):
        return True
    return isinstance(var, Variable) and var.literal is not None and var.lookups is None


def _literal_text(expression: FilterExpression) -> str:
    var = expression.var
    return var if isinstance(var, str) else str(var.literal)


def constant(node: Any) -> bool:
    """Whether the node's output depends on nothing but the language and the settings."""
    kind = type(node)
    if kind in (TextNode, CommentNode, LoadNode):
        return True
    if kind is TranslateNode:
        return (node.asvar is None and _literal(node.filter_expression)
                and (node.message_context is None or _literal(node.message_context)))
    if kind is StaticNode:
        return node.varname is None and _literal(node.path)
    if kind is URLNode:
        return (node.asvar is None and _literal(node.view_name)
                and ":" not in _literal_text(node.view_name)
                and all(_literal(arg) for arg in node.args)
                and all(_literal(arg) for arg in node.kwargs.values()))
    return False


def fold(nodelist: NodeList) -> NodeList:
    """The same nodes, each run of two or more constant ones (or one that is not plain text)
    made a ConstantRun; the nodes' own nodelists folded too."""
    folded = NodeList()
    run: list[Node] = []

    def close_run() -> None:
        if len(run) == 1 and type(run[0]) is TextNode:
            folded.append(run[0])
        elif run:
            folded.append(ConstantRun(list(run)))
        run.clear()

    for node in nodelist:
        _fold_inside(node)
        if constant(node):
            run.append(node)
        else:
            close_run()
            folded.append(node)
    close_run()
    folded.contains_nontext = nodelist.contains_nontext
    return folded


def _fold_inside(node: Node) -> None:
    if isinstance(node, IfNode):
        node.conditions_nodelists = [(condition, fold(nodes))
                                     for condition, nodes in node.conditions_nodelists]
        return
    for attribute in node.child_nodelists:
        nodes = getattr(node, attribute, None)
        if isinstance(nodes, NodeList):
            setattr(node, attribute, fold(nodes))


class Loader(cached.Loader):
    """Django's cached loader; each template folded once, when it is first loaded."""

    def get_template(self, template_name: str, skip: list[Origin] | None = None) -> Template:
        template = super().get_template(template_name, skip)
        if not getattr(template, "folded", False):
            template.nodelist = fold(template.nodelist)
            setattr(template, "folded", True)  # noqa: B010
        return template


def warm() -> int:
    """Load (and fold) every template in the site's template folders and each language's
    messages, so that workers forked afterwards (gunicorn.conf.py) start with them; returns
    how many templates were loaded."""
    engine = Engine.get_default()
    loaded = 0
    for folder in engine.dirs:
        for path in sorted(Path(folder).rglob("*.html")):
            engine.get_template(path.relative_to(folder).as_posix())
            loaded += 1
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Continue")
            reverse("checker-start")
    return loaded
