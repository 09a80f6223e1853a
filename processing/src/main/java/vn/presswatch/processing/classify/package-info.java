/**
 * The explainable plan classifier: which themes of a plan an article covers, with the evidence. Pure Java, used
 * by the Flink jobs and by the {@code classify} and {@code evaluate} commands.
 */
package vn.presswatch.processing.classify;
