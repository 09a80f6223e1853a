<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>Chuẩn bị đại hội đảng bộ các cấp: bảo đảm dân chủ, đúng nguyên tắc | Tạp chí Cộng sản</title>
  <link rel="canonical" href="https://tapchicongsan.org.vn/web/guest/chinh-tri-xay-dung-dang/-/2018/1105/chuan-bi-dai-hoi-dang-bo-cac-cap-nhiem-ky-moi.aspx">
  <meta property="og:title" content="Chuẩn bị đại hội đảng bộ các cấp: bảo đảm dân chủ, đúng nguyên tắc">
  <meta property="og:site_name" content="Tạp chí Cộng sản">
  <meta property="article:published_time" content="2026-11-20T08:00:00+07:00">
  <meta property="article:section" content="Chính trị - Xây dựng Đảng">
</head>
<body>
  <header class="site-header"><nav><a href="/">Trang chủ</a> <a href="/chinh-tri">Chính trị</a> <a href="/xa-hoi">Xã hội</a> <a href="/kinh-te">Kinh tế</a> <a href="/the-thao">Thể thao</a></nav></header>
  <main>
    <article class="article">
      <div class="breadcrumb"><a href="/">Chính trị - Xây dựng Đảng</a></div>
      <h1 class="article__title">Chuẩn bị đại hội đảng bộ các cấp: bảo đảm dân chủ, đúng nguyên tắc</h1>
      <time class="article__time" datetime="2026-11-20T08:00:00+07:00">20/11/2026 08:00</time>
      <p class="article__sapo">Công tác chuẩn bị văn kiện và nhân sự đại hội đảng bộ các cấp cần được tiến hành thận trọng, chặt chẽ, phát huy trí tuệ tập thể của cán bộ, đảng viên và nhân dân.</p>
      <div class="article__body">
        <p>Đại hội đảng bộ các cấp là dịp để đánh giá toàn diện kết quả thực hiện nghị quyết nhiệm kỳ, rút ra bài học kinh nghiệm và quyết định phương hướng, nhiệm vụ cho nhiệm kỳ mới.</p>
        <p>Về văn kiện, các dự thảo báo cáo chính trị cần được gửi lấy ý kiến rộng rãi, tiếp thu nghiêm túc các ý kiến xác đáng. Về nhân sự, phải thực hiện đúng quy trình, lựa chọn những người thật sự tiêu biểu về phẩm chất, năng lực, uy tín, kiên quyết không để lọt vào cấp ủy những người chạy chức, chạy quyền.</p>
        <p>Kinh nghiệm từ các kỳ đại hội trước cho thấy, việc tổ chức đại hội điểm ở mỗi cấp giúp rút kinh nghiệm kịp thời, bảo đảm đại hội diễn ra đúng tiến độ, thực sự là sinh hoạt chính trị sâu rộng trong Đảng bộ.</p>
      </div>
      <p class="author"><strong>TS Lê Thị Hồng</strong></p>
    </article>
  </main>
  <footer>© Tạp chí Cộng sản. Mẫu dữ liệu thử nghiệm của presswatch, không phải bài báo thật.</footer>
</body>
</html>
