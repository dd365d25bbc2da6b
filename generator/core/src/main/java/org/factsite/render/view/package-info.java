/**
 * What templates see: plain, already-formatted values (text, lists, nulls for "absent"), never model or
 * library objects, so a theme author needs no Java and templates cannot reach into the generator; and
 * {@link org.factsite.render.view.Views}, which makes them from the model.
 */
package org.factsite.render.view;
