package org.factsite.render.view;

import java.util.List;

/**
 * A follow-up question in the questions index.
 *
 * @param answer   the claim that answers it, or null while it is open
 * @param raisedBy the claims that raise it, newest first
 */
public record QuestionView(String text, LinkView answer, String answerLang, List<LinkView> raisedBy) {
}
