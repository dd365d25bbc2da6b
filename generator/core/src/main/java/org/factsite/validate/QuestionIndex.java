package org.factsite.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factsite.model.Claim;
import org.factsite.model.ClaimRef;
import org.factsite.model.Question;
import org.factsite.model.RelatedQuestion;

/** Every follow-up question of the archive, with who raises it and which claim answers it. */
final class QuestionIndex {


    private QuestionIndex() {
    }

    /**
     * @param claims newest first; the newest claim's wording of a question is the one shown
     * @param answer finds the claim that answers a question, in whichever edition it is
     */
    static List<Question> build(List<Claim> claims, java.util.function.Function<ClaimRef, Optional<Claim>> answer) {
        Map<String, List<Claim>> raisedBy = new LinkedHashMap<>();
        Map<String, RelatedQuestion> firstWording = new LinkedHashMap<>();
        for (Claim claim : claims) {
            for (RelatedQuestion related : claim.related()) {
                String key = related.normalized();
                firstWording.putIfAbsent(key, related);
                raisedBy.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
            }
        }
        // Alphabetical ignoring accents (so "Đ..." sits with "D..."), then by the exact text for stability;
        // the folded key is computed when the claim is parsed, not once per comparison.
        record Keyed(String folded, Question question) {
        }
        List<Keyed> keyed = new ArrayList<>();
        firstWording.forEach((key, related) -> keyed.add(new Keyed(related.folded(), new Question(related.question(),
                key, related.answeredBy().flatMap(answer), raisedBy.get(key)))));
        keyed.sort(Comparator.comparing(Keyed::folded).thenComparing(k -> k.question().normalized()));
        return keyed.stream().map(Keyed::question).toList();
    }
}
