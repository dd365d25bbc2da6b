/** A theme (templates, assets, messages per language, over the bundled default) and the FreeMarker engine. */
package org.factsite.render.theme;
