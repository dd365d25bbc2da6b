package org.factsite.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.factsite.model.Claim;
import org.factsite.model.ClaimRef;
import org.factsite.model.Question;
import org.factsite.model.RelatedQuestion;

/** Every follow-up question of the archive, with who raises it and which claim answers it. */
final class QuestionIndex {


    private QuestionIndex() {
    }

    /** The questions in order, and their order for a later build to carry on from. */
    record Built(List<Question> questions, KeptOrder order) {
    }

    /**
     * @param claims  newest first; the newest claim's wording of a question is the one shown
     * @param answer  finds the claim that answers a question, in whichever edition it is
     * @param earlier the order an earlier build left, if any (the result is the same without it)
     */
    static Built build(List<Claim> claims, Function<ClaimRef, Optional<Claim>> answer, Optional<KeptOrder> earlier) {
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
        // is total, and depends on the normalized text alone); the folded key is computed when the claim is
        // parsed, not once per comparison.
        KeptOrder.Sorted<Asked> sorted = KeptOrder.sort(asked, (a, b) -> {
            int byFolded = a.first.folded().compareTo(b.first.folded());
            return byFolded != 0 ? byFolded : a.first.normalized().compareTo(b.first.normalized());
        }, earlier);
        List<Question> questions = new ArrayList<>(sorted.values().size());
        for (Asked a : sorted.values()) {
            questions.add(new Question(a.first.question(), a.first.normalized(),
                    a.first.answeredBy().flatMap(answer), a.raisedBy));
        }
        return new Built(List.copyOf(questions), sorted.order());
    }
}
