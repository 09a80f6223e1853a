<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>Thúc đẩy kinh tế tư nhân trở thành động lực quan trọng của nền kinh tế | Tạp chí Cộng sản</title>
  <link rel="canonical" href="https://tapchicongsan.org.vn/web/guest/kinh-te/-/2018/1108/thuc-day-kinh-te-tu-nhan-phat-trien.aspx">
  <meta property="og:title" content="Thúc đẩy kinh tế tư nhân trở thành động lực quan trọng của nền kinh tế">
  <meta property="og:site_name" content="Tạp chí Cộng sản">
  <meta property="article:published_time" content="2026-11-21T10:30:00+07:00">
  <meta property="article:section" content="Kinh tế">
</head>
<body>
  <header class="site-header"><nav><a href="/">Trang chủ</a> <a href="/chinh-tri">Chính trị</a> <a href="/xa-hoi">Xã hội</a> <a href="/kinh-te">Kinh tế</a> <a href="/the-thao">Thể thao</a></nav></header>
  <main>
    <article class="article">
      <div class="breadcrumb"><a href="/">Kinh tế</a></div>
      <h1 class="article__title">Thúc đẩy kinh tế tư nhân trở thành động lực quan trọng của nền kinh tế</h1>
      <time class="article__time" datetime="2026-11-21T10:30:00+07:00">21/11/2026 10:30</time>
      <p class="article__sapo">Hoàn thiện thể chế, bảo đảm quyền tài sản và cạnh tranh bình đẳng là điều kiện để khu vực kinh tế tư nhân phát triển bền vững.</p>
      <div class="article__body">
        <p>Khu vực kinh tế tư nhân hiện đóng góp khoảng một nửa GDP và tạo việc làm cho phần lớn lực lượng lao động. Tuy nhiên, phần đông doanh nghiệp có quy mô nhỏ, năng lực công nghệ và quản trị còn hạn chế.</p>
        <p>Để khơi thông nguồn lực, cần tiếp tục cắt giảm thủ tục hành chính, minh bạch hóa tiếp cận đất đai, tín dụng, đồng thời khuyến khích liên kết giữa doanh nghiệp lớn và doanh nghiệp nhỏ trong chuỗi giá trị.</p>
      </div>
      <p class="author"><strong>ThS Phạm Quốc Bảo</strong></p>
    </article>
  </main>
  <footer>© Tạp chí Cộng sản. Mẫu dữ liệu thử nghiệm của presswatch, không phải bài báo thật.</footer>
</body>
</html>
