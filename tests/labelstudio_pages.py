"""What the browser tests do in Label Studio's pages: log in, and select a span as a person does."""

from __future__ import annotations

import json
from typing import Any

# Selects code points [start, end) of the task text with a DOM Range and lets go of the mouse there, as
# Label Studio's own end-to-end tests do; offsets are counted in code points over the text nodes, and a <br>
# (how Label Studio draws a newline of the text) counts as the one code point it stands for.
SELECT = """([start, end]) => {
  const root = document.querySelector('.lsf-richtext__container');
  const keep = (n) => n.nodeType === Node.TEXT_NODE || n.nodeName === 'BR';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT,
    {acceptNode: (n) => keep(n) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP});
  const units = (node, points) => [...node.data].slice(0, points).join('').length;
  const range = document.createRange();
  let seen = 0, node, begun = false;
  while ((node = walker.nextNode())) {
    if (node.nodeName === 'BR') { seen += 1; continue; }
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
    """Log in on the server's login page and wait until the server takes this page's session for ``email``
    (``timeout`` in ms)."""
    page.goto(f"{url}/user/login/")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(lambda u: "/user/login" not in u, timeout=timeout)
    page.wait_for_function(
        f"() => fetch('/api/current-user/whoami').then(r => r.json()).then(u => u.email === {json.dumps(email)})",
        timeout=timeout,
    )


def annotator_page(browser: Any, url: str, email: str, password: str) -> Any:
    """A page in a browser context of its own, logged in as ``email``: each annotator has their own cookies, as
    people in their own browsers do. Seen under load with clear_cookies and a second login in one context: d2's
    annotation was recorded with d1 as its author, so the pull wrote one file for the two (a response of d1's
    page still in flight setting d1's session cookie again is the likely way)."""
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    log_in(page, url, email, password, timeout=60_000)
    return page


def submit(page: Any, task_id: int) -> list[dict[str, Any]]:
    """Click Submit and wait until the server holds one more annotation of this task by the page's own account;
    returns the task's annotations by that account."""
    mine = """async ([task]) => {
      const me = await fetch('/api/current-user/whoami').then(r => r.json());
      const all = await fetch(`/api/tasks/${task}/annotations/`).then(r => r.json());
      return all.filter(a => a.completed_by === me.id);
    }"""
    before = len(page.evaluate(mine, [task_id]))
    page.locator('button[aria-label="Submit current annotation"]').click()
    page.wait_for_function(f"([task]) => ({mine})([task]).then(a => a.length > {before})", arg=[task_id],
                           timeout=30_000)  # fmt: skip
    return list(page.evaluate(mine, [task_id]))
