<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../src/editor_app/cli.py" line="+48"/>
        <source>library file, or a team library&apos;s postgresql://user@host:port/dbname (default: $EDITOR_APP_LIBRARY or the user data folder)</source>
        <translation>tệp thư viện, hoặc địa chỉ thư viện dùng chung postgresql://user@host:port/dbname (mặc định: $EDITOR_APP_LIBRARY hoặc thư mục dữ liệu của người dùng)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Editorial workstation for journal articles.</source>
        <translation>Bàn biên tập bài viết cho tạp chí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check that this installation works (library, render, export, preview)</source>
        <translation>kiểm tra bản cài đặt này có chạy đúng không (thư viện, dựng trang, xuất bản, xem trước)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import Markdown (.md with front matter), .txt, Word (.docx) or web page (.html) files</source>
        <translation>nhập tệp Markdown (.md có front matter), .txt, Word (.docx) hoặc trang web (.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>update articles whose slug exists</source>
        <translation>cập nhật các bài đã có slug này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list articles</source>
        <translation>liệt kê các bài viết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the articles that match (case and diacritics ignored)</source>
        <translation>chỉ những bài khớp (không phân biệt hoa thường và dấu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the articles with this status</source>
        <translation>chỉ những bài có trạng thái này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a JSON array: every field of each article but its text</source>
        <translation>in một mảng JSON: mọi trường của mỗi bài, trừ nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --json: each article&apos;s text too</source>
        <translation>khi có --json: in cả nội dung của mỗi bài</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>newest first (default), titles in Vietnamese alphabetical order, or statuses in the order of the work (a search ranks its matches)</source>
        <translation>mới nhất trước (mặc định), tiêu đề theo thứ tự chữ cái tiếng Việt, hoặc trạng thái theo thứ tự công việc (khi tìm kiếm thì xếp theo mức khớp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write publish-ready HTML pages</source>
        <translation>ghi các trang HTML sẵn sàng xuất bản</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an issue: its page as index.html and its articles that are ready</source>
        <translation>một số tạp chí: trang của số đó là index.html, cùng các bài đã sẵn sàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>html: pages and index.html; pdf: A4 proofs; jats: JATS 1.3 XML (default: html)</source>
        <translation>html: các trang và index.html; pdf: bản in thử A4; jats: XML JATS 1.3 (mặc định: html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without SLUGs: every article, not only the published ones (a full proof)</source>
        <translation>khi không nêu SLUG: mọi bài, không chỉ bài đã xuất bản (bản in thử đầy đủ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>these articles whatever their status (default: the published ones)</source>
        <translation>các bài này, dù trạng thái là gì (mặc định: các bài đã xuất bản)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy a whole library to another (a file to a team library&apos;s server)</source>
        <translation>sao chép toàn bộ một thư viện sang thư viện khác (từ tệp lên máy chủ thư viện dùng chung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new library: an empty database (postgresql://...) or a new file</source>
        <translation>thư viện mới: một cơ sở dữ liệu trống (postgresql://...) hoặc một tệp mới</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>warning: {message}</source>
        <translation>cảnh báo: {message}</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+23"/>
        <source>{path}: note: {note}</source>
        <translation>{path}: lưu ý: {note}</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <location line="+218"/>
        <location filename="../../src/editor_app/cli_review.py" line="+79"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>{reason}; the import stopped (the articles listed above were saved)</source>
        <translation>{reason}; việc nhập đã dừng (các bài liệt kê ở trên đã được lưu)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the library is open in a window; {count:,} files were handed to it</source>
        <translation>thư viện đang mở trong một cửa sổ; {count:,} tệp đã được chuyển cho cửa sổ đó</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown status &apos;{status}&apos; (use one of: {allowed})</source>
        <translation>trạng thái &apos;{status}&apos; không có (dùng một trong: {allowed})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{reason} (left out)</source>
        <translation>{reason} (bị bỏ qua)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path}: this is a file, not a folder; choose a folder for --out</source>
        <translation>{path}: đây là một tệp, không phải thư mục; hãy chọn một thư mục cho --out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give either --issue or article slugs, not both</source>
        <translation>chỉ nêu --issue hoặc slug các bài, không nêu cả hai</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{slug}: held back: {reason}</source>
        <translation>{slug}: bị giữ lại: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{slug}: {reason}</source>
        <translation>{slug}: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{table}: {count:,} rows copied</source>
        <translation>{table}: đã sao chép {count:,} dòng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the copy differs from the library: {tables}</source>
        <translation>bản sao khác với thư viện: {tables}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copied {count:,} articles to {library}; the counts match on both sides</source>
        <translation>đã sao chép {count:,} bài sang {library}; số lượng hai bên khớp nhau</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>not enough memory to finish; nothing more was changed</source>
        <translation>không đủ bộ nhớ để làm xong; không có gì bị thay đổi thêm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the library could not be used: {reason}</source>
        <translation>không dùng được thư viện: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected error: {kind}: {reason}</source>
        <translation>lỗi ngoài dự kiến: {kind}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/cli_issue.py" line="+24"/>
        <source>pre-publish checks of articles and the journal profile</source>
        <translation>kiểm tra trước khi xuất bản cho các bài và hồ sơ tạp chí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the articles (default: all)</source>
        <translation>các bài (mặc định: tất cả)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print a JSON array of problems</source>
        <translation>in một mảng JSON các vấn đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issues of the journal: volume, number, year and their articles</source>
        <translation>các số của tạp chí: tập, số, năm và các bài trong số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a new issue (its key is printed)</source>
        <translation>một số tạp chí mới (in ra khóa của số)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the editor&apos;s note</source>
        <translation>lời biên tập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>append articles to an issue, in the order given</source>
        <translation>thêm bài vào cuối một số, theo thứ tự đã nêu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take articles out of an issue</source>
        <translation>rút bài khỏi một số</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the issues, newest first</source>
        <translation>các số tạp chí, mới nhất trước</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an issue and its articles in order</source>
        <translation>một số tạp chí và các bài của số đó theo thứ tự</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{slug}: no article with this slug in the library</source>
        <translation>{slug}: thư viện không có bài nào với slug này</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(journal)</source>
        <translation>(tạp chí)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{slug}: already in the issue {key}; it stays where it is</source>
        <translation>{slug}: đã có trong số {key}; bài vẫn giữ nguyên vị trí</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{slug}: not in the issue {key}</source>
        <translation>{slug}: không có trong số {key}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no issue &apos;{key}&apos; in the library (see: editor-app issue list)</source>
        <translation>thư viện không có số &apos;{key}&apos; (xem: editor-app issue list)</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/cli_review.py" line="-57"/>
        <source>send articles to reviewers as .review files and merge them back</source>
        <translation>gửi bài cho người phản biện dưới dạng tệp .review và gộp góp ý trở lại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write one .review file per article (printing its path)</source>
        <translation>ghi mỗi bài một tệp .review (in ra đường dẫn của tệp)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>merge returned .review files into the library</source>
        <translation>gộp các tệp .review được gửi trở lại vào thư viện</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an article&apos;s review: comments and suggestions on its text now</source>
        <translation>góp ý về một bài: nhận xét và đề xuất sửa trên nội dung hiện tại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print it as JSON</source>
        <translation>in dưới dạng JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apply suggestions to the text</source>
        <translation>áp dụng các đề xuất sửa vào nội dung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>turn suggestions down</source>
        <translation>từ chối các đề xuất sửa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every open suggestion</source>
        <translation>mọi đề xuất sửa còn mở</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{path}: already merged into {slug}; nothing changed</source>
        <translation>{path}: đã được gộp vào {slug} từ trước; không có gì thay đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: merged into {slug}: {comments} comments, {suggestions} suggestions ({detached} detached: their passage is gone)</source>
        <translation>{path}: đã gộp vào {slug}: {comments} nhận xét, {suggestions} đề xuất sửa ({detached} bị tách rời: đoạn văn của chúng không còn)</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/cli_text.py" line="+26"/>
        <source>usage: </source>
        <translation>cách dùng: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>positional arguments</source>
        <translation>tham số vị trí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>show this help message and exit</source>
        <translation>hiện trợ giúp này rồi thoát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>hiện số phiên bản của chương trình rồi thoát</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the following arguments are required: %s</source>
        <translation>thiếu các tham số bắt buộc: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>tham số không nhận ra: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>tham số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expected one argument</source>
        <translation>cần một giá trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>chỉ nhận nhiều nhất một giá trị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expected at least one argument</source>
        <translation>cần ít nhất một giá trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>giá trị %(type)s không hợp lệ: %(value)r</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not allowed with argument %s</source>
        <translation>không dùng được cùng tham số %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tùy chọn mơ hồ: %(option)s có thể là %(matches)s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one of the arguments %s is required</source>
        <translation>cần một trong các tham số %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>bỏ qua giá trị %r</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expected %s argument</source>
        <translation>cần %s giá trị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expected %s arguments</source>
        <translation>cần %s giá trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: lỗi: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/errors.py" line="+121"/>
        <source>article {id} is damaged and cannot be read ({reason})</source>
        <translation>bài {id} bị hỏng và không đọc được ({reason})</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{path}: the library cannot be written: it is read-only (check the file&apos;s permissions)</source>
        <translation>{path}: không ghi được vào thư viện: tệp chỉ cho đọc (hãy kiểm tra quyền của tệp)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: the disk is full; nothing was saved by this change. Free some space and try again</source>
        <translation>{path}: ổ đĩa đã đầy; thay đổi này chưa được lưu. Hãy giải phóng dung lượng rồi thử lại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: the library is damaged ({reason}); restore it from a backup</source>
        <translation>{path}: thư viện bị hỏng ({reason}); hãy khôi phục từ một bản sao lưu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: the library is busy in another program; try again</source>
        <translation>{path}: thư viện đang bận ở một chương trình khác; hãy thử lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: the library could not be written ({reason})</source>
        <translation>{path}: không ghi được vào thư viện ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>some of its text is not valid UTF-8</source>
        <translation>một phần nội dung không phải UTF-8 hợp lệ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value cannot be read: {reason}</source>
        <translation>không đọc được một giá trị: {reason}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a value cannot be read</source>
        <translation>không đọc được một giá trị</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/importing/archive.py" line="+22"/>
        <source>Word document</source>
        <translation>tài liệu Word</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this is not a {what} (.docx files are zip archives; this one is not)</source>
        <translation>đây không phải {what} (tệp .docx là tệp nén zip; tệp này thì không)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this {what} is damaged ({exc})</source>
        <translation>{what} này bị hỏng ({exc})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this {what} holds {count:,} parts (at most {MAX_ENTRIES:,}); refused as unsafe</source>
        <translation>{what} này có {count:,} phần (nhiều nhất {MAX_ENTRIES:,}); bị từ chối vì không an toàn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this {what} unpacks to {total:,.0f} MB (at most {MAX_TOTAL} MB); refused as a possible zip bomb</source>
        <translation>{what} này giải nén ra {total:,.0f} MB (nhiều nhất {MAX_TOTAL} MB); bị từ chối vì có thể là bom nén</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a part of this {what} ({filename}) unpacks to {file_size:,} times its size; refused as a possible zip bomb</source>
        <translation>một phần của {what} này ({filename}) giải nén ra lớn gấp {file_size:,} lần; bị từ chối vì có thể là bom nén</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this {what} is damaged ({name}: {exc})</source>
        <translation>{what} này bị hỏng ({name}: {exc})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this {what} declares XML entities ({filename}), which Word never writes; refused as unsafe</source>
        <translation>{what} này khai báo thực thể XML ({filename}), điều Word không bao giờ ghi; bị từ chối vì không an toàn</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/importing/converter.py" line="+58"/>
        <source>the file could not be converted within {timeout:g} second (it is too large or too complex)</source>
        <translation>không chuyển đổi được tệp trong {timeout:g} giây (tệp quá lớn hoặc quá phức tạp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file could not be converted within {timeout:g} seconds (it is too large or too complex)</source>
        <translation>không chuyển đổi được tệp trong {timeout:g} giây (tệp quá lớn hoặc quá phức tạp)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file could not be converted: {exc}</source>
        <translation>không chuyển đổi được tệp: {exc}</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/importing/docx.py" line="+63"/>
        <source>this zip archive is not a Word document (it has no word/document.xml)</source>
        <translation>tệp nén zip này không phải tài liệu Word (không có word/document.xml)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>this Word document could not be read ({kind}: {exc})</source>
        <translation>không đọc được tài liệu Word này ({kind}: {exc})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>image {number}</source>
        <translation>ảnh {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/editor_app/ui/editor/paste.py" line="+75"/>
        <source>{exc}; it was left out</source>
        <translation>{exc}; đã bị bỏ qua</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/importing/frontmatter.py" line="+66"/>
        <source>the front matter uses a YAML alias (&apos;*name&apos;); write the value out instead</source>
        <translation>front matter dùng bí danh YAML (&apos;*name&apos;); hãy viết giá trị ra đầy đủ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> (line {line})</source>
        <translation> (dòng {line})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the front matter is not valid YAML{where}{why}</source>
        <translation>front matter không phải YAML hợp lệ{where}{why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the front matter is nested too deeply</source>
        <translation>front matter lồng nhau quá sâu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the front matter starting with &apos;---&apos; is never closed</source>
        <translation>front matter mở bằng &apos;---&apos; nhưng không bao giờ đóng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the front matter is too long ({count:,} characters; at most {FRONT_MATTER_MAX:,}){raw_meta}</source>
        <translation>front matter quá dài ({count:,} ký tự; nhiều nhất {FRONT_MATTER_MAX:,}){raw_meta}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the front matter must be a list of &apos;key: value&apos; lines</source>
        <translation>front matter phải là các dòng &apos;key: value&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a list</source>
        <translation>một danh sách</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&apos;key: value&apos; pairs</source>
        <translation>các cặp &apos;key: value&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not text</source>
        <translation>không phải văn bản</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} must be text, not {value}</source>
        <translation>{what} phải là văn bản, không phải {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the date &apos;{text}&apos; is not a valid date ({exc})</source>
        <translation>ngày &apos;{text}&apos; không phải ngày hợp lệ ({exc})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the date &apos;{text}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>&apos;{text}&apos; không phải một ngày (dùng YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>each entry of &apos;{key}&apos;</source>
        <translation>mỗi mục của &apos;{key}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; must be a list or text, not {value}</source>
        <translation>&apos;{key}&apos; phải là một danh sách hoặc văn bản, không phải {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an author&apos;s &apos;{key}&apos;</source>
        <translation>&apos;{key}&apos; của một tác giả</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each author needs at least a name</source>
        <translation>mỗi tác giả cần ít nhất một tên</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown status &apos;{text}&apos; (use one of: {allowed})</source>
        <translation>trạng thái &apos;{text}&apos; không có (dùng một trong: {allowed})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unsupported file type (use .md, .markdown, .txt, .docx, .html or .htm)</source>
        <translation>loại tệp không hỗ trợ (dùng .md, .markdown, .txt, .docx, .html hoặc .htm)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <location filename="../../src/editor_app/core/importing/textfile.py" line="+120"/>
        <location line="+6"/>
        <source>the file is empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/importing/images.py" line="+82"/>
        <source>an image</source>
        <translation>ảnh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} is too large ({count:,.1f} MB; at most {IMAGE_MAX_BYTES} MB)</source>
        <translation>{what} quá lớn ({count:,.1f} MB; nhiều nhất {IMAGE_MAX_BYTES} MB)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} is in a format web pages cannot show (only PNG, JPEG, GIF and WebP are kept)</source>
        <translation>{what} có định dạng trang web không hiển thị được (chỉ giữ PNG, JPEG, GIF và WebP)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} is damaged (its size cannot be read)</source>
        <translation>{what} bị hỏng (không đọc được kích thước)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} claims {width:,} x {height:,} pixels, more than the {IMAGE_MAX_PIXELS} megapixels allowed</source>
        <translation>{what} khai là {width:,} x {height:,} điểm ảnh, vượt quá {IMAGE_MAX_PIXELS} megapixel cho phép</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/importing/manuscript.py" line="+46"/>
        <source>this file is not a Word document (.docx) or a web page (.html)</source>
        <translation>tệp này không phải tài liệu Word (.docx) hay trang web (.html)</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/importing/prepare.py" line="+56"/>
        <source>the file could not be read: not enough memory</source>
        <translation>không đọc được tệp: không đủ bộ nhớ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the file could not be read: it is nested too deeply</source>
        <translation>không đọc được tệp: tệp lồng nhau quá sâu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be read ({kind}{detail})</source>
        <translation>không đọc được tệp ({kind}{detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be converted: not enough memory</source>
        <translation>không chuyển đổi được tệp: không đủ bộ nhớ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be converted: it is nested too deeply</source>
        <translation>không chuyển đổi được tệp: tệp lồng nhau quá sâu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be converted ({kind}{detail})</source>
        <translation>không chuyển đổi được tệp ({kind}{detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be stored: not enough memory</source>
        <translation>không lưu được tệp: không đủ bộ nhớ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be stored: it is nested too deeply</source>
        <translation>không lưu được tệp: tệp lồng nhau quá sâu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be stored ({kind}{detail})</source>
        <translation>không lưu được tệp ({kind}{detail})</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/importing/textfile.py" line="-100"/>
        <source>save it as UTF-8 and import it again</source>
        <translation>hãy lưu tệp dưới dạng UTF-8 rồi nhập lại</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is too large ({size:,.1f} MB; at most {cap} MB)</source>
        <translation>tệp quá lớn ({size:,.1f} MB; nhiều nhất {cap} MB)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>cannot be read ({strerror})</source>
        <translation>không đọc được ({strerror})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the file looks like {name} text with a byte order mark but does not decode as {name}; {SAVE_AS_UTF8}</source>
        <translation>tệp có vẻ là văn bản {name} có dấu thứ tự byte nhưng không giải mã được theo {name}; {SAVE_AS_UTF8}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file looks like {name} text without a byte order mark but does not decode as {name}; {SAVE_AS_UTF8}</source>
        <translation>tệp có vẻ là văn bản {name} không có dấu thứ tự byte nhưng không giải mã được theo {name}; {SAVE_AS_UTF8}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>this is a binary file, not text</source>
        <translation>đây là tệp nhị phân, không phải văn bản</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is not valid UTF-8 (byte 0x{raw:02x} on line {line}); {SAVE_AS_UTF8}</source>
        <translation>tệp không phải UTF-8 hợp lệ (byte 0x{raw:02x} ở dòng {line}); {SAVE_AS_UTF8}</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/importing/webpage.py" line="+54"/>
        <source>the page has no text</source>
        <translation>trang không có nội dung chữ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an image written into the page itself (data: address) was left out</source>
        <translation>một ảnh được viết thẳng vào trang (địa chỉ data:) đã bị bỏ qua</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the image &apos;{shown}&apos; is on another site; it was not downloaded and was left out</source>
        <translation>ảnh &apos;{shown}&apos; nằm ở một trang web khác; ảnh không được tải về và đã bị bỏ qua</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the image &apos;{shown}&apos; lies outside the page&apos;s folder and was left out</source>
        <translation>ảnh &apos;{shown}&apos; nằm ngoài thư mục của trang và đã bị bỏ qua</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/library/backups.py" line="+171"/>
        <source>{folder}: another backup of this library is still running</source>
        <translation>{folder}: một lần sao lưu khác của thư viện này vẫn đang chạy</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{library}: no backup made, the copy failed the integrity check ({problem}); the earlier backups are kept</source>
        <translation>{library}: chưa sao lưu được, bản sao không qua được kiểm tra toàn vẹn ({problem}); các bản sao lưu trước vẫn được giữ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{library}: no backup made ({exc}); the earlier backups are kept</source>
        <translation>{library}: chưa sao lưu được ({exc}); các bản sao lưu trước vẫn được giữ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{library}: no backup made, there is no library at this path</source>
        <translation>{library}: chưa sao lưu được, không có thư viện ở đường dẫn này</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{folder}: cannot create the backup folder ({exc})</source>
        <translation>{folder}: không tạo được thư mục sao lưu ({exc})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{target}: the backup cannot be put in place ({exc})</source>
        <translation>{target}: không đặt được bản sao lưu vào chỗ ({exc})</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>{library}: cannot be set aside to restore a backup ({exc}); close it in every program first</source>
        <translation>{library}: không để riêng ra được để khôi phục bản sao lưu ({exc}); hãy đóng thư viện ở mọi chương trình trước</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{backup}: cannot restore this backup ({problem}); nothing was changed</source>
        <translation>{backup}: không khôi phục được bản sao lưu này ({problem}); không có gì bị thay đổi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{backup}: the copy of the backup is damaged ({problem}); nothing was changed</source>
        <translation>{backup}: bản chép của bản sao lưu bị hỏng ({problem}); không có gì bị thay đổi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{library}: the backup cannot be restored ({exc})</source>
        <translation>{library}: không khôi phục được bản sao lưu ({exc})</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/library/connection.py" line="+100"/>
        <source>{path}: the library is open read-only</source>
        <translation>{path}: thư viện đang mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/library/copying.py" line="+47"/>
        <source>{target}: this is the library being copied; give another one</source>
        <translation>{target}: đây chính là thư viện đang được sao chép; hãy chọn thư viện khác</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target}: this library already has articles; copy into a new file or an empty database</source>
        <translation>{target}: thư viện này đã có bài; hãy sao chép vào một tệp mới hoặc một cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/library/db.py" line="+202"/>
        <source>{path}: the library is already open in another window or program; close it there first</source>
        <translation>{path}: thư viện đang mở ở một cửa sổ hoặc chương trình khác; hãy đóng nó ở đó trước</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: cannot lock the library ({strerror})</source>
        <translation>{path}: không khóa được thư viện ({strerror})</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{path}: the library&apos;s latest changes cannot be read and its journal file cannot be copied aside ({strerror}); nothing was changed</source>
        <translation>{path}: không đọc được các thay đổi mới nhất của thư viện và không chép riêng ra được tệp nhật ký của nó ({strerror}); không có gì bị thay đổi</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{path}: the library was made by a newer version of this program; update it</source>
        <translation>{path}: thư viện được tạo bởi một phiên bản mới hơn của chương trình; hãy cập nhật chương trình</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path}: this is a folder or a device, not a library file</source>
        <translation>{path}: đây là một thư mục hoặc thiết bị, không phải tệp thư viện</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path}: no library at this path</source>
        <translation>{path}: không có thư viện ở đường dẫn này</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/library/file_checks.py" line="+47"/>
        <source>{path}: cannot be read ({strerror})</source>
        <translation>{path}: không đọc được ({strerror})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: this file is not an article library (not an SQLite database)</source>
        <translation>{path}: tệp này không phải thư viện bài viết (không phải cơ sở dữ liệu SQLite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: the library is damaged and cannot be opened (its header byte 19 is {header})</source>
        <translation>{path}: thư viện bị hỏng và không mở được (byte 19 của phần đầu tệp là {header})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path}: the library&apos;s header is damaged (byte 18 is {header}): SQLite would only read it, so it was not opened for editing; restore it from a backup</source>
        <translation>{path}: phần đầu của thư viện bị hỏng (byte 18 là {header}): SQLite chỉ đọc được nên thư viện không được mở để biên tập; hãy khôi phục từ một bản sao lưu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path}: the library file is read-only; allow writing to it (its permissions) or use a command that only reads it</source>
        <translation>{path}: tệp thư viện chỉ cho đọc; hãy cho phép ghi vào tệp (quyền của tệp) hoặc dùng một lệnh chỉ đọc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: the folder {folder} is read-only, and the library needs to write its journal files there; allow writing to it</source>
        <translation>{path}: thư mục {folder} chỉ cho đọc, mà thư viện cần ghi tệp nhật ký vào đó; hãy cho phép ghi vào thư mục</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> and {count} more</source>
        <translation> và {count} mục khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: the library contains a {kind} &apos;{name}&apos;{more} that this program did not make. A library holds data, not code, so it was not opened (the file was not changed); restore it from a backup</source>
        <translation>{path}: thư viện chứa một {kind} &apos;{name}&apos;{more} không do chương trình này tạo. Thư viện chỉ chứa dữ liệu, không chứa mã, nên đã không được mở (tệp không bị thay đổi); hãy khôi phục từ một bản sao lưu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{path}: this SQLite file is not an article library of this program</source>
        <translation>{path}: tệp SQLite này không phải thư viện bài viết của chương trình</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>{path}: the library is damaged and cannot be opened ({exc})</source>
        <translation>{path}: thư viện bị hỏng và không mở được ({exc})</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>{path}: the library&apos;s version record is empty, so it cannot be upgraded safely; restore it from a backup</source>
        <translation>{path}: bản ghi phiên bản của thư viện bị trống nên không nâng cấp an toàn được; hãy khôi phục từ một bản sao lưu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path}: the library is damaged and cannot be opened ({rows})</source>
        <translation>{path}: thư viện bị hỏng và không mở được ({rows})</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/library/issues.py" line="+69"/>
        <source>the issue needs a {what}</source>
        <translation>số tạp chí cần có {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the {what} is too long ({MAX_FIELD} characters at most)</source>
        <translation>{what} quá dài (nhiều nhất {MAX_FIELD} ký tự)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>volume</source>
        <translation>tập</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>number</source>
        <translation>số</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the year {year} is not a four-digit year</source>
        <translation>năm {year} không phải năm có bốn chữ số</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the issue {key} already exists</source>
        <translation>số {key} đã có</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+117"/>
        <source>title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <location line="-109"/>
        <location filename="../../src/editor_app/core/publishing/issue_export.py" line="+47"/>
        <source>no issue {key!r} in the library (see: editor-app issue list)</source>
        <translation>thư viện không có số {key!r} (xem: editor-app issue list)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no article with the slug {slug!r} in the library</source>
        <translation>thư viện không có bài nào với slug {slug!r}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the new order must hold every article of the issue once</source>
        <translation>thứ tự mới phải có mỗi bài của số đúng một lần</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/library/own_words.py" line="+19"/>
        <source>{word!r} is not one word</source>
        <translation>{word!r} không phải một từ</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/library/server.py" line="+61"/>
        <source>a team library needs the PostgreSQL driver: install editor-app[postgres] (pip install &apos;psycopg[binary]&apos;)</source>
        <translation>thư viện dùng chung cần trình điều khiển PostgreSQL: hãy cài editor-app[postgres] (pip install &apos;psycopg[binary]&apos;)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{display}: {why}</source>
        <translation>{display}: {why}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{display}: no library in this database</source>
        <translation>{display}: cơ sở dữ liệu này không có thư viện</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{display}: this database holds other tables; it is not a library (give an empty database)</source>
        <translation>{display}: cơ sở dữ liệu này có các bảng khác; đây không phải thư viện (hãy dùng một cơ sở dữ liệu trống)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{display}: the library was made by a newer version of this program; update it</source>
        <translation>{display}: thư viện được tạo bởi một phiên bản mới hơn của chương trình; hãy cập nhật chương trình</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/library/store.py" line="+216"/>
        <source>{path}: the search index is missing or damaged ({orig}); open the library in the program once to rebuild it</source>
        <translation>{path}: chỉ mục tìm kiếm bị thiếu hoặc hỏng ({orig}); hãy mở thư viện trong chương trình một lần để dựng lại</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the slug &apos;{slug}&apos; is already used by another article</source>
        <translation>slug &apos;{slug}&apos; đã được một bài khác dùng</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>unknown tone-mark style {tone_style!r} (old, new or none)</source>
        <translation>kiểu đặt dấu thanh {tone_style!r} không có (old, new hoặc để trống)</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/limits.py" line="+31"/>
        <source>&apos;{field}&apos; is too long ({length:,} characters; at most {limit:,})</source>
        <translation>&apos;{field}&apos; quá dài ({length:,} ký tự; nhiều nhất {limit:,})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{field}&apos; has too many entries ({count:,}; at most {limit:,})</source>
        <translation>&apos;{field}&apos; có quá nhiều mục ({count:,}; nhiều nhất {limit:,})</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/publishing/checks.py" line="+62"/>
        <source>The journal&apos;s base URL &apos;{url}&apos; is not a web address starting with https:// (or http://); pages would have no canonical link.</source>
        <translation>Địa chỉ gốc &apos;{url}&apos; của tạp chí không phải địa chỉ web bắt đầu bằng https:// (hoặc http://); các trang sẽ không có liên kết chuẩn (canonical).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The article has no title.</source>
        <translation>Bài viết chưa có tiêu đề.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: ORCID iD &apos;{orcid}&apos;: {problem}</source>
        <translation>{name}: ORCID iD &apos;{orcid}&apos;: {problem}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An author</source>
        <translation>Một tác giả</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DOI &apos;{doi}&apos;: {problem}</source>
        <translation>DOI &apos;{doi}&apos;: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language &apos;{language}&apos; is not a BCP 47 language tag (like vi or en-GB).</source>
        <translation>Ngôn ngữ &apos;{language}&apos; không phải thẻ ngôn ngữ BCP 47 (như vi hoặc en-GB).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The related article &apos;{slug}&apos; is not in the library.</source>
        <translation>Bài liên quan &apos;{slug}&apos; không có trong thư viện.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The article has no summary.</source>
        <translation>Bài viết chưa có tóm tắt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image &apos;{src}&apos; has no alt text (a description for readers who cannot see it).</source>
        <translation>Ảnh &apos;{src}&apos; chưa có văn bản thay thế (lời mô tả cho người đọc không nhìn thấy ảnh).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The article is published but has no publication date.</source>
        <translation>Bài viết đã xuất bản nhưng chưa có ngày xuất bản.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Misspelled word: &apos;{word}&apos; (in the title)</source>
        <translation>Từ viết sai: &apos;{word}&apos; (trong tiêu đề)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misspelled word: &apos;{word}&apos; (in the summary)</source>
        <translation>Từ viết sai: &apos;{word}&apos; (trong tóm tắt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Misspelled word: &apos;{word}&apos;</source>
        <translation>Từ viết sai: &apos;{word}&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{old_count} in the old style ({old}) and {new_count} in the new style ({new})</source>
        <translation>{old_count} theo kiểu cũ ({old}) và {new_count} theo kiểu mới ({new})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} in the old style ({words})</source>
        <translation>{count} theo kiểu cũ ({words})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} in the new style ({words})</source>
        <translation>{count} theo kiểu mới ({words})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the journal writes the old style</source>
        <translation>; tạp chí viết theo kiểu cũ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the journal writes the new style</source>
        <translation>; tạp chí viết theo kiểu mới</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tone marks are placed two ways: {counts}{style}.</source>
        <translation>Dấu thanh được đặt theo hai kiểu: {counts}{style}.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/publishing/export.py" line="+226"/>
        <source>cannot create the export folder {out_dir}: {strerror}</source>
        <translation>không tạo được thư mục xuất {out_dir}: {strerror}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>the body could not be rendered: {result}</source>
        <translation>không dựng được nội dung bài: {result}</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/publishing/guard.py" line="+194"/>
        <source>The rendering engine did not start. Restart the application.</source>
        <translation>Bộ dựng trang không khởi động. Hãy khởi động lại chương trình.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+42"/>
        <source>The renderer has been closed.</source>
        <translation>Bộ dựng trang đã bị đóng.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The rendering engine could not be started. Restart the application.</source>
        <translation>Không khởi động được bộ dựng trang. Hãy khởi động lại chương trình.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/reviewing/desk.py" line="+77"/>
        <source>this review is of an article this library does not have ({manifest}, {article_uuid})</source>
        <translation>góp ý này là về một bài mà thư viện này không có ({manifest}, {article_uuid})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the article {slug} is in the trash; restore it, then merge</source>
        <translation>bài {slug} đang ở thùng rác; hãy khôi phục bài rồi gộp</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{slug}: no such article</source>
        <translation>{slug}: không có bài này</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>that comment no longer exists</source>
        <translation>nhận xét đó không còn nữa</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/reviewing/review_file.py" line="+134"/>
        <location line="+37"/>
        <source>review file</source>
        <translation>tệp góp ý</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>this review file has no {needed}</source>
        <translation>tệp góp ý này không có {needed}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this review file holds a path outside it ({name!r}); refused as unsafe</source>
        <translation>tệp góp ý này chứa một đường dẫn ra ngoài nó ({name!r}); bị từ chối vì không an toàn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this review file holds an image in a sub-folder ({name!r})</source>
        <translation>tệp góp ý này chứa một ảnh trong thư mục con ({name!r})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} in this review file is too large ({file_size:,} bytes; at most {limit:,})</source>
        <translation>{name} trong tệp góp ý này quá lớn ({file_size:,} byte; nhiều nhất {limit:,})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} in this review file is not UTF-8 text (byte {start:,})</source>
        <translation>{name} trong tệp góp ý này không phải văn bản UTF-8 (byte {start:,})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} in this review file is not text</source>
        <translation>{name} trong tệp góp ý này không phải văn bản</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} in this review file is not valid JSON ({exc})</source>
        <translation>{name} trong tệp góp ý này không phải JSON hợp lệ ({exc})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} in this review file must hold a JSON object</source>
        <translation>{name} trong tệp góp ý này phải chứa một đối tượng JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is not an editor-app review file (manifest.json: format)</source>
        <translation>đây không phải tệp góp ý của editor-app (manifest.json: format)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this review file is of version {value1}; this program reads version {VERSION}</source>
        <translation>tệp góp ý này thuộc phiên bản {value1}; chương trình này đọc phiên bản {VERSION}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>manifest.json in this review file has no valid &apos;{key}&apos;</source>
        <translation>manifest.json trong tệp góp ý này không có &apos;{key}&apos; hợp lệ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manifest.json in this review file has an invalid &apos;{key}&apos;</source>
        <translation>manifest.json trong tệp góp ý này có &apos;{key}&apos; không hợp lệ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>review.json: &apos;{what}&apos; must be text</source>
        <translation>review.json: &apos;{what}&apos; phải là văn bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review.json: &apos;{what}&apos; is too long ({count:,} characters; at most {limit:,})</source>
        <translation>review.json: &apos;{what}&apos; quá dài ({count:,} ký tự; nhiều nhất {limit:,})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>review.json: &apos;reviewer&apos; must be {&quot;name&quot;, &quot;email&quot;}</source>
        <translation>review.json: &apos;reviewer&apos; phải là {&quot;name&quot;, &quot;email&quot;}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>review.json: &apos;comments&apos; must be a list of at most {COMMENTS_MAX:,}</source>
        <translation>review.json: &apos;comments&apos; phải là một danh sách có nhiều nhất {COMMENTS_MAX:,} mục</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>review.json: comment {i} must be a JSON object</source>
        <translation>review.json: nhận xét {i} phải là một đối tượng JSON</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/ui/editor/paste.py" line="-26"/>
        <source>the formatted text is too large to convert; it was pasted as plain text</source>
        <translation>đoạn văn bản có định dạng quá lớn để chuyển đổi; đã được dán dưới dạng văn bản thường</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the formatted text is nested too deeply to convert; it was pasted as plain text</source>
        <translation>đoạn văn bản có định dạng lồng nhau quá sâu để chuyển đổi; đã được dán dưới dạng văn bản thường</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an image on the web was not downloaded; insert it from a file</source>
        <translation>một ảnh trên web không được tải về; hãy chèn ảnh từ một tệp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a pasted image</source>
        <translation>một ảnh được dán</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an image could not be added to the library; it was left out</source>
        <translation>một ảnh không thêm được vào thư viện; đã bị bỏ qua</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/ui/window/import_report.py" line="+27"/>
        <source>the import was cancelled in the window; {count:,} files were not imported</source>
        <translation>việc nhập đã bị hủy trong cửa sổ; {count:,} tệp không được nhập</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/core/library/location.py" line="+46"/>
        <source>not a PostgreSQL URL (use postgresql://user@host:port/dbname): {url!r}</source>
        <translation>không phải địa chỉ PostgreSQL (dùng postgresql://user@host:port/dbname): {url!r}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the port in {url!r} is not a number</source>
        <translation>cổng trong {url!r} không phải một số</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the URL {url!r} names no database (postgresql://user@host:port/dbname)</source>
        <translation>địa chỉ {url!r} không nêu cơ sở dữ liệu (postgresql://user@host:port/dbname)</translation>
    </message>
</context>
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
        <location filename="../../src/editor_app/ui/list/panel.py" line="+103"/>
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
        <location line="+176"/>
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
        <location filename="../../src/editor_app/ui/metadata/authors.py" line="+51"/>
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
        <location filename="../../src/editor_app/ui/dialogs/backups.py" line="+61"/>
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
        <location filename="../../src/editor_app/ui/dialogs/conflict.py" line="+36"/>
        <source>This article was just changed by {who} at {when}.</source>
        <translation>Bài này vừa được {who} sửa lúc {when}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>another editor</source>
        <translation>một biên tập viên khác</translation>
    </message>
    <message>
        <location line="-67"/>
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
        <location line="+4"/>
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
        <location filename="../../src/editor_app/ui/editor/toolbar.py" line="+40"/>
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
        <location filename="../../src/editor_app/ui/dialogs/history.py" line="+38"/>
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
        <location filename="../../src/editor_app/ui/window/importing.py" line="+61"/>
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
        <location filename="../../src/editor_app/ui/window/import_report.py" line="+15"/>
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
        <location filename="../../src/editor_app/ui/dialogs/issues.py" line="+77"/>
        <source>Issues of the journal</source>
        <translation>Các số của tạp chí</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+181"/>
        <source>Issues</source>
        <translation>Các số tạp chí</translation>
    </message>
    <message>
        <location line="-176"/>
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
        <location line="+54"/>
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
        <location filename="../../src/editor_app/ui/window/host.py" line="+187"/>
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
        <location filename="../../src/editor_app/ui/metadata/widgets.py" line="+255"/>
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
        <location filename="../../src/editor_app/ui/window/main_window.py" line="+66"/>
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
        <location filename="../../src/editor_app/ui/window/article_opener.py" line="+122"/>
        <source>The article could not be opened: {reason}</source>
        <translation>Không mở được bài viết: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/ui/window/main_window.py" line="+66"/>
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
        <location filename="../../src/editor_app/ui/window/publishing_side.py" line="+40"/>
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
        <location line="+90"/>
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
        <location line="+9"/>
        <source>The preview is not ready yet; try again in a moment.</source>
        <translation>Bản xem trước chưa sẵn sàng; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <source>Export PDF proof</source>
        <translation>Xuất bản in thử PDF</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location filename="../../src/editor_app/ui/editor/markdown_editor.py" line="+59"/>
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
        <location line="+208"/>
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
        <location filename="../../src/editor_app/ui/metadata/panel.py" line="+50"/>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <location line="+86"/>
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
        <location filename="../../src/editor_app/ui/preview/pane.py" line="+63"/>
        <source>Open link</source>
        <translation>Mở liên kết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this address in your web browser?</source>
        <translation>Mở địa chỉ này trong trình duyệt web?</translation>
    </message>
    <message>
        <location line="+104"/>
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
        <location line="+71"/>
        <source>No article is open.</source>
        <translation>Chưa mở bài viết nào.</translation>
    </message>
    <message>
        <location line="+66"/>
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
        <location filename="../../src/editor_app/ui/dialogs/profile.py" line="+22"/>
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
        <location line="-64"/>
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
        <location line="+24"/>
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
        <location filename="../../src/editor_app/ui/review/panel.py" line="+75"/>
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
        <location line="+279"/>
        <source>Resolve</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Reply…</source>
        <translation>Trả lời…</translation>
    </message>
    <message>
        <location line="+101"/>
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
        <location filename="../../src/editor_app/ui/window/review_window.py" line="+92"/>
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
        <location filename="../../src/editor_app/ui/dialogs/team_library.py" line="+22"/>
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
        <location line="+53"/>
        <source>{who} has just saved this article; it now shows their version.</source>
        <translation>{who} vừa lưu bài này; bài đang hiện bản của họ.</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location filename="../../src/editor_app/ui/dialogs/trash.py" line="+42"/>
        <location line="+80"/>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <location line="-78"/>
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
        <location line="+42"/>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location filename="../../src/editor_app/ui/window/opening.py" line="+31"/>
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
        <location filename="../../src/editor_app/ui/window/opening.py" line="+128"/>
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
