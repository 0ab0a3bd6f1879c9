"""Read a scenario file as plain data, refusing everything YAML can do beyond plain data.

Scenario files come from authors, not from the program, so the reader checks the
size before reading, accepts UTF-8 only, and refuses tags (``!!python/...``,
``!x``, even ``!!str``), anchors and aliases, and keys given twice (PyYAML would
silently keep the last). It walks libyaml's event stream itself, which keeps the
line and column of every key and value for later messages; nothing is built
from a tag, so no code can run.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path as FsPath
from typing import Any

import yaml

from simulator.scenario.document import Document, Mark, Path
from simulator.scenario.errors import Problem, ScenarioError
from simulator.scenario.files import MAX_BYTES, read_bytes, whole_file_problem  # noqa: F401 (re-exported)

log = logging.getLogger(__name__)

MAX_DEPTH = 40
LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NOT_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_TYPED: dict[str, Callable[[yaml.ScalarNode], Any]] = {
    "tag:yaml.org,2002:null": _CONSTRUCTOR.construct_yaml_null,
    "tag:yaml.org,2002:bool": _CONSTRUCTOR.construct_yaml_bool,
    "tag:yaml.org,2002:int": _CONSTRUCTOR.construct_yaml_int,
    "tag:yaml.org,2002:float": _CONSTRUCTOR.construct_yaml_float,
}
# libyaml's wording -> words an author can act on.
_SYNTAX_HINTS = {
    "cannot start any token": "a text cannot start with this character: put the text in quotes",
    "tab character": "a tab is used for indentation here: indent with spaces only",
    "mapping values are not allowed": "unexpected colon: a text that contains \": \" must be put in quotes, "
    "or the indentation is wrong",
    "did not find expected key": "this line is not aligned with the keys above it (check the indentation)",
    "could not find expected ':'": "expected \"key: value\" here (a colon is missing)",
    "did not find expected ',' or ']'": "a list in [brackets] is not closed",
    "did not find expected ',' or '}'": "a mapping in {braces} is not closed",
    "unexpected end of stream": "the file ends inside a quoted text: a closing quote is missing",
    "unknown escape character": "unknown escape in a \"double-quoted\" text: write \\\\ for a backslash "
    "or use 'single quotes'",
    "undefined tag handle": "YAML tags (starting with !) are not allowed",
    "did not find expected <document start>": "unexpected text after the end of the document",
    "did not find expected '-' indicator": "this line is not aligned with the list items above it "
    "(check the indentation)",
    "did not find expected node content": "a value is missing here",
}


def read_document(path: FsPath, file: str) -> Document:
    """Read and parse ``path``; ``file`` is how messages name it.

    Raises ScenarioError when the file cannot be parsed. Refused constructs (tags,
    anchors, aliases, repeated keys) do not stop the reading: they are listed in
    ``doc.refusals`` so that the schema and the lint can report the rest too.
    """
    return parse_document(read_bytes(path, file), file)


def parse_document(data: bytes, file: str) -> Document:
    """Parse bytes already read by ``read_bytes``; same refusals and errors as ``read_document``."""
    text = _decode(data, file)
    doc = Document(file)
    builder = _Builder(doc)
    loader = LOADER(text)
    try:
        builder.run(loader.get_event)
    except yaml.MarkedYAMLError as exc:
        raise ScenarioError(file, [*builder.problems, _syntax_problem(file, exc, text)]) from None
    except yaml.YAMLError as exc:  # reader errors carry no line
        raise _fail(file, f"the file is not valid YAML ({exc})") from None
    finally:
        loader.dispose()
    _check_root(doc, builder.problems)
    doc.refusals = builder.problems
    return doc


def _decode(data: bytes, file: str) -> str:
    """The file's text, after the encoding and character checks."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _byte_position(data, exc.start)
        raise ScenarioError(file, [Problem(file, line, column, "the file is not UTF-8 text: save it as "
                                           f"UTF-8 (byte 0x{data[exc.start]:02x} here is not valid)")]) from None
    _check_characters(text, file)
    return text


_fail = whole_file_problem


def _byte_position(data: bytes, offset: int) -> Mark:
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace"))
    return data.count(b"\n", 0, offset) + 1, column + 1


def _check_characters(text: str, file: str) -> None:
    """Refuse control characters with a position (libyaml would only give an offset)."""
    problems = []
    for match in _NOT_PRINTABLE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line, column = text.count("\n", 0, match.start()) + 1, match.start() - line_start + 1
        problems.append(Problem(file, line, column, f"invisible control character U+{ord(match.group()):04X} "
                                "is not allowed in YAML: delete it"))
        if len(problems) >= 20:
            break
    if problems:
        raise ScenarioError(file, problems)


def _syntax_problem(file: str, exc: yaml.MarkedYAMLError, text: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or "syntax error"
    if mark and _char_at(text, mark.line, mark.column) == "\t":
        problem = "tab character"
    hint = next((words for key, words in _SYNTAX_HINTS.items() if key in problem), None)
    message = hint or f"YAML syntax error: {problem}" + (f" ({exc.context})" if exc.context else "")
    if hint and ("not closed" in hint or "closing quote" in hint) and exc.context_mark:
        mark = exc.context_mark  # point at the bracket or quote that opened it
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return Problem(file, line, column, message)


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n", line + 1)
    return lines[line][column:column + 1] if line < len(lines) else ""


def _check_root(doc: Document, refusals: list[Problem]) -> None:
    if doc.data is None and not refusals:
        raise _fail(doc.file, "the file is empty: a scenario starts with \"id:\", \"version:\", \"languages:\"...")
    if not isinstance(doc.data, dict):
        kind = "a list" if isinstance(doc.data, list) else "a single value"
        line, column = doc.at(())
        raise ScenarioError(doc.file, [*refusals, Problem(doc.file, line, column, f"the file holds {kind}, but a "
                                                          "scenario is a mapping of keys (id:, version:, ...)")])


def scalar_value(event: yaml.ScalarEvent) -> Any:
    """Plain scalars get YAML's simple types (null, bool, int, float); anything quoted stays text."""
    if event.tag is not None or not event.implicit[0]:
        return event.value
    return _plain(event.value)


@lru_cache(maxsize=4096)
def _plain(text: str) -> Any:
    """Cached: ids, numbers and short words repeat a lot across and within files."""
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
    build = _TYPED.get(tag)
    if build is None:
        return text
    try:
        return build(yaml.ScalarNode(tag, text))
    except (ValueError, OverflowError):
        return text


def _show_tag(tag: str) -> str:
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix):] if tag.startswith(prefix) else tag


_SCALAR, _END_MAP, _END_SEQ, _END_STREAM = (yaml.ScalarEvent, yaml.MappingEndEvent, yaml.SequenceEndEvent,
                                           yaml.StreamEndEvent)


def event_mark(event: yaml.Event) -> Mark:
    start = event.start_mark
    return (start.line + 1, start.column + 1) if start else (1, 1)


class _Frame:
    """An open mapping or list; ``path`` None means its content is thrown away."""

    __slots__ = ("container", "path", "key", "expect_key")

    def __init__(self, container: dict | list, path: Path | None) -> None:
        self.container = container
        self.path = path
        self.key: str | None = None
        self.expect_key = path is not None and isinstance(container, dict)  # the next scalar is a key


class _Builder:
    """Turns libyaml events into plain data and positions, collecting every refusal."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.problems: list[Problem] = []
        self.stack: list[_Frame] = []
        self.documents = 0
        self.too_deep = False

    def run(self, get_event: Callable[[], Any]) -> None:
        """Consume every event. The hot loop: keys and scalars inline, ends without a mark."""
        stack = self.stack
        while (event := get_event()) is not None:
            kind = type(event)
            if kind is _SCALAR:
                start = event.start_mark
                mark = (start.line + 1, start.column + 1)
                if event.anchor is not None or event.tag is not None:
                    self._check_node(event, mark)
                if stack and stack[-1].expect_key:
                    self._take_key(stack[-1], mark, event.value)
                else:
                    self._add(scalar_value(event), mark, event.value)
            elif kind is _END_MAP or kind is _END_SEQ:
                stack.pop()
            elif kind is _END_STREAM:
                return
            else:
                self.feed(event)

    def feed(self, event: Any) -> None:
        """Handle one of the less frequent events."""
        kind = type(event)
        if kind is yaml.ScalarEvent:
            mark = event_mark(event)
            self._check_node(event, mark)
            self._add(scalar_value(event), mark, event.value)
        elif kind is yaml.SequenceEndEvent or kind is yaml.MappingEndEvent:
            self.stack.pop()
        elif kind is yaml.SequenceStartEvent or kind is yaml.MappingStartEvent:
            self._check_node(event, event_mark(event))
            self._open([] if kind is yaml.SequenceStartEvent else {}, event_mark(event))
        elif kind is yaml.AliasEvent:
            self._refuse(event_mark(event), f'aliases such as "*{event.anchor}" are not allowed: '
                         "write the value out in full")
            self._add(None, event_mark(event), None)
        elif kind is yaml.DocumentStartEvent:
            self._start_document(event_mark(event))

    def _start_document(self, mark: Mark) -> None:
        self.documents += 1
        if self.documents == 2:
            self._refuse(mark, 'a second document starts here ("---"): a file holds one scenario')

    def _check_node(self, event: yaml.NodeEvent, mark: Mark) -> None:
        if event.anchor is not None:
            self._refuse(mark, f'anchors such as "&{event.anchor}" are not allowed: write the value out in full')
        tag = getattr(event, "tag", None)
        if tag is not None:
            self._refuse(mark, f'YAML tags such as "{_show_tag(tag)}" are not allowed: remove it '
                         "(put the text in quotes if it starts with !)")

    def _refuse(self, mark: Mark, message: str) -> None:
        self.problems.append(Problem(self.doc.file, mark[0], mark[1], message))

    def _open(self, container: dict | list, mark: Mark) -> None:
        path = self._add(container, mark, None)
        if path is not None and len(self.stack) >= MAX_DEPTH:
            if not self.too_deep:
                self._refuse(mark, f"the data is nested more than {MAX_DEPTH} levels deep")
            self.too_deep, path = True, None
        self.stack.append(_Frame(container, path))

    def _add(self, value: Any, mark: Mark, text: str | None) -> Path | None:
        """Place a value in the open container; returns its path, or None if it is thrown away."""
        if not self.stack:
            if self.documents > 1:
                return None
            self.doc.data = value
            self.doc.marks[()] = mark
            return ()
        frame = self.stack[-1]
        if frame.path is None:
            return None
        if isinstance(frame.container, list):
            path = (*frame.path, len(frame.container))
            frame.container.append(value)
        elif frame.expect_key:
            self._take_key(frame, mark, text)
            return None
        else:
            frame.expect_key = True  # a value was placed: a key comes next
            if frame.key is None:
                return None
            path = (*frame.path, frame.key)
            frame.container[frame.key] = value
        self.doc.marks[path] = mark
        return path

    def _take_key(self, frame: _Frame, mark: Mark, text: str | None) -> None:
        """Keys are kept as the text written, so ``no:`` or ``1:`` stay ids, not booleans or numbers."""
        frame.expect_key, frame.key = False, None
        assert frame.path is not None and isinstance(frame.container, dict)
        if text is None:
            self._refuse(mark, "a key must be a single word or text, not a list, a mapping or an alias")
        elif text in frame.container:
            first = self.doc.key_marks[(*frame.path, text)][0]
            self._refuse(mark, f'key "{text}" is given twice in the same mapping (first on line {first})')
        else:
            frame.key = text
            self.doc.key_marks[(*frame.path, text)] = mark

