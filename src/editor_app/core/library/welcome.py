"""The welcome article an empty library opens with (Vietnamese and English)."""

from __future__ import annotations

from editor_app.core.dto import ArticleData

_VI_BODY = """\
Chào mừng bạn đến với bàn biên tập. Bài viết này giới thiệu ngắn gọn cách làm việc; \
bạn có thể sửa hoặc xoá nó bất cứ lúc nào.

## Soạn bài

- Viết nội dung bằng **Markdown** ở khung giữa. Thanh công cụ và phím tắt giúp định dạng: \
**Ctrl+B** in đậm, *Ctrl+I* in nghiêng, **Ctrl+K** chèn liên kết, **Ctrl+1..3** tiêu đề.
- Điền thông tin bài (tiêu đề, tóm tắt, tác giả, chuyên mục, từ khoá, nguồn, bài liên quan…) \
ở khung thông tin bên phải.
- Khung xem trước hiển thị đúng trang sẽ được xuất bản.

## Lưu và xuất bản

Mọi thay đổi được **tự động lưu** trong vòng hai giây; **Ctrl+S** lưu ngay và ghi một phiên bản \
có tên. Khi bài đã sẵn sàng, chọn *Tệp → Xuất* để tạo trang HTML hoàn chỉnh.

## Tìm kiếm

Ô tìm kiếm phía trên danh sách bỏ qua chữ hoa và dấu: gõ "doi moi" cũng tìm được "đổi mới".
"""

_EN_BODY = """\
Welcome to the editorial workstation. This article explains the basics; edit or delete it \
whenever you like.

## Writing

- Write in **Markdown** in the centre pane. The toolbar and shortcuts format text: \
**Ctrl+B** bold, *Ctrl+I* italic, **Ctrl+K** link, **Ctrl+1..3** headings.
- Fill in the article's details (title, summary, authors, section, keywords, source, related \
articles…) in the panel on the right.
- The preview shows exactly the page that will be published.

## Saving and publishing

Every change is **saved automatically** within two seconds; **Ctrl+S** saves at once and records \
a named revision. When an article is ready, choose *File → Export* to write its HTML page.

## Searching

The search box above the list ignores case and accents: "doi moi" finds "đổi mới".
"""


def welcome_articles() -> list[ArticleData]:
    """The welcome article in Vietnamese, then in English."""
    return [
        ArticleData(title="Chào mừng đến với bàn biên tập", slug="chao-mung", language="vi",
                    section="Hướng dẫn", summary="Những điều cơ bản để bắt đầu soạn và xuất bản bài.",
                    body=_VI_BODY, keywords=["hướng dẫn"]),
        ArticleData(title="Welcome to the editorial workstation", slug="welcome", language="en",
                    section="Guide", summary="The basics of writing and publishing articles.",
                    body=_EN_BODY, keywords=["guide"]),
    ]


def ensure_welcome(store) -> None:
    """An empty library (never any article, even in the trash) gets the welcome articles."""
    if store.count(include_deleted=True) == 0:
        store.create_articles(welcome_articles(), reason="welcome")
