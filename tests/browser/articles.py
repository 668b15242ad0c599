"""Test content for the export checks: a rich article, hostile bodies, a tiny PNG."""

from __future__ import annotations

import json
import struct
import zlib
from datetime import date
from pathlib import Path

from editor_app.core.dto import ArticleData, AuthorData, ProfileData

CORPORA = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "xss"

PROFILE = ProfileData(name="Tạp chí Khoa học Truyền thông", issn="1859-4794",
                      publisher="Học viện Thử nghiệm", base_url="https://journal.example.org/articles/",
                      default_license="CC BY-NC 4.0")

RICH_BODY = """\
Digital diplomacy has changed how ministries speak to foreign publics.[^1] This
study follows the work of the **MFA** and compares it with earlier campaigns.

## Data and method

We coded 1,200 posts published between 2019 and 2023.[^2]

![Posts per year, 2019–2023](assets/chart.png)

| Year | Posts | Share of video |
|:-----|------:|:--------------:|
| 2019 | 180   | 12 %           |
| 2023 | 410   | 47 %           |

### Definitions

Public diplomacy
:   Communication by a state with foreign publics.

Soft power
:   The ability to attract rather than coerce.

*[MFA]: Ministry of Foreign Affairs

## Findings

Video now carries half of the messages. See the [Ministry's portal](https://example.org/portal).

> Stories travel further than statements.

## References

1. Nye, J. S. (2004). *Soft Power: The Means to Success in World Politics*. PublicAffairs.
2. Cull, N. J. (2019). *Public Diplomacy: Foundations for Global Engagement*. Polity. https://example.org/cull

[^1]: Compare the ministry's 2019 strategy.
[^2]: Posts in Vietnamese and English only.
"""


def tiny_png(width: int = 320, height: int = 120) -> bytes:
    """A valid RGB PNG: a little bar chart (five bars)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    def pixel(x: int, y: int) -> bytes:
        bar, inside = divmod(x, width // 5)
        top = height - (bar + 1) * height // 6
        return b"\x1f\x5f\x9f" if inside > 8 and y >= top else b"\xf5\xf2\xec"
    raw = b"".join(b"\x00" + b"".join(pixel(x, y) for x in range(width)) for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def rich_article(**overrides) -> ArticleData:
    data = ArticleData(
        title="Public diplomacy in the digital age", subtitle="Evidence from five years of posts",
        slug="public-diplomacy-digital-age", language="en", section="Research",
        summary="How a foreign ministry moved its public diplomacy to video and social platforms.",
        body=RICH_BODY, published_on=date(2023, 12, 17), source="Journal of Testing, no. 4",
        doi="10.1234/jt.2023.17", license="CC BY 4.0",
        authors=[AuthorData("Nguyễn Thị Minh", "Học viện Báo chí và Tuyên truyền", "0000-0002-1825-0097"),
                 AuthorData("John Smith", "University of Example")],
        keywords=["public diplomacy", "social media", "video"],
        related=["ngoai-giao-cong-chung-trong-ky-nguyen-so", "does-not-exist"],
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def hostile_bodies() -> dict[str, str]:
    """Every corpus as one Markdown body (payloads separated by blank lines)."""
    dompurify = [e if isinstance(e, str) else e["payload"]
                 for e in json.loads((CORPORA / "dompurify-payloads.json").read_text("utf-8"))]
    blns = json.loads((CORPORA / "blns.json").read_text("utf-8"))
    html5sec = (CORPORA / "html5sec-vectors.txt").read_text("utf-8")
    return {
        "hostile-dompurify": "\n\n".join(dompurify),
        "hostile-blns": "\n\n".join(blns),
        "hostile-html5sec": html5sec,
    }


HOSTILE_TITLE = '</script><script>alert(1)</script><!-- "quoted" & <b>bold</b> ]]>'
