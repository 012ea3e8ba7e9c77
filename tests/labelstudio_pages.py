"""What the browser tests do in Label Studio's pages: log in, and select a span as a person does."""

from __future__ import annotations

from typing import Any

# Selects code points [start, end) of the task text with a DOM Range and lets go of the mouse there, as
# Label Studio's own end-to-end tests do; offsets are counted in code points over the text nodes.
SELECT = """([start, end]) => {
  const root = document.querySelector('.lsf-richtext__container');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const units = (node, points) => [...node.data].slice(0, points).join('').length;
  const range = document.createRange();
  let seen = 0, node, begun = false;
  while ((node = walker.nextNode())) {
    const length = [...node.data].length;
    if (!begun && start < seen + length) { range.setStart(node, units(node, start - seen)); begun = true; }
    if (begun && end <= seen + length) { range.setEnd(node, units(node, end - seen)); break; }
    seen += length;
  }
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  const picked = range.toString();  // Label Studio clears the selection once it has made the region
  range.startContainer.parentElement.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
  return picked;
}"""


def log_in(page: Any, url: str, email: str, password: str, *, timeout: float = 30_000) -> None:
    """Log in on the server's login page and wait until it has moved on (``timeout`` in ms)."""
    page.goto(f"{url}/user/login/")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(lambda u: "/user/login" not in u, timeout=timeout)
