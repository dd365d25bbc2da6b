package org.factsite.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.factsite.site.BuildRequest;
import org.factsite.site.FactSite;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sitemap of a site in one language and of one in two (with its hreflang alternates) is valid against the
 * sitemap protocol's schema ({@code src/test/resources/schemas}), validated by the JDK's XML Schema validator.
 */
class SitemapSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"golden", "golden-languages"})
    void theSitemapIsValid(String fixture, @TempDir Path out) throws Exception {
        Path site = out.resolve("site");
        FactSite.build(BuildRequest.of(Path.of("src/test/resources", fixture, "content"), site)
                .withThemeDirectory(Path.of("../../themes/default"))
                .withClock(Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC)));
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(Path.of("src/test/resources/schemas/sitemap-0.9.xsd").toFile());
        schema.newValidator().validate(new StreamSource(site.resolve("sitemap.xml").toFile())); // throws when invalid
        String text = java.nio.file.Files.readString(site.resolve("sitemap.xml"));
        assertTrue(fixture.equals("golden") != text.contains("xhtml:link"), "alternates only on a site of two languages");
        String broken = text.replaceFirst("<loc>", "<lastmod>yesterday</lastmod><loc>");
        org.junit.jupiter.api.Assertions.assertThrows(org.xml.sax.SAXException.class, () -> schema.newValidator()
                .validate(new StreamSource(new java.io.StringReader(broken))), "the schema rejects what it should");
    }
}
