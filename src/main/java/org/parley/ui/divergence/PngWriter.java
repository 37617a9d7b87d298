package org.parley.ui.divergence;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/**
 * Writes a JavaFX image as a PNG without javafx-swing: the pixels are copied into an AWT image and
 * ImageIO encodes it. The file is written beside the target and moved into place, so a failed export
 * leaves no half file and an existing file untouched.
 */
public final class PngWriter {

    private PngWriter() {
    }

    /** May run on any thread: it reads the image's pixels, it does not touch the scene. */
    public static void write(Image image, Path target) throws IOException {
        BufferedImage pixels = toBufferedImage(image);
        Path folder = target.toAbsolutePath().getParent();
        Path temp = createTemp(folder, target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                if (!ImageIO.write(pixels, "png", out)) {
                    throw new IOException("This Java has no PNG writer");
                }
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, target);
        } catch (IOException | RuntimeException | Error failure) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
            throw failure;
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

    /**
     * A new, hidden file beside the target. Not {@code Files.createTempFile}: its owner-only permissions
     * would be moved into place with it, and an exported chart is meant to be shared.
     */
    private static Path createTemp(Path folder, Path target) throws IOException {
        while (true) {
            String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            try {
                return Files.createFile(folder.resolve("." + target.getFileName() + "." + suffix + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                // another export chose the same name; draw again
            }
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
