"""Request and response bodies of the HTTP API (pydantic): what crosses the wire, nothing more."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

_SEED_LIKE = (
    "Pemimpin Korea Utara Kim Jong Un tiba di Vladivostok, Rusia, Rabu (24/4/2019), dengan "
    "kereta pribadi untuk bertemu Presiden Vladimir Putin."
)


class ArticleIn(BaseModel):
    """One article: raw page text (boilerplate and all) or HTML, as an outlet published it."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "fajar-1",
                    "outlet": "fajar.co.id",
                    "text": f"FAJAR.CO.ID, PYONGYANG – {_SEED_LIKE}\n\nBaca Juga: ...",
                }
            ]
        },
    )

    id: str | None = Field(
        default=None, max_length=200, description="Unique in the request; default article-N."
    )
    text: str | None = Field(default=None, description="Plain page text (give text or html).")
    html: str | None = Field(default=None, description="An HTML page (give text or html).")
    outlet: str = Field(default="", max_length=200)
    url: str = Field(default="", max_length=2000)
    title: str = Field(default="", max_length=1000)
    published: date | None = None

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        if bool(self.text and self.text.strip()) == bool(self.html and self.html.strip()):
            raise ValueError("give exactly one non-empty field of text or html")
        return self


class DigestRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={
            "examples": [
                {
                    "articles": [
                        {"id": "a", "outlet": "fajar.co.id", "text": _SEED_LIKE},
                        {
                            "id": "b",
                            "outlet": "bisnis.com",
                            "text": "Bisnis.com, JAKARTA - Kim Jong-un berangkat ke Rusia "
                            "hari ini, Rabu (24/4/2019), untuk bertemu Vladimir Putin.",
                        },
                    ],
                    "words": 120,
                }
            ]
        },
    )

    articles: list[ArticleIn] = Field(min_length=1, description="The cluster: one event.")
    words: int = Field(default=120, ge=10, le=2000, description="Word budget of the summary.")
    method: str = Field(default="default", max_length=100, description="See `ringkas methods`.")
    language: Literal["auto", "id", "en"] = "auto"
    keep_unrelated: bool = Field(
        default=False,
        description="Keep an article that shares almost no words with the others; by default "
        "it is left out (`set_aside`) when most of the cluster reports one event.",
    )


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    articles: list[ArticleIn] = Field(min_length=1)


class IngestResponse(BaseModel):
    new: int
    duplicate: int
    reprint: int
    revised: int
    rejected: list[str]
    stories_touched: list[str]
    warnings: list[str] = []  # articles stored although the cleaner doubts their body


class StoryOut(BaseModel):
    id: str
    title: str
    articles: int
    reprints: int
    outlets: list[str]
    first_published: str
    last_updated: str
    digest_version: int


class DiffOut(BaseModel):
    story_id: str
    from_version: int
    to_version: int
    new_outlets: list[str]
    new_sentences: list[str]
    dropped_sentences: list[str]
    new_conflicts: list[str]
    new_timeline: list[str]
    new_entities: list[str]


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorOut(BaseModel):
    error: ErrorBody


class Health(BaseModel):
    status: Literal["ok"]
    version: str


class MessagesOut(BaseModel):
    """The message catalogue of one language, for the web page."""

    language: str
    messages: dict[str, str | list[str]]
    notes: list[list[str]] = Field(
        description="[regular expression, msgid]: how the page words the core's notes."
    )
    note_words: list[str] = Field(description="Words inside notes that are msgids too.")
    conflicts: list[list[str]] = Field(
        description="[regular expression, msgid]: how the page words conflict descriptions."
    )
    calendar: dict[str, str] = Field(
        description="Weekday and month names in the core's dates → this language's (empty for id)."
    )
