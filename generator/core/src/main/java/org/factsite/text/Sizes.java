package org.factsite.text;

import java.util.Locale;

/** Byte counts as hosts write their limits: decimal units (1 GB is 1,000,000,000 bytes), one decimal. */
public final class Sizes {

    private Sizes() {
    }

    public static String readable(long bytes) {
        if (bytes < 1_000) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1_000 && unit < units.length - 1) {
            value /= 1_000;
            unit++;
        }
        return value >= 100 || value == Math.rint(value) ? Math.round(value) + " " + units[unit]
                : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** A count with thousands separated by commas, as docs and messages write them: 20,000. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
