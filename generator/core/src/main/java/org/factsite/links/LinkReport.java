package org.factsite.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The link check's report, by claim (in file order): each link with what it is, its status, where it ended
 * and whether an archived copy exists; {@code report.json} for tools, {@code report.html} for people.
 */
final class LinkReport {

    private LinkReport() {
    }

    /** Broken: asked and not answered with the page (an error status, a timeout, a loop); not: unasked. */
    static boolean broken(LinkCheck check) {
        return check != null && !check.ok() && !check.notChecked();
    }

    /** How many of the links answered, are broken, and were not asked (yet); of those, off the public web. */
    record Counts(int ok, int broken, int unchecked, int offPublicWeb) {
    }

    /** Writes the report; returns its counts. */
    static Counts write(Path folder, Map<String, List<LinkUse>> links, Map<String, LinkCheck> checks) {
        Map<String, Map<String, Object>> byClaim = new TreeMap<>();
        links.forEach((url, uses) -> {
            LinkCheck check = checks.get(url);
            for (LinkUse use : uses) {
                Map<String, Object> claim = byClaim.computeIfAbsent(use.file(), f -> {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("file", use.file());
                    c.put("title", use.title());
                    c.put("page", use.page());
                    c.put("links", new ArrayList<Map<String, Object>>());
                    return c;
                });
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("url", url);
                link.put("as", use.as());
                link.put("archived", use.archived());
                link.put("status", check == null ? 0 : check.status());
                link.put("finalUrl", check == null ? url : check.finalUrl());
                link.put("problem", check == null ? "not checked" : check.problem());
                link.put("broken", broken(check));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> list = (List<Map<String, Object>>) claim.get("links");
                list.add(link);
            }
        });
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("links", links.size());
        int ok = (int) links.keySet().stream().filter(u -> checks.get(u) != null && checks.get(u).ok()).count();
        int broken = (int) links.keySet().stream().filter(u -> broken(checks.get(u))).count();
        int offPublicWeb = (int) links.keySet().stream().filter(u -> checks.get(u) != null
                && checks.get(u).offPublicWeb()).count();
        Counts counts = new Counts(ok, broken, links.size() - ok - broken, offPublicWeb); // neither: not asked
        report.put("ok", counts.ok());
        report.put("broken", counts.broken());
        report.put("unchecked", counts.unchecked());
        report.put("offPublicWeb", counts.offPublicWeb());
        report.put("claims", List.copyOf(byClaim.values()));
        try {
            Files.createDirectories(folder);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(folder.resolve("report.json").toFile(),
                    report);
            Files.writeString(folder.resolve("report.html"), html(report, byClaim), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the link report in " + folder, e);
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static String html(Map<String, Object> report, Map<String, Map<String, Object>> byClaim) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Link check</title>\n<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:1rem auto;"
                + "padding:0 1rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #999;padding:.25rem;"
                + "text-align:left;vertical-align:top;overflow-wrap:anywhere}.broken{color:#b42318;font-weight:bold}</style>\n"
                + "</head>\n<body>\n<h1>Link check</h1>\n");
        out.append("<p>").append(report.get("links")).append(" links: ").append(report.get("ok")).append(" answer, ")
                .append(report.get("broken")).append(" broken, ").append(report.get("unchecked")).append(" not checked.</p>\n");
        for (Map<String, Object> claim : byClaim.values()) {
            out.append("<h2><a href=\"").append(escape((String) claim.get("page"))).append("\">")
                    .append(escape((String) claim.get("title"))).append("</a></h2>\n<p>")
                    .append(escape((String) claim.get("file"))).append("</p>\n<table>\n<thead><tr><th scope=\"col\">Link</th>"
                    + "<th scope=\"col\">As</th><th scope=\"col\">Status</th><th scope=\"col\">Ends at</th>"
                    + "<th scope=\"col\">Archived copy</th></tr></thead>\n<tbody>\n");
            for (Map<String, Object> link : (List<Map<String, Object>>) claim.get("links")) {
                boolean broken = (Boolean) link.get("broken");
                String status = (Integer) link.get("status") == 0 ? (String) link.get("problem")
                        : link.get("status").toString();
                out.append("<tr").append(broken ? " class=\"broken\"" : "").append("><td>")
                        .append(escape((String) link.get("url"))).append("</td><td>").append(escape((String) link.get("as")))
                        .append("</td><td>").append(escape(status)).append("</td><td>")
                        .append(link.get("finalUrl").equals(link.get("url")) ? "" : escape((String) link.get("finalUrl")))
                        .append("</td><td>").append((Boolean) link.get("archived") ? "yes" : "no").append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return Escaping.escapeHtml(text, false);
    }
}
