"""Headless Chromium for browser tests: Debian's /usr/bin/chromium driven by Playwright.

Never downloads a browser. Where Chromium is missing the tests skip, unless
EA_REQUIRE_BROWSER=1 (CI sets it) turns the skip into a failure.
"""
from __future__ import annotations

import os
import shutil
from contextlib import asynccontextmanager

import pytest

CHROMIUM = os.environ.get("EA_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


def require_chromium() -> None:
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        if os.environ.get("EA_REQUIRE_BROWSER") == "1":
            pytest.fail(f"Chromium not found at {CHROMIUM} (CI installs Debian's chromium package)")
        pytest.skip(f"Chromium not found at {CHROMIUM}")


@asynccontextmanager
async def browser():
    require_chromium()
    from playwright.async_api import async_playwright
    async with async_playwright() as pw:
        b = await pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            yield b
        finally:
            await b.close()
