package org.darkcheck.report.plots;

import org.jfree.chart.JFreeChart;

/**
 * One limit plane of a model: its name (e.g. epsilon-vs-mass) and the chart.
 *
 * @param constraints the ids drawn, in legend order
 */
public record PlanePlot(String plane, JFreeChart chart, java.util.List<String> constraints) {
}
