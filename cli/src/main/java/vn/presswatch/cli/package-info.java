/** Command-line subcommands (picocli), one class each; they parse options, call a service and print. */
package vn.presswatch.cli;
