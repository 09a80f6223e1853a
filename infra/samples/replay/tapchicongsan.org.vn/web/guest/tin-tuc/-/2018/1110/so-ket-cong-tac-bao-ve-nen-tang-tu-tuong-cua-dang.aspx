<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>Sơ kết công tác bảo vệ nền tảng tư tưởng của Đảng | Tạp chí Cộng sản</title>
  <link rel="canonical" href="https://tapchicongsan.org.vn/web/guest/tin-tuc/-/2018/1110/so-ket-cong-tac-bao-ve-nen-tang-tu-tuong-cua-dang.aspx">
  <meta property="og:title" content="Sơ kết công tác bảo vệ nền tảng tư tưởng của Đảng">
  <meta property="og:site_name" content="Tạp chí Cộng sản">
  <meta property="article:published_time" content="2026-11-24T14:00:00+07:00">
  <meta property="article:section" content="Tin tức">
</head>
<body>
  <header class="site-header"><nav><a href="/">Trang chủ</a> <a href="/chinh-tri">Chính trị</a> <a href="/xa-hoi">Xã hội</a> <a href="/kinh-te">Kinh tế</a> <a href="/the-thao">Thể thao</a></nav></header>
  <main>
    <article class="article">
      <div class="breadcrumb"><a href="/">Tin tức</a></div>
      <h1 class="article__title">Sơ kết công tác bảo vệ nền tảng tư tưởng của Đảng</h1>
      <time class="article__time" datetime="2026-11-24T14:00:00+07:00">24/11/2026 14:00</time>
      <p class="article__sapo">Hội nghị đánh giá việc thực hiện Nghị quyết 35-NQ/TW của Bộ Chính trị trong năm, chỉ ra những hạn chế và đề ra nhiệm vụ trọng tâm thời gian tới.</p>
      <div class="article__body">
        <p>Sáng 24/11, tại Hà Nội, Ban Chỉ đạo 35 Trung ương tổ chức hội nghị sơ kết công tác bảo vệ nền tảng tư tưởng của Đảng năm 2026, kết nối trực tuyến với các điểm cầu tỉnh ủy, thành ủy và đảng ủy trực thuộc Trung ương.</p>
        <p>Báo cáo tại hội nghị cho biết, việc triển khai Nghị quyết 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới tiếp tục được các cấp ủy quan tâm, lãnh đạo chặt chẽ. Lực lượng chuyên trách và cộng tác viên đã chủ động cung cấp thông tin chính thống, kịp thời phản bác nhiều luận điệu xuyên tạc trên không gian mạng.</p>
        <p>Các đại biểu cũng chỉ ra một số hạn chế: ở một số nơi, công tác nắm bắt tình hình tư tưởng trong cán bộ, đảng viên và nhân dân chưa thường xuyên; sự phối hợp giữa các lực lượng có lúc chưa nhịp nhàng; sản phẩm tuyên truyền trên mạng xã hội chưa thật sự hấp dẫn với người trẻ.</p>
        <p>Kết luận hội nghị, Ban Chỉ đạo đề nghị các cấp ủy tiếp tục đổi mới nội dung, phương thức đấu tranh, phát huy vai trò của báo chí cách mạng, gắn bảo vệ nền tảng tư tưởng với xây dựng, chỉnh đốn Đảng, nâng cao sức chiến đấu của tổ chức cơ sở đảng, chuẩn bị tốt cho đại hội đảng bộ các cấp.</p>
        <p>(Theo Báo Nhân Dân)</p>
      </div>
    </article>
  </main>
  <footer>© Tạp chí Cộng sản. Mẫu dữ liệu thử nghiệm của presswatch, không phải bài báo thật.</footer>
</body>
</html>
