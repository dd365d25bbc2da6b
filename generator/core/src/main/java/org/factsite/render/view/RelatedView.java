package org.factsite.render.view;

/** @param url path of the claim that answers the question, or null while it is open */
public record RelatedView(String question, String url) {
}
