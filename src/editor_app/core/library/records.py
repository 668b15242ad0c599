"""The statements of an article's images (assets) and of the journal profile, in SQLAlchemy
Core: part of the store, run on its connection inside its transactions."""

from __future__ import annotations

from sqlalchemy import Connection, func, insert, select, update

from editor_app.core.dto import AssetInfo, ProfileData
from editor_app.core.library.schema import assets, journal_profile

S = assets.c


def asset(conn: Connection, article_id: int, filename: str) -> tuple[str, bytes] | None:
    row = conn.execute(select(S.mime_type, S.data).where(S.article_id == article_id, S.filename == filename)).first()
    return (row.mime_type, row.data) if row else None


def asset_list(conn: Connection, article_id: int, filename: str | None = None) -> list[AssetInfo]:
    q = select(S.id, S.article_id, S.filename, S.mime_type, S.sha256, func.length(S.data)) \
        .where(S.article_id == article_id).order_by(S.id)
    return [AssetInfo(*r) for r in conn.execute(q if filename is None else q.where(S.filename == filename))]


def add_asset(conn: Connection, article_id: int, name: str, mime: str, digest: str, data: bytes) -> AssetInfo:
    """Store an asset once per content: the same bytes again give the stored asset
    (whatever their name); the same name with other content gets a -2, -3... suffix."""
    same = conn.execute(select(S.id, S.article_id, S.filename, S.mime_type, S.sha256, func.length(S.data))
                        .where(S.article_id == article_id, S.sha256 == digest).order_by(S.id).limit(1)).first()
    if same is not None:
        return AssetInfo(*same)
    existing = asset_list(conn, article_id, name)
    if existing:
        stem, dot, ext = name.rpartition(".")
        stem, ext = (stem, "." + ext) if dot else (name, "")
        n = 2
        while asset_list(conn, article_id, f"{stem}-{n}{ext}"):
            n += 1
        name = f"{stem}-{n}{ext}"
    new_id = conn.execute(insert(assets).returning(S.id), {
        "article_id": article_id, "filename": name, "mime_type": mime, "sha256": digest, "data": data}).scalar_one()
    return AssetInfo(new_id, article_id, name, mime, digest, len(data))


_PROFILE = ("name", "issn", "publisher", "base_url", "default_license", "tone_style")


def profile(conn: Connection) -> ProfileData:
    row = conn.execute(select(*(journal_profile.c[n] for n in _PROFILE)).where(journal_profile.c.id == 1)).first()
    return ProfileData(*row) if row else ProfileData()


def set_profile(conn: Connection, values: ProfileData) -> None:
    row = {n: getattr(values, n) for n in _PROFILE}
    done = conn.execute(update(journal_profile).where(journal_profile.c.id == 1).values(**row))
    if not done.rowcount:
        conn.execute(insert(journal_profile).values(id=1, **row))
