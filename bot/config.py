"""Settings from EA_* environment variables; command-line flags override them."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path

DEV_SECRET_FILE = Path.home() / ".employer-assist" / "secret"


def _dev_secret() -> str:
    """A stable per-machine secret so `token` and `serve` agree without configuration."""
    DEV_SECRET_FILE.parent.mkdir(parents=True, exist_ok=True)
    if not DEV_SECRET_FILE.exists():
        DEV_SECRET_FILE.write_text(secrets.token_urlsafe(32))
        DEV_SECRET_FILE.chmod(0o600)
    return DEV_SECRET_FILE.read_text().strip()


@dataclass(frozen=True)
class Settings:
    database_url: str | None = None
    secret: str = ""
    gateway_key: str = ""
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    mail_from: str = "assist@employer-assist.example"
    smtp_listen_port: int | None = None
    smtp_listen_host: str = "127.0.0.1"   # serve --host also sets it
    load_demo: bool = True          # load the bundled demo feed into an empty database
    max_text_length: int = 4000
    token_hours: int = 12
    allowed_origins: tuple[str, ...] = field(default_factory=tuple)
    # where people reach this service; links in emails must be absolute (serve derives a default
    # from --host/--port when EA_PUBLIC_URL is unset)
    public_url: str = ""

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        env = os.environ
        settings = cls(
            database_url=env.get("EA_DATABASE_URL") or None,
            secret=env.get("EA_SECRET") or _dev_secret(),
            gateway_key=env.get("EA_GATEWAY_KEY", ""),
            smtp_host=env.get("EA_SMTP_HOST", "127.0.0.1"),
            smtp_port=int(env.get("EA_SMTP_PORT", "25")),
            mail_from=env.get("EA_MAIL_FROM", "assist@employer-assist.example"),
            allowed_origins=tuple(o for o in env.get("EA_ALLOWED_ORIGINS", "").split(",") if o),
            public_url=env.get("EA_PUBLIC_URL", "").rstrip("/"),
        )
        return replace(settings, **{k: v for k, v in overrides.items() if v is not None})
