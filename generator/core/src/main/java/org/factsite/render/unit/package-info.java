/**
 * What a file of an edition is to the renderer: a {@link org.factsite.render.unit.Unit} (a page or a feed) with
 * its key, the {@link org.factsite.render.unit.UnitKind}s that list them, and the
 * {@link org.factsite.render.unit.PageKeys} asked whether a key's file is already published.
 */
package org.factsite.render.unit;
