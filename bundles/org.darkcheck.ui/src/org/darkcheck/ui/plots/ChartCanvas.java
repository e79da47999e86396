package org.darkcheck.ui.plots;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.JFreeChart;

/**
 * Shows a JFreeChart on an SWT canvas: the chart is drawn into an image of the
 * canvas's size (there is no JFreeChart SWT integration on Maven Central) and
 * drawn again when the canvas is resized.
 */
public final class ChartCanvas {

    private final Canvas canvas;
    private JFreeChart chart;
    private Image image;
    private Rectangle imageSize;

    public ChartCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addListener(SWT.Paint, e -> {
            Rectangle area = canvas.getClientArea();
            if (chart == null || area.width < 20 || area.height < 20) {
                return;
            }
            if (image == null || !area.equals(imageSize)) {
                disposeImage();
                image = toImage(chart, area.width, area.height);
                imageSize = area;
            }
            e.gc.drawImage(image, 0, 0);
        });
        canvas.addListener(SWT.Dispose, e -> disposeImage());
    }

    public Canvas control() {
        return canvas;
    }

    /** The chart shown, or null. */
    public JFreeChart chart() {
        return chart;
    }

    public void setChart(JFreeChart chart) {
        this.chart = chart;
        disposeImage();
        canvas.redraw();
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }

    private Image toImage(JFreeChart c, int width, int height) {
        BufferedImage awt = c.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
        int[] pixels = ((DataBufferInt) awt.getRaster().getDataBuffer()).getData();
        ImageData data = new ImageData(width, height, 32, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        for (int y = 0; y < height; y++) {
            data.setPixels(0, y, width, pixels, y * width);
        }
        return new Image(canvas.getDisplay(), data);
    }
}
