package org.factsite.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
        // A question's first wording (the newest claim's) and who raises it, by its normalized text.
        final class Asked {
            final RelatedQuestion first;
            final List<Claim> raisedBy = new ArrayList<>(2);

            Asked(RelatedQuestion first) {
                this.first = first;
            }
        }
        Map<String, Asked> asked = new HashMap<>(claims.size() * 4);
        for (Claim claim : claims) {
            for (RelatedQuestion related : claim.related()) {
                asked.computeIfAbsent(related.normalized(), key -> new Asked(related)).raisedBy.add(claim);
            }
        }
        // Alphabetical ignoring accents (so "Đ..." sits with "D..."), then by the exact text (unique: the order
        // is total, whatever the map's); the folded key is computed when the claim is parsed, not once per
        // comparison.
        Asked[] sorted = asked.values().toArray(Asked[]::new);
        Arrays.sort(sorted, (a, b) -> {
            int byFolded = a.first.folded().compareTo(b.first.folded());
            return byFolded != 0 ? byFolded : a.first.normalized().compareTo(b.first.normalized());
        });
        List<Question> questions = new ArrayList<>(sorted.length);
        for (Asked a : sorted) {
            questions.add(new Question(a.first.question(), a.first.normalized(),
                    a.first.answeredBy().flatMap(answer), a.raisedBy));
        }
        return List.copyOf(questions);
    }
}
