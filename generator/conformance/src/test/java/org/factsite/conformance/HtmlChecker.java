package org.factsite.conformance;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * The Nu HTML Checker (the W3C validator's engine) run in-process, with its bundled schemas: nothing is
 * fetched. One instance checks many pages, one after another.
 */
final class HtmlChecker {

    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    record Finding(boolean error, int line, String message) {
        @Override
        public String toString() {
            return (error ? "error" : "warning") + " at line " + line + ": " + message;
        }
    }

    private final List<Finding> findings = new ArrayList<>();
    private final SimpleDocumentValidator validator;

    HtmlChecker() throws Exception {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                findings.add(new Finding(false, e.getLineNumber(), e.getMessage()));
            }

            @Override
            public void error(SAXParseException e) {
                findings.add(new Finding(true, e.getLineNumber(), e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) {
                findings.add(new Finding(true, e.getLineNumber(), e.getMessage()));
            }
        };
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(SCHEMA, collect);
        validator.setUpValidatorAndParsers(collect, false, false);
    }

    /** Every error and warning of one page. */
    List<Finding> check(Path page) throws Exception {
        findings.clear();
        try (InputStream in = Files.newInputStream(page)) {
            InputSource source = new InputSource(in);
            source.setSystemId(page.toUri().toString());
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        }
        return List.copyOf(findings);
    }
}
