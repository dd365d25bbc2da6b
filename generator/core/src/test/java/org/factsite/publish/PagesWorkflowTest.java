package org.factsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.factsite.config.BaseUrl;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What our GitHub Pages workflow must do (its schema validity is checked in .ci/run with action-validator):
 * least permissions, the Pages base URL passed to the build, hidden files (.nojekyll) kept.
 */
class PagesWorkflowTest {

    @Test
    @SuppressWarnings("unchecked")
    void workflowBuildsWithThePagesAddressAndDeploysWithLeastPermissions() throws Exception {
        String text = Files.readString(Path.of("../../.github/workflows/pages.yml"));
        Map<String, Object> workflow = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        assertEquals(Map.of("contents", "read"), workflow.get("permissions"));
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        Map<String, Object> build = (Map<String, Object>) jobs.get("build");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) build.get("steps");
        assertTrue(steps.stream().anyMatch(s -> "actions/configure-pages@v5".equals(s.get("uses"))));
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("run"))
                .equals("mvn -B package -DskipTests -Dfactsite.baseUrl=\"${{ steps.pages.outputs.base_url }}\"")));
        Map<String, Object> upload = steps.stream().filter(s -> "actions/upload-pages-artifact@v5".equals(s.get("uses")))
                .findFirst().orElseThrow();
        assertEquals(Map.of("path", "target/site", "include-hidden-files", true), upload.get("with"));
        Map<String, Object> deploy = (Map<String, Object>) jobs.get("deploy");
        assertEquals(Map.of("pages", "write", "id-token", "write"), deploy.get("permissions"));
        assertEquals("github-pages", ((Map<String, Object>) deploy.get("environment")).get("name"));
        assertTrue(text.contains("uses: actions/deploy-pages@v5"));
    }

    @Test
    void pagesBaseUrlWithOrWithoutTrailingSlash() {
        for (String given : List.of("https://owner.github.io/repo", "https://owner.github.io/repo/",
                "https://owner.github.io/repo//")) {
            BaseUrl url = BaseUrl.parse(given, new StringBuilder()).orElseThrow();
            assertEquals("https://owner.github.io/repo/", url.toString(), given);
        }
        assertEquals("/", BaseUrl.parse("https://example.org", new StringBuilder()).orElseThrow().path());
    }
}
