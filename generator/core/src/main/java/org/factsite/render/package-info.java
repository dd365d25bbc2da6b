/**
 * Renders the archive's model into the site's files: {@link org.factsite.render.SiteRenderer} renders each
 * language's edition ({@link org.factsite.render.EditionRenderer}, which writes every unit of every kind one
 * way) and what the editions share. Its rooms: {@code unit/} (what a file of the site is, and its key),
 * {@code page/} (a class per kind of page), {@code feed/} (feeds, the data feed, the sitemap, structured data,
 * the search index's files), {@code view/} (what templates see), {@code theme/} (templates, assets, messages).
 */
package org.factsite.render;
