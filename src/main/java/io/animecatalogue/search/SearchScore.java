package io.animecatalogue.search;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;

/**
 * How well a form answers a query, both in search form, from 0 to 1, in tiers that never overlap:
 * the whole form (1), its beginning (0.8 to 0.95), the beginnings of its words in any order ("otomo katsuhiro" for
 * "Katsuhiro Otomo", 0.6 to 0.75), text inside a word (Japanese has no spaces between words, 0.45 to 0.55), and anything
 * else by trigram similarity, which forgives typos (below 0.45). Within a tier, the form the query covers more of ranks
 * higher, so among forms of one tier the shortest ranks first: the statements of {@link SearchEntries} rely on that.
 */
final class SearchScore {

    private static final BigDecimal NEAR_WEIGHT = new BigDecimal("0.45");
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private SearchScore() {
    }

    static BigDecimal of(String query, String form) {
        int queryLength = query.codePointCount(0, query.length());
        int formLength = form.codePointCount(0, form.length());
        BigDecimal score;
        if (form.equals(query)) {
            score = BigDecimal.ONE;
        } else if (form.startsWith(query)) {
            score = share("0.8", "0.15", queryLength, formLength);
        } else if (wordsBegin(query, form)) {
            score = share("0.6", "0.15", Math.min(queryLength, formLength), formLength);
        } else if (form.contains(query)) {
            score = share("0.45", "0.1", queryLength, formLength);
        } else {
            score = NEAR_WEIGHT.multiply(BigDecimal.valueOf(similarity(query, form)), PRECISION);
        }
        return score;
    }

    /** As a hit shows it. Hits are ranked by the score itself, so that a shorter form ranks first even where both round alike. */
    static double shown(BigDecimal score) {
        return score.setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    /** base + weight × part / whole, exactly, so that equal shares round alike. */
    private static BigDecimal share(String base, String weight, int part, int whole) {
        return new BigDecimal(base).add(new BigDecimal(weight).multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), PRECISION));
    }

    /** Every word of the query begins a word of the form. */
    private static boolean wordsBegin(String query, String form) {
        String spaced = " " + form;
        for (String word : query.split(" ")) {
            if (!spaced.contains(" " + word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Trigram similarity as pg_trgm defines it: each run of letters and digits, padded with two spaces in front and
     * one behind, gives its three-character pieces; the score is the pieces both texts have over the pieces either has.
     */
    static float similarity(String a, String b) {
        Set<String> first = trigrams(a);
        Set<String> second = trigrams(b);
        if (first.isEmpty() || second.isEmpty()) {
            return 0f;
        }
        int common = 0;
        for (String trigram : first) {
            if (second.contains(trigram)) {
                common++;
            }
        }
        return (float) common / (float) (first.size() + second.size() - common);
    }

    private static Set<String> trigrams(String text) {
        Set<String> trigrams = new HashSet<>();
        int[] codePoints = text.codePoints().toArray();
        int start = 0;
        while (start < codePoints.length) {
            while (start < codePoints.length && !Character.isLetterOrDigit(codePoints[start])) {
                start++;
            }
            int end = start;
            while (end < codePoints.length && Character.isLetterOrDigit(codePoints[end])) {
                end++;
            }
            if (end > start) {
                int[] padded = new int[end - start + 3];
                padded[0] = ' ';
                padded[1] = ' ';
                System.arraycopy(codePoints, start, padded, 2, end - start);
                padded[padded.length - 1] = ' ';
                for (int i = 0; i + 3 <= padded.length; i++) {
                    trigrams.add(new String(padded, i, 3));
                }
            }
            start = end;
        }
        return trigrams;
    }
}
