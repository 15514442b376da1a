"""JSON from outside (a profile file, a line of the session log, a request body), decoded with
one typed error whatever is wrong with it.

`json.loads` raises more than `JSONDecodeError` on such input: `ValueError` for an integer of
more than 4,300 digits (Python's limit on converting text to int, which keeps that conversion
from taking quadratic time), `RecursionError` for arrays or objects nested about a thousand
deep, `UnicodeDecodeError` for bytes that are not text. Every front end catches `JsonError`
alone and says what was wrong, instead of answering with a traceback or a 500.
"""

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class JsonError(ValueError):
    """Not JSON, or JSON that cannot be read into Python values; the message says why."""


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        digits = len(text.lstrip("-"))
        limit = sys.get_int_max_str_digits()
        raise JsonError(f"a number of {digits} digits; at most {limit} are read") from None


_DECODER = json.JSONDecoder(parse_int=_int)


@contextmanager
def _as_json_error() -> Iterator[None]:
    try:
        yield
    except JsonError:
        raise
    except UnicodeDecodeError:
        raise JsonError("not UTF-8 text") from None
    except json.JSONDecodeError as e:
        raise JsonError(str(e)) from None
    except RecursionError:
        raise JsonError("nested too deeply") from None


def decode(data: str | bytes) -> Any:
    """The one JSON value in `data`; bytes are decoded as `json.loads` does (UTF-8, or UTF-16
    or 32 by their first bytes). Raises JsonError."""
    with _as_json_error():
        if isinstance(data, bytes):
            data = data.decode(json.detect_encoding(data), "surrogatepass")
        return _DECODER.decode(data)


def decode_all(text: str) -> list[Any]:
    """The JSON values in `text`, one after another (whitespace between them is allowed).
    Raises JsonError unless the whole of `text` is such values."""
    found, rest = [], text.strip()
    with _as_json_error():
        while rest:
            value, end = _DECODER.raw_decode(rest)
            found.append(value)
            rest = rest[end:].lstrip()
    return found
