<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở cơ sở: kết quả và kinh nghiệm | Tạp chí Cộng sản</title>
  <link rel="canonical" href="https://tapchicongsan.org.vn/web/guest/chinh-tri-xay-dung-dang/-/2018/1102/hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh-o-co-so.aspx">
  <meta property="og:title" content="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở cơ sở: kết quả và kinh nghiệm">
  <meta property="og:site_name" content="Tạp chí Cộng sản">
  <meta property="article:published_time" content="2026-11-22T09:00:00+07:00">
  <meta property="article:section" content="Chính trị - Xây dựng Đảng">
</head>
<body>
  <header class="site-header"><nav><a href="/">Trang chủ</a> <a href="/chinh-tri">Chính trị</a> <a href="/xa-hoi">Xã hội</a> <a href="/kinh-te">Kinh tế</a> <a href="/the-thao">Thể thao</a></nav></header>
  <main>
    <article class="article">
      <div class="breadcrumb"><a href="/">Chính trị - Xây dựng Đảng</a></div>
      <h1 class="article__title">Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở cơ sở: kết quả và kinh nghiệm</h1>
      <time class="article__time" datetime="2026-11-22T09:00:00+07:00">22/11/2026 09:00</time>
      <p class="article__sapo">Sau gần mười năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị, việc học tập và làm theo Bác đã trở thành nhu cầu tự giác của nhiều tổ chức cơ sở đảng.</p>
      <div class="article__body">
        <p>Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh xác định rõ yêu cầu gắn việc học tập với giải quyết những vấn đề bức xúc, nổi cộm ở từng địa phương, cơ quan, đơn vị.</p>
        <p>Thực tiễn ở cơ sở cho thấy, nơi nào cấp ủy và người đứng đầu nêu gương, cụ thể hóa chuẩn mực đạo đức thành những việc làm thiết thực, như cải cách thủ tục hành chính, tiếp dân, giúp đỡ hộ nghèo, thì nơi đó phong trào đi vào chiều sâu, được nhân dân đồng tình.</p>
        <p>Bên cạnh kết quả đạt được, việc học tập ở một số nơi còn hình thức, nặng về báo cáo, thiếu mô hình có sức lan tỏa. Bài viết đề xuất ba nhóm giải pháp: đổi mới cách thức học tập chuyên đề, tăng cường kiểm tra, giám sát việc làm theo, và nhân rộng các điển hình tiên tiến trên báo chí, mạng xã hội.</p>
      </div>
      <p class="author"><strong>PGS, TS Nguyễn Văn Thành</strong></p>
    </article>
  </main>
  <footer>© Tạp chí Cộng sản. Mẫu dữ liệu thử nghiệm của presswatch, không phải bài báo thật.</footer>
</body>
</html>
