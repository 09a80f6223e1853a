/** The {@code monitor} command line: one picocli class per subcommand. */
package vn.presswatch.cli;
