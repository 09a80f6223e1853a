/** Matching machinery behind the plan classifier: a dictionary matcher over normalised text. */
package vn.presswatch.processing.classify.internal;
