/**
 * Builds in a JVM of their own: {@link org.factsite.fork.ForkedBuild} starts one with settings fit for a
 * build (collector, class-data sharing), {@link org.factsite.fork.ForkedBuildMain} runs the build there, and
 * {@link org.factsite.fork.ForkProtocol} carries the request there and the result or the archive's errors back.
 * The Maven plugin builds this way by default: Maven's own JVM has a collector and heap tuned for other work.
 */
package org.factsite.fork;
