/** The coverage job's operators, one per file; logic they share lives in pure classes they call. */
package vn.presswatch.processing.functions;
