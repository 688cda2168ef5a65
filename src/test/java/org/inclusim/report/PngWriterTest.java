package org.inclusim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngWriterTest {
    /** What the writer encodes, a standard decoder (ImageIO's) reads back pixel for pixel. */
    @Test
    void aDecoderReadsBackEveryPixel() throws IOException {
        for (int[] size : new int[][] {{1, 1}, {3, 2}, {640, 401}}) {
            BufferedImage image = drawing(size[0], size[1], BufferedImage.TYPE_INT_RGB);
            assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(PngWriter.encode(image))));
        }
    }

    /** Images of another type are converted first; the alpha channel is not written. */
    @Test
    void otherImageTypesAreWrittenAsTheirOpaqueColours() throws IOException {
        BufferedImage image = drawing(300, 200, BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngWriter.encode(image)));
        assertEquals(BufferedImage.TYPE_3BYTE_BGR, back.getType(), "8-bit RGB without alpha");
        assertSamePixels(image, back);
    }

    private static BufferedImage drawing(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        Random random = new Random(3);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(random.nextInt(0x1000000)));
            g.setStroke(new BasicStroke(1 + random.nextFloat() * 3));
            g.draw(new Ellipse2D.Double(random.nextInt(width), random.nextInt(height), random.nextInt(width), random.nextInt(height)));
            g.drawString("x" + i, random.nextInt(width), random.nextInt(height));
        }
        g.dispose();
        return image;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertEquals(expected.getRGB(x, y) & 0xffffff, actual.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y);
            }
        }
    }
}
