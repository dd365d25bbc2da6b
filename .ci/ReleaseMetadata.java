import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks, in the reactor's effective POMs (help:effective-pom), the metadata Maven Central requires of each
 * published module: name, description, project URL, a licence, a developer and SCM. Run by release-dry-run as
 * {@code java .ci/ReleaseMetadata.java EFFECTIVE_POMS ARTIFACT_ID...}; a plain Java source file, so CI needs
 * nothing beyond the JDK to parse the XML.
 */
public class ReleaseMetadata {
  public static void main(String[] args) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var document = factory.newDocumentBuilder().parse(Path.of(args[0]).toFile());
    List<String> published = List.of(args).subList(1, args.length);
    List<String> problems = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    var projects = document.getElementsByTagNameNS("*", "project");
    for (int i = 0; i < projects.getLength(); i++) {
      var project = (Element) projects.item(i);
      String artifactId = text(project, "artifactId");
      if (!published.contains(artifactId)) {
        continue;
      }
      seen.add(artifactId);
      String url = text(project, "url");
      require(problems, artifactId, "name", text(project, "name"));
      require(problems, artifactId, "description", text(project, "description"));
      require(problems, artifactId, "url", url);
      require(problems, artifactId, "licenses/license/name", text(project, "licenses", "license", "name"));
      require(problems, artifactId, "licenses/license/url", text(project, "licenses", "license", "url"));
      require(problems, artifactId, "developers/developer/name", text(project, "developers", "developer", "name"));
      String scmUrl = text(project, "scm", "url");
      require(problems, artifactId, "scm/url", scmUrl);
      require(problems, artifactId, "scm/connection", text(project, "scm", "connection"));
      require(problems, artifactId, "scm/developerConnection", text(project, "scm", "developerConnection"));
      if (!url.startsWith("https://") || url.contains("${")) {
        problems.add(artifactId + ": url is not an https address: " + url);
      }
      // Maven appends the artifactId to inherited addresses unless the parent says not to: one repository, one address.
      if (!url.equals(scmUrl) || url.endsWith(artifactId)) {
        problems.add(artifactId + ": url " + url + " and scm/url " + scmUrl + " should both be the repository's address");
      }
    }
    for (String artifactId : published) {
      if (!seen.contains(artifactId)) {
        problems.add(artifactId + ": not among the effective POMs");
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(problem -> System.err.println("release metadata: " + problem));
      System.exit(1);
    }
    System.out.println("release metadata complete for " + seen.size() + " artifacts");
  }

  /** The text of the element at the path of child names under {@code parent}, or "" when it is absent. */
  private static String text(Element parent, String... path) {
    Element current = parent;
    for (String name : path) {
      Element next = null;
      for (Node child = current.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element element && name.equals(element.getLocalName())) {
          next = element;
          break;
        }
      }
      if (next == null) {
        return "";
      }
      current = next;
    }
    return current.getTextContent().trim();
  }

  private static void require(List<String> problems, String artifactId, String field, String value) {
    if (value.isEmpty()) {
      problems.add(artifactId + ": no " + field);
    }
  }
}
