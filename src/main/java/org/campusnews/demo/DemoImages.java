package org.campusnews.demo;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Cover pictures for the demo articles, drawn here rather than taken from anyone: an abstract composition in the
 * university's colours, different for every number.
 */
final class DemoImages {

    static final int WIDTH = 1280;
    static final int HEIGHT = 720;

    private static final Color[][] PALETTES = {
            {new Color(0x0b4a8b), new Color(0x5fa8d3)},
            {new Color(0x7a1f2b), new Color(0xe0a458)},
            {new Color(0x1b5e20), new Color(0xa5d6a7)},
            {new Color(0x37306b), new Color(0x9e7bff)},
            {new Color(0x004d40), new Color(0x80cbc4)},
    };

    private DemoImages() {
    }

    /** A JPEG of {@value #WIDTH} × {@value #HEIGHT} pixels. */
    static byte[] cover(int number) {
        Random random = new Random(7919L * number);
        Color[] palette = PALETTES[number % PALETTES.length];
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, palette[0], WIDTH, HEIGHT, palette[1]));
            g.fill(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.18f));
            g.setColor(Color.WHITE);
            for (int i = 0; i < 9; i++) {
                double size = 80 + random.nextDouble() * 420;
                g.fill(new Ellipse2D.Double(random.nextDouble() * WIDTH - size / 2, random.nextDouble() * HEIGHT - size / 2,
                        size, size));
            }
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.35f));
            int baseline = HEIGHT - 120 - random.nextInt(120);
            for (int x = 0; x < WIDTH; x += 60 + random.nextInt(50)) {
                int height = 60 + random.nextInt(220);
                g.fill(new Rectangle2D.Double(x, baseline - height, 40 + random.nextInt(40), height + 200));
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream jpeg = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", jpeg);
            return jpeg.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
