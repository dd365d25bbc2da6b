/** A class per kind of page (claims, lists, taxonomies, questions, search, statistics ...), each its own template. */
package org.factsite.render.page;
