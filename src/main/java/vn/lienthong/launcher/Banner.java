package vn.lienthong.launcher;

import java.time.Duration;

/** What the run command prints once the system answers: where to open it and how to sign in. */
final class Banner {

    private Banner() {
    }

    static void print(LaunchSettings settings, boolean demo, Duration startTime) {
        StringBuilder text = new StringBuilder()
                .append("\n================================================================\n")
                .append(" Liên Thông đã sẵn sàng sau ").append(startTime.toMillis() / 100 / 10.0).append(" s\n")
                .append(" Mở trình duyệt: http://localhost:").append(settings.httpPort()).append("/\n");
        if (demo) {
            text.append(" Dữ liệu mẫu: Tỉnh Sóc Trăng (2021). Mật khẩu mọi tài khoản mẫu: demo123\n")
                    .append("   admin      - quản trị hệ thống (tỉnh)\n")
                    .append("   thuky      - văn phòng UBND tỉnh (thư ký)\n")
                    .append("   chutich    - chủ trì (tỉnh)\n")
                    .append("   luutru     - lưu trữ (tỉnh)\n")
                    .append("   huyen-941  - văn thư cấp huyện (huyen-<mã huyện>)\n")
                    .append("   xa-31570   - văn thư cấp xã, Xã Hồ Đắc Kiện (xa-<mã xã>)\n")
                    .append("   kythuat-94 - kỹ thuật viên (kythuat-<mã đơn vị>)\n");
        }
        text.append(" Dừng: Ctrl-C\n")
                .append("================================================================\n");
        System.out.println(text);
    }
}
