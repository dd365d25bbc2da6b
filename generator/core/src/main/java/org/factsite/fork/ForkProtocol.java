package org.factsite.fork;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factsite.diagnostic.Diagnostic;
import org.factsite.diagnostic.Severity;
import org.factsite.site.BuildRequest;
import org.factsite.site.BuildResult;
import org.factsite.site.CheckResult;

/**
 * What passes between a build JVM and the one that started it. The task ({@link #BUILD} or {@link #CHECK})
 * and the request go as arguments (the task, then {@code name=value}); the answer comes back on standard output
 * as one line per diagnostic and a last line with the result, fields separated by tabs, with tabs, line breaks
 * and backslashes escaped.
 */
final class ForkProtocol {

    /** Build the site: {@link org.factsite.site.FactSite#build}. */
    static final String BUILD = "build";
    /** Check the archive, writing nothing: {@link org.factsite.site.FactSite#check}. */
    static final String CHECK = "check";

    static final String DIAGNOSTIC = "diagnostic";
    static final String RESULT = "result";
    static final String CHECKED = "checked";

    private ForkProtocol() {
    }

    static List<String> arguments(BuildRequest request) {
        List<String> args = new ArrayList<>();
        args.add("content=" + request.contentDirectory());
        args.add("output=" + request.outputDirectory());
        request.themeDirectory().ifPresent(theme -> args.add("theme=" + theme));
        request.baseUrl().ifPresent(url -> args.add("baseUrl=" + url));
        request.hosting().ifPresent(host -> args.add("hosting=" + host));
        args.add("drafts=" + request.includeDrafts());
        args.add("future=" + request.includeFuture());
        args.add("strict=" + request.strict());
        args.add("maxFileBytes=" + request.maxFileBytes());
        args.add("reportRoot=" + request.reportRoot());
        if (!Clock.systemUTC().equals(request.clock())) {
            // A fixed "today" (tests) travels as its instant and zone; the system clock is the child's own.
            args.add("clock=" + request.clock().instant() + "@" + request.clock().getZone().getId());
        }
        return args;
    }

    static BuildRequest request(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("not name=value: " + arg);
            }
            given.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        if (!given.containsKey("content") || !given.containsKey("output")) {
            throw new IllegalArgumentException("content= and output= are required");
        }
        BuildRequest request = BuildRequest.of(Path.of(given.remove("content")), Path.of(given.remove("output")));
        for (Map.Entry<String, String> e : given.entrySet()) {
            String value = e.getValue();
            request = switch (e.getKey()) {
                case "theme" -> request.withThemeDirectory(Path.of(value));
                case "baseUrl" -> request.withBaseUrl(value);
                case "hosting" -> request.withHosting(value);
                case "drafts" -> request.withDrafts(Boolean.parseBoolean(value));
                case "future" -> request.withFuture(Boolean.parseBoolean(value));
                case "strict" -> request.withStrict(Boolean.parseBoolean(value));
                case "maxFileBytes" -> request.withMaxFileBytes(Long.parseLong(value));
                case "reportRoot" -> request.withReportRoot(Path.of(value));
                case "clock" -> request.withClock(Clock.fixed(Instant.parse(value.substring(0, value.indexOf('@'))),
                        ZoneId.of(value.substring(value.indexOf('@') + 1))));
                default -> throw new IllegalArgumentException("unknown argument: " + e.getKey() + "=" + value);
            };
        }
        return request;
    }

    static String line(Diagnostic d) {
        return String.join("\t", DIAGNOSTIC, escape(d.file().toString()), Integer.toString(d.line()), d.severity().name(),
                escape(d.message()));
    }

    static String line(BuildResult r) {
        return String.join("\t", RESULT, Integer.toString(r.claims()), Long.toString(r.filesWritten()),
                Long.toString(r.bytesWritten()), Long.toString(r.filesUnchanged()), Boolean.toString(r.upToDate()),
                Integer.toString(r.pagesKept()), Integer.toString(r.claimsParsed()), Integer.toString(r.cardsDrawn()),
                escape(r.hosting()));
    }

    static Optional<Diagnostic> diagnostic(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 5 || !DIAGNOSTIC.equals(f[0])) {
            return Optional.empty();
        }
        return Optional.of(new Diagnostic(Path.of(unescape(f[1])), Integer.parseInt(f[2]), Severity.valueOf(f[3]),
                unescape(f[4])));
    }

    static Optional<BuildResult> result(String line, List<Diagnostic> warnings) {
        String[] f = line.split("\t", -1);
        if (f.length != 10 || !RESULT.equals(f[0])) {
            return Optional.empty();
        }
        return Optional.of(new BuildResult(Integer.parseInt(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                Long.parseLong(f[4]), warnings, Boolean.parseBoolean(f[5]), Integer.parseInt(f[6]),
                Integer.parseInt(f[7]), Integer.parseInt(f[8]), unescape(f[9])));
    }

    static String line(CheckResult r) {
        return String.join("\t", CHECKED, Integer.toString(r.claims()), Integer.toString(r.pages()),
                Integer.toString(r.claimsParsed()));
    }

    static Optional<CheckResult> checkResult(String line, List<Diagnostic> warnings) {
        String[] f = line.split("\t", -1);
        if (f.length != 4 || !CHECKED.equals(f[0])) {
            return Optional.empty();
        }
        return Optional.of(new CheckResult(Integer.parseInt(f[1]), Integer.parseInt(f[2]), warnings,
                Integer.parseInt(f[3])));
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
