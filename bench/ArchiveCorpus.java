import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Realistic meetings of a provincial People's Committee with their minutes, generated from a seed: meeting {@code n}
 * is always the same text. The vocabulary is the directory's unit names (the Sóc Trăng units of the demo data, the
 * provinces of the national list in {@code sql/reference}) and the public-service phrases below.
 * Used by {@code ArchiveBench.java} (compiled with it by the source launcher).
 */
final class ArchiveCorpus {

    record Unit(String code, String name, int level, String parent, long point) {
    }

    record Invited(Unit unit, String rsvp, String reason, List<String[]> delegates) {
    }

    record Task(int conclusion, String conclusionText, String title, LocalDate deadline, String leadUnit,
                boolean done, int progress) {
    }

    /** One generated meeting: the rows of the schema and, in {@code plain}, all its searchable text. */
    record Meeting(long id, String title, String kind, Unit host, String chairUsername, String chairName,
                   String chairPosition, LocalDateTime startsUtc, LocalDateTime endsUtc, boolean confidential,
                   String status, String statusReason, LocalDateTime createdUtc, List<String[]> agenda,
                   List<Invited> invited, String minutesStatus, List<String[]> versions, List<Task> tasks,
                   String documentName, String documentText, String plain) {
    }

    static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 5);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);
    static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static final String[] TOPICS = {
            "cải cách hành chính", "dịch vụ công trực tuyến", "chuyển đổi số", "giải ngân vốn đầu tư công",
            "phòng chống thiên tai", "xây dựng nông thôn mới", "an toàn giao thông", "phòng chống dịch bệnh",
            "bảo vệ môi trường", "quản lý đất đai", "giải phóng mặt bằng", "thu ngân sách nhà nước",
            "an sinh xã hội", "giảm nghèo bền vững", "phát triển du lịch", "phòng chống xâm nhập mặn",
            "sản xuất lúa vụ Đông Xuân", "nuôi trồng thủy sản", "cấp căn cước công dân", "thực hiện Đề án 06",
            "hồ sơ công việc trên môi trường điện tử", "ứng dụng chữ ký số", "cơ chế một cửa liên thông",
            "tiếp công dân", "giải quyết khiếu nại, tố cáo", "phòng, chống tham nhũng",
            "thực hành tiết kiệm, chống lãng phí", "công tác tuyển quân", "quốc phòng, an ninh",
            "trật tự đô thị", "an toàn thực phẩm", "y tế cơ sở", "bảo hiểm y tế, bảo hiểm xã hội",
            "giáo dục mầm non", "nhà ở cho người có công với cách mạng", "đường giao thông nông thôn",
            "nạo vét kênh mương nội đồng", "sắp xếp đơn vị hành chính", "tinh giản biên chế",
            "chương trình mục tiêu quốc gia", "phát triển kinh tế tập thể, hợp tác xã", "thu hút đầu tư",
            "cải thiện chỉ số năng lực cạnh tranh cấp tỉnh", "chỉ số hài lòng của người dân",
            "phòng cháy, chữa cháy", "công tác dân tộc", "vận động hiến máu tình nguyện", "phổ biến giáo dục pháp luật"};

    /** Topics of one meeting in a few hundred: the rare terms of the benchmark's queries. */
    static final String[] RARE_TOPICS = {
            "Lễ hội Oóc Om Bóc - đua ghe Ngo", "khắc phục sạt lở bờ sông", "phòng chống dịch tả lợn châu Phi",
            "vận động kiều bào đầu tư về quê hương"};

    static final String[] VERBS = {
            "đẩy mạnh", "tăng cường", "triển khai", "tập trung chỉ đạo", "khẩn trương hoàn thành", "rà soát",
            "kiểm tra, đôn đốc", "phối hợp thực hiện", "tổng hợp, báo cáo", "tham mưu", "đề xuất giải pháp về",
            "xây dựng kế hoạch", "tổ chức thực hiện", "nâng cao chất lượng", "tháo gỡ khó khăn, vướng mắc trong",
            "quán triệt", "sơ kết việc", "đánh giá kết quả"};

    static final String[] AGENCIES = {
            "Sở Nội vụ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Nông nghiệp và Phát triển nông thôn",
            "Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải", "Sở Y tế", "Sở Giáo dục và Đào tạo",
            "Sở Thông tin và Truyền thông", "Sở Xây dựng", "Sở Tư pháp", "Sở Lao động - Thương binh và Xã hội",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Công Thương", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
            "Văn phòng UBND tỉnh", "Thanh tra tỉnh", "Ban Dân tộc tỉnh", "Kho bạc Nhà nước tỉnh",
            "Cục Thuế tỉnh", "Bảo hiểm xã hội tỉnh", "Trung tâm Phục vụ hành chính công"};

    static final String[] PERIODS = {
            "quý I", "quý II", "quý III", "quý IV", "6 tháng đầu năm", "9 tháng", "6 tháng cuối năm", "cả năm"};

    static final String[] SURNAMES = {
            "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
            "Thạch", "Sơn", "Lâm", "Kim", "Danh", "Trương", "Phan", "Lưu", "Châu", "Tăng"};
    static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Hoàng", "Thanh", "Ngọc", "Quốc", "Hữu", "Thị Kim", "Công"};
    static final String[] GIVEN = {
            "Hùng", "Dũng", "Hòa", "Lan", "Mai", "Phúc", "Tâm", "Tuấn", "Thảo", "Khánh", "Bình", "An", "Sang",
            "Vũ", "Hiếu", "Nhân", "Trí", "Thu", "Hằng", "Phương", "Sóc", "Sa Rươl", "Huệ", "Lợi", "Tài", "Đức",
            "Nghĩa", "Hải", "Sơn", "Cường"};
    static final String[] POSITIONS = {
            "Chủ tịch UBND", "Phó Chủ tịch UBND", "Chánh Văn phòng", "Giám đốc Sở", "Phó Giám đốc Sở",
            "Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên", "Công chức Văn phòng - Thống kê",
            "Công chức Địa chính - Xây dựng", "Công chức Tư pháp - Hộ tịch", "Trưởng Công an xã"};

    static final String DONE_NOTE = "Đã hoàn thành";

    static final String[] KINDS = {"MEETING", "MEETING", "WORKING_SESSION", "CONFERENCE"};

    final List<Unit> units;
    final List<Unit> provinceLevel;
    final List<Unit> districts;
    final List<Unit> communes;
    final List<String> provinces;
    final long seed;
    final long count;
    final long firstId;
    final long span;

    ArchiveCorpus(List<Unit> units, List<String> provinces, long seed, long count, long firstId) {
        this.units = units;
        this.provinceLevel = units.stream().filter(u -> u.level() == 1).toList();
        this.districts = units.stream().filter(u -> u.level() == 2).toList();
        this.communes = units.stream().filter(u -> u.level() == 3).toList();
        this.provinces = provinces;
        this.seed = seed;
        this.count = count;
        this.firstId = firstId;
        this.span = java.time.temporal.ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
    }

    /** Meeting {@code n} (0-based) of the corpus: dates grow with {@code n}, as ids grow with booking time. */
    Meeting meeting(long n) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + n);
        long id = firstId + n;
        LocalDate day = FIRST_DAY.plusDays(n * span / count);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.minusDays(2);
        }
        // 07:30 to 15:00 in Vietnam (UTC+7)
        LocalDateTime startLocal = day.atTime(7, 30).plusMinutes(30L * r.nextInt(16));
        LocalDateTime starts = startLocal.minusHours(7);
        LocalDateTime ends = starts.plusMinutes(60 + 30L * r.nextInt(6));
        int year = day.getYear();

        double level = r.nextDouble();
        Unit host = level < 0.35 ? pick(r, provinceLevel) : level < 0.70 ? pick(r, districts) : pick(r, communes);
        String kind = KINDS[r.nextInt(KINDS.length)];
        boolean confidential = r.nextInt(20) == 0;
        boolean cancelled = r.nextInt(25) == 0;
        String topic = topic(r);
        String topic2 = topic(r);
        String title = title(r, host, topic, topic2, day);
        String[] chair = person(r);
        String chairPosition = (host.level() == 1 ? "Chủ tịch UBND tỉnh" : r.nextBoolean() ? "Chủ tịch UBND"
                : "Phó Chủ tịch UBND");
        String chairName = host.level() == 1 && r.nextInt(3) == 0 ? "Trần Văn Minh" : chair[0];
        String chairUser = chairName.equals("Trần Văn Minh") ? "chutich" : null;

        // invited: the host and the units it works with
        Set<Unit> invitedUnits = new LinkedHashSet<>();
        invitedUnits.add(host);
        int others = 2 + r.nextInt(5);
        for (int i = 0; i < others; i++) {
            Unit u = switch (host.level()) {
                case 1 -> pick(r, districts);
                case 2 -> r.nextInt(4) == 0 ? provinceLevel.get(0) : childOf(r, host);
                default -> r.nextBoolean() ? parentOf(host) : siblingOf(r, host);
            };
            invitedUnits.add(u);
        }
        List<Invited> invited = new ArrayList<>();
        for (Unit u : invitedUnits) {
            boolean declined = u != host && r.nextInt(20) == 0;
            List<String[]> delegates = new ArrayList<>();
            if (!declined) {
                int d = r.nextInt(3) == 0 ? 2 : 1;
                for (int i = 0; i < d; i++) {
                    delegates.add(new String[] {person(r)[0], POSITIONS[r.nextInt(POSITIONS.length)]});
                }
            }
            invited.add(new Invited(u, cancelled || u == host ? "PENDING" : declined ? "DECLINED" : "ATTENDING",
                    declined ? "Trùng lịch tiếp công dân định kỳ" : null, delegates));
        }

        // agenda
        List<String[]> agenda = new ArrayList<>();
        int items = 2 + r.nextInt(2);
        String[] presenters = {AGENCIES[r.nextInt(AGENCIES.length)], AGENCIES[r.nextInt(AGENCIES.length)],
                "UBND " + pick(r, units).name(), "Văn phòng UBND tỉnh"};
        for (int i = 0; i < items; i++) {
            String t = i == 0 ? "Báo cáo kết quả " + topic + " " + period(r, year)
                    : i == items - 1 ? "Thảo luận và kết luận của chủ trì"
                    : "Tình hình " + (i == 1 ? topic2 : topic(r)) + ", khó khăn, vướng mắc và giải pháp";
            agenda.add(new String[] {t, presenters[i % presenters.length], Integer.toString(15 + 15 * r.nextInt(4))});
        }

        String minutesStatus = null;
        List<String> currentDiscussions = List.of();
        List<String> currentConclusions = List.of();
        List<String[]> versions = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        if (!cancelled) {
            // sections: one per agenda item, 2-3 paragraphs; conclusions: 3-5 directives
            List<String> discussions = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                StringBuilder html = new StringBuilder();
                int paragraphs = 1;
                for (int p = 0; p < paragraphs; p++) {
                    String para = paragraph(r, host, i == 0 ? topic : i == 1 ? topic2 : topic(r), year);
                    html.append("<p>").append(para).append("</p>");
                }
                discussions.add(html.toString());
            }
            List<String> conclusions = new ArrayList<>();
            int c = 2 + r.nextInt(2);
            for (int i = 0; i < c; i++) {
                conclusions.add(conclusion(r, invited, i == 0 ? topic : topic(r), day));
            }
            currentDiscussions = discussions;
            double s = r.nextDouble();
            String full = content(invited, agenda, discussions, conclusions, !cancelled);
            currentConclusions = conclusions;
            String author = "thuky";
            LocalDateTime saved = starts.plusHours(3);
            if (s < 0.20) {
                minutesStatus = "DRAFT";
                versions.add(new String[] {"SAVE", full, null, format(saved)});
            } else {
                // the draft written during the meeting: the attendance and the first sections only
                String draft = content(invited, agenda, discussions.subList(0, 1), List.of(), true);
                versions.add(new String[] {"SAVE", draft, null, format(saved)});
                versions.add(new String[] {"FINAL", full, null, format(saved.plusDays(2))});
                minutesStatus = "FINAL";
                if (s > 0.93) {
                    List<String> amended = new ArrayList<>(conclusions);
                    amended.add("Bổ sung: giao " + AGENCIES[r.nextInt(AGENCIES.length)] + " theo dõi, tổng hợp kết quả "
                            + topic + ", báo cáo UBND tỉnh trước ngày " + dmy(day.plusDays(60)) + ".");
                    conclusions = amended;
                    versions.add(new String[] {"AMENDMENT", content(invited, agenda, discussions, amended, true),
                            "Bổ sung kết luận theo ý kiến của chủ trì", format(saved.plusDays(5))});
                    minutesStatus = "AMENDED";
                    currentConclusions = amended;
                }
            }
            if (r.nextInt(100) < 35) {
                int t = 1 + r.nextInt(2);
                for (int i = 0; i < t && i < conclusions.size(); i++) {
                    LocalDate deadline = day.plusDays(30 + r.nextInt(60));
                    boolean done = deadline.isBefore(LocalDate.of(2026, 10, 1)) ? r.nextInt(10) < 8 : r.nextInt(10) < 2;
                    Unit lead = invited.get(r.nextInt(invited.size())).unit();
                    String taskTitle = VERBS[r.nextInt(VERBS.length)] + " " + topicOf(conclusions.get(i));
                    tasks.add(new Task(i, conclusions.get(i), capital(taskTitle), deadline, lead.code(), done,
                            done ? 100 : 10 * r.nextInt(9)));
                }
            }
        }
        String documentName = null;
        String documentText = null;
        if (r.nextInt(100) < 3) {
            documentName = "Bao-cao-" + year + "-" + id + ".pdf";
            StringBuilder text = new StringBuilder("ỦY BAN NHÂN DÂN ").append(host.name().toUpperCase())
                    .append("\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBÁO CÁO\n")
                    .append("Kết quả ").append(topic).append(" năm ").append(year).append('\n');
            for (int p = 0; p < 4; p++) {
                text.append(paragraph(r, host, topic, year)).append('\n');
            }
            documentText = text.toString();
        }
        // the searchable text as the application's index reads it (vn.lienthong.archive.control.MeetingRecords):
        // title, chair, agenda items with presenters, invited units, the current minutes as MinutesText lines,
        // the tasks' conclusions, titles and closing notes, the documents' names and text
        StringBuilder plain = new StringBuilder(4096).append(title).append('\n').append(chairName).append('\n');
        for (String[] a : agenda) {
            plain.append(a[0]).append(" — ").append(a[1]).append('\n');
        }
        for (Invited in : invited) {
            plain.append(in.unit().name()).append('\n');
        }
        if (!versions.isEmpty()) {
            plain.append(MinutesLines.of(invited, agenda, currentDiscussions, currentConclusions));
        }
        Set<String> taskConclusions = new LinkedHashSet<>();
        for (Task t : tasks) {
            taskConclusions.add(t.conclusionText());
        }
        for (String c : taskConclusions) {
            plain.append(c).append('\n');
        }
        for (Task t : tasks) {
            plain.append(t.title()).append('\n');
            if (t.done()) {
                plain.append(DONE_NOTE).append('\n');
            }
        }
        if (documentName != null) {
            plain.append(documentName).append('\n').append(documentText);
        }
        return new Meeting(id, title, kind, host, chairUser, chairName, chairPosition, starts, ends, confidential,
                cancelled ? "CANCELLED" : "APPROVED", cancelled ? "Lãnh đạo bận công tác đột xuất" : null,
                starts.minusDays(3 + r.nextInt(15)), agenda, invited, minutesStatus, versions, tasks, documentName,
                documentText, plain.toString());
    }

    String topic(SplittableRandom r) {
        return r.nextInt(400) == 0 ? RARE_TOPICS[r.nextInt(RARE_TOPICS.length)] : TOPICS[r.nextInt(TOPICS.length)];
    }

    static String period(SplittableRandom r, int year) {
        String p = PERIODS[r.nextInt(PERIODS.length)];
        return p.endsWith("năm") ? p + " " + year : p + " năm " + year;
    }

    String title(SplittableRandom r, Unit host, String topic, String topic2, LocalDate day) {
        String who = host.level() == 1 ? "UBND tỉnh" : "UBND " + host.name();
        return switch (r.nextInt(6)) {
            case 0 -> "Giao ban công tác tuần " + who + " ngày " + dmy(day);
            case 1 -> "Hội nghị triển khai " + topic + " năm " + day.getYear();
            case 2 -> "Họp bàn về " + topic + " và " + topic2;
            case 3 -> "Làm việc với " + pick(r, units).name() + " về " + topic;
            case 4 -> "Sơ kết " + topic + " " + period(r, day.getYear());
            default -> "Họp " + who + " tháng " + day.getMonthValue() + "/" + day.getYear() + " về " + topic;
        };
    }

    String paragraph(SplittableRandom r, Unit host, String topic, int year) {
        StringBuilder p = new StringBuilder();
        int sentences = r.nextInt(3) == 0 ? 3 : 2;
        for (int s = 0; s < sentences; s++) {
            String agency = AGENCIES[r.nextInt(AGENCIES.length)];
            String place = pick(r, units).name();
            String sentence = switch (r.nextInt(8)) {
                case 0 -> "Đại diện " + agency + " báo cáo kết quả " + topic + " " + period(r, year) + ", đạt " + (50 + r.nextInt(50)) + "," + r.nextInt(10) + "% kế hoạch.";
                case 1 -> "Tính đến nay, " + place + " đã tiếp nhận " + (100 + r.nextInt(5000)) + " hồ sơ, giải quyết"
                        + " đúng hạn " + (80 + r.nextInt(20)) + "%, trong đó " + (10 + r.nextInt(80))
                        + "% hồ sơ được nộp qua dịch vụ công trực tuyến.";
                case 2 -> "Ý kiến của " + agency + " đề nghị " + VERBS[r.nextInt(VERBS.length)] + " " + topic
                        + ", nhất là tại các xã vùng sâu, vùng đồng bào dân tộc Khmer.";
                case 3 -> "Các đại biểu thống nhất cần " + VERBS[r.nextInt(VERBS.length)] + " " + topic + " và "
                        + VERBS[r.nextInt(VERBS.length)] + " " + TOPICS[r.nextInt(TOPICS.length)] + " trên địa bàn.";
                case 4 -> "Tổng vốn đã giải ngân là " + (5 + r.nextInt(900)) + " tỷ đồng, đạt " + (30 + r.nextInt(70))
                        + "% kế hoạch vốn được giao; một số công trình của " + place + " còn chậm do vướng mặt bằng.";
                case 5 -> "Còn một số khó khăn, vướng mắc: nguồn lực còn hạn chế, sự phối hợp giữa các cơ quan,"
                        + " đơn vị có lúc chưa chặt chẽ, việc " + topic + " ở " + place + " chưa đạt yêu cầu.";
                case 6 -> "UBND " + host.name() + " đã ban hành kế hoạch " + topic + ", tổ chức " + (2 + r.nextInt(20))
                        + " lớp tập huấn cho cán bộ, công chức cấp xã và vận động người dân tham gia.";
                default -> "Đồng chí " + person(r)[0] + ", " + POSITIONS[r.nextInt(POSITIONS.length)]
                        + ", phát biểu: cần " + VERBS[r.nextInt(VERBS.length)] + " " + topic
                        + " gắn với trách nhiệm của người đứng đầu.";
            };
            p.append(s == 0 ? "" : " ").append(sentence);
        }
        return p.toString();
    }

    String conclusion(SplittableRandom r, List<Invited> invited, String topic, LocalDate day) {
        String agency = AGENCIES[r.nextInt(AGENCIES.length)];
        String unit = invited.get(r.nextInt(invited.size())).unit().name();
        return switch (r.nextInt(4)) {
            case 0 -> "Giao " + agency + " chủ trì, phối hợp với UBND " + unit + " " + VERBS[r.nextInt(VERBS.length)]
                    + " " + topic + ", báo cáo kết quả trước ngày " + dmy(day.plusDays(30 + r.nextInt(60))) + ".";
            case 1 -> "Yêu cầu Chủ tịch UBND " + unit + " " + VERBS[r.nextInt(VERBS.length)] + " " + topic
                    + "; chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để chậm trễ.";
            case 2 -> "Các sở, ban, ngành và UBND các huyện, thị xã, thành phố " + VERBS[r.nextInt(VERBS.length)]
                    + " " + topic + " theo đúng tiến độ đã đề ra.";
            default -> "Thống nhất chủ trương " + VERBS[r.nextInt(VERBS.length)] + " " + topic + "; giao "
                    + agency + " tham mưu văn bản chỉ đạo trình UBND tỉnh ban hành.";
        };
    }

    /** The normalised JSON of the minutes, members in canonical order (sorted), as {@code CanonicalJson} writes. */
    static String content(List<Invited> invited, List<String[]> agenda, List<String> discussions,
                          List<String> conclusions, boolean held) {
        StringBuilder j = new StringBuilder(4096).append("{\"attendance\":[");
        for (int i = 0; i < invited.size(); i++) {
            Invited in = invited.get(i);
            j.append(i == 0 ? "{" : ",{");
            if (!in.delegates().isEmpty()) {
                j.append("\"delegates\":[");
                for (int d = 0; d < in.delegates().size(); d++) {
                    String[] del = in.delegates().get(d);
                    j.append(d == 0 ? "" : ",").append("{\"name\":\"").append(del[0]).append("\",\"position\":\"")
                            .append(del[1]).append("\"}");
                }
                j.append("],");
            }
            j.append("\"present\":").append(held && !"DECLINED".equals(in.rsvp()));
            if (in.reason() != null) {
                j.append(",\"reason\":\"").append(in.reason()).append('"');
            }
            j.append(",\"rsvp\":\"").append(in.rsvp()).append("\",\"unitCode\":\"").append(in.unit().code())
                    .append("\",\"unitName\":\"").append(in.unit().name()).append("\"}");
        }
        j.append("],\"conclusions\":[");
        for (int i = 0; i < conclusions.size(); i++) {
            j.append(i == 0 ? "" : ",").append("{\"text\":\"<p>").append(conclusions.get(i)).append("</p>\"}");
        }
        j.append("],\"sections\":[");
        for (int i = 0; i < discussions.size(); i++) {
            j.append(i == 0 ? "" : ",").append("{\"agendaItem\":").append(i + 1).append(",\"discussion\":\"")
                    .append(discussions.get(i)).append("\",\"title\":\"").append(agenda.get(i)[0]).append("\"}");
        }
        return j.append("]}").toString();
    }

    /** The hash {@code MinutesSeal} gives a locked version: canonical JSON of {content, meetingId, version}. */
    static String seal(long meetingId, int version, String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("{\"content\":" + content + ",\"meetingId\":"
                    + meetingId + ",\"version\":" + version + "}").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The minutes as {@code MinutesText.lines} reads them. */
    static final class MinutesLines {
        static String of(List<Invited> invited, List<String[]> agenda, List<String> discussions,
                         List<String> conclusions) {
            StringBuilder out = new StringBuilder("THÀNH PHẦN THAM DỰ\n");
            for (Invited in : invited) {
                out.append("- ").append(in.unit().name()).append(in.rsvp().equals("DECLINED") ? ": vắng mặt" : ": có mặt");
                if (in.reason() != null) {
                    out.append(" (").append(in.reason()).append(')');
                }
                if (!in.delegates().isEmpty()) {
                    out.append("; người dự: ");
                    for (int d = 0; d < in.delegates().size(); d++) {
                        out.append(d == 0 ? "" : "; ").append(in.delegates().get(d)[0]).append(", ")
                                .append(in.delegates().get(d)[1]);
                    }
                }
                out.append('\n');
            }
            for (int i = 0; i < discussions.size(); i++) {
                out.append(i + 1).append(". ").append(agenda.get(i)[0]).append('\n').append(strip(discussions.get(i)))
                        .append('\n');
            }
            out.append("KẾT LUẬN\n");
            for (String c : conclusions) {
                out.append("- ").append(c).append('\n');
            }
            return out.toString();
        }
    }

    static String topicOf(String conclusion) {
        for (String t : TOPICS) {
            if (conclusion.contains(t)) {
                return t;
            }
        }
        return "nhiệm vụ được giao";
    }

    static String strip(String html) {
        return html.replace("</p><p>", "\n").replace("<p>", "").replace("</p>", "");
    }

    static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String dmy(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }

    static String format(LocalDateTime t) {
        return t.format(SQL_TIME);
    }

    String[] person(SplittableRandom r) {
        return new String[] {SURNAMES[r.nextInt(SURNAMES.length)] + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " "
                + GIVEN[r.nextInt(GIVEN.length)]};
    }

    Unit childOf(SplittableRandom r, Unit parent) {
        List<Unit> children = communes.stream().filter(u -> parent.code().equals(u.parent())).toList();
        return children.isEmpty() ? pick(r, communes) : pick(r, children);
    }

    Unit parentOf(Unit child) {
        for (Unit u : units) {
            if (u.code().equals(child.parent())) {
                return u;
            }
        }
        return provinceLevel.get(0);
    }

    Unit siblingOf(SplittableRandom r, Unit unit) {
        return childOf(r, parentOf(unit));
    }

    static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
