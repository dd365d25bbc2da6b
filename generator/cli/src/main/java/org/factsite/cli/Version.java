package org.factsite.cli;

import picocli.CommandLine;

/** The version from the jar manifest (set by the build), or "development". */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"FactSite " + (version == null ? "development" : version)};
    }
}
