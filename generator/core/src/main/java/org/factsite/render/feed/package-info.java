/**
 * The files that are data rather than pages: RSS and JSON feeds, the ClaimReview data feed, the sitemap, the
 * JSON-LD a claim page carries, the search index's files.
 */
package org.factsite.render.feed;
