"""Generate a realistic Vietnamese article library through the real API.

    python bench/generate.py --articles 10000 --out bench/out/lib-10k.sqlite [--seed 1]

Text is drawn with ``random.choices`` from a weighted Vietnamese vocabulary
(function words, multi-syllable terms with the full range of diacritics and đ,
proper names), shaped as Markdown (## headings, lists, the odd table and
footnote, bold/italic) with journal metadata. Worker processes make the text;
the main process imports it with ``Store.create_articles`` in batches, so the
library is exactly what the application makes (no raw SQL).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import log, now  # noqa: E402

FUNCTION = ("của và là các những trong được có cho với đã để không này một người khi từ về theo "
            "đến cũng như nhiều tại do sẽ đó ra nên phải vào trên thì mà hay hoặc nhưng vì nếu "
            "rất đều còn lại chỉ qua sau trước giữa cùng bằng đang việc điều nhằm mỗi nữa chưa "
            "vẫn luôn hơn nhất ở bởi").split()
CONNECTIVES = ("thông qua|đồng thời|bên cạnh đó|ngoài ra|tuy nhiên|vì vậy|do đó|trong khi|mặt khác|"
               "nói cách khác|cụ thể|nhất là|đặc biệt là|bao gồm|chẳng hạn|so với|cho đến nay|hiện nay|"
               "thời gian qua|trong bối cảnh|một mặt|trên cơ sở|nhờ vậy|kể cả|tương tự|ngày càng").split("|")
NOUNS = (
    "phát triển|kinh tế|xã hội|chính trị|văn hóa|giáo dục|đào tạo|nghiên cứu|khoa học|công nghệ|"
    "chuyển đổi số|báo chí|truyền thông|đổi mới|hội nhập|quốc tế|chính sách|pháp luật|nhà nước|"
    "quản lý|doanh nghiệp|thị trường|đầu tư|tăng trưởng|môi trường|biến đổi khí hậu|nông nghiệp|"
    "nông thôn|đô thị|hạ tầng|giao thông|y tế|sức khỏe|dân số|lao động|việc làm|thu nhập|"
    "an sinh xã hội|nguồn nhân lực|chất lượng|hiệu quả|năng lực|cạnh tranh|xuất khẩu|nhập khẩu|"
    "tài chính|ngân hàng|tín dụng|thuế|ngân sách|đất đai|tài nguyên|năng lượng|điện lực|"
    "dữ liệu|trí tuệ nhân tạo|nền tảng số|an ninh mạng|thương mại điện tử|kinh tế số|chính phủ số|"
    "xã hội số|công dân số|bản quyền|sở hữu trí tuệ|thương hiệu|khởi nghiệp|đổi mới sáng tạo|"
    "cơ quan báo chí|nhà báo|độc giả|công chúng|dư luận|thông tin|tin giả|mạng xã hội|nội dung số|"
    "toà soạn|biên tập viên|phóng viên|tạp chí|ấn phẩm|xuất bản|thư viện|di sản|lễ hội|"
    "ngoại giao|đối ngoại|hợp tác|an ninh|quốc phòng|chủ quyền|biển đảo|hòa bình|ổn định|"
    "dân chủ|công bằng|bình đẳng giới|phụ nữ|thanh niên|trẻ em|người cao tuổi|dân tộc thiểu số|"
    "tôn giáo|tín ngưỡng|đạo đức|lối sống|gia đình|cộng đồng|làng xã|địa phương|vùng miền|"
    "cán bộ|đảng viên|tổ chức cơ sở|bộ máy|thể chế|cải cách hành chính|thủ tục|kỷ luật|"
    "tham nhũng|lãng phí|minh bạch|trách nhiệm giải trình|giám sát|phản biện xã hội|"
    "lý luận|thực tiễn|tư tưởng|quan điểm|nhận thức|phương pháp|mô hình|giải pháp|kiến nghị|"
    "kết quả|hạn chế|nguyên nhân|thách thức|cơ hội|xu hướng|bối cảnh|mục tiêu|nhiệm vụ|"
    "chiến lược|kế hoạch|lộ trình|tiêu chí|chỉ số|tỷ lệ|quy mô|cơ cấu|nguồn lực|vốn|"
    "khu vực|thế giới|toàn cầu hóa|chuỗi cung ứng|logistics|cảng biển|sân bay|đường sắt|"
    "bệnh viện|trường học|đại học|học sinh|sinh viên|giảng viên|chương trình|giáo trình|"
    "kỹ năng|tri thức|học liệu|kiểm định|tự chủ đại học|khoa học xã hội|nhân văn|ngôn ngữ|"
    "tiếng Việt|văn học|nghệ thuật|âm nhạc|điện ảnh|sân khấu|mỹ thuật|kiến trúc|du lịch|"
    "ẩm thực|thời trang|thể thao|giải trí|quảng cáo|công nghiệp văn hóa|sáng tạo|"
    "nước sạch|rác thải|ô nhiễm|rừng|đa dạng sinh học|thiên tai|lũ lụt|hạn hán|xâm nhập mặn|"
    "đồng bằng sông Cửu Long|miền Trung|Tây Nguyên|trung du|miền núi|hải đảo|"
    "người dân|người lao động|nhà đầu tư|chuyên gia|nhà khoa học|lãnh đạo|đại biểu|cử tri|"
    "quốc hội|chính phủ|bộ ngành|ủy ban|hội đồng|mặt trận|đoàn thể|hiệp hội|"
    "lịch sử|truyền thống|bản sắc|giá trị|niềm tin|khát vọng|tầm nhìn|vị thế|uy tín|"
    "hệ thống|cơ chế|quy định|văn bản|nghị quyết|chỉ thị|luật|nghị định|thông tư|"
    "ứng dụng|phần mềm|thiết bị|hạ tầng số|điện toán đám mây|dữ liệu lớn|chữ ký số|"
    "thanh toán|tiền điện tử|bảo mật|quyền riêng tư|lưỡng dụng|rủi ro|khủng hoảng|lạm phát|"
    "tỷ giá|lãi suất|chứng khoán|bất động sản|nhà ở xã hội|hộ kinh doanh|hợp tác xã|"
    "ngư dân|nông dân|công nhân|trí thức|doanh nhân|nghệ sĩ|nhà văn|học giả|"
    "sự kiện|diễn đàn|hội thảo|tọa đàm|hội nghị|cuộc thi|giải thưởng|phong trào|"
    "tư liệu|tài liệu|số liệu|khảo sát|điều tra|thống kê|báo cáo|đề tài|luận án"
).split("|")
VERBS = (
    "nâng cao|thúc đẩy|tăng cường|đẩy mạnh|triển khai|thực hiện|xây dựng|hoàn thiện|bảo đảm|"
    "khẳng định|nhấn mạnh|đánh giá|phân tích|đề xuất|tổ chức|phối hợp|hỗ trợ|tạo điều kiện|"
    "góp phần|mở rộng|phát huy|khai thác|ứng dụng|tiếp cận|chia sẻ|lan tỏa|kết nối|định hướng|"
    "chỉ đạo|điều hành|kiểm tra|theo dõi|tháo gỡ|khắc phục|ngăn chặn|xử lý|giải quyết|"
    "cải thiện|đổi mới|tinh gọn|chuẩn hóa|số hóa|cập nhật|lưu trữ|công bố|phát hành|"
    "tiếp nhận|trao đổi|thảo luận|tham gia|đóng góp|đồng hành|quan tâm|lắng nghe|ghi nhận|"
    "bảo vệ|gìn giữ|tôn vinh|quảng bá|giới thiệu|thu hút|huy động|phân bổ|sử dụng|"
    "hình thành|củng cố|duy trì|vượt qua|đạt được|hướng tới|ưu tiên|tập trung|đẩy lùi"
).split("|")
ADJECTIVES = (
    "quan trọng|hiệu quả|toàn diện|mạnh mẽ|bền vững|cấp thiết|sâu rộng|thiết thực|đồng bộ|"
    "chủ động|tích cực|linh hoạt|sáng tạo|hiện đại|chuyên nghiệp|minh bạch|công khai|"
    "nhanh chóng|kịp thời|rõ ràng|cụ thể|phù hợp|hài hòa|ổn định|vững chắc|nổi bật|"
    "đáng kể|to lớn|lâu dài|then chốt|cốt lõi|chiến lược|căn bản|mới|lớn|khó khăn|phức tạp|"
    "đa dạng|phong phú|đặc sắc|độc đáo|tiêu biểu|điển hình|hấp dẫn|gần gũi|thân thiện"
).split("|")
PLACES = (
    "Hà Nội|Thành phố Hồ Chí Minh|Đà Nẵng|Huế|Cần Thơ|Hải Phòng|Quảng Ninh|Nghệ An|Thanh Hóa|"
    "Đắk Lắk|Lâm Đồng|Khánh Hòa|Bình Định|Quảng Nam|Hà Giang|Lào Cai|Điện Biên|Sơn La|"
    "Thái Nguyên|Bắc Ninh|Nam Định|Ninh Bình|Hưng Yên|Kiên Giang|Cà Mau|An Giang|Đồng Tháp|"
    "Bến Tre|Vĩnh Long|Tây Ninh|Bình Dương|Đồng Nai|Bà Rịa - Vũng Tàu|Phú Quốc|Côn Đảo|"
    "Việt Nam|ASEAN|Liên hợp quốc|Nhật Bản|Hàn Quốc|Trung Quốc|Hoa Kỳ|Pháp|Đức|Ấn Độ|Lào|Campuchia"
).split("|")
ORGS = (
    "Học viện Chính trị quốc gia Hồ Chí Minh|Học viện Báo chí và Tuyên truyền|Bộ Thông tin và Truyền thông|"
    "Bộ Ngoại giao|Bộ Giáo dục và Đào tạo|Bộ Khoa học và Công nghệ|Bộ Văn hóa, Thể thao và Du lịch|"
    "Đại học Quốc gia Hà Nội|Đại học Quốc gia Thành phố Hồ Chí Minh|Viện Hàn lâm Khoa học xã hội Việt Nam|"
    "Trường Đại học Khoa học Xã hội và Nhân văn|Hội Nhà báo Việt Nam|Ngân hàng Nhà nước Việt Nam|"
    "Tổng cục Thống kê|Viện Nghiên cứu Con người|Trường Đại học Kinh tế Quốc dân|Đại học Huế|"
    "Đại học Đà Nẵng|Trường Đại học Cần Thơ|Viện Xã hội học|Viện Triết học|Viện Sử học|"
    "Trung tâm Lưu trữ quốc gia|Thông tấn xã Việt Nam|Đài Truyền hình Việt Nam|Đài Tiếng nói Việt Nam"
).split("|")
SURNAMES = ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh "
            "Đoàn Lâm Mai Tạ Tô Hà Cao Lương Chu Quách Kiều Thái Lưu Triệu Khổng Âu").split()
MIDDLES = ("Văn Thị Hữu Đức Minh Thanh Quốc Ngọc Xuân Thu Hồng Kim Bảo Gia Anh Công Đình Mạnh Phương "
           "Thùy Diệu Khắc").split()
GIVEN = ("An Anh Bình Chi Cường Dũng Dương Đạt Giang Hà Hải Hạnh Hằng Hiền Hiếu Hòa Hoàng Hùng Hương Huy "
         "Khánh Khoa Lan Linh Long Mai Minh My Nam Nga Ngân Nghĩa Ngọc Nhung Phong Phúc Phương Quân "
         "Quang Quyên Sơn Tâm Thảo Thắng Thành Thủy Tiến Trang Trâm Trung Tú Tuấn Tùng Uyên Vân Việt "
         "Vinh Vy Xuân Yến Đông Đào Lộc Kỳ Quỳnh Tuyết Ẩn Ứng").split()
SECTIONS = ("Chính trị|Kinh tế|Văn hóa|Xã hội|Giáo dục|Khoa học – Công nghệ|Truyền thông|Báo chí|"
            "Quốc tế|Pháp luật|Môi trường|Lịch sử").split("|")
STATUSES = (("published", 70), ("archived", 8), ("draft", 8), ("in_review", 6),
            ("approved", 5), ("changes_requested", 3))
LICENSES = ("", "", "", "CC BY 4.0", "CC BY-NC 4.0", "© Tạp chí")
YEAR0 = date(2015, 1, 1)


def _zipf_weights(n: int, scale: float, s: float = 1.0) -> list[float]:
    return [scale / (r + 1) ** s for r in range(n)]


def _orcid(rng: random.Random) -> str:
    digits = [rng.randrange(10) for _ in range(15)]
    total = 0
    for d in digits:
        total = (total + d) * 2
    check = (12 - total % 11) % 11
    raw = "".join(map(str, digits)) + ("X" if check == 10 else str(check))
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


@dataclass
class Vocabulary:
    """Precomputed pools and cumulative weights (deterministic for a seed)."""

    tokens: list[str]
    cum: list[float]
    syllables_per_token: float
    authors: list[dict]
    keywords: list[str]

    @classmethod
    def build(cls, seed: int) -> "Vocabulary":
        rng = random.Random(seed * 7919 + 1)
        nouns, verbs, adjs = NOUNS[:], VERBS[:], ADJECTIVES[:]
        for pool in (nouns, verbs, adjs):
            rng.shuffle(pool)  # which terms are frequent depends on the seed
        years = [f"năm {y}" for y in range(1945, 2026, 3)] + [f"{n}%" for n in (5, 12, 30, 45, 70)]
        groups = [(FUNCTION, 60.0, 0.8), (CONNECTIVES, 6.0, 0.9), (nouns, 14.0, 0.9),
                  (verbs, 18.0, 0.9), (adjs, 10.0, 0.9), (PLACES, 2.0, 1.0), (ORGS, 0.6, 1.0),
                  (years, 1.5, 0.7)]
        tokens, weights = [], []
        for words, scale, s in groups:
            tokens += words
            weights += _zipf_weights(len(words), scale, s)
        total = sum(weights)
        spt = sum(w * (t.count(" ") + 1) for t, w in zip(tokens, weights)) / total
        return cls(tokens, list(accumulate(weights)), spt, _author_pool(rng), _keyword_pool(rng))


def _author_pool(rng: random.Random, size: int = 2000) -> list[dict]:
    names: set[str] = set()
    while len(names) < size:
        mids = rng.sample(MIDDLES, rng.choice((1, 1, 1, 2)))
        names.add(" ".join([rng.choice(SURNAMES), *mids, rng.choice(GIVEN)]))
    pool = []
    for name in sorted(names):
        pool.append({
            "name": name,
            "affiliation": rng.choice(ORGS) if rng.random() < 0.8 else "",
            "orcid": _orcid(rng) if rng.random() < 0.3 else "",
            "email": "",
        })
    rng.shuffle(pool)
    return pool


def _keyword_pool(rng: random.Random, size: int = 500) -> list[str]:
    kws = list(dict.fromkeys(NOUNS))
    while len(kws) < size:
        extra = rng.choice(NOUNS) + " " + rng.choice(NOUNS + ADJECTIVES)
        if extra not in kws:
            kws.append(extra)
    return kws[:size]


class Writer:
    """Makes the text and metadata of articles from one vocabulary."""

    def __init__(self, vocab: Vocabulary, rng: random.Random):
        self.v, self.rng = vocab, rng
        self.topic: list[str] = []  # the terms the current article is about

    def words(self, n_syllables: int) -> list[str]:
        """Weighted background words, about one in eight replaced by a topic term."""
        k = max(1, round(n_syllables / self.v.syllables_per_token))
        toks = self.rng.choices(self.v.tokens, cum_weights=self.v.cum, k=k)
        if self.topic:
            for i in self.rng.sample(range(k), k // 8):
                toks[i] = self.rng.choice(self.topic)
        return toks

    def sentence(self, lo: int = 10, hi: int = 32) -> str:
        rng = self.rng
        toks = self.words(rng.randint(lo, hi))
        if len(toks) > 6 and rng.random() < 0.5:
            i = rng.randrange(2, len(toks) - 2)
            toks[i] += ","
        if rng.random() < 0.08:
            i = rng.randrange(len(toks))
            toks[i] = f"**{toks[i]}**" if rng.random() < 0.5 else f"*{toks[i]}*"
        text = " ".join(toks)
        return text[0].upper() + text[1:] + ("." if rng.random() < 0.93 else "?")

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 6)))

    def phrase(self, lo: int, hi: int) -> str:
        text = " ".join(self.words(self.rng.randint(lo, hi)))
        return text[0].upper() + text[1:]

    def title(self) -> str:
        rng = self.rng
        nouns = self.topic[:10] or NOUNS  # a title names what the article is about
        parts = [rng.choice(nouns)]
        if rng.random() < 0.6:
            parts.append(rng.choice(FUNCTION[:20] + ["trong", "với", "và"]))
        parts.append(rng.choice(nouns))
        if rng.random() < 0.5:
            parts.append(rng.choice(ADJECTIVES + PLACES))
        if rng.random() < 0.35:
            parts += [":", rng.choice(["thực trạng và giải pháp", "kinh nghiệm quốc tế",
                                        "cơ hội và thách thức", "từ lý luận đến thực tiễn",
                                        "nhìn lại một chặng đường", "những vấn đề đặt ra"])]
        text = " ".join(parts).replace(" :", ":")
        while len(text.split()) < 6:
            text += " " + rng.choice(nouns)
        words = text.split()[:16]
        text = " ".join(words)
        return text[0].upper() + text[1:]

    def body(self, target: int) -> str:
        rng = self.rng
        out, count, notes = [self.paragraph()], 0, []
        count += len(out[0].split())
        section = 0
        while count < target:
            section += 1
            number = f"{section}. " if rng.random() < 0.5 else ""
            out.append(f"## {number}{self.phrase(3, 9)}")
            for _ in range(rng.randint(2, 6)):
                block = self._block(notes)
                out.append(block)
                count += len(block.split())
                if count >= target:
                    break
        out.extend(f"[^{i}]: {note}" for i, note in enumerate(notes, 1))
        return "\n\n".join(out) + "\n"

    def _block(self, notes: list[str]) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.08:
            marker = "-" if rng.random() < 0.6 else "1."
            return "\n".join(f"{marker} {self.phrase(4, 16)}." for _ in range(rng.randint(3, 7)))
        if r < 0.095:
            cols = rng.randint(2, 4)
            head = "| " + " | ".join(self.phrase(1, 3) for _ in range(cols)) + " |"
            rows = ["| " + " | ".join(f"{rng.randint(1, 999):,}".replace(",", ".") if c else self.phrase(1, 4)
                                      for c in range(cols)) + " |" for _ in range(rng.randint(3, 8))]
            return "\n".join([head, "|" + "---|" * cols, *rows])
        if r < 0.11:
            return "> " + self.sentence(12, 30)
        para = self.paragraph()
        if rng.random() < 0.04:
            notes.append(f"{rng.choice(ORGS)}, {self.phrase(5, 12)}, {rng.randint(2005, 2025)}, "
                         f"tr. {rng.randint(5, 300)}.")
            para = para[:-1] + f"[^{len(notes)}]" + para[-1]
        return para

    def article(self, index: int) -> dict:
        rng, v = self.rng, self.v
        self.topic = rng.sample(NOUNS, 10) + rng.sample(VERBS, 3) + rng.sample(PLACES, 2)
        target = int(min(5000, max(500, rng.lognormvariate(7.3, 0.42))))
        status = rng.choices([s for s, _ in STATUSES], weights=[w for _, w in STATUSES])[0]
        dated = status in ("published", "archived", "approved") or rng.random() < 0.3
        pub = YEAR0 + timedelta(days=rng.randrange(3650)) if dated else None
        summary = " ".join(self.sentence(12, 28) for _ in range(rng.randint(2, 5)))
        n_rel = rng.choices(range(6), weights=(40, 20, 15, 10, 8, 7))[0]
        return {
            "title": self.title(),
            "subtitle": self.phrase(5, 14) if rng.random() < 0.25 else "",
            "summary": " ".join(summary.split()[:120]),
            "body": self.body(target),
            "section": rng.choice(SECTIONS),
            "status": status,
            "published_on": pub,
            "source": (f"Bài đăng trên Tạp chí {rng.choice(SECTIONS)} số {rng.randint(1, 12)}/{pub.year}"
                       if pub and rng.random() < 0.5 else ""),
            "doi": (f"10.{rng.randint(1000, 99999)}/tc.{pub.year}.{index}"
                    if pub and rng.random() < 0.3 else ""),
            "license": rng.choice(LICENSES),
            "authors": [dict(a) for a in rng.sample(v.authors[:rng.choice((300, 2000))], rng.randint(1, 3))],
            "keywords": rng.sample(v.keywords, rng.randint(3, 6)),
            # indices of earlier articles (mapped to their slugs on import); -1 = a missing target
            "related": [rng.randrange(index) if index and rng.random() < 0.9 else -1 for _ in range(n_rel)],
        }


def make_chunk(args: tuple[int, int, int]) -> list[dict]:
    """Articles [start, start+count) for a seed: the same whichever process makes them."""
    seed, start, count = args
    writer = Writer(_vocab(seed), random.Random(seed * 1_000_003 + start))
    return [writer.article(start + i) for i in range(count)]


_VOCABS: dict[int, Vocabulary] = {}


def _vocab(seed: int) -> Vocabulary:
    if seed not in _VOCABS:
        _VOCABS[seed] = Vocabulary.build(seed)
    return _VOCABS[seed]


def to_article_data(item: dict, slugs: list[str]):
    """ArticleData from a generated dict; related indices become existing slugs."""
    from editor_app.core.dto import ArticleData, AuthorData

    related = [slugs[i] if 0 <= i < len(slugs) else f"bai-chua-co-{abs(i) * 7 + len(slugs)}"
               for i in item["related"]]
    fields = {k: v for k, v in item.items() if k not in ("authors", "related")}
    return ArticleData(**fields, authors=[AuthorData(**a) for a in item["authors"]], related=related)


def generate_items(n: int, seed: int = 1, start: int = 0, jobs: int = 1, chunk: int = 200):
    """Yield generated article dicts (in order) using ``jobs`` worker processes."""
    tasks = [(seed, s, min(chunk, start + n - s)) for s in range(start, start + n, chunk)]
    if jobs <= 1:
        for t in tasks:
            yield from make_chunk(t)
        return
    with mp.get_context("fork").Pool(jobs) as pool:
        for items in pool.imap(make_chunk, tasks):
            yield from items


def build_library(out: Path, n: int, seed: int = 1, jobs: int | None = None,
                  batch: int = 200) -> dict:
    """Create (or extend) a library with ``n`` generated articles; return timings."""
    from editor_app.core.library.store import Store

    jobs = jobs if jobs is not None else max(1, (mp.cpu_count() or 2) - 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    store = Store.open(out)
    try:
        ids = store.list_ids(sort="created", descending=False)
        existing = store.rows(ids)
        slugs = [existing[i].slug for i in ids]  # index i = the i-th article made
        start, t_import, t0, pending, rates = len(slugs), 0.0, now(), [], []
        for item in generate_items(n, seed, start, jobs, batch):
            pending.append(to_article_data(item, slugs))
            if len(pending) == batch:
                dt = _import_batch(store, pending, slugs)
                t_import += dt
                rates.append(len(pending) / dt)
                pending = []
                if len(slugs) % 5000 < batch:
                    log(f"  {len(slugs):>7,} articles, import {len(slugs) - start:,} in {t_import:.1f} s "
                        f"({(len(slugs) - start) / t_import:,.0f}/s), wall {now() - t0:.0f} s")
        if pending:
            t_import += _import_batch(store, pending, slugs)
        total = store.count()
    finally:
        store.close()
    tail = rates[-max(1, len(rates) // 10):]
    stats = {"articles": total, "added": n, "seed": seed, "jobs": jobs, "batch": batch,
             "import_seconds": round(t_import, 2), "wall_seconds": round(now() - t0, 2),
             "import_rate": round(n / t_import, 1) if t_import else None,
             "import_rate_last_10pct": round(sorted(tail)[len(tail) // 2], 1) if tail else None,
             "file_bytes": out.stat().st_size}
    out.with_suffix(".meta.json").write_text(json.dumps(stats, indent=2))
    return stats


def _import_batch(store, pending: list, slugs: list[str]) -> float:
    t0 = now()
    created = store.create_articles(pending, reason="imported")
    dt = now() - t0
    slugs.extend(a.slug for a in created)
    return dt


def write_article_files(items: list[dict], folder: Path) -> list[Path]:
    """Write generated articles as .md files with YAML front matter (for import_files)."""
    import yaml

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, item in enumerate(items):
        meta = {k: item[k] for k in ("title", "subtitle", "section", "status", "summary",
                                     "source", "doi", "license", "keywords") if item[k]}
        if item["published_on"]:
            meta["date"] = item["published_on"].isoformat()
        meta["authors"] = [{k: v for k, v in a.items() if v} for a in item["authors"]]
        meta["language"] = "vi"
        text = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n"
        path = folder / f"bai-{i:06d}.md"
        path.write_text(text + item["body"], encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, required=True, help="how many articles to add")
    p.add_argument("--out", type=Path, required=True, help="library file (created or extended)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--jobs", type=int, default=None, help="text-generating processes (default: cores - 1)")
    p.add_argument("--batch", type=int, default=200, help="articles per create_articles call")
    a = p.parse_args(argv)
    log(f"generating {a.articles:,} articles into {a.out} (seed {a.seed})")
    stats = build_library(a.out, a.articles, a.seed, a.jobs, a.batch)
    print(json.dumps(stats, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
