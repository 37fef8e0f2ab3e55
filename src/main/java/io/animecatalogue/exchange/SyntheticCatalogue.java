package io.animecatalogue.exchange;

import io.animecatalogue.anthology.AnthologyKind;
import io.animecatalogue.anthology.CompanyRole;
import io.animecatalogue.company.CompanyKind;
import io.animecatalogue.person.CreditRole;
import io.animecatalogue.release.AudioTrackView;
import io.animecatalogue.release.PrintStatus;
import io.animecatalogue.release.ReleaseFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up catalogue in the proportions of a real one, for measuring the service at scale: per anthology two to
 * seven segments, a few companies, three to seven staff per segment and a couple on the whole work, about one release;
 * people and companies each credited across many anthologies. Every name is synthetic, in Latin and Japanese script,
 * so that search has native forms to find. The same batch number always gives the same records.
 */
final class SyntheticCatalogue {

    /**
     * How often a title word is one of the common {@link #WORDS} and a name one of the common {@link #FAMILY} or
     * {@link #GIVEN} names; the rest are made from syllables, so the vocabulary is large and skewed as in a real
     * catalogue, where even a common word or surname is found in a few hundred records, not in one in ten.
     */
    private static final int COMMON_WORD_IN = 20;
    private static final int COMMON_NAME_IN = 4;

    /** Anthologies per batch; each batch brings its own people and companies, so it refers to nothing outside itself. */
    static final int BATCH = 500;
    private static final int PEOPLE_PER_BATCH = 150;
    private static final int COMPANIES_PER_BATCH = 6;

    private static final String[] SYLLABLES = {"ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se", "so", "ta", "chi",
            "tsu", "te", "to", "na", "ni", "nu", "ne", "no", "ha", "hi", "fu", "he", "ho", "ma", "mi", "mu", "me", "mo",
            "ya", "yu", "yo", "ra", "ri", "ru", "re", "ro", "wa", "n", "ga", "go", "za", "ji", "da", "ba", "bo", "pa"};
    private static final String[] KANA = {"カ", "キ", "ク", "ケ", "コ", "サ", "シ", "ス", "セ", "ソ", "タ", "チ", "ツ", "テ", "ト",
            "ナ", "ニ", "ヌ", "ネ", "ノ", "ハ", "ヒ", "フ", "ヘ", "ホ", "マ", "ミ", "ム", "メ", "モ", "ヤ", "ユ", "ヨ", "ラ", "リ",
            "ル", "レ", "ロ", "ワ", "ン", "ガ", "ゴ", "ザ", "ジ", "ダ", "バ", "ボ", "パ"};
    private static final String[] KANJI = {"夢", "風", "星", "月", "海", "空", "森", "光", "影", "雨", "雪", "花", "火", "水", "鉄",
            "街", "夜", "朝", "記", "憶", "迷", "宮", "物", "語", "機", "械", "人", "形", "旅", "声", "春", "夏", "秋", "冬", "山",
            "川", "島", "橋", "門", "道", "石", "砂", "雲", "霧", "雷", "虹", "鳥", "魚", "犬", "猫", "竜", "鬼", "神", "王", "姫",
            "剣", "盾", "船", "車", "塔", "城", "庭", "窓", "鏡", "鐘", "灯", "炎", "氷", "闇", "紅", "青", "白", "黒", "金", "銀",
            "心", "命", "時", "刻", "涙", "歌", "舞", "祭", "魂", "翼", "扉", "鍵", "糸", "紙", "絵"};
    private static final String[] WORDS = {"Memory", "Carnival", "Labyrinth", "Rose", "Engine", "Garden", "Signal", "Harbor",
            "Lantern", "Mirror", "Orbit", "Circus", "Tower", "Voyage", "Echo", "Machine", "Doll", "Canal", "Comet",
            "Frontier", "Parade", "Shadow", "Storm", "Tide", "Winter", "Ember", "Atlas", "Bloom", "Cipher", "Drift"};
    private static final String[] FAMILY = {"Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura",
            "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Mori"};
    private static final String[] FAMILY_NATIVE = {"田中", "鈴木", "高橋", "渡辺", "伊藤", "山本", "中村", "小林", "加藤", "吉田",
            "山田", "佐々木", "松本", "井上", "木村", "林", "清水", "森"};
    private static final String[] GIVEN = {"Haruka", "Kenji", "Yuki", "Takeshi", "Aiko", "Hiroshi", "Mika", "Satoru",
            "Naoko", "Daisuke", "Emi", "Kazuo", "Rie", "Shinji", "Tomoko", "Jun"};
    private static final String[] GIVEN_NATIVE = {"遥", "健二", "雪", "武", "愛子", "浩", "美香", "悟", "直子", "大輔", "恵美",
            "和夫", "理恵", "真司", "智子", "純"};
    private static final CreditRole[] SEGMENT_ROLES = {CreditRole.DIRECTOR, CreditRole.SCREENPLAY, CreditRole.STORYBOARD,
            CreditRole.CHARACTER_DESIGN, CreditRole.ANIMATION_DIRECTOR, CreditRole.ART_DIRECTOR, CreditRole.MUSIC};
    private static final CreditRole[] ANTHOLOGY_ROLES = {CreditRole.GENERAL_DIRECTOR, CreditRole.PRODUCER,
            CreditRole.ORIGINAL_CREATOR};

    private SyntheticCatalogue() {
    }

    /** The records of batch {@code batch}: its companies and people first, then anthologies, then releases. */
    static List<CatalogueRecord> batch(int batch, int anthologies) {
        Random random = new Random(0x5EEDL * 31 + batch);
        List<CatalogueRecord> records = new ArrayList<>();
        List<String> companies = new ArrayList<>();
        for (int i = 0; i < COMPANIES_PER_BATCH; i++) {
            String name = capitalized(romaji(random, 2)) + " " + pick(random, new String[]{"Studio", "Pictures", "Animation", "Works"});
            String slug = "g" + batch + "-company-" + i;
            companies.add(slug);
            List<CompanyKind> kinds = i < 3 ? List.of(CompanyKind.ANIMATION_STUDIO)
                    : List.of(CompanyKind.PRODUCER, CompanyKind.HOME_VIDEO_PUBLISHER);
            records.add(new CompanyRecord(slug, name, katakana(random, 4) + "スタジオ", null, List.of(), kinds, "JP", null));
        }
        List<String> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE_PER_BATCH; i++) {
            String[] family = name(random, FAMILY, FAMILY_NATIVE, 3, 2);
            String[] given = name(random, GIVEN, GIVEN_NATIVE, 2, 1);
            String slug = "g" + batch + "-person-" + i;
            people.add(slug);
            short birthYear = (short) (1940 + random.nextInt(50));
            records.add(new PersonRecord(slug, given[0] + " " + family[0], family[1] + given[1],
                    family[0] + " " + given[0], List.of(), null, random.nextInt(3) == 0 ? birthYear : null,
                    null, null, null, null));
        }
        List<AnthologyRecord> created = new ArrayList<>();
        for (int i = 0; i < anthologies; i++) {
            AnthologyRecord anthology = anthology(random, batch, i, companies, people);
            created.add(anthology);
            records.add(anthology);
        }
        for (AnthologyRecord anthology : created) {
            int releases = random.nextInt(10) < 3 ? 0 : 1 + random.nextInt(2);
            for (int r = 0; r < releases; r++) {
                records.add(release(random, anthology, r, companies));
            }
        }
        return records;
    }

    private static AnthologyRecord anthology(Random random, int batch, int index, List<String> companies, List<String> people) {
        String title = word(random) + " " + word(random) + (random.nextBoolean() ? " " + word(random) : "");
        String slug = "g" + batch + "-" + index;
        short year = (short) (1980 + random.nextInt(45));
        List<AnthologyRecord.Segment> segments = new ArrayList<>();
        int count = 2 + random.nextInt(6);
        for (int s = 0; s < count; s++) {
            segments.add(new AnthologyRecord.Segment(slug + "-s" + (s + 1), word(random) + " " + word(random),
                    kanji(random, 2 + random.nextInt(3)), capitalized(romaji(random, 3)) + " no " + capitalized(romaji(random, 2)),
                    List.of(), 8 + random.nextInt(40), null, companies.get(random.nextInt(3)), null,
                    credits(random, people, SEGMENT_ROLES, 3 + random.nextInt(5))));
        }
        List<AnthologyRecord.Company> links = List.of(
                new AnthologyRecord.Company(companies.get(random.nextInt(3)), CompanyRole.ANIMATION_STUDIO, null),
                new AnthologyRecord.Company(companies.get(3 + random.nextInt(COMPANIES_PER_BATCH - 3)), CompanyRole.PRODUCER, null));
        return new AnthologyRecord(slug, title, kanji(random, 2) + katakana(random, 3), capitalized(romaji(random, 4)),
                random.nextInt(4) == 0 ? List.of(title.toUpperCase(java.util.Locale.ROOT)) : List.of(),
                pick(random, AnthologyKind.values()), year, null, "JP", 40 + random.nextInt(100), null, null, null,
                links, credits(random, people, ANTHOLOGY_ROLES, 1 + random.nextInt(2)), segments);
    }

    private static List<AnthologyRecord.Credit> credits(Random random, List<String> people, CreditRole[] roles, int count) {
        List<AnthologyRecord.Credit> credits = new ArrayList<>();
        for (int c = 0; c < Math.min(count, roles.length); c++) {
            credits.add(new AnthologyRecord.Credit(people.get(random.nextInt(people.size())), roles[c], null));
        }
        return credits;
    }

    private static ReleaseRecord release(Random random, AnthologyRecord anthology, int index, List<String> companies) {
        ReleaseFormat format = pick(random, new ReleaseFormat[]{ReleaseFormat.VHS, ReleaseFormat.DVD, ReleaseFormat.BLU_RAY});
        LocalDate date = LocalDate.of(anthology.releaseYear() + 1 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
        if (date.isAfter(LocalDate.of(2024, 12, 31))) {
            date = LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
        List<String> segments = anthology.segments().stream().map(AnthologyRecord.Segment::slug).toList();
        return new ReleaseRecord(anthology.slug() + "-r" + (index + 1), anthology.slug(), format,
                random.nextBoolean() ? "JP" : "US", List.of(format == ReleaseFormat.BLU_RAY ? "A" : "1"),
                companies.get(3 + random.nextInt(COMPANIES_PER_BATCH - 3)), date, null, null, null, null,
                random.nextBoolean() ? "1.85:1" : "1.33:1", null, List.of(new AudioTrackView("ja", null, "2.0")),
                List.of("en"), (short) 1, anthology.runtimeMinutes(), List.of(),
                pick(random, PrintStatus.values()), random.nextInt(5) == 0 ? segments.subList(0, 1) : List.of(), null);
    }

    /** A title word: now and then a common English one, mostly a romanized one of two to four syllables. */
    private static String word(Random random) {
        return random.nextInt(COMMON_WORD_IN) == 0 ? pick(random, WORDS) : capitalized(romaji(random, 2 + random.nextInt(3)));
    }

    /** A family or given name, romanized and native: now and then a common one, mostly one made from syllables. */
    private static String[] name(Random random, String[] common, String[] commonNative, int syllables, int kanji) {
        if (random.nextInt(COMMON_NAME_IN) == 0) {
            int index = random.nextInt(common.length);
            return new String[]{common[index], commonNative[index]};
        }
        return new String[]{capitalized(romaji(random, syllables)), kanji(random, kanji)};
    }

    private static String romaji(Random random, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(pick(random, SYLLABLES));
        }
        return word.toString();
    }

    private static String katakana(Random random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(pick(random, KANA));
        }
        return word.toString();
    }

    private static String kanji(Random random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(pick(random, KANJI));
        }
        return word.toString();
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
