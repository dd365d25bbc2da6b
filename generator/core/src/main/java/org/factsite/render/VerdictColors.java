package org.factsite.render;

import org.factsite.config.Verdict;
import org.factsite.config.VerdictScale;

/**
 * The verdict scale's colours as a stylesheet: {@code .verdict--false { --verdict-color: #b42318; }} for each
 * verdict of site.yaml. Pages name a verdict by class and the theme's rules read the custom property, so no page
 * carries an inline {@code style}, which a Content-Security-Policy without {@code 'unsafe-inline'} refuses.
 * Verdict keys are slugs (a-z, 0-9, single hyphens), so {@code verdict--<key>} is a class name no theme class
 * ({@code verdict-badge}, {@code verdict-icon} ...) can equal.
 */
final class VerdictColors {

    private VerdictColors() {
    }

    static String css(VerdictScale scale) {
        StringBuilder css = new StringBuilder("/* The verdicts' colours from site.yaml, written by the build. */\n");
        for (Verdict verdict : scale.verdicts()) {
            css.append(".verdict--").append(verdict.key()).append(" { --verdict-color: ").append(verdict.color())
                    .append("; }\n");
        }
        return css.toString();
    }
}
