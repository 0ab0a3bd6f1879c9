"""The quick reading of a scenario file: plain data and the few positions a valid file keeps.

Most files are valid, and ``yamlsafe.parse_document`` records the line and column
of every key and value for messages they never need. This reading keeps only the
positions the model keeps (top-level values, nodes, replies, endings) and gives up
(None) at anything ``parse_document`` would refuse or word, which then reads the
file again. Where it gives a document, its data is what ``parse_document`` builds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml

from simulator.scenario.document import Document
from simulator.scenario.yamlsafe import LOADER, MAX_DEPTH, event_mark, scalar_value

_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")
_SCALAR, _END_MAP, _END_SEQ, _END_STREAM = (yaml.ScalarEvent, yaml.MappingEndEvent, yaml.SequenceEndEvent,
                                           yaml.StreamEndEvent)
_START_MAP, _START_SEQ, _START_DOC, _ALIAS = (yaml.MappingStartEvent, yaml.SequenceStartEvent,
                                             yaml.DocumentStartEvent, yaml.AliasEvent)
_NO_KEY: Any = object()  # in a mapping's frame: the next scalar is a key
MARKED_DEPTH = 4  # ("nodes", id, "replies", i): the deepest position the model keeps


def read_plain(data: bytes, file: str) -> Document | None:
    """The document of a file with nothing to refuse, or None when ``parse_document`` must read it."""
    if data[:2] in _UTF16_MARKS:
        return None  # libyaml would read UTF-16; the careful reading refuses it
    doc = Document(file)
    loader = LOADER(data)  # bytes: libyaml decodes, and refuses control characters, by itself
    try:
        plain = _QuickBuilder(doc).run(loader.get_event)
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    return doc if plain and isinstance(doc.data, dict) else None


class _QuickBuilder:
    """``yamlsafe._Builder`` for files with nothing to refuse: gives up (False) at the first unusual event."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.stack: list[list[Any]] = []  # [container, path or None when too deep to mark, key]
        self.documents = 0

    def run(self, get_event: Callable[[], Any]) -> bool:
        """True when the whole stream was plain data. The hot loop, so scalars are handled inline."""
        stack, key_marks, marks = self.stack, self.doc.key_marks, self.doc.marks
        while (event := get_event()) is not None:
            kind = type(event)
            if kind is _SCALAR:
                if event.anchor is not None or event.tag is not None or not stack:
                    return False
                frame = stack[-1]
                container, path, key = frame
                if type(container) is not dict:
                    container.append(scalar_value(event))
                elif key is not _NO_KEY:
                    container[key] = scalar_value(event)
                    frame[2] = _NO_KEY
                    if path == ():
                        marks[(key,)] = event_mark(event)
                else:
                    key = event.value
                    if key in container:
                        return False
                    frame[2] = key
                    if path is not None and len(path) < 2:
                        key_marks[(*path, key)] = event_mark(event)
            elif kind is _END_MAP or kind is _END_SEQ:
                stack.pop()
            elif kind is _END_STREAM:
                return True
            elif not self.open(event, kind):
                return False
        return True

    def open(self, event: Any, kind: type) -> bool:
        """A mapping or list starts, or a document; False for anything the careful reader must word."""
        if kind is _START_DOC:
            self.documents += 1
            return self.documents == 1
        if kind is not _START_MAP and kind is not _START_SEQ:
            return kind is not _ALIAS  # the stream's start, a document's end: nothing to build
        if event.anchor is not None or event.tag is not None or len(self.stack) >= MAX_DEPTH:
            return False
        new: dict | list = {} if kind is _START_MAP else []
        path = self._place(new)
        if path is _NO_KEY:
            return False
        if path is not None:
            self.doc.marks[path] = event_mark(event)
        self.stack.append([new, path, _NO_KEY])
        return True

    def _place(self, new: dict | list) -> Any:
        """Put a new container in its parent; its path, None when too deep to mark, _NO_KEY when misplaced."""
        if not self.stack:
            if self.doc.data is not None:
                return _NO_KEY
            self.doc.data = new
            return ()
        frame = self.stack[-1]
        container, path, key = frame
        if type(container) is list:
            step = len(container)
            container.append(new)
        elif key is _NO_KEY:
            return _NO_KEY  # a list or mapping used as a key
        else:
            step, frame[2] = key, _NO_KEY
            container[key] = new
        return (*path, step) if path is not None and len(path) < MARKED_DEPTH else None
