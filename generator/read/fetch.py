"""Fetching a page or feed from the web for `generator add URL`: the only network access.

Owns the request (a plain GET with a User-Agent, a timeout, a size limit) and how a failure
reads: one sentence naming what went wrong, for the message that names the URL. Never used
by the build, which reads only `seeds/`.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass

TIMEOUT_SECONDS = 20.0
MAX_FETCH_BYTES = 16 * 1024 * 1024
USER_AGENT = "Briefing/0.1 (+https://github.com/; static-site generator for news briefings)"


class FetchError(Exception):
    """The URL could not be fetched; the message says why (without the URL)."""


@dataclass(frozen=True)
class Fetched:
    """What a URL gave: its bytes, the URL it ended at (after redirects), its content type."""

    data: bytes
    url: str
    content_type: str


def is_url(text: str) -> bool:
    """True for an absolute `http://` or `https://` URL."""
    return text.startswith(("http://", "https://")) and " " not in text.strip()


def fetch(url: str, timeout: float = TIMEOUT_SECONDS) -> Fetched:
    """GET `url`, following redirects; raises `FetchError` on any failure: no network, a
    timeout after `timeout` seconds, an HTTP error status, or a body over 16 MiB."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_FETCH_BYTES + 1)
            final, kind = response.geturl(), response.headers.get_content_type()
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, socket.timeout | TimeoutError):
            raise FetchError(f"no answer within {timeout:g} s") from exc
        raise FetchError(f"cannot connect ({reason})") from exc
    except TimeoutError as exc:
        raise FetchError(f"no answer within {timeout:g} s") from exc
    except (OSError, ValueError) as exc:
        raise FetchError(str(exc) or type(exc).__name__) from exc
    if len(data) > MAX_FETCH_BYTES:
        raise FetchError(f"the answer is over {MAX_FETCH_BYTES:,} bytes")
    return Fetched(data, final, kind)
