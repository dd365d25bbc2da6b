package org.factsite.render.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.factsite.model.Archive;
import org.factsite.model.Question;
import org.factsite.model.SiteLayout;
import org.factsite.render.view.LinkView;
import org.factsite.text.Slugs;
import org.factsite.render.view.NavEntry;
import org.factsite.render.unit.PageUnit;
import org.factsite.render.unit.RenderParts;
import org.factsite.render.unit.UnitKind;
import org.factsite.render.view.Views;

/**
 * The related-questions index: which follow-up questions another check answers and which are open. Up to
 * {@link #QUESTIONS_PER_PAGE} questions it is one page; beyond, an index of initials, each paginated.
 */
public final class QuestionPages implements UnitKind {

    static final int QUESTIONS_PER_PAGE = 300;

    @Override
    public List<PageUnit> units(RenderParts parts) {
        Views views = parts.views();
        String lang = parts.site().language();
        Map<String, String> t = views.messages(lang);
        List<Question> questions = parts.archive().questions();
        long open = questions.stream().filter(Question::isOpen).count();
        boolean onePage = questions.size() <= QUESTIONS_PER_PAGE;
        Map<String, List<Question>> byInitial = new TreeMap<>();
        if (!onePage) {
            questions.forEach(q -> byInitial.computeIfAbsent(initial(q), k -> new ArrayList<>()).add(q));
        }
        List<PageUnit> units = new ArrayList<>();
        units.add(PageUnit.of(SiteLayout.QUESTIONS, "questions.ftlh", () -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("page", views.page(lang, t.get("questions.heading"), t.get("questions.intro"),
                    SiteLayout.QUESTIONS));
            model.put("answeredCount", questions.size() - open);
            model.put("openCount", open);
            model.put("questions", onePage ? questions.stream().map(q -> views.question(q, lang)).toList() : List.of());
            List<Map<String, Object>> sections = new ArrayList<>();
            byInitial.forEach((initial, list) -> {
                Map<String, Object> section = new LinkedHashMap<>(); // not Map.of: its order changes between runs
                section.put("name", initialLabel(initial, t));
                section.put("url", parts.base().pathTo(SiteLayout.questionsStartingWith(initial)));
                section.put("count", list.size());
                sections.add(section);
            });
            model.put("sections", sections);
            return model;
        }, RenderParts.newest(parts.archive().claims())));
        byInitial.forEach((initial, list) -> {
            for (Pagination<Question> slice : Pagination.of(list, QUESTIONS_PER_PAGE,
                    SiteLayout.questionsStartingWith(initial))) {
                units.add(PageUnit.of(slice.sitePath(), "questions-part.ftlh", () -> {
                    String heading = t.get("questions.section").replace("{0}", initialLabel(initial, t));
                    Map<String, Object> part = new LinkedHashMap<>();
                    part.put("page", views.page(lang, heading, t.get("questions.intro"), slice.sitePath()));
                    part.put("heading", heading);
                    part.put("questions", slice.items().stream().map(q -> views.question(q, lang)).toList());
                    part.put("pagination", slice.view(parts.base()));
                    part.put("index", new LinkView(t.get("questions.heading"), parts.base().pathTo(SiteLayout.QUESTIONS)));
                    return part;
                }, RenderParts.newest(slice.items().stream().flatMap(q -> q.raisedBy().stream()).toList())));
            }
        });
        return units;
    }

    /** a-z by the question's first letter without accents; digits together; anything else as "other". */
    public static String initial(Question question) {
        // The first letter or digit the question's slug would start with, without making the whole slug.
        String text = question.normalized();
        char c = '?';
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            String folded = Slugs.slugify(new String(Character.toChars(text.codePointAt(i))));
            if (!folded.isEmpty()) {
                c = folded.charAt(0);
                break;
            }
        }
        return c >= 'a' && c <= 'z' ? String.valueOf(c) : Character.isDigit(c) ? "0-9" : "other";
    }

    private static String initialLabel(String initial, Map<String, String> t) {
        return initial.equals("other") ? t.get("questions.other") : initial.toUpperCase(Locale.ROOT);
    }

    @Override
    public List<NavEntry> navigation(Archive archive) {
        return List.of(NavEntry.labelled(NavEntry.Place.HEADER, 20, SiteLayout.QUESTIONS, "nav.questions"));
    }
}
