package org.parley.ui.divergence;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;
import org.parley.exchange.AtomicFile;

/**
 * Writes a JavaFX image as a PNG without javafx-swing: the pixels are copied into an AWT image and
 * ImageIO encodes it, through {@link AtomicFile}, so a failed export leaves no half file and an existing file
 * untouched.
 */
public final class PngWriter {

    private PngWriter() {
    }

    /** May run on any thread: it reads the image's pixels, it does not touch the scene. */
    public static void write(Image image, Path target) throws IOException {
        BufferedImage pixels = toBufferedImage(image);
        AtomicFile.write(target, out -> {
            if (!ImageIO.write(pixels, "png", out)) {
                throw new IOException("This Java has no PNG writer");
            }
        });
    }

    /**
     * Draws an image on the FX thread, then writes it on the caller's, which may be any thread; what names
     * the picture in a failure, e.g. "the map".
     */
    public static void drawAndWrite(String what, Supplier<? extends Image> draw, Path target) throws IOException {
        write(onFxThread(what, draw), target);
    }

    /**
     * What {@code draw} gives, drawn on the FX thread: at once when called on it, else handed to it while the caller
     * waits; {@code what} names the picture in a failure, e.g. "the map".
     */
    static <T> T onFxThread(String what, Supplier<? extends T> draw) throws IOException {
        if (Platform.isFxApplicationThread()) {
            return draw.get();
        }
        FutureTask<T> task = new FutureTask<>(draw::get);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while drawing " + what, e);
        } catch (ExecutionException e) {
            throw new IOException("Could not draw " + what, e.getCause());
        }
    }

    static BufferedImage toBufferedImage(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        PixelReader reader = image.getPixelReader();
        if (reader == null) {
            throw new IllegalArgumentException("The image has no readable pixels (not loaded yet?)");
        }
        int[] argb = new int[width * height];
        reader.getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage pixels = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        pixels.setRGB(0, 0, width, height, argb, 0, width);
        return pixels;
    }
}
