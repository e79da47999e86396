package org.darkcheck.ui.plots;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.darkcheck.model.DarksideFiles;
import org.darkcheck.report.plots.ChartFiles;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.jfree.chart.JFreeChart;

/** Saves a chart as PNG or SVG where the user chooses. */
final class ChartExport {

    private ChartExport() {
    }

    static void save(Shell shell, JFreeChart chart, String format, String suggestedName) {
        if (chart == null) {
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*." + format});
        dialog.setFileName(suggestedName + "." + format);
        dialog.setOverwrite(true);
        String target = dialog.open();
        if (target == null) {
            return;
        }
        try {
            byte[] bytes = format.equals("svg") ? ChartFiles.svg(chart, 900, 700).getBytes(StandardCharsets.UTF_8)
                    : ChartFiles.png(chart, 900, 700);
            DarksideFiles.writeAtomically(Path.of(target), bytes);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, "Export failed", "Could not write " + target + ": " + e.getMessage());
        }
    }
}
