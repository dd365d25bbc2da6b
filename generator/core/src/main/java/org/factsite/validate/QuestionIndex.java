package org.factsite.validate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factsite.model.Claim;
import org.factsite.model.Question;
import org.factsite.model.RelatedQuestion;
import org.factsite.text.Questions;

/** Every follow-up question of the archive, with who raises it and which claim answers it. */
final class QuestionIndex {

    /** Alphabetical ignoring accents (so "Đ..." sits with "D..."), then by the exact text for stability. */
    static final Comparator<Question> ALPHABETICAL = Comparator
            .comparing((Question q) -> foldAccents(q.normalized()))
            .thenComparing(Question::normalized);

    private QuestionIndex() {
    }

    /**
     * @param claims newest first; the newest claim's wording of a question is the one shown
     * @param answer finds the claim that answers a question (by slug)
     */
    static List<Question> build(List<Claim> claims, java.util.function.Function<String, Optional<Claim>> answer) {
        Map<String, List<Claim>> raisedBy = new LinkedHashMap<>();
        Map<String, RelatedQuestion> firstWording = new LinkedHashMap<>();
        for (Claim claim : claims) {
            for (RelatedQuestion related : claim.related()) {
                String key = Questions.normalize(related.question());
                firstWording.putIfAbsent(key, related);
                raisedBy.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
            }
        }
        List<Question> questions = new ArrayList<>();
        firstWording.forEach((key, related) -> questions.add(new Question(related.question(), key,
                related.answeredBy().flatMap(answer), raisedBy.get(key))));
        questions.sort(ALPHABETICAL);
        return questions;
    }

    static String foldAccents(String text) {
        return Normalizer.normalize(text.replace('đ', 'd'), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
