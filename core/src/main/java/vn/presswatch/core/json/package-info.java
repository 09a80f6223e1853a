/** The project's one JSON mapping (snake_case, ISO instants). */
package vn.presswatch.core.json;
