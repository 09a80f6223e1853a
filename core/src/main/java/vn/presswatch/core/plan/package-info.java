/** A communication plan as configuration: its themes, their signals and the plan's forms, loaded from YAML. */
package vn.presswatch.core.plan;
