<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ArticleList</name>
    <message>
        <location filename="../../src/editor_app/ui/list/model.py" line="+32"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/ui/list/cells.py" line="+15"/>
        <source>⚠ Damaged article #{id}</source>
        <translation>⚠ Bài viết bị hỏng #{id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This article cannot be read ({reason}); the others are not affected.</source>
        <translation>Không đọc được bài viết này ({reason}); các bài khác không bị ảnh hưởng.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open in another window by {names}</source>
        <translation>Đang được {names} mở ở cửa sổ khác</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <location filename="../../src/editor_app/ui/list/panel.py" line="+99"/>
        <source>Search articles…</source>
        <translation>Tìm bài viết…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search articles</source>
        <translation>Tìm bài viết</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show articles with status</source>
        <translation>Hiện bài viết có trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of articles</source>
        <translation>Số bài viết</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>First {count} matches; type more to narrow the search</source>
        <translation>{count} kết quả đầu tiên; gõ thêm để thu hẹp tìm kiếm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 article</source>
        <translation>1 bài viết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} articles</source>
        <translation>{count} bài viết</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No articles match “{query}”.</source>
        <translation>Không có bài viết nào khớp với “{query}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No articles with the status “{status}”.</source>
        <translation>Không có bài viết nào ở trạng thái “{status}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library has no articles yet.</source>
        <translation>Thư viện chưa có bài viết nào.</translation>
    </message>
</context>
<context>
    <name>AuthorCard</name>
    <message>
        <location filename="../../src/editor_app/ui/metadata/authors.py" line="+48"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>University, institute or newsroom</source>
        <translation>Trường đại học, viện hoặc tòa soạn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move author up</source>
        <translation>Chuyển tác giả lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move author down</source>
        <translation>Chuyển tác giả xuống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove author</source>
        <translation>Xóa tác giả</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name:</source>
        <translation>Họ tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ORCID:</source>
        <translation>ORCID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Author {n}</source>
        <translation>Tác giả {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Author {n} name</source>
        <translation>Họ tên tác giả {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author {n} affiliation</source>
        <translation>Đơn vị của tác giả {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author {n} ORCID iD</source>
        <translation>Mã ORCID của tác giả {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author {n} e-mail address</source>
        <translation>Địa chỉ email của tác giả {n}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Enter the author&apos;s name: an author without a name is not saved.</source>
        <translation>Hãy nhập họ tên tác giả: tác giả không có tên sẽ không được lưu.</translation>
    </message>
</context>
<context>
    <name>AuthorsEditor</name>
    <message>
        <location line="+17"/>
        <source>No authors yet.</source>
        <translation>Chưa có tác giả.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add au&amp;thor</source>
        <translation>Thêm tá&amp;c giả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an author</source>
        <translation>Thêm một tác giả</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Author {n}: {problem}</source>
        <translation>Tác giả {n}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ORCID</source>
        <translation>ORCID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author {n}, {field}: {problem}</source>
        <translation>Tác giả {n}, {field}: {problem}</translation>
    </message>
</context>
<context>
    <name>BackupTexts</name>
    <message>
        <location filename="../../src/editor_app/ui/dialogs/backups.py" line="+60"/>
        <source>articles not counted</source>
        <translation>chưa đếm được số bài</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n bài viết</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/editor_app/ui/dialogs/conflict.py" line="+35"/>
        <source>This article was just changed by {who} at {when}.</source>
        <translation>Bài này vừa được {who} sửa lúc {when}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>another editor</source>
        <translation>một biên tập viên khác</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subtitle</source>
        <translation>phụ đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slug</source>
        <translation>đường dẫn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>tóm tắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section</source>
        <translation>chuyên mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publication date</source>
        <translation>ngày xuất bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>nguồn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>licence</source>
        <translation>giấy phép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>authors</source>
        <translation>tác giả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keywords</source>
        <translation>từ khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>related articles</source>
        <translation>bài liên quan</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Changed by another editor</source>
        <translation>Bài đã được người khác sửa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was overwritten: your text is kept on this computer until you choose.</source>
        <translation>Không có gì bị ghi đè: bản của bạn được giữ trên máy này cho đến khi bạn chọn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Both of you changed: {fields}.</source>
        <translation>Cả hai cùng sửa: {fields}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their version ({who})</source>
        <translation>Bản của họ ({who})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your version</source>
        <translation>Bản của bạn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep &amp;theirs</source>
        <translation>Giữ bản của &amp;họ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep &amp;mine</source>
        <translation>Giữ bản của &amp;tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge both</source>
        <translation>&amp;Gộp cả hai</translation>
    </message>
</context>
<context>
    <name>EditorArea</name>
    <message>
        <location filename="../../src/editor_app/ui/editor/area.py" line="+32"/>
        <source>Editor</source>
        <translation>Trình soạn thảo</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Find…</source>
        <translation>Tìm…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace…</source>
        <translation>Thay thế…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find next</source>
        <translation>Tìm tiếp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find previous</source>
        <translation>Tìm ngược</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close find bar</source>
        <translation>Đóng thanh tìm kiếm</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../src/editor_app/ui/dialogs/export.py" line="+37"/>
        <source>Export to folder</source>
        <translation>Xuất ra thư mục</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export progress</source>
        <translation>Tiến độ xuất</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export failed</source>
        <translation>Xuất thất bại</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export finished with problems</source>
        <translation>Đã xuất xong nhưng có lỗi</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s) written; these articles could not be exported:</source>
        <translation>
            <numerusform>Đã ghi %n trang; không xuất được các bài viết sau:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing published yet</source>
        <translation>Chưa có bài nào xuất bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only published articles are exported. No article has the status “Published” yet; to proofread one, open it and choose Export article (Ctrl+E): its page is marked as a draft.</source>
        <translation>Chỉ các bài đã xuất bản mới được xuất. Chưa bài nào có trạng thái “Đã xuất bản”; muốn đọc duyệt một bài, hãy mở bài đó và chọn Xuất bài viết (Ctrl+E): trang của bài sẽ được đánh dấu là bản nháp.</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../../src/editor_app/ui/editor/find_replace.py" line="+59"/>
        <source>Find and replace</source>
        <translation>Tìm và thay thế</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text to find</source>
        <translation>Nội dung cần tìm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Thay bằng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replacement text</source>
        <translation>Nội dung thay thế</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match count</source>
        <translation>Số kết quả</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search message</source>
        <translation>Thông báo tìm kiếm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Kết quả trước (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Kết quả sau (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Match case</source>
        <translation>Phân biệt &amp;hoa/thường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>Khớp &amp;nguyên từ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular e&amp;xpression</source>
        <translation>Biểu thức chính &amp;quy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignor&amp;e diacritics</source>
        <translation>Không phân biệt dấ&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“hoa” also finds hoá, hòa and hoà; “duong” finds đường</source>
        <translation>“hoa” cũng tìm thấy hoá, hòa và hoà; “duong” tìm thấy đường</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace</source>
        <translation>&amp;Thay thế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;all</source>
        <translation>Thay thế tất &amp;cả</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Invalid regular expression: %1 (at position %2)</source>
        <translation>Biểu thức chính quy không hợp lệ: %1 (tại vị trí %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>Đã thay %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No results</source>
        <translation>Không thấy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../src/editor_app/ui/editor/formatting.py" line="+340"/>
        <source>Column %1</source>
        <translation>Cột %1</translation>
    </message>
</context>
<context>
    <name>FormattingToolbar</name>
    <message>
        <location filename="../../src/editor_app/ui/editor/toolbar.py" line="+39"/>
        <source>Bold</source>
        <translation>In đậm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Italic</source>
        <translation>In nghiêng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heading 1</source>
        <translation>Đề mục 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heading 2</source>
        <translation>Đề mục 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heading 3</source>
        <translation>Đề mục 3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bulleted list</source>
        <translation>Danh sách dấu đầu dòng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Numbered list</source>
        <translation>Danh sách đánh số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quote</source>
        <translation>Trích dẫn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code block</source>
        <translation>Khối mã</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Footnote</source>
        <translation>Chú thích cuối trang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image…</source>
        <translation>Hình ảnh…</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Formatting</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Heading</source>
        <translation>Đề mục</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+43"/>
        <source>Insert image</source>
        <translation>Chèn hình ảnh</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Images (%1)</source>
        <translation>Hình ảnh (%1)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The image could not be added: %1</source>
        <translation>Không thêm được hình ảnh: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/editor_app/ui/dialogs/history.py" line="+37"/>
        <source>History of the article</source>
        <translation>Lịch sử bài viết</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore this version</source>
        <translation>Khôi phục bản này</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This version</source>
        <translation>Bản này</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>autosave</source>
        <translation>tự lưu</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>edit</source>
        <translation>sửa</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>created</source>
        <translation>tạo mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>nhập vào</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>suggestions accepted</source>
        <translation>chấp nhận đề xuất sửa</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>restored the version of %1</source>
        <translation>khôi phục bản lúc %1</translation>
    </message>
</context>
<context>
    <name>ImageDetailsDialog</name>
    <message>
        <location filename="../../src/editor_app/ui/editor/image_details.py" line="+30"/>
        <source>Insert image</source>
        <translation>Chèn hình ảnh</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the picture shows</source>
        <translation>Ảnh cho thấy gì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (alt text)</source>
        <translation>Mô tả (văn bản thay thế)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud to readers who cannot see the picture, and shown when it cannot be loaded.</source>
        <translation>Được đọc cho người đọc không nhìn thấy ảnh, và hiện ra khi ảnh không tải được.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De&amp;corative only: nothing to describe</source>
        <translation>Chỉ để t&amp;rang trí: không cần mô tả</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: shown under the picture</source>
        <translation>Không bắt buộc: hiện dưới ảnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;aption:</source>
        <translation>&amp;Chú thích:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insert</source>
        <translation>&amp;Chèn</translation>
    </message>
</context>
<context>
    <name>ImportControl</name>
    <message>
        <location filename="../../src/editor_app/ui/window/importing.py" line="+59"/>
        <source>Import articles</source>
        <translation>Nhập bài viết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles (%1);;Word documents (*.docx);;Web pages (*.html *.htm);;Markdown and text (*.md *.markdown *.txt)</source>
        <translation>Bài viết (%1);;Tài liệu Word (*.docx);;Trang web (*.html *.htm);;Markdown và văn bản (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Nhập bài</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Đang nhập %1 (%2 trên %3)…</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../src/editor_app/ui/window/import_report.py" line="+33"/>
        <source>%n article(s) imported.</source>
        <translation>Đã nhập %n bài viết.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files not imported:</source>
        <translation>Các tệp không nhập được:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported, with notes:</source>
        <translation>Đã nhập, kèm ghi chú:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n file(s) could not be imported.</source>
        <translation>%n tệp không nhập được.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: %n file(s) were not read.</source>
        <translation>Đã huỷ: %n tệp chưa được đọc.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import stopped: %1</source>
        <translation>Việc nhập đã dừng: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Nhập bài</translation>
    </message>
</context>
<context>
    <name>IssuesDialog</name>
    <message>
        <location filename="../../src/editor_app/ui/dialogs/issues.py" line="+75"/>
        <source>Issues of the journal</source>
        <translation>Các số của tạp chí</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+180"/>
        <source>Issues</source>
        <translation>Các số tạp chí</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Articles of the issue, in order</source>
        <translation>Các bài của số, theo thứ tự</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New issue…</source>
        <translation>Số &amp;mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add the open article</source>
        <translation>&amp;Thêm bài đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove from the issue</source>
        <translation>&amp;Bỏ khỏi số này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export issue…</source>
        <translation>&amp;Xuất bản số này…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Volume %1, number %2 (%3)</source>
        <translation>Tập %1, số %2 (%3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No issue yet: make one with New issue…</source>
        <translation>Chưa có số nào: hãy tạo bằng nút Số mới…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ready to publish</source>
        <translation>Sẵn sàng xuất bản</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 article(s) ready to publish</source>
        <translation>%1 trên %2 bài sẵn sàng xuất bản</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export the issue to a folder</source>
        <translation>Xuất số tạp chí ra thư mục</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Issue exported with articles held back</source>
        <translation>Đã xuất số tạp chí, có bài bị giữ lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 file(s) written. Not published with the issue:</source>
        <translation>Đã ghi %1 tệp. Các bài không được xuất bản cùng số này:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue exported</source>
        <translation>Đã xuất số tạp chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 file(s) written.</source>
        <translation>Đã ghi %1 tệp.</translation>
    </message>
</context>
<context>
    <name>LibraryCare</name>
    <message>
        <location filename="../../src/editor_app/ui/window/library.py" line="+42"/>
        <source>Damaged article</source>
        <translation>Bài viết bị hỏng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article {id} is damaged and cannot be opened ({reason}). The other articles are not affected. Restore the library from a backup (File menu) to get it back.</source>
        <translation>Bài viết {id} bị hỏng và không mở được ({reason}). Các bài khác không bị ảnh hưởng. Hãy khôi phục thư viện từ một bản sao lưu (trình đơn Tệp) để lấy lại bài này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making a backup copy of the library…</source>
        <translation>Đang tạo bản sao lưu thư viện…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The library could not be backed up: {reason}</source>
        <translation>Không sao lưu được thư viện: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team library is backed up and restored on its server (pg_dump and pg_restore); ask the journal&apos;s administrator.</source>
        <translation>Thư viện chung được sao lưu và khôi phục trên máy chủ (pg_dump và pg_restore); hãy hỏi người quản trị của tạp chí.</translation>
    </message>
</context>
<context>
    <name>LibraryHost</name>
    <message>
        <location filename="../../src/editor_app/ui/window/host.py" line="+170"/>
        <source>The library could not be restored from {backup}: {reason}. It was left as it was.</source>
        <translation>Không khôi phục được thư viện từ {backup}: {reason}. Thư viện được giữ nguyên.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The library was restored from the backup {backup}.</source>
        <translation>Thư viện đã được khôi phục từ bản sao lưu {backup}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The previous library file was kept as {kept}.</source>
        <translation>Tệp thư viện trước đó được giữ lại thành {kept}.</translation>
    </message>
</context>
<context>
    <name>ListButtons</name>
    <message>
        <location filename="../../src/editor_app/ui/metadata/widgets.py" line="+253"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/editor_app/ui/window/main_window.py" line="+67"/>
        <location line="+1"/>
        <source>Editorial workstation</source>
        <translation>Bàn biên tập</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opening the library…</source>
        <translation>Đang mở thư viện…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Article &amp;list</source>
        <translation>Danh sách &amp;bài viết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outline</source>
        <translation>&amp;Dàn ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>&amp;Chi tiết</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main</source>
        <translation>Chính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/ui/window/actions.py" line="+147"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/ui/window/main_window.py" line="+78"/>
        <source>The article could not be opened: {reason}</source>
        <translation>Không mở được bài viết: {reason}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article could not be saved: %1</source>
        <translation>Không lưu được bài viết: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>created</source>
        <translation>tạo mới</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The library could not be changed: {reason}</source>
        <translation>Không thay đổi được thư viện: {reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open an article first</source>
        <translation>Hãy mở một bài viết trước</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/ui/window/dialog_openers.py" line="+25"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editorial workstation %1
Library: %2</source>
        <translation>Bàn biên tập %1
Thư viện: %2</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/ui/window/actions.py" line="-91"/>
        <source>&amp;New article</source>
        <translation>&amp;Bài viết mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate article</source>
        <translation>&amp;Nhân bản bài viết</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>Nhậ&amp;p bài…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to &amp;trash</source>
        <translation>Chuyển vào thùng &amp;rác</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open t&amp;rash…</source>
        <translation>&amp;Mở thùng rác…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save revision</source>
        <translation>&amp;Lưu phiên bản</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History…</source>
        <translation>Lịch &amp;sử…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export article…</source>
        <translation>&amp;Xuất bài viết…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;published articles…</source>
        <translation>Xuất &amp;các bài đã xuất bản…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Journal profile…</source>
        <translation>&amp;Thông tin tạp chí…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open library file…</source>
        <translation>Mở tệp thư &amp;viện…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open tea&amp;m library…</source>
        <translation>Mở thư viện &amp;dùng chung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/ui/window/review_side.py" line="+34"/>
        <source>Review rounds</source>
        <translation>Các vòng phản biện</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Review</source>
        <translation>&amp;Phản biện</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/ui/window/readonly.py" line="+19"/>
        <source>Read only</source>
        <translation>Chỉ xem</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Another window or program holds this library: it can be read here, not changed.</source>
        <translation>Một cửa sổ hoặc chương trình khác đang giữ thư viện này: ở đây chỉ xem được, không sửa được.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/ui/window/publishing_side.py" line="+35"/>
        <source>Pro&amp;blems</source>
        <translation>&amp;Vấn đề</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normalise &amp;tone marks</source>
        <translation>Chuẩn hóa &amp;dấu thanh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport PDF proof…</source>
        <translation>Xuất bản in thử PD&amp;F…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issues o&amp;f the journal…</source>
        <translation>&amp;Quản lý các số tạp chí…</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No word with a tone mark on oa, oe or uy: nothing to change.</source>
        <translation>Không có từ nào mang dấu thanh trên oa, oe, uy: không có gì để đổi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tone marks are already placed one way.</source>
        <translation>Dấu thanh đã được đặt thống nhất một kiểu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%n word(s) changed to the old style (hoá, thuỷ)</source>
        <translation>Đã đổi %n từ sang kiểu cũ (hoá, thuỷ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n word(s) changed to the new style (hóa, thủy)</source>
        <translation>Đã đổi %n từ sang kiểu mới (hóa, thủy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z takes it back.</source>
        <translation>Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The preview is not ready yet; try again in a moment.</source>
        <translation>Bản xem trước chưa sẵn sàng; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Export PDF proof</source>
        <translation>Xuất bản in thử PDF</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printing the PDF proof…</source>
        <translation>Đang in bản in thử PDF…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the page could not be printed</source>
        <translation>không in được trang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF proof could not be written: %1</source>
        <translation>Không ghi được bản in thử PDF: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF proof saved: %1</source>
        <translation>Đã lưu bản in thử PDF: %1</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../src/editor_app/ui/editor/markdown_editor.py" line="+66"/>
        <source>Article text</source>
        <translation>Nội dung bài viết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown source of the article</source>
        <translation>Mã Markdown của bài viết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the article in Markdown…</source>
        <translation>Viết bài bằng Markdown…</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste as plain text</source>
        <translation>Dán dạng văn bản thường</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../src/editor_app/ui/metadata/panel.py" line="+51"/>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title of the article</source>
        <translation>Tiêu đề bài viết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;iêu đề:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;btitle:</source>
        <translation>&amp;Phụ đề:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subtitle</source>
        <translation>Phụ đề</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slu&amp;g:</source>
        <translation>Đường &amp;dẫn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slug (web address)</source>
        <translation>Đường dẫn (địa chỉ web)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stat&amp;us:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section of the journal</source>
        <translation>Chuyên mục của tạp chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectio&amp;n:</source>
        <translation>Chu&amp;yên mục:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No date</source>
        <translation>Chưa có ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No publication date</source>
        <translation>Chưa có ngày xuất bản</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication &amp;date:</source>
        <translation>Ngày xuất &amp;bản:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publication date</source>
        <translation>Ngày xuất bản</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A few sentences shown under the title</source>
        <translation>Vài câu hiển thị dưới tiêu đề</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Su&amp;mmary:</source>
        <translation>Tó&amp;m tắt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a keyword and press Enter</source>
        <translation>Gõ từ khóa rồi nhấn Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keywords</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keywords</source>
        <translation>Từ khó&amp;a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publication</source>
        <translation>Xuất bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the article first appeared</source>
        <translation>Nơi bài viết được đăng lần đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sou&amp;rce:</source>
        <translation>Ng&amp;uồn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;OI:</source>
        <translation>D&amp;OI:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Li&amp;cence:</source>
        <translation>Giấy p&amp;hép:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related &amp;articles</source>
        <translation>Bài liên &amp;quan</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (journal default)</source>
        <translation>%1 (mặc định của tạp chí)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Slug: {problem}</source>
        <translation>Đường dẫn: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DOI: {problem}</source>
        <translation>DOI: {problem}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 character</source>
        <translation>1 ký tự</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} characters</source>
        <translation>{count} ký tự</translation>
    </message>
</context>
<context>
    <name>NewIssueDialog</name>
    <message>
        <location filename="../../src/editor_app/ui/dialogs/issues.py" line="-207"/>
        <source>New issue</source>
        <translation>Số mới</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Volume</source>
        <translation>&amp;Tập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number</source>
        <translation>&amp;Số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year</source>
        <translation>&amp;Năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>T&amp;iêu đề</translation>
    </message>
</context>
<context>
    <name>OpenNotices</name>
    <message>
        <location filename="../../src/editor_app/ui/dialogs/notices.py" line="+25"/>
        <source>About the library</source>
        <translation>Về thư viện</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The latest changes to the library could not be read: %n saved change(s) in its journal file are damaged and were left out.</source>
        <translation>
            <numerusform>Không đọc được những thay đổi mới nhất của thư viện: %n thay đổi đã lưu trong tệp nhật ký bị hỏng và đã bị bỏ qua.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy of the journal file was kept as {path}.</source>
        <translation>Một bản sao của tệp nhật ký được giữ lại thành {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library file was empty (a first start was interrupted). It was set aside as {path} and a new library was made.</source>
        <translation>Tệp thư viện trống (lần khởi động đầu tiên bị gián đoạn). Tệp đã được để riêng thành {path} và một thư viện mới đã được tạo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search index of the library was missing or damaged; it was rebuilt.</source>
        <translation>Chỉ mục tìm kiếm của thư viện bị thiếu hoặc bị hỏng; chỉ mục đã được tạo lại.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n article(s) could not be read and are marked as damaged in the list; the others work. File → Restore from backup… can bring them back.</source>
        <translation>
            <numerusform>Không đọc được %n bài viết; các bài này được đánh dấu là bị hỏng trong danh sách, các bài khác vẫn dùng được. Tệp → Khôi phục từ bản sao lưu… có thể lấy lại chúng.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../src/editor_app/ui/editor/outline.py" line="+66"/>
        <source>Document outline</source>
        <translation>Dàn ý bài viết</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>(untitled heading)</source>
        <translation>(đề mục chưa có tên)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No headings yet</source>
        <translation>Chưa có đề mục</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../src/editor_app/ui/preview/pane.py" line="+62"/>
        <source>Open link</source>
        <translation>Mở liên kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this address in your web browser?</source>
        <translation>Mở địa chỉ này trong trình duyệt web?</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Article preview</source>
        <translation>Xem trước bài viết</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Preview status</source>
        <translation>Trạng thái xem trước</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No article is open.</source>
        <translation>Chưa mở bài viết nào.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+66"/>
        <source>Preview unavailable</source>
        <translation>Không thể xem trước</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updating…</source>
        <translation>Đang cập nhật…</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../src/editor_app/ui/checks/panel.py" line="+16"/>
        <source>The article has no title</source>
        <translation>Bài viết chưa có tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ORCID iD is not valid (look for a typing mistake)</source>
        <translation>Mã ORCID không hợp lệ (hãy kiểm tra lỗi gõ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DOI is not a DOI (like 10.1000/xyz123)</source>
        <translation>DOI không đúng dạng (ví dụ 10.1000/xyz123)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language is not a language tag (like vi or en-GB)</source>
        <translation>Ngôn ngữ không phải mã ngôn ngữ (ví dụ vi hoặc en-GB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A related article is not in the library</source>
        <translation>Bài liên quan không có trong thư viện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal&apos;s base URL does not start with https://</source>
        <translation>Địa chỉ gốc của tạp chí không bắt đầu bằng https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article has no summary</source>
        <translation>Bài viết chưa có tóm tắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An image has no alt text (a description for readers who cannot see it)</source>
        <translation>Ảnh chưa có văn bản thay thế (mô tả cho người đọc không nhìn thấy ảnh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article is published but has no date</source>
        <translation>Bài đã xuất bản nhưng chưa có ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tone marks are placed two ways (Edit › Normalise tone marks)</source>
        <translation>Dấu thanh được đặt theo hai kiểu (Sửa › Chuẩn hóa dấu thanh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spelling</source>
        <translation>Chính tả</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Problems before publication</source>
        <translation>Vấn đề trước khi xuất bản</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No problem found: ready to publish.</source>
        <translation>Không có vấn đề: sẵn sàng xuất bản.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 lỗi, %2 cảnh báo</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/editor_app/ui/dialogs/profile.py" line="+21"/>
        <source>Journal profile</source>
        <translation>Thông tin tạp chí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal &amp;name</source>
        <translation>&amp;Tên tạp chí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;ISSN</source>
        <translation>&amp;ISSN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publisher</source>
        <translation>Đơn vị &amp;xuất bản</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Base URL</source>
        <translation>URL &amp;gốc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;licence</source>
        <translation>Giấy phép &amp;mặc định</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not fixed</source>
        <translation>Không cố định</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old: hoá, thuỷ, khoẻ</source>
        <translation>Kiểu cũ: hoá, thuỷ, khoẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New: hóa, thủy, khỏe</source>
        <translation>Kiểu mới: hóa, thủy, khỏe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tone marks</source>
        <translation>Dấu thanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tone marks</source>
        <translation>&amp;Dấu thanh</translation>
    </message>
</context>
<context>
    <name>RelatedPicker</name>
    <message>
        <location filename="../../src/editor_app/ui/metadata/related.py" line="+68"/>
        <source>Search the library to add an article…</source>
        <translation>Tìm trong thư viện để thêm bài viết…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a related article</source>
        <translation>Tìm bài liên quan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matching articles</source>
        <translation>Bài viết phù hợp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Related articles</source>
        <translation>Bài liên quan</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{slug} (not in library yet)</source>
        <translation>{slug} (chưa có trong thư viện)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No article with the slug “{slug}” is in the library yet.</source>
        <translation>Thư viện chưa có bài viết nào có đường dẫn “{slug}”.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Add the slug “{slug}” (not in library yet)</source>
        <translation>Thêm đường dẫn “{slug}” (chưa có trong thư viện)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The matching articles are already listed.</source>
        <translation>Các bài viết phù hợp đều đã có trong danh sách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No articles match.</source>
        <translation>Không có bài viết nào phù hợp.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../src/editor_app/ui/dialogs/backups.py" line="+10"/>
        <location line="+71"/>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Backups of the library</source>
        <translation>Các bản sao lưu của thư viện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Articles</source>
        <translation>Số bài</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Backups of this library, newest first (kept in {folder}). Restoring replaces the library with the chosen copy; the current file is kept beside it.</source>
        <translation>Các bản sao lưu của thư viện này, mới nhất ở trên (lưu trong {folder}). Khôi phục sẽ thay thư viện bằng bản đã chọn; tệp hiện tại được giữ lại bên cạnh.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no backup of this library yet. A backup is made when the program closes and every 30 minutes while you edit (in {folder}).</source>
        <translation>Thư viện này chưa có bản sao lưu nào. Bản sao lưu được tạo khi đóng chương trình và cứ 30 phút một lần trong lúc biên tập (trong {folder}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Replace the library with the backup of {date} ({articles})? Changes made after that backup will not be in the library; the current file is kept beside it, nothing is deleted.</source>
        <translation>Thay thư viện bằng bản sao lưu lúc {date} ({articles})? Những thay đổi sau bản sao lưu đó sẽ không có trong thư viện; tệp hiện tại được giữ lại bên cạnh, không có gì bị xóa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <location filename="../../src/editor_app/ui/review/review_editor.py" line="+118"/>
        <source>Line breaks cannot be suggested; write a comment instead.</source>
        <translation>Không thể đề xuất xuống dòng; hãy viết nhận xét.</translation>
    </message>
</context>
<context>
    <name>ReviewOpener</name>
    <message>
        <location filename="../../src/editor_app/ui/window/file_open.py" line="+55"/>
        <source>Cannot open the review</source>
        <translation>Không mở được tệp phản biện</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../src/editor_app/ui/review/panel.py" line="+74"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Người viết</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept all</source>
        <translation>Chấp nhận tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject all</source>
        <translation>Bỏ qua tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+277"/>
        <source>Resolve</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Reply…</source>
        <translation>Trả lời…</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>accept</source>
        <translation>chấp nhận</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>minor revisions</source>
        <translation>sửa nhỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>major revisions</source>
        <translation>sửa lớn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resubmit elsewhere</source>
        <translation>gửi nơi khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decline</source>
        <translation>từ chối</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>see comments</source>
        <translation>xem nhận xét</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(reviewer not named)</source>
        <translation>(chưa ghi tên người phản biện)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent %1; not returned yet</source>
        <translation>Gửi ngày %1; chưa nhận lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: sent %2, returned %3 — %4</source>
        <translation>%1: gửi %2, nhận lại %3 — %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no recommendation</source>
        <translation>chưa có đề xuất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent for review yet.</source>
        <translation>Chưa gửi phản biện.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 by %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>(không rõ)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add: “%1”</source>
        <translation>Thêm: “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove: “%1”</source>
        <translation>Bỏ: “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace “%1” with “%2”</source>
        <translation>Thay “%1” bằng “%2”</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your reply:</source>
        <translation>Câu trả lời của bạn:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../src/editor_app/ui/window/review_window.py" line="+91"/>
        <source>Your assessment of the article as a whole</source>
        <translation>Đánh giá chung của bạn về bài viết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer:</source>
        <translation>Người phản biện:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation:</source>
        <translation>Đề xuất:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary:</source>
        <translation>Tóm tắt đánh giá:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments:</source>
        <translation>Nhận xét:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(no recommendation yet)</source>
        <translation>(chưa đề xuất)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor revisions</source>
        <translation>Sửa nhỏ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Major revisions</source>
        <translation>Sửa lớn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resubmit elsewhere</source>
        <translation>Gửi nơi khác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decline</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See comments</source>
        <translation>Xem nhận xét</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review</source>
        <translation>Phản biện</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <location line="+27"/>
        <source>Comment</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Suggest changes</source>
        <translation>Đề xuất sửa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remark on the article…</source>
        <translation>Nhận xét chung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete comment</source>
        <translation>Xoá nhận xét</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send back…</source>
        <translation>Gửi lại…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Comment on “%1”:</source>
        <translation>Nhận xét về “%1”:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on the word at the cursor:</source>
        <translation>Nhận xét về từ tại con trỏ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the passage to comment on first.</source>
        <translation>Hãy chọn đoạn cần nhận xét trước.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remark</source>
        <translation>Nhận xét chung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remark on the whole article:</source>
        <translation>Nhận xét về toàn bài:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Comment:</source>
        <translation>Nhận xét:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Suggest mode: what you type and delete becomes suggestions.</source>
        <translation>Chế độ đề xuất: những gì bạn gõ và xoá trở thành đề xuất sửa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest mode off.</source>
        <translation>Đã tắt chế độ đề xuất.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>On the whole article:</source>
        <translation>Về toàn bài:</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+21"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The review could not be saved to %1:
%2

Your work is still here; save again (Ctrl+S) once the file can be written.</source>
        <translation>Không lưu được bản phản biện vào %1:
%2

Công việc của bạn vẫn còn ở đây; hãy lưu lại (Ctrl+S) khi tệp ghi được.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved. Send %1 back to the editor (by e-mail, for example).</source>
        <translation>Đã lưu. Hãy gửi %1 lại cho biên tập viên (chẳng hạn qua email).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1[*] — review</source>
        <translation>%1[*] — phản biện</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The review could not be saved. Close anyway and lose the changes since the last save?</source>
        <translation>Không lưu được bản phản biện. Vẫn đóng và mất các thay đổi từ lần lưu cuối?</translation>
    </message>
</context>
<context>
    <name>SaveStateLabel</name>
    <message>
        <location filename="../../src/editor_app/ui/editor/stats.py" line="+146"/>
        <location line="+4"/>
        <source>Save state</source>
        <translation>Trạng thái lưu</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save state icon</source>
        <translation>Biểu tượng trạng thái lưu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save failed</source>
        <translation>Lưu thất bại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept on this computer</source>
        <translation>Đã giữ trên máy này</translation>
    </message>
</context>
<context>
    <name>SlugField</name>
    <message>
        <location filename="../../src/editor_app/ui/metadata/slug.py" line="+47"/>
        <source>made-from-the-title</source>
        <translation>tao-tu-tieu-de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the slug from the title again</source>
        <translation>Tạo lại đường dẫn từ tiêu đề</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This slug is already used by another article; saving waits until it is changed.</source>
        <translation>Đường dẫn này đã được một bài viết khác dùng; bài chỉ được lưu sau khi bạn đổi đường dẫn.</translation>
    </message>
</context>
<context>
    <name>StatsLabel</name>
    <message>
        <location filename="../../src/editor_app/ui/editor/stats.py" line="-75"/>
        <source>Document statistics</source>
        <translation>Thống kê bài viết</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln word</source>
        <translation>
            <numerusform>%Ln từ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln từ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln character</source>
        <translation>
            <numerusform>%Ln ký tự</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln ký tự</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>~%Ln min read</source>
        <translation>
            <numerusform>~%Ln phút đọc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln character without spaces</source>
        <translation>
            <numerusform>%Ln ký tự không tính dấu cách</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln characters without spaces</source>
        <translation>
            <numerusform>%Ln ký tự không tính dấu cách</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/editor_app/ui/list/status.py" line="+11"/>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>Đang duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes requested</source>
        <translation>Cần sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Đã xuất bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Lưu trữ</translation>
    </message>
</context>
<context>
    <name>StringListEditor</name>
    <message>
        <location filename="../../src/editor_app/ui/metadata/widgets.py" line="+91"/>
        <source>“%1” is already in the list.</source>
        <translation>“%1” đã có trong danh sách.</translation>
    </message>
</context>
<context>
    <name>TeamLibraryDialog</name>
    <message>
        <location filename="../../src/editor_app/ui/dialogs/team_library.py" line="+21"/>
        <source>Open team library</source>
        <translation>Mở thư viện dùng chung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A library shared by the editorial office on a PostgreSQL server. Ask the journal&apos;s administrator for its address.</source>
        <translation>Thư viện dùng chung của tòa soạn trên máy chủ PostgreSQL. Hãy hỏi người quản trị của tạp chí địa chỉ của nó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(kept in the keychain, or none)</source>
        <translation>(đã lưu trong kho khóa, hoặc không có)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Nhớ mật khẩu trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give an address like {example}.</source>
        <translation>Hãy nhập địa chỉ dạng {example}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This computer has no keychain to keep the password in; it will be asked for again next time.</source>
        <translation>Máy này không có kho khóa để lưu mật khẩu; lần sau sẽ được hỏi lại.</translation>
    </message>
</context>
<context>
    <name>TeamWork</name>
    <message>
        <location filename="../../src/editor_app/ui/window/team.py" line="+103"/>
        <source>{n} article(s) edited earlier were sent to the library.</source>
        <translation>Đã gửi lên thư viện {n} bài được sửa trước đó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edits to {titles} are kept on this computer: they conflict with newer versions in the library. Open them to compare.</source>
        <translation>Các chỉnh sửa của {titles} đang được giữ trên máy này: chúng xung đột với bản mới hơn trong thư viện. Hãy mở bài để so sánh.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Open library file</source>
        <translation>Mở tệp thư viện</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Thư viện (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The library&apos;s server is back; your edits were sent.</source>
        <translation>Máy chủ thư viện đã trở lại; các chỉnh sửa của bạn đã được gửi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library&apos;s server does not answer. Your edits are kept on this computer and will be sent when it is back.</source>
        <translation>Máy chủ thư viện không trả lời. Các chỉnh sửa của bạn được giữ trên máy này và sẽ được gửi khi máy chủ trở lại.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Merged with the changes {who} saved meanwhile.</source>
        <translation>Đã gộp với các thay đổi {who} vừa lưu.</translation>
    </message>
</context>
<context>
    <name>TrashController</name>
    <message>
        <location filename="../../src/editor_app/ui/window/trash_undo.py" line="+130"/>
        <source>Could not move the article to the trash: {reason}</source>
        <translation>Không chuyển được bài viết vào thùng rác: {reason}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Could not restore the article: {reason}</source>
        <translation>Không khôi phục được bài viết: {reason}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The article is back from the trash.</source>
        <translation>Bài viết đã được lấy lại từ thùng rác.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../src/editor_app/ui/dialogs/trash.py" line="+40"/>
        <location line="+80"/>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Articles in the trash</source>
        <translation>Bài viết trong thùng rác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Xóa vĩnh viễn…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+5"/>
        <source>Delete for good</source>
        <translation>Xóa vĩnh viễn</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Delete “{title}” and all its revisions permanently? This cannot be undone.</source>
        <translation>Xóa vĩnh viễn “{title}” cùng mọi phiên bản của bài? Không thể hoàn tác thao tác này.</translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <location filename="../../src/editor_app/ui/window/trash_undo.py" line="-136"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the article (Ctrl+Z)</source>
        <translation>Khôi phục bài viết (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Moved “{title}” to the trash.</source>
        <translation>Đã chuyển “{title}” vào thùng rác.</translation>
    </message>
</context>
<context>
    <name>VersionSaver</name>
    <message>
        <location filename="../../src/editor_app/ui/window/version_save.py" line="+39"/>
        <location line="+62"/>
        <source>No article is open.</source>
        <translation>Chưa mở bài viết nào.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Nothing changed since the version saved at {time}.</source>
        <translation>Không có thay đổi nào kể từ phiên bản đã lưu lúc {time}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved by the editor</source>
        <translation>Lưu thủ công</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved a version at {time}.</source>
        <translation>Đã lưu phiên bản lúc {time}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name this version (optional), then Enter</source>
        <translation>Đặt tên cho bản này (không bắt buộc), rồi nhấn Enter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Version named “{name}”.</source>
        <translation>Đã đặt tên bản: “{name}”.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/editor_app/ui/window/opening.py" line="+30"/>
        <source>This library is already open in another window or program. Close it there first; nothing was changed.</source>
        <translation>Thư viện này đang được mở trong một cửa sổ hoặc chương trình khác. Hãy đóng nó ở đó trước; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not an article library. It was left as it is.</source>
        <translation>Tệp này không phải là thư viện bài viết. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library is damaged and cannot be opened. The file was not changed; restore it from a backup copy.</source>
        <translation>Thư viện bị hỏng và không mở được. Tệp không bị thay đổi; hãy khôi phục từ một bản sao lưu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team library&apos;s server cannot be reached or refused the login. Check the address, the network and the password (File → Open team library…).</source>
        <translation>Không kết nối được máy chủ của thư viện chung hoặc máy chủ từ chối đăng nhập. Hãy kiểm tra địa chỉ, mạng và mật khẩu (Tệp → Mở thư viện dùng chung…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library was made by a newer version of this program. Update the program to open it.</source>
        <translation>Thư viện được tạo bởi phiên bản mới hơn của chương trình. Hãy cập nhật chương trình để mở.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/ui/dialogs/backups.py" line="+20"/>
        <location filename="../../src/editor_app/ui/window/opening.py" line="+133"/>
        <location line="+65"/>
        <source>Cannot open the library</source>
        <translation>Không mở được thư viện</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/ui/window/opening.py" line="-56"/>
        <source>No good backup of it was found in {folder}.</source>
        <translation>Không tìm thấy bản sao lưu tốt nào của thư viện trong {folder}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The backup could not be restored: {reason}</source>
        <translation>Không khôi phục được bản sao lưu: {reason}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The library was damaged; it was restored from the backup {backup}. The damaged file was kept as {kept}.</source>
        <translation>Thư viện bị hỏng; thư viện đã được khôi phục từ bản sao lưu {backup}. Tệp bị hỏng được giữ lại thành {kept}.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Library in use</source>
        <translation>Thư viện đang được dùng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This library is already open in another window or program. You can read it here without changing anything, or close it there first.</source>
        <translation>Thư viện này đang mở ở một cửa sổ hoặc chương trình khác. Bạn có thể xem nó ở đây mà không thay đổi gì, hoặc đóng nó ở nơi kia trước.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read only</source>
        <translation>Chỉ xem</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The library {path} could not be opened: {reason}</source>
        <translation>Không mở được thư viện {path}: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server asks for the password of “{user}”.</source>
        <translation>Máy chủ hỏi mật khẩu của “{user}”.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Upgrading the library for this version of the program. A backup copy of it is made first. A large library can take a minute.</source>
        <translation>Đang nâng cấp thư viện cho phiên bản này của chương trình. Một bản sao lưu được tạo trước. Thư viện lớn có thể mất khoảng một phút.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upgrading the library</source>
        <translation>Đang nâng cấp thư viện</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/ui/dialogs/backups.py" line="-7"/>
        <source>The library {path} is damaged and cannot be opened.

The newest good backup is from {date} ({articles}). Restore it? The damaged file is kept beside the library; nothing is deleted.</source>
        <translation>Thư viện {path} bị hỏng và không mở được.

Bản sao lưu tốt mới nhất là lúc {date} ({articles}). Khôi phục bản này? Tệp bị hỏng được giữ lại bên cạnh thư viện; không có gì bị xóa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details: {reason}</source>
        <translation>Chi tiết: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../src/editor_app/ui/editor/spelling_menu.py" line="+34"/>
        <source>(no suggestion)</source>
        <translation>(không có gợi ý)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add “%1” to the dictionary</source>
        <translation>Thêm “%1” vào từ điển</translation>
    </message>
</context>
<context>
    <name>validate</name>
    <message>
        <location filename="../../src/editor_app/core/validate.py" line="+41"/>
        <source>An ORCID iD has 16 characters in four groups, like 0000-0002-1825-0097.</source>
        <translation>Mã ORCID gồm 16 ký tự chia thành bốn nhóm, ví dụ 0000-0002-1825-0097.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This ORCID iD has a wrong check digit; look for a typing mistake.</source>
        <translation>Chữ số kiểm tra của mã ORCID này không đúng; hãy xem lại có gõ nhầm không.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A DOI starts with 10., a registrant number and a slash, like 10.1000/xyz123.</source>
        <translation>DOI bắt đầu bằng 10., tiếp theo là mã đơn vị đăng ký và dấu gạch chéo, ví dụ 10.1000/xyz123.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A DOI cannot contain spaces.</source>
        <translation>DOI không được chứa dấu cách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ISSN has eight characters, like 2049-3630.</source>
        <translation>ISSN gồm tám ký tự, ví dụ 2049-3630.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ISSN has a wrong check digit; look for a typing mistake.</source>
        <translation>Chữ số kiểm tra của ISSN này không đúng; hãy xem lại có gõ nhầm không.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail address like name@example.org.</source>
        <translation>Đây không phải là địa chỉ email dạng ten@example.org.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slug cannot be empty.</source>
        <translation>Đường dẫn không được để trống.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use only lowercase letters a-z, digits and single hyphens between words.</source>
        <translation>Chỉ dùng chữ thường a-z (không dấu), chữ số và một dấu gạch nối giữa các từ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The slug is too long (200 characters at most).</source>
        <translation>Đường dẫn quá dài (tối đa 200 ký tự).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This name is reserved (the table of contents, or a device name on Windows); choose another.</source>
        <translation>Tên này đã được dành riêng (cho trang mục lục, hoặc là tên thiết bị trên Windows); hãy chọn tên khác.</translation>
    </message>
</context>
</TS>
