/** Typed settings: one shipped defaults file, overridden by the user's file, the environment and options. */
package vn.presswatch.core.config;
