package org.factsite.render.theme;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

import org.factsite.diagnostic.Diagnostics;

/**
 * FreeMarker, configured once per build. {@code .ftlh} templates escape HTML by default; templates cannot
 * instantiate classes or call the Java API, so a site's own theme cannot run arbitrary code. An error in a
 * template is reported as a diagnostic naming the template file and line.
 */
public final class TemplateEngine {

    private final Configuration configuration;
    private final Theme theme;
    private final Diagnostics diagnostics;

    public TemplateEngine(Theme theme, Diagnostics diagnostics) {
        this.theme = theme;
        this.diagnostics = diagnostics;
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(theme.templateLoader());
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocalizedLookup(false);
        configuration.setLocale(Locale.ROOT);
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("c");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        // Lets templates write claim.title for the record accessor claim.title().
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        configuration.setObjectWrapper(wrapper.build());
    }

    /** Renders into {@code out}; false after reporting the template's error (the build then fails). */
    public boolean render(String templateName, Map<String, Object> model, Writer out) {
        return render(templateName, model, out, diagnostics);
    }

    /** Renders into {@code out}; false on an error in the template, reported by whoever renders it for the build. */
    public boolean renderQuietly(String templateName, Map<String, Object> model, Writer out) {
        return render(templateName, model, out, new Diagnostics());
    }

    private boolean render(String templateName, Map<String, Object> model, Writer out, Diagnostics diagnostics) {
        try {
            Template template = configuration.getTemplate(templateName);
            template.process(model, out);
            return true;
        } catch (TemplateNotFoundException e) {
            diagnostics.error(theme.templateFile(templateName), 0, "the theme has no template `" + templateName
                    + "`; add it to the theme's templates/ folder");
        } catch (ParseException e) {
            diagnostics.error(theme.templateFile(e.getTemplateName() == null ? templateName : e.getTemplateName()), e.getLineNumber(),
                    "template syntax error: " + e.getEditorMessage());
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            diagnostics.error(theme.templateFile(source), line, "template error: " + e.getMessageWithoutStackTop()
                    .lines().findFirst().orElse("unknown error"));
        } catch (IOException e) {
            diagnostics.error(theme.templateFile(templateName), 0, "cannot read or write with the template: "
                    + e.getMessage());
        }
        return false;
    }
}
