"""`ringkas serve`: the HTTP API and the web page, run by uvicorn."""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def is_loopback(host: str) -> bool:
    """True when ``host`` only accepts connections from this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db", envvar="RINGKAS_DB", help="Story store file (default: user data dir)."
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            help="Digest processes, shared by every connection (1: digests in the server's "
            "own threads)."
        ),
    ] = 1,
    max_body_bytes: Annotated[
        int, typer.Option(help="Largest request body (413 above).")
    ] = 5_000_000,
    max_articles: Annotated[int, typer.Option(help="Most articles per request (413 above).")] = 200,
    max_article_chars: Annotated[
        int, typer.Option(help="Longest article in characters (413 above).")
    ] = 300_000,
    timeout: Annotated[
        float, typer.Option(help="Seconds of processing per request (503 after).")
    ] = 30.0,
    cache_size: Annotated[
        int, typer.Option(help="Digests kept by request hash (0 = recompute every time).")
    ] = 256,
    token: Annotated[
        str,
        typer.Option(
            envvar="RINGKAS_TOKEN",
            show_default=False,
            help="Bearer token that writes (POST /v1/articles) must carry.",
        ),
    ] = "",
    token_for_all: Annotated[
        bool, typer.Option("--token-for-all", help="Also require the token for reads and digests.")
    ] = False,
    insecure: Annotated[
        bool,
        typer.Option("--insecure", help="Allow a non-loopback --host without a token."),
    ] = False,
) -> None:
    """Serve the API (/v1/..., OpenAPI at /openapi.json) and the web page at /.

    Example: ringkas serve --port 8000 --db stories.db, then open http://127.0.0.1:8000/
    """
    if token_for_all and not token:
        typer.echo("error: --token-for-all needs --token (or RINGKAS_TOKEN)", err=True)
        raise typer.Exit(2)
    if not token and not insecure and not is_loopback(host):
        typer.echo(
            f"error: --host {host} lets anyone who reaches the port write to the store; "
            "give --token (or RINGKAS_TOKEN), or --insecure to serve without one",
            err=True,
        )
        raise typer.Exit(2)
    try:
        import uvicorn

        from ringkas.api.app import Settings
    except ImportError as exc:
        from ringkas.errors import MissingExtraError

        raise MissingExtraError("api", exc.name or "uvicorn") from None
    settings = Settings(
        db=str(db or ""),
        max_body_bytes=max_body_bytes,
        max_articles=max_articles,
        max_article_chars=max_article_chars,
        timeout_s=timeout,
        cache_size=cache_size,
        token=token,
        token_for_all=token_for_all,
        processes=workers if workers > 1 else 0,
    )
    os.environ.update(settings.to_env())  # the factory reads them, in every worker process
    typer.echo(f"ringkas: serving on http://{host}:{port}/ (Ctrl+C stops)", err=True)
    uvicorn.run(
        "ringkas.api.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        log_level="warning",
        timeout_keep_alive=5,
    )
