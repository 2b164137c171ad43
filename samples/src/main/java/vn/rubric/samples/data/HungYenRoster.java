package vn.rubric.samples.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.rubric.dsl.score.UnitKind;

/**
 * The units a province like Hưng Yên rates in a year, before 2025: 40 agencies (20 of the
 * province, 20 of its districts), 50 public service units, its 10 districts and 150
 * communes, 250 in all. District names are the real ones; agency and service-unit names are
 * the usual ones of a Vietnamese province; commune names are drawn from common place-name
 * syllables, so they look real but are made up. None of it describes a real unit's year.
 */
final class HungYenRoster {

    /** Units in one province's roster. */
    static final int SIZE = 250;
    /** The body the province's own agencies and its districts report to. */
    static final String PROVINCE = "hung-yen";

    /** Who a unit is: everything but its evidence. */
    record Member(String id, String name, UnitKind kind, String parent) {}

    /** A district: its id, its name after "UBND", the kind of its communes' seat and its town. */
    private record District(String id, String name, String kindWord, String town) {}

    private static final List<District> DISTRICTS = List.of(
            new District("tp-hung-yen", "Hưng Yên", "thành phố", null),
            new District("tx-my-hao", "Mỹ Hào", "thị xã", null),
            new District("h-van-lam", "Văn Lâm", "huyện", "Như Quỳnh"),
            new District("h-van-giang", "Văn Giang", "huyện", "Văn Giang"),
            new District("h-yen-my", "Yên Mỹ", "huyện", "Yên Mỹ"),
            new District("h-khoai-chau", "Khoái Châu", "huyện", "Khoái Châu"),
            new District("h-an-thi", "Ân Thi", "huyện", "Ân Thi"),
            new District("h-kim-dong", "Kim Động", "huyện", "Lương Bằng"),
            new District("h-tien-lu", "Tiên Lữ", "huyện", "Vương"),
            new District("h-phu-cu", "Phù Cừ", "huyện", "Trần Cao"));

    private static final List<String> PROVINCIAL_AGENCIES = List.of(
            "Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Sở Tài chính",
            "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Giao thông vận tải", "Sở Xây dựng",
            "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Y tế",
            "Thanh tra tỉnh", "Ban Quản lý các khu công nghiệp tỉnh", "Sở Ngoại vụ",
            "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh");

    private static final List<String> DISTRICT_OFFICES = List.of(
            "Phòng Nội vụ", "Phòng Tư pháp", "Phòng Tài chính - Kế hoạch", "Phòng Lao động - Thương binh và Xã hội",
            "Phòng Văn hóa và Thông tin", "Phòng Giáo dục và Đào tạo", "Phòng Tài nguyên và Môi trường",
            "Phòng Kinh tế và Hạ tầng", "Phòng Nông nghiệp và Phát triển nông thôn", "Thanh tra",
            "Văn phòng HĐND và UBND", "Phòng Y tế");

    private static final List<String> PROVINCIAL_SERVICE_UNITS = List.of(
            "Bệnh viện Đa khoa tỉnh Hưng Yên", "Bệnh viện Sản - Nhi Hưng Yên", "Bệnh viện Y dược cổ truyền tỉnh",
            "Bệnh viện Mắt tỉnh", "Bệnh viện Tâm thần kinh tỉnh", "Trung tâm Kiểm soát bệnh tật tỉnh",
            "Trường Cao đẳng Y tế Hưng Yên", "Trường Cao đẳng Cộng đồng Hưng Yên",
            "Trung tâm Phục vụ hành chính công tỉnh", "Đài Phát thanh và Truyền hình Hưng Yên",
            "Trung tâm Dịch vụ việc làm tỉnh", "Trung tâm Công tác xã hội tỉnh",
            "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Trung tâm Dịch vụ đấu giá tài sản tỉnh",
            "Trung tâm Công nghệ thông tin và Truyền thông tỉnh", "Trung tâm Khuyến nông tỉnh",
            "Trung tâm Quan trắc tài nguyên và môi trường tỉnh", "Văn phòng Đăng ký đất đai tỉnh",
            "Trung tâm Phát triển quỹ đất tỉnh", "Thư viện tỉnh", "Bảo tàng tỉnh",
            "Trung tâm Văn hóa - Nghệ thuật tỉnh", "Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh",
            "Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh", "Ban Quản lý Di tích tỉnh");

    /** The units each district keeps; the first two in every district, the third in the first five. */
    private static final List<String> DISTRICT_SERVICE_UNITS = List.of(
            "Trung tâm Y tế", "Trung tâm Văn hóa, Thông tin và Thể thao",
            "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên");

    private static final List<String> FIRST_SYLLABLES = List.of(
            "Tân", "Đông", "Tây", "Nam", "Bắc", "Phú", "Hòa", "An", "Bình", "Minh", "Hưng", "Thành", "Long",
            "Nghĩa", "Quang", "Hồng", "Trung", "Thắng", "Vĩnh", "Đức", "Thuận", "Xuân", "Hoàng", "Hải", "Thanh");
    private static final List<String> SECOND_SYLLABLES = List.of(
            "Hưng", "Lợi", "Thịnh", "Phong", "Hòa", "Tiến", "Lạc", "Châu", "Khê", "Đạo", "Quang", "Thọ",
            "Lâm", "Yên", "Hải", "Cường", "Tân", "Phúc", "Việt", "Long");

    private static final int COMMUNES_PER_DISTRICT = 15;
    private static final int WARDS_PER_URBAN_DISTRICT = 7;

    private HungYenRoster() {}

    /**
     * The province's 250 units, in copy {@code copy} (1 for the sample; 2, 3 … when many
     * provinces' worth are wanted, with ids and names marked by the copy). Commune names are
     * drawn with {@code random}.
     */
    static List<Member> members(int copy, Random random) {
        String idSuffix = copy == 1 ? "" : "-" + copy;
        String nameSuffix = copy == 1 ? "" : " (" + copy + ")";
        String province = PROVINCE + idSuffix;
        List<Member> out = new ArrayList<>(SIZE);
        for (String name : PROVINCIAL_AGENCIES) {
            String full = name.endsWith(" tỉnh") ? name + " Hưng Yên" : name + " tỉnh Hưng Yên";
            out.add(new Member(slug(name) + idSuffix, full + nameSuffix, UnitKind.AGENCY, province));
        }
        for (int d = 0; d < DISTRICTS.size(); d++) {
            District district = DISTRICTS.get(d);
            for (int k = 0; k < 2; k++) {
                String office = DISTRICT_OFFICES.get((2 * d + k) % DISTRICT_OFFICES.size());
                out.add(new Member(district.id() + "-" + slug(office) + idSuffix, office + " " + district.kindWord() + " " + district.name() + nameSuffix,
                        UnitKind.AGENCY, district.id() + idSuffix));
            }
        }
        for (String name : PROVINCIAL_SERVICE_UNITS) {
            out.add(new Member(slug(name) + idSuffix, name + nameSuffix, UnitKind.SERVICE_UNIT, province));
        }
        for (int d = 0; d < DISTRICTS.size(); d++) {
            District district = DISTRICTS.get(d);
            int kept = d < 5 ? 3 : 2;
            for (int k = 0; k < kept; k++) {
                String unit = DISTRICT_SERVICE_UNITS.get(k);
                out.add(new Member(district.id() + "-" + slug(unit) + idSuffix, unit + " " + district.kindWord() + " " + district.name() + nameSuffix,
                        UnitKind.SERVICE_UNIT, district.id() + idSuffix));
            }
        }
        for (District district : DISTRICTS) {
            out.add(new Member(district.id() + idSuffix, "UBND " + district.kindWord() + " " + district.name() + nameSuffix, UnitKind.DISTRICT, province));
        }
        Set<String> used = new HashSet<>();
        for (District district : DISTRICTS) {
            for (int c = 0; c < COMMUNES_PER_DISTRICT; c++) {
                String kindWord;
                String place;
                if (district.town() == null) {
                    kindWord = c < WARDS_PER_URBAN_DISTRICT ? "phường" : "xã";
                    place = placeName(random, used);
                } else if (c == 0) {
                    kindWord = "thị trấn";
                    place = district.town();
                } else {
                    kindWord = "xã";
                    place = placeName(random, used);
                }
                out.add(new Member(district.id() + "-" + slug(place) + idSuffix, "UBND " + kindWord + " " + place + nameSuffix,
                        UnitKind.COMMUNE, district.id() + idSuffix));
            }
        }
        return out;
    }

    /**
     * Two syllables not used before in the province, not the same twice ("Hưng Hưng"). Used
     * is judged without accents, as ids are: "Thanh Quang" and "Thành Quang" would share one.
     */
    private static String placeName(Random random, Set<String> used) {
        while (true) {
            String first = FIRST_SYLLABLES.get(random.nextInt(FIRST_SYLLABLES.size()));
            String second = SECOND_SYLLABLES.get(random.nextInt(SECOND_SYLLABLES.size()));
            String name = first + " " + second;
            if (!first.equals(second) && used.add(slug(name))) return name;
        }
    }

    /** "Sở Văn hóa, Thể thao và Du lịch" → "so-van-hoa-the-thao-va-du-lich". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
